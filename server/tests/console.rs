//! The console's case page without JavaScript: a professional changes the phase and records a
//! decision's outcome with plain form posts; the family sees both; a stale form is refused and
//! comes back as typed; a date the server cannot read is refused per field.

use crate::common;

use app::domain::calendar::parse_form_date;
use common::spawn_app;
use reqwest::StatusCode;

async fn open_decision(app: &common::TestApp, case: &str) -> (String, i64, String) {
    sqlx::query_as(
        "SELECT id, version, kind FROM decisions
         WHERE case_id = $1 AND decided_on IS NULL AND kind = 'ots' ORDER BY id LIMIT 1",
    )
    .bind(case)
    .fetch_one(&app.db.pool)
    .await
    .expect("an open OTS decision in the demo")
}

#[tokio::test]
async fn the_vaste_professional_records_an_outcome_and_the_family_sees_its_countdown() {
    let app = spawn_app(true).await;
    let case = app.case_id_of("sanne").await;
    let (decision, version, _) = open_decision(&app, &case).await;
    app.demo_sign_in("fatima").await;
    let page = app.get(&format!("/werk/zaak/{case}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.main().contains("Uitkomst vastleggen"),
        "{}",
        page.main()
    );

    // A day the server cannot read: refused per field, what was typed comes back.
    let form = |day: &'static str, version: String| {
        vec![
            ("case_id", case.clone()),
            ("decision_id", decision.clone()),
            ("decided_on", day.to_string()),
            (
                "reasons",
                "De rechter vond hulp nodig. Jullie wens om eerst te praten is meegewogen."
                    .to_string(),
            ),
            ("version", version),
        ]
    };
    let post = |f: Vec<(&'static str, String)>| {
        let app = &app;
        async move {
            let f: Vec<(&str, &str)> = f.iter().map(|(k, v)| (*k, v.as_str())).collect();
            app.post_form("/api/work/record-outcome", &f).await
        }
    };
    let refused = post(form("gisteren", version.to_string())).await;
    assert_eq!(refused.status, StatusCode::FOUND);
    let back = app.get(&format!("/werk/zaak/{case}")).await;
    assert!(back.main().contains("Vul een datum in"), "{}", back.main());
    assert!(back
        .main()
        .contains("Jullie wens om eerst te praten is meegewogen."));

    let today = app.services.today();
    let day = format!(
        "{:02}-{:02}-{}",
        today.day(),
        u8::from(today.month()),
        today.year()
    );
    assert_eq!(parse_form_date(&day), Some(today));
    let done = post(form(Box::leak(day.into_boxed_str()), version.to_string())).await;
    assert_eq!(done.status, StatusCode::FOUND);
    assert!(done
        .location()
        .unwrap_or_default()
        .contains("bewaard=besluit"));

    // The same form again (its version is now stale): refused, nothing overwritten.
    let stale = post(form("2026-01-01", version.to_string())).await;
    assert_eq!(stale.status, StatusCode::FOUND);
    let back = app.get(&format!("/werk/zaak/{case}")).await;
    assert!(back.main().contains("Genomen op"), "{}", back.main());
    let decided: Option<String> =
        sqlx::query_scalar("SELECT decided_on FROM decisions WHERE id = $1")
            .bind(&decision)
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
    assert_eq!(decided.as_deref(), Some(server::store::iso(today).as_str()));

    // Sanne's "Wat komt eraan" now shows the reasons and the term for hoger beroep counting.
    app.demo_sign_in("sanne").await;
    let decisions = app.get(&format!("/zaak/{case}/wat-komt-eraan")).await;
    let main = decisions.main();
    assert!(
        main.contains("Jullie wens om eerst te praten is meegewogen."),
        "{main}"
    );
    assert!(
        main.contains("Nog 9"),
        "the three months of hoger beroep count down: {main}"
    );
}

#[tokio::test]
async fn a_phase_change_lands_on_the_family_timeline_and_a_stale_one_is_told() {
    let app = spawn_app(true).await;
    let case = app.case_id_of("sanne").await;
    let version: i64 = sqlx::query_scalar("SELECT version FROM cases WHERE id = $1")
        .bind(&case)
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    app.demo_sign_in("fatima").await;
    let today = server::store::iso(app.services.today());
    let v = version.to_string();
    let page = app
        .post_form(
            "/api/work/change-phase",
            &[
                ("case_id", &case),
                ("phase", "evaluatie"),
                ("on", &today),
                ("version", &v),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::FOUND);
    assert!(page.location().unwrap_or_default().contains("bewaard=fase"));
    let phase: String = sqlx::query_scalar("SELECT phase FROM cases WHERE id = $1")
        .bind(&case)
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    assert_eq!(phase, "evaluatie");
    // A second professional's form from before the change.
    let stale = app
        .post_form(
            "/api/work/change-phase",
            &[
                ("case_id", &case),
                ("phase", "afgesloten"),
                ("on", &today),
                ("version", &v),
            ],
        )
        .await;
    assert_eq!(stale.status, StatusCode::FOUND);
    let back = app.get(&format!("/werk/zaak/{case}")).await;
    assert!(
        back.main()
            .contains("Iemand anders heeft dit net veranderd"),
        "{}",
        back.main()
    );
    // The family's timeline shows the new phase as current.
    app.demo_sign_in("sanne").await;
    let timeline = app.get(&format!("/zaak/{case}/traject")).await;
    assert_eq!(timeline.status, StatusCode::OK);
    let main = timeline.main();
    assert!(main.contains("valuatie"), "{main}");
    // A family member has no console page.
    assert_eq!(
        app.get(&format!("/werk/zaak/{case}")).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_member_added_with_a_secret_address_is_never_shown_to_the_other_parent() {
    let app = spawn_app(true).await;
    let case = app.case_id_of("sanne").await;
    app.demo_sign_in("fatima").await;
    let page = app
        .post_form(
            "/api/work/add-member",
            &[
                ("case_id", &case),
                ("given_name", "Eva"),
                ("family_name", "Jansen"),
                ("birth_date", "14-02-1990"),
                ("relation", "parent"),
                ("gezag", "yes"),
                ("address", "Geheimstraat 7, Dronten"),
                ("address_protected", "yes"),
                ("phone", "06 99 88 77 66"),
                ("email", ""),
                ("contact_protected", "yes"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::FOUND);
    assert!(page
        .location()
        .unwrap_or_default()
        .contains("bewaard=gezin"));
    let console = app.get(&format!("/werk/zaak/{case}")).await;
    assert!(console.main().contains("Eva Jansen"));
    assert!(
        console.main().contains("Geheimstraat 7"),
        "the vaste professional sees it"
    );

    app.demo_sign_in("sanne").await;
    let family = app.get(&format!("/zaak/{case}/gezin")).await;
    assert_eq!(family.status, StatusCode::OK);
    let main = family.main();
    assert!(main.contains("Eva"), "she is in the family: {main}");
    assert!(
        !main.contains("Geheimstraat"),
        "the other parent never sees the address"
    );
    assert!(!main.contains("06 99 88 77 66"), "nor the shielded phone");

    // A form with an unreadable birth date and no name names both, and keeps the address.
    app.demo_sign_in("fatima").await;
    let refused = app
        .post_form(
            "/api/work/add-member",
            &[
                ("case_id", &case),
                ("given_name", " "),
                ("family_name", "Jansen"),
                ("birth_date", "ooit"),
                ("relation", "parent"),
                ("address", "Tweede adres 1"),
                ("phone", ""),
                ("email", ""),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FOUND);
    let back = app.get(&format!("/werk/zaak/{case}")).await;
    let main = back.main();
    assert!(main.contains("Vul een datum in"), "{main}");
    assert!(main.contains("href=\"#given_name\""), "{main}");
    assert!(main.contains("value=\"Tweede adres 1\""), "{main}");
}
