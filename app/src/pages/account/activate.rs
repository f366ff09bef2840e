use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

use super::passkey_texts;
use crate::api::activation::{pending_activation, RedeemCode};
use crate::api::passkeys::DEVICE_NAME_MAX;
use crate::components::error_view::ErrorView;
use crate::components::passkey::PasskeyRegister;
use crate::i18n::{t, t_args};

/// "Activeren": type the code from the letter. A plain form: works without JavaScript.
#[component]
pub fn ActivatePage() -> impl IntoView {
    view! {
        <Title text=t("activate-title") />
        <section class="page">
            <h1>{t("activate-title")}</h1>
            <p class="lead">{t("activate-lead")}</p>
            <form method="post" action=RedeemCode::url() class="form">
                <div class="field">
                    <label for="code">{t("activate-code-label")}</label>
                    <p class="field__hint" id="code-hint">{t("activate-code-hint")}</p>
                    <input
                        id="code"
                        name="code"
                        type="text"
                        required
                        maxlength="40"
                        autocomplete="one-time-code"
                        autocapitalize="characters"
                        spellcheck="false"
                        aria-describedby="code-hint"
                        class="input--code"
                    />
                </div>
                <button type="submit" class="button">{t("activate-submit")}</button>
            </form>
            <p>{t("activate-no-code")}</p>
        </section>
    }
}

/// After a code was accepted: make the passkey on this device.
#[component]
pub fn ActivatePasskeyPage() -> impl IntoView {
    view! {
        <Title text=t("activate-passkey-title") />
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                match pending_activation().await {
                    Ok(Some(name)) => view! {
                        <section class="page">
                            <h1>{t("activate-passkey-title")}</h1>
                            <p class="lead">{t_args("activate-passkey-lead", &[("name", name.into())])}</p>
                            <p>{t("activate-passkey-what")}</p>
                            <PasskeyRegister
                                texts=passkey_texts("activate-passkey-button", "passkey-busy")
                                name_label=t("passkey-name-label")
                                name_hint=t("passkey-name-hint")
                                name_max=DEVICE_NAME_MAX
                            />
                        </section>
                    }.into_any(),
                    Ok(None) => view! {
                        <section class="page">
                            <h1>{t("activate-passkey-title")}</h1>
                            <p>{t("activate-passkey-no-code")}</p>
                            <p><a class="button" href="/activeren">{t("sign-in-code-link")}</a></p>
                        </section>
                    }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}
