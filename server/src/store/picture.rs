//! Queries behind the case pages. All take a `Grant` for the case.

use sqlx::FromRow;
use time::Date;

use super::{internal, iso};
use crate::access::Grant;
use crate::db::Db;
use app::api::AppError;

#[derive(Debug, Clone, FromRow)]
pub struct VasteRow {
    pub id: String,
    pub given_name: String,
    pub family_name: String,
    pub organisation: String,
    pub role: String,
    pub valid_from: String,
    pub valid_until: Option<String>,
    pub change_reason: Option<String>,
    pub handover_summary: Option<String>,
}

/// Every vaste professional the case has had, newest first.
pub async fn vaste_history(db: &Db, grant: &Grant) -> Result<Vec<VasteRow>, AppError> {
    sqlx::query_as::<_, VasteRow>(
        "SELECT cp.id, p.given_name, p.family_name, o.name AS organisation, cp.role, cp.valid_from,
                cp.valid_until, cp.change_reason, cp.handover_summary
         FROM case_professionals cp
         JOIN professionals p ON p.id = cp.professional_id
         JOIN organisations o ON o.id = p.organisation_id
         WHERE cp.case_id = $1 AND cp.is_vaste = 1
         ORDER BY cp.valid_from DESC",
    )
    .bind(grant.case_id())
    .fetch_all(&db.pool)
    .await
    .map_err(internal("vaste_history"))
}

/// Whether `person_id` has seen the change to case professional `change_id`.
pub async fn change_seen(db: &Db, person_id: &str, change_id: &str) -> Result<bool, AppError> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM change_seen WHERE person_id = $1 AND case_professional_id = $2",
    )
    .bind(person_id)
    .bind(change_id)
    .fetch_one(&db.pool)
    .await
    .map_err(internal("change_seen"))?;
    Ok(n > 0)
}

/// Record that the person saw the change. Seeing it twice is not an error.
pub async fn mark_change_seen(
    db: &Db,
    grant: &Grant,
    person_id: &str,
    change_id: &str,
    now: &str,
) -> Result<bool, AppError> {
    // Only a vaste-professional row of this very case can be acknowledged.
    let belongs: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM case_professionals WHERE id = $1 AND case_id = $2 AND is_vaste = 1",
    )
    .bind(change_id)
    .bind(grant.case_id())
    .fetch_one(&db.pool)
    .await
    .map_err(internal("mark_change_seen check"))?;
    if belongs == 0 {
        return Ok(false);
    }
    sqlx::query(
        "INSERT INTO change_seen (person_id, case_professional_id, seen_at) VALUES ($1, $2, $3)
         ON CONFLICT (person_id, case_professional_id) DO NOTHING",
    )
    .bind(person_id)
    .bind(change_id)
    .bind(now)
    .execute(&db.pool)
    .await
    .map_err(internal("mark_change_seen"))?;
    Ok(true)
}

#[derive(Debug, Clone, FromRow)]
pub struct StepRow {
    pub kind: String,
    pub state: String,
    pub on_date: Option<String>,
    pub organisation: Option<String>,
}

pub async fn timeline(db: &Db, grant: &Grant) -> Result<Vec<StepRow>, AppError> {
    sqlx::query_as::<_, StepRow>(
        "SELECT s.kind, s.state, s.on_date, o.name AS organisation
         FROM timeline_steps s LEFT JOIN organisations o ON o.id = s.organisation_id
         WHERE s.case_id = $1 ORDER BY s.sort_order",
    )
    .bind(grant.case_id())
    .fetch_all(&db.pool)
    .await
    .map_err(internal("timeline"))
}

#[derive(Debug, Clone, FromRow)]
pub struct DecisionRow {
    pub id: String,
    pub kind: String,
    pub started_on: Option<String>,
    pub expected_on: Option<String>,
    pub decided_on: Option<String>,
}

pub async fn decisions(db: &Db, grant: &Grant) -> Result<Vec<DecisionRow>, AppError> {
    sqlx::query_as::<_, DecisionRow>(
        "SELECT id, kind, started_on, expected_on, decided_on FROM decisions WHERE case_id = $1
         ORDER BY COALESCE(decided_on, expected_on, started_on)",
    )
    .bind(grant.case_id())
    .fetch_all(&db.pool)
    .await
    .map_err(internal("decisions"))
}

#[derive(Debug, Clone, FromRow)]
pub struct MeetingRow {
    pub id: String,
    pub kind: String,
    pub starts_at: String,
    pub place: String,
}

/// Meetings from `today` on, soonest first.
pub async fn meetings(db: &Db, grant: &Grant, today: Date) -> Result<Vec<MeetingRow>, AppError> {
    sqlx::query_as::<_, MeetingRow>(
        "SELECT id, kind, starts_at, place FROM meetings WHERE case_id = $1 AND starts_at >= $2 ORDER BY starts_at",
    )
    .bind(grant.case_id())
    .bind(iso(today))
    .fetch_all(&db.pool)
    .await
    .map_err(internal("meetings"))
}

#[derive(Debug, Clone, FromRow)]
pub struct AttendeeRow {
    pub meeting_id: String,
    pub name: String,
}

/// Attendees of the case's meetings, by name: professionals first, then family members.
pub async fn attendees(db: &Db, grant: &Grant) -> Result<Vec<AttendeeRow>, AppError> {
    sqlx::query_as::<_, AttendeeRow>(
        "SELECT a.meeting_id, COALESCE(p.given_name || ' ' || p.family_name, f.given_name || ' ' || f.family_name) AS name
         FROM meeting_attendees a
         JOIN meetings m ON m.id = a.meeting_id
         LEFT JOIN professionals p ON p.id = a.professional_id
         LEFT JOIN persons f ON f.id = a.person_id
         WHERE m.case_id = $1
         ORDER BY a.meeting_id, a.sort_order",
    )
    .bind(grant.case_id())
    .fetch_all(&db.pool)
    .await
    .map_err(internal("attendees"))
}

#[derive(Debug, Clone, FromRow)]
pub struct DocumentRow {
    pub kind: String,
    pub dated: String,
    pub organisation: String,
    pub status: String,
    pub react_until: Option<String>,
}

pub async fn documents(db: &Db, grant: &Grant) -> Result<Vec<DocumentRow>, AppError> {
    sqlx::query_as::<_, DocumentRow>(
        "SELECT d.kind, d.dated, o.name AS organisation, d.status, d.react_until
         FROM documents d JOIN organisations o ON o.id = d.organisation_id
         WHERE d.case_id = $1 ORDER BY d.dated DESC",
    )
    .bind(grant.case_id())
    .fetch_all(&db.pool)
    .await
    .map_err(internal("documents"))
}

#[derive(Debug, Clone, FromRow)]
pub struct OrganisationRow {
    pub kind: String,
    pub name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub complaints_phone: Option<String>,
    pub complaints_email: Option<String>,
}

const ORG_COLUMNS: &str =
    "o.kind, o.name, o.phone, o.email, o.website, o.complaints_phone, o.complaints_email";

/// The organisations of the professionals on the case today.
pub async fn organisations_on_case(
    db: &Db,
    grant: &Grant,
    today: Date,
) -> Result<Vec<OrganisationRow>, AppError> {
    sqlx::query_as::<_, OrganisationRow>(&format!(
        "SELECT DISTINCT {ORG_COLUMNS} FROM organisations o
         JOIN professionals p ON p.organisation_id = o.id
         JOIN case_professionals cp ON cp.professional_id = p.id
         WHERE cp.case_id = $1 AND cp.valid_from <= $2 AND (cp.valid_until IS NULL OR cp.valid_until > $2)
         ORDER BY o.name"
    ))
    .bind(grant.case_id())
    .bind(iso(today))
    .fetch_all(&db.pool)
    .await
    .map_err(internal("organisations_on_case"))
}

/// The independent vertrouwenspersoon organisation (Jeugdstem), if configured.
pub async fn vertrouwenspersoon(db: &Db) -> Result<Option<OrganisationRow>, AppError> {
    sqlx::query_as::<_, OrganisationRow>(&format!(
        "SELECT {ORG_COLUMNS} FROM organisations o WHERE o.kind = 'jeugdstem' ORDER BY o.name LIMIT 1"
    ))
    .fetch_optional(&db.pool)
    .await
    .map_err(internal("vertrouwenspersoon"))
}
