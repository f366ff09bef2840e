//! Hardening: headers on every response (pages, 404, refusals, files, API), the page CSP with
//! its nonce, refusal of cross-site state changes, and no server function reachable by GET.

use crate::common;

use common::{spawn_app, Page};
use leptos::server_fn::ServerFn;
use reqwest::StatusCode;

fn header<'a>(page: &'a Page, name: &str) -> &'a str {
    page.headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
}

fn assert_hardened(page: &Page, what: &str) {
    assert_eq!(header(page, "x-content-type-options"), "nosniff", "{what}");
    assert_eq!(header(page, "referrer-policy"), "no-referrer", "{what}");
    assert!(
        header(page, "strict-transport-security").contains("max-age=31536000"),
        "{what}"
    );
    let csp = header(page, "content-security-policy");
    for part in [
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
    ] {
        assert!(csp.contains(part), "{what}: {part} missing in {csp}");
    }
    assert!(
        !csp.contains("unsafe-inline") && !csp.contains("'unsafe-eval'"),
        "{what}: {csp}"
    );
}

#[tokio::test]
async fn every_kind_of_response_carries_the_security_headers() {
    let app = spawn_app(true).await;
    let start = app.get("/").await;
    assert_hardened(&start, "start page");
    assert_hardened(&app.get("/bestaat-niet").await, "404 page");
    assert_hardened(
        &app.get("/pkg/helder.css").await,
        "static file (or its 404)",
    );
    let api = app
        .call(app::api::case::CaseOverview::PATH, &[("case_id", "x")])
        .await;
    assert_eq!(api.status, StatusCode::UNAUTHORIZED);
    assert_hardened(&api, "refused API call");
    for path in [
        "/inloggen",
        "/activeren",
        "/activeren/passkey",
        "/instellingen",
    ] {
        assert_hardened(&app.get(path).await, path);
    }
    for _ in 0..11 {
        app.call(app::api::activation::RedeemCode::PATH, &[("code", "x")])
            .await;
    }
    let limited = app
        .call(app::api::activation::RedeemCode::PATH, &[("code", "x")])
        .await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
    assert_hardened(&limited, "rate-limited call");
    let page = app.demo_sign_in("sanne").await;
    assert_hardened(&page, "signed-in page");
    assert_eq!(
        header(&page, "cache-control"),
        "no-store",
        "signed-in pages are never cached"
    );
}

#[tokio::test]
async fn the_page_policy_allows_exactly_the_script_with_this_responses_nonce() {
    let app = spawn_app(true).await;
    let page = app.get("/demo").await;
    let csp = header(&page, "content-security-policy").to_string();
    assert!(csp.contains("'wasm-unsafe-eval'"), "{csp}");
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .and_then(|r| r.split('\'').next())
        .expect("nonce in CSP");
    assert!(nonce.len() >= 16, "nonce too short: {nonce}");
    assert!(
        page.body.contains(&format!(r#"nonce="{nonce}""#)),
        "the hydration script carries the same nonce"
    );
    let again = app.get("/demo").await;
    assert!(
        !header(&again, "content-security-policy").contains(nonce),
        "a new nonce per response"
    );
}

#[tokio::test]
async fn a_cross_site_form_post_is_refused_and_changes_nothing() {
    let app = spawn_app(true).await;
    for (name, value) in [
        ("sec-fetch-site", "cross-site"),
        ("origin", "https://evil.example"),
    ] {
        let res = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client")
            .post(format!("{}{}", app.base, app::api::demo::DemoSignIn::PATH))
            .header(name, value)
            .form(&[("key", "sanne")])
            .send()
            .await
            .expect("post");
        assert_eq!(res.status(), StatusCode::FORBIDDEN, "{name}: {value}");
        assert!(
            res.headers().get("set-cookie").is_none(),
            "no session was started"
        );
        assert!(res.headers().get("content-security-policy").is_some());
    }
}

#[tokio::test]
async fn a_same_origin_form_post_is_accepted() {
    let app = spawn_app(true).await;
    let res = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
        .post(format!("{}{}", app.base, app::api::demo::DemoSignIn::PATH))
        .header("sec-fetch-site", "same-origin")
        .header("origin", app.base.clone())
        .header("accept", "text/html")
        .form(&[("key", "sanne")])
        .send()
        .await
        .expect("post");
    assert_eq!(res.status(), StatusCode::FOUND);
}

#[tokio::test]
async fn no_server_function_can_be_called_with_get() {
    let paths: Vec<_> = leptos::server_fn::axum::server_fn_paths().collect();
    assert!(
        paths.len() >= 10,
        "server functions registered: {}",
        paths.len()
    );
    for (path, method) in paths {
        assert_eq!(
            method,
            http::Method::POST,
            "{path} must not change or leak state through GET"
        );
    }
}

#[tokio::test]
async fn quick_exit_ends_the_session_clears_site_data_and_leaves_for_the_neutral_site() {
    let app = common::spawn_with(|c| {
        c.demo = true;
        c.quick_exit_url = "https://neutral.example/weer".into();
    })
    .await;
    let case = app.case_id_of("sanne").await;
    let page = app.get(&format!("/zaak/{case}")).await;
    assert!(header(&page, "content-security-policy")
        .contains("form-action 'self' https://neutral.example"));
    assert!(page.body.contains("Snel weg"));
    let stolen = app.session_cookie().expect("signed in");

    let res = app.post_form(app::api::account::QuickExit::PATH, &[]).await;
    assert_eq!(res.status, StatusCode::FOUND);
    assert_eq!(
        res.location().as_deref(),
        Some("https://neutral.example/weer")
    );
    assert!(header(&res, "clear-site-data").contains("\"storage\""));

    app.set_session_cookie(Some(stolen));
    assert_eq!(
        app.get(&format!("/zaak/{case}")).await.status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn quick_exit_works_for_someone_not_signed_in_too() {
    let app = spawn_app(false).await;
    let res = app.post_form(app::api::account::QuickExit::PATH, &[]).await;
    assert_eq!(res.status, StatusCode::FOUND);
    assert_eq!(res.location().as_deref(), Some("https://www.nos.nl/"));
}

#[tokio::test]
async fn signing_out_asks_the_browser_to_clear_storage() {
    let app = spawn_app(true).await;
    app.demo_sign_in("mark").await;
    let res = app.post_form(app::api::account::SignOut::PATH, &[]).await;
    assert_eq!(header(&res, "clear-site-data"), "\"storage\"");
    // The pages themselves are never cached.
    assert_eq!(header(&res, "cache-control"), "no-store");
}

/// Pages rendered while the site's own files are served beside them keep their own policy.
/// (leptos_axum's file handler ran the page context for each file under the owner of a page
/// rendering on the same thread and took that page's response options, Content-Security-
/// Policy included: the page came without its nonce policy and could not hydrate. Seen when
/// the service worker fetched its files while a page rendered.)
#[tokio::test]
async fn a_page_served_beside_the_sites_files_keeps_its_own_policy() {
    let site = std::env::temp_dir().join(format!("helder-site-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(site.join("icons")).expect("site folder");
    for (name, text) in [
        ("device.js", "'use strict';"),
        ("sw.js", "'use strict';"),
        ("favicon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
        ("icons/helder-192.png", "png"),
    ] {
        std::fs::write(site.join(name), text).expect("site file");
    }
    let root = site.clone();
    let app = common::spawn_with(move |c| {
        c.demo = true;
        c.site_root = root;
    })
    .await;
    let app = &app;
    let files = [
        "/device.js",
        "/sw.js",
        "/favicon.svg",
        "/icons/helder-192.png",
    ];
    let mut lost = vec![];
    for round in 0..30 {
        let pages = async {
            futures_util::future::join_all(
                ["/offline", "/", "/begrippen"]
                    .map(|path| async move { (path, app.get(path).await) }),
            )
            .await
        };
        let statics = futures_util::future::join_all(files.map(|path| app.get(path)));
        let (pages, statics) = tokio::join!(pages, statics);
        for file in &statics {
            assert_eq!(file.status, StatusCode::OK, "a site file is served");
        }
        for (path, page) in pages {
            let csp = header(&page, "content-security-policy");
            let nonce = csp
                .split("'nonce-")
                .nth(1)
                .and_then(|r| r.split('\'').next())
                .unwrap_or("");
            if nonce.is_empty() || !page.body.contains(&format!(r#"nonce="{nonce}""#)) {
                lost.push(format!("round {round}: {path}: {csp}"));
            }
        }
    }
    let _ = std::fs::remove_dir_all(&site);
    assert!(lost.is_empty(), "pages without their own policy: {lost:#?}");
}
