//! The review layer. A signed-in reviewer (or administrator) who chose "view as" someone of the
//! example family has that person's key in their session; their requests for the family's and
//! professionals' pages are then served in review mode: by the example family's services, as
//! that person, read-only, with every text marked. After the page is rendered its marks become
//! `<mark>` elements, and a list of every text on the page, each a link to its message in the
//! workspace, is put at the end of the main column (it also works without JavaScript).

use axum::body::{to_bytes, Body};
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::header;
use tower_sessions::Session;

use app::api::context::{RequestContext, ReviewAs};
use app::api::session::{review_in, subject_of, SessionPolicy};
use app::i18n::marks::{has_marks, mark_up, strip, PageText};
use app::i18n::{translate, Lang};

use crate::services::Backend;

/// A rendered page is never larger than this; a larger body is passed on unmarked.
const PAGE_MAX: usize = 4 * 1024 * 1024;

#[derive(Clone)]
pub struct ReviewLayer {
    pub backend: Backend,
    pub policy: SessionPolicy,
}

/// Paths that never run in review mode: the workspace itself, signing out or leaving, the
/// language choice, administration, sign-in, files, streams and the integration API.
fn applies(path: &str) -> bool {
    const OUTSIDE: [&str; 18] = [
        "/teksten",
        "/api/review/",
        "/api/account/sign-out",
        "/api/account/quick-exit",
        "/api/account/language",
        "/api/passkey/",
        "/api/demo/",
        "/api/v1",
        "/api/docs",
        "/beheer",
        "/activeren",
        "/inloggen",
        "/demo",
        "/pkg",
        "/live",
        "/sw.js",
        "/manifest.webmanifest",
        "/icons/",
    ];
    !OUTSIDE.iter().any(|p| path.starts_with(p))
}

/// The example person a session's reviewer views as, if review mode is on and the subject
/// still may review.
async fn review_for(layer: &ReviewLayer, session: &Session) -> Option<ReviewAs> {
    let key = review_in(session).await.ok()??;
    let subject = subject_of(session, layer.policy).await.ok()??;
    let ctx = RequestContext::for_subject(Some(subject));
    if !super::may_review(&layer.backend, &ctx).await {
        return None;
    }
    let example = layer.backend.review().example().await.ok()?;
    example.review_as(Some(&key))
}

pub async fn review_mode(
    State(layer): State<std::sync::Arc<ReviewLayer>>,
    mut req: Request,
    next: Next,
) -> Response {
    if req.extensions().get::<ReviewAs>().is_none() && applies(req.uri().path()) {
        if let Some(session) = req.extensions().get::<Session>().cloned() {
            if let Some(review) = review_for(&layer, &session).await {
                req.extensions_mut().insert(review);
            }
        }
    }
    if req.extensions().get::<ReviewAs>().is_none() {
        return next.run(req).await;
    }
    let here = req
        .uri()
        .path_and_query()
        .map_or_else(|| req.uri().path().to_string(), |p| p.as_str().to_string());
    let res = next.run(req).await;
    marked(res, &here).await
}

/// A review-mode answer: a page with its texts marked and listed; anything else (a server
/// function's JSON) with the marks removed.
pub async fn marked(res: Response, here: &str) -> Response {
    let content_type = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let textual = content_type.starts_with("text/") || content_type.contains("json");
    if !textual {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let Ok(bytes) = to_bytes(body, PAGE_MAX).await else {
        tracing::warn!("a review-mode page was too large to mark");
        return Response::from_parts(parts, Body::empty());
    };
    let Ok(text) = std::str::from_utf8(&bytes) else {
        return Response::from_parts(parts, Body::from(bytes));
    };
    if !has_marks(text) {
        return Response::from_parts(parts, Body::from(bytes));
    }
    let out = if content_type.starts_with("text/html") {
        let (page, texts) = mark_up(text);
        let lang = page_lang(&page);
        let list = texts_section(lang, &texts, here);
        match page.rfind("</main>") {
            Some(at) => format!("{}{list}{}", &page[..at], &page[at..]),
            None => page,
        }
    } else {
        strip(text)
    };
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(out))
}

/// The language of a rendered page (`<html lang="…">`).
fn page_lang(page: &str) -> Lang {
    page.find("<html lang=\"")
        .and_then(|i| {
            let rest = &page[i + 12..];
            rest.find('"').map(|end| &rest[..end])
        })
        .and_then(Lang::from_code)
        .unwrap_or(Lang::NL)
}

/// `text` made safe for an attribute value or text (it may come from an attribute).
fn attr(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A path as a query value.
fn query_value(path: &str) -> String {
    path.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'/' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Every text of the page, in order, each a link to its message (no script needed).
fn texts_section(lang: Lang, texts: &[PageText], here: &str) -> String {
    let mut out = String::with_capacity(texts.len() * 160 + 400);
    out.push_str("<section class=\"review-texts\" aria-labelledby=\"review-texts-title\">");
    out.push_str(&format!(
        "<h2 id=\"review-texts-title\">{}</h2><p>{}</p><ol class=\"review-texts__list\">",
        attr(&translate(lang, "review-texts-title", None)),
        attr(&translate(lang, "review-texts-lead", None)),
    ));
    let back = query_value(here);
    for t in texts {
        // The text is HTML already (escaped where it was shown); cut, never mid-entity.
        let mut shown: String = t.text.chars().take(140).collect();
        if let Some(amp) = shown.rfind('&') {
            if !shown[amp..].contains(';') {
                shown.truncate(amp);
            }
        }
        if shown.len() < t.text.len() {
            shown.push('…');
        }
        out.push_str(&format!(
            "<li><a href=\"/teksten/{}/{}?terug={back}\" data-message=\"{}\">{}</a></li>",
            lang.code(),
            attr(&t.id),
            attr(&t.id),
            shown.replace('<', "&lt;"),
        ));
    }
    out.push_str("</ol></section>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_workspace_and_signing_out_never_run_in_review_mode() {
        assert!(applies("/zaak/abc"));
        assert!(applies("/api/case/overview"));
        assert!(applies("/werk"));
        assert!(!applies("/teksten"));
        assert!(!applies("/teksten/nl/site-name"));
        assert!(!applies("/api/review/start"));
        assert!(!applies("/api/account/sign-out"));
        assert!(!applies("/pkg/helder.wasm"));
    }

    #[test]
    fn the_list_links_every_text_to_its_message_and_cuts_long_ones() {
        let texts = vec![
            PageText {
                id: "site-name".into(),
                text: "Helder".into(),
            },
            PageText {
                id: "footer-text".into(),
                text: format!("{}&amp; meer", "a".repeat(138)),
            },
        ];
        let html = texts_section(Lang::NL, &texts, "/zaak/x?y=1");
        assert!(html.contains(
            "<a href=\"/teksten/nl/site-name?terug=/zaak/x%3Fy%3D1\" data-message=\"site-name\">Helder</a>"
        ));
        assert!(
            html.contains(&format!("{}…</a>", "a".repeat(138))),
            "{html}"
        );
        assert_eq!(page_lang("<html lang=\"en\" dir=\"ltr\">"), Lang::EN);
    }
}
