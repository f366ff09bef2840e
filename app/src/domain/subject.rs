//! Who is signed in. The server stores this in the session and derives everything else
//! (relations to a case, age tier, what may be seen) from the database on every request.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Subject {
    /// A family member (parent, youth).
    Person(String),
    /// A professional of one of the organisations.
    Professional(String),
}
