//! What the case services return and take: plain records of a family's case, in domain types
//! (typed ids, enums, dates), shaped like resources rather than pages. Pages build their views
//! from these (`crate::views`); the integration API will serialise them.
//!
//! Every item that can be edited carries its `version`: an update names the version it was
//! based on, and a stale one is refused as a conflict instead of overwriting someone else's
//! change.

pub mod access;
pub mod case;
pub mod decision;
pub mod document;
pub mod input;
pub mod meeting;
pub mod message;
pub mod people;
pub mod staff;
pub mod team;
pub mod timeline;
pub mod wording;
pub mod work;

/// The version of an editable item: 1 when made, one more with every change.
pub type Version = i64;
