//! Sessions: cookie attributes, id rotation at sign-in, sign-out ends the server session.

use crate::common;

use common::{spawn_app, SESSION_COOKIE};
use leptos::server_fn::ServerFn;
use reqwest::StatusCode;

#[tokio::test]
async fn the_session_cookie_is_host_prefixed_http_only_secure_and_strict() {
    let app = spawn_app(true).await;
    let res = app
        .post_form(app::api::demo::DemoSignIn::PATH, &[("key", "sanne")])
        .await;
    let cookie = res
        .set_cookies()
        .into_iter()
        .find(|c| c.starts_with(&format!("{SESSION_COOKIE}=")))
        .expect("session cookie");
    for attribute in ["HttpOnly", "Secure", "SameSite=Strict", "Path=/"] {
        assert!(
            cookie.contains(attribute),
            "{attribute} missing in {cookie}"
        );
    }
    assert!(
        !cookie.contains("Domain="),
        "a __Host- cookie has no Domain"
    );
}

#[tokio::test]
async fn signing_in_gives_a_new_session_id() {
    let app = spawn_app(true).await;
    app.demo_sign_in("sanne").await;
    let first = app.session_cookie().expect("cookie");
    app.demo_sign_in("mark").await;
    let second = app.session_cookie().expect("cookie");
    assert_ne!(first, second);
}

#[tokio::test]
async fn signing_out_ends_the_session_on_the_server() {
    let app = spawn_app(true).await;
    let case = app.case_id_of("sanne").await;
    let stolen = app.session_cookie().expect("cookie");

    let res = app.post_form(app::api::account::SignOut::PATH, &[]).await;
    assert_eq!(res.status, StatusCode::FOUND);
    assert_eq!(res.location().as_deref(), Some("/"));

    // Replaying the old cookie no longer works.
    app.set_session_cookie(Some(stolen));
    assert_eq!(
        app.get(&format!("/zaak/{case}")).await.status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn session_ids_are_stored_only_as_hashes() {
    let app = spawn_app(true).await;
    app.demo_sign_in("sanne").await;
    let cookie = app.session_cookie().expect("cookie");
    let stored: Vec<String> = sqlx::query_scalar("SELECT id_hash FROM sessions")
        .fetch_all(&app.db.pool)
        .await
        .expect("query");
    assert!(!stored.is_empty());
    assert!(
        stored.iter().all(|h| h.len() == 64 && !h.contains(&cookie)),
        "{stored:?}"
    );
}

#[tokio::test]
async fn a_save_that_only_moves_the_idle_expiry_a_little_writes_nothing() {
    use server::auth::session_store::{DbSessionStore, EXPIRY_SLACK};
    use tower_sessions::session::{Id, Record};
    use tower_sessions::session_store::SessionStore;

    let app = spawn_app(false).await;
    let store = DbSessionStore::new(app.db.clone());
    let mut record = Record {
        id: Id::default(),
        data: [
            ("a".to_string(), serde_json::json!(1)),
            ("b".to_string(), serde_json::json!({"x": [1, 2]})),
            ("c".to_string(), serde_json::json!("drie")),
        ]
        .into_iter()
        .collect(),
        expiry_date: time::OffsetDateTime::now_utc() + time::Duration::minutes(30),
    };
    store.create(&mut record).await.expect("create");

    // The next request, seconds later: the same data, the expiry a little later.
    record.expiry_date += time::Duration::seconds(5);
    assert!(
        !store.write(&record).await.expect("save"),
        "nothing to write"
    );
    // Once the stored expiry lags more than the slack, it is written.
    record.expiry_date += time::Duration::seconds(EXPIRY_SLACK);
    assert!(
        store.write(&record).await.expect("save"),
        "the expiry moved"
    );
    // Changed data is always written, at once.
    record
        .data
        .insert("c".to_string(), serde_json::json!("vier"));
    assert!(
        store.write(&record).await.expect("save"),
        "the data changed"
    );
    let loaded = store.load(&record.id).await.expect("load").expect("there");
    assert_eq!(loaded.data, record.data);
}

/// A page view loads the session and saves it with an expiry a few seconds later. When that
/// changes nothing worth writing, the store decides so from what it loaded, without an UPDATE:
/// on SQLite an UPDATE that matches no row still waits for the single write lock, so every
/// page view waited behind every write. Proved by holding the write lock elsewhere.
#[tokio::test]
async fn a_page_views_session_save_does_not_wait_for_the_write_lock() {
    use server::auth::session_store::DbSessionStore;
    use server::config::DatabaseKind;
    use tower_sessions::session::{Id, Record};
    use tower_sessions::session_store::SessionStore;

    let app = spawn_app(false).await;
    if app.db.kind != DatabaseKind::Sqlite {
        return; // PostgreSQL locks rows, not the database: nothing to wait for there.
    }
    let store = DbSessionStore::new(app.db.clone());
    let mut record = Record {
        id: Id::default(),
        data: [("a".to_string(), serde_json::json!({"x": [1, 2]}))]
            .into_iter()
            .collect(),
        expiry_date: time::OffsetDateTime::now_utc() + time::Duration::minutes(30),
    };
    store.create(&mut record).await.expect("create");

    let mut writer = app.db.pool.acquire().await.expect("a connection");
    sqlx::query("BEGIN IMMEDIATE")
        .execute(&mut *writer)
        .await
        .expect("hold the write lock");

    // Two requests of one page at once (the page and its live stream): both load, both save.
    let view = async {
        let mut page = store.load(&record.id).await.expect("load").expect("there");
        let mut stream = store.load(&record.id).await.expect("load").expect("there");
        page.expiry_date += time::Duration::seconds(5);
        stream.expiry_date += time::Duration::seconds(6);
        store.save(&page).await.expect("save");
        store.save(&stream).await.expect("save");
    };
    let waited = tokio::time::timeout(std::time::Duration::from_secs(2), view).await;
    sqlx::query("ROLLBACK")
        .execute(&mut *writer)
        .await
        .expect("release");
    assert!(waited.is_ok(), "the view waited for the write lock");

    // A save that must write still does, once the lock is free.
    let mut loaded = store.load(&record.id).await.expect("load").expect("there");
    loaded
        .data
        .insert("b".to_string(), serde_json::json!("nieuw"));
    store.save(&loaded).await.expect("save");
    let again = store.load(&record.id).await.expect("load").expect("there");
    assert_eq!(again.data, loaded.data);
}
