//! The phases a family can be in, in the order of `domain.md` §2. A case is in exactly one
//! phase at a time; what a professional may decide and which rights apply depend on it.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Phase {
    /// Someone asked Veilig Thuis for advice or made a melding [CBS; AUG].
    Melding,
    /// Veilig Thuis assesses safety within 5 workdays and may investigate (≤10 weeks)
    /// [UBWMO 4.1.7].
    VeiligThuis,
    /// Voluntary help through the lokale toegang, with one family plan [SEED §3.1; JW 4.1.2].
    VrijwilligeHulp,
    /// A Jeugdbeschermingstafel: a meeting without legal basis where the raadsonderzoeker
    /// decides whether an onderzoek starts [K1; KJRW].
    Jeugdbeschermingstafel,
    /// The Raad voor de Kinderbescherming investigates (beschermingsonderzoek) [K2; K3].
    Raadsonderzoek,
    /// A request lies with the kinderrechter; a hearing follows [RV 800, 804].
    Kinderrechter,
    /// The judge imposed a measure (OTS, machtiging uithuisplaatsing, …) [BW 1:255, 1:265a].
    Maatregel,
    /// The gecertificeerde instelling carries out the measure with a plan van aanpak
    /// [JW 4.1.3; BW 1:263].
    Uitvoering,
    /// The measure is evaluated; extension or ending is prepared [BW 1:260, 1:265j].
    Evaluatie,
    /// The measure or the help has ended [BW 1:261].
    Afgesloten,
}

impl Phase {
    pub const ALL: [Phase; 10] = [
        Phase::Melding,
        Phase::VeiligThuis,
        Phase::VrijwilligeHulp,
        Phase::Jeugdbeschermingstafel,
        Phase::Raadsonderzoek,
        Phase::Kinderrechter,
        Phase::Maatregel,
        Phase::Uitvoering,
        Phase::Evaluatie,
        Phase::Afgesloten,
    ];

    /// Stable key: stored in the database and used in Fluent message ids. Never rename one.
    pub const fn key(self) -> &'static str {
        match self {
            Phase::Melding => "melding",
            Phase::VeiligThuis => "veilig-thuis",
            Phase::VrijwilligeHulp => "vrijwillige-hulp",
            Phase::Jeugdbeschermingstafel => "jeugdbeschermingstafel",
            Phase::Raadsonderzoek => "raadsonderzoek",
            Phase::Kinderrechter => "kinderrechter",
            Phase::Maatregel => "maatregel",
            Phase::Uitvoering => "uitvoering",
            Phase::Evaluatie => "evaluatie",
            Phase::Afgesloten => "afgesloten",
        }
    }

    pub fn from_key(key: &str) -> Option<Phase> {
        Phase::ALL.into_iter().find(|p| p.key() == key)
    }

    /// 1-based position in the chain, for "stap 5 van 10".
    pub fn step(self) -> usize {
        Phase::ALL
            .iter()
            .position(|p| *p == self)
            .map_or(0, |i| i + 1)
    }

    /// Whether a court has imposed a measure that is still running; from then on a
    /// gecertificeerde instelling is involved [BW 1:262].
    pub fn under_measure(self) -> bool {
        matches!(
            self,
            Phase::Maatregel | Phase::Uitvoering | Phase::Evaluatie
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_phase_key_round_trips() {
        for phase in Phase::ALL {
            assert_eq!(Phase::from_key(phase.key()), Some(phase));
        }
    }

    #[test]
    fn unknown_phase_key_is_rejected() {
        assert_eq!(Phase::from_key("ots"), None);
        assert_eq!(Phase::from_key(""), None);
        assert_eq!(Phase::from_key("Raadsonderzoek"), None);
    }

    #[test]
    fn phases_are_in_chain_order() {
        let mut sorted = Phase::ALL;
        sorted.sort();
        assert_eq!(sorted, Phase::ALL);
        assert_eq!(Phase::Melding.step(), 1);
        assert_eq!(Phase::Raadsonderzoek.step(), 5);
        assert_eq!(Phase::Afgesloten.step(), 10);
    }

    #[test]
    fn only_court_measure_phases_count_as_under_measure() {
        let under: Vec<_> = Phase::ALL
            .into_iter()
            .filter(|p| p.under_measure())
            .collect();
        assert_eq!(
            under,
            vec![Phase::Maatregel, Phase::Uitvoering, Phase::Evaluatie]
        );
    }
}
