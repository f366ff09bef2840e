//! Every sentence a person reads comes from `locales/<lang>/*.ftl` (Fluent). Dutch (taalniveau
//! B1) is the source language and the fallback. The server picks the language per request
//! (cookie, then Accept-Language) and provides it as context; islands get their strings as
//! props, so the wasm bundle needs no Fluent at all.

use std::sync::OnceLock;

use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource, FluentValue};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use time::Date;
use unic_langid::LanguageIdentifier;

/// Name of the cookie that remembers the chosen language. Not a secret, so readable by script.
pub const LANG_COOKIE: &str = "helder-taal";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    Nl,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// BCP 47 code, used for `<html lang>`, the cookie and the locale folder.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The language for a request: an explicit choice (cookie) wins, then the browser's
    /// Accept-Language in order of preference, then Dutch.
    pub fn negotiate(cookie: Option<&str>, accept_language: Option<&str>) -> Lang {
        if let Some(lang) = cookie.and_then(Lang::from_code) {
            return lang;
        }
        let Some(header) = accept_language else {
            return Lang::Nl;
        };
        let mut best: Option<(f32, Lang)> = None;
        for part in header.split(',') {
            let mut pieces = part.split(';');
            let tag = pieces.next().unwrap_or("");
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            if let Some(lang) = Lang::from_code(tag) {
                if q > 0.0 && best.is_none_or(|(bq, _)| q > bq) {
                    best = Some((q, lang));
                }
            }
        }
        best.map_or(Lang::Nl, |(_, l)| l)
    }
}

macro_rules! locale_files {
    ($lang:literal) => {
        [
            include_str!(concat!("../../locales/", $lang, "/common.ftl")),
            include_str!(concat!("../../locales/", $lang, "/domain.ftl")),
            include_str!(concat!("../../locales/", $lang, "/pages.ftl")),
            include_str!(concat!("../../locales/", $lang, "/errors.ftl")),
            include_str!(concat!("../../locales/", $lang, "/powers.ftl")),
            include_str!(concat!("../../locales/", $lang, "/rights.ftl")),
            include_str!(concat!("../../locales/", $lang, "/journey.ftl")),
            include_str!(concat!("../../locales/", $lang, "/account.ftl")),
            include_str!(concat!("../../locales/", $lang, "/messages.ftl")),
        ]
    };
}

struct Bundles {
    nl: FluentBundle<FluentResource>,
    en: FluentBundle<FluentResource>,
}

fn build_bundle(lang: &str, sources: &[&'static str]) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks (U+2068/U+2069) protect right-to-left text; nl and en are left-to-right
    // and the marks would end up inside copied phone numbers and e-mail addresses.
    bundle.set_use_isolating(false);
    for source in sources {
        // A syntax error in a locale file is caught by the `locale_files_parse` test; at run
        // time the entries that did parse are still used.
        let resource = match FluentResource::try_new((*source).to_string()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        let _ = bundle.add_resource(resource);
    }
    bundle
}

fn bundles() -> &'static Bundles {
    static BUNDLES: OnceLock<Bundles> = OnceLock::new();
    BUNDLES.get_or_init(|| Bundles {
        nl: build_bundle("nl", &locale_files!("nl")),
        en: build_bundle("en", &locale_files!("en")),
    })
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    let b = bundles();
    match lang {
        Lang::Nl => &b.nl,
        Lang::En => &b.en,
    }
}

fn format_in(lang: Lang, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let bundle = bundle(lang);
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = vec![];
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

/// Translate `id` in `lang`, falling back to Dutch, then to the id itself (a missing id is a
/// bug the locale tests catch; showing the id beats showing nothing).
pub fn translate(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    format_in(lang, id, args)
        .or_else(|| format_in(Lang::Nl, id, args))
        .unwrap_or_else(|| id.to_string())
}

/// Whether `id` is a message (in Dutch, the source language).
pub fn exists(id: &str) -> bool {
    bundle(Lang::Nl).has_message(id)
}

/// The language of the current request (server) or page (browser).
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or(Lang::Nl)
}

/// Translate in the current language.
pub fn t(id: &str) -> String {
    translate(use_lang(), id, None)
}

/// Translate with Fluent arguments, e.g. a `name` argument given as `("name", name.into())`.
pub fn t_args(id: &str, args: &[(&str, FluentValue<'static>)]) -> String {
    let mut fa = FluentArgs::new();
    for (k, v) in args {
        fa.set(*k, v.clone());
    }
    translate(use_lang(), id, Some(&fa))
}

/// A date as people write it: "15 juni 2026" / "15 June 2026".
pub fn format_date(lang: Lang, date: Date) -> String {
    let month = translate(lang, &format!("month-{}", date.month() as u8), None);
    let mut fa = FluentArgs::new();
    fa.set("day", date.day());
    fa.set("month", month);
    fa.set("year", date.year());
    translate(lang, "date-long", Some(&fa))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn ids(lang: &str, sources: &[&str]) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        for source in sources {
            let res = FluentResource::try_new((*source).to_string())
                .unwrap_or_else(|(_, errs)| panic!("{lang}: syntax errors {errs:?}"));
            for entry in res.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    out.insert(m.id.name.to_string());
                }
            }
        }
        out
    }

    #[test]
    fn locale_files_parse_and_dutch_and_english_have_the_same_ids() {
        let nl = ids("nl", &locale_files!("nl"));
        let en = ids("en", &locale_files!("en"));
        let only_nl: Vec<_> = nl.difference(&en).collect();
        let only_en: Vec<_> = en.difference(&nl).collect();
        assert!(only_nl.is_empty(), "missing in en: {only_nl:?}");
        assert!(only_en.is_empty(), "missing in nl: {only_en:?}");
    }

    #[test]
    fn every_id_used_in_the_code_exists() {
        let nl = ids("nl", &locale_files!("nl"));
        let mut missing = vec![];
        let src = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
        for used in ids_in_source(std::path::Path::new(src)) {
            if !nl.contains(&used) {
                missing.push(used);
            }
        }
        assert!(
            missing.is_empty(),
            "ids used in code but not in locales/nl: {missing:?}"
        );
    }

    /// Literal ids passed to `t("…")` / `t_args("…", …)` anywhere under `dir`.
    fn ids_in_source(dir: &std::path::Path) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        for entry in std::fs::read_dir(dir).expect("read src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                out.extend(ids_in_source(&path));
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("read file");
                for marker in ["t(\"", "t_args(\""] {
                    for (i, _) in text.match_indices(marker) {
                        let prev = text[..i].chars().last().unwrap_or(' ');
                        if prev.is_alphanumeric() || prev == '_' {
                            continue;
                        }
                        let rest = &text[i + marker.len()..];
                        if let Some(end) = rest.find('"') {
                            let id = &rest[..end];
                            if !id.is_empty()
                                && id.chars().all(|c| {
                                    c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'
                                })
                            {
                                out.insert(id.to_string());
                            }
                        }
                    }
                }
            }
        }
        out
    }

    #[test]
    fn every_domain_key_has_a_translation() {
        use crate::domain::*;
        let nl = ids("nl", &locale_files!("nl"));
        let mut wanted = vec![];
        for p in Phase::ALL {
            wanted.push(format!("phase-{}", p.key()));
            wanted.push(format!("phase-{}-now", p.key()));
        }
        for r in ProfessionalRole::ALL {
            wanted.push(format!("role-{}", r.key()));
            wanted.push(format!("role-{}-does", r.key()));
        }
        for o in OrganisationKind::ALL {
            wanted.push(format!("organisation-kind-{}", o.key()));
        }
        for m in 1..=12 {
            wanted.push(format!("month-{m}"));
        }
        for d in 1..=7 {
            wanted.push(format!("weekday-{d}"));
        }
        use crate::domain::{deadlines, decisions, journey, powers, rights};
        for phase in Phase::ALL {
            for role in ProfessionalRole::ALL {
                let card = powers::powers(role, phase);
                wanted.extend(card.may.iter().map(|p| format!("power-{}", p.key())));
                wanted.extend(
                    card.may_not
                        .iter()
                        .map(|(p, _)| format!("power-{}", p.key())),
                );
            }
        }
        for d in powers::Decider::ALL {
            wanted.push(format!("decider-{}", d.key()));
            wanted.push(format!("maker-{}", d.key()));
        }
        for r in rights::Right::ALL {
            wanted.push(format!("right-{}", r.key()));
            wanted.push(format!("right-{}-how", r.key()));
            wanted.push(format!("contact-{}", r.contact().key()));
        }
        for k in deadlines::DeadlineKind::ALL {
            wanted.push(format!("deadline-{}", k.key()));
        }
        for k in decisions::DecisionKind::ALL {
            wanted.push(format!("decision-{}", k.key()));
            wanted.push(format!("maker-{}", k.decider().key()));
            wanted.extend(
                k.before()
                    .iter()
                    .chain(k.after().iter())
                    .map(|s| format!("step-action-{}", s.key())),
            );
        }
        for k in journey::StepKind::ALL {
            wanted.push(format!("step-{}", k.key()));
        }
        for k in journey::MeetingKind::ALL {
            wanted.push(format!("meeting-{}", k.key()));
            wanted.push(format!("meeting-expect-{}", k.key()));
        }
        for k in journey::DocumentKind::ALL {
            wanted.push(format!("document-{}", k.key()));
        }
        for o in OrganisationKind::ALL {
            wanted.push(format!("complaint-how-{}", o.key()));
        }
        for t in journey::GLOSSARY {
            for suffix in ["", "-forms", "-explained"] {
                wanted.push(format!("term-{t}{suffix}"));
            }
        }
        for reason in ["new-job", "phase-change", "family-request", "leave"] {
            wanted.push(format!("change-reason-{reason}"));
        }
        for e in [
            "error-not-found-text",
            "error-not-signed-in-text",
            "error-internal-text",
            "error-invalid-text",
        ] {
            wanted.push(e.to_string());
        }
        let missing: Vec<_> = wanted.into_iter().filter(|w| !nl.contains(w)).collect();
        assert!(missing.is_empty(), "missing: {missing:?}");
    }

    #[test]
    fn cookie_wins_over_accept_language() {
        assert_eq!(
            Lang::negotiate(Some("en"), Some("nl-NL,nl;q=0.9")),
            Lang::En
        );
        assert_eq!(Lang::negotiate(Some("nl"), Some("en-GB")), Lang::Nl);
    }

    #[test]
    fn accept_language_is_read_by_quality() {
        assert_eq!(
            Lang::negotiate(None, Some("de-DE,en;q=0.8,nl;q=0.5")),
            Lang::En
        );
        assert_eq!(
            Lang::negotiate(None, Some("en;q=0.3, nl-BE;q=0.7")),
            Lang::Nl
        );
        assert_eq!(Lang::negotiate(None, Some("en-US")), Lang::En);
    }

    #[test]
    fn unknown_or_garbage_language_falls_back_to_dutch() {
        assert_eq!(Lang::negotiate(Some("xx"), Some("fr, de;q=abc")), Lang::Nl);
        assert_eq!(Lang::negotiate(None, None), Lang::Nl);
        assert_eq!(Lang::negotiate(None, Some(";;,,q=")), Lang::Nl);
        assert_eq!(Lang::negotiate(None, Some("en;q=0")), Lang::Nl);
    }

    #[test]
    fn dates_are_written_out_in_the_language() {
        use time::macros::date;
        assert_eq!(format_date(Lang::Nl, date!(2026 - 06 - 15)), "15 juni 2026");
        assert_eq!(format_date(Lang::En, date!(2026 - 06 - 15)), "15 June 2026");
    }
}
