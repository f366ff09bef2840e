//! What crosses the wire for messages and the "ik voel me niet veilig" alert.

use serde::{Deserialize, Serialize};
use time::Date;

use super::types::CaseHeader;
use crate::domain::ids::{IdempotencyKey, InputId, MessageId, PersonId};

/// "Berichten": a family member sees their own thread; the vaste professional and the
/// veiligheidsteam member see the list of the family's threads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum MessagesView {
    Own(ThreadView),
    Team(TeamView),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThreadView {
    pub header: CaseHeader,
    /// Whose thread (for the professional's heading); the viewer's own for family.
    pub person_id: PersonId,
    pub person_name: String,
    /// The vaste professional who answers, if there is one.
    pub answered_by: Option<String>,
    pub also_read_by: Vec<String>,
    pub writes: bool,
    pub messages: Vec<MessageView>,
    /// When an answer is due (family view), or overdue since (professional view).
    pub reply_by: Option<Date>,
    pub overdue: bool,
    /// A fresh idempotency key for the next message form.
    pub new_key: IdempotencyKey,
    /// A draft kept after a refused send, and the message id that says why.
    pub draft: Option<String>,
    pub error: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageView {
    pub id: MessageId,
    pub mine: bool,
    pub author: String,
    pub body: String,
    pub urgent: bool,
    pub date: Date,
    pub time: String,
    /// "Gelezen door … om …"
    pub read: Option<ReadReceipt>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReadReceipt {
    pub by: String,
    pub date: Date,
    pub time: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamView {
    pub header: CaseHeader,
    pub threads: Vec<ThreadSummary>,
}

/// A family member's thread in the professionals' list: the services' record as is.
pub use crate::model::message::ThreadSummary;

/// The "ik voel me niet veilig" page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnsafeView {
    pub header: CaseHeader,
    pub vaste: Option<String>,
    pub new_key: IdempotencyKey,
}

/// What input is given on: an upcoming decision, or a plan or report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum InputItem {
    Decision(super::types::DecisionEntry),
    Document(super::types::DocumentEntry),
}

/// "Mijn inbreng" on one decision (F7), or the family's reaction on one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionInputView {
    pub header: CaseHeader,
    /// As the form sends it back.
    pub on: crate::model::input::InputOn,
    pub item: InputItem,
    /// Input is taken now (the decision is not made; the reaction's last day has not passed).
    pub open: bool,
    /// The viewer's own sent inputs.
    pub mine: Vec<InputView>,
    /// Others' inputs this viewer may see: all, for professionals; a youth's shared input, for
    /// a parent.
    pub others: Vec<InputView>,
    pub draft: Option<InputDraft>,
    /// Fluent id of why the last attempt was refused.
    pub error: Option<String>,
    pub new_key: IdempotencyKey,
    pub can_give: bool,
    pub can_handle: bool,
    /// The viewer is a youth: the choice to share with the parents is offered.
    pub youth: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct InputDraft {
    pub stance: Option<String>,
    pub body: String,
    pub shared: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputView {
    pub id: InputId,
    pub author: String,
    /// Written by a youth (shown as such to professionals).
    pub youth: bool,
    /// `agree`, `partly`, `disagree`.
    pub stance: Option<String>,
    pub body: String,
    pub shared: bool,
    pub sent: Option<Date>,
    /// Who acknowledged it, and when.
    pub acknowledged: Option<(String, Date)>,
    /// What was done with it ("meegewogen: …"), and when.
    pub outcome: Option<(String, Date)>,
}
