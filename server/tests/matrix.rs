//! The authorization matrix through the real server: every server function × every actor kind
//! × own case / another case / another person's object, with the expected answer written out
//! per cell. A server function that has no rows here fails the test.

use crate::common;

use std::collections::BTreeMap;

use app::domain::Subject;
use common::{add_member, add_staff, demo_subject, session_for, spawn_app, TestApp};
use reqwest::StatusCode;

use common::actors::*;

/// Functions that take a case: (path, expectation on the actors' own case).
/// On another case every actor gets N (anonymous U).
fn case_rows() -> Vec<(&'static str, &'static str)> {
    vec![
        ("/api/case/overview", FAMILY_AND_PROS),
        ("/api/case/powers", FAMILY_AND_PROS),
        ("/api/case/timeline", FAMILY_AND_PROS),
        ("/api/case/rights", FAMILY_AND_PROS),
        ("/api/case/decisions", FAMILY_AND_PROS),
        ("/api/case/meetings", FAMILY_AND_PROS),
        ("/api/case/help", FAMILY_AND_PROS),
        ("/api/case/changes", FAMILY_AND_PROS),
        ("/api/case/family", FAMILY_AND_PROS),
        ("/api/case/documents", NO_CHILD_UNDER_12),
        ("/api/case/access-log", FAMILY_ONLY),
        ("/api/case/device-summary", FAMILY_ONLY),
        ("/api/case/acknowledge-change", FAMILY_ONLY),
        ("/api/case/family-access", VASTE_ONLY),
        ("/api/case/issue-code", VASTE_ONLY),
        ("/api/case/messages", LINE_OR_ANSWERER),
        ("/api/case/thread", ANSWERERS),
        ("/api/case/send-message", OWN_LINE),
        ("/api/case/unsafe-page", CHILDREN_AND_YOUTHS),
        ("/api/case/raise-unsafe", CHILDREN_AND_YOUTHS),
        ("/api/case/decision-input", FAMILY_AND_PROS),
        ("/api/case/document", NO_CHILD_UNDER_12),
        ("/api/case/save-input", OWN_LINE),
        ("/api/case/handle-input", PROS_ON_CASE),
        // The console's case page and its writes; last, because they change the case.
        ("/api/work/case", PROS_ON_CASE),
        // Looking at a family member's pages as they see them (ended again right after).
        ("/api/work/preview", PROS_ON_CASE),
        ("/api/work/change-phase", PROS_ON_CASE),
        ("/api/work/record-outcome", PROS_ON_CASE),
        ("/api/work/add-member", VASTE_ONLY),
        ("/api/work/add-decision", PROS_ON_CASE),
        ("/api/work/assign", VASTE_ONLY),
        // Last of all: after it the vaste professional of the actor list is someone else.
        ("/api/work/handover", VASTE_ONLY),
    ]
}

/// Functions about the signed-in subject's own things, tried with an object that belongs to
/// the parent with gezag (column 1): only she may touch it.
fn object_rows() -> Vec<(&'static str, &'static str)> {
    vec![
        ("/api/account/revoke-passkey", NOBODY_BUT_OWNER),
        ("/api/account/dismiss-notice", NOBODY_BUT_OWNER),
        ("/api/account/end-session", NOBODY_BUT_OWNER),
        ("/api/account/push-unsubscribe", NOBODY_BUT_OWNER),
    ]
}

/// Functions on the caller's own session or account only; no other person's data is named in
/// the request, so there is nothing to cross. Tried by every actor.
fn self_rows() -> Vec<(&'static str, &'static str)> {
    vec![
        ("/api/account/settings", ANYONE_SIGNED_IN),
        ("/api/account/stay-signed-in", ANYONE_SIGNED_IN),
        ("/api/account/push-subscribe", ANYONE_SIGNED_IN),
        ("/api/case/issued-letter", ANYONE_SIGNED_IN),
        ("/api/case/mine", ANYONE_SIGNED_IN),
        // Nobody signed in is an ordinary answer here (the header shows no name).
        ("/api/account/who-am-i", EVERYONE),
        ("/api/work/end-preview", EVERYONE),
        ("/api/account/activation", EVERYONE),
        ("/api/form/kept", EVERYONE),
        ("/api/work/families", "NNNNNNNYYYYNNNU"),
        ("/api/work/roles", "NNNNNNNYYYYNNNU"),
        ("/api/work/create-case", "NNNNNNNYYYYNNNU"),
        ("/api/work/absences", "NNNNNNNYYYYNNNU"),
        ("/api/work/report-absence", "NNNNNNNYYYYNNNU"),
        // An absence id nobody has: only its owner withdraws one (absences.rs).
        ("/api/work/cancel-absence", "NNNNNNNNNNNNNNU"),
        ("/api/staff/overview", ADMINISTRATOR_ONLY),
        ("/api/staff/add-organisation", ADMINISTRATOR_ONLY),
        ("/api/staff/add-member", ADMINISTRATOR_ONLY),
        ("/api/staff/issue-code", ADMINISTRATOR_ONLY),
        ("/api/staff/letter", ADMINISTRATOR_ONLY),
        ("/api/staff/leave", ADMINISTRATOR_ONLY),
        ("/api/staff/issue-api-key", ADMINISTRATOR_ONLY),
        ("/api/staff/new-api-key", ADMINISTRATOR_ONLY),
        ("/api/staff/revoke-api-key", ADMINISTRATOR_ONLY),
        ("/api/staff/reviewer-right", ADMINISTRATOR_ONLY),
        // The review workspace: reviewers and administrators, never a family's case.
        ("/api/review/workspace", REVIEWERS),
        ("/api/review/message", REVIEWERS),
        ("/api/review/b1", REVIEWERS),
        ("/api/review/comment", REVIEWERS),
        ("/api/review/suggest", REVIEWERS),
        ("/api/review/status", REVIEWERS),
        // Accepting needs the right: the matrix's reviewer has none (wording.rs: one who has).
        ("/api/review/accept", ADMINISTRATOR_ONLY),
        // Review mode on (and off again right after, see `call`).
        ("/api/review/start", REVIEWERS),
        ("/api/review/end", EVERYONE),
    ]
}

/// Reviewers (ervaringsdeskundigen) and administrators.
const REVIEWERS: &str = "NNNNNNNNNNNNYYU";

/// Only an administrator (one who left: `staff.rs`).
const ADMINISTRATOR_ONLY: &str = "NNNNNNNNNNNNNYU";

/// Functions that start or end a sign-in or change only the caller's session; each has its
/// own tests (named here), and none takes another person's id.
const SESSION_FUNCTIONS: &[(&str, &str)] = &[
    ("/api/account/sign-out", "session.rs"),
    ("/api/account/quick-exit", "security.rs, quick-exit.spec.ts"),
    ("/api/account/language", "pages.rs"),
    ("/api/account/redeem-code", "identity.rs"),
    ("/api/passkey/register-start", "passkeys.spec.ts"),
    ("/api/passkey/register-finish", "passkeys.spec.ts"),
    ("/api/passkey/sign-in-start", "passkeys.spec.ts"),
    (
        "/api/passkey/sign-in-finish",
        "identity.rs, passkeys.spec.ts",
    ),
    ("/api/demo/people", "demo_mode.rs"),
    ("/api/demo/sign-in", "demo_mode.rs"),
];

struct World {
    own_case: String,
    other_case: String,
    cookies: Vec<Option<String>>,
    args: BTreeMap<&'static str, Vec<(&'static str, String)>>,
}

async fn scalar(app: &TestApp, sql: &str, bind: &str) -> String {
    sqlx::query_scalar::<_, String>(sql)
        .bind(bind)
        .fetch_one(&app.db.pool)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

async fn world(app: &TestApp) -> World {
    let sanne = demo_subject(app, "sanne").await;
    let Subject::Person(sanne_id) = &sanne else {
        panic!("sanne is a person")
    };
    let own_case = scalar(
        app,
        "SELECT case_id FROM case_members WHERE person_id = $1",
        sanne_id,
    )
    .await;
    let anouk = demo_subject(app, "anouk").await;
    let other_case = scalar(
        app,
        "SELECT case_id FROM case_members WHERE person_id = $1",
        anouk.parts().1,
    )
    .await;
    let subjects = vec![
        Some(sanne.clone()),
        Some(add_member(app, &own_case, "parent", false, 40).await),
        Some(add_member(app, &own_case, "ex-partner", false, 41).await),
        Some(add_member(app, &own_case, "child", false, 19).await),
        Some(add_member(app, &own_case, "child", false, 16).await),
        Some(demo_subject(app, "noor").await),
        Some(demo_subject(app, "daan").await),
        Some(demo_subject(app, "fatima").await),
        Some(demo_subject(app, "joost").await),
        Some(demo_subject(app, "ingrid").await),
        Some(demo_subject(app, "rik").await),
        Some(demo_subject(app, "elif").await),
        Some(add_staff(app, "reviewer").await),
        Some(add_staff(app, "administrator").await),
        None,
    ];
    let mut cookies = vec![];
    for s in &subjects {
        cookies.push(match s {
            Some(s) => Some(session_for(app, s).await),
            None => None,
        });
    }
    // Objects of Sanne's that others must not touch: two passkeys (so one may be revoked), an
    // unseen notice, and a second session of hers.
    let passkey = uuid::Uuid::new_v4().to_string();
    for (id, cred) in [
        (passkey.as_str(), "cred-a"),
        (&uuid::Uuid::new_v4().to_string(), "cred-b"),
    ] {
        sqlx::query("INSERT INTO passkeys (id, subject_kind, subject_id, credential_id, passkey, device_name, created_at) VALUES ($1, 'person', $2, $3, '{}', '', '2026-01-01T00:00:00Z')")
            .bind(id).bind(sanne_id).bind(cred)
            .execute(&app.db.pool).await.unwrap();
    }
    let notice = uuid::Uuid::new_v4().to_string();
    sqlx::query("INSERT INTO account_notices (id, subject_kind, subject_id, kind, detail, created_at) VALUES ($1, 'person', $2, 'passkey-added', '', '2026-01-01T00:00:00Z')")
        .bind(&notice).bind(sanne_id)
        .execute(&app.db.pool).await.unwrap();
    let second: String = {
        let cookie = session_for(app, &sanne).await;
        let id: tower_sessions::session::Id = cookie.parse().unwrap();
        server::auth::session_store::hash(&id)
    };
    let change = scalar(
        app,
        "SELECT id FROM case_professionals WHERE case_id = $1 AND is_vaste = 1 AND valid_until IS NULL",
        &own_case,
    )
    .await;
    // Issuing a code ends that person's sessions: the target is nobody in the actor list.
    let target = add_member(app, &own_case, "child", false, 10)
        .await
        .parts()
        .1
        .to_string();
    // An upcoming decision, and an input Sanne sent on it.
    let decision = scalar(
        app,
        "SELECT id FROM decisions WHERE case_id = $1 AND decided_on IS NULL ORDER BY id LIMIT 1",
        &own_case,
    )
    .await;
    {
        use app::api::services::InputService;
        app.services
            .send(
                &common::as_subject(&sanne),
                &own_case.parse().unwrap(),
                &app::model::input::InputOn::Decision(decision.parse().unwrap()),
                &app::model::input::InputDraft {
                    stance: None,
                    body: "Mijn mening".into(),
                    shared: false,
                },
                &app::domain::ids::IdempotencyKey::random(),
            )
            .await
            .unwrap();
    }
    let input = scalar(
        app,
        "SELECT id FROM decision_inputs WHERE person_id = $1 AND status = 'sent'",
        sanne_id,
    )
    .await;
    let document = own_document(app, &own_case).await;
    let mut args: BTreeMap<&'static str, Vec<(&'static str, String)>> = BTreeMap::new();
    args.insert("/api/case/document", vec![("document_id", document)]);
    let mark: String = sqlx::query_scalar(
        "SELECT p.id FROM persons p JOIN case_members m ON m.person_id = p.id
         WHERE m.case_id = $1 AND p.given_name = 'Mark'",
    )
    .bind(&own_case)
    .fetch_one(&app.db.pool)
    .await
    .unwrap();
    args.insert("/api/work/preview", vec![("person_id", mark)]);
    args.insert(
        "/api/case/decision-input",
        vec![("decision_id", decision.clone())],
    );
    args.insert(
        "/api/case/save-input",
        vec![
            ("on", format!("decision:{decision}")),
            ("body", "Concept".into()),
            ("key", uuid::Uuid::new_v4().to_string()),
            ("intent", "draft".into()),
        ],
    );
    args.insert(
        "/api/case/handle-input",
        vec![("on", format!("decision:{decision}")), ("input_id", input)],
    );
    args.insert("/api/case/acknowledge-change", vec![("change_id", change)]);
    args.insert("/api/case/issue-code", vec![("person_id", target)]);
    args.insert("/api/case/thread", vec![("person_id", sanne_id.clone())]);
    let key = uuid::Uuid::new_v4().to_string();
    args.insert(
        "/api/case/send-message",
        vec![
            ("person_id", String::new()),
            ("body", "Hallo".into()),
            ("key", key.clone()),
        ],
    );
    args.insert(
        "/api/case/raise-unsafe",
        vec![
            ("note", String::new()),
            ("key", uuid::Uuid::new_v4().to_string()),
        ],
    );
    args.insert("/api/account/revoke-passkey", vec![("passkey_id", passkey)]);
    args.insert("/api/account/dismiss-notice", vec![("notice_id", notice)]);
    args.insert("/api/account/end-session", vec![("session_id", second)]);
    let subscription = uuid::Uuid::new_v4().to_string();
    sqlx::query("INSERT INTO push_subscriptions (id, subject_kind, subject_id, endpoint, p256dh, auth, lang, user_agent, created_at) VALUES ($1, 'person', $2, 'https://fcm.googleapis.com/fcm/send/sanne', 'k', 'a', 'nl', '', '2026-01-01T00:00:00Z')")
        .bind(&subscription).bind(sanne_id)
        .execute(&app.db.pool).await.unwrap();
    args.insert(
        "/api/account/push-unsubscribe",
        vec![("subscription", subscription)],
    );
    {
        use base64::Engine;
        let b64 = |bytes: &[u8]| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
        let mut point = vec![4u8];
        point.extend([7u8; 64]);
        args.insert(
            "/api/account/push-subscribe",
            vec![
                (
                    "endpoint",
                    "https://fcm.googleapis.com/fcm/send/matrix".into(),
                ),
                ("p256dh", b64(&point)),
                ("auth", b64(&[9u8; 16])),
            ],
        );
    }
    // The new vaste professional is nobody in the actor list, so the row's answers stay put.
    let successor = app::domain::ids::ProfessionalId::random();
    sqlx::query(
        "INSERT INTO professionals (id, organisation_id, given_name, family_name)
         SELECT $1, id, 'Nieuwe', 'Jeugdbeschermer' FROM organisations WHERE kind = 'gi' LIMIT 1",
    )
    .bind(successor.as_str())
    .execute(&app.db.pool)
    .await
    .unwrap();
    let colleague = app::domain::ids::ProfessionalId::random();
    sqlx::query(
        "INSERT INTO professionals (id, organisation_id, given_name, family_name)
         SELECT $1, id, 'Nieuwe', 'Collega' FROM organisations WHERE name = 'Wijkteam Lelystad'",
    )
    .bind(colleague.as_str())
    .execute(&app.db.pool)
    .await
    .unwrap();
    args.insert(
        "/api/work/assign",
        vec![
            ("professional", colleague.to_string()),
            ("role", "wijkteammedewerker".into()),
        ],
    );
    args.insert(
        "/api/work/handover",
        vec![
            ("professional", successor.to_string()),
            ("role", "jeugdbeschermer".into()),
            ("reason", "phase-change".into()),
            (
                "handover",
                "Joost kent het gezin al van het veiligheidsplan.".into(),
            ),
            ("on", server::store::iso(app.services.today())),
        ],
    );
    args.insert(
        "/api/work/add-member",
        vec![
            ("given_name", "Lisa".into()),
            ("family_name", "Bakker".into()),
            ("birth_date", "2015-03-04".into()),
            ("relation", "child".into()),
            ("address", String::new()),
            ("phone", String::new()),
            ("email", String::new()),
        ],
    );
    args.insert(
        "/api/work/add-decision",
        vec![
            ("kind", "ots".into()),
            ("started_on", String::new()),
            ("expected_on", "2027-01-10".into()),
        ],
    );
    args.insert(
        "/api/work/report-absence",
        vec![
            (
                "first_day",
                app::domain::calendar::dutch_today().to_string(),
            ),
            ("last_day", app::domain::calendar::dutch_today().to_string()),
            ("reason", "course".into()),
            ("substitute", String::new()),
        ],
    );
    args.insert(
        "/api/work/cancel-absence",
        vec![("absence_id", "00000000-0000-4000-8000-00000000abcd".into())],
    );
    args.insert(
        "/api/work/create-case",
        vec![
            ("family_name", "Visser".into()),
            ("municipality", "Almere".into()),
            ("phase", "melding".into()),
            ("reported_on", "2026-11-30".into()),
            ("reported_by", "School".into()),
            ("role", "wijkteammedewerker".into()),
        ],
    );
    args.insert(
        "/api/work/change-phase",
        vec![
            ("phase", "raadsonderzoek".into()),
            ("on", "2026-01-05".into()),
            ("version", "1".into()),
        ],
    );
    let open_decision = scalar(
        app,
        "SELECT id FROM decisions WHERE case_id = $1 AND decided_on IS NULL ORDER BY id DESC LIMIT 1",
        &own_case,
    )
    .await;
    args.insert(
        "/api/work/record-outcome",
        vec![
            ("decision_id", open_decision),
            ("decided_on", "2026-01-05".into()),
            ("reasons", "Besloten na overleg.".into()),
            ("version", "1".into()),
        ],
    );
    args.insert(
        "/api/form/kept",
        vec![("form", "beheer/organisation".into())],
    );
    args.insert(
        "/api/staff/add-organisation",
        vec![
            ("kind", "wijkteam".into()),
            ("name", "Wijkteam Urk".into()),
            ("phone", String::new()),
            ("email", String::new()),
            ("website", String::new()),
        ],
    );
    args.insert(
        "/api/staff/add-member",
        vec![
            ("kind", "reviewer".into()),
            ("organisation", String::new()),
            ("given_name", "Mila".into()),
            ("family_name", "de Boer".into()),
            ("email", String::new()),
            ("phone", String::new()),
        ],
    );
    // A code ends its person's sessions, leaving ends a professional's cases: both target
    // someone who is not in the actor list.
    let reviewer = add_staff(app, "reviewer").await;
    args.insert(
        "/api/staff/issue-code",
        vec![
            ("kind", "reviewer".into()),
            ("id", reviewer.parts().1.to_string()),
        ],
    );
    let leaver = app::domain::ids::ProfessionalId::random();
    sqlx::query(
        "INSERT INTO professionals (id, organisation_id, given_name, family_name)
         SELECT $1, id, 'Vertrekt', 'Binnenkort' FROM organisations WHERE name = 'Wijkteam Lelystad'",
    )
    .bind(leaver.as_str())
    .execute(&app.db.pool)
    .await
    .unwrap();
    args.insert(
        "/api/staff/leave",
        vec![
            ("professional_id", leaver.to_string()),
            ("confirm", "yes".into()),
        ],
    );
    let lelystad: String =
        sqlx::query_scalar("SELECT id FROM organisations WHERE name = 'Wijkteam Lelystad'")
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
    args.insert(
        "/api/staff/issue-api-key",
        vec![
            ("organisation", lelystad.clone()),
            ("name", "Zaaksysteem".into()),
            ("scope", "read".into()),
        ],
    );
    let key = app::domain::ids::ApiKeyId::random();
    sqlx::query(
        "INSERT INTO api_keys (id, organisation_id, name, scope, secret_hash, created_at, created_by)
         VALUES ($1, $2, 'Oud systeem', 'write', 'x', '2026-01-01T00:00:00Z', 'test')",
    )
    .bind(key.as_str())
    .bind(&lelystad)
    .execute(&app.db.pool)
    .await
    .unwrap();
    args.insert("/api/staff/revoke-api-key", vec![("key", key.to_string())]);
    args.insert(
        "/api/staff/reviewer-right",
        vec![
            ("reviewer_id", reviewer.parts().1.to_string()),
            ("may", "yes".into()),
        ],
    );
    let message = |extra: Vec<(&'static str, String)>| {
        let mut v = vec![("lang", "nl".to_string()), ("id", "site-name".to_string())];
        v.extend(extra);
        v
    };
    args.insert(
        "/api/review/workspace",
        vec![
            ("lang", "nl".into()),
            ("status", String::new()),
            ("page", String::new()),
            ("reader", String::new()),
            ("b1", "false".into()),
            ("offset", "0".into()),
        ],
    );
    args.insert("/api/review/message", message(vec![]));
    args.insert(
        "/api/review/comment",
        message(vec![("body", "Duidelijk.".into())]),
    );
    args.insert(
        "/api/review/suggest",
        message(vec![("text", "Helder".into())]),
    );
    args.insert(
        "/api/review/status",
        message(vec![("status", "needs-change".into())]),
    );
    {
        use app::api::services::WordingService;
        let suggester = common::as_subject(&add_staff(app, "reviewer").await);
        app.services
            .suggest(&suggester, app::i18n::Lang::EN, "site-name", "Helder")
            .await
            .expect("a suggestion");
    }
    let suggestion = scalar(
        app,
        "SELECT id FROM wording_events WHERE kind = 'suggestion' AND lang = $1 LIMIT 1",
        "en",
    )
    .await;
    args.insert(
        "/api/review/accept",
        vec![
            ("lang", "en".into()),
            ("id", "site-name".into()),
            ("suggestion", suggestion),
        ],
    );
    args.insert("/api/review/start", vec![("key", "noor".into())]);
    World {
        own_case,
        other_case,
        cookies,
        args,
    }
}

/// A report with its PDF on `case`, uploaded by the case's vaste professional.
async fn own_document(app: &TestApp, case: &str) -> String {
    use app::api::services::DocumentService;
    let vaste = common::vaste_of(app, case).await;
    let organisation: String =
        sqlx::query_scalar("SELECT organisation_id FROM professionals WHERE id = $1")
            .bind(vaste.parts().1)
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
    app.services
        .upload(
            &common::as_subject(&vaste),
            &case.parse().unwrap(),
            &app::model::document::NewDocument {
                kind: app::domain::journey::DocumentKind::Raadsrapport,
                dated: app.services.today(),
                organisation: organisation.parse().unwrap(),
                status: app::domain::journey::DocumentStatus::Definitief,
                react_until: None,
            },
            &app::model::document::NewFile {
                name: "rapport.pdf".into(),
                bytes: b"%PDF-1.4\n%%EOF\n".to_vec(),
            },
        )
        .await
        .unwrap()
        .id
        .to_string()
}

/// The two routes outside the server functions: opening a document's file, and uploading one
/// from the console. Asked as a probe would (no `Accept: text/html`), so the status answers.
#[tokio::test]
async fn the_document_routes_answer_every_actor_as_the_matrix_says() {
    let app = spawn_app(true).await;
    let w = world(&app).await;
    let mine = own_document(&app, &w.own_case).await;
    let theirs = own_document(&app, &w.other_case).await;
    let pdf = b"%PDF-1.4\n%%EOF\n".to_vec();
    let mut failures = vec![];
    let mut check = |what: &str, actor: usize, want: char, got: char| {
        if want != got {
            failures.push(format!(
                "{what} as {}: want {want}, got {got}",
                ACTORS[actor]
            ));
        }
    };
    for (actor, want) in NO_CHILD_UNDER_12.chars().enumerate() {
        app.set_session_cookie(w.cookies[actor].clone());
        let own = app
            .get_with(
                &format!("/zaak/{}/documenten/{mine}/bestand", w.own_case),
                &[],
            )
            .await;
        // `get_with` asks for HTML: a refusal is a redirect to its notice page.
        let got = match own.location().as_deref() {
            Some("/melding/niet-gevonden") => 'N',
            Some("/melding/niet-aangemeld") => 'U',
            _ => outcome(own.status),
        };
        check("download, own case", actor, want, got);
        let other = app
            .get(&format!(
                "/zaak/{}/documenten/{theirs}/bestand",
                w.other_case
            ))
            .await;
        let got = match other.location().as_deref() {
            Some("/melding/niet-gevonden") => 'N',
            Some("/melding/niet-aangemeld") => 'U',
            _ => outcome(other.status),
        };
        let want = if actor == ACTORS.len() - 1 { 'U' } else { 'N' };
        check("download, another case", actor, want, got);
    }
    for (actor, want) in PROS_ON_CASE.chars().enumerate() {
        app.set_session_cookie(w.cookies[actor].clone());
        for (case, want) in [
            (&w.own_case, want),
            (
                &w.other_case,
                if actor == ACTORS.len() - 1 { 'U' } else { 'N' },
            ),
        ] {
            let form = reqwest::multipart::Form::new()
                .text("case_id", case.clone())
                .text("kind", "raadsrapport")
                .text("dated", "2026-01-05")
                .text("status", "concept")
                .text("react_until", "")
                .part(
                    "file",
                    reqwest::multipart::Part::bytes(pdf.clone()).file_name("a.pdf"),
                );
            let status = app
                .post_multipart_form(&format!("/werk/zaak/{case}/documenten"), form)
                .await;
            check(&format!("upload to {case}"), actor, want, outcome(status));
        }
    }
    assert!(
        failures.is_empty(),
        "{} cells differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn outcome(status: StatusCode) -> char {
    match status.as_u16() {
        200 | 302 | 303 => 'Y',
        404 => 'N',
        401 => 'U',
        other => panic!("unexpected status {other}"),
    }
}

#[tokio::test]
async fn every_server_function_answers_every_actor_as_the_matrix_says() {
    let app = spawn_app(true).await;
    let w = world(&app).await;
    let mut failures = vec![];
    let mut check = |path: &str, target: &str, actor: usize, want: char, got: char| {
        if want != got {
            failures.push(format!(
                "{path} [{target}] as {}: want {want}, got {got}",
                ACTORS[actor]
            ));
        }
    };
    let call = |path: &'static str, case: Option<String>, actor: usize| {
        let app = &app;
        let w = &w;
        async move {
            app.set_session_cookie(w.cookies[actor].clone());
            let mut form: Vec<(&str, String)> = w.args.get(path).cloned().unwrap_or_default();
            if let Some(case) = case {
                form.push(("case_id", case));
            }
            let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let status = app.call(path, &form).await.status;
            if path == "/api/work/preview" {
                // The other rows are asked as the actors themselves, not as a preview.
                app.call("/api/work/end-preview", &[]).await;
            }
            if path == "/api/review/start" {
                app.call("/api/review/end", &[]).await;
            }
            status
        }
    };
    for (path, expected) in case_rows() {
        for (actor, want) in expected.chars().enumerate() {
            let got = outcome(call(path, Some(w.own_case.clone()), actor).await);
            check(path, "own case", actor, want, got);
        }
        for actor in 0..ACTORS.len() {
            let want = if actor == ACTORS.len() - 1 { 'U' } else { 'N' };
            let got = outcome(call(path, Some(w.other_case.clone()), actor).await);
            check(path, "another case", actor, want, got);
        }
    }
    for (path, expected) in object_rows() {
        // The owner (column 1) last: everyone else tries while the object still exists.
        for (actor, want) in expected
            .chars()
            .enumerate()
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
        {
            let got = outcome(call(path, None, actor).await);
            check(path, "the parent's object", actor, want, got);
        }
    }
    for (path, expected) in self_rows() {
        for (actor, want) in expected.chars().enumerate() {
            let case = (path == "/api/case/issued-letter").then(|| w.own_case.clone());
            let got = outcome(call(path, case, actor).await);
            check(path, "own session", actor, want, got);
        }
    }
    assert!(
        failures.is_empty(),
        "{} cells differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_server_function_has_rows_in_the_matrix() {
    let mut covered: Vec<&str> = case_rows().iter().map(|r| r.0).collect();
    covered.extend(object_rows().iter().map(|r| r.0));
    covered.extend(self_rows().iter().map(|r| r.0));
    covered.extend(SESSION_FUNCTIONS.iter().map(|r| r.0));
    for rows in [case_rows(), object_rows(), self_rows()] {
        for (path, expected) in rows {
            assert_eq!(
                expected.chars().count(),
                ACTORS.len(),
                "{path}: one answer per actor"
            );
        }
    }
    let missing: Vec<_> = leptos::server_fn::axum::server_fn_paths()
        .map(|(path, _)| path)
        .filter(|path| !covered.contains(path))
        .collect();
    assert!(
        missing.is_empty(),
        "server functions without matrix rows: {missing:?}"
    );
}
