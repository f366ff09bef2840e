//! A professional's own absences. Only the professional themselves reports or withdraws one;
//! the substitute must be a colleague at work in the same organisation, so a family is never
//! sent to someone outside it. Every case they are on hears of it, so open cards update.

use async_trait::async_trait;
use tracing::instrument;

use super::Backend;
use crate::live::Change;
use crate::store::{self, StoreError};
use app::api::context::RequestContext;
use app::api::services::AbsenceService;
use app::domain::absence;
use app::domain::ids::{AbsenceId, ProfessionalId};
use app::domain::{DataKind, Subject};
use app::error::{AppError, FieldErrors, Message};
use app::model::team::{Absence, NewAbsence};
use app::model::work::Colleague;

impl Backend {
    fn professional(ctx: &RequestContext) -> Result<ProfessionalId, AppError> {
        match ctx.subject()? {
            Subject::Professional(id) if ctx.preview.is_none() => {
                Ok(store::id("professional id", id)?)
            }
            _ => Err(AppError::NotFound),
        }
    }

    /// Tell every family the professional is on that their card changed.
    async fn announce_team_change(&self, professional: &ProfessionalId) -> Result<(), AppError> {
        for case in
            store::cases::cases_of_professional(&self.db, professional.as_str(), self.today())
                .await?
        {
            self.announce(Change::case(&case.id, DataKind::Team)).await;
        }
        Ok(())
    }
}

#[async_trait]
impl AbsenceService for Backend {
    #[instrument(skip_all, fields(request = %ctx.request_id.0))]
    async fn own(&self, ctx: &RequestContext) -> Result<Vec<Absence>, AppError> {
        let me = Self::professional(ctx)?;
        let mut conn = store::connection(&self.db).await?;
        Ok(store::absences::own(&mut conn, &me, self.today()).await?)
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0))]
    async fn substitutes(&self, ctx: &RequestContext) -> Result<Vec<Colleague>, AppError> {
        let me = Self::professional(ctx)?;
        let mut conn = store::connection(&self.db).await?;
        store::organisations::working_colleagues_of(&mut conn, &me)
            .await?
            .into_iter()
            .map(super::work::colleague)
            .collect::<Result<_, StoreError>>()
            .map_err(AppError::from)
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, reason = new.reason.key()))]
    async fn report(&self, ctx: &RequestContext, new: &NewAbsence) -> Result<Absence, AppError> {
        let me = Self::professional(ctx)?;
        let mut errors = FieldErrors::new();
        for (field, message) in absence::check(new.period, self.today()) {
            errors.add(field, Message::new(message));
        }
        let mut tx = self
            .db
            .begin_write()
            .await
            .map_err(StoreError::from_sqlx("begin"))?;
        if let Some(substitute) = &new.substitute {
            if *substitute == me
                || !store::absences::same_organisation(&mut tx, &me, substitute).await?
            {
                errors.add("substitute", Message::new("error-absence-substitute"));
            }
        }
        errors.finish()?;
        let id = AbsenceId::random();
        store::absences::insert(&mut tx, &id, &me, new, &store::now_text()).await?;
        let saved = store::absences::own(&mut tx, &me, self.today())
            .await?
            .into_iter()
            .find(|a| a.id == id)
            .ok_or(AppError::Internal)?;
        tx.commit().await.map_err(StoreError::from_sqlx("commit"))?;
        self.announce_team_change(&me).await?;
        Ok(saved)
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, absence = %absence))]
    async fn cancel(&self, ctx: &RequestContext, absence: &AbsenceId) -> Result<(), AppError> {
        let me = Self::professional(ctx)?;
        let mut tx = self
            .db
            .begin_write()
            .await
            .map_err(StoreError::from_sqlx("begin"))?;
        store::absences::delete_own(&mut tx, &me, absence).await?;
        tx.commit().await.map_err(StoreError::from_sqlx("commit"))?;
        self.announce_team_change(&me).await
    }
}
