//! Live updates through the real server: a stream says "changed" to exactly those who may see
//! the change, ends when the session or the relation ends, reaches across instances on
//! PostgreSQL, and a page fetched again because of it is not logged twice.

use crate::common;

use std::time::Duration;

use common::{demo_subject, on_postgres, spawn_app, spawn_sharing, TestApp};
use leptos::server_fn::ServerFn;
use reqwest::StatusCode;

#[derive(Debug, PartialEq, Eq)]
enum Heard {
    Change,
    Ended,
    Quiet,
}

/// Read the stream until a change event, its end, or `within` passes.
async fn listen(stream: &mut reqwest::Response, within: Duration) -> Heard {
    let until = tokio::time::Instant::now() + within;
    let mut text = String::new();
    loop {
        match tokio::time::timeout_at(until, stream.chunk()).await {
            Err(_) => return Heard::Quiet,
            Ok(Ok(None)) | Ok(Err(_)) => return Heard::Ended,
            Ok(Ok(Some(bytes))) => {
                text.push_str(&String::from_utf8_lossy(&bytes));
                if text.contains("event: change") {
                    return Heard::Change;
                }
            }
        }
    }
}

async fn open(app: &TestApp, path: &str) -> reqwest::Response {
    let stream = app.open_stream(path).await;
    assert_eq!(stream.status(), StatusCode::OK, "{path}");
    assert!(stream.headers()["content-type"]
        .to_str()
        .unwrap_or_default()
        .starts_with("text/event-stream"));
    stream
}

async fn send(app: &TestApp, case_id: &str, person: &str, body: &str) {
    let key = uuid::Uuid::new_v4().to_string();
    let (status, answer) = common::send_message(app, case_id, person, body, &key).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
}

/// Sign in as `key` in another browser: the sessions signed in before stay open (signing in
/// in the same browser would end them, and with them their streams).
async fn sign_in_elsewhere(app: &TestApp, key: &str) {
    app.set_session_cookie(None);
    app.demo_sign_in(key).await;
}

const SOON: Duration = Duration::from_secs(5);
const A_WHILE: Duration = Duration::from_millis(1500);

#[tokio::test]
async fn a_youth_hears_of_a_reply_in_her_own_thread_only() {
    let app = spawn_app(true).await;
    let case_id = app.case_id_of("noor").await;
    let noor = demo_subject(&app, "noor").await.parts().1.to_string();
    let sanne = demo_subject(&app, "sanne").await.parts().1.to_string();
    let mut noors = open(&app, &format!("/live/zaak/{case_id}/berichten")).await;
    sign_in_elsewhere(&app, "sanne").await;
    let mut sannes = open(&app, &format!("/live/zaak/{case_id}/berichten")).await;

    sign_in_elsewhere(&app, "fatima").await;
    let mut fatimas = open(&app, &format!("/live/zaak/{case_id}/berichten")).await;
    let started = std::time::Instant::now();
    send(&app, &case_id, &noor, "Ik bel je morgen, Noor.").await;
    assert_eq!(listen(&mut noors, SOON).await, Heard::Change);
    eprintln!(
        "live on one instance: {} ms from send to event",
        started.elapsed().as_millis()
    );
    assert_eq!(
        listen(&mut fatimas, SOON).await,
        Heard::Change,
        "the team list"
    );
    assert_eq!(
        listen(&mut sannes, A_WHILE).await,
        Heard::Quiet,
        "a parent hears nothing of a youth's thread"
    );
    send(&app, &case_id, &sanne, "Hoe gaat het met u?").await;
    assert_eq!(listen(&mut sannes, SOON).await, Heard::Change);
    assert_eq!(listen(&mut noors, A_WHILE).await, Heard::Quiet);
}

#[tokio::test]
async fn reading_a_message_tells_the_writer() {
    let app = spawn_app(true).await;
    let case_id = app.case_id_of("noor").await;
    let noor = demo_subject(&app, "noor").await.parts().1.to_string();
    send(&app, &case_id, "", "Heb je even?").await;
    let mut noors = open(&app, &format!("/live/zaak/{case_id}/berichten")).await;
    sign_in_elsewhere(&app, "fatima").await;
    let page = app.get(&format!("/zaak/{case_id}/berichten/{noor}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        listen(&mut noors, SOON).await,
        Heard::Change,
        "\"gelezen door Fatima\" appears without reload"
    );
}

#[tokio::test]
async fn only_those_who_may_see_the_page_may_listen() {
    let app = spawn_app(true).await;
    let case_id = app.case_id_of("noor").await;
    let noor = demo_subject(&app, "noor").await.parts().1.to_string();
    let paths = [
        format!("/live/zaak/{case_id}/berichten"),
        format!("/live/zaak/{case_id}/berichten/{noor}"),
    ];
    // Not signed in.
    app.set_session_cookie(None);
    for path in &paths {
        assert_eq!(
            app.open_stream(path).await.status(),
            StatusCode::UNAUTHORIZED
        );
    }
    // A parent cannot listen to the youth's thread; a professional who left the case and one
    // who does not answer messages cannot listen at all.
    sign_in_elsewhere(&app, "sanne").await;
    assert_eq!(
        app.open_stream(&paths[1]).await.status(),
        StatusCode::NOT_FOUND
    );
    for who in ["kees", "ingrid"] {
        sign_in_elsewhere(&app, who).await;
        for path in &paths {
            assert_eq!(
                app.open_stream(path).await.status(),
                StatusCode::NOT_FOUND,
                "{who} {path}"
            );
        }
    }
    // Malformed ids answer like unknown ones.
    sign_in_elsewhere(&app, "fatima").await;
    assert_eq!(
        app.open_stream("/live/zaak/..%2F/berichten").await.status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_stream_ends_when_its_session_ends() {
    let app = spawn_app(true).await;
    let case_id = app.case_id_of("noor").await;
    let noor = demo_subject(&app, "noor").await.parts().1.to_string();
    let mut noors = open(&app, &format!("/live/zaak/{case_id}/berichten")).await;
    // "Sign out everywhere": Noor's sessions are gone.
    sqlx::query("DELETE FROM sessions WHERE subject_key = $1")
        .bind(format!("person:{noor}"))
        .execute(&app.db.pool)
        .await
        .expect("delete");
    sign_in_elsewhere(&app, "fatima").await;
    send(&app, &case_id, &noor, "Ben je er nog?").await;
    assert_eq!(listen(&mut noors, SOON).await, Heard::Ended);
}

/// Read the stream until a change event and return the token it carries for the refresh.
async fn change_token(stream: &mut reqwest::Response, within: Duration) -> Option<String> {
    let until = tokio::time::Instant::now() + within;
    let mut text = String::new();
    loop {
        let bytes = tokio::time::timeout_at(until, stream.chunk())
            .await
            .ok()?
            .ok()??;
        text.push_str(&String::from_utf8_lossy(&bytes));
        if let Some(event) = text.split("event: change").nth(1) {
            if let Some(data) = event.lines().find_map(|l| l.strip_prefix("data: ")) {
                return Some(data.trim().to_string());
            }
        }
    }
}

async fn message_reads(app: &TestApp) -> i64 {
    sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM access_log WHERE data_kind = 'messages' AND action = 'read'",
    )
    .fetch_one(&app.db.pool)
    .await
    .expect("count")
}

#[tokio::test]
async fn a_live_refresh_is_not_logged_again() {
    let app = spawn_app(true).await;
    let case_id = app.case_id_of("noor").await;
    let noor = demo_subject(&app, "noor").await.parts().1.to_string();
    let noors_session = app.session_cookie();
    sign_in_elsewhere(&app, "fatima").await;
    let fatimas_session = app.session_cookie();
    let reads = || message_reads(&app);
    let path = format!("/zaak/{case_id}/berichten/{noor}");
    assert_eq!(app.get(&path).await.status, StatusCode::OK);
    let after_view = reads().await;
    assert_eq!(after_view, 1);
    // The open page's stream says that something changed, with a token for its refresh.
    let mut stream = open(&app, &format!("/live{path}")).await;
    app.set_session_cookie(noors_session);
    send(&app, &case_id, "", "Ben je er?").await;
    app.set_session_cookie(fatimas_session);
    let token = change_token(&mut stream, SOON)
        .await
        .expect("a change with a token");
    for _ in 0..3 {
        let page = app.get_with(&path, &[("x-helder-live", &token)]).await;
        assert_eq!(page.status, StatusCode::OK);
    }
    assert_eq!(
        reads().await,
        1,
        "live refreshes of an open page add no rows"
    );
    // An ordinary visit is always logged.
    app.get(&path).await;
    assert_eq!(reads().await, 2);
}

#[tokio::test]
async fn a_refresh_the_client_only_claims_is_logged_like_any_visit() {
    let app = spawn_app(true).await;
    let case_id = app.case_id_of("noor").await;
    let noor = demo_subject(&app, "noor").await.parts().1.to_string();
    sign_in_elsewhere(&app, "fatima").await;
    let path = format!("/zaak/{case_id}/berichten/{noor}");
    app.get(&path).await;
    assert_eq!(message_reads(&app).await, 1);
    // A bare header, a made-up token and a token for another page thin nothing.
    let other_page = format!("/zaak/{case_id}/berichten");
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let forged = format!("{}.{}", now + 30, "00".repeat(32));
    for claim in ["1", forged.as_str(), &other_page] {
        let page = app.get_with(&path, &[("x-helder-live", claim)]).await;
        assert_eq!(page.status, StatusCode::OK);
    }
    assert_eq!(
        message_reads(&app).await,
        4,
        "every claimed refresh was logged"
    );
}

#[tokio::test]
async fn an_instance_hears_of_another_instances_writes() {
    if !on_postgres() {
        eprintln!("several instances share PostgreSQL only; skipped on SQLite");
        return;
    }
    let first = spawn_app(true).await;
    let second = spawn_sharing(&first, |c| c.demo = true).await;
    let case_id = first.case_id_of("noor").await;
    let noor = demo_subject(&first, "noor").await.parts().1.to_string();
    let mut noors = open(&first, &format!("/live/zaak/{case_id}/berichten")).await;
    sign_in_elsewhere(&second, "fatima").await;
    let started = std::time::Instant::now();
    send(&second, &case_id, &noor, "Via de andere server.").await;
    assert_eq!(listen(&mut noors, SOON).await, Heard::Change);
    // A figure, not a check: how long from sending on one instance to the news on another.
    eprintln!(
        "live across instances: {} ms from send to event",
        started.elapsed().as_millis()
    );
}

#[tokio::test]
async fn an_acknowledgement_reaches_the_author_of_the_input_only() {
    use app::api::inputs::{HandleInput, SaveInput};
    let app = spawn_app(true).await;
    let case_id = app.case_id_of("sanne").await;
    let decision: String = sqlx::query_scalar(
        "SELECT id FROM decisions WHERE case_id = $1 AND decided_on IS NULL ORDER BY id LIMIT 1",
    )
    .bind(&case_id)
    .fetch_one(&app.db.pool)
    .await
    .expect("an upcoming decision");
    let path = format!("/live/zaak/{case_id}/wat-komt-eraan/{decision}");
    let on = format!("decision:{decision}");
    let key = uuid::Uuid::new_v4().to_string();
    let sent = app
        .post_form(
            SaveInput::PATH,
            &[
                ("case_id", case_id.as_str()),
                ("on", on.as_str()),
                ("stance", "agree"),
                ("body", "Ik ben het ermee eens."),
                ("key", key.as_str()),
                ("intent", "send"),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::FOUND);
    let mut sannes = open(&app, &path).await;
    sign_in_elsewhere(&app, "mark").await;
    let mut marks = open(&app, &path).await;
    sign_in_elsewhere(&app, "ingrid").await;
    let input: String = sqlx::query_scalar("SELECT id FROM decision_inputs WHERE status = 'sent'")
        .fetch_one(&app.db.pool)
        .await
        .expect("input");
    let handled = app
        .post_form(
            HandleInput::PATH,
            &[
                ("case_id", case_id.as_str()),
                ("on", on.as_str()),
                ("input_id", input.as_str()),
            ],
        )
        .await;
    assert_eq!(handled.status, StatusCode::FOUND);
    assert_eq!(
        listen(&mut sannes, SOON).await,
        Heard::Change,
        "\"ontvangen door Ingrid\""
    );
    assert_eq!(
        listen(&mut marks, A_WHILE).await,
        Heard::Quiet,
        "the other parent hears nothing of her input"
    );
}
