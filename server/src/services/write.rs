//! One write: authorise, run in one transaction, log the change in that transaction, commit,
//! then announce it to open pages. Every service write goes through here, so none can forget
//! the log, write half, or announce what did not commit.

use time::Date;

use super::Backend;
use crate::access::{self, Action, Grant};
use crate::live::Change;
use crate::store::references::{RefKind, Reference};
use crate::store::{self, Conn, StoreError, Tx};
use app::api::context::RequestContext;
use app::domain::ids::CaseId;
use app::domain::{DataKind, Subject};
use app::error::AppError;

pub(crate) struct Write<'a> {
    backend: &'a Backend,
    ctx: &'a RequestContext,
    pub grant: Grant,
    tx: Tx,
    data: DataKind,
    pub today: Date,
    /// The writer's role for the access log, as it was before the change.
    role: Option<access::LoggedRole>,
}

impl Backend {
    /// Start a write of `data` on `case`, allowed by `action`. Refused: `NotFound` (or
    /// `NotSignedIn`), and nothing began.
    pub(crate) async fn write<'a>(
        &'a self,
        ctx: &'a RequestContext,
        action: Action,
        data: DataKind,
        case: &CaseId,
    ) -> Result<Write<'a>, AppError> {
        let today = self.today();
        let grant = access::authorize_change(&self.db, ctx, action, case, today).await?;
        let role = access::role_for_log(&self.db, ctx, &grant, today).await?;
        let mut write = self.write_granted(ctx, grant, data).await?;
        write.role = role;
        Ok(write)
    }

    /// A write whose grant was made otherwise (a case that did not exist before this write).
    pub(crate) async fn write_granted<'a>(
        &'a self,
        ctx: &'a RequestContext,
        grant: Grant,
        data: DataKind,
    ) -> Result<Write<'a>, AppError> {
        let tx = self
            .db
            .begin_write()
            .await
            .map_err(StoreError::from_sqlx("begin write"))?;
        Ok(Write {
            backend: self,
            ctx,
            grant,
            tx,
            data,
            today: self.today(),
            role: None,
        })
    }
}

impl Write<'_> {
    /// The transaction's connection, for the store's write functions.
    pub(crate) fn conn(&mut self) -> &mut Conn {
        &mut self.tx
    }

    /// Keep a case system's own reference for the item this write creates, in this
    /// transaction (see `RequestContext::reference`); nothing for anyone else.
    pub(crate) async fn remember(&mut self, kind: RefKind, id: &str) -> Result<(), AppError> {
        let (Some(Subject::System(_)), Some(reference), Some(organisation)) = (
            self.ctx.subject.as_ref(),
            self.ctx.reference.as_ref(),
            self.ctx.on_behalf_of.as_ref(),
        ) else {
            return Ok(());
        };
        let reference = Reference {
            organisation: store::id("organisation id", organisation)?,
            kind,
            reference: reference.clone(),
        };
        let case = self.grant.case_id().clone();
        store::references::insert(&mut self.tx, &reference, &case, id).await?;
        Ok(())
    }

    /// Log the change (for a professional), commit, and announce `change` (if anyone else
    /// needs to hear of it).
    pub(crate) async fn commit(
        mut self,
        change: impl Into<Option<Change>>,
    ) -> Result<(), AppError> {
        let role = self.role.take();
        access::record_change(
            &mut self.tx,
            self.ctx,
            &self.grant,
            self.data,
            self.today,
            role,
        )
        .await?;
        self.tx
            .commit()
            .await
            .map_err(StoreError::from_sqlx("commit write"))?;
        if let Some(change) = change.into() {
            self.backend.announce(change).await;
        }
        Ok(())
    }

    /// Nothing changed after all (a retry of something already stored): no log row, no news.
    pub(crate) async fn nothing_changed(self) -> Result<(), AppError> {
        self.tx
            .rollback()
            .await
            .map_err(StoreError::from_sqlx("rollback write"))?;
        Ok(())
    }
}
