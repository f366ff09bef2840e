use leptos::prelude::*;

use crate::api::AppError;
use crate::components::error_view::ErrorView;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(http::StatusCode::NOT_FOUND);
    }
    view! { <ErrorView error=AppError::NotFound /> }
}
