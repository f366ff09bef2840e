//! `GET /live/zaak/{case}/…`: a Server-Sent Events stream that says "changed" whenever
//! something the page at the same path shows has changed. The subject is read from the
//! session and authorised like the page; the check is repeated before every event and every
//! minute, so a stream ends when the session ends or the relation to the case does. Streams
//! last at most five minutes; the browser's EventSource then reconnects, which authorises
//! afresh.

use std::convert::Infallible;
use std::time::Duration;

use axum::extract::{Path, State};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use tokio::sync::{broadcast, watch};
use tokio::time::{Instant, Interval};
use tower_sessions::{Session, SessionStore};

use super::token::LiveTokens;
use super::{Change, Live};
use crate::access::{self, Action};
use crate::auth::session_store::DbSessionStore;
use crate::services::Backend;
use crate::store;
use app::api::session::{subject_of, SessionPolicy};
use app::domain::ids::{CaseId, DecisionId, DocumentId, PersonId};
use app::domain::Subject;
use app::model::input::InputOn;

/// How long one stream may stay open before the browser must ask again.
const STREAM_LIFETIME: Duration = Duration::from_secs(5 * 60);
/// How often an idle stream re-checks that it may still run.
const RECHECK: Duration = Duration::from_secs(60);

#[derive(Clone)]
pub struct LiveState {
    pub live: Live,
    pub backend: Backend,
    pub sessions: DbSessionStore,
    pub policy: SessionPolicy,
    /// Each "changed" carries a token with which the page's refresh is known to be one.
    pub tokens: LiveTokens,
}

/// The live routes, one per page that updates itself.
pub fn routes<S: Clone + Send + Sync + 'static>(state: LiveState) -> Router<S> {
    Router::new()
        .route("/live/zaak/{case_id}/berichten", get(messages))
        .route("/live/zaak/{case_id}/berichten/{person_id}", get(thread))
        .route(
            "/live/zaak/{case_id}/wat-komt-eraan/{decision_id}",
            get(decision),
        )
        .route(
            "/live/zaak/{case_id}/documenten/{document_id}",
            get(document),
        )
        .with_state(state)
}

/// What one stream waits for.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Watch {
    /// A family member's own thread.
    OwnThread { person_id: String },
    /// Every thread of the case (the professional's list).
    Threads,
    /// One family member's thread, opened by a professional.
    Thread { person_id: String },
    /// A family member's own input on a decision or reaction on a document.
    OwnInput { on: InputOn, person_id: String },
    /// All input on a decision or document, for the professionals who handle it.
    Inputs { on: InputOn },
}

/// The object a stream is about must exist on the case, as for the page: the thread's family
/// member, the decision. An id that is malformed or not of this case answers 404 like the page.
async fn object_exists(state: &LiveState, case: &CaseId, watch: &Watch) -> bool {
    let db = &state.backend.db;
    let today = state.backend.today();
    let result = match watch {
        Watch::Thread { person_id } => match PersonId::parse(person_id) {
            Ok(person) => store::people::has_line(db, case, &person, today).await,
            Err(_) => Ok(false),
        },
        Watch::OwnInput { on, .. } | Watch::Inputs { on } => match on {
            InputOn::Decision(decision) => store::decisions::exists(db, case, decision).await,
            InputOn::Document(document) => store::documents::exists(db, case, document).await,
        },
        Watch::OwnThread { .. } | Watch::Threads => Ok(true),
    };
    result.unwrap_or(false)
}

impl Watch {
    fn matches(&self, case_id: &str, change: &Change) -> bool {
        if change.case_id() != case_id {
            return false;
        }
        match (self, change) {
            (Watch::Threads, Change::Thread { .. }) => true,
            (Watch::OwnThread { person_id: a }, Change::Thread { person_id: b, .. })
            | (Watch::Thread { person_id: a }, Change::Thread { person_id: b, .. }) => a == b,
            (
                Watch::OwnInput { on, person_id: p },
                Change::Input {
                    item_id, person_id, ..
                },
            ) => on.item_id() == item_id && p == person_id,
            (Watch::Inputs { on }, Change::Input { item_id, .. }) => on.item_id() == item_id,
            _ => false,
        }
    }

    /// What the subject must be allowed to do for this stream — the same as for the page.
    fn action(&self) -> Action {
        match self {
            Watch::OwnThread { .. } => Action::ViewOwnThread,
            Watch::Threads | Watch::Thread { .. } => Action::ViewFamilyThreads,
            Watch::OwnInput { .. } => Action::ViewCasePicture,
            Watch::Inputs { .. } => Action::HandleDecisionInput,
        }
    }
}

async fn messages(
    State(state): State<LiveState>,
    session: Session,
    uri: http::Uri,
    Path(case_id): Path<String>,
) -> Response {
    open(state, session, &uri, case_id, |who| match who {
        Subject::Person(me) => Some(Watch::OwnThread {
            person_id: me.clone(),
        }),
        Subject::Professional(_) => Some(Watch::Threads),
        _ => None,
    })
    .await
}

async fn thread(
    State(state): State<LiveState>,
    session: Session,
    uri: http::Uri,
    Path((case_id, person_id)): Path<(String, String)>,
) -> Response {
    open(state, session, &uri, case_id, |who| match who {
        Subject::Professional(_) => Some(Watch::Thread { person_id }),
        _ => None,
    })
    .await
}

async fn decision(
    State(state): State<LiveState>,
    session: Session,
    uri: http::Uri,
    Path((case_id, decision_id)): Path<(String, String)>,
) -> Response {
    let on = DecisionId::parse(&decision_id).ok().map(InputOn::Decision);
    inputs(state, session, &uri, case_id, on).await
}

async fn document(
    State(state): State<LiveState>,
    session: Session,
    uri: http::Uri,
    Path((case_id, document_id)): Path<(String, String)>,
) -> Response {
    let on = DocumentId::parse(&document_id).ok().map(InputOn::Document);
    inputs(state, session, &uri, case_id, on).await
}

/// The input on one item: a family member's own, or all of it for a professional. A malformed
/// item id answers 404, like one of another case.
async fn inputs(
    state: LiveState,
    session: Session,
    uri: &http::Uri,
    case_id: String,
    on: Option<InputOn>,
) -> Response {
    open(state, session, uri, case_id, |who| match (who, on) {
        (Subject::Person(me), Some(on)) => Some(Watch::OwnInput {
            on,
            person_id: me.clone(),
        }),
        (Subject::Professional(_), Some(on)) => Some(Watch::Inputs { on }),
        _ => None,
    })
    .await
}

/// The same answers as the pages: 401 without a session, 404 for anything not allowed.
async fn open(
    state: LiveState,
    session: Session,
    uri: &http::Uri,
    case_id: String,
    watch_for: impl FnOnce(&Subject) -> Option<Watch>,
) -> Response {
    let who = match subject_of(&session, state.policy).await {
        Ok(Some(who)) => who,
        Ok(None) => return http::StatusCode::UNAUTHORIZED.into_response(),
        Err(_) => return http::StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    let Some(watch) = watch_for(&who) else {
        return http::StatusCode::NOT_FOUND.into_response();
    };
    let Ok(case) = CaseId::parse(&case_id) else {
        return http::StatusCode::NOT_FOUND.into_response();
    };
    let check = Check {
        state: state.clone(),
        who,
        action: watch.action(),
        case,
        session: session.id(),
    };
    if !check.still_allowed().await || !object_exists(&state, &check.case, &watch).await {
        return http::StatusCode::NOT_FOUND.into_response();
    }
    let watcher = Watcher {
        rx: state.live.subscribe(),
        closing: state.live.closing(),
        deadline: Instant::now() + STREAM_LIFETIME,
        recheck: tokio::time::interval_at(Instant::now() + RECHECK, RECHECK),
        watch,
        check,
        page: uri.path().strip_prefix("/live").unwrap_or("/").to_string(),
        greeted: false,
    };
    Sse::new(futures_util::stream::unfold(watcher, Watcher::next))
        .keep_alive(KeepAlive::new().interval(Duration::from_secs(25)))
        .into_response()
}

struct Check {
    state: LiveState,
    who: Subject,
    action: Action,
    case: CaseId,
    session: Option<tower_sessions::session::Id>,
}

impl Check {
    /// The session still exists and the subject may still see the page.
    async fn still_allowed(&self) -> bool {
        let Some(id) = self.session else {
            return false;
        };
        if !matches!(self.state.sessions.load(&id).await, Ok(Some(_))) {
            return false;
        }
        let db = &self.state.backend.db;
        let today = self.state.backend.today();
        access::permits(db, &self.who, self.action, &self.case, today)
            .await
            .unwrap_or(false)
    }

    /// A token for this session to refresh the page this stream belongs to.
    fn token(&self, page: &str) -> String {
        let Some(id) = self.session else {
            return String::new();
        };
        let hash = crate::auth::session_store::hash(&id);
        let now = time::OffsetDateTime::now_utc().unix_timestamp();
        self.state.tokens.mint(&hash, page, now)
    }
}

struct Watcher {
    rx: broadcast::Receiver<Change>,
    closing: watch::Receiver<bool>,
    deadline: Instant,
    recheck: Interval,
    watch: Watch,
    check: Check,
    /// The page this stream is for (the stream's path without `/live`).
    page: String,
    greeted: bool,
}

/// "Changed", with the token the page's refresh may carry.
fn changed(token: String) -> Event {
    Event::default().event("change").data(token)
}

impl Watcher {
    async fn next(mut self) -> Option<(Result<Event, Infallible>, Watcher)> {
        if !self.greeted {
            self.greeted = true;
            // How soon to reconnect after the stream ends (the browser's default is slower).
            let hello = Event::default()
                .retry(Duration::from_secs(2))
                .comment("live");
            return Some((Ok(hello), self));
        }
        loop {
            if *self.closing.borrow() {
                return None;
            }
            tokio::select! {
                () = tokio::time::sleep_until(self.deadline) => return None,
                closed = self.closing.changed() => if closed.is_err() { return None },
                _ = self.recheck.tick() => {
                    if !self.check.still_allowed().await {
                        return None;
                    }
                }
                got = self.rx.recv() => match got {
                    Ok(change) if self.watch.matches(self.check.case.as_str(), &change) => {
                        if !self.check.still_allowed().await {
                            return None;
                        }
                        let token = self.check.token(&self.page);
                        return Some((Ok(changed(token)), self));
                    }
                    Ok(_) => {}
                    // Missed some news: the page may be behind, so let it refresh.
                    Err(broadcast::error::RecvError::Lagged(_)) => {
                        let token = self.check.token(&self.page);
                        return Some((Ok(changed(token)), self));
                    }
                    Err(broadcast::error::RecvError::Closed) => return None,
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn thread(case: &str, person: &str) -> Change {
        Change::Thread {
            case_id: case.into(),
            person_id: person.into(),
        }
    }

    fn input(case: &str, item: &InputOn, person: &str) -> Change {
        Change::Input {
            case_id: case.into(),
            item_id: item.item_id().into(),
            person_id: person.into(),
        }
    }

    fn items() -> (InputOn, InputOn) {
        (
            InputOn::Decision(DecisionId::random()),
            InputOn::Document(DocumentId::random()),
        )
    }

    #[test]
    fn a_family_member_hears_only_of_their_own_thread_and_input() {
        let (d, e) = items();
        let own = Watch::OwnThread {
            person_id: "noor".into(),
        };
        assert!(own.matches("c", &thread("c", "noor")));
        assert!(!own.matches("c", &thread("c", "mark")));
        assert!(!own.matches("c", &thread("other", "noor")));
        assert!(!own.matches("c", &input("c", &d, "noor")));
        let mine = Watch::OwnInput {
            on: d.clone(),
            person_id: "noor".into(),
        };
        assert!(mine.matches("c", &input("c", &d, "noor")));
        assert!(!mine.matches("c", &input("c", &d, "mark")));
        assert!(!mine.matches("c", &input("c", &e, "noor")));
    }

    #[test]
    fn professionals_hear_of_the_whole_case_they_watch() {
        let (d, e) = items();
        assert!(Watch::Threads.matches("c", &thread("c", "noor")));
        assert!(!Watch::Threads.matches("c", &thread("x", "noor")));
        let one = Watch::Thread {
            person_id: "noor".into(),
        };
        assert!(one.matches("c", &thread("c", "noor")));
        assert!(!one.matches("c", &thread("c", "mark")));
        let inputs = Watch::Inputs { on: d.clone() };
        assert!(inputs.matches("c", &input("c", &d, "mark")));
        assert!(!inputs.matches("c", &input("c", &e, "mark")));
        assert!(!inputs.matches("c", &thread("c", "mark")));
    }
}
