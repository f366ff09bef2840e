use serde::{Deserialize, Serialize};
use time::{Date, Time};

use super::Version;
use crate::domain::ids::{MeetingId, OrganisationId, PersonId, ProfessionalId};
use crate::domain::journey::MeetingKind;
use crate::domain::policy::MeetingVisibility;

/// A meeting this reader may see (see `domain::policy::may_see_meeting`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    pub id: MeetingId,
    pub kind: MeetingKind,
    pub date: Date,
    /// Dutch local time.
    pub time: Time,
    pub place: String,
    /// Professionals first, then family members, by name.
    pub attendees: Vec<Attendee>,
    pub visibility: MeetingVisibility,
    pub version: Version,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attendee {
    pub name: String,
    pub person: Option<PersonId>,
    pub professional: Option<ProfessionalId>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewMeeting {
    pub kind: MeetingKind,
    pub date: Date,
    pub time: Time,
    pub place: String,
    pub organisation: Option<OrganisationId>,
    pub professionals: Vec<ProfessionalId>,
    pub persons: Vec<PersonId>,
    pub visibility: MeetingVisibility,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingUpdate {
    pub date: Date,
    pub time: Time,
    pub place: String,
    pub professionals: Vec<ProfessionalId>,
    pub persons: Vec<PersonId>,
    pub visibility: MeetingVisibility,
    pub version: Version,
}
