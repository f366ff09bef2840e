//! Every request gets an id: in its span (so in every log line it causes), in the
//! `x-request-id` header of its answer, and in the app's request context (`RequestMeta`),
//! which also says whether the request is a verified live refresh.

use std::time::Instant;

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::HeaderValue;
use tower_sessions::Session;
use tracing::Instrument;

use crate::live::token::LiveTokens;
use app::api::context::{AccessLedger, ActorMemo, RequestId, RequestMeta};

pub const REQUEST_ID: &str = "x-request-id";
/// The header a page sends with a refresh after a live update: the token its stream gave.
pub const LIVE_TOKEN: &str = "x-helder-live";

/// Outermost: the id, the span, one line per answer, and the id on the answer.
pub async fn request_id(mut req: Request, next: Next) -> Response {
    let id = RequestId::random();
    req.extensions_mut().insert(id.clone());
    let span = tracing::info_span!(
        "request",
        id = %id.0,
        method = %req.method(),
        path = %req.uri().path(),
    );
    let started = Instant::now();
    let mut res = next.run(req).instrument(span.clone()).await;
    let status = res.status().as_u16();
    span.in_scope(|| {
        let ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
        if status >= 500 {
            tracing::warn!(status, ms, "answered");
        } else {
            tracing::info!(status, ms, "answered");
        }
    });
    if let Ok(value) = HeaderValue::from_str(&id.0) {
        res.headers_mut().insert(REQUEST_ID, value);
    }
    res
}

/// Inside the session layer: what the app's request context is made from. A request is a
/// live refresh only with a token the server made for this very session and page.
pub async fn meta(State(tokens): State<LiveTokens>, mut req: Request, next: Next) -> Response {
    let id = req
        .extensions()
        .get::<RequestId>()
        .cloned()
        .unwrap_or_else(RequestId::random);
    let live_refresh = is_live_refresh(&req, &tokens);
    if let Some(session) = req.extensions().get::<Session>().cloned() {
        load_session(&session).await;
    }
    let ledger = AccessLedger::default();
    req.extensions_mut().insert(RequestMeta {
        id,
        live_refresh,
        ledger: ledger.clone(),
        actors: ActorMemo::per_request(),
    });
    let mut res = next.run(req).await;
    if !ledger.is_empty() {
        res.extensions_mut().insert(ViewLogged);
    }
    res
}

/// On an answer whose making was written to the access log: such a view must be made (and
/// logged) again every time, never answered from memory (`page_memo`).
#[derive(Clone, Copy, Debug)]
pub struct ViewLogged;

/// Load the session's record before the app runs. tower-sessions loads it lazily, holding its
/// record lock across the database read; a page renders several Suspense futures that all read
/// the session, and the lock hands itself to a waiting future that the renderer may not poll
/// until the holder's own later read is done: a deadlock (seen on "Beheer", hanging forever).
/// Loaded here, the app's reads never wait inside that lock. No extra read: the session layer
/// saves every answer (`with_always_save`), which loads the record anyway. A failed load is
/// left to the app's own first read, which answers as it always did.
async fn load_session(session: &Session) {
    if session.id().is_none() {
        return;
    }
    if let Err(error) = session.get_value("").await {
        tracing::warn!(%error, "loading the session before the app did not work");
    }
}

fn is_live_refresh(req: &Request, tokens: &LiveTokens) -> bool {
    if req.method() != http::Method::GET {
        return false;
    }
    let Some(token) = req.headers().get(LIVE_TOKEN).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let Some(session) = req.extensions().get::<Session>().and_then(Session::id) else {
        return false;
    };
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let hash = crate::auth::session_store::hash(&session);
    tokens.verify(token, &hash, req.uri().path(), now)
}
