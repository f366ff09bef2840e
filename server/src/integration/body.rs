//! What a call sends besides its key: a JSON body read into its typed form (or a problem that
//! names the field), dates as ISO text, `If-Match` against an item's version, and the
//! `Idempotency-Key` header.

use axum::body::Bytes;
use http::{header, HeaderMap, StatusCode};
use serde::de::DeserializeOwned;
use time::Date;

use super::problem::Problem;
use app::i18n::Lang;
use app::model::Version;

/// The JSON body as `T`: 415 for another content type, 400 for what is not JSON at all, 422
/// naming the field for JSON that does not fit.
pub fn json<T: DeserializeOwned>(
    headers: &HeaderMap,
    body: &Bytes,
    lang: Lang,
) -> Result<T, Problem> {
    let is_json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| {
            let v = v.trim().to_ascii_lowercase();
            v == "application/json" || (v.starts_with("application/") && v.ends_with("+json"))
        });
    if !is_json {
        return Err(Problem::api(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported-media-type",
            lang,
            "api-error-json-type",
        ));
    }
    // Read straight from the bytes (not through a `Value`, which keeps the last of a repeated
    // key): a repeated field is refused like any other that does not fit.
    let mut json = serde_json::Deserializer::from_slice(body);
    let not_json = || {
        Problem::api(
            StatusCode::BAD_REQUEST,
            "bad-request",
            lang,
            "api-error-json",
        )
    };
    let value = serde_path_to_error::deserialize::<_, T>(&mut json).map_err(|e| {
        if !e.inner().is_data() {
            // Not JSON at all: broken syntax, text that is not UTF-8, a body cut short.
            return not_json();
        }
        let path = e.path().to_string();
        let inner = e.into_inner().to_string();
        // A missing or repeated field is reported at its parent, with its name in serde's
        // message.
        let named = ["missing field", "unknown field", "duplicate field"]
            .iter()
            .any(|start| inner.starts_with(start));
        let field = match inner.split('`').nth(1) {
            Some(name) if named && path == "." => name.to_string(),
            _ if path == "." => "body".to_string(),
            _ => path,
        };
        let id = if inner.starts_with("missing field") {
            "api-error-field-missing"
        } else if inner.starts_with("unknown field") {
            "api-error-field-unknown"
        } else if inner.starts_with("duplicate field") {
            "api-error-field-repeated"
        } else {
            "api-error-field-type"
        };
        Problem::field(lang, &field, id)
    })?;
    // Anything after the one value is not the JSON body either.
    json.end().map_err(|_| not_json())?;
    Ok(value)
}

/// An ISO date (`2026-12-01`) in field `field`, or the problem naming it.
pub fn date(text: &str, field: &str, lang: Lang) -> Result<Date, Problem> {
    crate::store::parse_date(text).ok_or_else(|| Problem::field(lang, field, "error-date-invalid"))
}

pub fn opt_date(text: Option<&str>, field: &str, lang: Lang) -> Result<Option<Date>, Problem> {
    text.map(|t| date(t, field, lang)).transpose()
}

/// The ETag of an item at `version` (a strong validator: the version is the item's state).
pub fn etag(version: &str) -> String {
    format!("\"{version}\"")
}

/// Whether `If-Match` (if sent) allows a change of an item whose ETag is now `current`
/// (`None`: the item does not exist yet). `*` matches any existing item.
pub fn if_match(headers: &HeaderMap, current: Option<&str>, lang: Lang) -> Result<bool, Problem> {
    let Some(value) = headers.get(header::IF_MATCH) else {
        return Ok(false);
    };
    let stale = || {
        Problem::api(
            StatusCode::PRECONDITION_FAILED,
            "stale",
            lang,
            "error-stale",
        )
    };
    let value = value.to_str().map_err(|_| stale())?;
    let matched = value.split(',').map(str::trim).any(|tag| match current {
        Some(current) => tag == "*" || tag == current || tag.strip_prefix("W/") == Some(current),
        None => false,
    });
    if matched {
        Ok(true)
    } else {
        Err(stale())
    }
}

/// The `Idempotency-Key` header: 1 to 255 visible ASCII characters.
pub fn idempotency_key(headers: &HeaderMap, lang: Lang) -> Result<String, Problem> {
    let key = headers
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|k| !k.is_empty() && k.len() <= 255 && k.bytes().all(|b| b.is_ascii_graphic()));
    key.map(str::to_string).ok_or_else(|| {
        Problem::api(
            StatusCode::BAD_REQUEST,
            "idempotency-key",
            lang,
            "api-error-idempotency-key",
        )
    })
}

/// A version as one ETag part.
pub fn version_tag(version: Version) -> String {
    version.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, v.parse().expect("header"));
        }
        h
    }

    #[test]
    fn if_match_allows_the_current_tag_or_a_star_and_refuses_a_stale_one() {
        let lang = Lang::NL;
        assert_eq!(
            if_match(&headers(&[]), Some("\"3\""), lang).ok(),
            Some(false)
        );
        assert_eq!(
            if_match(&headers(&[("if-match", "\"3\"")]), Some("\"3\""), lang).ok(),
            Some(true)
        );
        assert_eq!(
            if_match(&headers(&[("if-match", "*")]), Some("\"3\""), lang).ok(),
            Some(true)
        );
        assert!(if_match(&headers(&[("if-match", "\"2\"")]), Some("\"3\""), lang).is_err());
        assert!(if_match(&headers(&[("if-match", "*")]), None, lang).is_err());
    }

    #[derive(serde::Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Body {
        name: String,
        count: u8,
    }

    #[test]
    fn a_body_that_does_not_fit_names_its_field() {
        let h = headers(&[("content-type", "application/json")]);
        let lang = Lang::EN;
        let missing = json::<Body>(&h, &Bytes::from_static(b"{\"name\":\"x\"}"), lang).unwrap_err();
        assert_eq!(missing.status, 422);
        assert_eq!(missing.errors[0].field, "count");
        let wrong =
            json::<Body>(&h, &Bytes::from_static(b"{\"name\":1,\"count\":1}"), lang).unwrap_err();
        assert_eq!(wrong.errors[0].field, "name");
        let unknown = json::<Body>(
            &h,
            &Bytes::from_static(b"{\"name\":\"x\",\"count\":1,\"z\":0}"),
            lang,
        )
        .unwrap_err();
        assert_eq!(unknown.errors[0].field, "z");
        assert_eq!(
            json::<Body>(&h, &Bytes::from_static(b"{"), lang)
                .unwrap_err()
                .status,
            400
        );
        let text = headers(&[("content-type", "text/plain")]);
        assert_eq!(
            json::<Body>(&text, &Bytes::from_static(b"{}"), lang)
                .unwrap_err()
                .status,
            415
        );
    }
}
