//! The session cookie is `__Host-` prefixed, which browsers accept only with `Secure`. When a
//! session ends, tower-sessions sends a removal cookie without `Secure`; Chromium refuses that
//! one, so the old cookie stayed in the browser after sign-out. This layer gives every
//! `Set-Cookie` of the session cookie the attributes the cookie was set with.

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::header::SET_COOKIE;
use http::HeaderValue;

/// The session cookie's name and whether it is `Secure`.
#[derive(Debug, Clone)]
pub struct SessionCookie {
    pub name: &'static str,
    pub secure: bool,
}

pub async fn complete_session_cookie(
    State(cookie): State<SessionCookie>,
    req: Request,
    next: Next,
) -> Response {
    let mut res = next.run(req).await;
    if !cookie.secure {
        return res;
    }
    let completed: Vec<HeaderValue> = res
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .map(|value| complete(value, cookie.name).unwrap_or_else(|| value.clone()))
        .collect();
    let headers = res.headers_mut();
    headers.remove(SET_COOKIE);
    for value in completed {
        headers.append(SET_COOKIE, value);
    }
    res
}

/// `value` with `Secure`, `HttpOnly` and `SameSite=Strict`, if it sets `name` without them.
fn complete(value: &HeaderValue, name: &str) -> Option<HeaderValue> {
    let text = value.to_str().ok()?;
    if !text.starts_with(&format!("{name}=")) {
        return None;
    }
    let lower = text.to_ascii_lowercase();
    let mut out = text.to_string();
    for (attribute, present) in [
        ("Secure", lower.contains("; secure")),
        ("HttpOnly", lower.contains("; httponly")),
        ("SameSite=Strict", lower.contains("; samesite=")),
    ] {
        if !present {
            out.push_str("; ");
            out.push_str(attribute);
        }
    }
    HeaderValue::from_str(&out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_removal_cookie_gets_secure_so_the_browser_accepts_it() {
        let removal = HeaderValue::from_static(
            "__Host-helder=; Path=/; Max-Age=0; Expires=Tue, 01 Dec 2025 00:00:00 GMT",
        );
        let fixed = complete(&removal, "__Host-helder").expect("completed");
        let fixed = fixed.to_str().expect("text");
        assert!(
            fixed.contains("; Secure") && fixed.contains("; HttpOnly"),
            "{fixed}"
        );
        let full = HeaderValue::from_static(
            "__Host-helder=abc; HttpOnly; SameSite=Strict; Secure; Path=/",
        );
        assert_eq!(
            complete(&full, "__Host-helder").map(|v| v == full),
            Some(true)
        );
        assert!(complete(
            &HeaderValue::from_static("helder-taal=en; Path=/"),
            "__Host-helder"
        )
        .is_none());
    }
}
