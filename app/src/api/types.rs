//! What crosses the wire. Only fields a page shows; protected fields are filtered on the
//! server before one of these is built, so they never reach HTML, hydration data or JSON.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::domain::{AgeTier, FamilyRelation, OrganisationKind, Phase, ProfessionalRole};

/// "Mijn overzicht": the vaste professional, everyone else involved and the phase.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Overview {
    pub case_id: String,
    pub family_name: String,
    pub municipality: String,
    pub phase: Phase,
    pub phase_since: Date,
    pub viewer: Viewer,
    pub vaste: Option<ProfessionalCard>,
    pub others: Vec<ProfessionalCard>,
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

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfessionalCard {
    pub name: String,
    pub organisation: String,
    pub organisation_kind: OrganisationKind,
    pub role: ProfessionalRole,
    /// Work phone and e-mail: a professional's contact details are meant to be used.
    pub phone: Option<String>,
    pub email: Option<String>,
    pub reach: Reachability,
}

/// When a professional can be reached: ISO weekdays (1 = Monday) and office hours.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Reachability {
    pub days: Vec<u8>,
    pub from: Option<String>,
    pub until: Option<String>,
}

/// A case the signed-in person may open, for the start page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseLink {
    pub case_id: String,
    pub family_name: String,
    pub municipality: String,
    pub phase: Phase,
}

/// The signed-in person, for the page header.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Me {
    pub display_name: String,
}

/// Someone the demo page can sign you in as.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DemoPerson {
    /// Opaque key the sign-in form posts back; never a database id.
    pub key: String,
    pub name: String,
    pub kind: DemoPersonKind,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum DemoPersonKind {
    Family {
        relation: FamilyRelation,
        age: u32,
        municipality: String,
    },
    Professional {
        role: ProfessionalRole,
        organisation: String,
    },
}
