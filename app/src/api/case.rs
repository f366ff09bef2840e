use leptos::prelude::*;

use super::types::{CaseLink, Overview};
use super::AppError;

/// The request's context, the services, and the case opened for `action` — what every case
/// page starts with. `reading` is what the access log records for a professional.
#[cfg(feature = "ssr")]
pub(crate) async fn open_case(
    case_id: &str,
    reading: crate::domain::DataKind,
    action: crate::domain::Action,
) -> Result<
    (
        super::context::RequestContext,
        super::services::Services,
        crate::model::case::OpenedCase,
    ),
    AppError,
> {
    let ctx = super::context::RequestContext::signed_in(reading).await?;
    let case = super::context::id(case_id)?;
    let services = super::services::Services::get()?;
    let opened = services.cases.open(&ctx, &case, action).await?;
    Ok((ctx, services, opened))
}

/// "Mijn overzicht" of one case. Someone else's case answers exactly like a missing one.
#[server(prefix = "/api", endpoint = "case/overview")]
pub async fn case_overview(case_id: String) -> Result<Overview, AppError> {
    use crate::domain::{Action, DataKind};
    super::status::serve(async {
        let (ctx, s, opened) =
            open_case(&case_id, DataKind::Overview, Action::ViewCaseOverview).await?;
        let case = opened.case.id.clone();
        let team = s.team.team(&ctx, &case).await?;
        let unseen = s.team.unseen_change(&ctx, &case).await?;
        let alerts = s.messages.alerts(&ctx, &case).await?;
        Ok(crate::views::overview::overview(
            opened, team, unseen, alerts,
        ))
    })
    .await
}

/// The cases the signed-in person may open.
#[server(prefix = "/api", endpoint = "case/mine")]
pub async fn my_cases() -> Result<Vec<CaseLink>, AppError> {
    super::status::serve(async {
        let ctx =
            super::context::RequestContext::signed_in(crate::domain::DataKind::Overview).await?;
        let cases = super::services::Services::get()?.cases.mine(&ctx).await?;
        Ok(crate::views::overview::case_links(cases))
    })
    .await
}
