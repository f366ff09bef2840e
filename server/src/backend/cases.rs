use async_trait::async_trait;

use super::AppBackend;
use crate::access::{self, Action};
use crate::store::{self, cases::CaseProfessionalRow};
use app::api::backend::{AccountBackend, CaseBackend};
use app::api::message_types::TeamAlert;
use app::api::types::{
    AccessLogView, CaseLink, ChangesView, DecisionsView, DocumentsView, FamilyView, HelpView, Me,
    MeetingsView, Overview, PowersView, ProfessionalCard, Reachability, RightsView, TimelineView,
    Viewer,
};
use app::api::AppError;
use app::domain::{AgeTier, FamilyRelation, OrganisationKind, Phase, ProfessionalRole, Subject};

#[async_trait]
impl CaseBackend for AppBackend {
    async fn overview(&self, who: &Subject, case_id: &str) -> Result<Overview, AppError> {
        let today = self.today();
        let grant = access::authorize(
            &self.db,
            Some(who),
            Action::ViewCaseOverview,
            access::DataKind::Overview,
            case_id,
            today,
        )
        .await?;
        let case = store::cases::case(&self.db, &grant).await?;
        let phase = Phase::from_key(&case.phase).ok_or_else(|| corrupt("phase", &case.phase))?;
        let phase_since = store::parse_date(&case.phase_since)
            .ok_or_else(|| corrupt("phase_since", &case.phase_since))?;

        let mut vaste = None;
        let mut others = vec![];
        for row in store::cases::professionals(&self.db, &grant, today).await? {
            let is_vaste = row.is_vaste == 1;
            let Some(card) = card(row) else { continue };
            if is_vaste && vaste.is_none() {
                vaste = Some(card);
            } else {
                others.push(card);
            }
        }

        Ok(Overview {
            case_id: case.id,
            family_name: case.family_name,
            municipality: case.municipality,
            phase,
            phase_since,
            viewer: self.viewer(who, &grant, today).await?,
            vaste,
            others,
            new_vaste: self.new_vaste_notice(who, &grant).await?,
            manages_access: access::decide(grant.actor(), access::Action::ViewFamilyAccess)
                == access::Decision::Allow,
            can_message: super::can_message(grant.actor()),
            can_raise_unsafe: access::decide(grant.actor(), access::Action::RaiseUnsafeAlert)
                == access::Decision::Allow,
            alerts: self.alerts(&grant).await?,
        })
    }

    async fn my_cases(&self, who: &Subject) -> Result<Vec<CaseLink>, AppError> {
        let today = self.today();
        let rows = match who {
            Subject::Person(id) => store::cases::cases_of_person(&self.db, id, today).await?,
            Subject::Professional(id) => {
                store::cases::cases_of_professional(&self.db, id, today).await?
            }
            Subject::Reviewer(_) | Subject::Administrator(_) => vec![],
        };
        Ok(rows
            .into_iter()
            .filter_map(|c| {
                Some(CaseLink {
                    phase: Phase::from_key(&c.phase)?,
                    case_id: c.id,
                    family_name: c.family_name,
                    municipality: c.municipality,
                })
            })
            .collect())
    }

    async fn powers(&self, who: &Subject, case_id: &str) -> Result<PowersView, AppError> {
        self.powers_view(who, case_id).await
    }

    async fn timeline(&self, who: &Subject, case_id: &str) -> Result<TimelineView, AppError> {
        self.timeline_view(who, case_id).await
    }

    async fn rights(&self, who: &Subject, case_id: &str) -> Result<RightsView, AppError> {
        self.rights_view(who, case_id).await
    }

    async fn decisions(&self, who: &Subject, case_id: &str) -> Result<DecisionsView, AppError> {
        self.decisions_view(who, case_id).await
    }

    async fn meetings(&self, who: &Subject, case_id: &str) -> Result<MeetingsView, AppError> {
        self.meetings_view(who, case_id).await
    }

    async fn documents(&self, who: &Subject, case_id: &str) -> Result<DocumentsView, AppError> {
        self.documents_view(who, case_id).await
    }

    async fn help(&self, who: &Subject, case_id: &str) -> Result<HelpView, AppError> {
        self.help_view(who, case_id).await
    }

    async fn changes(&self, who: &Subject, case_id: &str) -> Result<ChangesView, AppError> {
        self.changes_view(who, case_id).await
    }

    async fn access_log(&self, who: &Subject, case_id: &str) -> Result<AccessLogView, AppError> {
        self.access_log_view(who, case_id).await
    }

    async fn family(&self, who: &Subject, case_id: &str) -> Result<FamilyView, AppError> {
        self.family_view(who, case_id).await
    }

    async fn acknowledge_change(
        &self,
        who: &Subject,
        case_id: &str,
        change_id: &str,
    ) -> Result<(), AppError> {
        self.acknowledge(who, case_id, change_id).await
    }
}

#[async_trait]
impl AccountBackend for AppBackend {
    async fn me(&self, who: &Subject) -> Result<Me, AppError> {
        let name = store::people::name_of(&self.db, who)
            .await?
            .map(|p| format!("{} {}", p.given_name, p.family_name));
        // A subject whose record is gone is treated as signed out.
        name.map(|display_name| Me { display_name })
            .ok_or(AppError::NotSignedIn)
    }
}

impl AppBackend {
    /// Escalated alerts, for professionals on the case; never for family members.
    async fn alerts(&self, grant: &access::Grant) -> Result<Vec<TeamAlert>, AppError> {
        if super::picture_is_family(grant.actor()) {
            return Ok(vec![]);
        }
        Ok(store::messages::open_alerts(&self.db, grant)
            .await?
            .into_iter()
            .filter_map(|a| {
                let at = time::OffsetDateTime::parse(
                    &a.created_at,
                    &time::format_description::well_known::Rfc3339,
                )
                .ok()?;
                let (date, time) = app::domain::calendar::dutch_date_time(at);
                Some(TeamAlert {
                    given_name: a.given_name,
                    date,
                    time,
                })
            })
            .collect())
    }

    async fn viewer(
        &self,
        who: &Subject,
        grant: &access::Grant,
        today: time::Date,
    ) -> Result<Viewer, AppError> {
        use access::ActorKind as A;
        match who {
            Subject::Person(id) => {
                let name = store::people::person_name(&self.db, id)
                    .await?
                    .ok_or(AppError::NotFound)?;
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
                let name = store::people::professional_name(&self.db, id)
                    .await?
                    .ok_or(AppError::NotFound)?;
                let role = store::relations::assignments(&self.db, id, grant.case_id(), today)
                    .await?
                    .into_iter()
                    .find_map(|a| ProfessionalRole::from_key(&a.role))
                    .ok_or(AppError::NotFound)?;
                Ok(Viewer::Professional {
                    name: format!("{} {}", name.given_name, name.family_name),
                    role,
                })
            }
            // The policy never grants them a case; reaching here would be a policy bug.
            Subject::Reviewer(_) | Subject::Administrator(_) => Err(AppError::NotFound),
        }
    }
}

/// A row with an unknown role or organisation kind is skipped (and logged) rather than
/// failing the whole page.
fn card(row: CaseProfessionalRow) -> Option<ProfessionalCard> {
    let role = ProfessionalRole::from_key(&row.role);
    let kind = OrganisationKind::from_key(&row.organisation_kind);
    let (Some(role), Some(organisation_kind)) = (role, kind) else {
        tracing::error!(role = %row.role, kind = %row.organisation_kind, "unknown role or organisation kind");
        return None;
    };
    Some(ProfessionalCard {
        name: format!("{} {}", row.given_name, row.family_name),
        organisation: row.organisation_name,
        organisation_kind,
        role,
        phone: row.phone,
        email: row.email,
        reach: Reachability {
            days: row
                .reach_days
                .split(',')
                .filter_map(|d| d.trim().parse().ok())
                .collect(),
            from: row.reach_from,
            until: row.reach_until,
        },
    })
}

fn corrupt(field: &'static str, value: &str) -> AppError {
    tracing::error!(field, value, "unreadable value in the database");
    AppError::Internal
}
