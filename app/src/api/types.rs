//! What crosses the wire. Only fields a page shows; protected fields are filtered on the
//! server before one of these is built, so they never reach HTML, hydration data or JSON.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::domain::ids::{AssignmentId, CaseId, DecisionId};
use crate::domain::{
    Audience, DataKind, FamilyRelation, OrganisationKind, Phase, ProfessionalRole,
};
pub use crate::model::case::Viewer;
pub use crate::model::team::Reachability;

/// "Mijn overzicht": the vaste professional, everyone else involved and the phase.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Overview {
    pub header: CaseHeader,
    pub case_id: CaseId,
    pub family_name: String,
    pub municipality: String,
    pub phase: Phase,
    pub phase_since: Date,
    pub viewer: Viewer,
    pub vaste: Option<ProfessionalCard>,
    pub others: Vec<ProfessionalCard>,
    /// A change of vaste professional this person has not yet seen.
    pub new_vaste: Option<NewVasteNotice>,
    /// The viewer may hand out access to Helder for this family (the vaste professional).
    pub manages_access: bool,
    /// "Berichten" is offered to this viewer.
    pub can_message: bool,
    /// A youth: the "Ik voel me niet veilig" button.
    pub can_raise_unsafe: bool,
    /// Professionals: urgent alerts of the family nobody has read in time.
    pub alerts: Vec<TeamAlert>,
    /// Family members: what needs their attention now, soonest last day first.
    pub attention: Vec<crate::domain::family_attention::FamilyItem>,
    pub today: Date,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfessionalCard {
    pub name: String,
    pub organisation: String,
    pub organisation_kind: OrganisationKind,
    pub role: ProfessionalRole,
    /// Work phone and e-mail: a professional's contact details are meant to be used.
    pub phone: Option<String>,
    pub email: Option<String>,
    pub reach: Reachability,
    /// Away today, or soon: until when, and whom to reach meanwhile.
    pub absence: Option<CardAbsence>,
    /// Whoever the family would reach now (this professional, or the substitute) is outside
    /// their hours: the card points to the numbers that are always open.
    pub after_hours: bool,
}

/// The reason stays with the professional and their organisation: why a colleague is away
/// (illness above all) is theirs, not the family's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardAbsence {
    pub first_day: Date,
    pub last_day: Date,
    pub back_on: Date,
    pub away_now: bool,
    pub substitute: Option<crate::model::team::Substitute>,
}

/// An urgent alert not read in time, shown to every professional on the case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamAlert {
    pub given_name: String,
    pub date: Date,
    pub time: String,
}

/// A case the signed-in person may open, for the start page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseLink {
    pub case_id: CaseId,
    pub family_name: String,
    pub municipality: String,
    pub phase: Phase,
}

/// The signed-in person, for the page header.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Me {
    pub display_name: String,
    /// Where this person works in Helder, if not on a family's pages.
    pub workplace: Option<Workplace>,
    /// A professional is previewing this family member's pages (of this case).
    pub preview_of: Option<crate::domain::ids::CaseId>,
    /// A reviewer looks at Helder as this member of the example family (review mode).
    #[serde(default)]
    pub reviewing: bool,
}

/// The start page of someone who signs in for work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Workplace {
    /// "Beheer": organisations and people.
    Administration,
    /// "Mijn gezinnen": a professional's caseload.
    Console,
    /// "Teksten nakijken": the review workspace of a reviewer (ervaringsdeskundige).
    Review,
}

impl Workplace {
    pub fn of(subject: &crate::domain::Subject) -> Option<Workplace> {
        match subject {
            crate::domain::Subject::Administrator(_) => Some(Workplace::Administration),
            crate::domain::Subject::Professional(_) => Some(Workplace::Console),
            crate::domain::Subject::Reviewer(_) => Some(Workplace::Review),
            _ => None,
        }
    }

    pub const fn path(self) -> &'static str {
        match self {
            Workplace::Administration => "/beheer",
            Workplace::Console => "/werk",
            Workplace::Review => "/teksten",
        }
    }

    /// The Fluent id of the link to it.
    pub const fn label(self) -> &'static str {
        match self {
            Workplace::Administration => "workplace-administration",
            Workplace::Console => "workplace-console",
            Workplace::Review => "workplace-review",
        }
    }
}

/// Someone the demo page can sign you in as.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DemoPerson {
    /// Opaque key the sign-in form posts back; never a database id.
    pub key: String,
    pub name: String,
    pub kind: DemoPersonKind,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum DemoPersonKind {
    Family {
        relation: FamilyRelation,
        age: u32,
        municipality: String,
    },
    Professional {
        role: ProfessionalRole,
        organisation: String,
    },
}

// ---- The whole picture (F2–F6, F11, F23, F24) ----

use crate::domain::deadlines::DeadlineKind;
use crate::domain::decisions::{DecisionKind, DecisionMaker};
use crate::domain::journey::{DocumentKind, MeetingKind, StepKind, StepState};
use crate::domain::powers::PowerCard;
use crate::domain::rights::Right;

/// What every case page needs for its heading and navigation, and whose texts to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseHeader {
    pub case_id: CaseId,
    pub family_name: String,
    pub phase: Phase,
    /// Whom the texts are written for (the Fluent selector `$audience`).
    pub audience: Audience,
    /// Family members get "mijn/jouw" wording; professionals see the family's pages as is.
    pub is_family: bool,
    /// "Berichten" is offered (an own line, or the family's threads to answer).
    pub can_message: bool,
    /// The case pages this reader may open, for the navigation.
    pub pages: Vec<crate::domain::case_pages::CasePage>,
    /// A youth (not in a preview): "Ik voel me niet veilig" on every page.
    pub can_raise_unsafe: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PowersView {
    pub header: CaseHeader,
    pub people: Vec<PowersEntry>,
    /// What the same people may decide in each other phase, one tap away.
    pub other_phases: Vec<(Phase, Vec<PowersEntry>)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PowersEntry {
    pub name: String,
    pub organisation: String,
    pub role: ProfessionalRole,
    pub is_vaste: bool,
    pub card: PowerCard,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineView {
    pub header: CaseHeader,
    pub steps: Vec<TimelineEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineEntry {
    pub kind: StepKind,
    pub state: StepState,
    pub date: Option<Date>,
    pub organisation: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RightsView {
    pub header: CaseHeader,
    pub today: Date,
    /// Rights of the current phase that are the reader's own, with running deadlines.
    pub now: Vec<RightEntry>,
    /// The other phases and their rights, one tap away.
    pub other_phases: Vec<(Phase, Vec<Right>)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RightEntry {
    pub right: Right,
    pub deadline: Option<RunningDeadline>,
}

/// A legal deadline running for this family: which, from which decision and date, last day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunningDeadline {
    pub kind: DeadlineKind,
    pub from_decision: DecisionKind,
    pub from: Date,
    pub last_day: Date,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionsView {
    pub header: CaseHeader,
    pub today: Date,
    pub upcoming: Vec<DecisionEntry>,
    /// Decisions already taken whose objection term still runs.
    pub recent: Vec<DecisionEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionEntry {
    pub id: DecisionId,
    pub kind: DecisionKind,
    pub maker: DecisionMaker,
    pub expected_on: Option<Date>,
    /// The legal last day for the decision itself, where the law sets one.
    pub decide_by: Option<Date>,
    pub decided_on: Option<Date>,
    /// The last day to object or appeal once decided.
    pub objection: Option<(DeadlineKind, Date)>,
    /// Why, in plain words, and how the family's input was weighed (once decided).
    pub reasons: Option<String>,
    /// Once decided: the last day the measure can last, where the law sets a maximum.
    pub lasts_until: Option<Date>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingsView {
    pub header: CaseHeader,
    pub meetings: Vec<MeetingEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingEntry {
    pub kind: MeetingKind,
    pub date: Date,
    pub time: String,
    pub place: String,
    pub attendees: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentsView {
    pub header: CaseHeader,
    pub documents: Vec<DocumentEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentEntry {
    pub id: crate::domain::ids::DocumentId,
    pub kind: DocumentKind,
    pub dated: Date,
    pub organisation: String,
    pub final_version: bool,
    /// The family may react on this kind of document.
    pub may_react: bool,
    pub react_until: Option<Date>,
    /// A reaction can be given today (it may, and its last day has not passed).
    pub reaction_open: bool,
    /// The PDF, when it was uploaded: the family opens it.
    pub file: Option<crate::model::document::FileInfo>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpView {
    pub header: CaseHeader,
    pub vertrouwenspersoon: Option<OrganisationContact>,
    pub organisations: Vec<OrganisationContact>,
}

/// An organisation with how to reach it and how to complain: the services' record as is.
pub use crate::model::team::Organisation as OrganisationContact;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangesView {
    pub header: CaseHeader,
    /// Newest first.
    pub history: Vec<VasteEntry>,
}

/// One period of a vaste professional, as the services record it.
pub use crate::model::team::VasteSpell as VasteEntry;

/// Shown on the overview until the family member has seen it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewVasteNotice {
    pub change_id: AssignmentId,
    pub name: String,
    pub since: Date,
}

/// "Wie heeft mijn gegevens bekeken" (F14): who looked at the family's data, in plain words.
/// Role and organisation, not the professional's name (security notes B, access transparency).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessLogView {
    pub header: CaseHeader,
    pub entries: Vec<AccessEntry>,
}

/// "Ons gezin": who is in the family on this case, with the contact details this viewer may
/// see. A protected address or phone number of someone else is not in here at all (it is
/// filtered in the database query), so it cannot reach HTML, hydration data or JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FamilyView {
    pub header: CaseHeader,
    pub members: Vec<FamilyMember>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FamilyMember {
    pub name: String,
    pub relation: FamilyRelation,
    /// Children only: their age today.
    pub age: Option<u8>,
    pub gezag: bool,
    /// This is the viewer.
    pub you: bool,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessEntry {
    pub date: Date,
    /// Dutch local time, "HH:MM".
    pub time: String,
    /// `None`: the organisation's case system (through the integration API).
    pub role: Option<ProfessionalRole>,
    pub organisation: String,
    /// The kind of data (Fluent `access-data-<key>`).
    pub data_kind: DataKind,
    pub changed: bool,
    /// Looked at as a family member sees it (a preview).
    pub preview: bool,
}

/// "Op dit toestel": the few facts a family member may keep on their phone to read without
/// internet. Only what the overview and the decision and meeting pages already show them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceSummaryView {
    pub header: CaseHeader,
    pub today: Date,
    pub vaste: Option<ProfessionalCard>,
    /// The decision still to be taken that comes first.
    pub next_decision: Option<DecisionEntry>,
    /// The first meeting this reader is shown.
    pub next_meeting: Option<MeetingEntry>,
    /// A decision taken whose term to object or appeal runs out first.
    pub running_term: Option<DecisionEntry>,
}
