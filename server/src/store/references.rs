//! The integration API's references: an organisation's own ids for what its case system sent
//! (its zaaknummer, its besluit id …), mapped to ours. Written in the same transaction as the
//! thing they name, so a resend after a lost answer finds it and creates nothing twice.

use sqlx::{Any, Executor};

use super::{Conn, StoreError};
use app::domain::ids::{CaseId, OrganisationId};

/// What a reference names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefKind {
    Case,
    Member,
    Decision,
    Document,
}

impl RefKind {
    pub const fn key(self) -> &'static str {
        match self {
            RefKind::Case => "case",
            RefKind::Member => "member",
            RefKind::Decision => "decision",
            RefKind::Document => "document",
        }
    }
}

/// The organisation's reference for a new item, carried by the request's context into the
/// write that creates it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    pub organisation: OrganisationId,
    pub kind: RefKind,
    pub reference: String,
}

/// Our id of a case by the organisation's reference for it.
pub async fn case<'c, E: Executor<'c, Database = Any>>(
    db: E,
    organisation: &OrganisationId,
    reference: &str,
) -> Result<Option<String>, StoreError> {
    sqlx::query_scalar::<_, String>(
        "SELECT internal_id FROM api_references
         WHERE organisation_id = $1 AND kind = 'case' AND reference = $2",
    )
    .bind(organisation.as_str())
    .bind(reference)
    .fetch_optional(db)
    .await
    .map_err(StoreError::from_sqlx("case reference"))
}

/// Our id of an item of `case` by the organisation's reference for it.
pub async fn item<'c, E: Executor<'c, Database = Any>>(
    db: E,
    organisation: &OrganisationId,
    kind: RefKind,
    case: &CaseId,
    reference: &str,
) -> Result<Option<String>, StoreError> {
    sqlx::query_scalar::<_, String>(
        "SELECT internal_id FROM api_references
         WHERE organisation_id = $1 AND kind = $2 AND case_id = $3 AND reference = $4",
    )
    .bind(organisation.as_str())
    .bind(kind.key())
    .bind(case.as_str())
    .bind(reference)
    .fetch_optional(db)
    .await
    .map_err(StoreError::from_sqlx("item reference"))
}

/// Every (reference, our id) of `kind` the organisation has on `case`.
pub async fn items<'c, E: Executor<'c, Database = Any>>(
    db: E,
    organisation: &OrganisationId,
    kind: RefKind,
    case: &CaseId,
) -> Result<Vec<(String, String)>, StoreError> {
    sqlx::query_as::<_, (String, String)>(
        "SELECT reference, internal_id FROM api_references
         WHERE organisation_id = $1 AND kind = $2 AND case_id = $3 ORDER BY reference",
    )
    .bind(organisation.as_str())
    .bind(kind.key())
    .bind(case.as_str())
    .fetch_all(db)
    .await
    .map_err(StoreError::from_sqlx("item references"))
}

/// The organisation's cases by reference: (reference, our case id).
pub async fn cases<'c, E: Executor<'c, Database = Any>>(
    db: E,
    organisation: &OrganisationId,
) -> Result<Vec<(String, String)>, StoreError> {
    sqlx::query_as::<_, (String, String)>(
        "SELECT reference, internal_id FROM api_references
         WHERE organisation_id = $1 AND kind = 'case' ORDER BY reference",
    )
    .bind(organisation.as_str())
    .fetch_all(db)
    .await
    .map_err(StoreError::from_sqlx("case references"))
}

/// Remember `reference` for our `internal_id` on `case`. A second writer of the same reference
/// fails on the primary key, and its whole write with it.
pub async fn insert(
    conn: &mut Conn,
    reference: &Reference,
    case: &CaseId,
    internal_id: &str,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO api_references (organisation_id, kind, reference, case_id, internal_id)
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(reference.organisation.as_str())
    .bind(reference.kind.key())
    .bind(&reference.reference)
    .bind(case.as_str())
    .bind(internal_id)
    .execute(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("insert reference"))?;
    Ok(())
}

/// The first answer to a POST with this Idempotency-Key: (request hash, status, body).
pub async fn idempotent_answer<'c, E: Executor<'c, Database = Any>>(
    db: E,
    organisation: &OrganisationId,
    key: &str,
) -> Result<Option<(String, i64, String)>, StoreError> {
    sqlx::query_as::<_, (String, i64, String)>(
        "SELECT request_hash, status, body FROM api_idempotency
         WHERE organisation_id = $1 AND idempotency_key = $2",
    )
    .bind(organisation.as_str())
    .bind(key)
    .fetch_optional(db)
    .await
    .map_err(StoreError::from_sqlx("idempotent answer"))
}

/// Keep the answer; a concurrent first use of the same key keeps its own (nothing is replaced).
pub async fn keep_idempotent_answer<'c, E: Executor<'c, Database = Any>>(
    db: E,
    organisation: &OrganisationId,
    key: &str,
    request_hash: &str,
    status: i64,
    body: &str,
    now: &str,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO api_idempotency (organisation_id, idempotency_key, request_hash, status, body, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
    )
    .bind(organisation.as_str())
    .bind(key)
    .bind(request_hash)
    .bind(status)
    .bind(body)
    .bind(now)
    .execute(db)
    .await
    .map_err(StoreError::from_sqlx("keep idempotent answer"))?;
    Ok(())
}
