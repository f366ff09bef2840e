//! Legal time limits, computed from dates. Each function cites where the rule comes from
//! (`shared/domain.md`, source keys in brackets).
//!
//! Counting: a term "within N weeks/months after day D" starts the day after D and ends at the
//! end of the day N weeks/months later (the same date; the last day of the month when that
//! date does not exist). A term set by law that ends on a Saturday, Sunday or public holiday
//! runs on to the next day that is none of those [Algemene termijnenwet art. 1, 3].

use serde::{Deserialize, Serialize};
use time::{Date, Duration, Month, Weekday};

/// `date` plus whole calendar months, clamped to the end of a shorter month
/// (31 January + 1 month = 28 or 29 February).
pub fn add_months(date: Date, months: i32) -> Date {
    let total = date.year() * 12 + (date.month() as i32 - 1) + months;
    let year = total.div_euclid(12);
    let month = Month::try_from((total.rem_euclid(12) + 1) as u8).unwrap_or(Month::January);
    let day = date.day().min(month.length(year));
    Date::from_calendar_date(year, month, day).unwrap_or(date)
}

/// Easter Sunday (Gregorian; anonymous computus).
pub fn easter_sunday(year: i32) -> Date {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::from_calendar_date(
        year,
        Month::try_from(month as u8).unwrap_or(Month::April),
        day as u8,
    )
    .unwrap_or(Date::MIN)
}

/// The generally recognised holidays of the Algemene termijnenwet (art. 3): New Year's Day,
/// Easter and Whit Sunday and Monday, Ascension Day, Christmas Day and Boxing Day, King's Day
/// and 5 May. (Good Friday is not one.) King's Day is 27 April, or 26 April when the 27th is a
/// Sunday.
pub fn is_public_holiday(date: Date) -> bool {
    let year = date.year();
    let easter = easter_sunday(year);
    let kings_day = {
        let d27 = Date::from_calendar_date(year, Month::April, 27).unwrap_or(Date::MIN);
        if d27.weekday() == Weekday::Sunday {
            d27 - Duration::days(1)
        } else {
            d27
        }
    };
    let fixed = |m: Month, d: u8| Date::from_calendar_date(year, m, d).ok() == Some(date);
    fixed(Month::January, 1)
        || fixed(Month::May, 5)
        || fixed(Month::December, 25)
        || fixed(Month::December, 26)
        || date == kings_day
        || date == easter
        || date == easter + Duration::days(1)
        || date == easter + Duration::days(39)
        || date == easter + Duration::days(49)
        || date == easter + Duration::days(50)
}

pub fn is_working_day(date: Date) -> bool {
    !matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday) && !is_public_holiday(date)
}

/// A last day that falls on a weekend or holiday moves to the next working day
/// [Algemene termijnenwet art. 1].
pub fn extend_to_working_day(mut date: Date) -> Date {
    while !is_working_day(date) {
        match date.next_day() {
            Some(next) => date = next,
            None => break,
        }
    }
    date
}

/// `n` working days after `date` (the day itself not counted).
pub fn add_working_days(mut date: Date, n: u32) -> Date {
    let mut left = n;
    while left > 0 {
        match date.next_day() {
            Some(next) => date = next,
            None => break,
        }
        if is_working_day(date) {
            left -= 1;
        }
    }
    date
}

/// The time limits families meet. Each gives the last day (inclusive) from the date it
/// starts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DeadlineKind {
    /// Bezwaar against a beschikking of the municipality (e.g. on jeugdhulp): 6 weeks after
    /// the day it was sent [AWB 6:7, 6:8].
    Bezwaar,
    /// Hoger beroep against the court's decision: 3 months after the day of the decision
    /// [RV 358, 806]. Not against a voorlopige OTS [RV 807].
    HogerBeroep,
    /// Asking the kinderrechter to annul a schriftelijke aanwijzing: 2 weeks after it was
    /// given [BW 1:264].
    AanwijzingVervallen,
    /// A spoedmaatregel made without hearing loses force after 2 weeks unless parents (and a
    /// child of 12+) were given the chance to be heard [RV 800(3), 809(3)].
    SpoedVerhoor,
    /// Veilig Thuis decides within 5 working days what happens after a melding [UBWMO 4.1.7(1)].
    VeiligheidsBeoordeling,
    /// Veilig Thuis finishes an onderzoek within 10 weeks [UBWMO 4.1.7(2)].
    VeiligThuisOnderzoek,
    /// A help plan is fixed within 6 weeks [JW 4.1.3(5)].
    Hulpverleningsplan,
    /// A machtiging uithuisplaatsing lapses if not carried out within 3 months [BW 1:265c; JW 2.3(6)].
    UithuisplaatsingUitvoeren,
    /// The GI tells the Raad at least 2 months before the end of an OTS that it will not ask
    /// for an extension [BW 1:265j] — counted back from the end date.
    GeenVerlengingMelden,
}

impl DeadlineKind {
    pub const ALL: [DeadlineKind; 9] = [
        DeadlineKind::Bezwaar,
        DeadlineKind::HogerBeroep,
        DeadlineKind::AanwijzingVervallen,
        DeadlineKind::SpoedVerhoor,
        DeadlineKind::VeiligheidsBeoordeling,
        DeadlineKind::VeiligThuisOnderzoek,
        DeadlineKind::Hulpverleningsplan,
        DeadlineKind::UithuisplaatsingUitvoeren,
        DeadlineKind::GeenVerlengingMelden,
    ];

    pub const fn key(self) -> &'static str {
        match self {
            DeadlineKind::Bezwaar => "bezwaar",
            DeadlineKind::HogerBeroep => "hoger-beroep",
            DeadlineKind::AanwijzingVervallen => "aanwijzing-vervallen",
            DeadlineKind::SpoedVerhoor => "spoed-verhoor",
            DeadlineKind::VeiligheidsBeoordeling => "veiligheidsbeoordeling",
            DeadlineKind::VeiligThuisOnderzoek => "veilig-thuis-onderzoek",
            DeadlineKind::Hulpverleningsplan => "hulpverleningsplan",
            DeadlineKind::UithuisplaatsingUitvoeren => "uithuisplaatsing-uitvoeren",
            DeadlineKind::GeenVerlengingMelden => "geen-verlenging-melden",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }

    /// The last day, inclusive, for a term that starts from `from`.
    pub fn last_day(self, from: Date) -> Date {
        match self {
            DeadlineKind::Bezwaar => extend_to_working_day(from + Duration::weeks(6)),
            DeadlineKind::HogerBeroep => extend_to_working_day(add_months(from, 3)),
            DeadlineKind::AanwijzingVervallen => extend_to_working_day(from + Duration::weeks(2)),
            // Not a term for the family to act in: the measure simply lapses on this day.
            DeadlineKind::SpoedVerhoor => from + Duration::weeks(2),
            DeadlineKind::VeiligheidsBeoordeling => add_working_days(from, 5),
            DeadlineKind::VeiligThuisOnderzoek => from + Duration::weeks(10),
            DeadlineKind::Hulpverleningsplan => from + Duration::weeks(6),
            DeadlineKind::UithuisplaatsingUitvoeren => add_months(from, 3),
            DeadlineKind::GeenVerlengingMelden => add_months(from, -2),
        }
    }
}

/// When a court measure ends: OTS and machtiging uithuisplaatsing last at most one year and
/// can be extended each time by at most a year [BW 1:258, 1:260, 1:265c]. A voorlopige OTS
/// lasts at most 3 months [BW 1:257]. `months` above the maximum is capped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MeasureKind {
    Ots,
    VoorlopigeOts,
    MachtigingUithuisplaatsing,
}

impl MeasureKind {
    pub const ALL: [MeasureKind; 3] = [
        MeasureKind::Ots,
        MeasureKind::VoorlopigeOts,
        MeasureKind::MachtigingUithuisplaatsing,
    ];

    pub const fn key(self) -> &'static str {
        match self {
            MeasureKind::Ots => "ots",
            MeasureKind::VoorlopigeOts => "voorlopige-ots",
            MeasureKind::MachtigingUithuisplaatsing => "machtiging-uithuisplaatsing",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }

    pub const fn max_months(self) -> i32 {
        match self {
            MeasureKind::Ots | MeasureKind::MachtigingUithuisplaatsing => 12,
            MeasureKind::VoorlopigeOts => 3,
        }
    }

    /// The first day the measure no longer applies.
    pub fn ends_on(self, start: Date, months: i32) -> Date {
        add_months(start, months.clamp(1, self.max_months()))
    }

    /// Whether the court's decision on this measure can be appealed; not a voorlopige OTS [RV 807].
    pub const fn appealable(self) -> bool {
        !matches!(self, MeasureKind::VoorlopigeOts)
    }
}

/// How far a deadline is from today, for a countdown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Countdown {
    DaysLeft(i64),
    Today,
    Passed,
}

pub fn countdown(last_day: Date, today: Date) -> Countdown {
    let days = (last_day - today).whole_days();
    match days {
        d if d > 0 => Countdown::DaysLeft(d),
        0 => Countdown::Today,
        _ => Countdown::Passed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn months_clamp_to_the_end_of_shorter_months() {
        assert_eq!(add_months(date!(2026 - 01 - 31), 1), date!(2026 - 02 - 28));
        assert_eq!(add_months(date!(2028 - 01 - 31), 1), date!(2028 - 02 - 29));
        assert_eq!(add_months(date!(2026 - 11 - 30), 3), date!(2027 - 02 - 28));
        assert_eq!(add_months(date!(2026 - 12 - 15), 1), date!(2027 - 01 - 15));
        assert_eq!(add_months(date!(2026 - 03 - 31), -1), date!(2026 - 02 - 28));
        assert_eq!(add_months(date!(2027 - 01 - 10), -2), date!(2026 - 11 - 10));
    }

    #[test]
    fn easter_is_computed_correctly_for_known_years() {
        assert_eq!(easter_sunday(2024), date!(2024 - 03 - 31));
        assert_eq!(easter_sunday(2025), date!(2025 - 04 - 20));
        assert_eq!(easter_sunday(2026), date!(2026 - 04 - 05));
        assert_eq!(easter_sunday(2027), date!(2027 - 03 - 28));
        assert_eq!(easter_sunday(2038), date!(2038 - 04 - 25));
    }

    #[test]
    fn the_holidays_of_the_termijnenwet_are_recognised() {
        for holiday in [
            date!(2026 - 01 - 01),
            date!(2026 - 04 - 06), // tweede paasdag
            date!(2026 - 04 - 27), // Koningsdag (a Monday)
            date!(2026 - 05 - 05),
            date!(2026 - 05 - 14), // Hemelvaartsdag
            date!(2026 - 05 - 25), // tweede pinksterdag
            date!(2026 - 12 - 25),
            date!(2026 - 12 - 26),
            date!(2025 - 04 - 26), // Koningsdag moved: 27 April 2025 was a Sunday
        ] {
            assert!(is_public_holiday(holiday), "{holiday}");
        }
        assert!(
            !is_public_holiday(date!(2026 - 04 - 03)),
            "Good Friday is not in the Atw"
        );
        assert!(
            !is_public_holiday(date!(2025 - 04 - 27)),
            "King's Day 2025 was on the 26th"
        );
    }

    #[test]
    fn bezwaar_runs_six_weeks_from_the_day_after_the_beschikking() {
        // Sent Monday 2 November 2026: last day Monday 14 December 2026.
        assert_eq!(
            DeadlineKind::Bezwaar.last_day(date!(2026 - 11 - 02)),
            date!(2026 - 12 - 14)
        );
    }

    #[test]
    fn a_term_ending_on_a_weekend_runs_on_to_monday() {
        // Sent Saturday 7 November 2026: six weeks later is Saturday 19 December → Monday 21st.
        assert_eq!(
            DeadlineKind::Bezwaar.last_day(date!(2026 - 11 - 07)),
            date!(2026 - 12 - 21)
        );
    }

    #[test]
    fn a_term_ending_on_christmas_runs_past_both_christmas_days_and_the_weekend() {
        // 13 November 2026 + 6 weeks = Friday 25 December → 26th (holiday, Saturday) → 27th
        // (Sunday) → Monday 28 December.
        assert_eq!(
            DeadlineKind::Bezwaar.last_day(date!(2026 - 11 - 13)),
            date!(2026 - 12 - 28)
        );
    }

    #[test]
    fn hoger_beroep_is_three_months_with_month_ends_and_leap_years() {
        assert_eq!(
            DeadlineKind::HogerBeroep.last_day(date!(2026 - 03 - 16)),
            date!(2026 - 06 - 16)
        );
        // 30 November 2026 + 3 months = 28 February 2027, a Sunday → Monday 1 March.
        assert_eq!(
            DeadlineKind::HogerBeroep.last_day(date!(2026 - 11 - 30)),
            date!(2027 - 03 - 01)
        );
        // 29 November 2027 + 3 months = 29 February 2028 (leap year), a Tuesday.
        assert_eq!(
            DeadlineKind::HogerBeroep.last_day(date!(2027 - 11 - 29)),
            date!(2028 - 02 - 29)
        );
        // 31 May 2026 + 3 months = 31 August 2026, a Monday.
        assert_eq!(
            DeadlineKind::HogerBeroep.last_day(date!(2026 - 05 - 31)),
            date!(2026 - 08 - 31)
        );
    }

    #[test]
    fn annulling_a_schriftelijke_aanwijzing_must_be_asked_within_two_weeks() {
        assert_eq!(
            DeadlineKind::AanwijzingVervallen.last_day(date!(2026 - 11 - 25)),
            date!(2026 - 12 - 09)
        );
        // 21 April 2026 + 14 days = 5 May (holiday) → 6 May.
        assert_eq!(
            DeadlineKind::AanwijzingVervallen.last_day(date!(2026 - 04 - 21)),
            date!(2026 - 05 - 06)
        );
    }

    #[test]
    fn a_spoedmaatregel_without_hearing_lapses_after_exactly_two_weeks() {
        assert_eq!(
            DeadlineKind::SpoedVerhoor.last_day(date!(2026 - 12 - 19)),
            date!(2027 - 01 - 02)
        );
    }

    #[test]
    fn veilig_thuis_decides_within_five_working_days() {
        // Melding on Thursday 23 April 2026: Fri 24, (Sat, Sun), (Mon 27 King's Day), Tue 28,
        // Wed 29, Thu 30, Fri 1 May.
        assert_eq!(
            DeadlineKind::VeiligheidsBeoordeling.last_day(date!(2026 - 04 - 23)),
            date!(2026 - 05 - 01)
        );
    }

    #[test]
    fn an_ots_ends_after_its_term_and_never_lasts_longer_than_a_year() {
        assert_eq!(
            MeasureKind::Ots.ends_on(date!(2026 - 02 - 28), 12),
            date!(2027 - 02 - 28)
        );
        assert_eq!(
            MeasureKind::Ots.ends_on(date!(2028 - 02 - 29), 12),
            date!(2029 - 02 - 28)
        );
        assert_eq!(
            MeasureKind::Ots.ends_on(date!(2026 - 01 - 10), 18),
            date!(2027 - 01 - 10)
        );
        assert_eq!(
            MeasureKind::VoorlopigeOts.ends_on(date!(2026 - 01 - 10), 12),
            date!(2026 - 04 - 10)
        );
        assert_eq!(
            MeasureKind::MachtigingUithuisplaatsing.ends_on(date!(2026 - 08 - 31), 6),
            date!(2027 - 02 - 28)
        );
    }

    #[test]
    fn only_a_voorlopige_ots_cannot_be_appealed() {
        assert!(MeasureKind::Ots.appealable());
        assert!(MeasureKind::MachtigingUithuisplaatsing.appealable());
        assert!(!MeasureKind::VoorlopigeOts.appealable());
    }

    #[test]
    fn a_machtiging_lapses_three_months_after_it_was_given_if_not_carried_out() {
        assert_eq!(
            DeadlineKind::UithuisplaatsingUitvoeren.last_day(date!(2026 - 11 - 30)),
            date!(2027 - 02 - 28)
        );
    }

    #[test]
    fn the_gi_must_report_no_extension_two_months_before_the_end() {
        assert_eq!(
            DeadlineKind::GeenVerlengingMelden.last_day(date!(2027 - 04 - 30)),
            date!(2027 - 02 - 28)
        );
    }

    #[test]
    fn countdown_counts_days_and_knows_today_and_passed() {
        let today = date!(2026 - 11 - 28);
        assert_eq!(
            countdown(date!(2026 - 12 - 01), today),
            Countdown::DaysLeft(3)
        );
        assert_eq!(countdown(today, today), Countdown::Today);
        assert_eq!(countdown(date!(2026 - 11 - 27), today), Countdown::Passed);
    }

    #[test]
    fn deadline_keys_round_trip() {
        for k in DeadlineKind::ALL {
            assert_eq!(DeadlineKind::from_key(k.key()), Some(k));
        }
        for m in MeasureKind::ALL {
            assert_eq!(MeasureKind::from_key(m.key()), Some(m));
        }
    }
}
