//! The idle-timeout warning (WCAG 2.2.1 Timing Adjustable): shortly before the server would
//! end an idle session, say so and offer to stay signed in. When time runs out, sign out and
//! go to the sign-in page, which says why. Without JavaScript there is no warning; the server
//! still ends the session on time.

use crate::components::shown::Shown;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimerTexts {
    pub heading: String,
    pub text: String,
    pub stay: String,
    pub sign_out_endpoint: String,
    pub stay_failed: String,
}

/// Seconds before the end at which to warn: two minutes, or half the time when that is short.
pub fn warn_before(idle_seconds: u64) -> u64 {
    if idle_seconds >= 4 * 60 {
        120
    } else {
        idle_seconds / 2
    }
}

#[island]
pub fn SessionTimer(idle_seconds: u64, texts: TimerTexts) -> impl IntoView {
    let warning = RwSignal::new(false);
    let failed = RwSignal::new(false);
    // Each restart starts a new generation; a timer from an older generation does nothing.
    // (Counting instead of clearing timeouts: ids are not always small integers, e.g. under
    // a test clock, and a missed clear would sign a person out while they are active.)
    #[cfg(feature = "hydrate")]
    let restart = {
        use std::time::Duration;
        let generation = StoredValue::new(0_u64);
        let endpoint = texts.sign_out_endpoint.clone();
        let restart = move || {
            generation.update_value(|g| *g += 1);
            let current = generation.get_value();
            let live = move || generation.get_value() == current;
            warning.set(false);
            let warn_at = idle_seconds.saturating_sub(warn_before(idle_seconds));
            let endpoint = endpoint.clone();
            set_timeout(
                move || {
                    if live() {
                        warning.set(true);
                    }
                },
                Duration::from_secs(warn_at),
            );
            set_timeout(
                move || {
                    if !live() {
                        return;
                    }
                    crate::components::quick_exit::forget_this_device();
                    if let Some(window) = web_sys::window() {
                        let _ = window.navigator().send_beacon(&endpoint);
                        let _ = window.location().assign("/inloggen?verlopen=1");
                    }
                },
                // A little after the server's own limit, so the server decides.
                Duration::from_secs(idle_seconds + 2),
            );
        };
        restart();
        restart
    };
    #[cfg(not(feature = "hydrate"))]
    let _ = idle_seconds;
    let stay = move |_| {
        #[cfg(feature = "hydrate")]
        {
            let restart = restart.clone();
            leptos::task::spawn_local(async move {
                match crate::api::passkeys::stay_signed_in().await {
                    Ok(_) => {
                        failed.set(false);
                        restart();
                    }
                    Err(_) => failed.set(true),
                }
            });
        }
    };
    let TimerTexts {
        heading,
        text,
        stay: stay_label,
        stay_failed,
        ..
    } = texts;
    view! {
        <div class="session-warning" role="alertdialog" aria-labelledby="session-warning-heading" aria-describedby="session-warning-text" hidden=move || !warning.shown()>
            <h2 id="session-warning-heading">{heading}</h2>
            <p id="session-warning-text">{text}</p>
            <button type="button" class="button" on:click=stay>{stay_label}</button>
            <p role="alert">{move || failed.shown().then(|| stay_failed.clone())}</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::warn_before;

    #[test]
    fn the_warning_comes_two_minutes_early_or_halfway_for_short_limits() {
        assert_eq!(warn_before(30 * 60), 120);
        assert_eq!(warn_before(4 * 60), 120);
        assert_eq!(warn_before(60), 30);
    }
}
