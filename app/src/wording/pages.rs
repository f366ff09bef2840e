//! The pages the review workspace groups texts by: each example page a reader can open (its
//! name is `nav-<key>` for a case page, `review-page-<key>` otherwise), then texts every page
//! shows, then the files of texts no example page shows (refusals, letters, the API's).

use crate::domain::case_pages::CasePage;

/// What page a path is, as a key of its name.
pub fn page_key(path: &str) -> String {
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
    match parts.as_slice() {
        [""] => "home".into(),
        ["zaak", _] => CasePage::Overview.key().into(),
        ["zaak", _, "wat-komt-eraan", _] => "decision-input".into(),
        ["zaak", _, "documenten", _] => "document".into(),
        ["zaak", _, "berichten", _] => "thread".into(),
        ["zaak", _, "niet-veilig"] => "unsafe".into(),
        ["zaak", _, "toegang", "brief"] => "letter".into(),
        ["zaak", _, rest] => CasePage::ALL
            .into_iter()
            .find(|p| p.suffix() == format!("/{rest}"))
            .map_or_else(|| "other".into(), |p| p.key().into()),
        ["werk"] => "work".into(),
        ["werk", "zaak", _] => "console".into(),
        ["werk", "afwezig"] => "absence".into(),
        ["werk", "nieuw"] => "new-case".into(),
        ["begrippen"] => "glossary".into(),
        ["instellingen"] => "settings".into(),
        ["inloggen"] => "sign-in".into(),
        ["activeren"] => "activate".into(),
        ["melding", _] => "notice".into(),
        _ => "other".into(),
    }
}

/// The example pages, in the order a family meets them, then a professional's.
pub const PAGE_ORDER: [&str; 29] = [
    "home",
    "overview",
    "messages",
    "thread",
    "unsafe",
    "decisions",
    "decision-input",
    "rights",
    "meetings",
    "powers",
    "family",
    "timeline",
    "documents",
    "document",
    "help",
    "changes",
    "access-log",
    "family-access",
    "letter",
    "glossary",
    "settings",
    "sign-in",
    "activate",
    "notice",
    "work",
    "console",
    "absence",
    "new-case",
    "other",
];

/// Every group of the workspace's list, in order: what every page shows, the pages, then the
/// files of texts no example page shows (`file-<name>`).
pub fn group_order() -> impl Iterator<Item = String> {
    std::iter::once("every-page".to_string())
        .chain(PAGE_ORDER.iter().map(|p| (*p).to_string()))
        .chain(crate::i18n::FILES.iter().map(|f| format!("file-{f}")))
}

/// Where a group stands in [`group_order`] (an unknown key last).
pub fn group_position(key: &str) -> usize {
    group_order().position(|k| k == key).unwrap_or(usize::MAX)
}

/// The Fluent id of a group's name.
pub fn group_label_id(key: &str) -> String {
    if CasePage::ALL.iter().any(|p| p.key() == key) {
        format!("nav-{key}")
    } else {
        format!("review-page-{key}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_named_as_pages_and_every_group_has_a_name() {
        assert_eq!(page_key("/zaak/abc"), "overview");
        assert_eq!(page_key("/zaak/abc/rechten"), "rights");
        assert_eq!(page_key("/zaak/abc/wat-komt-eraan/d1"), "decision-input");
        assert_eq!(page_key("/zaak/abc/berichten/p1?x=1"), "thread");
        assert_eq!(page_key("/werk/zaak/abc"), "console");
        assert_eq!(page_key("/"), "home");
        for key in group_order() {
            assert!(crate::i18n::exists(&group_label_id(&key)), "{key}");
        }
        for path in [
            "/zaak/abc/rechten",
            "/werk/zaak/abc",
            "/begrippen",
            "/instellingen",
        ] {
            assert!(PAGE_ORDER.contains(&page_key(path).as_str()), "{path}");
        }
        assert_eq!(group_position("every-page"), 0);
        assert!(group_position("rights") < group_position("file-review"));
        assert_eq!(group_position("nonsense"), usize::MAX);
    }
}
