//! SQL, and nothing else: portable statements (`$1` placeholders, ISO text dates, 0/1 flags)
//! that run on SQLite and PostgreSQL alike, turning rows into the app's records. Functions
//! that read or write a family's case take an [`crate::access::Grant`], so they cannot be
//! called without an authorization decision; writes take the transaction they belong to.
//! A stored value the code does not know is a [`StoreError::Corrupt`], never a skipped row.

pub mod absences;
pub mod api_keys;
pub mod cases;
pub mod decisions;
pub mod documents;
pub mod error;
pub mod identity;
pub mod inputs;
pub mod meetings;
pub mod messages;
pub mod organisations;
pub mod people;
pub mod push;
pub mod references;
pub mod relations;
pub mod secrets;
pub mod staff;
pub mod team;
pub mod timeline;
pub mod wording;

pub use error::StoreError;

use time::format_description::well_known::Rfc3339;
use time::{macros::format_description, Date, OffsetDateTime};

pub use crate::db::{Conn, Tx};

/// One connection from the pool, for reads that take a connection.
pub async fn connection(
    db: &crate::db::Db,
) -> Result<sqlx::pool::PoolConnection<sqlx::Any>, StoreError> {
    db.conn().await.map_err(StoreError::from_sqlx("acquire"))
}

pub fn iso(date: Date) -> String {
    date.format(format_description!("[year]-[month]-[day]"))
        .unwrap_or_default()
}

pub fn parse_date(text: &str) -> Option<Date> {
    Date::parse(text, format_description!("[year]-[month]-[day]")).ok()
}

/// A stored date that must be readable.
pub fn date(what: &'static str, text: &str) -> Result<Date, StoreError> {
    parse_date(text).ok_or_else(|| StoreError::corrupt(what, text))
}

pub fn opt_date(what: &'static str, text: Option<&str>) -> Result<Option<Date>, StoreError> {
    text.map(|t| date(what, t)).transpose()
}

/// A stored enum key that must be known.
pub fn key<T>(
    what: &'static str,
    text: &str,
    from_key: fn(&str) -> Option<T>,
) -> Result<T, StoreError> {
    from_key(text).ok_or_else(|| StoreError::corrupt(what, text))
}

pub fn opt_key<T>(
    what: &'static str,
    text: Option<&str>,
    from_key: fn(&str) -> Option<T>,
) -> Result<Option<T>, StoreError> {
    text.map(|t| key(what, t, from_key)).transpose()
}

/// A stored id that must be well-formed.
pub fn id<T: std::str::FromStr>(what: &'static str, text: &str) -> Result<T, StoreError> {
    text.parse().map_err(|_| StoreError::corrupt(what, text))
}

/// A stored RFC 3339 instant.
pub fn instant(what: &'static str, text: &str) -> Result<OffsetDateTime, StoreError> {
    OffsetDateTime::parse(text, &Rfc3339).map_err(|_| StoreError::corrupt(what, text))
}

/// Now, as stored: RFC 3339 in UTC.
pub fn now_text() -> String {
    OffsetDateTime::now_utc()
        .format(&Rfc3339)
        .unwrap_or_else(|_| "1970-01-01T00:00:00Z".into())
}

/// A flag as stored (0/1 integers are portable through `sqlx::Any`).
pub fn flag(value: bool) -> i64 {
    i64::from(value)
}

/// An item that is closed by setting a date rather than deleted, so what happened stays on
/// record: a withdrawn decision or document, a cancelled meeting.
pub struct Closable {
    pub table: &'static str,
    /// The date column that closes it (NULL while it stands).
    pub column: &'static str,
}

/// Close item `id` of the granted case on `on`, if it still stands at `version`.
pub async fn close_versioned(
    conn: &mut Conn,
    grant: &crate::access::grant::Grant,
    item: Closable,
    id: &str,
    on: time::Date,
    version: app::model::Version,
) -> Result<(), StoreError> {
    let Closable { table, column } = item;
    // Table and column are constants of this crate, never input.
    let done = sqlx::query(&format!(
        "UPDATE {table} SET {column} = $1, version = version + 1
         WHERE id = $2 AND case_id = $3 AND version = $4 AND {column} IS NULL"
    ))
    .bind(iso(on))
    .bind(id)
    .bind(grant.case_id().as_str())
    .bind(version)
    .execute(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("close item"))?
    .rows_affected();
    let exists =
        format!("SELECT COUNT(*) FROM {table} WHERE id = $1 AND case_id = $2 AND {column} IS NULL");
    checked_update(conn, done, Some(&exists), id, grant.case_id().as_str()).await
}

/// Run one UPDATE that bumps the version of an item of the granted case; no row changed
/// means the item is not there (`NotFound`) or moved on (`Stale`), which `exists` tells.
pub async fn checked_update(
    conn: &mut Conn,
    done: u64,
    exists: Option<&str>,
    bind: &str,
    case_id: &str,
) -> Result<(), StoreError> {
    if done == 1 {
        return Ok(());
    }
    let Some(sql) = exists else {
        return Err(StoreError::NotFound);
    };
    let found: i64 = sqlx::query_scalar(sql)
        .bind(bind)
        .bind(case_id)
        .fetch_one(&mut *conn)
        .await
        .map_err(StoreError::from_sqlx("version check"))?;
    Err(if found > 0 {
        StoreError::Stale
    } else {
        StoreError::NotFound
    })
}
