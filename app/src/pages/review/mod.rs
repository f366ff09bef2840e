//! "Teksten nakijken": the review workspace of ervaringsdeskundigen (and administrators). The
//! texts families read, per language and page, with their status; the pages themselves in
//! review mode; one message with all its forms, history, comments and suggestions; the B1
//! report. Plain forms and links: everything works without JavaScript.

pub mod b1;
pub mod message;
pub mod workspace;

use crate::i18n::{t, t_args};
use crate::model::wording::{Reader, WordingStatus};

/// The name of a language in that language ("Nederlands", "العربية").
pub fn language_name(code: &str) -> String {
    crate::i18n::Lang::from_code(code)
        .map(|l| crate::i18n::translate(l, "language-name", None))
        .unwrap_or_else(|| code.to_string())
}

pub fn status_label(status: WordingStatus, changed: bool) -> String {
    if changed {
        t("review-status-changed")
    } else {
        t(&format!("review-status-{}", status.key()))
    }
}

pub fn reader_label(reader: Reader) -> String {
    t(&format!("review-reader-{}", reader.key()))
}

pub fn group_label(key: &str) -> String {
    t(&crate::wording::pages::group_label_id(key))
}

/// What makes one form of a message: for whom, and with which number.
pub fn choice_label(choices: &[(String, String)]) -> String {
    if choices.is_empty() {
        return t("review-form-single");
    }
    choices
        .iter()
        .map(|(variable, key)| match variable.as_str() {
            "audience" => t(&format!("review-form-audience-{key}")),
            _ => t_args(
                "review-form-choice",
                &[
                    ("name", format!("${variable}").into()),
                    ("value", key.clone().into()),
                ],
            ),
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// A date and time stored as RFC 3339, as people read it.
pub fn when(lang: crate::i18n::Lang, at: &str) -> String {
    time::OffsetDateTime::parse(at, &time::format_description::well_known::Rfc3339)
        .map(|t| {
            let local = crate::domain::calendar::dutch_date(t);
            crate::i18n::format_date(lang, local)
        })
        .unwrap_or_else(|_| at.to_string())
}
