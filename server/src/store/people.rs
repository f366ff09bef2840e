//! Family members: their names, their relation to a case, and their contact details, which
//! leave the store only through a query that filters protected fields per viewer.

use sqlx::FromRow;
use time::Date;

use super::{checked_update, date, flag, iso, Conn, StoreError};
use crate::access::grant::Grant;
use crate::db::Db;
use app::domain::ids::{PersonId, ProfessionalId};
use app::domain::{FamilyRelation, Subject};
use app::model::people::{Contact, Member, PersonUpdate};
use app::model::Version;

/// The name fields of someone. Address and contact fields are deliberately not selected here.
#[derive(Debug, Clone, FromRow)]
pub struct PersonName {
    pub given_name: String,
    pub family_name: String,
}

impl PersonName {
    pub fn full(&self) -> String {
        format!("{} {}", self.given_name, self.family_name)
    }
}

/// The name of whoever a subject is, from the table that holds their kind.
pub async fn name_of(db: &Db, subject: &Subject) -> Result<Option<PersonName>, StoreError> {
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
        // A case system has no name of its own.
        Subject::System(_) => return Ok(None),
    };
    sqlx::query_as::<_, PersonName>(sql)
        .bind(id)
        .fetch_optional(&db.pool)
        .await
        .map_err(StoreError::from_sqlx("name_of"))
}

#[derive(Debug, Clone, FromRow)]
struct MemberRow {
    id: String,
    given_name: String,
    family_name: String,
    birth_date: String,
    relation: String,
    has_gezag: i64,
    address: Option<String>,
    phone: Option<String>,
    email: Option<String>,
    version: i64,
    relation_version: i64,
}

impl TryFrom<MemberRow> for Member {
    type Error = StoreError;
    fn try_from(r: MemberRow) -> Result<Member, StoreError> {
        Ok(Member {
            person: super::id("person id", &r.id)?,
            birth_date: date("birth_date", &r.birth_date)?,
            relation: super::key("relation", &r.relation, FamilyRelation::from_key)?,
            gezag: r.has_gezag == 1,
            given_name: r.given_name,
            family_name: r.family_name,
            address: r.address,
            phone: r.phone,
            email: r.email,
            version: r.version,
            relation_version: r.relation_version,
        })
    }
}

/// The family members on the granted case with their contact details — a protected field is
/// NULL unless the row is the viewer's own (`viewer_person`) or `see_protected` is set (the
/// caller decides that with `policy::may_see_contact`). Filtered in SQL, so a secret address
/// never leaves the database for someone who may not see it.
pub async fn members(
    db: &Db,
    grant: &Grant,
    viewer_person: &str,
    see_protected: bool,
    today: Date,
) -> Result<Vec<Member>, StoreError> {
    let rows = sqlx::query_as::<_, MemberRow>(
        "SELECT p.id, p.given_name, p.family_name, p.birth_date, m.relation, m.has_gezag,
           CASE WHEN p.id = $2 OR $3 = 1 OR p.address_protected = 0 THEN p.address END AS address,
           CASE WHEN p.id = $2 OR $3 = 1 OR p.contact_protected = 0 THEN p.phone END AS phone,
           CASE WHEN p.id = $2 OR $3 = 1 OR p.contact_protected = 0 THEN p.email END AS email,
           p.version, m.version AS relation_version
         FROM case_members m JOIN persons p ON p.id = m.person_id
         WHERE m.case_id = $1 AND m.relation <> 'ex-partner'
           AND m.valid_from <= $4 AND (m.valid_until IS NULL OR m.valid_until > $4)
         ORDER BY CASE m.relation WHEN 'parent' THEN 0 ELSE 1 END, p.birth_date, p.given_name",
    )
    .bind(grant.case_id().as_str())
    .bind(viewer_person)
    .bind(flag(see_protected))
    .bind(iso(today))
    .fetch_all(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("family members"))?;
    rows.into_iter().map(Member::try_from).collect()
}

/// One member of the granted case with every field, as the write transaction of the
/// professional who just changed it sees it. Only the professionals who may see protected
/// fields write people.
pub async fn member_in(
    conn: &mut Conn,
    grant: &Grant,
    person: &PersonId,
) -> Result<Member, StoreError> {
    sqlx::query_as::<_, MemberRow>(
        "SELECT p.id, p.given_name, p.family_name, p.birth_date, m.relation, m.has_gezag,
                p.address, p.phone, p.email, p.version, m.version AS relation_version
         FROM case_members m JOIN persons p ON p.id = m.person_id
         WHERE m.case_id = $1 AND p.id = $2
         ORDER BY (m.valid_until IS NULL) DESC, m.valid_from DESC LIMIT 1",
    )
    .bind(grant.case_id().as_str())
    .bind(person.as_str())
    .fetch_optional(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("family member"))?
    .ok_or(StoreError::NotFound)
    .and_then(Member::try_from)
}

pub struct NewPerson<'a> {
    pub id: &'a PersonId,
    pub given_name: &'a str,
    pub family_name: &'a str,
    pub birth_date: Date,
    pub contact: &'a Contact,
}

pub async fn insert_person(conn: &mut Conn, p: &NewPerson<'_>) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO persons (id, given_name, family_name, birth_date, address, address_protected,
                              phone, email, contact_protected)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(p.id.as_str())
    .bind(p.given_name)
    .bind(p.family_name)
    .bind(iso(p.birth_date))
    .bind(p.contact.address.as_deref())
    .bind(flag(p.contact.address_protected))
    .bind(p.contact.phone.as_deref())
    .bind(p.contact.email.as_deref())
    .bind(flag(p.contact.contact_protected))
    .execute(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("insert person"))?;
    Ok(())
}

pub struct NewRelation<'a> {
    pub person: &'a PersonId,
    pub relation: FamilyRelation,
    pub gezag: bool,
    pub from: Date,
    /// The professional who recorded it (none for seeded data).
    pub granted_by: Option<&'a ProfessionalId>,
}

pub async fn insert_relation(
    conn: &mut Conn,
    grant: &Grant,
    r: &NewRelation<'_>,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO case_members (id, case_id, person_id, relation, has_gezag, valid_from, granted_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(uuid::Uuid::new_v4().to_string())
    .bind(grant.case_id().as_str())
    .bind(r.person.as_str())
    .bind(r.relation.key())
    .bind(flag(r.gezag))
    .bind(iso(r.from))
    .bind(r.granted_by.map(ProfessionalId::as_str))
    .execute(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("insert relation"))?;
    Ok(())
}

const PERSON_ON_CASE: &str = "SELECT COUNT(*) FROM persons p WHERE p.id = $1
     AND EXISTS (SELECT 1 FROM case_members m WHERE m.person_id = p.id AND m.case_id = $2)";

/// Change a person's details. The person must be on the granted case.
pub async fn update_person(
    conn: &mut Conn,
    grant: &Grant,
    person: &PersonId,
    u: &PersonUpdate,
) -> Result<(), StoreError> {
    let done = sqlx::query(
        "UPDATE persons SET given_name = $1, family_name = $2, birth_date = $3, address = $4,
                address_protected = $5, phone = $6, email = $7, contact_protected = $8,
                version = version + 1
         WHERE id = $9 AND version = $10
           AND EXISTS (SELECT 1 FROM case_members m WHERE m.person_id = $9 AND m.case_id = $11)",
    )
    .bind(&u.given_name)
    .bind(&u.family_name)
    .bind(iso(u.birth_date))
    .bind(u.contact.address.as_deref())
    .bind(flag(u.contact.address_protected))
    .bind(u.contact.phone.as_deref())
    .bind(u.contact.email.as_deref())
    .bind(flag(u.contact.contact_protected))
    .bind(person.as_str())
    .bind(u.version)
    .bind(grant.case_id().as_str())
    .execute(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("update person"))?
    .rows_affected();
    checked_update(
        conn,
        done,
        Some(PERSON_ON_CASE),
        person.as_str(),
        grant.case_id().as_str(),
    )
    .await
}

const CURRENT_RELATION: &str = "SELECT COUNT(*) FROM case_members
     WHERE person_id = $1 AND case_id = $2 AND valid_until IS NULL";

/// Change the current relation's gezag.
pub async fn update_relation(
    conn: &mut Conn,
    grant: &Grant,
    person: &PersonId,
    gezag: bool,
    version: Version,
) -> Result<(), StoreError> {
    let done = sqlx::query(
        "UPDATE case_members SET has_gezag = $1, version = version + 1
         WHERE person_id = $2 AND case_id = $3 AND valid_until IS NULL AND version = $4",
    )
    .bind(flag(gezag))
    .bind(person.as_str())
    .bind(grant.case_id().as_str())
    .bind(version)
    .execute(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("update relation"))?
    .rows_affected();
    checked_update(
        conn,
        done,
        Some(CURRENT_RELATION),
        person.as_str(),
        grant.case_id().as_str(),
    )
    .await
}

/// End the person's current relation to the granted case on `on` (exclusive): from that day
/// they see nothing of the case.
pub async fn end_relation(
    conn: &mut Conn,
    grant: &Grant,
    person: &PersonId,
    on: Date,
) -> Result<(), StoreError> {
    let done = sqlx::query(
        "UPDATE case_members SET valid_until = $1, version = version + 1
         WHERE person_id = $2 AND case_id = $3 AND valid_until IS NULL",
    )
    .bind(iso(on))
    .bind(person.as_str())
    .bind(grant.case_id().as_str())
    .execute(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("end relation"))?
    .rows_affected();
    checked_update(conn, done, None, "", "").await
}

/// Whether `person` is on the case today with a line of their own (a parent, or a child of
/// 12 or older): the family members whose thread exists.
pub async fn has_line(
    db: &Db,
    case: &app::domain::ids::CaseId,
    person: &PersonId,
    today: Date,
) -> Result<bool, StoreError> {
    let row: Option<(String, String)> = sqlx::query_as(
        "SELECT m.relation, p.birth_date FROM case_members m JOIN persons p ON p.id = m.person_id
         WHERE m.case_id = $1 AND m.person_id = $2 AND m.relation <> 'ex-partner'
           AND m.valid_from <= $3 AND (m.valid_until IS NULL OR m.valid_until > $3)",
    )
    .bind(case.as_str())
    .bind(person.as_str())
    .bind(iso(today))
    .fetch_optional(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("has line"))?;
    let Some((relation, birth)) = row else {
        return Ok(false);
    };
    Ok(
        match super::key("relation", &relation, FamilyRelation::from_key)? {
            FamilyRelation::Parent => true,
            FamilyRelation::Child => app::domain::age_on(date("birth_date", &birth)?, today) >= 12,
            FamilyRelation::ExPartner => false,
        },
    )
}
