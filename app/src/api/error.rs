//! One error type for every server function. Internal details never cross this boundary:
//! the server logs them and sends `Internal`.

use leptos::server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// The thing does not exist, or it exists but is not yours: deliberately the same answer,
    /// so an id reveals nothing.
    #[error("not found")]
    NotFound,
    /// The request needs a signed-in person.
    #[error("not signed in")]
    NotSignedIn,
    /// The input was refused; the value is the Fluent id of the message to show.
    #[error("invalid input: {0}")]
    Invalid(String),
    /// Something failed on our side; the details are in the server log.
    #[error("internal error")]
    Internal,
    /// Too many attempts from this place; try again after this many seconds.
    #[error("too many requests")]
    TooManyRequests { retry_after: u64 },
    /// Transport-level failure of a server function call (network, decoding).
    #[error("request failed: {0}")]
    Request(String),
}

impl AppError {
    pub fn status(&self) -> u16 {
        match self {
            AppError::NotFound => 404,
            AppError::NotSignedIn => 401,
            AppError::Invalid(_) => 422,
            AppError::TooManyRequests { .. } => 429,
            AppError::Internal | AppError::Request(_) => 500,
        }
    }

    /// Fluent id of the message a person sees for this error.
    pub fn message_id(&self) -> &str {
        match self {
            AppError::NotFound => "error-not-found-text",
            AppError::NotSignedIn => "error-not-signed-in-text",
            AppError::Invalid(id) => id,
            AppError::TooManyRequests { .. } => "error-too-many-text",
            AppError::Internal | AppError::Request(_) => "error-internal-text",
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        AppError::Request(value.to_string())
    }
}

/// Give a server function's HTTP response the error's status (404, 401, 422 …) instead of a
/// blanket 500. Only for calls over HTTP: when a page calls a server function inline during
/// server rendering, the page decides its own status (see `ErrorView`), because a page may
/// treat an error as an ordinary state ("not signed in" on the start page).
pub fn with_status(err: AppError) -> AppError {
    #[cfg(feature = "ssr")]
    {
        let over_http = leptos::prelude::use_context::<http::request::Parts>()
            .is_some_and(|parts| parts.uri.path().starts_with("/api/"));
        if over_http {
            set_response_status(err.status());
            if let AppError::TooManyRequests { retry_after } = &err {
                set_retry_after(*retry_after);
            }
        }
    }
    err
}

/// Set the status of the response being built, if there is one.
pub fn set_response_status(status: u16) {
    #[cfg(feature = "ssr")]
    if let (Some(res), Ok(code)) = (
        leptos::prelude::use_context::<leptos_axum::ResponseOptions>(),
        http::StatusCode::from_u16(status),
    ) {
        res.set_status(code);
    }
    #[cfg(not(feature = "ssr"))]
    let _ = status;
}

/// `Retry-After` on a 429 (RFC 9110 §10.2.3), in seconds.
#[cfg(feature = "ssr")]
fn set_retry_after(seconds: u64) {
    if let (Some(res), Ok(value)) = (
        leptos::prelude::use_context::<leptos_axum::ResponseOptions>(),
        http::HeaderValue::from_str(&seconds.to_string()),
    ) {
        res.insert_header(http::header::RETRY_AFTER, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn not_found_and_not_signed_in_have_distinct_statuses() {
        assert_eq!(AppError::NotFound.status(), 404);
        assert_eq!(AppError::NotSignedIn.status(), 401);
        assert_eq!(AppError::Internal.status(), 500);
    }

    #[test]
    fn invalid_input_carries_its_own_message_id() {
        assert_eq!(
            AppError::Invalid("x-too-long".into()).message_id(),
            "x-too-long"
        );
    }
}
