use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::t;
use crate::pages::case::help::UrgentNumbers;

/// What the service worker shows when a page cannot be loaded: no case data (it is stored
/// in the phone's cache, fetched without the session), only what helps without internet.
#[component]
pub fn OfflinePage() -> impl IntoView {
    view! {
        <Title text=t("offline-title") />
        <div class="page">
            <h1>{t("offline-title")}</h1>
            <p class="lead">{t("offline-lead")}</p>
            <section class="card card--urgent" aria-labelledby="offline-urgent-heading">
                <h2 id="offline-urgent-heading">{t("help-urgent-heading")}</h2>
                <p>{t("offline-urgent-text")}</p>
                <UrgentNumbers />
            </section>
            <p><a class="button" href="/">{t("offline-retry")}</a></p>
        </div>
    }
}
