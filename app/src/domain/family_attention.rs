//! What a family member should see first on "Mijn overzicht": the thing that runs out soonest.
//! Pure rules, tested here. A term that ends is lost for good (bezwaar, hoger beroep), so the
//! order is by last day, soonest first; an unread answer is waiting today; an item without a
//! last day comes after every dated one. On the same day, the one with legal consequences
//! first.

use serde::{Deserialize, Serialize};
use time::Date;

use super::deadlines::DeadlineKind;
use super::decisions::DecisionKind;
use super::ids::{DecisionId, DocumentId};
use super::journey::DocumentKind;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum FamilyItem {
    /// After a decision, the family's term (bezwaar, hoger beroep) runs until `until`.
    DeadlineRunning {
        kind: DeadlineKind,
        decision: DecisionKind,
        until: Date,
    },
    /// Answers from a professional the reader has not opened yet.
    UnreadAnswer { count: u32 },
    /// A decision is coming: the reader's view counts before it is taken.
    ViewAsked {
        decision: DecisionKind,
        id: DecisionId,
        by: Option<Date>,
    },
    /// A document the reader may react on, until `until` if there is a last day.
    ReactionAsked {
        document: DocumentKind,
        id: DocumentId,
        until: Option<Date>,
    },
}

impl FamilyItem {
    /// The last day to act; `today` for what waits now, `None` when there is no last day.
    pub fn last_day(&self, today: Date) -> Option<Date> {
        match self {
            FamilyItem::DeadlineRunning { until, .. } => Some(*until),
            FamilyItem::UnreadAnswer { .. } => Some(today),
            FamilyItem::ViewAsked { by, .. } => *by,
            FamilyItem::ReactionAsked { until, .. } => *until,
        }
    }

    const fn weight(&self) -> u8 {
        match self {
            FamilyItem::DeadlineRunning { .. } => 0,
            FamilyItem::UnreadAnswer { .. } => 1,
            FamilyItem::ReactionAsked { .. } => 2,
            FamilyItem::ViewAsked { .. } => 3,
        }
    }
}

/// Soonest last day first; undated last; on one day, legal terms before the rest.
pub fn sort(items: &mut [FamilyItem], today: Date) {
    items.sort_by_key(|i| (i.last_day(today).unwrap_or(Date::MAX), i.weight()));
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn the_term_that_runs_out_soonest_comes_first_and_undated_items_last() {
        let today = date!(2026 - 12 - 02);
        let decision = DecisionId::random();
        let document = DocumentId::random();
        let mut items = vec![
            FamilyItem::ViewAsked {
                decision: DecisionKind::Ots,
                id: decision.clone(),
                by: None,
            },
            FamilyItem::DeadlineRunning {
                kind: DeadlineKind::HogerBeroep,
                decision: DecisionKind::Ots,
                until: date!(2027 - 02 - 01),
            },
            FamilyItem::ReactionAsked {
                document: DocumentKind::Raadsrapport,
                id: document,
                until: date!(2026 - 12 - 09).into(),
            },
            FamilyItem::UnreadAnswer { count: 2 },
            FamilyItem::DeadlineRunning {
                kind: DeadlineKind::Bezwaar,
                decision: DecisionKind::Jeugdhulp,
                until: today,
            },
        ];
        sort(&mut items, today);
        assert!(matches!(items[0], FamilyItem::DeadlineRunning { until, .. } if until == today));
        assert!(matches!(items[1], FamilyItem::UnreadAnswer { .. }));
        assert!(matches!(items[2], FamilyItem::ReactionAsked { .. }));
        assert!(matches!(
            items[3],
            FamilyItem::DeadlineRunning {
                kind: DeadlineKind::HogerBeroep,
                ..
            }
        ));
        assert!(matches!(items[4], FamilyItem::ViewAsked { by: None, .. }));
    }
}
