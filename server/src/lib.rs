//! Helder's server: everything that touches the outside world (database, sessions, HTTP).

#![recursion_limit = "512"]

pub mod access;
pub mod auth;
pub mod backup;
pub mod commands;
pub mod config;
pub mod db;
pub mod demo;
pub mod epoch;
pub mod http;
pub mod integration;
pub mod live;
pub mod push;
pub mod review;
pub mod services;
pub mod startup;
pub mod store;
