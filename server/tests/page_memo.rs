//! A page asked for again is answered from memory only while nothing it was made from can have
//! changed (`server::http::page_memo`): these tests hold each condition, on SQLite and on
//! PostgreSQL, with writes by this server and by another connection (a second instance).

use crate::common;

use common::{spawn_app, spawn_with, Page, TestApp};
use leptos::server_fn::ServerFn;
use reqwest::StatusCode;
use server::db::Db;

fn nonce_of(page: &Page) -> String {
    let policy = page.headers["content-security-policy"]
        .to_str()
        .expect("policy");
    policy
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .expect("a nonce in the policy")
        .to_string()
}

/// Whether the memo answered since `before`. On PostgreSQL the number it follows moves with
/// every commit in the whole cluster, other test databases' included, so there a view may be
/// rendered afresh at any time: the counts are only held on SQLite (and on PostgreSQL by
/// [`comes_from_memory_at_some_point`]).
fn answered_since(app: &TestApp, before: u64, expected: u64) {
    if !common::on_postgres() {
        assert_eq!(app.memo.hits(), before + expected);
    }
}

/// On a quiet moment a view comes from memory, on either database.
async fn comes_from_memory_at_some_point(app: &TestApp, path: &str) -> Page {
    for _ in 0..200 {
        let before = app.memo.hits();
        let page = app.get(path).await;
        if app.memo.hits() > before {
            return page;
        }
    }
    panic!("no view of {path} came from memory");
}

async fn access_rows(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM access_log")
        .fetch_one(&app.db.pool)
        .await
        .expect("count")
}

#[tokio::test]
async fn a_page_asked_for_again_comes_from_memory_with_a_nonce_of_its_own() {
    let app = spawn_app(true).await;
    let case = app.case_id_of("sanne").await;
    let path = format!("/zaak/{case}");
    let first = app.get(&path).await;
    let hits = app.memo.hits();
    let second = app.get(&path).await;
    answered_since(&app, hits, 1);
    let second = if common::on_postgres() {
        comes_from_memory_at_some_point(&app, &path).await
    } else {
        second
    };
    assert_eq!(second.status, StatusCode::OK);
    assert_eq!(first.main(), second.main());
    let (a, b) = (nonce_of(&first), nonce_of(&second));
    assert_ne!(a, b, "every answer has a nonce of its own");
    assert!(!second.body.contains(&a), "the old nonce is nowhere");
    assert!(
        second.body.contains(&format!("nonce=\"{b}\"")),
        "the scripts carry the policy's nonce"
    );
    assert_eq!(second.headers["cache-control"], "no-store");
    assert!(
        !second.set_cookies().is_empty(),
        "the session's idle time still moves on"
    );
}

#[tokio::test]
async fn a_change_committed_by_anyone_is_on_the_very_next_view() {
    let app = spawn_app(true).await;
    let case = app.case_id_of("sanne").await;
    let path = format!("/zaak/{case}");
    app.get(&path).await;
    app.get(&path).await;

    // Through the server's own pool, as its services write.
    sqlx::query("UPDATE persons SET given_name = 'Sanna' WHERE given_name = 'Sanne'")
        .execute(&app.db.pool)
        .await
        .expect("update");
    let page = app.get(&path).await;
    assert!(page.main().contains("Hallo Sanna."), "{}", page.main());

    // Through a connection of another process (a second instance, a command).
    let other = Db::connect(&app.database_url).await.expect("connect");
    sqlx::query("UPDATE persons SET given_name = 'Sanja' WHERE given_name = 'Sanna'")
        .execute(&other.pool)
        .await
        .expect("update");
    let page = app.get(&path).await;
    assert!(page.main().contains("Hallo Sanja."), "{}", page.main());
    let again = comes_from_memory_at_some_point(&app, &path).await;
    assert!(again.main().contains("Hallo Sanja."));
}

#[tokio::test]
async fn every_view_by_a_professional_is_rendered_and_logged() {
    let app = spawn_app(true).await;
    let case = app.case_id_of("sanne").await;
    app.demo_sign_in("fatima").await;
    let path = format!("/zaak/{case}");
    let hits = app.memo.hits();
    let before = access_rows(&app).await;
    for _ in 0..3 {
        assert_eq!(app.get(&path).await.status, StatusCode::OK);
    }
    assert_eq!(access_rows(&app).await, before + 3, "one row per view");
    assert_eq!(app.memo.hits(), hits, "none came from memory");
}

#[tokio::test]
async fn a_page_is_only_given_to_the_session_it_was_made_for() {
    let app = spawn_app(true).await;
    let case = app.case_id_of("sanne").await;
    let path = format!("/zaak/{case}");
    let sanne = app.get(&path).await;
    assert!(sanne.main().contains("Hallo Sanne."));

    // The other parent, same address: their own view, never Sanne's.
    let hits = app.memo.hits();
    let landing = app.demo_sign_in("mark").await;
    let mark = app.get(&path).await;
    answered_since(&app, hits, u64::from(landing.main() == mark.main()));
    assert!(mark.main().contains("Hallo Mark."), "{}", mark.main());
    assert!(!mark.main().contains("Hallo Sanne."));

    // Sanne again, on a new session: its first view is made afresh for it.
    let hits = app.memo.hits();
    let landing = app.demo_sign_in("sanne").await;
    assert_eq!(app.memo.hits(), hits, "never from memory: a new session");
    assert!(landing.main().contains("Hallo Sanne."));
}

#[tokio::test]
async fn after_signing_out_the_old_cookie_gets_nothing_from_memory() {
    let app = spawn_app(true).await;
    let case = app.case_id_of("sanne").await;
    let path = format!("/zaak/{case}");
    app.get(&path).await;
    app.get(&path).await;
    let stolen = app.session_cookie().expect("cookie");
    app.post_form(app::api::account::SignOut::PATH, &[]).await;
    app.set_session_cookie(Some(stolen.clone()));
    assert_eq!(app.get(&path).await.status, StatusCode::UNAUTHORIZED);

    // Ended on another instance (the row gone): the same.
    app.demo_sign_in("sanne").await;
    app.get(&path).await;
    app.get(&path).await;
    let other = Db::connect(&app.database_url).await.expect("connect");
    sqlx::query("DELETE FROM sessions")
        .execute(&other.pool)
        .await
        .expect("delete");
    assert_eq!(app.get(&path).await.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn with_the_memo_off_every_view_is_rendered() {
    let app = spawn_with(|c| {
        c.demo = true;
        c.page_memo = false;
    })
    .await;
    let case = app.case_id_of("sanne").await;
    let path = format!("/zaak/{case}");
    app.get(&path).await;
    app.get(&path).await;
    assert_eq!(app.memo.hits(), 0);
}

#[tokio::test]
async fn the_commit_epoch_moves_with_every_commit_by_any_connection() {
    let app = spawn_app(false).await;
    let epoch = &app.db.epoch;
    let first = epoch.current().await.expect("epoch");
    sqlx::query("SELECT COUNT(*) FROM persons")
        .fetch_one(&app.db.pool)
        .await
        .expect("read");
    if !common::on_postgres() {
        assert_eq!(epoch.current().await, Some(first), "a read is no change");
    }
    sqlx::query("DELETE FROM sessions WHERE id_hash = 'none'")
        .execute(&app.db.pool)
        .await
        .expect("delete nothing");
    sqlx::query(
        "INSERT INTO server_secrets (name, value, created_at) VALUES ('epoch-test', 'x', 'now')",
    )
    .execute(&app.db.pool)
    .await
    .expect("write");
    let second = epoch.current().await.expect("epoch");
    assert_ne!(second, first, "a commit on the server's own pool");
    let other = Db::connect(&app.database_url).await.expect("connect");
    sqlx::query("DELETE FROM server_secrets WHERE name = 'epoch-test'")
        .execute(&other.pool)
        .await
        .expect("write");
    assert_ne!(epoch.current().await, Some(second), "a commit elsewhere");
}
