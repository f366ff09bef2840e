//! Who is asking, made once at the edge of a request and handed to every service call (server
//! side only). Services never read the Leptos context themselves: the integration API, the
//! demo seeder and the tests make a context of their own.

use std::collections::HashSet;
use std::sync::Arc;

use super::session;
use crate::domain::{DataKind, Subject};
use crate::error::AppError;

/// The id every response and log line of one request carries (`x-request-id`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RequestId(pub String);

impl RequestId {
    pub fn random() -> RequestId {
        RequestId(uuid::Uuid::new_v4().to_string())
    }
}

/// The access-log entries already written for this request. One request is one access event,
/// but Leptos may start a page's data load, drop it and start it again within one render, and
/// a page asks several services. A key is marked only after its row is written, so never a
/// grant without a log row; two loads that both miss the mark both append, and the log's
/// request key keeps that to one row (appends are serialised). The lock is never held across
/// an await: an async lock held across the write handed itself to a Suspense future that the
/// renderer did not poll yet, and the page hung. Shared by every clone of one request's context.
#[derive(Debug, Clone, Default)]
pub struct AccessLedger(Arc<std::sync::Mutex<HashSet<String>>>);

impl AccessLedger {
    pub fn has(&self, key: &str) -> bool {
        self.0.lock().map(|k| k.contains(key)).unwrap_or(false)
    }

    /// Nothing was logged in this request (a poisoned lock counts as something).
    pub fn is_empty(&self) -> bool {
        self.0.lock().map(|k| k.is_empty()).unwrap_or(false)
    }

    pub fn mark(&self, key: String) {
        if let Ok(mut keys) = self.0.lock() {
            keys.insert(key);
        }
    }
}

/// What each subject is to each case, looked up once per HTTP request: a page asks several
/// services about one case, and each authorises (before this, one view of "Mijn overzicht"
/// looked up the same relation eight times). Only a request's own context remembers (the
/// server's request layer makes one per request, so a relation ended is seen by the very
/// next request); a context made for tests, the seeder or a command never does. A change
/// forgets what was remembered (`access::authorize_change`, `access::record_change`).
#[derive(Debug, Clone, Default)]
pub struct ActorMemo(Option<Arc<std::sync::Mutex<Vec<ActorEntry>>>>);

type ActorEntry = (
    Subject,
    crate::domain::ids::CaseId,
    crate::domain::policy::ActorKind,
);

impl ActorMemo {
    /// A memo for one HTTP request.
    pub fn per_request() -> ActorMemo {
        ActorMemo(Some(Arc::default()))
    }

    pub fn get(
        &self,
        who: &Subject,
        case: &crate::domain::ids::CaseId,
    ) -> Option<crate::domain::policy::ActorKind> {
        let entries = self.0.as_ref()?.lock().ok()?;
        entries
            .iter()
            .find(|(s, c, _)| s == who && c == case)
            .map(|(_, _, actor)| *actor)
    }

    pub fn put(
        &self,
        who: &Subject,
        case: &crate::domain::ids::CaseId,
        actor: crate::domain::policy::ActorKind,
    ) {
        if let Some(Ok(mut entries)) = self.0.as_ref().map(|m| m.lock()) {
            entries.retain(|(s, c, _)| !(s == who && c == case));
            entries.push((who.clone(), case.clone(), actor));
        }
    }

    pub fn forget(&self) {
        if let Some(Ok(mut entries)) = self.0.as_ref().map(|m| m.lock()) {
            entries.clear();
        }
    }
}

/// What the server's request layer knows before the app runs: put in the request's
/// extensions (see `server::startup`) and read here.
#[derive(Debug, Clone)]
pub struct RequestMeta {
    pub id: RequestId,
    /// The server verified that this request is a page refreshing itself after a live update
    /// it was told of (a token the server made, never a bare header).
    pub live_refresh: bool,
    pub ledger: AccessLedger,
    pub actors: ActorMemo,
}

impl RequestMeta {
    /// Outside an HTTP request: nothing is remembered between service calls.
    pub fn fresh() -> RequestMeta {
        RequestMeta {
            id: RequestId::random(),
            live_refresh: false,
            ledger: AccessLedger::default(),
            actors: ActorMemo::default(),
        }
    }
}

/// A professional on the case looking at a family member's pages as that member sees them.
/// While it lasts the request's subject is the family member; every read is checked against
/// `domain::policy::preview_allows`, only on `case`, and logged as `by`'s preview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preview {
    /// The professional who previews (their id).
    pub by: String,
    pub case: crate::domain::ids::CaseId,
}

/// Review mode: a reviewer looks at the pages of the fictional example family as one of its
/// members (or professionals) sees them, every text marked with its message. Put in the
/// request's extensions by the server's review layer; the request is then served by the
/// example family's own services (a database of its own, never real cases) as that member,
/// read-only.
#[derive(Clone)]
pub struct ReviewAs {
    /// The example person, in the example family's database. `None`: the public pages.
    pub subject: Option<Subject>,
    pub services: super::services::Services,
}

#[derive(Debug, Clone)]
pub struct RequestContext {
    /// Who is asking: derived from the session on the server, never sent by the client. In a
    /// preview, the family member whose pages are shown.
    pub subject: Option<Subject>,
    /// Set while a professional previews a family member's pages (read-only).
    pub preview: Option<Preview>,
    /// Review mode: the subject is a member of the example family (read-only).
    pub review: bool,
    /// The responsible party a subject acts for, if another (a case system acting for its
    /// organisation): written to the access log as NEN 7513 asks.
    pub on_behalf_of: Option<String>,
    /// A case system's own id for what this request creates (the integration API): kept with
    /// the new item in the same transaction, so a resend finds it instead of making another.
    pub reference: Option<String>,
    pub request_id: RequestId,
    /// What the reader opened, in the family's words: the access log records a page once as
    /// this kind, however many services it asks. `None`: each service's own kind.
    pub reading: Option<DataKind>,
    pub live_refresh: bool,
    pub ledger: AccessLedger,
    pub actors: ActorMemo,
}

impl RequestContext {
    /// A context of its own for `subject` (tests, the seeder, the integration API).
    pub fn for_subject(subject: Option<Subject>) -> RequestContext {
        let meta = RequestMeta::fresh();
        RequestContext {
            subject,
            preview: None,
            review: false,
            on_behalf_of: None,
            reference: None,
            request_id: meta.id,
            reading: None,
            live_refresh: false,
            ledger: meta.ledger,
            actors: meta.actors,
        }
    }

    /// The context of the current Leptos request, reading `reading` (a page's data kind).
    pub async fn current(reading: Option<DataKind>) -> Result<RequestContext, AppError> {
        let parts = leptos::prelude::use_context::<http::request::Parts>();
        let meta = parts
            .as_ref()
            .and_then(|parts| parts.extensions.get::<RequestMeta>().cloned())
            .unwrap_or_else(RequestMeta::fresh);
        if let Some(review) = parts
            .as_ref()
            .and_then(|parts| parts.extensions.get::<ReviewAs>())
        {
            return Ok(RequestContext {
                subject: review.subject.clone(),
                preview: None,
                review: true,
                on_behalf_of: None,
                reference: None,
                request_id: meta.id,
                reading,
                live_refresh: false,
                ledger: meta.ledger,
                actors: meta.actors,
            });
        }
        let session = parts
            .as_ref()
            .and_then(|parts| parts.extensions.get::<tower_sessions::Session>().cloned())
            .ok_or_else(|| {
                tracing::error!("no session layer in front of the app");
                AppError::Internal
            })?;
        RequestContext::from_session(&session, session::policy(), meta, reading).await
    }

    /// The context of a request from its session: the signed-in subject, or — while its
    /// professional previews a family member — that member, marked as a preview.
    pub async fn from_session(
        session: &tower_sessions::Session,
        policy: session::SessionPolicy,
        meta: RequestMeta,
        reading: Option<DataKind>,
    ) -> Result<RequestContext, AppError> {
        let mut subject = session::subject_of(session, policy).await?;
        let mut preview = None;
        if let (Some(Subject::Professional(by)), Some(p)) =
            (subject.as_ref(), session::preview_in(session).await?)
        {
            preview = Some(Preview {
                by: by.clone(),
                case: p.case,
            });
            subject = Some(Subject::Person(p.person.to_string()));
        }
        Ok(RequestContext {
            subject,
            preview,
            review: false,
            on_behalf_of: None,
            reference: None,
            request_id: meta.id,
            reading,
            live_refresh: meta.live_refresh,
            ledger: meta.ledger,
            actors: meta.actors,
        })
    }

    /// Refuse what a preview or review mode may never do (change anything, or touch the
    /// member's own account): said as such, so the professional or reviewer knows why.
    pub fn refuse_in_preview(&self) -> Result<(), AppError> {
        if self.review {
            return Err(AppError::invalid("error-review-read-only"));
        }
        match self.preview {
            Some(_) => Err(AppError::invalid("error-preview-read-only")),
            None => Ok(()),
        }
    }

    /// As [`RequestContext::current`], for what needs someone signed in: `NotSignedIn`
    /// before anything else is looked at.
    pub async fn signed_in(reading: DataKind) -> Result<RequestContext, AppError> {
        let ctx = RequestContext::current(Some(reading)).await?;
        if ctx.subject.is_none() {
            return Err(AppError::NotSignedIn);
        }
        Ok(ctx)
    }

    pub fn subject(&self) -> Result<&Subject, AppError> {
        self.subject.as_ref().ok_or(AppError::NotSignedIn)
    }
}

/// Parse an id that came in with the request. A malformed id answers exactly like an unknown
/// one: not found.
pub fn id<T: std::str::FromStr>(text: &str) -> Result<T, AppError> {
    text.parse().map_err(|_| AppError::NotFound)
}
