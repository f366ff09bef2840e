//! Keys of the integration API, per organisation: only a hash of the secret is stored, and a
//! revoked key stays (the access log names it).

use sqlx::FromRow;

use super::{Conn, StoreError};
use crate::db::Db;
use app::domain::ids::{ApiKeyId, OrganisationId};

pub struct NewKeyRow<'a> {
    pub id: &'a ApiKeyId,
    pub organisation: &'a OrganisationId,
    pub name: &'a str,
    pub scope: &'a str,
    pub secret_hash: &'a str,
    pub created_at: &'a str,
    pub created_by: &'a str,
}

pub async fn insert(conn: &mut Conn, k: &NewKeyRow<'_>) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO api_keys (id, organisation_id, name, scope, secret_hash, created_at, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(k.id.as_str())
    .bind(k.organisation.as_str())
    .bind(k.name)
    .bind(k.scope)
    .bind(k.secret_hash)
    .bind(k.created_at)
    .bind(k.created_by)
    .execute(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("insert api key"))?;
    Ok(())
}

#[derive(Debug, Clone, FromRow)]
pub struct KeyRow {
    pub id: String,
    pub organisation_id: String,
    pub organisation_name: String,
    pub name: String,
    pub scope: String,
    pub secret_hash: String,
    pub created_at: String,
    pub last_used_at: Option<String>,
    pub revoked_at: Option<String>,
}

const SELECT: &str = "SELECT k.id, k.organisation_id, o.name AS organisation_name, k.name,
        k.scope, k.secret_hash, k.created_at, k.last_used_at, k.revoked_at
     FROM api_keys k JOIN organisations o ON o.id = k.organisation_id";

/// Every key, the organisation's name first, revoked ones last.
pub async fn all(db: &Db) -> Result<Vec<KeyRow>, StoreError> {
    sqlx::query_as::<_, KeyRow>(&format!(
        "{SELECT} ORDER BY o.name, k.revoked_at IS NOT NULL, k.created_at"
    ))
    .fetch_all(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("api keys"))
}

pub async fn find(db: &Db, id: &ApiKeyId) -> Result<Option<KeyRow>, StoreError> {
    sqlx::query_as::<_, KeyRow>(&format!("{SELECT} WHERE k.id = $1"))
        .bind(id.as_str())
        .fetch_optional(&db.pool)
        .await
        .map_err(StoreError::from_sqlx("api key"))
}

/// Note a use, at most once a minute per key (`before`: a minute ago), so a busy system does
/// not write a row per call.
pub async fn touch(db: &Db, id: &str, now: &str, before: &str) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE api_keys SET last_used_at = $1
         WHERE id = $2 AND (last_used_at IS NULL OR last_used_at < $3)",
    )
    .bind(now)
    .bind(id)
    .bind(before)
    .execute(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("touch api key"))?;
    Ok(())
}

/// Revoke a key that is still in use; `false` when there was none.
pub async fn revoke(conn: &mut Conn, id: &ApiKeyId, now: &str) -> Result<bool, StoreError> {
    let done =
        sqlx::query("UPDATE api_keys SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
            .bind(now)
            .bind(id.as_str())
            .execute(&mut *conn)
            .await
            .map_err(StoreError::from_sqlx("revoke api key"))?;
    Ok(done.rows_affected() == 1)
}
