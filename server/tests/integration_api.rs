//! The integration API's contract, through the real server on the test database (SQLite or
//! PostgreSQL): keys, upserts by the organisation's references, resends that change nothing,
//! `If-Match`, `Idempotency-Key`, problem answers, the access log, and the served documents.

use crate::common;

use app::api::services::ApiKeyService;
use app::model::staff::{ApiScope, NewApiKey};
use base64::Engine;
use common::{add_staff, as_subject, spawn_app, TestApp};
use reqwest::StatusCode;
use serde_json::{json, Value};

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";

async fn organisation(app: &TestApp, name: &str) -> String {
    sqlx::query_scalar("SELECT id FROM organisations WHERE name = $1")
        .bind(name)
        .fetch_one(&app.db.pool)
        .await
        .expect("organisation")
}

async fn key(app: &TestApp, organisation: &str, scope: ApiScope) -> (String, String) {
    let admin = as_subject(&add_staff(app, "administrator").await);
    let issued = app
        .services
        .issue_api_key(
            &admin,
            &NewApiKey {
                organisation: organisation.parse().expect("id"),
                name: "Zaaksysteem".into(),
                scope,
            },
        )
        .await
        .expect("key");
    (issued.key.id.to_string(), issued.token)
}

struct Answer {
    status: StatusCode,
    etag: Option<String>,
    content_type: String,
    body: Value,
}

async fn call(
    app: &TestApp,
    method: reqwest::Method,
    path: &str,
    token: Option<&str>,
    body: Option<Value>,
    headers: &[(&str, &str)],
) -> Answer {
    let client = reqwest::Client::new();
    let mut req = client.request(method, format!("{}{path}", app.base));
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    if let Some(b) = body {
        req = req.json(&b);
    }
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let res = req.send().await.expect("request");
    let status = res.status();
    let header = |name: &str| {
        res.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    let etag = header("etag");
    let content_type = header("content-type").unwrap_or_default();
    let text = res.text().await.unwrap_or_default();
    Answer {
        status,
        etag,
        content_type,
        body: serde_json::from_str(&text).unwrap_or(Value::String(text)),
    }
}

fn new_case() -> Value {
    json!({
        "family_name": "Visser",
        "municipality": "Lelystad",
        "reported_on": "2026-11-20",
        "reported_by": "School",
        "phase": "melding",
        "professional_email": "f.elamrani@wijkteam-lelystad.example",
        "role": "wijkteammedewerker",
    })
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(&app.db.pool)
        .await
        .expect("count")
}

#[tokio::test]
async fn a_case_system_creates_a_case_and_resending_any_request_changes_nothing() {
    let app = spawn_app(true).await;
    let org = organisation(&app, "Wijkteam Lelystad").await;
    let (_, token) = key(&app, &org, ApiScope::Write).await;
    let put = reqwest::Method::PUT;
    let t = Some(token.as_str());

    let created = call(
        &app,
        put.clone(),
        "/api/v1/cases/Z-1",
        t,
        Some(new_case()),
        &[],
    )
    .await;
    assert_eq!(created.status, StatusCode::CREATED, "{:?}", created.body);
    assert_eq!(created.body["phase"], "melding");
    let tag = created.etag.clone().expect("etag");

    let member = json!({
        "given_name": "Sara", "family_name": "Visser", "birth_date": "1990-03-01",
        "relation": "parent", "gezag": true,
        "address": "Geheime straat 1", "address_protected": true,
    });
    let m = call(
        &app,
        put.clone(),
        "/api/v1/cases/Z-1/members/P-1",
        t,
        Some(member.clone()),
        &[],
    )
    .await;
    assert_eq!(m.status, StatusCode::CREATED, "{:?}", m.body);
    let decision = json!({"kind": "ots", "started_on": "2026-11-20", "expected_on": "2026-12-20"});
    let d = call(
        &app,
        put.clone(),
        "/api/v1/cases/Z-1/decisions/B-1",
        t,
        Some(decision.clone()),
        &[],
    )
    .await;
    assert_eq!(d.status, StatusCode::CREATED, "{:?}", d.body);
    let content = base64::engine::general_purpose::STANDARD.encode(PDF);
    let document = json!({
        "kind": "gezinsplan", "dated": "2026-11-25", "status": "definitief",
        "file_name": "plan.pdf", "content": content,
    });
    let doc = call(
        &app,
        put.clone(),
        "/api/v1/cases/Z-1/documents/D-1",
        t,
        Some(document.clone()),
        &[],
    )
    .await;
    assert_eq!(doc.status, StatusCode::CREATED, "{:?}", doc.body);
    let status = json!({"phase": "raadsonderzoek", "on": "2026-11-30"});
    let idem = [("idempotency-key", "status-1")];
    let s = call(
        &app,
        reqwest::Method::POST,
        "/api/v1/cases/Z-1/statuses",
        t,
        Some(status.clone()),
        &idem,
    )
    .await;
    assert_eq!(s.status, StatusCode::CREATED, "{:?}", s.body);

    // Everything again: the same answers, nothing new stored, nothing new in the log.
    let tables = "SELECT (SELECT COUNT(*) FROM cases) + (SELECT COUNT(*) FROM persons)
        + (SELECT COUNT(*) FROM decisions) + (SELECT COUNT(*) FROM documents)
        + (SELECT COUNT(*) FROM timeline_steps) + (SELECT COUNT(*) FROM access_log WHERE action = 'change')";
    let before = count(&app, tables).await;
    let case_now = call(
        &app,
        reqwest::Method::GET,
        "/api/v1/cases/Z-1",
        t,
        None,
        &[],
    )
    .await;
    let again = call(
        &app,
        put.clone(),
        "/api/v1/cases/Z-1",
        t,
        Some(new_case()),
        &[],
    )
    .await;
    assert_eq!(again.status, StatusCode::OK);
    assert_eq!(again.etag, case_now.etag);
    assert_ne!(again.etag, Some(tag), "the status moved the case on");
    for (path, body) in [
        ("/api/v1/cases/Z-1/members/P-1", member),
        ("/api/v1/cases/Z-1/decisions/B-1", decision),
        ("/api/v1/cases/Z-1/documents/D-1", document),
    ] {
        let r = call(&app, put.clone(), path, t, Some(body), &[]).await;
        assert_eq!(r.status, StatusCode::OK, "{path}: {:?}", r.body);
    }
    let s2 = call(
        &app,
        reqwest::Method::POST,
        "/api/v1/cases/Z-1/statuses",
        t,
        Some(status),
        &idem,
    )
    .await;
    assert_eq!((s2.status, &s2.body), (StatusCode::CREATED, &s.body));
    assert_eq!(count(&app, tables).await, before);

    // The same key with another body is refused; a POST without a key too.
    let other = json!({"phase": "uitvoering", "on": "2026-11-30"});
    let reused = call(
        &app,
        reqwest::Method::POST,
        "/api/v1/cases/Z-1/statuses",
        t,
        Some(other.clone()),
        &idem,
    )
    .await;
    assert_eq!(reused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let keyless = call(
        &app,
        reqwest::Method::POST,
        "/api/v1/cases/Z-1/statuses",
        t,
        Some(other),
        &[],
    )
    .await;
    assert_eq!(keyless.status, StatusCode::BAD_REQUEST);

    // Every change is in the family's log as the organisation's case system.
    let (kind, behalf): (String, Option<String>) = sqlx::query_as(
        "SELECT actor_kind, on_behalf_of FROM access_log WHERE action = 'change' ORDER BY seq DESC LIMIT 1",
    )
    .fetch_one(&app.db.pool)
    .await
    .expect("log row");
    assert_eq!(
        (kind.as_str(), behalf.as_deref()),
        ("system", Some(org.as_str()))
    );
    let case_id: String =
        sqlx::query_scalar("SELECT internal_id FROM api_references WHERE kind = 'case'")
            .fetch_one(&app.db.pool)
            .await
            .expect("case");
    let parent: String =
        sqlx::query_scalar("SELECT internal_id FROM api_references WHERE kind = 'member'")
            .fetch_one(&app.db.pool)
            .await
            .expect("member");
    use app::api::services::CaseService;
    let log = app
        .services
        .access_log(
            &as_subject(&app::domain::Subject::Person(parent)),
            &case_id.parse().expect("case id"),
        )
        .await
        .expect("the parent reads the log");
    assert!(log.iter().any(|a| a.role.is_none() && a.changed), "{log:?}");
}

#[tokio::test]
async fn a_stale_if_match_is_refused_and_a_decision_taken_stays_taken() {
    let app = spawn_app(true).await;
    let org = organisation(&app, "Wijkteam Lelystad").await;
    let (_, token) = key(&app, &org, ApiScope::Write).await;
    let t = Some(token.as_str());
    let put = reqwest::Method::PUT;
    let created = call(
        &app,
        put.clone(),
        "/api/v1/cases/Z-2",
        t,
        Some(new_case()),
        &[],
    )
    .await;
    let tag = created.etag.expect("etag");
    let mut renamed = new_case();
    renamed["family_name"] = json!("Visser-de Vries");
    let stale = call(
        &app,
        put.clone(),
        "/api/v1/cases/Z-2",
        t,
        Some(renamed.clone()),
        &[("if-match", "\"999\"")],
    )
    .await;
    assert_eq!(stale.status, StatusCode::PRECONDITION_FAILED);
    assert!(stale.content_type.starts_with("application/problem+json"));
    assert_eq!(stale.body["status"], 412);
    let unchanged = call(
        &app,
        reqwest::Method::GET,
        "/api/v1/cases/Z-2",
        t,
        None,
        &[],
    )
    .await;
    assert_eq!(unchanged.body["family_name"], "Visser");
    let fresh = call(
        &app,
        put.clone(),
        "/api/v1/cases/Z-2",
        t,
        Some(renamed.clone()),
        &[("if-match", &tag)],
    )
    .await;
    assert_eq!(fresh.status, StatusCode::OK);
    assert_eq!(fresh.body["family_name"], "Visser-de Vries");
    // The old tag is stale now.
    renamed["family_name"] = json!("Anders");
    let late = call(
        &app,
        put.clone(),
        "/api/v1/cases/Z-2",
        t,
        Some(renamed),
        &[("if-match", &tag)],
    )
    .await;
    assert_eq!(late.status, StatusCode::PRECONDITION_FAILED);

    let taken = json!({"kind": "ots", "decided_on": "2026-11-30", "reasons": "Na overleg."});
    let d = call(
        &app,
        put.clone(),
        "/api/v1/cases/Z-2/decisions/B-9",
        t,
        Some(taken.clone()),
        &[],
    )
    .await;
    assert_eq!(d.status, StatusCode::CREATED, "{:?}", d.body);
    assert_eq!(d.body["decided_on"], "2026-11-30");
    let same = call(
        &app,
        put.clone(),
        "/api/v1/cases/Z-2/decisions/B-9",
        t,
        Some(taken),
        &[],
    )
    .await;
    assert_eq!(same.status, StatusCode::OK);
    let other = json!({"kind": "ots", "decided_on": "2026-11-29"});
    let refused = call(
        &app,
        put.clone(),
        "/api/v1/cases/Z-2/decisions/B-9",
        t,
        Some(other),
        &[],
    )
    .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    let future = json!({"kind": "ots", "decided_on": "2099-01-01"});
    let f = call(
        &app,
        put,
        "/api/v1/cases/Z-2/decisions/B-10",
        t,
        Some(future),
        &[],
    )
    .await;
    assert_eq!(f.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(f.body["errors"][0]["field"], "decided_on");
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM api_references WHERE reference = 'B-10'"
        )
        .await,
        0,
        "a refused outcome leaves no decision behind"
    );
}

#[tokio::test]
async fn keys_reach_only_their_own_organisations_cases_and_a_read_key_only_reads() {
    let app = spawn_app(true).await;
    let lelystad = organisation(&app, "Wijkteam Lelystad").await;
    let almere = organisation(&app, "Wijkteam Almere").await;
    let (write_id, write) = key(&app, &lelystad, ApiScope::Write).await;
    let (_, read) = key(&app, &lelystad, ApiScope::Read).await;
    let (_, foreign) = key(&app, &almere, ApiScope::Write).await;
    let put = reqwest::Method::PUT;
    let get = reqwest::Method::GET;
    let c = call(
        &app,
        put.clone(),
        "/api/v1/cases/Z-3",
        Some(&write),
        Some(new_case()),
        &[],
    )
    .await;
    assert_eq!(c.status, StatusCode::CREATED);

    let r = call(
        &app,
        get.clone(),
        "/api/v1/cases/Z-3",
        Some(&read),
        None,
        &[],
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    let w = call(
        &app,
        put.clone(),
        "/api/v1/cases/Z-3",
        Some(&read),
        Some(new_case()),
        &[],
    )
    .await;
    assert_eq!(w.status, StatusCode::FORBIDDEN);
    // Another organisation's key: the reference names nothing of theirs.
    let f = call(
        &app,
        get.clone(),
        "/api/v1/cases/Z-3",
        Some(&foreign),
        None,
        &[],
    )
    .await;
    assert_eq!(f.status, StatusCode::NOT_FOUND);
    let list = call(
        &app,
        get.clone(),
        "/api/v1/cases",
        Some(&foreign),
        None,
        &[],
    )
    .await;
    assert_eq!(list.body, json!([]));
    // Almere cannot name a Lelystad professional to open a case with.
    let theirs = call(
        &app,
        put.clone(),
        "/api/v1/cases/Z-3",
        Some(&foreign),
        Some(new_case()),
        &[],
    )
    .await;
    assert_eq!(theirs.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(theirs.body["errors"][0]["field"], "professional_email");

    for token in [None, Some("helder_nonsense"), Some("Bearer x")] {
        let a = call(&app, get.clone(), "/api/v1/cases", token, None, &[]).await;
        assert_eq!(a.status, StatusCode::UNAUTHORIZED, "{token:?}");
    }
    // A revoked key stops at once; its last use was recorded.
    let used: Option<String> =
        sqlx::query_scalar("SELECT last_used_at FROM api_keys WHERE id = $1")
            .bind(&write_id)
            .fetch_one(&app.db.pool)
            .await
            .expect("key");
    assert!(used.is_some());
    let admin = as_subject(&add_staff(&app, "administrator").await);
    app.services
        .revoke_api_key(&admin, &write_id.parse().expect("id"))
        .await
        .expect("revoke");
    let gone = call(
        &app,
        get.clone(),
        "/api/v1/cases/Z-3",
        Some(&write),
        None,
        &[],
    )
    .await;
    assert_eq!(gone.status, StatusCode::UNAUTHORIZED);

    // A case the organisation is no longer on is no longer its to read.
    sqlx::query("UPDATE case_professionals SET valid_until = '2000-01-01' WHERE case_id = (SELECT internal_id FROM api_references WHERE reference = 'Z-3')")
        .execute(&app.db.pool)
        .await
        .expect("end");
    let off = call(&app, get, "/api/v1/cases/Z-3", Some(&read), None, &[]).await;
    assert_eq!(off.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn bad_input_gets_a_problem_that_names_the_field_and_changes_nothing() {
    let app = spawn_app(true).await;
    let org = organisation(&app, "Wijkteam Lelystad").await;
    let (_, token) = key(&app, &org, ApiScope::Write).await;
    let client = reqwest::Client::new();
    let url = format!("{}/api/v1/cases/Z-4", app.base);
    let send = |body: Vec<u8>, content_type: &'static str| {
        client
            .put(&url)
            .bearer_auth(&token)
            .header("content-type", content_type)
            .body(body)
            .send()
    };
    let r = send(
        b"family_name=x".to_vec(),
        "application/x-www-form-urlencoded",
    )
    .await
    .expect("send");
    assert_eq!(r.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let r = send(b"{not json".to_vec(), "application/json")
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert_eq!(r.headers()["content-type"], "application/problem+json");
    let twice = br#"{"family_name":"A","family_name":"B","municipality":"L","reported_on":"2026-11-20","phase":"melding","professional_email":"f.elamrani@wijkteam-lelystad.example","role":"wijkteammedewerker"}"#;
    let r = send(twice.to_vec(), "application/json")
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = r.json().await.expect("problem");
    assert_eq!(problem["errors"][0]["field"], "family_name");
    let r = send(vec![0xff, 0xfe, b'{'], "application/json")
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let r = send(vec![b' '; 3 * 1024 * 1024], "application/json")
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let mut missing = new_case();
    missing
        .as_object_mut()
        .expect("object")
        .remove("municipality");
    let r = call(
        &app,
        reqwest::Method::PUT,
        "/api/v1/cases/Z-4",
        Some(&token),
        Some(missing),
        &[],
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.body["errors"][0]["field"], "municipality");
    let mut bad = new_case();
    bad["phase"] = json!("klaar");
    bad["reported_on"] = json!("gisteren");
    let r = call(
        &app,
        reqwest::Method::PUT,
        "/api/v1/cases/Z-4",
        Some(&token),
        Some(bad),
        &[("accept-language", "en")],
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.body["title"], "Not everything is filled in correctly");
    let mut control = new_case();
    control["family_name"] = json!("Vis\u{0}ser");
    let r = call(
        &app,
        reqwest::Method::PUT,
        "/api/v1/cases/Z-4",
        Some(&token),
        Some(control),
        &[],
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{:?}", r.body);
    assert_eq!(r.body["errors"][0]["field"], "family_name");
    let r = call(
        &app,
        reqwest::Method::GET,
        "/api/v1/cases/%FF%FE",
        Some(&token),
        None,
        &[],
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = call(
        &app,
        reqwest::Method::GET,
        "/api/v1/nothing",
        Some(&token),
        None,
        &[],
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(r.content_type.starts_with("application/problem+json"));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM api_references").await, 0);
}

#[tokio::test]
async fn the_openapi_document_and_the_human_docs_are_served_without_a_key() {
    let app = spawn_app(false).await;
    let spec = call(
        &app,
        reqwest::Method::GET,
        "/api/v1/openapi.json",
        None,
        None,
        &[],
    )
    .await;
    assert_eq!(spec.status, StatusCode::OK);
    assert!(spec.body["openapi"]
        .as_str()
        .is_some_and(|v| v.starts_with("3.1")));
    assert!(spec.body["paths"]["/api/v1/cases/{case}"]["put"].is_object());
    let phases = &spec.body["components"]["schemas"]["CaseIn"]["properties"]["phase"]["enum"];
    assert!(
        phases
            .as_array()
            .is_some_and(|p| p.contains(&json!("raadsonderzoek"))),
        "{phases}"
    );
    let docs = app.get("/api/docs").await;
    assert_eq!(docs.status, StatusCode::OK);
    assert!(docs.body.contains("Helder koppelen aan jullie systeem"));
    assert!(docs.body.contains("problem-stale"));
    let csp = docs.headers["content-security-policy"]
        .to_str()
        .unwrap_or_default();
    assert!(csp.contains("default-src 'none'") && !docs.body.contains("<script"));
    let zgw = app.get("/api/docs/zgw").await;
    assert!(zgw.body.contains("informatieobject") && zgw.body.contains("besluit"));
}
