use leptos::prelude::*;

/// Marks the page as hydrated (`<html data-hydrated="true">`) once the wasm has run, so
/// browser tests know when the enhanced page is live. An effect runs only in the browser.
#[island]
pub fn HydrationMarker() -> impl IntoView {
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("data-hydrated", "true");
        }
    });
}
