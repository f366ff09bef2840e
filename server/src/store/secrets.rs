//! Secrets every instance on this database shares, made by the first instance that needs one.

use super::StoreError;
use crate::db::Db;

/// The secret called `name`; `make` is offered first, and the first instance to store one
/// wins, so all instances end up with the same value.
pub async fn get_or_offer(
    db: &Db,
    name: &str,
    make: impl FnOnce() -> String,
) -> Result<String, StoreError> {
    sqlx::query(
        "INSERT INTO server_secrets (name, value, created_at) VALUES ($1, $2, $3)
         ON CONFLICT (name) DO NOTHING",
    )
    .bind(name)
    .bind(make())
    .bind(super::now_text())
    .execute(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("offer secret"))?;
    sqlx::query_scalar("SELECT value FROM server_secrets WHERE name = $1")
        .bind(name)
        .fetch_one(&db.pool)
        .await
        .map_err(StoreError::from_sqlx("secret"))
}
