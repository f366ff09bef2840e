//! The family's rights per phase (`domain.md` §3): which apply now, to whom, whether a legal
//! deadline runs, and whom to contact to use them.

use serde::{Deserialize, Serialize};

use super::deadlines::DeadlineKind;
use super::{AgeTier, Phase};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Right {
    /// A free, independent vertrouwenspersoon (Jeugdstem) [JW 2.6; JS].
    Vertrouwenspersoon,
    /// Clear information, adapted for children under 12 [JW 7.3.2].
    Information,
    /// Read and get a copy of the file [JW 7.3.10]; AVG access, answer within a month [KOG-AVG].
    Inzage,
    /// Add your own statement to the file [JW 7.3.8(2)].
    OwnStatement,
    /// Ask for the file to be destroyed, with exceptions [JW 7.3.9].
    Destruction,
    /// Complain to the organisation; Jeugdstem can help [AWB 9:8; K4; JW 4.2.1].
    Complaint,
    /// At the first contact Veilig Thuis explains procedure, privacy, inzage and complaints
    /// [UBWMO 4.1.8(2)].
    VeiligThuisExplains,
    /// Help needs consent: under 12 the parents, 12–15 child and parents, 16+ the youth alone
    /// [JW 7.3.4–7.3.5, 7.3.15].
    Consent,
    /// First chance to make your own familiegroepsplan [JW 4.1.2].
    Familiegroepsplan,
    /// Bezwaar against the municipality's beschikking within 6 weeks [AWB 6:7].
    Bezwaar,
    /// Bring a friend or relative to the Jeugdbeschermingstafel; attendance is voluntary
    /// [DH; KJRW].
    BringSomeone,
    /// Hoor en wederhoor: your side is heard and facts are kept apart from opinions [KOG].
    HoorEnWederhoor,
    /// Your written reaction is attached to the raadsrapport for the judge [K2].
    ReactionToReport,
    /// Read the Raad's documents before the hearing: parents and youths of 12+ [RV 811].
    CourtDocuments,
    /// Be heard by the judge: youths of 12+ are invited; younger children when the judge
    /// chooses [RV 809]. Parents are heard at the hearing.
    BeHeard,
    /// Ask for your own expert report (contra-expertise) [RV 810a].
    ContraExpertise,
    /// A lawyer; free in some procedures, required for hoger beroep [RV 278(3); RRB].
    Lawyer,
    /// Hoger beroep within 3 months after the decision [RV 358, 806].
    HogerBeroep,
    /// Ask the judge to annul a schriftelijke aanwijzing within 2 weeks [BW 1:264].
    AnnulAanwijzing,
    /// Ask the GI to withdraw an aanwijzing or end a placement; it answers within 2 weeks,
    /// then you can go to the judge [BW 1:265, 1:265d].
    AskGiToReconsider,
    /// Ask the judge to replace the GI or lift the OTS: a parent with gezag or a youth of 12+
    /// [BW 1:259, 1:261].
    EndOrReplace,
    /// Ask the judge to change the contact arrangement [BW 1:265g(2)].
    Omgang,
}

impl Right {
    pub const ALL: [Right; 22] = [
        Right::Vertrouwenspersoon,
        Right::Information,
        Right::Inzage,
        Right::OwnStatement,
        Right::Destruction,
        Right::Complaint,
        Right::VeiligThuisExplains,
        Right::Consent,
        Right::Familiegroepsplan,
        Right::Bezwaar,
        Right::BringSomeone,
        Right::HoorEnWederhoor,
        Right::ReactionToReport,
        Right::CourtDocuments,
        Right::BeHeard,
        Right::ContraExpertise,
        Right::Lawyer,
        Right::HogerBeroep,
        Right::AnnulAanwijzing,
        Right::AskGiToReconsider,
        Right::EndOrReplace,
        Right::Omgang,
    ];

    pub const fn key(self) -> &'static str {
        match self {
            Right::Vertrouwenspersoon => "vertrouwenspersoon",
            Right::Information => "information",
            Right::Inzage => "inzage",
            Right::OwnStatement => "own-statement",
            Right::Destruction => "destruction",
            Right::Complaint => "complaint",
            Right::VeiligThuisExplains => "veilig-thuis-explains",
            Right::Consent => "consent",
            Right::Familiegroepsplan => "familiegroepsplan",
            Right::Bezwaar => "bezwaar",
            Right::BringSomeone => "bring-someone",
            Right::HoorEnWederhoor => "hoor-en-wederhoor",
            Right::ReactionToReport => "reaction-to-report",
            Right::CourtDocuments => "court-documents",
            Right::BeHeard => "be-heard",
            Right::ContraExpertise => "contra-expertise",
            Right::Lawyer => "lawyer",
            Right::HogerBeroep => "hoger-beroep",
            Right::AnnulAanwijzing => "annul-aanwijzing",
            Right::AskGiToReconsider => "ask-gi-to-reconsider",
            Right::EndOrReplace => "end-or-replace",
            Right::Omgang => "omgang",
        }
    }

    /// The legal deadline that runs for this right, if any.
    pub const fn deadline(self) -> Option<DeadlineKind> {
        match self {
            Right::Bezwaar => Some(DeadlineKind::Bezwaar),
            Right::HogerBeroep => Some(DeadlineKind::HogerBeroep),
            Right::AnnulAanwijzing => Some(DeadlineKind::AanwijzingVervallen),
            _ => None,
        }
    }

    /// Whom to contact to use it.
    pub const fn contact(self) -> Contact {
        match self {
            Right::Vertrouwenspersoon | Right::Complaint => Contact::Jeugdstem,
            Right::Information | Right::Consent | Right::Familiegroepsplan => {
                Contact::VasteProfessional
            }
            Right::Inzage | Right::OwnStatement | Right::Destruction => {
                Contact::OrganisationWithFile
            }
            Right::VeiligThuisExplains => Contact::VeiligThuis,
            Right::Bezwaar => Contact::Gemeente,
            Right::BringSomeone => Contact::VasteProfessional,
            Right::HoorEnWederhoor | Right::ReactionToReport => Contact::Raad,
            Right::CourtDocuments | Right::BeHeard | Right::ContraExpertise => Contact::Rechtbank,
            Right::Lawyer | Right::HogerBeroep => Contact::Lawyer,
            Right::AnnulAanwijzing | Right::EndOrReplace | Right::Omgang => Contact::Rechtbank,
            Right::AskGiToReconsider => Contact::Gi,
        }
    }

    /// Whether this right is the reader's own: some rights belong to parents with gezag or to
    /// youths from 12. `tier` is the reader's age tier (parents are adults).
    pub fn applies_to(self, reader: Reader) -> bool {
        match self {
            // Inzage in the Raad's documents: parents and youths of 12+ [RV 811].
            Right::CourtDocuments => !matches!(reader, Reader::Child(AgeTier::Under12)),
            // A parent with gezag or a youth of 12+ [BW 1:259, 1:261].
            Right::EndOrReplace => matches!(
                reader,
                Reader::Parent { gezag: true }
                    | Reader::Child(AgeTier::From12To15 | AgeTier::From16To17 | AgeTier::Adult)
            ),
            // Bezwaar and hoger beroep need legal steps a young child does not take alone.
            Right::Bezwaar | Right::HogerBeroep | Right::ContraExpertise | Right::Destruction => {
                !matches!(reader, Reader::Child(AgeTier::Under12))
            }
            _ => true,
        }
    }
}

/// Who reads a right: texts and applicability differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Reader {
    Parent { gezag: bool },
    Child(AgeTier),
}

impl Reader {
    /// The Fluent selector value for texts written per audience.
    pub const fn audience(self) -> &'static str {
        match self {
            Reader::Parent { .. } => "parent",
            Reader::Child(AgeTier::Under12) => "child",
            Reader::Child(AgeTier::From12To15) => "youth",
            Reader::Child(AgeTier::From16To17) => "youth16",
            Reader::Child(AgeTier::Adult) => "adult",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Contact {
    Jeugdstem,
    VasteProfessional,
    OrganisationWithFile,
    VeiligThuis,
    Gemeente,
    Raad,
    Rechtbank,
    Gi,
    Lawyer,
}

impl Contact {
    pub const fn key(self) -> &'static str {
        match self {
            Contact::Jeugdstem => "jeugdstem",
            Contact::VasteProfessional => "vaste-professional",
            Contact::OrganisationWithFile => "organisation-with-file",
            Contact::VeiligThuis => "veilig-thuis",
            Contact::Gemeente => "gemeente",
            Contact::Raad => "raad",
            Contact::Rechtbank => "rechtbank",
            Contact::Gi => "gi",
            Contact::Lawyer => "lawyer",
        }
    }
}

/// The rights of a phase, in the order a family needs them. Rights that apply in every
/// phase come last.
pub fn rights_in(phase: Phase) -> Vec<Right> {
    use Right as R;
    let mut rights = match phase {
        Phase::Melding | Phase::VeiligThuis => vec![R::VeiligThuisExplains],
        Phase::VrijwilligeHulp => vec![R::Consent, R::Familiegroepsplan, R::Bezwaar],
        Phase::Jeugdbeschermingstafel => vec![R::BringSomeone, R::Consent],
        Phase::Raadsonderzoek => vec![R::HoorEnWederhoor, R::ReactionToReport, R::BringSomeone],
        Phase::Kinderrechter => vec![
            R::BeHeard,
            R::CourtDocuments,
            R::Lawyer,
            R::ContraExpertise,
            R::HogerBeroep,
        ],
        Phase::Maatregel | Phase::Uitvoering | Phase::Evaluatie => vec![
            R::HogerBeroep,
            R::AnnulAanwijzing,
            R::AskGiToReconsider,
            R::EndOrReplace,
            R::Omgang,
            R::Lawyer,
        ],
        Phase::Afgesloten => vec![R::Destruction],
    };
    for always in [
        R::Vertrouwenspersoon,
        R::Information,
        R::Inzage,
        R::OwnStatement,
        R::Complaint,
    ] {
        if !rights.contains(&always) {
            rights.push(always);
        }
    }
    rights
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_phase_includes_the_rights_that_always_apply() {
        for phase in Phase::ALL {
            let rights = rights_in(phase);
            for always in [Right::Vertrouwenspersoon, Right::Inzage, Right::Complaint] {
                assert!(rights.contains(&always), "{phase:?} lacks {always:?}");
            }
            let mut dedup = rights.clone();
            dedup.dedup();
            assert_eq!(dedup.len(), rights.len(), "{phase:?} lists a right twice");
        }
    }

    #[test]
    fn appeal_deadlines_run_in_court_and_measure_phases() {
        assert!(rights_in(Phase::Kinderrechter).contains(&Right::HogerBeroep));
        assert!(rights_in(Phase::Uitvoering).contains(&Right::HogerBeroep));
        assert!(rights_in(Phase::Uitvoering).contains(&Right::AnnulAanwijzing));
        assert!(rights_in(Phase::VrijwilligeHulp).contains(&Right::Bezwaar));
        assert_eq!(
            Right::HogerBeroep.deadline(),
            Some(DeadlineKind::HogerBeroep)
        );
        assert_eq!(
            Right::AnnulAanwijzing.deadline(),
            Some(DeadlineKind::AanwijzingVervallen)
        );
        assert_eq!(Right::Vertrouwenspersoon.deadline(), None);
    }

    #[test]
    fn court_documents_are_for_parents_and_youths_from_twelve() {
        assert!(Right::CourtDocuments.applies_to(Reader::Parent { gezag: false }));
        assert!(Right::CourtDocuments.applies_to(Reader::Child(AgeTier::From12To15)));
        assert!(!Right::CourtDocuments.applies_to(Reader::Child(AgeTier::Under12)));
    }

    #[test]
    fn ending_the_ots_can_be_asked_by_a_parent_with_gezag_or_a_youth_from_twelve() {
        assert!(Right::EndOrReplace.applies_to(Reader::Parent { gezag: true }));
        assert!(!Right::EndOrReplace.applies_to(Reader::Parent { gezag: false }));
        assert!(Right::EndOrReplace.applies_to(Reader::Child(AgeTier::From12To15)));
        assert!(!Right::EndOrReplace.applies_to(Reader::Child(AgeTier::Under12)));
    }

    #[test]
    fn every_right_has_a_contact_and_audiences_are_distinct() {
        for r in Right::ALL {
            assert!(!r.contact().key().is_empty());
        }
        let audiences = [
            Reader::Parent { gezag: true }.audience(),
            Reader::Child(AgeTier::Under12).audience(),
            Reader::Child(AgeTier::From12To15).audience(),
            Reader::Child(AgeTier::From16To17).audience(),
        ];
        let mut d = audiences.to_vec();
        d.sort();
        d.dedup();
        assert_eq!(d.len(), audiences.len());
    }
}
