use serde::{Deserialize, Serialize};
use time::Date;

use super::Version;
use crate::domain::decisions::DecisionKind;
use crate::domain::ids::{DecisionId, PersonId};

/// A decision that is coming or was taken. The legal deadlines follow from the kind
/// (`domain::decisions`) and the dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub id: DecisionId,
    pub kind: DecisionKind,
    /// When the matter started (melding, request): a legal decision deadline counts from here.
    pub started_on: Option<Date>,
    pub expected_on: Option<Date>,
    /// When it was taken: objection and appeal deadlines count from here.
    pub decided_on: Option<Date>,
    /// Why, in plain words, and how the family's input was weighed.
    pub reasons: Option<String>,
    /// The child the decision is about, if it is about one child.
    pub concerns: Option<PersonId>,
    pub version: Version,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewDecision {
    pub kind: DecisionKind,
    pub started_on: Option<Date>,
    pub expected_on: Option<Date>,
    pub concerns: Option<PersonId>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionUpdate {
    pub started_on: Option<Date>,
    pub expected_on: Option<Date>,
    pub version: Version,
}

/// The decision was taken on `decided_on`, which starts the family's deadlines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionOutcome {
    pub decided_on: Date,
    pub reasons: Option<String>,
    pub version: Version,
}
