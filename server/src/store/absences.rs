//! Professionals' absences and the colleague who takes over meanwhile. Not case data: an
//! absence is the professional's own, and families read it only through their team's cards.

use sqlx::FromRow;
use time::Date;

use super::{date, iso, Conn, StoreError};
use crate::db::Db;
use app::domain::absence::{AbsenceReason, Period, ANNOUNCE_DAYS};
use app::domain::ids::{AbsenceId, ProfessionalId};
use app::model::team::{Absence, NewAbsence, Substitute};

#[derive(Debug, Clone, FromRow)]
struct AbsenceRow {
    id: String,
    professional_id: String,
    first_day: String,
    last_day: String,
    reason: String,
    substitute_id: Option<String>,
    given_name: Option<String>,
    family_name: Option<String>,
    organisation: Option<String>,
    phone: Option<String>,
    email: Option<String>,
    reach_days: Option<String>,
    reach_from: Option<String>,
    reach_until: Option<String>,
}

impl AbsenceRow {
    fn into_absence(self) -> Result<(ProfessionalId, Absence), StoreError> {
        let substitute = match self.substitute_id {
            Some(id) => Some(Substitute {
                professional: super::id("substitute id", &id)?,
                name: format!(
                    "{} {}",
                    self.given_name.unwrap_or_default(),
                    self.family_name.unwrap_or_default()
                ),
                organisation: self.organisation.unwrap_or_default(),
                phone: self.phone,
                email: self.email,
                reach: super::team::reach(
                    self.reach_days.as_deref().unwrap_or_default(),
                    self.reach_from,
                    self.reach_until,
                )?,
            }),
            None => None,
        };
        Ok((
            super::id("professional id", &self.professional_id)?,
            Absence {
                id: super::id("absence id", &self.id)?,
                period: Period {
                    first_day: date("first_day", &self.first_day)?,
                    last_day: date("last_day", &self.last_day)?,
                },
                reason: super::key("absence reason", &self.reason, AbsenceReason::from_key)?,
                substitute,
            },
        ))
    }
}

const SELECT: &str = "SELECT a.id, a.professional_id, a.first_day, a.last_day, a.reason,
        a.substitute_id, s.given_name, s.family_name, o.name AS organisation, s.phone, s.email,
        s.reach_days, s.reach_from, s.reach_until
     FROM absences a
     LEFT JOIN professionals s ON s.id = a.substitute_id
     LEFT JOIN organisations o ON o.id = s.organisation_id";

/// Absences not yet over that start within [`ANNOUNCE_DAYS`]: what a family's card can say.
/// `professionals` are a team's members (a handful), so one query with their ids.
pub async fn current(
    db: &Db,
    professionals: &[ProfessionalId],
    today: Date,
) -> Result<Vec<(ProfessionalId, Absence)>, StoreError> {
    if professionals.is_empty() {
        return Ok(vec![]);
    }
    let placeholders: Vec<String> = (0..professionals.len())
        .map(|i| format!("${}", i + 3))
        .collect();
    let sql = format!(
        "{SELECT} WHERE a.last_day >= $1 AND a.first_day <= $2
           AND a.professional_id IN ({})
         ORDER BY a.first_day, a.id",
        placeholders.join(", ")
    );
    let horizon = today + time::Duration::days(ANNOUNCE_DAYS);
    let mut query = sqlx::query_as::<_, AbsenceRow>(&sql)
        .bind(iso(today))
        .bind(iso(horizon));
    for p in professionals {
        query = query.bind(p.as_str());
    }
    query
        .fetch_all(&db.pool)
        .await
        .map_err(StoreError::from_sqlx("current absences"))?
        .into_iter()
        .map(AbsenceRow::into_absence)
        .collect()
}

/// One professional's absences that are not over yet, soonest first.
pub async fn own(
    conn: &mut Conn,
    professional: &ProfessionalId,
    today: Date,
) -> Result<Vec<Absence>, StoreError> {
    sqlx::query_as::<_, AbsenceRow>(&format!(
        "{SELECT} WHERE a.professional_id = $1 AND a.last_day >= $2 ORDER BY a.first_day, a.id"
    ))
    .bind(professional.as_str())
    .bind(iso(today))
    .fetch_all(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("own absences"))?
    .into_iter()
    .map(|r| r.into_absence().map(|(_, a)| a))
    .collect()
}

pub async fn insert(
    conn: &mut Conn,
    id: &AbsenceId,
    professional: &ProfessionalId,
    new: &NewAbsence,
    now: &str,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO absences (id, professional_id, first_day, last_day, reason, substitute_id,
                               created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(id.as_str())
    .bind(professional.as_str())
    .bind(iso(new.period.first_day))
    .bind(iso(new.period.last_day))
    .bind(new.reason.key())
    .bind(new.substitute.as_ref().map(|s| s.as_str().to_string()))
    .bind(now)
    .execute(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("insert absence"))?;
    Ok(())
}

/// Remove one of the professional's own absences; someone else's is not found.
pub async fn delete_own(
    conn: &mut Conn,
    professional: &ProfessionalId,
    id: &AbsenceId,
) -> Result<(), StoreError> {
    let done = sqlx::query("DELETE FROM absences WHERE id = $1 AND professional_id = $2")
        .bind(id.as_str())
        .bind(professional.as_str())
        .execute(&mut *conn)
        .await
        .map_err(StoreError::from_sqlx("delete absence"))?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}

/// Whether `colleague` works (today, not left) in the same organisation as `professional`.
pub async fn same_organisation(
    conn: &mut Conn,
    professional: &ProfessionalId,
    colleague: &ProfessionalId,
) -> Result<bool, StoreError> {
    let found: Option<String> = sqlx::query_scalar(
        "SELECT c.id FROM professionals c
         JOIN professionals p ON p.organisation_id = c.organisation_id
         WHERE p.id = $1 AND c.id = $2 AND c.left_on IS NULL",
    )
    .bind(professional.as_str())
    .bind(colleague.as_str())
    .fetch_optional(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("same organisation"))?;
    Ok(found.is_some())
}
