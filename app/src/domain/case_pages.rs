//! The pages about one case and who may open each: the navigation offers a reader exactly the
//! pages the access policy lets them open, so no link a reader sees answers "not found".

use serde::{Deserialize, Serialize};

use super::policy::{allows, can_message, Action, ActorKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CasePage {
    Overview,
    Messages,
    Decisions,
    Rights,
    Meetings,
    Powers,
    Family,
    Timeline,
    Documents,
    Help,
    Changes,
    AccessLog,
    Device,
    FamilyAccess,
}

impl CasePage {
    /// In the order a family needs them.
    pub const ALL: [CasePage; 14] = [
        CasePage::Overview,
        CasePage::Messages,
        CasePage::Decisions,
        CasePage::Rights,
        CasePage::Meetings,
        CasePage::Powers,
        CasePage::Family,
        CasePage::Timeline,
        CasePage::Documents,
        CasePage::Help,
        CasePage::Changes,
        CasePage::AccessLog,
        CasePage::Device,
        CasePage::FamilyAccess,
    ];

    /// The path after `/zaak/<case>`.
    pub const fn suffix(self) -> &'static str {
        match self {
            CasePage::Overview => "",
            CasePage::Messages => "/berichten",
            CasePage::Decisions => "/wat-komt-eraan",
            CasePage::Rights => "/rechten",
            CasePage::Meetings => "/afspraken",
            CasePage::Powers => "/wie-doet-wat",
            CasePage::Family => "/gezin",
            CasePage::Timeline => "/traject",
            CasePage::Documents => "/documenten",
            CasePage::Help => "/hulp",
            CasePage::Changes => "/wisselingen",
            CasePage::AccessLog => "/bekeken",
            CasePage::Device => "/op-dit-toestel",
            CasePage::FamilyAccess => "/toegang",
        }
    }

    /// Used in Fluent ids (`nav-<key>`, and `nav-<key>-professional` for professionals).
    pub const fn key(self) -> &'static str {
        match self {
            CasePage::Overview => "overview",
            CasePage::Messages => "messages",
            CasePage::Decisions => "decisions",
            CasePage::Rights => "rights",
            CasePage::Meetings => "meetings",
            CasePage::Powers => "powers",
            CasePage::Family => "family",
            CasePage::Timeline => "timeline",
            CasePage::Documents => "documents",
            CasePage::Help => "help",
            CasePage::Changes => "changes",
            CasePage::AccessLog => "access-log",
            CasePage::Device => "device",
            CasePage::FamilyAccess => "family-access",
        }
    }

    /// Whether `actor` may open the page (the check its server function makes).
    pub fn opens_for(self, actor: ActorKind) -> bool {
        match self {
            CasePage::Overview => allows(actor, Action::ViewCaseOverview),
            CasePage::Messages => can_message(actor),
            CasePage::Family => allows(actor, Action::ViewFamilyMembers),
            CasePage::Documents => allows(actor, Action::ViewDocuments),
            CasePage::AccessLog => allows(actor, Action::ViewAccessLog),
            CasePage::Device => allows(actor, Action::KeepSummaryOnDevice),
            CasePage::FamilyAccess => allows(actor, Action::ViewFamilyAccess),
            CasePage::Decisions
            | CasePage::Rights
            | CasePage::Meetings
            | CasePage::Powers
            | CasePage::Timeline
            | CasePage::Help
            | CasePage::Changes => allows(actor, Action::ViewCasePicture),
        }
    }

    /// Whether a professional previewing a family member sees this page
    /// (`policy::preview_allows`): not the member's messages, access log or phone.
    pub fn opens_in_preview(self) -> bool {
        !matches!(
            self,
            CasePage::Messages | CasePage::AccessLog | CasePage::Device | CasePage::FamilyAccess
        )
    }

    /// The pages shown straight away; the rest sit behind "Meer". A child under 12 has fewer
    /// pages and other first ones: what is planned and where to find help.
    pub fn is_main(self, child: bool) -> bool {
        if child {
            return matches!(
                self,
                CasePage::Overview | CasePage::Meetings | CasePage::Help
            );
        }
        matches!(
            self,
            CasePage::Overview | CasePage::Messages | CasePage::Decisions | CasePage::Rights
        )
    }
}

/// Every page `actor` may open, in navigation order.
pub fn pages_for(actor: ActorKind) -> Vec<CasePage> {
    CasePage::ALL
        .into_iter()
        .filter(|p| p.opens_for(actor))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_access_log_is_offered_to_the_family_only() {
        for actor in ActorKind::ALL {
            let offered = pages_for(actor).contains(&CasePage::AccessLog);
            assert_eq!(
                offered,
                super::super::policy::is_family(actor) && allows(actor, Action::ViewAccessLog),
                "{actor:?}"
            );
        }
        assert!(!pages_for(ActorKind::VasteProfessional).contains(&CasePage::AccessLog));
        assert!(pages_for(ActorKind::ParentWithGezag).contains(&CasePage::AccessLog));
    }

    #[test]
    fn a_child_under_12_gets_no_documents_and_no_messages() {
        let pages = pages_for(ActorKind::ChildUnder12);
        assert!(!pages.contains(&CasePage::Documents));
        assert!(!pages.contains(&CasePage::Messages));
        assert!(pages.contains(&CasePage::Help));
    }

    #[test]
    fn only_the_vaste_professional_hands_out_access() {
        for actor in ActorKind::ALL {
            assert_eq!(
                pages_for(actor).contains(&CasePage::FamilyAccess),
                actor == ActorKind::VasteProfessional,
                "{actor:?}"
            );
        }
    }

    #[test]
    fn outsiders_are_offered_nothing() {
        for actor in [
            ActorKind::PersonNotOnCase,
            ActorKind::ProfessionalNotOnCase,
            ActorKind::ExPartner,
            ActorKind::Anonymous,
        ] {
            assert!(pages_for(actor).is_empty(), "{actor:?}");
        }
    }
}
