//! The app's one error type: what a server function, a service or a page can answer besides
//! success. It carries Fluent ids, never internal text: the server logs the cause where it maps
//! an internal error (see `server::store::error`), and the person reads a translated sentence.

use serde::{Deserialize, Serialize};

/// A translated sentence to show: its Fluent id and the arguments it takes.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Message {
    pub id: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<(String, String)>,
}

impl Message {
    pub fn new(id: impl Into<String>) -> Message {
        Message {
            id: id.into(),
            args: vec![],
        }
    }

    pub fn with_arg(mut self, name: &str, value: impl ToString) -> Message {
        self.args.push((name.to_string(), value.to_string()));
        self
    }
}

/// Why one field of a form was refused. A long form shows all of them at once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// The form field's name, as the form posts it.
    pub field: String,
    pub message: Message,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// The thing does not exist, or it exists but is not yours: deliberately the same answer,
    /// so an id reveals nothing.
    #[error("not found")]
    NotFound,
    /// The request needs a signed-in person.
    #[error("not signed in")]
    NotSignedIn,
    /// The input was refused: one message for the whole form and one per refused field.
    #[error("invalid input: {}", message.id)]
    Invalid {
        message: Message,
        fields: Vec<FieldError>,
    },
    /// Someone else changed the item first (its version moved on), or the change clashes with
    /// what is stored (a second current vaste professional). Nothing was changed.
    #[error("conflict: {}", .0.id)]
    Conflict(Message),
    /// The request could not be read at all: a missing or repeated field, text that is not
    /// UTF-8, a body of the wrong type. `detail` is the same sentence translated, for callers
    /// that are not Helder's own pages.
    #[error("bad request")]
    BadRequest { message: Message, detail: String },
    /// The request body is larger than this endpoint accepts.
    #[error("request too large")]
    TooLarge,
    /// Something failed on our side; the details are in the server log.
    #[error("internal error")]
    Internal,
    /// Too many attempts from this place; try again after this many seconds.
    #[error("too many requests")]
    TooManyRequests { retry_after: u64 },
    /// Transport-level failure of a server function call (network, decoding), in the browser.
    #[error("request failed: {0}")]
    Request(String),
}

impl AppError {
    /// Input refused with one message and no field of its own.
    pub fn invalid(id: impl Into<String>) -> AppError {
        AppError::Invalid {
            message: Message::new(id),
            fields: vec![],
        }
    }

    /// Input refused field by field; the form's own message says to look at the fields.
    pub fn fields(fields: Vec<FieldError>) -> AppError {
        AppError::Invalid {
            message: Message::new("error-form-fields"),
            fields,
        }
    }

    pub fn conflict(id: impl Into<String>) -> AppError {
        AppError::Conflict(Message::new(id))
    }

    pub fn status(&self) -> u16 {
        match self {
            AppError::NotFound => 404,
            AppError::NotSignedIn => 401,
            AppError::Invalid { .. } => 422,
            AppError::Conflict(_) => 409,
            AppError::BadRequest { .. } => 400,
            AppError::TooLarge => 413,
            AppError::TooManyRequests { .. } => 429,
            AppError::Internal | AppError::Request(_) => 500,
        }
    }

    /// Fluent id of the message a person sees for this error.
    pub fn message_id(&self) -> &str {
        match self {
            AppError::NotFound => "error-not-found-text",
            AppError::NotSignedIn => "error-not-signed-in-text",
            AppError::Invalid { message, .. }
            | AppError::Conflict(message)
            | AppError::BadRequest { message, .. } => &message.id,
            AppError::TooLarge => "error-too-large-text",
            AppError::TooManyRequests { .. } => "error-too-many-text",
            AppError::Internal | AppError::Request(_) => "error-internal-text",
        }
    }

    /// The message of one field, if that field was refused.
    pub fn field(&self, name: &str) -> Option<&Message> {
        match self {
            AppError::Invalid { fields, .. } => {
                fields.iter().find(|f| f.field == name).map(|f| &f.message)
            }
            _ => None,
        }
    }
}

/// Collects every refused field of a form, so the person sees all problems at once.
#[derive(Debug, Default)]
pub struct FieldErrors(Vec<FieldError>);

impl FieldErrors {
    pub fn new() -> FieldErrors {
        FieldErrors::default()
    }

    pub fn add(&mut self, field: &str, message: Message) {
        self.0.push(FieldError {
            field: field.to_string(),
            message,
        });
    }

    /// Keep `value` when it is `Ok`; otherwise note its refusal under `field`.
    pub fn check<T>(&mut self, field: &str, value: Result<T, Message>) -> Option<T> {
        match value {
            Ok(v) => Some(v),
            Err(message) => {
                self.add(field, message);
                None
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `Ok` when nothing was refused, else one error with every refused field.
    pub fn finish(self) -> Result<(), AppError> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(AppError::fields(self.0))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn not_found_and_not_signed_in_have_distinct_statuses() {
        assert_eq!(AppError::NotFound.status(), 404);
        assert_eq!(AppError::NotSignedIn.status(), 401);
        assert_eq!(AppError::Internal.status(), 500);
    }

    #[test]
    fn invalid_input_carries_its_own_message_id() {
        assert_eq!(AppError::invalid("x-too-long").message_id(), "x-too-long");
    }

    #[test]
    fn refused_requests_are_client_errors_never_server_errors() {
        let bad = AppError::BadRequest {
            message: Message::new("error-bad-request"),
            detail: String::new(),
        };
        assert_eq!(bad.status(), 400);
        assert_eq!(AppError::TooLarge.status(), 413);
        assert_eq!(AppError::conflict("error-stale").status(), 409);
    }

    #[test]
    fn every_refused_field_is_reported_at_once() {
        let mut errors = FieldErrors::new();
        assert_eq!(errors.check("a", Ok::<_, Message>(1)), Some(1));
        errors.check::<()>("b", Err(Message::new("error-text-empty")));
        errors.check::<()>(
            "c",
            Err(Message::new("error-text-too-long").with_arg("max", 60)),
        );
        let err = errors.finish().expect_err("two fields refused");
        assert_eq!(err.status(), 422);
        assert_eq!(
            err.field("b").map(|m| m.id.as_str()),
            Some("error-text-empty")
        );
        assert_eq!(
            err.field("c").map(|m| m.args.clone()),
            Some(vec![("max".into(), "60".into())])
        );
        assert!(err.field("a").is_none());
        assert!(FieldErrors::new().finish().is_ok());
    }
}
