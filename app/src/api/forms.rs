//! Long forms that lose nothing: a refused form comes back filled in as typed, with every
//! refused field marked at once. The server function keeps the posted values and the refusal
//! in the session and sends the browser back to the form; the page asks for them here. The
//! same happens with and without JavaScript, because the forms are plain HTML posts.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::AppError;
use crate::error::Message;

/// What a form shows again after a refusal; empty when there was none.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FormState {
    pub values: Vec<(String, String)>,
    pub error: Option<AppError>,
}

impl FormState {
    /// The value typed in `name` before the refusal, or `default` (the stored value).
    pub fn value(&self, name: &str, default: &str) -> String {
        if self.error.is_none() {
            return default.to_string();
        }
        self.values
            .iter()
            .find(|(k, _)| k == name)
            .map_or_else(|| default.to_string(), |(_, v)| v.clone())
    }

    pub fn field(&self, name: &str) -> Option<Message> {
        self.error.as_ref().and_then(|e| e.field(name)).cloned()
    }
}

/// The refused form `form` of this session, if it is the last one and still fresh.
#[server(prefix = "/api", endpoint = "form/kept")]
pub async fn kept_form(form: String) -> Result<FormState, AppError> {
    async {
        Ok(super::session::kept_form(&form)
            .await?
            .map(|k| FormState {
                values: k.values,
                error: Some(k.error),
            })
            .unwrap_or_default())
    }
    .await
    .map_err(super::status::with_status)
}

/// Finish a form's server function: on success forget any kept form and go to `done`; when the
/// input was refused (or clashed with a newer change) keep what was typed and go `back`.
/// Anything else is the caller's error to answer.
#[cfg(feature = "ssr")]
pub async fn answer<T>(
    form: &str,
    values: Vec<(&str, String)>,
    back: &str,
    done: impl FnOnce(&T) -> String,
    result: Result<T, AppError>,
) -> Result<(), AppError> {
    match result {
        Ok(value) => {
            super::session::clear_form().await?;
            leptos_axum::redirect(&done(&value));
            Ok(())
        }
        Err(error @ (AppError::Invalid { .. } | AppError::Conflict(_))) => {
            let values = values
                .into_iter()
                .map(|(k, v)| {
                    // Kept to show again, never more than a form could hold.
                    let v: String = v.chars().take(8000).collect();
                    (k.to_string(), v)
                })
                .collect();
            super::session::keep_form(&super::session::KeptForm::new(form, values, error)).await?;
            leptos_axum::redirect(back);
            Ok(())
        }
        Err(other) => Err(other),
    }
}
