//! Sign-in: sessions, passkeys (WebAuthn), activation codes and the rate limits in front of
//! them.

pub mod devices;
pub mod passkeys;
pub mod rate_limit;
pub mod session_store;
