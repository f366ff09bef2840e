//! Demo mode: a fictional family in Lelystad (two separated parents, one on a secret address,
//! a youth of 14 and a child of 9) in the raadsonderzoek phase, plus a second family in Almere
//! under an OTS, so the privacy between families can be tried. Dates are relative to today so
//! the demo never goes stale. Loaded once, in one transaction; never in production data.

use async_trait::async_trait;
use sqlx::{Any, FromRow, Transaction};
use time::{Date, Duration};

use crate::backend::AppBackend;
use crate::db::Db;
use crate::store::{self, iso};
use app::api::backend::DemoBackend;
use app::api::types::{DemoPerson, DemoPersonKind};
use app::api::AppError;
use app::domain::{age_on, FamilyRelation, ProfessionalRole, Subject};

/// The same date `years` earlier (28 February for a 29 February that does not exist),
/// then `days` further back.
fn years_ago(today: Date, years: i32, days: i64) -> Date {
    let year = today.year() - years;
    let day = today.day().min(today.month().length(year));
    Date::from_calendar_date(year, today.month(), day).unwrap_or(today) - Duration::days(days)
}

struct Org {
    id: &'static str,
    kind: &'static str,
    name: &'static str,
    phone: &'static str,
    email: Option<&'static str>,
    website: Option<&'static str>,
    complaints_email: Option<&'static str>,
}

struct Pro {
    key: &'static str,
    org: &'static str,
    given: &'static str,
    family: &'static str,
    phone: &'static str,
    email: &'static str,
    days: &'static str,
}

struct Member {
    key: &'static str,
    given: &'static str,
    family: &'static str,
    age_years: i32,
    age_days: i64,
    relation: FamilyRelation,
    gezag: bool,
    address: &'static str,
    address_protected: bool,
    /// Empty: none. Shielded like the address when `contact_protected`.
    phone: &'static str,
    contact_protected: bool,
}

struct Family {
    family_name: &'static str,
    municipality: &'static str,
    phase: &'static str,
    phase_days_ago: i64,
    members: &'static [Member],
    professionals: &'static [OnCase],
    picture: Picture,
}

/// A professional on a case from `from` days ago until `until` days ago (None: still).
struct OnCase {
    key: &'static str,
    role: ProfessionalRole,
    vaste: bool,
    from: i64,
    until: Option<i64>,
    reason: Option<&'static str>,
    handover: Option<&'static str>,
}

const fn on_case(key: &'static str, role: ProfessionalRole, vaste: bool, from: i64) -> OnCase {
    OnCase {
        key,
        role,
        vaste,
        from,
        until: None,
        reason: None,
        handover: None,
    }
}

/// Dates are in days relative to today: negative is past, positive is future.
struct Picture {
    /// (step kind, state, day, organisation)
    steps: &'static [(&'static str, &'static str, i64, &'static str)],
    /// (decision kind, started, expected, decided)
    decisions: &'static [(&'static str, Option<i64>, Option<i64>, Option<i64>)],
    /// (meeting kind, day, time, place, organisation, attendee keys)
    meetings: &'static [(
        &'static str,
        i64,
        &'static str,
        &'static str,
        &'static str,
        &'static [&'static str],
    )],
    /// (document kind, day, organisation, status, react until)
    documents: &'static [(&'static str, i64, &'static str, &'static str, Option<i64>)],
}

// Demo organisations have made-up contact details (.example); Veilig Thuis and Jeugdstem keep
// their real national numbers, because a family in the demo must never be sent to a wrong one.
const ORGS: &[Org] = &[
    Org {
        id: "wijkteam-lelystad",
        kind: "wijkteam",
        name: "Wijkteam Lelystad",
        phone: "0320 000 100",
        email: Some("info@wijkteam-lelystad.example"),
        website: None,
        complaints_email: Some("klachten@lelystad.example"),
    },
    Org {
        id: "wijkteam-almere",
        kind: "wijkteam",
        name: "Wijkteam Almere",
        phone: "036 000 200",
        email: Some("info@wijkteam-almere.example"),
        website: None,
        complaints_email: Some("klachten@almere.example"),
    },
    Org {
        id: "save",
        kind: "gi",
        name: "SAVE Jeugdbescherming Flevoland",
        phone: "088 000 300",
        email: Some("flevoland@save.example"),
        website: None,
        complaints_email: Some("klachtencommissie@save.example"),
    },
    Org {
        id: "raad",
        kind: "raad",
        name: "Raad voor de Kinderbescherming, Lelystad",
        phone: "088 000 400",
        email: Some("lelystad@raad.example"),
        website: None,
        complaints_email: Some("klachten@raad.example"),
    },
    Org {
        id: "veilig-thuis",
        kind: "veilig-thuis",
        name: "Veilig Thuis Flevoland",
        phone: "0800 2000",
        email: None,
        website: None,
        complaints_email: Some("klachten@veiligthuis-flevoland.example"),
    },
    Org {
        id: "rechtbank",
        kind: "rechtbank",
        name: "Rechtbank Midden-Nederland, locatie Lelystad",
        phone: "088 000 500",
        email: None,
        website: None,
        complaints_email: Some("klachten@rechtbank.example"),
    },
    Org {
        id: "jeugdstem",
        kind: "jeugdstem",
        name: "Jeugdstem",
        phone: "088 555 1000",
        email: None,
        website: Some("https://www.jeugdstem.nl"),
        complaints_email: None,
    },
    Org {
        id: "wijkteam-dronten",
        kind: "wijkteam",
        name: "Wijkteam Dronten",
        phone: "0321 000 100",
        email: Some("info@wijkteam-dronten.example"),
        website: None,
        complaints_email: Some("klachten@dronten.example"),
    },
];

const PROS: &[Pro] = &[
    Pro {
        key: "yara",
        org: "wijkteam-dronten",
        given: "Yara",
        family: "Bos",
        phone: "0321 000 101",
        email: "y.bos@wijkteam-dronten.example",
        days: "1,3,4",
    },
    Pro {
        key: "bram",
        org: "raad",
        given: "Bram",
        family: "Kok",
        phone: "088 000 402",
        email: "b.kok@raad.example",
        days: "2,3,5",
    },
    Pro {
        key: "kees",
        org: "wijkteam-lelystad",
        given: "Kees",
        family: "Visser",
        phone: "0320 000 102",
        email: "k.visser@wijkteam-lelystad.example",
        days: "1,2,3",
    },
    Pro {
        key: "fatima",
        org: "wijkteam-lelystad",
        given: "Fatima",
        family: "El Amrani",
        phone: "0320 000 101",
        email: "f.elamrani@wijkteam-lelystad.example",
        days: "1,2,4",
    },
    Pro {
        key: "joost",
        org: "save",
        given: "Joost",
        family: "Verhoeven",
        phone: "088 000 301",
        email: "j.verhoeven@save.example",
        days: "1,2,3,4,5",
    },
    Pro {
        key: "ingrid",
        org: "raad",
        given: "Ingrid",
        family: "Postma",
        phone: "088 000 401",
        email: "i.postma@raad.example",
        days: "2,3,4",
    },
    Pro {
        key: "rik",
        org: "save",
        given: "Rik",
        family: "de Boer",
        phone: "088 000 302",
        email: "r.deboer@save.example",
        days: "1,3,5",
    },
    Pro {
        key: "lotte",
        org: "wijkteam-almere",
        given: "Lotte",
        family: "Jansen",
        phone: "036 000 201",
        email: "l.jansen@wijkteam-almere.example",
        days: "2,4",
    },
];

const FAMILIES: &[Family] = &[
    Family {
        family_name: "Bakker",
        municipality: "Lelystad",
        phase: "raadsonderzoek",
        phase_days_ago: 24,
        members: &[
            Member {
                key: "sanne",
                given: "Sanne",
                family: "de Vries",
                age_years: 38,
                age_days: 40,
                relation: FamilyRelation::Parent,
                gezag: true,
                address: "Geheim adres 1, Lelystad",
                address_protected: true,
                phone: "06 1111 2222",
                contact_protected: true,
            },
            Member {
                key: "mark",
                given: "Mark",
                family: "Bakker",
                age_years: 40,
                age_days: 120,
                relation: FamilyRelation::Parent,
                gezag: true,
                address: "Zuiderzeestraat 12, Lelystad",
                address_protected: false,
                phone: "06 3333 4444",
                contact_protected: false,
            },
            Member {
                key: "noor",
                given: "Noor",
                family: "Bakker",
                age_years: 14,
                age_days: 100,
                relation: FamilyRelation::Child,
                gezag: false,
                address: "",
                address_protected: false,
                phone: "",
                contact_protected: false,
            },
            Member {
                key: "daan",
                given: "Daan",
                family: "Bakker",
                age_years: 9,
                age_days: 30,
                relation: FamilyRelation::Child,
                gezag: false,
                address: "",
                address_protected: false,
                phone: "",
                contact_protected: false,
            },
        ],
        professionals: &[
            OnCase { key: "kees", role: ProfessionalRole::Wijkteammedewerker, vaste: true, from: 200, until: Some(30), reason: None, handover: None },
            OnCase {
                key: "fatima",
                role: ProfessionalRole::Wijkteammedewerker,
                vaste: true,
                from: 30,
                until: None,
                reason: Some("new-job"),
                handover: Some("Kees heeft mij alles over jullie gezin verteld. Ik weet dat Noor en Daan om de week bij hun vader zijn, dat er zorgen zijn over de ruzies en dat jullie een gezinsplan hebben. Ik kom graag snel langs om kennis te maken."),
            },
            on_case("joost", ProfessionalRole::Veiligheidsteamlid, false, 120),
            on_case("ingrid", ProfessionalRole::Raadsonderzoeker, false, 40),
        ],
        picture: Picture {
            steps: &[
                ("melding", "done", -200, "veilig-thuis"),
                ("veilig-thuis", "done", -198, "veilig-thuis"),
                ("wijkteam", "done", -180, "wijkteam-lelystad"),
                ("jeugdbeschermingstafel", "done", -40, "raad"),
                ("raadsonderzoek", "current", -24, "raad"),
                ("zitting", "expected", 60, "rechtbank"),
            ],
            decisions: &[
                ("jeugdhulp", Some(-40), None, Some(-20)),
                ("raadsbesluit", Some(-24), Some(35), None),
                ("ots", None, Some(60), None),
            ],
            meetings: &[
                ("gesprek", 5, "10:00", "Raad voor de Kinderbescherming, Stationsplein 5, Lelystad", "raad", &["ingrid", "sanne"]),
                ("gesprek", 8, "15:30", "Wijkteam Lelystad, Agorabaan 12, Lelystad", "raad", &["ingrid", "noor"]),
                ("zitting", 60, "09:30", "Rechtbank Midden-Nederland, locatie Lelystad", "rechtbank", &["ingrid", "fatima", "sanne", "mark", "noor"]),
            ],
            documents: &[
                ("gezinsplan", -150, "wijkteam-lelystad", "definitief", None),
                ("raadsrapport", -2, "raad", "concept", Some(12)),
            ],
        },
    },
    Family {
        family_name: "Yilmaz",
        municipality: "Almere",
        phase: "uitvoering",
        phase_days_ago: 61,
        members: &[
            Member {
                key: "elif",
                given: "Elif",
                family: "Yilmaz",
                age_years: 42,
                age_days: 10,
                relation: FamilyRelation::Parent,
                gezag: true,
                address: "Stadhuisplein 4, Almere",
                address_protected: false,
                phone: "",
                contact_protected: false,
            },
            Member {
                key: "emre",
                given: "Emre",
                family: "Yilmaz",
                age_years: 16,
                age_days: 50,
                relation: FamilyRelation::Child,
                gezag: false,
                address: "",
                address_protected: false,
                phone: "",
                contact_protected: false,
            },
        ],
        professionals: &[
            OnCase { key: "lotte", role: ProfessionalRole::Wijkteammedewerker, vaste: true, from: 200, until: Some(61), reason: None, handover: None },
            OnCase {
                key: "rik",
                role: ProfessionalRole::Jeugdbeschermer,
                vaste: true,
                from: 61,
                until: None,
                reason: Some("phase-change"),
                handover: Some("Lotte en ik hebben samen met jullie het plan doorgelopen. Lotte blijft betrokken voor de hulp thuis. Ik ben nu jullie vaste aanspreekpunt."),
            },
            on_case("lotte", ProfessionalRole::Wijkteammedewerker, false, 61),
        ],
        picture: Picture {
            steps: &[
                ("melding", "done", -330, "veilig-thuis"),
                ("veilig-thuis", "done", -325, "veilig-thuis"),
                ("wijkteam", "done", -300, "wijkteam-almere"),
                ("raadsonderzoek", "done", -150, "raad"),
                ("zitting", "done", -61, "rechtbank"),
                ("maatregel", "current", -61, "save"),
                ("evaluatie", "expected", 240, "save"),
            ],
            decisions: &[
                ("ots", None, None, Some(-61)),
                ("plan-van-aanpak", Some(-61), None, Some(-20)),
                ("schriftelijke-aanwijzing", None, None, Some(-5)),
                ("verlenging", None, Some(290), None),
            ],
            meetings: &[
                ("evaluatie", 14, "14:00", "SAVE Jeugdbescherming, Almere", "save", &["rik", "lotte", "elif", "emre"]),
            ],
            documents: &[
                ("raadsrapport", -90, "raad", "definitief", None),
                ("beschikking", -61, "rechtbank", "definitief", None),
                ("plan-van-aanpak", -20, "save", "definitief", Some(10)),
            ],
        },
    },
    Family {
        family_name: "De Jong",
        municipality: "Dronten",
        phase: "jeugdbeschermingstafel",
        phase_days_ago: 10,
        members: &[
            Member {
                key: "anouk",
                given: "Anouk",
                family: "de Jong",
                age_years: 35,
                age_days: 80,
                relation: FamilyRelation::Parent,
                gezag: true,
                address: "Het Ruim 8, Dronten",
                address_protected: false,
                phone: "",
                contact_protected: false,
            },
            Member {
                key: "sem",
                given: "Sem",
                family: "de Jong",
                age_years: 12,
                age_days: 20,
                relation: FamilyRelation::Child,
                gezag: false,
                address: "",
                address_protected: false,
                phone: "",
                contact_protected: false,
            },
        ],
        professionals: &[
            on_case("yara", ProfessionalRole::Wijkteammedewerker, true, 150),
            on_case("bram", ProfessionalRole::Raadsonderzoeker, false, 10),
        ],
        picture: Picture {
            steps: &[
                ("melding", "done", -160, "veilig-thuis"),
                ("wijkteam", "done", -150, "wijkteam-dronten"),
                ("jeugdbeschermingstafel", "current", 6, "raad"),
                ("raadsonderzoek", "expected", 30, "raad"),
            ],
            decisions: &[("onderzoek-start", Some(-10), Some(6), None)],
            meetings: &[(
                "jeugdbeschermingstafel",
                6,
                "13:30",
                "Gemeentehuis Dronten, De Rede 1",
                "raad",
                &["bram", "yara", "anouk", "sem"],
            )],
            documents: &[("gezinsplan", -120, "wijkteam-dronten", "definitief", None)],
        },
    },
];

fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// Load the demo data unless it is already there.
pub async fn ensure_demo_data(db: &Db, today: Date) -> Result<(), sqlx::Error> {
    let present: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM demo_logins")
        .fetch_one(&db.pool)
        .await?;
    if present > 0 {
        return Ok(());
    }
    let mut tx = db.pool.begin().await?;
    let mut order = 0_i64;
    let mut org_ids = std::collections::HashMap::new();
    for org in ORGS {
        let id = new_id();
        sqlx::query(
            "INSERT INTO organisations (id, kind, name, phone, email, website, complaints_phone, complaints_email)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(&id)
        .bind(org.kind)
        .bind(org.name)
        .bind(org.phone)
        .bind(org.email)
        .bind(org.website)
        .bind(org.complaints_email.map(|_| org.phone))
        .bind(org.complaints_email)
        .execute(&mut *tx)
        .await?;
        org_ids.insert(org.id, id);
    }
    let mut pro_ids = std::collections::HashMap::new();
    for pro in PROS {
        let id = new_id();
        let org = org_ids.get(pro.org).cloned().unwrap_or_default();
        sqlx::query(
            "INSERT INTO professionals (id, organisation_id, given_name, family_name, phone, email, reach_days, reach_from, reach_until)
             VALUES ($1, $2, $3, $4, $5, $6, $7, '09:00', '17:00')",
        )
        .bind(&id).bind(org).bind(pro.given).bind(pro.family).bind(pro.phone).bind(pro.email).bind(pro.days)
        .execute(&mut *tx).await?;
        pro_ids.insert(pro.key, id);
    }
    let since = iso(today - Duration::days(200));
    for family in FAMILIES {
        let case_id = new_id();
        sqlx::query("INSERT INTO cases (id, family_name, municipality, phase, phase_since, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(&case_id).bind(family.family_name).bind(family.municipality).bind(family.phase)
            .bind(iso(today - Duration::days(family.phase_days_ago))).bind(&since)
            .execute(&mut *tx).await?;
        let mut member_ids = std::collections::HashMap::new();
        for m in family.members {
            let person_id = new_id();
            member_ids.insert(m.key, person_id.clone());
            sqlx::query(
                "INSERT INTO persons (id, given_name, family_name, birth_date, address, address_protected, phone, contact_protected) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(&person_id).bind(m.given).bind(m.family).bind(iso(years_ago(today, m.age_years, m.age_days)))
            .bind((!m.address.is_empty()).then_some(m.address)).bind(i64::from(m.address_protected))
            .bind((!m.phone.is_empty()).then_some(m.phone)).bind(i64::from(m.contact_protected))
            .execute(&mut *tx).await?;
            sqlx::query(
                "INSERT INTO case_members (id, case_id, person_id, relation, has_gezag, valid_from) VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(new_id()).bind(&case_id).bind(&person_id).bind(m.relation.key()).bind(i64::from(m.gezag)).bind(&since)
            .execute(&mut *tx).await?;
            order += 1;
            demo_login(&mut tx, m.key, "person", &person_id, order).await?;
        }
        for p in family.professionals {
            let pro_id = pro_ids.get(p.key).cloned().unwrap_or_default();
            sqlx::query(
                "INSERT INTO case_professionals (id, case_id, professional_id, role, is_vaste, valid_from, valid_until, change_reason, handover_summary)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            )
            .bind(new_id()).bind(&case_id).bind(&pro_id).bind(p.role.key()).bind(i64::from(p.vaste))
            .bind(iso(today - Duration::days(p.from))).bind(p.until.map(|d| iso(today - Duration::days(d))))
            .bind(p.reason).bind(p.handover)
            .execute(&mut *tx).await?;
        }
        let day = |offset: i64| iso(today + Duration::days(offset));
        let pic = &family.picture;
        for (i, (kind, state, offset, org)) in pic.steps.iter().enumerate() {
            sqlx::query("INSERT INTO timeline_steps (id, case_id, kind, state, on_date, organisation_id, sort_order) VALUES ($1, $2, $3, $4, $5, $6, $7)")
                .bind(new_id()).bind(&case_id).bind(*kind).bind(*state).bind(day(*offset)).bind(org_ids.get(org).cloned())
                .bind(i as i64)
                .execute(&mut *tx).await?;
        }
        for (kind, started, expected, decided) in pic.decisions {
            sqlx::query("INSERT INTO decisions (id, case_id, kind, started_on, expected_on, decided_on) VALUES ($1, $2, $3, $4, $5, $6)")
                .bind(new_id()).bind(&case_id).bind(*kind)
                .bind(started.map(day)).bind(expected.map(day)).bind(decided.map(day))
                .execute(&mut *tx).await?;
        }
        for (kind, offset, time, place, org, attendees) in pic.meetings {
            let meeting_id = new_id();
            sqlx::query("INSERT INTO meetings (id, case_id, kind, starts_at, place, organisation_id) VALUES ($1, $2, $3, $4, $5, $6)")
                .bind(&meeting_id).bind(&case_id).bind(*kind).bind(format!("{}T{time}", day(*offset))).bind(*place)
                .bind(org_ids.get(org).cloned())
                .execute(&mut *tx).await?;
            for (i, who) in attendees.iter().enumerate() {
                let (pro, person) = (pro_ids.get(who).cloned(), member_ids.get(who).cloned());
                sqlx::query("INSERT INTO meeting_attendees (meeting_id, professional_id, person_id, sort_order) VALUES ($1, $2, $3, $4)")
                    .bind(&meeting_id).bind(pro).bind(person).bind(i as i64)
                    .execute(&mut *tx).await?;
            }
        }
        for (kind, offset, org, status, react_until) in pic.documents {
            sqlx::query("INSERT INTO documents (id, case_id, kind, dated, organisation_id, status, react_until) VALUES ($1, $2, $3, $4, $5, $6, $7)")
                .bind(new_id()).bind(&case_id).bind(*kind).bind(day(*offset)).bind(org_ids.get(org).cloned().unwrap_or_default())
                .bind(*status).bind(react_until.map(day))
                .execute(&mut *tx).await?;
        }
    }
    for pro in PROS {
        order += 1;
        let id = pro_ids.get(pro.key).cloned().unwrap_or_default();
        demo_login(&mut tx, pro.key, "professional", &id, order).await?;
    }
    tx.commit().await
}

async fn demo_login(
    tx: &mut Transaction<'_, Any>,
    key: &str,
    kind: &str,
    id: &str,
    order: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO demo_logins (key, subject_kind, subject_id, sort_order) VALUES ($1, $2, $3, $4)")
        .bind(key).bind(kind).bind(id).bind(order)
        .execute(&mut **tx).await?;
    Ok(())
}

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
impl DemoBackend for AppBackend {
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
        .map_err(store::internal("demo people"))?;
        let pros = sqlx::query_as::<_, DemoProRow>(
            "SELECT d.key, p.given_name, p.family_name, o.name AS organisation, cp.role
             FROM demo_logins d JOIN professionals p ON p.id = d.subject_id
             JOIN organisations o ON o.id = p.organisation_id
             JOIN case_professionals cp ON cp.professional_id = p.id
             WHERE d.subject_kind = 'professional' ORDER BY d.sort_order, cp.is_vaste DESC",
        )
        .fetch_all(&self.db.pool)
        .await
        .map_err(store::internal("demo professionals"))?;

        let mut people = vec![];
        for r in family {
            let (Some(relation), Some(birth)) = (
                FamilyRelation::from_key(&r.relation),
                store::parse_date(&r.birth_date),
            ) else {
                continue;
            };
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
            let Some(role) = ProfessionalRole::from_key(&r.role) else {
                continue;
            };
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
        .map_err(store::internal("demo login"))?
        .ok_or(AppError::NotFound)?;
        let today = self.today();
        let (subject, cases) = match login.subject_kind.as_str() {
            "person" => {
                let cases =
                    store::cases::cases_of_person(&self.db, &login.subject_id, today).await?;
                (Subject::Person(login.subject_id), cases)
            }
            _ => {
                let cases =
                    store::cases::cases_of_professional(&self.db, &login.subject_id, today).await?;
                (Subject::Professional(login.subject_id), cases)
            }
        };
        let landing = match cases.as_slice() {
            [only] => format!("/zaak/{}", only.id),
            _ => "/".to_string(),
        };
        Ok((subject, landing))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn years_ago_handles_leap_days_and_extra_days() {
        assert_eq!(
            years_ago(date!(2028 - 02 - 29), 14, 0),
            date!(2014 - 02 - 28)
        );
        assert_eq!(
            years_ago(date!(2026 - 11 - 28), 14, 100),
            date!(2012 - 08 - 20)
        );
    }

    #[test]
    fn the_demo_family_is_as_promised() {
        let lelystad = &FAMILIES[0];
        assert_eq!(lelystad.municipality, "Lelystad");
        assert_eq!(lelystad.phase, "raadsonderzoek");
        let parents: Vec<_> = lelystad
            .members
            .iter()
            .filter(|m| m.relation == FamilyRelation::Parent)
            .collect();
        assert_eq!(parents.len(), 2);
        assert_eq!(parents.iter().filter(|p| p.address_protected).count(), 1);
        let ages: Vec<_> = lelystad
            .members
            .iter()
            .filter(|m| m.relation == FamilyRelation::Child)
            .map(|m| m.age_years)
            .collect();
        assert_eq!(ages, vec![14, 9]);
        let current: Vec<_> = lelystad
            .professionals
            .iter()
            .filter(|p| p.until.is_none())
            .map(|p| (p.key, p.role, p.vaste))
            .collect();
        assert!(current.contains(&("fatima", ProfessionalRole::Wijkteammedewerker, true)));
        assert!(current.contains(&("joost", ProfessionalRole::Veiligheidsteamlid, false)));
        assert!(current.contains(&("ingrid", ProfessionalRole::Raadsonderzoeker, false)));
    }

    #[test]
    fn every_demo_key_in_the_picture_exists() {
        use app::domain::decisions::DecisionKind;
        use app::domain::journey::{DocumentKind, MeetingKind, StepKind, StepState};
        for family in FAMILIES {
            let p = &family.picture;
            for (kind, state, _, org) in p.steps {
                assert!(
                    StepKind::from_key(kind).is_some() && StepState::from_key(state).is_some(),
                    "{kind} {state}"
                );
                assert!(ORGS.iter().any(|o| o.id == *org), "{org}");
            }
            for (kind, ..) in p.decisions {
                assert!(DecisionKind::from_key(kind).is_some(), "{kind}");
            }
            for (kind, _, _, _, org, attendees) in p.meetings {
                assert!(MeetingKind::from_key(kind).is_some(), "{kind}");
                assert!(ORGS.iter().any(|o| o.id == *org), "{org}");
                for a in *attendees {
                    assert!(
                        PROS.iter().any(|p| p.key == *a)
                            || family.members.iter().any(|m| m.key == *a),
                        "{a}"
                    );
                }
            }
            for (kind, _, org, status, _) in p.documents {
                assert!(DocumentKind::from_key(kind).is_some(), "{kind}");
                assert!(ORGS.iter().any(|o| o.id == *org), "{org}");
                assert!(["concept", "definitief"].contains(status));
            }
        }
    }
}
