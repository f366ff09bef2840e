//! The family's whole picture: who does what, the timeline, rights with running deadlines,
//! decisions, meetings, documents, help and the history of the vaste professional.

use crate::api::types::{
    ChangesView, DecisionEntry, DecisionsView, DocumentEntry, DocumentsView, HelpView,
    MeetingEntry, MeetingsView, PowersEntry, PowersView, RightEntry, RightsView, RunningDeadline,
    TimelineEntry, TimelineView,
};
use crate::domain::journey::DocumentStatus;
use crate::domain::powers::powers;
use crate::domain::rights::rights_in;
use crate::domain::{Audience, Phase};
use crate::model::case::OpenedCase;
use crate::model::decision::Decision;
use crate::model::document::Document;
use crate::model::meeting::Meeting;
use crate::model::team::{Organisation, TeamMember, VasteSpell};
use crate::model::timeline::Step;

use super::header;

pub fn powers_view(opened: &OpenedCase, team: Vec<TeamMember>) -> PowersView {
    let header = header(opened);
    let in_phase = |phase: Phase| -> Vec<PowersEntry> {
        team.iter()
            .map(|m| PowersEntry {
                card: powers(m.role, phase),
                name: m.name.clone(),
                organisation: m.organisation.clone(),
                role: m.role,
                is_vaste: m.is_vaste,
            })
            .collect()
    };
    let people = in_phase(header.phase);
    let other_phases = Phase::ALL
        .into_iter()
        .filter(|p| *p != header.phase && *p != Phase::Afgesloten)
        .map(|p| (p, in_phase(p)))
        .collect();
    PowersView {
        header,
        people,
        other_phases,
    }
}

pub fn timeline_view(opened: &OpenedCase, steps: Vec<Step>) -> TimelineView {
    TimelineView {
        header: header(opened),
        steps: steps
            .into_iter()
            .map(|s| TimelineEntry {
                kind: s.kind,
                state: s.state,
                date: s.on,
                organisation: s.organisation,
            })
            .collect(),
    }
}

/// A decision as the pages show it, with the legal deadlines that follow from its dates.
pub fn decision_entry(d: &Decision) -> DecisionEntry {
    DecisionEntry {
        id: d.id.clone(),
        kind: d.kind,
        maker: d.kind.decider(),
        expected_on: d.expected_on,
        decide_by: d
            .kind
            .decision_deadline()
            .zip(d.started_on)
            .map(|(k, started)| k.last_day(started)),
        decided_on: d.decided_on,
        objection: d
            .kind
            .objection_deadline()
            .zip(d.decided_on)
            .map(|(k, decided)| (k, k.last_day(decided))),
        reasons: d.decided_on.and(d.reasons.clone()),
        lasts_until: d.decided_on.and_then(|on| d.kind.lasts_until(on)),
    }
}

pub fn rights_view(opened: &OpenedCase, decisions: &[Decision]) -> RightsView {
    let header = header(opened);
    let reader = Audience::reader(opened.standing.actor);
    let now = rights_in(header.phase)
        .into_iter()
        .filter(|r| r.applies_to(reader))
        .map(|right| {
            // The newest taken decision whose objection term is this right's deadline.
            let deadline = right.deadline().and_then(|kind| {
                decisions
                    .iter()
                    .filter(|d| d.kind.objection_deadline() == Some(kind))
                    .filter_map(|d| Some((d.kind, d.decided_on?)))
                    .max_by_key(|(_, on)| *on)
                    .map(|(from_decision, from)| RunningDeadline {
                        kind,
                        from_decision,
                        from,
                        last_day: kind.last_day(from),
                    })
            });
            RightEntry { right, deadline }
        })
        .collect::<Vec<_>>();
    let mut now = now;
    sort_rights(&mut now, opened.today);
    let other_phases = Phase::ALL
        .into_iter()
        .filter(|p| *p != header.phase)
        .map(|p| {
            (
                p,
                rights_in(p)
                    .into_iter()
                    .filter(|r| r.applies_to(reader))
                    .collect(),
            )
        })
        .collect();
    RightsView {
        header,
        today: opened.today,
        now,
        other_phases,
    }
}

/// The right whose term runs out soonest first; terms that passed and rights without a term
/// keep the phase's own order after them.
pub fn sort_rights(rights: &mut [RightEntry], today: time::Date) {
    rights.sort_by_key(|r| {
        r.deadline
            .as_ref()
            .map(|d| d.last_day)
            .filter(|last| *last >= today)
            .unwrap_or(time::Date::MAX)
    });
}

/// Upcoming decisions, and those already taken whose objection term still runs.
pub fn decisions_view(opened: &OpenedCase, decisions: &[Decision]) -> DecisionsView {
    let today = opened.today;
    let mut upcoming = vec![];
    let mut recent = vec![];
    for d in decisions {
        let entry = decision_entry(d);
        match (entry.decided_on, entry.objection) {
            (None, _) => upcoming.push(entry),
            // Taken, and the term to object still runs: what can you do now?
            (Some(_), Some((_, last))) if last >= today => recent.push(entry),
            _ => {}
        }
    }
    // Soonest first: the earlier of the day it is expected and the legal last day; undated last.
    upcoming.sort_by_key(|e| {
        [e.decide_by, e.expected_on]
            .into_iter()
            .flatten()
            .min()
            .unwrap_or(time::Date::MAX)
    });
    recent.sort_by_key(|e| e.objection.map(|(_, last)| last));
    DecisionsView {
        header: header(opened),
        today,
        upcoming,
        recent,
    }
}

pub fn meetings_view(opened: &OpenedCase, meetings: Vec<Meeting>) -> MeetingsView {
    MeetingsView {
        header: header(opened),
        meetings: meetings
            .into_iter()
            .map(|m| MeetingEntry {
                kind: m.kind,
                date: m.date,
                time: format!("{:02}:{:02}", m.time.hour(), m.time.minute()),
                place: m.place,
                attendees: m.attendees.into_iter().map(|a| a.name).collect(),
            })
            .collect(),
    }
}

pub fn documents_view(opened: &OpenedCase, documents: Vec<Document>) -> DocumentsView {
    DocumentsView {
        header: header(opened),
        documents: documents
            .into_iter()
            .map(|d| document_entry(d, opened.today))
            .collect(),
    }
}

pub fn document_entry(d: Document, today: time::Date) -> DocumentEntry {
    let may_react = d.kind.family_may_react();
    DocumentEntry {
        id: d.id,
        kind: d.kind,
        dated: d.dated,
        organisation: d.organisation,
        final_version: d.status == DocumentStatus::Definitief,
        may_react,
        react_until: d.react_until,
        reaction_open: may_react && d.react_until.is_none_or(|until| until >= today),
        file: d.file,
    }
}

pub fn help_view(
    opened: &OpenedCase,
    organisations: Vec<Organisation>,
    vertrouwenspersoon: Option<Organisation>,
) -> HelpView {
    HelpView {
        header: header(opened),
        vertrouwenspersoon,
        organisations,
    }
}

pub fn changes_view(opened: &OpenedCase, history: Vec<VasteSpell>) -> ChangesView {
    ChangesView {
        header: header(opened),
        history,
    }
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;
    use crate::domain::decisions::DecisionKind;
    use crate::domain::ids::DecisionId;
    use crate::domain::ActorKind;

    fn decision(kind: DecisionKind, decided: Option<time::Date>) -> Decision {
        Decision {
            id: DecisionId::random(),
            kind,
            started_on: None,
            expected_on: None,
            decided_on: decided,
            reasons: None,
            concerns: None,
            version: 1,
        }
    }

    #[test]
    fn a_taken_decision_stays_while_its_objection_term_runs_and_then_goes() {
        let opened = super::super::fixtures::opened(ActorKind::ParentWithGezag, Phase::Uitvoering);
        let decisions = [
            decision(
                DecisionKind::Ots,
                Some(opened.today - time::Duration::days(5)),
            ),
            decision(DecisionKind::Ots, Some(date!(2020 - 01 - 01))),
            decision(DecisionKind::Verlenging, None),
        ];
        let view = decisions_view(&opened, &decisions);
        assert_eq!(view.recent.len(), 1);
        assert_eq!(view.upcoming.len(), 1);
        let rights = rights_view(&opened, &decisions);
        let running: Vec<_> = rights
            .now
            .iter()
            .filter_map(|r| r.deadline.as_ref())
            .collect();
        assert!(running
            .iter()
            .all(|d| d.from == opened.today - time::Duration::days(5)));
    }

    #[test]
    fn the_right_whose_term_ends_soonest_comes_first() {
        use crate::domain::deadlines::DeadlineKind;
        use crate::domain::rights::Right;
        let today = date!(2026 - 12 - 02);
        let running = |right, kind, last_day| RightEntry {
            right,
            deadline: Some(RunningDeadline {
                kind,
                from_decision: DecisionKind::Ots,
                from: date!(2026 - 11 - 01),
                last_day,
            }),
        };
        let mut rights = vec![
            RightEntry {
                right: Right::Lawyer,
                deadline: None,
            },
            running(
                Right::HogerBeroep,
                DeadlineKind::HogerBeroep,
                date!(2027 - 02 - 01),
            ),
            running(
                Right::AnnulAanwijzing,
                DeadlineKind::AanwijzingVervallen,
                date!(2026 - 11 - 30),
            ),
            running(
                Right::AnnulAanwijzing,
                DeadlineKind::AanwijzingVervallen,
                date!(2026 - 12 - 10),
            ),
        ];
        sort_rights(&mut rights, today);
        let order: Vec<_> = rights
            .iter()
            .map(|r| r.deadline.as_ref().map(|d| d.last_day))
            .collect();
        assert_eq!(
            order,
            [
                Some(date!(2026 - 12 - 10)),
                Some(date!(2027 - 02 - 01)),
                None,
                Some(date!(2026 - 11 - 30)),
            ],
            "running terms soonest first; a passed term and no term keep their order after"
        );
    }

    #[test]
    fn what_is_coming_is_listed_soonest_first() {
        let opened =
            super::super::fixtures::opened(ActorKind::ParentWithGezag, Phase::Raadsonderzoek);
        let mut later = decision(DecisionKind::Raadsbesluit, None);
        later.expected_on = Some(date!(2027 - 01 - 20));
        let mut sooner = decision(DecisionKind::Ots, None);
        sooner.expected_on = Some(date!(2026 - 12 - 15));
        let undated = decision(DecisionKind::Omgang, None);
        let view = decisions_view(&opened, &[undated, later, sooner]);
        let kinds: Vec<_> = view.upcoming.iter().map(|e| e.kind).collect();
        assert_eq!(
            kinds,
            [
                DecisionKind::Ots,
                DecisionKind::Raadsbesluit,
                DecisionKind::Omgang
            ]
        );
    }
}
