//! Messages (F8, F9) and the unsafe alert (F10). Each family member has their own thread,
//! read by the vaste professional and the veiligheidsteam member; a youth's messages never
//! reach a parent. Sends are exactly once per (author, idempotency key).

use async_trait::async_trait;
use sha2::{Digest, Sha256};
use time::{Date, OffsetDateTime};
use tracing::instrument;

use super::Backend;
use crate::access::{policy::is_family, Action, Grant};
use crate::live::Change;
use crate::store::{self, messages::Sent, StoreError};
use app::api::context::RequestContext;
use app::api::services::MessageService;
use app::domain::ids::{CaseId, IdempotencyKey, MessageId, PersonId};
use app::domain::messages::{first_unanswered, is_overdue, reply_by};
use app::domain::{age_on, DataKind, FamilyRelation, ProfessionalRole, Subject};
use app::error::AppError;
use app::model::message::{Alert, Line, Message, Thread, ThreadSummary};

/// What the stored content of a message is, for telling a retry from a reused key.
fn content_hash(body: &str, urgent: bool) -> String {
    let mut h = Sha256::new();
    h.update([u8::from(urgent)]);
    h.update(body.as_bytes());
    hex::encode(h.finalize())
}

/// A family member with a line of their own today: a parent, or a child of 12 or older.
fn has_line(relation: FamilyRelation, birth: Date, today: Date) -> bool {
    match relation {
        FamilyRelation::Parent => true,
        FamilyRelation::Child => age_on(birth, today) >= 12,
        FamilyRelation::ExPartner => false,
    }
}

/// A family member with a thread: id, name, relation, age (children). A child under 12 has
/// no line to write on (`writes` false) but can raise the unsafe alert, which lands in a
/// thread of their own that the professionals who answer open like any other.
struct LineOwner {
    person: PersonId,
    name: String,
    relation: FamilyRelation,
    age: Option<u8>,
    writes: bool,
}

fn now() -> (String, i64) {
    let now = OffsetDateTime::now_utc();
    let us = i64::try_from(now.unix_timestamp_nanos() / 1000).unwrap_or(i64::MAX);
    (store::now_text(), us)
}

impl Backend {
    async fn lines(&self, grant: &Grant, today: Date) -> Result<Vec<LineOwner>, AppError> {
        let members = store::people::members(&self.db, grant, "", false, today).await?;
        Ok(members
            .into_iter()
            .filter(|m| m.relation != FamilyRelation::ExPartner)
            .map(|m| LineOwner {
                writes: has_line(m.relation, m.birth_date, today),
                age: (m.relation == FamilyRelation::Child)
                    .then(|| u8::try_from(age_on(m.birth_date, today)).unwrap_or(u8::MAX)),
                name: format!("{} {}", m.given_name, m.family_name),
                person: m.person,
                relation: m.relation,
            })
            .collect())
    }

    /// The line of `person` on the granted case, or `NotFound`.
    async fn line_of(
        &self,
        grant: &Grant,
        person: &PersonId,
        today: Date,
    ) -> Result<LineOwner, AppError> {
        self.lines(grant, today)
            .await?
            .into_iter()
            .find(|l| &l.person == person)
            .ok_or(AppError::NotFound)
    }

    /// Who reads the family's threads (`policy`: `ViewFamilyThreads`), by name: the vaste
    /// professional, and the veiligheidsteam members on the case. One read of the team.
    async fn readers(
        &self,
        grant: &Grant,
        today: Date,
    ) -> Result<(Option<String>, Vec<String>), AppError> {
        let team = store::team::team(&self.db, grant, today).await?;
        let vaste = team.iter().find(|m| m.is_vaste).map(|m| m.name.clone());
        let safety_team = team
            .into_iter()
            .filter(|m| !m.is_vaste && m.role == ProfessionalRole::Veiligheidsteamlid)
            .map(|m| m.name)
            .collect();
        Ok((vaste, safety_team))
    }

    /// Whose line a request names, and whether the reader may use it for `own` / `team`.
    async fn open_line(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        line: &Line,
        own: Action,
        team: Action,
    ) -> Result<(Grant, LineOwner), AppError> {
        let today = self.today();
        match ctx.subject()? {
            Subject::Professional(_) => {
                let Line::Of(person) = line else {
                    return Err(AppError::NotFound);
                };
                let grant = self.grant_for(ctx, team, case).await?;
                Ok((grant.clone(), self.line_of(&grant, person, today).await?))
            }
            Subject::Person(me) => {
                let me: PersonId = store::id("person id", me)?;
                // A family member reads and writes only in their own thread.
                if matches!(line, Line::Of(person) if *person != me) {
                    return Err(AppError::NotFound);
                }
                let grant = self.grant_for(ctx, own, case).await?;
                Ok((grant.clone(), self.line_of(&grant, &me, today).await?))
            }
            _ => Err(AppError::NotFound),
        }
    }

    async fn grant_for(
        &self,
        ctx: &RequestContext,
        action: Action,
        case: &CaseId,
    ) -> Result<Grant, AppError> {
        if action.changes_data() {
            crate::access::authorize_change(&self.db, ctx, action, case, self.today()).await
        } else {
            self.read(ctx, action, DataKind::Messages, case).await
        }
    }

    async fn store_message(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        action: Action,
        person: &PersonId,
        body: &str,
        urgent: bool,
        key: &IdempotencyKey,
    ) -> Result<MessageId, AppError> {
        let (author_kind, author_id) = ctx.subject()?.parts();
        let (at, at_us) = now();
        let mut w = self.write(ctx, action, DataKind::Messages, case).await?;
        let grant = w.grant.clone();
        let thread = store::messages::thread_id(w.conn(), &grant, person.as_str(), &at).await?;
        let sent = store::messages::send(
            w.conn(),
            &store::messages::NewMessage {
                thread_id: &thread,
                author_kind,
                author_id,
                body,
                urgent,
                key: key.as_str(),
                content_hash: &content_hash(body, urgent),
                at: &at,
                at_us,
            },
        )
        .await?;
        match sent {
            Sent::New(id) => {
                w.commit(Change::Thread {
                    case_id: case.to_string(),
                    person_id: person.to_string(),
                })
                .await?;
                Ok(store::id("message id", &id)?)
            }
            Sent::Again(id) => {
                w.nothing_changed().await?;
                Ok(store::id("message id", &id)?)
            }
            Sent::KeyReused => {
                w.nothing_changed().await?;
                Err(AppError::invalid("error-message-key-reused"))
            }
        }
    }
}

#[async_trait]
impl MessageService for Backend {
    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case))]
    async fn threads(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
    ) -> Result<Vec<ThreadSummary>, AppError> {
        let grant = self
            .read(ctx, Action::ViewFamilyThreads, DataKind::Messages, case)
            .await?;
        let today = self.today();
        let (at, _) = now();
        let mut conn = crate::store::connection(&self.db).await?;
        let mut threads = vec![];
        for line in self.lines(&grant, today).await? {
            let thread =
                store::messages::thread_id(&mut conn, &grant, line.person.as_str(), &at).await?;
            let rows = store::messages::messages(&self.db, &grant, &thread).await?;
            // A child without a line appears only once they raised the alert.
            if !line.writes && rows.is_empty() {
                continue;
            }
            let mut timeline = vec![];
            for r in &rows {
                let day =
                    app::domain::calendar::dutch_date(store::instant("message at", &r.created_at)?);
                timeline.push((r.author_kind == "person", day));
            }
            let waiting = first_unanswered(&timeline);
            let unread: Vec<_> = rows
                .iter()
                .filter(|r| r.author_kind == "person" && r.read_at.is_none())
                .collect();
            threads.push(ThreadSummary {
                person: line.person,
                name: line.name,
                relation: line.relation,
                age: line.age,
                unread: u32::try_from(unread.len()).unwrap_or(u32::MAX),
                urgent_unread: unread.iter().any(|r| r.urgent == 1),
                waiting_since: waiting,
                overdue: is_overdue(waiting, today),
            });
        }
        Ok(threads)
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case))]
    async fn thread(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        line: &Line,
    ) -> Result<Thread, AppError> {
        let (grant, owner) = self
            .open_line(
                ctx,
                case,
                line,
                Action::ViewOwnThread,
                Action::ViewFamilyThreads,
            )
            .await?;
        let today = self.today();
        let (at, _) = now();
        let thread = store::messages::thread_id(
            &mut *crate::store::connection(&self.db).await?,
            &grant,
            owner.person.as_str(),
            &at,
        )
        .await?;
        let (kind, id) = ctx.subject()?.parts();
        if store::messages::mark_read(&self.db, &thread, kind, id, &at).await? > 0 {
            // The writer's page shows "gelezen door …" now.
            self.announce(Change::Thread {
                case_id: case.to_string(),
                person_id: owner.person.to_string(),
            })
            .await;
        }
        let rows = store::messages::messages(&self.db, &grant, &thread).await?;
        let mut messages = vec![];
        let mut timeline = vec![];
        for r in rows {
            let sent = store::instant("message at", &r.created_at)?;
            timeline.push((
                r.author_kind == "person",
                app::domain::calendar::dutch_date(sent),
            ));
            let read = match (&r.read_at, &r.reader_given) {
                (Some(read_at), reader) => Some((
                    reader.clone().unwrap_or_default(),
                    store::instant("message read at", read_at)?,
                )),
                (None, _) => None,
            };
            messages.push(Message {
                id: store::id("message id", &r.id)?,
                mine: r.author_kind == kind && r.author_id == id,
                author: format!(
                    "{} {}",
                    r.author_given.unwrap_or_default(),
                    r.author_family.unwrap_or_default()
                )
                .trim()
                .to_string(),
                body: r.body,
                urgent: r.urgent == 1,
                at: sent,
                read,
            });
        }
        let waiting = first_unanswered(&timeline);
        let (answered_by, also_read_by) = self.readers(&grant, today).await?;
        Ok(Thread {
            person: owner.person,
            person_name: owner.name,
            answered_by,
            also_read_by,
            writes: owner.writes,
            messages,
            reply_by: waiting.map(reply_by),
            overdue: is_overdue(waiting, today),
        })
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case))]
    async fn send(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        line: &Line,
        body: &str,
        key: &IdempotencyKey,
    ) -> Result<MessageId, AppError> {
        let (_, owner) = self
            .open_line(
                ctx,
                case,
                line,
                Action::SendOwnMessage,
                Action::ReplyInThread,
            )
            .await?;
        if !owner.writes {
            // A child under 12 cannot read an answer here: the professional calls or visits.
            return Err(AppError::conflict("error-thread-no-line"));
        }
        let action = match ctx.subject()? {
            Subject::Professional(_) => Action::ReplyInThread,
            _ => Action::SendOwnMessage,
        };
        self.store_message(ctx, case, action, &owner.person, body, false, key)
            .await
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case))]
    async fn raise_unsafe(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        note: &str,
        key: &IdempotencyKey,
    ) -> Result<MessageId, AppError> {
        let (_, owner) = self
            .open_line(
                ctx,
                case,
                &Line::Own,
                Action::RaiseUnsafeAlert,
                Action::RaiseUnsafeAlert,
            )
            .await?;
        self.store_message(
            ctx,
            case,
            Action::RaiseUnsafeAlert,
            &owner.person,
            note,
            true,
            key,
        )
        .await
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case))]
    async fn unread_answers(&self, ctx: &RequestContext, case: &CaseId) -> Result<u32, AppError> {
        let (grant, owner) = self
            .open_line(
                ctx,
                case,
                &Line::Own,
                Action::ViewOwnThread,
                Action::ViewOwnThread,
            )
            .await?;
        let count =
            store::messages::unread_answers(&self.db, &grant, owner.person.as_str()).await?;
        Ok(u32::try_from(count).unwrap_or(0))
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case))]
    async fn alerts(&self, ctx: &RequestContext, case: &CaseId) -> Result<Vec<Alert>, AppError> {
        let grant = self
            .read(ctx, Action::ViewCaseOverview, DataKind::Overview, case)
            .await?;
        // Escalated alerts are for the professionals on the case, never for family members.
        if is_family(grant.actor()) {
            return Ok(vec![]);
        }
        store::messages::open_alerts(&self.db, &grant)
            .await?
            .into_iter()
            .map(|a| {
                Ok(Alert {
                    at: store::instant("alert at", &a.created_at)?,
                    given_name: a.given_name,
                })
            })
            .collect::<Result<_, StoreError>>()
            .map_err(AppError::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn parents_and_youths_of_12_have_a_line_and_younger_children_do_not() {
        let today = date!(2026 - 11 - 29);
        assert!(has_line(
            FamilyRelation::Parent,
            date!(1980 - 01 - 01),
            today
        ));
        assert!(has_line(
            FamilyRelation::Child,
            date!(2014 - 11 - 29),
            today
        ));
        assert!(!has_line(
            FamilyRelation::Child,
            date!(2014 - 11 - 30),
            today
        ));
        assert!(!has_line(
            FamilyRelation::ExPartner,
            date!(1980 - 01 - 01),
            today
        ));
    }

    #[test]
    fn a_retry_is_recognised_by_its_content_and_kind() {
        assert_eq!(content_hash("hoi", false), content_hash("hoi", false));
        assert_ne!(content_hash("hoi", false), content_hash("hoi", true));
        assert_ne!(content_hash("hoi", false), content_hash("hoi!", false));
    }
}
