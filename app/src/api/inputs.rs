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
    use crate::domain::ids::{DecisionId, IdempotencyKey};
    use crate::domain::{Action, DataKind};
    super::status::serve(async {
        let (ctx, s, opened) =
            super::case::open_case(&case_id, DataKind::Inputs, Action::ViewCasePicture).await?;
        let decision: DecisionId = super::context::id(&decision_id)?;
        let case = opened.case.id.clone();
        let decision = s.decisions.get(&ctx, &case, &decision).await?;
        let inputs = s.inputs.for_decision(&ctx, &case, &decision.id).await?;
        let refused = super::session::draft().await?;
        Ok(crate::views::messages::decision_input_view(
            &opened,
            &decision,
            inputs,
            refused,
            IdempotencyKey::random(),
        ))
    })
    .await
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
    use crate::domain::ids::{CaseId, DecisionId};
    use crate::domain::DataKind;
    use crate::model::input::{InputDraft, Stance};
    super::status::serve(async {
        let ctx = super::context::RequestContext::signed_in(DataKind::Inputs).await?;
        let case: CaseId = super::context::id(&case_id)?;
        let decision: DecisionId = super::context::id(&decision_id)?;
        let back = format!("/zaak/{case}/wat-komt-eraan/{decision}");
        let sending = intent == "send";
        let text = match crate::domain::text::clean(&body, INPUT_MAX, true, !sending) {
            Ok(text) => text,
            Err(refusal) => {
                super::session::keep_refused(
                    &case_id,
                    &format!("input:{decision}"),
                    &body,
                    INPUT_MAX,
                    refusal,
                )
                .await?;
                leptos_axum::redirect(&format!("{back}#inbreng"));
                return Ok(());
            }
        };
        let input = InputDraft {
            stance: stance.as_deref().and_then(Stance::from_key),
            body: text,
            shared: share.is_some(),
        };
        let inputs = super::services::Services::get()?.inputs;
        if sending {
            let key = key
                .parse()
                .map_err(|_| AppError::invalid("error-invalid-text"))?;
            inputs.send(&ctx, &case, &decision, &input, &key).await?;
        } else {
            inputs.save_draft(&ctx, &case, &decision, &input).await?;
        }
        super::session::clear_draft().await?;
        let done = if sending { "verstuurd" } else { "bewaard" };
        leptos_axum::redirect(&format!("{back}?{done}=1#inbreng"));
        Ok(())
    })
    .await
}

/// "Ontvangen" (no `outcome`), or "Wat is ermee gedaan" with the text.
#[server(prefix = "/api", endpoint = "case/handle-input")]
pub async fn handle_input(
    case_id: String,
    decision_id: String,
    input_id: String,
    outcome: Option<String>,
) -> Result<(), AppError> {
    use crate::domain::ids::{CaseId, DecisionId, InputId};
    use crate::domain::DataKind;
    super::status::serve(async {
        let ctx = super::context::RequestContext::signed_in(DataKind::Inputs).await?;
        let case: CaseId = super::context::id(&case_id)?;
        let decision: DecisionId = super::context::id(&decision_id)?;
        let input: InputId = super::context::id(&input_id)?;
        let outcome = match outcome {
            None => None,
            Some(text) => Some(
                crate::domain::text::clean(&text, OUTCOME_MAX, true, false)
                    .map_err(|e| AppError::invalid(e.message_id()))?,
            ),
        };
        super::services::Services::get()?
            .inputs
            .handle(&ctx, &case, &input, outcome.as_deref())
            .await?;
        leptos_axum::redirect(&format!("/zaak/{case}/wat-komt-eraan/{decision}#inbreng"));
        Ok(())
    })
    .await
}
