//! The review of the texts families read: per language and message its status, who set it and
//! when, its history, the accepted wording; and where on the example pages each text is shown.
//! Never any case data: reviewers see texts and a fictional example family only.

use serde::{Deserialize, Serialize};

/// How far a message is reviewed in one language. No record yet: new.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum WordingStatus {
    New,
    NeedsChange,
    Approved,
}

impl WordingStatus {
    pub const ALL: [WordingStatus; 3] = [
        WordingStatus::New,
        WordingStatus::NeedsChange,
        WordingStatus::Approved,
    ];

    pub const fn key(self) -> &'static str {
        match self {
            WordingStatus::New => "new",
            WordingStatus::NeedsChange => "needs-change",
            WordingStatus::Approved => "approved",
        }
    }

    pub fn from_key(key: &str) -> Option<WordingStatus> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// One message in one language as the workspace lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageState {
    pub id: String,
    pub status: WordingStatus,
    /// Approved, but the text has changed since (a new shipped text or accepted wording).
    pub changed_since_approval: bool,
    /// Who set the status, and when (RFC 3339).
    pub by: Option<String>,
    pub at: Option<String>,
    /// The accepted wording served instead of the shipped text, if any.
    pub accepted: Option<String>,
    /// Suggestions nobody accepted yet.
    pub open_suggestions: u32,
    /// Comments and suggestions in all.
    pub remarks: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EventKind {
    Comment,
    Suggestion,
    Status,
    /// A suggestion became the served wording.
    Accepted,
}

impl EventKind {
    pub const ALL: [EventKind; 4] = [
        EventKind::Comment,
        EventKind::Suggestion,
        EventKind::Status,
        EventKind::Accepted,
    ];

    pub const fn key(self) -> &'static str {
        match self {
            EventKind::Comment => "comment",
            EventKind::Suggestion => "suggestion",
            EventKind::Status => "status",
            EventKind::Accepted => "accepted",
        }
    }

    pub fn from_key(key: &str) -> Option<EventKind> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// One step in a message's history, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WordingEvent {
    pub id: String,
    pub kind: EventKind,
    /// The reviewer's or administrator's name.
    pub author: String,
    /// RFC 3339.
    pub at: String,
    /// The comment, or the suggested (or accepted) text.
    pub body: Option<String>,
    /// For a status change: the new status.
    pub status: Option<WordingStatus>,
    /// For a suggestion: it was accepted later.
    pub accepted: bool,
}

/// Who is reviewing, and whether they may make a suggestion the served wording.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewerInfo {
    pub name: String,
    pub may_accept: bool,
    pub administrator: bool,
}

/// The readers whose pages the workspace knows (the example family's members, a professional
/// and someone not signed in).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Reader {
    Parent,
    Child,
    Youth,
    Youth16,
    Professional,
    Anyone,
}

impl Reader {
    pub const ALL: [Reader; 6] = [
        Reader::Parent,
        Reader::Child,
        Reader::Youth,
        Reader::Youth16,
        Reader::Professional,
        Reader::Anyone,
    ];

    pub const fn key(self) -> &'static str {
        match self {
            Reader::Parent => "parent",
            Reader::Child => "child",
            Reader::Youth => "youth",
            Reader::Youth16 => "youth16",
            Reader::Professional => "professional",
            Reader::Anyone => "anyone",
        }
    }

    pub fn from_key(key: &str) -> Option<Reader> {
        Self::ALL.into_iter().find(|r| r.key() == key)
    }

    /// The value of a message's `$audience` choice this reader gets (`domain::audience`).
    pub const fn audience(self) -> Option<&'static str> {
        match self {
            Reader::Parent => Some("parent"),
            Reader::Child => Some("child"),
            Reader::Youth => Some("youth"),
            Reader::Youth16 => Some("youth16"),
            Reader::Professional | Reader::Anyone => None,
        }
    }
}

/// One page of the example pages, as one reader saw it: the messages it showed, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndexedPage {
    /// What page it is (`overview`, `rights`, `work` …): the key of its name.
    pub page: String,
    pub reader: Reader,
    pub path: String,
    pub messages: Vec<String>,
}

/// Where each message is shown on the example pages, made by opening every page of the
/// example family as each reader (in review mode, so every text names its message).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageIndex {
    pub pages: Vec<IndexedPage>,
    /// Messages shown with a jargon term outside a glossary link, with the terms.
    pub unlinked: Vec<(String, Vec<String>)>,
}

impl PageIndex {
    /// The pages a message is on (page keys, each once, in page order).
    pub fn pages_of(&self, id: &str) -> Vec<&str> {
        let mut out: Vec<&str> = vec![];
        for p in &self.pages {
            if p.messages.iter().any(|m| m == id) && !out.contains(&p.page.as_str()) {
                out.push(&p.page);
            }
        }
        out
    }

    pub fn readers_of(&self, id: &str) -> Vec<Reader> {
        let mut out: Vec<Reader> = self
            .pages
            .iter()
            .filter(|p| p.messages.iter().any(|m| m == id))
            .map(|p| p.reader)
            .collect();
        out.sort();
        out.dedup();
        out
    }

    pub fn unlinked_terms(&self, id: &str) -> &[String] {
        self.unlinked
            .iter()
            .find(|(m, _)| m == id)
            .map_or(&[], |(_, t)| t.as_slice())
    }
}

/// The B1 result of one Dutch message: what its forms measured (the worst of them) and the
/// rules it fails, jargon shown unlinked on an example page included.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct B1Result {
    pub words: usize,
    pub longest_sentence: usize,
    pub score: Option<f64>,
    pub failures: Vec<String>,
    pub long_words: Vec<String>,
    pub passive: Vec<String>,
    pub nominal: Vec<String>,
    pub jargon: Vec<String>,
    pub unlinked: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    pub id: String,
    /// The text as the chosen reader (or the first form) reads it.
    pub preview: String,
    pub status: WordingStatus,
    pub changed: bool,
    pub b1: Vec<String>,
    pub remarks: u32,
    pub open_suggestions: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    pub key: String,
    pub items: Vec<Item>,
}

/// Approved messages and all messages, under some key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Coverage {
    pub key: String,
    pub approved: usize,
    pub total: usize,
}

impl Coverage {
    pub fn percent(&self) -> usize {
        (self.approved * 100).checked_div(self.total).unwrap_or(0)
    }
}

/// One form of a message, for the message page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Form {
    pub choices: Vec<(String, String)>,
    pub text: String,
}

/// Which messages the list shows.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Filter {
    /// `all`, a status key, or `changed` (approved, then changed).
    pub status: String,
    /// A page key (or a `file-…` group); empty: every page.
    pub page: String,
    /// A reader key; empty: every reader.
    pub reader: String,
    /// Only messages failing a B1 rule.
    pub b1: bool,
    pub offset: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct List {
    pub groups: Vec<Group>,
    /// Messages matching the filter in all.
    pub total: usize,
    pub next_offset: Option<usize>,
}

/// One message in one language with everything the reviewer needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MessageView {
    pub id: String,
    pub file: String,
    pub section: Option<String>,
    pub note: Option<String>,
    /// The Fluent text now served (accepted wording or shipped).
    pub source: String,
    pub shipped: String,
    pub forms: Vec<Form>,
    /// The Dutch source's forms, for another language.
    pub dutch: Option<Vec<Form>>,
    pub state: Option<MessageState>,
    pub history: Vec<WordingEvent>,
    /// Pages it is on, with the readers who see it there.
    pub pages: Vec<(String, Vec<Reader>)>,
    pub b1: Option<B1Result>,
}

/// The B1 report: every Dutch message that fails a rule, per rule, and the hints.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct B1Report {
    /// Per rule key: the failing messages with their text.
    pub rules: Vec<(String, Vec<(String, String, B1Result)>)>,
    pub messages: usize,
    pub failing: usize,
    pub passive: usize,
    pub nominal: usize,
}
