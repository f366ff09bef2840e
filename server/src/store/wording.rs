//! SQL for the review of texts: statuses, the history of each message, accepted wording. No
//! authorization here: `services::wording` checks the reviewer or administrator first.

use sqlx::FromRow;

use super::{Conn, StoreError};
use crate::db::Db;

#[derive(Debug, Clone, FromRow)]
pub struct ReviewRow {
    pub message_id: String,
    pub status: String,
    pub approved_text: Option<String>,
    pub changed_by_kind: String,
    pub changed_by: String,
    pub changed_at: String,
}

pub async fn reviews(db: &Db, lang: &str) -> Result<Vec<ReviewRow>, StoreError> {
    sqlx::query_as::<_, ReviewRow>(
        "SELECT message_id, status, approved_text, changed_by_kind, changed_by, changed_at
         FROM wording_reviews WHERE lang = $1",
    )
    .bind(lang)
    .fetch_all(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("wording reviews"))
}

/// `(lang, message_id, approved_text)` of every approved message, for the coverage counts and
/// the language menu (an approval whose text changed since no longer counts).
pub async fn approvals(db: &Db) -> Result<Vec<(String, String, Option<String>)>, StoreError> {
    sqlx::query_as::<_, (String, String, Option<String>)>(
        "SELECT lang, message_id, approved_text FROM wording_reviews WHERE status = 'approved'",
    )
    .fetch_all(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("wording approvals"))
}

pub struct NewStatus<'a> {
    pub lang: &'a str,
    pub message_id: &'a str,
    pub status: &'a str,
    pub approved_text: Option<&'a str>,
    pub by_kind: &'a str,
    pub by: &'a str,
    pub at: &'a str,
}

pub async fn set_status(conn: &mut Conn, s: &NewStatus<'_>) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO wording_reviews
           (lang, message_id, status, approved_text, changed_by_kind, changed_by, changed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (lang, message_id) DO UPDATE SET
           status = excluded.status, approved_text = excluded.approved_text,
           changed_by_kind = excluded.changed_by_kind, changed_by = excluded.changed_by,
           changed_at = excluded.changed_at",
    )
    .bind(s.lang)
    .bind(s.message_id)
    .bind(s.status)
    .bind(s.approved_text)
    .bind(s.by_kind)
    .bind(s.by)
    .bind(s.at)
    .execute(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("wording status"))?;
    Ok(())
}

#[derive(Debug, Clone, FromRow)]
pub struct EventRow {
    pub id: String,
    pub kind: String,
    pub author_kind: String,
    pub author_id: String,
    pub body: Option<String>,
    pub status: Option<String>,
    pub suggestion_id: Option<String>,
    pub created_at: String,
}

pub async fn events(db: &Db, lang: &str, message_id: &str) -> Result<Vec<EventRow>, StoreError> {
    sqlx::query_as::<_, EventRow>(
        "SELECT id, kind, author_kind, author_id, body, status, suggestion_id, created_at
         FROM wording_events WHERE lang = $1 AND message_id = $2
         ORDER BY created_us, id",
    )
    .bind(lang)
    .bind(message_id)
    .fetch_all(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("wording events"))
}

/// Per message of `lang`: comments and suggestions in all, and suggestions not accepted.
pub async fn remark_counts(db: &Db, lang: &str) -> Result<Vec<(String, i64, i64)>, StoreError> {
    sqlx::query_as::<_, (String, i64, i64)>(
        "SELECT e.message_id,
           COUNT(*) AS remarks,
           SUM(CASE WHEN e.kind = 'suggestion' AND NOT EXISTS (
                 SELECT 1 FROM wording_events a WHERE a.kind = 'accepted' AND a.suggestion_id = e.id)
               THEN 1 ELSE 0 END) AS open_suggestions
         FROM wording_events e
         WHERE e.lang = $1 AND e.kind IN ('comment', 'suggestion')
         GROUP BY e.message_id",
    )
    .bind(lang)
    .fetch_all(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("wording remark counts"))
}

pub struct NewEvent<'a> {
    pub id: &'a str,
    pub lang: &'a str,
    pub message_id: &'a str,
    pub kind: &'a str,
    pub author_kind: &'a str,
    pub author_id: &'a str,
    pub body: Option<&'a str>,
    pub status: Option<&'a str>,
    pub suggestion_id: Option<&'a str>,
    pub at: &'a str,
    pub at_us: i64,
}

pub async fn add_event(conn: &mut Conn, e: &NewEvent<'_>) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO wording_events
           (id, lang, message_id, kind, author_kind, author_id, body, status, suggestion_id,
            created_at, created_us)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
    )
    .bind(e.id)
    .bind(e.lang)
    .bind(e.message_id)
    .bind(e.kind)
    .bind(e.author_kind)
    .bind(e.author_id)
    .bind(e.body)
    .bind(e.status)
    .bind(e.suggestion_id)
    .bind(e.at)
    .bind(e.at_us)
    .execute(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("wording event"))?;
    Ok(())
}

/// A suggestion of this message and language, with its text, if it exists.
pub async fn suggestion(
    conn: &mut Conn,
    lang: &str,
    message_id: &str,
    id: &str,
) -> Result<Option<String>, StoreError> {
    sqlx::query_scalar::<_, Option<String>>(
        "SELECT body FROM wording_events
         WHERE id = $1 AND lang = $2 AND message_id = $3 AND kind = 'suggestion'",
    )
    .bind(id)
    .bind(lang)
    .bind(message_id)
    .fetch_optional(&mut *conn)
    .await
    .map(Option::flatten)
    .map_err(StoreError::from_sqlx("wording suggestion"))
}

#[derive(Debug, Clone, FromRow)]
pub struct OverrideRow {
    pub lang: String,
    pub message_id: String,
    pub source: String,
    pub exported_at: Option<String>,
}

pub async fn overrides(db: &Db) -> Result<Vec<OverrideRow>, StoreError> {
    sqlx::query_as::<_, OverrideRow>(
        "SELECT lang, message_id, source, exported_at FROM wording_overrides
         ORDER BY lang, message_id",
    )
    .fetch_all(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("wording overrides"))
}

pub struct NewOverride<'a> {
    pub lang: &'a str,
    pub message_id: &'a str,
    pub source: &'a str,
    pub suggestion_id: &'a str,
    pub by_kind: &'a str,
    pub by: &'a str,
    pub at: &'a str,
}

pub async fn put_override(conn: &mut Conn, o: &NewOverride<'_>) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO wording_overrides
           (lang, message_id, source, suggestion_id, accepted_by_kind, accepted_by, accepted_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (lang, message_id) DO UPDATE SET
           source = excluded.source, suggestion_id = excluded.suggestion_id,
           accepted_by_kind = excluded.accepted_by_kind, accepted_by = excluded.accepted_by,
           accepted_at = excluded.accepted_at, exported_at = NULL",
    )
    .bind(o.lang)
    .bind(o.message_id)
    .bind(o.source)
    .bind(o.suggestion_id)
    .bind(o.by_kind)
    .bind(o.by)
    .bind(o.at)
    .execute(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("wording override"))?;
    Ok(())
}

pub async fn mark_exported(
    db: &Db,
    lang: &str,
    message_id: &str,
    at: &str,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE wording_overrides SET exported_at = $3 WHERE lang = $1 AND message_id = $2",
    )
    .bind(lang)
    .bind(message_id)
    .bind(at)
    .execute(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("wording exported"))?;
    Ok(())
}

/// A reviewer who has not left: `Some(may_accept)`; anyone else `None`.
pub async fn reviewer(db: &Db, id: &str) -> Result<Option<bool>, StoreError> {
    sqlx::query_scalar::<_, i64>(
        "SELECT may_accept FROM staff WHERE id = $1 AND kind = 'reviewer' AND left_on IS NULL",
    )
    .bind(id)
    .fetch_optional(&db.pool)
    .await
    .map(|v| v.map(|n| n == 1))
    .map_err(StoreError::from_sqlx("reviewer"))
}

pub async fn set_may_accept(db: &Db, id: &str, may: bool) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "UPDATE staff SET may_accept = $2 WHERE id = $1 AND kind = 'reviewer' AND left_on IS NULL",
    )
    .bind(id)
    .bind(i64::from(may))
    .execute(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("reviewer right"))?;
    Ok(done.rows_affected() == 1)
}

/// The names of staff members, by `(kind, id)`, for a message's history.
pub async fn staff_names(db: &Db) -> Result<Vec<(String, String, String)>, StoreError> {
    sqlx::query_as::<_, (String, String, String)>(
        "SELECT kind, id, given_name || ' ' || family_name FROM staff",
    )
    .fetch_all(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("staff names"))
}
