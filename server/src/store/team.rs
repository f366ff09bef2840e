//! The professionals on a case, its vaste professional, and what a family member has seen of
//! a change of vaste professional.

use sqlx::FromRow;
use time::Date;

use super::{checked_update, date, flag, iso, opt_date, Conn, StoreError};
use crate::access::grant::Grant;
use crate::db::Db;
use app::domain::ids::{AssignmentId, ProfessionalId};
use app::domain::team::ChangeReason;
use app::domain::{OrganisationKind, ProfessionalRole};
use app::model::team::{Organisation, Reachability, TeamMember, VasteSpell};
use app::model::Version;

#[derive(Debug, Clone, FromRow)]
struct MemberRow {
    id: String,
    professional_id: String,
    given_name: String,
    family_name: String,
    phone: Option<String>,
    email: Option<String>,
    reach_days: String,
    reach_from: Option<String>,
    reach_until: Option<String>,
    organisation_name: String,
    organisation_kind: String,
    role: String,
    is_vaste: i64,
    valid_from: String,
    version: i64,
}

impl TryFrom<MemberRow> for TeamMember {
    type Error = StoreError;
    fn try_from(r: MemberRow) -> Result<TeamMember, StoreError> {
        Ok(TeamMember {
            assignment: super::id("assignment id", &r.id)?,
            professional: super::id("professional id", &r.professional_id)?,
            name: format!("{} {}", r.given_name, r.family_name),
            organisation: r.organisation_name,
            organisation_kind: super::key(
                "organisation kind",
                &r.organisation_kind,
                OrganisationKind::from_key,
            )?,
            role: super::key("role", &r.role, ProfessionalRole::from_key)?,
            is_vaste: r.is_vaste == 1,
            phone: r.phone,
            email: r.email,
            reach: reach(&r.reach_days, r.reach_from, r.reach_until)?,
            from: date("valid_from", &r.valid_from)?,
            version: r.version,
            absences: vec![],
        })
    }
}

/// Office hours as stored: ISO weekdays comma separated ('1,2,4'), 'HH:MM' from and until.
pub(super) fn reach(
    days: &str,
    from: Option<String>,
    until: Option<String>,
) -> Result<Reachability, StoreError> {
    Ok(Reachability {
        days: days
            .split(',')
            .filter(|d| !d.trim().is_empty())
            .map(|d| {
                d.trim()
                    .parse()
                    .map_err(|_| StoreError::corrupt("reach_days", days))
            })
            .collect::<Result<_, _>>()?,
        from,
        until,
    })
}

const MEMBER_SELECT: &str =
    "SELECT cp.id, cp.professional_id, p.given_name, p.family_name, p.phone, p.email,
            p.reach_days, p.reach_from, p.reach_until, o.name AS organisation_name,
            o.kind AS organisation_kind, cp.role, cp.is_vaste, cp.valid_from, cp.version
     FROM case_professionals cp
     JOIN professionals p ON p.id = cp.professional_id
     JOIN organisations o ON o.id = p.organisation_id";

/// Everyone professionally on the case today, the vaste professional first.
pub async fn team(db: &Db, grant: &Grant, today: Date) -> Result<Vec<TeamMember>, StoreError> {
    let rows = sqlx::query_as::<_, MemberRow>(&format!(
        "{MEMBER_SELECT}
         WHERE cp.case_id = $1
           AND cp.valid_from <= $2 AND (cp.valid_until IS NULL OR cp.valid_until > $2)
         ORDER BY cp.is_vaste DESC, cp.valid_from, p.family_name"
    ))
    .bind(grant.case_id().as_str())
    .bind(iso(today))
    .fetch_all(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("team"))?;
    let mut team: Vec<TeamMember> = rows
        .into_iter()
        .map(TeamMember::try_from)
        .collect::<Result<_, _>>()?;
    let ids: Vec<ProfessionalId> = team.iter().map(|m| m.professional.clone()).collect();
    for (professional, absence) in super::absences::current(db, &ids, today).await? {
        if let Some(m) = team.iter_mut().find(|m| m.professional == professional) {
            m.absences.push(absence);
        }
    }
    Ok(team)
}

/// One assignment of the granted case, as a write transaction sees it.
pub async fn member_in(
    conn: &mut Conn,
    grant: &Grant,
    assignment: &AssignmentId,
) -> Result<TeamMember, StoreError> {
    sqlx::query_as::<_, MemberRow>(&format!(
        "{MEMBER_SELECT} WHERE cp.id = $1 AND cp.case_id = $2"
    ))
    .bind(assignment.as_str())
    .bind(grant.case_id().as_str())
    .fetch_optional(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("team member"))?
    .ok_or(StoreError::NotFound)
    .and_then(TeamMember::try_from)
}

#[derive(Debug, Clone, FromRow)]
struct SpellRow {
    id: String,
    given_name: String,
    family_name: String,
    organisation: String,
    role: String,
    valid_from: String,
    valid_until: Option<String>,
    change_reason: Option<String>,
    handover_summary: Option<String>,
}

/// Every vaste professional the case has had, newest first.
pub async fn history(db: &Db, grant: &Grant) -> Result<Vec<VasteSpell>, StoreError> {
    let rows = sqlx::query_as::<_, SpellRow>(
        "SELECT cp.id, p.given_name, p.family_name, o.name AS organisation, cp.role, cp.valid_from,
                cp.valid_until, cp.change_reason, cp.handover_summary
         FROM case_professionals cp
         JOIN professionals p ON p.id = cp.professional_id
         JOIN organisations o ON o.id = p.organisation_id
         WHERE cp.case_id = $1 AND cp.is_vaste = 1
         ORDER BY cp.valid_from DESC",
    )
    .bind(grant.case_id().as_str())
    .fetch_all(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("vaste history"))?;
    rows.into_iter()
        .map(|r| {
            Ok(VasteSpell {
                assignment: super::id("assignment id", &r.id)?,
                name: format!("{} {}", r.given_name, r.family_name),
                organisation: r.organisation,
                role: super::key("role", &r.role, ProfessionalRole::from_key)?,
                from: date("valid_from", &r.valid_from)?,
                until: opt_date("valid_until", r.valid_until.as_deref())?,
                reason: super::opt_key(
                    "change_reason",
                    r.change_reason.as_deref(),
                    ChangeReason::from_key,
                )?,
                handover: r.handover_summary,
            })
        })
        .collect()
}

/// Whether `person_id` has seen the change to vaste-professional assignment `assignment`.
pub async fn change_seen(
    db: &Db,
    person_id: &str,
    assignment: &AssignmentId,
) -> Result<bool, StoreError> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM change_seen WHERE person_id = $1 AND case_professional_id = $2",
    )
    .bind(person_id)
    .bind(assignment.as_str())
    .fetch_one(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("change_seen"))?;
    Ok(n > 0)
}

/// Record that the person saw the change. Seeing it twice is not an error; an assignment that
/// is not a vaste-professional row of this very case is not found.
pub async fn mark_change_seen(
    conn: &mut Conn,
    grant: &Grant,
    person_id: &str,
    assignment: &AssignmentId,
    now: &str,
) -> Result<(), StoreError> {
    let belongs: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM case_professionals WHERE id = $1 AND case_id = $2 AND is_vaste = 1",
    )
    .bind(assignment.as_str())
    .bind(grant.case_id().as_str())
    .fetch_one(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("mark_change_seen check"))?;
    if belongs == 0 {
        return Err(StoreError::NotFound);
    }
    sqlx::query(
        "INSERT INTO change_seen (person_id, case_professional_id, seen_at) VALUES ($1, $2, $3)
         ON CONFLICT (person_id, case_professional_id) DO NOTHING",
    )
    .bind(person_id)
    .bind(assignment.as_str())
    .bind(now)
    .execute(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("mark_change_seen"))?;
    Ok(())
}

/// A professional's part in a case, from `from` until `until` (exclusive; None: still).
pub struct AssignmentRow<'a> {
    pub id: &'a AssignmentId,
    pub professional: &'a ProfessionalId,
    pub role: ProfessionalRole,
    pub vaste: bool,
    pub from: Date,
    pub until: Option<Date>,
    pub reason: Option<ChangeReason>,
    pub handover: Option<&'a str>,
}

pub async fn insert_assignment(
    conn: &mut Conn,
    grant: &Grant,
    a: &AssignmentRow<'_>,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO case_professionals (id, case_id, professional_id, role, is_vaste, valid_from,
                                         valid_until, change_reason, handover_summary)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(a.id.as_str())
    .bind(grant.case_id().as_str())
    .bind(a.professional.as_str())
    .bind(a.role.key())
    .bind(flag(a.vaste))
    .bind(iso(a.from))
    .bind(a.until.map(iso))
    .bind(a.reason.map(ChangeReason::key))
    .bind(a.handover)
    .execute(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("insert assignment"))?;
    Ok(())
}

const ASSIGNMENT_EXISTS: &str =
    "SELECT COUNT(*) FROM case_professionals WHERE id = $1 AND case_id = $2";

pub async fn update_assignment(
    conn: &mut Conn,
    grant: &Grant,
    assignment: &AssignmentId,
    role: ProfessionalRole,
    version: Version,
) -> Result<(), StoreError> {
    let done = sqlx::query(
        "UPDATE case_professionals SET role = $1, version = version + 1
         WHERE id = $2 AND case_id = $3 AND version = $4 AND valid_until IS NULL",
    )
    .bind(role.key())
    .bind(assignment.as_str())
    .bind(grant.case_id().as_str())
    .bind(version)
    .execute(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("update assignment"))?
    .rows_affected();
    checked_update(
        conn,
        done,
        Some(ASSIGNMENT_EXISTS),
        assignment.as_str(),
        grant.case_id().as_str(),
    )
    .await
}

/// End a current assignment on `on`. `vaste` says which kind may be ended: the vaste
/// professional's period ends only through a change of vaste professional.
pub async fn end_assignment(
    conn: &mut Conn,
    grant: &Grant,
    assignment: &AssignmentId,
    vaste: bool,
    on: Date,
) -> Result<(), StoreError> {
    let done = sqlx::query(
        "UPDATE case_professionals SET valid_until = $1, version = version + 1
         WHERE id = $2 AND case_id = $3 AND is_vaste = $4 AND valid_until IS NULL",
    )
    .bind(iso(on))
    .bind(assignment.as_str())
    .bind(grant.case_id().as_str())
    .bind(flag(vaste))
    .execute(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("end assignment"))?
    .rows_affected();
    checked_update(conn, done, None, "", "").await
}

/// The current vaste professional's assignment on the granted case, if there is one.
pub async fn current_vaste(
    conn: &mut Conn,
    grant: &Grant,
) -> Result<Option<AssignmentId>, StoreError> {
    let id: Option<String> = sqlx::query_scalar(
        "SELECT id FROM case_professionals WHERE case_id = $1 AND is_vaste = 1 AND valid_until IS NULL",
    )
    .bind(grant.case_id().as_str())
    .fetch_optional(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("current vaste"))?;
    id.map(|id| super::id("assignment id", &id)).transpose()
}

#[derive(Debug, Clone, FromRow)]
struct OrganisationRow {
    kind: String,
    name: String,
    phone: Option<String>,
    email: Option<String>,
    website: Option<String>,
    complaints_phone: Option<String>,
    complaints_email: Option<String>,
}

impl TryFrom<OrganisationRow> for Organisation {
    type Error = StoreError;
    fn try_from(r: OrganisationRow) -> Result<Organisation, StoreError> {
        Ok(Organisation {
            kind: super::key("organisation kind", &r.kind, OrganisationKind::from_key)?,
            name: r.name,
            phone: r.phone,
            email: r.email,
            website: r.website,
            complaints_phone: r.complaints_phone,
            complaints_email: r.complaints_email,
        })
    }
}

const ORG_COLUMNS: &str =
    "o.kind, o.name, o.phone, o.email, o.website, o.complaints_phone, o.complaints_email";

/// The organisations of the professionals on the case today.
pub async fn organisations_on_case(
    db: &Db,
    grant: &Grant,
    today: Date,
) -> Result<Vec<Organisation>, StoreError> {
    let rows = sqlx::query_as::<_, OrganisationRow>(&format!(
        "SELECT DISTINCT {ORG_COLUMNS} FROM organisations o
         JOIN professionals p ON p.organisation_id = o.id
         JOIN case_professionals cp ON cp.professional_id = p.id
         WHERE cp.case_id = $1 AND cp.valid_from <= $2 AND (cp.valid_until IS NULL OR cp.valid_until > $2)
         ORDER BY o.name"
    ))
    .bind(grant.case_id().as_str())
    .bind(iso(today))
    .fetch_all(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("organisations_on_case"))?;
    rows.into_iter().map(Organisation::try_from).collect()
}

/// The independent vertrouwenspersoon organisation (Jeugdstem), if configured.
pub async fn vertrouwenspersoon(db: &Db) -> Result<Option<Organisation>, StoreError> {
    sqlx::query_as::<_, OrganisationRow>(&format!(
        "SELECT {ORG_COLUMNS} FROM organisations o WHERE o.kind = 'jeugdstem' ORDER BY o.name LIMIT 1"
    ))
    .fetch_optional(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("vertrouwenspersoon"))?
    .map(Organisation::try_from)
    .transpose()
}

/// The current assignments of one professional on the granted case.
pub async fn assignments_of(
    conn: &mut Conn,
    grant: &Grant,
    professional: &ProfessionalId,
) -> Result<Vec<(AssignmentId, bool)>, StoreError> {
    let rows: Vec<(String, i64)> = sqlx::query_as(
        "SELECT id, is_vaste FROM case_professionals
         WHERE case_id = $1 AND professional_id = $2 AND valid_until IS NULL",
    )
    .bind(grant.case_id().as_str())
    .bind(professional.as_str())
    .fetch_all(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("assignments of professional"))?;
    rows.into_iter()
        .map(|(id, vaste)| Ok((super::id("assignment id", &id)?, vaste == 1)))
        .collect()
}
