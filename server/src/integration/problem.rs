//! Errors of the integration API as RFC 9457 problem details (`application/problem+json`):
//! a type, a title and a detail in the caller's language (Dutch unless it asks for English),
//! and for refused input one entry per field, in the words of the field names it sent.

use axum::response::{IntoResponse, Response};
use http::{header, HeaderMap, HeaderValue, StatusCode};
use serde::Serialize;
use utoipa::ToSchema;

use app::error::{AppError, Message};
use app::i18n::{translate, translate_message, Lang};

/// A refusal, as RFC 9457 describes one.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Problem {
    /// What kind of problem: a page of the API's documentation.
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    /// Each refused field of the body, by its name in the body (`a.b` for a nested one).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldProblem>,
    #[serde(skip)]
    retry_after: Option<u64>,
    #[serde(skip)]
    challenge: bool,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FieldProblem {
    pub field: String,
    pub detail: String,
}

/// The caller's language for problem texts: English when it asks for it, else Dutch.
pub fn language(headers: &HeaderMap) -> Lang {
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    Lang::negotiate(None, accept)
}

fn text(lang: Lang, message: &Message) -> String {
    translate_message(lang, message)
}

impl Problem {
    pub fn new(status: StatusCode, kind: &str, lang: Lang, detail: &Message) -> Problem {
        Problem {
            kind: format!("/api/docs#problem-{kind}"),
            title: translate(lang, &format!("api-problem-{kind}"), None),
            status: status.as_u16(),
            detail: text(lang, detail),
            errors: vec![],
            retry_after: None,
            challenge: false,
        }
    }

    /// A problem of the API itself (a missing key, a body that is not JSON …).
    pub fn api(status: StatusCode, kind: &str, lang: Lang, detail_id: &str) -> Problem {
        Problem::new(status, kind, lang, &Message::new(detail_id))
    }

    /// No such thing, or not the caller's (the same answer, so a reference reveals nothing).
    pub fn not_found(lang: Lang) -> Problem {
        Problem::api(
            StatusCode::NOT_FOUND,
            "not-found",
            lang,
            "api-error-not-found",
        )
    }

    /// A body field that could not be read as the schema says.
    pub fn field(lang: Lang, field: &str, detail_id: &str) -> Problem {
        let mut p = Problem::api(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid",
            lang,
            "error-form-fields",
        );
        p.errors.push(FieldProblem {
            field: field.to_string(),
            detail: translate(lang, detail_id, None),
        });
        p
    }

    pub fn unauthorized(lang: Lang) -> Problem {
        let mut p = Problem::api(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            lang,
            "api-error-key",
        );
        p.challenge = true;
        p
    }

    /// A service's refusal; `fields` renames the services' field names to the body's.
    pub fn from_error(err: AppError, lang: Lang, fields: &[(&str, &str)]) -> Problem {
        let status = StatusCode::from_u16(err.status()).unwrap_or(StatusCode::BAD_REQUEST);
        let kind = match &err {
            AppError::NotFound => "not-found",
            AppError::NotSignedIn => return Problem::unauthorized(lang),
            AppError::Invalid { .. } => "invalid",
            AppError::Conflict(m) if m.id == "error-stale" => {
                return Problem::new(StatusCode::PRECONDITION_FAILED, "stale", lang, m)
            }
            AppError::Conflict(_) => "conflict",
            AppError::BadRequest { .. } => "bad-request",
            AppError::TooLarge => "too-large",
            AppError::TooManyRequests { .. } => "too-many",
            AppError::Internal | AppError::Request(_) => "internal",
        };
        let detail = match &err {
            AppError::Invalid { message, .. }
            | AppError::Conflict(message)
            | AppError::BadRequest { message, .. } => message.clone(),
            other => Message::new(other.message_id()),
        };
        let mut p = Problem::new(status, kind, lang, &detail);
        if let AppError::Invalid {
            fields: refused, ..
        } = &err
        {
            p.errors = refused
                .iter()
                .map(|f| FieldProblem {
                    field: fields
                        .iter()
                        .find(|(ours, _)| *ours == f.field)
                        .map_or(f.field.clone(), |(_, theirs)| theirs.to_string()),
                    detail: text(lang, &f.message),
                })
                .collect();
        }
        if let AppError::TooManyRequests { retry_after } = err {
            p.retry_after = Some(retry_after);
        }
        p
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::BAD_REQUEST);
        let body = serde_json::to_string(&self).unwrap_or_default();
        let mut res = (
            status,
            [(header::CONTENT_TYPE, "application/problem+json")],
            body,
        )
            .into_response();
        if let Some(seconds) = self.retry_after {
            if let Ok(v) = HeaderValue::from_str(&seconds.to_string()) {
                res.headers_mut().insert(header::RETRY_AFTER, v);
            }
        }
        if self.challenge {
            res.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"helder\""),
            );
        }
        res
    }
}
