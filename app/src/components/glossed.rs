use leptos::prelude::*;

use crate::domain::journey::GLOSSARY;
use crate::i18n::{translate, use_lang, Lang};

/// A piece of text: plain, or a glossary term (with its key) that links to its explanation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    Term { key: &'static str, text: String },
}

/// The words that link to a term in `lang`, longest first so "voorlopige OTS" wins over "OTS".
pub fn term_forms(lang: Lang) -> Vec<(String, &'static str)> {
    let mut forms: Vec<(String, &'static str)> = GLOSSARY
        .iter()
        .flat_map(|key| {
            translate(lang, &format!("term-{key}-forms"), None)
                .split(',')
                .map(|f| f.trim().to_string())
                .filter(|f| !f.is_empty())
                .map(|f| (f, *key))
                .collect::<Vec<_>>()
        })
        .collect();
    forms.sort_by(|a, b| b.0.chars().count().cmp(&a.0.chars().count()));
    forms
}

/// Split `text` into plain text and term occurrences (case-insensitive, whole words only).
pub fn split_terms(text: &str, forms: &[(String, &'static str)]) -> Vec<Piece> {
    let lower = text.to_lowercase();
    // Lower-casing can change byte lengths for some scripts; then link nothing rather than
    // cut a character in half.
    if lower.len() != text.len() {
        return vec![Piece::Text(text.to_string())];
    }
    let lower_forms: Vec<(String, &'static str)> =
        forms.iter().map(|(f, k)| (f.to_lowercase(), *k)).collect();
    let mut pieces = vec![];
    let mut plain_start = 0;
    let mut i = 0;
    while i < text.len() {
        if !text.is_char_boundary(i) {
            i += 1;
            continue;
        }
        let at_word_start = text[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let found = at_word_start
            .then(|| {
                lower_forms.iter().find(|(form, _)| {
                    lower[i..].starts_with(form.as_str())
                        && text[i + form.len()..]
                            .chars()
                            .next()
                            .is_none_or(|c| !c.is_alphanumeric())
                })
            })
            .flatten();
        match found {
            Some((form, key)) => {
                if plain_start < i {
                    pieces.push(Piece::Text(text[plain_start..i].to_string()));
                }
                pieces.push(Piece::Term {
                    key,
                    text: text[i..i + form.len()].to_string(),
                });
                i += form.len();
                plain_start = i;
            }
            None => i += 1,
        }
    }
    if plain_start < text.len() {
        pieces.push(Piece::Text(text[plain_start..].to_string()));
    }
    pieces
}

/// Text in which every glossary term is a link to its explanation on "Begrippen". A plain
/// link, so it works without JavaScript.
#[component]
pub fn Glossed(#[prop(into)] text: String) -> impl IntoView {
    let forms = term_forms(use_lang());
    split_terms(&text, &forms)
        .into_iter()
        .map(|piece| match piece {
            Piece::Text(t) => t.into_any(),
            Piece::Term { key, text } => {
                view! { <a class="term" href=format!("/begrippen#term-{key}")>{text}</a> }
                    .into_any()
            }
        })
        .collect_view()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms() -> Vec<(String, &'static str)> {
        let mut f = vec![
            ("OTS".to_string(), "ots"),
            ("ondertoezichtstelling".to_string(), "ots"),
            ("voorlopige OTS".to_string(), "voorlopige-ots"),
            ("gezag".to_string(), "gezag"),
        ];
        f.sort_by(|a, b| b.0.len().cmp(&a.0.len()));
        f
    }

    #[test]
    fn terms_become_links_and_the_rest_stays_text() {
        let pieces = split_terms(
            "Er komt misschien een OTS. Ouders houden het gezag.",
            &forms(),
        );
        assert_eq!(
            pieces,
            vec![
                Piece::Text("Er komt misschien een ".into()),
                Piece::Term {
                    key: "ots",
                    text: "OTS".into()
                },
                Piece::Text(". Ouders houden het ".into()),
                Piece::Term {
                    key: "gezag",
                    text: "gezag".into()
                },
                Piece::Text(".".into()),
            ]
        );
    }

    #[test]
    fn the_longest_form_wins_and_case_is_kept() {
        let pieces = split_terms("Een Voorlopige OTS duurt kort.", &forms());
        assert_eq!(
            pieces[1],
            Piece::Term {
                key: "voorlopige-ots",
                text: "Voorlopige OTS".into()
            }
        );
    }

    #[test]
    fn only_whole_words_are_linked() {
        assert_eq!(
            split_terms("gezagsdrager en OTSen", &forms()),
            vec![Piece::Text("gezagsdrager en OTSen".into())]
        );
    }

    #[test]
    fn every_occurrence_is_linked() {
        let n = split_terms("OTS en nog eens OTS", &forms())
            .iter()
            .filter(|p| matches!(p, Piece::Term { .. }))
            .count();
        assert_eq!(n, 2);
    }

    #[test]
    fn text_without_terms_or_with_odd_characters_is_unchanged() {
        assert_eq!(split_terms("", &forms()), vec![]);
        assert_eq!(
            split_terms("Één İ OTS", &forms()),
            vec![Piece::Text("Één İ OTS".into())]
        );
        assert_eq!(
            split_terms("héél", &forms()),
            vec![Piece::Text("héél".into())]
        );
    }
}
