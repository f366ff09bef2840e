use serde::{Deserialize, Serialize};
use time::Date;

use crate::domain::ids::{DecisionId, DocumentId, InputId};

/// What a family member gives input on: an upcoming decision, or a document that asks for
/// their reaction. Both are handled alike: sent once, acknowledged, answered.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum InputOn {
    Decision(DecisionId),
    Document(DocumentId),
}

impl InputOn {
    /// The item's own id, as text.
    pub fn item_id(&self) -> &str {
        match self {
            InputOn::Decision(id) => id.as_str(),
            InputOn::Document(id) => id.as_str(),
        }
    }

    /// The family's page of the item, where the input is given and answered.
    pub fn page(&self, case: &str) -> String {
        match self {
            InputOn::Decision(id) => format!("/zaak/{case}/wat-komt-eraan/{id}"),
            InputOn::Document(id) => format!("/zaak/{case}/documenten/{id}"),
        }
    }
}

/// As a form sends it: `decision:<id>` or `document:<id>`.
impl std::fmt::Display for InputOn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            InputOn::Decision(id) => write!(f, "decision:{id}"),
            InputOn::Document(id) => write!(f, "document:{id}"),
        }
    }
}

impl std::str::FromStr for InputOn {
    type Err = ();
    fn from_str(s: &str) -> Result<InputOn, ()> {
        match s.split_once(':') {
            Some(("decision", id)) => id.parse().map(InputOn::Decision).map_err(|_| ()),
            Some(("document", id)) => id.parse().map(InputOn::Document).map_err(|_| ()),
            _ => Err(()),
        }
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_item_survives_its_form_field() {
        for on in [
            InputOn::Decision(DecisionId::random()),
            InputOn::Document(DocumentId::random()),
        ] {
            assert_eq!(on.to_string().parse::<InputOn>(), Ok(on));
        }
        assert!("meeting:x".parse::<InputOn>().is_err());
        assert!("decision:not-an-id".parse::<InputOn>().is_err());
        assert!("".parse::<InputOn>().is_err());
    }
}
