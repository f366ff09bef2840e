//! "Bekijk als": a professional on the case sees a family member's pages exactly as that member
//! does (Mark does not see Sanne's secret address, so neither does the preview), read-only,
//! marked on every page, never the member's own messages or account, only this case, and
//! logged in the family's access log as a preview.

use crate::common;

use common::{spawn_app, TestApp};
use reqwest::StatusCode;

async fn person(app: &TestApp, given: &str) -> String {
    sqlx::query_scalar("SELECT id FROM persons WHERE given_name = $1")
        .bind(given)
        .fetch_one(&app.db.pool)
        .await
        .expect("person")
}

async fn previews(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM access_log WHERE action = 'preview'")
        .fetch_one(&app.db.pool)
        .await
        .expect("count")
}

#[tokio::test]
async fn a_professional_sees_a_parents_pages_as_the_parent_does_read_only_and_logged() {
    let app = spawn_app(true).await;
    let case = app.case_id_of("sanne").await;
    let mark = person(&app, "Mark").await;
    app.demo_sign_in("fatima").await;
    let console = app.get(&format!("/werk/zaak/{case}")).await;
    assert!(
        console.main().contains("Bekijk als Mark Bakker"),
        "{}",
        console.main()
    );
    // Fatima herself sees Sanne's secret address on the console.
    assert!(console.main().contains("Geheim adres 1"));

    let started = app
        .post_form(
            "/api/work/preview",
            &[("case_id", &case), ("person_id", &mark)],
        )
        .await;
    assert_eq!(started.status, StatusCode::FOUND, "{}", started.body);
    assert_eq!(started.location(), Some(format!("/zaak/{case}")));

    let overview = app.get(&format!("/zaak/{case}")).await;
    assert_eq!(overview.status, StatusCode::OK);
    assert!(
        overview
            .body
            .contains("Je ziet Helder zoals Mark Bakker het ziet"),
        "{}",
        overview.body
    );
    let family = app.get(&format!("/zaak/{case}/gezin")).await;
    assert_eq!(family.status, StatusCode::OK);
    assert!(
        family.main().contains("Zuiderzeestraat 12"),
        "Mark's own address"
    );
    assert!(
        !family.main().contains("Geheim adres"),
        "as Mark: never Sanne's secret address"
    );
    assert!(
        previews(&app).await >= 2,
        "each page read is logged as a preview"
    );

    // His own messages and account are his alone; a write is refused; so is another case.
    let messages = app.get(&format!("/zaak/{case}/berichten")).await;
    assert!(
        messages.main().contains("alleen voor het gezinslid zelf"),
        "{}",
        messages.main()
    );
    let settings = app.get("/instellingen").await;
    assert!(
        settings.main().contains("Dit is een voorbeeld"),
        "{}",
        settings.main()
    );
    let decision: String = sqlx::query_scalar(
        "SELECT id FROM decisions WHERE case_id = $1 AND decided_on IS NULL ORDER BY id LIMIT 1",
    )
    .bind(&case)
    .fetch_one(&app.db.pool)
    .await
    .expect("decision");
    let on = format!("decision:{decision}");
    let key = uuid::Uuid::new_v4().to_string();
    let write = app
        .call(
            "/api/case/save-input",
            &[
                ("case_id", &case),
                ("on", &on),
                ("body", "Namens Mark"),
                ("key", &key),
                ("intent", "send"),
            ],
        )
        .await;
    assert_eq!(
        write.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        write.body
    );
    let stored: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM decision_inputs WHERE body = 'Namens Mark'")
            .fetch_one(&app.db.pool)
            .await
            .expect("count");
    assert_eq!(stored, 0);
    let anouk_case: String = sqlx::query_scalar(
        "SELECT m.case_id FROM case_members m JOIN persons p ON p.id = m.person_id WHERE p.given_name = 'Anouk'",
    )
    .fetch_one(&app.db.pool)
    .await
    .expect("case");
    assert_eq!(
        app.get(&format!("/zaak/{anouk_case}")).await.status,
        StatusCode::NOT_FOUND
    );

    // Ending it: back to the console, as Fatima.
    let ended = app.post_form("/api/work/end-preview", &[]).await;
    assert_eq!(ended.location(), Some(format!("/werk/zaak/{case}")));
    let back = app.get(&format!("/werk/zaak/{case}")).await;
    assert_eq!(back.status, StatusCode::OK);
    assert!(!back.body.contains("Je ziet Helder zoals"));

    // The family sees that a professional looked as one of them.
    app.demo_sign_in("sanne").await;
    let log = app.get(&format!("/zaak/{case}/bekeken")).await;
    assert!(
        log.main()
            .contains("zoals iemand van jullie gezin het ziet"),
        "{}",
        log.main()
    );
}

#[tokio::test]
async fn only_a_professional_on_the_case_previews_and_only_someone_of_the_family() {
    let app = spawn_app(true).await;
    let case = app.case_id_of("sanne").await;
    let mark = person(&app, "Mark").await;
    let anouk = person(&app, "Anouk").await;
    let form = |p: &str| {
        vec![
            ("case_id".to_string(), case.clone()),
            ("person_id".to_string(), p.to_string()),
        ]
    };
    for (who, target) in [("sanne", &mark), ("rik", &mark), ("fatima", &anouk)] {
        app.demo_sign_in(who).await;
        let f = form(target);
        let f: Vec<(&str, &str)> = f.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let refused = app.call("/api/work/preview", &f).await;
        assert_eq!(refused.status, StatusCode::NOT_FOUND, "{who}");
        assert!(!app
            .get(&format!("/zaak/{case}"))
            .await
            .body
            .contains("Je ziet Helder zoals"));
    }
    assert_eq!(previews(&app).await, 0);
}
