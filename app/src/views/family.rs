//! "Ons gezin" and "Wie heeft mijn gegevens bekeken".

use crate::api::types::{AccessEntry, AccessLogView, FamilyMember, FamilyView};
use crate::domain::{age_on, FamilyRelation, Subject};
use crate::model::access::Access;
use crate::model::case::OpenedCase;
use crate::model::people::Member;

use super::header;

/// The family members with the contact details the services let through (a protected field of
/// someone else is already `None`). `reader` marks the reader's own card.
pub fn family_view(opened: &OpenedCase, members: Vec<Member>, reader: &Subject) -> FamilyView {
    let today = opened.today;
    let blank = |v: Option<String>| v.filter(|s| !s.trim().is_empty());
    FamilyView {
        header: header(opened),
        members: members
            .into_iter()
            .map(|m| FamilyMember {
                name: format!("{} {}", m.given_name, m.family_name),
                relation: m.relation,
                age: (m.relation == FamilyRelation::Child)
                    .then(|| u8::try_from(age_on(m.birth_date, today)).unwrap_or(u8::MAX)),
                gezag: m.gezag,
                you: matches!(reader, Subject::Person(id) if id == m.person.as_str()),
                address: blank(m.address),
                phone: blank(m.phone),
                email: blank(m.email),
            })
            .collect(),
    }
}

pub fn access_log_view(opened: &OpenedCase, entries: Vec<Access>) -> AccessLogView {
    AccessLogView {
        header: header(opened),
        entries: entries
            .into_iter()
            .map(|e| {
                let (date, time) = super::local(e.at);
                AccessEntry {
                    date,
                    time,
                    role: e.role,
                    organisation: e.organisation,
                    data_kind: e.data,
                    changed: e.changed,
                    preview: e.preview,
                }
            })
            .collect(),
    }
}
