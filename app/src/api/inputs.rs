//! "Mijn inbreng" (F7): a parent's or youth's view on an upcoming decision, or their reaction
//! on a plan or report; the professional acknowledges it and records what was done with it.

use leptos::prelude::*;

use super::message_types::DecisionInputView;
#[cfg(feature = "ssr")]
use super::message_types::InputItem;
use super::AppError;
#[cfg(feature = "ssr")]
use crate::model::input::InputOn;

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
        let on = InputOn::Decision(decision.id.clone());
        let inputs = s.inputs.for_item(&ctx, &case, &on).await?;
        let refused = super::session::draft().await?;
        Ok(crate::views::messages::decision_input_view(
            &opened,
            InputItem::Decision(crate::views::picture::decision_entry(&decision)),
            inputs,
            refused,
            IdempotencyKey::random(),
        ))
    })
    .await
}

/// One plan or report: its file to open, and the family's reactions on it.
#[server(prefix = "/api", endpoint = "case/document")]
pub async fn document_page(
    case_id: String,
    document_id: String,
) -> Result<DecisionInputView, AppError> {
    use crate::domain::ids::{DocumentId, IdempotencyKey};
    use crate::domain::{Action, DataKind};
    super::status::serve(async {
        let (ctx, s, opened) =
            super::case::open_case(&case_id, DataKind::Documents, Action::ViewDocuments).await?;
        let document: DocumentId = super::context::id(&document_id)?;
        let case = opened.case.id.clone();
        let document = s.documents.get(&ctx, &case, &document).await?;
        let on = InputOn::Document(document.id.clone());
        let inputs = s.inputs.for_item(&ctx, &case, &on).await?;
        let refused = super::session::draft().await?;
        Ok(crate::views::messages::decision_input_view(
            &opened,
            InputItem::Document(crate::views::picture::document_entry(
                document,
                opened.today,
            )),
            inputs,
            refused,
            IdempotencyKey::random(),
        ))
    })
    .await
}

/// Save the input as a draft (`intent` = "draft") or send it (`intent` = "send"), on `on`
/// (`decision:<id>` or `document:<id>`). Refused text comes back in the form with the reason;
/// nothing is stored.
#[server(prefix = "/api", endpoint = "case/save-input")]
pub async fn save_input(
    case_id: String,
    on: String,
    stance: Option<String>,
    body: String,
    share: Option<String>,
    key: String,
    intent: String,
) -> Result<(), AppError> {
    use crate::domain::ids::CaseId;
    use crate::domain::DataKind;
    use crate::model::input::{InputDraft, Stance};
    super::status::serve(async {
        let ctx = super::context::RequestContext::signed_in(DataKind::Inputs).await?;
        let case: CaseId = super::context::id(&case_id)?;
        let on: InputOn = super::context::id(&on)?;
        let back = on.page(case.as_str());
        let sending = intent == "send";
        let text = match crate::domain::text::clean(&body, INPUT_MAX, true, !sending) {
            Ok(text) => text,
            Err(refusal) => {
                super::session::keep_refused(
                    &case_id,
                    &format!("input:{}", on.item_id()),
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
            inputs.send(&ctx, &case, &on, &input, &key).await?;
        } else {
            inputs.save_draft(&ctx, &case, &on, &input).await?;
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
    on: String,
    input_id: String,
    outcome: Option<String>,
) -> Result<(), AppError> {
    use crate::domain::ids::{CaseId, InputId};
    use crate::domain::DataKind;
    super::status::serve(async {
        let ctx = super::context::RequestContext::signed_in(DataKind::Inputs).await?;
        let case: CaseId = super::context::id(&case_id)?;
        let on: InputOn = super::context::id(&on)?;
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
        leptos_axum::redirect(&format!("{}#inbreng", on.page(case.as_str())));
        Ok(())
    })
    .await
}
