//! Response hardening on every response (errors included), and refusal of cross-site
//! state-changing requests. Leptos server functions do no origin check of their own, and a
//! form POST is a "simple" request a foreign site can send, so this layer is the CSRF defence
//! next to SameSite=Strict cookies (ASVS 3.5.1–3.5.3).

use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use http::header::{self, HeaderName, HeaderValue};
use http::{Method, StatusCode};

/// The policy for anything that is not a rendered page (files, JSON, refusals): nothing may
/// run, frame or be embedded. Rendered pages carry their own policy with the response's nonce
/// (`app::content_security_policy`).
const FALLBACK_CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

pub async fn harden(req: Request, next: Next) -> Response {
    if let Some(refusal) = refuse_cross_site(&req) {
        return with_headers(refusal, true);
    }
    let cacheable = req.uri().path().starts_with("/pkg/") || req.uri().path() == "/favicon.svg";
    let res = next.run(req).await;
    with_headers(res, !cacheable)
}

fn with_headers(mut res: Response, no_store: bool) -> Response {
    let headers = res.headers_mut();
    let mut set = |name: HeaderName, value: &'static str| {
        headers.insert(name, HeaderValue::from_static(value));
    };
    set(header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(header::REFERRER_POLICY, "no-referrer");
    set(
        header::STRICT_TRANSPORT_SECURITY,
        "max-age=31536000; includeSubDomains",
    );
    set(header::X_FRAME_OPTIONS, "DENY");
    set(
        HeaderName::from_static("cross-origin-opener-policy"),
        "same-origin",
    );
    set(
        HeaderName::from_static("permissions-policy"),
        "camera=(), microphone=(), geolocation=(), payment=()",
    );
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
/// `Sec-Fetch-Site` is sent by every current browser; where it is missing, `Origin` must match
/// the host. Requests with neither (curl, server-to-server) carry no browser cookies by
/// accident, so they pass here and meet the session checks as usual.
fn refuse_cross_site(req: &Request) -> Option<Response> {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return None;
    }
    let header = |name: &str| req.headers().get(name).and_then(|v| v.to_str().ok());
    let refused = match header("sec-fetch-site") {
        Some(site) => !matches!(site, "same-origin" | "none"),
        None => match (header("origin"), header("host")) {
            (Some(origin), Some(host)) => {
                let origin_host = origin.split_once("://").map_or(origin, |(_, h)| h);
                origin == "null" || origin_host != host
            }
            _ => false,
        },
    };
    refused.then(|| {
        tracing::warn!(path = %req.uri().path(), "cross-site request refused");
        crate::form_errors::calm_page(
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

    #[test]
    fn same_origin_and_user_initiated_requests_pass() {
        assert!(refuse_cross_site(&post(&[("sec-fetch-site", "same-origin")])).is_none());
        assert!(refuse_cross_site(&post(&[("sec-fetch-site", "none")])).is_none());
        assert!(refuse_cross_site(&post(&[
            ("origin", "http://127.0.0.1:3000"),
            ("host", "127.0.0.1:3000")
        ]))
        .is_none());
        assert!(refuse_cross_site(&post(&[])).is_none());
    }

    #[test]
    fn cross_site_and_same_site_requests_are_refused() {
        assert!(refuse_cross_site(&post(&[("sec-fetch-site", "cross-site")])).is_some());
        assert!(refuse_cross_site(&post(&[("sec-fetch-site", "same-site")])).is_some());
        assert!(refuse_cross_site(&post(&[
            ("origin", "https://evil.example"),
            ("host", "127.0.0.1:3000")
        ]))
        .is_some());
        assert!(
            refuse_cross_site(&post(&[("origin", "null"), ("host", "127.0.0.1:3000")])).is_some()
        );
    }

    #[test]
    fn reading_is_never_refused() {
        let get = http::Request::builder()
            .method(Method::GET)
            .uri("/")
            .header("sec-fetch-site", "cross-site")
            .body(Body::empty())
            .unwrap_or_default();
        assert!(refuse_cross_site(&get).is_none());
    }
}
