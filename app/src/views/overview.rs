//! "Mijn overzicht" and the start page's list of cases.

use crate::api::types::CardAbsence;
use crate::api::types::{CaseLink, NewVasteNotice, Overview, ProfessionalCard, TeamAlert};
use crate::domain::absence::{self, AbsenceNow, Period};
use crate::domain::family_attention::FamilyItem;
use crate::domain::policy::{allows, Action};
use crate::model::case::{Case, OpenedCase};
use crate::model::message::Alert;
use crate::model::team::{TeamMember, UnseenChange};

/// The instant a card is judged at: the Dutch date, ISO weekday (1 = Monday) and "HH:MM".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Moment {
    pub today: time::Date,
    pub weekday: u8,
    pub clock: String,
}

impl Moment {
    /// Now, in the Netherlands, on the service's `today`.
    pub fn now(today: time::Date) -> Moment {
        let (_, clock) = super::local(time::OffsetDateTime::now_utc());
        Moment {
            today,
            weekday: today.weekday().number_from_monday(),
            clock,
        }
    }
}

/// A team member's card, with what the family needs to know about an absence today and
/// whether whoever they would reach now is outside their hours.
pub fn card(member: TeamMember, at: &Moment) -> ProfessionalCard {
    let periods: Vec<Period> = member.absences.iter().map(|a| a.period).collect();
    let absence = absence::now(&periods, at.today, &member.reach.days).map(|(whole, state)| {
        // The entry that runs today (or starts soonest) names the substitute.
        let on = at.today.max(whole.first_day);
        let entry = member
            .absences
            .iter()
            .find(|a| a.period.first_day <= on && on <= a.period.last_day);
        let (away_now, back_on) = match state {
            AbsenceNow::Away { back_on } => (true, back_on),
            AbsenceNow::Soon { back_on, .. } => (false, back_on),
        };
        CardAbsence {
            first_day: whole.first_day,
            last_day: whole.last_day,
            back_on,
            away_now,
            substitute: entry.and_then(|a| a.substitute.clone()),
        }
    });
    let reach_now = match &absence {
        Some(a) if a.away_now => a.substitute.as_ref().map(|s| &s.reach),
        _ => Some(&member.reach),
    };
    let after_hours =
        reach_now.is_some_and(|r| !absence::reachable_at(r.hours(), at.weekday, &at.clock));
    ProfessionalCard {
        absence,
        after_hours,
        name: member.name,
        organisation: member.organisation,
        organisation_kind: member.organisation_kind,
        role: member.role,
        phone: member.phone,
        email: member.email,
        reach: member.reach,
    }
}

/// The vaste professional (the first one marked, should the data ever hold two) and everyone
/// else on the case.
pub fn overview(
    opened: OpenedCase,
    team: Vec<TeamMember>,
    unseen: Option<UnseenChange>,
    alerts: Vec<Alert>,
    mut attention: Vec<FamilyItem>,
    at: &Moment,
) -> Overview {
    crate::domain::family_attention::sort(&mut attention, at.today);
    let actor = opened.standing.actor;
    let mut vaste = None;
    let mut others = vec![];
    for member in team {
        if member.is_vaste && vaste.is_none() {
            vaste = Some(card(member, at));
        } else {
            // Only the card to call says "not reachable now, call …": on every card it is noise.
            let mut other = card(member, at);
            other.after_hours = false;
            others.push(other);
        }
    }
    Overview {
        header: super::header(&opened),
        case_id: opened.case.id,
        family_name: opened.case.family_name,
        municipality: opened.case.municipality,
        phase: opened.case.phase,
        phase_since: opened.case.phase_since,
        viewer: opened.standing.viewer,
        vaste,
        others,
        new_vaste: unseen.map(|u| NewVasteNotice {
            change_id: u.assignment,
            name: u.name,
            since: u.since,
        }),
        manages_access: allows(actor, Action::ViewFamilyAccess),
        can_message: crate::domain::policy::can_message(actor),
        can_raise_unsafe: allows(actor, Action::RaiseUnsafeAlert),
        alerts: alerts
            .into_iter()
            .map(|a| {
                let (date, time) = super::local(a.at);
                TeamAlert {
                    given_name: a.given_name,
                    date,
                    time,
                }
            })
            .collect(),
        attention,
        today: at.today,
    }
}

pub fn case_links(cases: Vec<Case>) -> Vec<CaseLink> {
    cases
        .into_iter()
        .map(|c| CaseLink {
            case_id: c.id,
            family_name: c.family_name,
            municipality: c.municipality,
            phase: c.phase,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::{AssignmentId, ProfessionalId};
    use crate::domain::{ActorKind, OrganisationKind, Phase, ProfessionalRole};
    use crate::model::team::{Absence, Reachability, Substitute};

    fn member(name: &str, vaste: bool) -> TeamMember {
        TeamMember {
            assignment: AssignmentId::random(),
            professional: ProfessionalId::random(),
            name: name.into(),
            organisation: "Wijkteam Lelystad".into(),
            organisation_kind: OrganisationKind::Wijkteam,
            role: ProfessionalRole::Wijkteammedewerker,
            is_vaste: vaste,
            phone: None,
            email: None,
            reach: Reachability::default(),
            from: time::macros::date!(2026 - 01 - 01),
            version: 1,
            absences: vec![],
        }
    }

    fn at(today: time::Date, clock: &str) -> Moment {
        Moment {
            today,
            weekday: today.weekday().number_from_monday(),
            clock: clock.into(),
        }
    }

    fn office(days: &[u8]) -> Reachability {
        Reachability {
            days: days.to_vec(),
            from: Some("09:00".into()),
            until: Some("17:00".into()),
        }
    }

    fn away(first: time::Date, last: time::Date, substitute: Option<&str>) -> Absence {
        Absence {
            id: crate::domain::ids::AbsenceId::random(),
            period: Period {
                first_day: first,
                last_day: last,
            },
            reason: crate::domain::absence::AbsenceReason::Illness,
            substitute: substitute.map(|name| Substitute {
                professional: ProfessionalId::random(),
                name: name.into(),
                organisation: "Wijkteam Lelystad".into(),
                phone: Some("0320 000 102".into()),
                email: None,
                reach: office(&[1, 2, 3, 4, 5]),
            }),
        }
    }

    #[test]
    fn an_absent_vaste_professional_names_the_substitute_and_when_they_are_back() {
        use time::macros::date;
        let mut fatima = member("Fatima", true);
        fatima.reach = office(&[1, 2, 4]);
        // Wednesday 2 December 2026, 10:00: Fatima away until Friday, Kees takes over.
        fatima.absences = vec![away(
            date!(2026 - 11 - 30),
            date!(2026 - 12 - 04),
            Some("Kees"),
        )];
        let card = card(fatima, &at(date!(2026 - 12 - 02), "10:00"));
        let absence = card.absence.expect("away");
        assert!(absence.away_now);
        assert_eq!(absence.back_on, date!(2026 - 12 - 07));
        assert_eq!(absence.substitute.map(|s| s.name), Some("Kees".into()));
        assert!(!card.after_hours, "Kees works on Wednesdays at ten");
    }

    #[test]
    fn after_hours_the_card_points_to_the_numbers_that_are_always_open() {
        use time::macros::date;
        let mut fatima = member("Fatima", true);
        fatima.reach = office(&[1, 2, 4]);
        let wednesday = date!(2026 - 12 - 02);
        assert!(
            card(fatima.clone(), &at(wednesday, "10:00")).after_hours,
            "not her day"
        );
        let thursday = date!(2026 - 12 - 03);
        assert!(!card(fatima.clone(), &at(thursday, "10:00")).after_hours);
        assert!(card(fatima.clone(), &at(thursday, "19:30")).after_hours);
        // Away without a substitute: nobody to reach now, so no hours to be outside of.
        fatima.absences = vec![away(wednesday, date!(2026 - 12 - 10), None)];
        let away_card = card(fatima, &at(thursday, "19:30"));
        assert!(away_card.absence.is_some_and(|a| a.substitute.is_none()));
        assert!(!away_card.after_hours);
    }

    #[test]
    fn an_absence_next_week_is_announced_and_a_past_one_is_not() {
        use time::macros::date;
        let mut fatima = member("Fatima", true);
        fatima.absences = vec![
            away(date!(2026 - 11 - 02), date!(2026 - 11 - 06), None),
            away(date!(2026 - 12 - 07), date!(2026 - 12 - 11), Some("Kees")),
        ];
        let soon = card(fatima, &at(date!(2026 - 12 - 02), "10:00"))
            .absence
            .expect("announced");
        assert!(!soon.away_now);
        assert_eq!(soon.first_day, date!(2026 - 12 - 07));
    }

    #[test]
    fn the_vaste_professional_is_apart_and_a_youth_may_raise_the_alarm() {
        let opened = super::super::fixtures::opened(ActorKind::Youth12To15, Phase::Raadsonderzoek);
        let view = overview(
            opened,
            vec![member("Joost", false), member("Fatima", true)],
            None,
            vec![],
            vec![],
            &at(time::macros::date!(2026 - 12 - 02), "10:00"),
        );
        assert_eq!(view.vaste.map(|c| c.name), Some("Fatima".to_string()));
        assert_eq!(view.others.len(), 1);
        assert!(view.can_raise_unsafe && view.can_message && !view.manages_access);
    }
}
