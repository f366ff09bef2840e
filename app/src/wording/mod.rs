//! The texts families read, as the review workspace handles them (server side, but for the
//! names of pages): what
//! messages there are per language and where they are written ([`catalog`]), the variables and
//! choices each one has ([`shape`]), how it reads with example values in each of its forms
//! ([`examples`]), whether a suggested wording may replace it ([`shape::check`]), how readable
//! the Dutch is ([`b1`]), and how accepted wording goes back into the `.ftl` files ([`export`]).

#[cfg(feature = "ssr")]
pub mod b1;
#[cfg(feature = "ssr")]
pub mod catalog;
#[cfg(feature = "ssr")]
pub mod examples;
#[cfg(feature = "ssr")]
pub mod export;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod shape;
#[cfg(feature = "ssr")]
pub mod syllables;

#[cfg(feature = "ssr")]
pub use catalog::{catalog, Catalog, Entry};
