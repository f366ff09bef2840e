use crate::components::shown::Shown;
use leptos::prelude::*;

/// "Voorlezen": reads the page's main text aloud with the browser's own speech synthesis, in
/// the page's language. Rendered hidden; once hydrated it shows only where the browser has a
/// voice for that language, so nobody presses a button that stays silent. Without JavaScript
/// there is nothing to read with, so it stays hidden. Texts arrive as props (no Fluent in the
/// wasm). Navigation, forms and the list of a review page's texts are not read.
#[island]
pub fn ReadAloud(label: String, stop: String, lang: String) -> impl IntoView {
    let (available, set_available) = signal(false);
    let (speaking, set_speaking) = signal(false);
    #[cfg(feature = "hydrate")]
    {
        let lang = lang.clone();
        // After hydration (an Effect): a change made while hydrating would not reach the
        // server-rendered button.
        Effect::new(move |_| {
            let lang = lang.clone();
            let check = move || set_available.set(browser::has_voice_for(&lang));
            check();
            if let Some(synth) = browser::synth() {
                let handler = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(check);
                synth.set_onvoiceschanged(Some(wasm_bindgen::JsCast::unchecked_ref(
                    handler.as_ref(),
                )));
                // Lives as long as the page: the browser may load its voices at any time.
                handler.forget();
            }
        });
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (set_available, set_speaking, lang);
    let on_click = move |_| {
        #[cfg(feature = "hydrate")]
        {
            if speaking.get_untracked() {
                browser::cancel();
                set_speaking.set(false);
            } else if browser::speak(&lang, move || set_speaking.set(false)) {
                set_speaking.set(true);
            }
        }
    };
    view! {
        <button
            type="button"
            class="read-aloud"
            hidden=move || !available.shown()
            aria-pressed=move || if speaking.shown() { "true" } else { "false" }
            on:click=on_click
        >
            <span aria-hidden="true">"🔊"</span>
            <span class="read-aloud__label">{move || if speaking.shown() { stop.clone() } else { label.clone() }}</span>
        </button>
    }
}

#[cfg(feature = "hydrate")]
mod browser {
    use wasm_bindgen::JsCast;

    pub fn synth() -> Option<web_sys::SpeechSynthesis> {
        web_sys::window()?.speech_synthesis().ok()
    }

    /// Whether the browser has a voice in the page's language (`nl` matches `nl-NL`, `nl-BE`).
    pub fn has_voice_for(lang: &str) -> bool {
        let Some(synth) = synth() else { return false };
        let voices = synth.get_voices();
        // Each voice's `lang`, read as a property (what a page's own script would do).
        (0..voices.length())
            .filter_map(|i| js_sys::Reflect::get(&voices.get(i), &"lang".into()).ok())
            .filter_map(|l| l.as_string())
            .any(|l| {
                let l = l.to_ascii_lowercase();
                l == lang
                    || l.starts_with(&format!("{lang}-"))
                    || l.starts_with(&format!("{lang}_"))
            })
    }

    /// The main column's text, without navigation, forms and review lists.
    fn main_text() -> Option<String> {
        let document = web_sys::window()?.document()?;
        let main = document.query_selector("main").ok()??;
        let copy = main
            .clone_node_with_deep(true)
            .ok()?
            .dyn_into::<web_sys::Element>()
            .ok()?;
        if let Ok(skip) = copy.query_selector_all("nav, form, script, .review-texts, [hidden]") {
            for i in 0..skip.length() {
                if let Some(node) = skip.get(i) {
                    if let Some(parent) = node.parent_node() {
                        let _ = parent.remove_child(&node);
                    }
                }
            }
        }
        let text = copy.text_content()?;
        let text: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
        (!text.is_empty()).then_some(text)
    }

    pub fn cancel() {
        if let Some(s) = synth() {
            s.cancel();
        }
    }

    /// Start reading; `done` runs when it ends. False when nothing can be read.
    pub fn speak(lang: &str, done: impl FnMut() + 'static) -> bool {
        let (Some(synth), Some(text)) = (synth(), main_text()) else {
            return false;
        };
        let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(&text) else {
            return false;
        };
        // The language picks the voice: the browser's own best one for it.
        utterance.set_lang(lang);
        let end = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(done);
        utterance.set_onend(Some(end.as_ref().unchecked_ref()));
        end.forget();
        synth.cancel();
        synth.speak(&utterance);
        true
    }
}
