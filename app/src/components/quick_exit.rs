use leptos::prelude::*;

/// "Snel weg" (F16), on every page. Server-rendered it is a plain form: posting it ends the
/// session and redirects to a neutral site. Once hydrated, a press (or Escape three times in a
/// row) sends the sign-out as a beacon and *replaces* the current history entry with the
/// neutral site, so Back does not lead straight into Helder. Modelled on GOV.UK's tested
/// "Exit this page". Texts arrive as props: islands carry no Fluent.
#[island]
pub fn QuickExit(label: String, hint: String, url: String, endpoint: String) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    let leave = {
        let (url, endpoint) = (url.clone(), endpoint.clone());
        move || {
            forget_this_device();
            if let Some(window) = web_sys::window() {
                if let Ok(body) = web_sys::UrlSearchParams::new() {
                    let _ = window
                        .navigator()
                        .send_beacon_with_opt_url_search_params(&endpoint, Some(&body));
                }
                let _ = window.location().replace(&url);
            }
        }
    };
    #[cfg(feature = "hydrate")]
    {
        let escapes = StoredValue::new(0_u8);
        let leave = leave.clone();
        let handle = window_event_listener(leptos::ev::keydown, move |e| {
            if e.key() == "Escape" {
                escapes.update_value(|n| *n += 1);
                if escapes.get_value() >= 3 {
                    leave();
                }
            } else {
                escapes.set_value(0);
            }
        });
        on_cleanup(move || handle.remove());
    }
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        #[cfg(feature = "hydrate")]
        {
            ev.prevent_default();
            leave();
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = ev;
    };
    #[cfg(not(feature = "hydrate"))]
    let _ = url;
    view! {
        <form method="post" action=endpoint class="quick-exit" on:submit=on_submit>
            <button type="submit" class="quick-exit__button" aria-describedby="quick-exit-hint">{label}</button>
            <span id="quick-exit-hint" class="visually-hidden">{hint}</span>
        </form>
    }
}

/// Tell the page script (public/device.js) to wipe what this phone keeps of the case, before
/// the page goes: the server's answer to the sign-out clears it too, but a beacon's answer
/// may come after the page is gone.
#[cfg(feature = "hydrate")]
pub fn forget_this_device() {
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new("helder-leave")) {
        let _ = window.dispatch_event(&event);
    }
}
