//! Meetings and who attends them.

use std::collections::HashMap;

use sqlx::FromRow;
use time::macros::format_description;
use time::{Date, PrimitiveDateTime, Time};

use super::{checked_update, flag, iso, Conn, StoreError};
use crate::access::grant::Grant;
use crate::db::Db;
use app::domain::ids::{MeetingId, OrganisationId, PersonId, ProfessionalId};
use app::domain::journey::MeetingKind;
use app::domain::policy::MeetingVisibility;
use app::model::meeting::{Attendee, Meeting};
use app::model::Version;

/// Dutch local time as stored: "YYYY-MM-DDTHH:MM".
pub fn starts_at(date: Date, time: Time) -> String {
    format!("{}T{:02}:{:02}", iso(date), time.hour(), time.minute())
}

fn parse_starts_at(text: &str) -> Result<(Date, Time), StoreError> {
    PrimitiveDateTime::parse(
        text,
        format_description!("[year]-[month]-[day]T[hour]:[minute]"),
    )
    .map(|dt| (dt.date(), dt.time()))
    .map_err(|_| StoreError::corrupt("starts_at", text))
}

#[derive(Debug, Clone, FromRow)]
struct MeetingRow {
    id: String,
    kind: String,
    starts_at: String,
    place: String,
    visibility: String,
    version: i64,
}

#[derive(Debug, Clone, FromRow)]
struct AttendeeRow {
    meeting_id: String,
    name: String,
    person_id: Option<String>,
    professional_id: Option<String>,
}

/// Who may see which meetings, decided by the caller with `policy::may_see_meeting`: all of
/// them, or those meant for the whole family and those `person` attends.
pub enum Seen<'a> {
    All,
    FamilyOr(&'a str),
}

/// Meetings of the granted case from `today` on that are not cancelled, soonest first,
/// filtered in SQL so that the time and place of someone else's appointment never leave the
/// database for a reader who may not see them.
pub async fn list(
    db: &Db,
    grant: &Grant,
    today: Date,
    seen: Seen<'_>,
) -> Result<Vec<Meeting>, StoreError> {
    let (all, person) = match seen {
        Seen::All => (true, ""),
        Seen::FamilyOr(person) => (false, person),
    };
    let rows = sqlx::query_as::<_, MeetingRow>(
        "SELECT m.id, m.kind, m.starts_at, m.place, m.visibility, m.version FROM meetings m
         WHERE m.case_id = $1 AND m.starts_at >= $2 AND m.cancelled_on IS NULL
           AND ($3 = 1 OR m.visibility = 'family'
                OR EXISTS (SELECT 1 FROM meeting_attendees a WHERE a.meeting_id = m.id AND a.person_id = $4))
         ORDER BY m.starts_at, m.id",
    )
    .bind(grant.case_id().as_str())
    .bind(iso(today))
    .bind(flag(all))
    .bind(person)
    .fetch_all(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("meetings"))?;
    let mut attendees = attendees(&mut *crate::store::connection(db).await?, grant).await?;
    rows.into_iter()
        .map(|r| meeting(r, &mut attendees))
        .collect()
}

pub async fn get_in(conn: &mut Conn, grant: &Grant, id: &MeetingId) -> Result<Meeting, StoreError> {
    let row = sqlx::query_as::<_, MeetingRow>(
        "SELECT id, kind, starts_at, place, visibility, version FROM meetings
         WHERE id = $1 AND case_id = $2 AND cancelled_on IS NULL",
    )
    .bind(id.as_str())
    .bind(grant.case_id().as_str())
    .fetch_optional(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("meeting"))?
    .ok_or(StoreError::NotFound)?;
    let mut attendees = attendees(conn, grant).await?;
    meeting(row, &mut attendees)
}

fn meeting(
    r: MeetingRow,
    attendees: &mut HashMap<String, Vec<Attendee>>,
) -> Result<Meeting, StoreError> {
    let (date, time) = parse_starts_at(&r.starts_at)?;
    Ok(Meeting {
        kind: super::key("meeting kind", &r.kind, MeetingKind::from_key)?,
        visibility: super::key(
            "meeting visibility",
            &r.visibility,
            MeetingVisibility::from_key,
        )?,
        attendees: attendees.remove(&r.id).unwrap_or_default(),
        id: super::id("meeting id", &r.id)?,
        date,
        time,
        place: r.place,
        version: r.version,
    })
}

/// Attendees of the case's meetings, by meeting: professionals first, then family members.
async fn attendees(
    conn: &mut Conn,
    grant: &Grant,
) -> Result<HashMap<String, Vec<Attendee>>, StoreError> {
    let rows = sqlx::query_as::<_, AttendeeRow>(
        "SELECT a.meeting_id,
                COALESCE(p.given_name || ' ' || p.family_name, f.given_name || ' ' || f.family_name) AS name,
                a.person_id, a.professional_id
         FROM meeting_attendees a
         JOIN meetings m ON m.id = a.meeting_id
         LEFT JOIN professionals p ON p.id = a.professional_id
         LEFT JOIN persons f ON f.id = a.person_id
         WHERE m.case_id = $1
         ORDER BY a.meeting_id, a.sort_order",
    )
    .bind(grant.case_id().as_str())
    .fetch_all(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("attendees"))?;
    let mut by_meeting: HashMap<String, Vec<Attendee>> = HashMap::new();
    for r in rows {
        let attendee = Attendee {
            name: r.name,
            person: r
                .person_id
                .as_deref()
                .map(|id| super::id("person id", id))
                .transpose()?,
            professional: r
                .professional_id
                .as_deref()
                .map(|id| super::id("professional id", id))
                .transpose()?,
        };
        by_meeting.entry(r.meeting_id).or_default().push(attendee);
    }
    Ok(by_meeting)
}

pub struct MeetingRowNew<'a> {
    pub id: &'a MeetingId,
    pub kind: MeetingKind,
    pub date: Date,
    pub time: Time,
    pub place: &'a str,
    pub organisation: Option<&'a OrganisationId>,
    pub visibility: MeetingVisibility,
}

pub async fn insert(
    conn: &mut Conn,
    grant: &Grant,
    m: &MeetingRowNew<'_>,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO meetings (id, case_id, kind, starts_at, place, organisation_id, visibility)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(m.id.as_str())
    .bind(grant.case_id().as_str())
    .bind(m.kind.key())
    .bind(starts_at(m.date, m.time))
    .bind(m.place)
    .bind(m.organisation.map(OrganisationId::as_str))
    .bind(m.visibility.key())
    .execute(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("insert meeting"))?;
    Ok(())
}

/// Replace a meeting's attendees: professionals first, then family members, in this order.
pub async fn set_attendees(
    conn: &mut Conn,
    id: &MeetingId,
    professionals: &[ProfessionalId],
    persons: &[PersonId],
) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM meeting_attendees WHERE meeting_id = $1")
        .bind(id.as_str())
        .execute(&mut *conn)
        .await
        .map_err(StoreError::from_sqlx("clear attendees"))?;
    let people = professionals
        .iter()
        .map(|p| (Some(p.as_str()), None))
        .chain(persons.iter().map(|p| (None, Some(p.as_str()))));
    for (order, (professional, person)) in people.enumerate() {
        sqlx::query(
            "INSERT INTO meeting_attendees (meeting_id, professional_id, person_id, sort_order)
             VALUES ($1, $2, $3, $4)",
        )
        .bind(id.as_str())
        .bind(professional)
        .bind(person)
        .bind(i64::try_from(order).unwrap_or(i64::MAX))
        .execute(&mut *conn)
        .await
        .map_err(StoreError::from_sqlx("insert attendee"))?;
    }
    Ok(())
}

const MEETING_EXISTS: &str =
    "SELECT COUNT(*) FROM meetings WHERE id = $1 AND case_id = $2 AND cancelled_on IS NULL";

pub struct MeetingChange<'a> {
    pub date: Date,
    pub time: Time,
    pub place: &'a str,
    pub visibility: MeetingVisibility,
    pub version: Version,
}

pub async fn update(
    conn: &mut Conn,
    grant: &Grant,
    id: &MeetingId,
    u: &MeetingChange<'_>,
) -> Result<(), StoreError> {
    let done = sqlx::query(
        "UPDATE meetings SET starts_at = $1, place = $2, visibility = $3, version = version + 1
         WHERE id = $4 AND case_id = $5 AND version = $6 AND cancelled_on IS NULL",
    )
    .bind(starts_at(u.date, u.time))
    .bind(u.place)
    .bind(u.visibility.key())
    .bind(id.as_str())
    .bind(grant.case_id().as_str())
    .bind(u.version)
    .execute(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("update meeting"))?
    .rows_affected();
    checked_update(
        conn,
        done,
        Some(MEETING_EXISTS),
        id.as_str(),
        grant.case_id().as_str(),
    )
    .await
}

pub async fn cancel(
    conn: &mut Conn,
    grant: &Grant,
    id: &MeetingId,
    on: Date,
    version: Version,
) -> Result<(), StoreError> {
    let item = super::Closable {
        table: "meetings",
        column: "cancelled_on",
    };
    super::close_versioned(conn, grant, item, id.as_str(), on, version).await
}

/// Which of `professionals` are on the granted case today and which of `persons` are family
/// members of it: only they can attend. Returns how many are not.
pub async fn strangers(
    conn: &mut Conn,
    grant: &Grant,
    professionals: &[ProfessionalId],
    persons: &[PersonId],
    today: Date,
) -> Result<usize, StoreError> {
    let mut missing = 0;
    for p in professionals {
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM case_professionals WHERE case_id = $1 AND professional_id = $2
               AND valid_from <= $3 AND (valid_until IS NULL OR valid_until > $3)",
        )
        .bind(grant.case_id().as_str())
        .bind(p.as_str())
        .bind(iso(today))
        .fetch_one(&mut *conn)
        .await
        .map_err(StoreError::from_sqlx("attendee professional"))?;
        missing += usize::from(n == 0);
    }
    for p in persons {
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM case_members WHERE case_id = $1 AND person_id = $2
               AND relation <> 'ex-partner' AND (valid_until IS NULL OR valid_until > $3)",
        )
        .bind(grant.case_id().as_str())
        .bind(p.as_str())
        .bind(iso(today))
        .fetch_one(&mut *conn)
        .await
        .map_err(StoreError::from_sqlx("attendee person"))?;
        missing += usize::from(n == 0);
    }
    Ok(missing)
}
