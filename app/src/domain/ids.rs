//! Ids are random UUIDs in their 36-character text form. Each kind of thing has its own type,
//! parsed once where input enters (a server function, the API, a live-stream path); anything
//! else in a URL or form is refused before it reaches SQL (PostgreSQL, for one, rejects a NUL
//! byte with an error), and a decision id cannot be passed where a case id is meant.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Whether `text` is a UUID in canonical text form (8-4-4-4-12 hex digits).
pub fn is_valid_id(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 36
        && bytes.iter().enumerate().all(|(i, b)| match i {
            8 | 13 | 18 | 23 => *b == b'-',
            _ => b.is_ascii_hexdigit(),
        })
}

/// Text that is not an id of the expected form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("not an id")]
pub struct InvalidId;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            pub fn parse(text: &str) -> Result<$name, InvalidId> {
                if is_valid_id(text) {
                    Ok($name(text.to_ascii_lowercase()))
                } else {
                    Err(InvalidId)
                }
            }

            /// A new random id (server side: only the server makes ids).
            #[cfg(any(feature = "ssr", test))]
            pub fn random() -> $name {
                $name(uuid::Uuid::new_v4().to_string())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = InvalidId;
            fn try_from(text: String) -> Result<$name, InvalidId> {
                $name::parse(&text)
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }

        impl std::str::FromStr for $name {
            type Err = InvalidId;
            fn from_str(text: &str) -> Result<$name, InvalidId> {
                $name::parse(text)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({})", stringify!($name), self.0)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }
    };
}

id_type!(
    /// A family's case.
    CaseId
);
id_type!(
    /// A family member (parent, child, ex-partner).
    PersonId
);
id_type!(
    /// A professional of one of the organisations.
    ProfessionalId
);
id_type!(
    /// An organisation (Veilig Thuis, a wijkteam, the Raad, a GI, …).
    OrganisationId
);
id_type!(
    /// A professional's assignment to a case; the id of a vaste-professional assignment is
    /// also what a family member acknowledges when the vaste professional changed.
    AssignmentId
);
id_type!(
    /// One period a professional is away.
    AbsenceId
);
id_type!(
    /// A step on the family's timeline.
    StepId
);
id_type!(
    /// An upcoming or taken decision.
    DecisionId
);
id_type!(
    /// A meeting: a conversation, the Jeugdbeschermingstafel, a hearing.
    MeetingId
);
id_type!(
    /// A plan or report.
    DocumentId
);
id_type!(
    /// A message in a family member's thread.
    MessageId
);
id_type!(
    /// A family member's input on a decision.
    InputId
);
id_type!(
    /// The key a form carries so that sending it twice stores it once.
    IdempotencyKey
);
id_type!(
    /// An organisation's key for the integration API (its public part; the secret is apart).
    ApiKeyId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_uuids_are_valid() {
        assert!(is_valid_id("dfab8d6a-b994-45d1-9059-dab275019d3d"));
        assert!(is_valid_id("00000000-0000-4000-8000-000000000000"));
    }

    #[test]
    fn anything_else_is_refused() {
        for bad in [
            "",
            "123",
            "dfab8d6a-b994-45d1-9059-dab275019d3",
            "dfab8d6a-b994-45d1-9059-dab275019d3dd",
            "dfab8d6ab99445d19059dab275019d3d0000",
            "dfab8d6a-b994-45d1-9059-dab27501\0d3d",
            "gfab8d6a-b994-45d1-9059-dab275019d3d",
            "' OR 1=1 --",
        ] {
            assert!(!is_valid_id(bad), "{bad:?}");
            assert_eq!(CaseId::parse(bad), Err(InvalidId));
        }
    }

    #[test]
    fn a_typed_id_round_trips_as_plain_text_and_refuses_garbage_when_decoded() {
        let id = CaseId::parse("DFAB8D6A-B994-45D1-9059-DAB275019D3D").expect("valid");
        assert_eq!(id.as_str(), "dfab8d6a-b994-45d1-9059-dab275019d3d");
        let json = serde_json::to_string(&id).expect("encode");
        assert_eq!(json, "\"dfab8d6a-b994-45d1-9059-dab275019d3d\"");
        assert_eq!(serde_json::from_str::<CaseId>(&json).ok(), Some(id));
        assert!(serde_json::from_str::<CaseId>("\"x\"").is_err());
    }
}
