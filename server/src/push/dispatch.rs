//! The outbox dispatcher: every couple of seconds, take the outbox rows no instance has taken
//! yet (one `UPDATE … WHERE delivered_at IS NULL` decides which instance gets a row) and send
//! their notifications. Taking a row before sending means a crash in between loses that one
//! notification, never duplicates it; the message itself is stored either way, and the
//! person sees it on their next visit.

use std::time::Duration;

use super::{payload, Delivery, Notice, Pusher};
use crate::access::{self, Action};
use crate::store;
use app::api::AppError;
use app::domain::Subject;

pub fn spawn(pusher: Pusher) {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(Duration::from_secs(2));
        loop {
            every.tick().await;
            if let Err(e) = run_once(&pusher).await {
                tracing::warn!(error = ?e, "sending notifications failed");
            }
        }
    });
}

/// Handle what is pending now. Returns how many notifications were sent.
pub async fn run_once(pusher: &Pusher) -> Result<usize, AppError> {
    let mut sent = 0;
    loop {
        let pending = store::push::pending(&pusher.db, 100).await?;
        if pending.is_empty() {
            return Ok(sent);
        }
        for row in pending {
            let at = store::now_text();
            if store::push::claim(&pusher.db, &row.id, &at).await? {
                sent += notify(pusher, &row.topic, &row.message_id).await?;
            }
        }
    }
}

/// Who hears of an outbox row: the other side of the thread for a message; the answerers for
/// an urgent alert; every professional on the case once an alert is escalated.
async fn notify(pusher: &Pusher, topic: &str, message_id: &str) -> Result<usize, AppError> {
    let Some((case_id, person_id, author_kind, author_id)) =
        store::push::message_place(&pusher.db, message_id).await?
    else {
        return Ok(0);
    };
    let today = app::domain::calendar::dutch_today();
    let case_id: app::domain::ids::CaseId = store::id("outbox case id", &case_id)?;
    let (notice, to_person, pro_action) = match topic {
        "message" if author_kind == "person" => {
            (Notice::NewMessage, false, Some(Action::ViewFamilyThreads))
        }
        "message" => (Notice::NewMessage, true, None),
        "urgent" => (Notice::Urgent, false, Some(Action::ViewFamilyThreads)),
        "escalation" => (Notice::Urgent, false, Some(Action::ViewCaseOverview)),
        _ => return Ok(0),
    };
    let today_text = store::iso(today);
    let mut sent = 0;
    for sub in
        store::push::candidates(&pusher.db, case_id.as_str(), &person_id, &today_text).await?
    {
        let Some(subject) = Subject::from_parts(&sub.subject_kind, &sub.subject_id) else {
            // A stored subject kind the code does not know: say so, and notify the others.
            tracing::error!(kind = %sub.subject_kind, "a push subscription of an unknown kind of subject");
            continue;
        };
        if subject.parts() == (author_kind.as_str(), author_id.as_str()) {
            continue;
        }
        let action = match &subject {
            Subject::Person(_) if to_person => Action::ViewOwnThread,
            Subject::Professional(_) => match pro_action {
                Some(action) => action,
                None => continue,
            },
            _ => continue,
        };
        if !access::permits(&pusher.db, &subject, action, &case_id, today).await? {
            continue;
        }
        let body = payload(notice, &sub.lang);
        match pusher
            .send(
                &sub.endpoint,
                &sub.p256dh,
                &sub.auth,
                &body,
                notice == Notice::Urgent,
            )
            .await
        {
            Delivery::Sent => sent += 1,
            Delivery::Gone => store::push::forget_endpoint(&pusher.db, &sub.endpoint).await?,
            Delivery::Failed => store::push::count_failure(&pusher.db, &sub.endpoint).await?,
        }
    }
    Ok(sent)
}
