//! "Mijn overzicht" and the start page's list of cases.

use crate::api::types::{CaseLink, NewVasteNotice, Overview, ProfessionalCard, TeamAlert};
use crate::domain::policy::{allows, Action};
use crate::model::case::{Case, OpenedCase};
use crate::model::message::Alert;
use crate::model::team::{TeamMember, UnseenChange};

pub fn card(member: TeamMember) -> ProfessionalCard {
    ProfessionalCard {
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
) -> Overview {
    let actor = opened.standing.actor;
    let mut vaste = None;
    let mut others = vec![];
    for member in team {
        if member.is_vaste && vaste.is_none() {
            vaste = Some(card(member));
        } else {
            others.push(card(member));
        }
    }
    Overview {
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
    use crate::model::team::Reachability;

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
        }
    }

    #[test]
    fn the_vaste_professional_is_apart_and_a_youth_may_raise_the_alarm() {
        let opened = super::super::fixtures::opened(ActorKind::Youth12To15, Phase::Raadsonderzoek);
        let view = overview(
            opened,
            vec![member("Joost", false), member("Fatima", true)],
            None,
            vec![],
        );
        assert_eq!(view.vaste.map(|c| c.name), Some("Fatima".to_string()));
        assert_eq!(view.others.len(), 1);
        assert!(view.can_raise_unsafe && view.can_message && !view.manages_access);
    }
}
