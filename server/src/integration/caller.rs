//! Who calls the integration API: a case system with one of its organisation's keys
//! (`Authorization: Bearer helder_…`), checked on every call, counted against the key's rate
//! limit, and made into the request context the services take — a system subject acting on
//! behalf of its organisation, as the access log records it.

use http::{header, HeaderMap, StatusCode};
use time::OffsetDateTime;

use super::problem::Problem;
use crate::auth::{api_token, rate_limit};
use crate::services::Backend;
use crate::store::{self, api_keys};
use app::api::context::{RequestContext, RequestId};
use app::domain::ids::OrganisationId;
use app::domain::Subject;
use app::i18n::Lang;
use app::model::staff::ApiScope;

#[derive(Debug, Clone)]
pub struct Caller {
    pub organisation: OrganisationId,
    pub scope: ApiScope,
    pub ctx: RequestContext,
    pub lang: Lang,
}

impl Caller {
    /// Refuse a change with a read key.
    pub fn must_write(&self) -> Result<(), Problem> {
        match self.scope {
            ApiScope::Write => Ok(()),
            ApiScope::Read => Err(Problem::api(
                StatusCode::FORBIDDEN,
                "read-only",
                self.lang,
                "api-error-read-only",
            )),
        }
    }

    /// A refusal of a service or the store, as a problem in the caller's language.
    pub fn fail(&self, error: impl Into<app::error::AppError>) -> Problem {
        Problem::from_error(error.into(), self.lang, &[])
    }

    /// The context for a write that creates something the system names `reference`.
    pub fn creating(&self, reference: &str) -> RequestContext {
        let mut ctx = self.ctx.clone();
        ctx.reference = Some(reference.to_string());
        ctx
    }
}

/// The caller of this request, or the problem to answer: 401 for a missing, unknown, revoked
/// or wrong key (all alike), 429 over the key's rate limit.
pub async fn caller(
    backend: &Backend,
    headers: &HeaderMap,
    request_id: Option<RequestId>,
) -> Result<Caller, Problem> {
    let lang = super::problem::language(headers);
    let fail = |e: app::error::AppError| Problem::from_error(e, lang, &[]);
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    let Some((id, secret)) = token.and_then(api_token::parse) else {
        return Err(Problem::unauthorized(lang));
    };
    let key = api_keys::find(&backend.db, &id)
        .await
        .map_err(|e| fail(e.into()))?;
    let Some(key) = key.filter(|k| k.revoked_at.is_none()) else {
        return Err(Problem::unauthorized(lang));
    };
    if !api_token::matches(secret, &key.secret_hash) {
        return Err(Problem::unauthorized(lang));
    }
    let now = OffsetDateTime::now_utc();
    let now_us = i64::try_from(now.unix_timestamp_nanos() / 1000).unwrap_or(i64::MAX);
    rate_limit::check_bucket(&backend.db, rate_limit::API_CALLS, &key.id, now_us)
        .await
        .map_err(fail)?;
    let minute_ago = (now - time::Duration::minutes(1))
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default();
    api_keys::touch(&backend.db, &key.id, &store::now_text(), &minute_ago)
        .await
        .map_err(|e| fail(e.into()))?;
    let scope =
        store::key("api key scope", &key.scope, ApiScope::from_key).map_err(|e| fail(e.into()))?;
    let organisation: OrganisationId =
        store::id("organisation id", &key.organisation_id).map_err(|e| fail(e.into()))?;
    let mut ctx = RequestContext::for_subject(Some(Subject::System(key.id.clone())));
    ctx.on_behalf_of = Some(organisation.to_string());
    if let Some(id) = request_id {
        ctx.request_id = id;
    }
    Ok(Caller {
        organisation,
        scope,
        ctx,
        lang,
    })
}

impl axum::extract::FromRequestParts<Backend> for Caller {
    type Rejection = Problem;

    async fn from_request_parts(
        parts: &mut http::request::Parts,
        backend: &Backend,
    ) -> Result<Caller, Problem> {
        let id = parts.extensions.get::<RequestId>().cloned();
        caller(backend, &parts.headers, id).await
    }
}

/// The references in the path (the case's, then the item's), checked: a path that does not
/// decode, or a reference of another form, names nothing (404).
pub struct Refs(pub Vec<String>);

impl axum::extract::FromRequestParts<Backend> for Refs {
    type Rejection = Problem;

    async fn from_request_parts(
        parts: &mut http::request::Parts,
        backend: &Backend,
    ) -> Result<Refs, Problem> {
        let lang = super::problem::language(&parts.headers);
        let axum::extract::Path(raw) =
            axum::extract::Path::<Vec<String>>::from_request_parts(parts, backend)
                .await
                .map_err(|_| Problem::not_found(lang))?;
        raw.iter()
            .map(|r| super::reference(r, lang))
            .collect::<Result<_, _>>()
            .map(Refs)
    }
}
