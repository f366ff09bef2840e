//! "Mijn gezinnen": a professional's caseload with what needs attention first.

use serde::{Deserialize, Serialize};

use super::case::Case;
use crate::domain::attention::Attention;
use crate::domain::ProfessionalRole;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FamilyAttention {
    pub case: Case,
    /// The reader's role on this case.
    pub role: ProfessionalRole,
    /// The reader is this family's vaste professional.
    pub vaste: bool,
    /// The reader answers this family's messages (so the messages page opens for them).
    pub answers_messages: bool,
    /// Most urgent first (`domain::attention::sort`).
    pub items: Vec<Attention>,
}

/// A professional a case can be given to (name and organisation only: they work in the chain).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Colleague {
    pub id: crate::domain::ids::ProfessionalId,
    pub name: String,
    pub organisation: String,
    pub kind: crate::domain::OrganisationKind,
}
