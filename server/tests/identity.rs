//! Activation codes, rate limits and the settings page, through a real socket. (Making and
//! using a passkey needs an authenticator: the browser tests do that with Chrome's virtual one.)

use crate::common;

use std::time::{Duration, Instant};

use app::api::activation::{FamilyAccess, IssueCode, RedeemCode};
use app::api::passkeys::{EndSession, PasskeySignInFinish, RevokePasskey};
use common::{spawn_app, spawn_sharing, TestApp};
use leptos::server_fn::ServerFn;
use reqwest::StatusCode;

async fn person_id(app: &TestApp, key: &str) -> String {
    sqlx::query_scalar::<_, String>("SELECT subject_id FROM demo_logins WHERE key = $1")
        .bind(key)
        .fetch_one(&app.db.pool)
        .await
        .expect("demo person")
}

/// Fatima (vaste professional of the Lelystad family) issues a code for `key`; the code.
async fn issue(app: &TestApp, key: &str) -> String {
    let case_id = app.case_id_of("fatima").await;
    let person = person_id(app, key).await;
    let res = app
        .post_form(
            IssueCode::PATH,
            &[("case_id", &case_id), ("person_id", &person)],
        )
        .await;
    assert_eq!(res.status, StatusCode::FOUND, "{}", res.body);
    let letter = app.get(&res.location().expect("to the letter")).await;
    assert_eq!(letter.status, StatusCode::OK);
    let start = letter
        .body
        .find("class=\"letter__code\"")
        .expect("a code on the letter");
    let rest = &letter.body[start..];
    // The groups are spans (each kept whole on a phone): the code is the text between the tags.
    let code: String = strip_tags(&rest[rest.find('>').unwrap() + 1..rest.find("</p>").unwrap()]);
    assert_eq!(code.len(), 19, "four groups of four: {code}");
    code
}

#[tokio::test]
async fn the_vaste_professional_issues_a_code_that_is_stored_only_as_a_hash() {
    let app = spawn_app(true).await;
    let code = issue(&app, "sanne").await;
    let stored: Vec<String> = sqlx::query_scalar("SELECT code_hash FROM activation_codes")
        .fetch_all(&app.db.pool)
        .await
        .unwrap();
    assert_eq!(stored.len(), 1);
    assert!(!stored[0].contains(&code.replace('-', "")));
    assert_eq!(stored[0].len(), 64, "SHA-256 hex");
    // The issue is in the access log as a change of account data.
    let logged: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM access_log WHERE data_kind = 'account' AND action = 'change'",
    )
    .fetch_one(&app.db.pool)
    .await
    .unwrap();
    assert_eq!(logged, 1);
}

#[tokio::test]
async fn only_the_vaste_professional_may_see_and_issue_access() {
    let app = spawn_app(true).await;
    let case_id = app.case_id_of("fatima").await;
    let sanne = person_id(&app, "sanne").await;
    for key in ["joost", "ingrid", "sanne", "mark", "noor", "rik"] {
        app.demo_sign_in(key).await;
        let page = app.get(&format!("/zaak/{case_id}/toegang")).await;
        assert_eq!(
            page.status,
            StatusCode::NOT_FOUND,
            "{key} sees the access page"
        );
        let res = app
            .call(
                IssueCode::PATH,
                &[("case_id", &case_id), ("person_id", &sanne)],
            )
            .await;
        assert_eq!(res.status, StatusCode::NOT_FOUND, "{key} issued a code");
    }
    let none: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM activation_codes")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    assert_eq!(none, 0);
    // And the vaste professional cannot issue one for someone outside the case.
    let elif = person_id(&app, "elif").await;
    app.demo_sign_in("fatima").await;
    let res = app
        .call(
            IssueCode::PATH,
            &[("case_id", &case_id), ("person_id", &elif)],
        )
        .await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    let page = app.call(FamilyAccess::PATH, &[("case_id", &case_id)]).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(&sanne));
}

#[tokio::test]
async fn a_redeemed_code_leads_to_making_a_passkey() {
    let app = spawn_app(true).await;
    let code = issue(&app, "sanne").await;
    let person = spawn_sharing(&app, |c| c.demo = true).await;
    let res = person
        .post_form(RedeemCode::PATH, &[("code", &code.to_lowercase())])
        .await;
    assert_eq!(res.status, StatusCode::FOUND, "{}", res.body);
    assert_eq!(res.location().as_deref(), Some("/activeren/passkey"));
    let page = person.get("/activeren/passkey").await;
    assert!(page.main().contains("Hallo Sanne"), "{}", page.main());
    // Redeeming does not sign in: that needs the passkey.
    assert_eq!(
        person.get("/instellingen").await.status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn every_unusable_code_gets_the_same_answer_after_the_same_floor() {
    let app = spawn_app(true).await;
    let used_up = issue(&app, "sanne").await;
    // Issuing again replaces the first code.
    let _current = issue(&app, "sanne").await;
    let expired = issue(&app, "mark").await;
    sqlx::query("UPDATE activation_codes SET expires_at = 0 WHERE subject_id = $1")
        .bind(person_id(&app, "mark").await)
        .execute(&app.db.pool)
        .await
        .unwrap();
    let person = spawn_sharing(&app, |c| c.demo = true).await;
    let mut answers = vec![];
    for code in [
        used_up.as_str(),
        expired.as_str(),
        "AAAA-BBBB-CCCC-DDDD",
        "not a code",
        "",
    ] {
        let started = Instant::now();
        let res = person.call(RedeemCode::PATH, &[("code", code)]).await;
        let took = started.elapsed();
        assert!(
            took >= Duration::from_millis(400),
            "{code:?} answered in {took:?}"
        );
        answers.push((res.status, res.body));
    }
    assert!(answers.iter().all(|a| a == &answers[0]), "{answers:?}");
    assert_eq!(answers[0].0, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(answers[0].1.contains("error-code-refused"));
}

#[tokio::test]
async fn code_guessing_is_limited_per_address_across_server_instances() {
    let first = spawn_app(true).await;
    let second = spawn_sharing(&first, |c| c.demo = true).await;
    for i in 0..10 {
        let on = if i % 2 == 0 { &first } else { &second };
        let res = on
            .call(RedeemCode::PATH, &[("code", "AAAA-BBBB-CCCC-DDDD")])
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "attempt {i}");
    }
    for on in [&first, &second] {
        let res = on
            .call(RedeemCode::PATH, &[("code", "AAAA-BBBB-CCCC-DDDD")])
            .await;
        assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS);
        let retry: u64 = res
            .headers
            .get("retry-after")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse().ok())
            .expect("Retry-After in seconds");
        assert!((1..=900).contains(&retry), "{retry}");
    }
    // Without JavaScript the same refusal lands on a translated page that says so.
    let res = first.post_form(RedeemCode::PATH, &[("code", "x")]).await;
    assert_eq!(res.location().as_deref(), Some("/melding/te-vaak"));
    let page = first.get("/melding/te-vaak").await;
    assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(
        page.main().contains("te vaak geprobeerd"),
        "{}",
        page.main()
    );
}

/// One code attempt with an `X-Forwarded-For` header, as a reverse proxy passes it on.
async fn redeem_forwarded(app: &TestApp, forwarded_for: &str) -> StatusCode {
    reqwest::Client::new()
        .post(format!("{}{}", app.base, RedeemCode::PATH))
        .header("accept", "application/json")
        .header("x-forwarded-for", forwarded_for)
        .form(&[("code", "AAAA-BBBB-CCCC-DDDD")])
        .send()
        .await
        .expect("POST")
        .status()
}

#[tokio::test]
async fn behind_a_trusted_proxy_each_family_has_its_own_allowance_and_a_header_alone_buys_none() {
    let behind = common::spawn_with(|c| {
        c.demo = true;
        c.trusted_proxies = vec![std::net::IpAddr::from([127, 0, 0, 1])];
    })
    .await;
    for i in 0..10 {
        let status = redeem_forwarded(&behind, "198.51.100.1").await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "attempt {i}");
    }
    assert_eq!(
        redeem_forwarded(&behind, "198.51.100.1").await,
        StatusCode::TOO_MANY_REQUESTS
    );
    // What the client wrote itself, left of what the proxy appended, changes nothing.
    assert_eq!(
        redeem_forwarded(&behind, "192.0.2.5, 198.51.100.1").await,
        StatusCode::TOO_MANY_REQUESTS
    );
    // Another family behind the same proxy still may.
    assert_eq!(
        redeem_forwarded(&behind, "198.51.100.2").await,
        StatusCode::UNPROCESSABLE_ENTITY
    );

    // Without a trusted proxy the header is a client's claim: every attempt counts for the
    // address it really comes from.
    let direct = spawn_app(true).await;
    for i in 0..10 {
        let status = redeem_forwarded(&direct, &format!("198.51.100.{i}")).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "attempt {i}");
    }
    assert_eq!(
        redeem_forwarded(&direct, "198.51.100.99").await,
        StatusCode::TOO_MANY_REQUESTS
    );
}

#[tokio::test]
async fn passkey_sign_in_answers_are_limited_per_address_too() {
    let app = spawn_app(true).await;
    for i in 0..30 {
        let res = app
            .call(PasskeySignInFinish::PATH, &[("credential", "{}")])
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "attempt {i}");
    }
    let res = app
        .call(PasskeySignInFinish::PATH, &[("credential", "{}")])
        .await;
    assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(res.headers.contains_key("retry-after"));
}

#[tokio::test]
async fn a_credential_can_be_registered_only_once_and_a_failed_store_keeps_the_code() {
    use server::store::identity::{add_passkey, AddPasskeyError, NewPasskey};
    let app = spawn_app(true).await;
    let sanne = common::demo_subject(&app, "sanne").await;
    let mark = common::demo_subject(&app, "mark").await;
    let key = |subject, id| NewPasskey {
        id,
        subject,
        credential_id: "the-same-credential",
        passkey: "{}",
        device_name: "",
        at: "2026-11-29T00:00:00Z",
    };
    assert_eq!(add_passkey(&app.db, &key(&sanne, "k1"), None).await, Ok(()));
    // Mark redeems a real code, but the credential is Sanne's: refused, and his code survives.
    issue(&app, "mark").await;
    let code_id: String = sqlx::query_scalar("SELECT id FROM activation_codes")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    assert_eq!(
        add_passkey(&app.db, &key(&mark, "k2"), Some((&code_id, now))).await,
        Err(AddPasskeyError::DuplicateCredential)
    );
    let used: Option<String> = sqlx::query_scalar("SELECT used_at FROM activation_codes")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    assert_eq!(used, None, "nothing half-written: the code is still unused");
    let keys: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM passkeys")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    assert_eq!(keys, 1);
}

#[tokio::test]
async fn a_new_code_ends_the_persons_sessions_at_once() {
    let app = spawn_app(true).await;
    let sanne = spawn_sharing(&app, |c| c.demo = true).await;
    sanne.demo_sign_in("sanne").await;
    assert_eq!(sanne.get("/instellingen").await.status, StatusCode::OK);
    issue(&app, "sanne").await;
    assert_eq!(
        sanne.get("/instellingen").await.status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn a_person_sees_and_ends_their_other_sessions() {
    let app = spawn_app(true).await;
    let phone = spawn_sharing(&app, |c| c.demo = true).await;
    app.demo_sign_in("sanne").await;
    phone.demo_sign_in("sanne").await;
    let page = app.get("/instellingen").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.main().matches("settings-session").count(), 0);
    assert!(page.main().contains("Dit apparaat"));
    let ends = page
        .main()
        .matches(&format!("action=\"{}\"", EndSession::PATH))
        .count();
    assert_eq!(ends, 2, "one per other session and one for all others");
    let res = app
        .post_form(EndSession::PATH, &[("session_id", "others")])
        .await;
    assert_eq!(res.status, StatusCode::FOUND);
    assert_eq!(
        phone.get("/instellingen").await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(app.get("/instellingen").await.status, StatusCode::OK);
    // Someone else's session handle is not found, and ends nothing.
    let mark = spawn_sharing(&app, |c| c.demo = true).await;
    mark.demo_sign_in("mark").await;
    let handle: String = sqlx::query_scalar("SELECT id_hash FROM sessions WHERE subject_key LIKE 'person:%' AND subject_key <> (SELECT 'person:' || subject_id FROM demo_logins WHERE key = 'sanne') LIMIT 1")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    let res = app.call(EndSession::PATH, &[("session_id", &handle)]).await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert_eq!(mark.get("/instellingen").await.status, StatusCode::OK);
}

#[tokio::test]
async fn passkeys_cannot_be_revoked_by_someone_else_and_bad_answers_are_refused() {
    let app = spawn_app(true).await;
    app.demo_sign_in("mark").await;
    let res = app
        .call(
            RevokePasskey::PATH,
            &[("passkey_id", "00000000-0000-4000-8000-000000000000")],
        )
        .await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    // A sign-in answer without a ceremony, or garbage, is refused calmly.
    for answer in ["", "{}", "garbage", &"x".repeat(100_000)] {
        let res = app
            .call(PasskeySignInFinish::PATH, &[("credential", answer)])
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
    }
}

/// The text of an HTML fragment: what is between its tags (and without Leptos' `<!>` markers).
fn strip_tags(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}
