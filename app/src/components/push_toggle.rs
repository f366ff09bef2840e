//! "Meldingen op dit apparaat": turn Web Push on or off for this browser. The browser
//! subscribes at its own push service with the server's public key, then tells the server
//! where to send (`push_subscribe`). Needs JavaScript and a service worker; before hydration
//! the button is disabled and says so. Browsers already on the list can be removed there with a
//! plain form.

use crate::components::shown::Shown;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushTexts {
    pub turn_on: String,
    pub turn_off: String,
    pub busy: String,
    pub unsupported: String,
    pub denied: String,
    pub failed: String,
    /// The server does not send to this browser's push service.
    pub service: String,
    pub needs_js: String,
}

/// Where the service worker lives (root scope: it serves every page of the site).
pub const WORKER_URL: &str = "/sw.js";

#[island]
pub fn PushToggle(public_key: String, texts: PushTexts) -> impl IntoView {
    // None: not known yet (before hydration, or while asking the browser).
    let subscribed = RwSignal::new(None::<bool>);
    let busy = RwSignal::new(false);
    let message = RwSignal::new(String::new());
    let ready = RwSignal::new(false);
    #[cfg(feature = "hydrate")]
    {
        let unsupported = texts.unsupported.clone();
        leptos::task::spawn_local(async move {
            ready.set(true);
            match browser::current().await {
                Ok(state) => subscribed.set(Some(state)),
                Err(_) => message.set(unsupported),
            }
        });
    }
    let click = {
        let texts = texts.clone();
        move |_| {
            #[cfg(feature = "hydrate")]
            {
                let texts = texts.clone();
                let public_key = public_key.clone();
                let on = subscribed.get_untracked() != Some(true);
                busy.set(true);
                message.set(String::new());
                leptos::task::spawn_local(async move {
                    let result = if on {
                        browser::subscribe(&public_key).await
                    } else {
                        browser::unsubscribe().await
                    };
                    busy.set(false);
                    match result {
                        Ok(()) => {
                            // The list of devices on this page comes from the server: show it anew.
                            if let Some(w) = web_sys::window() {
                                let _ = w.location().reload();
                            }
                        }
                        Err(browser::Failure::Denied) => message.set(texts.denied),
                        Err(browser::Failure::Unsupported) => message.set(texts.unsupported),
                        Err(browser::Failure::Refused(id)) if id == "error-push-service" => {
                            message.set(texts.service)
                        }
                        Err(_) => message.set(texts.failed),
                    }
                });
            }
            #[cfg(not(feature = "hydrate"))]
            let _ = (&texts, &public_key);
        }
    };
    let label = {
        let texts = texts.clone();
        move || {
            if busy.shown() {
                texts.busy.clone()
            } else if subscribed.shown() == Some(true) {
                texts.turn_off.clone()
            } else {
                texts.turn_on.clone()
            }
        }
    };
    let needs_js = texts.needs_js.clone();
    view! {
        <div class="push-toggle">
            <button
                type="button"
                class="button"
                disabled=move || !ready.shown() || busy.shown() || subscribed.shown().is_none()
                on:click=click
            >
                {label}
            </button>
            {move || (!ready.shown()).then(|| view! { <p class="field__hint">{needs_js.clone()}</p> })}
            <p role="status" class="field__hint">{move || message.shown()}</p>
        </div>
    }
}

#[cfg(feature = "hydrate")]
mod browser {
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use base64::Engine;
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{PushEncryptionKeyName, PushSubscription, ServiceWorkerRegistration};

    pub enum Failure {
        Unsupported,
        Denied,
        /// The server refused, with its message id.
        Refused(String),
        Other,
    }

    impl From<JsValue> for Failure {
        fn from(e: JsValue) -> Self {
            let name = js_sys::Reflect::get(&e, &"name".into())
                .ok()
                .and_then(|n| n.as_string())
                .unwrap_or_default();
            if name == "NotAllowedError" {
                Failure::Denied
            } else {
                Failure::Other
            }
        }
    }

    async fn registration() -> Result<ServiceWorkerRegistration, Failure> {
        let window = web_sys::window().ok_or(Failure::Unsupported)?;
        let navigator = window.navigator();
        if !js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false)
            || !js_sys::Reflect::has(&window, &"PushManager".into()).unwrap_or(false)
        {
            return Err(Failure::Unsupported);
        }
        let container = navigator.service_worker();
        JsFuture::from(container.register(super::WORKER_URL)).await?;
        Ok(JsFuture::from(container.ready()?).await?.dyn_into()?)
    }

    async fn subscription(
        reg: &ServiceWorkerRegistration,
    ) -> Result<Option<PushSubscription>, Failure> {
        let found = JsFuture::from(reg.push_manager()?.get_subscription()?).await?;
        Ok(found.dyn_into::<PushSubscription>().ok())
    }

    /// Whether this browser gets notifications now.
    pub async fn current() -> Result<bool, Failure> {
        let reg = registration().await?;
        Ok(subscription(&reg).await?.is_some())
    }

    fn key(sub: &PushSubscription, name: PushEncryptionKeyName) -> Result<String, Failure> {
        let buffer = sub.get_key(name)?.ok_or(Failure::Other)?;
        Ok(URL_SAFE_NO_PAD.encode(js_sys::Uint8Array::new(&buffer).to_vec()))
    }

    pub async fn subscribe(public_key: &str) -> Result<(), Failure> {
        let reg = registration().await?;
        let server_key = URL_SAFE_NO_PAD
            .decode(public_key)
            .map_err(|_| Failure::Other)?;
        let options = web_sys::PushSubscriptionOptionsInit::new();
        options.set_user_visible_only(true);
        options.set_application_server_key(&js_sys::Uint8Array::from(server_key.as_slice()));
        let sub: PushSubscription =
            JsFuture::from(reg.push_manager()?.subscribe_with_options(&options)?)
                .await?
                .dyn_into()?;
        let p256dh = key(&sub, PushEncryptionKeyName::P256dh)?;
        let auth = key(&sub, PushEncryptionKeyName::Auth)?;
        if let Err(e) = crate::api::push::push_subscribe(sub.endpoint(), p256dh, auth).await {
            // The server will not send there: do not leave the browser subscribed.
            let _ = JsFuture::from(sub.unsubscribe()?).await;
            return Err(Failure::Refused(e.message_id().to_string()));
        }
        Ok(())
    }

    pub async fn unsubscribe() -> Result<(), Failure> {
        let reg = registration().await?;
        if let Some(sub) = subscription(&reg).await? {
            let endpoint = sub.endpoint();
            JsFuture::from(sub.unsubscribe()?).await?;
            // Redirect answers and "not found" (removed elsewhere already) both mean: done.
            let _ = crate::api::push::push_unsubscribe(endpoint).await;
        }
        Ok(())
    }
}
