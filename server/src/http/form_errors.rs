//! Plain HTML forms (no JavaScript) post straight to server functions. When one refuses, Leptos
//! would send the browser back with a JSON error body; instead, send it to a calm, translated
//! page for that kind of error. Calls from the hydrated app (Accept: application/json) keep
//! their JSON answers.

use axum::body::{to_bytes, Body};
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use http::header::ACCEPT;

use app::error::AppError;
use app::pages::notice::notice_path;

/// Leptos's server_fn marks its error responses with this header.
const SERVER_FN_ERROR_HEADER: &str = "serverfnerror";

pub async fn html_form_errors(req: Request, next: Next) -> Response {
    let is_form_post = req.uri().path().starts_with("/api/")
        && !crate::integration::is_api(req.uri().path())
        && req
            .headers()
            .get(ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("text/html"));
    let res = next.run(req).await;
    if !is_form_post {
        return res;
    }
    if res.headers().contains_key(SERVER_FN_ERROR_HEADER) {
        let body = to_bytes(res.into_body(), 64 * 1024)
            .await
            .unwrap_or_default();
        let (status, message) = match serde_json::from_slice::<AppError>(&body) {
            // A form that does not decode is bad input, not a server failure.
            Ok(AppError::Request(_)) => (400, None),
            // The notice page shows the refusal's own message (the page checks the id).
            Ok(
                err @ (AppError::Invalid { .. }
                | AppError::Conflict(_)
                | AppError::BadRequest { .. }),
            ) if err
                .message_id()
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '-') =>
            {
                (err.status(), Some(err.message_id().to_string()))
            }
            Ok(err) => (err.status(), None),
            Err(_) => (500, None),
        };
        let to = match message {
            Some(id) => format!("{}?bericht={id}", notice_path(status)),
            None => notice_path(status).to_string(),
        };
        return Redirect::to(&to).into_response();
    }
    if res.status().is_client_error() || res.status().is_server_error() {
        return Redirect::to(notice_path(res.status().as_u16())).into_response();
    }
    res
}

/// A panic anywhere in a request becomes a calm page instead of a dropped connection. The
/// panic itself is logged by the default hook; the person never sees its text.
pub fn panic_response(_: Box<dyn std::any::Any + Send + 'static>) -> Response<Body> {
    tracing::error!("a request handler panicked");
    calm_page(
        http::StatusCode::INTERNAL_SERVER_ERROR,
        "error-internal-title",
        "error-internal-text",
    )
}

/// A minimal translated page for answers given outside the app (a panic, a refused
/// cross-site request): no session, no script, Dutch.
pub fn calm_page(status: http::StatusCode, title_id: &str, text_id: &str) -> Response<Body> {
    let lang = app::i18n::Lang::NL;
    let title = app::i18n::translate(lang, title_id, None);
    let text = app::i18n::translate(lang, text_id, None);
    let html = format!(
        "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title><link rel=\"stylesheet\" href=\"/pkg/helder.css\"></head><body><main id=\"inhoud\"><h1>{title}</h1><p>{text}</p><p><a class=\"button\" href=\"/\">Helder</a></p></main></body></html>"
    );
    (
        status,
        [(http::header::CONTENT_TYPE, "text/html; charset=utf-8")],
        html,
    )
        .into_response()
}
