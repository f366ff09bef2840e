use serde::{Deserialize, Serialize};
use time::Date;

use crate::domain::ids::InputId;

/// How a family member stands on a decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Stance {
    Agree,
    Partly,
    Disagree,
}

impl Stance {
    pub const ALL: [Stance; 3] = [Stance::Agree, Stance::Partly, Stance::Disagree];

    pub const fn key(self) -> &'static str {
        match self {
            Stance::Agree => "agree",
            Stance::Partly => "partly",
            Stance::Disagree => "disagree",
        }
    }

    pub fn from_key(key: &str) -> Option<Stance> {
        Stance::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// A sent input on a decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Input {
    pub id: InputId,
    pub author: String,
    /// Written by a youth (shown as such to professionals).
    pub youth: bool,
    pub stance: Option<Stance>,
    pub body: String,
    pub shared: bool,
    pub sent: Option<Date>,
    /// Who acknowledged it, and when.
    pub acknowledged: Option<(String, Date)>,
    /// What was done with it ("meegewogen: …"), and when.
    pub outcome: Option<(String, Date)>,
}

/// What one reader may see of the input on one decision.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionInputs {
    /// The reader's own sent inputs.
    pub mine: Vec<Input>,
    /// Others' inputs this reader may see: all, for professionals; a youth's shared input,
    /// for a parent.
    pub others: Vec<Input>,
    pub draft: Option<InputDraft>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputDraft {
    pub stance: Option<Stance>,
    pub body: String,
    /// A youth shares it with the parents (a parent's input is never shared).
    pub shared: bool,
}
