use serde::{Deserialize, Serialize};
use time::Date;

use super::Version;
use crate::domain::ids::{OrganisationId, StepId};
use crate::domain::journey::{StepKind, StepState};
use crate::domain::Phase;

/// A step on the family's timeline, across organisations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub id: StepId,
    pub kind: StepKind,
    pub state: StepState,
    /// When it happened (done, current) or is expected.
    pub on: Option<Date>,
    pub organisation: Option<String>,
    pub version: Version,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewStep {
    pub kind: StepKind,
    pub state: StepState,
    pub on: Option<Date>,
    pub organisation: Option<OrganisationId>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepUpdate {
    pub state: StepState,
    pub on: Option<Date>,
    pub version: Version,
}

/// The case moves to `phase` on `on`. It lands on the timeline: the current step is done and
/// the new phase's step is current. `version` is the case's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhaseChange {
    pub phase: Phase,
    pub on: Date,
    pub organisation: Option<OrganisationId>,
    pub version: Version,
}
