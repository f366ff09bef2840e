use serde::{Deserialize, Serialize};
use time::Date;

use super::Version;
use crate::domain::absence::{AbsenceReason, Period};
use crate::domain::ids::{AbsenceId, AssignmentId, ProfessionalId};
use crate::domain::team::ChangeReason;
use crate::domain::{OrganisationKind, ProfessionalRole};

/// A professional on the case today.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamMember {
    pub assignment: AssignmentId,
    pub professional: ProfessionalId,
    pub name: String,
    pub organisation: String,
    pub organisation_kind: OrganisationKind,
    pub role: ProfessionalRole,
    pub is_vaste: bool,
    /// Work phone and e-mail: a professional's contact details are meant to be used.
    pub phone: Option<String>,
    pub email: Option<String>,
    pub reach: Reachability,
    pub from: Date,
    pub version: Version,
    /// Absences that run today or start soon (empty where a write only needs the assignment).
    pub absences: Vec<Absence>,
}

/// A period a professional is away, and the colleague who takes their families meanwhile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Absence {
    pub id: AbsenceId,
    pub period: Period,
    pub reason: AbsenceReason,
    pub substitute: Option<Substitute>,
}

/// A named colleague to reach while someone is away: work contact details, meant to be used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Substitute {
    pub professional: ProfessionalId,
    pub name: String,
    pub organisation: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub reach: Reachability,
}

/// A professional saying they will be away.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewAbsence {
    pub period: Period,
    pub reason: AbsenceReason,
    pub substitute: Option<ProfessionalId>,
}

/// When a professional can be reached: ISO weekdays (1 = Monday) and office hours.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Reachability {
    pub days: Vec<u8>,
    pub from: Option<String>,
    pub until: Option<String>,
}

impl Reachability {
    pub fn hours(&self) -> crate::domain::absence::OfficeHours<'_> {
        crate::domain::absence::OfficeHours {
            days: &self.days,
            from: self.from.as_deref(),
            until: self.until.as_deref(),
        }
    }
}

/// One period in which someone was the family's vaste professional.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VasteSpell {
    pub assignment: AssignmentId,
    pub name: String,
    pub organisation: String,
    pub role: ProfessionalRole,
    pub from: Date,
    pub until: Option<Date>,
    pub reason: Option<ChangeReason>,
    pub handover: Option<String>,
}

/// An organisation of the professionals on the case, with how to complain to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organisation {
    pub kind: OrganisationKind,
    pub name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub complaints_phone: Option<String>,
    pub complaints_email: Option<String>,
}

/// The current vaste professional replaced someone, and this family member has not yet said
/// they read it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnseenChange {
    pub assignment: AssignmentId,
    pub name: String,
    pub since: Date,
}

/// Putting a professional on the case (not as the vaste professional: see [`VasteChange`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewAssignment {
    pub professional: ProfessionalId,
    pub role: ProfessionalRole,
    pub from: Date,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssignmentUpdate {
    pub role: ProfessionalRole,
    pub version: Version,
}

/// A new vaste professional from `on`: the current one's period ends that day. The family
/// reads the reason and the handover summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VasteChange {
    pub professional: ProfessionalId,
    pub role: ProfessionalRole,
    pub reason: ChangeReason,
    pub handover: String,
    pub on: Date,
}
