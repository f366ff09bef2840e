//! Pure rules of the jeugdbeschermingsketen: no I/O, compiled into both the server and the
//! browser, so the page that explains a rule and the server that enforces it use one definition.
//! Facts and their sources: `shared/domain.md` (source keys in comments, e.g. [BW 1:255]).

pub mod activation_code;
pub mod age;
pub mod calendar;
pub mod deadlines;
pub mod decisions;
pub mod ids;
pub mod journey;
pub mod messages;
pub mod organisation;
pub mod phase;
pub mod powers;
pub mod rights;
pub mod role;
pub mod subject;
pub mod text;

pub use age::{age_on, AgeTier};
pub use organisation::OrganisationKind;
pub use phase::Phase;
pub use role::{FamilyRelation, ProfessionalRole};
pub use subject::Subject;
