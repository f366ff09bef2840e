//! "Mijn inbreng" (F7): input on an upcoming decision, private per person, acknowledged and
//! answered by the professional, exactly once.

use crate::common;

use app::api::inputs::{DecisionInput, HandleInput, SaveInput};
use common::{spawn_app, TestApp};
use leptos::server_fn::ServerFn;
use reqwest::StatusCode;

async fn upcoming(app: &TestApp, case_id: &str) -> String {
    sqlx::query_scalar::<_, String>(
        "SELECT id FROM decisions WHERE case_id = $1 AND decided_on IS NULL ORDER BY id LIMIT 1",
    )
    .bind(case_id)
    .fetch_one(&app.db.pool)
    .await
    .expect("an upcoming decision in the demo case")
}

async fn give(
    app: &TestApp,
    case_id: &str,
    decision: &str,
    body: &str,
    share: bool,
    intent: &str,
) -> reqwest::StatusCode {
    let key = uuid::Uuid::new_v4().to_string();
    let on = format!("decision:{decision}");
    let mut form = vec![
        ("case_id", case_id),
        ("on", on.as_str()),
        ("stance", "partly"),
        ("body", body),
        ("key", key.as_str()),
        ("intent", intent),
    ];
    if share {
        form.push(("share", "1"));
    }
    app.post_form(SaveInput::PATH, &form).await.status
}

async fn page(app: &TestApp, case_id: &str, decision: &str) -> String {
    app.get(&format!("/zaak/{case_id}/wat-komt-eraan/{decision}"))
        .await
        .main()
        .to_string()
}

#[tokio::test]
async fn input_is_private_per_person_unless_a_youth_shares_it() {
    let app = spawn_app(true).await;
    let case_id = app.case_id_of("noor").await;
    let decision = upcoming(&app, &case_id).await;
    give(
        &app,
        &case_id,
        &decision,
        "Noor denkt er zo over.",
        false,
        "send",
    )
    .await;
    app.demo_sign_in("sanne").await;
    give(&app, &case_id, &decision, "Sanne vindt dit.", false, "send").await;
    app.demo_sign_in("mark").await;
    let marks = page(&app, &case_id, &decision).await;
    assert!(!marks.contains("Noor denkt"), "a youth's input is private");
    assert!(
        !marks.contains("Sanne vindt"),
        "parents do not see each other's input"
    );
    let json = app
        .call(
            DecisionInput::PATH,
            &[("case_id", &case_id), ("decision_id", &decision)],
        )
        .await;
    assert!(!json.body.contains("Noor denkt") && !json.body.contains("Sanne vindt"));
    // Noor shares a second input: now her parents see that one.
    app.demo_sign_in("noor").await;
    give(
        &app,
        &case_id,
        &decision,
        "Dit mogen mijn ouders lezen.",
        true,
        "send",
    )
    .await;
    app.demo_sign_in("mark").await;
    let marks = page(&app, &case_id, &decision).await;
    assert!(marks.contains("Dit mogen mijn ouders lezen."));
    assert!(!marks.contains("Noor denkt"));
    // The professionals see all of it.
    app.demo_sign_in("ingrid").await;
    let hers = page(&app, &case_id, &decision).await;
    for text in ["Noor denkt", "Sanne vindt", "Dit mogen mijn ouders"] {
        assert!(hers.contains(text), "{text}");
    }
}

#[tokio::test]
async fn the_author_sees_the_receipt_and_what_was_done_with_it() {
    let app = spawn_app(true).await;
    let case_id = app.case_id_of("sanne").await;
    let decision = upcoming(&app, &case_id).await;
    // A draft first: kept, seen by nobody else.
    give(&app, &case_id, &decision, "Eerste gedachte", false, "draft").await;
    assert!(page(&app, &case_id, &decision)
        .await
        .contains("Eerste gedachte"));
    assert_eq!(
        give(
            &app,
            &case_id,
            &decision,
            "Ik wil dat de kinderen bij mij blijven wonen.",
            false,
            "send"
        )
        .await,
        StatusCode::FOUND
    );
    let drafts: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM decision_inputs WHERE status = 'draft'")
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
    assert_eq!(drafts, 0, "sending replaces the draft");
    let input: String = sqlx::query_scalar("SELECT id FROM decision_inputs WHERE status = 'sent'")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    assert!(page(&app, &case_id, &decision)
        .await
        .contains("Nog niet bevestigd"));

    app.demo_sign_in("ingrid").await;
    let on = format!("decision:{decision}");
    for form in [
        vec![
            ("case_id", case_id.as_str()),
            ("on", on.as_str()),
            ("input_id", input.as_str()),
        ],
        vec![
            ("case_id", case_id.as_str()),
            ("on", on.as_str()),
            ("input_id", input.as_str()),
            (
                "outcome",
                "Meegewogen: in het rapport staat uw wens over het wonen.",
            ),
        ],
    ] {
        assert_eq!(
            app.post_form(HandleInput::PATH, &form).await.status,
            StatusCode::FOUND
        );
    }
    app.demo_sign_in("sanne").await;
    let mine = page(&app, &case_id, &decision).await;
    assert!(mine.contains("Ontvangen door Ingrid"), "{mine}");
    assert!(mine.contains("Meegewogen: in het rapport staat uw wens over het wonen."));
}

#[tokio::test]
async fn empty_or_too_long_input_is_refused_with_the_text_kept() {
    let app = spawn_app(true).await;
    let case_id = app.case_id_of("sanne").await;
    let decision = upcoming(&app, &case_id).await;
    give(&app, &case_id, &decision, "  ", false, "send").await;
    assert!(page(&app, &case_id, &decision)
        .await
        .contains("Je hebt niets ingevuld."));
    let long = format!("{}EINDE", "x".repeat(2000));
    give(&app, &case_id, &decision, &long, false, "send").await;
    let p = page(&app, &case_id, &decision).await;
    assert!(p.contains("Deze tekst is te lang."));
    assert!(p.contains("EINDE"), "the text is kept");
    let sent: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM decision_inputs WHERE status = 'sent'")
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
    assert_eq!(sent, 0);
}
