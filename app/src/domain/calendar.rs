//! Dates in the Netherlands. Deadlines and ages are counted in Dutch calendar days, so "today"
//! is the date in Europe/Amsterdam: CET (UTC+1), or CEST (UTC+2) from the last Sunday of March
//! 01:00 UTC until the last Sunday of October 01:00 UTC (EU summer-time rule, Directive
//! 2000/84/EC). Computed here rather than from a time-zone database, which wasm lacks.

use time::{Date, Duration, Month, OffsetDateTime, PrimitiveDateTime, Time, Weekday};

fn last_sunday(year: i32, month: Month) -> Option<Date> {
    let mut day = Date::from_calendar_date(year, month, month.length(year)).ok()?;
    while day.weekday() != Weekday::Sunday {
        day = day.previous_day()?;
    }
    Some(day)
}

/// Whether Dutch summer time applies at this instant.
pub fn is_summer_time(now: OffsetDateTime) -> bool {
    let now = now.to_offset(time::UtcOffset::UTC);
    let at_one = |d: Date| {
        PrimitiveDateTime::new(d, Time::from_hms(1, 0, 0).unwrap_or(Time::MIDNIGHT)).assume_utc()
    };
    match (
        last_sunday(now.year(), Month::March),
        last_sunday(now.year(), Month::October),
    ) {
        (Some(start), Some(end)) => now >= at_one(start) && now < at_one(end),
        _ => false,
    }
}

/// The calendar date in the Netherlands at this instant.
pub fn dutch_date(now: OffsetDateTime) -> Date {
    let offset = if is_summer_time(now) {
        Duration::hours(2)
    } else {
        Duration::hours(1)
    };
    (now.to_offset(time::UtcOffset::UTC) + offset).date()
}

/// The Dutch date and wall-clock time ("HH:MM") of an instant.
pub fn dutch_date_time(now: OffsetDateTime) -> (Date, String) {
    let offset = if is_summer_time(now) {
        Duration::hours(2)
    } else {
        Duration::hours(1)
    };
    let local = now.to_offset(time::UtcOffset::UTC) + offset;
    (
        local.date(),
        format!("{:02}:{:02}", local.hour(), local.minute()),
    )
}

/// Today in the Netherlands.
pub fn dutch_today() -> Date {
    dutch_date(OffsetDateTime::now_utc())
}

/// A day as a form sends it: `2026-06-15` from a date field, or `15-06-2026` (also with `/`
/// or `.`) typed where the browser has no date field. `None` for anything else.
pub fn parse_form_date(text: &str) -> Option<Date> {
    let text = text.trim();
    let parts: Vec<&str> = text.split(['-', '/', '.']).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let number = |s: &str| -> Option<i32> {
        (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let (year, month, day) = if a.len() == 4 {
        (number(a)?, number(b)?, number(c)?)
    } else if c.len() == 4 {
        (number(c)?, number(b)?, number(a)?)
    } else {
        return None;
    };
    let month = Month::try_from(u8::try_from(month).ok()?).ok()?;
    Date::from_calendar_date(year, month, u8::try_from(day).ok()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_dates_are_read_in_iso_and_in_dutch_order_and_nothing_else() {
        use time::macros::date;
        assert_eq!(parse_form_date("2026-06-15"), Some(date!(2026 - 06 - 15)));
        assert_eq!(parse_form_date(" 15-06-2026 "), Some(date!(2026 - 06 - 15)));
        assert_eq!(parse_form_date("5/6/2026"), Some(date!(2026 - 06 - 05)));
        assert_eq!(parse_form_date("15.06.2026"), Some(date!(2026 - 06 - 15)));
        for bad in [
            "",
            "2026-02-30",
            "15-13-2026",
            "morgen",
            "2026-06",
            "+15-06-2026",
            "15-06-26",
            "١٥-٠٦-٢٠٢٦",
        ] {
            assert_eq!(parse_form_date(bad), None, "{bad}");
        }
    }
    use time::macros::datetime;

    #[test]
    fn winter_evening_in_utc_is_already_tomorrow_in_the_netherlands() {
        assert_eq!(
            dutch_date(datetime!(2026-01-15 23:30 UTC)).to_string(),
            "2026-01-16"
        );
        assert_eq!(
            dutch_date(datetime!(2026-01-15 22:59 UTC)).to_string(),
            "2026-01-15"
        );
    }

    #[test]
    fn summer_uses_two_hours_ahead() {
        assert_eq!(
            dutch_date(datetime!(2026-07-01 22:00 UTC)).to_string(),
            "2026-07-02"
        );
        assert_eq!(
            dutch_date(datetime!(2026-07-01 21:59 UTC)).to_string(),
            "2026-07-01"
        );
    }

    #[test]
    fn summer_time_starts_and_ends_at_one_utc_on_the_last_sundays() {
        // 2026: last Sunday of March is the 29th, of October the 25th.
        assert!(!is_summer_time(datetime!(2026-03-29 00:59 UTC)));
        assert!(is_summer_time(datetime!(2026-03-29 01:00 UTC)));
        assert!(is_summer_time(datetime!(2026-10-25 00:59 UTC)));
        assert!(!is_summer_time(datetime!(2026-10-25 01:00 UTC)));
    }

    #[test]
    fn wall_clock_time_follows_summer_and_winter_time() {
        assert_eq!(dutch_date_time(datetime!(2026-07-01 08:05 UTC)).1, "10:05");
        assert_eq!(dutch_date_time(datetime!(2026-12-01 08:05 UTC)).1, "09:05");
    }

    #[test]
    fn new_years_eve_rolls_over_the_year() {
        assert_eq!(
            dutch_date(datetime!(2026-12-31 23:00 UTC)).to_string(),
            "2027-01-01"
        );
    }
}
