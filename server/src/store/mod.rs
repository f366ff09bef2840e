//! SQL, and nothing else: portable statements (`$1` placeholders, ISO text dates) that run on
//! SQLite and PostgreSQL alike. Functions that read a family's data take an
//! [`crate::access::Grant`], so they cannot be called without an authorization decision.

pub mod cases;
pub mod identity;
pub mod inputs;
pub mod messages;
pub mod people;
pub mod picture;
pub mod push;
pub mod relations;

use time::{macros::format_description, Date};

/// Store errors are logged in full here and leave as `AppError::Internal`.
pub fn internal(context: &'static str) -> impl Fn(sqlx::Error) -> app::api::AppError {
    move |e| {
        tracing::error!(error = %e, context, "database error");
        app::api::AppError::Internal
    }
}

pub fn iso(date: Date) -> String {
    date.format(format_description!("[year]-[month]-[day]"))
        .unwrap_or_default()
}

pub fn parse_date(text: &str) -> Option<Date> {
    Date::parse(text, format_description!("[year]-[month]-[day]")).ok()
}
