//! Sessions now; passkeys and activation codes come with the identity work.

pub mod session_store;
