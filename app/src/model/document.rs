use serde::{Deserialize, Serialize};
use time::Date;

use super::Version;
use crate::domain::ids::{DocumentId, OrganisationId};
use crate::domain::journey::{DocumentKind, DocumentStatus};

/// A plan or report of the case (its title, date and author; not its content).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub id: DocumentId,
    pub kind: DocumentKind,
    pub dated: Date,
    pub organisation: String,
    pub status: DocumentStatus,
    /// The last day for the family's reaction, if one is asked.
    pub react_until: Option<Date>,
    pub version: Version,
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
