//! "Mijn inbreng" (F7): a parent's or youth's view on an upcoming decision; the professional
//! acknowledges it and records what was done with it.

use leptos::prelude::*;

use super::message_types::DecisionInputView;
use super::AppError;

pub const INPUT_MAX: usize = 2000;
pub const OUTCOME_MAX: usize = 1000;
pub const STANCES: [&str; 3] = ["agree", "partly", "disagree"];

#[server(prefix = "/api", endpoint = "case/decision-input")]
pub async fn decision_input(
    case_id: String,
    decision_id: String,
) -> Result<DecisionInputView, AppError> {
    async {
        let who = super::session::current_subject().await?;
        let draft = super::session::draft().await?;
        super::backend::Backends::get()?
            .inputs
            .view(&who, &case_id, &decision_id, draft)
            .await
    }
    .await
    .map_err(super::error::with_status)
}

/// Save the input as a draft (`intent` = "draft") or send it (`intent` = "send"). Refused text
/// comes back in the form with the reason; nothing is stored.
#[server(prefix = "/api", endpoint = "case/save-input")]
pub async fn save_input(
    case_id: String,
    decision_id: String,
    stance: Option<String>,
    body: String,
    share: Option<String>,
    key: String,
    intent: String,
) -> Result<(), AppError> {
    async {
        let who = super::session::current_subject().await?;
        let back = format!("/zaak/{case_id}/wat-komt-eraan/{decision_id}");
        let stance = stance.filter(|s| STANCES.contains(&s.as_str()));
        let sending = intent == "send";
        let text = match crate::domain::text::clean(&body, INPUT_MAX, true, !sending) {
            Ok(text) => text,
            Err(refusal) => {
                super::session::keep_draft(&super::session::Draft {
                    case_id: case_id.clone(),
                    person_id: format!("input:{decision_id}"),
                    body: body
                        .chars()
                        .filter(|c| !c.is_control() || matches!(c, '\n' | '\r' | '\t'))
                        .take(INPUT_MAX * 2)
                        .collect(),
                    error: refusal.message_id().to_string(),
                })
                .await?;
                leptos_axum::redirect(&format!("{back}#inbreng"));
                return Ok(());
            }
        };
        super::backend::Backends::get()?
            .inputs
            .save(
                &who,
                &case_id,
                &decision_id,
                stance.as_deref(),
                &text,
                share.is_some(),
                sending.then_some(key.as_str()),
            )
            .await?;
        super::session::clear_draft().await?;
        let done = if sending { "verstuurd" } else { "bewaard" };
        leptos_axum::redirect(&format!("{back}?{done}=1#inbreng"));
        Ok(())
    }
    .await
    .map_err(super::error::with_status)
}

/// "Ontvangen" (no `outcome`), or "Wat is ermee gedaan" with the text.
#[server(prefix = "/api", endpoint = "case/handle-input")]
pub async fn handle_input(
    case_id: String,
    decision_id: String,
    input_id: String,
    outcome: Option<String>,
) -> Result<(), AppError> {
    async {
        let who = super::session::current_subject().await?;
        let outcome = match outcome {
            None => None,
            Some(text) => Some(
                crate::domain::text::clean(&text, OUTCOME_MAX, true, false)
                    .map_err(|e| AppError::Invalid(e.message_id().into()))?,
            ),
        };
        super::backend::Backends::get()?
            .inputs
            .handle(&who, &case_id, &input_id, outcome.as_deref())
            .await?;
        leptos_axum::redirect(&format!(
            "/zaak/{case_id}/wat-komt-eraan/{decision_id}#inbreng"
        ));
        Ok(())
    }
    .await
    .map_err(super::error::with_status)
}
