//! Plans and reports of the case.

use async_trait::async_trait;
use tracing::instrument;

use super::validate;
use super::Backend;
use crate::access::Action;
use crate::live::Change;
use crate::store;
use crate::store::references::RefKind;
use app::api::context::RequestContext;
use app::api::services::DocumentService;
use app::domain::document_file;
use app::domain::ids::{CaseId, DocumentId};
use app::domain::DataKind;
use app::domain::Subject;
use app::error::{AppError, FieldErrors, Message};
use app::model::document::{Document, DocumentUpdate, NewDocument, NewFile, StoredFile};
use app::model::Version;

/// A reaction can be asked only by a day on or after the document's own date.
fn check_dates(
    errors: &mut FieldErrors,
    dated: time::Date,
    react_until: Option<time::Date>,
    today: time::Date,
) {
    errors.check("dated", validate::not_after(dated, today));
    if react_until.is_some_and(|until| until < dated) {
        errors.add("react_until", Message::new("error-date-before-document"));
    }
}

impl Backend {
    /// A new document (and its file, if one came), checked first, in one transaction.
    async fn add_document(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        new: &NewDocument,
        file: Option<&NewFile>,
    ) -> Result<Document, AppError> {
        let mut w = self
            .write(ctx, Action::EditDocuments, DataKind::Documents, case)
            .await?;
        let grant = w.grant.clone();
        let mut errors = FieldErrors::new();
        check_dates(&mut errors, new.dated, new.react_until, w.today);
        if let Some(file) = file {
            if let Err(id) = document_file::check_pdf(&file.bytes) {
                errors.add("file", Message::new(id));
            }
        }
        errors.finish()?;
        if !store::organisations::organisation_exists(w.conn(), &new.organisation).await? {
            return Err(AppError::NotFound);
        }
        let id = DocumentId::random();
        store::documents::insert(w.conn(), &grant, &id, new).await?;
        if let Some(file) = file {
            let by = match ctx.subject()? {
                Subject::Professional(me) => Some(me.as_str()),
                _ => None,
            };
            let name = document_file::clean_name(&file.name);
            store::documents::insert_file(w.conn(), &id, &name, &file.bytes, by).await?;
        }
        w.remember(RefKind::Document, id.as_str()).await?;
        let document = store::documents::get_in(w.conn(), &grant, &id).await?;
        w.commit(Change::case(case, DataKind::Documents)).await?;
        Ok(document)
    }
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

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case, document = %document))]
    async fn get(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        document: &DocumentId,
    ) -> Result<Document, AppError> {
        let grant = self
            .read(ctx, Action::ViewDocuments, DataKind::Documents, case)
            .await?;
        Ok(store::documents::get_in(&self.db.pool, &grant, document).await?)
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case, kind = new.kind.key()))]
    async fn create(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        new: &NewDocument,
    ) -> Result<Document, AppError> {
        self.add_document(ctx, case, new, None).await
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case, kind = new.kind.key(), file = ?file))]
    async fn upload(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        new: &NewDocument,
        file: &NewFile,
    ) -> Result<Document, AppError> {
        self.add_document(ctx, case, new, Some(file)).await
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case, document = %document))]
    async fn file(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        document: &DocumentId,
    ) -> Result<StoredFile, AppError> {
        let grant = self
            .read(ctx, Action::ViewDocuments, DataKind::Documents, case)
            .await?;
        Ok(store::documents::file(&self.db, &grant, document).await?)
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
        let mut errors = FieldErrors::new();
        check_dates(&mut errors, current.dated, update.react_until, w.today);
        errors.finish()?;
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
