//! Passkeys (WebAuthn): make one, sign in with one, and the settings page that lists and
//! revokes them. The ceremony state stays in the server-side session; the browser only ever
//! sees the challenge options and sends back what its authenticator signed.

use leptos::prelude::*;

use super::identity_types::SettingsView;
use super::AppError;

/// Start making a passkey: after redeeming a code, or signed in (adding a device). Returns the
/// options for `navigator.credentials.create` as JSON.
#[server(prefix = "/api", endpoint = "passkey/register-start")]
pub async fn passkey_register_start(device_name: String) -> Result<String, AppError> {
    async {
        use super::session::{Ceremony, CeremonyKind};
        let device_name = crate::domain::text::clean(&device_name, DEVICE_NAME_MAX, false, true)
            .map_err(|e| AppError::invalid(e.message_id()))?;
        let (subject, code_id) = match super::session::activation().await? {
            Some(a) => (a.subject, Some(a.code_id)),
            None => (super::session::current_subject().await?, None),
        };
        let (options, state) = super::services::Services::get()?
            .identity
            .start_registration(&subject)
            .await?;
        super::session::keep_ceremony(&Ceremony {
            kind: CeremonyKind::Register,
            state,
            subject: Some(subject),
            code_id,
            device_name,
            started: 0,
        })
        .await?;
        Ok(options)
    }
    .await
    .map_err(super::status::with_status)
}

/// Finish making a passkey with the authenticator's answer (JSON). After an activation code
/// this signs the person in. Returns the page to go to next.
#[server(prefix = "/api", endpoint = "passkey/register-finish")]
pub async fn passkey_register_finish(credential: String) -> Result<String, AppError> {
    async {
        use super::session::CeremonyKind;
        let ceremony = super::session::take_ceremony(CeremonyKind::Register)
            .await?
            .ok_or_else(|| AppError::invalid("error-passkey-expired"))?;
        let subject = ceremony.subject.clone().ok_or(AppError::Internal)?;
        super::services::Services::get()?
            .identity
            .finish_registration(
                &subject,
                ceremony.code_id.as_deref(),
                &ceremony.state,
                &credential,
                &ceremony.device_name,
            )
            .await?;
        if ceremony.code_id.is_some() {
            super::session::start(&subject).await?;
            Ok(match super::types::Workplace::of(&subject) {
                Some(w) => format!("{}?welkom=1", w.path()),
                None => "/?welkom=1".to_string(),
            })
        } else {
            Ok("/instellingen?toegevoegd=1".to_string())
        }
    }
    .await
    .map_err(super::status::with_status)
}

/// Start signing in: options for `navigator.credentials.get` (any passkey of this site).
#[server(prefix = "/api", endpoint = "passkey/sign-in-start")]
pub async fn passkey_sign_in_start() -> Result<String, AppError> {
    async {
        use super::session::{Ceremony, CeremonyKind};
        let (options, state) = super::services::Services::get()?
            .identity
            .start_sign_in()
            .await?;
        super::session::keep_ceremony(&Ceremony {
            kind: CeremonyKind::SignIn,
            state,
            subject: None,
            code_id: None,
            device_name: String::new(),
            started: 0,
        })
        .await?;
        Ok(options)
    }
    .await
    .map_err(super::status::with_status)
}

/// Finish signing in with the authenticator's answer; returns the page to go to.
#[server(prefix = "/api", endpoint = "passkey/sign-in-finish")]
pub async fn passkey_sign_in_finish(credential: String) -> Result<String, AppError> {
    async {
        use super::session::CeremonyKind;
        let client = super::session::client_key();
        let ceremony = super::session::take_ceremony(CeremonyKind::SignIn).await?;
        let subject = super::services::Services::get()?
            .identity
            .finish_sign_in(
                ceremony.as_ref().map(|c| c.state.as_str()),
                &credential,
                &client,
            )
            .await?;
        super::session::start(&subject).await?;
        Ok(super::types::Workplace::of(&subject)
            .map_or("/", |w| w.path())
            .to_string())
    }
    .await
    .map_err(super::status::with_status)
}

/// Longest device name a person may give a passkey.
pub const DEVICE_NAME_MAX: usize = 60;

/// "Instellingen": my passkeys, notices about my account and my open sessions.
#[server(prefix = "/api", endpoint = "account/settings")]
pub async fn settings() -> Result<SettingsView, AppError> {
    async {
        let ctx =
            super::context::RequestContext::signed_in(crate::domain::DataKind::Account).await?;
        let current = super::session::current_session_id().await?;
        super::services::Services::get()?
            .identity
            .settings(&ctx, &current)
            .await
    }
    .await
    .map_err(super::status::with_status)
}

/// Revoke one of my passkeys (not the last one: that would lock me out).
#[server(prefix = "/api", endpoint = "account/revoke-passkey")]
pub async fn revoke_passkey(passkey_id: String) -> Result<(), AppError> {
    async {
        let ctx =
            super::context::RequestContext::signed_in(crate::domain::DataKind::Account).await?;
        super::services::Services::get()?
            .identity
            .revoke_passkey(&ctx, &passkey_id)
            .await?;
        leptos_axum::redirect("/instellingen?ingetrokken=1");
        Ok(())
    }
    .await
    .map_err(super::status::with_status)
}

/// "Gezien" on a notice about my account.
#[server(prefix = "/api", endpoint = "account/dismiss-notice")]
pub async fn dismiss_notice(notice_id: String) -> Result<(), AppError> {
    async {
        let ctx =
            super::context::RequestContext::signed_in(crate::domain::DataKind::Account).await?;
        super::services::Services::get()?
            .identity
            .dismiss_notice(&ctx, &notice_id)
            .await?;
        leptos_axum::redirect("/instellingen");
        Ok(())
    }
    .await
    .map_err(super::status::with_status)
}

/// End one of my other sessions, or (with `session_id` = "others") all of them.
#[server(prefix = "/api", endpoint = "account/end-session")]
pub async fn end_session(session_id: String) -> Result<(), AppError> {
    async {
        let ctx =
            super::context::RequestContext::signed_in(crate::domain::DataKind::Account).await?;
        let current = super::session::current_session_id().await?;
        super::services::Services::get()?
            .identity
            .end_sessions(&ctx, &current, &session_id)
            .await?;
        leptos_axum::redirect("/instellingen?afgemeld=1");
        Ok(())
    }
    .await
    .map_err(super::status::with_status)
}

/// "Ingelogd blijven": any request renews the idle timer; this one does nothing else.
/// Returns the seconds until the session would now end.
#[server(prefix = "/api", endpoint = "account/stay-signed-in")]
pub async fn stay_signed_in() -> Result<u64, AppError> {
    async {
        super::session::current_subject().await?;
        Ok(super::session::policy().idle_seconds)
    }
    .await
    .map_err(super::status::with_status)
}
