//! Authorization: the one place that decides whether a subject may do something with a
//! case. The pure rules are `app::domain::policy` (tested there as a full matrix, shared with
//! the pages that explain them); this module loads the relations they need and hands out a
//! [`Grant`] that the store requires for case reads and writes.
//!
//! Reads by a professional are written to the access log before they are granted (fail
//! closed). Writes are authorised first and logged in their own transaction when they are
//! done ([`record_change`]), so the family's log shows changes that happened, never refusals.

pub mod grant;
pub mod log;

pub use grant::Grant;

use time::Date;

use crate::db::Db;
use crate::store::{self, Conn, StoreError};
use app::api::context::RequestContext;
use app::domain::ids::CaseId;
pub use app::domain::policy::{self as policy, decide, Action, ActorKind, Decision};
use app::domain::{AgeTier, DataKind, FamilyRelation, ProfessionalRole, Subject};
use app::error::AppError;

/// See `RequestContext::live_refresh`: a page refreshing itself after a live update is not
/// logged again within this many minutes of a logged read of the same data.
pub const LIVE_COALESCE_MINUTES: i64 = 30;

/// What `who` is to `case_id` today, derived fresh from the relations tables.
pub async fn actor_kind(
    db: &Db,
    who: Option<&Subject>,
    case_id: &CaseId,
    today: Date,
) -> Result<ActorKind, StoreError> {
    let Some(who) = who else {
        return Ok(ActorKind::Anonymous);
    };
    match who {
        Subject::Person(id) => {
            let relations =
                store::relations::member_relations(&db.pool, id, case_id, today).await?;
            let mut kind = ActorKind::PersonNotOnCase;
            for r in &relations {
                let relation = store::key("relation", &r.relation, FamilyRelation::from_key)?;
                kind = kind.min(match relation {
                    FamilyRelation::Parent if r.has_gezag == 1 => ActorKind::ParentWithGezag,
                    FamilyRelation::Parent => ActorKind::ParentWithoutGezag,
                    FamilyRelation::ExPartner => ActorKind::ExPartner,
                    FamilyRelation::Child => {
                        let birth = store::date("birth_date", &r.birth_date)?;
                        ActorKind::child(AgeTier::on(birth, today))
                    }
                });
            }
            Ok(kind)
        }
        Subject::Professional(id) => {
            let assignments = store::relations::assignments(&db.pool, id, case_id, today).await?;
            let mut kind = ActorKind::ProfessionalNotOnCase;
            for a in &assignments {
                let role = store::key("role", &a.role, ProfessionalRole::from_key)?;
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
        Subject::System(key) => Ok(
            match store::relations::system_on_case(&db.pool, key, case_id, today).await? {
                Some(true) => ActorKind::CaseSystem,
                _ => ActorKind::SystemNotOnCase,
            },
        ),
    }
}

/// [`actor_kind`], remembered for the rest of this HTTP request (`RequestContext::actors`).
async fn remembered_actor_kind(
    db: &Db,
    ctx: &RequestContext,
    who: &Subject,
    case_id: &CaseId,
    today: Date,
) -> Result<ActorKind, StoreError> {
    if let Some(actor) = ctx.actors.get(who, case_id) {
        return Ok(actor);
    }
    let actor = actor_kind(db, Some(who), case_id, today).await?;
    ctx.actors.put(who, case_id, actor);
    Ok(actor)
}

/// Whether `who` may do `action` on `case_id` today, without recording anything: for
/// deciding whether to *tell* someone that something changed (live updates, push), which
/// reveals no data — the page they then load goes through [`authorize`] and is logged.
pub async fn permits(
    db: &Db,
    who: &Subject,
    action: Action,
    case_id: &CaseId,
    today: Date,
) -> Result<bool, AppError> {
    let actor = actor_kind(db, Some(who), case_id, today).await?;
    Ok(decide(actor, action) == Decision::Allow)
}

/// The decision alone: `NotSignedIn` without a subject, `NotFound` when refused — the same
/// answer as for a case that does not exist, so ids reveal nothing.
async fn decide_for(
    db: &Db,
    ctx: &RequestContext,
    action: Action,
    case_id: &CaseId,
    today: Date,
) -> Result<Grant, AppError> {
    let Some(who) = ctx.subject.as_ref() else {
        return Err(AppError::NotSignedIn);
    };
    if let Some(preview) = &ctx.preview {
        // Only the previewed case, only while the professional is on it, and only what a
        // preview shows; a private part says so rather than "not found".
        if &preview.case != case_id {
            return Err(AppError::NotFound);
        }
        let by = Subject::Professional(preview.by.clone());
        if !is_professional_on_case(remembered_actor_kind(db, ctx, &by, case_id, today).await?) {
            return Err(AppError::NotFound);
        }
        if !policy::preview_allows(action) {
            return Err(AppError::invalid("error-preview-private"));
        }
    }
    let actor = remembered_actor_kind(db, ctx, who, case_id, today).await?;
    match decide(actor, action) {
        Decision::Allow => Ok(Grant::new(case_id, actor)),
        Decision::Deny => {
            tracing::info!(?action, ?actor, "access refused");
            Err(AppError::NotFound)
        }
    }
}

fn is_professional_on_case(actor: ActorKind) -> bool {
    matches!(
        actor,
        ActorKind::VasteProfessional | ActorKind::SafetyTeam | ActorKind::ProfessionalOnCase
    )
}

/// Whose reads and changes the family's access log shows: the professionals on the case and
/// their organisations' case systems.
fn is_logged(actor: ActorKind) -> bool {
    is_professional_on_case(actor) || actor == ActorKind::CaseSystem
}

/// Allow a read of `data` on `case_id` for the request's subject, or refuse. A professional's
/// read is written to the access log first — once per request and kind of data (the
/// request's own `reading`, when a page asks several services) — and refused if that fails.
pub async fn authorize(
    db: &Db,
    ctx: &RequestContext,
    action: Action,
    data: DataKind,
    case_id: &CaseId,
    today: Date,
) -> Result<Grant, AppError> {
    let grant = decide_for(db, ctx, action, case_id, today).await?;
    // A preview is logged as the professional's, marked as a preview.
    let (logged, preview) = match &ctx.preview {
        Some(p) => {
            let by = Subject::Professional(p.by.clone());
            let actor = remembered_actor_kind(db, ctx, &by, case_id, today).await?;
            (Some((by, Grant::new(case_id, actor))), true)
        }
        None => match (ctx.subject.as_ref(), is_logged(grant.actor())) {
            (Some(who @ (Subject::Professional(_) | Subject::System(_))), true) => {
                (Some((who.clone(), grant.clone())), false)
            }
            _ => (None, false),
        },
    };
    if let Some((who, logged_grant)) = logged {
        let id = who.parts().1.to_string();
        let data = ctx.reading.unwrap_or(data);
        let verb = if preview { "preview" } else { "read" };
        let key = format!("{case_id}:{}:{verb}", data.key());
        if ctx.ledger.has(&key) {
            return Ok(grant);
        }
        let coalesced = ctx.live_refresh
            && log::read_recently(db, &id, case_id, data.key(), LIVE_COALESCE_MINUTES).await?;
        if !coalesced {
            // In a task of its own, so that a page load Leptos drops halfway cannot leave the
            // row half-written; a restarted attempt finds it by its request key.
            let request_key = format!("{}:{key}", ctx.request_id.0);
            let (db, ctx, grant) = (db.clone(), ctx.clone(), logged_grant);
            tokio::spawn(async move {
                let mut tx = db
                    .begin_write()
                    .await
                    .map_err(StoreError::from_sqlx("log begin"))?;
                let role = logged_role(&mut tx, &who, &grant, today).await?;
                let mut event = event(&ctx, &who, &grant, data, false, role);
                if preview {
                    event.action = "preview".into();
                }
                log::append(&mut tx, &event, Some(&request_key)).await?;
                tx.commit()
                    .await
                    .map_err(StoreError::from_sqlx("log commit"))?;
                Ok::<(), AppError>(())
            })
            .await
            .map_err(|e| {
                tracing::error!(error = %e, "writing the access log did not finish");
                AppError::Internal
            })??;
        }
        ctx.ledger.mark(key);
    }
    Ok(grant)
}

/// Allow a change on `case_id`, or refuse. Nothing is logged yet: the change is, in its own
/// transaction, once it is done ([`record_change`]).
pub async fn authorize_change(
    db: &Db,
    ctx: &RequestContext,
    action: Action,
    case_id: &CaseId,
    today: Date,
) -> Result<Grant, AppError> {
    ctx.refuse_in_preview()?;
    // A change is decided on the relations as they are now, and may change them.
    ctx.actors.forget();
    decide_for(db, ctx, action, case_id, today).await
}

/// A professional's role on the case and their organisation, as the access log records them.
#[derive(Debug, Clone)]
pub struct LoggedRole {
    role: String,
    organisation: String,
}

/// The role the request's professional has on the granted case now, for logging a change they
/// are about to make — looked up before it, because the change may end that very role (a vaste
/// professional handing over). `None` for anyone whose changes are not logged.
pub async fn role_for_log(
    db: &Db,
    ctx: &RequestContext,
    grant: &Grant,
    today: Date,
) -> Result<Option<LoggedRole>, AppError> {
    match (ctx.subject.as_ref(), is_logged(grant.actor())) {
        (Some(who @ (Subject::Professional(_) | Subject::System(_))), true) => Ok(Some(
            logged_role(&mut *crate::store::connection(db).await?, who, grant, today).await?,
        )),
        _ => Ok(None),
    }
}

async fn logged_role(
    conn: &mut Conn,
    who: &Subject,
    grant: &Grant,
    today: Date,
) -> Result<LoggedRole, AppError> {
    let professional_id = match who {
        Subject::System(key) => {
            let (_, organisation) = store::relations::system_organisation(&mut *conn, key)
                .await?
                .ok_or_else(|| {
                    tracing::error!("a case system's key has no organisation to log");
                    AppError::Internal
                })?;
            return Ok(LoggedRole {
                role: CASE_SYSTEM_ROLE.into(),
                organisation,
            });
        }
        other => other.parts().1,
    };
    let (role, organisation) =
        store::relations::professional_on_case(&mut *conn, professional_id, grant.case_id(), today)
            .await?
            .ok_or_else(|| {
                tracing::error!("a professional on the case has no assignment to log");
                AppError::Internal
            })?;
    Ok(LoggedRole { role, organisation })
}

/// Write the access-log row for a change a professional made, inside the change's own
/// transaction: both commit, or neither. `role` is as it was when the change began (a case
/// just opened has none yet: then it is read inside the transaction).
pub async fn record_change(
    conn: &mut Conn,
    ctx: &RequestContext,
    grant: &Grant,
    data: DataKind,
    today: Date,
    role: Option<LoggedRole>,
) -> Result<(), AppError> {
    // The change may have changed who is what to the case.
    ctx.actors.forget();
    if let (Some(who @ (Subject::Professional(_) | Subject::System(_))), true) =
        (ctx.subject.as_ref(), is_logged(grant.actor()))
    {
        let role = match role {
            Some(role) => role,
            None => logged_role(conn, who, grant, today).await?,
        };
        let event = event(ctx, who, grant, data, true, role);
        log::append(conn, &event, None).await?;
    }
    Ok(())
}

/// The role the access log names for a case system (the family reads "the case system of …").
pub const CASE_SYSTEM_ROLE: &str = "case-system";

fn event(
    ctx: &RequestContext,
    who: &Subject,
    grant: &Grant,
    data: DataKind,
    change: bool,
    LoggedRole { role, organisation }: LoggedRole,
) -> log::Event {
    log::Event {
        at: store::now_text(),
        actor_kind: match who {
            Subject::System(_) => "system",
            _ => "professional",
        }
        .into(),
        actor_id: who.parts().1.to_string(),
        actor_role: role,
        organisation,
        on_behalf_of: ctx.on_behalf_of.clone(),
        case_id: grant.case_id().to_string(),
        subject_person_id: None,
        data_kind: data.key().into(),
        action: if change { "change" } else { "read" }.into(),
        basis: match grant.actor() {
            ActorKind::VasteProfessional => "vaste-professional",
            ActorKind::SafetyTeam => "safety-team",
            ActorKind::CaseSystem => "case-system",
            _ => "professional-on-case",
        }
        .into(),
    }
}
