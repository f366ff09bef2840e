use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::api::account::{who_am_i, QuickExit as QuickExitFn, SetLanguage, SignOut};
use crate::components::quick_exit::QuickExit;
use crate::components::read_aloud::ReadAloud;
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
                <ReadAloud label=t("read-aloud") stop=t("read-aloud-stop") lang=use_lang().code().to_string() />
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
                {Suspend::new(async move {
                    who_am_i().await.ok().flatten().map(|who| match (who.reviewing, who.preview_of) {
                        (true, _) => view! { <ReviewBar name=who.display_name /> }.into_any(),
                        (false, Some(_)) => view! { <PreviewBar name=who.display_name /> }.into_any(),
                        (false, None) => view! { <SignedInBar name=who.display_name workplace=who.workplace /> }.into_any(),
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
        <div class="preview-bar" role="note" data-session-state="preview">
            <p><strong>{t("preview-label")}</strong> " " {t_args("preview-text", &[("name", name.into())])}</p>
            <form method="post" action=crate::api::preview::EndPreview::url()>
                <button type="submit" class="button">{t("preview-end")}</button>
            </form>
        </div>
    }
}

/// Review mode: whose pages these are (a fictional family), how to select a text, the way back.
#[component]
fn ReviewBar(name: String) -> impl IntoView {
    view! {
        <div class="preview-bar review-bar" role="note" data-session-state="review">
            <p><strong>{t("review-bar-label")}</strong> " " {t_args("review-bar-text", &[("name", name.into())])}</p>
            <form method="post" action=crate::api::review::EndReview::url()>
                <button type="submit" class="button">{t("review-bar-end")}</button>
            </form>
            <crate::components::review_marks::ReviewMarks lang=use_lang().code().to_string() />
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
        // `data-session-state`: the page script (public/device.js) sends what waits on this
        // phone only on a signed-in page, and wipes it on a page served without a session.
        <div class="signed-in" data-session-state="in">
            <p class="signed-in__name"><span class="visually-hidden">{t("signed-in-as")} " "</span><strong>{name}</strong></p>
            {workplace.map(|w| view! { <a class="signed-in__link" href=w.path()>{t(w.label())}</a> })}
            <a class="signed-in__link" href="/instellingen">{t("settings-link")}</a>
            <form method="post" action=SignOut::url() class="signed-in__form">
                <button type="submit" class="button button--secondary">{t("sign-out")}</button>
            </form>
        </div>
    }
}

/// How far a language's texts are reviewed, for the menu and the footer: `None` for the source
/// language, which is written, not translated.
fn review_state(lang: Lang) -> Option<&'static str> {
    if lang.is_source() {
        return None;
    }
    let reviewed = use_context::<crate::i18n::Wording>()
        .map(|w| w.current().reviewed(lang))
        .unwrap_or_default();
    match reviewed.state() {
        "all" => None,
        state => Some(state),
    }
}

/// The language menu: a disclosure with a plain form (no script) that posts the chosen
/// language and returns to this page. Each language is named in itself, with a calm note in
/// that language when no reviewer of it has approved (all) its texts yet.
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
        <details class="language-menu">
            <summary class="language-menu__summary">
                <span class="visually-hidden">{t("language-menu-label")} " "</span>
                <span lang=current.code()>{current.code().to_uppercase()}</span>
            </summary>
            <form method="post" action=SetLanguage::url() class="language-menu__list">
                <input type="hidden" name="return_to" value=here />
                {Lang::all()
                    .map(|l| {
                        let note = review_state(l).map(|state| {
                            let mut args = fluent_bundle::FluentArgs::new();
                            args.set("state", state);
                            crate::i18n::translate(l, "language-unreviewed", Some(&args))
                        });
                        view! {
                            <button type="submit" name="lang" value=l.code() lang=l.code() dir=l.direction().attr()
                                class="language-menu__option" aria-current=(l == current).then_some("true")>
                                <span class="language-menu__name">{crate::i18n::translate(l, "language-name", None)}</span>
                                {note.map(|n| view! { <span class="language-menu__note">{n}</span> })}
                            </button>
                        }
                    })
                    .collect_view()}
            </form>
        </details>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let unreviewed = review_state(use_lang())
        .map(|state| crate::i18n::t_args("footer-unreviewed", &[("state", state.into())]));
    view! {
        <footer class="site-footer">
            {unreviewed.map(|n| view! { <p class="site-footer__note">{n}</p> })}
            <p>{t("footer-text")}</p>
        </footer>
    }
}
