//! Activation codes: a vaste professional issues one for a family member, who redeems it once
//! to make their first passkey. Server functions only: who is asking, ask the services, map
//! the error.

use leptos::prelude::*;

use super::identity_types::{FamilyAccessView, IssuedCode};
use super::AppError;

/// The family members of a case and whether they can sign in (vaste professional only).
#[server(prefix = "/api", endpoint = "case/family-access")]
pub async fn family_access(
    case_id: String,
) -> Result<(crate::api::types::CaseHeader, FamilyAccessView), AppError> {
    async {
        let (ctx, s, opened) = super::case::open_case(
            &case_id,
            crate::domain::DataKind::Account,
            crate::domain::Action::ViewFamilyAccess,
        )
        .await?;
        let view = s.identity.family_access(&ctx, &opened.case.id).await?;
        Ok((crate::views::header(&opened), view))
    }
    .await
    .map_err(super::status::with_status)
}

/// Issue a new code for one family member. Their earlier codes and passkeys stop working
/// (this is also how a lost phone is handled). The code is kept in the issuer's session
/// only long enough to show and print it; the database holds its hash.
#[server(prefix = "/api", endpoint = "case/issue-code")]
pub async fn issue_code(case_id: String, person_id: String) -> Result<(), AppError> {
    async {
        let ctx =
            super::context::RequestContext::signed_in(crate::domain::DataKind::Account).await?;
        let case = super::context::id(&case_id)?;
        let person = super::context::id(&person_id)?;
        let issued = super::services::Services::get()?
            .identity
            .issue_code(&ctx, &case, &person)
            .await?;
        super::session::keep_issued_code(&issued).await?;
        leptos_axum::redirect(&format!("/zaak/{case_id}/toegang/brief"));
        Ok(())
    }
    .await
    .map_err(super::status::with_status)
}

/// The code just issued on this case, for the letter page; `None` once it is gone.
#[server(prefix = "/api", endpoint = "case/issued-letter")]
pub async fn issued_letter(case_id: String) -> Result<Option<IssuedCode>, AppError> {
    async {
        super::session::current_subject().await?;
        Ok(super::session::issued_code()
            .await?
            .filter(|c| c.case_id.as_str() == case_id))
    }
    .await
    .map_err(super::status::with_status)
}

/// Redeem a code typed by the person. Any code that is not usable now — unknown, used,
/// expired or replaced — gets one and the same answer, after the same delay.
#[server(prefix = "/api", endpoint = "account/redeem-code")]
pub async fn redeem_code(code: String) -> Result<(), AppError> {
    async {
        let client = super::session::client_key();
        let redeemed = super::services::Services::get()?
            .identity
            .redeem_code(&code, &client)
            .await?;
        super::session::keep_activation(&redeemed).await?;
        leptos_axum::redirect("/activeren/passkey");
        Ok(())
    }
    .await
    .map_err(super::status::with_status)
}

/// The given name of the person whose code was accepted in this session, if any.
#[server(prefix = "/api", endpoint = "account/activation")]
pub async fn pending_activation() -> Result<Option<String>, AppError> {
    async { Ok(super::session::activation().await?.map(|a| a.given_name)) }
        .await
        .map_err(super::status::with_status)
}
