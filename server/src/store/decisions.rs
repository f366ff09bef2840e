//! Decisions that are coming or were taken.

use sqlx::FromRow;

use super::{checked_update, iso, opt_date, Conn, StoreError};
use crate::access::grant::Grant;
use crate::db::Db;
use app::domain::decisions::DecisionKind;
use app::domain::ids::{DecisionId, PersonId};
use app::model::decision::{Decision, DecisionOutcome, DecisionUpdate, NewDecision};
use app::model::Version;

#[derive(Debug, Clone, FromRow)]
struct DecisionRow {
    id: String,
    kind: String,
    started_on: Option<String>,
    expected_on: Option<String>,
    decided_on: Option<String>,
    reasons: Option<String>,
    concerns_person_id: Option<String>,
    version: i64,
}

impl TryFrom<DecisionRow> for Decision {
    type Error = StoreError;
    fn try_from(r: DecisionRow) -> Result<Decision, StoreError> {
        Ok(Decision {
            id: super::id("decision id", &r.id)?,
            kind: super::key("decision kind", &r.kind, DecisionKind::from_key)?,
            started_on: opt_date("started_on", r.started_on.as_deref())?,
            expected_on: opt_date("expected_on", r.expected_on.as_deref())?,
            decided_on: opt_date("decided_on", r.decided_on.as_deref())?,
            reasons: r.reasons,
            concerns: r
                .concerns_person_id
                .as_deref()
                .map(|id| super::id::<PersonId>("person id", id))
                .transpose()?,
            version: r.version,
        })
    }
}

const DECISION_SELECT: &str = "SELECT id, kind, started_on, expected_on, decided_on, reasons,
            concerns_person_id, version FROM decisions";

/// The granted case's decisions that still stand, in the order they come.
pub async fn list(db: &Db, grant: &Grant) -> Result<Vec<Decision>, StoreError> {
    let rows = sqlx::query_as::<_, DecisionRow>(&format!(
        "{DECISION_SELECT} WHERE case_id = $1 AND withdrawn_on IS NULL
         ORDER BY COALESCE(decided_on, expected_on, started_on), id"
    ))
    .bind(grant.case_id().as_str())
    .fetch_all(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("decisions"))?;
    rows.into_iter().map(Decision::try_from).collect()
}

pub async fn get<'c, E: sqlx::Executor<'c, Database = sqlx::Any>>(
    db: E,
    grant: &Grant,
    decision: &DecisionId,
) -> Result<Decision, StoreError> {
    sqlx::query_as::<_, DecisionRow>(&format!(
        "{DECISION_SELECT} WHERE id = $1 AND case_id = $2 AND withdrawn_on IS NULL"
    ))
    .bind(decision.as_str())
    .bind(grant.case_id().as_str())
    .fetch_optional(db)
    .await
    .map_err(StoreError::from_sqlx("decision"))?
    .ok_or(StoreError::NotFound)
    .and_then(Decision::try_from)
}

pub async fn insert(
    conn: &mut Conn,
    grant: &Grant,
    id: &DecisionId,
    d: &NewDecision,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO decisions (id, case_id, kind, started_on, expected_on, concerns_person_id)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(id.as_str())
    .bind(grant.case_id().as_str())
    .bind(d.kind.key())
    .bind(d.started_on.map(iso))
    .bind(d.expected_on.map(iso))
    .bind(d.concerns.as_ref().map(PersonId::as_str))
    .execute(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("insert decision"))?;
    Ok(())
}

/// A decision that was taken before it was recorded (the demo's history, a case system's
/// import): the outcome in the same step.
pub async fn set_decided(
    conn: &mut Conn,
    grant: &Grant,
    id: &DecisionId,
    on: time::Date,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE decisions SET decided_on = $1 WHERE id = $2 AND case_id = $3")
        .bind(iso(on))
        .bind(id.as_str())
        .bind(grant.case_id().as_str())
        .execute(&mut *conn)
        .await
        .map_err(StoreError::from_sqlx("set decided"))?;
    Ok(())
}

const DECISION_EXISTS: &str =
    "SELECT COUNT(*) FROM decisions WHERE id = $1 AND case_id = $2 AND withdrawn_on IS NULL";

pub async fn update(
    conn: &mut Conn,
    grant: &Grant,
    id: &DecisionId,
    u: &DecisionUpdate,
) -> Result<(), StoreError> {
    let done = sqlx::query(
        "UPDATE decisions SET started_on = $1, expected_on = $2, version = version + 1
         WHERE id = $3 AND case_id = $4 AND version = $5 AND withdrawn_on IS NULL",
    )
    .bind(u.started_on.map(iso))
    .bind(u.expected_on.map(iso))
    .bind(id.as_str())
    .bind(grant.case_id().as_str())
    .bind(u.version)
    .execute(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("update decision"))?
    .rows_affected();
    checked_update(
        conn,
        done,
        Some(DECISION_EXISTS),
        id.as_str(),
        grant.case_id().as_str(),
    )
    .await
}

pub async fn record_outcome(
    conn: &mut Conn,
    grant: &Grant,
    id: &DecisionId,
    o: &DecisionOutcome,
) -> Result<(), StoreError> {
    let done = sqlx::query(
        "UPDATE decisions SET decided_on = $1, reasons = $2, version = version + 1
         WHERE id = $3 AND case_id = $4 AND version = $5 AND withdrawn_on IS NULL",
    )
    .bind(iso(o.decided_on))
    .bind(o.reasons.as_deref())
    .bind(id.as_str())
    .bind(grant.case_id().as_str())
    .bind(o.version)
    .execute(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("record outcome"))?
    .rows_affected();
    checked_update(
        conn,
        done,
        Some(DECISION_EXISTS),
        id.as_str(),
        grant.case_id().as_str(),
    )
    .await
}

pub async fn withdraw(
    conn: &mut Conn,
    grant: &Grant,
    id: &DecisionId,
    on: time::Date,
    version: Version,
) -> Result<(), StoreError> {
    let item = super::Closable {
        table: "decisions",
        column: "withdrawn_on",
    };
    super::close_versioned(conn, grant, item, id.as_str(), on, version).await
}

/// Whether `decision` is a decision of `case` that was not withdrawn (no grant: it says only
/// whether the id exists there, for a caller that authorised the case).
pub async fn exists(
    db: &Db,
    case: &app::domain::ids::CaseId,
    decision: &DecisionId,
) -> Result<bool, StoreError> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM decisions WHERE id = $1 AND case_id = $2 AND withdrawn_on IS NULL",
    )
    .bind(decision.as_str())
    .bind(case.as_str())
    .fetch_one(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("decision exists"))?;
    Ok(n > 0)
}
