//! Props in, view out. Components never call the server themselves — except the passkey
//! islands, whose browser ceremony sits between two server calls, the live-update island,
//! which fetches its own page again, and the notifications island (subscribe, then tell the
//! server).

pub mod case_nav;
pub mod error_view;
pub mod form;
pub mod glossed;
pub mod hydration;
pub mod island_scripts;
pub mod layout;
pub mod letter;
pub mod live_updates;
pub mod outbox;
pub mod passkey;
pub mod professional_card;
pub mod push_toggle;
pub mod quick_exit;
pub mod read_aloud;
pub mod review_marks;
pub mod session_timer;
pub mod shown;
