//! A case's statuses (ZGW: status): each new phase is posted, and lands on the family's
//! timeline. A POST has no id of its own, so it carries an `Idempotency-Key`: a resend with the
//! same key gets the first answer and changes nothing.

use axum::body::Bytes;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use http::{header, HeaderMap, StatusCode};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use utoipa::ToSchema;

use super::body;
use super::caller::{Caller, Refs};
use super::cases::{case_etag, out, CaseOut};
use super::{answer, case_of, item, Answer, Problem};
use crate::services::Backend;
use crate::store::{self, references};
use app::domain::Phase;
use app::model::timeline::PhaseChange;

/// A new phase of the case, from `on`.
#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StatusIn {
    #[schema(schema_with = super::schemas::phase)]
    pub phase: String,
    #[schema(format = Date)]
    pub on: String,
}

#[utoipa::path(post, path = "/api/v1/cases/{case}/statuses", tag = "cases",
    params(
        ("case" = String, Path, description = "The organisation's reference for the case", example = "Z-1"),
        ("Idempotency-Key" = String, Header, description = "Unique per new status; a resend with the same key and body gets the first answer"),
    ),
    request_body = StatusIn,
    responses(
        (status = 201, description = "The case in its new phase", body = CaseOut,
            headers(("ETag" = String, description = "The case's version"))),
        (status = "4XX", description = "Refused", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn post(
    State(backend): State<Backend>,
    caller: Caller,
    Refs(refs): Refs,
    headers: HeaderMap,
    bytes: Bytes,
) -> Response {
    answer(post_status(&backend, &caller, &refs[0], &headers, &bytes).await)
}

async fn post_status(
    backend: &Backend,
    caller: &Caller,
    reference: &str,
    headers: &HeaderMap,
    bytes: &Bytes,
) -> Answer {
    let lang = caller.lang;
    caller.must_write()?;
    let key = body::idempotency_key(headers, lang)?;
    let input: StatusIn = body::json(headers, bytes, lang)?;
    let id = case_of(backend, caller, reference).await?;
    let problem = |e: app::error::AppError| Problem::from_error(e, lang, &[]);
    // The same request is the same path and the same body, as parsed (spacing aside).
    let request = format!(
        "POST {reference}\n{}",
        serde_json::to_string(&input).unwrap_or_default()
    );
    let request_hash = hex::encode(Sha256::digest(request.as_bytes()));
    let first = references::idempotent_answer(&backend.db.pool, &caller.organisation, &key)
        .await
        .map_err(|e| problem(e.into()))?;
    if let Some((hash, status, body)) = first {
        if hash != request_hash {
            return Err(Problem::api(
                StatusCode::UNPROCESSABLE_ENTITY,
                "idempotency-key",
                lang,
                "api-error-idempotency-reused",
            ));
        }
        let status = u16::try_from(status)
            .ok()
            .and_then(|s| StatusCode::from_u16(s).ok())
            .unwrap_or(StatusCode::CREATED);
        let etag = serde_json::from_str::<serde_json::Value>(&body)
            .ok()
            .and_then(|v| v.get("version").and_then(serde_json::Value::as_i64))
            .map(|v| body::etag(&v.to_string()))
            .unwrap_or_default();
        let mut res = (status, [(header::CONTENT_TYPE, "application/json")], body).into_response();
        if let Ok(v) = etag.parse() {
            res.headers_mut().insert(header::ETAG, v);
        }
        return Ok(res);
    }
    let phase = Phase::from_key(&input.phase)
        .ok_or_else(|| Problem::field(lang, "phase", "error-choose-one"))?;
    let on = body::date(&input.on, "on", lang)?;
    let services = backend.services();
    let current = services
        .cases
        .get(&caller.ctx, &id)
        .await
        .map_err(problem)?;
    body::if_match(headers, Some(&case_etag(&current)), lang)?;
    let case = services
        .timeline
        .change_phase(
            &caller.ctx,
            &id,
            &PhaseChange {
                phase,
                on,
                organisation: Some(caller.organisation.clone()),
                version: current.version,
            },
        )
        .await
        .map_err(problem)?;
    let shown = out(reference, &case);
    let body = serde_json::to_string(&shown).unwrap_or_default();
    references::keep_idempotent_answer(
        &backend.db.pool,
        &caller.organisation,
        &key,
        &request_hash,
        201,
        &body,
        &store::now_text(),
    )
    .await
    .map_err(|e| problem(e.into()))?;
    Ok(item(StatusCode::CREATED, &case_etag(&case), None, &shown))
}
