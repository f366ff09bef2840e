//! Onboarding: the first administrator from the command, organisations and professionals
//! added by an administrator, their activation codes, and a professional leaving — which ends
//! every case relation, code, passkey and session at once.

use crate::common;

use app::api::services::{CaseService, IdentityService, StaffService, TeamService};
use app::domain::{Action, OrganisationKind, ProfessionalRole, Subject};
use app::error::AppError;
use app::model::staff::{NewOrganisation, NewStaffMember, StaffKind};
use app::model::team::NewAssignment;
use common::{as_subject, demo_subject, session_for, spawn_app, vaste_of, TestApp};

async fn administrator(app: &TestApp) -> Subject {
    let code = app
        .services
        .create_administrator("Bea", "Beheer")
        .await
        .expect("administrator");
    let redeemed = app
        .services
        .redeem_code(&code.code, "test")
        .await
        .expect("the printed code works");
    assert!(matches!(redeemed.subject, Subject::Administrator(_)));
    assert_eq!(redeemed.given_name, "Bea");
    redeemed.subject
}

fn organisation(name: &str) -> NewOrganisation {
    NewOrganisation {
        kind: OrganisationKind::Wijkteam,
        name: name.into(),
        phone: Some("0320 123 456".into()),
        email: None,
        website: None,
    }
}

#[tokio::test]
async fn an_administrator_onboards_an_organisation_and_a_professional_who_activates() {
    let app = spawn_app(false).await;
    let admin = as_subject(&administrator(&app).await);
    let staff = &app.services;
    let org = staff
        .add_organisation(&admin, &organisation("Wijkteam Dronten"))
        .await
        .expect("organisation");
    assert_eq!(org.working, 0);
    let pro = staff
        .add_member(
            &admin,
            &NewStaffMember {
                kind: StaffKind::Professional,
                given_name: "Lotte".into(),
                family_name: "Jansen".into(),
                organisation: Some(org.id.clone()),
                email: Some("l.jansen@dronten.example".into()),
                phone: None,
            },
        )
        .await
        .expect("professional");
    assert_eq!(
        pro.organisation.as_ref().map(|o| o.1.as_str()),
        Some("Wijkteam Dronten")
    );
    assert_eq!((pro.passkeys, pro.open_code_until), (0, None));
    let code = StaffService::issue_code(staff, &admin, StaffKind::Professional, &pro.id)
        .await
        .expect("code");
    let members = staff.members(&admin).await.expect("members");
    let listed = members.iter().find(|m| m.id == pro.id).expect("listed");
    assert_eq!(listed.open_code_until, Some(code.valid_until));
    let redeemed = staff.redeem_code(&code.code, "test").await.expect("redeem");
    assert_eq!(redeemed.subject, Subject::Professional(pro.id.clone()));
    let orgs = StaffService::organisations(staff, &admin)
        .await
        .expect("organisations");
    assert_eq!(
        orgs.iter().find(|o| o.id == org.id).map(|o| o.working),
        Some(1)
    );
}

#[tokio::test]
async fn a_refused_onboarding_form_names_every_refused_field_and_stores_nothing() {
    let app = spawn_app(false).await;
    let admin = as_subject(&administrator(&app).await);
    let mut bad = organisation(" ");
    bad.email = Some("geen-adres".into());
    let err = app
        .services
        .add_organisation(&admin, &bad)
        .await
        .expect_err("refused");
    assert_eq!(
        err.field("name").map(|m| m.id.as_str()),
        Some("error-text-empty")
    );
    assert_eq!(
        err.field("email").map(|m| m.id.as_str()),
        Some("error-email-invalid")
    );
    let err = app
        .services
        .add_member(
            &admin,
            &NewStaffMember {
                kind: StaffKind::Professional,
                given_name: "".into(),
                family_name: "Jansen".into(),
                organisation: None,
                email: None,
                phone: None,
            },
        )
        .await
        .expect_err("refused");
    assert!(err.field("given_name").is_some());
    assert_eq!(
        err.field("organisation").map(|m| m.id.as_str()),
        Some("error-organisation-missing")
    );
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM organisations")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    assert_eq!(n, 0);
}

#[tokio::test]
async fn leaving_ends_every_case_relation_code_passkey_and_session_at_once() {
    let app = spawn_app(true).await;
    let admin = as_subject(&administrator(&app).await);
    let case = app.case_id_of("sanne").await;
    let case_id = case.parse().unwrap();
    let vaste = vaste_of(&app, &case).await;
    // Joost is on the case; give him a second case relation and a passkey and a session.
    let joost = demo_subject(&app, "joost").await;
    let Subject::Professional(joost_id) = &joost else {
        panic!("a professional")
    };
    let cookie = session_for(&app, &joost).await;
    sqlx::query("INSERT INTO passkeys (id, subject_kind, subject_id, credential_id, passkey, device_name, created_at) VALUES ('pk-joost', 'professional', $1, 'cred-joost', '{}', '', '2026-01-01T00:00:00Z')")
        .bind(joost_id)
        .execute(&app.db.pool)
        .await
        .unwrap();
    assert!(app
        .services
        .open(&as_subject(&joost), &case_id, Action::ViewCaseOverview)
        .await
        .is_ok());
    app.set_session_cookie(Some(cookie));
    assert_eq!(app.get(&format!("/zaak/{case}")).await.status, 200);

    app.services
        .leave(&admin, &joost_id.parse().unwrap())
        .await
        .expect("leave");

    assert_eq!(
        app.services
            .open(&as_subject(&joost), &case_id, Action::ViewCaseOverview)
            .await
            .err(),
        Some(AppError::NotFound)
    );
    let page = app.get(&format!("/zaak/{case}")).await;
    assert_ne!(page.status, 200, "the old session no longer opens the case");
    let (sessions, passkeys, relations): (i64, i64, i64) = sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM sessions WHERE subject_key = $1),
                (SELECT COUNT(*) FROM passkeys WHERE subject_id = $2 AND revoked_at IS NULL),
                (SELECT COUNT(*) FROM case_professionals WHERE professional_id = $2 AND valid_until IS NULL)",
    )
    .bind(joost.key())
    .bind(joost_id)
    .fetch_one(&app.db.pool)
    .await
    .unwrap();
    assert_eq!((sessions, passkeys, relations), (0, 0, 0));
    let team = app
        .services
        .team(&as_subject(&vaste), &case_id)
        .await
        .expect("team");
    assert!(team
        .iter()
        .all(|m| m.name != "Joost de Vries" && !m.name.starts_with("Joost")));
    // No new code for someone who left; and leaving twice finds nobody at work.
    assert_eq!(
        StaffService::issue_code(&app.services, &admin, StaffKind::Professional, joost_id)
            .await
            .err()
            .map(|e| e.message_id().to_string()),
        Some("error-staff-left".into())
    );
    assert_eq!(
        app.services
            .leave(&admin, &joost_id.parse().unwrap())
            .await
            .err(),
        Some(AppError::NotFound)
    );
}

#[tokio::test]
async fn the_vaste_professional_cannot_leave_before_a_handover() {
    let app = spawn_app(true).await;
    let admin = as_subject(&administrator(&app).await);
    let case = app.case_id_of("sanne").await;
    let Subject::Professional(vaste) = vaste_of(&app, &case).await else {
        panic!()
    };
    let err = app
        .services
        .leave(&admin, &vaste.parse().unwrap())
        .await
        .expect_err("refused");
    match err {
        AppError::Conflict(m) => {
            assert_eq!(m.id, "error-leave-still-vaste");
            assert!(m.args[0].1.contains("Bakker"), "{m:?}");
        }
        other => panic!("{other:?}"),
    }
    let still: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM case_professionals WHERE professional_id = $1 AND valid_until IS NULL",
    )
    .bind(&vaste)
    .fetch_one(&app.db.pool)
    .await
    .unwrap();
    assert!(still > 0, "nothing changed");
}

#[tokio::test]
async fn an_administrator_who_left_or_a_professional_gets_nothing_from_onboarding() {
    let app = spawn_app(true).await;
    let admin = administrator(&app).await;
    sqlx::query("UPDATE staff SET left_on = '2026-01-01' WHERE id = $1")
        .bind(admin.parts().1)
        .execute(&app.db.pool)
        .await
        .unwrap();
    assert_eq!(
        StaffService::organisations(&app.services, &as_subject(&admin))
            .await
            .err(),
        Some(AppError::NotFound)
    );
    let fatima = demo_subject(&app, "fatima").await;
    assert_eq!(
        app.services.members(&as_subject(&fatima)).await.err(),
        Some(AppError::NotFound)
    );
    // An administrator never opens a family's case.
    let case = app.case_id_of("sanne").await.parse().unwrap();
    let fresh = administrator(&app).await;
    assert_eq!(
        app.services
            .open(&as_subject(&fresh), &case, Action::ViewCaseOverview)
            .await
            .err(),
        Some(AppError::NotFound)
    );
}

#[tokio::test]
async fn a_refused_form_comes_back_filled_in_with_every_refusal_without_javascript() {
    let app = spawn_app(false).await;
    let admin = administrator(&app).await;
    app.set_session_cookie(Some(session_for(&app, &admin).await));
    let page = app
        .post_form(
            "/api/staff/add-organisation",
            &[
                ("kind", "veilig-thuis"),
                ("name", ""),
                ("phone", "0800-2000"),
                ("email", "niet goed"),
                ("website", ""),
            ],
        )
        .await;
    assert_eq!(page.status, 302);
    assert_eq!(
        page.location().as_deref(),
        Some("/beheer#organisatie-toevoegen")
    );
    let form = app.get("/beheer").await;
    assert_eq!(form.status, 200);
    let body = form.main();
    assert!(body.contains("Dit is nog niet goed"), "{body}");
    assert!(body.contains("value=\"0800-2000\""), "typed value kept");
    assert!(
        body.contains("value=\"niet goed\""),
        "refused value kept as typed"
    );
    assert!(body.contains("Dit is geen e-mailadres"));
    assert!(body.contains("aria-invalid=\"true\""));
    assert!(
        body.contains("<option value=\"veilig-thuis\" selected"),
        "choice kept"
    );
    // Corrected, it is stored and the form is empty again.
    let page = app
        .post_form(
            "/api/staff/add-organisation",
            &[
                ("kind", "veilig-thuis"),
                ("name", "Veilig Thuis Flevoland"),
                ("phone", "0800-2000"),
                ("email", ""),
                ("website", ""),
            ],
        )
        .await;
    assert_eq!(page.status, 302);
    let form = app.get("/beheer").await;
    assert!(form.main().contains("Veilig Thuis Flevoland"));
    assert!(!form.main().contains("Dit is nog niet goed"));
}

#[tokio::test]
async fn a_professional_put_on_a_case_then_leaving_disappears_from_the_family_team() {
    let app = spawn_app(true).await;
    let admin = as_subject(&administrator(&app).await);
    let case = app.case_id_of("sanne").await;
    let case_id = case.parse().unwrap();
    let vaste = as_subject(&vaste_of(&app, &case).await);
    let orgs = StaffService::organisations(&app.services, &admin)
        .await
        .unwrap();
    let wijkteam = orgs
        .iter()
        .find(|o| o.kind == OrganisationKind::Wijkteam)
        .unwrap();
    let pro = app
        .services
        .add_member(
            &admin,
            &NewStaffMember {
                kind: StaffKind::Professional,
                given_name: "Kees".into(),
                family_name: "Vos".into(),
                organisation: Some(wijkteam.id.clone()),
                email: None,
                phone: None,
            },
        )
        .await
        .unwrap();
    app.services
        .assign(
            &vaste,
            &case_id,
            &NewAssignment {
                professional: pro.id.parse().unwrap(),
                role: ProfessionalRole::Wijkteammedewerker,
                from: app.services.today(),
            },
        )
        .await
        .expect("assigned");
    let names = |team: Vec<app::model::team::TeamMember>| {
        team.into_iter().map(|m| m.name).collect::<Vec<_>>()
    };
    assert!(
        names(app.services.team(&vaste, &case_id).await.unwrap()).contains(&"Kees Vos".to_string())
    );
    app.services
        .leave(&admin, &pro.id.parse().unwrap())
        .await
        .unwrap();
    assert!(!names(app.services.team(&vaste, &case_id).await.unwrap())
        .contains(&"Kees Vos".to_string()));
}
