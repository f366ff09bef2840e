//! Page views built from the services' records: pure functions, no I/O, unit-tested here. A
//! server function asks the services for what its page shows and hands the records to one of
//! these; the page renders the result. The access policy decides what the records contain
//! (on the server); these only arrange it for the reader.

pub mod device;
pub mod family;
pub mod messages;
pub mod overview;
pub mod picture;
pub mod review;

use crate::api::types::CaseHeader;
use crate::domain::case_pages::{pages_for, CasePage};
use crate::domain::policy::{allows, can_message, is_family, Action};
use crate::domain::Audience;
use crate::model::case::OpenedCase;

/// What every case page needs for its heading and navigation, and whose texts to show.
pub fn header(opened: &OpenedCase) -> CaseHeader {
    let actor = opened.standing.actor;
    CaseHeader {
        case_id: opened.case.id.clone(),
        family_name: opened.case.family_name.clone(),
        phase: opened.case.phase,
        audience: Audience::of(actor),
        is_family: is_family(actor),
        can_message: can_message(actor),
        pages: pages(&opened.standing),
        can_raise_unsafe: allows(actor, Action::RaiseUnsafeAlert) && !opened.standing.preview,
    }
}

/// The case pages this reader may open; a preview only those a preview shows.
pub fn pages(standing: &crate::model::case::Standing) -> Vec<CasePage> {
    pages_for(standing.actor)
        .into_iter()
        .filter(|p| !standing.preview || p.opens_in_preview())
        .collect()
}

/// Dutch date and "HH:MM" of an instant.
pub(crate) fn local(at: time::OffsetDateTime) -> (time::Date, String) {
    crate::domain::calendar::dutch_date_time(at)
}

#[cfg(test)]
pub(crate) mod fixtures {
    use time::macros::date;

    use crate::domain::ids::CaseId;
    use crate::domain::{ActorKind, AgeTier, FamilyRelation, Phase, ProfessionalRole};
    use crate::model::case::{Case, OpenedCase, Standing, Viewer};

    pub fn opened(actor: ActorKind, phase: Phase) -> OpenedCase {
        let viewer = match actor {
            ActorKind::VasteProfessional
            | ActorKind::SafetyTeam
            | ActorKind::ProfessionalOnCase => Viewer::Professional {
                name: "Fatima El Amrani".into(),
                role: ProfessionalRole::Wijkteammedewerker,
            },
            _ => Viewer::Family {
                given_name: "Noor".into(),
                relation: FamilyRelation::Child,
                tier: AgeTier::From12To15,
            },
        };
        OpenedCase {
            case: Case {
                id: CaseId::parse("00000000-0000-4000-8000-000000000001").expect("id"),
                family_name: "Bakker".into(),
                municipality: "Lelystad".into(),
                phase,
                phase_since: date!(2026 - 11 - 01),
                reported_on: None,
                reported_by: None,
                closed_on: None,
                version: 1,
            },
            standing: Standing {
                actor,
                viewer,
                preview: false,
            },
            today: date!(2026 - 11 - 30),
        }
    }
}
