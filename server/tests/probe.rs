//! What an outside probe found, each at its cause: malformed and oversized server-function
//! calls, the answers of the HTTP layer itself, missing built files, the session cookie's
//! removal, foreign origins, live streams for ids the page does not have, and the hydration
//! markup.

use crate::common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use common::{spawn_app, TestApp};
use leptos::server_fn::ServerFn;
use reqwest::StatusCode;

fn header<'a>(res: &'a reqwest::Response, name: &str) -> &'a str {
    res.headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
}

async fn post_raw(
    app: &TestApp,
    path: &str,
    content_type: &str,
    body: Vec<u8>,
) -> reqwest::Response {
    let mut req = reqwest::Client::new()
        .post(format!("{}{path}", app.base))
        .header("content-type", content_type)
        .header("accept", "application/json")
        .body(body);
    if let Some(cookie) = app.session_cookie() {
        req = req.header("cookie", format!("{}={cookie}", common::SESSION_COOKIE));
    }
    req.send().await.expect("post")
}

/// Every malformed call of every server function gets a 4xx — never a 5xx — signed in and
/// not; a body over the limit gets 413.
#[tokio::test]
async fn malformed_calls_to_every_server_function_are_refused_with_a_client_error() {
    let app = spawn_app(true).await;
    let paths: Vec<&str> = leptos::server_fn::axum::server_fn_paths()
        .map(|(path, _)| path)
        .collect();
    assert!(paths.len() > 30);
    let big = vec![b'a'; 3 * 1024 * 1024];
    let mut failures = vec![];
    for signed_in in [false, true] {
        if signed_in {
            app.demo_sign_in("fatima").await;
        }
        for path in &paths {
            let tries: [(&str, &str, Vec<u8>); 4] = [
                (
                    "repeated",
                    "application/x-www-form-urlencoded",
                    b"case_id=a&case_id=b&person_id=x&person_id=y&body=1&body=2&key=k&key=l"
                        .to_vec(),
                ),
                (
                    "not utf-8",
                    "application/x-www-form-urlencoded",
                    b"case_id=%FF%FE&body=\xff\xfe&key=%C3%28".to_vec(),
                ),
                (
                    "json",
                    "application/json",
                    br#"{"case_id":"00000000-0000-4000-8000-000000000000","body":"hoi"}"#.to_vec(),
                ),
                ("3 MB", "application/x-www-form-urlencoded", big.clone()),
            ];
            for (what, content_type, body) in tries {
                let res = post_raw(&app, path, content_type, body).await;
                let status = res.status();
                let bad = status.is_server_error()
                    || (what == "3 MB" && status != StatusCode::PAYLOAD_TOO_LARGE);
                if bad {
                    failures.push(format!(
                        "{path} {what} signed_in={signed_in}: {status} {}",
                        res.text().await.unwrap_or_default()
                    ));
                }
            }
            // Missing fields: only functions that take none may answer 2xx.
            let res = post_raw(&app, path, "application/x-www-form-urlencoded", vec![]).await;
            if res.status().is_server_error() {
                failures.push(format!(
                    "{path} empty signed_in={signed_in}: {}",
                    res.status()
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} calls were answered badly:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[tokio::test]
async fn a_call_that_cannot_be_read_is_told_why_in_its_own_language() {
    let app = spawn_app(true).await;
    let res = reqwest::Client::new()
        .post(format!(
            "{}{}",
            app.base,
            app::api::case::CaseOverview::PATH
        ))
        .header("accept", "application/json")
        .header("accept-language", "en")
        .header("content-type", "application/json")
        .body(r#"{"case_id":"x"}"#)
        .send()
        .await
        .expect("post");
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    assert!(!header(&res, "x-request-id").is_empty());
    let body = res.text().await.expect("body");
    assert!(
        body.contains("error-bad-request") && body.contains("We could not read this request"),
        "{body}"
    );
    // A plain form post of the same lands on the calm page instead.
    let form = app
        .post_form(
            app::api::case::CaseOverview::PATH,
            &[("case_id", "a"), ("case_id", "b")],
        )
        .await;
    assert!(form.status.is_redirection(), "{}", form.status);
    assert!(
        form.location()
            .unwrap_or_default()
            .starts_with("/melding/ongeldig"),
        "{:?}",
        form.location()
    );
}

#[tokio::test]
async fn a_built_file_that_does_not_exist_is_a_plain_404_that_is_never_cached() {
    let app = spawn_app(true).await;
    app.demo_sign_in("sanne").await;
    let res = app.get("/pkg/bestaat-niet.js").await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert_eq!(
        res.headers
            .get("cache-control")
            .and_then(|v| v.to_str().ok()),
        Some("no-store")
    );
    assert!(
        !res.body.contains("<html") && !res.body.contains("Sanne"),
        "not the app's page: {}",
        res.body
    );
    assert!(res.headers.contains_key("content-security-policy"));
    assert!(res.headers.contains_key("x-request-id"));
}

/// Send raw bytes and read the answer's head.
fn raw(addr: &str, request: &[u8]) -> String {
    let mut stream = TcpStream::connect(addr).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    let _ = stream.write_all(request);
    let mut answer = vec![0u8; 8192];
    let mut read = 0;
    while read < answer.len() {
        match stream.read(&mut answer[read..]) {
            Ok(0) | Err(_) => break,
            Ok(n) => read += n,
        }
        if answer[..read].windows(4).any(|w| w == b"\r\n\r\n") {
            break;
        }
    }
    String::from_utf8_lossy(&answer[..read]).to_string()
}

#[tokio::test]
async fn the_answers_of_the_http_layer_itself_carry_the_security_headers() {
    let app = spawn_app(false).await;
    let long_uri = format!(
        "GET /{} HTTP/1.1\r\nHost: localhost\r\n\r\n",
        "a".repeat(70_000)
    );
    let huge_headers = format!(
        "GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: {}\r\n\r\n",
        "b".repeat(600_000)
    );
    for (status, request) in [
        ("400", b"GARBAGE\x01 / HTTP/1.1\r\n\r\n".to_vec()),
        ("414", long_uri.into_bytes()),
        ("431", huge_headers.into_bytes()),
    ] {
        let addr = app.base.trim_start_matches("http://").to_string();
        let head = tokio::task::spawn_blocking(move || raw(&addr, &request))
            .await
            .expect("raw");
        let lower = head.to_ascii_lowercase();
        assert!(
            head.starts_with(&format!("HTTP/1.1 {status}")),
            "{status}: {head}"
        );
        for name in [
            "x-content-type-options: nosniff",
            "content-security-policy:",
            "strict-transport-security:",
            "x-request-id:",
            "cache-control: no-store",
        ] {
            assert!(lower.contains(name), "{status} lacks {name}: {head}");
        }
    }
}

#[tokio::test]
async fn signing_out_removes_the_session_cookie_in_a_way_the_browser_accepts() {
    let app = spawn_app(true).await;
    app.demo_sign_in("mark").await;
    let res = app.post_form(app::api::account::SignOut::PATH, &[]).await;
    let removal = res
        .set_cookies()
        .into_iter()
        .find(|c| c.starts_with("__Host-helder="))
        .expect("the session cookie is removed");
    assert!(removal.contains("Max-Age=0"), "{removal}");
    assert!(
        removal.contains("; Secure"),
        "a __Host- cookie without Secure is ignored: {removal}"
    );
}

#[tokio::test]
async fn an_origin_of_another_scheme_is_another_site() {
    let app = spawn_app(true).await;
    let host = app.base.trim_start_matches("http://").to_string();
    for origin in [
        format!("https://{host}"),
        "null".to_string(),
        format!("http://{host}.evil.example"),
    ] {
        let res = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client")
            .post(format!("{}{}", app.base, app::api::demo::DemoSignIn::PATH))
            .header("origin", &origin)
            .form(&[("key", "sanne")])
            .send()
            .await
            .expect("post");
        assert_eq!(res.status(), StatusCode::FORBIDDEN, "{origin}");
        assert!(!header(&res, "x-request-id").is_empty());
    }
    let same = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
        .post(format!("{}{}", app.base, app::api::demo::DemoSignIn::PATH))
        .header("origin", &app.base)
        .header("accept", "text/html")
        .form(&[("key", "sanne")])
        .send()
        .await
        .expect("post");
    assert_eq!(same.status(), StatusCode::FOUND);
}

#[tokio::test]
async fn a_live_stream_for_an_id_the_page_does_not_have_is_not_found() {
    let app = spawn_app(true).await;
    let case = app.case_id_of("sanne").await;
    let elif = common::demo_subject(&app, "elif")
        .await
        .parts()
        .1
        .to_string();
    let daan = common::demo_subject(&app, "daan")
        .await
        .parts()
        .1
        .to_string();
    app.set_session_cookie(None);
    app.demo_sign_in("fatima").await;
    let unknown = "00000000-0000-4000-8000-000000000000";
    for path in [
        format!("/live/zaak/{case}/berichten/{unknown}"),
        format!("/live/zaak/{case}/berichten/{elif}"),
        // A child under 12 has no line, so no thread to watch.
        format!("/live/zaak/{case}/berichten/{daan}"),
        format!("/live/zaak/{case}/berichten/niet-een-id"),
        format!("/live/zaak/{case}/wat-komt-eraan/{unknown}"),
        format!("/live/zaak/{unknown}/berichten"),
    ] {
        let res = app.open_stream(&path).await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{path}");
    }
    let noor = common::demo_subject(&app, "noor")
        .await
        .parts()
        .1
        .to_string();
    assert_eq!(
        app.open_stream(&format!("/live/zaak/{case}/berichten/{noor}"))
            .await
            .status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn the_nonce_is_only_in_nonce_attributes_and_every_answer_has_a_request_id() {
    let app = spawn_app(true).await;
    let page = app.demo_sign_in("noor").await;
    let csp = page
        .headers
        .get("content-security-policy")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .and_then(|r| r.split('\'').next())
        .expect("nonce");
    assert_eq!(
        page.body.matches(nonce).count(),
        page.body.matches(&format!("nonce=\"{nonce}\"")).count(),
        "the nonce appears outside nonce attributes"
    );
    assert!(!page.body.contains(&format!("crossorigin=\"{nonce}\"")));
    for res in [&page, &app.get("/bestaat-niet").await] {
        let id = res
            .headers
            .get("x-request-id")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        assert!(app::domain::ids::is_valid_id(id), "{id:?}");
    }
}
