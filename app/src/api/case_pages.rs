//! Server functions behind the case pages: who is asking, ask the services, build the view.

use leptos::prelude::*;

use super::types::{
    AccessLogView, ChangesView, DecisionsView, DocumentsView, FamilyView, HelpView, MeetingsView,
    PowersView, RightsView, TimelineView,
};
use super::AppError;
#[cfg(feature = "ssr")]
use crate::domain::{Action::*, DataKind};
#[cfg(feature = "ssr")]
use crate::views::{family, picture};

#[cfg(feature = "ssr")]
use super::case::open_case;

/// "Wie doet wat": every professional with what they may and may not decide now.
#[server(prefix = "/api", endpoint = "case/powers")]
pub async fn case_powers(case_id: String) -> Result<PowersView, AppError> {
    super::status::serve(async {
        let (ctx, s, opened) = open_case(&case_id, DataKind::Powers, ViewCasePicture).await?;
        let team = s.team.team(&ctx, &opened.case.id).await?;
        Ok(picture::powers_view(&opened, team))
    })
    .await
}

/// "Mijn traject": the steps across organisations.
#[server(prefix = "/api", endpoint = "case/timeline")]
pub async fn case_timeline(case_id: String) -> Result<TimelineView, AppError> {
    super::status::serve(async {
        let (ctx, s, opened) = open_case(&case_id, DataKind::Timeline, ViewCasePicture).await?;
        let steps = s.timeline.steps(&ctx, &opened.case.id).await?;
        Ok(picture::timeline_view(&opened, steps))
    })
    .await
}

/// "Mijn rechten": rights now, with running deadlines, and per phase.
#[server(prefix = "/api", endpoint = "case/rights")]
pub async fn case_rights(case_id: String) -> Result<RightsView, AppError> {
    super::status::serve(async {
        let (ctx, s, opened) = open_case(&case_id, DataKind::Rights, ViewCasePicture).await?;
        let decisions = s.decisions.list(&ctx, &opened.case.id).await?;
        Ok(picture::rights_view(&opened, &decisions))
    })
    .await
}

/// "Wat komt eraan": upcoming decisions and recent ones with a running objection term.
#[server(prefix = "/api", endpoint = "case/decisions")]
pub async fn case_decisions(case_id: String) -> Result<DecisionsView, AppError> {
    super::status::serve(async {
        let (ctx, s, opened) = open_case(&case_id, DataKind::Decisions, ViewCasePicture).await?;
        let decisions = s.decisions.list(&ctx, &opened.case.id).await?;
        Ok(picture::decisions_view(&opened, &decisions))
    })
    .await
}

/// Upcoming meetings this reader may see, with who will be there.
#[server(prefix = "/api", endpoint = "case/meetings")]
pub async fn case_meetings(case_id: String) -> Result<MeetingsView, AppError> {
    super::status::serve(async {
        let (ctx, s, opened) = open_case(&case_id, DataKind::Meetings, ViewCasePicture).await?;
        let meetings = s.meetings.list(&ctx, &opened.case.id).await?;
        Ok(picture::meetings_view(&opened, meetings))
    })
    .await
}

/// Plans and reports of the case.
#[server(prefix = "/api", endpoint = "case/documents")]
pub async fn case_documents(case_id: String) -> Result<DocumentsView, AppError> {
    super::status::serve(async {
        let (ctx, s, opened) = open_case(&case_id, DataKind::Documents, ViewDocuments).await?;
        let documents = s.documents.list(&ctx, &opened.case.id).await?;
        Ok(picture::documents_view(&opened, documents))
    })
    .await
}

/// "Hulp en klachten": the vertrouwenspersoon and how to complain per organisation.
#[server(prefix = "/api", endpoint = "case/help")]
pub async fn case_help(case_id: String) -> Result<HelpView, AppError> {
    super::status::serve(async {
        let (ctx, s, opened) = open_case(&case_id, DataKind::Help, ViewCasePicture).await?;
        let (organisations, vertrouwenspersoon) =
            s.team.organisations(&ctx, &opened.case.id).await?;
        Ok(picture::help_view(
            &opened,
            organisations,
            vertrouwenspersoon,
        ))
    })
    .await
}

/// The history of the vaste professional.
#[server(prefix = "/api", endpoint = "case/changes")]
pub async fn case_changes(case_id: String) -> Result<ChangesView, AppError> {
    super::status::serve(async {
        let (ctx, s, opened) = open_case(&case_id, DataKind::Changes, ViewCasePicture).await?;
        let history = s.team.history(&ctx, &opened.case.id).await?;
        Ok(picture::changes_view(&opened, history))
    })
    .await
}

/// "Wie heeft mijn gegevens bekeken": the family's view of the access log.
#[server(prefix = "/api", endpoint = "case/access-log")]
pub async fn case_access_log(case_id: String) -> Result<AccessLogView, AppError> {
    super::status::serve(async {
        let (ctx, s, opened) = open_case(&case_id, DataKind::Overview, ViewAccessLog).await?;
        let entries = s.cases.access_log(&ctx, &opened.case.id).await?;
        Ok(family::access_log_view(&opened, entries))
    })
    .await
}

/// "Ons gezin": the family members and the contact details this person may see.
#[server(prefix = "/api", endpoint = "case/family")]
pub async fn case_family(case_id: String) -> Result<FamilyView, AppError> {
    super::status::serve(async {
        let (ctx, s, opened) = open_case(&case_id, DataKind::Family, ViewFamilyMembers).await?;
        let members = s.people.members(&ctx, &opened.case.id).await?;
        Ok(family::family_view(&opened, members, ctx.subject()?))
    })
    .await
}

/// "Ik heb dit gelezen" on the announcement of a new vaste professional; back to the overview.
#[server(prefix = "/api", endpoint = "case/acknowledge-change")]
pub async fn acknowledge_change(case_id: String, change_id: String) -> Result<(), AppError> {
    super::status::serve(async {
        let ctx = super::context::RequestContext::signed_in(DataKind::Changes).await?;
        let case: crate::domain::ids::CaseId = super::context::id(&case_id)?;
        let change = super::context::id(&change_id)?;
        super::services::Services::get()?
            .team
            .acknowledge_change(&ctx, &case, &change)
            .await?;
        leptos_axum::redirect(&format!("/zaak/{case}"));
        Ok(())
    })
    .await
}
