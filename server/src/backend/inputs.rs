//! "Mijn inbreng" (F7): the server side of `InputBackend`.

use async_trait::async_trait;
use sha2::{Digest, Sha256};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use super::picture::date as parse_opt_date;
use super::AppBackend;
use crate::access::{self, decide, Action, ActorKind, DataKind, Decision};
use crate::live::Change;
use crate::store::{self, inputs::InputRow};
use app::api::backend::InputBackend;
use app::api::message_types::{DecisionInputView, InputDraft, InputView};
use app::api::session::Draft;
use app::api::types::DecisionEntry;
use app::api::AppError;
use app::domain::Subject;

fn now() -> Result<String, AppError> {
    OffsetDateTime::now_utc()
        .format(&Rfc3339)
        .map_err(|_| AppError::Internal)
}

fn day(at: &Option<String>) -> Option<time::Date> {
    at.as_deref()
        .and_then(|a| OffsetDateTime::parse(a, &Rfc3339).ok())
        .map(app::domain::calendar::dutch_date)
}

fn view_of(r: &InputRow) -> InputView {
    InputView {
        id: r.id.clone(),
        author: format!("{} {}", r.given_name, r.family_name),
        youth: r.relation == "child",
        stance: r.stance.clone(),
        body: r.body.clone(),
        shared: r.shared == 1,
        sent: day(&r.sent_at),
        acknowledged: day(&r.acknowledged_at)
            .map(|d| (r.acknowledged_by_name.clone().unwrap_or_default(), d)),
        outcome: r.outcome.clone().zip(day(&r.outcome_at)),
    }
}

fn is_youth(actor: ActorKind) -> bool {
    matches!(
        actor,
        ActorKind::Youth12To15 | ActorKind::Youth16To17 | ActorKind::YoungAdult
    )
}

fn is_parent(actor: ActorKind) -> bool {
    matches!(
        actor,
        ActorKind::ParentWithGezag | ActorKind::ParentWithoutGezag
    )
}

impl AppBackend {
    async fn decision_entry(
        &self,
        grant: &access::Grant,
        decision_id: &str,
    ) -> Result<DecisionEntry, AppError> {
        let (kind, row) = self
            .decision_rows(grant)
            .await?
            .into_iter()
            .find(|(_, r)| r.id == decision_id)
            .ok_or(AppError::NotFound)?;
        let decided_on = parse_opt_date(&row.decided_on);
        Ok(DecisionEntry {
            id: row.id.clone(),
            kind,
            maker: kind.decider(),
            expected_on: parse_opt_date(&row.expected_on),
            decide_by: kind
                .decision_deadline()
                .zip(parse_opt_date(&row.started_on))
                .map(|(k, d)| k.last_day(d)),
            decided_on,
            objection: kind
                .objection_deadline()
                .zip(decided_on)
                .map(|(k, d)| (k, k.last_day(d))),
        })
    }
}

#[async_trait]
impl InputBackend for AppBackend {
    async fn view(
        &self,
        who: &Subject,
        case_id: &str,
        decision_id: &str,
        draft: Option<Draft>,
    ) -> Result<DecisionInputView, AppError> {
        let (grant, _) = self
            .grant(who, Action::ViewCasePicture, DataKind::Inputs, case_id)
            .await?;
        let decision = self.decision_entry(&grant, decision_id).await?;
        let actor = grant.actor();
        let can_give = decide(actor, Action::GiveDecisionInput) == Decision::Allow;
        let can_handle = decide(actor, Action::HandleDecisionInput) == Decision::Allow;
        let me = match who {
            Subject::Person(id) => id.as_str(),
            _ => "",
        };
        let rows = store::inputs::inputs(&self.db, &grant, decision_id).await?;
        let mut mine = vec![];
        let mut others = vec![];
        let mut stored_draft = None;
        for r in &rows {
            let own = r.person_id == me;
            match (r.status.as_str(), own) {
                ("draft", true) => {
                    stored_draft = Some(InputDraft {
                        stance: r.stance.clone(),
                        body: r.body.clone(),
                        shared: r.shared == 1,
                    })
                }
                ("sent", true) => mine.push(view_of(r)),
                // A parent sees a youth's input only when the youth shared it; parents do not
                // see each other's. Professionals see every sent input.
                ("sent", false)
                    if can_handle
                        || (is_parent(actor) && r.relation == "child" && r.shared == 1) =>
                {
                    others.push(view_of(r))
                }
                _ => {}
            }
        }
        let refused = draft.filter(|d| {
            d.case_id == grant.case_id() && d.person_id == format!("input:{decision_id}")
        });
        let error = refused.as_ref().map(|d| d.error.clone());
        let draft = match refused {
            Some(d) => Some(InputDraft {
                body: d.body,
                ..stored_draft.unwrap_or_default()
            }),
            None => stored_draft,
        };
        Ok(DecisionInputView {
            header: self.header(&grant).await?,
            decision,
            mine,
            others,
            draft,
            error,
            new_key: uuid::Uuid::new_v4().to_string(),
            can_give,
            can_handle,
            youth: is_youth(actor),
        })
    }

    async fn save(
        &self,
        who: &Subject,
        case_id: &str,
        decision_id: &str,
        stance: Option<&str>,
        body: &str,
        shared: bool,
        key: Option<&str>,
    ) -> Result<(), AppError> {
        let (grant, _) = self
            .grant(who, Action::GiveDecisionInput, DataKind::Inputs, case_id)
            .await?;
        let Subject::Person(me) = who else {
            return Err(AppError::NotFound);
        };
        // Only an upcoming decision takes input.
        if self
            .decision_entry(&grant, decision_id)
            .await?
            .decided_on
            .is_some()
        {
            return Err(AppError::Invalid("error-input-decided".into()));
        }
        // Sharing is a youth's choice; a parent's input is never shown to the other parent.
        let shared = shared && is_youth(grant.actor());
        let at = now()?;
        let input = store::inputs::NewInput {
            decision_id,
            person_id: me,
            stance,
            body,
            shared,
            at: &at,
        };
        match key {
            None => store::inputs::save_draft(&self.db, &input).await,
            Some(key) => {
                if !app::domain::ids::is_valid_id(key) {
                    return Err(AppError::Invalid("error-invalid-text".into()));
                }
                let mut h = Sha256::new();
                h.update(decision_id.as_bytes());
                h.update([0]);
                h.update(stance.unwrap_or("").as_bytes());
                h.update([0, u8::from(shared)]);
                h.update(body.as_bytes());
                let hash = hex::encode(h.finalize());
                if store::inputs::send(&self.db, &input, key, &hash).await? {
                    self.announce(Change::Input {
                        case_id: grant.case_id().to_string(),
                        decision_id: decision_id.to_string(),
                        person_id: me.to_string(),
                    })
                    .await;
                    Ok(())
                } else {
                    Err(AppError::Invalid("error-message-key-reused".into()))
                }
            }
        }
    }

    async fn handle(
        &self,
        who: &Subject,
        case_id: &str,
        input_id: &str,
        outcome: Option<&str>,
    ) -> Result<(), AppError> {
        let (grant, _) = self
            .grant(who, Action::HandleDecisionInput, DataKind::Inputs, case_id)
            .await?;
        let Subject::Professional(me) = who else {
            return Err(AppError::NotFound);
        };
        if store::inputs::handle(&self.db, &grant, input_id, me, outcome, &now()?).await? {
            if let Some((decision_id, person_id)) =
                store::inputs::input_owner(&self.db, &grant, input_id).await?
            {
                self.announce(Change::Input {
                    case_id: grant.case_id().to_string(),
                    decision_id,
                    person_id,
                })
                .await;
            }
            Ok(())
        } else {
            Err(AppError::NotFound)
        }
    }
}
