use leptos::prelude::*;

use super::types::{CaseLink, Overview};
use super::AppError;

/// "Mijn overzicht" of one case. Someone else's case answers exactly like a missing one.
#[server(prefix = "/api", endpoint = "case/overview")]
pub async fn case_overview(case_id: String) -> Result<Overview, AppError> {
    async {
        let who = super::session::current_subject().await?;
        super::backend::Backends::get()?
            .cases
            .overview(&who, &case_id)
            .await
    }
    .await
    .map_err(super::error::with_status)
}

/// The cases the signed-in person may open.
#[server(prefix = "/api", endpoint = "case/mine")]
pub async fn my_cases() -> Result<Vec<CaseLink>, AppError> {
    async {
        let who = super::session::current_subject().await?;
        super::backend::Backends::get()?.cases.my_cases(&who).await
    }
    .await
    .map_err(super::error::with_status)
}
