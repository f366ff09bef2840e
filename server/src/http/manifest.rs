//! The web app manifest (`/manifest.webmanifest`): what a phone needs to install Helder as an
//! app, in the person's language (their language cookie, else the browser's languages).

use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};

use app::i18n::{translate, Lang, LANG_COOKIE};

/// Helder's colours (the header's blue; a white page behind the splash screen).
const THEME_COLOUR: &str = "#1d4e63";
const BACKGROUND_COLOUR: &str = "#ffffff";

fn lang_of(headers: &HeaderMap) -> Lang {
    let cookie = headers
        .get(header::COOKIE)
        .and_then(|v| v.to_str().ok())
        .and_then(|c| {
            c.split(';').find_map(|kv| {
                let (k, v) = kv.trim().split_once('=')?;
                (k == LANG_COOKIE).then_some(v)
            })
        });
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    Lang::negotiate(cookie, accept)
}

pub fn manifest_for(lang: Lang) -> serde_json::Value {
    let icon = |size: u32, purpose: &str, file: &str| {
        serde_json::json!({
            "src": format!("/icons/{file}-{size}.png"),
            "sizes": format!("{size}x{size}"),
            "type": "image/png",
            "purpose": purpose,
        })
    };
    serde_json::json!({
        "id": "/",
        "name": translate(lang, "app-name-long", None),
        "short_name": translate(lang, "site-name", None),
        "description": translate(lang, "site-description", None),
        "lang": lang.code(),
        "dir": lang.direction().attr(),
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "theme_color": THEME_COLOUR,
        "background_color": BACKGROUND_COLOUR,
        "icons": [
            icon(192, "any", "helder"),
            icon(512, "any", "helder"),
            icon(192, "maskable", "helder-maskable"),
            icon(512, "maskable", "helder-maskable"),
        ],
    })
}

pub async fn manifest(headers: HeaderMap) -> Response {
    let body = manifest_for(lang_of(&headers)).to_string();
    let mut res = body.into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/manifest+json"),
    );
    // The words follow the language cookie: never one person's language for another.
    res.headers_mut().insert(
        header::VARY,
        HeaderValue::from_static("cookie, accept-language"),
    );
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_manifest_meets_the_install_criteria_in_every_language() {
        for lang in Lang::all() {
            let m = manifest_for(lang);
            for key in ["name", "short_name", "start_url", "display", "icons"] {
                assert!(m.get(key).is_some(), "{key}");
            }
            assert_eq!(m["display"], "standalone");
            assert!(!m["name"].as_str().unwrap_or_default().is_empty());
            let sizes: Vec<&str> = m["icons"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|i| i["sizes"].as_str())
                .collect();
            assert!(sizes.contains(&"192x192") && sizes.contains(&"512x512"));
        }
        assert_eq!(manifest_for(Lang::AR)["dir"], "rtl");
    }
}
