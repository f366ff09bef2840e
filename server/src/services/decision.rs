//! Decisions: what is coming, who decides, and the outcome that starts the family's deadlines.

use async_trait::async_trait;
use tracing::instrument;

use super::validate;
use super::Backend;
use crate::access::Action;
use crate::live::Change;
use crate::store;
use crate::store::references::RefKind;
use app::api::context::RequestContext;
use app::api::services::DecisionService;
use app::domain::ids::{CaseId, DecisionId};
use app::domain::DataKind;
use app::error::{AppError, FieldErrors};
use app::model::decision::{Decision, DecisionOutcome, DecisionUpdate, NewDecision};
use app::model::Version;

#[async_trait]
impl DecisionService for Backend {
    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case))]
    async fn list(&self, ctx: &RequestContext, case: &CaseId) -> Result<Vec<Decision>, AppError> {
        let grant = self
            .read(ctx, Action::ViewCasePicture, DataKind::Decisions, case)
            .await?;
        Ok(store::decisions::list(&self.db, &grant).await?)
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case, decision = %decision))]
    async fn get(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        decision: &DecisionId,
    ) -> Result<Decision, AppError> {
        let grant = self
            .read(ctx, Action::ViewCasePicture, DataKind::Decisions, case)
            .await?;
        Ok(store::decisions::get(&self.db.pool, &grant, decision).await?)
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case, kind = new.kind.key()))]
    async fn create(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        new: &NewDecision,
    ) -> Result<Decision, AppError> {
        let mut w = self
            .write(ctx, Action::EditDecisions, DataKind::Decisions, case)
            .await?;
        let grant = w.grant.clone();
        let mut errors = FieldErrors::new();
        if let Some(started) = new.started_on {
            errors.check("started_on", validate::not_after(started, w.today));
        }
        errors.finish()?;
        if let Some(person) = &new.concerns {
            store::people::member_in(w.conn(), &grant, person).await?;
        }
        let id = DecisionId::random();
        store::decisions::insert(w.conn(), &grant, &id, new).await?;
        w.remember(RefKind::Decision, id.as_str()).await?;
        let decision = store::decisions::get(&mut *w.conn(), &grant, &id).await?;
        w.commit(Change::case(case, DataKind::Decisions)).await?;
        Ok(decision)
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case, decision = %decision))]
    async fn update(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        decision: &DecisionId,
        update: &DecisionUpdate,
    ) -> Result<Decision, AppError> {
        let mut w = self
            .write(ctx, Action::EditDecisions, DataKind::Decisions, case)
            .await?;
        let grant = w.grant.clone();
        let current = store::decisions::get(&mut *w.conn(), &grant, decision).await?;
        if current.decided_on.is_some() {
            return Err(AppError::conflict("error-decision-decided"));
        }
        let mut errors = FieldErrors::new();
        if let Some(started) = update.started_on {
            errors.check("started_on", validate::not_after(started, w.today));
        }
        errors.finish()?;
        store::decisions::update(w.conn(), &grant, decision, update).await?;
        let changed = store::decisions::get(&mut *w.conn(), &grant, decision).await?;
        w.commit(Change::case(case, DataKind::Decisions)).await?;
        Ok(changed)
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case, decision = %decision))]
    async fn record_outcome(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        decision: &DecisionId,
        outcome: &DecisionOutcome,
    ) -> Result<Decision, AppError> {
        let mut w = self
            .write(ctx, Action::EditDecisions, DataKind::Decisions, case)
            .await?;
        let grant = w.grant.clone();
        let mut errors = FieldErrors::new();
        errors.check(
            "decided_on",
            validate::not_after(outcome.decided_on, w.today),
        );
        let reasons = errors.check(
            "reasons",
            validate::optional_text(outcome.reasons.as_deref()),
        );
        errors.finish()?;
        store::decisions::record_outcome(
            w.conn(),
            &grant,
            decision,
            &DecisionOutcome {
                decided_on: outcome.decided_on,
                reasons: reasons.flatten(),
                version: outcome.version,
            },
        )
        .await?;
        let decided = store::decisions::get(&mut *w.conn(), &grant, decision).await?;
        w.commit(Change::case(case, DataKind::Decisions)).await?;
        Ok(decided)
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case, decision = %decision))]
    async fn withdraw(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        decision: &DecisionId,
        version: Version,
    ) -> Result<(), AppError> {
        let mut w = self
            .write(ctx, Action::EditDecisions, DataKind::Decisions, case)
            .await?;
        let grant = w.grant.clone();
        if store::decisions::get(&mut *w.conn(), &grant, decision)
            .await?
            .decided_on
            .is_some()
        {
            return Err(AppError::conflict("error-decision-decided"));
        }
        let today = w.today;
        store::decisions::withdraw(w.conn(), &grant, decision, today, version).await?;
        w.commit(Change::case(case, DataKind::Decisions)).await
    }
}
