//! Props in, view out. Components never call the server themselves.

pub mod error_view;
pub mod hydration;
pub mod layout;
pub mod professional_card;
