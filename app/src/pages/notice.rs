use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::components::error_view::ErrorView;
use crate::error::AppError;

/// Where a plain form post (no JavaScript) lands when its server function refused it: the
/// same calm, translated page as everywhere else, with the same status code.
#[component]
pub fn NoticePage() -> impl IntoView {
    let params = use_params_map();
    // Which refusal, when the server function named one: only existing error messages.
    let message = use_query_map()
        .with_untracked(|q| q.get("bericht"))
        .filter(|id| id.starts_with("error-") && crate::i18n::exists(id))
        .unwrap_or_else(|| "error-invalid-text".into());
    let error = match params.with_untracked(|p| p.get("kind")).as_deref() {
        Some("niet-aangemeld") => AppError::NotSignedIn,
        Some("niet-gevonden") => AppError::NotFound,
        Some("ongeldig") => AppError::invalid(message),
        Some("te-vaak") => AppError::TooManyRequests { retry_after: 0 },
        Some("te-groot") => AppError::TooLarge,
        Some("gewijzigd") => AppError::Conflict(crate::error::Message::new(message)),
        _ => AppError::Internal,
    };
    view! { <ErrorView error /> }
}

/// The notice page for an HTTP status a server function answered with.
pub fn notice_path(status: u16) -> &'static str {
    match status {
        401 => "/melding/niet-aangemeld",
        404 => "/melding/niet-gevonden",
        400 | 422 => "/melding/ongeldig",
        409 => "/melding/gewijzigd",
        413 => "/melding/te-groot",
        429 => "/melding/te-vaak",
        _ => "/melding/storing",
    }
}
