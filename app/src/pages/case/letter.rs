use leptos::prelude::*;
use leptos_meta::Title;

use super::case_page;
use crate::api::activation::issued_letter;
use crate::api::identity_types::IssuedCode;
use crate::components::letter::LetterSteps;
use crate::i18n::{t, t_args};

/// The activation letter: shown once, right after the code was made, and printable. After
/// a quarter of an hour (or a new code) only the code's hash exists.
#[component]
pub fn LetterPage() -> impl IntoView {
    case_page(issued_letter, |code: Option<IssuedCode>| match code {
        Some(code) => view! { <Letter code /> }.into_any(),
        None => view! {
            <Title text=t("letter-gone-title") />
            <section class="page">
                <h1>{t("letter-gone-title")}</h1>
                <p>{t("letter-gone-text")}</p>
            </section>
        }
        .into_any(),
    })
}

#[component]
fn Letter(code: IssuedCode) -> impl IntoView {
    let back = format!("/zaak/{}/toegang", code.case_id);
    view! {
        <Title text=t("letter-title") />
        <section class="page">
            <div class="no-print">
                <h1>{t("letter-title")}</h1>
                <p class="lead">{t("letter-lead")}</p>
                <p><a href=back>{t("letter-back")}</a></p>
            </div>
            <article class="letter" aria-labelledby="letter-heading">
                <h2 id="letter-heading">{t_args("letter-greeting", &[("name", code.person_name.clone().into())])}</h2>
                <p>{t("letter-intro")}</p>
                <LetterSteps url=code.activation_url.clone() code=code.code.clone() valid_until=code.valid_until />
                <p>{t_args("letter-signed", &[("name", code.issued_by.clone().into())])}</p>
            </article>
        </section>
    }
}
