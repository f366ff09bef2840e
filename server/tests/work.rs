//! "Mijn gezinnen": a professional's caseload with what needs attention first, built from the
//! same services the family's pages use, and logged as a look at each family's overview.

use crate::common;

use app::api::services::{InputService, WorkService};
use app::domain::attention::Attention;
use app::domain::ids::IdempotencyKey;
use app::error::AppError;
use common::{as_subject, demo_subject, spawn_app};
use reqwest::StatusCode;

#[tokio::test]
async fn a_family_message_and_input_show_up_as_waiting_and_go_once_handled() {
    let app = spawn_app(true).await;
    let case = app.case_id_of("sanne").await;
    let case_id = case.parse().unwrap();
    let fatima = as_subject(&demo_subject(&app, "fatima").await);
    let sanne = demo_subject(&app, "sanne").await;

    let before = app.services.families(&fatima).await.expect("families");
    let bakker = before
        .iter()
        .find(|f| f.case.id == case_id)
        .expect("her family");
    assert!(bakker.vaste && bakker.answers_messages);
    let waiting_inputs = |f: &app::model::work::FamilyAttention| {
        f.items.iter().find_map(|i| match i {
            Attention::InputWaiting { count, .. } => Some(*count),
            _ => None,
        })
    };
    let had = waiting_inputs(bakker).unwrap_or(0);

    // Sanne sends her view on an upcoming decision.
    let decision: String = sqlx::query_scalar(
        "SELECT id FROM decisions WHERE case_id = $1 AND decided_on IS NULL ORDER BY id LIMIT 1",
    )
    .bind(&case)
    .fetch_one(&app.db.pool)
    .await
    .unwrap();
    let decision = app::model::input::InputOn::Decision(decision.parse().unwrap());
    app.services
        .send(
            &as_subject(&sanne),
            &case_id,
            &decision,
            &app::model::input::InputDraft {
                stance: None,
                body: "Ik wil eerst praten.".into(),
                shared: false,
            },
            &IdempotencyKey::random(),
        )
        .await
        .expect("sent");
    let after = app.services.families(&fatima).await.unwrap();
    let bakker = after.iter().find(|f| f.case.id == case_id).unwrap();
    assert_eq!(waiting_inputs(bakker), Some(had + 1));
    // Urgency order holds within the family.
    let ranks: Vec<_> = bakker.items.iter().map(Attention::rank).collect();
    let mut sorted = ranks.clone();
    sorted.sort();
    assert_eq!(ranks, sorted);

    // Fatima acknowledges every waiting input: the item is gone.
    let inputs: Vec<String> = sqlx::query_scalar(
        "SELECT id FROM decision_inputs WHERE status = 'sent'
         AND decision_id IN (SELECT id FROM decisions WHERE case_id = $1)",
    )
    .bind(&case)
    .fetch_all(&app.db.pool)
    .await
    .unwrap();
    for input in inputs {
        app.services
            .handle(&fatima, &case_id, &input.parse().unwrap(), None)
            .await
            .expect("acknowledged");
    }
    let done = app.services.families(&fatima).await.unwrap();
    let bakker = done.iter().find(|f| f.case.id == case_id).unwrap();
    assert_eq!(waiting_inputs(bakker), None);
}

#[tokio::test]
async fn the_page_lists_the_families_and_each_look_is_in_the_family_access_log() {
    let app = spawn_app(true).await;
    let case = app.case_id_of("sanne").await;
    let logged = |app: &common::TestApp| {
        let pool = app.db.pool.clone();
        let case = case.clone();
        async move {
            sqlx::query_scalar::<_, i64>(
                "SELECT COUNT(*) FROM access_log WHERE case_id = $1 AND data_kind = 'overview'",
            )
            .bind(&case)
            .fetch_one(&pool)
            .await
            .unwrap()
        }
    };
    app.demo_sign_in("fatima").await;
    let before = logged(&app).await;
    let page = app.get("/werk").await;
    assert_eq!(page.status, StatusCode::OK);
    let main = page.main();
    assert!(main.contains("Mijn gezinnen"), "{main}");
    assert!(main.contains("Gezin Bakker"), "{main}");
    assert!(main.contains("Jij bent de vaste professional"), "{main}");
    assert_eq!(
        logged(&app).await,
        before + 1,
        "one look per family per page view"
    );
    // A family member has no console.
    app.demo_sign_in("sanne").await;
    assert_eq!(app.get("/werk").await.status, StatusCode::NOT_FOUND);
    let sanne = as_subject(&demo_subject(&app, "sanne").await);
    assert_eq!(
        app.services.families(&sanne).await.err(),
        Some(AppError::NotFound)
    );
}
