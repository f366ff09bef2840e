//! The review workspace: reviewers (ervaringsdeskundigen) and administrators comment on the
//! texts families read, suggest wording and set a status per language; an administrator, or a
//! reviewer with that right, accepts a suggestion, which this instance serves at once and every
//! other instance on the database after it hears of it. Everyone else is answered `NotFound`.
//! No case data: the example family of review mode lives in a database of its own
//! (`crate::review`).

use std::collections::HashMap;

use async_trait::async_trait;
use time::OffsetDateTime;
use tracing::instrument;

use super::Backend;
use crate::live::Change;
use crate::store::{self, staff, wording as db, StoreError};
use app::api::context::RequestContext;
use app::api::services::WordingService;
use app::api::types::DemoPerson;
use app::domain::{policy, text, Subject};
use app::error::{AppError, FieldError, Message};
use app::i18n::wording::{FtlOverrides, Reviewed, WordingState};
use app::i18n::Lang;
use app::model::wording::{
    EventKind, MessageState, PageIndex, ReviewerInfo, WordingEvent, WordingStatus,
};
use app::wording::{catalog, shape};

/// A comment is a remark, not an essay.
const COMMENT_MAX: usize = 2000;

fn now() -> (String, i64) {
    let now = OffsetDateTime::now_utc();
    let us = i64::try_from(now.unix_timestamp_nanos() / 1000).unwrap_or(i64::MAX);
    (store::now_text(), us)
}

/// The message `id` of the catalog, or `NotFound` (also for an id that is no message).
fn known(lang: Lang, id: &str) -> Result<&'static app::wording::Entry, AppError> {
    catalog().get(lang, id).ok_or(AppError::NotFound)
}

impl Backend {
    /// The reviewer or administrator asking (not one who left), or `NotFound` for anyone else.
    async fn reviewing(&self, ctx: &RequestContext) -> Result<(Subject, ReviewerInfo), AppError> {
        let who = ctx.subject()?;
        if !policy::may_review(who) || ctx.review || ctx.preview.is_some() {
            return Err(AppError::NotFound);
        }
        let (kind, id) = who.parts();
        let (may_accept, administrator) = match who {
            Subject::Reviewer(_) => (
                db::reviewer(&self.db, id)
                    .await?
                    .ok_or(AppError::NotFound)?,
                false,
            ),
            _ => {
                if !staff::is_administrator(&self.db, id).await? {
                    return Err(AppError::NotFound);
                }
                (true, true)
            }
        };
        let name = db::staff_names(&self.db)
            .await?
            .into_iter()
            .find(|(k, i, _)| k == kind && i == id)
            .map(|(_, _, n)| n)
            .unwrap_or_default();
        Ok((
            who.clone(),
            ReviewerInfo {
                name,
                may_accept: policy::may_accept_wording(who, may_accept),
                administrator,
            },
        ))
    }

    /// Accepted wording by `(lang, id)`.
    async fn accepted(&self) -> Result<HashMap<(String, String), String>, StoreError> {
        Ok(db::overrides(&self.db)
            .await?
            .into_iter()
            .map(|o| ((o.lang, o.message_id), o.source))
            .collect())
    }

    /// What this instance serves in front of the shipped texts, from the database: the
    /// accepted wording, and per language how much is approved (for the language menu).
    pub async fn load_wording(&self) -> Result<WordingState, StoreError> {
        let rows = db::overrides(&self.db).await?;
        let (overrides, refused) = FtlOverrides::from_messages(rows.iter().filter_map(|o| {
            Some((
                Lang::from_code(&o.lang)?,
                o.message_id.as_str(),
                o.source.as_str(),
            ))
        }));
        if refused > 0 {
            tracing::warn!(
                refused,
                "accepted wording that no longer parses is not served"
            );
        }
        let accepted: HashMap<(String, String), String> = rows
            .into_iter()
            .map(|o| ((o.lang, o.message_id), o.source))
            .collect();
        let mut reviewed: Vec<Reviewed> = Lang::all()
            .map(|lang| Reviewed {
                approved: 0,
                total: u32::try_from(catalog().entries(lang).len()).unwrap_or(u32::MAX),
            })
            .collect();
        for (lang, id, approved_text) in db::approvals(&self.db).await? {
            let Some(l) = Lang::from_code(&lang) else {
                continue;
            };
            let Some(entry) = catalog().get(l, &id) else {
                continue;
            };
            let current = accepted
                .get(&(lang.clone(), id.clone()))
                .unwrap_or(&entry.source);
            if approved_text.as_deref() == Some(current.as_str()) {
                if let Some(r) = reviewed.get_mut(l.index()) {
                    r.approved += 1;
                }
            }
        }
        Ok(WordingState {
            overrides,
            reviewed,
        })
    }

    /// Load the wording again (after an acceptance here or elsewhere).
    pub async fn reload_wording(&self) {
        match self.load_wording().await {
            Ok(state) => self.wording.replace(state),
            Err(e) => tracing::warn!(error = %e, "loading the accepted wording failed"),
        }
    }

    /// Every message of `lang` that has a review state, a suggestion, a comment or accepted
    /// wording (the others are new). Unchecked: for the service above and the coverage command.
    pub async fn message_states(&self, lang: Lang) -> Result<Vec<MessageState>, StoreError> {
        let names: HashMap<(String, String), String> = db::staff_names(&self.db)
            .await?
            .into_iter()
            .map(|(k, i, n)| ((k, i), n))
            .collect();
        let mut accepted = self.accepted().await?;
        let counts: HashMap<String, (i64, i64)> = db::remark_counts(&self.db, lang.code())
            .await?
            .into_iter()
            .map(|(id, remarks, open)| (id, (remarks, open)))
            .collect();
        let reviews: HashMap<String, db::ReviewRow> = db::reviews(&self.db, lang.code())
            .await?
            .into_iter()
            .map(|r| (r.message_id.clone(), r))
            .collect();
        let mut out = vec![];
        for entry in catalog().entries(lang) {
            let accepted = accepted.remove(&(lang.code().to_string(), entry.id.clone()));
            let review = reviews.get(&entry.id);
            let (remarks, open) = counts.get(&entry.id).copied().unwrap_or((0, 0));
            if review.is_none() && accepted.is_none() && remarks == 0 {
                continue;
            }
            let current = accepted.as_deref().unwrap_or(&entry.source);
            let status = review
                .map(|r| store::key("wording status", &r.status, WordingStatus::from_key))
                .transpose()?
                .unwrap_or(WordingStatus::New);
            out.push(MessageState {
                id: entry.id.clone(),
                status,
                changed_since_approval: status == WordingStatus::Approved
                    && review.and_then(|r| r.approved_text.as_deref()) != Some(current),
                by: review.and_then(|r| {
                    names
                        .get(&(r.changed_by_kind.clone(), r.changed_by.clone()))
                        .cloned()
                }),
                at: review.map(|r| r.changed_at.clone()),
                accepted,
                open_suggestions: u32::try_from(open).unwrap_or(0),
                remarks: u32::try_from(remarks).unwrap_or(0),
            });
        }
        Ok(out)
    }

    /// The text `id` reads now in `lang`: accepted wording, or the shipped text.
    async fn current_text(&self, lang: Lang, id: &str) -> Result<String, AppError> {
        let entry = known(lang, id)?;
        Ok(self
            .accepted()
            .await?
            .remove(&(lang.code().to_string(), id.to_string()))
            .unwrap_or_else(|| entry.source.clone()))
    }

    /// One step in a message's history, in the caller's transaction.
    async fn event(
        &self,
        conn: &mut store::Conn,
        who: &Subject,
        event: Event<'_>,
    ) -> Result<String, StoreError> {
        let event_id = uuid::Uuid::new_v4().to_string();
        let (at, at_us) = now();
        let (author_kind, author_id) = who.parts();
        db::add_event(
            conn,
            &db::NewEvent {
                id: &event_id,
                lang: event.lang.code(),
                message_id: event.id,
                kind: event.kind.key(),
                author_kind,
                author_id,
                body: event.body,
                status: event.status.map(WordingStatus::key),
                suggestion_id: event.suggestion,
                at: &at,
                at_us,
            },
        )
        .await?;
        Ok(event_id)
    }

    /// A comment or suggestion: one event in a transaction of its own.
    async fn remark(
        &self,
        who: &Subject,
        lang: Lang,
        id: &str,
        kind: EventKind,
        body: &str,
    ) -> Result<(), AppError> {
        let mut tx = self
            .db
            .begin_write()
            .await
            .map_err(StoreError::from_sqlx("remark begin"))?;
        self.event(&mut tx, who, Event::new(lang, id, kind).body(body))
            .await?;
        tx.commit()
            .await
            .map_err(StoreError::from_sqlx("remark commit"))?;
        Ok(())
    }

    async fn record_status(
        &self,
        conn: &mut store::Conn,
        who: &Subject,
        lang: Lang,
        id: &str,
        status: WordingStatus,
        approved_text: Option<&str>,
    ) -> Result<(), StoreError> {
        let (by_kind, by) = who.parts();
        db::set_status(
            conn,
            &db::NewStatus {
                lang: lang.code(),
                message_id: id,
                status: status.key(),
                approved_text,
                by_kind,
                by,
                at: &store::now_text(),
            },
        )
        .await
    }
}

/// One step in a message's history, as it is written.
struct Event<'a> {
    lang: Lang,
    id: &'a str,
    kind: EventKind,
    body: Option<&'a str>,
    status: Option<WordingStatus>,
    suggestion: Option<&'a str>,
}

impl<'a> Event<'a> {
    fn new(lang: Lang, id: &'a str, kind: EventKind) -> Event<'a> {
        Event {
            lang,
            id,
            kind,
            body: None,
            status: None,
            suggestion: None,
        }
    }

    fn body(mut self, body: &'a str) -> Self {
        self.body = Some(body);
        self
    }

    fn status(mut self, status: WordingStatus) -> Self {
        self.status = Some(status);
        self
    }

    fn suggestion(mut self, suggestion: &'a str) -> Self {
        self.suggestion = Some(suggestion);
        self
    }
}

/// A refused wording: every problem under the form's `text` field.
fn refused(problems: Vec<Message>) -> AppError {
    AppError::Invalid {
        message: Message::new("error-form-fields"),
        fields: problems
            .into_iter()
            .map(|message| FieldError {
                field: "text".into(),
                message,
            })
            .collect(),
    }
}

#[async_trait]
impl WordingService for Backend {
    #[instrument(skip_all, fields(request = %ctx.request_id.0))]
    async fn reviewer(&self, ctx: &RequestContext) -> Result<ReviewerInfo, AppError> {
        Ok(self.reviewing(ctx).await?.1)
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0))]
    async fn states(
        &self,
        ctx: &RequestContext,
        lang: Lang,
    ) -> Result<Vec<MessageState>, AppError> {
        self.reviewing(ctx).await?;
        Ok(self.message_states(lang).await?)
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0))]
    async fn approved_counts(&self, ctx: &RequestContext) -> Result<Vec<(Lang, u32)>, AppError> {
        self.reviewing(ctx).await?;
        let state = self.load_wording().await?;
        Ok(Lang::all()
            .map(|l| (l, state.reviewed(l).approved))
            .collect())
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0))]
    async fn history(
        &self,
        ctx: &RequestContext,
        lang: Lang,
        id: &str,
    ) -> Result<Vec<WordingEvent>, AppError> {
        self.reviewing(ctx).await?;
        known(lang, id)?;
        let names: HashMap<(String, String), String> = db::staff_names(&self.db)
            .await?
            .into_iter()
            .map(|(k, i, n)| ((k, i), n))
            .collect();
        let rows = db::events(&self.db, lang.code(), id).await?;
        let accepted: Vec<&str> = rows
            .iter()
            .filter(|r| r.kind == EventKind::Accepted.key())
            .filter_map(|r| r.suggestion_id.as_deref())
            .collect();
        rows.iter()
            .map(|r| {
                Ok(WordingEvent {
                    id: r.id.clone(),
                    kind: store::key("wording event", &r.kind, EventKind::from_key)?,
                    author: names
                        .get(&(r.author_kind.clone(), r.author_id.clone()))
                        .cloned()
                        .unwrap_or_default(),
                    at: r.created_at.clone(),
                    body: r.body.clone(),
                    status: r
                        .status
                        .as_deref()
                        .map(|s| store::key("wording status", s, WordingStatus::from_key))
                        .transpose()?,
                    accepted: accepted.contains(&r.id.as_str()),
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()
            .map_err(AppError::from)
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0))]
    async fn comment(
        &self,
        ctx: &RequestContext,
        lang: Lang,
        id: &str,
        body: &str,
    ) -> Result<(), AppError> {
        let (who, _) = self.reviewing(ctx).await?;
        known(lang, id)?;
        let body = text::clean(body, COMMENT_MAX, true, false).map_err(|e| AppError::Invalid {
            message: Message::new("error-form-fields"),
            fields: vec![FieldError {
                field: "body".into(),
                message: e.message(),
            }],
        })?;
        self.remark(&who, lang, id, EventKind::Comment, &body).await
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0))]
    async fn suggest(
        &self,
        ctx: &RequestContext,
        lang: Lang,
        id: &str,
        text: &str,
    ) -> Result<(), AppError> {
        let (who, _) = self.reviewing(ctx).await?;
        let entry = known(lang, id)?;
        shape::check(id, &entry.source, text).map_err(refused)?;
        let text = text.trim().replace("\r\n", "\n");
        self.remark(&who, lang, id, EventKind::Suggestion, &text)
            .await
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0))]
    async fn set_status(
        &self,
        ctx: &RequestContext,
        lang: Lang,
        id: &str,
        status: WordingStatus,
    ) -> Result<(), AppError> {
        let (who, _) = self.reviewing(ctx).await?;
        let current = self.current_text(lang, id).await?;
        let mut tx = self
            .db
            .begin_write()
            .await
            .map_err(StoreError::from_sqlx("status begin"))?;
        let approved = (status == WordingStatus::Approved).then_some(current.as_str());
        self.record_status(&mut tx, &who, lang, id, status, approved)
            .await?;
        self.event(
            &mut tx,
            &who,
            Event::new(lang, id, EventKind::Status).status(status),
        )
        .await?;
        tx.commit()
            .await
            .map_err(StoreError::from_sqlx("status commit"))?;
        // The language menu counts approvals.
        self.reload_wording().await;
        self.announce(Change::Wording).await;
        Ok(())
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0))]
    async fn accept(
        &self,
        ctx: &RequestContext,
        lang: Lang,
        id: &str,
        suggestion: &str,
    ) -> Result<(), AppError> {
        let (who, info) = self.reviewing(ctx).await?;
        if !info.may_accept {
            return Err(AppError::NotFound);
        }
        let entry = known(lang, id)?;
        if !app::domain::ids::is_valid_id(suggestion) {
            return Err(AppError::NotFound);
        }
        let mut tx = self
            .db
            .begin_write()
            .await
            .map_err(StoreError::from_sqlx("accept begin"))?;
        let text = db::suggestion(&mut tx, lang.code(), id, suggestion)
            .await?
            .ok_or(AppError::NotFound)?;
        // Checked again: the shipped text may have changed shape since it was suggested.
        shape::check(id, &entry.source, &text).map_err(refused)?;
        let (by_kind, by) = who.parts();
        db::put_override(
            &mut tx,
            &db::NewOverride {
                lang: lang.code(),
                message_id: id,
                source: &text,
                suggestion_id: suggestion,
                by_kind,
                by,
                at: &store::now_text(),
            },
        )
        .await?;
        self.event(
            &mut tx,
            &who,
            Event::new(lang, id, EventKind::Accepted)
                .body(&text)
                .suggestion(suggestion),
        )
        .await?;
        // Whoever accepts it approves that text.
        self.record_status(
            &mut tx,
            &who,
            lang,
            id,
            WordingStatus::Approved,
            Some(&text),
        )
        .await?;
        tx.commit()
            .await
            .map_err(StoreError::from_sqlx("accept commit"))?;
        tracing::info!(lang = lang.code(), message = id, "wording accepted");
        self.reload_wording().await;
        self.announce(Change::Wording).await;
        Ok(())
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0))]
    async fn page_index(&self, ctx: &RequestContext) -> Result<PageIndex, AppError> {
        self.reviewing(ctx).await?;
        self.review.page_index().await
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0))]
    async fn example_people(&self, ctx: &RequestContext) -> Result<Vec<DemoPerson>, AppError> {
        self.reviewing(ctx).await?;
        Ok(self.review.example().await?.people.clone())
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0))]
    async fn example_landing(&self, ctx: &RequestContext, key: &str) -> Result<String, AppError> {
        self.reviewing(ctx).await?;
        let example = self.review.example().await?;
        example
            .landing(key)
            .map(str::to_string)
            .ok_or(AppError::NotFound)
    }
}
