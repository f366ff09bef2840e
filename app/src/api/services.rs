//! The seam between the app and the server crate (server side only): one trait per resource
//! of a case, shaped like the resource rather than like a page, taking the request's context
//! and returning domain records. The server implements them once (`server::services`), with
//! the database, the access policy and the access log; the pages compose them, and the
//! integration API calls the same implementations. A new page needs no new method here.
//!
//! Every method authorises on the server before it touches data. Reads of someone else's case
//! and of a case that does not exist answer the same `NotFound`. Writes run in one
//! transaction each, with the access-log row for the change in it, and announce the change to
//! open pages after they commit.

use std::sync::Arc;

use async_trait::async_trait;

use super::context::RequestContext;
use super::identity_types::{
    FamilyAccessView, IssuedCode, PushSubscription, Redeemed, SettingsView,
};
use super::types::{DemoPerson, Me};
use crate::domain::ids::{
    ApiKeyId, AssignmentId, CaseId, DecisionId, DocumentId, IdempotencyKey, InputId, MeetingId,
    MessageId, PersonId, ProfessionalId, StepId,
};
use crate::domain::{Action, Subject};
use crate::error::AppError;
use crate::model::access::Access;
use crate::model::case::{Case, CaseClosing, CaseUpdate, NewCase, OpenedCase};
use crate::model::decision::{Decision, DecisionOutcome, DecisionUpdate, NewDecision};
use crate::model::document::{Document, DocumentUpdate, NewDocument, NewFile, StoredFile};
use crate::model::input::{DecisionInputs, InputDraft, InputOn};
use crate::model::meeting::{Meeting, MeetingUpdate, NewMeeting};
use crate::model::message::{Alert, Line, Thread, ThreadSummary};
use crate::model::people::{Member, NewMember, PersonUpdate, RelationUpdate};
use crate::model::staff::{
    ApiKey, IssuedApiKey, NewApiKey, NewOrganisation, NewStaffMember, StaffCode, StaffKind,
    StaffMember, StaffOrganisation,
};
use crate::model::team::{
    AssignmentUpdate, NewAssignment, Organisation, TeamMember, UnseenChange, VasteChange,
    VasteSpell,
};
use crate::model::timeline::{NewStep, PhaseChange, Step, StepUpdate};
use crate::model::work::FamilyAttention;
use crate::model::Version;

/// The case itself.
#[async_trait]
pub trait CaseService: Send + Sync + 'static {
    /// The case and what the reader is to it, for a page that needs `action` (the overview,
    /// the documents, one's own thread …): `NotFound` when the reader may not. The access log
    /// records this read as `ctx.reading`.
    async fn open(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        action: Action,
    ) -> Result<OpenedCase, AppError>;
    /// The case record alone, for a reader with no pages to show it on (a case system): the
    /// same check and log as opening the overview.
    async fn get(&self, ctx: &RequestContext, case: &CaseId) -> Result<Case, AppError>;
    /// The cases the reader has a current relation to.
    async fn mine(&self, ctx: &RequestContext) -> Result<Vec<Case>, AppError>;
    /// A new case after a melding; the professional who opens it is on it from then on.
    async fn create(&self, ctx: &RequestContext, new: &NewCase) -> Result<Case, AppError>;
    async fn update(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        update: &CaseUpdate,
    ) -> Result<Case, AppError>;
    async fn close(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        closing: &CaseClosing,
    ) -> Result<Case, AppError>;
    /// The family's own view of who looked at or changed their data, newest first.
    async fn access_log(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
    ) -> Result<Vec<Access>, AppError>;
}

/// Family members and their relation to the case.
#[async_trait]
pub trait PeopleService: Send + Sync + 'static {
    /// Everyone in the family on the case today (ex-partners excluded), with the contact
    /// details this reader may see: parents first, then children by age.
    async fn members(&self, ctx: &RequestContext, case: &CaseId) -> Result<Vec<Member>, AppError>;
    async fn add_member(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        new: &NewMember,
    ) -> Result<Member, AppError>;
    async fn update_person(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        person: &PersonId,
        update: &PersonUpdate,
    ) -> Result<Member, AppError>;
    async fn update_relation(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        person: &PersonId,
        update: &RelationUpdate,
    ) -> Result<Member, AppError>;
    /// The person is no longer on the case from `on`; their access ends that day.
    async fn end_relation(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        person: &PersonId,
        on: time::Date,
    ) -> Result<(), AppError>;
}

/// The professionals on the case and the vaste professional.
#[async_trait]
pub trait TeamService: Send + Sync + 'static {
    /// Everyone professionally on the case today, the vaste professional first.
    async fn team(&self, ctx: &RequestContext, case: &CaseId) -> Result<Vec<TeamMember>, AppError>;
    /// Every vaste professional the case has had, newest first.
    async fn history(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
    ) -> Result<Vec<VasteSpell>, AppError>;
    /// The organisations of the professionals on the case, and the independent
    /// vertrouwenspersoon (Jeugdstem) if one is known.
    async fn organisations(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
    ) -> Result<(Vec<Organisation>, Option<Organisation>), AppError>;
    /// A change of vaste professional the reader (a family member) has not yet said they saw.
    async fn unseen_change(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
    ) -> Result<Option<UnseenChange>, AppError>;
    async fn acknowledge_change(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        change: &AssignmentId,
    ) -> Result<(), AppError>;
    async fn assign(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        new: &NewAssignment,
    ) -> Result<TeamMember, AppError>;
    async fn update_assignment(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        assignment: &AssignmentId,
        update: &AssignmentUpdate,
    ) -> Result<TeamMember, AppError>;
    /// The professional's part ends on `on` (never the vaste professional's: change that
    /// first, so a family is never without one by accident).
    async fn end_assignment(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        assignment: &AssignmentId,
        on: time::Date,
    ) -> Result<(), AppError>;
    async fn change_vaste(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        change: &VasteChange,
    ) -> Result<TeamMember, AppError>;
}

/// The phase and the family's timeline.
#[async_trait]
pub trait TimelineService: Send + Sync + 'static {
    async fn steps(&self, ctx: &RequestContext, case: &CaseId) -> Result<Vec<Step>, AppError>;
    async fn change_phase(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        change: &PhaseChange,
    ) -> Result<Case, AppError>;
    async fn add_step(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        new: &NewStep,
    ) -> Result<Step, AppError>;
    async fn update_step(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        step: &StepId,
        update: &StepUpdate,
    ) -> Result<Step, AppError>;
    async fn remove_step(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        step: &StepId,
        version: Version,
    ) -> Result<(), AppError>;
}

#[async_trait]
pub trait DecisionService: Send + Sync + 'static {
    /// The case's decisions (withdrawn ones left out), in the order they come.
    async fn list(&self, ctx: &RequestContext, case: &CaseId) -> Result<Vec<Decision>, AppError>;
    async fn get(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        decision: &DecisionId,
    ) -> Result<Decision, AppError>;
    async fn create(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        new: &NewDecision,
    ) -> Result<Decision, AppError>;
    async fn update(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        decision: &DecisionId,
        update: &DecisionUpdate,
    ) -> Result<Decision, AppError>;
    async fn record_outcome(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        decision: &DecisionId,
        outcome: &DecisionOutcome,
    ) -> Result<Decision, AppError>;
    /// The decision is no longer coming (the request was withdrawn).
    async fn withdraw(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        decision: &DecisionId,
        version: Version,
    ) -> Result<(), AppError>;
}

#[async_trait]
pub trait MeetingService: Send + Sync + 'static {
    /// Meetings from today on that this reader may see, soonest first.
    async fn list(&self, ctx: &RequestContext, case: &CaseId) -> Result<Vec<Meeting>, AppError>;
    async fn create(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        new: &NewMeeting,
    ) -> Result<Meeting, AppError>;
    async fn update(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        meeting: &MeetingId,
        update: &MeetingUpdate,
    ) -> Result<Meeting, AppError>;
    async fn cancel(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        meeting: &MeetingId,
        version: Version,
    ) -> Result<(), AppError>;
}

#[async_trait]
pub trait DocumentService: Send + Sync + 'static {
    /// Plans and reports, newest first (withdrawn ones left out).
    async fn list(&self, ctx: &RequestContext, case: &CaseId) -> Result<Vec<Document>, AppError>;
    async fn get(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        document: &DocumentId,
    ) -> Result<Document, AppError>;
    async fn create(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        new: &NewDocument,
    ) -> Result<Document, AppError>;
    /// A new document with its PDF, in one transaction: checked (`domain::document_file`)
    /// before anything is stored.
    async fn upload(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        new: &NewDocument,
        file: &NewFile,
    ) -> Result<Document, AppError>;
    /// The document's file, for someone who may see the document; every opening is in the
    /// access log. `NotFound` when there is no file.
    async fn file(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        document: &DocumentId,
    ) -> Result<StoredFile, AppError>;
    async fn update(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        document: &DocumentId,
        update: &DocumentUpdate,
    ) -> Result<Document, AppError>;
    async fn withdraw(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        document: &DocumentId,
        version: Version,
    ) -> Result<(), AppError>;
}

/// Messages (F8, F9) and the unsafe alert (F10). Text arrives already checked
/// (`domain::text`). Messages are never changed or deleted once sent: the thread is the
/// record of what was said.
#[async_trait]
pub trait MessageService: Send + Sync + 'static {
    /// The family's threads, for those who answer them.
    async fn threads(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
    ) -> Result<Vec<ThreadSummary>, AppError>;
    /// One thread; opening it marks the other side's messages read.
    async fn thread(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        line: &Line,
    ) -> Result<Thread, AppError>;
    /// Store once per (author, key); a retry returns the first message's id, a reused key
    /// with other content is refused.
    async fn send(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        line: &Line,
        body: &str,
        key: &IdempotencyKey,
    ) -> Result<MessageId, AppError>;
    /// "Ik voel me niet veilig": an urgent message in the youth's own thread.
    async fn raise_unsafe(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        note: &str,
        key: &IdempotencyKey,
    ) -> Result<MessageId, AppError>;
    /// For professionals on the case: urgent alerts nobody read in time. Empty for family.
    async fn alerts(&self, ctx: &RequestContext, case: &CaseId) -> Result<Vec<Alert>, AppError>;
    /// For a family member with a line: answers in their own thread they have not opened.
    async fn unread_answers(&self, ctx: &RequestContext, case: &CaseId) -> Result<u32, AppError>;
}

/// "Mijn inbreng" (F7) on a decision, and a reaction on a document. Text arrives already
/// checked.
#[async_trait]
pub trait InputService: Send + Sync + 'static {
    async fn for_item(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        on: &InputOn,
    ) -> Result<DecisionInputs, AppError>;
    /// Keep the reader's one draft on an upcoming decision or a document that asks a reaction.
    async fn save_draft(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        on: &InputOn,
        draft: &InputDraft,
    ) -> Result<(), AppError>;
    /// Send, once per (person, key).
    async fn send(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        on: &InputOn,
        input: &InputDraft,
        key: &IdempotencyKey,
    ) -> Result<(), AppError>;
    /// "Ontvangen" (no `outcome`), or what was done with it.
    async fn handle(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        input: &InputId,
        outcome: Option<&str>,
    ) -> Result<(), AppError>;
}

#[async_trait]
pub trait AccountService: Send + Sync + 'static {
    async fn me(&self, ctx: &RequestContext) -> Result<Me, AppError>;
}

/// Activation codes, passkeys, the settings page and rate limits.
#[async_trait]
pub trait IdentityService: Send + Sync + 'static {
    async fn family_access(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
    ) -> Result<FamilyAccessView, AppError>;
    async fn issue_code(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        person: &PersonId,
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
        ctx: &RequestContext,
        current_session: &str,
    ) -> Result<SettingsView, AppError>;
    async fn revoke_passkey(&self, ctx: &RequestContext, passkey_id: &str) -> Result<(), AppError>;
    async fn dismiss_notice(&self, ctx: &RequestContext, notice_id: &str) -> Result<(), AppError>;
    /// Notifications on this browser for the reader (replacing whoever had them here before).
    async fn push_subscribe(
        &self,
        ctx: &RequestContext,
        subscription: &PushSubscription,
        lang: &str,
        user_agent: &str,
    ) -> Result<(), AppError>;
    /// Stop notifications on one of the reader's browsers, named by its id or endpoint.
    async fn push_unsubscribe(&self, ctx: &RequestContext, which: &str) -> Result<(), AppError>;
    /// End one other session of the reader by its handle, or all others with `"others"`.
    async fn end_sessions(
        &self,
        ctx: &RequestContext,
        current_session: &str,
        which: &str,
    ) -> Result<(), AppError>;
}

/// "Mijn gezinnen" (professionals only; anyone else is answered `NotFound`).
#[async_trait]
pub trait WorkService: Send + Sync + 'static {
    /// Every case the professional is on today, with what needs attention: the family whose
    /// most urgent item is most urgent first. Each case's read is logged as `ctx.reading`.
    async fn families(&self, ctx: &RequestContext) -> Result<Vec<FamilyAttention>, AppError>;
    /// The roles the professional's organisation can have on a case, for a new case.
    async fn roles(
        &self,
        ctx: &RequestContext,
    ) -> Result<Vec<crate::domain::ProfessionalRole>, AppError>;
    /// Every professional at work, for putting one on a case (professionals only).
    async fn colleagues(
        &self,
        ctx: &RequestContext,
    ) -> Result<Vec<crate::model::work::Colleague>, AppError>;
}

/// A professional's own absences (professionals only; anyone else is answered `NotFound`).
/// The families they are on read them on the professional's card, with the substitute.
#[async_trait]
pub trait AbsenceService: Send + Sync + 'static {
    /// The professional's absences that are not over yet, soonest first.
    async fn own(&self, ctx: &RequestContext)
        -> Result<Vec<crate::model::team::Absence>, AppError>;
    /// Colleagues of the professional's own organisation, who can take over meanwhile.
    async fn substitutes(
        &self,
        ctx: &RequestContext,
    ) -> Result<Vec<crate::model::work::Colleague>, AppError>;
    async fn report(
        &self,
        ctx: &RequestContext,
        new: &crate::model::team::NewAbsence,
    ) -> Result<crate::model::team::Absence, AppError>;
    async fn cancel(
        &self,
        ctx: &RequestContext,
        absence: &crate::domain::ids::AbsenceId,
    ) -> Result<(), AppError>;
}

/// Onboarding (administrators only; everyone else is answered `NotFound`): organisations, the
/// people who sign in for work, their activation codes, and a professional leaving.
#[async_trait]
pub trait StaffService: Send + Sync + 'static {
    async fn organisations(&self, ctx: &RequestContext)
        -> Result<Vec<StaffOrganisation>, AppError>;
    async fn add_organisation(
        &self,
        ctx: &RequestContext,
        new: &NewOrganisation,
    ) -> Result<StaffOrganisation, AppError>;
    /// Everyone who signs in for work, those who left last.
    async fn members(&self, ctx: &RequestContext) -> Result<Vec<StaffMember>, AppError>;
    async fn add_member(
        &self,
        ctx: &RequestContext,
        new: &NewStaffMember,
    ) -> Result<StaffMember, AppError>;
    /// A new code for someone who has not left; their earlier codes, passkeys and sessions
    /// end (a lost phone).
    async fn issue_code(
        &self,
        ctx: &RequestContext,
        kind: StaffKind,
        id: &str,
    ) -> Result<StaffCode, AppError>;
    /// Whether a reviewer may accept suggestions (make them the wording families read).
    /// `NotFound` for anyone who is not a reviewer at work.
    async fn set_may_accept(
        &self,
        ctx: &RequestContext,
        reviewer: &str,
        may: bool,
    ) -> Result<(), AppError>;
    /// The professional leaves their organisation today: every case relation, code, passkey
    /// and session ends at once. Refused while they are a family's vaste professional.
    async fn leave(
        &self,
        ctx: &RequestContext,
        professional: &ProfessionalId,
    ) -> Result<(), AppError>;
}

/// Keys of the integration API (administrators only; everyone else is answered `NotFound`).
#[async_trait]
pub trait ApiKeyService: Send + Sync + 'static {
    /// Every key, per organisation, with when it was last used.
    async fn api_keys(&self, ctx: &RequestContext) -> Result<Vec<ApiKey>, AppError>;
    /// A new key for an organisation's case system; its token is in the answer only.
    async fn issue_api_key(
        &self,
        ctx: &RequestContext,
        new: &NewApiKey,
    ) -> Result<IssuedApiKey, AppError>;
    /// The key stops working at once (`NotFound` when there is no such key in use).
    async fn revoke_api_key(&self, ctx: &RequestContext, key: &ApiKeyId) -> Result<(), AppError>;
}

/// The review of the texts families read (reviewers and administrators; everyone else is
/// answered `NotFound`). Never case data: texts, their history, and the example family.
#[async_trait]
pub trait WordingService: Send + Sync + 'static {
    /// Who is reviewing, and whether they may accept a suggestion.
    async fn reviewer(
        &self,
        ctx: &RequestContext,
    ) -> Result<crate::model::wording::ReviewerInfo, AppError>;
    /// Every message of `lang` that has a review state (the others are new).
    async fn states(
        &self,
        ctx: &RequestContext,
        lang: crate::i18n::Lang,
    ) -> Result<Vec<crate::model::wording::MessageState>, AppError>;
    /// Per language: how many of its messages are approved (for every language at once).
    async fn approved_counts(
        &self,
        ctx: &RequestContext,
    ) -> Result<Vec<(crate::i18n::Lang, u32)>, AppError>;
    /// One message's history, oldest first.
    async fn history(
        &self,
        ctx: &RequestContext,
        lang: crate::i18n::Lang,
        id: &str,
    ) -> Result<Vec<crate::model::wording::WordingEvent>, AppError>;
    async fn comment(
        &self,
        ctx: &RequestContext,
        lang: crate::i18n::Lang,
        id: &str,
        body: &str,
    ) -> Result<(), AppError>;
    /// A new wording, checked (`wording::shape::check`) before it is kept.
    async fn suggest(
        &self,
        ctx: &RequestContext,
        lang: crate::i18n::Lang,
        id: &str,
        text: &str,
    ) -> Result<(), AppError>;
    async fn set_status(
        &self,
        ctx: &RequestContext,
        lang: crate::i18n::Lang,
        id: &str,
        status: crate::model::wording::WordingStatus,
    ) -> Result<(), AppError>;
    /// Make a suggestion the served wording (an administrator, or a reviewer with that
    /// right): checked again, stored, and served at once by every instance.
    async fn accept(
        &self,
        ctx: &RequestContext,
        lang: crate::i18n::Lang,
        id: &str,
        suggestion: &str,
    ) -> Result<(), AppError>;
    /// Where each text is shown on the example pages, per reader.
    async fn page_index(
        &self,
        ctx: &RequestContext,
    ) -> Result<crate::model::wording::PageIndex, AppError>;
    /// The example family's members and professionals one can view Helder as.
    async fn example_people(&self, ctx: &RequestContext) -> Result<Vec<DemoPerson>, AppError>;
    /// The page to open in review mode as example person `key`.
    async fn example_landing(&self, ctx: &RequestContext, key: &str) -> Result<String, AppError>;
}

#[async_trait]
pub trait DemoService: Send + Sync + 'static {
    /// The demo people; `NotFound` when demo mode is off.
    async fn people(&self) -> Result<Vec<DemoPerson>, AppError>;
    /// The subject behind a demo key and the page to open after sign-in.
    async fn sign_in_as(&self, key: &str) -> Result<(Subject, String), AppError>;
}

/// Every service, provided once per request as context.
#[derive(Clone)]
pub struct Services {
    pub cases: Arc<dyn CaseService>,
    pub people: Arc<dyn PeopleService>,
    pub team: Arc<dyn TeamService>,
    pub timeline: Arc<dyn TimelineService>,
    pub decisions: Arc<dyn DecisionService>,
    pub meetings: Arc<dyn MeetingService>,
    pub documents: Arc<dyn DocumentService>,
    pub messages: Arc<dyn MessageService>,
    pub inputs: Arc<dyn InputService>,
    pub accounts: Arc<dyn AccountService>,
    pub identity: Arc<dyn IdentityService>,
    pub demo: Arc<dyn DemoService>,
    pub staff: Arc<dyn StaffService>,
    pub api_keys: Arc<dyn ApiKeyService>,
    pub work: Arc<dyn WorkService>,
    pub absences: Arc<dyn AbsenceService>,
    pub wording: Arc<dyn WordingService>,
}

impl Services {
    pub fn get() -> Result<Services, AppError> {
        leptos::prelude::use_context::<Services>().ok_or_else(|| {
            tracing::error!("Services missing from context");
            AppError::Internal
        })
    }
}
