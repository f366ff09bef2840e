use serde::{Deserialize, Serialize};
use time::Date;

use super::Version;
use crate::domain::ids::PersonId;
use crate::domain::FamilyRelation;

/// A family member on a case, with the contact details this reader may see: a protected
/// field of someone else is `None` here (it is filtered in the database query).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    pub person: PersonId,
    pub given_name: String,
    pub family_name: String,
    pub birth_date: Date,
    pub relation: FamilyRelation,
    pub gezag: bool,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    /// The person's details (name, birth date, contact).
    pub version: Version,
    /// The relation to this case (gezag).
    pub relation_version: Version,
}

/// Contact details and whether they are shielded from the rest of the family.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub address: Option<String>,
    /// A secret address (geheim adres), e.g. after domestic violence [JW 7.3.10].
    pub address_protected: bool,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub contact_protected: bool,
}

/// A person put on a case by the vaste professional.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewMember {
    pub given_name: String,
    pub family_name: String,
    pub birth_date: Date,
    pub relation: FamilyRelation,
    pub gezag: bool,
    pub contact: Contact,
    /// The relation holds from this day.
    pub from: Date,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonUpdate {
    pub given_name: String,
    pub family_name: String,
    pub birth_date: Date,
    pub contact: Contact,
    pub version: Version,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelationUpdate {
    pub gezag: bool,
    pub version: Version,
}
