use leptos::prelude::*;

use super::types::Me;
use super::AppError;

/// The signed-in person for the page header, or `None` when nobody is signed in.
#[server(prefix = "/api", endpoint = "account/who-am-i")]
pub async fn who_am_i() -> Result<Option<Me>, AppError> {
    async {
        let ctx = super::context::RequestContext::current(None).await?;
        if ctx.subject.is_none() {
            return Ok(None);
        }
        super::services::Services::get()?
            .accounts
            .me(&ctx)
            .await
            .map(Some)
    }
    .await
    .map_err(super::status::with_status)
}

/// Sign out and go back to the start page.
#[server(prefix = "/api", endpoint = "account/sign-out")]
pub async fn sign_out() -> Result<(), AppError> {
    super::session::end()
        .await
        .map_err(super::status::with_status)?;
    // Not "cache": every page is no-store, so the HTTP cache holds only the public /pkg/
    // files, and clearing it made Chromium stall the next page's wasm load (seen in CI).
    clear_site_data("\"storage\"");
    leptos_axum::redirect("/");
    Ok(())
}

/// Ask the browser to forget what this site stored (shared phones: ASVS 14.3.1).
#[cfg(feature = "ssr")]
fn clear_site_data(what: &'static str) {
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.insert_header(
            http::HeaderName::from_static("clear-site-data"),
            http::HeaderValue::from_static(what),
        );
    }
}

/// Remember the chosen language in a cookie and return to the page the person was on.
/// `return_to` must be a path on this site, so the form cannot be used as an open redirect.
#[server(prefix = "/api", endpoint = "account/language")]
pub async fn set_language(lang: String, return_to: String) -> Result<(), AppError> {
    use crate::i18n::{Lang, LANG_COOKIE};
    let lang = Lang::from_code(&lang)
        .ok_or_else(|| super::status::with_status(AppError::invalid("error-unknown-language")))?;
    let target = safe_return_path(&return_to);
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        let cookie = format!(
            "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; Secure",
            lang.code()
        );
        if let Ok(value) = http::HeaderValue::from_str(&cookie) {
            res.append_header(http::header::SET_COOKIE, value);
        }
    }
    leptos_axum::redirect(target);
    Ok(())
}

/// A same-site path, or `/`. Rejects `//host`, `\\host`, schemes and anything odd.
pub fn safe_return_path(candidate: &str) -> &str {
    let ok = candidate.starts_with('/')
        && !candidate.starts_with("//")
        && !candidate.starts_with("/\\")
        && candidate.len() <= 512
        && candidate.chars().all(|c| c.is_ascii_graphic());
    if ok {
        candidate
    } else {
        "/"
    }
}

#[cfg(test)]
mod tests {
    use super::safe_return_path;

    #[test]
    fn only_local_paths_are_returned_to() {
        assert_eq!(safe_return_path("/zaak/abc?x=1"), "/zaak/abc?x=1");
        assert_eq!(safe_return_path("//evil.example"), "/");
        assert_eq!(safe_return_path("/\\evil.example"), "/");
        assert_eq!(safe_return_path("https://evil.example"), "/");
        assert_eq!(safe_return_path(""), "/");
        assert_eq!(safe_return_path("/a b"), "/");
        assert_eq!(safe_return_path(&format!("/{}", "a".repeat(600))), "/");
    }
}

/// "Snel weg": end the session, ask the browser to clear this site's data, and leave for the
/// neutral website at once. The hydrated button calls this as a beacon and replaces the page
/// itself; without JavaScript the form posts here and the redirect does the leaving.
#[server(prefix = "/api", endpoint = "account/quick-exit")]
pub async fn quick_exit() -> Result<(), AppError> {
    let _ = super::session::end().await;
    clear_site_data("\"cache\", \"cookies\", \"storage\"");
    let target = use_context::<crate::QuickExitUrl>()
        .map(|u| u.0)
        .unwrap_or_else(|| "/".into());
    leptos_axum::redirect(&target);
    Ok(())
}
