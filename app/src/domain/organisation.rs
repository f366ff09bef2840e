//! The organisations of the chain (`domain.md` §1).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OrganisationKind {
    /// Advies- en meldpunt huiselijk geweld en kindermishandeling [WMO 4.1.1].
    VeiligThuis,
    /// Lokale toegang of wijkteam of the municipality [JW 2.3].
    Wijkteam,
    /// Raad voor de Kinderbescherming [K2].
    RaadVoorDeKinderbescherming,
    /// Gecertificeerde instelling, e.g. SAVE Jeugdbescherming in Flevoland [SV2].
    GecertificeerdeInstelling,
    /// Rechtbank; the kinderrechter decides on measures [RV 803].
    Rechtbank,
    /// Independent vertrouwenspersoon for youth care (formerly AKJ) [JS; JW 2.6].
    Jeugdstem,
    /// Any other organisation that works with the family (a school's care team, a youth care
    /// provider): on the case as a contact, never with a role that decides.
    Other,
}

impl OrganisationKind {
    pub const ALL: [OrganisationKind; 7] = [
        OrganisationKind::VeiligThuis,
        OrganisationKind::Wijkteam,
        OrganisationKind::RaadVoorDeKinderbescherming,
        OrganisationKind::GecertificeerdeInstelling,
        OrganisationKind::Rechtbank,
        OrganisationKind::Jeugdstem,
        OrganisationKind::Other,
    ];

    pub const fn key(self) -> &'static str {
        match self {
            OrganisationKind::VeiligThuis => "veilig-thuis",
            OrganisationKind::Wijkteam => "wijkteam",
            OrganisationKind::RaadVoorDeKinderbescherming => "raad",
            OrganisationKind::GecertificeerdeInstelling => "gi",
            OrganisationKind::Rechtbank => "rechtbank",
            OrganisationKind::Jeugdstem => "jeugdstem",
            OrganisationKind::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_organisation_key_round_trips_and_is_unique() {
        for kind in OrganisationKind::ALL {
            assert_eq!(OrganisationKind::from_key(kind.key()), Some(kind));
        }
        let mut keys: Vec<_> = OrganisationKind::ALL.iter().map(|k| k.key()).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), OrganisationKind::ALL.len());
    }
}
