//! The access log (NEN 7513). Every read or change of a family's data by a professional is
//! recorded: a read *before* the data is returned, a change in the change's own transaction;
//! if recording fails, the access is refused (fail closed). Rows form a hash chain:
//! `hash = SHA-256(prev_hash, fields…)`, so an edited, removed or inserted row breaks
//! verification from that point on.

use serde::Serialize;
use sha2::{Digest, Sha256};
use sqlx::FromRow;

use crate::db::Db;
use crate::store::{Conn, StoreError};
use app::domain::ids::CaseId;
pub use app::domain::DataKind;

pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One event to record.
#[derive(Debug, Clone, Serialize, FromRow)]
pub struct Event {
    pub at: String,
    pub actor_kind: String,
    pub actor_id: String,
    pub actor_role: String,
    pub organisation: String,
    pub on_behalf_of: Option<String>,
    pub case_id: String,
    pub subject_person_id: Option<String>,
    pub data_kind: String,
    pub action: String,
    pub basis: String,
}

/// A stored row: the event plus its place in the chain.
#[derive(Debug, Clone, FromRow)]
pub struct Row {
    pub seq: i64,
    #[sqlx(flatten)]
    pub event: Event,
    pub prev_hash: String,
    pub hash: String,
}

/// The chain hash of an event at position `seq` after `prev_hash`. JSON keeps field
/// boundaries unambiguous ("ab","c" and "a","bc" hash differently).
pub fn chain_hash(prev_hash: &str, seq: i64, event: &Event) -> String {
    let body = serde_json::to_string(&(seq, event)).unwrap_or_default();
    let mut h = Sha256::new();
    h.update(prev_hash.as_bytes());
    h.update(b"\n");
    h.update(body.as_bytes());
    hex::encode(h.finalize())
}

/// Append an event inside the caller's write transaction. Appends are serialised — SQLite
/// write transactions start IMMEDIATE (`Db::begin_write`), PostgreSQL takes a
/// transaction-scoped advisory lock here — so the tail read is the tail the row goes after,
/// and the chain never forks. With a `request_key`, an event already in the log (a restarted
/// attempt within one request) is not added again.
pub async fn append(
    conn: &mut Conn,
    event: &Event,
    request_key: Option<&str>,
) -> Result<(), StoreError> {
    if conn.backend_name().eq_ignore_ascii_case("postgresql") {
        sqlx::query("SELECT pg_advisory_xact_lock(7513)")
            .execute(&mut *conn)
            .await
            .map_err(StoreError::from_sqlx("access log lock"))?;
    }
    if let Some(key) = request_key {
        let already: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM access_log WHERE request_key = $1")
                .bind(key)
                .fetch_one(&mut *conn)
                .await
                .map_err(StoreError::from_sqlx("access log request key"))?;
        if already > 0 {
            return Ok(());
        }
    }
    let tail: Option<(i64, String)> =
        sqlx::query_as("SELECT seq, hash FROM access_log ORDER BY seq DESC LIMIT 1")
            .fetch_optional(&mut *conn)
            .await
            .map_err(StoreError::from_sqlx("access log tail"))?;
    let (seq, prev) = tail.map_or((1, GENESIS.to_string()), |(s, h)| (s + 1, h));
    let hash = chain_hash(&prev, seq, event);
    sqlx::query(
        "INSERT INTO access_log (seq, at, actor_kind, actor_id, actor_role, organisation, on_behalf_of, case_id,
                                 subject_person_id, data_kind, action, basis, prev_hash, hash, request_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)",
    )
    .bind(seq)
    .bind(&event.at)
    .bind(&event.actor_kind)
    .bind(&event.actor_id)
    .bind(&event.actor_role)
    .bind(&event.organisation)
    .bind(&event.on_behalf_of)
    .bind(&event.case_id)
    .bind(&event.subject_person_id)
    .bind(&event.data_kind)
    .bind(&event.action)
    .bind(&event.basis)
    .bind(&prev)
    .bind(&hash)
    .bind(request_key)
    .execute(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("access log append"))?;
    Ok(())
}

/// Whether `professional_id` has a logged read of `data_kind` on `case_id` in the last
/// `minutes` (timestamps are RFC 3339 in UTC, so text order is time order to the second).
pub async fn read_recently(
    db: &Db,
    professional_id: &str,
    case_id: &CaseId,
    data_kind: &str,
    minutes: i64,
) -> Result<bool, StoreError> {
    let since = (time::OffsetDateTime::now_utc() - time::Duration::minutes(minutes))
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default();
    let found: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM access_log
         WHERE actor_kind = 'professional' AND actor_id = $1 AND case_id = $2
           AND data_kind = $3 AND action = 'read' AND at >= $4",
    )
    .bind(professional_id)
    .bind(case_id.as_str())
    .bind(data_kind)
    .bind(since)
    .fetch_one(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("access log recent read"))?;
    Ok(found > 0)
}

/// Result of checking the whole chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verification {
    pub rows: i64,
    /// The first sequence number where the chain does not hold, if any.
    pub broken_at: Option<i64>,
}

pub async fn verify(db: &Db) -> Result<Verification, sqlx::Error> {
    let rows = sqlx::query_as::<_, Row>("SELECT * FROM access_log ORDER BY seq")
        .fetch_all(&db.pool)
        .await?;
    let mut prev = GENESIS.to_string();
    let mut expected_seq = 1;
    for row in &rows {
        let ok = row.seq == expected_seq
            && row.prev_hash == prev
            && row.hash == chain_hash(&prev, row.seq, &row.event);
        if !ok {
            return Ok(Verification {
                rows: rows.len() as i64,
                broken_at: Some(expected_seq.min(row.seq)),
            });
        }
        prev = row.hash.clone();
        expected_seq += 1;
    }
    Ok(Verification {
        rows: rows.len() as i64,
        broken_at: None,
    })
}

/// The entries about one case, newest first (for the family's page).
pub async fn for_case(db: &Db, case_id: &CaseId, limit: i64) -> Result<Vec<Row>, StoreError> {
    sqlx::query_as::<_, Row>(
        "SELECT * FROM access_log WHERE case_id = $1 ORDER BY seq DESC LIMIT $2",
    )
    .bind(case_id.as_str())
    .bind(limit)
    .fetch_all(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("access log for case"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(data: &str) -> Event {
        Event {
            at: "2026-11-28T10:00:00Z".into(),
            actor_kind: "professional".into(),
            actor_id: "p1".into(),
            actor_role: "raadsonderzoeker".into(),
            organisation: "Raad".into(),
            on_behalf_of: None,
            case_id: "c1".into(),
            subject_person_id: None,
            data_kind: data.into(),
            action: "read".into(),
            basis: "professional-on-case".into(),
        }
    }

    #[test]
    fn the_hash_covers_every_field_the_position_and_the_previous_hash() {
        let base = chain_hash(GENESIS, 1, &event("overview"));
        assert_eq!(base.len(), 64);
        assert_ne!(base, chain_hash(GENESIS, 1, &event("documents")));
        assert_ne!(base, chain_hash(GENESIS, 2, &event("overview")));
        assert_ne!(base, chain_hash(&base, 1, &event("overview")));
        assert_eq!(base, chain_hash(GENESIS, 1, &event("overview")));
    }
}
