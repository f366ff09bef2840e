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
    use crate::domain::ids::IdempotencyKey;
    use crate::domain::{Action, DataKind, Subject};
    use crate::model::message::Line;
    use crate::views::messages::{team_view, thread_view};
    super::status::serve(async {
        let ctx = super::context::RequestContext::signed_in(DataKind::Messages).await?;
        let professional = matches!(ctx.subject()?, Subject::Professional(_));
        let action = if professional {
            Action::ViewFamilyThreads
        } else {
            Action::ViewOwnThread
        };
        let (ctx, s, opened) = super::case::open_case(&case_id, DataKind::Messages, action).await?;
        let case = opened.case.id.clone();
        if professional {
            let threads = s.messages.threads(&ctx, &case).await?;
            return Ok(MessagesView::Team(team_view(&opened, threads)));
        }
        let thread = s.messages.thread(&ctx, &case, &Line::Own).await?;
        let draft = super::session::draft().await?;
        Ok(MessagesView::Own(thread_view(
            &opened,
            thread,
            draft,
            "",
            IdempotencyKey::random(),
        )))
    })
    .await
}

/// One family member's thread, for the professionals who answer it.
#[server(prefix = "/api", endpoint = "case/thread")]
pub async fn case_thread(case_id: String, person_id: String) -> Result<ThreadView, AppError> {
    use crate::domain::ids::{IdempotencyKey, PersonId};
    use crate::domain::{Action, DataKind};
    use crate::model::message::Line;
    super::status::serve(async {
        let (ctx, s, opened) =
            super::case::open_case(&case_id, DataKind::Messages, Action::ViewFamilyThreads).await?;
        let person: PersonId = super::context::id(&person_id)?;
        let thread = s
            .messages
            .thread(&ctx, &opened.case.id, &Line::Of(person.clone()))
            .await?;
        let draft = super::session::draft().await?;
        Ok(crate::views::messages::thread_view(
            &opened,
            thread,
            draft,
            person.as_str(),
            IdempotencyKey::random(),
        ))
    })
    .await
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
    use crate::domain::messages::MESSAGE_MAX;
    use crate::domain::DataKind;
    use crate::model::message::Line;
    super::status::serve(async {
        let ctx = super::context::RequestContext::signed_in(DataKind::Messages).await?;
        let case: crate::domain::ids::CaseId = super::context::id(&case_id)?;
        let line = if person_id.is_empty() {
            Line::Own
        } else {
            Line::Of(super::context::id(&person_id)?)
        };
        let back = match &line {
            Line::Own => format!("/zaak/{case}/berichten"),
            Line::Of(person) => format!("/zaak/{case}/berichten/{person}"),
        };
        let text = match crate::domain::text::clean(&body, MESSAGE_MAX, true, false) {
            Ok(text) => text,
            Err(refusal) => {
                super::session::keep_refused(&case_id, &person_id, &body, MESSAGE_MAX, refusal)
                    .await?;
                leptos_axum::redirect(&format!("{back}#bericht"));
                return Ok(String::new());
            }
        };
        let key = key
            .parse()
            .map_err(|_| AppError::invalid("error-invalid-text"))?;
        let id = super::services::Services::get()?
            .messages
            .send(&ctx, &case, &line, &text, &key)
            .await?;
        super::session::clear_draft().await?;
        leptos_axum::redirect(&format!("{back}#m-{id}"));
        Ok(id.to_string())
    })
    .await
}

/// "Ik voel me niet veilig": the page with the numbers to call and the alert form.
#[server(prefix = "/api", endpoint = "case/unsafe-page")]
pub async fn unsafe_page(case_id: String) -> Result<UnsafeView, AppError> {
    use crate::domain::ids::IdempotencyKey;
    use crate::domain::{Action, DataKind};
    super::status::serve(async {
        let (ctx, s, opened) =
            super::case::open_case(&case_id, DataKind::Messages, Action::RaiseUnsafeAlert).await?;
        let vaste = s
            .team
            .team(&ctx, &opened.case.id)
            .await?
            .into_iter()
            .find(|m| m.is_vaste)
            .map(|m| m.name);
        Ok(crate::views::messages::unsafe_view(
            &opened,
            vaste,
            IdempotencyKey::random(),
        ))
    })
    .await
}

/// Raise the alert: an urgent message to the vaste professional and the veiligheidsteam,
/// escalated to everyone on the case when nobody reads it in time.
#[server(prefix = "/api", endpoint = "case/raise-unsafe")]
pub async fn raise_unsafe(case_id: String, note: String, key: String) -> Result<String, AppError> {
    use crate::domain::messages::UNSAFE_NOTE_MAX;
    use crate::domain::DataKind;
    super::status::serve(async {
        let ctx = super::context::RequestContext::signed_in(DataKind::Messages).await?;
        let case: crate::domain::ids::CaseId = super::context::id(&case_id)?;
        // A few words are optional; anything unusable is dropped rather than blocking the alert.
        let note =
            crate::domain::text::clean(&note, UNSAFE_NOTE_MAX, true, true).unwrap_or_default();
        let key = key
            .parse()
            .map_err(|_| AppError::invalid("error-invalid-text"))?;
        let id = super::services::Services::get()?
            .messages
            .raise_unsafe(&ctx, &case, &note, &key)
            .await?;
        leptos_axum::redirect(&format!("/zaak/{case}/niet-veilig?verstuurd=1"));
        Ok(id.to_string())
    })
    .await
}
