use leptos::prelude::*;
use leptos_meta::Title;

use crate::domain::journey::GLOSSARY;
use crate::i18n::t;

/// Begrippen (F12): every term with its B1 explanation; each has an anchor that glossary
/// links in other pages point to. Public: no sign-in needed.
#[component]
pub fn GlossaryPage() -> impl IntoView {
    let mut terms: Vec<(String, &str)> = GLOSSARY
        .iter()
        .map(|k| (t(&format!("term-{k}")), *k))
        .collect();
    terms.sort_by_key(|(word, _)| word.to_lowercase());
    view! {
        <Title text=t("glossary-title") />
        <div class="page">
            <h1>{t("glossary-title")}</h1>
            <p class="lead">{t("glossary-lead")}</p>
            <dl class="glossary">
                {terms.into_iter().map(|(word, key)| view! {
                    <div class="glossary__entry" id=format!("term-{key}") tabindex="-1">
                        <dt>{word}</dt>
                        <dd>{t(&format!("term-{key}-explained"))}</dd>
                    </div>
                }).collect_view()}
            </dl>
        </div>
    }
}
