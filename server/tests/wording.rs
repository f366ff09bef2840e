//! The review workspace through the real server: reviewers see texts and the fictional example
//! family only; a suggestion with another shape is refused; an accepted one is what families
//! read at their next page load, on this instance and on another sharing the database; export
//! writes it back into the locale files.

use crate::common;

use app::api::services::WordingService;
use app::i18n::Lang;
use common::{add_staff, as_subject, on_postgres, session_for, spawn_app, spawn_sharing};

/// The example family's ids are counted, never random (`demo::IdSource::Counted`).
fn is_example_id(path: &str) -> bool {
    path.contains("/00000000-0000-4000-8000-")
}

#[tokio::test]
async fn a_reviewer_opens_the_workspace_and_nobody_else_finds_it() {
    let app = spawn_app(true).await;
    let reviewer = add_staff(&app, "reviewer").await;
    app.set_session_cookie(Some(session_for(&app, &reviewer).await));
    let page = app.get("/teksten").await;
    assert_eq!(page.status, 200);
    assert!(page.main().contains("Teksten nakijken"), "{}", page.main());
    assert!(page.main().contains("Bekijk Helder als"));
    let message = app.get("/teksten/nl/overview-greeting-family").await;
    assert_eq!(message.status, 200);
    // Every form of the message with example values, and its B1 figures.
    assert!(message
        .main()
        .contains("Hallo Fatima El Amrani. Dit is jullie overzicht."));
    assert!(message.main().contains("Taalniveau B1"));
    assert_eq!(app.get("/teksten/nl/no-such-message").await.status, 404);
    assert_eq!(app.get("/teksten/xx/site-name").await.status, 404);

    // A family member and a professional are answered as if there were nothing.
    for key in ["sanne", "fatima"] {
        app.set_session_cookie(None);
        app.demo_sign_in(key).await;
        assert_eq!(app.get("/teksten").await.status, 404, "{key}");
        assert_eq!(
            app.call("/api/review/start", &[("key", "noor")])
                .await
                .status,
            404,
            "{key}"
        );
    }
}

#[tokio::test]
async fn review_mode_shows_the_example_family_marked_and_never_a_real_case() {
    // Demo data on: the real demo families exist beside the example family.
    let app = spawn_app(true).await;
    let real_case = app.case_id_of("noor").await;
    let reviewer = add_staff(&app, "reviewer").await;
    app.set_session_cookie(Some(session_for(&app, &reviewer).await));
    let started = app.post_form("/api/review/start", &[("key", "noor")]).await;
    let landing = started.location().expect("a redirect to the example case");
    assert!(is_example_id(&landing), "{landing}");
    assert!(!landing.contains(&real_case));

    let page = app.get(&landing).await;
    assert_eq!(page.status, 200);
    let main = page.main();
    assert!(
        main.contains("<mark class=\"review-mark\" data-message=\"overview-greeting-family\">"),
        "{main}"
    );
    assert!(main.contains("Teksten op deze pagina"));
    assert!(main.contains("href=\"/teksten/nl/overview-greeting-family?terug="));
    assert!(page
        .body
        .contains("Je ziet Helder zoals Noor Bakker het ziet."));
    // No mark characters leak anywhere (titles, attributes, island props).
    assert!(!page.body.contains('\u{E000}') && !page.body.contains('\u{E002}'));

    // The real case of the same person does not exist in review mode.
    assert_eq!(app.get(&format!("/zaak/{real_case}")).await.status, 404);
    // Nothing can be sent or changed.
    let sent = app
        .call(
            "/api/case/send-message",
            &[
                ("case_id", landing.trim_start_matches("/zaak/")),
                ("person_id", ""),
                ("body", "Hallo"),
                ("key", &uuid::Uuid::new_v4().to_string()),
            ],
        )
        .await;
    assert_eq!(sent.status, 422, "{}", sent.body);
    assert!(
        sent.body.contains("error-review-read-only"),
        "{}",
        sent.body
    );

    // The workspace itself is never in review mode; stopping ends it.
    assert_eq!(app.get("/teksten").await.status, 200);
    let ended = app.post_form("/api/review/end", &[]).await;
    assert_eq!(ended.location().as_deref(), Some("/teksten"));
    assert_eq!(app.get(&landing).await.status, 404);
}

#[tokio::test]
async fn review_mode_works_where_demo_sign_in_is_off() {
    let app = spawn_app(false).await;
    let reviewer = add_staff(&app, "reviewer").await;
    app.set_session_cookie(Some(session_for(&app, &reviewer).await));
    let started = app.post_form("/api/review/start", &[("key", "emre")]).await;
    let landing = started.location().expect("redirect");
    let page = app.get(&landing).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("review-mark"));
    // Nothing of it landed in the real database.
    let cases: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM cases")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    assert_eq!(cases, 0);
}

#[tokio::test]
async fn a_suggestion_of_another_shape_is_refused_and_an_accepted_one_is_what_families_read() {
    let app = spawn_app(true).await;
    let reviewer = add_staff(&app, "reviewer").await;
    app.set_session_cookie(Some(session_for(&app, &reviewer).await));
    let id = "overview-greeting-family";
    // Without { $name }: refused, the text kept for the form, nothing stored.
    let refused = app
        .post_form(
            "/api/review/suggest",
            &[
                ("lang", "nl"),
                ("id", id),
                ("text", "Hoi. Dit is jullie overzicht."),
            ],
        )
        .await;
    assert_eq!(
        refused.location().as_deref(),
        Some("/teksten/nl/overview-greeting-family#voorstel")
    );
    let back = app.get("/teksten/nl/overview-greeting-family").await;
    assert!(
        back.main().contains("{ $name } ontbreekt."),
        "{}",
        back.main()
    );
    assert!(back.main().contains("Hoi. Dit is jullie overzicht."));
    let broken = app
        .post_form(
            "/api/review/suggest",
            &[
                ("lang", "nl"),
                ("id", "attention-unread"),
                ("text", "{ $count ->\n [one] Eén\n}"),
            ],
        )
        .await;
    assert!(broken.location().unwrap_or_default().ends_with("#voorstel"));
    let events: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM wording_events")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    assert_eq!(events, 0);

    // A good one is kept; the reviewer without the right cannot accept it.
    let ok = app
        .post_form(
            "/api/review/suggest",
            &[
                ("lang", "nl"),
                ("id", id),
                ("text", "Dag { $name }. Hier zie je jullie overzicht."),
            ],
        )
        .await;
    assert!(ok.location().unwrap_or_default().contains("voorgesteld=1"));
    let suggestion: String =
        sqlx::query_scalar("SELECT id FROM wording_events WHERE kind = 'suggestion'")
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
    let denied = app
        .call(
            "/api/review/accept",
            &[("lang", "nl"), ("id", id), ("suggestion", &suggestion)],
        )
        .await;
    assert_eq!(denied.status, 404);

    // An administrator accepts: the family reads it at the next load, no redeploy.
    let admin = add_staff(&app, "administrator").await;
    app.set_session_cookie(Some(session_for(&app, &admin).await));
    let accepted = app
        .post_form(
            "/api/review/accept",
            &[("lang", "nl"), ("id", id), ("suggestion", &suggestion)],
        )
        .await;
    assert!(accepted
        .location()
        .unwrap_or_default()
        .contains("doorgevoerd=1"));
    app.set_session_cookie(None);
    app.demo_sign_in("sanne").await;
    let case = app.case_id_of("sanne").await;
    let overview = app.get(&format!("/zaak/{case}")).await;
    assert!(
        overview
            .main()
            .contains("Dag Sanne. Hier zie je jullie overzicht."),
        "{}",
        overview.main()
    );
    // Approved by whoever accepted it, with the history to show.
    let history = app
        .services
        .history(&as_subject(&admin), Lang::NL, id)
        .await
        .unwrap();
    assert_eq!(
        history.iter().map(|e| e.kind.key()).collect::<Vec<_>>(),
        vec!["suggestion", "accepted"]
    );
    assert!(history[0].accepted);
}

#[tokio::test]
async fn a_reviewer_with_the_right_accepts_and_another_instance_serves_it() {
    if !on_postgres() {
        // One SQLite file is one instance; several instances share PostgreSQL.
        return;
    }
    let first = spawn_app(true).await;
    let second = spawn_sharing(&first, |c| c.demo = true).await;
    let reviewer = add_staff(&first, "reviewer").await;
    assert!(
        server::store::wording::set_may_accept(&first.db, reviewer.parts().1, true)
            .await
            .unwrap()
    );
    let ctx = as_subject(&reviewer);
    first
        .services
        .suggest(
            &ctx,
            Lang::NL,
            "site-description",
            "Helder laat zien wie er bij jullie gezin is.",
        )
        .await
        .unwrap();
    let suggestion: String =
        sqlx::query_scalar("SELECT id FROM wording_events WHERE kind = 'suggestion'")
            .fetch_one(&first.db.pool)
            .await
            .unwrap();
    first
        .services
        .accept(&ctx, Lang::NL, "site-description", &suggestion)
        .await
        .unwrap();
    // The other instance hears it through NOTIFY; allow it a moment.
    let mut served = false;
    for _ in 0..50 {
        let page = second.get("/").await;
        if page
            .body
            .contains("Helder laat zien wie er bij jullie gezin is.")
        {
            served = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(served, "the second instance serves the accepted wording");
}

#[tokio::test]
async fn export_writes_accepted_wording_into_its_locale_file_and_nothing_else() {
    let app = spawn_app(false).await;
    let admin = as_subject(&add_staff(&app, "administrator").await);
    app.services
        .suggest(&admin, Lang::EN, "sign-out", "Log out")
        .await
        .unwrap();
    let suggestion: String =
        sqlx::query_scalar("SELECT id FROM wording_events WHERE kind = 'suggestion'")
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
    app.services
        .accept(&admin, Lang::EN, "sign-out", &suggestion)
        .await
        .unwrap();
    let dir =
        std::env::temp_dir().join(format!("helder-locales-{}", uuid::Uuid::new_v4().simple()));
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
    for lang in Lang::all() {
        std::fs::create_dir_all(dir.join(lang.code())).unwrap();
        for file in app::i18n::FILES {
            std::fs::copy(
                root.join(lang.code()).join(format!("{file}.ftl")),
                dir.join(lang.code()).join(format!("{file}.ftl")),
            )
            .unwrap();
        }
    }
    let before = std::fs::read_to_string(dir.join("en/common.ftl")).unwrap();
    let done = server::commands::export_wording(&app.services, &dir)
        .await
        .unwrap();
    assert_eq!(
        done,
        vec![server::commands::Exported::Written {
            file: "en/common.ftl".into(),
            id: "sign-out".into()
        }]
    );
    let after = std::fs::read_to_string(dir.join("en/common.ftl")).unwrap();
    assert_eq!(
        after,
        before.replace("sign-out = Sign out\n", "sign-out = Log out\n")
    );
    // A second export finds the file already saying it.
    let again = server::commands::export_wording(&app.services, &dir)
        .await
        .unwrap();
    assert!(matches!(
        again[0],
        server::commands::Exported::AlreadyThere { .. }
    ));
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn the_coverage_report_counts_approved_texts_per_language_page_and_reader() {
    let app = spawn_app(false).await;
    let reviewer = as_subject(&add_staff(&app, "reviewer").await);
    app.services
        .set_status(
            &reviewer,
            Lang::TR,
            "site-name",
            app::model::wording::WordingStatus::Approved,
        )
        .await
        .unwrap();
    let report = server::commands::coverage_report(&app.services)
        .await
        .unwrap();
    assert!(report.contains("  tr      1 / "), "{report}");
    assert!(
        report.contains("per page: nl | en | ar | tr | pl"),
        "{report}"
    );
    assert!(report.contains("overview"), "{report}");
    assert!(report.contains("youth16"), "{report}");
}
