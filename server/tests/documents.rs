//! A document's file: the vaste professional uploads a PDF from the console (a plain form, no
//! JavaScript needed); the family opens it as a download-safe attachment; the opening is in the
//! access log; those who may not see documents, or another case's professional, get 404; a
//! file that is not a PDF, or too large, is refused and nothing is stored. A parent reacts on
//! the document and the professional acknowledges the reaction.

use crate::common;

use common::{spawn_app, TestApp};
use reqwest::StatusCode;

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";

fn today(app: &TestApp) -> String {
    let d = app.services.today();
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(&app.db.pool)
        .await
        .expect("count")
}

async fn upload(
    app: &TestApp,
    case: &str,
    kind: &str,
    file: Option<(&str, Vec<u8>)>,
) -> common::Page {
    let day = today(app);
    app.post_multipart(
        &format!("/werk/zaak/{case}/documenten"),
        &[
            ("case_id", case),
            ("kind", kind),
            ("dated", &day),
            ("status", "definitief"),
            ("react_until", ""),
        ],
        file,
    )
    .await
}

#[tokio::test]
async fn an_uploaded_pdf_opens_for_the_family_as_a_safe_download_and_is_logged() {
    let app = spawn_app(true).await;
    let case = app.case_id_of("sanne").await;
    app.demo_sign_in("fatima").await;
    let before = count(&app, "SELECT COUNT(*) FROM documents").await;

    let done = upload(
        &app,
        &case,
        "plan-van-aanpak",
        Some(("C:\\temp\\Plan \"v2\".pdf", PDF.to_vec())),
    )
    .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let to = done.location().expect("back to the console");
    assert!(to.contains("bewaard=document"), "{to}");
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM documents").await,
        before + 1
    );
    let (document, name): (String, String) =
        sqlx::query_as("SELECT document_id, name FROM document_files")
            .fetch_one(&app.db.pool)
            .await
            .expect("the file is stored");
    assert_eq!(name, "Plan v2.pdf", "the sent name is cleaned");

    // The family's documents page links to the file.
    app.demo_sign_in("mark").await;
    let page = app.get(&format!("/zaak/{case}/documenten")).await;
    let file = format!("/zaak/{case}/documenten/{document}/bestand");
    assert!(page.main().contains(&file), "{}", page.main());
    let opened = app.get(&file).await;
    assert_eq!(opened.status, StatusCode::OK);
    assert_eq!(opened.headers["content-type"], "application/pdf");
    let disposition = opened.headers["content-disposition"]
        .to_str()
        .unwrap_or_default();
    assert!(disposition.starts_with("attachment;"), "{disposition}");
    assert!(disposition.contains("Plan v2.pdf"), "{disposition}");
    assert_eq!(opened.headers["x-content-type-options"], "nosniff");
    assert_eq!(opened.headers["cache-control"], "no-store");
    assert_eq!(opened.body.as_bytes(), PDF);

    // A professional opening it is in the family's access log.
    app.demo_sign_in("ingrid").await;
    let logged_before = count(&app, "SELECT COUNT(*) FROM access_log").await;
    assert_eq!(app.get(&file).await.status, StatusCode::OK);
    assert!(count(&app, "SELECT COUNT(*) FROM access_log").await > logged_before);

    // A child under 12 may not see documents; a professional of another family may not see
    // this one; without a session nothing opens. All answer like a file that does not exist.
    let not_found = Some("/melding/niet-gevonden".to_string());
    for who in ["daan", "rik"] {
        app.demo_sign_in(who).await;
        assert_eq!(app.get(&file).await.location(), not_found, "{who}");
    }
    app.set_session_cookie(None);
    let anonymous = app.get(&file).await;
    assert_eq!(
        anonymous.location().as_deref(),
        Some("/melding/niet-aangemeld")
    );
    let unknown = format!("/zaak/{case}/documenten/{}/bestand", uuid::Uuid::new_v4());
    app.demo_sign_in("mark").await;
    assert_eq!(app.get(&unknown).await.location(), not_found);
    assert_eq!(
        app.get("/zaak/x/documenten/y/bestand").await.location(),
        not_found
    );
}

#[tokio::test]
async fn a_file_that_is_not_a_pdf_or_too_large_is_refused_and_nothing_is_stored() {
    let app = spawn_app(true).await;
    let case = app.case_id_of("sanne").await;
    app.demo_sign_in("fatima").await;
    let before = count(&app, "SELECT COUNT(*) FROM documents").await;

    let html = upload(
        &app,
        &case,
        "raadsrapport",
        Some(("rapport.pdf", b"<html><script>".to_vec())),
    )
    .await;
    assert_eq!(html.status, StatusCode::SEE_OTHER);
    assert!(html
        .location()
        .unwrap_or_default()
        .contains("#document-toevoegen"));
    let back = app.get(&format!("/werk/zaak/{case}")).await;
    assert!(
        back.main().contains("Dit is geen PDF-bestand"),
        "{}",
        back.main()
    );

    // No file chosen, and an unknown kind: both named at once.
    let none = upload(&app, &case, "brief", None).await;
    assert_eq!(none.status, StatusCode::SEE_OTHER);
    let back = app.get(&format!("/werk/zaak/{case}")).await;
    assert!(
        back.main().contains("Kies een PDF-bestand"),
        "{}",
        back.main()
    );
    assert!(
        back.main().contains("Kies een van de mogelijkheden"),
        "{}",
        back.main()
    );

    // A PDF just over the limit is refused with its reason; a body far over it, with 413
    // before it is read.
    let mut big = PDF.to_vec();
    big.resize(app::domain::document_file::FILE_MAX + 1, b' ');
    let over = upload(
        &app,
        &case,
        "raadsrapport",
        Some(("groot.pdf", big.clone())),
    )
    .await;
    assert_eq!(over.status, StatusCode::SEE_OTHER);
    let back = app.get(&format!("/werk/zaak/{case}")).await;
    assert!(
        back.main().contains("Het bestand is te groot"),
        "{}",
        back.main()
    );
    big.resize(app::domain::document_file::FILE_MAX + 200 * 1024, b' ');
    let too_large = upload(&app, &case, "raadsrapport", Some(("groot.pdf", big))).await;
    assert_eq!(too_large.status, StatusCode::PAYLOAD_TOO_LARGE);

    // Not a form at all, or a field twice: 400, never 500.
    let json = app
        .post_raw(
            &format!("/werk/zaak/{case}/documenten"),
            "application/json",
            b"{\"kind\":\"raadsrapport\"}".to_vec(),
        )
        .await;
    assert_eq!(json.status, StatusCode::BAD_REQUEST, "{}", json.body);
    let three_mb = app
        .post_raw(
            &format!("/werk/zaak/{case}/documenten"),
            "application/x-www-form-urlencoded",
            vec![b'a'; 3 * 1024 * 1024],
        )
        .await;
    assert_eq!(three_mb.status, StatusCode::BAD_REQUEST);
    let mut not_utf8 = b"--x\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n".to_vec();
    not_utf8.extend([0xff, 0xfe]);
    not_utf8.extend(b"\r\n--x--\r\n");
    let invalid = app
        .post_raw(
            &format!("/werk/zaak/{case}/documenten"),
            "multipart/form-data; boundary=x",
            not_utf8,
        )
        .await;
    assert_eq!(invalid.status, StatusCode::BAD_REQUEST);
    let day = today(&app);
    let twice = app
        .post_multipart(
            &format!("/werk/zaak/{case}/documenten"),
            &[
                ("case_id", &case),
                ("kind", "raadsrapport"),
                ("kind", "gezinsplan"),
                ("dated", &day),
            ],
            Some(("a.pdf", PDF.to_vec())),
        )
        .await;
    assert_eq!(twice.status, StatusCode::SEE_OTHER);
    assert_eq!(twice.location().as_deref(), Some("/melding/ongeldig"));

    // A family member cannot upload.
    app.demo_sign_in("mark").await;
    let family = upload(&app, &case, "raadsrapport", Some(("a.pdf", PDF.to_vec()))).await;
    assert_eq!(family.location().as_deref(), Some("/melding/niet-gevonden"));

    assert_eq!(count(&app, "SELECT COUNT(*) FROM documents").await, before);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM document_files").await, 0);
}

#[tokio::test]
async fn a_parent_reacts_on_a_document_and_the_professional_acknowledges_it() {
    let app = spawn_app(true).await;
    let case = app.case_id_of("sanne").await;
    app.demo_sign_in("fatima").await;
    let done = upload(
        &app,
        &case,
        "raadsrapport",
        Some(("rapport.pdf", PDF.to_vec())),
    )
    .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    let document: String = sqlx::query_scalar("SELECT document_id FROM document_files")
        .fetch_one(&app.db.pool)
        .await
        .expect("document");
    let page = format!("/zaak/{case}/documenten/{document}");

    app.demo_sign_in("mark").await;
    let form = app.get(&page).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.main().contains("Geef je reactie"), "{}", form.main());
    let key = uuid::Uuid::new_v4().to_string();
    let on = format!("document:{document}");
    let fields = [
        ("case_id", case.as_str()),
        ("on", on.as_str()),
        (
            "body",
            "In het rapport staat dat ik niet kwam, maar ik was ziek.",
        ),
        ("key", key.as_str()),
        ("intent", "send"),
    ];
    let sent = app.post_form("/api/case/save-input", &fields).await;
    assert_eq!(sent.status, StatusCode::FOUND, "{}", sent.body);
    // Sending the same again changes nothing.
    app.post_form("/api/case/save-input", &fields).await;
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM decision_inputs WHERE document_id IS NOT NULL AND status = 'sent'").await,
        1
    );

    // The other parent does not see it; the professional does, and acknowledges it.
    app.demo_sign_in("sanne").await;
    assert!(!app.get(&page).await.main().contains("ik was ziek"));
    app.demo_sign_in("fatima").await;
    let seen = app.get(&page).await;
    assert!(seen.main().contains("ik was ziek"), "{}", seen.main());
    let input: String =
        sqlx::query_scalar("SELECT id FROM decision_inputs WHERE document_id IS NOT NULL")
            .fetch_one(&app.db.pool)
            .await
            .expect("input");
    let handled = app
        .post_form(
            "/api/case/handle-input",
            &[("case_id", &case), ("on", &on), ("input_id", &input)],
        )
        .await;
    assert_eq!(handled.status, StatusCode::FOUND, "{}", handled.body);
    app.demo_sign_in("mark").await;
    let answered = app.get(&page).await;
    assert!(
        answered.main().contains("Ontvangen door"),
        "{}",
        answered.main()
    );
}
