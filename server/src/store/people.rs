use sqlx::FromRow;

use super::internal;
use crate::db::Db;
use app::api::AppError;

/// The name fields of a family member. Address and contact fields are deliberately not
/// selected here: they leave the store only through a query that filters them per viewer.
#[derive(Debug, Clone, FromRow)]
pub struct PersonName {
    pub given_name: String,
    pub family_name: String,
}

#[derive(Debug, Clone, FromRow)]
pub struct ProfessionalName {
    pub given_name: String,
    pub family_name: String,
}

pub async fn person_name(db: &Db, id: &str) -> Result<Option<PersonName>, AppError> {
    sqlx::query_as::<_, PersonName>("SELECT given_name, family_name FROM persons WHERE id = $1")
        .bind(id)
        .fetch_optional(&db.pool)
        .await
        .map_err(internal("person_name"))
}

pub async fn professional_name(db: &Db, id: &str) -> Result<Option<ProfessionalName>, AppError> {
    sqlx::query_as::<_, ProfessionalName>(
        "SELECT given_name, family_name FROM professionals WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&db.pool)
    .await
    .map_err(internal("professional_name"))
}

/// The name of whoever a subject is, from the table that holds their kind.
pub async fn name_of(
    db: &Db,
    subject: &app::domain::Subject,
) -> Result<Option<PersonName>, AppError> {
    use app::domain::Subject;
    let (sql, id) = match subject {
        Subject::Person(id) => (
            "SELECT given_name, family_name FROM persons WHERE id = $1",
            id,
        ),
        Subject::Professional(id) => (
            "SELECT given_name, family_name FROM professionals WHERE id = $1",
            id,
        ),
        Subject::Reviewer(id) => (
            "SELECT given_name, family_name FROM staff WHERE id = $1 AND kind = 'reviewer'",
            id,
        ),
        Subject::Administrator(id) => (
            "SELECT given_name, family_name FROM staff WHERE id = $1 AND kind = 'administrator'",
            id,
        ),
    };
    sqlx::query_as::<_, PersonName>(sql)
        .bind(id)
        .fetch_optional(&db.pool)
        .await
        .map_err(internal("name_of"))
}

#[derive(Debug, Clone, FromRow)]
pub struct FamilyRow {
    pub id: String,
    pub given_name: String,
    pub family_name: String,
    pub birth_date: String,
    pub relation: String,
    pub has_gezag: i64,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
}

/// The family members on the granted case with their contact details — a protected field is
/// NULL unless the row is the viewer's own (`viewer_person`) or `see_protected` is set (the
/// caller decides that with `access::policy::may_see_contact`). Filtered in SQL, so a secret
/// address never leaves the database for someone who may not see it.
pub async fn family_members(
    db: &Db,
    grant: &crate::access::Grant,
    viewer_person: &str,
    see_protected: bool,
    today: time::Date,
) -> Result<Vec<FamilyRow>, AppError> {
    sqlx::query_as::<_, FamilyRow>(
        "SELECT p.id, p.given_name, p.family_name, p.birth_date, m.relation, m.has_gezag,
           CASE WHEN p.id = $2 OR $3 = 1 OR p.address_protected = 0 THEN p.address END AS address,
           CASE WHEN p.id = $2 OR $3 = 1 OR p.contact_protected = 0 THEN p.phone END AS phone,
           CASE WHEN p.id = $2 OR $3 = 1 OR p.contact_protected = 0 THEN p.email END AS email
         FROM case_members m JOIN persons p ON p.id = m.person_id
         WHERE m.case_id = $1 AND m.relation <> 'ex-partner'
           AND m.valid_from <= $4 AND (m.valid_until IS NULL OR m.valid_until > $4)
         ORDER BY CASE m.relation WHEN 'parent' THEN 0 ELSE 1 END, p.birth_date, p.given_name",
    )
    .bind(grant.case_id())
    .bind(viewer_person)
    .bind(i64::from(see_protected))
    .bind(super::iso(today))
    .fetch_all(&db.pool)
    .await
    .map_err(internal("family_members"))
}
