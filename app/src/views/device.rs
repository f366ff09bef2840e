//! "Op dit toestel": the summary a family member may keep on their phone.

use crate::api::types::DeviceSummaryView;
use crate::model::case::OpenedCase;
use crate::model::decision::Decision;
use crate::model::meeting::Meeting;
use crate::model::team::TeamMember;

use super::overview::{card, Moment};
use super::picture::{decisions_view, meetings_view};

/// The first of each: built from the same views the decision and meeting pages show, so the
/// summary never says more than those pages do.
pub fn device_summary(
    opened: &OpenedCase,
    team: Vec<TeamMember>,
    decisions: &[Decision],
    meetings: Vec<Meeting>,
    at: &Moment,
) -> DeviceSummaryView {
    let decisions = decisions_view(opened, decisions);
    let meetings = meetings_view(opened, meetings);
    let vaste = team
        .into_iter()
        .find(|m| m.is_vaste)
        .map(|member| card(member, at));
    DeviceSummaryView {
        header: decisions.header,
        today: decisions.today,
        vaste,
        next_decision: decisions.upcoming.into_iter().next(),
        next_meeting: meetings
            .meetings
            .into_iter()
            .find(|m| m.date >= opened.today),
        running_term: decisions.recent.into_iter().next(),
    }
}
