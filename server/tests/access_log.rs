//! The access log (NEN 7513): professionals' access is recorded, the family sees it in plain
//! words, the log is append-only, and verification finds any edit or removal.

use crate::common;

use common::spawn_app;
use leptos::server_fn::ServerFn;
use reqwest::StatusCode;
use server::access::log;

async fn rows(app: &common::TestApp) -> Vec<log::Row> {
    sqlx::query_as::<_, log::Row>("SELECT * FROM access_log ORDER BY seq")
        .fetch_all(&app.db.pool)
        .await
        .expect("rows")
}

#[tokio::test]
async fn a_professional_reading_a_case_is_logged_with_the_nen_7513_fields() {
    let app = spawn_app(true).await;
    let case = app.case_id_of("sanne").await;
    assert!(
        rows(&app).await.is_empty(),
        "a family member's own reading is not logged"
    );

    app.demo_sign_in("ingrid").await;
    app.get(&format!("/zaak/{case}/documenten")).await;
    let logged = rows(&app).await;
    let last = logged.last().expect("logged");
    assert_eq!(last.event.case_id, case);
    assert_eq!(last.event.actor_kind, "professional");
    assert_eq!(last.event.actor_role, "raadsonderzoeker");
    assert_eq!(
        last.event.organisation,
        "Raad voor de Kinderbescherming, Lelystad"
    );
    assert_eq!(last.event.data_kind, "documents");
    assert_eq!(last.event.action, "read");
    assert_eq!(last.event.basis, "professional-on-case");
    assert!(last.event.at.ends_with('Z'), "UTC: {}", last.event.at);
}

#[tokio::test]
async fn the_family_sees_who_looked_in_plain_words_without_names() {
    let app = spawn_app(true).await;
    let case = app.case_id_of("mark").await;
    app.demo_sign_in("fatima").await;
    app.get(&format!("/zaak/{case}")).await;
    app.demo_sign_in("noor").await;
    let page = app.get(&format!("/zaak/{case}/bekeken")).await;
    assert_eq!(page.status, StatusCode::OK);
    let main = page.main();
    assert!(
        main.contains("Medewerker wijkteam van Wijkteam Lelystad heeft jullie overzicht bekeken."),
        "{main}"
    );
    assert!(!main.contains("Fatima"), "names are not shown");
}

#[tokio::test]
async fn the_access_log_page_is_for_the_family_only() {
    let app = spawn_app(true).await;
    let lelystad = app.case_id_of("sanne").await;
    app.demo_sign_in("elif").await;
    let foreign = app
        .call(
            app::api::case_pages::CaseAccessLog::PATH,
            &[("case_id", &lelystad)],
        )
        .await;
    assert_eq!(foreign.status, StatusCode::NOT_FOUND);
    app.demo_sign_in("fatima").await;
    let professional = app
        .call(
            app::api::case_pages::CaseAccessLog::PATH,
            &[("case_id", &lelystad)],
        )
        .await;
    assert_eq!(professional.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_log_cannot_be_changed_or_emptied_through_the_database() {
    let app = spawn_app(true).await;
    let case = app.case_id_of("sanne").await;
    app.demo_sign_in("joost").await;
    app.get(&format!("/zaak/{case}")).await;
    assert!(sqlx::query("UPDATE access_log SET organisation = 'x'")
        .execute(&app.db.pool)
        .await
        .is_err());
    assert!(sqlx::query("DELETE FROM access_log")
        .execute(&app.db.pool)
        .await
        .is_err());
    assert_eq!(log::verify(&app.db).await.expect("verify").broken_at, None);
}

async fn drop_guards(app: &common::TestApp) {
    let statements: &[&str] = if common::on_postgres() {
        &["DROP TRIGGER access_log_no_change ON access_log"]
    } else {
        &[
            "DROP TRIGGER access_log_no_update",
            "DROP TRIGGER access_log_no_delete",
        ]
    };
    for s in statements {
        sqlx::query(s)
            .execute(&app.db.pool)
            .await
            .expect("drop trigger");
    }
}

async fn some_entries(app: &common::TestApp) {
    let case = app.case_id_of("sanne").await;
    app.demo_sign_in("ingrid").await; // landing on the case is itself a logged read
    let before = rows(app).await.len() as i64;
    for page in ["", "/traject", "/rechten", "/documenten"] {
        app.get(&format!("/zaak/{case}{page}")).await;
    }
    let v = log::verify(&app.db).await.expect("verify");
    assert_eq!((v.rows, v.broken_at), (before + 4, None));
}

#[tokio::test]
async fn verification_finds_an_edited_row() {
    let app = spawn_app(true).await;
    some_entries(&app).await;
    drop_guards(&app).await;
    sqlx::query("UPDATE access_log SET data_kind = 'help' WHERE seq = 2")
        .execute(&app.db.pool)
        .await
        .expect("tamper");
    assert_eq!(
        log::verify(&app.db).await.expect("verify").broken_at,
        Some(2)
    );
}

#[tokio::test]
async fn verification_finds_a_removed_row() {
    let app = spawn_app(true).await;
    some_entries(&app).await;
    drop_guards(&app).await;
    sqlx::query("DELETE FROM access_log WHERE seq = 3")
        .execute(&app.db.pool)
        .await
        .expect("tamper");
    assert_eq!(
        log::verify(&app.db).await.expect("verify").broken_at,
        Some(3)
    );
}

#[tokio::test]
async fn verification_finds_a_rewritten_tail() {
    let app = spawn_app(true).await;
    some_entries(&app).await;
    drop_guards(&app).await;
    // Recomputing one row's own hash is not enough: the next row still points at the old one.
    let row: log::Row = sqlx::query_as("SELECT * FROM access_log WHERE seq = 2")
        .fetch_one(&app.db.pool)
        .await
        .expect("row");
    let forged = log::Event {
        actor_role: "jeugdbeschermer".into(),
        ..row.event.clone()
    };
    let hash = log::chain_hash(&row.prev_hash, 2, &forged);
    sqlx::query("UPDATE access_log SET actor_role = 'jeugdbeschermer', hash = $1 WHERE seq = 2")
        .bind(hash)
        .execute(&app.db.pool)
        .await
        .expect("tamper");
    assert_eq!(
        log::verify(&app.db).await.expect("verify").broken_at,
        Some(3)
    );
}

#[tokio::test]
async fn concurrent_professional_reads_keep_one_unbroken_chain() {
    let app = spawn_app(true).await;
    let case = app.case_id_of("sanne").await;
    app.demo_sign_in("ingrid").await;
    let before = rows(&app).await.len() as i64;
    let mut tasks = vec![];
    for _ in 0..12 {
        let url = format!("{}/zaak/{case}", app.base);
        let cookie = format!(
            "{}={}",
            common::SESSION_COOKIE,
            app.session_cookie().expect("cookie")
        );
        tasks.push(tokio::spawn(async move {
            reqwest::Client::new()
                .get(url)
                .header("cookie", cookie)
                .send()
                .await
                .map(|r| r.status())
        }));
    }
    for t in tasks {
        assert_eq!(t.await.expect("join").expect("request"), StatusCode::OK);
    }
    let v = log::verify(&app.db).await.expect("verify");
    assert_eq!((v.rows, v.broken_at), (before + 12, None));
}

#[tokio::test]
async fn each_page_a_professional_opens_is_logged_exactly_once() {
    let app = spawn_app(true).await;
    let case = app.case_id_of("elif").await;
    app.demo_sign_in("rik").await;
    let before = rows(&app).await.len();
    let pages = [
        "",
        "/wie-doet-wat",
        "/traject",
        "/rechten",
        "/wat-komt-eraan",
        "/afspraken",
        "/documenten",
        "/hulp",
        "/wisselingen",
    ];
    for round in 0..3 {
        for page in pages {
            assert_eq!(
                app.get(&format!("/zaak/{case}{page}")).await.status,
                StatusCode::OK,
                "{page} round {round}"
            );
        }
    }
    let all = rows(&app).await;
    let mut kinds = std::collections::BTreeMap::new();
    for r in &all[before..] {
        *kinds.entry(r.event.data_kind.clone()).or_insert(0) += 1;
    }
    assert_eq!(all.len() - before, pages.len() * 3, "{kinds:?}");
}
