use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use crate::domain::ids::{MessageId, PersonId};
use crate::domain::FamilyRelation;

/// One family member's thread with the professionals who answer it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Thread {
    pub person: PersonId,
    pub person_name: String,
    /// The vaste professional who answers, if there is one.
    pub answered_by: Option<String>,
    /// The veiligheidsteam members on the case, who read along.
    pub also_read_by: Vec<String>,
    /// The owner has a line to read and write on (not a child under 12, whose thread holds
    /// only their alerts).
    pub writes: bool,
    /// Oldest first.
    pub messages: Vec<Message>,
    /// When an answer is due, counted from the oldest unanswered message.
    pub reply_by: Option<Date>,
    pub overdue: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub id: MessageId,
    /// Written by the reader.
    pub mine: bool,
    pub author: String,
    /// As typed; always shown as text.
    pub body: String,
    pub urgent: bool,
    pub at: OffsetDateTime,
    /// Read by the other side: by whom (given name) and when.
    pub read: Option<(String, OffsetDateTime)>,
}

/// A family member's thread as the professionals' list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThreadSummary {
    pub person: PersonId,
    pub name: String,
    pub relation: FamilyRelation,
    pub age: Option<u8>,
    pub unread: u32,
    pub urgent_unread: bool,
    /// Unanswered since this day, and whether the answer is late.
    pub waiting_since: Option<Date>,
    pub overdue: bool,
}

/// An urgent alert of a youth that nobody read in time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Alert {
    pub given_name: String,
    pub at: OffsetDateTime,
}

/// Whose thread a message goes to: one's own, or (for those who answer) a family member's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Line {
    Own,
    Of(PersonId),
}
