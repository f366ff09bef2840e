//! Valid hydration markup. Leptos 0.8.23 writes the CSP nonce into the `crossorigin`
//! attribute of its preload links (leptos-rs/leptos#4843, fixed upstream by PR #4844, not in
//! a 0.8 release yet): invalid HTML on every hydrated page, and the nonce readable from the
//! DOM where only a `nonce` attribute hides it. Until the fix is released, rendered pages are
//! corrected here: the attribute becomes a bare `crossorigin` (anonymous, the mode the
//! module and wasm fetches use, so the preloads are still used). Remove with the upgrade.

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

/// The page with `crossorigin="<nonce>"` (and an empty one) made a bare `crossorigin`.
pub fn fix(page: &[u8], nonce: &str) -> Vec<u8> {
    let Ok(text) = std::str::from_utf8(page) else {
        return page.to_vec();
    };
    text.replace(&format!(" crossorigin=\"{nonce}\""), " crossorigin")
        .replace(" crossorigin=\"\"", " crossorigin")
        .into_bytes()
}

#[cfg(test)]
mod tests {
    use super::fix;

    #[test]
    fn the_nonce_leaves_the_crossorigin_attribute_and_stays_on_the_script() {
        let page = r#"<link rel="modulepreload" href="/pkg/helder.js" crossorigin="abc123"><link rel="preload" href="/pkg/helder.wasm" as="fetch" type="application/wasm" crossorigin="abc123"><script type="module" nonce="abc123">x</script>"#;
        let fixed = String::from_utf8(fix(page.as_bytes(), "abc123")).expect("utf8");
        assert_eq!(fixed.matches("abc123").count(), 1, "{fixed}");
        assert!(fixed.contains(r#"nonce="abc123""#));
        assert_eq!(fixed.matches(" crossorigin>").count(), 2, "{fixed}");
    }
}
