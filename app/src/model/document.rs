use serde::{Deserialize, Serialize};
use time::Date;

use super::Version;
use crate::domain::ids::{DocumentId, OrganisationId};
use crate::domain::journey::{DocumentKind, DocumentStatus};

/// A plan or report of the case: its kind, date and author, and whether its file is here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub id: DocumentId,
    pub kind: DocumentKind,
    pub dated: Date,
    pub organisation: String,
    pub status: DocumentStatus,
    /// The last day for the family's reaction, if one is asked.
    pub react_until: Option<Date>,
    /// The uploaded PDF, if there is one (its content is fetched on its own, when opened).
    pub file: Option<FileInfo>,
    pub version: Version,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileInfo {
    pub name: String,
    /// In bytes.
    pub size: i64,
}

/// A file as it arrives: checked by `domain::document_file` before it is stored.
#[derive(Clone, PartialEq, Eq)]
pub struct NewFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

impl std::fmt::Debug for NewFile {
    // Never the content in a log line.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "NewFile({}, {} bytes)", self.name, self.bytes.len())
    }
}

/// A stored file, to be sent to someone who may open it.
#[derive(Clone, PartialEq, Eq)]
pub struct StoredFile {
    pub name: String,
    pub content_type: String,
    pub bytes: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewDocument {
    pub kind: DocumentKind,
    pub dated: Date,
    pub organisation: OrganisationId,
    pub status: DocumentStatus,
    pub react_until: Option<Date>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentUpdate {
    pub status: DocumentStatus,
    pub react_until: Option<Date>,
    pub version: Version,
}
