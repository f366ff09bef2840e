//! "Mijn inbreng" (F7): a parent's or youth's view on an upcoming decision. A youth's input
//! stays between the youth and the professionals unless the youth shares it; parents never
//! see each other's.

use async_trait::async_trait;
use sha2::{Digest, Sha256};
use tracing::instrument;

use super::Backend;
use crate::access::{decide, Action, ActorKind, Decision, Grant};
use crate::live::Change;
use crate::store::{self, inputs::InputRow, inputs::InputSent, StoreError};
use app::api::context::RequestContext;
use app::api::services::InputService;
use app::domain::ids::{CaseId, DecisionId, IdempotencyKey, InputId};
use app::domain::{DataKind, Subject};
use app::error::AppError;
use app::model::input::{DecisionInputs, Input, InputDraft, Stance};

fn day(at: Option<&str>) -> Result<Option<time::Date>, StoreError> {
    at.map(|a| store::instant("input time", a).map(app::domain::calendar::dutch_date))
        .transpose()
}

fn input(r: &InputRow) -> Result<Input, StoreError> {
    Ok(Input {
        id: store::id("input id", &r.id)?,
        author: format!("{} {}", r.given_name, r.family_name),
        youth: r.relation == "child",
        stance: store::opt_key("stance", r.stance.as_deref(), Stance::from_key)?,
        body: r.body.clone(),
        shared: r.shared == 1,
        sent: day(r.sent_at.as_deref())?,
        acknowledged: day(r.acknowledged_at.as_deref())?
            .map(|d| (r.acknowledged_by_name.clone().unwrap_or_default(), d)),
        outcome: match (&r.outcome, day(r.outcome_at.as_deref())?) {
            (Some(text), Some(on)) => Some((text.clone(), on)),
            _ => None,
        },
    })
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

/// What the stored content of an input is, for telling a retry from a reused key.
fn content_hash(decision: &DecisionId, input: &InputDraft, shared: bool) -> String {
    let mut h = Sha256::new();
    h.update(decision.as_str().as_bytes());
    h.update([0]);
    h.update(input.stance.map_or("", Stance::key).as_bytes());
    h.update([0, u8::from(shared)]);
    h.update(input.body.as_bytes());
    hex::encode(h.finalize())
}

impl Backend {
    /// Only an upcoming decision of the case takes input.
    async fn open_for_input(
        &self,
        conn: &mut store::Conn,
        grant: &Grant,
        decision: &DecisionId,
    ) -> Result<(), AppError> {
        if store::decisions::get(&mut *conn, grant, decision)
            .await?
            .decided_on
            .is_some()
        {
            return Err(AppError::invalid("error-input-decided"));
        }
        Ok(())
    }

    async fn save(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        decision: &DecisionId,
        draft: &InputDraft,
        key: Option<&IdempotencyKey>,
    ) -> Result<(), AppError> {
        let Subject::Person(me) = ctx.subject()? else {
            return Err(AppError::NotFound);
        };
        let mut w = self
            .write(ctx, Action::GiveDecisionInput, DataKind::Inputs, case)
            .await?;
        let grant = w.grant.clone();
        self.open_for_input(w.conn(), &grant, decision).await?;
        // Sharing is a youth's choice; a parent's input is never shown to the other parent.
        let shared = draft.shared && is_youth(grant.actor());
        let at = store::now_text();
        let new = store::inputs::NewInput {
            decision_id: decision.as_str(),
            person_id: me,
            stance: draft.stance.map(Stance::key),
            body: &draft.body,
            shared,
            at: &at,
        };
        let Some(key) = key else {
            store::inputs::save_draft(w.conn(), &new).await?;
            return w.commit(None).await;
        };
        let hash = content_hash(decision, draft, shared);
        match store::inputs::send(w.conn(), &new, key.as_str(), &hash).await? {
            InputSent::New => {
                w.commit(Change::Input {
                    case_id: case.to_string(),
                    decision_id: decision.to_string(),
                    person_id: me.clone(),
                })
                .await
            }
            InputSent::Again => w.nothing_changed().await,
            InputSent::KeyReused => {
                w.nothing_changed().await?;
                Err(AppError::invalid("error-message-key-reused"))
            }
        }
    }
}

#[async_trait]
impl InputService for Backend {
    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case, decision = %decision))]
    async fn for_decision(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        decision: &DecisionId,
    ) -> Result<DecisionInputs, AppError> {
        let grant = self
            .read(ctx, Action::ViewCasePicture, DataKind::Inputs, case)
            .await?;
        store::decisions::get(&self.db.pool, &grant, decision).await?;
        let actor = grant.actor();
        let can_handle = decide(actor, Action::HandleDecisionInput) == Decision::Allow;
        let me = match ctx.subject()? {
            Subject::Person(id) => id.as_str(),
            _ => "",
        };
        let mut view = DecisionInputs::default();
        for r in store::inputs::inputs(&self.db, &grant, decision.as_str()).await? {
            let own = r.person_id == me;
            match (r.status.as_str(), own) {
                ("draft", true) => {
                    view.draft = Some(InputDraft {
                        stance: store::opt_key("stance", r.stance.as_deref(), Stance::from_key)?,
                        body: r.body.clone(),
                        shared: r.shared == 1,
                    })
                }
                ("sent", true) => view.mine.push(input(&r)?),
                // A parent sees a youth's input only when the youth shared it; parents do not
                // see each other's. Professionals see every sent input.
                ("sent", false)
                    if can_handle
                        || (is_parent(actor) && r.relation == "child" && r.shared == 1) =>
                {
                    view.others.push(input(&r)?)
                }
                ("draft" | "sent", _) => {}
                (other, _) => return Err(StoreError::corrupt("input status", other).into()),
            }
        }
        Ok(view)
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case, decision = %decision))]
    async fn save_draft(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        decision: &DecisionId,
        draft: &InputDraft,
    ) -> Result<(), AppError> {
        self.save(ctx, case, decision, draft, None).await
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case, decision = %decision))]
    async fn send(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        decision: &DecisionId,
        input: &InputDraft,
        key: &IdempotencyKey,
    ) -> Result<(), AppError> {
        self.save(ctx, case, decision, input, Some(key)).await
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case, input = %input))]
    async fn handle(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        input: &InputId,
        outcome: Option<&str>,
    ) -> Result<(), AppError> {
        let Subject::Professional(me) = ctx.subject()? else {
            return Err(AppError::NotFound);
        };
        let mut w = self
            .write(ctx, Action::HandleDecisionInput, DataKind::Inputs, case)
            .await?;
        let grant = w.grant.clone();
        let at = store::now_text();
        if !store::inputs::handle(w.conn(), &grant, input.as_str(), me, outcome, &at).await? {
            return Err(AppError::NotFound);
        }
        let (decision_id, person_id) = store::inputs::input_owner(w.conn(), &grant, input.as_str())
            .await?
            .ok_or(AppError::NotFound)?;
        w.commit(Change::Input {
            case_id: case.to_string(),
            decision_id,
            person_id,
        })
        .await
    }
}
