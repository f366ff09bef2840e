use sqlx::FromRow;
use time::Date;

use super::{internal, iso};
use crate::access::Grant;
use crate::db::Db;
use app::api::AppError;

#[derive(Debug, Clone, FromRow)]
pub struct CaseRow {
    pub id: String,
    pub family_name: String,
    pub municipality: String,
    pub phase: String,
    pub phase_since: String,
}

#[derive(Debug, Clone, FromRow)]
pub struct CaseProfessionalRow {
    pub given_name: String,
    pub family_name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub reach_days: String,
    pub reach_from: Option<String>,
    pub reach_until: Option<String>,
    pub organisation_name: String,
    pub organisation_kind: String,
    pub role: String,
    pub is_vaste: i64,
}

const CASE_COLUMNS: &str = "c.id, c.family_name, c.municipality, c.phase, c.phase_since";

pub async fn case(db: &Db, grant: &Grant) -> Result<CaseRow, AppError> {
    sqlx::query_as::<_, CaseRow>(&format!(
        "SELECT {CASE_COLUMNS} FROM cases c WHERE c.id = $1"
    ))
    .bind(grant.case_id())
    .fetch_optional(&db.pool)
    .await
    .map_err(internal("case"))?
    .ok_or(AppError::NotFound)
}

/// Everyone professionally on the case today, the vaste professional first.
pub async fn professionals(
    db: &Db,
    grant: &Grant,
    today: Date,
) -> Result<Vec<CaseProfessionalRow>, AppError> {
    sqlx::query_as::<_, CaseProfessionalRow>(
        "SELECT p.given_name, p.family_name, p.phone, p.email, p.reach_days, p.reach_from,
                p.reach_until, o.name AS organisation_name, o.kind AS organisation_kind,
                cp.role, cp.is_vaste
         FROM case_professionals cp
         JOIN professionals p ON p.id = cp.professional_id
         JOIN organisations o ON o.id = p.organisation_id
         WHERE cp.case_id = $1
           AND cp.valid_from <= $2 AND (cp.valid_until IS NULL OR cp.valid_until > $2)
         ORDER BY cp.is_vaste DESC, cp.valid_from, p.family_name",
    )
    .bind(grant.case_id())
    .bind(iso(today))
    .fetch_all(&db.pool)
    .await
    .map_err(internal("professionals"))
}

/// Cases a family member is a party to today (an ex-partner is recorded, not a party). Not
/// behind a grant: it lists only the caller's own relations.
pub async fn cases_of_person(
    db: &Db,
    person_id: &str,
    today: Date,
) -> Result<Vec<CaseRow>, AppError> {
    sqlx::query_as::<_, CaseRow>(&format!(
        "SELECT DISTINCT {CASE_COLUMNS} FROM cases c JOIN case_members m ON m.case_id = c.id
         WHERE m.person_id = $1 AND m.relation <> 'ex-partner'
           AND m.valid_from <= $2 AND (m.valid_until IS NULL OR m.valid_until > $2)
         ORDER BY c.family_name"
    ))
    .bind(person_id)
    .bind(iso(today))
    .fetch_all(&db.pool)
    .await
    .map_err(internal("cases_of_person"))
}

/// Cases a professional is assigned to today.
pub async fn cases_of_professional(
    db: &Db,
    professional_id: &str,
    today: Date,
) -> Result<Vec<CaseRow>, AppError> {
    sqlx::query_as::<_, CaseRow>(&format!(
        "SELECT DISTINCT {CASE_COLUMNS} FROM cases c JOIN case_professionals cp ON cp.case_id = c.id
         WHERE cp.professional_id = $1 AND cp.valid_from <= $2 AND (cp.valid_until IS NULL OR cp.valid_until > $2)
         ORDER BY c.family_name"
    ))
    .bind(professional_id)
    .bind(iso(today))
    .fetch_all(&db.pool)
    .await
    .map_err(internal("cases_of_professional"))
}
