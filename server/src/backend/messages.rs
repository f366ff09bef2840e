//! Messages (F8, F9) and the unsafe alert (F10): the server side of `MessageBackend`.

use async_trait::async_trait;
use sha2::{Digest, Sha256};
use time::format_description::well_known::Rfc3339;
use time::{Date, OffsetDateTime};

use super::AppBackend;
use crate::access::{Action, DataKind, Grant};
use crate::live::Change;
use crate::store::{self, messages::Sent};
use app::api::backend::MessageBackend;
use app::api::message_types::{
    MessageView, MessagesView, ReadReceipt, TeamView, ThreadSummary, ThreadView, UnsafeView,
};
use app::api::session::Draft;
use app::api::AppError;
use app::domain::messages::{first_unanswered, is_overdue, reply_by};
use app::domain::{age_on, FamilyRelation, Subject};

fn now() -> Result<(String, i64, OffsetDateTime), AppError> {
    let now = OffsetDateTime::now_utc();
    let text = now.format(&Rfc3339).map_err(|_| AppError::Internal)?;
    let us = i64::try_from(now.unix_timestamp_nanos() / 1000).map_err(|_| AppError::Internal)?;
    Ok((text, us, now))
}

fn local(at: &str) -> Option<(Date, String)> {
    OffsetDateTime::parse(at, &Rfc3339)
        .ok()
        .map(app::domain::calendar::dutch_date_time)
}

/// What the stored content of a message is, for telling a retry from a reused key.
fn content_hash(body: &str, urgent: bool) -> String {
    let mut h = Sha256::new();
    h.update([u8::from(urgent)]);
    h.update(body.as_bytes());
    hex::encode(h.finalize())
}

/// A family member with a line of their own today: a parent, or a child of 12 or older.
fn has_line(relation: FamilyRelation, birth: Option<Date>, today: Date) -> bool {
    match relation {
        FamilyRelation::Parent => true,
        FamilyRelation::Child => birth.is_some_and(|b| age_on(b, today) >= 12),
        FamilyRelation::ExPartner => false,
    }
}

impl AppBackend {
    async fn vaste_name(&self, grant: &Grant, today: Date) -> Result<Option<String>, AppError> {
        Ok(store::cases::professionals(&self.db, grant, today)
            .await?
            .into_iter()
            .find(|p| p.is_vaste == 1)
            .map(|p| format!("{} {}", p.given_name, p.family_name)))
    }

    /// The family members with a line, as (person id, name, relation, age).
    async fn lines(
        &self,
        grant: &Grant,
        today: Date,
    ) -> Result<Vec<(String, String, FamilyRelation, Option<u8>)>, AppError> {
        let rows = store::people::family_members(&self.db, grant, "", false, today).await?;
        Ok(rows
            .into_iter()
            .filter_map(|r| {
                let relation = FamilyRelation::from_key(&r.relation)?;
                let birth = store::parse_date(&r.birth_date);
                has_line(relation, birth, today).then(|| {
                    let age = (relation == FamilyRelation::Child)
                        .then(|| birth.map(|b| u8::try_from(age_on(b, today)).unwrap_or(u8::MAX)))
                        .flatten();
                    (
                        r.id,
                        format!("{} {}", r.given_name, r.family_name),
                        relation,
                        age,
                    )
                })
            })
            .collect())
    }

    async fn thread_view(
        &self,
        who: &Subject,
        grant: &Grant,
        person_id: &str,
        person_name: String,
        draft: Option<Draft>,
        draft_person: &str,
        today: Date,
    ) -> Result<ThreadView, AppError> {
        let (at, _, _) = now()?;
        let thread = store::messages::thread_id(&self.db, grant, person_id, &at).await?;
        let (kind, id) = who.parts();
        if store::messages::mark_read(&self.db, &thread, kind, id, &at).await? > 0 {
            // The writer's page shows "gelezen door …" now.
            self.announce(Change::Thread {
                case_id: grant.case_id().to_string(),
                person_id: person_id.to_string(),
            })
            .await;
        }
        let rows = store::messages::messages(&self.db, grant, &thread).await?;
        let timeline: Vec<(bool, Date)> = rows
            .iter()
            .filter_map(|r| Some((r.author_kind == "person", local(&r.created_at)?.0)))
            .collect();
        let waiting = first_unanswered(&timeline);
        let messages = rows
            .into_iter()
            .filter_map(|r| {
                let (date, time) = local(&r.created_at)?;
                let read = r
                    .read_at
                    .as_deref()
                    .and_then(local)
                    .map(|(date, time)| ReadReceipt {
                        by: r.reader_given.clone().unwrap_or_default(),
                        date,
                        time,
                    });
                Some(MessageView {
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
                    date,
                    time,
                    read,
                    id: r.id,
                })
            })
            .collect();
        let draft = draft.filter(|d| d.case_id == grant.case_id() && d.person_id == draft_person);
        Ok(ThreadView {
            header: self.header(grant).await?,
            person_id: person_id.to_string(),
            person_name,
            answered_by: self.vaste_name(grant, today).await?,
            messages,
            reply_by: waiting.map(reply_by),
            overdue: is_overdue(waiting, today),
            new_key: uuid::Uuid::new_v4().to_string(),
            error: draft.as_ref().map(|d| d.error.clone()),
            draft: draft.map(|d| d.body),
        })
    }

    async fn team_view(&self, grant: &Grant, today: Date) -> Result<TeamView, AppError> {
        let (at, _, _) = now()?;
        let mut threads = vec![];
        for (person_id, name, relation, age) in self.lines(grant, today).await? {
            let thread = store::messages::thread_id(&self.db, grant, &person_id, &at).await?;
            let rows = store::messages::messages(&self.db, grant, &thread).await?;
            let timeline: Vec<(bool, Date)> = rows
                .iter()
                .filter_map(|r| Some((r.author_kind == "person", local(&r.created_at)?.0)))
                .collect();
            let waiting = first_unanswered(&timeline);
            let unread: Vec<_> = rows
                .iter()
                .filter(|r| r.author_kind == "person" && r.read_at.is_none())
                .collect();
            threads.push(ThreadSummary {
                person_id,
                name,
                relation,
                age,
                unread: u32::try_from(unread.len()).unwrap_or(u32::MAX),
                urgent_unread: unread.iter().any(|r| r.urgent == 1),
                waiting_since: waiting,
                overdue: is_overdue(waiting, today),
            });
        }
        Ok(TeamView {
            header: self.header(grant).await?,
            threads,
        })
    }

    /// The line of `person_id` on the granted case, with that person's name, or `NotFound`.
    async fn line_of(
        &self,
        grant: &Grant,
        person_id: &str,
        today: Date,
    ) -> Result<String, AppError> {
        self.lines(grant, today)
            .await?
            .into_iter()
            .find(|(id, ..)| id == person_id)
            .map(|(_, name, ..)| name)
            .ok_or(AppError::NotFound)
    }

    async fn store_message(
        &self,
        grant: &Grant,
        who: &Subject,
        person_id: &str,
        body: &str,
        urgent: bool,
        key: &str,
    ) -> Result<String, AppError> {
        if !app::domain::ids::is_valid_id(key) {
            return Err(AppError::Invalid("error-invalid-text".into()));
        }
        let (at, at_us, _) = now()?;
        let thread = store::messages::thread_id(&self.db, grant, person_id, &at).await?;
        let (author_kind, author_id) = who.parts();
        let sent = store::messages::send(
            &self.db,
            &store::messages::NewMessage {
                thread_id: &thread,
                author_kind,
                author_id,
                body,
                urgent,
                key,
                content_hash: &content_hash(body, urgent),
                at: &at,
                at_us,
            },
        )
        .await?;
        match sent {
            Sent::New(id) => {
                self.announce(Change::Thread {
                    case_id: grant.case_id().to_string(),
                    person_id: person_id.to_string(),
                })
                .await;
                Ok(id)
            }
            Sent::Again(id) => Ok(id),
            Sent::KeyReused => Err(AppError::Invalid("error-message-key-reused".into())),
        }
    }
}

#[async_trait]
impl MessageBackend for AppBackend {
    async fn messages(
        &self,
        who: &Subject,
        case_id: &str,
        draft: Option<Draft>,
    ) -> Result<MessagesView, AppError> {
        let today = self.today();
        match who {
            Subject::Professional(_) => {
                let (grant, _) = self
                    .grant(who, Action::ViewFamilyThreads, DataKind::Messages, case_id)
                    .await?;
                Ok(MessagesView::Team(self.team_view(&grant, today).await?))
            }
            _ => {
                let (grant, _) = self
                    .grant(who, Action::ViewOwnThread, DataKind::Messages, case_id)
                    .await?;
                let Subject::Person(me) = who else {
                    return Err(AppError::NotFound);
                };
                let name = self.line_of(&grant, me, today).await?;
                Ok(MessagesView::Own(
                    self.thread_view(who, &grant, me, name, draft, "", today)
                        .await?,
                ))
            }
        }
    }

    async fn thread(
        &self,
        who: &Subject,
        case_id: &str,
        person_id: &str,
        draft: Option<Draft>,
    ) -> Result<ThreadView, AppError> {
        let today = self.today();
        let (grant, _) = self
            .grant(who, Action::ViewFamilyThreads, DataKind::Messages, case_id)
            .await?;
        let name = self.line_of(&grant, person_id, today).await?;
        self.thread_view(who, &grant, person_id, name, draft, person_id, today)
            .await
    }

    async fn send(
        &self,
        who: &Subject,
        case_id: &str,
        person_id: &str,
        body: &str,
        key: &str,
    ) -> Result<String, AppError> {
        let today = self.today();
        match who {
            Subject::Professional(_) => {
                let (grant, _) = self
                    .grant(who, Action::ReplyInThread, DataKind::Messages, case_id)
                    .await?;
                self.line_of(&grant, person_id, today).await?;
                self.store_message(&grant, who, person_id, body, false, key)
                    .await
            }
            _ => {
                let (grant, _) = self
                    .grant(who, Action::SendOwnMessage, DataKind::Messages, case_id)
                    .await?;
                let Subject::Person(me) = who else {
                    return Err(AppError::NotFound);
                };
                // A family member writes only in their own thread.
                if !person_id.is_empty() && person_id != me {
                    return Err(AppError::NotFound);
                }
                self.line_of(&grant, me, today).await?;
                self.store_message(&grant, who, me, body, false, key).await
            }
        }
    }

    async fn unsafe_view(&self, who: &Subject, case_id: &str) -> Result<UnsafeView, AppError> {
        let today = self.today();
        let (grant, _) = self
            .grant(who, Action::RaiseUnsafeAlert, DataKind::Messages, case_id)
            .await?;
        Ok(UnsafeView {
            header: self.header(&grant).await?,
            vaste: self.vaste_name(&grant, today).await?,
            new_key: uuid::Uuid::new_v4().to_string(),
        })
    }

    async fn raise_unsafe(
        &self,
        who: &Subject,
        case_id: &str,
        note: &str,
        key: &str,
    ) -> Result<String, AppError> {
        let (grant, _) = self
            .grant(who, Action::RaiseUnsafeAlert, DataKind::Messages, case_id)
            .await?;
        let Subject::Person(me) = who else {
            return Err(AppError::NotFound);
        };
        self.store_message(&grant, who, me, note, true, key).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn parents_and_youths_of_12_have_a_line_and_younger_children_do_not() {
        let today = date!(2026 - 11 - 29);
        assert!(has_line(FamilyRelation::Parent, None, today));
        assert!(has_line(
            FamilyRelation::Child,
            Some(date!(2014 - 11 - 29)),
            today
        ));
        assert!(!has_line(
            FamilyRelation::Child,
            Some(date!(2014 - 11 - 30)),
            today
        ));
        assert!(!has_line(FamilyRelation::ExPartner, None, today));
    }

    #[test]
    fn a_retry_is_recognised_by_its_content_and_kind() {
        assert_eq!(content_hash("hoi", false), content_hash("hoi", false));
        assert_ne!(content_hash("hoi", false), content_hash("hoi", true));
        assert_ne!(content_hash("hoi", false), content_hash("hoi!", false));
    }
}
