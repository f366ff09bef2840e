//! The seam between the app and the server crate (server side only). The server implements
//! these traits with the database, the access policy and the access log, and provides them
//! through Leptos context; the app never sees a database type.

use std::sync::Arc;

use async_trait::async_trait;

use super::types::{CaseLink, DemoPerson, Me, Overview};
use super::AppError;
use crate::domain::Subject;

#[async_trait]
pub trait CaseBackend: Send + Sync + 'static {
    /// The overview of one case, if `who` may see it; otherwise `NotFound`.
    async fn overview(&self, who: &Subject, case_id: &str) -> Result<Overview, AppError>;
    /// The cases `who` has a current relation to.
    async fn my_cases(&self, who: &Subject) -> Result<Vec<CaseLink>, AppError>;
}

#[async_trait]
pub trait AccountBackend: Send + Sync + 'static {
    async fn me(&self, who: &Subject) -> Result<Me, AppError>;
}

#[async_trait]
pub trait DemoBackend: Send + Sync + 'static {
    /// The demo people; `NotFound` when demo mode is off.
    async fn people(&self) -> Result<Vec<DemoPerson>, AppError>;
    /// The subject behind a demo key and the page to open after sign-in.
    async fn sign_in_as(&self, key: &str) -> Result<(Subject, String), AppError>;
}

/// Everything the server functions need, provided once per request as context.
#[derive(Clone)]
pub struct Backends {
    pub cases: Arc<dyn CaseBackend>,
    pub accounts: Arc<dyn AccountBackend>,
    pub demo: Arc<dyn DemoBackend>,
}

impl Backends {
    pub fn get() -> Result<Backends, AppError> {
        leptos::prelude::use_context::<Backends>().ok_or_else(|| {
            tracing::error!("Backends missing from context");
            AppError::Internal
        })
    }
}
