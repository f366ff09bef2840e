//! The phase and the family's timeline.

use async_trait::async_trait;
use tracing::instrument;

use super::Backend;
use crate::access::Action;
use crate::live::Change;
use crate::store;
use app::api::context::RequestContext;
use app::api::services::TimelineService;
use app::domain::ids::{CaseId, StepId};
use app::domain::journey::{StepKind, StepState};
use app::domain::DataKind;
use app::error::{AppError, Message};
use app::model::case::Case;
use app::model::timeline::{NewStep, PhaseChange, Step, StepUpdate};
use app::model::Version;

#[async_trait]
impl TimelineService for Backend {
    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case))]
    async fn steps(&self, ctx: &RequestContext, case: &CaseId) -> Result<Vec<Step>, AppError> {
        let grant = self
            .read(ctx, Action::ViewCasePicture, DataKind::Timeline, case)
            .await?;
        Ok(store::timeline::steps(&self.db, &grant).await?)
    }

    /// The phase changes and the timeline follows: the current step is done, and the new
    /// phase's step becomes current — the expected one if the timeline foresaw it.
    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case, phase = change.phase.key()))]
    async fn change_phase(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        change: &PhaseChange,
    ) -> Result<Case, AppError> {
        let mut w = self
            .write(ctx, Action::EditTimeline, DataKind::Timeline, case)
            .await?;
        let grant = w.grant.clone();
        let current = store::cases::case_in(w.conn(), case).await?;
        if current.phase == change.phase {
            return Err(AppError::fields(vec![app::error::FieldError {
                field: "phase".into(),
                message: Message::new("error-phase-same"),
            }]));
        }
        if change.on > w.today {
            return Err(AppError::fields(vec![app::error::FieldError {
                field: "on".into(),
                message: Message::new("error-date-future"),
            }]));
        }
        store::cases::set_phase(w.conn(), &grant, change.phase, change.on, change.version).await?;
        store::timeline::finish_current(w.conn(), &grant).await?;
        if let Some(kind) = StepKind::for_phase(change.phase) {
            match store::timeline::expected_of_kind(w.conn(), &grant, kind).await? {
                Some(step) => {
                    store::timeline::make_current(
                        w.conn(),
                        &grant,
                        &step,
                        change.on,
                        change.organisation.as_ref(),
                    )
                    .await?
                }
                None => {
                    store::timeline::insert(
                        w.conn(),
                        &grant,
                        &store::timeline::NewStepRow {
                            id: &StepId::random(),
                            kind,
                            state: StepState::Current,
                            on: Some(change.on),
                            organisation: change.organisation.as_ref(),
                        },
                    )
                    .await?
                }
            }
        }
        let case_now = store::cases::case_in(w.conn(), case).await?;
        w.commit(Change::case(case, DataKind::Timeline)).await?;
        Ok(case_now)
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case, kind = new.kind.key()))]
    async fn add_step(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        new: &NewStep,
    ) -> Result<Step, AppError> {
        let mut w = self
            .write(ctx, Action::EditTimeline, DataKind::Timeline, case)
            .await?;
        let grant = w.grant.clone();
        if let Some(org) = &new.organisation {
            if !store::organisations::organisation_exists(w.conn(), org).await? {
                return Err(AppError::NotFound);
            }
        }
        let id = StepId::random();
        store::timeline::insert(
            w.conn(),
            &grant,
            &store::timeline::NewStepRow {
                id: &id,
                kind: new.kind,
                state: new.state,
                on: new.on,
                organisation: new.organisation.as_ref(),
            },
        )
        .await?;
        let step = store::timeline::step_in(w.conn(), &grant, &id).await?;
        w.commit(Change::case(case, DataKind::Timeline)).await?;
        Ok(step)
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case, step = %step))]
    async fn update_step(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        step: &StepId,
        update: &StepUpdate,
    ) -> Result<Step, AppError> {
        let mut w = self
            .write(ctx, Action::EditTimeline, DataKind::Timeline, case)
            .await?;
        let grant = w.grant.clone();
        store::timeline::update(w.conn(), &grant, step, update).await?;
        let changed = store::timeline::step_in(w.conn(), &grant, step).await?;
        w.commit(Change::case(case, DataKind::Timeline)).await?;
        Ok(changed)
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case, step = %step))]
    async fn remove_step(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        step: &StepId,
        version: Version,
    ) -> Result<(), AppError> {
        let mut w = self
            .write(ctx, Action::EditTimeline, DataKind::Timeline, case)
            .await?;
        let grant = w.grant.clone();
        store::timeline::remove(w.conn(), &grant, step, version).await?;
        w.commit(Change::case(case, DataKind::Timeline)).await
    }
}
