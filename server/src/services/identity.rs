//! Activation codes, passkeys and the settings page.

use async_trait::async_trait;
use base64::Engine;
use rand::RngCore;
use sha2::{Digest, Sha256};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;
use webauthn_rs::prelude::Passkey;

use super::Backend;
use crate::access::Action;
use crate::auth::passkeys::credential_id_text;
use crate::auth::{devices, rate_limit};
use crate::live::Change;
use crate::store::{self, identity as ids, StoreError};
use app::api::context::RequestContext;
use app::api::identity_types::{
    AccountNotice, FamilyAccess, FamilyAccessView, IssuedCode, PasskeyInfo, PushDevice,
    PushSettings, PushSubscription, Redeemed, SessionInfo, SettingsView,
};
use app::api::services::IdentityService;
use app::domain::ids::{CaseId, PersonId};
use app::domain::{activation_code, DataKind, FamilyRelation, Subject};
use app::error::AppError;

/// Every refused code answers after at least this long, whatever the reason, so the time
/// taken tells nothing (and guessing is slow).
const REFUSAL_FLOOR: std::time::Duration = std::time::Duration::from_millis(400);

pub(super) fn now_text() -> Result<String, AppError> {
    Ok(store::now_text())
}

fn now_us() -> i64 {
    i64::try_from(OffsetDateTime::now_utc().unix_timestamp_nanos() / 1000).unwrap_or(i64::MAX)
}

fn now_unix() -> i64 {
    OffsetDateTime::now_utc().unix_timestamp()
}

pub(super) fn code_hash(normalised: &str) -> String {
    hex::encode(Sha256::digest(normalised.as_bytes()))
}

/// Dutch date and time of a stored RFC 3339 instant.
fn local(at: &str) -> Option<(time::Date, String)> {
    OffsetDateTime::parse(at, &Rfc3339)
        .ok()
        .map(app::domain::calendar::dutch_date_time)
}

fn refused_code() -> AppError {
    AppError::invalid("error-code-refused")
}

fn sign_in_failed() -> AppError {
    AppError::invalid("error-sign-in-failed")
}

impl Backend {
    /// A fresh activation code (normalised, as hashed) and when it stops working.
    pub(super) fn new_code(&self) -> (String, OffsetDateTime) {
        let mut bytes = [0_u8; activation_code::LENGTH];
        rand::rngs::OsRng.fill_bytes(&mut bytes);
        let code = activation_code::from_random(&bytes);
        let expires = OffsetDateTime::now_utc() + time::Duration::days(i64::from(self.code_days));
        (code, expires)
    }

    pub(super) async fn display_name(&self, subject: &Subject) -> Result<String, AppError> {
        store::people::name_of(&self.db, subject)
            .await?
            .map(|n| format!("{} {}", n.given_name, n.family_name))
            .ok_or(AppError::NotFound)
    }

    async fn check_code(&self, code: &str) -> Result<Redeemed, AppError> {
        let normalised = activation_code::normalise(code).ok_or_else(refused_code)?;
        let row = ids::code_by_hash(&self.db, &code_hash(&normalised))
            .await?
            .ok_or_else(refused_code)?;
        let usable =
            row.used_at.is_none() && row.revoked_at.is_none() && row.expires_at > now_unix();
        let subject = Subject::from_parts(&row.subject_kind, &row.subject_id).ok_or_else(|| {
            StoreError::corrupt("activation code subject kind", &row.subject_kind)
        })?;
        if !usable {
            return Err(refused_code());
        }
        let given_name = store::people::name_of(&self.db, &subject)
            .await?
            .map(|n| n.given_name)
            .ok_or_else(refused_code)?;
        Ok(Redeemed {
            code_id: row.id,
            subject,
            given_name,
        })
    }
}

#[async_trait]
impl IdentityService for Backend {
    async fn family_access(
        &self,
        ctx: &RequestContext,
        case_id: &CaseId,
    ) -> Result<FamilyAccessView, AppError> {
        let today = self.today();
        let grant = self
            .read(ctx, Action::ViewFamilyAccess, DataKind::Account, case_id)
            .await?;
        let case = store::cases::case(&self.db, &grant).await?;
        let rows = ids::family_access(&self.db, &grant, &store::iso(today), now_unix()).await?;
        let people = rows
            .into_iter()
            .map(|r| {
                Ok(FamilyAccess {
                    relation: store::key("relation", &r.relation, FamilyRelation::from_key)?,
                    name: format!("{} {}", r.given_name, r.family_name),
                    person_id: store::id("person id", &r.person_id)?,
                    passkeys: u32::try_from(r.passkeys).unwrap_or(0),
                    open_code_until: r
                        .open_code_until
                        .and_then(|t| OffsetDateTime::from_unix_timestamp(t).ok())
                        .map(app::domain::calendar::dutch_date),
                })
            })
            .collect::<Result<_, StoreError>>()?;
        Ok(FamilyAccessView {
            case_id: case.id,
            family_name: case.family_name,
            people,
        })
    }

    async fn issue_code(
        &self,
        ctx: &RequestContext,
        case_id: &CaseId,
        person: &PersonId,
    ) -> Result<IssuedCode, AppError> {
        let who = ctx.subject()?;
        let mut w = self
            .write(ctx, Action::IssueActivationCode, DataKind::Account, case_id)
            .await?;
        let grant = w.grant.clone();
        let today = w.today;
        let person_id = person.as_str();
        if !ids::is_member(&self.db, &grant, person_id, &store::iso(today)).await? {
            return Err(AppError::NotFound);
        }
        if !matches!(who, Subject::Professional(_)) {
            return Err(AppError::NotFound);
        }
        let (code, expires) = self.new_code();
        let person = Subject::Person(person_id.to_string());
        let issued_at = now_text()?;
        ids::issue_code(
            w.conn(),
            &ids::NewCode {
                id: &uuid::Uuid::new_v4().to_string(),
                code_hash: &code_hash(&code),
                subject: &person,
                case_id: Some(grant.case_id().as_str()),
                issued_by: Some(who),
                issued_at: &issued_at,
                expires_at: expires.unix_timestamp(),
            },
        )
        .await?;
        w.commit(Change::case(case_id, DataKind::Account)).await?;
        Ok(IssuedCode {
            case_id: grant.case_id().clone(),
            person_name: self.display_name(&person).await?,
            code: activation_code::grouped(&code),
            valid_until: app::domain::calendar::dutch_date(expires),
            issued_by: self.display_name(who).await?,
            activation_url: format!("{}/activeren", self.public_url),
        })
    }

    async fn redeem_code(&self, code: &str, client: &str) -> Result<Redeemed, AppError> {
        let started = tokio::time::Instant::now();
        let result = async {
            rate_limit::check(&self.db, rate_limit::REDEEM_CODE, client, now_us()).await?;
            self.check_code(code).await
        }
        .await;
        if result.is_err() {
            tokio::time::sleep_until(started + REFUSAL_FLOOR).await;
        }
        result
    }

    async fn start_registration(&self, subject: &Subject) -> Result<(String, String), AppError> {
        let handle = ids::user_handle(&self.db, subject).await?;
        let existing = ids::passkeys_of(&self.db, subject)
            .await?
            .iter()
            .filter_map(|row| serde_json::from_str::<Passkey>(&row.passkey).ok())
            .map(|p| p.cred_id().clone())
            .collect();
        let name = self.display_name(subject).await?;
        self.rp
            .start_registration(&handle, &name, existing)
            .map_err(|e| {
                tracing::error!(error = %e, "starting a passkey registration failed");
                AppError::Internal
            })
    }

    async fn finish_registration(
        &self,
        subject: &Subject,
        code_id: Option<&str>,
        state: &str,
        credential: &str,
        device_name: &str,
    ) -> Result<(), AppError> {
        let passkey = self
            .rp
            .finish_registration(state, credential)
            .map_err(|e| {
                tracing::info!(error = %e, "passkey registration refused");
                AppError::invalid("error-passkey-failed")
            })?;
        let stored = serde_json::to_string(&passkey).map_err(|e| {
            tracing::error!(error = %e, "a new passkey does not encode");
            AppError::Internal
        })?;
        let at = now_text()?;
        ids::add_passkey(
            &self.db,
            &ids::NewPasskey {
                id: &uuid::Uuid::new_v4().to_string(),
                subject,
                credential_id: &credential_id_text(passkey.cred_id()),
                passkey: &stored,
                device_name,
                at: &at,
            },
            code_id.map(|id| (id, now_unix())),
        )
        .await
        .map_err(|e| match e {
            ids::AddPasskeyError::CodeGone => refused_code(),
            ids::AddPasskeyError::DuplicateCredential => {
                AppError::invalid("error-passkey-duplicate")
            }
            ids::AddPasskeyError::Store(e) => e.into(),
        })
    }

    async fn start_sign_in(&self) -> Result<(String, String), AppError> {
        self.rp.start_sign_in().map_err(|e| {
            tracing::error!(error = %e, "starting a passkey sign-in failed");
            AppError::Internal
        })
    }

    async fn finish_sign_in(
        &self,
        state: Option<&str>,
        credential: &str,
        client: &str,
    ) -> Result<Subject, AppError> {
        rate_limit::check(&self.db, rate_limit::SIGN_IN, client, now_us()).await?;
        let state = state.ok_or_else(|| AppError::invalid("error-passkey-expired"))?;
        let (answer, handle, credential_id) = self.rp.identify(credential).map_err(|e| {
            tracing::info!(error = %e, "sign-in answer refused");
            sign_in_failed()
        })?;
        let (row, owner_handle) = ids::passkey_by_credential(&self.db, &credential_id)
            .await?
            .ok_or_else(sign_in_failed)?;
        if owner_handle != handle {
            return Err(sign_in_failed());
        }
        let passkey: Passkey = serde_json::from_str(&row.passkey).map_err(|e| {
            tracing::error!(error = %e, "a stored passkey does not decode");
            AppError::Internal
        })?;
        let updated = self
            .rp
            .finish_sign_in(state, &answer, passkey)
            .map_err(|e| {
                tracing::info!(error = %e, "sign-in verification refused");
                sign_in_failed()
            })?;
        let stored = serde_json::to_string(&updated).map_err(|e| {
            tracing::error!(error = %e, "an updated passkey does not encode");
            AppError::Internal
        })?;
        ids::passkey_used(&self.db, &row.id, &stored, &now_text()?).await?;
        Ok(Subject::from_parts(&row.subject_kind, &row.subject_id)
            .ok_or_else(|| StoreError::corrupt("passkey subject kind", &row.subject_kind))?)
    }

    async fn settings(
        &self,
        ctx: &RequestContext,
        current_session: &str,
    ) -> Result<SettingsView, AppError> {
        // A preview never shows or touches the family member's own account.
        ctx.refuse_in_preview()?;
        let who = ctx.subject()?;
        let passkeys = ids::passkeys_of(&self.db, who)
            .await?
            .into_iter()
            .filter_map(|r| {
                Some(PasskeyInfo {
                    added: local(&r.created_at)?.0,
                    last_used: r.last_used_at.as_deref().and_then(local).map(|l| l.0),
                    device_name: r.device_name,
                    id: r.id,
                })
            })
            .collect();
        let notices = ids::unseen_notices(&self.db, who)
            .await?
            .into_iter()
            .filter_map(|n| {
                let (date, time) = local(&n.created_at)?;
                Some(AccountNotice {
                    id: n.id,
                    kind: n.kind,
                    detail: n.detail,
                    date,
                    time,
                })
            })
            .collect();
        let current_hash = current_session
            .parse::<tower_sessions::session::Id>()
            .map(|id| crate::auth::session_store::hash(&id))
            .unwrap_or_default();
        let mut sessions: Vec<SessionInfo> = ids::sessions_of(&self.db, who, now_unix())
            .await?
            .into_iter()
            .filter_map(|s| {
                let data: serde_json::Value = serde_json::from_str(&s.data).ok()?;
                let started =
                    OffsetDateTime::from_unix_timestamp(data["started_at"].as_i64()?).ok()?;
                let (started_date, started_time) = app::domain::calendar::dutch_date_time(started);
                let (browser, system) =
                    devices::classify(data["user_agent"].as_str().unwrap_or(""));
                Some(SessionInfo {
                    current: s.id_hash == current_hash,
                    id: s.id_hash,
                    browser: browser.into(),
                    system: system.into(),
                    started_date,
                    started_time,
                })
            })
            .collect();
        sessions.sort_by(|a, b| {
            b.current
                .cmp(&a.current)
                .then((b.started_date, &b.started_time).cmp(&(a.started_date, &a.started_time)))
        });
        let devices = store::push::subscriptions_of(&self.db, who)
            .await?
            .into_iter()
            .filter_map(|s| {
                let (browser, system) = devices::classify(&s.user_agent);
                Some(PushDevice {
                    added: local(&s.created_at)?.0,
                    id: s.id,
                    browser: browser.into(),
                    system: system.into(),
                })
            })
            .collect();
        Ok(SettingsView {
            passkeys,
            notices,
            sessions,
            push: PushSettings {
                public_key: self.pusher.public_key().to_string(),
                devices,
            },
        })
    }

    async fn push_subscribe(
        &self,
        ctx: &RequestContext,
        subscription: &PushSubscription,
        lang: &str,
        user_agent: &str,
    ) -> Result<(), AppError> {
        // A preview never shows or touches the family member's own account.
        ctx.refuse_in_preview()?;
        let who = ctx.subject()?;
        let endpoint = subscription.endpoint.trim();
        if endpoint.is_empty() || endpoint.len() > app::api::push::ENDPOINT_MAX {
            return Err(AppError::invalid("error-push-subscription"));
        }
        if !self.pusher.allows(endpoint) {
            return Err(AppError::invalid("error-push-service"));
        }
        let key_len = |text: &str| {
            base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(text.trim().trim_end_matches('='))
                .map(|b| (b.len(), b.first().copied()))
                .ok()
        };
        // An uncompressed P-256 point and a 16-byte secret, as every browser sends them.
        if key_len(&subscription.p256dh) != Some((65, Some(4)))
            || key_len(&subscription.auth).map(|k| k.0) != Some(16)
        {
            return Err(AppError::invalid("error-push-subscription"));
        }
        let at = now_text()?;
        let agent: String = user_agent.chars().take(300).collect();
        store::push::subscribe(
            &self.db,
            who,
            &store::push::NewSubscription {
                endpoint,
                p256dh: subscription.p256dh.trim().trim_end_matches('='),
                auth: subscription.auth.trim().trim_end_matches('='),
                lang,
                user_agent: &agent,
                at: &at,
            },
        )
        .await?;
        Ok(())
    }

    async fn push_unsubscribe(&self, ctx: &RequestContext, which: &str) -> Result<(), AppError> {
        // A preview never shows or touches the family member's own account.
        ctx.refuse_in_preview()?;
        if store::push::unsubscribe(&self.db, ctx.subject()?, which).await? {
            Ok(())
        } else {
            Err(AppError::NotFound)
        }
    }

    async fn revoke_passkey(&self, ctx: &RequestContext, passkey_id: &str) -> Result<(), AppError> {
        // A preview never shows or touches the family member's own account.
        ctx.refuse_in_preview()?;
        match ids::revoke_passkey(&self.db, ctx.subject()?, passkey_id, &now_text()?).await? {
            ids::Revoked::Done => Ok(()),
            ids::Revoked::NotFound => Err(AppError::NotFound),
            ids::Revoked::Last => Err(AppError::invalid("error-last-passkey")),
        }
    }

    async fn dismiss_notice(&self, ctx: &RequestContext, notice_id: &str) -> Result<(), AppError> {
        // A preview never shows or touches the family member's own account.
        ctx.refuse_in_preview()?;
        let who = ctx.subject()?;
        // Seen before (a second press) is fine; someone else's notice is not found.
        if ids::dismiss_notice(&self.db, who, notice_id, &now_text()?).await? == 0
            && !ids::notice_is_own(&self.db, who, notice_id).await?
        {
            return Err(AppError::NotFound);
        }
        Ok(())
    }

    async fn end_sessions(
        &self,
        ctx: &RequestContext,
        current_session: &str,
        which: &str,
    ) -> Result<(), AppError> {
        // A preview never shows or touches the family member's own account.
        ctx.refuse_in_preview()?;
        let who = ctx.subject()?;
        let keep = current_session
            .parse::<tower_sessions::session::Id>()
            .map(|id| crate::auth::session_store::hash(&id))
            .map_err(|_| AppError::NotSignedIn)?;
        let only = (which != "others").then_some(which);
        let ended = ids::end_sessions(&self.db, who, &keep, only).await?;
        if only.is_some() && ended == 0 {
            return Err(AppError::NotFound);
        }
        Ok(())
    }
}
