//! The case itself: open it (and learn what the reader is to it), list one's own, create,
//! update and close it, and the family's view of the access log.

use async_trait::async_trait;
use tracing::instrument;

use super::validate;
use super::Backend;
use crate::access::{log, policy, Action, ActorKind, Grant};
use crate::live::Change;
use crate::store::references::RefKind;
use crate::store::{self, StoreError};
use app::api::context::RequestContext;
use app::api::services::CaseService;
use app::domain::ids::{AssignmentId, CaseId, ProfessionalId, StepId};
use app::domain::journey::{StepKind, StepState};
use app::domain::{AgeTier, DataKind, FamilyRelation, Phase, ProfessionalRole, Subject};
use app::error::{AppError, FieldErrors};
use app::model::access::Access;
use app::model::case::{Case, CaseClosing, CaseUpdate, NewCase, OpenedCase, Standing, Viewer};

impl Backend {
    /// Who the reader is, for the page's greeting.
    async fn viewer(&self, ctx: &RequestContext, grant: &Grant) -> Result<Viewer, AppError> {
        use ActorKind as A;
        let who = ctx.subject()?;
        let name = store::people::name_of(&self.db, who)
            .await?
            .ok_or(AppError::NotFound)?;
        match who {
            Subject::Person(_) => {
                let (relation, tier) = match grant.actor() {
                    A::ParentWithGezag | A::ParentWithoutGezag => {
                        (FamilyRelation::Parent, AgeTier::Adult)
                    }
                    A::ChildUnder12 => (FamilyRelation::Child, AgeTier::Under12),
                    A::Youth12To15 => (FamilyRelation::Child, AgeTier::From12To15),
                    A::Youth16To17 => (FamilyRelation::Child, AgeTier::From16To17),
                    _ => (FamilyRelation::Child, AgeTier::Adult),
                };
                Ok(Viewer::Family {
                    given_name: name.given_name,
                    relation,
                    tier,
                })
            }
            Subject::Professional(id) => {
                let assignments =
                    store::relations::assignments(&self.db.pool, id, grant.case_id(), self.today())
                        .await?;
                let role = assignments
                    .first()
                    .map(|a| store::key("role", &a.role, ProfessionalRole::from_key))
                    .transpose()?
                    .ok_or(AppError::NotFound)?;
                Ok(Viewer::Professional {
                    name: name.full(),
                    role,
                })
            }
            // The policy never grants them a case page; reaching here would be a policy bug.
            Subject::Reviewer(_) | Subject::Administrator(_) | Subject::System(_) => {
                Err(AppError::NotFound)
            }
        }
    }
}

/// The checked fields of a new or changed case; refusals go into `errors`.
fn case_fields(
    family_name: &str,
    municipality: &str,
    errors: &mut FieldErrors,
) -> (String, String) {
    let family_name = errors.check("family_name", validate::line(family_name));
    let municipality = errors.check("municipality", validate::line(municipality));
    (
        family_name.unwrap_or_default(),
        municipality.unwrap_or_default(),
    )
}

#[async_trait]
impl CaseService for Backend {
    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case, ?action))]
    async fn open(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        action: Action,
    ) -> Result<OpenedCase, AppError> {
        let grant = self.read(ctx, action, DataKind::Overview, case).await?;
        let record = store::cases::case(&self.db, &grant).await?;
        let viewer = self.viewer(ctx, &grant).await?;
        Ok(OpenedCase {
            case: record,
            standing: Standing {
                actor: grant.actor(),
                viewer,
                preview: ctx.preview.is_some(),
            },
            today: self.today(),
        })
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case))]
    async fn get(&self, ctx: &RequestContext, case: &CaseId) -> Result<Case, AppError> {
        let grant = self
            .read(ctx, Action::ViewCaseOverview, DataKind::Overview, case)
            .await?;
        Ok(store::cases::case(&self.db, &grant).await?)
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0))]
    async fn mine(&self, ctx: &RequestContext) -> Result<Vec<Case>, AppError> {
        let today = self.today();
        Ok(match ctx.subject()? {
            // A preview is of one case: the member's other cases stay out of it.
            Subject::Person(id) if ctx.preview.is_some() => {
                store::cases::cases_of_person(&self.db, id, today)
                    .await?
                    .into_iter()
                    .filter(|c| ctx.preview.as_ref().is_some_and(|p| p.case == c.id))
                    .collect()
            }
            Subject::Person(id) => store::cases::cases_of_person(&self.db, id, today).await?,
            Subject::Professional(id) => {
                store::cases::cases_of_professional(&self.db, id, today).await?
            }
            // A case system finds its cases by its own references (the integration API).
            Subject::Reviewer(_) | Subject::Administrator(_) | Subject::System(_) => vec![],
        })
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, phase = new.phase.key()))]
    async fn create(&self, ctx: &RequestContext, new: &NewCase) -> Result<Case, AppError> {
        let who = ctx.subject()?;
        if !policy::may_open_case(who) {
            return Err(AppError::NotFound);
        }
        let today = self.today();
        let mut errors = FieldErrors::new();
        let professional: ProfessionalId = match (who, &new.professional) {
            (Subject::Professional(me), None) => store::id("professional id", me)?,
            (Subject::System(key), Some(professional)) => {
                // Only a professional of the system's own organisation, still at work.
                let organisation = store::relations::system_organisation(&self.db.pool, key)
                    .await?
                    .map(|(id, _)| id);
                let theirs = store::organisations::organisation_of(&self.db, professional).await?;
                if organisation.is_none() || theirs.map(String::from) != organisation {
                    errors.add(
                        "professional",
                        app::error::Message::new("error-professional-not-ours"),
                    );
                }
                professional.clone()
            }
            (Subject::System(_), None) => {
                errors.add(
                    "professional",
                    app::error::Message::new("error-field-required"),
                );
                ProfessionalId::random()
            }
            _ => return Err(AppError::NotFound),
        };
        let (family_name, municipality) =
            case_fields(&new.family_name, &new.municipality, &mut errors);
        errors.check("reported_on", validate::not_after(new.reported_on, today));
        let reported_by = errors
            .check(
                "reported_by",
                validate::optional_line(new.reported_by.as_deref()),
            )
            .flatten();
        if new.phase == Phase::Afgesloten {
            errors.add("phase", app::error::Message::new("error-case-phase-closed"));
        }
        let id = CaseId::random();
        let vaste = new.role.can_be_vaste_professional();
        let actor = if matches!(who, Subject::System(_)) {
            ActorKind::CaseSystem
        } else if vaste {
            ActorKind::VasteProfessional
        } else if new.role == ProfessionalRole::Veiligheidsteamlid {
            ActorKind::SafetyTeam
        } else {
            ActorKind::ProfessionalOnCase
        };
        let mut w = self
            .write_granted(ctx, Grant::for_new_case(&id, actor), DataKind::Overview)
            .await?;
        match store::organisations::kind_of_professional(w.conn(), &professional).await? {
            Some(kind) if !new.role.fits_organisation(kind) => {
                errors.add("role", app::error::Message::new("error-role-organisation"));
            }
            Some(_) => {}
            // A case system named nobody of its own (said above, per field).
            None if matches!(who, Subject::System(_)) => {}
            None => return Err(AppError::NotFound),
        }
        errors.finish()?;
        let created_at = store::now_text();
        store::cases::insert(
            w.conn(),
            &store::cases::NewCaseRow {
                id: &id,
                family_name: &family_name,
                municipality: &municipality,
                phase: new.phase,
                phase_since: new.reported_on,
                reported_on: Some(new.reported_on),
                reported_by: reported_by.as_deref(),
                created_at: &created_at,
            },
        )
        .await?;
        let grant = w.grant.clone();
        store::team::insert_assignment(
            w.conn(),
            &grant,
            &store::team::AssignmentRow {
                id: &AssignmentId::random(),
                professional: &professional,
                role: new.role,
                vaste,
                from: new.reported_on,
                until: None,
                reason: None,
                handover: None,
            },
        )
        .await?;
        if let Some(kind) = StepKind::for_phase(new.phase) {
            store::timeline::insert(
                w.conn(),
                &grant,
                &store::timeline::NewStepRow {
                    id: &StepId::random(),
                    kind,
                    state: StepState::Current,
                    on: Some(new.reported_on),
                    organisation: None,
                },
            )
            .await?;
        }
        w.remember(RefKind::Case, id.as_str()).await?;
        let case = store::cases::case_in(w.conn(), &id).await?;
        w.commit(Change::case(&id, DataKind::Overview)).await?;
        Ok(case)
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case))]
    async fn update(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        update: &CaseUpdate,
    ) -> Result<Case, AppError> {
        let mut w = self
            .write(ctx, Action::EditCase, DataKind::Overview, case)
            .await?;
        let mut errors = FieldErrors::new();
        let (family_name, municipality) =
            case_fields(&update.family_name, &update.municipality, &mut errors);
        errors.finish()?;
        let grant = w.grant.clone();
        store::cases::update(
            w.conn(),
            &grant,
            &CaseUpdate {
                family_name,
                municipality,
                version: update.version,
            },
        )
        .await?;
        let record = store::cases::case_in(w.conn(), case).await?;
        w.commit(Change::case(case, DataKind::Overview)).await?;
        Ok(record)
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case))]
    async fn close(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        closing: &CaseClosing,
    ) -> Result<Case, AppError> {
        let mut w = self
            .write(ctx, Action::EditCase, DataKind::Overview, case)
            .await?;
        let mut errors = FieldErrors::new();
        errors.check("on", validate::not_after(closing.on, w.today));
        errors.finish()?;
        let grant = w.grant.clone();
        let current = store::cases::case_in(w.conn(), case).await?;
        if current.phase == Phase::Afgesloten {
            return Err(AppError::conflict("error-case-closed"));
        }
        store::cases::set_phase(
            w.conn(),
            &grant,
            Phase::Afgesloten,
            closing.on,
            closing.version,
        )
        .await?;
        store::timeline::finish_current(w.conn(), &grant).await?;
        let record = store::cases::case_in(w.conn(), case).await?;
        w.commit(Change::case(case, DataKind::Overview)).await?;
        Ok(record)
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case))]
    async fn access_log(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
    ) -> Result<Vec<Access>, AppError> {
        // Reading one's own access log is not itself a professional access: nothing logged.
        let grant = self
            .read(ctx, Action::ViewAccessLog, DataKind::Overview, case)
            .await?;
        let rows = log::for_case(&self.db, grant.case_id(), 200).await?;
        rows.into_iter()
            .map(|row| {
                Ok(Access {
                    at: store::instant("access log at", &row.event.at)?,
                    role: match row.event.actor_role.as_str() {
                        crate::access::CASE_SYSTEM_ROLE => None,
                        role => Some(store::key(
                            "access log role",
                            role,
                            ProfessionalRole::from_key,
                        )?),
                    },
                    organisation: row.event.organisation,
                    data: store::key(
                        "access log data kind",
                        &row.event.data_kind,
                        DataKind::from_key,
                    )?,
                    changed: row.event.action == "change",
                    preview: row.event.action == "preview",
                })
            })
            .collect::<Result<_, StoreError>>()
            .map_err(AppError::from)
    }
}

#[cfg(test)]
mod tests {
    use super::case_fields;
    use app::error::FieldErrors;

    #[test]
    fn a_case_needs_a_family_name_and_a_municipality_and_says_which_is_missing() {
        let mut errors = FieldErrors::new();
        case_fields(" ", "", &mut errors);
        let err = errors.finish().expect_err("both empty");
        assert!(err.field("family_name").is_some() && err.field("municipality").is_some());
        let mut errors = FieldErrors::new();
        assert_eq!(
            case_fields("Bakker", "Lelystad", &mut errors),
            ("Bakker".into(), "Lelystad".into())
        );
        assert!(errors.is_empty());
    }
}
