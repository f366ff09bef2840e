//! Demo sign-in. Only in demo mode: otherwise the backend answers `NotFound`, and the server
//! also answers 404 for everything under `/api/demo` before it reaches these functions.

use leptos::prelude::*;

use super::types::DemoPerson;
use super::AppError;

pub const DEMO_PREFIX: &str = "/api/demo";

#[server(prefix = "/api/demo", endpoint = "people")]
pub async fn demo_people() -> Result<Vec<DemoPerson>, AppError> {
    async { super::services::Services::get()?.demo.people().await }
        .await
        .map_err(super::status::with_status)
}

#[server(prefix = "/api/demo", endpoint = "sign-in")]
pub async fn demo_sign_in(key: String) -> Result<(), AppError> {
    async {
        let (subject, landing) = super::services::Services::get()?
            .demo
            .sign_in_as(&key)
            .await?;
        super::session::start(&subject).await?;
        leptos_axum::redirect(&landing);
        Ok(())
    }
    .await
    .map_err(super::status::with_status)
}
