//! SQL for "mijn inbreng" on decisions and reactions on documents (the same rows, on one or
//! the other). Callers decide who may see which rows.

use sqlx::FromRow;

use super::{Conn, StoreError};
use crate::access::grant::Grant;
use crate::db::Db;
use app::model::input::InputOn;

/// The column an input on `on` hangs on, and the table of such items.
fn item(on: &InputOn) -> (&'static str, &'static str) {
    match on {
        InputOn::Decision(_) => ("decision_id", "decisions"),
        InputOn::Document(_) => ("document_id", "documents"),
    }
}

#[derive(Debug, Clone, FromRow)]
pub struct InputRow {
    pub id: String,
    pub person_id: String,
    pub given_name: String,
    pub family_name: String,
    pub relation: String,
    pub stance: Option<String>,
    pub body: String,
    pub shared: i64,
    pub status: String,
    pub sent_at: Option<String>,
    pub acknowledged_at: Option<String>,
    pub acknowledged_by_name: Option<String>,
    pub outcome: Option<String>,
    pub outcome_at: Option<String>,
}

/// Every input on an item of the granted case (drafts included), oldest first.
pub async fn inputs(db: &Db, grant: &Grant, on: &InputOn) -> Result<Vec<InputRow>, StoreError> {
    let (column, table) = item(on);
    sqlx::query_as::<_, InputRow>(&format!(
        "SELECT i.id, i.person_id, p.given_name, p.family_name, m.relation, i.stance, i.body,
                i.shared, i.status, i.sent_at, i.acknowledged_at,
                pr.given_name || ' ' || pr.family_name AS acknowledged_by_name,
                i.outcome, i.outcome_at
         FROM decision_inputs i
         JOIN {table} d ON d.id = i.{column}
         JOIN persons p ON p.id = i.person_id
         JOIN case_members m ON m.person_id = i.person_id AND m.case_id = d.case_id
         LEFT JOIN professionals pr ON pr.id = i.acknowledged_by
         WHERE i.{column} = $1 AND d.case_id = $2
         ORDER BY i.created_at, i.id"
    ))
    .bind(on.item_id())
    .bind(grant.case_id().as_str())
    .fetch_all(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("inputs"))
}

pub struct NewInput<'a> {
    pub on: &'a InputOn,
    pub person_id: &'a str,
    pub stance: Option<&'a str>,
    pub body: &'a str,
    pub shared: bool,
    pub at: &'a str,
}

async fn drop_draft(tx: &mut Conn, input: &NewInput<'_>) -> Result<(), StoreError> {
    let (column, _) = item(input.on);
    sqlx::query(&format!(
        "DELETE FROM decision_inputs WHERE {column} = $1 AND person_id = $2 AND status = 'draft'"
    ))
    .bind(input.on.item_id())
    .bind(input.person_id)
    .execute(&mut *tx)
    .await
    .map_err(StoreError::from_sqlx("draft delete"))?;
    Ok(())
}

/// Keep the person's one draft on this item (replacing an earlier one).
pub async fn save_draft(tx: &mut Conn, input: &NewInput<'_>) -> Result<(), StoreError> {
    drop_draft(tx, input).await?;
    let (column, _) = item(input.on);
    sqlx::query(&format!(
        "INSERT INTO decision_inputs (id, {column}, person_id, stance, body, shared, status, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'draft', $7)"
    ))
    .bind(uuid::Uuid::new_v4().to_string())
    .bind(input.on.item_id())
    .bind(input.person_id)
    .bind(input.stance)
    .bind(input.body)
    .bind(i64::from(input.shared))
    .bind(input.at)
    .execute(&mut *tx)
    .await
    .map_err(StoreError::from_sqlx("draft insert"))?;
    Ok(())
}

/// What a send did.
#[derive(Debug, PartialEq, Eq)]
pub enum InputSent {
    New,
    /// The same input was stored before under this key (a retry).
    Again,
    /// This key was used before for other content.
    KeyReused,
}

/// Send: store the input once per (person, key) and drop the draft, in the caller's
/// transaction. `Again` and `KeyReused` wrote nothing.
pub async fn send(
    tx: &mut Conn,
    input: &NewInput<'_>,
    key: &str,
    hash: &str,
) -> Result<InputSent, StoreError> {
    let (column, _) = item(input.on);
    let inserted = sqlx::query(&format!(
        "INSERT INTO decision_inputs (id, {column}, person_id, stance, body, shared, status,
                                      idempotency_key, content_hash, created_at, sent_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'sent', $7, $8, $9, $9)
         ON CONFLICT (person_id, idempotency_key) DO NOTHING"
    ))
    .bind(uuid::Uuid::new_v4().to_string())
    .bind(input.on.item_id())
    .bind(input.person_id)
    .bind(input.stance)
    .bind(input.body)
    .bind(i64::from(input.shared))
    .bind(key)
    .bind(hash)
    .bind(input.at)
    .execute(&mut *tx)
    .await
    .map_err(StoreError::from_sqlx("send input"))?
    .rows_affected();
    if inserted == 0 {
        let earlier: String = sqlx::query_scalar(
            "SELECT content_hash FROM decision_inputs WHERE person_id = $1 AND idempotency_key = $2",
        )
        .bind(input.person_id)
        .bind(key)
        .fetch_one(&mut *tx)
        .await
        .map_err(StoreError::from_sqlx("send input lookup"))?;
        return Ok(if earlier == hash {
            InputSent::Again
        } else {
            InputSent::KeyReused
        });
    }
    drop_draft(tx, input).await?;
    Ok(InputSent::New)
}

/// The professional's receipt or their record of what was done with a sent input.
pub async fn handle(
    conn: &mut Conn,
    grant: &Grant,
    input_id: &str,
    professional_id: &str,
    outcome: Option<&str>,
    at: &str,
) -> Result<bool, StoreError> {
    let done = match outcome {
        Some(outcome) => sqlx::query(
            "UPDATE decision_inputs SET outcome = $1, outcome_at = $2, outcome_by = $3,
               acknowledged_at = COALESCE(acknowledged_at, $2),
               acknowledged_by = COALESCE(acknowledged_by, $3)
             WHERE id = $4 AND status = 'sent'
               AND (decision_id IN (SELECT id FROM decisions WHERE case_id = $5)
                    OR document_id IN (SELECT id FROM documents WHERE case_id = $5))",
        )
        .bind(outcome)
        .bind(at)
        .bind(professional_id)
        .bind(input_id)
        .bind(grant.case_id().as_str()),
        None => sqlx::query(
            "UPDATE decision_inputs SET acknowledged_at = COALESCE(acknowledged_at, $1),
               acknowledged_by = COALESCE(acknowledged_by, $2)
             WHERE id = $3 AND status = 'sent'
               AND (decision_id IN (SELECT id FROM decisions WHERE case_id = $4)
                    OR document_id IN (SELECT id FROM documents WHERE case_id = $4))",
        )
        .bind(at)
        .bind(professional_id)
        .bind(input_id)
        .bind(grant.case_id().as_str()),
    }
    .execute(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("handle input"))?
    .rows_affected();
    Ok(done == 1)
}

/// Which item (decision or document) and whose input `input_id` is, on the granted case.
pub async fn input_owner(
    conn: &mut Conn,
    grant: &Grant,
    input_id: &str,
) -> Result<Option<(String, String)>, StoreError> {
    sqlx::query_as::<_, (String, String)>(
        "SELECT COALESCE(i.decision_id, i.document_id), i.person_id FROM decision_inputs i
         LEFT JOIN decisions d ON d.id = i.decision_id
         LEFT JOIN documents o ON o.id = i.document_id
         WHERE i.id = $1 AND (d.case_id = $2 OR o.case_id = $2)",
    )
    .bind(input_id)
    .bind(grant.case_id().as_str())
    .fetch_optional(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("input owner"))
}
