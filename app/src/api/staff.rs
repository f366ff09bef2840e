//! Onboarding for administrators ("Beheer"): organisations, the people who sign in for work,
//! their activation codes, and a professional leaving. Server functions only: who is asking,
//! ask the staff service, keep a refused form, map the error.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::AppError;
use crate::model::staff::{ApiKey, IssuedApiKey, StaffCode, StaffMember, StaffOrganisation};

/// Everything on the "Beheer" page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StaffPicture {
    pub organisations: Vec<StaffOrganisation>,
    pub members: Vec<StaffMember>,
    pub api_keys: Vec<ApiKey>,
}

/// The administrator's context; anyone else is answered `NotFound` before their input is
/// read, so a refusal of input tells nobody else anything. (The staff service checks again,
/// with the database.)
#[cfg(feature = "ssr")]
async fn context() -> Result<super::context::RequestContext, AppError> {
    let ctx = super::context::RequestContext::signed_in(crate::domain::DataKind::Account).await?;
    if !crate::domain::policy::may_administer(ctx.subject()?) {
        return Err(AppError::NotFound);
    }
    Ok(ctx)
}

#[cfg(feature = "ssr")]
fn optional(value: &str) -> Option<String> {
    (!value.trim().is_empty()).then(|| value.to_string())
}

/// Where the forms of the "Beheer" page come back to.
pub const ORGANISATION_FORM: &str = "beheer/organisation";
pub const MEMBER_FORM: &str = "beheer/member";
pub const LEAVE_FORM: &str = "beheer/leave";
pub const API_KEY_FORM: &str = "beheer/api-key";

#[server(prefix = "/api", endpoint = "staff/overview")]
pub async fn staff_overview() -> Result<StaffPicture, AppError> {
    async {
        let ctx = context().await?;
        let staff = super::services::Services::get()?.staff;
        Ok(StaffPicture {
            organisations: staff.organisations(&ctx).await?,
            members: staff.members(&ctx).await?,
            api_keys: super::services::Services::get()?
                .api_keys
                .api_keys(&ctx)
                .await?,
        })
    }
    .await
    .map_err(super::status::with_status)
}

#[server(prefix = "/api", endpoint = "staff/add-organisation")]
pub async fn add_organisation(
    kind: String,
    name: String,
    phone: String,
    email: String,
    website: String,
) -> Result<(), AppError> {
    async {
        use crate::error::{FieldErrors, Message};
        use crate::model::staff::NewOrganisation;
        let ctx = context().await?;
        let staff = super::services::Services::get()?.staff;
        let values = vec![
            ("kind", kind.clone()),
            ("name", name.clone()),
            ("phone", phone.clone()),
            ("email", email.clone()),
            ("website", website.clone()),
        ];
        let result = async {
            let Some(kind) = crate::domain::OrganisationKind::from_key(&kind) else {
                let mut errors = FieldErrors::new();
                errors.add("kind", Message::new("error-choose-one"));
                return Err(errors.finish().err().unwrap_or(AppError::Internal));
            };
            let new = NewOrganisation {
                kind,
                name,
                phone: optional(&phone),
                email: optional(&email),
                website: optional(&website),
            };
            staff.add_organisation(&ctx, &new).await
        }
        .await;
        super::forms::answer(
            ORGANISATION_FORM,
            values,
            "/beheer#organisatie-toevoegen",
            |o: &StaffOrganisation| format!("/beheer?toegevoegd={}#organisaties", o.id),
            result,
        )
        .await
    }
    .await
    .map_err(super::status::with_status)
}

#[server(prefix = "/api", endpoint = "staff/add-member")]
pub async fn add_staff_member(
    kind: String,
    organisation: String,
    given_name: String,
    family_name: String,
    email: String,
    phone: String,
) -> Result<(), AppError> {
    async {
        use crate::error::{FieldErrors, Message};
        use crate::model::staff::{NewStaffMember, StaffKind};
        let ctx = context().await?;
        let staff = super::services::Services::get()?.staff;
        let values = vec![
            ("kind", kind.clone()),
            ("organisation", organisation.clone()),
            ("given_name", given_name.clone()),
            ("family_name", family_name.clone()),
            ("email", email.clone()),
            ("phone", phone.clone()),
        ];
        let result = async {
            let Some(kind) = StaffKind::from_key(&kind) else {
                let mut errors = FieldErrors::new();
                errors.add("kind", Message::new("error-choose-one"));
                return Err(errors.finish().err().unwrap_or(AppError::Internal));
            };
            let organisation = match optional(&organisation) {
                // An id that does not parse is no organisation: the service says so per field.
                Some(o) => Some(o.parse().map_err(|_| {
                    let mut errors = FieldErrors::new();
                    errors.add("organisation", Message::new("error-organisation-missing"));
                    errors.finish().err().unwrap_or(AppError::Internal)
                })?),
                None => None,
            };
            let new = NewStaffMember {
                kind,
                given_name,
                family_name,
                organisation,
                email: optional(&email),
                phone: optional(&phone),
            };
            staff.add_member(&ctx, &new).await
        }
        .await;
        super::forms::answer(
            MEMBER_FORM,
            values,
            "/beheer#persoon-toevoegen",
            |m: &StaffMember| format!("/beheer?toegevoegd={}#mensen", m.id),
            result,
        )
        .await
    }
    .await
    .map_err(super::status::with_status)
}

/// A new activation code for someone who signs in for work; shown once on the letter page.
#[server(prefix = "/api", endpoint = "staff/issue-code")]
pub async fn issue_staff_code(kind: String, id: String) -> Result<(), AppError> {
    async {
        let ctx = context().await?;
        let kind = crate::model::staff::StaffKind::from_key(&kind).ok_or(AppError::NotFound)?;
        let code = super::services::Services::get()?
            .staff
            .issue_code(&ctx, kind, &id)
            .await?;
        super::session::keep_staff_code(&code).await?;
        leptos_axum::redirect("/beheer/code");
        Ok(())
    }
    .await
    .map_err(super::status::with_status)
}

/// Give a reviewer the right to accept suggestions, or take it away (`may`: "yes" or "no").
#[server(prefix = "/api", endpoint = "staff/reviewer-right")]
pub async fn reviewer_right(reviewer_id: String, may: String) -> Result<(), AppError> {
    async {
        let ctx = context().await?;
        let may = match may.as_str() {
            "yes" => true,
            "no" => false,
            _ => return Err(AppError::invalid("error-choose-one")),
        };
        super::services::Services::get()?
            .staff
            .set_may_accept(&ctx, &reviewer_id, may)
            .await?;
        leptos_axum::redirect(&format!("/beheer?recht=1#persoon-{reviewer_id}"));
        Ok(())
    }
    .await
    .map_err(super::status::with_status)
}

/// The code just made, for the letter page; `None` once it is gone. Administrators only.
#[server(prefix = "/api", endpoint = "staff/letter")]
pub async fn staff_letter() -> Result<Option<StaffCode>, AppError> {
    async {
        context().await?;
        super::session::staff_code().await
    }
    .await
    .map_err(super::status::with_status)
}

/// The professional leaves their organisation today (the box must be ticked: it cannot be
/// undone, they need a new account to come back).
#[server(prefix = "/api", endpoint = "staff/leave")]
pub async fn leave_organisation(
    professional_id: String,
    #[server(default)] confirm: Option<String>,
) -> Result<(), AppError> {
    async {
        use crate::error::{FieldErrors, Message};
        let ctx = context().await?;
        let values = vec![("professional_id", professional_id.clone())];
        let result = async {
            let professional = super::context::id(&professional_id)?;
            if confirm.as_deref() != Some("yes") {
                let mut errors = FieldErrors::new();
                errors.add(
                    &format!("confirm-{professional_id}"),
                    Message::new("error-leave-confirm"),
                );
                return Err(errors.finish().err().unwrap_or(AppError::Internal));
            }
            super::services::Services::get()?
                .staff
                .leave(&ctx, &professional)
                .await
        }
        .await;
        super::forms::answer(
            LEAVE_FORM,
            values,
            &format!("/beheer#persoon-{professional_id}"),
            |_: &()| format!("/beheer?vertrokken={professional_id}#mensen"),
            result,
        )
        .await
    }
    .await
    .map_err(super::status::with_status)
}

/// A new key for an organisation's case system; its token is shown once on `/beheer/sleutel`.
#[server(prefix = "/api", endpoint = "staff/issue-api-key")]
pub async fn issue_api_key(
    organisation: String,
    name: String,
    scope: String,
) -> Result<(), AppError> {
    async {
        use crate::error::{FieldErrors, Message};
        use crate::model::staff::{ApiScope, NewApiKey};
        let ctx = context().await?;
        let values = vec![
            ("organisation", organisation.clone()),
            ("name", name.clone()),
            ("scope", scope.clone()),
        ];
        let result = async {
            let mut errors = FieldErrors::new();
            let scope = ApiScope::from_key(&scope);
            if scope.is_none() {
                errors.add("scope", Message::new("error-choose-one"));
            }
            let organisation = organisation.parse().ok();
            if organisation.is_none() {
                errors.add("organisation", Message::new("error-organisation-missing"));
            }
            let (Some(scope), Some(organisation)) = (scope, organisation) else {
                return Err(errors.finish().err().unwrap_or(AppError::Internal));
            };
            let issued = super::services::Services::get()?
                .api_keys
                .issue_api_key(
                    &ctx,
                    &NewApiKey {
                        organisation,
                        name,
                        scope,
                    },
                )
                .await?;
            super::session::keep_api_key(&issued).await?;
            Ok(issued)
        }
        .await;
        super::forms::answer(
            API_KEY_FORM,
            values,
            "/beheer#sleutel-maken",
            |_: &IssuedApiKey| "/beheer/sleutel".to_string(),
            result,
        )
        .await
    }
    .await
    .map_err(super::status::with_status)
}

/// The key just made, for its page; `None` once it is gone. Administrators only.
#[server(prefix = "/api", endpoint = "staff/new-api-key")]
pub async fn new_api_key() -> Result<Option<IssuedApiKey>, AppError> {
    async {
        context().await?;
        super::session::api_key().await
    }
    .await
    .map_err(super::status::with_status)
}

/// The key stops working at once.
#[server(prefix = "/api", endpoint = "staff/revoke-api-key")]
pub async fn revoke_api_key(key: String) -> Result<(), AppError> {
    async {
        let ctx = context().await?;
        let key = super::context::id(&key)?;
        super::services::Services::get()?
            .api_keys
            .revoke_api_key(&ctx, &key)
            .await?;
        leptos_axum::redirect("/beheer?ingetrokken=1#sleutels");
        Ok(())
    }
    .await
    .map_err(super::status::with_status)
}
