//! Roles: what a professional is on a case, and how a family member relates to it.

use serde::{Deserialize, Serialize};

use super::OrganisationKind;

/// What a professional does on this case. One of them is also the vaste professional
/// (see `CaseProfessional::is_vaste`), which is a designation, not a separate role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ProfessionalRole {
    /// Regisseur from the lokale toegang: one steady face who calls in others but does not
    /// hand over [SEED §7, §7.1].
    Wijkteammedewerker,
    /// Veilig Thuis: assesses safety after a melding [WMO 4.1.1].
    VeiligThuisMedewerker,
    /// Member of the (proposed) regionaal veiligheidsteam, acting under the powers of their own
    /// organisation [SEED §6, §7.1].
    Veiligheidsteamlid,
    /// Raad voor de Kinderbescherming: investigates and advises the court [K2].
    Raadsonderzoeker,
    /// Jeugdbeschermer of a gecertificeerde instelling during an OTS [BW 1:262].
    Jeugdbeschermer,
    /// Voogd of a gecertificeerde instelling when a parent no longer has gezag [BW 1:302].
    Voogd,
    /// Kinderrechter: decides on measures [RV 803].
    Kinderrechter,
    /// Independent vertrouwenspersoon (Jeugdstem): supports, never decides [JW 2.6].
    Vertrouwenspersoon,
}

impl ProfessionalRole {
    pub const ALL: [ProfessionalRole; 8] = [
        ProfessionalRole::Wijkteammedewerker,
        ProfessionalRole::VeiligThuisMedewerker,
        ProfessionalRole::Veiligheidsteamlid,
        ProfessionalRole::Raadsonderzoeker,
        ProfessionalRole::Jeugdbeschermer,
        ProfessionalRole::Voogd,
        ProfessionalRole::Kinderrechter,
        ProfessionalRole::Vertrouwenspersoon,
    ];

    pub const fn key(self) -> &'static str {
        match self {
            ProfessionalRole::Wijkteammedewerker => "wijkteammedewerker",
            ProfessionalRole::VeiligThuisMedewerker => "veilig-thuis-medewerker",
            ProfessionalRole::Veiligheidsteamlid => "veiligheidsteamlid",
            ProfessionalRole::Raadsonderzoeker => "raadsonderzoeker",
            ProfessionalRole::Jeugdbeschermer => "jeugdbeschermer",
            ProfessionalRole::Voogd => "voogd",
            ProfessionalRole::Kinderrechter => "kinderrechter",
            ProfessionalRole::Vertrouwenspersoon => "vertrouwenspersoon",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.key() == key)
    }

    /// The organisations a person in this role can work for. A veiligheidsteam member comes
    /// from Veilig Thuis, the Raad or a GI [SEED §7.1].
    pub fn fits_organisation(self, org: OrganisationKind) -> bool {
        use OrganisationKind as O;
        match self {
            ProfessionalRole::Wijkteammedewerker => org == O::Wijkteam,
            ProfessionalRole::VeiligThuisMedewerker => org == O::VeiligThuis,
            ProfessionalRole::Veiligheidsteamlid => matches!(
                org,
                O::VeiligThuis | O::RaadVoorDeKinderbescherming | O::GecertificeerdeInstelling
            ),
            ProfessionalRole::Raadsonderzoeker => org == O::RaadVoorDeKinderbescherming,
            ProfessionalRole::Jeugdbeschermer | ProfessionalRole::Voogd => {
                org == O::GecertificeerdeInstelling
            }
            ProfessionalRole::Kinderrechter => org == O::Rechtbank,
            ProfessionalRole::Vertrouwenspersoon => org == O::Jeugdstem,
        }
    }

    /// Who can be the family's vaste professional: in the report's model the regisseur from
    /// the lokale toegang, or during a measure the jeugdbeschermer/voogd who takes over
    /// [SEED §7.1, §7.2].
    pub fn can_be_vaste_professional(self) -> bool {
        matches!(
            self,
            ProfessionalRole::Wijkteammedewerker
                | ProfessionalRole::Jeugdbeschermer
                | ProfessionalRole::Voogd
        )
    }
}

/// How a family member relates to a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FamilyRelation {
    /// A parent; whether they have gezag is recorded separately, because it changes what they
    /// may decide and see [BW 1:377c; JW 7.3.4].
    Parent,
    /// A child or youth the case is about. What they see depends on their age tier.
    Child,
    /// A former partner of a parent who is not a parent of the children, recorded on the case
    /// because professionals must know of them (for example in a safety plan). Not a party to
    /// the case: sees nothing of it through Helder [JW 7.3.10].
    ExPartner,
}

impl FamilyRelation {
    pub const fn key(self) -> &'static str {
        match self {
            FamilyRelation::Parent => "parent",
            FamilyRelation::Child => "child",
            FamilyRelation::ExPartner => "ex-partner",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        match key {
            "parent" => Some(FamilyRelation::Parent),
            "child" => Some(FamilyRelation::Child),
            "ex-partner" => Some(FamilyRelation::ExPartner),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_key_round_trips() {
        for role in ProfessionalRole::ALL {
            assert_eq!(ProfessionalRole::from_key(role.key()), Some(role));
        }
        assert_eq!(ProfessionalRole::from_key("gezinsvoogd"), None);
    }

    #[test]
    fn every_role_fits_at_least_one_organisation() {
        for role in ProfessionalRole::ALL {
            assert!(
                OrganisationKind::ALL
                    .iter()
                    .any(|o| role.fits_organisation(*o)),
                "{role:?} fits no organisation"
            );
        }
    }

    #[test]
    fn a_raadsonderzoeker_cannot_work_for_the_wijkteam() {
        assert!(!ProfessionalRole::Raadsonderzoeker.fits_organisation(OrganisationKind::Wijkteam));
        assert!(ProfessionalRole::Veiligheidsteamlid
            .fits_organisation(OrganisationKind::GecertificeerdeInstelling));
    }

    #[test]
    fn judges_and_vertrouwenspersonen_are_never_the_vaste_professional() {
        assert!(!ProfessionalRole::Kinderrechter.can_be_vaste_professional());
        assert!(!ProfessionalRole::Vertrouwenspersoon.can_be_vaste_professional());
        assert!(!ProfessionalRole::Raadsonderzoeker.can_be_vaste_professional());
        assert!(ProfessionalRole::Wijkteammedewerker.can_be_vaste_professional());
    }

    #[test]
    fn family_relation_keys_round_trip() {
        for rel in [
            FamilyRelation::Parent,
            FamilyRelation::Child,
            FamilyRelation::ExPartner,
        ] {
            assert_eq!(FamilyRelation::from_key(rel.key()), Some(rel));
        }
        assert_eq!(FamilyRelation::from_key("partner"), None);
    }
}
