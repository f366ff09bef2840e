//! Authorization: the one place that decides whether a subject may do something with a
//! case. `policy` holds the pure rules (tested as a full matrix); this module loads the
//! relations they need and hands out a [`Grant`] that the store requires for case reads.

pub mod log;
pub mod policy;

use time::Date;

use crate::db::Db;
use crate::store;
use app::api::AppError;
use app::domain::{AgeTier, FamilyRelation, ProfessionalRole, Subject};
pub use log::DataKind;
pub use policy::{decide, Action, ActorKind, Decision};

/// Proof that an authorization decision allowed `action` on `case_id` for this request.
/// Only this module can make one.
#[derive(Debug, Clone)]
pub struct Grant {
    case_id: String,
    actor: ActorKind,
}

impl Grant {
    pub fn case_id(&self) -> &str {
        &self.case_id
    }

    pub fn actor(&self) -> ActorKind {
        self.actor
    }
}

/// The accesses already written for the current request. One request is one access event,
/// but Leptos may start a page's data load, drop it and start it again within one render. The
/// lock is held across check *and* write, and a key is marked only after its row is written:
/// a dropped attempt releases the lock unmarked, so the next attempt writes the row — never a
/// grant without a log row, and no double rows. A fresh one is put in every request's
/// extensions (see `startup`); without it (direct calls) every call is recorded.
#[derive(Clone)]
pub struct RequestAccesses {
    request_id: String,
    /// A page fetching itself again because a live update said it changed: a read the
    /// professional already has open. It is not logged again within [`LIVE_COALESCE_MINUTES`]
    /// of a logged read of the same data on the same case.
    live_refresh: bool,
    written:
        std::sync::Arc<tokio::sync::Mutex<std::collections::HashSet<(String, &'static str, bool)>>>,
}

impl Default for RequestAccesses {
    fn default() -> Self {
        RequestAccesses {
            request_id: uuid::Uuid::new_v4().to_string(),
            live_refresh: false,
            written: Default::default(),
        }
    }
}

/// See [`RequestAccesses::live_refresh`].
pub const LIVE_COALESCE_MINUTES: i64 = 30;

impl RequestAccesses {
    /// For a request that a live update made (the page asks with `x-helder-live: 1`).
    pub fn live_refresh() -> Self {
        RequestAccesses {
            live_refresh: true,
            ..Default::default()
        }
    }
}

/// What `who` is to `case_id` today, derived fresh from the relations tables.
pub async fn actor_kind(
    db: &Db,
    who: Option<&Subject>,
    case_id: &str,
    today: Date,
) -> Result<ActorKind, AppError> {
    let Some(who) = who else {
        return Ok(ActorKind::Anonymous);
    };
    match who {
        Subject::Person(id) => {
            let relations = store::relations::member_relations(db, id, case_id, today).await?;
            let kinds =
                relations
                    .iter()
                    .filter_map(|r| match FamilyRelation::from_key(&r.relation)? {
                        FamilyRelation::Parent if r.has_gezag == 1 => {
                            Some(ActorKind::ParentWithGezag)
                        }
                        FamilyRelation::Parent => Some(ActorKind::ParentWithoutGezag),
                        FamilyRelation::ExPartner => Some(ActorKind::ExPartner),
                        FamilyRelation::Child => {
                            let birth = store::parse_date(&r.birth_date)?;
                            Some(ActorKind::child(AgeTier::on(birth, today)))
                        }
                    });
            Ok(kinds.min().unwrap_or(ActorKind::PersonNotOnCase))
        }
        Subject::Professional(id) => {
            let assignments = store::relations::assignments(db, id, case_id, today).await?;
            let mut kind = ActorKind::ProfessionalNotOnCase;
            for a in &assignments {
                let Some(role) = ProfessionalRole::from_key(&a.role) else {
                    continue;
                };
                kind = kind.min(if a.is_vaste == 1 {
                    ActorKind::VasteProfessional
                } else if role == ProfessionalRole::Veiligheidsteamlid {
                    ActorKind::SafetyTeam
                } else {
                    ActorKind::ProfessionalOnCase
                });
            }
            Ok(kind)
        }
        Subject::Reviewer(_) => Ok(ActorKind::Reviewer),
        Subject::Administrator(_) => Ok(ActorKind::Administrator),
    }
}

/// Whether `who` may do `action` on `case_id` today, without recording anything: for
/// deciding whether to *tell* someone that something changed (live updates, push), which
/// reveals no data — the page they then load goes through [`authorize`] and is logged.
pub async fn permits(
    db: &Db,
    who: &Subject,
    action: Action,
    case_id: &str,
    today: Date,
) -> Result<bool, AppError> {
    if !app::domain::ids::is_valid_id(case_id) {
        return Ok(false);
    }
    let actor = actor_kind(db, Some(who), case_id, today).await?;
    Ok(decide(actor, action) == Decision::Allow)
}

/// Allow `action` on `case_id` for `who`, or answer `NotFound` — the same answer as for a
/// case that does not exist, so ids reveal nothing. Not signed in answers `NotSignedIn`.
/// A professional's access is written to the access log before it is granted; if that fails,
/// access is refused.
pub async fn authorize(
    db: &Db,
    who: Option<&Subject>,
    action: Action,
    data: DataKind,
    case_id: &str,
    today: Date,
) -> Result<Grant, AppError> {
    if who.is_none() {
        return Err(AppError::NotSignedIn);
    }
    if !app::domain::ids::is_valid_id(case_id) {
        return Err(AppError::NotFound);
    }
    let actor = actor_kind(db, who, case_id, today).await?;
    match decide(actor, action) {
        Decision::Allow => {
            if let (
                Some(Subject::Professional(id)),
                ActorKind::VasteProfessional
                | ActorKind::SafetyTeam
                | ActorKind::ProfessionalOnCase,
            ) = (who, actor)
            {
                let recorder = leptos::prelude::use_context::<http::request::Parts>()
                    .and_then(|parts| parts.extensions.get::<RequestAccesses>().cloned());
                match recorder {
                    None => {
                        record_professional_access(
                            db, id, actor, action, data, case_id, today, None,
                        )
                        .await?
                    }
                    Some(recorder) => {
                        let mut written = recorder.written.lock().await;
                        let key = (case_id.to_string(), data.key(), action.changes_data());
                        if !written.contains(&key)
                            && recorder.live_refresh
                            && !action.changes_data()
                            && log::read_recently(
                                db,
                                id,
                                case_id,
                                data.key(),
                                LIVE_COALESCE_MINUTES,
                            )
                            .await?
                        {
                            written.insert(key.clone());
                        }
                        if !written.contains(&key) {
                            let request_key = format!(
                                "{}:{}:{}:{}",
                                recorder.request_id,
                                case_id,
                                data.key(),
                                key.2
                            );
                            record_professional_access(
                                db,
                                id,
                                actor,
                                action,
                                data,
                                case_id,
                                today,
                                Some(&request_key),
                            )
                            .await?;
                            written.insert(key);
                        }
                    }
                }
            }
            Ok(Grant {
                case_id: case_id.to_string(),
                actor,
            })
        }
        Decision::Deny if actor == ActorKind::Anonymous => Err(AppError::NotSignedIn),
        Decision::Deny => {
            tracing::info!(?action, ?actor, "access refused");
            Err(AppError::NotFound)
        }
    }
}

async fn record_professional_access(
    db: &Db,
    professional_id: &str,
    actor: ActorKind,
    action: Action,
    data: DataKind,
    case_id: &str,
    today: Date,
    request_key: Option<&str>,
) -> Result<(), AppError> {
    let (role, organisation) =
        store::relations::professional_on_case(db, professional_id, case_id, today)
            .await?
            .ok_or(AppError::Internal)?;
    let at = time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .map_err(|_| AppError::Internal)?;
    let event = log::Event {
        at,
        actor_kind: "professional".into(),
        actor_id: professional_id.to_string(),
        actor_role: role,
        organisation,
        on_behalf_of: None,
        case_id: case_id.to_string(),
        subject_person_id: None,
        data_kind: data.key().into(),
        action: if action.changes_data() {
            "change"
        } else {
            "read"
        }
        .into(),
        basis: match actor {
            ActorKind::VasteProfessional => "vaste-professional",
            ActorKind::SafetyTeam => "safety-team",
            _ => "professional-on-case",
        }
        .into(),
    };
    log::append(db, &event, request_key).await
}
