//! Checks on what a service is asked to write, collected per field so that a long form shows
//! every refused field at once (`app::error::FieldErrors`). The rules for free text are the
//! app's (`domain::text`), the same the pages explain.

use time::Date;

use app::domain::text::clean;
use app::error::Message;

/// Longest name, municipality or place a person may type.
pub const LINE_MAX: usize = 200;
/// Longest free text (a handover summary, the reasons of a decision).
pub const TEXT_MAX: usize = 4000;

/// One line of required text.
pub fn line(value: &str) -> Result<String, Message> {
    clean(value, LINE_MAX, false, false).map_err(|e| e.message())
}

/// One line that may be left empty (`None`).
pub fn optional_line(value: Option<&str>) -> Result<Option<String>, Message> {
    match value {
        None => Ok(None),
        Some(v) => clean(v, LINE_MAX, false, true)
            .map(|v| (!v.is_empty()).then_some(v))
            .map_err(|e| e.message()),
    }
}

/// Free text of several lines.
pub fn text(value: &str) -> Result<String, Message> {
    clean(value, TEXT_MAX, true, false).map_err(|e| e.message())
}

pub fn optional_text(value: Option<&str>) -> Result<Option<String>, Message> {
    match value {
        None => Ok(None),
        Some(v) => clean(v, TEXT_MAX, true, true)
            .map(|v| (!v.is_empty()).then_some(v))
            .map_err(|e| e.message()),
    }
}

/// A day that has already come (a melding, a decision taken, a birth date).
pub fn not_after(day: Date, today: Date) -> Result<Date, Message> {
    if day > today {
        Err(Message::new("error-date-future"))
    } else {
        Ok(day)
    }
}

/// A birth date of someone alive: not in the future and not before 1900.
pub fn birth_date(day: Date, today: Date) -> Result<Date, Message> {
    not_after(day, today)?;
    if day.year() < 1900 {
        return Err(Message::new("error-date-implausible"));
    }
    Ok(day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn text_rules_give_field_messages_with_their_arguments() {
        assert_eq!(line("  Bakker ").as_deref(), Ok("Bakker"));
        assert_eq!(line(" ").map_err(|m| m.id), Err("error-text-empty".into()));
        let long = line(&"a".repeat(LINE_MAX + 1)).expect_err("too long");
        assert_eq!(long.args, vec![("max".into(), LINE_MAX.to_string())]);
        assert_eq!(optional_line(Some("  ")), Ok(None));
        assert_eq!(optional_line(None), Ok(None));
    }

    #[test]
    fn dates_in_the_future_or_before_1900_are_refused() {
        let today = date!(2026 - 12 - 01);
        assert!(not_after(date!(2026 - 12 - 02), today).is_err());
        assert!(not_after(today, today).is_ok());
        assert!(birth_date(date!(1899 - 12 - 31), today).is_err());
        assert!(birth_date(date!(2014 - 06 - 01), today).is_ok());
    }
}
