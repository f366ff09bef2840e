//! The server functions the pages call, and the seam to the server crate.
//!
//! Every server function reads the same way: who is asking (from the session, never from the
//! request body), ask the backend, map the error. The backend (implemented in `server`) checks
//! authorization before it touches data, so no server function can forget to.

pub mod account;
pub mod activation;
pub mod case;
pub mod case_pages;
pub mod demo;
pub mod error;
pub mod identity_types;
pub mod inputs;
pub mod message_types;
pub mod messages;
pub mod passkeys;
pub mod push;
pub mod types;

#[cfg(feature = "ssr")]
pub mod backend;
#[cfg(feature = "ssr")]
pub mod session;

pub use error::AppError;
