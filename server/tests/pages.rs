//! Pages, languages and errors.

use crate::common;

use common::spawn_app;
use leptos::server_fn::ServerFn;
use reqwest::StatusCode;

#[tokio::test]
async fn the_start_page_is_dutch_by_default() {
    let app = spawn_app(false).await;
    let page = app.get("/").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(r#"<html lang="nl""#));
    assert!(page.main().contains("Welkom bij Helder"));
}

#[tokio::test]
async fn accept_language_english_gives_english_and_html_lang_follows() {
    let app = spawn_app(false).await;
    let page = app
        .get_with("/", &[("accept-language", "en-GB,en;q=0.9")])
        .await;
    assert!(page.body.contains(r#"<html lang="en""#));
    assert!(page.main().contains("Welcome to Helder"));
}

#[tokio::test]
async fn the_language_switch_sets_a_cookie_that_wins_over_the_browser() {
    let app = spawn_app(true).await;
    let res = app
        .post_form(
            app::api::account::SetLanguage::PATH,
            &[("lang", "en"), ("return_to", "/demo")],
        )
        .await;
    assert_eq!(res.status, StatusCode::FOUND);
    assert_eq!(res.location().as_deref(), Some("/demo"));
    let page = app.get_with("/demo", &[("accept-language", "nl")]).await;
    assert!(page.body.contains(r#"<html lang="en""#));
    assert!(page.main().contains("Demo: choose who you are"));
}

#[tokio::test]
async fn the_language_switch_never_redirects_off_site() {
    let app = spawn_app(false).await;
    let res = app
        .post_form(
            app::api::account::SetLanguage::PATH,
            &[("lang", "en"), ("return_to", "//evil.example/x")],
        )
        .await;
    assert_eq!(res.location().as_deref(), Some("/"));
}

#[tokio::test]
async fn an_unknown_language_is_refused_with_a_clear_message() {
    let app = spawn_app(false).await;
    let res = app
        .call(
            app::api::account::SetLanguage::PATH,
            &[("lang", "xx"), ("return_to", "/")],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("error-unknown-language"));
}

#[tokio::test]
async fn an_unknown_route_gives_a_translated_404_page_with_a_way_back() {
    let app = spawn_app(false).await;
    let nl = app.get("/bestaat/niet").await;
    assert_eq!(nl.status, StatusCode::NOT_FOUND);
    assert!(nl.main().contains("Deze pagina bestaat niet"));
    assert!(nl.main().contains(r#"href="/""#));
    let en = app
        .get_with("/does-not-exist", &[("accept-language", "en")])
        .await;
    assert!(en.main().contains("This page does not exist"));
}

#[tokio::test]
async fn odd_input_in_the_url_never_breaks_the_server() {
    let app = spawn_app(true).await;
    app.demo_sign_in("sanne").await;
    for path in [
        "/zaak/%00",
        "/zaak/'%20OR%201=1--",
        "/zaak/%F0%9F%92%A5",
        "/zaak/..%2F..%2Fetc%2Fpasswd",
        &format!("/zaak/{}", "a".repeat(5000)),
    ] {
        let page = app.get(path).await;
        assert!(
            page.status == StatusCode::NOT_FOUND || page.status == StatusCode::BAD_REQUEST,
            "{path}: {}",
            page.status
        );
    }
    // The server is still fine afterwards.
    assert_eq!(app.get("/").await.status, StatusCode::OK);
}

#[tokio::test]
async fn the_sqlite_database_runs_in_wal_mode_with_full_sync() {
    if common::on_postgres() {
        return;
    }
    let (url, _, _dir) = common::fresh_database().await;
    let db = server::db::Db::connect(&url).await.expect("connect");
    let mode: String = sqlx::query_scalar("PRAGMA journal_mode")
        .fetch_one(&db.pool)
        .await
        .expect("pragma");
    let sync: i64 = sqlx::query_scalar("PRAGMA synchronous")
        .fetch_one(&db.pool)
        .await
        .expect("pragma");
    let fk: i64 = sqlx::query_scalar("PRAGMA foreign_keys")
        .fetch_one(&db.pool)
        .await
        .expect("pragma");
    assert_eq!((mode.as_str(), sync, fk), ("wal", 2, 1));
}

#[tokio::test]
async fn migrations_apply_twice_without_harm() {
    let (url, pg, _dir) = common::fresh_database().await;
    let db = server::db::Db::connect(&url).await.expect("connect");
    db.migrate("test").await.expect("first");
    db.migrate("test").await.expect("second");
    db.pool.close().await;
    if let Some(name) = pg {
        common::drop_postgres_database(&name);
    }
}

#[tokio::test]
async fn a_refused_form_post_without_javascript_lands_on_a_translated_page() {
    let app = spawn_app(true).await;
    let res = app
        .post_form(app::api::demo::DemoSignIn::PATH, &[("key", "niemand")])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let to = res.location().expect("redirect");
    let page = app.get(&to).await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(page.main().contains("Deze pagina bestaat niet"));

    let res = app
        .post_form(
            app::api::account::SetLanguage::PATH,
            &[("lang", "klingon"), ("return_to", "/")],
        )
        .await;
    let page = app.get(&res.location().expect("redirect")).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.main().contains("Dat ging niet goed"));
}

#[tokio::test]
async fn a_form_with_missing_fields_is_bad_input_not_a_crash() {
    let app = spawn_app(true).await;
    let res = app
        .post_form(app::api::demo::DemoSignIn::PATH, &[("wrong", "field")])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let page = app.get(&res.location().expect("redirect")).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
}
