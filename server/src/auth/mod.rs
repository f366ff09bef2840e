//! Sign-in: sessions, passkeys (WebAuthn), activation codes, the API keys of case systems,
//! and the rate limits in front of them.

pub mod api_token;
pub mod devices;
pub mod passkeys;
pub mod rate_limit;
pub mod session_store;
