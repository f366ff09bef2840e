//! "Bekijk als": a professional on the case looks at a family member's pages exactly as that
//! member sees them, read-only, clearly marked, and logged in the family's access log as a
//! preview. The session remembers whom; `context::RequestContext` makes every request of the
//! preview that member's, within what `domain::policy::preview_allows`.

use leptos::prelude::*;

use super::AppError;

/// Start a preview of `person_id`'s pages of `case_id`, and open their overview.
#[server(prefix = "/api", endpoint = "work/preview")]
pub async fn start_preview(case_id: String, person_id: String) -> Result<(), AppError> {
    super::status::serve(async {
        let ctx =
            super::context::RequestContext::signed_in(crate::domain::DataKind::Family).await?;
        // One preview at a time, started from the professional's own console.
        ctx.refuse_in_preview()?;
        let case: crate::domain::ids::CaseId = super::context::id(&case_id)?;
        let person: crate::domain::ids::PersonId = super::context::id(&person_id)?;
        super::console::open_as_professional(&ctx, &case).await?;
        let members = super::services::Services::get()?
            .people
            .members(&ctx, &case)
            .await?;
        if !members.iter().any(|m| m.person == person) {
            return Err(AppError::NotFound);
        }
        super::session::keep_preview(&super::session::PreviewOf {
            case: case.clone(),
            person,
        })
        .await?;
        leptos_axum::redirect(&format!("/zaak/{case}"));
        Ok(())
    })
    .await
}

/// End the preview and go back to the console's page of the case.
#[server(prefix = "/api", endpoint = "work/end-preview")]
pub async fn end_preview() -> Result<(), AppError> {
    super::status::serve(async {
        let ended = super::session::end_preview().await?;
        leptos_axum::redirect(&match ended {
            Some(p) => format!("/werk/zaak/{}", p.case),
            None => "/werk".to_string(),
        });
        Ok(())
    })
    .await
}
