//! The relations access decisions are made from: who is on which case, valid today.

use sqlx::{Any, Executor, FromRow};
use time::Date;

use super::{iso, StoreError};
use app::domain::ids::CaseId;

#[derive(Debug, Clone, FromRow)]
pub struct MemberRelation {
    pub relation: String,
    pub has_gezag: i64,
    pub birth_date: String,
}

#[derive(Debug, Clone, FromRow)]
pub struct Assignment {
    pub role: String,
    pub is_vaste: i64,
}

pub async fn member_relations<'c, E: Executor<'c, Database = Any>>(
    db: E,
    person_id: &str,
    case_id: &CaseId,
    today: Date,
) -> Result<Vec<MemberRelation>, StoreError> {
    sqlx::query_as::<_, MemberRelation>(
        "SELECT m.relation, m.has_gezag, p.birth_date
         FROM case_members m JOIN persons p ON p.id = m.person_id
         WHERE m.person_id = $1 AND m.case_id = $2
           AND m.valid_from <= $3 AND (m.valid_until IS NULL OR m.valid_until > $3)",
    )
    .bind(person_id)
    .bind(case_id.as_str())
    .bind(iso(today))
    .fetch_all(db)
    .await
    .map_err(StoreError::from_sqlx("member_relations"))
}

pub async fn assignments<'c, E: Executor<'c, Database = Any>>(
    db: E,
    professional_id: &str,
    case_id: &CaseId,
    today: Date,
) -> Result<Vec<Assignment>, StoreError> {
    sqlx::query_as::<_, Assignment>(
        "SELECT role, is_vaste FROM case_professionals
         WHERE professional_id = $1 AND case_id = $2
           AND valid_from <= $3 AND (valid_until IS NULL OR valid_until > $3)",
    )
    .bind(professional_id)
    .bind(case_id.as_str())
    .bind(iso(today))
    .fetch_all(db)
    .await
    .map_err(StoreError::from_sqlx("assignments"))
}

/// A professional's role on a case today and their organisation's name, for the access log.
pub async fn professional_on_case<'c, E: Executor<'c, Database = Any>>(
    db: E,
    professional_id: &str,
    case_id: &CaseId,
    today: Date,
) -> Result<Option<(String, String)>, StoreError> {
    sqlx::query_as::<_, (String, String)>(
        "SELECT cp.role, o.name FROM case_professionals cp
         JOIN professionals p ON p.id = cp.professional_id
         JOIN organisations o ON o.id = p.organisation_id
         WHERE cp.professional_id = $1 AND cp.case_id = $2
           AND cp.valid_from <= $3 AND (cp.valid_until IS NULL OR cp.valid_until > $3)
         ORDER BY cp.is_vaste DESC LIMIT 1",
    )
    .bind(professional_id)
    .bind(case_id.as_str())
    .bind(iso(today))
    .fetch_optional(db)
    .await
    .map_err(StoreError::from_sqlx("professional_on_case"))
}

/// Whether a case system's key is in use and its organisation has a professional on the case
/// today; `None` for a key that does not exist or was revoked.
pub async fn system_on_case<'c, E: Executor<'c, Database = Any>>(
    db: E,
    key_id: &str,
    case_id: &CaseId,
    today: Date,
) -> Result<Option<bool>, StoreError> {
    let row = sqlx::query_as::<_, (i64,)>(
        "SELECT (SELECT COUNT(*) FROM case_professionals cp
                 JOIN professionals p ON p.id = cp.professional_id
                 WHERE p.organisation_id = k.organisation_id AND cp.case_id = $2
                   AND cp.valid_from <= $3 AND (cp.valid_until IS NULL OR cp.valid_until > $3))
         FROM api_keys k WHERE k.id = $1 AND k.revoked_at IS NULL",
    )
    .bind(key_id)
    .bind(case_id.as_str())
    .bind(iso(today))
    .fetch_optional(db)
    .await
    .map_err(StoreError::from_sqlx("system_on_case"))?;
    Ok(row.map(|(n,)| n > 0))
}

/// A case system key's organisation (id, name), for the access log.
pub async fn system_organisation<'c, E: Executor<'c, Database = Any>>(
    db: E,
    key_id: &str,
) -> Result<Option<(String, String)>, StoreError> {
    sqlx::query_as::<_, (String, String)>(
        "SELECT o.id, o.name FROM api_keys k JOIN organisations o ON o.id = k.organisation_id
         WHERE k.id = $1",
    )
    .bind(key_id)
    .fetch_optional(db)
    .await
    .map_err(StoreError::from_sqlx("system_organisation"))
}
