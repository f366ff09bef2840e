//! Protected fields never reach someone who may not see them — not in the HTML, not in the
//! hydration data inside it, not in any JSON answer — and ending a relation ends access on
//! the very next request.

use crate::common;

use app::domain::Subject;
use common::{add_member, demo_subject, session_for, spawn_app, TestApp};
use reqwest::StatusCode;

const SECRET_ADDRESS: &str = "Geheim adres 1";
const SECRET_PHONE: &str = "06 1111 2222";
const OPEN_PHONE: &str = "06 3333 4444";

/// Every page and every JSON read of the case a signed-in subject can reach, concatenated.
async fn everything_seen(app: &TestApp, case_id: &str) -> String {
    let mut seen = String::new();
    for page in [
        "",
        "/gezin",
        "/wie-doet-wat",
        "/traject",
        "/rechten",
        "/wat-komt-eraan",
        "/afspraken",
        "/documenten",
        "/hulp",
        "/wisselingen",
        "/bekeken",
        "/op-dit-toestel",
    ] {
        // The whole document: the islands' serialized props are in it too.
        seen.push_str(&app.get(&format!("/zaak/{case_id}{page}")).await.body);
    }
    for path in [
        "/api/case/overview",
        "/api/case/family",
        "/api/case/powers",
        "/api/case/timeline",
        "/api/case/rights",
        "/api/case/decisions",
        "/api/case/meetings",
        "/api/case/documents",
        "/api/case/help",
        "/api/case/changes",
        "/api/case/access-log",
        "/api/case/device-summary",
    ] {
        seen.push_str(&app.call(path, &[("case_id", case_id)]).await.body);
    }
    for path in [
        "/api/case/mine",
        "/api/account/who-am-i",
        "/api/account/settings",
    ] {
        seen.push_str(&app.call(path, &[]).await.body);
    }
    seen.push_str(&app.get("/").await.body);
    seen.push_str(&app.get("/instellingen").await.body);
    seen
}

async fn case_of(app: &TestApp, key: &str) -> String {
    app.case_id_of(key).await
}

#[tokio::test]
async fn the_other_parent_and_the_children_never_receive_the_protected_address_or_phone() {
    let app = spawn_app(true).await;
    let case_id = case_of(&app, "sanne").await;
    for key in ["mark", "noor", "daan"] {
        app.demo_sign_in(key).await;
        let seen = everything_seen(&app, &case_id).await;
        assert!(seen.contains("Ons gezin"), "{key} saw the family page");
        assert!(
            !seen.contains(SECRET_ADDRESS),
            "{key} received the secret address"
        );
        assert!(
            !seen.contains(SECRET_PHONE),
            "{key} received the protected phone number"
        );
        assert!(
            seen.contains("Sanne de Vries"),
            "{key} still sees who Sanne is"
        );
    }
    // Unprotected details are shared within the family.
    app.demo_sign_in("noor").await;
    let family = app.get(&format!("/zaak/{case_id}/gezin")).await;
    assert!(family.main().contains(OPEN_PHONE));
}

#[tokio::test]
async fn the_owner_and_the_professionals_on_the_case_do_see_it() {
    let app = spawn_app(true).await;
    let case_id = case_of(&app, "sanne").await;
    for key in ["sanne", "fatima", "ingrid"] {
        app.demo_sign_in(key).await;
        let family = app.get(&format!("/zaak/{case_id}/gezin")).await;
        assert_eq!(family.status, StatusCode::OK, "{key}");
        assert!(
            family.main().contains(SECRET_ADDRESS),
            "{key} should see it"
        );
        assert!(family.main().contains(SECRET_PHONE), "{key} should see it");
    }
}

#[tokio::test]
async fn an_ex_partner_on_the_case_sees_nothing_of_it() {
    let app = spawn_app(true).await;
    let case_id = case_of(&app, "sanne").await;
    let ex = add_member(&app, &case_id, "ex-partner", false, 45).await;
    app.set_session_cookie(Some(session_for(&app, &ex).await));
    let seen = everything_seen(&app, &case_id).await;
    assert!(!seen.contains(SECRET_ADDRESS));
    assert!(!seen.contains(SECRET_PHONE));
    assert!(!seen.contains("Fatima"), "no case content at all");
    let mine = app.call("/api/case/mine", &[]).await;
    assert_eq!(mine.body, "[]", "the case is not offered");
    assert_eq!(
        app.get(&format!("/zaak/{case_id}")).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn ending_a_relation_ends_access_on_the_next_request() {
    let app = spawn_app(true).await;
    let case_id = case_of(&app, "mark").await;
    let today = time::OffsetDateTime::now_utc().date().to_string();

    // A family member.
    let Subject::Person(mark) = demo_subject(&app, "mark").await else {
        panic!("person")
    };
    app.demo_sign_in("mark").await;
    assert_eq!(
        app.get(&format!("/zaak/{case_id}")).await.status,
        StatusCode::OK
    );
    sqlx::query("UPDATE case_members SET valid_until = $1 WHERE person_id = $2")
        .bind(&today)
        .bind(&mark)
        .execute(&app.db.pool)
        .await
        .unwrap();
    for page in ["", "/gezin", "/rechten", "/documenten"] {
        let res = app.get(&format!("/zaak/{case_id}{page}")).await;
        assert_eq!(res.status, StatusCode::NOT_FOUND, "{page}");
    }
    assert_eq!(app.call("/api/case/mine", &[]).await.body, "[]");

    // A professional.
    let Subject::Professional(ingrid) = demo_subject(&app, "ingrid").await else {
        panic!("professional")
    };
    app.demo_sign_in("ingrid").await;
    assert_eq!(
        app.get(&format!("/zaak/{case_id}/gezin")).await.status,
        StatusCode::OK
    );
    sqlx::query("UPDATE case_professionals SET valid_until = $1 WHERE professional_id = $2")
        .bind(&today)
        .bind(&ingrid)
        .execute(&app.db.pool)
        .await
        .unwrap();
    assert_eq!(
        app.get(&format!("/zaak/{case_id}/gezin")).await.status,
        StatusCode::NOT_FOUND
    );
}
