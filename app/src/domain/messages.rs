//! Rules for the family's own line to their professionals (F8, F9, F10): how long a message
//! may be, when an answer is due, and who has a private line.

use time::Date;

use super::deadlines::add_working_days;

/// Longest message, in characters: enough for a careful story, short enough to read on a phone.
pub const MESSAGE_MAX: usize = 2000;
/// Longest note with "Ik voel me niet veilig".
pub const UNSAFE_NOTE_MAX: usize = 500;
/// The vaste professional answers within this many working days (the commitment shown).
pub const REPLY_WORKING_DAYS: u32 = 2;

/// The day by which a message sent on `sent` is answered.
pub fn reply_by(sent: Date) -> Date {
    add_working_days(sent, REPLY_WORKING_DAYS)
}

/// The day of the oldest family message not yet answered: messages after the last one from a
/// professional. `from_family` per message, oldest first.
pub fn first_unanswered(messages: &[(bool, Date)]) -> Option<Date> {
    let after_last_answer = messages
        .iter()
        .rposition(|(from_family, _)| !from_family)
        .map_or(0, |i| i + 1);
    messages[after_last_answer..]
        .iter()
        .find(|(from_family, _)| *from_family)
        .map(|(_, d)| *d)
}

/// An answer is late when today is past the day it was due.
pub fn is_overdue(unanswered_since: Option<Date>, today: Date) -> bool {
    unanswered_since.is_some_and(|d| today > reply_by(d))
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn an_answer_is_due_two_working_days_later() {
        // Friday → Tuesday.
        assert_eq!(reply_by(date!(2026 - 11 - 27)), date!(2026 - 12 - 01));
        // Over Christmas (25 and 26 December are holidays).
        assert_eq!(reply_by(date!(2026 - 12 - 24)), date!(2026 - 12 - 29));
    }

    #[test]
    fn the_oldest_message_after_the_last_answer_counts() {
        let d = |n| date!(2026 - 11 - 01) + time::Duration::days(n);
        assert_eq!(first_unanswered(&[]), None);
        assert_eq!(first_unanswered(&[(true, d(1)), (true, d(2))]), Some(d(1)));
        assert_eq!(first_unanswered(&[(true, d(1)), (false, d(2))]), None);
        assert_eq!(
            first_unanswered(&[(true, d(1)), (false, d(2)), (true, d(3)), (true, d(4))]),
            Some(d(3))
        );
    }

    #[test]
    fn late_means_past_the_due_day() {
        let sent = date!(2026 - 11 - 23); // Monday; due Wednesday
        assert!(!is_overdue(Some(sent), date!(2026 - 11 - 25)));
        assert!(is_overdue(Some(sent), date!(2026 - 11 - 26)));
        assert!(!is_overdue(None, date!(2026 - 11 - 26)));
    }
}
