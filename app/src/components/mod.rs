//! Props in, view out. Components never call the server themselves.

pub mod case_nav;
pub mod error_view;
pub mod glossed;
pub mod hydration;
pub mod layout;
pub mod professional_card;
pub mod quick_exit;
