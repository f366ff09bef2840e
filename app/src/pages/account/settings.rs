use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

use super::passkey_texts;
use crate::api::identity_types::{
    AccountNotice, PasskeyInfo, PushDevice, PushSettings, SessionInfo, SettingsView,
};
use crate::api::passkeys::{settings, DismissNotice, EndSession, RevokePasskey, DEVICE_NAME_MAX};
use crate::api::push::PushUnsubscribe;
use crate::components::error_view::ErrorView;
use crate::components::passkey::PasskeyRegister;
use crate::components::push_toggle::{PushTexts, PushToggle};
use crate::i18n::{format_date, t, t_args, use_lang};

/// "Instellingen": notices about my account, my passkeys, where I am signed in.
#[component]
pub fn SettingsPage() -> impl IntoView {
    view! {
        <Title text=t("settings-title") />
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                match settings().await {
                    Ok(view) => view! { <SettingsView view /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// A confirmation after a form on this page did its work (`?toegevoegd=1` and friends).
fn confirmation() -> Option<String> {
    let query = leptos_router::hooks::use_query_map();
    query.with_untracked(|q| {
        [
            ("toegevoegd", "settings-added"),
            ("ingetrokken", "settings-revoked"),
            ("afgemeld", "settings-ended"),
            ("meldingen-uit", "settings-push-removed"),
        ]
        .into_iter()
        .find(|(key, _)| q.get(key).is_some())
        .map(|(_, id)| t(id))
    })
}

#[component]
fn SettingsView(view: SettingsView) -> impl IntoView {
    let done = confirmation();
    let only_one = view.passkeys.len() <= 1;
    let others = view.sessions.iter().filter(|s| !s.current).count();
    view! {
        <section class="page settings">
            <h1>{t("settings-title")}</h1>
            {done.map(|text| view! { <p class="card card--done" role="status">{text}</p> })}
            {view.notices.into_iter().map(|notice| view! { <Notice notice /> }).collect_view()}

            <section aria-labelledby="passkeys-heading">
                <h2 id="passkeys-heading">{t("settings-passkeys-heading")}</h2>
                <p>{t("settings-passkeys-lead")}</p>
                <ul class="card-list">
                    {view.passkeys.into_iter().map(|key| view! { <Passkey key only_one /> }).collect_view()}
                </ul>
                <h3>{t("settings-add-heading")}</h3>
                <p>{t("settings-add-text")}</p>
                <PasskeyRegister
                    texts=passkey_texts("settings-add-button", "passkey-busy")
                    name_label=t("passkey-name-label")
                    name_hint=t("passkey-name-hint")
                    name_max=DEVICE_NAME_MAX
                />
            </section>

            <Notifications push=view.push />

            <section aria-labelledby="sessions-heading">
                <h2 id="sessions-heading">{t("settings-sessions-heading")}</h2>
                <p>{t("settings-sessions-lead")}</p>
                <ul class="card-list">
                    {view.sessions.into_iter().map(|session| view! { <Session session /> }).collect_view()}
                </ul>
                {(others > 0).then(|| view! {
                    <form method="post" action=EndSession::url()>
                        <input type="hidden" name="session_id" value="others" />
                        <button type="submit" class="button button--secondary">{t("settings-end-others")}</button>
                    </form>
                })}
            </section>
        </section>
    }
}

#[component]
fn Notice(notice: AccountNotice) -> impl IntoView {
    let lang = use_lang();
    let text = t_args(
        &format!("settings-notice-{}", notice.kind),
        &[
            (
                "device",
                if notice.detail.is_empty() {
                    "none".to_string()
                } else {
                    notice.detail.clone()
                }
                .into(),
            ),
            ("date", format_date(lang, notice.date).into()),
            ("time", notice.time.clone().into()),
        ],
    );
    view! {
        <section class="card card--notice" aria-label=t("settings-notice-label")>
            <p>{text}</p>
            <p>{t("settings-notice-not-you")}</p>
            <form method="post" action=DismissNotice::url()>
                <input type="hidden" name="notice_id" value=notice.id.clone() />
                <button type="submit" class="button button--secondary">{t("settings-notice-seen")}</button>
            </form>
        </section>
    }
}

#[component]
fn Passkey(key: PasskeyInfo, only_one: bool) -> impl IntoView {
    let lang = use_lang();
    let name = if key.device_name.is_empty() {
        t("settings-passkey-unnamed")
    } else {
        key.device_name.clone()
    };
    let added = t_args(
        "settings-passkey-added",
        &[("date", format_date(lang, key.added).into())],
    );
    let used = match key.last_used {
        Some(date) => t_args(
            "settings-passkey-used",
            &[("date", format_date(lang, date).into())],
        ),
        None => t("settings-passkey-never-used"),
    };
    let label = t_args(
        "settings-passkey-revoke-label",
        &[("device", name.clone().into())],
    );
    view! {
        <li class="card passkey-item">
            <h3 class="card__title">{name}</h3>
            <p class="card__meta">{added} " · " {used}</p>
            {if only_one {
                view! { <p class="card__meta">{t("settings-passkey-last")}</p> }.into_any()
            } else {
                view! {
                    <form method="post" action=RevokePasskey::url()>
                        <input type="hidden" name="passkey_id" value=key.id.clone() />
                        <button type="submit" class="button button--secondary" aria-label=label>{t("settings-passkey-revoke")}</button>
                    </form>
                }.into_any()
            }}
        </li>
    }
}

#[component]
fn Session(session: SessionInfo) -> impl IntoView {
    let lang = use_lang();
    let what = device_name(&session.browser, &session.system);
    let since = t_args(
        "settings-session-since",
        &[
            ("date", format_date(lang, session.started_date).into()),
            ("time", session.started_time.clone().into()),
        ],
    );
    view! {
        <li class="card">
            <h3 class="card__title">{what}</h3>
            <p class="card__meta">{since}</p>
            {if session.current {
                view! { <p><strong>{t("settings-session-current")}</strong></p> }.into_any()
            } else {
                view! {
                    <form method="post" action=EndSession::url()>
                        <input type="hidden" name="session_id" value=session.id.clone() />
                        <button type="submit" class="button button--secondary">{t("settings-session-end")}</button>
                    </form>
                }.into_any()
            }}
        </li>
    }
}

/// "Meldingen": which browsers get a notification when there is a new message, and a button to
/// turn them on or off on this one.
#[component]
fn Notifications(push: PushSettings) -> impl IntoView {
    let texts = PushTexts {
        turn_on: t("settings-push-on"),
        turn_off: t("settings-push-off"),
        busy: t("settings-push-busy"),
        unsupported: t("settings-push-unsupported"),
        denied: t("settings-push-denied"),
        failed: t("settings-push-failed"),
        service: t("error-push-service"),
        needs_js: t("settings-push-needs-javascript"),
    };
    let none = push.devices.is_empty();
    view! {
        <section aria-labelledby="push-heading">
            <h2 id="push-heading">{t("settings-push-heading")}</h2>
            <p>{t("settings-push-lead")}</p>
            {none.then(|| view! { <p>{t("settings-push-none")}</p> })}
            <ul class="card-list">
                {push.devices.into_iter().map(|device| view! { <PushDeviceItem device /> }).collect_view()}
            </ul>
            <PushToggle public_key=push.public_key texts />
        </section>
    }
}

#[component]
fn PushDeviceItem(device: PushDevice) -> impl IntoView {
    let lang = use_lang();
    let what = device_name(&device.browser, &device.system);
    let since = t_args(
        "settings-push-since",
        &[("date", format_date(lang, device.added).into())],
    );
    let label = t_args(
        "settings-push-remove-label",
        &[("device", what.clone().into())],
    );
    view! {
        <li class="card">
            <h3 class="card__title">{what}</h3>
            <p class="card__meta">{since}</p>
            <form method="post" action=PushUnsubscribe::url()>
                <input type="hidden" name="subscription" value=device.id.clone() />
                <button type="submit" class="button button--secondary" aria-label=label>{t("settings-push-remove")}</button>
            </form>
        </li>
    }
}

/// "Chrome op Android": how a person recognises one of their devices.
fn device_name(browser: &str, system: &str) -> String {
    t_args(
        "settings-session-device",
        &[
            ("browser", t(&format!("browser-{browser}")).into()),
            ("system", t(&format!("system-{system}")).into()),
        ],
    )
}
