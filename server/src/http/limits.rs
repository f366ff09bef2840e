//! How much a request may carry. Server functions take small forms; a body over the limit is
//! refused with 413 before anything reads it, and a body that turns out longer than it said
//! is refused the same way, never with a 500.

use axum::body::{to_bytes, Body};
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::{header, Method, StatusCode};

use app::error::AppError;

/// The largest form a server function accepts. A message is at most a few thousand
/// characters and a passkey answer a few kilobytes; the margin lets an oversized passkey
/// answer be refused by its own check, with its own message.
pub const FORM_MAX: usize = 256 * 1024;

pub async fn limit_body(req: Request, next: Next) -> Response {
    // The integration API reads its bodies under limits of its own, answering as problems.
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS)
        || crate::integration::is_api(req.uri().path())
    {
        return next.run(req).await;
    }
    // A document's file is larger than any form: its route reads the body as it streams in,
    // under its own limit (`documents::UPLOAD_MAX`), and never holds more than that.
    let max = if super::documents::is_upload(req.uri().path()) {
        super::documents::UPLOAD_MAX
    } else {
        FORM_MAX
    };
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > max as u64) {
        return too_large();
    }
    let (parts, body) = req.into_parts();
    match to_bytes(body, max).await {
        Ok(bytes) => {
            next.run(Request::from_parts(parts, Body::from(bytes)))
                .await
        }
        Err(e) => {
            tracing::info!(error = %e, "a request body was refused");
            too_large()
        }
    }
}

fn too_large() -> Response {
    (
        StatusCode::PAYLOAD_TOO_LARGE,
        [(header::CONTENT_TYPE, "application/json")],
        serde_json::to_string(&AppError::TooLarge).unwrap_or_default(),
    )
        .into_response()
}
