//! The seam between the app and the server crate (server side only). The server implements
//! these traits with the database, the access policy and the access log, and provides them
//! through Leptos context; the app never sees a database type.

use std::sync::Arc;

use async_trait::async_trait;

use super::identity_types::{
    FamilyAccessView, IssuedCode, PushSubscription, Redeemed, SettingsView,
};
use super::message_types::{DecisionInputView, MessagesView, ThreadView, UnsafeView};
use super::session::Draft;
use super::types::{
    AccessLogView, CaseLink, ChangesView, DecisionsView, DemoPerson, DocumentsView, FamilyView,
    HelpView, Me, MeetingsView, Overview, PowersView, RightsView, TimelineView,
};
use super::AppError;
use crate::domain::Subject;

#[async_trait]
pub trait CaseBackend: Send + Sync + 'static {
    /// The overview of one case, if `who` may see it; otherwise `NotFound`.
    async fn overview(&self, who: &Subject, case_id: &str) -> Result<Overview, AppError>;
    /// The cases `who` has a current relation to.
    async fn my_cases(&self, who: &Subject) -> Result<Vec<CaseLink>, AppError>;
    async fn powers(&self, who: &Subject, case_id: &str) -> Result<PowersView, AppError>;
    async fn timeline(&self, who: &Subject, case_id: &str) -> Result<TimelineView, AppError>;
    async fn rights(&self, who: &Subject, case_id: &str) -> Result<RightsView, AppError>;
    async fn decisions(&self, who: &Subject, case_id: &str) -> Result<DecisionsView, AppError>;
    async fn meetings(&self, who: &Subject, case_id: &str) -> Result<MeetingsView, AppError>;
    async fn documents(&self, who: &Subject, case_id: &str) -> Result<DocumentsView, AppError>;
    async fn help(&self, who: &Subject, case_id: &str) -> Result<HelpView, AppError>;
    async fn changes(&self, who: &Subject, case_id: &str) -> Result<ChangesView, AppError>;
    async fn access_log(&self, who: &Subject, case_id: &str) -> Result<AccessLogView, AppError>;
    /// "Ons gezin", with contact details filtered per viewer.
    async fn family(&self, who: &Subject, case_id: &str) -> Result<FamilyView, AppError>;
    /// Record that `who` has seen the announcement of a new vaste professional.
    async fn acknowledge_change(
        &self,
        who: &Subject,
        case_id: &str,
        change_id: &str,
    ) -> Result<(), AppError>;
}

#[async_trait]
pub trait AccountBackend: Send + Sync + 'static {
    async fn me(&self, who: &Subject) -> Result<Me, AppError>;
}

/// Messages and the unsafe alert. Text arrives already checked (`domain::text`).
#[async_trait]
pub trait MessageBackend: Send + Sync + 'static {
    async fn messages(
        &self,
        who: &Subject,
        case_id: &str,
        draft: Option<Draft>,
    ) -> Result<MessagesView, AppError>;
    async fn thread(
        &self,
        who: &Subject,
        case_id: &str,
        person_id: &str,
        draft: Option<Draft>,
    ) -> Result<ThreadView, AppError>;
    /// Store once per (author, key); a retry returns the first message's id, a reused key
    /// with other content is refused.
    async fn send(
        &self,
        who: &Subject,
        case_id: &str,
        person_id: &str,
        body: &str,
        key: &str,
    ) -> Result<String, AppError>;
    async fn unsafe_view(&self, who: &Subject, case_id: &str) -> Result<UnsafeView, AppError>;
    async fn raise_unsafe(
        &self,
        who: &Subject,
        case_id: &str,
        note: &str,
        key: &str,
    ) -> Result<String, AppError>;
}

/// "Mijn inbreng" on decisions (F7). Text arrives already checked.
#[async_trait]
pub trait InputBackend: Send + Sync + 'static {
    async fn view(
        &self,
        who: &Subject,
        case_id: &str,
        decision_id: &str,
        draft: Option<Draft>,
    ) -> Result<DecisionInputView, AppError>;
    /// A draft (`key` = None) or a send, once per (person, key).
    #[allow(clippy::too_many_arguments)]
    async fn save(
        &self,
        who: &Subject,
        case_id: &str,
        decision_id: &str,
        stance: Option<&str>,
        body: &str,
        shared: bool,
        key: Option<&str>,
    ) -> Result<(), AppError>;
    async fn handle(
        &self,
        who: &Subject,
        case_id: &str,
        input_id: &str,
        outcome: Option<&str>,
    ) -> Result<(), AppError>;
}

/// Activation codes, passkeys, the settings page and rate limits.
#[async_trait]
pub trait IdentityBackend: Send + Sync + 'static {
    async fn family_access(
        &self,
        who: &Subject,
        case_id: &str,
    ) -> Result<FamilyAccessView, AppError>;
    async fn issue_code(
        &self,
        who: &Subject,
        case_id: &str,
        person_id: &str,
    ) -> Result<IssuedCode, AppError>;
    /// Check a typed code (rate-limited per `client`); every unusable code answers the same.
    async fn redeem_code(&self, code: &str, client: &str) -> Result<Redeemed, AppError>;
    /// Options (JSON for the browser) and the ceremony state (kept in the session).
    async fn start_registration(&self, subject: &Subject) -> Result<(String, String), AppError>;
    /// Store the new passkey; with `code_id`, the code is used up in the same transaction.
    async fn finish_registration(
        &self,
        subject: &Subject,
        code_id: Option<&str>,
        state: &str,
        credential: &str,
        device_name: &str,
    ) -> Result<(), AppError>;
    async fn start_sign_in(&self) -> Result<(String, String), AppError>;
    /// Every answer counts towards the rate limit, also one without a ceremony (`state`).
    async fn finish_sign_in(
        &self,
        state: Option<&str>,
        credential: &str,
        client: &str,
    ) -> Result<Subject, AppError>;
    async fn settings(
        &self,
        who: &Subject,
        current_session: &str,
    ) -> Result<SettingsView, AppError>;
    async fn revoke_passkey(&self, who: &Subject, passkey_id: &str) -> Result<(), AppError>;
    async fn dismiss_notice(&self, who: &Subject, notice_id: &str) -> Result<(), AppError>;
    /// Notifications on this browser for `who` (replacing whoever had them here before).
    async fn push_subscribe(
        &self,
        who: &Subject,
        subscription: &PushSubscription,
        lang: &str,
        user_agent: &str,
    ) -> Result<(), AppError>;
    /// Stop notifications on one of `who`'s browsers, named by its id or endpoint.
    async fn push_unsubscribe(&self, who: &Subject, which: &str) -> Result<(), AppError>;
    /// End one other session of `who` by its handle, or all others with `"others"`.
    async fn end_sessions(
        &self,
        who: &Subject,
        current_session: &str,
        which: &str,
    ) -> Result<(), AppError>;
}

#[async_trait]
pub trait DemoBackend: Send + Sync + 'static {
    /// The demo people; `NotFound` when demo mode is off.
    async fn people(&self) -> Result<Vec<DemoPerson>, AppError>;
    /// The subject behind a demo key and the page to open after sign-in.
    async fn sign_in_as(&self, key: &str) -> Result<(Subject, String), AppError>;
}

/// Everything the server functions need, provided once per request as context.
#[derive(Clone)]
pub struct Backends {
    pub cases: Arc<dyn CaseBackend>,
    pub accounts: Arc<dyn AccountBackend>,
    pub demo: Arc<dyn DemoBackend>,
    pub identity: Arc<dyn IdentityBackend>,
    pub messages: Arc<dyn MessageBackend>,
    pub inputs: Arc<dyn InputBackend>,
}

impl Backends {
    pub fn get() -> Result<Backends, AppError> {
        leptos::prelude::use_context::<Backends>().ok_or_else(|| {
            tracing::error!("Backends missing from context");
            AppError::Internal
        })
    }
}
