use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::t;

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
                <ul class="contact-list">
                    <li><a class="contact-link" href="tel:112">{t("help-urgent-112")}</a></li>
                    <li><a class="contact-link" href="tel:08002000">{t("help-urgent-veilig-thuis")}</a></li>
                    <li><a class="contact-link" href="tel:08000432">{t("help-urgent-kindertelefoon")}</a></li>
                </ul>
            </section>
            <p><a class="button" href="/">{t("offline-retry")}</a></p>
        </div>
    }
}
