//! The hydration markup Leptos 0.8.23 writes into the head, changed in two ways.
//!
//! - Its two resource hints (`<link rel="modulepreload">` for the JS, `<link rel="preload">` for
//!   the wasm) are left out. Islands hydrate when the browser is idle, after the first paint, and
//!   load both files then; the hints fetched the 120 KB wasm at once instead, beside the style
//!   sheet, so on a slow phone network the first screen waited for bandwidth it did not need
//!   (Lighthouse's simulated slow 4G: LCP 1.8 s with them). Leptos keeps the hints off the
//!   critical path itself only outside islands mode (`defer`).
//! - Those hints carried the CSP nonce in their `crossorigin` attribute (leptos-rs/leptos#4843,
//!   fixed upstream by PR #4844): with the hints gone, the nonce is only on the script again.
//!   Should a later Leptos write `crossorigin="<nonce>"` elsewhere, it still becomes bare.

use axum::body::{to_bytes, Body};
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use http::header;

/// A rendered page is never larger than this; a larger body is passed on untouched.
const PAGE_MAX: usize = 4 * 1024 * 1024;

pub async fn hydration_markup(req: Request, next: Next) -> Response {
    let res = next.run(req).await;
    let is_html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    let nonce = res
        .headers()
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
        .and_then(|csp| csp.split("'nonce-").nth(1))
        .and_then(|rest| rest.split('\'').next())
        .map(str::to_owned);
    let (Some(nonce), true) = (nonce, is_html) else {
        return res;
    };
    let (mut parts, body) = res.into_parts();
    let Ok(bytes) = to_bytes(body, PAGE_MAX).await else {
        tracing::warn!("a rendered page was too large to correct");
        return Response::from_parts(parts, Body::empty());
    };
    let fixed = fix(&bytes, &nonce);
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(fixed))
}

/// The page without Leptos's two resource hints, and with `crossorigin="<nonce>"` (and an empty
/// one) made a bare `crossorigin`.
pub fn fix(page: &[u8], nonce: &str) -> Vec<u8> {
    let Ok(text) = std::str::from_utf8(page) else {
        return page.to_vec();
    };
    let head_end = text.find("</head>").unwrap_or(0);
    let (head, body) = text.split_at(head_end);
    let mut head = head.to_owned();
    for hint in [
        "<link rel=\"modulepreload\" href=\"/pkg/",
        "<link rel=\"preload\" href=\"/pkg/",
    ] {
        if let Some(start) = head.find(hint) {
            if let Some(len) = head[start..].find('>') {
                head.replace_range(start..=start + len, "");
            }
        }
    }
    head.push_str(body);
    head.replace(&format!(" crossorigin=\"{nonce}\""), " crossorigin")
        .replace(" crossorigin=\"\"", " crossorigin")
        .into_bytes()
}

#[cfg(test)]
mod tests {
    use super::fix;

    const HEAD: &str = r#"<html><head><meta charset="utf-8"><link rel="modulepreload" href="/pkg/helder.js" crossorigin="abc123"><link rel="preload" href="/pkg/helder.wasm" as="fetch" type="application/wasm" crossorigin="abc123"><script type="module" nonce="abc123">x</script><link rel="stylesheet" href="/pkg/helder.css"></head>"#;

    #[test]
    fn the_resource_hints_go_and_the_nonce_stays_on_the_script_only() {
        let page = format!("{HEAD}<body><p>Hallo</p></body></html>");
        let fixed = String::from_utf8(fix(page.as_bytes(), "abc123")).expect("utf8");
        assert_eq!(fixed.matches("abc123").count(), 1, "{fixed}");
        assert!(
            fixed.contains(r#"<script type="module" nonce="abc123">x</script>"#),
            "{fixed}"
        );
        assert!(!fixed.contains("preload"), "{fixed}");
        assert!(
            fixed.contains(r#"<link rel="stylesheet" href="/pkg/helder.css">"#),
            "{fixed}"
        );
        assert!(
            fixed.ends_with("<body><p>Hallo</p></body></html>"),
            "{fixed}"
        );
    }

    #[test]
    fn the_body_is_left_alone_even_when_it_quotes_a_hint() {
        let body = r#"<body><pre>&lt;link rel="preload"&gt;</pre><link rel="preload" href="/x"></body></html>"#;
        let fixed =
            String::from_utf8(fix(format!("{HEAD}{body}").as_bytes(), "abc123")).expect("utf8");
        assert!(fixed.ends_with(body), "{fixed}");
    }

    #[test]
    fn a_page_without_a_head_or_valid_utf8_passes_unchanged() {
        assert_eq!(fix(b"<p>x</p>", "n"), b"<p>x</p>".to_vec());
        assert_eq!(fix(&[0xff, 0xfe], "n"), vec![0xff, 0xfe]);
    }
}
