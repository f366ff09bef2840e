//! Why a family's vaste professional changed. The family reads the reason with the handover
//! summary on "Wisselingen"; a change always needs both [SEED §7.2: a change of professional is
//! one of the causes of the long chain, so it must at least be explained].

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ChangeReason {
    /// The professional took another job or left the organisation.
    NewJob,
    /// The case moved to another organisation (the GI takes over during a measure).
    PhaseChange,
    /// The family asked for someone else.
    FamilyRequest,
    /// Long leave (illness, parental leave).
    Leave,
}

impl ChangeReason {
    pub const ALL: [ChangeReason; 4] = [
        ChangeReason::NewJob,
        ChangeReason::PhaseChange,
        ChangeReason::FamilyRequest,
        ChangeReason::Leave,
    ];

    /// Stored in the database and used in Fluent ids (`change-reason-<key>`).
    pub const fn key(self) -> &'static str {
        match self {
            ChangeReason::NewJob => "new-job",
            ChangeReason::PhaseChange => "phase-change",
            ChangeReason::FamilyRequest => "family-request",
            ChangeReason::Leave => "leave",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.key() == key)
    }
}

/// How long a new vaste professional is announced as new on the overview (unless the reader
/// said they read it): six weeks, the time in which a family usually has had a first
/// conversation with them. After that, "Wisselingen" keeps the history.
pub const NEW_FOR_DAYS: i64 = 42;

/// Whether a change of vaste professional on `since` still counts as new `today`.
pub fn still_new(since: time::Date, today: time::Date) -> bool {
    (today - since).whole_days() < NEW_FOR_DAYS
}

#[cfg(test)]
mod tests {
    use super::{still_new, ChangeReason, NEW_FOR_DAYS};
    use time::macros::date;

    #[test]
    fn a_change_counts_as_new_for_six_weeks() {
        let since = date!(2026 - 10 - 01);
        assert!(still_new(since, since));
        assert!(still_new(
            since,
            since + time::Duration::days(NEW_FOR_DAYS - 1)
        ));
        assert!(!still_new(
            since,
            since + time::Duration::days(NEW_FOR_DAYS)
        ));
    }

    #[test]
    fn every_reason_key_round_trips() {
        for r in ChangeReason::ALL {
            assert_eq!(ChangeReason::from_key(r.key()), Some(r));
        }
        assert_eq!(ChangeReason::from_key("fired"), None);
    }
}
