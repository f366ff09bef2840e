use leptos::prelude::*;

/// Review mode: a click on a marked text (`<mark data-message>`, made by the server's review
/// layer) opens that message in the workspace, also where the text sits inside a link or a
/// button (which then does not act). Without JavaScript the list of the page's texts at the
/// end of the page links every message.
#[island]
pub fn ReviewMarks(lang: String) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        let handle = window_event_listener(leptos::ev::click, move |e| {
            let Some(target) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            else {
                return;
            };
            let Ok(Some(mark)) = target.closest("mark[data-message]") else {
                return;
            };
            let Some(id) = mark.get_attribute("data-message") else {
                return;
            };
            e.prevent_default();
            e.stop_propagation();
            if let Some(window) = web_sys::window() {
                let here = window.location().pathname().unwrap_or_default();
                let back = js_sys::encode_uri_component(&here);
                let _ = window
                    .location()
                    .set_href(&format!("/teksten/{lang}/{id}?terug={back}"));
            }
        });
        on_cleanup(move || handle.remove());
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = lang;
}
