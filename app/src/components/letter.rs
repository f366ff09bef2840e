//! The part every activation letter shares: the three steps, the code (kept whole, in groups),
//! how long it works, and that it is secret.

use leptos::prelude::*;

use crate::i18n::{format_date, t, t_args, use_lang};

#[component]
pub fn LetterSteps(url: String, code: String, valid_until: time::Date) -> impl IntoView {
    let lang = use_lang();
    view! {
        <ol>
            <li>{t_args("letter-step-go", &[("url", url.into())])}</li>
            <li>{t("letter-step-type")}</li>
            <li>{t("letter-step-passkey")}</li>
        </ol>
        <p class="letter__code-label">{t("letter-code-label")}</p>
        // Each group of four stays whole: a phone wraps between groups, never inside one.
        <p class="letter__code" translate="no">
            {code.split(['-', ' ']).filter(|g| !g.is_empty()).enumerate().map(|(i, group)| view! {
                {(i > 0).then_some("-")}<span class="letter__group">{group.to_string()}</span>
            }).collect_view()}
        </p>
        <p>{t_args("letter-valid-until", &[("date", format_date(lang, valid_until).into())])}</p>
        <p><strong>{t("letter-secret")}</strong></p>
    }
}
