//! Test harness: a real server on port 0 with a fresh database per test.
//!
//! `HELDER_TEST_DATABASE=postgres` runs the suite on PostgreSQL (a new database per test,
//! dropped afterwards; base URL from `HELDER_TEST_POSTGRES_URL`, default
//! postgres://postgres@127.0.0.1:5432/postgres); anything else runs it on a fresh SQLite file.
#![allow(dead_code)]

pub mod actors;

use std::sync::Mutex;

use reqwest::header::{HeaderMap, ACCEPT, COOKIE, LOCATION, SET_COOKIE};
use reqwest::{redirect::Policy, StatusCode};
use server::config::{Config, DatabaseUrl};
use server::startup::Application;
use sqlx::{Connection, Executor};

pub const SESSION_COOKIE: &str = "__Host-helder";

pub struct TestApp {
    pub base: String,
    /// The server's own database, for checking what was stored.
    pub db: server::db::Db,
    /// The server's case services, for writing as the console and the API will.
    pub services: server::services::Backend,
    /// The memo of pages asked for again (to count what it answered).
    pub memo: server::http::page_memo::PageMemo,
    pub database_url: DatabaseUrl,
    client: reqwest::Client,
    session: Mutex<Option<String>>,
    lang: Mutex<Option<String>>,
    pg_database: Option<String>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    _dir: Option<TempDir>,
}

/// A temporary folder removed on drop.
pub struct TempDir(pub std::path::PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn postgres_base() -> String {
    std::env::var("HELDER_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

pub fn on_postgres() -> bool {
    std::env::var("HELDER_TEST_DATABASE").is_ok_and(|v| v == "postgres")
}

/// A fresh, empty database URL for one test.
pub async fn fresh_database() -> (DatabaseUrl, Option<String>, Option<TempDir>) {
    if on_postgres() {
        let name = format!("helder_test_{}", uuid::Uuid::new_v4().simple());
        let base = postgres_base();
        let mut conn = sqlx::PgConnection::connect(&base)
            .await
            .expect("connect to PostgreSQL");
        conn.execute(format!("CREATE DATABASE {name}").as_str())
            .await
            .expect("create test database");
        let url = match base.rsplit_once('/') {
            Some((server, _)) => format!("{server}/{name}"),
            None => panic!("HELDER_TEST_POSTGRES_URL needs a database path"),
        };
        (DatabaseUrl::parse(&url).expect("url"), Some(name), None)
    } else {
        let dir =
            std::env::temp_dir().join(format!("helder-test-{}", uuid::Uuid::new_v4().simple()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let url =
            DatabaseUrl::parse(&format!("sqlite://{}/helder.db", dir.display())).expect("url");
        (url, None, Some(TempDir(dir)))
    }
}

pub fn drop_postgres_database(name: &str) {
    let name = name.to_string();
    // Drop runs outside the test's runtime; a short-lived runtime on its own thread does it.
    let _ = std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        rt.block_on(async {
            if let Ok(mut conn) = sqlx::PgConnection::connect(&postgres_base()).await {
                let _ = conn
                    .execute(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").as_str())
                    .await;
            }
        });
    })
    .join();
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(name) = &self.pg_database {
            drop_postgres_database(name);
        }
    }
}

pub async fn spawn_app(demo: bool) -> TestApp {
    spawn_with(|c| c.demo = demo).await
}

pub async fn spawn_with(adjust: impl FnOnce(&mut Config)) -> TestApp {
    let (database, pg_database, dir) = fresh_database().await;
    spawn_on(database, pg_database, dir, adjust).await
}

/// A second server instance on the same database as `first` (as several instances behind a
/// load balancer share one PostgreSQL). It leaves the database to `first` to drop.
pub async fn spawn_sharing(first: &TestApp, adjust: impl FnOnce(&mut Config)) -> TestApp {
    spawn_on(first.database_url.clone(), None, None, adjust).await
}

async fn spawn_on(
    database: DatabaseUrl,
    pg_database: Option<String>,
    dir: Option<TempDir>,
    adjust: impl FnOnce(&mut Config),
) -> TestApp {
    // `HELDER_TEST_LOG=warn` (a filter) shows the server's log of a failing test.
    if let Ok(filter) = std::env::var("HELDER_TEST_LOG") {
        let _ = tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::new(filter))
            .with_test_writer()
            .try_init();
    }
    let mut config = Config {
        database: database.clone(),
        port: 1,
        ..Config::default()
    };
    adjust(&mut config);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let app = Application::build_with_listener(config, listener)
        .await
        .expect("build app");
    let base = format!("http://{}", app.local_addr());
    let db = app.db.clone();
    let services = app.services();
    let memo = app.page_memo();
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(app.run_until(async move {
        let _ = rx.await;
    }));
    TestApp {
        base,
        db,
        services,
        memo,
        database_url: database,
        client: reqwest::Client::builder()
            .redirect(Policy::none())
            .build()
            .expect("client"),
        session: Mutex::new(None),
        lang: Mutex::new(None),
        pg_database,
        shutdown: Some(tx),
        _dir: dir,
    }
}

/// A response, read completely.
pub struct Page {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Page {
    pub fn location(&self) -> Option<String> {
        self.headers
            .get(LOCATION)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    }

    /// The `<main>` element: the page content without per-response parts such as nonces.
    pub fn main(&self) -> &str {
        let start = self.body.find("<main").unwrap_or(0);
        let end = self.body.find("</main>").map_or(self.body.len(), |i| i + 7);
        &self.body[start..end]
    }

    pub fn set_cookies(&self) -> Vec<String> {
        self.headers
            .get_all(SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .map(str::to_owned)
            .collect()
    }
}

impl TestApp {
    fn cookie_header(&self) -> Option<String> {
        let mut parts = vec![];
        if let Some(s) = self.session.lock().expect("lock").clone() {
            parts.push(format!("{SESSION_COOKIE}={s}"));
        }
        if let Some(l) = self.lang.lock().expect("lock").clone() {
            parts.push(format!("helder-taal={l}"));
        }
        (!parts.is_empty()).then(|| parts.join("; "))
    }

    /// Keep cookies the way a browser would (the __Host- cookie is Secure, which a plain-http
    /// client jar would drop, so the harness keeps it by hand).
    fn remember(&self, page: &Page) {
        for c in page.set_cookies() {
            let first = c.split(';').next().unwrap_or("");
            let Some((name, value)) = first.split_once('=') else {
                continue;
            };
            let expired = c.contains("Max-Age=0") || value.is_empty();
            if name == SESSION_COOKIE {
                *self.session.lock().expect("lock") = (!expired).then(|| value.to_string());
            } else if name == "helder-taal" {
                *self.lang.lock().expect("lock") = Some(value.to_string());
            }
        }
    }

    async fn finish(&self, res: reqwest::Response) -> Page {
        let page = Page {
            status: res.status(),
            headers: res.headers().clone(),
            body: res.text().await.expect("body"),
        };
        self.remember(&page);
        page
    }

    pub async fn get(&self, path: &str) -> Page {
        self.get_with(path, &[]).await
    }

    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> Page {
        let mut req = self
            .client
            .get(format!("{}{path}", self.base))
            .header(ACCEPT, "text/html");
        if let Some(c) = self.cookie_header() {
            req = req.header(COOKIE, c);
        }
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        self.finish(req.send().await.expect("GET")).await
    }

    /// A plain HTML form post, as a browser without JavaScript sends it.
    pub async fn post_form(&self, path: &str, form: &[(&str, &str)]) -> Page {
        let mut req = self
            .client
            .post(format!("{}{path}", self.base))
            .header(ACCEPT, "text/html")
            .form(form);
        if let Some(c) = self.cookie_header() {
            req = req.header(COOKIE, c);
        }
        self.finish(req.send().await.expect("POST")).await
    }

    /// A body of any type, as a probe sends it (no `Accept`: the status itself is the answer).
    pub async fn post_raw(&self, path: &str, content_type: &str, body: Vec<u8>) -> Page {
        let mut req = self
            .client
            .post(format!("{}{path}", self.base))
            .header(reqwest::header::CONTENT_TYPE, content_type)
            .body(body);
        if let Some(c) = self.cookie_header() {
            req = req.header(COOKIE, c);
        }
        self.finish(req.send().await.expect("POST")).await
    }

    /// A multipart form as a probe sends it (no `Accept`): the status is the answer.
    pub async fn post_multipart_form(
        &self,
        path: &str,
        form: reqwest::multipart::Form,
    ) -> StatusCode {
        let mut req = self
            .client
            .post(format!("{}{path}", self.base))
            .multipart(form);
        if let Some(c) = self.cookie_header() {
            req = req.header(COOKIE, c);
        }
        self.finish(req.send().await.expect("POST")).await.status
    }

    /// A form with a file (multipart), as a browser sends the console's upload form.
    pub async fn post_multipart(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        file: Option<(&str, Vec<u8>)>,
    ) -> Page {
        let mut form = reqwest::multipart::Form::new();
        for (k, v) in fields {
            form = form.text(k.to_string(), v.to_string());
        }
        if let Some((name, bytes)) = file {
            let part = reqwest::multipart::Part::bytes(bytes)
                .file_name(name.to_string())
                .mime_str("application/pdf")
                .expect("mime");
            form = form.part("file", part);
        }
        let mut req = self
            .client
            .post(format!("{}{path}", self.base))
            .header(ACCEPT, "text/html")
            .multipart(form);
        if let Some(c) = self.cookie_header() {
            req = req.header(COOKIE, c);
        }
        self.finish(req.send().await.expect("POST")).await
    }

    /// A server function call as the hydrated app makes it (form-encoded in, JSON out).
    pub async fn call(&self, path: &str, form: &[(&str, &str)]) -> Page {
        let mut req = self
            .client
            .post(format!("{}{path}", self.base))
            .header(ACCEPT, "application/json")
            .form(form);
        if let Some(c) = self.cookie_header() {
            req = req.header(COOKIE, c);
        }
        self.finish(req.send().await.expect("call")).await
    }

    /// Open a streaming GET (Server-Sent Events) with the current session; the response is
    /// read by the caller, chunk by chunk.
    pub async fn open_stream(&self, path: &str) -> reqwest::Response {
        let mut req = self
            .client
            .get(format!("{}{path}", self.base))
            .header(ACCEPT, "text/event-stream");
        if let Some(c) = self.cookie_header() {
            req = req.header(COOKIE, c);
        }
        req.send().await.expect("stream")
    }

    pub fn session_cookie(&self) -> Option<String> {
        self.session.lock().expect("lock").clone()
    }

    pub fn set_session_cookie(&self, value: Option<String>) {
        *self.session.lock().expect("lock") = value;
    }

    pub fn set_language_cookie(&self, lang: &str) {
        *self.lang.lock().expect("lock") = Some(lang.to_string());
    }

    /// Sign in through the demo page's form; returns the page it lands on.
    pub async fn demo_sign_in(&self, key: &str) -> Page {
        use leptos::server_fn::ServerFn;
        let res = self
            .post_form(app::api::demo::DemoSignIn::PATH, &[("key", key)])
            .await;
        assert_eq!(
            res.status,
            StatusCode::FOUND,
            "demo sign-in as {key}: {}",
            res.body
        );
        let to = res.location().expect("redirect after sign-in");
        self.get(&to).await
    }

    /// The case id of the page a demo person lands on after sign-in.
    pub async fn case_id_of(&self, key: &str) -> String {
        use leptos::server_fn::ServerFn;
        let res = self
            .post_form(app::api::demo::DemoSignIn::PATH, &[("key", key)])
            .await;
        let to = res.location().expect("redirect");
        to.strip_prefix("/zaak/")
            .expect("lands on a case")
            .to_string()
    }
}

/// Send a message as the signed-in subject, the way the hydrated page does; `person` is the
/// thread's person for a professional, empty for one's own thread.
pub async fn send_message(
    app: &TestApp,
    case_id: &str,
    person: &str,
    body: &str,
    key: &str,
) -> (StatusCode, String) {
    use leptos::server_fn::ServerFn;
    let res = app
        .call(
            app::api::messages::SendMessage::PATH,
            &[
                ("case_id", case_id),
                ("person_id", person),
                ("body", body),
                ("key", key),
            ],
        )
        .await;
    (res.status, res.body)
}

/// A session for any subject, written straight into the session table as the server would
/// (the id only as its hash). Returns the cookie value. Lets tests act as subjects that have
/// no sign-in route yet (reviewer, administrator) or that a test creates itself.
pub async fn session_for(app: &TestApp, subject: &app::domain::Subject) -> String {
    let id = tower_sessions::session::Id::default();
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let data = serde_json::json!({
        app::api::session::SUBJECT_KEY: subject,
        "started_at": now,
        "user_agent": "test",
    });
    sqlx::query(
        "INSERT INTO sessions (id_hash, data, expires_at, subject_key) VALUES ($1, $2, $3, $4)",
    )
    .bind(server::auth::session_store::hash(&id))
    .bind(data.to_string())
    .bind(now + 3600)
    .bind(subject.key())
    .execute(&app.db.pool)
    .await
    .expect("insert session");
    id.to_string()
}

/// The subject behind a demo key.
pub async fn demo_subject(app: &TestApp, key: &str) -> app::domain::Subject {
    let (kind, id): (String, String) =
        sqlx::query_as("SELECT subject_kind, subject_id FROM demo_logins WHERE key = $1")
            .bind(key)
            .fetch_one(&app.db.pool)
            .await
            .expect("demo key");
    app::domain::Subject::from_parts(&kind, &id).expect("subject")
}

/// A request context of `subject`'s own, for calling the services directly.
pub fn as_subject(subject: &app::domain::Subject) -> app::api::context::RequestContext {
    app::api::context::RequestContext::for_subject(Some(subject.clone()))
}

/// The current vaste professional of `case_id`.
pub async fn vaste_of(app: &TestApp, case_id: &str) -> app::domain::Subject {
    let id: String = sqlx::query_scalar(
        "SELECT professional_id FROM case_professionals
         WHERE case_id = $1 AND is_vaste = 1 AND valid_until IS NULL",
    )
    .bind(case_id)
    .fetch_one(&app.db.pool)
    .await
    .expect("the case has a vaste professional");
    app::domain::Subject::Professional(id)
}

/// A new person on `case_id` with this relation, born `years` ago, put there by the case's
/// vaste professional through the people service; their subject.
pub async fn add_member(
    app: &TestApp,
    case_id: &str,
    relation: &str,
    gezag: bool,
    years: i64,
) -> app::domain::Subject {
    use app::api::services::PeopleService;
    let born = time::OffsetDateTime::now_utc().date() - time::Duration::days(years * 366);
    let vaste = vaste_of(app, case_id).await;
    let member = app
        .services
        .add_member(
            &as_subject(&vaste),
            &case_id.parse().expect("case id"),
            &app::model::people::NewMember {
                given_name: "Test".into(),
                family_name: "Persoon".into(),
                birth_date: born,
                relation: app::domain::FamilyRelation::from_key(relation).expect("relation"),
                gezag,
                contact: Default::default(),
                from: time::macros::date!(2000 - 01 - 01),
            },
        )
        .await
        .expect("add member");
    app::domain::Subject::Person(member.person.to_string())
}

/// A reviewer or administrator; their subject.
pub async fn add_staff(app: &TestApp, kind: &str) -> app::domain::Subject {
    let id = uuid::Uuid::new_v4().to_string();
    sqlx::query(
        "INSERT INTO staff (id, kind, given_name, family_name) VALUES ($1, $2, 'Test', 'Staf')",
    )
    .bind(&id)
    .bind(kind)
    .execute(&app.db.pool)
    .await
    .expect("staff");
    app::domain::Subject::from_parts(kind, &id).expect("subject")
}
