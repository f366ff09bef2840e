use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::domain::{DataKind, ProfessionalRole};

/// One professional access to a family's data, as the family may see it: role and
/// organisation, never the professional's name — or the organisation's case system.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Access {
    pub at: OffsetDateTime,
    /// The professional's role; `None` for the organisation's case system.
    pub role: Option<ProfessionalRole>,
    pub organisation: String,
    pub data: DataKind,
    pub changed: bool,
    /// A professional on the case looked at the pages as a family member sees them.
    pub preview: bool,
}
