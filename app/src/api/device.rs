//! "Op dit toestel": what a family member may keep on their own phone to read offline. The
//! server only draws the summary; keeping it (encrypted, on the phone) is the page script's
//! work (`public/device.js`), so nothing here stores anything.

use leptos::prelude::*;

use super::types::DeviceSummaryView;
use super::AppError;

/// The summary for the signed-in family member: their vaste professional, the next decision,
/// the next meeting and a running term.
#[server(prefix = "/api", endpoint = "case/device-summary")]
pub async fn case_device_summary(case_id: String) -> Result<DeviceSummaryView, AppError> {
    use crate::domain::{Action, DataKind};
    super::status::serve(async {
        let (ctx, s, opened) =
            super::case::open_case(&case_id, DataKind::Overview, Action::KeepSummaryOnDevice)
                .await?;
        let case = opened.case.id.clone();
        let team = s.team.team(&ctx, &case).await?;
        let decisions = s.decisions.list(&ctx, &case).await?;
        let meetings = s.meetings.list(&ctx, &case).await?;
        let at = crate::views::overview::Moment::now(opened.today);
        Ok(crate::views::device::device_summary(
            &opened, team, &decisions, meetings, &at,
        ))
    })
    .await
}
