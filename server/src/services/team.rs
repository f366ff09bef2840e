//! The professionals on the case and its vaste professional.

use async_trait::async_trait;
use tracing::instrument;

use super::validate;
use super::Backend;
use crate::access::{Action, Grant};
use crate::live::Change;
use crate::store::{self, Conn};
use app::api::context::RequestContext;
use app::api::services::TeamService;
use app::domain::ids::{AssignmentId, CaseId, ProfessionalId};
use app::domain::{DataKind, ProfessionalRole, Subject};
use app::error::{AppError, FieldErrors, Message};
use app::model::team::{
    AssignmentUpdate, NewAssignment, Organisation, TeamMember, UnseenChange, VasteChange,
    VasteSpell,
};

/// The role must be one the professional's organisation does (a raadsonderzoeker works for
/// the Raad); an unknown professional is not found.
async fn check_role(
    conn: &mut Conn,
    professional: &ProfessionalId,
    role: ProfessionalRole,
    errors: &mut FieldErrors,
) -> Result<(), AppError> {
    let kind = store::organisations::kind_of_professional(conn, professional)
        .await?
        .ok_or(AppError::NotFound)?;
    if !role.fits_organisation(kind) {
        errors.add("role", Message::new("error-role-organisation"));
    }
    Ok(())
}

async fn member(
    conn: &mut Conn,
    grant: &Grant,
    assignment: &AssignmentId,
) -> Result<TeamMember, AppError> {
    Ok(store::team::member_in(conn, grant, assignment).await?)
}

#[async_trait]
impl TeamService for Backend {
    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case))]
    async fn team(&self, ctx: &RequestContext, case: &CaseId) -> Result<Vec<TeamMember>, AppError> {
        let grant = self
            .read(ctx, Action::ViewCasePicture, DataKind::Team, case)
            .await?;
        Ok(store::team::team(&self.db, &grant, self.today()).await?)
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case))]
    async fn history(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
    ) -> Result<Vec<VasteSpell>, AppError> {
        let grant = self
            .read(ctx, Action::ViewCasePicture, DataKind::Changes, case)
            .await?;
        Ok(store::team::history(&self.db, &grant).await?)
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case))]
    async fn organisations(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
    ) -> Result<(Vec<Organisation>, Option<Organisation>), AppError> {
        let grant = self
            .read(ctx, Action::ViewCasePicture, DataKind::Help, case)
            .await?;
        let on_case = store::team::organisations_on_case(&self.db, &grant, self.today()).await?;
        let vertrouwenspersoon = store::team::vertrouwenspersoon(&self.db).await?;
        Ok((on_case, vertrouwenspersoon))
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case))]
    async fn unseen_change(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
    ) -> Result<Option<UnseenChange>, AppError> {
        let grant = self
            .read(ctx, Action::ViewCaseOverview, DataKind::Changes, case)
            .await?;
        let Some(Subject::Person(person)) = ctx.subject.as_ref() else {
            return Ok(None);
        };
        let history = store::team::history(&self.db, &grant).await?;
        let Some(current) = history.iter().find(|s| s.until.is_none()) else {
            return Ok(None);
        };
        if history.len() < 2
            || !app::domain::team::still_new(current.from, self.today())
            || store::team::change_seen(&self.db, person, &current.assignment).await?
        {
            return Ok(None);
        }
        Ok(Some(UnseenChange {
            assignment: current.assignment.clone(),
            name: current.name.clone(),
            since: current.from,
        }))
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case))]
    async fn acknowledge_change(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        change: &AssignmentId,
    ) -> Result<(), AppError> {
        let mut w = self
            .write(ctx, Action::AcknowledgeChange, DataKind::Changes, case)
            .await?;
        let Some(Subject::Person(person)) = ctx.subject.as_ref() else {
            return Err(AppError::NotFound);
        };
        let grant = w.grant.clone();
        store::team::mark_change_seen(w.conn(), &grant, person, change, &store::now_text()).await?;
        w.commit(Change::case(case, DataKind::Changes)).await
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case, role = new.role.key()))]
    async fn assign(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        new: &NewAssignment,
    ) -> Result<TeamMember, AppError> {
        let mut w = self
            .write(ctx, Action::EditTeam, DataKind::Team, case)
            .await?;
        let grant = w.grant.clone();
        let mut errors = FieldErrors::new();
        check_role(w.conn(), &new.professional, new.role, &mut errors).await?;
        errors.finish()?;
        if !store::team::assignments_of(w.conn(), &grant, &new.professional)
            .await?
            .is_empty()
        {
            return Err(AppError::conflict("error-conflict-assigned"));
        }
        let id = AssignmentId::random();
        store::team::insert_assignment(
            w.conn(),
            &grant,
            &store::team::AssignmentRow {
                id: &id,
                professional: &new.professional,
                role: new.role,
                vaste: false,
                from: new.from,
                until: None,
                reason: None,
                handover: None,
            },
        )
        .await?;
        let added = member(w.conn(), &grant, &id).await?;
        w.commit(Change::case(case, DataKind::Team)).await?;
        Ok(added)
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case, assignment = %assignment))]
    async fn update_assignment(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        assignment: &AssignmentId,
        update: &AssignmentUpdate,
    ) -> Result<TeamMember, AppError> {
        let mut w = self
            .write(ctx, Action::EditTeam, DataKind::Team, case)
            .await?;
        let grant = w.grant.clone();
        let current = member(w.conn(), &grant, assignment).await?;
        let mut errors = FieldErrors::new();
        check_role(w.conn(), &current.professional, update.role, &mut errors).await?;
        if current.is_vaste && !update.role.can_be_vaste_professional() {
            errors.add("role", Message::new("error-role-not-vaste"));
        }
        errors.finish()?;
        store::team::update_assignment(w.conn(), &grant, assignment, update.role, update.version)
            .await?;
        let changed = member(w.conn(), &grant, assignment).await?;
        w.commit(Change::case(case, DataKind::Team)).await?;
        Ok(changed)
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case, assignment = %assignment))]
    async fn end_assignment(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        assignment: &AssignmentId,
        on: time::Date,
    ) -> Result<(), AppError> {
        let mut w = self
            .write(ctx, Action::EditTeam, DataKind::Team, case)
            .await?;
        let grant = w.grant.clone();
        if member(w.conn(), &grant, assignment).await?.is_vaste {
            return Err(AppError::invalid("error-end-vaste"));
        }
        store::team::end_assignment(w.conn(), &grant, assignment, false, on).await?;
        w.commit(Change::case(case, DataKind::Team)).await
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case, reason = change.reason.key()))]
    async fn change_vaste(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        change: &VasteChange,
    ) -> Result<TeamMember, AppError> {
        let mut w = self
            .write(ctx, Action::EditTeam, DataKind::Team, case)
            .await?;
        let grant = w.grant.clone();
        let mut errors = FieldErrors::new();
        let handover = errors.check("handover", validate::text(&change.handover));
        check_role(w.conn(), &change.professional, change.role, &mut errors).await?;
        if !change.role.can_be_vaste_professional() {
            errors.add("role", Message::new("error-role-not-vaste"));
        }
        errors.finish()?;
        let current = store::team::assignments_of(w.conn(), &grant, &change.professional).await?;
        if current.iter().any(|(_, vaste)| *vaste) {
            return Err(AppError::invalid("error-vaste-same"));
        }
        // The new vaste professional's other part in the case ends where the new one starts.
        for (id, _) in &current {
            store::team::end_assignment(w.conn(), &grant, id, false, change.on).await?;
        }
        if let Some(previous) = store::team::current_vaste(w.conn(), &grant).await? {
            store::team::end_assignment(w.conn(), &grant, &previous, true, change.on).await?;
        }
        let id = AssignmentId::random();
        store::team::insert_assignment(
            w.conn(),
            &grant,
            &store::team::AssignmentRow {
                id: &id,
                professional: &change.professional,
                role: change.role,
                vaste: true,
                from: change.on,
                until: None,
                reason: Some(change.reason),
                handover: handover.as_deref(),
            },
        )
        .await?;
        let vaste = member(w.conn(), &grant, &id).await?;
        w.commit(Change::case(case, DataKind::Team)).await?;
        Ok(vaste)
    }
}
