//! The family's path through the chain: timeline steps, meetings and documents
//! (`domain.md` §2), and the glossary of the chain's jargon.

use serde::{Deserialize, Serialize};

/// A step on "Mijn traject", across organisations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum StepKind {
    Melding,
    VeiligThuis,
    Wijkteam,
    Jeugdbeschermingstafel,
    Raadsonderzoek,
    Verzoek,
    Zitting,
    Maatregel,
    Evaluatie,
}

impl StepKind {
    pub const ALL: [StepKind; 9] = [
        StepKind::Melding,
        StepKind::VeiligThuis,
        StepKind::Wijkteam,
        StepKind::Jeugdbeschermingstafel,
        StepKind::Raadsonderzoek,
        StepKind::Verzoek,
        StepKind::Zitting,
        StepKind::Maatregel,
        StepKind::Evaluatie,
    ];

    pub const fn key(self) -> &'static str {
        match self {
            StepKind::Melding => "melding",
            StepKind::VeiligThuis => "veilig-thuis",
            StepKind::Wijkteam => "wijkteam",
            StepKind::Jeugdbeschermingstafel => "jeugdbeschermingstafel",
            StepKind::Raadsonderzoek => "raadsonderzoek",
            StepKind::Verzoek => "verzoek",
            StepKind::Zitting => "zitting",
            StepKind::Maatregel => "maatregel",
            StepKind::Evaluatie => "evaluatie",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }

    /// The step a phase shows on the timeline when a case enters it. A closed case adds no
    /// step; its last step is simply done.
    pub const fn for_phase(phase: super::Phase) -> Option<StepKind> {
        use super::Phase as P;
        match phase {
            P::Melding => Some(StepKind::Melding),
            P::VeiligThuis => Some(StepKind::VeiligThuis),
            P::VrijwilligeHulp => Some(StepKind::Wijkteam),
            P::Jeugdbeschermingstafel => Some(StepKind::Jeugdbeschermingstafel),
            P::Raadsonderzoek => Some(StepKind::Raadsonderzoek),
            P::Kinderrechter => Some(StepKind::Verzoek),
            P::Maatregel | P::Uitvoering => Some(StepKind::Maatregel),
            P::Evaluatie => Some(StepKind::Evaluatie),
            P::Afgesloten => None,
        }
    }
}

/// Whether a step lies behind the family, is happening now, or is expected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum StepState {
    Done,
    Current,
    Expected,
}

impl StepState {
    pub const fn key(self) -> &'static str {
        match self {
            StepState::Done => "done",
            StepState::Current => "current",
            StepState::Expected => "expected",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        [StepState::Done, StepState::Current, StepState::Expected]
            .into_iter()
            .find(|s| s.key() == key)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MeetingKind {
    /// Jeugdbeschermingstafel: parents, child 12+, professionals; 60–90 minutes; voluntary
    /// [K1; DH; KJRW].
    Jeugdbeschermingstafel,
    /// Court hearing with closed doors [RV 803, 808]; a child of 12+ is invited to give their
    /// view [RV 809].
    Zitting,
    /// A conversation with a professional (e.g. the raadsonderzoeker).
    Gesprek,
    /// Evaluation of the plan or the measure.
    Evaluatie,
}

impl MeetingKind {
    pub const ALL: [MeetingKind; 4] = [
        MeetingKind::Jeugdbeschermingstafel,
        MeetingKind::Zitting,
        MeetingKind::Gesprek,
        MeetingKind::Evaluatie,
    ];

    pub const fn key(self) -> &'static str {
        match self {
            MeetingKind::Jeugdbeschermingstafel => "jeugdbeschermingstafel",
            MeetingKind::Zitting => "zitting",
            MeetingKind::Gesprek => "gesprek",
            MeetingKind::Evaluatie => "evaluatie",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DocumentKind {
    Gezinsplan,
    PlanVanAanpak,
    Raadsrapport,
    Beschikking,
}

impl DocumentKind {
    pub const ALL: [DocumentKind; 4] = [
        DocumentKind::Gezinsplan,
        DocumentKind::PlanVanAanpak,
        DocumentKind::Raadsrapport,
        DocumentKind::Beschikking,
    ];

    pub const fn key(self) -> &'static str {
        match self {
            DocumentKind::Gezinsplan => "gezinsplan",
            DocumentKind::PlanVanAanpak => "plan-van-aanpak",
            DocumentKind::Raadsrapport => "raadsrapport",
            DocumentKind::Beschikking => "beschikking",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }

    /// Whether the family may add their own reaction: to the raadsrapport (attached for the
    /// judge [K2]) and to plans made with them [JW 4.1.3(2)]. A court decision is not answered
    /// with a reaction but with an appeal.
    pub const fn family_may_react(self) -> bool {
        !matches!(self, DocumentKind::Beschikking)
    }
}

/// Whether a plan or report may still change (concept) or is final (definitief).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DocumentStatus {
    Concept,
    Definitief,
}

impl DocumentStatus {
    pub const ALL: [DocumentStatus; 2] = [DocumentStatus::Concept, DocumentStatus::Definitief];

    pub const fn key(self) -> &'static str {
        match self {
            DocumentStatus::Concept => "concept",
            DocumentStatus::Definitief => "definitief",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// Jargon families meet. Each term has a display word, the forms that are linked when they
/// appear in a text, and a B1 explanation (all in Fluent: `term-<key>`, `term-<key>-forms`,
/// `term-<key>-explained`).
pub const GLOSSARY: [&str; 16] = [
    "ots",
    "voorlopige-ots",
    "machtiging-uithuisplaatsing",
    "raadsonderzoek",
    "raadsrapport",
    "gezag",
    "schriftelijke-aanwijzing",
    "jeugdbeschermingstafel",
    "beschikking",
    "bezwaar",
    "hoger-beroep",
    "zitting",
    "plan-van-aanpak",
    "familiegroepsplan",
    "vertrouwenspersoon",
    "gecertificeerde-instelling",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip() {
        for k in StepKind::ALL {
            assert_eq!(StepKind::from_key(k.key()), Some(k));
        }
        for k in MeetingKind::ALL {
            assert_eq!(MeetingKind::from_key(k.key()), Some(k));
        }
        for k in DocumentKind::ALL {
            assert_eq!(DocumentKind::from_key(k.key()), Some(k));
        }
        for s in [StepState::Done, StepState::Current, StepState::Expected] {
            assert_eq!(StepState::from_key(s.key()), Some(s));
        }
    }

    #[test]
    fn the_family_may_react_to_reports_and_plans_but_not_to_a_court_decision() {
        assert!(DocumentKind::Raadsrapport.family_may_react());
        assert!(DocumentKind::PlanVanAanpak.family_may_react());
        assert!(!DocumentKind::Beschikking.family_may_react());
    }

    #[test]
    fn glossary_keys_are_unique_and_kebab_case() {
        let mut keys = GLOSSARY.to_vec();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), GLOSSARY.len());
        assert!(GLOSSARY
            .iter()
            .all(|k| k.chars().all(|c| c.is_ascii_lowercase() || c == '-')));
    }
}
