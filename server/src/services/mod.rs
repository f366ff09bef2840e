//! The case services: one module per resource, each implementing the app's service trait
//! (`app::api::services`) for [`Backend`]. Every function takes the request's context, asks
//! `access` first, and returns domain records; every write runs in one transaction through
//! [`write::Write`], which logs the change and announces it in one place. The Leptos pages
//! and the integration API call the same functions.

mod absence;
mod account;
mod api_keys;
mod case;
mod decision;
mod demo;
mod document;
mod identity;
mod input;
mod meeting;
mod message;
mod people;
mod staff;
mod team;
mod timeline;
mod validate;
mod wording;
mod work;
pub(crate) mod write;

use std::sync::Arc;

use time::Date;

use crate::access::{self, Action, Grant};
use crate::auth::passkeys::RelyingParty;
use crate::db::Db;
use crate::live::{Change, Live};
use crate::push::Pusher;
use app::api::context::RequestContext;
use app::domain::ids::CaseId;
use app::domain::DataKind;
use app::error::AppError;

/// Shared by every request. Cheap to clone.
#[derive(Clone)]
pub struct Backend {
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
    /// The accepted wording this instance serves (see `services::wording`).
    pub wording: app::i18n::Wording,
    /// Review mode's example family and the index of its pages (`crate::review`).
    pub(crate) review: Arc<crate::review::ReviewState>,
}

/// What sign-in needs from the configuration.
#[derive(Clone)]
pub struct IdentitySettings {
    pub rp: RelyingParty,
    pub public_url: String,
    pub code_days: u32,
}

impl Backend {
    pub fn new(db: Db, demo: bool, identity: IdentitySettings, live: Live, pusher: Pusher) -> Self {
        let review = Arc::new(crate::review::ReviewState::new(identity.clone()));
        Backend {
            db,
            demo,
            clock: Arc::new(app::domain::calendar::dutch_today),
            rp: identity.rp,
            public_url: identity.public_url,
            code_days: identity.code_days,
            live,
            pusher,
            wording: app::i18n::Wording::default(),
            review,
        }
    }

    /// Review mode's state: the example family and the index of its pages.
    pub fn review(&self) -> Arc<crate::review::ReviewState> {
        Arc::clone(&self.review)
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

    /// Authorise a read of `data` on `case` (logged for professionals, see `access`).
    pub(crate) async fn read(
        &self,
        ctx: &RequestContext,
        action: Action,
        data: DataKind,
        case: &CaseId,
    ) -> Result<Grant, AppError> {
        access::authorize(&self.db, ctx, action, data, case, self.today()).await
    }

    /// Every service, for the app's context.
    pub fn services(&self) -> app::api::services::Services {
        let me = Arc::new(self.clone());
        app::api::services::Services {
            cases: me.clone(),
            people: me.clone(),
            team: me.clone(),
            timeline: me.clone(),
            decisions: me.clone(),
            meetings: me.clone(),
            documents: me.clone(),
            messages: me.clone(),
            inputs: me.clone(),
            accounts: me.clone(),
            identity: me.clone(),
            demo: me.clone(),
            staff: me.clone(),
            api_keys: me.clone(),
            absences: me.clone(),
            wording: me.clone(),
            work: me,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::Path;

    /// Fluent ids written in Rust as a refusal's message: `invalid("…")`, `conflict("…")`,
    /// `Message::new("…")`.
    fn refusal_ids(dir: &Path, out: &mut BTreeSet<String>) {
        for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                refusal_ids(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("read file");
                for marker in ["invalid(\"", "conflict(\"", "Message::new(\""] {
                    for (i, _) in text.match_indices(marker) {
                        let rest = &text[i + marker.len()..];
                        let Some(end) = rest.find('"') else { continue };
                        let id = &rest[..end];
                        if id.starts_with("error-") {
                            out.insert(id.to_string());
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn every_refusal_the_server_or_app_gives_has_a_dutch_and_english_text() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut ids = BTreeSet::new();
        refusal_ids(&root.join("src"), &mut ids);
        refusal_ids(&root.join("../app/src"), &mut ids);
        assert!(ids.len() > 20, "found {} ids", ids.len());
        let missing: Vec<_> = ids.iter().filter(|id| !app::i18n::exists(id)).collect();
        assert!(missing.is_empty(), "refusals without a text: {missing:?}");
    }
}
