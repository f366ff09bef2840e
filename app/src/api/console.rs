//! The console's case page ("Gezin bijwerken"): the phase and the outcome of a decision,
//! written through the same case services the family's pages read. Server functions only:
//! who is asking, read the form, ask the services, keep a refused form.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use time::Date;

use super::AppError;
use crate::model::case::Case;
use crate::model::decision::Decision;

/// What the console's case page shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConsoleView {
    pub case: Case,
    pub decisions: Vec<Decision>,
    pub documents: Vec<super::types::DocumentEntry>,
    pub members: Vec<crate::model::people::Member>,
    pub team: Vec<crate::model::team::TeamMember>,
    /// Professionals at work who are not on the case yet.
    pub colleagues: Vec<crate::model::work::Colleague>,
    pub today: Date,
}

pub fn phase_form(case: &str) -> String {
    format!("werk/phase/{case}")
}

pub fn outcome_form(decision: &str) -> String {
    format!("werk/outcome/{decision}")
}

/// A date field: its day, or the field's refusal.
#[cfg(feature = "ssr")]
pub(crate) fn date_field(
    errors: &mut crate::error::FieldErrors,
    field: &str,
    value: &str,
) -> Option<Date> {
    let day = crate::domain::calendar::parse_form_date(value);
    if day.is_none() {
        errors.add(field, crate::error::Message::new("error-date-invalid"));
    }
    day
}

/// Before saying what is wrong with a form, make sure the reader may make this change at all:
/// anyone else gets `NotFound`, as they would for a well-formed form.
#[cfg(feature = "ssr")]
async fn refuse_after_check(
    ctx: &super::context::RequestContext,
    case: &crate::domain::ids::CaseId,
    action: crate::domain::Action,
) -> Result<(), AppError> {
    super::services::Services::get()?
        .cases
        .open(ctx, case, action)
        .await
        .map(drop)
}

/// When a form is refused before it reaches the service, its lines of text are checked here
/// too (the service's own rule, `LINE_MAX`), so every refused field is named at once.
#[cfg(feature = "ssr")]
fn also_check_lines(errors: &mut crate::error::FieldErrors, lines: &[(&str, &str)]) {
    for (field, value) in lines {
        if let Err(e) = crate::domain::text::clean(value, 200, false, false) {
            errors.add(field, e.message());
        }
    }
}

/// A choice from a list (a phase, a role, a colleague): its value, or the field's refusal.
#[cfg(feature = "ssr")]
pub(crate) fn chosen<T>(
    errors: &mut crate::error::FieldErrors,
    field: &str,
    value: Option<T>,
) -> Option<T> {
    if value.is_none() {
        errors.add(field, crate::error::Message::new("error-choose-one"));
    }
    value
}

/// A version as the form carries it; a tampered one is simply stale.
#[cfg(feature = "ssr")]
fn parse_version(value: &str) -> crate::model::Version {
    value.trim().parse().unwrap_or(0)
}

/// The case as a professional on it opens it: the console (and a preview, which starts from
/// it) is for professionals; a family member has their own pages and gets `NotFound`.
#[cfg(feature = "ssr")]
pub(crate) async fn open_as_professional(
    ctx: &super::context::RequestContext,
    case: &crate::domain::ids::CaseId,
) -> Result<crate::model::case::OpenedCase, AppError> {
    let opened = super::services::Services::get()?
        .cases
        .open(ctx, case, crate::domain::Action::ViewCaseOverview)
        .await?;
    match opened.standing.viewer {
        crate::model::case::Viewer::Professional { .. } => Ok(opened),
        _ => Err(AppError::NotFound),
    }
}

#[server(prefix = "/api", endpoint = "work/case")]
pub async fn case_console(case_id: String) -> Result<ConsoleView, AppError> {
    async {
        let ctx =
            super::context::RequestContext::signed_in(crate::domain::DataKind::Overview).await?;
        let case = super::context::id(&case_id)?;
        let services = super::services::Services::get()?;
        let opened = open_as_professional(&ctx, &case).await?;
        let team = services.team.team(&ctx, &case).await?;
        Ok(ConsoleView {
            decisions: services.decisions.list(&ctx, &case).await?,
            documents: services
                .documents
                .list(&ctx, &case)
                .await?
                .into_iter()
                .map(|d| crate::views::picture::document_entry(d, opened.today))
                .collect(),
            members: services.people.members(&ctx, &case).await?,
            colleagues: services
                .work
                .colleagues(&ctx)
                .await?
                .into_iter()
                .filter(|c| !team.iter().any(|m| m.professional == c.id))
                .collect(),
            team,
            case: opened.case,
            today: opened.today,
        })
    }
    .await
    .map_err(super::status::with_status)
}

#[server(prefix = "/api", endpoint = "work/change-phase")]
pub async fn change_phase(
    case_id: String,
    phase: String,
    on: String,
    version: String,
) -> Result<(), AppError> {
    async {
        use crate::error::FieldErrors;
        let ctx =
            super::context::RequestContext::signed_in(crate::domain::DataKind::Timeline).await?;
        let case: crate::domain::ids::CaseId = super::context::id(&case_id)?;
        let values = vec![("phase", phase.clone()), ("on", on.clone())];
        let result = async {
            let mut errors = FieldErrors::new();
            let picked = chosen(&mut errors, "phase", crate::domain::Phase::from_key(&phase));
            let day = date_field(&mut errors, "on", &on);
            if !errors.is_empty() {
                refuse_after_check(&ctx, &case, crate::domain::Action::EditTimeline).await?;
            }
            errors.finish()?;
            let (Some(phase), Some(on)) = (picked, day) else {
                return Err(AppError::Internal);
            };
            super::services::Services::get()?
                .timeline
                .change_phase(
                    &ctx,
                    &case,
                    &crate::model::timeline::PhaseChange {
                        phase,
                        on,
                        organisation: None,
                        version: parse_version(&version),
                    },
                )
                .await
        }
        .await;
        super::forms::answer(
            &phase_form(&case_id),
            values,
            &format!("/werk/zaak/{case_id}#fase"),
            |_| format!("/werk/zaak/{case_id}?bewaard=fase#fase"),
            result,
        )
        .await
    }
    .await
    .map_err(super::status::with_status)
}

#[server(prefix = "/api", endpoint = "work/record-outcome")]
pub async fn record_outcome(
    case_id: String,
    decision_id: String,
    decided_on: String,
    reasons: String,
    version: String,
) -> Result<(), AppError> {
    async {
        use crate::error::FieldErrors;
        let ctx =
            super::context::RequestContext::signed_in(crate::domain::DataKind::Decisions).await?;
        let case: crate::domain::ids::CaseId = super::context::id(&case_id)?;
        let decision: crate::domain::ids::DecisionId = super::context::id(&decision_id)?;
        let values = vec![
            ("decided_on", decided_on.clone()),
            ("reasons", reasons.clone()),
        ];
        let result = async {
            let mut errors = FieldErrors::new();
            let day = date_field(&mut errors, "decided_on", &decided_on);
            if !errors.is_empty() {
                refuse_after_check(&ctx, &case, crate::domain::Action::EditDecisions).await?;
            }
            errors.finish()?;
            let Some(decided_on) = day else {
                return Err(AppError::Internal);
            };
            super::services::Services::get()?
                .decisions
                .record_outcome(
                    &ctx,
                    &case,
                    &decision,
                    &crate::model::decision::DecisionOutcome {
                        decided_on,
                        reasons: (!reasons.trim().is_empty()).then(|| reasons.clone()),
                        version: parse_version(&version),
                    },
                )
                .await
        }
        .await;
        super::forms::answer(
            &outcome_form(&decision_id),
            values,
            &format!("/werk/zaak/{case_id}#besluit-{decision_id}"),
            |_| format!("/werk/zaak/{case_id}?bewaard=besluit#besluit-{decision_id}"),
            result,
        )
        .await
    }
    .await
    .map_err(super::status::with_status)
}

pub const NEW_CASE_FORM: &str = "werk/new-case";

pub fn member_form(case: &str) -> String {
    format!("werk/member/{case}")
}

/// The upload of a document (a plain server route, `server::http::documents`: a file does not
/// fit a server function's form).
pub fn document_form(case: &str) -> String {
    format!("werk/document/{case}")
}

pub fn document_upload_url(case: &str) -> String {
    format!("/werk/zaak/{case}/documenten")
}

pub fn decision_form(case: &str) -> String {
    format!("werk/decision/{case}")
}

/// The roles the professional can take on a new case (their organisation's).
#[server(prefix = "/api", endpoint = "work/roles")]
pub async fn case_roles() -> Result<Vec<crate::domain::ProfessionalRole>, AppError> {
    async {
        let ctx =
            super::context::RequestContext::signed_in(crate::domain::DataKind::Overview).await?;
        super::services::Services::get()?.work.roles(&ctx).await
    }
    .await
    .map_err(super::status::with_status)
}

/// A new case after a melding; the professional is on it from then on.
#[server(prefix = "/api", endpoint = "work/create-case")]
pub async fn create_case(
    family_name: String,
    municipality: String,
    phase: String,
    reported_on: String,
    reported_by: String,
    role: String,
) -> Result<(), AppError> {
    async {
        use crate::error::FieldErrors;
        let ctx =
            super::context::RequestContext::signed_in(crate::domain::DataKind::Overview).await?;
        if !crate::domain::policy::may_open_case(ctx.subject()?) {
            return Err(AppError::NotFound);
        }
        let values = vec![
            ("family_name", family_name.clone()),
            ("municipality", municipality.clone()),
            ("phase", phase.clone()),
            ("reported_on", reported_on.clone()),
            ("reported_by", reported_by.clone()),
            ("role", role.clone()),
        ];
        let result = async {
            let mut errors = FieldErrors::new();
            let phase = chosen(&mut errors, "phase", crate::domain::Phase::from_key(&phase));
            let role = chosen(
                &mut errors,
                "role",
                crate::domain::ProfessionalRole::from_key(&role),
            );
            let day = date_field(&mut errors, "reported_on", &reported_on);
            let (Some(phase), Some(role), Some(reported_on)) = (phase, role, day) else {
                also_check_lines(
                    &mut errors,
                    &[
                        ("family_name", &family_name),
                        ("municipality", &municipality),
                    ],
                );
                return Err(errors.finish().err().unwrap_or(AppError::Internal));
            };
            // The service checks the rest and names every refused field at once.
            super::services::Services::get()?
                .cases
                .create(
                    &ctx,
                    &crate::model::case::NewCase {
                        family_name,
                        municipality,
                        phase,
                        reported_on,
                        reported_by: (!reported_by.trim().is_empty()).then(|| reported_by.clone()),
                        role,
                        professional: None,
                    },
                )
                .await
        }
        .await;
        super::forms::answer(
            NEW_CASE_FORM,
            values,
            "/werk/nieuw",
            |case: &Case| format!("/werk/zaak/{}?bewaard=zaak", case.id),
            result,
        )
        .await
    }
    .await
    .map_err(super::status::with_status)
}

/// A family member on the case (vaste professional only), with a protected address or contact
/// where that keeps someone safe.
#[server(prefix = "/api", endpoint = "work/add-member")]
#[allow(clippy::too_many_arguments)]
pub async fn add_member(
    case_id: String,
    given_name: String,
    family_name: String,
    birth_date: String,
    relation: String,
    #[server(default)] gezag: Option<String>,
    address: String,
    #[server(default)] address_protected: Option<String>,
    phone: String,
    email: String,
    #[server(default)] contact_protected: Option<String>,
) -> Result<(), AppError> {
    async {
        use crate::error::FieldErrors;
        let ctx =
            super::context::RequestContext::signed_in(crate::domain::DataKind::Family).await?;
        let case: crate::domain::ids::CaseId = super::context::id(&case_id)?;
        let flag = |v: &Option<String>| v.as_deref() == Some("yes");
        let mut values = vec![
            ("given_name", given_name.clone()),
            ("family_name", family_name.clone()),
            ("birth_date", birth_date.clone()),
            ("relation", relation.clone()),
            ("address", address.clone()),
            ("phone", phone.clone()),
            ("email", email.clone()),
        ];
        for (name, v) in [
            ("gezag", &gezag),
            ("address_protected", &address_protected),
            ("contact_protected", &contact_protected),
        ] {
            if flag(v) {
                values.push((name, "yes".into()));
            }
        }
        let result = async {
            let mut errors = FieldErrors::new();
            let relation_key = chosen(
                &mut errors,
                "relation",
                crate::domain::FamilyRelation::from_key(&relation),
            );
            let born = date_field(&mut errors, "birth_date", &birth_date);
            let (Some(relation), Some(birth_date)) = (relation_key, born) else {
                refuse_after_check(&ctx, &case, crate::domain::Action::EditFamily).await?;
                also_check_lines(
                    &mut errors,
                    &[("given_name", &given_name), ("family_name", &family_name)],
                );
                return Err(errors.finish().err().unwrap_or(AppError::Internal));
            };
            let optional = |v: &str| (!v.trim().is_empty()).then(|| v.to_string());
            let services = super::services::Services::get()?;
            services
                .people
                .add_member(
                    &ctx,
                    &case,
                    &crate::model::people::NewMember {
                        given_name,
                        family_name,
                        birth_date,
                        relation,
                        gezag: flag(&gezag),
                        contact: crate::model::people::Contact {
                            address: optional(&address),
                            address_protected: flag(&address_protected),
                            phone: optional(&phone),
                            email: optional(&email),
                            contact_protected: flag(&contact_protected),
                        },
                        from: crate::domain::calendar::dutch_today(),
                    },
                )
                .await
        }
        .await;
        super::forms::answer(
            &member_form(&case_id),
            values,
            &format!("/werk/zaak/{case_id}#gezin"),
            |_| format!("/werk/zaak/{case_id}?bewaard=gezin#gezin"),
            result,
        )
        .await
    }
    .await
    .map_err(super::status::with_status)
}

/// A decision that is coming: what, and when it is expected.
#[server(prefix = "/api", endpoint = "work/add-decision")]
pub async fn add_decision(
    case_id: String,
    kind: String,
    started_on: String,
    expected_on: String,
) -> Result<(), AppError> {
    async {
        use crate::error::FieldErrors;
        let ctx =
            super::context::RequestContext::signed_in(crate::domain::DataKind::Decisions).await?;
        let case: crate::domain::ids::CaseId = super::context::id(&case_id)?;
        let values = vec![
            ("kind", kind.clone()),
            ("started_on", started_on.clone()),
            ("expected_on", expected_on.clone()),
        ];
        let result = async {
            let mut errors = FieldErrors::new();
            let kind = chosen(
                &mut errors,
                "kind",
                crate::domain::decisions::DecisionKind::from_key(&kind),
            );
            let mut optional_date = |field: &str, value: &str| {
                if value.trim().is_empty() {
                    None
                } else {
                    date_field(&mut errors, field, value)
                }
            };
            let started = optional_date("started_on", &started_on);
            let expected = optional_date("expected_on", &expected_on);
            if !errors.is_empty() {
                refuse_after_check(&ctx, &case, crate::domain::Action::EditDecisions).await?;
            }
            errors.finish()?;
            let Some(kind) = kind else {
                return Err(AppError::Internal);
            };
            super::services::Services::get()?
                .decisions
                .create(
                    &ctx,
                    &case,
                    &crate::model::decision::NewDecision {
                        kind,
                        started_on: started,
                        expected_on: expected,
                        concerns: None,
                    },
                )
                .await
        }
        .await;
        super::forms::answer(
            &decision_form(&case_id),
            values,
            &format!("/werk/zaak/{case_id}#besluit-toevoegen"),
            |d: &Decision| format!("/werk/zaak/{case_id}?bewaard=besluit#besluit-{}", d.id),
            result,
        )
        .await
    }
    .await
    .map_err(super::status::with_status)
}

pub fn handover_form(case: &str) -> String {
    format!("werk/handover/{case}")
}

/// A new vaste professional from `on`, with the reason and a handover summary the family reads.
#[server(prefix = "/api", endpoint = "work/handover")]
pub async fn hand_over(
    case_id: String,
    professional: String,
    role: String,
    reason: String,
    handover: String,
    on: String,
) -> Result<(), AppError> {
    async {
        use crate::error::FieldErrors;
        let ctx = super::context::RequestContext::signed_in(crate::domain::DataKind::Team).await?;
        let case: crate::domain::ids::CaseId = super::context::id(&case_id)?;
        let values = vec![
            ("professional", professional.clone()),
            ("role", role.clone()),
            ("reason", reason.clone()),
            ("handover", handover.clone()),
            ("on", on.clone()),
        ];
        let result = async {
            let mut errors = FieldErrors::new();
            let who: Option<crate::domain::ids::ProfessionalId> =
                chosen(&mut errors, "professional", professional.parse().ok());
            let role = chosen(
                &mut errors,
                "role",
                crate::domain::ProfessionalRole::from_key(&role),
            );
            let reason = chosen(
                &mut errors,
                "reason",
                crate::domain::team::ChangeReason::from_key(&reason),
            );
            let day = date_field(&mut errors, "on", &on);
            let (Some(professional), Some(role), Some(reason), Some(on)) = (who, role, reason, day)
            else {
                refuse_after_check(&ctx, &case, crate::domain::Action::EditTeam).await?;
                if let Err(e) = crate::domain::text::clean(&handover, 4000, true, false) {
                    errors.add("handover", e.message());
                }
                return Err(errors.finish().err().unwrap_or(AppError::Internal));
            };
            super::services::Services::get()?
                .team
                .change_vaste(
                    &ctx,
                    &case,
                    &crate::model::team::VasteChange {
                        professional,
                        role,
                        reason,
                        handover,
                        on,
                    },
                )
                .await
        }
        .await;
        super::forms::answer(
            &handover_form(&case_id),
            values,
            &format!("/werk/zaak/{case_id}#vaste"),
            // From today the former vaste professional is no longer on the case: back to their
            // own families, told that the handover was saved.
            |_| "/werk?overgedragen=1".to_string(),
            result,
        )
        .await
    }
    .await
    .map_err(super::status::with_status)
}

pub fn assign_form(case: &str) -> String {
    format!("werk/assign/{case}")
}

/// Put a colleague (of any organisation) on the case in a role their organisation has.
#[server(prefix = "/api", endpoint = "work/assign")]
pub async fn assign_colleague(
    case_id: String,
    professional: String,
    role: String,
) -> Result<(), AppError> {
    async {
        use crate::error::FieldErrors;
        let ctx = super::context::RequestContext::signed_in(crate::domain::DataKind::Team).await?;
        let case: crate::domain::ids::CaseId = super::context::id(&case_id)?;
        let values = vec![
            ("professional", professional.clone()),
            ("role", role.clone()),
        ];
        let result = async {
            let mut errors = FieldErrors::new();
            let who: Option<crate::domain::ids::ProfessionalId> =
                chosen(&mut errors, "professional", professional.parse().ok());
            let role = chosen(
                &mut errors,
                "role",
                crate::domain::ProfessionalRole::from_key(&role),
            );
            let (Some(professional), Some(role)) = (who, role) else {
                refuse_after_check(&ctx, &case, crate::domain::Action::EditTeam).await?;
                return Err(errors.finish().err().unwrap_or(AppError::Internal));
            };
            super::services::Services::get()?
                .team
                .assign(
                    &ctx,
                    &case,
                    &crate::model::team::NewAssignment {
                        professional,
                        role,
                        from: crate::domain::calendar::dutch_today(),
                    },
                )
                .await
        }
        .await;
        super::forms::answer(
            &assign_form(&case_id),
            values,
            &format!("/werk/zaak/{case_id}#vaste"),
            |_| format!("/werk/zaak/{case_id}?bewaard=team#vaste"),
            result,
        )
        .await
    }
    .await
    .map_err(super::status::with_status)
}
