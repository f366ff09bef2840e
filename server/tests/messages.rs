//! Messages and the unsafe alert through the real server: exactly once, private per family
//! member, read receipts, bad input kept as a draft, escalation to the team.

use crate::common;

use app::api::messages::{CaseMessages, CaseThread, RaiseUnsafe, SendMessage};
use common::{demo_subject, send_message as send, spawn_app, TestApp};
use leptos::server_fn::ServerFn;
use reqwest::StatusCode;

async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar::<_, i64>(sql)
        .fetch_one(&app.db.pool)
        .await
        .expect(sql)
}

fn key() -> String {
    uuid::Uuid::new_v4().to_string()
}

#[tokio::test]
async fn a_retry_stores_one_message_and_a_reused_key_with_other_text_is_refused() {
    let app = spawn_app(true).await;
    let case_id = app.case_id_of("noor").await;
    let k = key();
    let first = send(&app, &case_id, "", "Mag ik je iets vragen?", &k).await;
    let again = send(&app, &case_id, "", "Mag ik je iets vragen?", &k).await;
    assert_eq!(first.0, StatusCode::OK, "{}", first.1);
    assert_eq!(first, again, "a retry returns the original message");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM messages").await, 1);
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM outbox").await,
        1,
        "message and outbox together"
    );
    let other = send(&app, &case_id, "", "Iets heel anders", &k).await;
    assert_eq!(other.0, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(other.1.contains("error-message-key-reused"));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM messages").await, 1);
}

#[tokio::test]
async fn concurrent_duplicates_store_one_message() {
    let app = spawn_app(true).await;
    let case_id = app.case_id_of("sanne").await;
    let k = key();
    let sends = (0..12).map(|_| send(&app, &case_id, "", "Tegelijk verstuurd", &k));
    let answers = futures_join_all(sends).await;
    assert!(answers.iter().all(|a| a == &answers[0]), "{answers:?}");
    assert_eq!(answers[0].0, StatusCode::OK);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM messages").await, 1);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM outbox").await, 1);
}

/// Run futures concurrently on this task (no extra dependency).
async fn futures_join_all<F: std::future::Future>(
    futures: impl Iterator<Item = F>,
) -> Vec<F::Output> {
    let handles: Vec<_> = futures.map(Box::pin).collect();
    let mut out = Vec::with_capacity(handles.len());
    let mut pending: Vec<_> = handles.into_iter().map(Some).collect();
    let mut results: Vec<Option<F::Output>> = (0..pending.len()).map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut all = true;
        for (i, slot) in pending.iter_mut().enumerate() {
            if let Some(fut) = slot {
                match fut.as_mut().poll(cx) {
                    std::task::Poll::Ready(v) => {
                        results[i] = Some(v);
                        *slot = None;
                    }
                    std::task::Poll::Pending => all = false,
                }
            }
        }
        if all {
            std::task::Poll::Ready(())
        } else {
            std::task::Poll::Pending
        }
    })
    .await;
    for r in results {
        out.push(r.expect("finished"));
    }
    out
}

#[tokio::test]
async fn a_youths_thread_is_never_visible_to_a_parent() {
    let app = spawn_app(true).await;
    let case_id = app.case_id_of("noor").await;
    send(
        &app,
        &case_id,
        "",
        "Dit is alleen voor jou, Fatima.",
        &key(),
    )
    .await;
    let noor = demo_subject(&app, "noor").await.parts().1.to_string();
    for parent in ["sanne", "mark"] {
        app.demo_sign_in(parent).await;
        let page = app.get(&format!("/zaak/{case_id}/berichten")).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            !page.body.contains("alleen voor jou"),
            "{parent} saw Noor's message"
        );
        let json = app.call(CaseMessages::PATH, &[("case_id", &case_id)]).await;
        assert!(!json.body.contains("alleen voor jou"));
        let thread = app
            .call(
                CaseThread::PATH,
                &[("case_id", &case_id), ("person_id", &noor)],
            )
            .await;
        assert_eq!(thread.status, StatusCode::NOT_FOUND);
        let (status, _) = send(&app, &case_id, &noor, "Ik schrijf in Noors gesprek", &key()).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
    }
    // A professional on the case who does not answer messages cannot read them either.
    app.demo_sign_in("ingrid").await;
    assert_eq!(
        app.get(&format!("/zaak/{case_id}/berichten/{noor}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // The vaste professional and the veiligheidsteam member can.
    for pro in ["fatima", "joost"] {
        app.demo_sign_in(pro).await;
        let page = app.get(&format!("/zaak/{case_id}/berichten/{noor}")).await;
        assert!(page.main().contains("alleen voor jou"), "{pro}");
    }
    assert_eq!(count(&app, "SELECT COUNT(*) FROM messages").await, 1);
}

#[tokio::test]
async fn the_author_sees_when_and_by_whom_a_message_was_read_and_when_an_answer_is_due() {
    let app = spawn_app(true).await;
    let case_id = app.case_id_of("sanne").await;
    send(&app, &case_id, "", "Wanneer is de zitting?", &key()).await;
    let page = app.get(&format!("/zaak/{case_id}/berichten")).await;
    assert!(page.main().contains("Nog niet gelezen"));
    assert!(page.main().contains("Je krijgt uiterlijk"));
    let sanne = demo_subject(&app, "sanne").await.parts().1.to_string();
    app.demo_sign_in("fatima").await;
    let team = app.get(&format!("/zaak/{case_id}/berichten")).await;
    assert!(
        team.main().contains("1 ongelezen bericht"),
        "{}",
        team.main()
    );
    app.get(&format!("/zaak/{case_id}/berichten/{sanne}")).await;
    send(&app, &case_id, &sanne, "Op 12 december om 10 uur.", &key()).await;
    app.demo_sign_in("sanne").await;
    let page = app.get(&format!("/zaak/{case_id}/berichten")).await;
    assert!(
        page.main().contains("Gelezen door Fatima"),
        "{}",
        page.main()
    );
    assert!(page.main().contains("Op 12 december om 10 uur."));
    assert!(!page.main().contains("Je krijgt uiterlijk"), "answered");
}

#[tokio::test]
async fn an_unanswered_message_past_its_day_is_flagged_to_the_professional() {
    let app = spawn_app(true).await;
    let case_id = app.case_id_of("sanne").await;
    send(&app, &case_id, "", "Hallo?", &key()).await;
    sqlx::query(
        "UPDATE messages SET created_at = '2026-01-05T09:00:00Z', created_us = 1767603600000000",
    )
    .execute(&app.db.pool)
    .await
    .unwrap();
    app.demo_sign_in("fatima").await;
    let team = app.get(&format!("/zaak/{case_id}/berichten")).await;
    assert!(team.main().contains("Te laat"), "{}", team.main());
}

#[tokio::test]
async fn bad_input_is_refused_with_a_message_and_the_draft_kept() {
    let app = spawn_app(true).await;
    let case_id = app.case_id_of("sanne").await;
    let long = "a".repeat(2001);
    for (body, message) in [
        ("   ", "Je hebt niets ingevuld."),
        (long.as_str(), "Deze tekst is te lang."),
        ("stop\u{0}hier", "tekens die we niet kunnen gebruiken"),
    ] {
        let res = app
            .post_form(
                SendMessage::PATH,
                &[
                    ("case_id", &case_id),
                    ("person_id", ""),
                    ("body", body),
                    ("key", &key()),
                ],
            )
            .await;
        assert!(res.status.is_redirection(), "{}", res.status);
        let page = app.get(&format!("/zaak/{case_id}/berichten")).await;
        assert!(page.main().contains(message), "{message}: {}", page.main());
        if body.trim().len() > 5 {
            let kept: String = body.chars().filter(|c| !c.is_control()).take(50).collect();
            assert!(page.main().contains(&kept), "the draft is kept");
        }
    }
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM messages").await,
        0,
        "nothing stored"
    );
    // Markup is stored as typed and shown as text.
    send(
        &app,
        &case_id,
        "",
        "<script>alert(1)</script> <b>vet</b>",
        &key(),
    )
    .await;
    let page = app.get(&format!("/zaak/{case_id}/berichten")).await;
    assert!(page
        .main()
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!page.main().contains("<b>vet</b>"));
    assert!(
        !page.main().contains("Je hebt niets ingevuld."),
        "the draft is gone after a send"
    );
}

#[tokio::test]
async fn an_unsafe_alert_reaches_the_vaste_professional_and_escalates_to_the_team() {
    let app = spawn_app(true).await;
    let case_id = app.case_id_of("noor").await;
    let page = app.get(&format!("/zaak/{case_id}/niet-veilig")).await;
    assert!(page.main().contains("tel:112"));
    assert!(page.main().contains("tel:08002000"));
    assert!(page.main().contains("tel:08000432"));
    let res = app
        .post_form(
            RaiseUnsafe::PATH,
            &[
                ("case_id", &case_id),
                ("note", "thuis ruzie"),
                ("key", &key()),
            ],
        )
        .await;
    assert_eq!(
        res.location().as_deref(),
        Some(format!("/zaak/{case_id}/niet-veilig?verstuurd=1").as_str())
    );
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM outbox WHERE topic = 'urgent'").await,
        1
    );
    // A parent cannot raise one for the youth, and does not see it.
    app.demo_sign_in("sanne").await;
    assert_eq!(
        app.get(&format!("/zaak/{case_id}/niet-veilig"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert!(!app
        .get(&format!("/zaak/{case_id}"))
        .await
        .body
        .contains("niet veilig"));
    // Not read in time: the whole team sees it on the overview.
    let far_future = i64::MAX;
    server::store::messages::escalate_unread(&app.db, far_future, "2026-11-29T12:00:00Z")
        .await
        .unwrap();
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM outbox WHERE topic = 'escalation'"
        )
        .await,
        1
    );
    app.demo_sign_in("ingrid").await;
    let overview = app.get(&format!("/zaak/{case_id}")).await;
    assert!(
        overview.main().contains("Noor meldde"),
        "{}",
        overview.main()
    );
    // The vaste professional reads it: the alert is gone.
    let noor = demo_subject(&app, "noor").await.parts().1.to_string();
    app.demo_sign_in("fatima").await;
    let thread = app.get(&format!("/zaak/{case_id}/berichten/{noor}")).await;
    assert!(thread.main().contains("thuis ruzie"));
    app.demo_sign_in("ingrid").await;
    assert!(!app
        .get(&format!("/zaak/{case_id}"))
        .await
        .main()
        .contains("Noor meldde"));
}
