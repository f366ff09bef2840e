//! Age tiers. The law gives a youth their own rights at 12 and 16 (consent, inzage, being
//! heard: JW 7.3.4–7.3.5, RV 809) and the chain ends at 18 (BW 1:233). Tiers are computed
//! from the birth date on every request, never stored, so a birthday changes access at once.

use serde::{Deserialize, Serialize};
use time::Date;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum AgeTier {
    Under12,
    From12To15,
    From16To17,
    Adult,
}

impl AgeTier {
    pub fn from_age(years: u32) -> AgeTier {
        match years {
            0..=11 => AgeTier::Under12,
            12..=15 => AgeTier::From12To15,
            16..=17 => AgeTier::From16To17,
            _ => AgeTier::Adult,
        }
    }

    pub fn on(birth: Date, today: Date) -> AgeTier {
        AgeTier::from_age(age_on(birth, today))
    }

    pub const fn key(self) -> &'static str {
        match self {
            AgeTier::Under12 => "under-12",
            AgeTier::From12To15 => "12-15",
            AgeTier::From16To17 => "16-17",
            AgeTier::Adult => "adult",
        }
    }
}

/// Full years of age on `today`. Someone born on 29 February turns a year older on 1 March in
/// a year without 29 February: their birthday has not been reached on 28 February.
/// A birth date after `today` gives 0 rather than an error: it is bad data, not a child.
pub fn age_on(birth: Date, today: Date) -> u32 {
    if today <= birth {
        return 0;
    }
    let mut years = today.year() - birth.year();
    let birthday_reached = (today.month() as u8, today.day()) >= (birth.month() as u8, birth.day());
    if !birthday_reached {
        years -= 1;
    }
    u32::try_from(years).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn age_counts_whole_years_up_to_the_birthday() {
        assert_eq!(age_on(date!(2012 - 06 - 15), date!(2026 - 06 - 14)), 13);
        assert_eq!(age_on(date!(2012 - 06 - 15), date!(2026 - 06 - 15)), 14);
        assert_eq!(age_on(date!(2012 - 06 - 15), date!(2026 - 12 - 31)), 14);
    }

    #[test]
    fn a_leap_day_birthday_counts_from_the_first_of_march_in_other_years() {
        let birth = date!(2012 - 02 - 29);
        assert_eq!(age_on(birth, date!(2024 - 02 - 28)), 11);
        assert_eq!(age_on(birth, date!(2024 - 02 - 29)), 12);
        assert_eq!(age_on(birth, date!(2025 - 02 - 28)), 12);
        assert_eq!(age_on(birth, date!(2026 - 02 - 28)), 13);
        assert_eq!(age_on(birth, date!(2026 - 03 - 01)), 14);
    }

    #[test]
    fn a_birth_date_in_the_future_gives_age_zero() {
        assert_eq!(age_on(date!(2030 - 01 - 01), date!(2026 - 01 - 01)), 0);
        assert_eq!(age_on(date!(2026 - 01 - 01), date!(2026 - 01 - 01)), 0);
    }

    #[test]
    fn tiers_change_on_the_12th_16th_and_18th_birthday() {
        let birth = date!(2010 - 03 - 10);
        assert_eq!(AgeTier::on(birth, date!(2022 - 03 - 09)), AgeTier::Under12);
        assert_eq!(
            AgeTier::on(birth, date!(2022 - 03 - 10)),
            AgeTier::From12To15
        );
        assert_eq!(
            AgeTier::on(birth, date!(2026 - 03 - 09)),
            AgeTier::From12To15
        );
        assert_eq!(
            AgeTier::on(birth, date!(2026 - 03 - 10)),
            AgeTier::From16To17
        );
        assert_eq!(
            AgeTier::on(birth, date!(2028 - 03 - 09)),
            AgeTier::From16To17
        );
        assert_eq!(AgeTier::on(birth, date!(2028 - 03 - 10)), AgeTier::Adult);
    }
}
