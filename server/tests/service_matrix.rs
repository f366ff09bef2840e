//! The authorization matrix of the case services themselves — what the pages, the console and
//! the integration API all call: every service function × every actor kind, on the actors' own
//! case and on another case, against a written-out table. A service function in
//! `app/src/api/services.rs` that has no row here fails the coverage test.

use crate::common;

use std::collections::BTreeSet;

use app::api::context::RequestContext;
use app::api::services::Services;
use app::domain::decisions::DecisionKind;
use app::domain::ids::{
    AssignmentId, CaseId, DecisionId, DocumentId, IdempotencyKey, InputId, MeetingId,
    OrganisationId, PersonId, ProfessionalId, StepId,
};
use app::domain::journey::{DocumentKind, DocumentStatus, MeetingKind, StepKind, StepState};
use app::domain::policy::MeetingVisibility;
use app::domain::team::ChangeReason;
use app::domain::{Action, FamilyRelation, Phase, ProfessionalRole};
use app::error::AppError;
use app::i18n::Lang;
use app::model::case::{CaseClosing, CaseUpdate, NewCase};
use app::model::decision::{DecisionOutcome, DecisionUpdate, NewDecision};
use app::model::document::{DocumentUpdate, NewDocument, NewFile};
use app::model::input::{InputDraft, InputOn};
use app::model::meeting::{MeetingUpdate, NewMeeting};
use app::model::message::Line;
use app::model::people::{NewMember, PersonUpdate, RelationUpdate};
use app::model::team::{AssignmentUpdate, NewAssignment, VasteChange};
use app::model::timeline::{NewStep, PhaseChange, StepUpdate};
use app::model::wording::WordingStatus;
use common::{add_member, add_staff, as_subject, demo_subject, spawn_app, TestApp};
use time::macros::time;

use common::actors::*;

/// Sanne's thread, named by her id: Sanne herself and those who answer.
const SANNES_LINE: &str = "YNNNNNNYYNNNNNU";

/// Service functions about a case: (name, expected answers on the actors' own case). On
/// another case every actor gets N (anonymous U). The ones that change who is vaste
/// professional or close the case run last, so the others meet the case as it was.
const CASE_ROWS: &[(&str, &str)] = &[
    ("CaseService::open", FAMILY_AND_PROS),
    ("CaseService::get", FAMILY_AND_PROS),
    ("CaseService::access_log", FAMILY_ONLY),
    ("CaseService::update", VASTE_ONLY),
    ("PeopleService::members", FAMILY_AND_PROS),
    ("PeopleService::add_member", VASTE_ONLY),
    ("PeopleService::update_person", VASTE_ONLY),
    ("PeopleService::update_relation", VASTE_ONLY),
    ("PeopleService::end_relation", VASTE_ONLY),
    ("TeamService::team", FAMILY_AND_PROS),
    ("TeamService::history", FAMILY_AND_PROS),
    ("TeamService::organisations", FAMILY_AND_PROS),
    ("TeamService::unseen_change", FAMILY_AND_PROS),
    ("TeamService::acknowledge_change", FAMILY_ONLY),
    ("TeamService::assign", VASTE_ONLY),
    ("TeamService::update_assignment", VASTE_ONLY),
    ("TeamService::end_assignment", VASTE_ONLY),
    ("TimelineService::steps", FAMILY_AND_PROS),
    ("TimelineService::change_phase", PROS_ON_CASE),
    ("TimelineService::add_step", PROS_ON_CASE),
    ("TimelineService::update_step", PROS_ON_CASE),
    ("TimelineService::remove_step", PROS_ON_CASE),
    ("DecisionService::list", FAMILY_AND_PROS),
    ("DecisionService::get", FAMILY_AND_PROS),
    ("DecisionService::create", PROS_ON_CASE),
    ("DecisionService::update", PROS_ON_CASE),
    ("DecisionService::record_outcome", PROS_ON_CASE),
    ("DecisionService::withdraw", PROS_ON_CASE),
    ("MeetingService::list", FAMILY_AND_PROS),
    ("MeetingService::create", PROS_ON_CASE),
    ("MeetingService::update", PROS_ON_CASE),
    ("MeetingService::cancel", PROS_ON_CASE),
    ("DocumentService::list", NO_CHILD_UNDER_12),
    ("DocumentService::get", NO_CHILD_UNDER_12),
    ("DocumentService::create", PROS_ON_CASE),
    ("DocumentService::upload", PROS_ON_CASE),
    ("DocumentService::file", NO_CHILD_UNDER_12),
    ("DocumentService::update", PROS_ON_CASE),
    ("DocumentService::withdraw", PROS_ON_CASE),
    ("MessageService::threads", ANSWERERS),
    ("MessageService::thread", OWN_LINE),
    ("MessageService::thread of sanne", SANNES_LINE),
    ("MessageService::send", OWN_LINE),
    ("MessageService::send to sanne", SANNES_LINE),
    ("MessageService::raise_unsafe", CHILDREN_AND_YOUTHS),
    ("MessageService::unread_answers", OWN_LINE),
    ("MessageService::alerts", FAMILY_AND_PROS),
    ("InputService::for_item", FAMILY_AND_PROS),
    // The reactions on a document are for those who may see the document.
    ("InputService::for_item on a document", NO_CHILD_UNDER_12),
    ("InputService::save_draft", OWN_LINE),
    ("InputService::send", OWN_LINE),
    ("InputService::send on a document", OWN_LINE),
    ("InputService::handle", PROS_ON_CASE),
    ("InputService::handle on a document", PROS_ON_CASE),
    ("IdentityService::family_access", VASTE_ONLY),
    ("IdentityService::issue_code", VASTE_ONLY),
    ("CaseService::close", VASTE_ONLY),
    // Last: after it the vaste professional of the actor list is someone else.
    ("TeamService::change_vaste", VASTE_ONLY),
];

/// Service functions not about one case: (name, expected answers).
const SELF_ROWS: &[(&str, &str)] = &[
    ("CaseService::mine", "YYYYYYYYYYYYYYU"),
    // Opening a case is for professionals: anyone who is one, before they are on it.
    ("CaseService::create", "NNNNNNNYYYYNNNU"),
    ("AccountService::me", "YYYYYYYYYYYYYYU"),
    // "Mijn gezinnen": any professional's own caseload.
    ("WorkService::families", "NNNNNNNYYYYNNNU"),
    ("WorkService::roles", "NNNNNNNYYYYNNNU"),
    ("WorkService::colleagues", "NNNNNNNYYYYNNNU"),
    ("AbsenceService::own", "NNNNNNNYYYYNNNU"),
    ("AbsenceService::substitutes", "NNNNNNNYYYYNNNU"),
    ("AbsenceService::report", "NNNNNNNYYYYNNNU"),
    ("AbsenceService::cancel", "NNNNNNNYYYYNNNU"),
    // Onboarding is the administrator's alone (and never a family's data).
    ("StaffService::organisations", ADMINISTRATOR_ONLY),
    ("StaffService::add_organisation", ADMINISTRATOR_ONLY),
    ("StaffService::members", ADMINISTRATOR_ONLY),
    ("StaffService::add_member", ADMINISTRATOR_ONLY),
    ("StaffService::issue_code", ADMINISTRATOR_ONLY),
    ("StaffService::leave", ADMINISTRATOR_ONLY),
    ("ApiKeyService::api_keys", ADMINISTRATOR_ONLY),
    ("ApiKeyService::issue_api_key", ADMINISTRATOR_ONLY),
    ("ApiKeyService::revoke_api_key", ADMINISTRATOR_ONLY),
    ("StaffService::set_may_accept", ADMINISTRATOR_ONLY),
    // The texts families read: reviewers and administrators, never a case.
    ("WordingService::reviewer", REVIEWERS),
    ("WordingService::states", REVIEWERS),
    ("WordingService::approved_counts", REVIEWERS),
    ("WordingService::history", REVIEWERS),
    ("WordingService::comment", REVIEWERS),
    ("WordingService::suggest", REVIEWERS),
    ("WordingService::set_status", REVIEWERS),
    // Accepting needs the right: an administrator's, or a reviewer's given it (wording.rs).
    ("WordingService::accept", ADMINISTRATOR_ONLY),
    ("WordingService::page_index", REVIEWERS),
    ("WordingService::example_people", REVIEWERS),
    ("WordingService::example_landing", REVIEWERS),
];

/// Reviewers (ervaringsdeskundigen) and administrators.
const REVIEWERS: &str = "NNNNNNNNNNNNYYU";

/// Only the administrator (an active one: see `staff.rs` for one who left).
const ADMINISTRATOR_ONLY: &str = "NNNNNNNNNNNNNYU";

/// Service functions with tests of their own: each acts on the caller's own account or runs
/// before anyone is signed in, and takes no other person's case.
const ELSEWHERE: &[(&str, &str)] = &[
    ("IdentityService::settings", "matrix.rs (own session)"),
    (
        "IdentityService::revoke_passkey",
        "matrix.rs (the parent's object)",
    ),
    (
        "IdentityService::dismiss_notice",
        "matrix.rs (the parent's object)",
    ),
    ("IdentityService::push_subscribe", "matrix.rs (own session)"),
    (
        "IdentityService::push_unsubscribe",
        "matrix.rs (the parent's object)",
    ),
    (
        "IdentityService::end_sessions",
        "matrix.rs (the parent's object)",
    ),
    ("IdentityService::redeem_code", "identity.rs"),
    ("IdentityService::start_registration", "passkeys.spec.ts"),
    (
        "IdentityService::finish_registration",
        "identity.rs, passkeys.spec.ts",
    ),
    ("IdentityService::start_sign_in", "passkeys.spec.ts"),
    (
        "IdentityService::finish_sign_in",
        "identity.rs, passkeys.spec.ts",
    ),
    ("DemoService::people", "demo_mode.rs"),
    ("DemoService::sign_in_as", "demo_mode.rs"),
];

struct World {
    app: TestApp,
    s: Services,
    own: CaseId,
    other: CaseId,
    actors: Vec<RequestContext>,
    vaste: RequestContext,
    sanne: RequestContext,
    sanne_id: PersonId,
    fatima: ProfessionalId,
    wijkteam: OrganisationId,
    decision: DecisionId,
}

async fn id_of<T: std::str::FromStr>(app: &TestApp, sql: &str, bind: &str) -> T {
    let text: String = sqlx::query_scalar(sql)
        .bind(bind)
        .fetch_one(&app.db.pool)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
    text.parse().ok().expect("an id")
}

async fn world() -> World {
    let app = spawn_app(true).await;
    let sanne = demo_subject(&app, "sanne").await;
    let own: CaseId = id_of(
        &app,
        "SELECT case_id FROM case_members WHERE person_id = $1",
        sanne.parts().1,
    )
    .await;
    let anouk = demo_subject(&app, "anouk").await;
    let other: CaseId = id_of(
        &app,
        "SELECT case_id FROM case_members WHERE person_id = $1",
        anouk.parts().1,
    )
    .await;
    let subjects = vec![
        Some(sanne.clone()),
        Some(add_member(&app, own.as_str(), "parent", false, 40).await),
        Some(add_member(&app, own.as_str(), "ex-partner", false, 41).await),
        Some(add_member(&app, own.as_str(), "child", false, 19).await),
        Some(add_member(&app, own.as_str(), "child", false, 16).await),
        Some(demo_subject(&app, "noor").await),
        Some(demo_subject(&app, "daan").await),
        Some(demo_subject(&app, "fatima").await),
        Some(demo_subject(&app, "joost").await),
        Some(demo_subject(&app, "ingrid").await),
        Some(demo_subject(&app, "rik").await),
        Some(demo_subject(&app, "elif").await),
        Some(add_staff(&app, "reviewer").await),
        Some(add_staff(&app, "administrator").await),
        None,
    ];
    let fatima = demo_subject(&app, "fatima").await;
    let decision: DecisionId = id_of(
        &app,
        "SELECT id FROM decisions WHERE case_id = $1 AND decided_on IS NULL ORDER BY id LIMIT 1",
        own.as_str(),
    )
    .await;
    let wijkteam: OrganisationId = id_of(
        &app,
        "SELECT id FROM organisations WHERE name = $1",
        "Wijkteam Lelystad",
    )
    .await;
    World {
        s: app.services.services(),
        own,
        other,
        actors: subjects
            .into_iter()
            .map(RequestContext::for_subject)
            .collect(),
        vaste: as_subject(&fatima),
        sanne_id: sanne.parts().1.parse().ok().expect("person id"),
        sanne: as_subject(&sanne),
        fatima: fatima.parts().1.parse().ok().expect("professional id"),
        wijkteam,
        decision,
        app,
    }
}

fn today() -> time::Date {
    app::domain::calendar::dutch_today()
}

/// Things to act on, made by the vaste professional (who may), fresh for each call.
impl World {
    async fn decision(&self) -> DecisionId {
        self.s
            .decisions
            .create(
                &self.vaste,
                &self.own,
                &NewDecision {
                    kind: DecisionKind::Ots,
                    started_on: Some(today()),
                    expected_on: Some(today() + time::Duration::days(30)),
                    concerns: None,
                },
            )
            .await
            .expect("decision")
            .id
    }

    async fn step(&self) -> StepId {
        self.s
            .timeline
            .add_step(
                &self.vaste,
                &self.own,
                &NewStep {
                    kind: StepKind::Zitting,
                    state: StepState::Expected,
                    on: Some(today() + time::Duration::days(10)),
                    organisation: None,
                },
            )
            .await
            .expect("step")
            .id
    }

    async fn meeting(&self) -> MeetingId {
        self.s
            .meetings
            .create(&self.vaste, &self.own, &self.new_meeting())
            .await
            .expect("meeting")
            .id
    }

    fn new_meeting(&self) -> NewMeeting {
        NewMeeting {
            kind: MeetingKind::Gesprek,
            date: today() + time::Duration::days(3),
            time: time!(10:00),
            place: "Wijkteam Lelystad".into(),
            organisation: None,
            professionals: vec![self.fatima.clone()],
            persons: vec![],
            visibility: MeetingVisibility::Attendees,
        }
    }

    fn new_document(&self) -> NewDocument {
        NewDocument {
            kind: DocumentKind::Gezinsplan,
            dated: today(),
            organisation: self.wijkteam.clone(),
            status: DocumentStatus::Concept,
            react_until: None,
        }
    }

    fn pdf(&self) -> NewFile {
        NewFile {
            name: "Plan.pdf".into(),
            bytes: b"%PDF-1.4\n%%EOF\n".to_vec(),
        }
    }

    async fn pdf_document(&self) -> DocumentId {
        self.s
            .documents
            .upload(&self.vaste, &self.own, &self.new_document(), &self.pdf())
            .await
            .expect("document with a file")
            .id
    }

    async fn reaction(&self) -> InputId {
        let document = self.document().await;
        self.s
            .inputs
            .send(
                &self.sanne,
                &self.own,
                &InputOn::Document(document.clone()),
                &draft(),
                &IdempotencyKey::random(),
            )
            .await
            .expect("reaction");
        id_of(
            &self.app,
            "SELECT id FROM decision_inputs WHERE document_id = $1",
            document.as_str(),
        )
        .await
    }

    async fn document(&self) -> DocumentId {
        self.s
            .documents
            .create(&self.vaste, &self.own, &self.new_document())
            .await
            .expect("document")
            .id
    }

    async fn member(&self) -> PersonId {
        let subject = add_member(&self.app, self.own.as_str(), "child", false, 8).await;
        subject.parts().1.parse().ok().expect("person id")
    }

    /// A professional of the Wijkteam Lelystad who is not on the case yet.
    async fn professional(&self) -> ProfessionalId {
        let id = ProfessionalId::random();
        let mut tx = self.app.db.begin_write().await.expect("begin");
        server::store::organisations::insert_professional(
            &mut tx,
            &server::store::organisations::NewProfessional {
                id: &id,
                organisation: &self.wijkteam,
                given_name: "Nieuwe",
                family_name: "Collega",
                phone: None,
                email: None,
                reach_days: "1,2",
                reach_from: None,
                reach_until: None,
            },
        )
        .await
        .expect("professional");
        tx.commit().await.expect("commit");
        id
    }

    async fn assignment(&self) -> AssignmentId {
        let professional = self.professional().await;
        self.s
            .team
            .assign(
                &self.vaste,
                &self.own,
                &NewAssignment {
                    professional,
                    role: ProfessionalRole::Wijkteammedewerker,
                    from: today(),
                },
            )
            .await
            .expect("assignment")
            .assignment
    }

    async fn input(&self) -> InputId {
        let decision = self.decision().await;
        self.s
            .inputs
            .send(
                &self.sanne,
                &self.own,
                &InputOn::Decision(decision.clone()),
                &draft(),
                &IdempotencyKey::random(),
            )
            .await
            .expect("input");
        id_of(
            &self.app,
            "SELECT id FROM decision_inputs WHERE decision_id = $1",
            decision.as_str(),
        )
        .await
    }

    async fn vaste_assignment(&self) -> AssignmentId {
        id_of(
            &self.app,
            "SELECT id FROM case_professionals WHERE case_id = $1 AND is_vaste = 1 AND valid_until IS NULL",
            self.own.as_str(),
        )
        .await
    }

    async fn case_version(&self) -> i64 {
        self.s
            .cases
            .open(&self.vaste, &self.own, Action::ViewCaseOverview)
            .await
            .map(|o| o.case.version)
            .unwrap_or(1)
    }
}

fn absence() -> app::model::team::NewAbsence {
    app::model::team::NewAbsence {
        period: app::domain::absence::Period {
            first_day: today(),
            last_day: today(),
        },
        reason: app::domain::absence::AbsenceReason::Course,
        substitute: None,
    }
}

fn draft() -> InputDraft {
    InputDraft {
        stance: None,
        body: "Ik wil graag meepraten.".into(),
        shared: false,
    }
}

/// Call service function `name` as `ctx` on `case`, with fresh things to act on.
async fn call(w: &World, name: &str, ctx: &RequestContext, case: &CaseId) -> Result<(), AppError> {
    let s = &w.s;
    let key = IdempotencyKey::random;
    match name {
        "CaseService::open" => s
            .cases
            .open(ctx, case, Action::ViewCaseOverview)
            .await
            .map(drop),
        "CaseService::access_log" => s.cases.access_log(ctx, case).await.map(drop),
        "CaseService::get" => s.cases.get(ctx, case).await.map(drop),
        "CaseService::update" => {
            let version = w.case_version().await;
            s.cases
                .update(
                    ctx,
                    case,
                    &CaseUpdate {
                        family_name: "Bakker".into(),
                        municipality: "Lelystad".into(),
                        version,
                    },
                )
                .await
                .map(drop)
        }
        "CaseService::close" => {
            let version = w.case_version().await;
            s.cases
                .close(
                    ctx,
                    case,
                    &CaseClosing {
                        on: today(),
                        version,
                    },
                )
                .await
                .map(drop)
        }
        "PeopleService::members" => s.people.members(ctx, case).await.map(drop),
        "PeopleService::add_member" => s
            .people
            .add_member(
                ctx,
                case,
                &NewMember {
                    given_name: "Kim".into(),
                    family_name: "Bakker".into(),
                    birth_date: today() - time::Duration::days(3000),
                    relation: FamilyRelation::Child,
                    gezag: false,
                    contact: Default::default(),
                    from: today(),
                },
            )
            .await
            .map(drop),
        "PeopleService::update_person" => {
            let person = w.member().await;
            s.people
                .update_person(
                    ctx,
                    case,
                    &person,
                    &PersonUpdate {
                        given_name: "Kim".into(),
                        family_name: "Bakker".into(),
                        birth_date: today() - time::Duration::days(3000),
                        contact: Default::default(),
                        version: 1,
                    },
                )
                .await
                .map(drop)
        }
        "PeopleService::update_relation" => {
            let person = w.member().await;
            s.people
                .update_relation(
                    ctx,
                    case,
                    &person,
                    &RelationUpdate {
                        gezag: false,
                        version: 1,
                    },
                )
                .await
                .map(drop)
        }
        "PeopleService::end_relation" => {
            let person = w.member().await;
            s.people.end_relation(ctx, case, &person, today()).await
        }
        "TeamService::team" => s.team.team(ctx, case).await.map(drop),
        "TeamService::history" => s.team.history(ctx, case).await.map(drop),
        "TeamService::organisations" => s.team.organisations(ctx, case).await.map(drop),
        "TeamService::unseen_change" => s.team.unseen_change(ctx, case).await.map(drop),
        "TeamService::acknowledge_change" => {
            let change = w.vaste_assignment().await;
            s.team.acknowledge_change(ctx, case, &change).await
        }
        "TeamService::assign" => {
            let professional = w.professional().await;
            s.team
                .assign(
                    ctx,
                    case,
                    &NewAssignment {
                        professional,
                        role: ProfessionalRole::Wijkteammedewerker,
                        from: today(),
                    },
                )
                .await
                .map(drop)
        }
        "TeamService::update_assignment" => {
            let assignment = w.assignment().await;
            s.team
                .update_assignment(
                    ctx,
                    case,
                    &assignment,
                    &AssignmentUpdate {
                        role: ProfessionalRole::Wijkteammedewerker,
                        version: 1,
                    },
                )
                .await
                .map(drop)
        }
        "TeamService::end_assignment" => {
            let assignment = w.assignment().await;
            s.team.end_assignment(ctx, case, &assignment, today()).await
        }
        "TeamService::change_vaste" => {
            let professional = w.professional().await;
            s.team
                .change_vaste(
                    ctx,
                    case,
                    &VasteChange {
                        professional,
                        role: ProfessionalRole::Wijkteammedewerker,
                        reason: ChangeReason::Leave,
                        handover: "Ik neem het over tijdens het verlof van Fatima.".into(),
                        on: today(),
                    },
                )
                .await
                .map(drop)
        }
        "TimelineService::steps" => s.timeline.steps(ctx, case).await.map(drop),
        "TimelineService::change_phase" => {
            let opened = s
                .cases
                .open(&w.vaste, &w.own, Action::ViewCaseOverview)
                .await?;
            let phase = if opened.case.phase == Phase::Kinderrechter {
                Phase::Raadsonderzoek
            } else {
                Phase::Kinderrechter
            };
            s.timeline
                .change_phase(
                    ctx,
                    case,
                    &PhaseChange {
                        phase,
                        on: today(),
                        organisation: None,
                        version: opened.case.version,
                    },
                )
                .await
                .map(drop)
        }
        "TimelineService::add_step" => s
            .timeline
            .add_step(
                ctx,
                case,
                &NewStep {
                    kind: StepKind::Evaluatie,
                    state: StepState::Expected,
                    on: None,
                    organisation: None,
                },
            )
            .await
            .map(drop),
        "TimelineService::update_step" => {
            let step = w.step().await;
            s.timeline
                .update_step(
                    ctx,
                    case,
                    &step,
                    &StepUpdate {
                        state: StepState::Expected,
                        on: None,
                        version: 1,
                    },
                )
                .await
                .map(drop)
        }
        "TimelineService::remove_step" => {
            let step = w.step().await;
            s.timeline.remove_step(ctx, case, &step, 1).await
        }
        "DecisionService::list" => s.decisions.list(ctx, case).await.map(drop),
        "DecisionService::get" => s.decisions.get(ctx, case, &w.decision).await.map(drop),
        "DecisionService::create" => s
            .decisions
            .create(
                ctx,
                case,
                &NewDecision {
                    kind: DecisionKind::Omgang,
                    started_on: None,
                    expected_on: None,
                    concerns: None,
                },
            )
            .await
            .map(drop),
        "DecisionService::update" => {
            let decision = w.decision().await;
            s.decisions
                .update(
                    ctx,
                    case,
                    &decision,
                    &DecisionUpdate {
                        started_on: None,
                        expected_on: Some(today()),
                        version: 1,
                    },
                )
                .await
                .map(drop)
        }
        "DecisionService::record_outcome" => {
            let decision = w.decision().await;
            s.decisions
                .record_outcome(
                    ctx,
                    case,
                    &decision,
                    &DecisionOutcome {
                        decided_on: today(),
                        reasons: Some("De kinderrechter vond het nodig.".into()),
                        version: 1,
                    },
                )
                .await
                .map(drop)
        }
        "DecisionService::withdraw" => {
            let decision = w.decision().await;
            s.decisions.withdraw(ctx, case, &decision, 1).await
        }
        "MeetingService::list" => s.meetings.list(ctx, case).await.map(drop),
        "MeetingService::create" => s
            .meetings
            .create(ctx, case, &w.new_meeting())
            .await
            .map(drop),
        "MeetingService::update" => {
            let meeting = w.meeting().await;
            let m = w.new_meeting();
            s.meetings
                .update(
                    ctx,
                    case,
                    &meeting,
                    &MeetingUpdate {
                        date: m.date,
                        time: time!(11:30),
                        place: m.place,
                        professionals: m.professionals,
                        persons: m.persons,
                        visibility: m.visibility,
                        version: 1,
                    },
                )
                .await
                .map(drop)
        }
        "MeetingService::cancel" => {
            let meeting = w.meeting().await;
            s.meetings.cancel(ctx, case, &meeting, 1).await
        }
        "DocumentService::list" => s.documents.list(ctx, case).await.map(drop),
        "DocumentService::get" => {
            let document = w.document().await;
            s.documents.get(ctx, case, &document).await.map(drop)
        }
        "DocumentService::upload" => s
            .documents
            .upload(ctx, case, &w.new_document(), &w.pdf())
            .await
            .map(drop),
        "DocumentService::file" => {
            let document = w.pdf_document().await;
            s.documents.file(ctx, case, &document).await.map(drop)
        }
        "DocumentService::create" => s
            .documents
            .create(ctx, case, &w.new_document())
            .await
            .map(drop),
        "DocumentService::update" => {
            let document = w.document().await;
            s.documents
                .update(
                    ctx,
                    case,
                    &document,
                    &DocumentUpdate {
                        status: DocumentStatus::Definitief,
                        react_until: None,
                        version: 1,
                    },
                )
                .await
                .map(drop)
        }
        "DocumentService::withdraw" => {
            let document = w.document().await;
            s.documents.withdraw(ctx, case, &document, 1).await
        }
        "MessageService::threads" => s.messages.threads(ctx, case).await.map(drop),
        "MessageService::thread" => s.messages.thread(ctx, case, &Line::Own).await.map(drop),
        "MessageService::thread of sanne" => s
            .messages
            .thread(ctx, case, &Line::Of(w.sanne_id.clone()))
            .await
            .map(drop),
        "MessageService::send" => s
            .messages
            .send(ctx, case, &Line::Own, "Hallo", &key())
            .await
            .map(drop),
        "MessageService::send to sanne" => s
            .messages
            .send(
                ctx,
                case,
                &Line::Of(w.sanne_id.clone()),
                "Hallo Sanne",
                &key(),
            )
            .await
            .map(drop),
        "MessageService::raise_unsafe" => s
            .messages
            .raise_unsafe(ctx, case, "", &key())
            .await
            .map(drop),
        "MessageService::alerts" => s.messages.alerts(ctx, case).await.map(drop),
        "MessageService::unread_answers" => s.messages.unread_answers(ctx, case).await.map(drop),
        "InputService::for_item" => s
            .inputs
            .for_item(ctx, case, &InputOn::Decision(w.decision.clone()))
            .await
            .map(drop),
        "InputService::for_item on a document" => {
            let document = InputOn::Document(w.document().await);
            s.inputs.for_item(ctx, case, &document).await.map(drop)
        }
        "InputService::save_draft" => {
            let decision = InputOn::Decision(w.decision().await);
            s.inputs.save_draft(ctx, case, &decision, &draft()).await
        }
        "InputService::send" => {
            let decision = InputOn::Decision(w.decision().await);
            s.inputs.send(ctx, case, &decision, &draft(), &key()).await
        }
        "InputService::send on a document" => {
            let document = InputOn::Document(w.document().await);
            s.inputs.send(ctx, case, &document, &draft(), &key()).await
        }
        "InputService::handle on a document" => {
            let input = w.reaction().await;
            s.inputs
                .handle(ctx, case, &input, Some("Aangepast in het plan."))
                .await
        }
        "InputService::handle" => {
            let input = w.input().await;
            s.inputs
                .handle(ctx, case, &input, Some("Meegewogen in het plan."))
                .await
        }
        "IdentityService::family_access" => s.identity.family_access(ctx, case).await.map(drop),
        "IdentityService::issue_code" => {
            let person = w.member().await;
            s.identity.issue_code(ctx, case, &person).await.map(drop)
        }
        other => panic!("no call for {other}"),
    }
}

async fn call_self(w: &World, name: &str, ctx: &RequestContext) -> Result<(), AppError> {
    let s = &w.s;
    match name {
        "CaseService::mine" => s.cases.mine(ctx).await.map(drop),
        "CaseService::create" => s
            .cases
            .create(
                ctx,
                &NewCase {
                    family_name: "Visser".into(),
                    municipality: "Zeewolde".into(),
                    phase: Phase::Melding,
                    reported_on: today(),
                    reported_by: None,
                    role: role_for(w, ctx).await,
                    professional: None,
                },
            )
            .await
            .map(drop),
        "AccountService::me" => s.accounts.me(ctx).await.map(drop),
        "WorkService::families" => s.work.families(ctx).await.map(drop),
        "WorkService::roles" => s.work.roles(ctx).await.map(drop),
        "WorkService::colleagues" => s.work.colleagues(ctx).await.map(drop),
        "AbsenceService::own" => s.absences.own(ctx).await.map(drop),
        "AbsenceService::substitutes" => s.absences.substitutes(ctx).await.map(drop),
        "AbsenceService::report" => s.absences.report(ctx, &absence()).await.map(drop),
        "AbsenceService::cancel" => {
            let made = s.absences.report(ctx, &absence()).await?;
            s.absences.cancel(ctx, &made.id).await
        }
        "StaffService::organisations" => s.staff.organisations(ctx).await.map(drop),
        "StaffService::add_organisation" => s
            .staff
            .add_organisation(
                ctx,
                &app::model::staff::NewOrganisation {
                    kind: app::domain::OrganisationKind::Wijkteam,
                    name: "Wijkteam Dronten".into(),
                    phone: None,
                    email: None,
                    website: None,
                },
            )
            .await
            .map(drop),
        "StaffService::members" => s.staff.members(ctx).await.map(drop),
        "StaffService::add_member" => s
            .staff
            .add_member(
                ctx,
                &app::model::staff::NewStaffMember {
                    kind: app::model::staff::StaffKind::Professional,
                    given_name: "Nieuwe".into(),
                    family_name: "Collega".into(),
                    organisation: Some(w.wijkteam.clone()),
                    email: None,
                    phone: None,
                },
            )
            .await
            .map(drop),
        "StaffService::issue_code" => {
            let professional = w.professional().await;
            s.staff
                .issue_code(
                    ctx,
                    app::model::staff::StaffKind::Professional,
                    professional.as_str(),
                )
                .await
                .map(drop)
        }
        "StaffService::leave" => {
            let professional = w.professional().await;
            s.staff.leave(ctx, &professional).await
        }
        "ApiKeyService::api_keys" => s.api_keys.api_keys(ctx).await.map(drop),
        "ApiKeyService::issue_api_key" => s
            .api_keys
            .issue_api_key(
                ctx,
                &app::model::staff::NewApiKey {
                    organisation: w.wijkteam.clone(),
                    name: "Zaaksysteem".into(),
                    scope: app::model::staff::ApiScope::Write,
                },
            )
            .await
            .map(drop),
        "ApiKeyService::revoke_api_key" => {
            // A key of its own per call, made by an administrator of the test's own.
            let admin = as_subject(&add_staff(&w.app, "administrator").await);
            let issued = s
                .api_keys
                .issue_api_key(
                    &admin,
                    &app::model::staff::NewApiKey {
                        organisation: w.wijkteam.clone(),
                        name: "Oud".into(),
                        scope: app::model::staff::ApiScope::Read,
                    },
                )
                .await
                .expect("a key to revoke");
            s.api_keys.revoke_api_key(ctx, &issued.key.id).await
        }
        "StaffService::set_may_accept" => {
            let reviewer = add_staff(&w.app, "reviewer").await;
            s.staff.set_may_accept(ctx, reviewer.parts().1, true).await
        }
        "WordingService::reviewer" => s.wording.reviewer(ctx).await.map(drop),
        "WordingService::states" => s.wording.states(ctx, Lang::NL).await.map(drop),
        "WordingService::approved_counts" => s.wording.approved_counts(ctx).await.map(drop),
        "WordingService::history" => s
            .wording
            .history(ctx, Lang::NL, "site-name")
            .await
            .map(drop),
        "WordingService::comment" => {
            s.wording
                .comment(ctx, Lang::NL, "site-name", "Kort en duidelijk.")
                .await
        }
        "WordingService::suggest" => {
            s.wording
                .suggest(ctx, Lang::EN, "site-name", "Helder")
                .await
        }
        "WordingService::set_status" => {
            s.wording
                .set_status(ctx, Lang::TR, "site-name", WordingStatus::NeedsChange)
                .await
        }
        "WordingService::accept" => {
            // A suggestion of its own per call, by a reviewer of the test's own.
            let reviewer = as_subject(&add_staff(&w.app, "reviewer").await);
            s.wording
                .suggest(&reviewer, Lang::PL, "site-name", "Helder")
                .await
                .expect("a suggestion to accept");
            let id: String = sqlx::query_scalar(
                "SELECT id FROM wording_events WHERE kind = 'suggestion' AND lang = 'pl'
                 ORDER BY created_us DESC LIMIT 1",
            )
            .fetch_one(&w.app.db.pool)
            .await
            .expect("the suggestion");
            s.wording.accept(ctx, Lang::PL, "site-name", &id).await
        }
        "WordingService::page_index" => s.wording.page_index(ctx).await.map(drop),
        "WordingService::example_people" => s.wording.example_people(ctx).await.map(drop),
        "WordingService::example_landing" => s.wording.example_landing(ctx, "noor").await.map(drop),
        other => panic!("no call for {other}"),
    }
}

/// A role the subject's organisation does (any, for someone who is not a professional).
async fn role_for(w: &World, ctx: &RequestContext) -> ProfessionalRole {
    let Some(app::domain::Subject::Professional(id)) = &ctx.subject else {
        return ProfessionalRole::Wijkteammedewerker;
    };
    let kind: String = sqlx::query_scalar(
        "SELECT o.kind FROM professionals p JOIN organisations o ON o.id = p.organisation_id WHERE p.id = $1",
    )
    .bind(id)
    .fetch_one(&w.app.db.pool)
    .await
    .expect("organisation");
    let kind = app::domain::OrganisationKind::from_key(&kind).expect("kind");
    ProfessionalRole::ALL
        .into_iter()
        .find(|r| r.fits_organisation(kind))
        .expect("a role for every organisation")
}

fn outcome(result: &Result<(), AppError>) -> char {
    match result {
        Ok(()) => 'Y',
        Err(AppError::NotFound) => 'N',
        Err(AppError::NotSignedIn) => 'U',
        Err(_) => '?',
    }
}

#[tokio::test]
async fn every_service_function_answers_every_actor_as_the_matrix_says() {
    let w = world().await;
    let mut failures = vec![];
    for (name, expected) in CASE_ROWS {
        for (actor, want) in expected.chars().enumerate() {
            let result = call(&w, name, &w.actors[actor], &w.own).await;
            if outcome(&result) != want {
                failures.push(format!(
                    "{name} [own case] as {}: want {want}, got {result:?}",
                    ACTORS[actor]
                ));
            }
        }
        for actor in 0..ACTORS.len() {
            let want = if actor == ACTORS.len() - 1 { 'U' } else { 'N' };
            let result = call(&w, name, &w.actors[actor], &w.other).await;
            if outcome(&result) != want {
                failures.push(format!(
                    "{name} [another case] as {}: want {want}, got {result:?}",
                    ACTORS[actor]
                ));
            }
        }
    }
    for (name, expected) in SELF_ROWS {
        for (actor, want) in expected.chars().enumerate() {
            let result = call_self(&w, name, &w.actors[actor]).await;
            if outcome(&result) != want {
                failures.push(format!(
                    "{name} as {}: want {want}, got {result:?}",
                    ACTORS[actor]
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} cells differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// `Trait::method` for every method of every trait in the app's service seam.
fn service_functions() -> BTreeSet<String> {
    let source = include_str!("../../app/src/api/services.rs");
    let mut out = BTreeSet::new();
    let mut current = None;
    for line in source.lines() {
        let line = line.trim();
        if let Some(rest) = line.strip_prefix("pub trait ") {
            current = rest.split([':', ' ', '{']).next().map(str::to_owned);
        } else if let (Some(name), Some(rest)) = (&current, line.strip_prefix("async fn ")) {
            if let Some(method) = rest.split('(').next() {
                out.insert(format!("{name}::{method}"));
            }
        }
    }
    out
}

#[test]
fn every_service_function_has_rows_in_the_matrix() {
    let covered: BTreeSet<String> = CASE_ROWS
        .iter()
        .chain(SELF_ROWS)
        .map(|(name, _)| name.split(' ').next().unwrap_or(name).to_string())
        .chain(ELSEWHERE.iter().map(|(name, _)| name.to_string()))
        .collect();
    for (name, expected) in CASE_ROWS.iter().chain(SELF_ROWS) {
        assert_eq!(
            expected.chars().count(),
            ACTORS.len(),
            "{name}: one answer per actor"
        );
    }
    let all = service_functions();
    assert!(all.len() > 50, "found {} service functions", all.len());
    let missing: Vec<_> = all.difference(&covered).collect();
    let unknown: Vec<_> = covered.difference(&all).collect();
    assert!(
        missing.is_empty(),
        "service functions without matrix rows: {missing:?}"
    );
    assert!(
        unknown.is_empty(),
        "matrix rows for no service function: {unknown:?}"
    );
}
