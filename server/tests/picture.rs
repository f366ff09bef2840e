//! The family's whole picture: every case page and server function, for the right people only.

use crate::common;

use common::spawn_app;
use leptos::server_fn::ServerFn;
use reqwest::StatusCode;

const PAGES: [&str; 8] = [
    "wie-doet-wat",
    "traject",
    "rechten",
    "wat-komt-eraan",
    "afspraken",
    "documenten",
    "hulp",
    "wisselingen",
];

fn picture_fns() -> Vec<&'static str> {
    use app::api::case_pages::*;
    vec![
        CasePowers::PATH,
        CaseTimeline::PATH,
        CaseRights::PATH,
        CaseDecisions::PATH,
        CaseMeetings::PATH,
        CaseDocuments::PATH,
        CaseHelp::PATH,
        CaseChanges::PATH,
    ]
}

#[tokio::test]
async fn every_case_page_renders_for_a_parent_and_a_youth() {
    let app = spawn_app(true).await;
    for person in ["sanne", "noor", "elif", "emre"] {
        let case = app.case_id_of(person).await;
        for page in PAGES {
            let res = app.get(&format!("/zaak/{case}/{page}")).await;
            assert_eq!(
                res.status,
                StatusCode::OK,
                "{person} {page}: {}",
                res.main()
            );
            assert!(
                res.main().contains(r#"aria-current="page""#),
                "{person} {page}: nav marks the page"
            );
        }
    }
}

#[tokio::test]
async fn every_picture_server_function_refuses_another_family_and_strangers() {
    let app = spawn_app(true).await;
    let almere = app.case_id_of("elif").await;
    let lelystad = app.case_id_of("sanne").await;

    // A parent of another family: 404, the same as a case that does not exist.
    for path in picture_fns() {
        let foreign = app.call(path, &[("case_id", &almere)]).await;
        let missing = app
            .call(path, &[("case_id", "00000000-0000-4000-8000-000000000000")])
            .await;
        assert_eq!(foreign.status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(foreign.body, missing.body, "{path}");
        assert!(!foreign.body.contains("Yilmaz"));
    }
    // A professional who left the case (Kees, the former vaste professional): 404.
    app.demo_sign_in("kees").await;
    for path in picture_fns() {
        assert_eq!(
            app.call(path, &[("case_id", &lelystad)]).await.status,
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    // Nobody signed in: 401.
    app.set_session_cookie(None);
    for path in picture_fns() {
        assert_eq!(
            app.call(path, &[("case_id", &lelystad)]).await.status,
            StatusCode::UNAUTHORIZED,
            "{path}"
        );
    }
}

#[tokio::test]
async fn a_child_under_twelve_does_not_get_the_document_list() {
    let app = spawn_app(true).await;
    let case = app.case_id_of("daan").await;
    assert_eq!(
        app.get(&format!("/zaak/{case}/documenten")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(&format!("/zaak/{case}/rechten")).await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn powers_show_what_each_professional_may_and_may_not_decide_now() {
    let app = spawn_app(true).await;
    let case = app.case_id_of("mark").await;
    let page = app.get(&format!("/zaak/{case}/wie-doet-wat")).await;
    let main = page.main();
    assert!(main.contains("Ingrid Postma"));
    assert!(main.contains(
        "Na het onderzoek beslissen of de Raad de kinderrechter om een maatregel vraagt."
    ));
    assert!(main.contains("Dat beslist de kinderrechter."));
    // This phase first, the others one tap away.
    let now = main
        .find("Onderzoek door de Raad")
        .expect("the phase of now");
    let others = main.find("In andere fases").expect("the other phases");
    assert!(now < others);
    assert!(main.contains("<summary>Bij de kinderrechter</summary>"));
}

#[tokio::test]
async fn the_almere_parent_sees_a_live_appeal_deadline_with_countdown() {
    let app = spawn_app(true).await;
    let case = app.case_id_of("elif").await;
    let main = app
        .get(&format!("/zaak/{case}/rechten"))
        .await
        .main()
        .to_string();
    assert!(main.contains("In hoger beroep gaan"));
    assert!(main.contains("Uiterlijk "), "{main}");
    assert!(main.contains("dagen."), "countdown: {main}");
    // The schriftelijke aanwijzing of 8 days ago: 2 weeks to ask the judge to annul it.
    assert!(main.contains("Een schriftelijke aanwijzing laten vervallen"));
    // Other phases are one tap away in a disclosure.
    assert!(main.contains("<details"));
}

#[tokio::test]
async fn a_youth_reads_texts_written_for_them() {
    let app = spawn_app(true).await;
    let case = app.case_id_of("noor").await;
    let meetings = app.get(&format!("/zaak/{case}/afspraken")).await;
    let main = meetings.main();
    assert!(main.contains("De kinderrechter nodigt jou uit"), "{main}");
    assert!(main.contains("het is geen beslissing"));
    app.demo_sign_in("sanne").await;
    let parent = app.get(&format!("/zaak/{case}/afspraken")).await;
    assert!(parent.main().contains("is achter gesloten deuren."));
    assert!(!parent.main().contains("nodigt jou uit"));
}

#[tokio::test]
async fn upcoming_decisions_say_who_decides_and_what_you_can_do() {
    let app = spawn_app(true).await;
    let case = app.case_id_of("sanne").await;
    let main = app
        .get(&format!("/zaak/{case}/wat-komt-eraan"))
        .await
        .main()
        .to_string();
    assert!(main.contains("Of de Raad de kinderrechter om een maatregel vraagt"));
    assert!(main.contains("De Raad voor de Kinderbescherming"));
    assert!(main.contains("Wat kun je doen vóór de beslissing?"));
    // The jeugdhulp beschikking of 20 days ago: the bezwaar term still runs.
    assert!(main.contains("bezwaartermijn van 6 weken"), "{main}");
}

#[tokio::test]
async fn the_timeline_is_an_ordered_list_with_the_current_step_marked() {
    let app = spawn_app(true).await;
    let case = app.case_id_of("emre").await;
    let main = app
        .get(&format!("/zaak/{case}/traject"))
        .await
        .main()
        .to_string();
    assert!(main.contains("<ol class=\"timeline\""));
    assert!(main.contains(r#"aria-current="step""#));
    assert!(main.contains("SAVE Jeugdbescherming Flevoland"));
}

#[tokio::test]
async fn help_lists_jeugdstem_and_how_to_complain_per_organisation() {
    let app = spawn_app(true).await;
    let case = app.case_id_of("mark").await;
    let main = app
        .get(&format!("/zaak/{case}/hulp"))
        .await
        .main()
        .to_string();
    assert!(main.contains("tel:0885551000"));
    assert!(main.contains("tel:112"));
    assert!(main.contains("klachten@raad.example"));
    assert!(main.contains("Wijkteam Lelystad"));
}

#[tokio::test]
async fn a_new_vaste_professional_is_announced_until_each_person_has_seen_it() {
    let app = spawn_app(true).await;
    let case = app.case_id_of("sanne").await;
    let overview = app.get(&format!("/zaak/{case}")).await;
    assert!(overview
        .main()
        .contains("Je hebt een nieuwe vaste professional"));
    let changes = app.get(&format!("/zaak/{case}/wisselingen")).await;
    assert!(changes.main().contains("Kees Visser"));
    assert!(changes
        .main()
        .contains("De vorige professional heeft een andere baan."));
    assert!(changes
        .main()
        .contains("Kees heeft mij alles over jullie gezin verteld."));

    let change_id = {
        let m = overview.main();
        let i = m.find(r#"name="change_id" value=""#).expect("form")
            + r#"name="change_id" value=""#.len();
        m[i..i + 36].to_string()
    };
    let res = app
        .post_form(
            app::api::case_pages::AcknowledgeChange::PATH,
            &[("case_id", &case), ("change_id", &change_id)],
        )
        .await;
    assert_eq!(res.status, StatusCode::FOUND);
    assert!(!app
        .get(&format!("/zaak/{case}"))
        .await
        .main()
        .contains("Je hebt een nieuwe vaste professional"));

    // Mark has not seen it yet.
    app.demo_sign_in("mark").await;
    assert!(app
        .get(&format!("/zaak/{case}"))
        .await
        .main()
        .contains("Je hebt een nieuwe vaste professional"));
    // And a professional can neither see nor acknowledge it.
    app.demo_sign_in("fatima").await;
    assert!(!app
        .get(&format!("/zaak/{case}"))
        .await
        .main()
        .contains("Je hebt een nieuwe vaste professional"));
    let refused = app
        .call(
            app::api::case_pages::AcknowledgeChange::PATH,
            &[("case_id", &case), ("change_id", &change_id)],
        )
        .await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_change_of_another_case_cannot_be_acknowledged() {
    let app = spawn_app(true).await;
    let almere = app.case_id_of("elif").await;
    // Rik became the vaste professional 61 days ago: past the six weeks a change is announced,
    // so the overview no longer shows it; its id is taken from the database.
    let page = app.get(&format!("/zaak/{almere}")).await;
    assert!(
        !page.main().contains(r#"name="change_id""#),
        "no longer announced"
    );
    let almere_change: String = sqlx::query_scalar(
        "SELECT id FROM case_professionals WHERE case_id = $1 AND is_vaste = 1 AND valid_until IS NULL",
    )
    .bind(almere.as_str())
    .fetch_one(&app.db.pool)
    .await
    .expect("the current vaste assignment");
    let lelystad = app.case_id_of("sanne").await;
    let res = app
        .call(
            app::api::case_pages::AcknowledgeChange::PATH,
            &[("case_id", &lelystad), ("change_id", &almere_change)],
        )
        .await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn glossary_terms_in_pages_link_to_their_explanation_without_javascript() {
    let app = spawn_app(true).await;
    let case = app.case_id_of("sanne").await;
    let overview = app.get(&format!("/zaak/{case}")).await;
    assert!(
        overview.main().contains(r#"href="/begrippen#term-"#),
        "{}",
        overview.main()
    );
    app.set_session_cookie(None);
    let glossary = app.get("/begrippen").await;
    assert_eq!(glossary.status, StatusCode::OK);
    assert!(glossary.main().contains(r#"id="term-ots""#));
    assert!(glossary.main().contains("Ondertoezichtstelling (OTS)"));
    let en = app
        .get_with("/begrippen", &[("accept-language", "en")])
        .await;
    assert!(en.main().contains("Supervision order (OTS)"));
}

#[tokio::test]
async fn a_youth_of_twelve_is_told_she_may_join_the_upcoming_jeugdbeschermingstafel() {
    let app = spawn_app(true).await;
    let case = app.case_id_of("sem").await;
    let main = app
        .get(&format!("/zaak/{case}/afspraken"))
        .await
        .main()
        .to_string();
    assert!(main.contains("Jeugdbeschermingstafel"), "{main}");
    assert!(
        main.contains("Je mag erbij zijn, want je bent 12 of ouder."),
        "{main}"
    );
    assert!(main.contains("Anouk de Jong") && main.contains("Bram Kok"));
}

#[tokio::test]
async fn the_menu_of_a_child_under_twelve_does_not_offer_the_document_list() {
    let app = spawn_app(true).await;
    let case = app.case_id_of("daan").await;
    let overview = app.get(&format!("/zaak/{case}")).await;
    assert!(!overview.main().contains("/documenten"));
    app.demo_sign_in("noor").await;
    assert!(app
        .get(&format!("/zaak/{case}"))
        .await
        .main()
        .contains("/documenten"));
}
