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
fn date_field(errors: &mut crate::error::FieldErrors, field: &str, value: &str) -> Option<Date> {
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

/// A version as the form carries it; a tampered one is simply stale.
#[cfg(feature = "ssr")]
fn parse_version(value: &str) -> crate::model::Version {
    value.trim().parse().unwrap_or(0)
}

#[server(prefix = "/api", endpoint = "work/case")]
pub async fn case_console(case_id: String) -> Result<ConsoleView, AppError> {
    async {
        let ctx =
            super::context::RequestContext::signed_in(crate::domain::DataKind::Overview).await?;
        let case = super::context::id(&case_id)?;
        let services = super::services::Services::get()?;
        let opened = services
            .cases
            .open(&ctx, &case, crate::domain::Action::ViewCaseOverview)
            .await?;
        // The console is for professionals on the case; a family member has their own pages.
        if !matches!(
            opened.standing.viewer,
            crate::model::case::Viewer::Professional { .. }
        ) {
            return Err(AppError::NotFound);
        }
        Ok(ConsoleView {
            decisions: services.decisions.list(&ctx, &case).await?,
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
        use crate::error::{FieldErrors, Message};
        let ctx =
            super::context::RequestContext::signed_in(crate::domain::DataKind::Timeline).await?;
        let case: crate::domain::ids::CaseId = super::context::id(&case_id)?;
        let values = vec![("phase", phase.clone()), ("on", on.clone())];
        let result = async {
            let mut errors = FieldErrors::new();
            let chosen = crate::domain::Phase::from_key(&phase);
            if chosen.is_none() {
                errors.add("phase", Message::new("error-choose-one"));
            }
            let day = date_field(&mut errors, "on", &on);
            if !errors.is_empty() {
                refuse_after_check(&ctx, &case, crate::domain::Action::EditTimeline).await?;
            }
            errors.finish()?;
            let (Some(phase), Some(on)) = (chosen, day) else {
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
