//! SQL for threads, messages and their outbox. Reads and writes take a `Grant`; which thread a
//! subject may open is decided by the caller (`services::message`).

use sqlx::FromRow;

use super::{Conn, StoreError};
use crate::access::grant::Grant;
use crate::db::Db;

/// The thread of `person_id` on the granted case, made on first use (idempotent).
pub async fn thread_id(
    conn: &mut Conn,
    grant: &Grant,
    person_id: &str,
    at: &str,
) -> Result<String, StoreError> {
    sqlx::query(
        "INSERT INTO threads (id, case_id, person_id, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (case_id, person_id) DO NOTHING",
    )
    .bind(uuid::Uuid::new_v4().to_string())
    .bind(grant.case_id().as_str())
    .bind(person_id)
    .bind(at)
    .execute(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("thread insert"))?;
    sqlx::query_scalar::<_, String>("SELECT id FROM threads WHERE case_id = $1 AND person_id = $2")
        .bind(grant.case_id().as_str())
        .bind(person_id)
        .fetch_one(&mut *conn)
        .await
        .map_err(StoreError::from_sqlx("thread id"))
}

#[derive(Debug, Clone, FromRow)]
pub struct MessageRow {
    pub id: String,
    pub author_kind: String,
    pub author_id: String,
    pub author_given: Option<String>,
    pub author_family: Option<String>,
    pub body: String,
    pub urgent: i64,
    pub created_at: String,
    pub read_at: Option<String>,
    pub reader_given: Option<String>,
    pub reader_family: Option<String>,
}

/// A thread's messages, oldest first, with author and reader names.
pub async fn messages(
    db: &Db,
    _grant: &Grant,
    thread_id: &str,
) -> Result<Vec<MessageRow>, StoreError> {
    sqlx::query_as::<_, MessageRow>(
        "SELECT m.id, m.author_kind, m.author_id,
                COALESCE(ap.given_name, apr.given_name) AS author_given,
                COALESCE(ap.family_name, apr.family_name) AS author_family,
                m.body, m.urgent, m.created_at, m.read_at,
                COALESCE(rp.given_name, rpr.given_name) AS reader_given,
                COALESCE(rp.family_name, rpr.family_name) AS reader_family
         FROM messages m
         LEFT JOIN persons ap ON m.author_kind = 'person' AND ap.id = m.author_id
         LEFT JOIN professionals apr ON m.author_kind = 'professional' AND apr.id = m.author_id
         LEFT JOIN persons rp ON m.read_by_kind = 'person' AND rp.id = m.read_by_id
         LEFT JOIN professionals rpr ON m.read_by_kind = 'professional' AND rpr.id = m.read_by_id
         WHERE m.thread_id = $1
         ORDER BY m.created_us, m.id",
    )
    .bind(thread_id)
    .fetch_all(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("messages"))
}

/// Professionals' messages in `person_id`'s thread that they have not opened yet.
pub async fn unread_answers(db: &Db, grant: &Grant, person_id: &str) -> Result<i64, StoreError> {
    sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM messages m JOIN threads t ON t.id = m.thread_id
         WHERE t.case_id = $1 AND t.person_id = $2
           AND m.author_kind = 'professional' AND m.read_at IS NULL",
    )
    .bind(grant.case_id().as_str())
    .bind(person_id)
    .fetch_one(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("unread answers"))
}

/// The reader has seen the other side's messages: mark those not yet read. Idempotent.
/// Returns how many were marked now.
pub async fn mark_read(
    db: &Db,
    thread_id: &str,
    reader_kind: &str,
    reader_id: &str,
    at: &str,
) -> Result<u64, StoreError> {
    // A family member reads what professionals wrote, and the other way round.
    sqlx::query(
        "UPDATE messages SET read_at = $1, read_by_kind = $2, read_by_id = $3
         WHERE thread_id = $4 AND read_at IS NULL
           AND ((author_kind = 'person') <> ($2 = 'person'))",
    )
    .bind(at)
    .bind(reader_kind)
    .bind(reader_id)
    .bind(thread_id)
    .execute(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("mark_read"))
    .map(|done| done.rows_affected())
}

pub struct NewMessage<'a> {
    pub thread_id: &'a str,
    pub author_kind: &'a str,
    pub author_id: &'a str,
    pub body: &'a str,
    pub urgent: bool,
    pub key: &'a str,
    pub content_hash: &'a str,
    pub at: &'a str,
    pub at_us: i64,
}

/// What a send did.
#[derive(Debug, PartialEq, Eq)]
pub enum Sent {
    /// Stored now.
    New(String),
    /// The same message was stored before under this key (a retry): its id.
    Again(String),
    /// This key was used before for another message.
    KeyReused,
}

/// Store a message and its outbox row in the caller's transaction, once per (author, key).
/// `Again` and `KeyReused` wrote nothing.
pub async fn send(tx: &mut Conn, m: &NewMessage<'_>) -> Result<Sent, StoreError> {
    let id = uuid::Uuid::new_v4().to_string();
    let inserted = sqlx::query(
        "INSERT INTO messages (id, thread_id, author_kind, author_id, body, urgent,
                               idempotency_key, content_hash, created_at, created_us)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (author_kind, author_id, idempotency_key) DO NOTHING",
    )
    .bind(&id)
    .bind(m.thread_id)
    .bind(m.author_kind)
    .bind(m.author_id)
    .bind(m.body)
    .bind(i64::from(m.urgent))
    .bind(m.key)
    .bind(m.content_hash)
    .bind(m.at)
    .bind(m.at_us)
    .execute(&mut *tx)
    .await
    .map_err(StoreError::from_sqlx("send insert"))?
    .rows_affected();
    if inserted == 0 {
        let (first, hash, thread): (String, String, String) = sqlx::query_as(
            "SELECT id, content_hash, thread_id FROM messages
             WHERE author_kind = $1 AND author_id = $2 AND idempotency_key = $3",
        )
        .bind(m.author_kind)
        .bind(m.author_id)
        .bind(m.key)
        .fetch_one(&mut *tx)
        .await
        .map_err(StoreError::from_sqlx("send lookup"))?;
        return Ok(if hash == m.content_hash && thread == m.thread_id {
            Sent::Again(first)
        } else {
            Sent::KeyReused
        });
    }
    sqlx::query("INSERT INTO outbox (id, topic, message_id, created_at) VALUES ($1, $2, $3, $4)")
        .bind(uuid::Uuid::new_v4().to_string())
        .bind(if m.urgent { "urgent" } else { "message" })
        .bind(&id)
        .bind(m.at)
        .execute(&mut *tx)
        .await
        .map_err(StoreError::from_sqlx("outbox insert"))?;
    Ok(Sent::New(id))
}

/// Urgent messages still unread after `before_us` that were not yet escalated: mark them and
/// queue the escalation, one transaction each. Returns how many.
pub async fn escalate_unread(db: &Db, before_us: i64, at: &str) -> Result<u64, StoreError> {
    let due: Vec<String> = sqlx::query_scalar(
        "SELECT id FROM messages
         WHERE urgent = 1 AND read_at IS NULL AND escalated_at IS NULL AND created_us < $1",
    )
    .bind(before_us)
    .fetch_all(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("escalate select"))?;
    let mut done = 0;
    for id in due {
        let mut tx = db
            .begin_write()
            .await
            .map_err(StoreError::from_sqlx("escalate begin"))?;
        let marked = sqlx::query(
            "UPDATE messages SET escalated_at = $1 WHERE id = $2 AND escalated_at IS NULL AND read_at IS NULL",
        )
        .bind(at)
        .bind(&id)
        .execute(&mut *tx)
        .await
        .map_err(StoreError::from_sqlx("escalate mark"))?
        .rows_affected();
        if marked == 1 {
            sqlx::query(
                "INSERT INTO outbox (id, topic, message_id, created_at) VALUES ($1, 'escalation', $2, $3)",
            )
            .bind(uuid::Uuid::new_v4().to_string())
            .bind(&id)
            .bind(at)
            .execute(&mut *tx)
            .await
            .map_err(StoreError::from_sqlx("escalate outbox"))?;
            done += 1;
        }
        tx.commit()
            .await
            .map_err(StoreError::from_sqlx("escalate commit"))?;
    }
    Ok(done)
}

#[derive(Debug, Clone, FromRow)]
pub struct AlertRow {
    pub given_name: String,
    pub created_at: String,
}

/// Escalated urgent alerts of the granted case that nobody has read yet.
pub async fn open_alerts(db: &Db, grant: &Grant) -> Result<Vec<AlertRow>, StoreError> {
    sqlx::query_as::<_, AlertRow>(
        "SELECT p.given_name, m.created_at FROM messages m
         JOIN threads t ON t.id = m.thread_id JOIN persons p ON p.id = t.person_id
         WHERE t.case_id = $1 AND m.urgent = 1 AND m.read_at IS NULL AND m.escalated_at IS NOT NULL
         ORDER BY m.created_us",
    )
    .bind(grant.case_id().as_str())
    .fetch_all(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("open_alerts"))
}
