//! "Mijn overzicht" through a real socket: the right vaste professional for each person, and
//! no way into another family's case.

use crate::common;

use common::spawn_app;
use reqwest::StatusCode;

#[tokio::test]
async fn every_member_of_the_lelystad_family_sees_fatima_as_their_vaste_professional() {
    let app = spawn_app(true).await;
    for person in ["sanne", "mark", "noor", "daan"] {
        let page = app.demo_sign_in(person).await;
        assert_eq!(page.status, StatusCode::OK, "{person}");
        let main = page.main();
        let vaste = &main[main.find("Jouw vaste professional").expect("vaste card")..];
        let others = main
            .find("Wie zijn er nog meer betrokken?")
            .expect("others");
        let vaste_card = &vaste[..vaste.find("Waar staan we nu?").expect("phase section")];
        assert!(
            vaste_card.contains("Fatima El Amrani"),
            "{person}: {vaste_card}"
        );
        assert!(vaste_card.contains("Wijkteam Lelystad"));
        assert!(vaste_card.contains("tel:0320000101"));
        assert!(main[others..].contains("Joost Verhoeven"));
        assert!(main[others..].contains("Ingrid Postma"));
        assert!(main.contains("Onderzoek door de Raad"), "{person}: phase");
    }
}

#[tokio::test]
async fn the_overview_greets_the_person_by_their_own_name() {
    let app = spawn_app(true).await;
    let page = app.demo_sign_in("noor").await;
    assert!(page.main().contains("Hallo Noor."));
}

#[tokio::test]
async fn the_almere_family_sees_their_jeugdbeschermer_as_vaste_professional() {
    let app = spawn_app(true).await;
    let page = app.demo_sign_in("emre").await;
    let main = page.main();
    let vaste = &main[main.find("Jouw vaste professional").expect("vaste")
        ..main.find("Waar staan we nu?").expect("phase")];
    assert!(
        vaste.contains("Rik de Boer") && vaste.contains("Jeugdbeschermer"),
        "{vaste}"
    );
    assert!(
        !main.contains("Fatima"),
        "another family's professional must not appear"
    );
}

#[tokio::test]
async fn another_familys_case_answers_exactly_like_a_case_that_does_not_exist() {
    let app = spawn_app(true).await;
    let almere_case = app.case_id_of("elif").await;
    app.demo_sign_in("sanne").await;

    let foreign = app.get(&format!("/zaak/{almere_case}")).await;
    let missing = app.get("/zaak/00000000-0000-4000-8000-000000000000").await;
    assert_eq!(foreign.status, StatusCode::NOT_FOUND);
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(
        foreign.main(),
        missing.main(),
        "the two 404 pages must be identical"
    );
    assert!(!foreign.body.contains("Yilmaz"));
    assert!(!foreign.body.contains("Rik de Boer"));
}

#[tokio::test]
async fn the_overview_server_function_refuses_another_familys_case_with_404() {
    use leptos::server_fn::ServerFn;
    let app = spawn_app(true).await;
    let almere_case = app.case_id_of("elif").await;
    app.demo_sign_in("noor").await;
    let path = app::api::case::CaseOverview::PATH;

    let foreign = app.call(path, &[("case_id", &almere_case)]).await;
    let missing = app.call(path, &[("case_id", "no-such-case")]).await;
    assert_eq!(foreign.status, StatusCode::NOT_FOUND);
    assert_eq!(foreign.body, missing.body);
    assert!(!foreign.body.contains("Yilmaz"));
}

#[tokio::test]
async fn a_professional_sees_the_cases_they_are_on_and_no_other() {
    let app = spawn_app(true).await;
    let lelystad = app.case_id_of("sanne").await;
    let almere = app.case_id_of("elif").await;

    let page = app.demo_sign_in("ingrid").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.main().contains("Vaste professional van dit gezin"));
    assert!(page.main().contains("Fatima El Amrani"));
    assert_eq!(
        app.get(&format!("/zaak/{lelystad}")).await.status,
        StatusCode::OK
    );
    assert_eq!(
        app.get(&format!("/zaak/{almere}")).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn without_signing_in_a_case_asks_you_to_sign_in_and_shows_nothing() {
    let app = spawn_app(true).await;
    let lelystad = app.case_id_of("sanne").await;
    app.set_session_cookie(None);
    let page = app.get(&format!("/zaak/{lelystad}")).await;
    assert_eq!(page.status, StatusCode::UNAUTHORIZED);
    assert!(page.main().contains("Meld je eerst aan"));
    assert!(!page.body.contains("Fatima"));
}

#[tokio::test]
async fn the_start_page_lists_only_your_own_family() {
    let app = spawn_app(true).await;
    app.demo_sign_in("mark").await;
    let page = app.get("/").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.main().contains("Gezin Bakker"));
    assert!(!page.main().contains("Yilmaz"));
}

#[tokio::test]
async fn the_secret_address_never_leaves_the_server() {
    let app = spawn_app(true).await;
    for person in ["mark", "noor", "sanne", "fatima"] {
        let page = app.demo_sign_in(person).await;
        assert!(
            !page.body.contains("Geheim adres"),
            "{person} got the secret address"
        );
        let home = app.get("/").await;
        assert!(!home.body.contains("Geheim adres"));
    }
}
