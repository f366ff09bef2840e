//! Every sentence a person reads comes from `locales/<lang>/*.ftl` (Fluent). Dutch (taalniveau
//! B1) is the source language and the fallback. The server picks the language per request
//! (cookie, then Accept-Language) and provides it as context; islands get their strings as
//! props, so the wasm bundle needs no Fluent at all.
//!
//! In front of the shipped files sits the accepted wording of the review workspace
//! ([`wording::Wording`], one per server instance), and in review mode every text is marked
//! with the message it came from ([`marks`]).

pub mod marks;
pub mod wording;

#[cfg(test)]
mod tests;

use std::sync::OnceLock;

use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource, FluentValue};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use time::Date;
use unic_langid::LanguageIdentifier;

pub use wording::{FtlOverrides, Wording};

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

/// The digits numbers are written with (CLDR's default numbering system of the language).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Digits {
    /// 0123456789
    Latin,
    /// ٠١٢٣٤٥٦٧٨٩, with ٫ as the decimal sign: how CLDR writes numbers in Arabic (`ar`).
    ArabicIndic,
}

/// One language Helder speaks: its code (BCP 47, also the folder under `locales/`), its
/// direction and digits, whether Fluent wraps arguments in bidi isolation marks, and its
/// files. Adding a language is one more entry in [`LOCALES`], with the same files.
pub struct Locale {
    pub code: &'static str,
    pub direction: Direction,
    pub digits: Digits,
    /// Isolation marks (U+2068/U+2069) keep a left-to-right name or number from scrambling a
    /// right-to-left sentence. In a left-to-right language they only end up inside copied
    /// phone numbers and e-mail addresses, so there they are off.
    pub isolate: bool,
    /// `(file name, Fluent source)`, in the order of [`FILES`].
    pub sources: &'static [(&'static str, &'static str)],
}

/// The files every language has, one per part of Helder.
pub const FILES: [&str; 12] = [
    "common",
    "domain",
    "pages",
    "errors",
    "powers",
    "rights",
    "journey",
    "account",
    "messages",
    "console",
    "integration",
    "review",
];

macro_rules! locale_files {
    ($lang:literal) => {
        &[
            (
                "common",
                include_str!(concat!("../../../locales/", $lang, "/common.ftl")),
            ),
            (
                "domain",
                include_str!(concat!("../../../locales/", $lang, "/domain.ftl")),
            ),
            (
                "pages",
                include_str!(concat!("../../../locales/", $lang, "/pages.ftl")),
            ),
            (
                "errors",
                include_str!(concat!("../../../locales/", $lang, "/errors.ftl")),
            ),
            (
                "powers",
                include_str!(concat!("../../../locales/", $lang, "/powers.ftl")),
            ),
            (
                "rights",
                include_str!(concat!("../../../locales/", $lang, "/rights.ftl")),
            ),
            (
                "journey",
                include_str!(concat!("../../../locales/", $lang, "/journey.ftl")),
            ),
            (
                "account",
                include_str!(concat!("../../../locales/", $lang, "/account.ftl")),
            ),
            (
                "messages",
                include_str!(concat!("../../../locales/", $lang, "/messages.ftl")),
            ),
            (
                "console",
                include_str!(concat!("../../../locales/", $lang, "/console.ftl")),
            ),
            (
                "integration",
                include_str!(concat!("../../../locales/", $lang, "/integration.ftl")),
            ),
            (
                "review",
                include_str!(concat!("../../../locales/", $lang, "/review.ftl")),
            ),
        ]
    };
}

/// Every language, the source language (Dutch, taalniveau B1) first: it is the fallback for a
/// message another language lacks.
pub static LOCALES: &[Locale] = &[
    Locale {
        code: "nl",
        direction: Direction::Ltr,
        digits: Digits::Latin,
        isolate: false,
        sources: locale_files!("nl"),
    },
    Locale {
        code: "en",
        direction: Direction::Ltr,
        digits: Digits::Latin,
        isolate: false,
        sources: locale_files!("en"),
    },
    Locale {
        code: "ar",
        direction: Direction::Rtl,
        digits: Digits::ArabicIndic,
        isolate: true,
        sources: locale_files!("ar"),
    },
    Locale {
        code: "tr",
        direction: Direction::Ltr,
        digits: Digits::Latin,
        isolate: false,
        sources: locale_files!("tr"),
    },
    Locale {
        code: "pl",
        direction: Direction::Ltr,
        digits: Digits::Latin,
        isolate: false,
        sources: locale_files!("pl"),
    },
];

/// A language of [`LOCALES`], by position. Crosses the wire as its code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Lang(usize);

impl Lang {
    /// Dutch: the source language and the fallback.
    pub const NL: Lang = Lang(0);
    pub const EN: Lang = Lang(1);
    pub const AR: Lang = Lang(2);
    pub const TR: Lang = Lang(3);
    pub const PL: Lang = Lang(4);

    pub fn all() -> impl Iterator<Item = Lang> {
        (0..LOCALES.len()).map(Lang)
    }

    fn locale(self) -> &'static Locale {
        LOCALES.get(self.0).unwrap_or(&LOCALES[0])
    }

    /// Position in [`LOCALES`] (for per-language tables).
    pub const fn index(self) -> usize {
        self.0
    }

    /// BCP 47 code, used for `<html lang>`, the cookie and the locale folder.
    pub fn code(self) -> &'static str {
        self.locale().code
    }

    pub fn direction(self) -> Direction {
        self.locale().direction
    }

    pub fn digits(self) -> Digits {
        self.locale().digits
    }

    /// The source language, which every other one is translated from.
    pub fn is_source(self) -> bool {
        self == Lang::NL
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

/// Every language's shipped messages.
pub struct Translator {
    shipped: Vec<FluentBundle<FluentResource>>,
}

/// An empty bundle for `locale`: its plural rules (CLDR, through Fluent), isolation marks and
/// digits.
pub(crate) fn new_bundle(locale: &Locale) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = locale.code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(locale.isolate);
    if locale.digits == Digits::ArabicIndic {
        bundle.set_formatter(Some(arabic_indic_number));
    }
    bundle
}

/// A Fluent number in Arabic-Indic digits; everything else as Fluent writes it.
fn arabic_indic_number<M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(to_arabic_indic(&n.as_string())),
        _ => None,
    }
}

/// "2026" → "٢٠٢٦", "1.5" → "١٫٥".
pub fn to_arabic_indic(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32(0x0660 + (c as u32 - '0' as u32)).unwrap_or(c),
            '.' => '\u{066B}',
            other => other,
        })
        .collect()
}

pub(crate) fn format_with(
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
                for (_, source) in locale.sources {
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
        Translator { shipped }
    }

    /// `id` in `lang` with the accepted wording of `wording` in front of the shipped text,
    /// falling back to Dutch, then to the id itself (a missing id is a bug the locale tests
    /// catch; showing the id beats showing nothing).
    pub fn translate_with(
        &self,
        wording: Option<&Wording>,
        lang: Lang,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> String {
        let layer = wording.map(Wording::current);
        let in_lang = |lang: Lang| {
            layer
                .as_ref()
                .and_then(|l| l.overrides.format(lang, id, args))
                .or_else(|| format_with(self.shipped.get(lang.0)?, id, args))
        };
        in_lang(lang)
            .or_else(|| in_lang(Lang::NL))
            .unwrap_or_else(|| id.to_string())
    }

    /// The shipped text alone (see [`Translator::translate_with`]).
    pub fn translate(&self, lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
        self.translate_with(None, lang, id, args)
    }

    /// The shipped messages of `lang` (for formatting a text that is not shipped yet against
    /// them: a suggestion in the review workspace).
    pub fn bundle(&self, lang: Lang) -> &FluentBundle<FluentResource> {
        self.shipped.get(lang.0).unwrap_or(&self.shipped[0])
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

/// The shipped text of `id` in `lang`, for what is made outside a page (see
/// [`Translator::translate_with`]); pages use [`t`], which adds the accepted wording.
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

/// `id` as the current page shows it: the request's language, the instance's accepted
/// wording, and in review mode the mark of the message it came from.
fn page_text(id: &str, args: Option<&FluentArgs>) -> String {
    let wording = use_context::<Wording>();
    let text = translator().translate_with(wording.as_ref(), use_lang(), id, args);
    if use_context::<marks::ReviewMarks>().is_some() {
        marks::mark(id, &text)
    } else {
        text
    }
}

/// Translate in the current language.
pub fn t(id: &str) -> String {
    page_text(id, None)
}

/// Translate with Fluent arguments, e.g. a `name` argument given as `("name", name.into())`.
pub fn t_args(id: &str, args: &[(&str, FluentValue<'static>)]) -> String {
    let mut fa = FluentArgs::new();
    for (k, v) in args {
        fa.set(*k, v.clone());
    }
    page_text(id, Some(&fa))
}

/// A refusal's message with its arguments (numbers stay numbers, for plural forms).
pub fn t_message(message: &crate::error::Message) -> String {
    page_text(&message.id, Some(&message_args(message)))
}

fn message_args(message: &crate::error::Message) -> FluentArgs<'static> {
    let mut fa = FluentArgs::new();
    for (k, v) in &message.args {
        match v.parse::<i64>() {
            Ok(n) => fa.set(k.clone(), n),
            Err(_) => fa.set(k.clone(), v.clone()),
        }
    }
    fa
}

/// [`t_message`] in a language chosen otherwise (the integration API's problem answers).
pub fn translate_message(lang: Lang, message: &crate::error::Message) -> String {
    translate(lang, &message.id, Some(&message_args(message)))
}

/// A date as people write it: "15 juni 2026" / "15 June 2026" / "١٥ يونيو ٢٠٢٦".
pub fn format_date(lang: Lang, date: Date) -> String {
    let month = translate(lang, &format!("month-{}", date.month() as u8), None);
    let mut fa = FluentArgs::new();
    fa.set("day", date.day());
    fa.set("month", month);
    fa.set("year", date.year());
    translate(lang, "date-long", Some(&fa))
}
