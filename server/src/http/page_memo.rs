//! A page a signed-in person asks for again, answered from memory when nothing it was made
//! from can have changed: the same session, the very same request (address and every header,
//! the session cookie among them), nothing committed to the database by anyone since
//! (`epoch`), the same day, the same ten seconds, the same accepted wording. Anything else
//! renders the page as always.
//!
//! What is never answered from here: a view that was logged (a professional reading a case
//! writes an access-log row per view, and every view must be in it), an answer that set a
//! cookie, anything but a 200 HTML page, and anyone not signed in (or past the session's
//! absolute lifetime, checked again on every answer). A memo lives at most ten seconds and
//! only until the next commit anywhere — signing out is one — and is only ever given to the
//! session it was made for. Every answer gets a CSP nonce of its own.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use axum::body::{to_bytes, Body, Bytes};
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use base64::Engine;
use http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use rand::RngCore;
use time::Date;
use tower_sessions::Session;

use app::api::session::SessionPolicy;
use app::i18n::wording::WordingState;

use crate::epoch::Epoch;
use crate::http::request::ViewLogged;
use crate::services::Backend;

/// How long a page may be given again at most, in seconds: what changes with the clock alone
/// ("3 minuten geleden", a deadline's last day) is never older than this.
const WINDOW_SECONDS: i64 = 10;
/// At most this many pages are kept; beyond it the memory starts again.
const MAX_PAGES: usize = 256;
/// A larger page is not kept.
const MAX_PAGE_BYTES: usize = 256 * 1024;

/// Shared: a request layer's state is cloned on every request.
#[derive(Clone)]
pub struct PageMemo(Arc<Memo>);

struct Memo {
    on: bool,
    backend: Backend,
    policy: SessionPolicy,
    pages: Mutex<Pages>,
    hits: AtomicU64,
}

/// The pages of one moment; all of them go when the moment passes.
#[derive(Default)]
struct Pages {
    moment: Option<Moment>,
    by_request: HashMap<Vec<u8>, Arc<Page>>,
}

impl Pages {
    /// The page kept for `request` in this moment. Pages of an earlier moment are dropped
    /// here: they can never be given again, and what a person saw stays in memory no longer
    /// than it must.
    fn get(&mut self, moment: Moment, request: &[u8]) -> Option<Arc<Page>> {
        if self.moment != Some(moment) {
            self.by_request.clear();
            self.moment = None;
            return None;
        }
        self.by_request.get(request).cloned()
    }

    fn keep(&mut self, moment: Moment, request: Vec<u8>, page: Page) {
        if self.moment != Some(moment) || self.by_request.len() >= MAX_PAGES {
            self.by_request.clear();
            self.moment = Some(moment);
        }
        self.by_request.insert(request, Arc::new(page));
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Moment {
    epoch: Epoch,
    today: Date,
    window: i64,
}

struct Page {
    /// Whose it is (`Subject::key`).
    subject: String,
    wording: Arc<WordingState>,
    headers: HeaderMap,
    /// The Content-Security-Policy and the body, cut where the nonce stood.
    policy: Vec<String>,
    body: Vec<Bytes>,
}

impl PageMemo {
    pub fn new(backend: Backend, policy: SessionPolicy, on: bool) -> PageMemo {
        PageMemo(Arc::new(Memo {
            on,
            backend,
            policy,
            pages: Mutex::default(),
            hits: AtomicU64::new(0),
        }))
    }

    /// How many answers came from here.
    pub fn hits(&self) -> u64 {
        self.0.hits.load(Ordering::Relaxed)
    }

    fn get(&self, moment: Moment, request: &[u8]) -> Option<Arc<Page>> {
        self.0.pages.lock().ok()?.get(moment, request)
    }

    fn keep(&self, moment: Moment, request: Vec<u8>, page: Page) {
        if let Ok(mut pages) = self.0.pages.lock() {
            pages.keep(moment, request, page);
        }
    }
}

pub async fn page_memo(State(memo): State<PageMemo>, req: Request, next: Next) -> Response {
    if !memo.0.on || req.method() != Method::GET {
        return next.run(req).await;
    }
    let Some(session) = req.extensions().get::<Session>().cloned() else {
        return next.run(req).await;
    };
    let db = &memo.0.backend.db;
    let Some(epoch) = db.epoch.current().await else {
        return next.run(req).await;
    };
    // The session is loaded under the same check (it is only read again if something was
    // committed since it was read last).
    let signed_in = db
        .epoch
        .within(
            epoch,
            app::api::session::subject_of(&session, memo.0.policy),
        )
        .await;
    let subject = match signed_in {
        Ok(Some(subject)) => subject.key(),
        _ => return next.run(req).await,
    };
    let moment = Moment {
        epoch,
        today: memo.0.backend.today(),
        window: time::OffsetDateTime::now_utc().unix_timestamp() / WINDOW_SECONDS,
    };
    let request = request_key(&req);
    let wording = memo.0.backend.wording.current();
    if let Some(page) = memo.get(moment, &request) {
        if page.subject == subject && Arc::ptr_eq(&page.wording, &wording) {
            memo.0.hits.fetch_add(1, Ordering::Relaxed);
            return answer(&page);
        }
    }
    let res = next.run(req).await;
    if !keepable(&res) || res.extensions().get::<ViewLogged>().is_some() {
        return res;
    }
    let (parts, body) = res.into_parts();
    let bytes = match to_bytes(body, MAX_PAGE_BYTES).await {
        Ok(bytes) => bytes,
        Err(_) => {
            tracing::warn!("a page could not be read to keep it");
            return Response::from_parts(parts, Body::empty());
        }
    };
    if let Some(page) = page(subject, wording, &parts.headers, &bytes) {
        memo.keep(moment, request, page);
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// What makes two requests the same request: the address and every header, in order.
fn request_key(req: &Request) -> Vec<u8> {
    let uri = req.uri().to_string();
    let mut key = Vec::with_capacity(512);
    key.extend_from_slice(uri.as_bytes());
    for (name, value) in req.headers() {
        key.push(b'\n');
        key.extend_from_slice(name.as_str().as_bytes());
        key.push(b':');
        key.extend_from_slice(value.as_bytes());
    }
    key
}

/// A complete HTML page that set no cookie, of a known size.
fn keepable(res: &Response) -> bool {
    let headers = res.headers();
    res.status() == StatusCode::OK
        && !headers.contains_key(header::SET_COOKIE)
        && headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("text/html"))
        && headers.contains_key(header::CONTENT_SECURITY_POLICY)
}

/// The page to keep, cut at its nonce; `None` when it has none to cut at.
fn page(
    subject: String,
    wording: Arc<WordingState>,
    headers: &HeaderMap,
    body: &Bytes,
) -> Option<Page> {
    let policy = headers
        .get(header::CONTENT_SECURITY_POLICY)?
        .to_str()
        .ok()?;
    let nonce = policy.split("'nonce-").nth(1)?.split('\'').next()?;
    if nonce.len() < 16 {
        return None;
    }
    let text = std::str::from_utf8(body).ok()?;
    let body = text
        .split(nonce)
        .map(|piece| Bytes::copy_from_slice(piece.as_bytes()))
        .collect();
    let policy = policy.split(nonce).map(str::to_owned).collect();
    let mut headers = headers.clone();
    headers.remove(header::CONTENT_LENGTH);
    headers.remove(header::CONTENT_SECURITY_POLICY);
    Some(Page {
        subject,
        wording,
        headers,
        policy,
        body,
    })
}

/// The kept page with a nonce of its own.
fn answer(page: &Page) -> Response {
    let nonce = fresh_nonce();
    let mut body = Vec::with_capacity(page.body.iter().map(Bytes::len).sum::<usize>() + 256);
    for (i, piece) in page.body.iter().enumerate() {
        if i > 0 {
            body.extend_from_slice(nonce.as_bytes());
        }
        body.extend_from_slice(piece);
    }
    let mut res = Response::new(Body::from(body));
    *res.headers_mut() = page.headers.clone();
    if let Ok(policy) = HeaderValue::from_str(&page.policy.join(&nonce)) {
        res.headers_mut()
            .insert(header::CONTENT_SECURITY_POLICY, policy);
    }
    res
}

/// 128 random bits, as Leptos makes its nonces.
fn fresh_nonce() -> String {
    let mut bytes = [0u8; 16];
    rand::thread_rng().fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NONCE: &str = "90N73ok-q5Gxh9AVKumPLg";

    fn kept() -> Page {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_str(&format!("script-src 'nonce-{NONCE}' 'strict-dynamic'")).unwrap(),
        );
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html"));
        headers.insert(header::CONTENT_LENGTH, HeaderValue::from_static("99"));
        let body = Bytes::from(format!(
            "<script nonce=\"{NONCE}\">a</script><p>Sanne</p><script nonce=\"{NONCE}\">b</script>"
        ));
        page("person:1".into(), Arc::default(), &headers, &body).unwrap()
    }

    #[tokio::test]
    async fn each_answer_has_a_nonce_of_its_own_in_the_policy_and_on_every_script() {
        let page = kept();
        let mut seen = Vec::new();
        for _ in 0..2 {
            let res = answer(&page);
            let policy = res.headers()[header::CONTENT_SECURITY_POLICY]
                .to_str()
                .unwrap()
                .to_string();
            let nonce = policy
                .split("'nonce-")
                .nth(1)
                .unwrap()
                .split('\'')
                .next()
                .unwrap()
                .to_string();
            assert_ne!(nonce, NONCE);
            assert_eq!(nonce.len(), NONCE.len());
            let body = to_bytes(res.into_body(), usize::MAX).await.unwrap();
            let body = String::from_utf8(body.to_vec()).unwrap();
            assert_eq!(
                body,
                format!("<script nonce=\"{nonce}\">a</script><p>Sanne</p><script nonce=\"{nonce}\">b</script>")
            );
            seen.push(nonce);
        }
        assert_ne!(seen[0], seen[1]);
    }

    #[test]
    fn the_length_is_left_to_the_new_body() {
        assert!(!kept().headers.contains_key(header::CONTENT_LENGTH));
    }

    #[test]
    fn a_page_without_a_nonce_is_not_kept() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'self'"),
        );
        assert!(page(
            "person:1".into(),
            Arc::default(),
            &headers,
            &Bytes::from("<p>x</p>")
        )
        .is_none());
    }

    fn moment(epoch: Epoch, window: i64) -> Moment {
        Moment {
            epoch,
            today: Date::from_calendar_date(2026, time::Month::December, 4).unwrap(),
            window,
        }
    }

    #[test]
    fn a_page_is_given_again_only_in_its_own_moment_and_for_the_same_request() {
        let mut pages = Pages::default();
        pages.keep(moment(1, 5), b"/zaak/1".to_vec(), kept());
        assert!(pages.get(moment(1, 5), b"/zaak/1").is_some());
        assert!(pages.get(moment(1, 5), b"/zaak/2").is_none());
        assert!(
            pages.get(moment(1, 6), b"/zaak/1").is_none(),
            "ten seconds passed"
        );
        assert!(pages.by_request.is_empty(), "and the page is gone");
        pages.keep(moment(1, 5), b"/zaak/1".to_vec(), kept());
        assert!(
            pages.get(moment(2, 5), b"/zaak/1").is_none(),
            "something was committed"
        );
        pages.keep(moment(2, 5), b"/zaak/2".to_vec(), kept());
        assert!(
            pages.get(moment(2, 5), b"/zaak/1").is_none(),
            "an older moment's page is gone"
        );
        assert_eq!(pages.by_request.len(), 1);
    }

    #[test]
    fn the_memory_starts_again_when_full() {
        let mut pages = Pages::default();
        for i in 0..MAX_PAGES + 1 {
            pages.keep(moment(1, 5), format!("/zaak/{i}").into_bytes(), kept());
        }
        assert_eq!(pages.by_request.len(), 1);
    }
}
