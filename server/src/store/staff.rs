//! SQL for onboarding: organisations, the people who sign in for work, and a professional
//! leaving. No authorization here: `services::staff` checks the administrator first.

use sqlx::FromRow;

use super::{Conn, StoreError};
use crate::db::Db;

#[derive(Debug, Clone, FromRow)]
pub struct OrganisationRow {
    pub id: String,
    pub kind: String,
    pub name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub working: i64,
}

pub async fn organisations(db: &Db) -> Result<Vec<OrganisationRow>, StoreError> {
    sqlx::query_as::<_, OrganisationRow>(
        "SELECT o.id, o.kind, o.name, o.phone, o.email, o.website,
           (SELECT COUNT(*) FROM professionals p
             WHERE p.organisation_id = o.id AND p.left_on IS NULL) AS working
         FROM organisations o ORDER BY o.name, o.id",
    )
    .fetch_all(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("organisations"))
}

pub async fn organisation(
    conn: &mut Conn,
    id: &str,
) -> Result<Option<OrganisationRow>, StoreError> {
    sqlx::query_as::<_, OrganisationRow>(
        "SELECT o.id, o.kind, o.name, o.phone, o.email, o.website,
           (SELECT COUNT(*) FROM professionals p
             WHERE p.organisation_id = o.id AND p.left_on IS NULL) AS working
         FROM organisations o WHERE o.id = $1",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("organisation"))
}

#[derive(Debug, Clone, FromRow)]
pub struct MemberRow {
    pub kind: String,
    pub id: String,
    pub given_name: String,
    pub family_name: String,
    pub organisation_id: Option<String>,
    pub organisation_name: Option<String>,
    pub email: Option<String>,
    pub left_on: Option<String>,
    /// A reviewer who may accept suggestions (0/1).
    pub may_accept: i64,
    pub passkeys: i64,
    pub open_code_until: Option<i64>,
}

const MEMBERS: &str = "
    SELECT * FROM (
      SELECT 'professional' AS kind, p.id, p.given_name, p.family_name,
             o.id AS organisation_id, o.name AS organisation_name, p.email, p.left_on,
             0 AS may_accept
      FROM professionals p JOIN organisations o ON o.id = p.organisation_id
      UNION ALL
      SELECT s.kind, s.id, s.given_name, s.family_name,
             NULL AS organisation_id, NULL AS organisation_name, NULL AS email, s.left_on,
             s.may_accept
      FROM staff s
    ) m";

/// Everyone who signs in for work, with their working passkeys and open code; `only` narrows
/// it to one (kind, id).
pub async fn members(
    conn: &mut Conn,
    now: i64,
    only: Option<(&str, &str)>,
) -> Result<Vec<MemberRow>, StoreError> {
    let sql = format!(
        "SELECT m.kind, m.id, m.given_name, m.family_name, m.organisation_id,
                m.organisation_name, m.email, m.left_on, m.may_accept,
           (SELECT COUNT(*) FROM passkeys k
             WHERE k.subject_kind = m.kind AND k.subject_id = m.id AND k.revoked_at IS NULL) AS passkeys,
           (SELECT MAX(c.expires_at) FROM activation_codes c
             WHERE c.subject_kind = m.kind AND c.subject_id = m.id
               AND c.used_at IS NULL AND c.revoked_at IS NULL AND c.expires_at > $1) AS open_code_until
         FROM ({MEMBERS}) m
         WHERE ($2 = '' OR (m.kind = $2 AND m.id = $3))
         ORDER BY m.left_on IS NOT NULL, m.family_name, m.given_name, m.id"
    );
    let (kind, id) = only.unwrap_or(("", ""));
    sqlx::query_as::<_, MemberRow>(&sql)
        .bind(now)
        .bind(kind)
        .bind(id)
        .fetch_all(&mut *conn)
        .await
        .map_err(StoreError::from_sqlx("staff members"))
}

pub async fn insert_staff(
    conn: &mut Conn,
    id: &str,
    kind: &str,
    given_name: &str,
    family_name: &str,
) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO staff (id, kind, given_name, family_name) VALUES ($1, $2, $3, $4)")
        .bind(id)
        .bind(kind)
        .bind(given_name)
        .bind(family_name)
        .execute(&mut *conn)
        .await
        .map_err(StoreError::from_sqlx("insert staff"))?;
    Ok(())
}

/// Whether this administrator exists and has not left.
pub async fn is_administrator(db: &Db, id: &str) -> Result<bool, StoreError> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM staff WHERE id = $1 AND kind = 'administrator' AND left_on IS NULL",
    )
    .bind(id)
    .fetch_one(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("is administrator"))?;
    Ok(n > 0)
}

/// The families whose vaste professional this professional is today.
pub async fn vaste_of(
    conn: &mut Conn,
    professional: &str,
    today: &str,
) -> Result<Vec<String>, StoreError> {
    sqlx::query_scalar(
        "SELECT c.family_name FROM case_professionals cp JOIN cases c ON c.id = cp.case_id
         WHERE cp.professional_id = $1 AND cp.is_vaste = 1
           AND cp.valid_from <= $2 AND (cp.valid_until IS NULL OR cp.valid_until > $2)
         ORDER BY c.family_name",
    )
    .bind(professional)
    .bind(today)
    .fetch_all(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("vaste of"))
}

/// The professional leaves on `on`: every case relation ends that day, and every code,
/// passkey and session ends now. `false` when there is no such professional at work.
pub async fn leave(
    conn: &mut Conn,
    professional: &str,
    on: &str,
    at: &str,
) -> Result<bool, StoreError> {
    let left =
        sqlx::query("UPDATE professionals SET left_on = $1 WHERE id = $2 AND left_on IS NULL")
            .bind(on)
            .bind(professional)
            .execute(&mut *conn)
            .await
            .map_err(StoreError::from_sqlx("leave"))?
            .rows_affected();
    if left == 0 {
        return Ok(false);
    }
    // A relation that had not started yet never starts; one that runs ends on `on`.
    sqlx::query(
        "UPDATE case_professionals SET valid_until = CASE WHEN valid_from > $1 THEN valid_from ELSE $1 END,
                version = version + 1
         WHERE professional_id = $2 AND (valid_until IS NULL OR valid_until > $1)",
    )
    .bind(on)
    .bind(professional)
    .execute(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("leave: end relations"))?;
    sqlx::query(
        "UPDATE activation_codes SET revoked_at = $1
         WHERE subject_kind = 'professional' AND subject_id = $2 AND used_at IS NULL AND revoked_at IS NULL",
    )
    .bind(at)
    .bind(professional)
    .execute(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("leave: revoke codes"))?;
    sqlx::query(
        "UPDATE passkeys SET revoked_at = $1
         WHERE subject_kind = 'professional' AND subject_id = $2 AND revoked_at IS NULL",
    )
    .bind(at)
    .bind(professional)
    .execute(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("leave: revoke passkeys"))?;
    sqlx::query("DELETE FROM sessions WHERE subject_key = $1")
        .bind(app::domain::Subject::Professional(professional.to_string()).key())
        .execute(&mut *conn)
        .await
        .map_err(StoreError::from_sqlx("leave: end sessions"))?;
    Ok(true)
}
