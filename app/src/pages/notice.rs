use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::AppError;
use crate::components::error_view::ErrorView;

/// Where a plain form post (no JavaScript) lands when its server function refused it: the
/// same calm, translated page as everywhere else, with the same status code.
#[component]
pub fn NoticePage() -> impl IntoView {
    let params = use_params_map();
    let error = match params.read().get("kind").as_deref() {
        Some("niet-aangemeld") => AppError::NotSignedIn,
        Some("niet-gevonden") => AppError::NotFound,
        Some("ongeldig") => AppError::Invalid("error-invalid-text".into()),
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
        _ => "/melding/storing",
    }
}
