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
        let attention = family_attention(&ctx, &s, &opened).await?;
        let at = crate::views::overview::Moment::now(opened.today);
        Ok(crate::views::overview::overview(
            opened, team, unseen, alerts, attention, &at,
        ))
    })
    .await
}

/// What a family member should act on: running terms, unread answers, views and reactions
/// asked. Professionals have their own list ("Mijn gezinnen"); nothing here for them.
#[cfg(feature = "ssr")]
async fn family_attention(
    ctx: &super::context::RequestContext,
    s: &super::services::Services,
    opened: &crate::model::case::OpenedCase,
) -> Result<Vec<crate::domain::family_attention::FamilyItem>, AppError> {
    use crate::domain::attention;
    use crate::domain::family_attention::FamilyItem;
    use crate::domain::policy::{allows, Action};
    let actor = opened.standing.actor;
    if !crate::domain::policy::is_family(actor) {
        return Ok(vec![]);
    }
    let case = &opened.case.id;
    let today = opened.today;
    let mut items = vec![];
    // A child under 12 acts through their parents: they get no terms or requests to act on.
    let acts = allows(actor, Action::GiveDecisionInput);
    let decisions = if acts {
        s.decisions.list(ctx, case).await?
    } else {
        vec![]
    };
    for d in decisions {
        if let Some((kind, until)) = attention::running_deadline(d.kind, d.decided_on, today) {
            items.push(FamilyItem::DeadlineRunning {
                kind,
                decision: d.kind,
                until,
            });
        } else if attention::decision_due(d.expected_on, d.decided_on.is_some(), today) {
            items.push(FamilyItem::ViewAsked {
                decision: d.kind,
                id: d.id.clone(),
                by: d.expected_on.filter(|on| *on >= today),
            });
        }
    }
    if acts && allows(actor, Action::ViewDocuments) {
        for d in s.documents.list(ctx, case).await? {
            let entry = crate::views::picture::document_entry(d, today);
            if let (true, Some(until)) = (entry.reaction_open, entry.react_until) {
                items.push(FamilyItem::ReactionAsked {
                    document: entry.kind,
                    id: entry.id,
                    until: Some(until),
                });
            }
        }
    }
    // A preview shows the member's pages without their messages.
    if allows(actor, Action::ViewOwnThread) && ctx.preview.is_none() {
        let count = s.messages.unread_answers(ctx, case).await?;
        if count > 0 {
            items.push(FamilyItem::UnreadAnswer { count });
        }
    }
    Ok(items)
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
