//! Who is asking, read from the server-side session (server side only), and the short-lived
//! things a session holds: a WebAuthn ceremony in progress, an accepted activation code, a
//! code just issued (to show it once).

use leptos::prelude::use_context;
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

use super::identity_types::{IssuedCode, Redeemed};
use super::AppError;
use crate::domain::Subject;

pub const SUBJECT_KEY: &str = "subject";
const STARTED_KEY: &str = "started_at";
const DEVICE_KEY: &str = "user_agent";
const CEREMONY_KEY: &str = "ceremony";
const ACTIVATION_KEY: &str = "activation";
const ISSUED_KEY: &str = "issued_code";

pub use crate::SessionPolicy;

pub fn policy() -> SessionPolicy {
    use_context::<SessionPolicy>().unwrap_or_default()
}

/// Where a request comes from, for rate limits: put in the request's extensions by the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientKey(pub String);

pub fn client_key() -> String {
    use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<ClientKey>().map(|k| k.0.clone()))
        .unwrap_or_else(|| "unknown".into())
}

fn session() -> Result<Session, AppError> {
    use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<Session>().cloned())
        .ok_or_else(|| {
            tracing::error!("no session layer in front of the app");
            AppError::Internal
        })
}

fn internal(e: tower_sessions::session::Error) -> AppError {
    tracing::error!(error = %e, "session storage failed");
    AppError::Internal
}

fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// The signed-in subject, if any. A session older than the absolute lifetime ends here.
pub async fn optional_subject() -> Result<Option<Subject>, AppError> {
    subject_of(&session()?, policy()).await
}

/// The subject signed in on `session`, if any, under `policy`'s absolute lifetime (for server
/// routes outside Leptos, such as the live-update stream).
pub async fn subject_of(
    session: &Session,
    policy: SessionPolicy,
) -> Result<Option<Subject>, AppError> {
    let Some(subject) = session
        .get::<Subject>(SUBJECT_KEY)
        .await
        .map_err(internal)?
    else {
        return Ok(None);
    };
    let started = session.get::<i64>(STARTED_KEY).await.map_err(internal)?;
    let too_old = started.is_none_or(|s| {
        now().saturating_sub(s) > i64::try_from(policy.absolute_seconds).unwrap_or(i64::MAX)
    });
    if too_old {
        session.flush().await.map_err(internal)?;
        return Ok(None);
    }
    Ok(Some(subject))
}

/// The signed-in subject, or `NotSignedIn`.
pub async fn current_subject() -> Result<Subject, AppError> {
    optional_subject().await?.ok_or(AppError::NotSignedIn)
}

/// This session's id (to tell it apart in the list of sessions). Never sent to the browser.
pub async fn current_session_id() -> Result<String, AppError> {
    Ok(session()?.id().map(|id| id.to_string()).unwrap_or_default())
}

/// Sign in: a fresh session id (against session fixation), nothing carried over from before,
/// then remember the subject, when, and on which browser.
pub async fn start(subject: &Subject) -> Result<(), AppError> {
    let session = session()?;
    session.clear().await;
    session.cycle_id().await.map_err(internal)?;
    let user_agent = use_context::<http::request::Parts>()
        .and_then(|p| {
            p.headers
                .get(http::header::USER_AGENT)
                .and_then(|v| v.to_str().ok())
                .map(|s| s.chars().take(300).collect::<String>())
        })
        .unwrap_or_default();
    session.insert(STARTED_KEY, now()).await.map_err(internal)?;
    session
        .insert(DEVICE_KEY, user_agent)
        .await
        .map_err(internal)?;
    session.insert(SUBJECT_KEY, subject).await.map_err(internal)
}

/// Sign out: delete the server-side session and expire the cookie.
pub async fn end() -> Result<(), AppError> {
    session()?.flush().await.map_err(internal)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CeremonyKind {
    Register,
    SignIn,
}

/// A WebAuthn ceremony in progress: the server-side state webauthn-rs needs to check the
/// answer. One at a time per session; taking it removes it, so an answer is checked once.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Ceremony {
    pub kind: CeremonyKind,
    pub state: String,
    pub subject: Option<Subject>,
    pub code_id: Option<String>,
    pub device_name: String,
    #[serde(default)]
    pub started: i64,
}

/// A ceremony must be answered within this many seconds.
const CEREMONY_SECONDS: i64 = 5 * 60;

pub async fn keep_ceremony(ceremony: &Ceremony) -> Result<(), AppError> {
    let mut ceremony = ceremony.clone();
    ceremony.started = now();
    session()?
        .insert(CEREMONY_KEY, ceremony)
        .await
        .map_err(internal)
}

pub async fn take_ceremony(kind: CeremonyKind) -> Result<Option<Ceremony>, AppError> {
    let ceremony = session()?
        .remove::<Ceremony>(CEREMONY_KEY)
        .await
        .map_err(internal)?;
    Ok(ceremony.filter(|c| c.kind == kind && now() - c.started <= CEREMONY_SECONDS))
}

/// An accepted activation code lasts this long in the session before the passkey is made.
const ACTIVATION_SECONDS: i64 = 15 * 60;

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Activation {
    redeemed: Redeemed,
    at: i64,
}

pub async fn keep_activation(redeemed: &Redeemed) -> Result<(), AppError> {
    let session = session()?;
    // A code starts a new identity in this browser: nobody stays signed in underneath it.
    session.clear().await;
    session.cycle_id().await.map_err(internal)?;
    session
        .insert(
            ACTIVATION_KEY,
            Activation {
                redeemed: redeemed.clone(),
                at: now(),
            },
        )
        .await
        .map_err(internal)
}

pub async fn activation() -> Result<Option<Redeemed>, AppError> {
    let found = session()?
        .get::<Activation>(ACTIVATION_KEY)
        .await
        .map_err(internal)?;
    Ok(found
        .filter(|a| now() - a.at <= ACTIVATION_SECONDS)
        .map(|a| a.redeemed))
}

/// A just-issued code stays visible to its issuer this long (to print the letter), then only
/// its hash exists.
const ISSUED_SECONDS: i64 = 15 * 60;

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Issued {
    code: IssuedCode,
    at: i64,
}

pub async fn keep_issued_code(code: &IssuedCode) -> Result<(), AppError> {
    session()?
        .insert(
            ISSUED_KEY,
            Issued {
                code: code.clone(),
                at: now(),
            },
        )
        .await
        .map_err(internal)
}

pub async fn issued_code() -> Result<Option<IssuedCode>, AppError> {
    let found = session()?
        .get::<Issued>(ISSUED_KEY)
        .await
        .map_err(internal)?;
    Ok(found
        .filter(|i| now() - i.at <= ISSUED_SECONDS)
        .map(|i| i.code))
}

const DRAFT_KEY: &str = "message_draft";

/// A message that was refused, kept so nothing typed is lost, with why it was refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub case_id: String,
    /// The thread's person ("" for one's own thread).
    pub person_id: String,
    pub body: String,
    /// Fluent id of the refusal.
    pub error: String,
}

pub async fn keep_draft(draft: &Draft) -> Result<(), AppError> {
    session()?.insert(DRAFT_KEY, draft).await.map_err(internal)
}

/// Keep a refused text as typed (minus invisible control characters that cannot be shown,
/// and at most twice `max`), with why it was refused, for the form `place` of `case_id`.
pub async fn keep_refused(
    case_id: &str,
    place: &str,
    body: &str,
    max: usize,
    refusal: crate::domain::text::TextError,
) -> Result<(), AppError> {
    keep_draft(&Draft {
        case_id: case_id.to_string(),
        person_id: place.to_string(),
        body: body
            .chars()
            .filter(|c| !c.is_control() || matches!(c, '\n' | '\r' | '\t'))
            .take(max * 2)
            .collect(),
        error: refusal.message_id().to_string(),
    })
    .await
}

pub async fn draft() -> Result<Option<Draft>, AppError> {
    session()?.get::<Draft>(DRAFT_KEY).await.map_err(internal)
}

pub async fn clear_draft() -> Result<(), AppError> {
    session()?
        .remove::<Draft>(DRAFT_KEY)
        .await
        .map(|_| ())
        .map_err(internal)
}

const FORM_KEY: &str = "kept_form";
/// A refused form stays filled in this long (long enough to correct it, not to linger).
const FORM_SECONDS: i64 = 30 * 60;

/// A form that was refused, kept as typed with every refusal, so the page that shows the form
/// again loses nothing. One per session: only the last refused form matters.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeptForm {
    /// Which form (the page and its form's name, e.g. `beheer/organisation`).
    pub form: String,
    pub values: Vec<(String, String)>,
    pub error: AppError,
    at: i64,
}

impl KeptForm {
    pub fn new(form: &str, values: Vec<(String, String)>, error: AppError) -> KeptForm {
        KeptForm {
            form: form.to_string(),
            values,
            error,
            at: now(),
        }
    }
}

pub async fn keep_form(kept: &KeptForm) -> Result<(), AppError> {
    keep_form_in(&session()?, kept).await
}

/// As [`keep_form`], for a server route outside Leptos (the upload of a document's file).
pub async fn keep_form_in(session: &Session, kept: &KeptForm) -> Result<(), AppError> {
    session.insert(FORM_KEY, kept).await.map_err(internal)
}

pub async fn clear_form_in(session: &Session) -> Result<(), AppError> {
    session
        .remove::<KeptForm>(FORM_KEY)
        .await
        .map(|_| ())
        .map_err(internal)
}

/// The refused form `form`, if it is the last one refused and still fresh.
pub async fn kept_form(form: &str) -> Result<Option<KeptForm>, AppError> {
    let found = session()?
        .get::<KeptForm>(FORM_KEY)
        .await
        .map_err(internal)?;
    Ok(found.filter(|k| k.form == form && now() - k.at <= FORM_SECONDS))
}

pub async fn clear_form() -> Result<(), AppError> {
    clear_form_in(&session()?).await
}

const STAFF_CODE_KEY: &str = "staff_code";

#[derive(Debug, Clone, Serialize, Deserialize)]
struct IssuedStaff {
    code: crate::model::staff::StaffCode,
    at: i64,
}

/// A code just made for someone who signs in for work: visible to the administrator who made
/// it for as long as a family's code is to its issuer, then only its hash exists.
pub async fn keep_staff_code(code: &crate::model::staff::StaffCode) -> Result<(), AppError> {
    session()?
        .insert(
            STAFF_CODE_KEY,
            IssuedStaff {
                code: code.clone(),
                at: now(),
            },
        )
        .await
        .map_err(internal)
}

pub async fn staff_code() -> Result<Option<crate::model::staff::StaffCode>, AppError> {
    let found = session()?
        .get::<IssuedStaff>(STAFF_CODE_KEY)
        .await
        .map_err(internal)?;
    Ok(found
        .filter(|i| now() - i.at <= ISSUED_SECONDS)
        .map(|i| i.code))
}

const API_KEY_KEY: &str = "api_key";

#[derive(Debug, Clone, Serialize, Deserialize)]
struct IssuedKey {
    key: crate::model::staff::IssuedApiKey,
    at: i64,
}

/// An API key just made: visible to its administrator as briefly as an activation code, then
/// only its hash exists.
pub async fn keep_api_key(key: &crate::model::staff::IssuedApiKey) -> Result<(), AppError> {
    session()?
        .insert(
            API_KEY_KEY,
            IssuedKey {
                key: key.clone(),
                at: now(),
            },
        )
        .await
        .map_err(internal)
}

pub async fn api_key() -> Result<Option<crate::model::staff::IssuedApiKey>, AppError> {
    let found = session()?
        .get::<IssuedKey>(API_KEY_KEY)
        .await
        .map_err(internal)?;
    Ok(found
        .filter(|i| now() - i.at <= ISSUED_SECONDS)
        .map(|i| i.key))
}

const PREVIEW_KEY: &str = "preview";

/// The family member whose pages this session's professional is previewing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreviewOf {
    pub case: crate::domain::ids::CaseId,
    pub person: crate::domain::ids::PersonId,
}

pub async fn keep_preview(preview: &PreviewOf) -> Result<(), AppError> {
    session()?
        .insert(PREVIEW_KEY, preview)
        .await
        .map_err(internal)
}

pub async fn preview_in(session: &Session) -> Result<Option<PreviewOf>, AppError> {
    session
        .get::<PreviewOf>(PREVIEW_KEY)
        .await
        .map_err(internal)
}

pub async fn end_preview() -> Result<Option<PreviewOf>, AppError> {
    session()?
        .remove::<PreviewOf>(PREVIEW_KEY)
        .await
        .map_err(internal)
}

const REVIEW_KEY: &str = "review_as";

/// Review mode: the example person (a key of the example family) this session's reviewer
/// looks at Helder as.
pub async fn keep_review(key: &str) -> Result<(), AppError> {
    session()?
        .insert(REVIEW_KEY, key.to_string())
        .await
        .map_err(internal)
}

pub async fn review_in(session: &Session) -> Result<Option<String>, AppError> {
    session.get::<String>(REVIEW_KEY).await.map_err(internal)
}

pub async fn end_review() -> Result<Option<String>, AppError> {
    session()?
        .remove::<String>(REVIEW_KEY)
        .await
        .map_err(internal)
}
