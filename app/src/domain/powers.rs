//! What each professional may decide — and may not, and who decides instead — in the family's
//! current phase (`domain.md` §1, §4). The same rules explain a card on "Wie doet wat" and,
//! later, decide which decisions a professional can record.

use serde::{Deserialize, Serialize};

use super::{Phase, ProfessionalRole};

/// Something a professional can decide or do that matters to the family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Power {
    /// Grant or refuse jeugdhulp with a beschikking [JW 2.3].
    GrantHelp,
    /// Make the family plan together with the family and network [SEED §7.3(4); JW 4.1.2].
    MakeFamilyPlan,
    /// Ask the Raad to investigate (verzoek tot onderzoek) [JW 2.4(1); WMO 4.1.1(2)(e)].
    AskRaadToInvestigate,
    /// Call a Jeugdbeschermingstafel [SEED §7].
    CallTable,
    /// Decide what follows a melding: hand over, investigate, close [MC; BIB].
    DecideAfterMelding,
    /// Think along about safety and join conversations [SEED §6, §7.1].
    AdviseOnSafety,
    /// Decide whether a raadsonderzoek starts, after the Jeugdbeschermingstafel [K1].
    DecideOnderzoekStarts,
    /// The raadsbesluit: whether to ask the court for a measure [K2].
    DecideToAskCourt,
    /// Ask the kinderrechter for an OTS, uithuisplaatsing or ending of gezag
    /// [BW 1:255(2), 1:265b(2), 1:267].
    AskCourtForMeasure,
    /// Impose an OTS, a machtiging uithuisplaatsing or another measure [BW 1:255, 1:265b].
    ImposeMeasure,
    /// Impose help on the family against their will: only through a measure [BW 1:255].
    ImposeHelp,
    /// Place a child outside the home: only with a court machtiging [BW 1:265a].
    PlaceOutsideHome,
    /// Write the plan van aanpak during a measure [JW 4.1.3].
    WritePlanVanAanpak,
    /// Give a schriftelijke aanwijzing, a binding written instruction [BW 1:263].
    GiveSchriftelijkeAanwijzing,
    /// Choose where the child lives within the machtiging, or end a placement early
    /// [BW 1:265b, 1:265d].
    ChoosePlacement,
    /// Limit contact during an uithuisplaatsing [BW 1:265f].
    LimitContact,
    /// Ask the court to extend or end a measure [BW 1:260, 1:261, 1:265c].
    AskExtension,
    /// Consent to medical treatment when the parents object: the kinderrechter [BW 1:265h].
    MedicalTreatmentOverObjection,
    /// Move a child who has lived with foster carers for a year or more [BW 1:265i].
    MoveFromFosterFamily,
    /// Decide about contact arrangements (omgang) during an OTS [BW 1:265g].
    DecideOmgang,
    /// Annul a schriftelijke aanwijzing at a parent's request [BW 1:264].
    AnnulAanwijzing,
    /// Decide about the child's upbringing and care in the parents' place [BW 1:302].
    DecideAsGuardian,
    /// Choose the foster family or institution: the GI, not the judge (inferred, 1:265b/265d).
    ChooseFosterFamily,
    /// Decide anything about the family: a vertrouwenspersoon never does [JW 2.6].
    DecideAboutFamily,
}

impl Power {
    pub const fn key(self) -> &'static str {
        match self {
            Power::GrantHelp => "grant-help",
            Power::MakeFamilyPlan => "make-family-plan",
            Power::AskRaadToInvestigate => "ask-raad",
            Power::CallTable => "call-table",
            Power::DecideAfterMelding => "decide-after-melding",
            Power::AdviseOnSafety => "advise-on-safety",
            Power::DecideOnderzoekStarts => "decide-onderzoek-starts",
            Power::DecideToAskCourt => "decide-to-ask-court",
            Power::AskCourtForMeasure => "ask-court-for-measure",
            Power::ImposeMeasure => "impose-measure",
            Power::ImposeHelp => "impose-help",
            Power::PlaceOutsideHome => "place-outside-home",
            Power::WritePlanVanAanpak => "write-plan-van-aanpak",
            Power::GiveSchriftelijkeAanwijzing => "give-aanwijzing",
            Power::ChoosePlacement => "choose-placement",
            Power::LimitContact => "limit-contact",
            Power::AskExtension => "ask-extension",
            Power::MedicalTreatmentOverObjection => "medical-over-objection",
            Power::MoveFromFosterFamily => "move-from-foster-family",
            Power::DecideOmgang => "decide-omgang",
            Power::AnnulAanwijzing => "annul-aanwijzing",
            Power::DecideAsGuardian => "decide-as-guardian",
            Power::ChooseFosterFamily => "choose-foster-family",
            Power::DecideAboutFamily => "decide-about-family",
        }
    }
}

/// Who decides instead, for a power this professional does not have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Decider {
    Kinderrechter,
    Raad,
    Gi,
    Gemeente,
    /// The family and the professionals together; nobody alone.
    FamilyAndProfessionals,
}

impl Decider {
    pub const ALL: [Decider; 5] = [
        Decider::Kinderrechter,
        Decider::Raad,
        Decider::Gi,
        Decider::Gemeente,
        Decider::FamilyAndProfessionals,
    ];

    pub const fn key(self) -> &'static str {
        match self {
            Decider::Kinderrechter => "kinderrechter",
            Decider::Raad => "raad",
            Decider::Gi => "gi",
            Decider::Gemeente => "gemeente",
            Decider::FamilyAndProfessionals => "family-and-professionals",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PowerCard {
    pub may: Vec<Power>,
    pub may_not: Vec<(Power, Decider)>,
}

/// The powers card of `role` in `phase`.
pub fn powers(role: ProfessionalRole, phase: Phase) -> PowerCard {
    use Decider as D;
    use Power as P;
    use ProfessionalRole as R;
    let measure = phase.under_measure();
    let (may, may_not): (Vec<Power>, Vec<(Power, Decider)>) = match role {
        R::Wijkteammedewerker => {
            // During a measure the municipality must provide the help the GI considers
            // necessary [JW 2.4(2)(b)]: the wijkteam no longer decides the help alone.
            let mut may = vec![P::MakeFamilyPlan, P::CallTable];
            let mut may_not = vec![
                (P::ImposeHelp, D::Kinderrechter),
                (P::PlaceOutsideHome, D::Kinderrechter),
            ];
            if measure {
                may_not.insert(0, (P::GrantHelp, D::Gi));
            } else {
                may.insert(0, P::GrantHelp);
                may.push(P::AskRaadToInvestigate);
                may_not.push((P::AskCourtForMeasure, D::Raad));
            }
            (may, may_not)
        }
        R::VeiligThuisMedewerker => (
            vec![P::DecideAfterMelding, P::AskRaadToInvestigate],
            vec![
                (P::ImposeHelp, D::Kinderrechter),
                (P::PlaceOutsideHome, D::Kinderrechter),
                (P::AskCourtForMeasure, D::Raad),
            ],
        ),
        // Team members act under their own organisation's powers; the request to the court
        // comes from someone outside the team [SEED §7.2].
        R::Veiligheidsteamlid => (
            vec![P::AdviseOnSafety, P::AskRaadToInvestigate],
            vec![
                (P::AskCourtForMeasure, D::Raad),
                (P::ImposeMeasure, D::Kinderrechter),
                (P::PlaceOutsideHome, D::Kinderrechter),
            ],
        ),
        R::Raadsonderzoeker => {
            let mut may = match phase {
                Phase::Jeugdbeschermingstafel
                | Phase::VrijwilligeHulp
                | Phase::VeiligThuis
                | Phase::Melding => {
                    vec![P::DecideOnderzoekStarts]
                }
                Phase::Raadsonderzoek => vec![P::DecideToAskCourt, P::AskCourtForMeasure],
                _ => vec![P::AskCourtForMeasure],
            };
            if phase == Phase::Jeugdbeschermingstafel {
                may.push(P::AdviseOnSafety);
            }
            (
                may,
                vec![
                    (P::ImposeMeasure, D::Kinderrechter),
                    (P::ImposeHelp, D::Kinderrechter),
                    (P::PlaceOutsideHome, D::Kinderrechter),
                ],
            )
        }
        R::Jeugdbeschermer => (
            vec![
                P::WritePlanVanAanpak,
                P::GiveSchriftelijkeAanwijzing,
                P::ChoosePlacement,
                P::LimitContact,
                P::AskExtension,
            ],
            vec![
                (P::PlaceOutsideHome, D::Kinderrechter),
                (P::MedicalTreatmentOverObjection, D::Kinderrechter),
                (P::MoveFromFosterFamily, D::Kinderrechter),
                (P::DecideOmgang, D::Kinderrechter),
                (P::AskCourtForMeasure, D::Raad),
            ],
        ),
        R::Voogd => (
            vec![
                P::DecideAsGuardian,
                P::ChoosePlacement,
                P::WritePlanVanAanpak,
            ],
            vec![
                (P::MoveFromFosterFamily, D::Kinderrechter),
                (P::ImposeMeasure, D::Kinderrechter),
            ],
        ),
        R::Kinderrechter => (
            vec![
                P::ImposeMeasure,
                P::AskExtension,
                P::DecideOmgang,
                P::AnnulAanwijzing,
                P::MedicalTreatmentOverObjection,
            ],
            // The judge acts only on a request [BW 1:255(2)] and does not pick the foster family.
            vec![
                (P::AskCourtForMeasure, D::Raad),
                (P::ChooseFosterFamily, D::Gi),
            ],
        ),
        R::Vertrouwenspersoon => (
            vec![],
            vec![(P::DecideAboutFamily, D::FamilyAndProfessionals)],
        ),
    };
    PowerCard { may, may_not }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ProfessionalRole as R;

    #[test]
    fn only_the_kinderrechter_may_impose_a_measure_in_any_phase() {
        for phase in Phase::ALL {
            for role in ProfessionalRole::ALL {
                let card = powers(role, phase);
                assert_eq!(
                    card.may.contains(&Power::ImposeMeasure),
                    role == R::Kinderrechter,
                    "{role:?} {phase:?}"
                );
            }
        }
    }

    #[test]
    fn nobody_but_the_judge_places_a_child_outside_the_home_on_their_own() {
        for phase in Phase::ALL {
            for role in ProfessionalRole::ALL {
                assert!(
                    !powers(role, phase).may.contains(&Power::PlaceOutsideHome),
                    "{role:?} {phase:?}"
                );
            }
        }
        let card = powers(R::Jeugdbeschermer, Phase::Uitvoering);
        assert!(card
            .may_not
            .contains(&(Power::PlaceOutsideHome, Decider::Kinderrechter)));
    }

    #[test]
    fn a_power_is_never_both_allowed_and_refused() {
        for phase in Phase::ALL {
            for role in ProfessionalRole::ALL {
                let card = powers(role, phase);
                for (p, _) in &card.may_not {
                    assert!(!card.may.contains(p), "{role:?} {phase:?} {p:?}");
                }
            }
        }
    }

    #[test]
    fn the_wijkteam_grants_help_until_a_measure_then_the_gi_decides() {
        assert!(powers(R::Wijkteammedewerker, Phase::VrijwilligeHulp)
            .may
            .contains(&Power::GrantHelp));
        assert!(powers(R::Wijkteammedewerker, Phase::Raadsonderzoek)
            .may
            .contains(&Power::GrantHelp));
        let during = powers(R::Wijkteammedewerker, Phase::Uitvoering);
        assert!(!during.may.contains(&Power::GrantHelp));
        assert!(during.may_not.contains(&(Power::GrantHelp, Decider::Gi)));
    }

    #[test]
    fn the_raadsonderzoeker_decides_on_an_onderzoek_at_the_table_and_on_the_court_request_after() {
        assert!(powers(R::Raadsonderzoeker, Phase::Jeugdbeschermingstafel)
            .may
            .contains(&Power::DecideOnderzoekStarts));
        let onderzoek = powers(R::Raadsonderzoeker, Phase::Raadsonderzoek);
        assert!(onderzoek.may.contains(&Power::DecideToAskCourt));
        assert!(onderzoek
            .may_not
            .contains(&(Power::ImposeMeasure, Decider::Kinderrechter)));
    }

    #[test]
    fn the_jeugdbeschermer_can_give_a_schriftelijke_aanwijzing_but_not_decide_omgang() {
        let card = powers(R::Jeugdbeschermer, Phase::Uitvoering);
        assert!(card.may.contains(&Power::GiveSchriftelijkeAanwijzing));
        assert!(card
            .may_not
            .contains(&(Power::DecideOmgang, Decider::Kinderrechter)));
        assert!(card
            .may_not
            .contains(&(Power::AskCourtForMeasure, Decider::Raad)));
    }

    #[test]
    fn a_vertrouwenspersoon_decides_nothing() {
        for phase in Phase::ALL {
            let card = powers(R::Vertrouwenspersoon, phase);
            assert!(card.may.is_empty());
            assert_eq!(
                card.may_not,
                vec![(Power::DecideAboutFamily, Decider::FamilyAndProfessionals)]
            );
        }
    }

    #[test]
    fn every_role_has_something_it_may_not_decide_in_every_phase() {
        for phase in Phase::ALL {
            for role in ProfessionalRole::ALL {
                assert!(
                    !powers(role, phase).may_not.is_empty(),
                    "{role:?} {phase:?}"
                );
            }
        }
    }
}
