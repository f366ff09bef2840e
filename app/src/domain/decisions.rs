//! Upcoming decisions (`domain.md` §4): what is decided, who decides, by when, and what the
//! family can do before and after.

use serde::{Deserialize, Serialize};

use super::deadlines::DeadlineKind;
use super::powers::Decider;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DecisionKind {
    /// What happens after a melding; within 5 working days [UBWMO 4.1.7(1)].
    VeiligThuisTriage,
    /// Whether jeugdhulp is granted, by beschikking [JW 2.3]; bezwaar within 6 weeks [AWB 6:7].
    Jeugdhulp,
    /// After the Jeugdbeschermingstafel: does a raadsonderzoek start [K1].
    OnderzoekStart,
    /// The raadsbesluit: ask the court for a measure or not [K2].
    Raadsbesluit,
    /// The kinderrechter on an OTS [BW 1:255]; hoger beroep within 3 months [RV 358].
    Ots,
    /// The kinderrechter on a machtiging uithuisplaatsing [BW 1:265b].
    Uithuisplaatsing,
    /// Extension or end of a measure: the GI asks, the judge decides [BW 1:260, 1:265j].
    Verlenging,
    /// The plan van aanpak of the GI [JW 4.1.3].
    PlanVanAanpak,
    /// A schriftelijke aanwijzing of the GI; annul within 2 weeks [BW 1:264].
    SchriftelijkeAanwijzing,
    /// Contact arrangement during an OTS: the judge at the GI's request [BW 1:265g].
    Omgang,
}

/// What a family member can do around a decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Step {
    GiveView,
    BeHeard,
    BringVertrouwenspersoon,
    GetLawyer,
    ReadDocuments,
    MakeOwnPlan,
    Bezwaar,
    HogerBeroep,
    AnnulAanwijzing,
    AskGiToReconsider,
    Complain,
}

impl Step {
    pub const fn key(self) -> &'static str {
        match self {
            Step::GiveView => "give-view",
            Step::BeHeard => "be-heard",
            Step::BringVertrouwenspersoon => "bring-vertrouwenspersoon",
            Step::GetLawyer => "get-lawyer",
            Step::ReadDocuments => "read-documents",
            Step::MakeOwnPlan => "make-own-plan",
            Step::Bezwaar => "bezwaar",
            Step::HogerBeroep => "hoger-beroep",
            Step::AnnulAanwijzing => "annul-aanwijzing",
            Step::AskGiToReconsider => "ask-gi-to-reconsider",
            Step::Complain => "complain",
        }
    }
}

impl DecisionKind {
    pub const ALL: [DecisionKind; 10] = [
        DecisionKind::VeiligThuisTriage,
        DecisionKind::Jeugdhulp,
        DecisionKind::OnderzoekStart,
        DecisionKind::Raadsbesluit,
        DecisionKind::Ots,
        DecisionKind::Uithuisplaatsing,
        DecisionKind::Verlenging,
        DecisionKind::PlanVanAanpak,
        DecisionKind::SchriftelijkeAanwijzing,
        DecisionKind::Omgang,
    ];

    pub const fn key(self) -> &'static str {
        match self {
            DecisionKind::VeiligThuisTriage => "veilig-thuis-triage",
            DecisionKind::Jeugdhulp => "jeugdhulp",
            DecisionKind::OnderzoekStart => "onderzoek-start",
            DecisionKind::Raadsbesluit => "raadsbesluit",
            DecisionKind::Ots => "ots",
            DecisionKind::Uithuisplaatsing => "uithuisplaatsing",
            DecisionKind::Verlenging => "verlenging",
            DecisionKind::PlanVanAanpak => "plan-van-aanpak",
            DecisionKind::SchriftelijkeAanwijzing => "schriftelijke-aanwijzing",
            DecisionKind::Omgang => "omgang",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }

    /// How long a measure the decision imposes lasts at most, in months from the decision:
    /// an OTS at most a year [BW 1:258(1)], a machtiging uithuisplaatsing no longer than the OTS
    /// [BW 1:265c(1)], an extension at most a year each time [BW 1:260(1)]. The judge may set a
    /// shorter term; the beschikking says which.
    pub const fn lasts_at_most_months(self) -> Option<i32> {
        match self {
            DecisionKind::Ots | DecisionKind::Uithuisplaatsing | DecisionKind::Verlenging => {
                Some(12)
            }
            DecisionKind::VeiligThuisTriage
            | DecisionKind::Jeugdhulp
            | DecisionKind::OnderzoekStart
            | DecisionKind::Raadsbesluit
            | DecisionKind::PlanVanAanpak
            | DecisionKind::SchriftelijkeAanwijzing
            | DecisionKind::Omgang => None,
        }
    }

    /// The last day a measure decided on `decided_on` can last, where the law sets a maximum.
    pub fn lasts_until(self, decided_on: time::Date) -> Option<time::Date> {
        self.lasts_at_most_months()
            .map(|m| super::deadlines::add_months(decided_on, m))
    }

    /// Who takes this decision.
    pub const fn decider(self) -> DecisionMaker {
        match self {
            DecisionKind::VeiligThuisTriage => DecisionMaker::VeiligThuis,
            DecisionKind::Jeugdhulp => DecisionMaker::Other(Decider::Gemeente),
            DecisionKind::OnderzoekStart | DecisionKind::Raadsbesluit => {
                DecisionMaker::Other(Decider::Raad)
            }
            DecisionKind::Ots
            | DecisionKind::Uithuisplaatsing
            | DecisionKind::Verlenging
            | DecisionKind::Omgang => DecisionMaker::Other(Decider::Kinderrechter),
            DecisionKind::PlanVanAanpak | DecisionKind::SchriftelijkeAanwijzing => {
                DecisionMaker::Other(Decider::Gi)
            }
        }
    }

    /// The legal time limit for taking the decision, counted from when the matter started
    /// (a melding, a request for help, the start of a measure).
    pub const fn decision_deadline(self) -> Option<DeadlineKind> {
        match self {
            DecisionKind::VeiligThuisTriage => Some(DeadlineKind::VeiligheidsBeoordeling),
            DecisionKind::PlanVanAanpak => Some(DeadlineKind::Hulpverleningsplan),
            _ => None,
        }
    }

    /// The time limit for objecting once the decision is taken, counted from the decision.
    pub const fn objection_deadline(self) -> Option<DeadlineKind> {
        match self {
            DecisionKind::Jeugdhulp => Some(DeadlineKind::Bezwaar),
            DecisionKind::Ots
            | DecisionKind::Uithuisplaatsing
            | DecisionKind::Verlenging
            | DecisionKind::Omgang => Some(DeadlineKind::HogerBeroep),
            DecisionKind::SchriftelijkeAanwijzing => Some(DeadlineKind::AanwijzingVervallen),
            _ => None,
        }
    }

    /// What the family can do before the decision.
    pub fn before(self) -> Vec<Step> {
        use Step as S;
        match self {
            DecisionKind::VeiligThuisTriage => vec![S::GiveView, S::BringVertrouwenspersoon],
            DecisionKind::Jeugdhulp | DecisionKind::PlanVanAanpak => {
                vec![S::GiveView, S::MakeOwnPlan, S::BringVertrouwenspersoon]
            }
            DecisionKind::OnderzoekStart | DecisionKind::Raadsbesluit => {
                vec![S::GiveView, S::ReadDocuments, S::BringVertrouwenspersoon]
            }
            DecisionKind::Ots
            | DecisionKind::Uithuisplaatsing
            | DecisionKind::Verlenging
            | DecisionKind::Omgang => {
                vec![
                    S::BeHeard,
                    S::ReadDocuments,
                    S::GetLawyer,
                    S::BringVertrouwenspersoon,
                ]
            }
            DecisionKind::SchriftelijkeAanwijzing => vec![S::GiveView, S::BringVertrouwenspersoon],
        }
    }

    /// What the family can do after it.
    pub fn after(self) -> Vec<Step> {
        use Step as S;
        match self {
            DecisionKind::Jeugdhulp => vec![S::Bezwaar, S::Complain],
            DecisionKind::Ots
            | DecisionKind::Uithuisplaatsing
            | DecisionKind::Verlenging
            | DecisionKind::Omgang => {
                vec![S::HogerBeroep, S::Complain]
            }
            DecisionKind::SchriftelijkeAanwijzing => vec![S::AnnulAanwijzing, S::AskGiToReconsider],
            DecisionKind::PlanVanAanpak => vec![S::AskGiToReconsider, S::Complain],
            DecisionKind::VeiligThuisTriage
            | DecisionKind::OnderzoekStart
            | DecisionKind::Raadsbesluit => vec![S::Complain],
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DecisionMaker {
    VeiligThuis,
    Other(Decider),
}

impl DecisionMaker {
    pub const fn key(self) -> &'static str {
        match self {
            DecisionMaker::VeiligThuis => "veilig-thuis",
            DecisionMaker::Other(d) => d.key(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_measure_lasts_a_year_at_most_and_other_decisions_have_no_term() {
        let on = time::macros::date!(2026 - 11 - 02);
        assert_eq!(
            DecisionKind::Ots.lasts_until(on),
            Some(time::macros::date!(2027 - 11 - 02))
        );
        assert_eq!(DecisionKind::Jeugdhulp.lasts_until(on), None);
    }

    #[test]
    fn court_decisions_are_taken_by_the_judge_and_can_be_appealed_within_three_months() {
        for kind in [
            DecisionKind::Ots,
            DecisionKind::Uithuisplaatsing,
            DecisionKind::Verlenging,
        ] {
            assert_eq!(kind.decider(), DecisionMaker::Other(Decider::Kinderrechter));
            assert_eq!(kind.objection_deadline(), Some(DeadlineKind::HogerBeroep));
            assert!(kind.before().contains(&Step::BeHeard));
            assert!(kind.after().contains(&Step::HogerBeroep));
        }
    }

    #[test]
    fn a_beschikking_on_help_can_be_objected_to_within_six_weeks() {
        assert_eq!(
            DecisionKind::Jeugdhulp.objection_deadline(),
            Some(DeadlineKind::Bezwaar)
        );
        assert!(DecisionKind::Jeugdhulp.after().contains(&Step::Bezwaar));
    }

    #[test]
    fn every_decision_offers_something_before_and_after() {
        for kind in DecisionKind::ALL {
            assert!(!kind.before().is_empty(), "{kind:?}");
            assert!(!kind.after().is_empty(), "{kind:?}");
            assert_eq!(DecisionKind::from_key(kind.key()), Some(kind));
        }
    }

    #[test]
    fn veilig_thuis_has_five_working_days() {
        assert_eq!(
            DecisionKind::VeiligThuisTriage.decision_deadline(),
            Some(DeadlineKind::VeiligheidsBeoordeling)
        );
    }
}
