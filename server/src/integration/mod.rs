//! The integration API, `/api/v1`: an organisation's case system pushes what it already
//! holds (the case, the family, the phase, decisions, documents), so nobody types it twice.
//! JSON in and out; items named by the organisation's own references and upserted by them;
//! `ETag`/`If-Match` on every item; `Idempotency-Key` on the one POST; RFC 9457 problems.
//! Handlers only translate: every read and write is the same service call a page makes,
//! authorised by the policy for a case system and written to the family's access log.

mod body;
mod caller;
mod cases;
mod decisions;
mod docs;
mod documents;
mod members;
pub mod openapi;
mod problem;
mod schemas;
mod statuses;

use axum::extract::{DefaultBodyLimit, Request};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use http::{header, HeaderMap, HeaderValue, StatusCode};
use serde::Serialize;

use crate::services::Backend;
use crate::store::references::{self, RefKind};
use app::domain::ids::CaseId;
use app::i18n::Lang;
pub use problem::Problem;

pub const PREFIX: &str = "/api/v1/";

/// The largest body the API reads: a document's PDF (10 MB) in base64, with its fields.
pub const DOCUMENT_BODY_MAX: usize = 14 * 1024 * 1024;
/// Every other body: a case, a member, a decision, a status.
pub const BODY_MAX: usize = 64 * 1024;

/// Whether `path` is the API's or its documentation's (they answer problems and pages of their
/// own, not the site's form notices).
pub fn is_api(path: &str) -> bool {
    path.starts_with(PREFIX) || path == "/api/v1" || path.starts_with("/api/docs")
}

type Answer = Result<Response, Problem>;

pub fn routes<S: Clone + Send + Sync + 'static>(backend: Backend) -> Router<S> {
    let api = Router::new()
        .route("/openapi.json", get(openapi::document))
        .route("/cases", get(cases::list))
        .route("/cases/{case}", get(cases::get).put(cases::put))
        .route("/cases/{case}/statuses", post(statuses::post))
        .route("/cases/{case}/members", get(members::list))
        .route(
            "/cases/{case}/members/{member}",
            get(members::get).put(members::put),
        )
        .route("/cases/{case}/decisions", get(decisions::list))
        .route(
            "/cases/{case}/decisions/{decision}",
            get(decisions::get).put(decisions::put),
        )
        .route("/cases/{case}/documents", get(documents::list))
        .route(
            "/cases/{case}/documents/{document}",
            get(documents::get).put(documents::put),
        )
        .fallback(not_found)
        .layer(DefaultBodyLimit::disable())
        .layer(middleware::from_fn(limit_body))
        .with_state(backend);
    Router::new().nest("/api/v1", api).merge(docs::routes())
}

/// A path under `/api/v1` that is no resource.
async fn not_found(headers: HeaderMap) -> Response {
    Problem::not_found(problem::language(&headers)).into_response()
}

/// Read the body under the API's limit (a document's is larger), answering 413 as a problem.
async fn limit_body(req: Request, next: Next) -> Response {
    let max = if req.uri().path().contains("/documents/") {
        DOCUMENT_BODY_MAX
    } else {
        BODY_MAX
    };
    let lang = problem::language(req.headers());
    let too_large = || {
        Problem::api(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too-large",
            lang,
            "api-error-too-large",
        )
        .into_response()
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
    match axum::body::to_bytes(body, max).await {
        Ok(bytes) => {
            next.run(Request::from_parts(parts, axum::body::Body::from(bytes)))
                .await
        }
        Err(_) => too_large(),
    }
}

/// The organisation's reference in a path: 1 to 100 characters of letters, digits and
/// `.-_:`, or no such item.
fn reference(text: &str, lang: Lang) -> Result<String, Problem> {
    let ok = !text.is_empty()
        && text.len() <= 100
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_' | b':'));
    if ok {
        Ok(text.to_string())
    } else {
        Err(Problem::not_found(lang))
    }
}

/// Our case for the caller's reference: 404 when the organisation has none by that name.
async fn case_of(
    backend: &Backend,
    caller: &caller::Caller,
    reference: &str,
) -> Result<CaseId, Problem> {
    let found = references::case(&backend.db.pool, &caller.organisation, reference)
        .await
        .map_err(|e| caller.fail(e))?;
    found
        .and_then(|id| id.parse().ok())
        .ok_or_else(|| Problem::not_found(caller.lang))
}

/// Our id of what the organisation calls `reference` on `case`, if it named one so.
async fn item_id<T: std::str::FromStr>(
    backend: &Backend,
    caller: &caller::Caller,
    kind: RefKind,
    case: &CaseId,
    reference: &str,
) -> Result<Option<T>, Problem> {
    let found = references::item(
        &backend.db.pool,
        &caller.organisation,
        kind,
        case,
        reference,
    )
    .await
    .map_err(|e| caller.fail(e))?;
    Ok(found.and_then(|id| id.parse().ok()))
}

/// Of `items` (what a service lists on `case`), those the organisation named, each with its
/// reference, in reference order: what it did not send is not its to list.
async fn named<T>(
    backend: &Backend,
    caller: &caller::Caller,
    kind: RefKind,
    case: &CaseId,
    items: Vec<T>,
    id: impl Fn(&T) -> &str,
) -> Result<Vec<(String, T)>, Problem> {
    let refs = references::items(&backend.db.pool, &caller.organisation, kind, case)
        .await
        .map_err(|e| caller.fail(e))?;
    let mut items: Vec<Option<T>> = items.into_iter().map(Some).collect();
    Ok(refs
        .into_iter()
        .filter_map(|(reference, ours)| {
            let slot = items
                .iter_mut()
                .find(|i| i.as_ref().is_some_and(|i| id(i) == ours))?;
            slot.take().map(|item| (reference, item))
        })
        .collect())
}

/// A JSON answer with the item's ETag (and `Location` for one just made).
fn item(status: StatusCode, etag: &str, location: Option<&str>, body: &impl Serialize) -> Response {
    let mut res = (status, axum::Json(body)).into_response();
    if let Ok(v) = HeaderValue::from_str(etag) {
        res.headers_mut().insert(header::ETAG, v);
    }
    if let Some(Ok(v)) = location.map(HeaderValue::from_str) {
        res.headers_mut().insert(header::LOCATION, v);
    }
    res
}

fn list(body: &impl Serialize) -> Response {
    (StatusCode::OK, axum::Json(body)).into_response()
}

/// Run a handler's body and answer its problem, if any.
fn answer(result: Answer) -> Response {
    result.unwrap_or_else(IntoResponse::into_response)
}
