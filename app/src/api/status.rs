//! How an [`AppError`] leaves a server function over HTTP: its status code, `Retry-After`,
//! and what a request that could not be read at all becomes.

use leptos::server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};

use crate::error::AppError;

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        #[cfg(feature = "ssr")]
        {
            from_request_failure(value)
        }
        #[cfg(not(feature = "ssr"))]
        {
            AppError::Request(value.to_string())
        }
    }
}

/// On the server, server_fn reports here what went wrong before or after the function body.
/// Arguments that are missing, repeated, not UTF-8 or in a JSON body where a form is expected
/// are the caller's mistake: 400 with a translated reason. Anything else is ours: 500.
#[cfg(feature = "ssr")]
fn from_request_failure(value: ServerFnErrorErr) -> AppError {
    match value {
        ServerFnErrorErr::Args(_)
        | ServerFnErrorErr::MissingArg(_)
        | ServerFnErrorErr::Deserialization(_)
        | ServerFnErrorErr::Request(_) => {
            tracing::info!(error = %value, "a server function call could not be read");
            let message = crate::error::Message::new("error-bad-request");
            let detail = crate::i18n::t(&message.id);
            with_status(AppError::BadRequest { message, detail })
        }
        other => {
            tracing::error!(error = %other, "a server function failed outside its body");
            with_status(AppError::Internal)
        }
    }
}

/// Run a server function's body and give its HTTP response the error's status (404, 401,
/// 422 …) instead of a blanket 500.
pub async fn serve<T>(
    body: impl std::future::Future<Output = Result<T, AppError>>,
) -> Result<T, AppError> {
    body.await.map_err(with_status)
}

/// Give a server function's HTTP response the error's status. Only for calls over HTTP: when a
/// page calls a server function inline during server rendering, the page decides its own
/// status (see `ErrorView`), because a page may treat an error as an ordinary state ("not
/// signed in" on the start page).
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
