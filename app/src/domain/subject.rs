//! Who is signed in. The server stores this in the session and derives everything else
//! (relations to a case, age tier, what may be seen) from the database on every request.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Subject {
    /// A family member (parent, youth).
    Person(String),
    /// A professional of one of the organisations.
    Professional(String),
    /// An ervaringsdeskundige who reviews the texts families read; never sees a case.
    Reviewer(String),
    /// Runs the installation (accounts, configuration); never sees a case's content.
    Administrator(String),
    /// An organisation's case system, calling the integration API with one of the
    /// organisation's keys (the key's id). Never has a session or a passkey.
    System(String),
}

impl Subject {
    /// `("person", id)` or `("professional", id)`: how the database names a subject.
    pub fn parts(&self) -> (&'static str, &str) {
        match self {
            Subject::Person(id) => ("person", id),
            Subject::Professional(id) => ("professional", id),
            Subject::Reviewer(id) => ("reviewer", id),
            Subject::Administrator(id) => ("administrator", id),
            Subject::System(id) => ("system", id),
        }
    }

    pub fn from_parts(kind: &str, id: &str) -> Option<Subject> {
        match kind {
            "person" => Some(Subject::Person(id.to_string())),
            "professional" => Some(Subject::Professional(id.to_string())),
            "reviewer" => Some(Subject::Reviewer(id.to_string())),
            "administrator" => Some(Subject::Administrator(id.to_string())),
            "system" => Some(Subject::System(id.to_string())),
            _ => None,
        }
    }

    /// `person:<id>`: one column to find a subject's sessions by.
    pub fn key(&self) -> String {
        let (kind, id) = self.parts();
        format!("{kind}:{id}")
    }
}

#[cfg(test)]
mod tests {
    use super::Subject;

    #[test]
    fn parts_round_trip() {
        for s in [
            Subject::Person("a".into()),
            Subject::Professional("b".into()),
            Subject::Reviewer("c".into()),
            Subject::Administrator("d".into()),
            Subject::System("e".into()),
        ] {
            let (kind, id) = s.parts();
            assert_eq!(Subject::from_parts(kind, id), Some(s.clone()));
        }
        assert_eq!(Subject::from_parts("admin", "x"), None);
        assert_eq!(Subject::Person("p1".into()).key(), "person:p1");
    }
}
