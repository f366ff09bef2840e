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
