//! "Mijn gezinnen" for professionals. Server functions only.

use leptos::prelude::*;

use super::AppError;
use crate::model::work::FamilyAttention;

/// The professional's families, what needs attention first. Each family's case is logged
/// once as a look at its overview (the family sees it under "Wie keek er").
#[server(prefix = "/api", endpoint = "work/families")]
pub async fn my_families() -> Result<Vec<FamilyAttention>, AppError> {
    async {
        let ctx =
            super::context::RequestContext::signed_in(crate::domain::DataKind::Overview).await?;
        super::services::Services::get()?.work.families(&ctx).await
    }
    .await
    .map_err(super::status::with_status)
}
