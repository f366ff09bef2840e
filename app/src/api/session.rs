//! Who is asking, read from the server-side session (server side only).

use leptos::prelude::use_context;
use tower_sessions::Session;

use super::AppError;
use crate::domain::Subject;

const SUBJECT_KEY: &str = "subject";

fn session() -> Result<Session, AppError> {
    use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<Session>().cloned())
        .ok_or_else(|| {
            tracing::error!("no session layer in front of the app");
            AppError::Internal
        })
}

/// The signed-in subject, if any.
pub async fn optional_subject() -> Result<Option<Subject>, AppError> {
    session()?.get::<Subject>(SUBJECT_KEY).await.map_err(|e| {
        tracing::error!(error = %e, "reading the session failed");
        AppError::Internal
    })
}

/// The signed-in subject, or `NotSignedIn`.
pub async fn current_subject() -> Result<Subject, AppError> {
    optional_subject().await?.ok_or(AppError::NotSignedIn)
}

/// Sign in: a fresh session id (against session fixation), then remember the subject.
pub async fn start(subject: &Subject) -> Result<(), AppError> {
    let session = session()?;
    let internal = |e: tower_sessions::session::Error| {
        tracing::error!(error = %e, "starting the session failed");
        AppError::Internal
    };
    session.cycle_id().await.map_err(internal)?;
    session.insert(SUBJECT_KEY, subject).await.map_err(internal)
}

/// Sign out: delete the server-side session and expire the cookie.
pub async fn end() -> Result<(), AppError> {
    session()?.flush().await.map_err(|e| {
        tracing::error!(error = %e, "ending the session failed");
        AppError::Internal
    })
}
