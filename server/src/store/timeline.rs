//! Steps on the family's timeline.

use sqlx::FromRow;

use super::{checked_update, iso, opt_date, Conn, StoreError};
use crate::access::grant::Grant;
use crate::db::Db;
use app::domain::ids::{OrganisationId, StepId};
use app::domain::journey::{StepKind, StepState};
use app::model::timeline::{Step, StepUpdate};
use app::model::Version;

#[derive(Debug, Clone, FromRow)]
struct StepRow {
    id: String,
    kind: String,
    state: String,
    on_date: Option<String>,
    organisation: Option<String>,
    version: i64,
}

impl TryFrom<StepRow> for Step {
    type Error = StoreError;
    fn try_from(r: StepRow) -> Result<Step, StoreError> {
        Ok(Step {
            id: super::id("step id", &r.id)?,
            kind: super::key("step kind", &r.kind, StepKind::from_key)?,
            state: super::key("step state", &r.state, StepState::from_key)?,
            on: opt_date("on_date", r.on_date.as_deref())?,
            organisation: r.organisation,
            version: r.version,
        })
    }
}

const STEP_SELECT: &str =
    "SELECT s.id, s.kind, s.state, s.on_date, o.name AS organisation, s.version
     FROM timeline_steps s LEFT JOIN organisations o ON o.id = s.organisation_id";

pub async fn steps(db: &Db, grant: &Grant) -> Result<Vec<Step>, StoreError> {
    let rows = sqlx::query_as::<_, StepRow>(&format!(
        "{STEP_SELECT} WHERE s.case_id = $1 ORDER BY s.sort_order"
    ))
    .bind(grant.case_id().as_str())
    .fetch_all(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("timeline"))?;
    rows.into_iter().map(Step::try_from).collect()
}

pub async fn step_in(conn: &mut Conn, grant: &Grant, step: &StepId) -> Result<Step, StoreError> {
    sqlx::query_as::<_, StepRow>(&format!("{STEP_SELECT} WHERE s.id = $1 AND s.case_id = $2"))
        .bind(step.as_str())
        .bind(grant.case_id().as_str())
        .fetch_optional(&mut *conn)
        .await
        .map_err(StoreError::from_sqlx("step"))?
        .ok_or(StoreError::NotFound)
        .and_then(Step::try_from)
}

pub struct NewStepRow<'a> {
    pub id: &'a StepId,
    pub kind: StepKind,
    pub state: StepState,
    pub on: Option<time::Date>,
    pub organisation: Option<&'a OrganisationId>,
}

/// Add a step at the end of the granted case's timeline.
pub async fn insert(conn: &mut Conn, grant: &Grant, s: &NewStepRow<'_>) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO timeline_steps (id, case_id, kind, state, on_date, organisation_id, sort_order)
         VALUES ($1, $2, $3, $4, $5, $6,
                 (SELECT COALESCE(MAX(sort_order), -1) + 1 FROM timeline_steps WHERE case_id = $2))",
    )
    .bind(s.id.as_str())
    .bind(grant.case_id().as_str())
    .bind(s.kind.key())
    .bind(s.state.key())
    .bind(s.on.map(iso))
    .bind(s.organisation.map(OrganisationId::as_str))
    .execute(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("insert step"))?;
    Ok(())
}

const STEP_EXISTS: &str = "SELECT COUNT(*) FROM timeline_steps WHERE id = $1 AND case_id = $2";

pub async fn update(
    conn: &mut Conn,
    grant: &Grant,
    step: &StepId,
    u: &StepUpdate,
) -> Result<(), StoreError> {
    let done = sqlx::query(
        "UPDATE timeline_steps SET state = $1, on_date = $2, version = version + 1
         WHERE id = $3 AND case_id = $4 AND version = $5",
    )
    .bind(u.state.key())
    .bind(u.on.map(iso))
    .bind(step.as_str())
    .bind(grant.case_id().as_str())
    .bind(u.version)
    .execute(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("update step"))?
    .rows_affected();
    checked_update(
        conn,
        done,
        Some(STEP_EXISTS),
        step.as_str(),
        grant.case_id().as_str(),
    )
    .await
}

pub async fn remove(
    conn: &mut Conn,
    grant: &Grant,
    step: &StepId,
    version: Version,
) -> Result<(), StoreError> {
    let done =
        sqlx::query("DELETE FROM timeline_steps WHERE id = $1 AND case_id = $2 AND version = $3")
            .bind(step.as_str())
            .bind(grant.case_id().as_str())
            .bind(version)
            .execute(&mut *conn)
            .await
            .map_err(StoreError::from_sqlx("remove step"))?
            .rows_affected();
    checked_update(
        conn,
        done,
        Some(STEP_EXISTS),
        step.as_str(),
        grant.case_id().as_str(),
    )
    .await
}

/// The current steps become done: the case moved on.
pub async fn finish_current(conn: &mut Conn, grant: &Grant) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE timeline_steps SET state = 'done', version = version + 1
         WHERE case_id = $1 AND state = 'current'",
    )
    .bind(grant.case_id().as_str())
    .execute(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("finish current steps"))?;
    Ok(())
}

/// The expected step of this kind, if the timeline already foresaw it.
pub async fn expected_of_kind(
    conn: &mut Conn,
    grant: &Grant,
    kind: StepKind,
) -> Result<Option<StepId>, StoreError> {
    let id: Option<String> = sqlx::query_scalar(
        "SELECT id FROM timeline_steps WHERE case_id = $1 AND kind = $2 AND state = 'expected'
         ORDER BY sort_order LIMIT 1",
    )
    .bind(grant.case_id().as_str())
    .bind(kind.key())
    .fetch_optional(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("expected step"))?;
    id.map(|id| super::id("step id", &id)).transpose()
}

/// An expected step happens now: it becomes current on `on`.
pub async fn make_current(
    conn: &mut Conn,
    grant: &Grant,
    step: &StepId,
    on: time::Date,
    organisation: Option<&OrganisationId>,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE timeline_steps SET state = 'current', on_date = $1,
                organisation_id = COALESCE($2, organisation_id), version = version + 1
         WHERE id = $3 AND case_id = $4",
    )
    .bind(iso(on))
    .bind(organisation.map(OrganisationId::as_str))
    .bind(step.as_str())
    .bind(grant.case_id().as_str())
    .execute(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("make step current"))?;
    Ok(())
}
