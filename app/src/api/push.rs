//! Notifications (F18): a browser subscribes to Web Push for the signed-in person, or stops.

use leptos::prelude::*;

use super::AppError;

/// Longest endpoint address a browser may give (push services use a few hundred characters).
pub const ENDPOINT_MAX: usize = 2048;

/// Turn notifications on for this browser (called by the settings island after the browser
/// subscribed at its push service).
#[server(prefix = "/api", endpoint = "account/push-subscribe")]
pub async fn push_subscribe(
    endpoint: String,
    p256dh: String,
    auth: String,
) -> Result<(), AppError> {
    async {
        let ctx =
            super::context::RequestContext::signed_in(crate::domain::DataKind::Account).await?;
        let user_agent = use_context::<http::request::Parts>()
            .and_then(|p| {
                p.headers
                    .get(http::header::USER_AGENT)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_string)
            })
            .unwrap_or_default();
        let lang = crate::i18n::use_lang().code();
        super::services::Services::get()?
            .identity
            .push_subscribe(
                &ctx,
                &super::identity_types::PushSubscription {
                    endpoint,
                    p256dh,
                    auth,
                },
                lang,
                &user_agent,
            )
            .await
    }
    .await
    .map_err(super::status::with_status)
}

/// Turn notifications off for one of my browsers, named by its id (the list in settings) or
/// its endpoint (the browser itself).
#[server(prefix = "/api", endpoint = "account/push-unsubscribe")]
pub async fn push_unsubscribe(subscription: String) -> Result<(), AppError> {
    async {
        let ctx =
            super::context::RequestContext::signed_in(crate::domain::DataKind::Account).await?;
        super::services::Services::get()?
            .identity
            .push_unsubscribe(&ctx, &subscription)
            .await?;
        leptos_axum::redirect("/instellingen?meldingen-uit=1");
        Ok(())
    }
    .await
    .map_err(super::status::with_status)
}
