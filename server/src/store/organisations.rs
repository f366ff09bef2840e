//! Organisations and their professionals. Onboarding them gets its own service with the
//! console; until then the demo seeder and the tests write them here.

use super::{Conn, StoreError};
use app::domain::ids::{OrganisationId, ProfessionalId};
use app::domain::OrganisationKind;

pub struct NewOrganisation<'a> {
    pub id: &'a OrganisationId,
    pub kind: OrganisationKind,
    pub name: &'a str,
    pub phone: Option<&'a str>,
    pub email: Option<&'a str>,
    pub website: Option<&'a str>,
    pub complaints_phone: Option<&'a str>,
    pub complaints_email: Option<&'a str>,
}

pub async fn insert_organisation(
    conn: &mut Conn,
    o: &NewOrganisation<'_>,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO organisations (id, kind, name, phone, email, website, complaints_phone, complaints_email)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(o.id.as_str())
    .bind(o.kind.key())
    .bind(o.name)
    .bind(o.phone)
    .bind(o.email)
    .bind(o.website)
    .bind(o.complaints_phone)
    .bind(o.complaints_email)
    .execute(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("insert organisation"))?;
    Ok(())
}

pub struct NewProfessional<'a> {
    pub id: &'a ProfessionalId,
    pub organisation: &'a OrganisationId,
    pub given_name: &'a str,
    pub family_name: &'a str,
    pub phone: Option<&'a str>,
    pub email: Option<&'a str>,
    /// ISO weekdays, comma separated ("1,2,4").
    pub reach_days: &'a str,
    pub reach_from: Option<&'a str>,
    pub reach_until: Option<&'a str>,
}

pub async fn insert_professional(
    conn: &mut Conn,
    p: &NewProfessional<'_>,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO professionals (id, organisation_id, given_name, family_name, phone, email,
                                    reach_days, reach_from, reach_until)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(p.id.as_str())
    .bind(p.organisation.as_str())
    .bind(p.given_name)
    .bind(p.family_name)
    .bind(p.phone)
    .bind(p.email)
    .bind(p.reach_days)
    .bind(p.reach_from)
    .bind(p.reach_until)
    .execute(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("insert professional"))?;
    Ok(())
}

/// Whether an organisation with this id exists.
pub async fn organisation_exists(conn: &mut Conn, id: &OrganisationId) -> Result<bool, StoreError> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM organisations WHERE id = $1")
        .bind(id.as_str())
        .fetch_one(&mut *conn)
        .await
        .map_err(StoreError::from_sqlx("organisation exists"))?;
    Ok(n > 0)
}

/// The kind of organisation a professional works for; `None` for an unknown professional or
/// one who left (they can no longer be put on a case or open one).
pub async fn kind_of_professional(
    conn: &mut Conn,
    id: &ProfessionalId,
) -> Result<Option<OrganisationKind>, StoreError> {
    let kind: Option<String> = sqlx::query_scalar(
        "SELECT o.kind FROM professionals p JOIN organisations o ON o.id = p.organisation_id
         WHERE p.id = $1 AND p.left_on IS NULL",
    )
    .bind(id.as_str())
    .fetch_optional(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("organisation of professional"))?;
    kind.map(|k| super::key("organisation kind", &k, OrganisationKind::from_key))
        .transpose()
}

/// The organisation a professional at work works for.
pub async fn organisation_of(
    db: &crate::db::Db,
    id: &ProfessionalId,
) -> Result<Option<OrganisationId>, StoreError> {
    let found: Option<String> = sqlx::query_scalar(
        "SELECT organisation_id FROM professionals WHERE id = $1 AND left_on IS NULL",
    )
    .bind(id.as_str())
    .fetch_optional(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("organisation of professional"))?;
    found.map(|o| super::id("organisation id", &o)).transpose()
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ColleagueRow {
    pub id: String,
    pub given_name: String,
    pub family_name: String,
    pub organisation: String,
    pub kind: String,
}

/// Every professional at work today, by organisation and name: whom a case can be given to.
pub async fn working_professionals(conn: &mut Conn) -> Result<Vec<ColleagueRow>, StoreError> {
    sqlx::query_as::<_, ColleagueRow>(
        "SELECT p.id, p.given_name, p.family_name, o.name AS organisation, o.kind
         FROM professionals p JOIN organisations o ON o.id = p.organisation_id
         WHERE p.left_on IS NULL ORDER BY o.name, p.family_name, p.given_name, p.id",
    )
    .fetch_all(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("working professionals"))
}

/// The colleagues at work in `professional`'s own organisation (not themselves), by name:
/// who can take over while they are away.
pub async fn working_colleagues_of(
    conn: &mut Conn,
    professional: &ProfessionalId,
) -> Result<Vec<ColleagueRow>, StoreError> {
    sqlx::query_as::<_, ColleagueRow>(
        "SELECT c.id, c.given_name, c.family_name, o.name AS organisation, o.kind
         FROM professionals c
         JOIN professionals p ON p.organisation_id = c.organisation_id
         JOIN organisations o ON o.id = c.organisation_id
         WHERE p.id = $1 AND c.id <> $1 AND c.left_on IS NULL
         ORDER BY c.family_name, c.given_name, c.id",
    )
    .bind(professional.as_str())
    .fetch_all(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("working colleagues"))
}

/// A professional at work in `organisation` by their e-mail address (as a case system knows
/// them), case-insensitively.
pub async fn professional_by_email(
    db: &crate::db::Db,
    organisation: &OrganisationId,
    email: &str,
) -> Result<Option<ProfessionalId>, StoreError> {
    let found: Option<String> = sqlx::query_scalar(
        "SELECT id FROM professionals
         WHERE organisation_id = $1 AND LOWER(email) = LOWER($2) AND left_on IS NULL
         ORDER BY id LIMIT 1",
    )
    .bind(organisation.as_str())
    .bind(email)
    .fetch_optional(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("professional by email"))?;
    found.map(|p| super::id("professional id", &p)).transpose()
}
