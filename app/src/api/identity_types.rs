//! What crosses the wire for sign-in, activation codes and the settings page.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::domain::ids::{CaseId, PersonId};
use crate::domain::FamilyRelation;

/// "Toegang tot Helder" on a case, for its vaste professional: each family member and whether
/// they can sign in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FamilyAccessView {
    pub case_id: CaseId,
    pub family_name: String,
    pub people: Vec<FamilyAccess>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FamilyAccess {
    pub person_id: PersonId,
    pub name: String,
    pub relation: FamilyRelation,
    /// Passkeys in use (not revoked).
    pub passkeys: u32,
    /// The expiry date of an unused code, if one is open.
    pub open_code_until: Option<Date>,
}

/// A freshly issued code, shown once to the professional (and printable as a letter).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssuedCode {
    pub case_id: CaseId,
    pub person_name: String,
    /// "K7QM-3XRT-9PDW-H2FN"
    pub code: String,
    pub valid_until: Date,
    pub issued_by: String,
    /// The address the person types the code on, e.g. "https://helder.example/activeren".
    pub activation_url: String,
}

/// A code that was accepted: the person may now make a passkey.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Redeemed {
    pub code_id: String,
    pub subject: crate::domain::Subject,
    pub given_name: String,
}

/// "Instellingen": passkeys, notices about the account, and open sessions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettingsView {
    pub passkeys: Vec<PasskeyInfo>,
    pub notices: Vec<AccountNotice>,
    pub sessions: Vec<SessionInfo>,
    pub push: PushSettings,
}

/// Notifications (Web Push): the server's public key for the browser to subscribe with, and
/// the browsers that get notifications now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushSettings {
    /// base64url, the VAPID public key (`applicationServerKey`).
    pub public_key: String,
    pub devices: Vec<PushDevice>,
}

/// What a browser gives when it subscribes: its push-service mailbox and its keys (base64url).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushSubscription {
    pub endpoint: String,
    pub p256dh: String,
    pub auth: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushDevice {
    pub id: String,
    /// Fluent key suffixes, as for sessions.
    pub browser: String,
    pub system: String,
    pub added: Date,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasskeyInfo {
    pub id: String,
    /// As the person named it; empty when they did not.
    pub device_name: String,
    pub added: Date,
    pub last_used: Option<Date>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountNotice {
    pub id: String,
    /// Fluent key suffix: `passkey-added`, `passkeys-reset`.
    pub kind: String,
    pub detail: String,
    pub date: Date,
    /// Dutch local time, "HH:MM".
    pub time: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionInfo {
    /// An opaque handle (a hash of the session id, never the id itself).
    pub id: String,
    /// Fluent key suffix of the browser family: `chrome`, `firefox`, `safari`, `edge`, `other`.
    pub browser: String,
    /// Fluent key suffix of the system: `android`, `ios`, `windows`, `macos`, `linux`, `other`.
    pub system: String,
    pub started_date: Date,
    pub started_time: String,
    pub current: bool,
}
