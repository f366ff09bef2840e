//! "Afwezig" (professionals): report when you are away and who takes over. Server functions only.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::AppError;
use crate::model::team::Absence;
use crate::model::work::Colleague;

pub const ABSENCE_FORM: &str = "werk/absence";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AbsencesView {
    /// Not over yet, soonest first.
    pub absences: Vec<Absence>,
    /// Colleagues of the professional's own organisation.
    pub substitutes: Vec<Colleague>,
    pub today: time::Date,
}

#[server(prefix = "/api", endpoint = "work/absences")]
pub async fn my_absences() -> Result<AbsencesView, AppError> {
    async {
        let ctx = super::context::RequestContext::signed_in(crate::domain::DataKind::Team).await?;
        let s = super::services::Services::get()?;
        Ok(AbsencesView {
            absences: s.absences.own(&ctx).await?,
            substitutes: s.absences.substitutes(&ctx).await?,
            today: crate::domain::calendar::dutch_today(),
        })
    }
    .await
    .map_err(super::status::with_status)
}

/// Report an absence: first and last day (both included), why, and who takes over.
#[server(prefix = "/api", endpoint = "work/report-absence")]
pub async fn report_absence(
    first_day: String,
    last_day: String,
    reason: String,
    substitute: String,
) -> Result<(), AppError> {
    async {
        use super::console::{chosen, date_field};
        use crate::domain::absence::{AbsenceReason, Period};
        let ctx = super::context::RequestContext::signed_in(crate::domain::DataKind::Team).await?;
        let values = vec![
            ("first_day", first_day.clone()),
            ("last_day", last_day.clone()),
            ("reason", reason.clone()),
            ("substitute", substitute.clone()),
        ];
        let result = async {
            let s = super::services::Services::get()?;
            // Anyone but a professional is answered as if the page did not exist.
            s.absences.own(&ctx).await?;
            let mut errors = crate::error::FieldErrors::new();
            let first = date_field(&mut errors, "first_day", &first_day);
            let last = date_field(&mut errors, "last_day", &last_day);
            let reason = chosen(&mut errors, "reason", AbsenceReason::from_key(&reason));
            let substitute = match substitute.trim() {
                "" => Some(None),
                id => chosen(&mut errors, "substitute", id.parse().ok()).map(Some),
            };
            let (Some(first_day), Some(last_day), Some(reason), Some(substitute)) =
                (first, last, reason, substitute)
            else {
                return Err(errors.finish().err().unwrap_or(AppError::Internal));
            };
            s.absences
                .report(
                    &ctx,
                    &crate::model::team::NewAbsence {
                        period: Period {
                            first_day,
                            last_day,
                        },
                        reason,
                        substitute,
                    },
                )
                .await
        }
        .await;
        super::forms::answer(
            ABSENCE_FORM,
            values,
            "/werk/afwezig",
            |_| "/werk/afwezig?bewaard=1".to_string(),
            result,
        )
        .await
    }
    .await
    .map_err(super::status::with_status)
}

#[server(prefix = "/api", endpoint = "work/cancel-absence")]
pub async fn cancel_absence(absence_id: String) -> Result<(), AppError> {
    async {
        let ctx = super::context::RequestContext::signed_in(crate::domain::DataKind::Team).await?;
        let id = super::context::id(&absence_id)?;
        super::services::Services::get()?
            .absences
            .cancel(&ctx, &id)
            .await?;
        leptos_axum::redirect("/werk/afwezig?ingetrokken=1");
        Ok(())
    }
    .await
    .map_err(super::status::with_status)
}
