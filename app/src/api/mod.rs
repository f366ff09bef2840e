//! The server functions the pages call, and the seam to the server crate.
//!
//! Every server function reads the same way: who is asking (from the session, never from the
//! request body) as a [`context::RequestContext`], ask the services, build the page's view,
//! map the error. The services (implemented in `server`) authorise before they touch data, so
//! no server function can forget to.

pub mod absences;
pub mod account;
pub mod activation;
pub mod case;
pub mod case_pages;
pub mod console;
pub mod demo;
pub mod device;
pub mod forms;
pub mod identity_types;
pub mod inputs;
pub mod message_types;
pub mod messages;
pub mod passkeys;
pub mod preview;
pub mod push;
pub mod review;
pub mod staff;
pub mod status;
pub mod types;
pub mod work;

#[cfg(feature = "ssr")]
pub mod context;
#[cfg(feature = "ssr")]
pub mod services;
#[cfg(feature = "ssr")]
pub mod session;

pub use crate::error::AppError;
