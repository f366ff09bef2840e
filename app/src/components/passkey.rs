//! The two browser-side WebAuthn ceremonies: make a passkey, sign in with one. They need
//! JavaScript by nature; without it the buttons stay disabled and a `<noscript>` note next
//! to them explains. Texts arrive as props (islands carry no Fluent).
//!
//! The browser's own JSON helpers do the encoding: `PublicKeyCredential.parse…FromJSON` reads
//! the options webauthn-rs sends, and `credential.toJSON()` gives the answer it reads back.

use crate::components::shown::Shown;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Messages the passkey islands may show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasskeyTexts {
    pub button: String,
    pub busy: String,
    /// The browser cannot make or use passkeys.
    pub unsupported: String,
    /// The person stopped, or the device refused.
    pub cancelled: String,
    /// This device already holds a passkey for this account.
    pub exists: String,
    /// The device name was refused (too long, odd characters).
    pub name_invalid: String,
    /// Too many attempts from here for now.
    pub too_many: String,
    /// Anything else.
    pub failed: String,
    /// Shown until the page is live: the button needs JavaScript.
    pub needs_js: String,
}

#[cfg(feature = "hydrate")]
mod browser {
    use js_sys::{Function, Reflect, JSON};
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;

    /// Why the browser part failed, by the DOMException name.
    pub enum Failure {
        Unsupported,
        Cancelled,
        Exists,
        Other,
    }

    fn get(target: &JsValue, key: &str) -> Result<JsValue, Failure> {
        Reflect::get(target, &JsValue::from_str(key)).map_err(|_| Failure::Unsupported)
    }

    fn function(target: &JsValue, key: &str) -> Result<Function, Failure> {
        get(target, key)?
            .dyn_into::<Function>()
            .map_err(|_| Failure::Unsupported)
    }

    fn classify(error: JsValue) -> Failure {
        let name = Reflect::get(&error, &JsValue::from_str("name"))
            .ok()
            .and_then(|n| n.as_string())
            .unwrap_or_default();
        match name.as_str() {
            "NotAllowedError" | "AbortError" => Failure::Cancelled,
            "InvalidStateError" => Failure::Exists,
            "NotSupportedError" | "SecurityError" => Failure::Unsupported,
            _ => Failure::Other,
        }
    }

    /// Run `navigator.credentials.create` (`create = true`) or `.get` with the server's
    /// options JSON; the credential as JSON.
    pub async fn ceremony(options: &str, create: bool) -> Result<String, Failure> {
        let window: JsValue = web_sys::window().ok_or(Failure::Unsupported)?.into();
        let pkc = get(&window, "PublicKeyCredential")?;
        if pkc.is_undefined() {
            return Err(Failure::Unsupported);
        }
        let parsed = JSON::parse(options).map_err(|_| Failure::Other)?;
        let public_key = get(&parsed, "publicKey")?;
        let parse = function(
            &pkc,
            if create {
                "parseCreationOptionsFromJSON"
            } else {
                "parseRequestOptionsFromJSON"
            },
        )?;
        let public_key = parse.call1(&pkc, &public_key).map_err(classify)?;
        let request = js_sys::Object::new();
        Reflect::set(&request, &JsValue::from_str("publicKey"), &public_key)
            .map_err(|_| Failure::Other)?;
        let credentials = get(&get(&window, "navigator")?, "credentials")?;
        let call = function(&credentials, if create { "create" } else { "get" })?;
        let promise = call
            .call1(&credentials, &request)
            .map_err(classify)?
            .dyn_into::<js_sys::Promise>()
            .map_err(|_| Failure::Other)?;
        let credential = JsFuture::from(promise).await.map_err(classify)?;
        let json = function(&credential, "toJSON")?
            .call0(&credential)
            .map_err(classify)?;
        JSON::stringify(&json)
            .map(String::from)
            .map_err(|_| Failure::Other)
    }

    pub fn go_to(path: &str) {
        if let Some(w) = web_sys::window() {
            let _ = w.location().assign(path);
        }
    }
}

/// Which ceremony a passkey button runs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Ceremony {
    /// Make a passkey, with an optional device name: after an activation code, or from the
    /// settings page to add another device.
    Register {
        name_label: String,
        name_hint: String,
        name_max: usize,
    },
    /// "Inloggen met je passkey".
    SignIn,
}

/// Make a passkey on this device (see [`Ceremony::Register`]).
#[component]
pub fn PasskeyRegister(
    texts: PasskeyTexts,
    name_label: String,
    name_hint: String,
    name_max: usize,
) -> impl IntoView {
    let ceremony = Ceremony::Register {
        name_label,
        name_hint,
        name_max,
    };
    view! { <PasskeyCeremony ceremony texts /> }
}

/// Sign in with a passkey.
#[component]
pub fn PasskeySignIn(texts: PasskeyTexts) -> impl IntoView {
    view! { <PasskeyCeremony ceremony=Ceremony::SignIn texts /> }
}

/// The button (and for registration the name field): start on the server, let the device
/// make or use the passkey, finish on the server, then go where the server says.
#[island]
fn PasskeyCeremony(ceremony: Ceremony, texts: PasskeyTexts) -> impl IntoView {
    let ready = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let message = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    Effect::new(move |_| ready.set(true));
    let button = texts.button.clone();
    let busy_text = texts.busy.clone();
    let needs_js = texts.needs_js.clone();
    let register = matches!(ceremony, Ceremony::Register { .. });
    let on_click = move |_| {
        #[cfg(feature = "hydrate")]
        {
            let texts = texts.clone();
            busy.set(true);
            message.set(String::new());
            leptos::task::spawn_local(async move {
                use crate::api::passkeys::{
                    passkey_register_finish, passkey_register_start, passkey_sign_in_finish,
                    passkey_sign_in_start,
                };
                let server = |e: crate::api::AppError| server_message(&e, &texts);
                let outcome = async {
                    let options = if register {
                        passkey_register_start(name.get_untracked()).await
                    } else {
                        passkey_sign_in_start().await
                    }
                    .map_err(server)?;
                    let answer = browser::ceremony(&options, register)
                        .await
                        .map_err(|f| failure_text(f, &texts))?;
                    if register {
                        passkey_register_finish(answer).await
                    } else {
                        passkey_sign_in_finish(answer).await
                    }
                    .map_err(server)
                }
                .await;
                match outcome {
                    Ok(next) => browser::go_to(&next),
                    Err(text) => {
                        message.set(text);
                        busy.set(false);
                    }
                }
            });
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (&texts, register);
    };
    let name_field = match ceremony {
        Ceremony::Register {
            name_label,
            name_hint,
            name_max,
        } => Some(view! {
            <div class="field">
                <label for="device-name">{name_label}</label>
                <p class="field__hint" id="device-name-hint">{name_hint}</p>
                <input
                    id="device-name"
                    name="device_name"
                    type="text"
                    autocomplete="off"
                    maxlength=name_max
                    aria-describedby="device-name-hint"
                    prop:value=move || name.shown()
                    on:input=move |ev| name.set(event_target_value(&ev))
                />
            </div>
        }),
        Ceremony::SignIn => None,
    };
    view! {
        <div class="passkey">
            {name_field}
            <button type="button" class="button" on:click=on_click disabled=move || !ready.shown() || busy.shown()>
                {move || if busy.shown() { busy_text.clone() } else { button.clone() }}
            </button>
            <p class="passkey__needs-js" hidden=move || ready.shown()>{needs_js.clone()}</p>
            <p class="passkey__message" role="alert">{move || message.shown()}</p>
        </div>
    }
}

#[cfg(feature = "hydrate")]
fn failure_text(failure: browser::Failure, texts: &PasskeyTexts) -> String {
    match failure {
        browser::Failure::Unsupported => texts.unsupported.clone(),
        browser::Failure::Cancelled => texts.cancelled.clone(),
        browser::Failure::Exists => texts.exists.clone(),
        browser::Failure::Other => texts.failed.clone(),
    }
}

/// The server's refusal as text. Islands carry no Fluent, so the server's message ids are
/// mapped to the few texts this island was given.
#[cfg(feature = "hydrate")]
fn server_message(error: &crate::api::AppError, texts: &PasskeyTexts) -> String {
    use crate::api::AppError;
    match error {
        AppError::Invalid { .. } if error.message_id() == "error-passkey-duplicate" => {
            texts.exists.clone()
        }
        AppError::Invalid { .. } if error.message_id().starts_with("error-text-") => {
            texts.name_invalid.clone()
        }
        AppError::TooManyRequests { .. } => texts.too_many.clone(),
        _ => texts.failed.clone(),
    }
}
