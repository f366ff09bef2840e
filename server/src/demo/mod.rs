//! Demo mode: loads the fictional families of [`data`] once, in one transaction, through the
//! store's write functions — the same ones the case services use — so what a demo family sees
//! is what the product can write. Never in production data (`HELDER_DEMO`).

mod data;

use std::collections::HashMap;

use time::{Date, Duration, Time};

use crate::access::Grant;
use crate::db::Db;
use crate::store::{self, Conn, StoreError};
use app::domain::decisions::DecisionKind;
use app::domain::ids::{
    AssignmentId, CaseId, DecisionId, DocumentId, MeetingId, OrganisationId, PersonId,
    ProfessionalId, StepId,
};
use app::domain::journey::{DocumentKind, DocumentStatus, MeetingKind, StepKind, StepState};
use app::domain::team::ChangeReason;
use app::domain::{OrganisationKind, Phase};
use app::model::decision::NewDecision;
use app::model::document::NewDocument;
use app::model::people::Contact;

use data::{years_ago, Family, ABSENCES, FAMILIES, ORGS, PROS};

/// A key of the demo data that the domain does not know: a mistake in `data`, caught by its
/// tests before it can get here.
fn known<T>(
    what: &'static str,
    key: &str,
    from_key: fn(&str) -> Option<T>,
) -> Result<T, StoreError> {
    store::key(what, key, from_key)
}

/// Where the seeder's ids come from: random in a demo database; counted for the review
/// workspace's example family, so every instance makes the same ids and a reviewer's next
/// request may go to any of them.
pub enum IdSource {
    Random,
    Counted(u64),
}

impl IdSource {
    fn next<T: std::str::FromStr>(&mut self) -> Result<T, StoreError> {
        let text = match self {
            IdSource::Random => uuid::Uuid::new_v4().to_string(),
            IdSource::Counted(n) => {
                *n += 1;
                format!("00000000-0000-4000-8000-{:012x}", *n)
            }
        };
        text.parse()
            .map_err(|_| StoreError::corrupt("demo id", &text))
    }
}

/// Load the demo data unless it is already there.
pub async fn ensure_demo_data(db: &Db, today: Date) -> Result<(), StoreError> {
    seed(db, today, &mut IdSource::Random).await
}

/// Load the demo data, with ids from `ids`, unless it is already there.
pub async fn seed(db: &Db, today: Date, ids: &mut IdSource) -> Result<(), StoreError> {
    let present: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM demo_logins")
        .fetch_one(&db.pool)
        .await
        .map_err(StoreError::from_sqlx("demo present"))?;
    if present > 0 {
        return Ok(());
    }
    let mut tx = db
        .begin_write()
        .await
        .map_err(StoreError::from_sqlx("demo begin"))?;
    let (orgs, pros) = seed_staff(&mut tx, today, ids).await?;
    let mut order = 0_i64;
    for family in FAMILIES {
        seed_family(&mut tx, family, today, &orgs, &pros, Some(&mut order), ids).await?;
    }
    for pro in PROS {
        order += 1;
        if let Some(id) = pros.get(pro.key) {
            demo_login(&mut tx, pro.key, "professional", id.as_str(), order).await?;
        }
    }
    tx.commit()
        .await
        .map_err(StoreError::from_sqlx("demo commit"))
}

/// Fictional families for load tests (`helder generate-families N`): copies of the demo
/// families with new ids, on a fresh copy of the demo organisations and professionals, in
/// transactions of 500 families. Nobody can sign in as them; the demo families stay as they
/// are. Returns how many were made.
pub async fn generate_families(db: &Db, today: Date, count: u64) -> Result<u64, StoreError> {
    let mut ids = IdSource::Random;
    let mut made = 0_u64;
    let mut staff = None;
    while made < count {
        let mut tx = db
            .begin_write()
            .await
            .map_err(StoreError::from_sqlx("generate begin"))?;
        if staff.is_none() {
            staff = Some(seed_staff(&mut tx, today, &mut ids).await?);
        }
        let Some((orgs, pros)) = staff.as_ref() else {
            break;
        };
        let batch = (count - made).min(500);
        for i in 0..batch {
            let family = &FAMILIES[((made + i) % FAMILIES.len() as u64) as usize];
            seed_family(&mut tx, family, today, orgs, pros, None, &mut ids).await?;
        }
        tx.commit()
            .await
            .map_err(StoreError::from_sqlx("generate commit"))?;
        made += batch;
    }
    Ok(made)
}

type Staff = (
    HashMap<&'static str, OrganisationId>,
    HashMap<&'static str, ProfessionalId>,
);

/// The demo organisations, their professionals and their absences.
async fn seed_staff(tx: &mut Conn, today: Date, ids: &mut IdSource) -> Result<Staff, StoreError> {
    let mut orgs = HashMap::new();
    for org in ORGS {
        let id = ids.next::<OrganisationId>()?;
        store::organisations::insert_organisation(
            tx,
            &store::organisations::NewOrganisation {
                id: &id,
                kind: known("organisation kind", org.kind, OrganisationKind::from_key)?,
                name: org.name,
                phone: Some(org.phone),
                email: org.email,
                website: org.website,
                complaints_phone: org.complaints_email.map(|_| org.phone),
                complaints_email: org.complaints_email,
            },
        )
        .await?;
        orgs.insert(org.id, id);
    }
    let mut pros = HashMap::new();
    for pro in PROS {
        let id = ids.next::<ProfessionalId>()?;
        let org = orgs
            .get(pro.org)
            .ok_or_else(|| StoreError::corrupt("demo organisation", pro.org))?;
        store::organisations::insert_professional(
            tx,
            &store::organisations::NewProfessional {
                id: &id,
                organisation: org,
                given_name: pro.given,
                family_name: pro.family,
                phone: Some(pro.phone),
                email: Some(pro.email),
                reach_days: pro.days,
                reach_from: Some("09:00"),
                reach_until: Some("17:00"),
            },
        )
        .await?;
        pros.insert(pro.key, id);
    }
    for absence in ABSENCES {
        let who = pros
            .get(absence.key)
            .ok_or_else(|| StoreError::corrupt("demo professional", absence.key))?;
        let substitute = match absence.substitute {
            Some(key) => Some(
                pros.get(key)
                    .cloned()
                    .ok_or_else(|| StoreError::corrupt("demo professional", key))?,
            ),
            None => None,
        };
        store::absences::insert(
            tx,
            &ids.next::<app::domain::ids::AbsenceId>()?,
            who,
            &app::model::team::NewAbsence {
                period: app::domain::absence::Period {
                    first_day: today + Duration::days(absence.from),
                    last_day: today + Duration::days(absence.until),
                },
                reason: known(
                    "absence reason",
                    absence.reason,
                    app::domain::absence::AbsenceReason::from_key,
                )?,
                substitute,
            },
            &store::now_text(),
        )
        .await?;
    }
    Ok((orgs, pros))
}

/// One family with its picture. `order`: the demo sign-in list's next place, or `None` for a
/// generated family nobody signs in as.
async fn seed_family(
    tx: &mut Conn,
    family: &Family,
    today: Date,
    orgs: &HashMap<&str, OrganisationId>,
    pros: &HashMap<&str, ProfessionalId>,
    mut order: Option<&mut i64>,
    ids: &mut IdSource,
) -> Result<(), StoreError> {
    let day = |offset: i64| today + Duration::days(offset);
    let since = today - Duration::days(200);
    let case = ids.next::<CaseId>()?;
    let grant = Grant::for_seeding(&case);
    store::cases::insert(
        tx,
        &store::cases::NewCaseRow {
            id: &case,
            family_name: family.family_name,
            municipality: family.municipality,
            phase: known("phase", family.phase, Phase::from_key)?,
            phase_since: today - Duration::days(family.phase_days_ago),
            reported_on: Some(since),
            reported_by: None,
            created_at: &store::now_text(),
        },
    )
    .await?;
    let mut members = HashMap::new();
    for m in family.members {
        let person = ids.next::<PersonId>()?;
        let filled = |text: &'static str| (!text.is_empty()).then(|| text.to_string());
        store::people::insert_person(
            tx,
            &store::people::NewPerson {
                id: &person,
                given_name: m.given,
                family_name: m.family,
                birth_date: years_ago(today, m.age_years, m.age_days),
                contact: &Contact {
                    address: filled(m.address),
                    address_protected: m.address_protected,
                    phone: filled(m.phone),
                    email: None,
                    contact_protected: m.contact_protected,
                },
            },
        )
        .await?;
        store::people::insert_relation(
            tx,
            &grant,
            &store::people::NewRelation {
                person: &person,
                relation: m.relation,
                gezag: m.gezag,
                from: since,
                granted_by: None,
            },
        )
        .await?;
        if let Some(order) = order.as_deref_mut() {
            *order += 1;
            demo_login(tx, m.key, "person", person.as_str(), *order).await?;
        }
        members.insert(m.key, person);
    }
    for p in family.professionals {
        let professional = pros
            .get(p.key)
            .ok_or_else(|| StoreError::corrupt("demo professional", p.key))?;
        store::team::insert_assignment(
            tx,
            &grant,
            &store::team::AssignmentRow {
                id: &ids.next::<AssignmentId>()?,
                professional,
                role: p.role,
                vaste: p.vaste,
                from: today - Duration::days(p.from),
                until: p.until.map(|d| today - Duration::days(d)),
                reason: p
                    .reason
                    .map(|r| known("change reason", r, ChangeReason::from_key))
                    .transpose()?,
                handover: p.handover,
            },
        )
        .await?;
    }
    let picture = &family.picture;
    for (kind, state, offset, org) in picture.steps {
        store::timeline::insert(
            tx,
            &grant,
            &store::timeline::NewStepRow {
                id: &ids.next::<StepId>()?,
                kind: known("step kind", kind, StepKind::from_key)?,
                state: known("step state", state, StepState::from_key)?,
                on: Some(day(*offset)),
                organisation: orgs.get(org),
            },
        )
        .await?;
    }
    for (kind, started, expected, decided) in picture.decisions {
        let id = ids.next::<DecisionId>()?;
        let new = NewDecision {
            kind: known("decision kind", kind, DecisionKind::from_key)?,
            started_on: started.map(day),
            expected_on: expected.map(day),
            concerns: None,
        };
        store::decisions::insert(tx, &grant, &id, &new).await?;
        if let Some(decided) = decided {
            store::decisions::set_decided(tx, &grant, &id, day(*decided)).await?;
        }
    }
    for (kind, offset, time, place, org, attendees) in picture.meetings {
        let id = ids.next::<MeetingId>()?;
        let (hour, minute) = time
            .split_once(':')
            .and_then(|(h, m)| Some((h.parse().ok()?, m.parse().ok()?)))
            .ok_or_else(|| StoreError::corrupt("demo meeting time", time))?;
        store::meetings::insert(
            tx,
            &grant,
            &store::meetings::MeetingRowNew {
                id: &id,
                kind: known("meeting kind", kind, MeetingKind::from_key)?,
                date: day(*offset),
                time: Time::from_hms(hour, minute, 0)
                    .map_err(|_| StoreError::corrupt("demo meeting time", time))?,
                place,
                organisation: orgs.get(org),
                visibility: data::visibility(kind),
            },
        )
        .await?;
        let professionals: Vec<ProfessionalId> = attendees
            .iter()
            .filter_map(|a| pros.get(a).cloned())
            .collect();
        let persons: Vec<PersonId> = attendees
            .iter()
            .filter_map(|a| members.get(a).cloned())
            .collect();
        store::meetings::set_attendees(tx, &id, &professionals, &persons).await?;
    }
    for (kind, offset, org, status, react_until) in picture.documents {
        let organisation = orgs
            .get(org)
            .ok_or_else(|| StoreError::corrupt("demo organisation", org))?;
        store::documents::insert(
            tx,
            &grant,
            &ids.next::<DocumentId>()?,
            &NewDocument {
                kind: known("document kind", kind, DocumentKind::from_key)?,
                dated: day(*offset),
                organisation: organisation.clone(),
                status: known("document status", status, DocumentStatus::from_key)?,
                react_until: react_until.map(day),
            },
        )
        .await?;
    }
    Ok(())
}

/// Demo sign-in: which subject a demo key signs in as (demo mode only, not case content).
async fn demo_login(
    tx: &mut Conn,
    key: &str,
    kind: &str,
    id: &str,
    order: i64,
) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO demo_logins (key, subject_kind, subject_id, sort_order) VALUES ($1, $2, $3, $4)")
        .bind(key)
        .bind(kind)
        .bind(id)
        .bind(order)
        .execute(&mut *tx)
        .await
        .map_err(StoreError::from_sqlx("demo login"))?;
    Ok(())
}
