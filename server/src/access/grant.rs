//! The proof an authorization decision leaves behind. Store functions that read or write a
//! case take one, so they cannot be called without the decision; only `access` makes them.
//! Kept apart from the rest of `access`, which reads the store, so the store can name it.

use app::domain::ids::CaseId;
use app::domain::policy::ActorKind;

/// Proof that an authorization decision allowed an action on `case_id` for this request.
#[derive(Debug, Clone)]
pub struct Grant {
    case_id: CaseId,
    actor: ActorKind,
}

impl Grant {
    pub fn case_id(&self) -> &CaseId {
        &self.case_id
    }

    pub fn actor(&self) -> ActorKind {
        self.actor
    }

    /// What `access::authorize` hands out when the policy allows.
    pub(super) fn new(case_id: &CaseId, actor: ActorKind) -> Grant {
        Grant {
            case_id: case_id.clone(),
            actor,
        }
    }

    /// For the demo seeder only: it writes fictional cases before anyone is related to them,
    /// as the system, without an actor and without access-log rows.
    pub(crate) fn for_seeding(case_id: &CaseId) -> Grant {
        Grant {
            case_id: case_id.clone(),
            actor: ActorKind::VasteProfessional,
        }
    }

    /// The professional who just opened `case_id` is on it from now on (see `services::case`).
    pub(crate) fn for_new_case(case_id: &CaseId, actor: ActorKind) -> Grant {
        Grant {
            case_id: case_id.clone(),
            actor,
        }
    }
}
