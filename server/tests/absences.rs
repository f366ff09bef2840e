//! A professional's absence: only they report and withdraw it, the substitute is a colleague of
//! their own organisation, and every family they are on reads it on their card (never the
//! reason). A child under 12 who raises the alert lands in a thread the vaste professional
//! opens, and cannot be answered there.

use crate::common;

use app::api::context::RequestContext;
use app::domain::absence::{AbsenceReason, Period};
use app::domain::ids::{CaseId, IdempotencyKey, ProfessionalId};
use app::error::AppError;
use app::model::message::Line;
use app::model::team::NewAbsence;
use common::{as_subject, demo_subject, spawn_app};

fn today() -> time::Date {
    app::domain::calendar::dutch_today()
}

fn absence(days: i64, substitute: Option<ProfessionalId>) -> NewAbsence {
    NewAbsence {
        period: Period {
            first_day: today(),
            last_day: today() + time::Duration::days(days),
        },
        reason: AbsenceReason::Illness,
        substitute,
    }
}

fn id_of(subject: &app::domain::Subject) -> ProfessionalId {
    subject.parts().1.parse().ok().expect("professional id")
}

async fn case_of(app: &common::TestApp, person: &str) -> CaseId {
    let subject = demo_subject(app, person).await;
    let id: String = sqlx::query_scalar("SELECT case_id FROM case_members WHERE person_id = $1")
        .bind(subject.parts().1)
        .fetch_one(&app.db.pool)
        .await
        .expect("case");
    id.parse().ok().expect("case id")
}

#[tokio::test]
async fn the_family_reads_the_absence_and_the_substitute_and_only_the_owner_withdraws_it() {
    let app = spawn_app(true).await;
    let s = app.services.services();
    let fatima = demo_subject(&app, "fatima").await;
    let kees = demo_subject(&app, "kees").await; // the same wijkteam
    let joost = demo_subject(&app, "joost").await; // another organisation
    let me = as_subject(&fatima);

    // A colleague of another organisation is refused, naming the field; nothing is saved.
    let refused = s
        .absences
        .report(&me, &absence(3, Some(id_of(&joost))))
        .await
        .expect_err("another organisation");
    assert!(
        matches!(&refused, AppError::Invalid { fields, .. } if fields.iter().any(|f| f.field == "substitute")),
        "{refused:?}"
    );
    assert!(s.absences.own(&me).await.expect("own").is_empty());

    let saved = s
        .absences
        .report(&me, &absence(3, Some(id_of(&kees))))
        .await
        .expect("saved");
    assert_eq!(
        saved.substitute.as_ref().map(|k| k.name.as_str()),
        Some("Kees Visser")
    );

    // Sanne's overview card of Fatima carries the absence, with Kees to call.
    let sanne = as_subject(&demo_subject(&app, "sanne").await);
    let case = case_of(&app, "sanne").await;
    let team = s.team.team(&sanne, &case).await.expect("team");
    let card = team.iter().find(|m| m.is_vaste).expect("vaste");
    assert_eq!(card.absences.len(), 1);
    assert_eq!(
        card.absences[0]
            .substitute
            .as_ref()
            .map(|k| k.name.as_str()),
        Some("Kees Visser")
    );

    // Nobody else withdraws it: another professional, the family.
    for other in [as_subject(&kees), sanne.clone()] {
        assert!(matches!(
            s.absences.cancel(&other, &saved.id).await,
            Err(AppError::NotFound)
        ));
    }
    s.absences.cancel(&me, &saved.id).await.expect("withdrawn");
    assert!(s.absences.own(&me).await.expect("own").is_empty());
}

#[tokio::test]
async fn an_absence_must_be_in_order_not_over_and_not_a_change_of_professional() {
    let app = spawn_app(true).await;
    let s = app.services.services();
    let me = as_subject(&demo_subject(&app, "fatima").await);
    for (new, field) in [
        (
            NewAbsence {
                period: Period {
                    first_day: today() + time::Duration::days(5),
                    last_day: today(),
                },
                ..absence(0, None)
            },
            "last_day",
        ),
        (absence(400, None), "last_day"),
        (
            NewAbsence {
                period: Period {
                    first_day: today() - time::Duration::days(10),
                    last_day: today() - time::Duration::days(5),
                },
                ..absence(0, None)
            },
            "last_day",
        ),
    ] {
        let error = s.absences.report(&me, &new).await.expect_err("refused");
        assert!(
            matches!(&error, AppError::Invalid { fields, .. } if fields.iter().any(|f| f.field == field)),
            "{error:?}"
        );
    }
    assert!(s.absences.own(&me).await.expect("own").is_empty());
}

#[tokio::test]
async fn a_child_under_12_raises_the_alert_and_the_vaste_professional_opens_it_but_cannot_answer_there(
) {
    let app = spawn_app(true).await;
    let s = app.services.services();
    let daan = demo_subject(&app, "daan").await;
    let case = case_of(&app, "daan").await;
    s.messages
        .raise_unsafe(&as_subject(&daan), &case, "", &IdempotencyKey::random())
        .await
        .expect("raised");
    let fatima = RequestContext::for_subject(Some(demo_subject(&app, "fatima").await));
    let threads = s.messages.threads(&fatima, &case).await.expect("threads");
    let his = threads
        .iter()
        .find(|t| t.person.as_str() == daan.parts().1)
        .expect("the child's alert is listed");
    assert!(his.urgent_unread);
    let thread = s
        .messages
        .thread(&fatima, &case, &Line::Of(his.person.clone()))
        .await
        .expect("opened");
    assert!(!thread.writes);
    let answer = s
        .messages
        .send(
            &fatima,
            &case,
            &Line::Of(his.person.clone()),
            "Ik bel je zo.",
            &IdempotencyKey::random(),
        )
        .await;
    assert!(matches!(answer, Err(AppError::Conflict(_))), "{answer:?}");
    // His own messages page stays closed: a child under 12 has no line.
    assert!(matches!(
        s.messages
            .thread(&as_subject(&daan), &case, &Line::Own)
            .await,
        Err(AppError::NotFound)
    ));
}
