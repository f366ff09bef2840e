//! When a vaste professional is away (holiday, illness, a course), the family must still know
//! whom to reach: the overview's card says who is away, until when, and which named colleague
//! takes over, and outside that colleague's hours it points to the numbers that are always open.
//! The seed report names "onbereikbaar" and changing contacts among what families lose most
//! [SEED §7.2]; an absence announced in advance is the smallest change there is.

use serde::{Deserialize, Serialize};
use time::{Date, Duration, Weekday};

/// An absence that starts within this many days is announced on the card already, so a family
/// planning a call knows beforehand. A week covers "I'll call her next week".
pub const ANNOUNCE_DAYS: i64 = 7;

/// The longest absence one entry may cover. Longer than this is no absence but a change of
/// vaste professional, which the family must be told about with a reason and a handover.
pub const MAX_DAYS: i64 = 183;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AbsenceReason {
    Holiday,
    Illness,
    Course,
    Leave,
    Other,
}

impl AbsenceReason {
    pub const ALL: [AbsenceReason; 5] = [
        AbsenceReason::Holiday,
        AbsenceReason::Illness,
        AbsenceReason::Course,
        AbsenceReason::Leave,
        AbsenceReason::Other,
    ];

    /// Stored in the database and used in Fluent ids (`absence-reason-<key>`).
    pub const fn key(self) -> &'static str {
        match self {
            AbsenceReason::Holiday => "holiday",
            AbsenceReason::Illness => "illness",
            AbsenceReason::Course => "course",
            AbsenceReason::Leave => "leave",
            AbsenceReason::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.key() == key)
    }
}

/// One period a professional is away, both days included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub first_day: Date,
    pub last_day: Date,
}

/// What the card says about an absence today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AbsenceNow {
    /// Away today; back on `back_on` (the first working day after the last day away).
    Away { back_on: Date },
    /// Away from `first_day` on, within [`ANNOUNCE_DAYS`].
    Soon { first_day: Date, back_on: Date },
}

/// The first day after `last_day` that the professional works: one of `workdays` (ISO
/// weekdays, 1 = Monday), or Monday to Friday when their days are not known.
pub fn back_on(last_day: Date, workdays: &[u8]) -> Date {
    let works = |d: Date| {
        if workdays.is_empty() {
            !matches!(d.weekday(), Weekday::Saturday | Weekday::Sunday)
        } else {
            workdays.contains(&d.weekday().number_from_monday())
        }
    };
    let mut day = last_day + Duration::days(1);
    // Seven days always hold a listed workday; the bound only guards against nonsense days.
    for _ in 0..7 {
        if works(day) {
            break;
        }
        day += Duration::days(1);
    }
    day
}

/// The absence to tell the family about today: the one they are in (the one ending last, when
/// two overlap), else the first one starting within [`ANNOUNCE_DAYS`]. Past ones say nothing.
pub fn now(periods: &[Period], today: Date, workdays: &[u8]) -> Option<(Period, AbsenceNow)> {
    let back = |last| back_on(last, workdays);
    if let Some(current) = periods
        .iter()
        .filter(|p| p.first_day <= today && today <= p.last_day)
        .max_by_key(|p| p.last_day)
    {
        // Back-to-back entries (a holiday followed by a course) are one absence to a family.
        let mut last = current.last_day;
        while let Some(next) = periods
            .iter()
            .filter(|p| p.first_day <= back(last) && p.last_day > last)
            .max_by_key(|p| p.last_day)
        {
            last = next.last_day;
        }
        let whole = Period {
            first_day: current.first_day,
            last_day: last,
        };
        return Some((
            whole,
            AbsenceNow::Away {
                back_on: back(last),
            },
        ));
    }
    periods
        .iter()
        .filter(|p| p.first_day > today && (p.first_day - today).whole_days() <= ANNOUNCE_DAYS)
        .min_by_key(|p| p.first_day)
        .map(|p| {
            (
                *p,
                AbsenceNow::Soon {
                    first_day: p.first_day,
                    back_on: back(p.last_day),
                },
            )
        })
}

/// Why an entered period cannot be saved, as the field it is about and a message id.
pub fn check(period: Period, today: Date) -> Vec<(&'static str, &'static str)> {
    let mut problems = vec![];
    if period.last_day < period.first_day {
        problems.push(("last_day", "error-absence-order"));
    } else if (period.last_day - period.first_day).whole_days() >= MAX_DAYS {
        problems.push(("last_day", "error-absence-too-long"));
    }
    if period.last_day < today {
        problems.push(("last_day", "error-absence-past"));
    }
    problems
}

/// Whether someone with these hours can be reached on `weekday` (1 = Monday) at `clock`
/// ("HH:MM", Dutch time). Without hours, a listed day counts as reachable all day; without
/// days nobody knows, so we do not claim they are away.
pub fn reachable_at(hours: OfficeHours<'_>, weekday: u8, clock: &str) -> bool {
    if hours.days.is_empty() {
        return true;
    }
    if !hours.days.contains(&weekday) {
        return false;
    }
    match (hours.from, hours.until) {
        // "HH:MM" strings compare in clock order.
        (Some(from), Some(until)) => from <= clock && clock < until,
        _ => true,
    }
}

/// When someone works: ISO weekdays (1 = Monday) and "HH:MM" hours, as a card lists them.
#[derive(Debug, Clone, Copy, Default)]
pub struct OfficeHours<'a> {
    pub days: &'a [u8],
    pub from: Option<&'a str>,
    pub until: Option<&'a str>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn period(first_day: Date, last_day: Date) -> Period {
        Period {
            first_day,
            last_day,
        }
    }

    #[test]
    fn every_reason_key_round_trips() {
        for r in AbsenceReason::ALL {
            assert_eq!(AbsenceReason::from_key(r.key()), Some(r));
        }
        assert_eq!(AbsenceReason::from_key("strike"), None);
    }

    #[test]
    fn back_on_is_the_next_day_they_work() {
        // Friday 4 December 2026 → Monday 7 December.
        assert_eq!(back_on(date!(2026 - 12 - 04), &[]), date!(2026 - 12 - 07));
        assert_eq!(back_on(date!(2026 - 12 - 05), &[]), date!(2026 - 12 - 07));
        assert_eq!(back_on(date!(2026 - 12 - 01), &[]), date!(2026 - 12 - 02));
        // Someone who works Monday, Wednesday and Friday is back on Wednesday after a Monday.
        assert_eq!(
            back_on(date!(2026 - 12 - 07), &[1, 3, 5]),
            date!(2026 - 12 - 09)
        );
    }

    #[test]
    fn an_absence_counts_from_its_first_to_its_last_day_included() {
        let p = [period(date!(2026 - 12 - 07), date!(2026 - 12 - 11))];
        assert_eq!(
            now(&p, date!(2026 - 12 - 07), &[]).map(|x| x.1),
            Some(AbsenceNow::Away {
                back_on: date!(2026 - 12 - 14)
            })
        );
        assert!(matches!(
            now(&p, date!(2026 - 12 - 11), &[]),
            Some((_, AbsenceNow::Away { .. }))
        ));
        assert_eq!(now(&p, date!(2026 - 12 - 12), &[]), None);
    }

    #[test]
    fn an_absence_is_announced_a_week_ahead_and_not_earlier() {
        let p = [period(date!(2026 - 12 - 14), date!(2026 - 12 - 18))];
        assert_eq!(
            now(&p, date!(2026 - 12 - 07), &[]).map(|x| x.1),
            Some(AbsenceNow::Soon {
                first_day: date!(2026 - 12 - 14),
                back_on: date!(2026 - 12 - 21)
            })
        );
        assert_eq!(now(&p, date!(2026 - 12 - 06), &[]), None);
    }

    #[test]
    fn back_to_back_absences_read_as_one() {
        // A holiday until Friday and a course from Monday: back on the Tuesday after.
        let p = [
            period(date!(2026 - 12 - 07), date!(2026 - 12 - 11)),
            period(date!(2026 - 12 - 14), date!(2026 - 12 - 14)),
        ];
        assert_eq!(
            now(&p, date!(2026 - 12 - 09), &[]),
            Some((
                period(date!(2026 - 12 - 07), date!(2026 - 12 - 14)),
                AbsenceNow::Away {
                    back_on: date!(2026 - 12 - 15)
                }
            ))
        );
    }

    #[test]
    fn a_period_must_be_in_order_not_too_long_and_not_over() {
        let today = date!(2026 - 12 - 02);
        assert!(check(period(today, today), today).is_empty());
        assert_eq!(
            check(period(date!(2026 - 12 - 10), date!(2026 - 12 - 09)), today),
            vec![("last_day", "error-absence-order")]
        );
        assert_eq!(
            check(period(today, date!(2027 - 12 - 01)), today),
            vec![("last_day", "error-absence-too-long")]
        );
        assert_eq!(
            check(period(date!(2026 - 11 - 01), date!(2026 - 11 - 05)), today),
            vec![("last_day", "error-absence-past")]
        );
    }

    #[test]
    fn office_hours_decide_who_answers_now() {
        let reach = OfficeHours {
            days: &[1, 2, 4],
            from: Some("09:00"),
            until: Some("17:00"),
        };
        assert!(reachable_at(reach, 1, "09:00"));
        assert!(reachable_at(reach, 4, "16:59"));
        assert!(!reachable_at(reach, 4, "17:00"));
        assert!(!reachable_at(reach, 3, "10:00"));
        assert!(!reachable_at(reach, 6, "10:00"));
        assert!(reachable_at(OfficeHours::default(), 7, "23:00"));
    }
}
