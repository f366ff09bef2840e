//! Demo mode: on, a plainly marked chooser; off, the page and its server functions are 404.

use crate::common;

use common::spawn_app;
use leptos::server_fn::ServerFn;
use reqwest::StatusCode;

#[tokio::test]
async fn the_demo_page_lists_the_family_and_is_plainly_marked() {
    let app = spawn_app(true).await;
    let page = app.get("/demo").await;
    assert_eq!(page.status, StatusCode::OK);
    let main = page.main();
    assert!(main.contains("Demo: kies wie je bent"));
    for name in [
        "Sanne de Vries",
        "Mark Bakker",
        "Noor Bakker",
        "Daan Bakker",
        "Fatima El Amrani",
    ] {
        assert!(main.contains(name), "{name} missing");
    }
    assert!(main.contains("Kind van 14 jaar, Lelystad"));
    assert!(main.contains("Kind van 9 jaar, Lelystad"));
    assert!(page.body.contains("Verzonnen namen en gegevens."));
}

#[tokio::test]
async fn with_demo_mode_off_the_demo_page_and_its_server_functions_answer_404() {
    let app = spawn_app(false).await;
    assert_eq!(app.get("/demo").await.status, StatusCode::NOT_FOUND);
    let sign_in = app
        .post_form(app::api::demo::DemoSignIn::PATH, &[("key", "sanne")])
        .await;
    assert_eq!(sign_in.status, StatusCode::NOT_FOUND);
    assert!(app.session_cookie().is_none());
    let people = app.call(app::api::demo::DemoPeople::PATH, &[]).await;
    assert_eq!(people.status, StatusCode::NOT_FOUND);
    assert!(!app.get("/").await.body.contains("verzonnen"));
}

#[tokio::test]
async fn an_unknown_demo_key_signs_nobody_in() {
    let app = spawn_app(true).await;
    let res = app
        .call(
            app::api::demo::DemoSignIn::PATH,
            &[("key", "'; DROP TABLE persons; --")],
        )
        .await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert!(app.get("/").await.main().contains("Welkom bij Helder"));
}
