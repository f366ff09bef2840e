//! What needs a professional's attention first on "Mijn gezinnen": pure rules, so the order
//! of a caseload is decided in one place and tested here.
//!
//! The order is about harm: a youth who said they feel unsafe comes before anything else;
//! then families waiting past the promised answer; then input the family gave that nobody
//! acknowledged yet (the family sees "nog niet gelezen"); then decisions due soon and terms
//! the family is running out of. Within a rank, the earliest date first.

use serde::{Deserialize, Serialize};
use time::Date;

use super::deadlines::DeadlineKind;
use super::decisions::DecisionKind;

/// A decision expected within this many days (or overdue) is "due".
pub const DUE_SOON_DAYS: i64 = 14;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Attention {
    /// An "ik voel me niet veilig" alert nobody read in time.
    UnsafeAlert { given_name: String, on: Date },
    /// A family member waits for an answer past the day it was promised.
    OverdueAnswer { name: String, since: Date },
    /// Input on a decision that no professional acknowledged yet.
    InputWaiting { count: u32, since: Date },
    /// A family member's message is unread, not yet overdue.
    Unanswered { name: String, since: Date },
    /// A decision without an outcome, expected within [`DUE_SOON_DAYS`] or already late.
    DecisionDue { kind: DecisionKind, on: Date },
    /// After an outcome, the family's term (bezwaar, hoger beroep) runs until `until`.
    DeadlineRunning { kind: DeadlineKind, until: Date },
}

impl Attention {
    /// Lower comes first.
    pub const fn rank(&self) -> u8 {
        match self {
            Attention::UnsafeAlert { .. } => 0,
            Attention::OverdueAnswer { .. } => 1,
            Attention::InputWaiting { .. } => 2,
            Attention::DecisionDue { .. } => 3,
            Attention::DeadlineRunning { .. } => 4,
            Attention::Unanswered { .. } => 5,
        }
    }

    /// The date the item is about, for ordering within a rank.
    pub const fn date(&self) -> Date {
        match self {
            Attention::UnsafeAlert { on, .. } => *on,
            Attention::OverdueAnswer { since, .. }
            | Attention::InputWaiting { since, .. }
            | Attention::Unanswered { since, .. } => *since,
            Attention::DecisionDue { on, .. } => *on,
            Attention::DeadlineRunning { until, .. } => *until,
        }
    }

    /// Whether the item is urgent enough to mark the whole family as such.
    pub const fn urgent(&self) -> bool {
        matches!(
            self,
            Attention::UnsafeAlert { .. } | Attention::OverdueAnswer { .. }
        )
    }
}

/// Order one family's items: most urgent first, then the earliest date.
pub fn sort(items: &mut [Attention]) {
    items.sort_by_key(|a| (a.rank(), a.date()));
}

/// Whether a decision without an outcome is due: expected within [`DUE_SOON_DAYS`] of today,
/// or already past its expected day.
pub fn decision_due(expected_on: Option<Date>, decided: bool, today: Date) -> bool {
    !decided && expected_on.is_some_and(|on| (on - today).whole_days() <= DUE_SOON_DAYS)
}

/// The family's term after a decision's outcome, while it still runs (its last day is today
/// or later).
pub fn running_deadline(
    kind: DecisionKind,
    decided_on: Option<Date>,
    today: Date,
) -> Option<(DeadlineKind, Date)> {
    let deadline = kind.objection_deadline()?;
    let until = deadline.last_day(decided_on?);
    (until >= today).then_some((deadline, until))
}

/// Order families: the one whose first item is most urgent first; families with nothing
/// waiting last, by name. `first` is each family's most urgent item, if any.
pub fn family_order(first: Option<&Attention>, name: &str) -> (u8, Option<Date>, String) {
    match first {
        Some(a) => (a.rank(), Some(a.date()), name.to_string()),
        None => (u8::MAX, None, name.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn an_unsafe_alert_comes_before_everything_and_dates_order_within_a_rank() {
        let mut items = vec![
            Attention::DecisionDue {
                kind: DecisionKind::Ots,
                on: date!(2026 - 12 - 03),
            },
            Attention::Unanswered {
                name: "Noor".into(),
                since: date!(2026 - 11 - 30),
            },
            Attention::OverdueAnswer {
                name: "Sanne".into(),
                since: date!(2026 - 11 - 20),
            },
            Attention::UnsafeAlert {
                given_name: "Noor".into(),
                on: date!(2026 - 12 - 01),
            },
            Attention::OverdueAnswer {
                name: "Mark".into(),
                since: date!(2026 - 11 - 10),
            },
        ];
        sort(&mut items);
        assert!(matches!(items[0], Attention::UnsafeAlert { .. }));
        assert!(matches!(&items[1], Attention::OverdueAnswer { name, .. } if name == "Mark"));
        assert!(matches!(&items[2], Attention::OverdueAnswer { name, .. } if name == "Sanne"));
        assert!(matches!(items[3], Attention::DecisionDue { .. }));
        assert!(matches!(items[4], Attention::Unanswered { .. }));
        assert!(items[0].urgent() && !items[3].urgent());
    }

    #[test]
    fn a_decision_is_due_within_two_weeks_or_when_late_and_never_once_taken() {
        let today = date!(2026 - 12 - 01);
        assert!(decision_due(Some(date!(2026 - 12 - 15)), false, today));
        assert!(!decision_due(Some(date!(2026 - 12 - 16)), false, today));
        assert!(
            decision_due(Some(date!(2026 - 11 - 01)), false, today),
            "late"
        );
        assert!(
            !decision_due(Some(date!(2026 - 12 - 02)), true, today),
            "taken"
        );
        assert!(
            !decision_due(None, false, today),
            "no date, nothing to count"
        );
    }

    #[test]
    fn a_term_runs_from_the_outcome_until_its_last_day_and_then_drops_off() {
        let decided = date!(2026 - 11 - 02);
        let (kind, until) =
            running_deadline(DecisionKind::Ots, Some(decided), date!(2026 - 12 - 01))
                .expect("runs");
        assert_eq!(kind, DeadlineKind::HogerBeroep);
        assert_eq!(until, DeadlineKind::HogerBeroep.last_day(decided));
        assert_eq!(
            running_deadline(
                DecisionKind::Ots,
                Some(decided),
                until + time::Duration::days(1)
            ),
            None
        );
        assert_eq!(
            running_deadline(DecisionKind::Ots, None, date!(2026 - 12 - 01)),
            None
        );
    }

    #[test]
    fn families_with_urgent_items_come_first_and_quiet_ones_last_by_name() {
        let alert = Attention::UnsafeAlert {
            given_name: "N".into(),
            on: date!(2026 - 12 - 01),
        };
        let due = Attention::DecisionDue {
            kind: DecisionKind::Ots,
            on: date!(2026 - 11 - 01),
        };
        let mut families = vec![
            family_order(None, "Visser"),
            family_order(Some(&due), "Bakker"),
            family_order(None, "Aydin"),
            family_order(Some(&alert), "Yilmaz"),
        ];
        families.sort();
        let names: Vec<_> = families.into_iter().map(|f| f.2).collect();
        assert_eq!(names, ["Yilmaz", "Bakker", "Aydin", "Visser"]);
    }
}
