//! The server's implementation of the app's backend traits: authorize first, then read.

mod cases;
mod family;
mod identity;
mod inputs;
mod messages;
mod picture;

use picture::is_family as picture_is_family;

use std::sync::Arc;

use time::Date;

use crate::auth::passkeys::RelyingParty;
use crate::db::Db;
use crate::live::{Change, Live};
use crate::push::Pusher;

/// Shared by every request. Cheap to clone.
#[derive(Clone)]
pub struct AppBackend {
    pub db: Db,
    pub demo: bool,
    clock: Arc<dyn Fn() -> Date + Send + Sync>,
    rp: RelyingParty,
    /// `https://helder.example`: printed on activation letters.
    public_url: String,
    /// How long an activation code works.
    code_days: u32,
    /// Where committed changes are announced to open pages.
    live: Live,
    /// Web Push: the server's key and the push services it may post to.
    pusher: Pusher,
}

/// What sign-in needs from the configuration.
#[derive(Clone)]
pub struct IdentitySettings {
    pub rp: RelyingParty,
    pub public_url: String,
    pub code_days: u32,
}

impl AppBackend {
    pub fn new(db: Db, demo: bool, identity: IdentitySettings, live: Live, pusher: Pusher) -> Self {
        AppBackend {
            db,
            demo,
            clock: Arc::new(app::domain::calendar::dutch_today),
            rp: identity.rp,
            public_url: identity.public_url,
            code_days: identity.code_days,
            live,
            pusher,
        }
    }

    /// Today in the Netherlands: relations, ages and deadlines are judged on this date.
    pub fn today(&self) -> Date {
        (self.clock)()
    }

    /// Tell open pages that `change` happened (after its transaction committed).
    pub(crate) async fn announce(&self, change: Change) {
        self.live.publish(change).await;
    }

    pub fn pusher(&self) -> Pusher {
        self.pusher.clone()
    }

    pub fn backends(&self) -> app::api::backend::Backends {
        let me = Arc::new(self.clone());
        app::api::backend::Backends {
            cases: me.clone(),
            accounts: me.clone(),
            identity: me.clone(),
            messages: me.clone(),
            inputs: me.clone(),
            demo: me,
        }
    }
}

/// Whether "Berichten" is offered: an own line, or the family's threads to answer.
pub(crate) fn can_message(actor: crate::access::ActorKind) -> bool {
    use crate::access::{decide, Action, Decision};
    decide(actor, Action::ViewOwnThread) == Decision::Allow
        || decide(actor, Action::ViewFamilyThreads) == Decision::Allow
}
