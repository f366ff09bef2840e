//! Which page shows which text, for which reader: every page of the example family is opened
//! in review mode as each of its members, a professional and someone not signed in, following
//! the links each page offers. Review mode names the message of every text, so the page's list
//! of texts is the page's messages. Made inside this process (no socket, no session): the
//! request carries its `ReviewAs` already.

use std::collections::{BTreeMap, HashSet, VecDeque};

use axum::body::{to_bytes, Body};
use axum::Router;
use http::{header, Request, StatusCode};
use tower::ServiceExt;

use app::api::types::DemoPersonKind;
use app::domain::journey::GLOSSARY;
use app::domain::FamilyRelation;
use app::error::AppError;
use app::i18n::{translate, Lang};
use app::model::wording::{IndexedPage, PageIndex, Reader};
use app::wording::b1;
use app::wording::pages::page_key;

use super::ExampleSite;

/// Enough for every page a reader can reach, few enough to stay quick.
const MAX_PAGES_PER_READER: usize = 40;
const PAGE_MAX: usize = 4 * 1024 * 1024;

fn reader_of(kind: &DemoPersonKind) -> Option<Reader> {
    match kind {
        DemoPersonKind::Family { relation, age, .. } => match relation {
            FamilyRelation::Child if *age < 12 => Some(Reader::Child),
            FamilyRelation::Child if *age < 16 => Some(Reader::Youth),
            FamilyRelation::Child if *age < 18 => Some(Reader::Youth16),
            FamilyRelation::Child => None,
            _ => Some(Reader::Parent),
        },
        DemoPersonKind::Professional { .. } => Some(Reader::Professional),
    }
}

/// Links a page offers that stay among the pages review mode shows.
fn links(page: &str) -> Vec<String> {
    let mut out = vec![];
    let mut rest = page;
    while let Some(i) = rest.find("href=\"") {
        rest = &rest[i + 6..];
        let Some(end) = rest.find('"') else { break };
        let href = rest[..end].replace("&amp;", "&");
        rest = &rest[end..];
        let href = href.split('#').next().unwrap_or("").to_string();
        let inside = [
            "/zaak/",
            "/werk",
            "/begrippen",
            "/instellingen",
            "/melding/",
        ]
        .iter()
        .any(|p| href.starts_with(p));
        if inside && !href.contains("/bestand") && !href.starts_with("//") {
            out.push(href);
        }
    }
    out
}

/// The messages of the page's list of texts (made by the review layer), in order.
fn listed_messages(page: &str) -> Vec<String> {
    let Some(start) = page.find("<section class=\"review-texts\"") else {
        return vec![];
    };
    let mut out = vec![];
    let mut rest = &page[start..];
    while let Some(i) = rest.find("data-message=\"") {
        rest = &rest[i + 14..];
        let Some(end) = rest.find('"') else { break };
        out.push(rest[..end].to_string());
        rest = &rest[end..];
    }
    out
}

/// Each marked text's message and its inner HTML.
fn marked_fragments(page: &str) -> Vec<(String, String)> {
    const OPEN: &str = "<mark class=\"review-mark\" data-message=\"";
    let mut out = vec![];
    let mut from = 0;
    while let Some(i) = page[from..].find(OPEN) {
        let start = from + i;
        let id_start = start + OPEN.len();
        let Some(id_len) = page[id_start..].find('"') else {
            break;
        };
        let id = page[id_start..id_start + id_len].to_string();
        let inner_start = id_start + id_len + 2;
        // The matching close, counting marks nested inside.
        let mut depth = 1;
        let mut at = inner_start;
        while depth > 0 {
            let next_open = page[at..].find("<mark ").map(|n| at + n);
            let Some(next_close) = page[at..].find("</mark>").map(|n| at + n) else {
                break;
            };
            match next_open {
                Some(o) if o < next_close => {
                    depth += 1;
                    at = o + 6;
                }
                _ => {
                    depth -= 1;
                    at = next_close + 7;
                }
            }
        }
        if depth == 0 {
            out.push((id, page[inner_start..at - 7].to_string()));
        }
        from = inner_start;
    }
    out
}

/// The chain's words a family needs explained: the glossary's Dutch forms and the extra list.
pub fn jargon_terms() -> Vec<String> {
    let mut terms: Vec<String> = GLOSSARY
        .iter()
        .flat_map(|key| {
            translate(Lang::NL, &format!("term-{key}-forms"), None)
                .split(',')
                .map(|f| f.trim().to_string())
                .filter(|f| !f.is_empty())
                .collect::<Vec<_>>()
        })
        .chain(b1::JARGON_EXTRA.iter().map(|s| s.to_string()))
        .collect();
    terms.sort();
    terms.dedup();
    terms
}

async fn open(
    router: &Router,
    path: &str,
    review: &app::api::context::ReviewAs,
) -> Option<(String, String)> {
    let mut path = path.to_string();
    for _ in 0..3 {
        let mut req = Request::builder()
            .uri(&path)
            .header(header::ACCEPT_LANGUAGE, "nl")
            .body(Body::empty())
            .ok()?;
        req.extensions_mut().insert(review.clone());
        let res = router.clone().oneshot(req).await.ok()?;
        if res.status().is_redirection() {
            let location = res
                .headers()
                .get(header::LOCATION)?
                .to_str()
                .ok()?
                .to_string();
            if !location.starts_with('/') || location.starts_with("//") {
                return None;
            }
            path = location;
            continue;
        }
        if res.status() != StatusCode::OK {
            return None;
        }
        let bytes = to_bytes(res.into_body(), PAGE_MAX).await.ok()?;
        return Some((path, String::from_utf8(bytes.to_vec()).ok()?));
    }
    None
}

/// Open every example page as every reader and note its messages.
pub async fn index(router: Router, example: &ExampleSite) -> Result<PageIndex, AppError> {
    let started = std::time::Instant::now();
    // Pages read their session (a kept form, a draft): one of the example family's own, so
    // nothing of the index reaches the real database.
    let router = router.layer(tower_sessions::SessionManagerLayer::new(
        crate::auth::session_store::DbSessionStore::new(example.backend.db.clone()),
    ));
    let terms = jargon_terms();
    let mut readers: Vec<(Reader, Option<String>, String)> = vec![];
    for person in &example.people {
        let Some(reader) = reader_of(&person.kind) else {
            continue;
        };
        // Two professionals show every page a professional has; more would only repeat.
        if reader == Reader::Professional
            && readers
                .iter()
                .filter(|r| r.0 == Reader::Professional)
                .count()
                >= 2
        {
            continue;
        }
        let Some(landing) = example.landing(&person.key) else {
            continue;
        };
        readers.push((reader, Some(person.key.clone()), landing.to_string()));
    }
    readers.push((Reader::Anyone, None, "/".into()));
    let mut pages = vec![];
    let mut unlinked: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (reader, key, landing) in readers {
        let Some(review) = example.review_as(key.as_deref()) else {
            continue;
        };
        let mut queue: VecDeque<String> = VecDeque::from([landing]);
        if reader == Reader::Anyone {
            queue.extend(["/begrippen", "/inloggen", "/activeren"].map(String::from));
        }
        let mut seen: HashSet<String> = queue.iter().cloned().collect();
        let mut opened = 0;
        while let Some(path) = queue.pop_front() {
            if opened >= MAX_PAGES_PER_READER {
                break;
            }
            let Some((path, page)) = open(&router, &path, &review).await else {
                continue;
            };
            opened += 1;
            for link in links(&page) {
                if seen.insert(link.clone()) {
                    queue.push_back(link);
                }
            }
            // Families' pages only; Begrippen is where the terms are explained, not used.
            if !matches!(reader, Reader::Professional | Reader::Anyone)
                && page_key(&path) != "glossary"
            {
                for (id, inner) in marked_fragments(&page) {
                    let missing = b1::unlinked_terms(&inner, &terms);
                    if !missing.is_empty() {
                        let list = unlinked.entry(id).or_default();
                        for t in missing {
                            if !list.contains(&t) {
                                list.push(t);
                            }
                        }
                    }
                }
            }
            pages.push(IndexedPage {
                page: page_key(&path),
                reader,
                path,
                messages: listed_messages(&page),
            });
        }
    }
    tracing::info!(
        pages = pages.len(),
        ms = started.elapsed().as_millis() as u64,
        "the example pages were indexed for the review workspace"
    );
    Ok(PageIndex {
        pages,
        unlinked: unlinked.into_iter().collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marked_texts_are_found_with_what_they_hold() {
        let page = "<p><mark class=\"review-mark\" data-message=\"a\">Een <mark class=\"review-mark\" data-message=\"b\">OTS</mark> en gezag</mark></p>";
        assert_eq!(
            marked_fragments(page),
            vec![
                (
                    "a".to_string(),
                    "Een <mark class=\"review-mark\" data-message=\"b\">OTS</mark> en gezag"
                        .to_string()
                ),
                ("b".to_string(), "OTS".to_string()),
            ]
        );
        assert_eq!(
            links("<a href=\"/zaak/x/rechten#r\">r</a><a href=\"/teksten\">t</a><a href=\"//e.x\">e</a><a href=\"/zaak/x/documenten/d/bestand\">f</a>"),
            vec!["/zaak/x/rechten"]
        );
    }
}
