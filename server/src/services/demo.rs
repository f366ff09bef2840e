//! Demo sign-in: the demo people and the subject behind a demo key. Only in demo mode.

use async_trait::async_trait;
use sqlx::FromRow;

use super::Backend;
use crate::store::{self, StoreError};
use app::api::services::DemoService;
use app::api::types::{DemoPerson, DemoPersonKind};
use app::domain::{age_on, FamilyRelation, ProfessionalRole, Subject};
use app::error::AppError;

#[derive(FromRow)]
struct DemoFamilyRow {
    key: String,
    given_name: String,
    family_name: String,
    birth_date: String,
    relation: String,
    municipality: String,
}

#[derive(FromRow)]
struct DemoProRow {
    key: String,
    given_name: String,
    family_name: String,
    organisation: String,
    role: String,
}

#[derive(FromRow)]
struct DemoLogin {
    subject_kind: String,
    subject_id: String,
}

#[async_trait]
impl DemoService for Backend {
    async fn people(&self) -> Result<Vec<DemoPerson>, AppError> {
        if !self.demo {
            return Err(AppError::NotFound);
        }
        let today = self.today();
        let family = sqlx::query_as::<_, DemoFamilyRow>(
            "SELECT d.key, p.given_name, p.family_name, p.birth_date, m.relation, c.municipality
             FROM demo_logins d JOIN persons p ON p.id = d.subject_id
             JOIN case_members m ON m.person_id = p.id JOIN cases c ON c.id = m.case_id
             WHERE d.subject_kind = 'person' ORDER BY d.sort_order",
        )
        .fetch_all(&self.db.pool)
        .await
        .map_err(StoreError::from_sqlx("demo people"))?;
        let pros = sqlx::query_as::<_, DemoProRow>(
            "SELECT d.key, p.given_name, p.family_name, o.name AS organisation, cp.role
             FROM demo_logins d JOIN professionals p ON p.id = d.subject_id
             JOIN organisations o ON o.id = p.organisation_id
             JOIN case_professionals cp ON cp.professional_id = p.id
             WHERE d.subject_kind = 'professional' ORDER BY d.sort_order, cp.is_vaste DESC",
        )
        .fetch_all(&self.db.pool)
        .await
        .map_err(StoreError::from_sqlx("demo professionals"))?;

        let mut people = vec![];
        for r in family {
            let relation = store::key("relation", &r.relation, FamilyRelation::from_key)?;
            let birth = store::date("birth_date", &r.birth_date)?;
            people.push(DemoPerson {
                key: r.key,
                name: format!("{} {}", r.given_name, r.family_name),
                kind: DemoPersonKind::Family {
                    relation,
                    age: age_on(birth, today),
                    municipality: r.municipality,
                },
            });
        }
        for r in pros {
            if people.iter().any(|p| p.key == r.key) {
                continue;
            }
            let role = store::key("role", &r.role, ProfessionalRole::from_key)?;
            people.push(DemoPerson {
                key: r.key,
                name: format!("{} {}", r.given_name, r.family_name),
                kind: DemoPersonKind::Professional {
                    role,
                    organisation: r.organisation,
                },
            });
        }
        Ok(people)
    }

    async fn sign_in_as(&self, key: &str) -> Result<(Subject, String), AppError> {
        if !self.demo {
            return Err(AppError::NotFound);
        }
        let login = sqlx::query_as::<_, DemoLogin>(
            "SELECT subject_kind, subject_id FROM demo_logins WHERE key = $1",
        )
        .bind(key)
        .fetch_optional(&self.db.pool)
        .await
        .map_err(StoreError::from_sqlx("demo login"))?
        .ok_or(AppError::NotFound)?;
        let today = self.today();
        let (subject, cases) = match login.subject_kind.as_str() {
            "person" => {
                let cases =
                    store::cases::cases_of_person(&self.db, &login.subject_id, today).await?;
                (Subject::Person(login.subject_id), cases)
            }
            "professional" => {
                let cases =
                    store::cases::cases_of_professional(&self.db, &login.subject_id, today).await?;
                (Subject::Professional(login.subject_id), cases)
            }
            other => return Err(StoreError::corrupt("demo login kind", other).into()),
        };
        let landing = match cases.as_slice() {
            [only] => format!("/zaak/{}", only.id),
            _ => "/".to_string(),
        };
        Ok((subject, landing))
    }
}
