use leptos::prelude::*;
use leptos_meta::Title;

use super::passkey_texts;
use crate::components::passkey::PasskeySignIn;
use crate::i18n::t;
use crate::use_demo_mode;

/// "Inloggen": with a passkey on this device. A first visit starts with a code instead.
#[component]
pub fn SignInPage() -> impl IntoView {
    let expired =
        leptos_router::hooks::use_query_map().with_untracked(|q| q.get("verlopen").is_some());
    view! {
        <Title text=t("sign-in-title") />
        <section class="page">
            <h1>{t("sign-in-title")}</h1>
            {expired.then(|| view! { <p class="card card--notice" role="status">{t("sign-in-expired")}</p> })}
            <p class="lead">{t("sign-in-lead")}</p>
            <PasskeySignIn texts=passkey_texts("sign-in-button", "sign-in-busy") />
            <h2>{t("sign-in-first-time-heading")}</h2>
            <p>{t("sign-in-first-time-text")}</p>
            <p><a class="button button--secondary" href="/activeren">{t("sign-in-code-link")}</a></p>
            <h2>{t("sign-in-lost-heading")}</h2>
            <p>{t("sign-in-lost-text")}</p>
            <Show when=use_demo_mode>
                <p><a href="/demo">{t("demo-sign-in-link")}</a></p>
            </Show>
        </section>
    }
}
