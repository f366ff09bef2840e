//! One component per route. Pages fetch their data through server functions inside
//! `Suspense`; routes render with `SsrMode::Async` so the complete page arrives without
//! JavaScript.

pub mod absence;
pub mod account;
pub mod admin;
pub mod admin_keys;
pub mod case;
pub mod console;
pub mod demo;
pub mod glossary;
pub mod home;
pub mod new_case;
pub mod not_found;
pub mod notice;
pub mod offline;
pub mod overview;
pub mod review;
pub mod work;
