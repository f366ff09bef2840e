//! The server's implementation of the app's backend traits: authorize first, then read.

mod cases;
mod picture;

use std::sync::Arc;

use time::Date;

use crate::db::Db;

/// Shared by every request. Cheap to clone.
#[derive(Clone)]
pub struct AppBackend {
    pub db: Db,
    pub demo: bool,
    clock: Arc<dyn Fn() -> Date + Send + Sync>,
}

impl AppBackend {
    pub fn new(db: Db, demo: bool) -> Self {
        AppBackend {
            db,
            demo,
            clock: Arc::new(app::domain::calendar::dutch_today),
        }
    }

    /// Today in the Netherlands: relations, ages and deadlines are judged on this date.
    pub fn today(&self) -> Date {
        (self.clock)()
    }

    pub fn backends(&self) -> app::api::backend::Backends {
        let me = Arc::new(self.clone());
        app::api::backend::Backends {
            cases: me.clone(),
            accounts: me.clone(),
            demo: me,
        }
    }
}
