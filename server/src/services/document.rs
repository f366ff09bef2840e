//! Plans and reports of the case.

use async_trait::async_trait;
use tracing::instrument;

use super::validate;
use super::Backend;
use crate::access::Action;
use crate::live::Change;
use crate::store;
use app::api::context::RequestContext;
use app::api::services::DocumentService;
use app::domain::ids::{CaseId, DocumentId};
use app::domain::DataKind;
use app::error::{AppError, FieldErrors, Message};
use app::model::document::{Document, DocumentUpdate, NewDocument};
use app::model::Version;

/// A reaction can be asked only by a day on or after the document's own date.
fn check_dates(
    dated: time::Date,
    react_until: Option<time::Date>,
    today: time::Date,
) -> Result<(), AppError> {
    let mut errors = FieldErrors::new();
    errors.check("dated", validate::not_after(dated, today));
    if react_until.is_some_and(|until| until < dated) {
        errors.add("react_until", Message::new("error-date-before-document"));
    }
    errors.finish()
}

#[async_trait]
impl DocumentService for Backend {
    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case))]
    async fn list(&self, ctx: &RequestContext, case: &CaseId) -> Result<Vec<Document>, AppError> {
        let grant = self
            .read(ctx, Action::ViewDocuments, DataKind::Documents, case)
            .await?;
        Ok(store::documents::list(&self.db, &grant).await?)
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case, kind = new.kind.key()))]
    async fn create(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        new: &NewDocument,
    ) -> Result<Document, AppError> {
        let mut w = self
            .write(ctx, Action::EditDocuments, DataKind::Documents, case)
            .await?;
        let grant = w.grant.clone();
        check_dates(new.dated, new.react_until, w.today)?;
        if !store::organisations::organisation_exists(w.conn(), &new.organisation).await? {
            return Err(AppError::NotFound);
        }
        let id = DocumentId::random();
        store::documents::insert(w.conn(), &grant, &id, new).await?;
        let document = store::documents::get_in(w.conn(), &grant, &id).await?;
        w.commit(Change::case(case, DataKind::Documents)).await?;
        Ok(document)
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case, document = %document))]
    async fn update(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        document: &DocumentId,
        update: &DocumentUpdate,
    ) -> Result<Document, AppError> {
        let mut w = self
            .write(ctx, Action::EditDocuments, DataKind::Documents, case)
            .await?;
        let grant = w.grant.clone();
        let current = store::documents::get_in(w.conn(), &grant, document).await?;
        check_dates(current.dated, update.react_until, w.today)?;
        store::documents::update(w.conn(), &grant, document, update).await?;
        let changed = store::documents::get_in(w.conn(), &grant, document).await?;
        w.commit(Change::case(case, DataKind::Documents)).await?;
        Ok(changed)
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case, document = %document))]
    async fn withdraw(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        document: &DocumentId,
        version: Version,
    ) -> Result<(), AppError> {
        let mut w = self
            .write(ctx, Action::EditDocuments, DataKind::Documents, case)
            .await?;
        let grant = w.grant.clone();
        let today = w.today;
        store::documents::withdraw(w.conn(), &grant, document, today, version).await?;
        w.commit(Change::case(case, DataKind::Documents)).await
    }
}
