//! Which kind of a family's data a professional read or changed: the access log records it,
//! and the family reads it back in plain words on "Wie keek er" (`access-data-<key>`).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DataKind {
    Overview,
    Powers,
    Timeline,
    Rights,
    Decisions,
    Meetings,
    Documents,
    Help,
    Changes,
    /// Whether family members can sign in; activation codes.
    Account,
    /// Family members and their contact details.
    Family,
    /// A family member's messages with their professionals.
    Messages,
    /// The family's input on decisions.
    Inputs,
    /// Who works with the family, and who is the vaste professional.
    Team,
}

impl DataKind {
    pub const ALL: [DataKind; 14] = [
        DataKind::Overview,
        DataKind::Powers,
        DataKind::Timeline,
        DataKind::Rights,
        DataKind::Decisions,
        DataKind::Meetings,
        DataKind::Documents,
        DataKind::Help,
        DataKind::Changes,
        DataKind::Account,
        DataKind::Family,
        DataKind::Messages,
        DataKind::Inputs,
        DataKind::Team,
    ];

    pub const fn key(self) -> &'static str {
        match self {
            DataKind::Overview => "overview",
            DataKind::Powers => "powers",
            DataKind::Timeline => "timeline",
            DataKind::Rights => "rights",
            DataKind::Decisions => "decisions",
            DataKind::Meetings => "meetings",
            DataKind::Documents => "documents",
            DataKind::Help => "help",
            DataKind::Changes => "changes",
            DataKind::Account => "account",
            DataKind::Family => "family",
            DataKind::Messages => "messages",
            DataKind::Inputs => "inputs",
            DataKind::Team => "team",
        }
    }

    pub fn from_key(key: &str) -> Option<DataKind> {
        DataKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

#[cfg(test)]
mod tests {
    use super::DataKind;

    #[test]
    fn every_data_kind_key_round_trips() {
        for kind in DataKind::ALL {
            assert_eq!(DataKind::from_key(kind.key()), Some(kind));
        }
        assert_eq!(DataKind::from_key("secrets"), None);
    }
}
