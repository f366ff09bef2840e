//! SQL for Web Push: the server's VAPID keys, browsers' subscriptions, and the outbox rows the
//! dispatcher turns into notifications. Who may be *told* is decided by the caller
//! (`push::dispatch`, through `access::permits`); this only finds candidates.

use sqlx::FromRow;

use super::StoreError;
use crate::db::Db;
use app::domain::Subject;

/// The stored key pair, (private, public), if one was made.
pub async fn keys(db: &Db) -> Result<Option<(String, String)>, StoreError> {
    sqlx::query_as("SELECT private_key, public_key FROM push_keys WHERE id = 1")
        .fetch_optional(&db.pool)
        .await
        .map_err(StoreError::from_sqlx("push keys"))
}

/// Store a key pair unless another instance did first; the caller reads back the winner.
pub async fn offer_keys(db: &Db, private: &str, public: &str, at: &str) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO push_keys (id, private_key, public_key, created_at) VALUES (1, $1, $2, $3)
         ON CONFLICT (id) DO NOTHING",
    )
    .bind(private)
    .bind(public)
    .bind(at)
    .execute(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("push keys insert"))?;
    Ok(())
}

#[derive(Debug, Clone, FromRow)]
pub struct SubscriptionRow {
    pub id: String,
    pub subject_kind: String,
    pub subject_id: String,
    pub endpoint: String,
    pub p256dh: String,
    pub auth: String,
    pub lang: String,
    pub user_agent: String,
    pub created_at: String,
}

pub struct NewSubscription<'a> {
    pub endpoint: &'a str,
    pub p256dh: &'a str,
    pub auth: &'a str,
    pub lang: &'a str,
    pub user_agent: &'a str,
    pub at: &'a str,
}

/// Subscribe `who` on this browser. The endpoint is the browser's; subscribing again (or as
/// someone else on the same browser) replaces the row, keys and owner included.
pub async fn subscribe(db: &Db, who: &Subject, s: &NewSubscription<'_>) -> Result<(), StoreError> {
    let (kind, id) = who.parts();
    let mut tx = db
        .pool
        .begin()
        .await
        .map_err(StoreError::from_sqlx("subscribe begin"))?;
    sqlx::query("DELETE FROM push_subscriptions WHERE endpoint = $1")
        .bind(s.endpoint)
        .execute(&mut *tx)
        .await
        .map_err(StoreError::from_sqlx("subscribe replace"))?;
    sqlx::query(
        "INSERT INTO push_subscriptions
           (id, subject_kind, subject_id, endpoint, p256dh, auth, lang, user_agent, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(uuid::Uuid::new_v4().to_string())
    .bind(kind)
    .bind(id)
    .bind(s.endpoint)
    .bind(s.p256dh)
    .bind(s.auth)
    .bind(s.lang)
    .bind(s.user_agent)
    .bind(s.at)
    .execute(&mut *tx)
    .await
    .map_err(StoreError::from_sqlx("subscribe insert"))?;
    tx.commit()
        .await
        .map_err(StoreError::from_sqlx("subscribe commit"))
}

/// Remove one of `who`'s subscriptions, named by its id or its endpoint. False when `who` has
/// no such subscription.
pub async fn unsubscribe(db: &Db, who: &Subject, id_or_endpoint: &str) -> Result<bool, StoreError> {
    let (kind, id) = who.parts();
    let done = sqlx::query(
        "DELETE FROM push_subscriptions
         WHERE subject_kind = $1 AND subject_id = $2 AND (id = $3 OR endpoint = $3)",
    )
    .bind(kind)
    .bind(id)
    .bind(id_or_endpoint)
    .execute(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("unsubscribe"))?
    .rows_affected();
    Ok(done > 0)
}

pub async fn subscriptions_of(db: &Db, who: &Subject) -> Result<Vec<SubscriptionRow>, StoreError> {
    let (kind, id) = who.parts();
    sqlx::query_as::<_, SubscriptionRow>(
        "SELECT id, subject_kind, subject_id, endpoint, p256dh, auth, lang, user_agent, created_at
         FROM push_subscriptions WHERE subject_kind = $1 AND subject_id = $2
         ORDER BY created_at DESC",
    )
    .bind(kind)
    .bind(id)
    .fetch_all(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("subscriptions of"))
}

/// A gone endpoint (404/410 from its push service) is removed.
pub async fn forget_endpoint(db: &Db, endpoint: &str) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM push_subscriptions WHERE endpoint = $1")
        .bind(endpoint)
        .execute(&db.pool)
        .await
        .map_err(StoreError::from_sqlx("forget endpoint"))?;
    Ok(())
}

pub async fn count_failure(db: &Db, endpoint: &str) -> Result<(), StoreError> {
    sqlx::query("UPDATE push_subscriptions SET failures = failures + 1 WHERE endpoint = $1")
        .bind(endpoint)
        .execute(&db.pool)
        .await
        .map_err(StoreError::from_sqlx("push failure"))?;
    Ok(())
}

#[derive(Debug, Clone, FromRow)]
pub struct PendingRow {
    pub id: String,
    pub topic: String,
    pub message_id: String,
}

/// Outbox rows not yet handed to the dispatcher, oldest first.
pub async fn pending(db: &Db, limit: i64) -> Result<Vec<PendingRow>, StoreError> {
    sqlx::query_as::<_, PendingRow>(
        "SELECT id, topic, message_id FROM outbox WHERE delivered_at IS NULL
         ORDER BY created_at, id LIMIT $1",
    )
    .bind(limit)
    .fetch_all(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("outbox pending"))
}

/// Delivered outbox rows older than `before` (RFC 3339) go: the message itself stays, the row
/// only carried the news. Undelivered rows are never removed here.
pub async fn forget_delivered(db: &Db, before: &str) -> Result<u64, StoreError> {
    sqlx::query("DELETE FROM outbox WHERE delivered_at IS NOT NULL AND delivered_at < $1")
        .bind(before)
        .execute(&db.pool)
        .await
        .map_err(StoreError::from_sqlx("outbox clean-up"))
        .map(|done| done.rows_affected())
}

/// Take an outbox row for this instance. Exactly one instance gets `true`.
pub async fn claim(db: &Db, outbox_id: &str, at: &str) -> Result<bool, StoreError> {
    let done =
        sqlx::query("UPDATE outbox SET delivered_at = $1 WHERE id = $2 AND delivered_at IS NULL")
            .bind(at)
            .bind(outbox_id)
            .execute(&db.pool)
            .await
            .map_err(StoreError::from_sqlx("outbox claim"))?
            .rows_affected();
    Ok(done == 1)
}

/// Where a message lives: (case, thread person, author kind, author id).
pub async fn message_place(
    db: &Db,
    message_id: &str,
) -> Result<Option<(String, String, String, String)>, StoreError> {
    sqlx::query_as(
        "SELECT t.case_id, t.person_id, m.author_kind, m.author_id
         FROM messages m JOIN threads t ON t.id = m.thread_id WHERE m.id = $1",
    )
    .bind(message_id)
    .fetch_optional(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("message place"))
}

/// Subscriptions of the thread's person and of every professional currently on the case —
/// candidates only; the caller checks each against the policy.
pub async fn candidates(
    db: &Db,
    case_id: &str,
    person_id: &str,
    today: &str,
) -> Result<Vec<SubscriptionRow>, StoreError> {
    sqlx::query_as::<_, SubscriptionRow>(
        "SELECT id, subject_kind, subject_id, endpoint, p256dh, auth, lang, user_agent, created_at
         FROM push_subscriptions
         WHERE (subject_kind = 'person' AND subject_id = $1)
            OR (subject_kind = 'professional' AND subject_id IN (
                  SELECT professional_id FROM case_professionals
                  WHERE case_id = $2 AND valid_from <= $3
                    AND (valid_until IS NULL OR valid_until > $3)))",
    )
    .bind(person_id)
    .bind(case_id)
    .bind(today)
    .fetch_all(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("push candidates"))
}
