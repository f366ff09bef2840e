use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::outbox::Outbox;
use crate::i18n::{t, t_args};
use crate::pages::case::help::UrgentNumbers;

/// What the service worker shows when a page cannot be loaded: no case data (it is stored
/// in the phone's cache, fetched without the session), only what helps without internet.
/// Where the person chose to keep a summary on this phone, or wrote something that waits to
/// be sent, the page script shows that from the phone's own encrypted store
/// (`data-session-state="offline"`: this page neither sends nor wipes).
#[component]
pub fn OfflinePage() -> impl IntoView {
    view! {
        <Title text=t("offline-title") />
        <div class="page" data-session-state="offline">
            <h1>{t("offline-title")}</h1>
            <p class="lead">{t("offline-lead")}</p>
            <section class="card card--urgent" aria-labelledby="offline-urgent-heading">
                <h2 id="offline-urgent-heading">{t("help-urgent-heading")}</h2>
                <p>{t("offline-urgent-text")}</p>
                <UrgentNumbers />
            </section>
            <section
                class="card"
                data-device-saved
                hidden
                aria-labelledby="device-saved-heading"
                data-text-when=t_args("device-saved-when", &[("time", "%time%".into())])
            >
                <h2 id="device-saved-heading">{t("device-saved-heading")}</h2>
                <p data-device-saved-when></p>
                <div data-device-saved-body></div>
            </section>
            <Outbox />
            <p><a class="button" href="/">{t("offline-retry")}</a></p>
        </div>
    }
}
