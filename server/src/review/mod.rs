//! Review mode: reviewers read the texts on real pages of a fictional example family, every
//! text marked with the message it came from. The example family lives in a database of its
//! own — SQLite in this process's memory, seeded with the demo families — and is served by
//! services of its own, so a request in review mode cannot reach a real case, also on a
//! production server where demo sign-in is off. Its ids are counted, not random, so every
//! instance makes the same example family.
//!
//! - [`layer`]: the middleware that puts a reviewer's request in review mode and marks the
//!   page's texts;
//! - [`crawl`]: the index of which page shows which text, made by opening every example page
//!   as each reader.

pub mod crawl;
pub mod layer;

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use app::api::context::{RequestContext, ReviewAs};
use app::api::services::{DemoService, Services};
use app::api::types::DemoPerson;
use app::domain::Subject;
use app::error::AppError;
use app::model::wording::PageIndex;
use tokio::sync::OnceCell;

use crate::db::Db;
use crate::live::Live;
use crate::push::{Pusher, VapidKeys};
use crate::services::{Backend, IdentitySettings};

/// The example family's own server side: database, services, people.
pub struct ExampleSite {
    pub backend: Backend,
    pub services: Services,
    pub people: Vec<DemoPerson>,
    /// Per example person's key: who they are and the page they land on.
    subjects: HashMap<String, (Subject, String)>,
}

impl ExampleSite {
    async fn build(settings: IdentitySettings) -> Result<ExampleSite, AppError> {
        let db = Db::in_memory().await.map_err(|e| {
            tracing::error!(error = %e, "the example family's database could not be made");
            AppError::Internal
        })?;
        let today = app::domain::calendar::dutch_today();
        crate::demo::seed(&db, today, &mut crate::demo::IdSource::Counted(0)).await?;
        let live = Live::start(db.clone(), "sqlite::memory:").await;
        let keys = VapidKeys::load_or_make(&db).await?;
        let pusher = Pusher::new(db.clone(), keys, vec![]);
        let backend = Backend::new(db, true, settings, live, pusher);
        let services = backend.services();
        let people = backend.people().await?;
        let mut subjects = HashMap::new();
        for person in &people {
            let (subject, landing) = backend.sign_in_as(&person.key).await?;
            subjects.insert(person.key.clone(), (subject, landing));
        }
        Ok(ExampleSite {
            backend,
            services,
            people,
            subjects,
        })
    }

    /// The page `key` lands on, if `key` is an example person.
    pub fn landing(&self, key: &str) -> Option<&str> {
        self.subjects.get(key).map(|(_, path)| path.as_str())
    }

    /// A request of `key`'s in review mode (`None` key: nobody signed in, the public pages).
    pub fn review_as(&self, key: Option<&str>) -> Option<ReviewAs> {
        let subject = match key {
            Some(key) => Some(self.subjects.get(key)?.0.clone()),
            None => None,
        };
        Some(ReviewAs {
            subject,
            services: self.services.clone(),
        })
    }
}

/// Makes the router of the app's pages in review mode.
pub type PagesBuilder = Box<dyn Fn() -> axum::Router + Send + Sync>;

/// Review mode of one server instance: the example family (made on first use) and the index of
/// its pages (made on first use, then kept for the process: code and example family do not
/// change while the server runs).
pub struct ReviewState {
    settings: IdentitySettings,
    example: OnceCell<Arc<ExampleSite>>,
    /// Makes the app's pages, with the review layer, for the index to open (set at start-up,
    /// called only when an index is made: building the routes a second time cost every
    /// server start about 0.4 s in a debug build).
    pages: OnceLock<PagesBuilder>,
}

impl ReviewState {
    pub fn new(settings: IdentitySettings) -> ReviewState {
        ReviewState {
            settings,
            example: OnceCell::new(),
            pages: OnceLock::new(),
        }
    }

    pub async fn example(&self) -> Result<Arc<ExampleSite>, AppError> {
        self.example
            .get_or_try_init(|| async {
                Ok::<_, AppError>(Arc::new(ExampleSite::build(self.settings.clone()).await?))
            })
            .await
            .cloned()
    }

    pub fn set_pages(&self, build: PagesBuilder) {
        let _ = self.pages.set(build);
    }

    pub async fn page_index(&self) -> Result<PageIndex, AppError> {
        // Which page shows which text depends on the code and the example family alone, so
        // one index serves every instance in this process (tests run many).
        static INDEX: OnceCell<PageIndex> = OnceCell::const_new();
        INDEX
            .get_or_try_init(|| async {
                let router = self.pages.get().map(|build| build()).ok_or_else(|| {
                    tracing::error!("review mode has no pages to open");
                    AppError::Internal
                })?;
                crawl::index(router, &*self.example().await?).await
            })
            .await
            .cloned()
    }
}

/// Whether `ctx`'s subject is a reviewer or administrator who may use review mode: checked
/// against the database (not one who left).
pub async fn may_review(backend: &Backend, ctx: &RequestContext) -> bool {
    use app::api::services::WordingService;
    backend.reviewer(ctx).await.is_ok()
}
