//! Live updates (issue 5): the page listens on `/live` + its own path for "changed", then
//! fetches itself again and swaps in the parts marked `data-live="…"`. The server renders
//! those parts as always — Fluent, escaping and authorisation stay where they are, and a
//! stream carries no content. What a person is typing sits outside those parts, and a part
//! that holds the keyboard focus waits until focus leaves it. Without JavaScript the page
//! shows the news on the next load, as before.

use crate::components::shown::Shown;
use leptos::prelude::*;

/// The stream's address for the page at `path`.
pub fn stream_for(path: &str) -> String {
    format!("/live{path}")
}

#[island]
pub fn LiveUpdates(stream: String, announce: String) -> impl IntoView {
    let status = RwSignal::new(String::new());
    #[cfg(feature = "hydrate")]
    if let Err(e) = browser::connect(&stream, announce, status) {
        leptos::logging::warn!("live updates unavailable: {e:?}");
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (stream, announce);
    view! { <p class="visually-hidden" role="status">{move || status.shown()}</p> }
}

#[cfg(feature = "hydrate")]
mod browser {
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;

    use leptos::prelude::*;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{DomParser, Element, EventSource, SupportedType};

    #[derive(Default)]
    struct State {
        /// A refresh is running.
        busy: Cell<bool>,
        /// News came in during a refresh: run once more after it.
        again: Cell<bool>,
        /// The stream has been open before (a later "open" is a reconnect).
        opened: Cell<bool>,
        /// A part was skipped because it had the focus.
        pending: Cell<bool>,
        /// What the server sent with its last "changed": the token that tells it the next
        /// fetch is this page refreshing itself (it decides that, not a header we set).
        token: RefCell<String>,
    }

    pub fn connect(
        stream: &str,
        announce: String,
        status: RwSignal<String>,
    ) -> Result<(), JsValue> {
        let source = EventSource::new(stream)?;
        let state = Rc::new(State::default());
        let announce = Rc::new(announce);
        let refresher = {
            let (state, announce) = (state.clone(), announce.clone());
            move || refresh(state.clone(), announce.clone(), status)
        };
        let on_change = {
            let (state, refresher) = (state.clone(), refresher.clone());
            Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
                *state.token.borrow_mut() = event.data().as_string().unwrap_or_default();
                refresher();
            })
        };
        source.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref())?;
        on_change.forget();
        // After a reconnect news may have been missed: catch up once.
        let on_open = {
            let (state, refresher) = (state.clone(), refresher.clone());
            Closure::<dyn Fn()>::new(move || {
                if state.opened.replace(true) {
                    refresher();
                }
            })
        };
        source.add_event_listener_with_callback("open", on_open.as_ref().unchecked_ref())?;
        on_open.forget();
        let on_focus_out = Closure::<dyn Fn()>::new(move || {
            if state.pending.replace(false) {
                refresher();
            }
        });
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.add_event_listener_with_callback(
                "focusout",
                on_focus_out.as_ref().unchecked_ref(),
            )?;
        }
        on_focus_out.forget();
        Ok(())
    }

    fn refresh(state: Rc<State>, announce: Rc<String>, status: RwSignal<String>) {
        if state.busy.replace(true) {
            state.again.set(true);
            return;
        }
        leptos::task::spawn_local(async move {
            loop {
                state.again.set(false);
                match apply(&state).await {
                    Ok(added) if added > 0 => {
                        // Clear first, so the same words are announced again.
                        status.set(String::new());
                        let announce = announce.clone();
                        set_timeout(
                            move || status.set(announce.to_string()),
                            std::time::Duration::from_millis(150),
                        );
                    }
                    Ok(_) => {}
                    Err(e) => leptos::logging::warn!("live refresh failed: {e:?}"),
                }
                if !state.again.get() {
                    break;
                }
            }
            state.busy.set(false);
        });
    }

    /// Fetch this page again and swap in its live parts. Returns how many list items are new or
    /// changed (a reply, a read receipt, an acknowledgement).
    async fn apply(state: &State) -> Result<u32, JsValue> {
        let window = web_sys::window().ok_or(JsValue::NULL)?;
        let document = window.document().ok_or(JsValue::NULL)?;
        let init = web_sys::RequestInit::new();
        init.set_cache(web_sys::RequestCache::NoStore);
        let headers = web_sys::Headers::new()?;
        // The server's token: this is the page it already showed, fetched again.
        let token = state.token.borrow().clone();
        if !token.is_empty() {
            headers.set("x-helder-live", &token)?;
        }
        init.set_headers(&headers);
        let url = window.location().href()?;
        let response: web_sys::Response =
            JsFuture::from(window.fetch_with_str_and_init(&url, &init))
                .await?
                .dyn_into()?;
        // Signed out or no longer allowed: leave the page as it is; the next click shows why.
        if !response.ok() || response.redirected() {
            return Ok(0);
        }
        let text = JsFuture::from(response.text()?)
            .await?
            .as_string()
            .unwrap_or_default();
        let fresh = DomParser::new()?.parse_from_string(&text, SupportedType::TextHtml)?;
        let regions = document.query_selector_all("[data-live]")?;
        let focused = document.active_element();
        let mut added = 0;
        for i in 0..regions.length() {
            let Some(region) = regions.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            let key = region.get_attribute("data-live").unwrap_or_default();
            let Some(replacement) = fresh.query_selector(&format!("[data-live=\"{key}\"]"))? else {
                continue;
            };
            if focused
                .as_ref()
                .is_some_and(|f| region.contains(Some(f.unchecked_ref())))
            {
                state.pending.set(true);
                continue;
            }
            added += new_items(&region, &replacement)?;
            let adopted = document.adopt_node(&replacement)?;
            region.replace_with_with_node_1(&adopted)?;
        }
        Ok(added)
    }

    fn new_items(old: &Element, new: &Element) -> Result<u32, JsValue> {
        let items = new.query_selector_all("li[id]")?;
        let mut count = 0;
        for i in 0..items.length() {
            let Some(item) = items.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            let before = old.query_selector(&format!("[id=\"{}\"]", item.id()))?;
            if before.is_none_or(|b| b.text_content() != item.text_content()) {
                count += 1;
            }
        }
        Ok(count)
    }
}
