//! Response hardening on every response (errors included), and refusal of cross-site
//! state-changing requests. Leptos server functions do no origin check of their own, and a
//! form POST is a "simple" request a foreign site can send, so this layer is the CSRF defence
//! next to SameSite=Strict cookies (ASVS 3.5.1–3.5.3).

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::header::{self, HeaderName, HeaderValue};
use http::{Method, StatusCode};

/// The policy for anything that is not a rendered page (files, JSON, refusals): nothing may
/// run, frame or be embedded. Rendered pages carry their own policy with the response's nonce
/// (`app::content_security_policy`).
pub const FALLBACK_CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/// The headers every response carries (the listener adds them to hyper's own answers too).
pub const HEADERS: [(&str, &str); 6] = [
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "no-referrer"),
    (
        "strict-transport-security",
        "max-age=31536000; includeSubDomains",
    ),
    ("x-frame-options", "DENY"),
    ("cross-origin-opener-policy", "same-origin"),
    (
        "permissions-policy",
        "camera=(), microphone=(), geolocation=(), payment=()",
    ),
];

/// The scheme browsers reach this site by: that of the public address (`https` behind a TLS
/// proxy), else `http`. An `Origin` must match it as well as the host.
#[derive(Debug, Clone)]
pub struct SiteScheme(pub std::sync::Arc<str>);

pub async fn harden(State(scheme): State<SiteScheme>, req: Request, next: Next) -> Response {
    if let Some(refusal) = refuse_cross_site(&req, &scheme.0) {
        return with_headers(refusal, true);
    }
    // Only the built files are cacheable; a `/pkg/` name that does not exist is not.
    let cacheable = req.uri().path().starts_with("/pkg/")
        || req.uri().path().starts_with("/icons/")
        || req.uri().path() == "/favicon.svg"
        || req.uri().path() == PAGE_SCRIPT;
    let page_script = req.uri().path() == PAGE_SCRIPT;
    let worker = req.uri().path() == WORKER_PATH;
    let mut res = next.run(req).await;
    let cacheable = cacheable && res.status().is_success();
    if worker && res.status().is_success() {
        // A service worker runs under its own script's policy: it may fetch from this site
        // (the offline page, the built files) and load the page script it shares, nothing else.
        res.headers_mut().insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(WORKER_CSP),
        );
    }
    if page_script && res.status().is_success() {
        // Its name carries no hash: kept, but asked after at every use, so a new version is
        // never hidden behind an old one.
        res.headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    }
    with_headers(res, !cacheable)
}

/// The plain script every page loads (what the phone keeps: `app/public/device.js`).
const PAGE_SCRIPT: &str = "/device.js";

/// The service worker's script, and the policy it runs under.
const WORKER_PATH: &str = "/sw.js";
pub const WORKER_CSP: &str =
    "default-src 'none'; script-src 'self'; connect-src 'self'; base-uri 'none'; frame-ancestors 'none'";

fn with_headers(mut res: Response, no_store: bool) -> Response {
    let headers = res.headers_mut();
    for (name, value) in HEADERS {
        headers.insert(
            HeaderName::from_static(name),
            HeaderValue::from_static(value),
        );
    }
    let mut set = |name: HeaderName, value: &'static str| {
        headers.insert(name, HeaderValue::from_static(value));
    };
    if no_store {
        // Case data must not stay in a shared phone's cache or back/forward history.
        set(header::CACHE_CONTROL, "no-store");
    }
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(FALLBACK_CSP),
        );
    }
    res
}

/// A state-changing request that a browser marks as coming from another site is refused.
/// `Sec-Fetch-Site` is sent by every current browser; where it is missing, `Origin` must be
/// this very site — scheme, host and port: `https://` in front of a plain-http site is
/// another origin. Requests with neither (curl, server-to-server) carry no browser cookies by
/// accident, so they pass here and meet the session checks as usual.
fn refuse_cross_site(req: &Request, scheme: &str) -> Option<Response> {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return None;
    }
    let header = |name: &str| req.headers().get(name).and_then(|v| v.to_str().ok());
    let refused = match header("sec-fetch-site") {
        Some(site) => !matches!(site, "same-origin" | "none"),
        None => match (header("origin"), header("host")) {
            (Some(origin), Some(host)) => origin != format!("{scheme}://{host}"),
            (Some(_), None) => true,
            _ => false,
        },
    };
    refused.then(|| {
        tracing::warn!(path = %req.uri().path(), "cross-site request refused");
        super::form_errors::calm_page(
            StatusCode::FORBIDDEN,
            "error-forbidden-title",
            "error-forbidden-text",
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;

    fn post(headers: &[(&str, &str)]) -> Request {
        let mut b = http::Request::builder().method(Method::POST).uri("/api/x");
        for (k, v) in headers {
            b = b.header(*k, *v);
        }
        b.body(Body::empty()).unwrap_or_default()
    }

    fn refuse_cross_site_http(req: &Request) -> Option<Response> {
        refuse_cross_site(req, "http")
    }

    #[test]
    fn same_origin_and_user_initiated_requests_pass() {
        assert!(refuse_cross_site_http(&post(&[("sec-fetch-site", "same-origin")])).is_none());
        assert!(refuse_cross_site_http(&post(&[("sec-fetch-site", "none")])).is_none());
        assert!(refuse_cross_site_http(&post(&[
            ("origin", "http://127.0.0.1:3000"),
            ("host", "127.0.0.1:3000")
        ]))
        .is_none());
        assert!(refuse_cross_site_http(&post(&[])).is_none());
    }

    #[test]
    fn cross_site_and_same_site_requests_are_refused() {
        assert!(refuse_cross_site_http(&post(&[("sec-fetch-site", "cross-site")])).is_some());
        assert!(refuse_cross_site_http(&post(&[("sec-fetch-site", "same-site")])).is_some());
        assert!(refuse_cross_site_http(&post(&[
            ("origin", "https://evil.example"),
            ("host", "127.0.0.1:3000")
        ]))
        .is_some());
        assert!(
            refuse_cross_site_http(&post(&[("origin", "null"), ("host", "127.0.0.1:3000")]))
                .is_some()
        );
    }

    #[test]
    fn an_origin_with_another_scheme_or_port_is_another_site() {
        for origin in [
            "https://127.0.0.1:3000",
            "http://127.0.0.1:3001",
            "http://127.0.0.1",
            "http://127.0.0.1:3000/",
        ] {
            assert!(
                refuse_cross_site_http(&post(&[("origin", origin), ("host", "127.0.0.1:3000")]))
                    .is_some(),
                "{origin}"
            );
        }
        // Behind a TLS proxy the site is https.
        let post_https = post(&[
            ("origin", "https://helder.example"),
            ("host", "helder.example"),
        ]);
        assert!(refuse_cross_site(&post_https, "https").is_none());
        assert!(refuse_cross_site(&post_https, "http").is_some());
    }

    #[test]
    fn reading_is_never_refused() {
        let get = http::Request::builder()
            .method(Method::GET)
            .uri("/")
            .header("sec-fetch-site", "cross-site")
            .body(Body::empty())
            .unwrap_or_default();
        assert!(refuse_cross_site_http(&get).is_none());
    }
}
