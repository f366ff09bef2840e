//! The signed-in person, for the page header.

use async_trait::async_trait;

use super::Backend;
use crate::store;
use app::api::context::RequestContext;
use app::api::services::AccountService;
use app::api::types::Me;
use app::error::AppError;

#[async_trait]
impl AccountService for Backend {
    async fn me(&self, ctx: &RequestContext) -> Result<Me, AppError> {
        // A subject whose record is gone is treated as signed out.
        let who = ctx.subject()?;
        store::people::name_of(&self.db, who)
            .await?
            .map(|name| Me {
                display_name: name.full(),
                workplace: app::api::types::Workplace::of(who),
                preview_of: ctx.preview.as_ref().map(|p| p.case.clone()),
                reviewing: ctx.review,
            })
            .ok_or(AppError::NotSignedIn)
    }
}
