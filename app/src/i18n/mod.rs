//! Every sentence a person reads comes from `locales/<lang>/*.ftl` (Fluent). Dutch (taalniveau
//! B1) is the source language and the fallback. The server picks the language per request
//! (cookie, then Accept-Language) and provides it as context; islands get their strings as
//! props, so the wasm bundle needs no Fluent at all.

use std::sync::{Arc, OnceLock, RwLock};

use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource, FluentValue};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use time::Date;
use unic_langid::LanguageIdentifier;

/// Name of the cookie that remembers the chosen language. Not a secret, so readable by script.
pub const LANG_COOKIE: &str = "helder-taal";

/// Which way a language is written; `<html dir>` follows it and the stylesheet uses logical
/// properties (start/end), so a right-to-left language mirrors the layout by itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub const fn attr(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// One language Helder speaks: its code (BCP 47, also the folder under `locales/`), its
/// direction, whether Fluent wraps arguments in bidi isolation marks, and its files. Adding a
/// language is one more entry in [`LOCALES`], with the same files.
pub struct Locale {
    pub code: &'static str,
    pub direction: Direction,
    /// Isolation marks (U+2068/U+2069) keep a left-to-right name or number from scrambling a
    /// right-to-left sentence. In a left-to-right language they only end up inside copied
    /// phone numbers and e-mail addresses, so there they are off.
    pub isolate: bool,
    pub sources: &'static [&'static str],
}

macro_rules! locale_files {
    ($lang:literal) => {
        &[
            include_str!(concat!("../../locales/", $lang, "/common.ftl")),
            include_str!(concat!("../../locales/", $lang, "/domain.ftl")),
            include_str!(concat!("../../locales/", $lang, "/pages.ftl")),
            include_str!(concat!("../../locales/", $lang, "/errors.ftl")),
            include_str!(concat!("../../locales/", $lang, "/powers.ftl")),
            include_str!(concat!("../../locales/", $lang, "/rights.ftl")),
            include_str!(concat!("../../locales/", $lang, "/journey.ftl")),
            include_str!(concat!("../../locales/", $lang, "/account.ftl")),
            include_str!(concat!("../../locales/", $lang, "/messages.ftl")),
            include_str!(concat!("../../locales/", $lang, "/console.ftl")),
            include_str!(concat!("../../locales/", $lang, "/integration.ftl")),
        ]
    };
}

/// Every language, the source language (Dutch, taalniveau B1) first: it is the fallback for a
/// message another language lacks.
pub static LOCALES: &[Locale] = &[
    Locale {
        code: "nl",
        direction: Direction::Ltr,
        isolate: false,
        sources: locale_files!("nl"),
    },
    Locale {
        code: "en",
        direction: Direction::Ltr,
        isolate: false,
        sources: locale_files!("en"),
    },
];

/// A language of [`LOCALES`], by position. Crosses the wire as its code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Lang(usize);

impl Lang {
    /// Dutch: the source language and the fallback.
    pub const NL: Lang = Lang(0);
    pub const EN: Lang = Lang(1);

    pub fn all() -> impl Iterator<Item = Lang> {
        (0..LOCALES.len()).map(Lang)
    }

    fn locale(self) -> &'static Locale {
        LOCALES.get(self.0).unwrap_or(&LOCALES[0])
    }

    /// BCP 47 code, used for `<html lang>`, the cookie and the locale folder.
    pub fn code(self) -> &'static str {
        self.locale().code
    }

    pub fn direction(self) -> Direction {
        self.locale().direction
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::all().find(|l| l.code() == primary)
    }

    /// The language for a request: an explicit choice (cookie) wins, then the browser's
    /// Accept-Language in order of preference, then Dutch.
    pub fn negotiate(cookie: Option<&str>, accept_language: Option<&str>) -> Lang {
        if let Some(lang) = cookie.and_then(Lang::from_code) {
            return lang;
        }
        let Some(header) = accept_language else {
            return Lang::NL;
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
        best.map_or(Lang::NL, |(_, l)| l)
    }
}

impl TryFrom<String> for Lang {
    type Error = String;
    fn try_from(code: String) -> Result<Lang, String> {
        Lang::from_code(&code).ok_or(code)
    }
}

impl From<Lang> for String {
    fn from(lang: Lang) -> String {
        lang.code().to_string()
    }
}

/// Texts that replace shipped ones without a redeploy (reviewed wording). Consulted before
/// the `.ftl` files; a message it does not have falls through to them.
pub trait Overrides: Send + Sync {
    fn format(&self, lang: Lang, id: &str, args: Option<&FluentArgs>) -> Option<String>;
}

/// No overrides: what ships is what shows.
pub struct NoOverrides;

impl Overrides for NoOverrides {
    fn format(&self, _: Lang, _: &str, _: Option<&FluentArgs>) -> Option<String> {
        None
    }
}

/// Overrides written as Fluent, one resource per language.
pub struct FtlOverrides {
    bundles: Vec<Option<FluentBundle<FluentResource>>>,
}

impl FtlOverrides {
    /// Overrides from `(language, Fluent source)` pairs. A source with a syntax error is
    /// refused whole, with the parser's messages.
    pub fn parse(sources: &[(Lang, &str)]) -> Result<FtlOverrides, Vec<String>> {
        let mut bundles: Vec<Option<FluentBundle<FluentResource>>> =
            (0..LOCALES.len()).map(|_| None).collect();
        for (lang, source) in sources {
            let resource = FluentResource::try_new((*source).to_string())
                .map_err(|(_, errors)| errors.iter().map(|e| e.to_string()).collect::<Vec<_>>())?;
            let slot = &mut bundles[lang.0];
            let bundle = slot.get_or_insert_with(|| new_bundle(lang.locale()));
            bundle.add_resource_overriding(resource);
        }
        Ok(FtlOverrides { bundles })
    }
}

impl Overrides for FtlOverrides {
    fn format(&self, lang: Lang, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        self.bundles
            .get(lang.0)?
            .as_ref()
            .and_then(|b| format_with(b, id, args))
    }
}

/// Every language's shipped messages, and the override layer in front of them.
pub struct Translator {
    shipped: Vec<FluentBundle<FluentResource>>,
    overrides: RwLock<Arc<dyn Overrides>>,
}

fn new_bundle(locale: &Locale) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = locale.code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(locale.isolate);
    bundle
}

fn format_with(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: Option<&FluentArgs>,
) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = vec![];
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

impl Translator {
    pub fn new(locales: &[Locale]) -> Translator {
        let shipped = locales
            .iter()
            .map(|locale| {
                let mut bundle = new_bundle(locale);
                for source in locale.sources {
                    // A syntax error in a locale file is caught by the `locale_files_parse`
                    // test; at run time the entries that did parse are still used.
                    let resource = match FluentResource::try_new((*source).to_string()) {
                        Ok(r) => r,
                        Err((r, _)) => r,
                    };
                    let _ = bundle.add_resource(resource);
                }
                bundle
            })
            .collect();
        Translator {
            shipped,
            overrides: RwLock::new(Arc::new(NoOverrides)),
        }
    }

    /// Put a new override layer in front of the shipped texts, for every page from now on.
    pub fn set_overrides(&self, overrides: Arc<dyn Overrides>) {
        if let Ok(mut slot) = self.overrides.write() {
            *slot = overrides;
        }
    }

    fn format_in(&self, lang: Lang, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let overrides = self.overrides.read().ok().map(|o| Arc::clone(&o));
        overrides
            .and_then(|o| o.format(lang, id, args))
            .or_else(|| format_with(self.shipped.get(lang.0)?, id, args))
    }

    /// `id` in `lang`, falling back to Dutch, then to the id itself (a missing id is a bug the
    /// locale tests catch; showing the id beats showing nothing).
    pub fn translate(&self, lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
        self.format_in(lang, id, args)
            .or_else(|| self.format_in(Lang::NL, id, args))
            .unwrap_or_else(|| id.to_string())
    }

    /// Whether `id` is a message of the source language.
    pub fn exists(&self, id: &str) -> bool {
        self.shipped
            .first()
            .is_some_and(|bundle| bundle.has_message(id))
    }
}

/// The one translator of this process.
pub fn translator() -> &'static Translator {
    static TRANSLATOR: OnceLock<Translator> = OnceLock::new();
    TRANSLATOR.get_or_init(|| Translator::new(LOCALES))
}

/// Translate `id` in `lang` (see [`Translator::translate`]).
pub fn translate(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    translator().translate(lang, id, args)
}

/// Whether `id` is a message (in Dutch, the source language).
pub fn exists(id: &str) -> bool {
    translator().exists(id)
}

/// The language of the current request (server) or page (browser).
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or(Lang::NL)
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

/// A refusal's message with its arguments (numbers stay numbers, for plural forms).
pub fn t_message(message: &crate::error::Message) -> String {
    translate_message(use_lang(), message)
}

/// [`t_message`] in a language chosen otherwise (the integration API's problem answers).
pub fn translate_message(lang: Lang, message: &crate::error::Message) -> String {
    let mut fa = FluentArgs::new();
    for (k, v) in &message.args {
        match v.parse::<i64>() {
            Ok(n) => fa.set(k.as_str(), n),
            Err(_) => fa.set(k.as_str(), v.clone()),
        }
    }
    translate(lang, &message.id, Some(&fa))
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
    fn every_locale_parses_and_has_exactly_the_dutch_ids() {
        let nl = ids("nl", LOCALES[0].sources);
        assert_eq!(
            LOCALES[0].code, "nl",
            "Dutch is the source language and comes first"
        );
        for locale in &LOCALES[1..] {
            let other = ids(locale.code, locale.sources);
            let missing: Vec<_> = nl.difference(&other).collect();
            let extra: Vec<_> = other.difference(&nl).collect();
            assert!(
                missing.is_empty(),
                "missing in {}: {missing:?}",
                locale.code
            );
            assert!(extra.is_empty(), "only in {}: {extra:?}", locale.code);
        }
        assert_eq!(Lang::all().count(), LOCALES.len());
        let codes: BTreeSet<_> = LOCALES.iter().map(|l| l.code).collect();
        assert_eq!(codes.len(), LOCALES.len(), "one entry per language");
    }

    #[test]
    fn an_override_is_shown_instead_of_the_shipped_text_and_falls_through_when_absent() {
        let translator = Translator::new(LOCALES);
        let shipped = translator.translate(Lang::NL, "site-name", None);
        let overrides =
            FtlOverrides::parse(&[(Lang::NL, "site-name = Helder (nieuw)")]).expect("valid Fluent");
        translator.set_overrides(Arc::new(overrides));
        assert_eq!(
            translator.translate(Lang::NL, "site-name", None),
            "Helder (nieuw)"
        );
        // English has no override: its shipped text stays.
        assert_eq!(
            translator.translate(Lang::EN, "site-name", None),
            Translator::new(LOCALES).translate(Lang::EN, "site-name", None)
        );
        translator.set_overrides(Arc::new(NoOverrides));
        assert_eq!(translator.translate(Lang::NL, "site-name", None), shipped);
        assert!(FtlOverrides::parse(&[(Lang::NL, "site-name = { $")]).is_err());
    }

    #[test]
    fn isolation_marks_follow_the_language() {
        static RTL: &[Locale] = &[Locale {
            code: "ar",
            direction: Direction::Rtl,
            isolate: true,
            sources: &["greeting = مرحبا { $name }"],
        }];
        let rtl = Translator::new(RTL);
        let mut args = FluentArgs::new();
        args.set("name", "Noor");
        assert_eq!(
            rtl.translate(Lang(0), "greeting", Some(&args)),
            "مرحبا \u{2068}Noor\u{2069}"
        );
        let mut args = FluentArgs::new();
        args.set("name", "Noor");
        assert_eq!(
            translate(Lang::NL, "overview-greeting-family", Some(&args)).contains('\u{2068}'),
            false
        );
        assert_eq!(Lang::NL.direction().attr(), "ltr");
    }

    #[test]
    fn every_id_used_in_the_code_exists() {
        let nl = ids("nl", LOCALES[0].sources);
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
        let nl = ids("nl", LOCALES[0].sources);
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
            wanted.push(format!("contact-{}-link", r.contact().key()));
        }
        for k in deadlines::DeadlineKind::ALL {
            wanted.push(format!("deadline-{}", k.key()));
        }
        for k in decisions::DecisionKind::ALL {
            wanted.push(format!("decision-{}", k.key()));
            wanted.push(format!("decision-{}-decided", k.key()));
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
        for reason in crate::domain::team::ChangeReason::ALL {
            wanted.push(format!("change-reason-{}", reason.key()));
        }
        for kind in crate::domain::DataKind::ALL {
            wanted.push(format!("access-data-{}", kind.key()));
        }
        for reason in crate::domain::absence::AbsenceReason::ALL {
            wanted.push(format!("absence-reason-{}", reason.key()));
        }
        for page in crate::domain::case_pages::CasePage::ALL {
            wanted.push(format!("nav-{}", page.key()));
            wanted.push(format!("nav-{}-professional", page.key()));
        }
        // Case pages in a professional's words (`pages::case::for_viewer`).
        for page in [
            "help",
            "powers",
            "changes",
            "messages",
            "rights",
            "timeline",
            "meetings",
            "family",
            "documents",
            "decisions",
        ] {
            wanted.push(format!("{page}-title-professional"));
            wanted.push(format!("{page}-lead-professional"));
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
    fn the_stylesheet_uses_logical_sides_so_a_right_to_left_page_mirrors() {
        let css = include_str!("../../style/main.css");
        let physical: Vec<_> = css
            .lines()
            .enumerate()
            .filter(|(_, line)| !line.trim_start().starts_with("/*"))
            .filter(|(_, line)| {
                let l = line.to_ascii_lowercase();
                [
                    "-left", "-right", " left:", " right:", "{left:", "{right:", ";left:",
                    ";right:",
                ]
                .iter()
                .any(|p| l.contains(p))
                    || l.trim_start().starts_with("left:")
                    || l.trim_start().starts_with("right:")
                    || l.contains("text-align: left")
                    || l.contains("text-align: right")
                    || l.contains("float: left")
                    || l.contains("float: right")
            })
            .map(|(n, line)| format!("{}: {}", n + 1, line.trim()))
            .collect();
        assert!(
            physical.is_empty(),
            "physical sides in style/main.css: {physical:#?}"
        );
    }

    #[test]
    fn cookie_wins_over_accept_language() {
        assert_eq!(
            Lang::negotiate(Some("en"), Some("nl-NL,nl;q=0.9")),
            Lang::EN
        );
        assert_eq!(Lang::negotiate(Some("nl"), Some("en-GB")), Lang::NL);
    }

    #[test]
    fn accept_language_is_read_by_quality() {
        assert_eq!(
            Lang::negotiate(None, Some("de-DE,en;q=0.8,nl;q=0.5")),
            Lang::EN
        );
        assert_eq!(
            Lang::negotiate(None, Some("en;q=0.3, nl-BE;q=0.7")),
            Lang::NL
        );
        assert_eq!(Lang::negotiate(None, Some("en-US")), Lang::EN);
    }

    #[test]
    fn unknown_or_garbage_language_falls_back_to_dutch() {
        assert_eq!(Lang::negotiate(Some("xx"), Some("fr, de;q=abc")), Lang::NL);
        assert_eq!(Lang::negotiate(None, None), Lang::NL);
        assert_eq!(Lang::negotiate(None, Some(";;,,q=")), Lang::NL);
        assert_eq!(Lang::negotiate(None, Some("en;q=0")), Lang::NL);
    }

    #[test]
    fn dates_are_written_out_in_the_language() {
        use time::macros::date;
        assert_eq!(format_date(Lang::NL, date!(2026 - 06 - 15)), "15 juni 2026");
        assert_eq!(format_date(Lang::EN, date!(2026 - 06 - 15)), "15 June 2026");
    }
}
