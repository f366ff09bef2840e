//! Cases: read one (behind a grant), list a person's or professional's own, and write.

use sqlx::FromRow;
use time::Date;

use super::{checked_update, date, iso, opt_date, Conn, StoreError};
use crate::access::grant::Grant;
use crate::db::Db;
use app::domain::ids::CaseId;
use app::domain::Phase;
use app::model::case::{Case, CaseUpdate};
use app::model::Version;

#[derive(Debug, Clone, FromRow)]
struct CaseRow {
    id: String,
    family_name: String,
    municipality: String,
    phase: String,
    phase_since: String,
    reported_on: Option<String>,
    reported_by: Option<String>,
    closed_on: Option<String>,
    version: i64,
}

impl TryFrom<CaseRow> for Case {
    type Error = StoreError;
    fn try_from(r: CaseRow) -> Result<Case, StoreError> {
        Ok(Case {
            id: super::id("case id", &r.id)?,
            phase: super::key("phase", &r.phase, Phase::from_key)?,
            phase_since: date("phase_since", &r.phase_since)?,
            reported_on: opt_date("reported_on", r.reported_on.as_deref())?,
            closed_on: opt_date("closed_on", r.closed_on.as_deref())?,
            reported_by: r.reported_by,
            family_name: r.family_name,
            municipality: r.municipality,
            version: r.version,
        })
    }
}

const CASE_COLUMNS: &str = "c.id, c.family_name, c.municipality, c.phase, c.phase_since, \
                            c.reported_on, c.reported_by, c.closed_on, c.version";

fn all(rows: Vec<CaseRow>) -> Result<Vec<Case>, StoreError> {
    rows.into_iter().map(Case::try_from).collect()
}

pub async fn case(db: &Db, grant: &Grant) -> Result<Case, StoreError> {
    case_in(&mut *crate::store::connection(db).await?, grant.case_id()).await
}

/// The case as a write transaction sees it.
pub async fn case_in(conn: &mut Conn, case_id: &CaseId) -> Result<Case, StoreError> {
    sqlx::query_as::<_, CaseRow>(&format!(
        "SELECT {CASE_COLUMNS} FROM cases c WHERE c.id = $1"
    ))
    .bind(case_id.as_str())
    .fetch_optional(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("case"))?
    .ok_or(StoreError::NotFound)
    .and_then(Case::try_from)
}

/// Cases a family member is a party to today (an ex-partner is recorded, not a party). Not
/// behind a grant: it lists only the caller's own relations.
pub async fn cases_of_person(
    db: &Db,
    person_id: &str,
    today: Date,
) -> Result<Vec<Case>, StoreError> {
    let rows = sqlx::query_as::<_, CaseRow>(&format!(
        "SELECT DISTINCT {CASE_COLUMNS} FROM cases c JOIN case_members m ON m.case_id = c.id
         WHERE m.person_id = $1 AND m.relation <> 'ex-partner'
           AND m.valid_from <= $2 AND (m.valid_until IS NULL OR m.valid_until > $2)
         ORDER BY c.family_name"
    ))
    .bind(person_id)
    .bind(iso(today))
    .fetch_all(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("cases_of_person"))?;
    all(rows)
}

/// Cases a professional is assigned to today.
pub async fn cases_of_professional(
    db: &Db,
    professional_id: &str,
    today: Date,
) -> Result<Vec<Case>, StoreError> {
    let rows = sqlx::query_as::<_, CaseRow>(&format!(
        "SELECT DISTINCT {CASE_COLUMNS} FROM cases c JOIN case_professionals cp ON cp.case_id = c.id
         WHERE cp.professional_id = $1 AND cp.valid_from <= $2 AND (cp.valid_until IS NULL OR cp.valid_until > $2)
         ORDER BY c.family_name"
    ))
    .bind(professional_id)
    .bind(iso(today))
    .fetch_all(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("cases_of_professional"))?;
    all(rows)
}

/// A new case, as of `created_at` (RFC 3339). The caller puts someone on it in the same
/// transaction.
pub struct NewCaseRow<'a> {
    pub id: &'a CaseId,
    pub family_name: &'a str,
    pub municipality: &'a str,
    pub phase: Phase,
    pub phase_since: Date,
    pub reported_on: Option<Date>,
    pub reported_by: Option<&'a str>,
    pub created_at: &'a str,
}

pub async fn insert(conn: &mut Conn, new: &NewCaseRow<'_>) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO cases (id, family_name, municipality, phase, phase_since, reported_on,
                            reported_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(new.id.as_str())
    .bind(new.family_name)
    .bind(new.municipality)
    .bind(new.phase.key())
    .bind(iso(new.phase_since))
    .bind(new.reported_on.map(iso))
    .bind(new.reported_by)
    .bind(new.created_at)
    .execute(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("insert case"))?;
    Ok(())
}

const CASE_EXISTS: &str = "SELECT COUNT(*) FROM cases WHERE id = $1 AND id = $2";

pub async fn update(conn: &mut Conn, grant: &Grant, update: &CaseUpdate) -> Result<(), StoreError> {
    let done = sqlx::query(
        "UPDATE cases SET family_name = $1, municipality = $2, version = version + 1
         WHERE id = $3 AND version = $4",
    )
    .bind(&update.family_name)
    .bind(&update.municipality)
    .bind(grant.case_id().as_str())
    .bind(update.version)
    .execute(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("update case"))?
    .rows_affected();
    let case = grant.case_id().as_str();
    checked_update(conn, done, Some(CASE_EXISTS), case, case).await
}

/// Move the case to `phase` from `since`; `closed_on` is set when the phase is the end.
pub async fn set_phase(
    conn: &mut Conn,
    grant: &Grant,
    phase: Phase,
    since: Date,
    version: Version,
) -> Result<(), StoreError> {
    let closed = (phase == Phase::Afgesloten).then(|| iso(since));
    let done = sqlx::query(
        "UPDATE cases SET phase = $1, phase_since = $2, closed_on = $3, version = version + 1
         WHERE id = $4 AND version = $5",
    )
    .bind(phase.key())
    .bind(iso(since))
    .bind(closed)
    .bind(grant.case_id().as_str())
    .bind(version)
    .execute(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("set phase"))?
    .rows_affected();
    let case = grant.case_id().as_str();
    checked_update(conn, done, Some(CASE_EXISTS), case, case).await
}
