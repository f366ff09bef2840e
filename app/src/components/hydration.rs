use leptos::prelude::*;

/// Marks the page as hydrated (`<html data-hydrated="true">`) once the wasm has run, so
/// browser tests know when the enhanced page is live, and registers the service worker that
/// makes Helder installable and shows a page without internet. An effect runs only in the
/// browser.
#[island]
pub fn HydrationMarker() -> impl IntoView {
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        if let Some(window) = web_sys::window() {
            if let Some(root) = window.document().and_then(|d| d.document_element()) {
                let _ = root.set_attribute("data-hydrated", "true");
            }
            // Only where the browser has service workers (a secure context).
            let navigator = window.navigator();
            if js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
                // The promise settles on its own; a failed registration only means no
                // offline page, which the browser's own error page replaces.
                let _ = navigator
                    .service_worker()
                    .register(super::push_toggle::WORKER_URL);
            }
        }
    });
}
