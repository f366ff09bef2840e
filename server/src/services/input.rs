//! "Mijn inbreng" (F7): a parent's or youth's view on an upcoming decision, or their reaction
//! on a plan or report. A youth's input stays between the youth and the professionals unless
//! the youth shares it; parents never see each other's.

use async_trait::async_trait;
use sha2::{Digest, Sha256};
use tracing::instrument;

use super::Backend;
use crate::access::{decide, Action, ActorKind, Decision, Grant};
use crate::live::Change;
use crate::store::{self, inputs::InputRow, inputs::InputSent, StoreError};
use app::api::context::RequestContext;
use app::api::services::InputService;
use app::domain::ids::{CaseId, IdempotencyKey, InputId};
use app::domain::{DataKind, Subject};
use app::error::AppError;
use app::model::input::{DecisionInputs, Input, InputDraft, InputOn, Stance};

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
fn content_hash(on: &InputOn, input: &InputDraft, shared: bool) -> String {
    let mut h = Sha256::new();
    h.update(on.item_id().as_bytes());
    h.update([0]);
    h.update(input.stance.map_or("", Stance::key).as_bytes());
    h.update([0, u8::from(shared)]);
    h.update(input.body.as_bytes());
    hex::encode(h.finalize())
}

impl Backend {
    /// Only an upcoming decision of the case takes input, and only a plan or report that asks
    /// the family's reaction, until its last day.
    async fn open_for_input(
        &self,
        conn: &mut store::Conn,
        grant: &Grant,
        on: &InputOn,
    ) -> Result<(), AppError> {
        match on {
            InputOn::Decision(decision) => {
                if store::decisions::get(&mut *conn, grant, decision)
                    .await?
                    .decided_on
                    .is_some()
                {
                    return Err(AppError::invalid("error-input-decided"));
                }
            }
            InputOn::Document(document) => {
                let document = store::documents::get_in(&mut *conn, grant, document).await?;
                if !document.kind.family_may_react() {
                    return Err(AppError::NotFound);
                }
                if document
                    .react_until
                    .is_some_and(|until| until < self.today())
                {
                    return Err(AppError::invalid("error-reaction-closed"));
                }
            }
        }
        Ok(())
    }

    /// The item exists on the granted case (a decision or document that was not withdrawn).
    async fn item_exists(&self, grant: &Grant, on: &InputOn) -> Result<(), AppError> {
        match on {
            InputOn::Decision(d) => store::decisions::get(&self.db.pool, grant, d)
                .await
                .map(drop),
            InputOn::Document(d) => store::documents::get_in(&self.db.pool, grant, d)
                .await
                .map(drop),
        }
        .map_err(AppError::from)
    }

    async fn save(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        on: &InputOn,
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
        self.open_for_input(w.conn(), &grant, on).await?;
        // Sharing is a youth's choice; a parent's input is never shown to the other parent.
        let shared = draft.shared && is_youth(grant.actor());
        let at = store::now_text();
        let new = store::inputs::NewInput {
            on,
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
        let hash = content_hash(on, draft, shared);
        match store::inputs::send(w.conn(), &new, key.as_str(), &hash).await? {
            InputSent::New => {
                w.commit(Change::Input {
                    case_id: case.to_string(),
                    item_id: on.item_id().to_string(),
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
    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case, on = %on))]
    async fn for_item(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        on: &InputOn,
    ) -> Result<DecisionInputs, AppError> {
        // The reactions on a document are for those who may see the document.
        let action = match on {
            InputOn::Decision(_) => Action::ViewCasePicture,
            InputOn::Document(_) => Action::ViewDocuments,
        };
        let grant = self.read(ctx, action, DataKind::Inputs, case).await?;
        self.item_exists(&grant, on).await?;
        let actor = grant.actor();
        let can_handle = decide(actor, Action::HandleDecisionInput) == Decision::Allow;
        let me = match ctx.subject()? {
            Subject::Person(id) => id.as_str(),
            _ => "",
        };
        let mut view = DecisionInputs::default();
        for r in store::inputs::inputs(&self.db, &grant, on).await? {
            let own = r.person_id == me;
            match (r.status.as_str(), own) {
                // A draft is its writer's alone, also in a preview of their pages.
                ("draft", true) if ctx.preview.is_some() => {}
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

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case, on = %on))]
    async fn save_draft(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        on: &InputOn,
        draft: &InputDraft,
    ) -> Result<(), AppError> {
        self.save(ctx, case, on, draft, None).await
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case, on = %on))]
    async fn send(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        on: &InputOn,
        input: &InputDraft,
        key: &IdempotencyKey,
    ) -> Result<(), AppError> {
        self.save(ctx, case, on, input, Some(key)).await
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
        let (item_id, person_id) = store::inputs::input_owner(w.conn(), &grant, input.as_str())
            .await?
            .ok_or(AppError::NotFound)?;
        w.commit(Change::Input {
            case_id: case.to_string(),
            item_id,
            person_id,
        })
        .await
    }
}
