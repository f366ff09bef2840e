//! Every write of the case services, through the services as the console and the API will
//! call them: what it changes and what the family then sees, a conflict (a stale version or a
//! constraint), a refused actor (nothing changes), refused input (every field at once), and
//! the access-log row it leaves — on SQLite and, with `HELDER_TEST_DATABASE=postgres`, on
//! PostgreSQL.

use crate::common;

use app::api::context::RequestContext;
use app::api::services::Services;
use app::domain::decisions::DecisionKind;
use app::domain::ids::{CaseId, IdempotencyKey, OrganisationId, PersonId, ProfessionalId};
use app::domain::journey::{DocumentKind, DocumentStatus, MeetingKind, StepKind, StepState};
use app::domain::policy::MeetingVisibility;
use app::domain::team::ChangeReason;
use app::domain::{Action, FamilyRelation, Phase, ProfessionalRole};
use app::error::AppError;
use app::model::case::{CaseClosing, CaseUpdate, NewCase};
use app::model::decision::{DecisionOutcome, DecisionUpdate, NewDecision};
use app::model::document::{DocumentUpdate, NewDocument};
use app::model::meeting::{MeetingUpdate, NewMeeting};
use app::model::message::Line;
use app::model::people::{Contact, NewMember, PersonUpdate, RelationUpdate};
use app::model::team::{AssignmentUpdate, NewAssignment, VasteChange};
use app::model::timeline::{NewStep, PhaseChange, StepUpdate};
use common::{as_subject, demo_subject, spawn_app, TestApp};
use leptos::server_fn::ServerFn;
use reqwest::StatusCode;
use time::macros::time;

struct Case {
    app: TestApp,
    s: Services,
    id: CaseId,
    /// Fatima, the vaste professional.
    vaste: RequestContext,
    /// Ingrid, the raadsonderzoeker: on the case, not its vaste professional.
    ingrid: RequestContext,
    /// Sanne, a parent with gezag (on a secret address).
    sanne: RequestContext,
    fatima: ProfessionalId,
}

/// The Lelystad family's case.
async fn lelystad() -> Case {
    let app = spawn_app(true).await;
    let sanne = demo_subject(&app, "sanne").await;
    let id: String = sqlx::query_scalar("SELECT case_id FROM case_members WHERE person_id = $1")
        .bind(sanne.parts().1)
        .fetch_one(&app.db.pool)
        .await
        .expect("case");
    let fatima = demo_subject(&app, "fatima").await;
    Case {
        s: app.services.services(),
        id: id.parse().ok().expect("case id"),
        vaste: as_subject(&fatima),
        ingrid: as_subject(&demo_subject(&app, "ingrid").await),
        sanne: as_subject(&sanne),
        fatima: fatima.parts().1.parse().ok().expect("id"),
        app,
    }
}

fn today() -> time::Date {
    app::domain::calendar::dutch_today()
}

/// How many changes of `data` the access log holds for the case.
async fn changes(c: &Case, data: &str) -> i64 {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM access_log WHERE case_id = $1 AND data_kind = $2 AND action = 'change'",
    )
    .bind(c.id.as_str())
    .bind(data)
    .fetch_one(&c.app.db.pool)
    .await
    .expect("count")
}

/// The page `path` of the case as the demo person `who` sees it (`<main>` only).
async fn page(c: &Case, who: &str, path: &str) -> String {
    c.app.set_session_cookie(None);
    c.app.demo_sign_in(who).await;
    let page = c.app.get(&format!("/zaak/{}{path}", c.id)).await;
    assert_eq!(page.status, StatusCode::OK, "{who} {path}");
    page.main().to_string()
}

fn assert_conflict(result: Result<impl std::fmt::Debug, AppError>, id: &str) {
    match result {
        Err(AppError::Conflict(m)) => assert_eq!(m.id, id),
        other => panic!("expected a conflict {id}, got {other:?}"),
    }
}

fn assert_fields(result: Result<impl std::fmt::Debug, AppError>, fields: &[&str]) {
    match result {
        Err(err @ AppError::Invalid { .. }) => {
            for f in fields {
                assert!(err.field(f).is_some(), "{f} refused: {err:?}");
            }
        }
        other => panic!("expected refused fields {fields:?}, got {other:?}"),
    }
}

#[tokio::test]
async fn a_professional_opens_a_case_after_a_melding_and_is_on_it_from_then_on() {
    let c = lelystad().await;
    let new = NewCase {
        family_name: "Visser".into(),
        municipality: "Zeewolde".into(),
        phase: Phase::Melding,
        reported_on: today(),
        reported_by: None,
        role: ProfessionalRole::Wijkteammedewerker,
        professional: None,
    };
    let case = c.s.cases.create(&c.vaste, &new).await.expect("created");
    assert_eq!(
        (case.phase, case.reported_on, case.version),
        (Phase::Melding, Some(today()), 1)
    );
    let team = c.s.team.team(&c.vaste, &case.id).await.expect("team");
    assert!(team.len() == 1 && team[0].is_vaste, "{team:?}");
    let steps = c.s.timeline.steps(&c.vaste, &case.id).await.expect("steps");
    assert_eq!(
        steps.iter().map(|s| (s.kind, s.state)).collect::<Vec<_>>(),
        [(StepKind::Melding, StepState::Current)]
    );
    // Logged as the change it was; nobody else is on the new case.
    let logged: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM access_log WHERE case_id = $1 AND action = 'change'",
    )
    .bind(case.id.as_str())
    .fetch_one(&c.app.db.pool)
    .await
    .expect("count");
    assert_eq!(logged, 1);
    assert_eq!(
        c.s.cases
            .open(&c.sanne, &case.id, Action::ViewCaseOverview)
            .await
            .err(),
        Some(AppError::NotFound)
    );
    // Refused: a parent opens no case; every bad field is named at once.
    assert_eq!(
        c.s.cases.create(&c.sanne, &new).await.err(),
        Some(AppError::NotFound)
    );
    let bad = NewCase {
        family_name: " ".into(),
        municipality: "x".repeat(300),
        reported_on: today() + time::Duration::days(1),
        role: ProfessionalRole::Raadsonderzoeker,
        ..new
    };
    assert_fields(
        c.s.cases.create(&c.vaste, &bad).await,
        &["family_name", "municipality", "reported_on", "role"],
    );
}

#[tokio::test]
async fn the_case_is_updated_once_per_version_and_closed_once() {
    let c = lelystad().await;
    let opened =
        c.s.cases
            .open(&c.vaste, &c.id, Action::ViewCaseOverview)
            .await
            .expect("open");
    let update = CaseUpdate {
        family_name: "Bakker-de Vries".into(),
        municipality: "Lelystad".into(),
        version: opened.case.version,
    };
    let updated =
        c.s.cases
            .update(&c.vaste, &c.id, &update)
            .await
            .expect("updated");
    assert_eq!(
        (updated.family_name.as_str(), updated.version),
        ("Bakker-de Vries", opened.case.version + 1)
    );
    // The same version again: someone else changed it first.
    assert_conflict(
        c.s.cases.update(&c.vaste, &c.id, &update).await,
        "error-stale",
    );
    // Refused: the raadsonderzoeker is on the case, but the case itself is the vaste's.
    assert_eq!(
        c.s.cases
            .update(
                &c.ingrid,
                &c.id,
                &CaseUpdate {
                    version: updated.version,
                    ..update.clone()
                }
            )
            .await
            .err(),
        Some(AppError::NotFound)
    );
    assert!(page(&c, "fatima", "").await.contains("Bakker-de Vries"));
    let closed =
        c.s.cases
            .close(
                &c.vaste,
                &c.id,
                &CaseClosing {
                    on: today(),
                    version: updated.version,
                },
            )
            .await
            .expect("closed");
    assert_eq!(
        (closed.phase, closed.closed_on),
        (Phase::Afgesloten, Some(today()))
    );
    assert_conflict(
        c.s.cases
            .close(
                &c.vaste,
                &c.id,
                &CaseClosing {
                    on: today(),
                    version: closed.version,
                },
            )
            .await,
        "error-case-closed",
    );
    assert_eq!(
        changes(&c, "overview").await,
        2,
        "two changes happened, the refusals left no row"
    );
}

#[tokio::test]
async fn a_family_member_is_added_changed_and_ended_and_a_secret_address_stays_secret() {
    let c = lelystad().await;
    let new = NewMember {
        given_name: "Lisa".into(),
        family_name: "de Vries".into(),
        birth_date: today() - time::Duration::days(365 * 6),
        relation: FamilyRelation::Child,
        gezag: false,
        contact: Contact {
            address: Some("Schuiladres 3, Lelystad".into()),
            address_protected: true,
            ..Contact::default()
        },
        from: today(),
    };
    let lisa =
        c.s.people
            .add_member(&c.vaste, &c.id, &new)
            .await
            .expect("added");
    assert!(!lisa.gezag);
    let for_mark = page(&c, "mark", "/gezin").await;
    assert!(
        for_mark.contains("Lisa de Vries") && !for_mark.contains("Schuiladres"),
        "{for_mark}"
    );
    assert!(page(&c, "fatima", "/gezin").await.contains("Schuiladres 3"));
    // Gezag is for parents; a name left empty is named; both at once where both are wrong.
    assert_fields(
        c.s.people
            .update_relation(
                &c.vaste,
                &c.id,
                &lisa.person,
                &RelationUpdate {
                    gezag: true,
                    version: lisa.relation_version,
                },
            )
            .await,
        &["gezag"],
    );
    let change = PersonUpdate {
        given_name: "Lisa".into(),
        family_name: "Bakker".into(),
        birth_date: lisa.birth_date,
        contact: Contact::default(),
        version: lisa.version,
    };
    let changed =
        c.s.people
            .update_person(&c.vaste, &c.id, &lisa.person, &change)
            .await
            .expect("changed");
    assert_eq!(changed.family_name, "Bakker");
    assert_conflict(
        c.s.people
            .update_person(&c.vaste, &c.id, &lisa.person, &change)
            .await,
        "error-stale",
    );
    assert_fields(
        c.s.people
            .update_person(
                &c.vaste,
                &c.id,
                &lisa.person,
                &PersonUpdate {
                    given_name: String::new(),
                    birth_date: today() + time::Duration::days(2),
                    ..change.clone()
                },
            )
            .await,
        &["given_name", "birth_date"],
    );
    // Refused: the raadsonderzoeker records no family members.
    assert_eq!(
        c.s.people.add_member(&c.ingrid, &c.id, &new).await.err(),
        Some(AppError::NotFound)
    );
    // Someone not on this case cannot be changed through it.
    let stranger: PersonId = demo_subject(&c.app, "elif")
        .await
        .parts()
        .1
        .parse()
        .ok()
        .expect("id");
    assert_eq!(
        c.s.people
            .update_person(&c.vaste, &c.id, &stranger, &change)
            .await
            .err(),
        Some(AppError::NotFound)
    );
    c.s.people
        .end_relation(&c.vaste, &c.id, &lisa.person, today())
        .await
        .expect("ended");
    assert!(!page(&c, "mark", "/gezin").await.contains("Lisa"));
    assert_eq!(
        c.s.people
            .end_relation(&c.vaste, &c.id, &lisa.person, today())
            .await
            .err(),
        Some(AppError::NotFound)
    );
    assert_eq!(changes(&c, "family").await, 3);
}

#[tokio::test]
async fn a_second_current_relation_of_one_person_is_refused_by_its_constraint() {
    let c = lelystad().await;
    let mark: PersonId = demo_subject(&c.app, "mark")
        .await
        .parts()
        .1
        .parse()
        .ok()
        .expect("id");
    let mut tx = c.app.db.begin_write().await.expect("begin");
    let grant_free_insert = sqlx::query(
        "INSERT INTO case_members (id, case_id, person_id, relation, has_gezag, valid_from) VALUES ($1, $2, $3, 'parent', 1, '2026-01-01')",
    )
    .bind(uuid::Uuid::new_v4().to_string())
    .bind(c.id.as_str())
    .bind(mark.as_str())
    .execute(&mut *tx)
    .await
    .map_err(server::store::StoreError::from_sqlx("test"));
    let err = grant_free_insert.expect_err("refused");
    assert!(err.is_constraint("one_current_relation"), "{err:?}");
    assert_eq!(AppError::from(err).message_id(), "error-conflict-member");
}

async fn new_colleague(c: &Case) -> ProfessionalId {
    let org: OrganisationId = sqlx::query_scalar::<_, String>(
        "SELECT id FROM organisations WHERE name = 'Wijkteam Lelystad'",
    )
    .fetch_one(&c.app.db.pool)
    .await
    .expect("org")
    .parse()
    .ok()
    .expect("id");
    let id = ProfessionalId::random();
    let mut tx = c.app.db.begin_write().await.expect("begin");
    server::store::organisations::insert_professional(
        &mut tx,
        &server::store::organisations::NewProfessional {
            id: &id,
            organisation: &org,
            given_name: "Iris",
            family_name: "Smit",
            phone: Some("0320 000 103"),
            email: None,
            reach_days: "1,2,3",
            reach_from: Some("09:00"),
            reach_until: Some("17:00"),
        },
    )
    .await
    .expect("professional");
    tx.commit().await.expect("commit");
    id
}

#[tokio::test]
async fn the_team_changes_and_a_new_vaste_professional_is_explained_to_the_family() {
    let c = lelystad().await;
    let iris = new_colleague(&c).await;
    let assign = NewAssignment {
        professional: iris.clone(),
        role: ProfessionalRole::Wijkteammedewerker,
        from: today(),
    };
    let member =
        c.s.team
            .assign(&c.vaste, &c.id, &assign)
            .await
            .expect("assigned");
    assert!(page(&c, "sanne", "/wie-doet-wat")
        .await
        .contains("Iris Smit"));
    assert_conflict(
        c.s.team.assign(&c.vaste, &c.id, &assign).await,
        "error-conflict-assigned",
    );
    // A role her organisation does not do is refused; so is a stale version.
    assert_fields(
        c.s.team
            .update_assignment(
                &c.vaste,
                &c.id,
                &member.assignment,
                &AssignmentUpdate {
                    role: ProfessionalRole::Raadsonderzoeker,
                    version: member.version,
                },
            )
            .await,
        &["role"],
    );
    let same = AssignmentUpdate {
        role: ProfessionalRole::Wijkteammedewerker,
        version: member.version,
    };
    c.s.team
        .update_assignment(&c.vaste, &c.id, &member.assignment, &same)
        .await
        .expect("updated");
    assert_conflict(
        c.s.team
            .update_assignment(&c.vaste, &c.id, &member.assignment, &same)
            .await,
        "error-stale",
    );
    // The vaste professional's period ends only by a change of vaste professional.
    let fatimas =
        c.s.team
            .team(&c.vaste, &c.id)
            .await
            .expect("team")
            .into_iter()
            .find(|m| m.is_vaste)
            .expect("vaste");
    assert_eq!(
        c.s.team
            .end_assignment(&c.vaste, &c.id, &fatimas.assignment, today())
            .await
            .err(),
        Some(AppError::invalid("error-end-vaste"))
    );
    // Refused: the veiligheidsteam member does not change the team.
    let joost = as_subject(&demo_subject(&c.app, "joost").await);
    assert_eq!(
        c.s.team
            .end_assignment(&joost, &c.id, &member.assignment, today())
            .await
            .err(),
        Some(AppError::NotFound)
    );
    // Iris takes over: a reason and a handover summary are required, and the family reads them.
    assert_fields(
        c.s.team
            .change_vaste(
                &c.vaste,
                &c.id,
                &VasteChange {
                    professional: iris.clone(),
                    role: ProfessionalRole::Wijkteammedewerker,
                    reason: ChangeReason::Leave,
                    handover: " ".into(),
                    on: today(),
                },
            )
            .await,
        &["handover"],
    );
    let change = VasteChange {
        professional: iris.clone(),
        role: ProfessionalRole::Wijkteammedewerker,
        reason: ChangeReason::Leave,
        handover: "Fatima heeft verlof. Ik ben er voor jullie tot zij terug is.".into(),
        on: today(),
    };
    let vaste =
        c.s.team
            .change_vaste(&c.vaste, &c.id, &change)
            .await
            .expect("changed");
    assert!(vaste.is_vaste && vaste.professional == iris);
    let unseen =
        c.s.team
            .unseen_change(&c.sanne, &c.id)
            .await
            .expect("unseen");
    assert_eq!(unseen.map(|u| u.name), Some("Iris Smit".to_string()));
    let changes_page = page(&c, "mark", "/wisselingen").await;
    assert!(
        changes_page.contains("Ik ben er voor jullie tot zij terug is."),
        "{changes_page}"
    );
    // Fatima is no longer the vaste professional: a second change by her is refused.
    assert_eq!(
        c.s.team.change_vaste(&c.vaste, &c.id, &change).await.err(),
        Some(AppError::NotFound)
    );
    // Three changes happened: the assignment, its role, the vaste professional.
    assert_eq!(changes(&c, "team").await, 3);
}

#[tokio::test]
async fn two_current_vaste_professionals_are_refused_by_the_constraint() {
    let c = lelystad().await;
    let iris = new_colleague(&c).await;
    let mut tx = c.app.db.begin_write().await.expect("begin");
    let err = sqlx::query(
        "INSERT INTO case_professionals (id, case_id, professional_id, role, is_vaste, valid_from) VALUES ($1, $2, $3, 'wijkteammedewerker', 1, '2026-01-01')",
    )
    .bind(uuid::Uuid::new_v4().to_string())
    .bind(c.id.as_str())
    .bind(iris.as_str())
    .execute(&mut *tx)
    .await
    .map_err(server::store::StoreError::from_sqlx("test"))
    .expect_err("refused");
    assert!(
        err.is_constraint("one_current_vaste_professional"),
        "{err:?}"
    );
    assert_eq!(AppError::from(err).message_id(), "error-conflict-vaste");
}

#[tokio::test]
async fn a_phase_change_lands_on_the_timeline() {
    let c = lelystad().await;
    let opened =
        c.s.cases
            .open(&c.ingrid, &c.id, Action::ViewCaseOverview)
            .await
            .expect("open");
    assert_eq!(opened.case.phase, Phase::Raadsonderzoek);
    let change = PhaseChange {
        phase: Phase::Kinderrechter,
        on: today(),
        organisation: None,
        version: opened.case.version,
    };
    let case =
        c.s.timeline
            .change_phase(&c.ingrid, &c.id, &change)
            .await
            .expect("changed");
    assert_eq!(
        (case.phase, case.phase_since),
        (Phase::Kinderrechter, today())
    );
    let steps = c.s.timeline.steps(&c.ingrid, &c.id).await.expect("steps");
    let current: Vec<_> = steps
        .iter()
        .filter(|s| s.state == StepState::Current)
        .map(|s| s.kind)
        .collect();
    assert_eq!(current, [StepKind::Verzoek]);
    assert!(steps
        .iter()
        .any(|s| s.kind == StepKind::Raadsonderzoek && s.state == StepState::Done));
    assert_conflict(
        c.s.timeline
            .change_phase(
                &c.ingrid,
                &c.id,
                &PhaseChange {
                    phase: Phase::Maatregel,
                    ..change.clone()
                },
            )
            .await,
        "error-stale",
    );
    assert_fields(
        c.s.timeline
            .change_phase(
                &c.ingrid,
                &c.id,
                &PhaseChange {
                    version: case.version,
                    ..change.clone()
                },
            )
            .await,
        &["phase"],
    );
    assert_eq!(
        c.s.timeline
            .change_phase(
                &c.sanne,
                &c.id,
                &PhaseChange {
                    version: case.version,
                    phase: Phase::Maatregel,
                    ..change
                }
            )
            .await
            .err(),
        Some(AppError::NotFound)
    );
    // A step is added, moved on, and removed again.
    let step =
        c.s.timeline
            .add_step(
                &c.ingrid,
                &c.id,
                &NewStep {
                    kind: StepKind::Zitting,
                    state: StepState::Expected,
                    on: Some(today() + time::Duration::days(40)),
                    organisation: None,
                },
            )
            .await
            .expect("step");
    let update = StepUpdate {
        state: StepState::Expected,
        on: Some(today() + time::Duration::days(50)),
        version: step.version,
    };
    let moved =
        c.s.timeline
            .update_step(&c.ingrid, &c.id, &step.id, &update)
            .await
            .expect("moved");
    assert_eq!(moved.on, Some(today() + time::Duration::days(50)));
    assert_conflict(
        c.s.timeline
            .update_step(&c.ingrid, &c.id, &step.id, &update)
            .await,
        "error-stale",
    );
    assert_conflict(
        c.s.timeline
            .remove_step(&c.ingrid, &c.id, &step.id, step.version)
            .await,
        "error-stale",
    );
    c.s.timeline
        .remove_step(&c.ingrid, &c.id, &step.id, moved.version)
        .await
        .expect("removed");
    assert_eq!(
        c.s.timeline
            .remove_step(&c.ingrid, &c.id, &step.id, moved.version)
            .await
            .err(),
        Some(AppError::NotFound)
    );
    assert!(page(&c, "noor", "/traject")
        .await
        .contains("Verzoek aan de kinderrechter"));
    assert_eq!(changes(&c, "timeline").await, 4);
}

#[tokio::test]
async fn a_decision_is_recorded_and_its_outcome_starts_the_familys_deadline() {
    let c = lelystad().await;
    let new = NewDecision {
        kind: DecisionKind::Ots,
        started_on: Some(today()),
        expected_on: Some(today() + time::Duration::days(20)),
        concerns: None,
    };
    let decision =
        c.s.decisions
            .create(&c.ingrid, &c.id, &new)
            .await
            .expect("created");
    let update = DecisionUpdate {
        started_on: Some(today()),
        expected_on: Some(today() + time::Duration::days(25)),
        version: decision.version,
    };
    let moved =
        c.s.decisions
            .update(&c.ingrid, &c.id, &decision.id, &update)
            .await
            .expect("moved");
    assert_conflict(
        c.s.decisions
            .update(&c.ingrid, &c.id, &decision.id, &update)
            .await,
        "error-stale",
    );
    let outcome = DecisionOutcome {
        decided_on: today(),
        reasons: Some("De kinderrechter vindt hulp nodig.".into()),
        version: moved.version,
    };
    let decided =
        c.s.decisions
            .record_outcome(&c.ingrid, &c.id, &decision.id, &outcome)
            .await
            .expect("decided");
    assert_eq!(decided.decided_on, Some(today()));
    // The appeal deadline of an OTS now runs for the parents.
    let coming = page(&c, "sanne", "/wat-komt-eraan").await;
    let last_day = app::i18n::format_date(app::i18n::Lang::NL, today() + time::Duration::days(91));
    assert!(coming.contains("Daarvoor heb je tot"), "{coming}");
    assert!(
        coming.contains("hoger beroep") || coming.contains(&last_day),
        "{coming}"
    );
    // A taken decision does not change any more, and cannot be withdrawn.
    assert_conflict(
        c.s.decisions
            .update(
                &c.ingrid,
                &c.id,
                &decision.id,
                &DecisionUpdate {
                    version: decided.version,
                    ..update.clone()
                },
            )
            .await,
        "error-decision-decided",
    );
    assert_conflict(
        c.s.decisions
            .withdraw(&c.ingrid, &c.id, &decision.id, decided.version)
            .await,
        "error-decision-decided",
    );
    assert_fields(
        c.s.decisions
            .record_outcome(
                &c.ingrid,
                &c.id,
                &decision.id,
                &DecisionOutcome {
                    decided_on: today() + time::Duration::days(3),
                    version: decided.version,
                    ..outcome.clone()
                },
            )
            .await,
        &["decided_on"],
    );
    // Refused: a youth records no decisions.
    let noor = as_subject(&demo_subject(&c.app, "noor").await);
    assert_eq!(
        c.s.decisions.create(&noor, &c.id, &new).await.err(),
        Some(AppError::NotFound)
    );
    let coming =
        c.s.decisions
            .create(&c.vaste, &c.id, &new)
            .await
            .expect("another");
    c.s.decisions
        .withdraw(&c.vaste, &c.id, &coming.id, coming.version)
        .await
        .expect("withdrawn");
    assert_eq!(
        c.s.decisions.get(&c.vaste, &c.id, &coming.id).await.err(),
        Some(AppError::NotFound)
    );
    assert_eq!(changes(&c, "decisions").await, 5);
}

#[tokio::test]
async fn a_meeting_is_seen_by_its_attendees_and_never_by_another_family_member() {
    let c = lelystad().await;
    let sanne: PersonId = demo_subject(&c.app, "sanne")
        .await
        .parts()
        .1
        .parse()
        .ok()
        .expect("id");
    let new = NewMeeting {
        kind: MeetingKind::Gesprek,
        date: today() + time::Duration::days(4),
        time: time!(14:15),
        place: "Huisbezoek, Schuilstraat 9".into(),
        organisation: None,
        professionals: vec![c.fatima.clone()],
        persons: vec![sanne.clone()],
        visibility: MeetingVisibility::Attendees,
    };
    let meeting =
        c.s.meetings
            .create(&c.vaste, &c.id, &new)
            .await
            .expect("planned");
    assert!(page(&c, "sanne", "/afspraken")
        .await
        .contains("Schuilstraat 9"));
    for other in ["mark", "noor", "daan"] {
        let seen = page(&c, other, "/afspraken").await;
        assert!(
            !seen.contains("Schuilstraat") && !seen.contains("14:15"),
            "{other}: {seen}"
        );
    }
    // Hydration data and JSON carry it neither.
    c.app.set_session_cookie(None);
    c.app.demo_sign_in("mark").await;
    let json = c
        .app
        .call(
            app::api::case_pages::CaseMeetings::PATH,
            &[("case_id", c.id.as_str())],
        )
        .await;
    assert!(!json.body.contains("Schuilstraat"), "{}", json.body);
    let update = MeetingUpdate {
        date: new.date,
        time: time!(15:00),
        place: new.place.clone(),
        professionals: new.professionals.clone(),
        persons: new.persons.clone(),
        visibility: MeetingVisibility::Attendees,
        version: meeting.version,
    };
    let moved =
        c.s.meetings
            .update(&c.ingrid, &c.id, &meeting.id, &update)
            .await
            .expect("moved");
    assert_eq!(moved.time, time!(15:00));
    assert_conflict(
        c.s.meetings
            .update(&c.ingrid, &c.id, &meeting.id, &update)
            .await,
        "error-stale",
    );
    // Someone from another family cannot be invited; a day gone by cannot be chosen.
    let elif: PersonId = demo_subject(&c.app, "elif")
        .await
        .parts()
        .1
        .parse()
        .ok()
        .expect("id");
    assert_fields(
        c.s.meetings
            .create(
                &c.vaste,
                &c.id,
                &NewMeeting {
                    persons: vec![elif],
                    date: today() - time::Duration::days(1),
                    place: String::new(),
                    ..new.clone()
                },
            )
            .await,
        &["attendees", "date", "place"],
    );
    assert_eq!(
        c.s.meetings.create(&c.sanne, &c.id, &new).await.err(),
        Some(AppError::NotFound)
    );
    c.s.meetings
        .cancel(&c.vaste, &c.id, &meeting.id, moved.version)
        .await
        .expect("cancelled");
    assert!(!page(&c, "sanne", "/afspraken")
        .await
        .contains("Schuilstraat"));
    assert_eq!(changes(&c, "meetings").await, 3);
}

#[tokio::test]
async fn the_demo_parents_own_conversation_is_hers_and_the_hearing_everyones() {
    let c = lelystad().await;
    let sannes = page(&c, "sanne", "/afspraken").await;
    assert!(sannes.contains("Stationsplein 5"), "{sannes}");
    let marks = page(&c, "mark", "/afspraken").await;
    assert!(!marks.contains("Stationsplein 5"), "{marks}");
    assert!(
        marks.contains("Rechtbank Midden-Nederland"),
        "the hearing is for the whole family"
    );
}

#[tokio::test]
async fn a_document_is_listed_changed_and_withdrawn() {
    let c = lelystad().await;
    let raad: OrganisationId =
        sqlx::query_scalar::<_, String>("SELECT id FROM organisations WHERE kind = 'raad'")
            .fetch_one(&c.app.db.pool)
            .await
            .expect("raad")
            .parse()
            .ok()
            .expect("id");
    let new = NewDocument {
        kind: DocumentKind::Raadsrapport,
        dated: today(),
        organisation: raad,
        status: DocumentStatus::Concept,
        react_until: Some(today() + time::Duration::days(14)),
    };
    let before = page(&c, "sanne", "/documenten")
        .await
        .matches("<li")
        .count();
    let document =
        c.s.documents
            .create(&c.ingrid, &c.id, &new)
            .await
            .expect("listed");
    assert_eq!(
        page(&c, "sanne", "/documenten")
            .await
            .matches("<li")
            .count(),
        before + 1
    );
    let update = DocumentUpdate {
        status: DocumentStatus::Definitief,
        react_until: None,
        version: document.version,
    };
    let done =
        c.s.documents
            .update(&c.ingrid, &c.id, &document.id, &update)
            .await
            .expect("final");
    assert_eq!(done.status, DocumentStatus::Definitief);
    assert_conflict(
        c.s.documents
            .update(&c.ingrid, &c.id, &document.id, &update)
            .await,
        "error-stale",
    );
    assert_fields(
        c.s.documents
            .update(
                &c.ingrid,
                &c.id,
                &document.id,
                &DocumentUpdate {
                    react_until: Some(today() - time::Duration::days(1)),
                    version: done.version,
                    ..update.clone()
                },
            )
            .await,
        &["react_until"],
    );
    assert_eq!(
        c.s.documents.create(&c.sanne, &c.id, &new).await.err(),
        Some(AppError::NotFound)
    );
    c.s.documents
        .withdraw(&c.ingrid, &c.id, &document.id, done.version)
        .await
        .expect("withdrawn");
    assert_eq!(
        page(&c, "sanne", "/documenten")
            .await
            .matches("<li")
            .count(),
        before
    );
    assert_eq!(changes(&c, "documents").await, 3);
}

#[tokio::test]
async fn a_refused_change_leaves_no_change_in_the_familys_access_log() {
    let c = lelystad().await;
    let noor: PersonId = demo_subject(&c.app, "noor")
        .await
        .parts()
        .1
        .parse()
        .ok()
        .expect("id");
    let key = IdempotencyKey::random();
    c.s.messages
        .send(
            &c.vaste,
            &c.id,
            &Line::Of(noor.clone()),
            "Ik bel je morgen.",
            &key,
        )
        .await
        .expect("sent");
    // The same key again: a retry stores nothing and logs nothing.
    c.s.messages
        .send(
            &c.vaste,
            &c.id,
            &Line::Of(noor.clone()),
            "Ik bel je morgen.",
            &key,
        )
        .await
        .expect("retry");
    // The same key with other words: refused, not logged.
    assert_eq!(
        c.s.messages
            .send(
                &c.vaste,
                &c.id,
                &Line::Of(noor.clone()),
                "Iets anders",
                &key
            )
            .await
            .err(),
        Some(AppError::invalid("error-message-key-reused"))
    );
    // The raadsonderzoeker does not answer the family's messages: refused, not logged.
    assert_eq!(
        c.s.messages
            .send(
                &c.ingrid,
                &c.id,
                &Line::Of(noor),
                "Hallo",
                &IdempotencyKey::random()
            )
            .await
            .err(),
        Some(AppError::NotFound)
    );
    assert_eq!(changes(&c, "messages").await, 1);
    let log = page(&c, "noor", "/bekeken").await;
    assert_eq!(log.matches("de berichten veranderd").count(), 1, "{log}");
}

#[tokio::test]
async fn writes_of_several_professionals_at_once_keep_one_unbroken_access_log() {
    let c = lelystad().await;
    let new = NewDecision {
        kind: DecisionKind::Omgang,
        started_on: None,
        expected_on: None,
        concerns: None,
    };
    let mut tasks = vec![];
    for ctx in [
        c.vaste.clone(),
        c.ingrid.clone(),
        c.vaste.clone(),
        c.ingrid.clone(),
    ] {
        let (s, id, new) = (c.s.clone(), c.id.clone(), new.clone());
        tasks.push(tokio::spawn(async move {
            s.decisions.create(&ctx, &id, &new).await
        }));
    }
    for t in tasks {
        t.await.expect("join").expect("created");
    }
    assert_eq!(changes(&c, "decisions").await, 4);
    let v = server::access::log::verify(&c.app.db)
        .await
        .expect("verify");
    assert_eq!(v.broken_at, None);
    assert!(c
        .s
        .cases
        .open(&c.sanne, &c.id, Action::ViewCaseOverview)
        .await
        .is_ok());
}
