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
