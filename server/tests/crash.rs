//! Exactly once through crashes: thousands of messages are sent, each retried with its own
//! idempotency key until the server acknowledges it, while the real server binary is killed
//! with SIGKILL at random moments and started again on the same database. Then every
//! acknowledged message must be stored exactly once. Prints: sent, acknowledged, stored,
//! lost, duplicated. Runs on SQLite, or PostgreSQL with `HELDER_TEST_DATABASE=postgres`.

mod common;

use std::collections::HashMap;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use leptos::server_fn::ServerFn;

const MESSAGES: usize = 2000;

struct Server {
    child: Option<Child>,
    port: u16,
    database: String,
    restarts: u32,
}

impl Server {
    fn start(&mut self) {
        let child = Command::new(env!("CARGO_BIN_EXE_helder"))
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HELDER_PORT", self.port.to_string())
            .env("HELDER_DEMO", "true")
            .env("DATABASE_URL", &self.database)
            .env("HELDER_LOG", "error")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start helder");
        self.child = Some(child);
    }

    /// SIGKILL: no shutdown, no flush, requests in flight cut off.
    fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// A small deterministic generator (xorshift), seeded from the clock and printed, so a failing
/// run can be repeated.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_message_is_lost_or_duplicated_when_the_server_is_killed() {
    let (database, pg_name, _dir) = common::fresh_database().await;
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let server = std::sync::Arc::new(tokio::sync::Mutex::new(Server {
        child: None,
        port,
        database: database.expose().to_string(),
        restarts: 0,
    }));
    server.lock().await.start();
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap();

    // Sign in as Sanne through the demo page, once; the session lives in the database.
    let started = Instant::now();
    let cookie = loop {
        let res = client
            .post(format!("{base}{}", app::api::demo::DemoSignIn::PATH))
            .header("accept", "text/html")
            .form(&[("key", "sanne")])
            .send()
            .await;
        if let Ok(res) = res {
            if let Some(c) = res
                .headers()
                .get("set-cookie")
                .and_then(|v| v.to_str().ok())
            {
                break c.split(';').next().unwrap_or_default().to_string();
            }
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the server did not come up"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let case_id = {
        let res = client
            .post(format!("{base}{}", app::api::case::MyCases::PATH))
            .header("cookie", &cookie)
            .header("accept", "application/json")
            .send()
            .await
            .unwrap();
        let cases: serde_json::Value = res.json().await.unwrap();
        cases[0]["case_id"].as_str().unwrap().to_string()
    };

    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64 | 1)
        .unwrap_or(88172645463325252);
    println!("crash test seed {seed}");

    // The killer: SIGKILL 100–700 ms after the server answers again, start again at once.
    // Counted from answering, not from starting: a slow start (a debug build on a busy CI
    // machine) must not leave the server killed before it ever serves a request.
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let killer = {
        let server = server.clone();
        let done = done.clone();
        let client = client.clone();
        let base = base.clone();
        tokio::spawn(async move {
            let mut rng = Rng(seed);
            while !done.load(std::sync::atomic::Ordering::Relaxed) {
                let up = Instant::now();
                while client.get(format!("{base}/pkg/up")).send().await.is_err()
                    && up.elapsed() < Duration::from_secs(30)
                {
                    tokio::time::sleep(Duration::from_millis(10)).await;
                }
                tokio::time::sleep(Duration::from_millis(100 + rng.next() % 600)).await;
                let mut s = server.lock().await;
                s.kill();
                s.start();
                s.restarts += 1;
            }
        })
    };

    let mut acknowledged: HashMap<String, String> = HashMap::new();
    let mut attempts = 0_u64;
    for i in 0..MESSAGES {
        let key = uuid::Uuid::new_v4().to_string();
        let body = format!("bericht {i}");
        loop {
            attempts += 1;
            let res = client
                .post(format!("{base}{}", app::api::messages::SendMessage::PATH))
                .header("cookie", &cookie)
                .header("accept", "application/json")
                .form(&[
                    ("case_id", case_id.as_str()),
                    ("person_id", ""),
                    ("body", body.as_str()),
                    ("key", key.as_str()),
                ])
                .send()
                .await;
            match res {
                Ok(r) if r.status().is_success() => {
                    let id: String = r.json().await.unwrap_or_default();
                    if !id.is_empty() {
                        acknowledged.insert(key.clone(), id);
                        break;
                    }
                }
                Ok(r) if r.status().is_client_error() => {
                    panic!("message {i} refused: {}", r.status())
                }
                _ => tokio::time::sleep(Duration::from_millis(20)).await,
            }
        }
    }
    done.store(true, std::sync::atomic::Ordering::Relaxed);
    killer.await.unwrap();
    let restarts = server.lock().await.restarts;
    server.lock().await.kill();

    let db = server::db::Db::connect(&database).await.unwrap();
    let rows: Vec<(String, String, String)> =
        sqlx::query_as("SELECT id, idempotency_key, body FROM messages")
            .fetch_all(&db.pool)
            .await
            .unwrap();
    let mut per_body: HashMap<&str, usize> = HashMap::new();
    for (_, _, body) in &rows {
        *per_body.entry(body.as_str()).or_default() += 1;
    }
    let stored = rows.len();
    let lost = acknowledged
        .iter()
        .filter(|(key, id)| !rows.iter().any(|(rid, rkey, _)| rid == *id && rkey == *key))
        .count();
    let duplicated: usize = per_body.values().map(|n| n.saturating_sub(1)).sum();
    println!(
        "crash test ({}): sent {MESSAGES}, acknowledged {}, stored {stored}, lost {lost}, duplicated {duplicated} — {attempts} attempts, {restarts} SIGKILLs",
        if common::on_postgres() { "PostgreSQL" } else { "SQLite" },
        acknowledged.len(),
    );
    assert_eq!(acknowledged.len(), MESSAGES);
    assert_eq!(lost, 0);
    assert_eq!(duplicated, 0);
    assert_eq!(stored, MESSAGES);
    drop(db);
    if let Some(name) = pg_name {
        common::drop_postgres_database(&name);
    }
}
