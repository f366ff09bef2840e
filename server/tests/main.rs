//! The black-box tests, as one test binary: each file here is a module of it. One binary links
//! once (each of the 32 separate ones linked the whole server, about 250 MB apiece) and runs
//! all its tests in one pool, so a slow file no longer holds up the next one's start.
//! The crash test stays a binary of its own: it runs on its own and prints its figures.

mod common;

mod absences;
mod access_log;
mod b1;
mod backup;
mod binary;
mod case_writes;
mod console;
mod demo_mode;
mod documents;
mod identity;
mod inputs;
mod integration_api;
mod live;
mod matrix;
mod messages;
mod migrations;
mod overview;
mod page_memo;
mod pages;
mod picture;
mod preview;
mod privacy;
mod probe;
mod push;
mod read_after_write;
mod schemathesis;
mod security;
mod service_matrix;
mod session;
mod site_files;
mod staff;
mod wording;
mod work;
