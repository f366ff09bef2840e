//! Pure rules of the jeugdbeschermingsketen: no I/O, compiled into both the server and the
//! browser, so the page that explains a rule and the server that enforces it use one definition.
//! Facts and their sources: `shared/domain.md` (source keys in comments, e.g. [BW 1:255]).

pub mod absence;
pub mod activation_code;
pub mod age;
pub mod attention;
pub mod audience;
pub mod calendar;
pub mod case_pages;
pub mod data_kind;
pub mod deadlines;
pub mod decisions;
pub mod document_file;
pub mod family_attention;
pub mod ids;
pub mod journey;
pub mod messages;
pub mod organisation;
pub mod phase;
pub mod policy;
pub mod powers;
pub mod rights;
pub mod role;
pub mod subject;
pub mod team;
pub mod text;

pub use age::{age_on, AgeTier};
pub use audience::Audience;
pub use data_kind::DataKind;
pub use organisation::OrganisationKind;
pub use phase::Phase;
pub use policy::{decide, Action, ActorKind, Decision};
pub use role::{FamilyRelation, ProfessionalRole};
pub use subject::Subject;
