//! Messages between a family member and their vaste professional (F8, F9) and the "ik voel me
//! niet veilig" alert (F10). Each send carries an idempotency key made when the form was
//! drawn, so pressing twice, or a retry after a lost answer, stores one message.

use leptos::prelude::*;

use super::message_types::{MessagesView, ThreadView, UnsafeView};
use super::AppError;

/// "Berichten": the signed-in family member's own thread, or for the vaste professional and
/// the veiligheidsteam member the family's threads.
#[server(prefix = "/api", endpoint = "case/messages")]
pub async fn case_messages(case_id: String) -> Result<MessagesView, AppError> {
    async {
        let who = super::session::current_subject().await?;
        let draft = super::session::draft().await?;
        super::backend::Backends::get()?
            .messages
            .messages(&who, &case_id, draft)
            .await
    }
    .await
    .map_err(super::error::with_status)
}

/// One family member's thread, for the professionals who answer it.
#[server(prefix = "/api", endpoint = "case/thread")]
pub async fn case_thread(case_id: String, person_id: String) -> Result<ThreadView, AppError> {
    async {
        let who = super::session::current_subject().await?;
        let draft = super::session::draft().await?;
        super::backend::Backends::get()?
            .messages
            .thread(&who, &case_id, &person_id, draft)
            .await
    }
    .await
    .map_err(super::error::with_status)
}

/// Send a message in a thread (`person_id` empty: the sender's own thread). Refused text is
/// kept as a draft and the form shows why; nothing is stored. Returns the message id.
#[server(prefix = "/api", endpoint = "case/send-message")]
pub async fn send_message(
    case_id: String,
    person_id: String,
    body: String,
    key: String,
) -> Result<String, AppError> {
    async {
        let who = super::session::current_subject().await?;
        let back = if person_id.is_empty() {
            format!("/zaak/{case_id}/berichten")
        } else {
            format!("/zaak/{case_id}/berichten/{person_id}")
        };
        let text =
            crate::domain::text::clean(&body, crate::domain::messages::MESSAGE_MAX, true, false);
        let text = match text {
            Ok(text) => text,
            Err(refusal) => {
                super::session::keep_draft(&super::session::Draft {
                    case_id: case_id.clone(),
                    person_id: person_id.clone(),
                    // Kept as typed, minus invisible control characters that cannot be shown.
                    body: body
                        .chars()
                        .filter(|c| !c.is_control() || matches!(c, '\n' | '\r' | '\t'))
                        .take(crate::domain::messages::MESSAGE_MAX * 2)
                        .collect(),
                    error: refusal.message_id().to_string(),
                })
                .await?;
                leptos_axum::redirect(&format!("{back}#bericht"));
                return Ok(String::new());
            }
        };
        let id = super::backend::Backends::get()?
            .messages
            .send(&who, &case_id, &person_id, &text, &key)
            .await?;
        super::session::clear_draft().await?;
        leptos_axum::redirect(&format!("{back}#m-{id}"));
        Ok(id)
    }
    .await
    .map_err(super::error::with_status)
}

/// "Ik voel me niet veilig": the page with the numbers to call and the alert form.
#[server(prefix = "/api", endpoint = "case/unsafe-page")]
pub async fn unsafe_page(case_id: String) -> Result<UnsafeView, AppError> {
    async {
        let who = super::session::current_subject().await?;
        super::backend::Backends::get()?
            .messages
            .unsafe_view(&who, &case_id)
            .await
    }
    .await
    .map_err(super::error::with_status)
}

/// Raise the alert: an urgent message to the vaste professional and the veiligheidsteam,
/// escalated to everyone on the case when nobody reads it in time.
#[server(prefix = "/api", endpoint = "case/raise-unsafe")]
pub async fn raise_unsafe(case_id: String, note: String, key: String) -> Result<String, AppError> {
    async {
        let who = super::session::current_subject().await?;
        // A few words are optional; anything unusable is dropped rather than blocking the alert.
        let note =
            crate::domain::text::clean(&note, crate::domain::messages::UNSAFE_NOTE_MAX, true, true)
                .unwrap_or_default();
        let id = super::backend::Backends::get()?
            .messages
            .raise_unsafe(&who, &case_id, &note, &key)
            .await?;
        leptos_axum::redirect(&format!("/zaak/{case_id}/niet-veilig?verstuurd=1"));
        Ok(id)
    }
    .await
    .map_err(super::error::with_status)
}
