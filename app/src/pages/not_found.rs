use leptos::prelude::*;

use crate::api::AppError;
use crate::components::error_view::ErrorView;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! { <ErrorView error=AppError::NotFound /> }
}
