//! Onboarding: the organisations of the chain and the people who sign in to Helder for work
//! (professionals, reviewers, administrators), as an administrator manages them. No case data:
//! an administrator never sees a family.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::domain::ids::OrganisationId;
use crate::domain::OrganisationKind;

/// An organisation as the administrator sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffOrganisation {
    pub id: OrganisationId,
    pub kind: OrganisationKind,
    pub name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    /// Professionals who work there today.
    pub working: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewOrganisation {
    pub kind: OrganisationKind,
    pub name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
}

/// What someone is to Helder when they sign in for work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum StaffKind {
    Professional,
    Reviewer,
    Administrator,
}

impl StaffKind {
    pub const ALL: [StaffKind; 3] = [
        StaffKind::Professional,
        StaffKind::Reviewer,
        StaffKind::Administrator,
    ];

    pub const fn key(self) -> &'static str {
        match self {
            StaffKind::Professional => "professional",
            StaffKind::Reviewer => "reviewer",
            StaffKind::Administrator => "administrator",
        }
    }

    pub fn from_key(key: &str) -> Option<StaffKind> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// Someone who signs in for work, with whether they can sign in yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffMember {
    pub kind: StaffKind,
    /// The professional's or staff member's id.
    pub id: String,
    pub given_name: String,
    pub family_name: String,
    /// For a professional: where they work.
    pub organisation: Option<(OrganisationId, String)>,
    pub email: Option<String>,
    /// Passkeys that work today.
    pub passkeys: u32,
    /// An unused activation code is open until this day.
    pub open_code_until: Option<Date>,
    /// They left on this day: no case, no session, no passkey since.
    pub left_on: Option<Date>,
    /// A reviewer whose suggestions and others' they may make the wording families read.
    #[serde(default)]
    pub may_accept: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewStaffMember {
    pub kind: StaffKind,
    pub given_name: String,
    pub family_name: String,
    /// Required for a professional, ignored for the others.
    pub organisation: Option<OrganisationId>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

/// A code just made for someone who signs in for work: shown once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffCode {
    pub kind: StaffKind,
    pub id: String,
    pub name: String,
    /// "K7QM-3XRT-9PDW-H2FN"
    pub code: String,
    pub valid_until: Date,
    pub activation_url: String,
}

/// What a case system may do with its key: read what its organisation holds on its cases, or
/// also write it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ApiScope {
    Read,
    Write,
}

impl ApiScope {
    pub const ALL: [ApiScope; 2] = [ApiScope::Read, ApiScope::Write];

    pub const fn key(self) -> &'static str {
        match self {
            ApiScope::Read => "read",
            ApiScope::Write => "write",
        }
    }

    pub fn from_key(key: &str) -> Option<ApiScope> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// A key of an organisation's case system, as the administrator sees it (never its secret).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiKey {
    pub id: crate::domain::ids::ApiKeyId,
    pub organisation: (OrganisationId, String),
    pub name: String,
    pub scope: ApiScope,
    pub created_at: time::OffsetDateTime,
    pub last_used_at: Option<time::OffsetDateTime>,
    pub revoked_at: Option<time::OffsetDateTime>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewApiKey {
    pub organisation: OrganisationId,
    pub name: String,
    pub scope: ApiScope,
}

/// A key just made: the whole token is shown this once and never stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssuedApiKey {
    pub key: ApiKey,
    pub token: String,
}

#[cfg(test)]
mod tests {
    use super::StaffKind;

    #[test]
    fn staff_kind_keys_round_trip_and_match_subject_kinds() {
        for kind in StaffKind::ALL {
            assert_eq!(StaffKind::from_key(kind.key()), Some(kind));
        }
        assert_eq!(StaffKind::from_key("person"), None);
        // The keys are the subject kinds the sessions and passkeys use.
        for kind in StaffKind::ALL {
            assert!(crate::domain::Subject::from_parts(kind.key(), "x").is_some());
        }
    }
}
