use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::api::account::{who_am_i, QuickExit as QuickExitFn, SetLanguage, SignOut};
use crate::components::quick_exit::QuickExit;
use crate::components::session_timer::{SessionTimer, TimerTexts};
use crate::i18n::{t, t_args, use_lang, Lang};
use crate::use_demo_mode;
use leptos::server_fn::ServerFn;

#[component]
pub fn Header() -> impl IntoView {
    let exit_url = use_context::<crate::QuickExitUrl>()
        .map(|u| u.0)
        .unwrap_or_default();
    view! {
        <header class="site-header">
            <div class="site-header__bar">
                <a class="site-header__brand" href="/">{t("site-name")}</a>
                <LanguageSwitch />
                <QuickExit
                    label=t("quick-exit")
                    hint=t("quick-exit-hint")
                    url=exit_url
                    endpoint=QuickExitFn::url().to_string()
                />
            </div>
            <Show when=use_demo_mode>
                <p class="demo-banner" role="note">
                    <strong>{t("demo-banner-label")}</strong>
                    " "
                    {t("demo-banner-text")}
                </p>
            </Show>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    who_am_i().await.ok().flatten().map(|who| match who.preview_of {
                        Some(_) => view! { <PreviewBar name=who.display_name /> }.into_any(),
                        None => view! { <SignedInBar name=who.display_name workplace=who.workplace /> }.into_any(),
                    })
                })}
            </Suspense>
        </header>
    }
}

/// While a professional previews a family member's pages: what this is, and the way back.
#[component]
fn PreviewBar(name: String) -> impl IntoView {
    view! {
        <div class="preview-bar" role="note">
            <p><strong>{t("preview-label")}</strong> " " {t_args("preview-text", &[("name", name.into())])}</p>
            <form method="post" action=crate::api::preview::EndPreview::url()>
                <button type="submit" class="button">{t("preview-end")}</button>
            </form>
        </div>
    }
}

#[component]
fn SignedInBar(name: String, workplace: Option<crate::api::types::Workplace>) -> impl IntoView {
    let idle = use_context::<crate::SessionPolicy>()
        .unwrap_or_default()
        .idle_seconds;
    let minutes = crate::components::session_timer::warn_before(idle).div_ceil(60);
    let texts = TimerTexts {
        heading: t("session-warning-heading"),
        text: t_args("session-warning-text", &[("minutes", minutes.into())]),
        stay: t("session-warning-stay"),
        sign_out_endpoint: SignOut::url().to_string(),
        stay_failed: t("session-warning-failed"),
    };
    view! {
        <SessionTimer idle_seconds=idle texts />
        <div class="signed-in">
            <p class="signed-in__name"><span class="visually-hidden">{t("signed-in-as")} " "</span><strong>{name}</strong></p>
            {workplace.map(|w| view! { <a class="signed-in__link" href=w.path()>{t(w.label())}</a> })}
            <a class="signed-in__link" href="/instellingen">{t("settings-link")}</a>
            <form method="post" action=SignOut::url() class="signed-in__form">
                <button type="submit" class="button button--secondary">{t("sign-out")}</button>
            </form>
        </div>
    }
}

/// Plain form, no script: posts the chosen language and returns to this page.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let current = use_lang();
    let location = use_location();
    let here = move || {
        let search = location.search.get();
        if search.is_empty() {
            location.pathname.get()
        } else {
            format!("{}?{}", location.pathname.get(), search)
        }
    };
    view! {
        <form method="post" action=SetLanguage::url() class="language-switch">
            <input type="hidden" name="return_to" value=here />
            {Lang::all()
                .filter(move |l| *l != current)
                .map(|l| {
                    view! {
                        <button type="submit" name="lang" value=l.code() lang=l.code() class="button button--link">
                            {crate::i18n::translate(l, "language-name", None)}
                        </button>
                    }
                })
                .collect_view()}
        </form>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>{t("footer-text")}</p>
        </footer>
    }
}
