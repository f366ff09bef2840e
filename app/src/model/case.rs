use serde::{Deserialize, Serialize};
use time::Date;

use super::Version;
use crate::domain::ids::CaseId;
use crate::domain::{ActorKind, AgeTier, FamilyRelation, Phase, ProfessionalRole};

/// A family's case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Case {
    pub id: CaseId,
    pub family_name: String,
    pub municipality: String,
    pub phase: Phase,
    pub phase_since: Date,
    /// When the melding was made that started the case, if recorded.
    pub reported_on: Option<Date>,
    /// Who made that melding, as the professional wrote it down.
    pub reported_by: Option<String>,
    /// Set when the case was closed; a closed case is in the phase `afgesloten`.
    pub closed_on: Option<Date>,
    pub version: Version,
}

/// What the reader is to the case today, and how the pages greet them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Standing {
    pub actor: ActorKind,
    pub viewer: Viewer,
    /// A professional previews this family member's pages (read-only, not their own thread).
    pub preview: bool,
}

/// Who is looking at the case; the page words things for them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Viewer {
    Family {
        given_name: String,
        relation: FamilyRelation,
        tier: AgeTier,
    },
    Professional {
        name: String,
        role: ProfessionalRole,
    },
}

/// A case opened by a reader: the case, what they are to it, and the server's today (in the
/// Netherlands), on which deadlines and ages are judged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenedCase {
    pub case: Case,
    pub standing: Standing,
    pub today: Date,
}

/// A new case, opened by a professional after a melding. The professional is on the case from
/// then on in `role`, as its vaste professional when the role can be one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewCase {
    pub family_name: String,
    pub municipality: String,
    pub phase: Phase,
    pub reported_on: Date,
    /// Who made the melding (optional: an anonymous melding has no name).
    pub reported_by: Option<String>,
    pub role: ProfessionalRole,
    /// Who is on the case from then on, for a case system opening it: one of its
    /// organisation's professionals. A professional opens a case for themselves (`None`).
    pub professional: Option<crate::domain::ids::ProfessionalId>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseUpdate {
    pub family_name: String,
    pub municipality: String,
    pub version: Version,
}

/// Closing a case: the help or the measure ended on `on`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseClosing {
    pub on: Date,
    pub version: Version,
}
