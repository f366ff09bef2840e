//! Schemathesis (PyPI) against the OpenAPI document the server serves, once with a write key
//! and once with a read key, on the test database: every operation gets generated valid and
//! invalid requests, and no answer may be a server error or break the document's own promises
//! (status codes, content types, headers, response schemas). `.ci/test` installs schemathesis
//! and names it in `HELDER_SCHEMATHESIS`; without it the test says so and passes.

use crate::common;

use app::api::services::ApiKeyService;
use app::model::staff::{ApiScope, NewApiKey};
use common::{add_staff, as_subject, spawn_app};
use serde_json::json;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn schemathesis_finds_no_server_error_and_no_answer_outside_the_schema() {
    let Ok(schemathesis) = std::env::var("HELDER_SCHEMATHESIS") else {
        eprintln!("schemathesis: skipped (HELDER_SCHEMATHESIS is not set; .ci/test sets it)");
        return;
    };
    let app = spawn_app(true).await;
    let organisation: String =
        sqlx::query_scalar("SELECT id FROM organisations WHERE name = 'Wijkteam Lelystad'")
            .fetch_one(&app.db.pool)
            .await
            .expect("organisation");
    let admin = as_subject(&add_staff(&app, "administrator").await);
    let mut tokens = vec![];
    for scope in [ApiScope::Write, ApiScope::Read] {
        let issued = app
            .services
            .issue_api_key(
                &admin,
                &NewApiKey {
                    organisation: organisation.parse().expect("id"),
                    name: format!("schemathesis {}", scope.key()),
                    scope,
                },
            )
            .await
            .expect("key");
        tokens.push((scope, issued.token));
    }
    // A case the generated requests can find, besides the many they will not.
    let client = reqwest::Client::new();
    let created = client
        .put(format!("{}/api/v1/cases/Z-1", app.base))
        .bearer_auth(&tokens[0].1)
        .json(&json!({
            "family_name": "Visser", "municipality": "Lelystad", "reported_on": "2026-11-20",
            "phase": "melding", "professional_email": "f.elamrani@wijkteam-lelystad.example",
            "role": "wijkteammedewerker",
        }))
        .send()
        .await
        .expect("seed case");
    assert_eq!(created.status(), 201);

    let examples = std::env::var("HELDER_SCHEMATHESIS_EXAMPLES").unwrap_or_else(|_| "25".into());
    for (scope, token) in &tokens {
        let base = app.base.clone();
        let (program, token, examples) = (schemathesis.clone(), token.clone(), examples.clone());
        let out = tokio::task::spawn_blocking(move || {
            std::process::Command::new(program)
                // Its caches go to a folder of their own, never into the source tree.
                .current_dir(std::env::temp_dir())
                .args([
                    "run",
                    &format!("{base}/api/v1/openapi.json"),
                    "--checks",
                    "not_a_server_error,status_code_conformance,content_type_conformance,response_headers_conformance,response_schema_conformance",
                    // Stateful runs follow links schemathesis infers from `Location`, and it
                    // infers links between unrelated operations whose paths look alike.
                    "--phases",
                    "examples,coverage,fuzzing",
                    "--max-examples",
                    &examples,
                    "--seed",
                    "1",
                    "--workers",
                    "1",
                    "--no-color",
                    // Nothing kept between runs (its example store would land in the tree).
                    "--generation-database",
                    "none",
                    "--suppress-health-check",
                    "all",
                    "-H",
                    &format!("Authorization: Bearer {token}"),
                ])
                .output()
        })
        .await
        .expect("join")
        .expect("schemathesis runs");
        let text = String::from_utf8_lossy(&out.stdout);
        // The figures: how many cases and what came of them (the run's last lines).
        let tail: Vec<&str> = text.lines().rev().take(12).collect();
        println!("schemathesis with a {} key:", scope.key());
        for line in tail.into_iter().rev() {
            println!("  {line}");
        }
        assert!(
            out.status.success(),
            "schemathesis with a {} key found problems:\n{text}\n{}",
            scope.key(),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
