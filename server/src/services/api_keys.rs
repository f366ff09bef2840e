//! Keys of the integration API, for administrators: one per case system of an organisation,
//! shown once, stored hashed, revocable, with their last use.

use async_trait::async_trait;
use tracing::instrument;

use super::{validate, Backend};
use crate::auth::api_token;
use crate::store::{self, api_keys, organisations, StoreError};
use app::api::context::RequestContext;
use app::api::services::ApiKeyService;
use app::domain::ids::ApiKeyId;
use app::error::{AppError, FieldErrors};
use app::model::staff::{ApiKey, ApiScope, IssuedApiKey, NewApiKey};

pub(crate) fn api_key(row: api_keys::KeyRow) -> Result<ApiKey, StoreError> {
    let instant = |what, t: Option<String>| t.map(|t| store::instant(what, &t)).transpose();
    Ok(ApiKey {
        id: store::id("api key id", &row.id)?,
        organisation: (
            store::id("organisation id", &row.organisation_id)?,
            row.organisation_name,
        ),
        name: row.name,
        scope: store::key("api key scope", &row.scope, ApiScope::from_key)?,
        created_at: store::instant("api key created", &row.created_at)?,
        last_used_at: instant("api key used", row.last_used_at)?,
        revoked_at: instant("api key revoked", row.revoked_at)?,
    })
}

#[async_trait]
impl ApiKeyService for Backend {
    #[instrument(skip_all, fields(request = %ctx.request_id.0))]
    async fn api_keys(&self, ctx: &RequestContext) -> Result<Vec<ApiKey>, AppError> {
        self.administrator(ctx).await?;
        Ok(api_keys::all(&self.db)
            .await?
            .into_iter()
            .map(api_key)
            .collect::<Result<_, _>>()?)
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, scope = new.scope.key()))]
    async fn issue_api_key(
        &self,
        ctx: &RequestContext,
        new: &NewApiKey,
    ) -> Result<IssuedApiKey, AppError> {
        let admin = self.administrator(ctx).await?;
        let mut errors = FieldErrors::new();
        let name = errors.check("name", validate::line(&new.name));
        let mut tx = self
            .db
            .begin_write()
            .await
            .map_err(StoreError::from_sqlx("begin"))?;
        if !organisations::organisation_exists(&mut tx, &new.organisation).await? {
            errors.add(
                "organisation",
                app::error::Message::new("error-organisation-missing"),
            );
        }
        errors.finish()?;
        let (id, token, secret_hash) = api_token::new_token();
        api_keys::insert(
            &mut tx,
            &api_keys::NewKeyRow {
                id: &id,
                organisation: &new.organisation,
                name: &name.unwrap_or_default(),
                scope: new.scope.key(),
                secret_hash: &secret_hash,
                created_at: &store::now_text(),
                created_by: admin.parts().1,
            },
        )
        .await?;
        tx.commit().await.map_err(StoreError::from_sqlx("commit"))?;
        let key = api_keys::find(&self.db, &id)
            .await?
            .ok_or(AppError::Internal)?;
        Ok(IssuedApiKey {
            key: api_key(key)?,
            token,
        })
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, key = %key))]
    async fn revoke_api_key(&self, ctx: &RequestContext, key: &ApiKeyId) -> Result<(), AppError> {
        self.administrator(ctx).await?;
        let mut tx = self
            .db
            .begin_write()
            .await
            .map_err(StoreError::from_sqlx("begin"))?;
        if !api_keys::revoke(&mut tx, key, &store::now_text()).await? {
            return Err(AppError::NotFound);
        }
        tx.commit().await.map_err(StoreError::from_sqlx("commit"))?;
        Ok(())
    }
}
