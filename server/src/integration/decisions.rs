//! Decisions (ZGW: besluit), by the organisation's own reference. Recording `decided_on`
//! starts the family's legal deadlines; a decision taken stays as it was taken.

use axum::body::Bytes;
use axum::extract::State;
use axum::response::Response;
use http::{HeaderMap, StatusCode};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::body::{self, etag, version_tag};
use super::caller::{Caller, Refs};
use super::{answer, case_of, item, item_id, list as list_answer, named, Answer, Problem};
use crate::services::Backend;
use crate::store::{self, references::RefKind};
use app::domain::decisions::DecisionKind;
use app::domain::ids::{CaseId, DecisionId};
use app::error::AppError;
use app::model::decision::{Decision, DecisionOutcome, DecisionUpdate, NewDecision};

#[derive(Debug, Serialize, ToSchema)]
pub struct DecisionOut {
    /// The organisation's own reference for the decision.
    pub reference: String,
    #[schema(schema_with = super::schemas::decision_kind)]
    pub kind: String,
    #[schema(format = Date)]
    pub started_on: Option<String>,
    #[schema(format = Date)]
    pub expected_on: Option<String>,
    #[schema(format = Date)]
    pub decided_on: Option<String>,
    pub reasons: Option<String>,
    pub version: i64,
}

/// A decision to record or bring up to date. Its kind says who decides and which deadlines
/// follow; it cannot change. With `decided_on` the outcome is recorded: the reasons in plain
/// words and how the family's input was weighed.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DecisionIn {
    #[schema(schema_with = super::schemas::decision_kind)]
    pub kind: String,
    /// When the matter started (melding, request): a legal decision deadline counts from here.
    #[serde(default)]
    #[schema(format = Date)]
    pub started_on: Option<String>,
    #[serde(default)]
    #[schema(format = Date)]
    pub expected_on: Option<String>,
    #[serde(default)]
    #[schema(format = Date)]
    pub decided_on: Option<String>,
    #[serde(default)]
    pub reasons: Option<String>,
}

fn out(reference: &str, d: &Decision) -> DecisionOut {
    DecisionOut {
        reference: reference.to_string(),
        kind: d.kind.key().to_string(),
        started_on: d.started_on.map(store::iso),
        expected_on: d.expected_on.map(store::iso),
        decided_on: d.decided_on.map(store::iso),
        reasons: d.reasons.clone(),
        version: d.version,
    }
}

fn decision_etag(d: &Decision) -> String {
    etag(&version_tag(d.version))
}

async fn decision_of(
    backend: &Backend,
    caller: &Caller,
    case: &CaseId,
    reference: &str,
) -> Result<Option<Decision>, Problem> {
    let Some(id) =
        item_id::<DecisionId>(backend, caller, RefKind::Decision, case, reference).await?
    else {
        return Ok(None);
    };
    let decisions = backend.services().decisions;
    decisions
        .get(&caller.ctx, case, &id)
        .await
        .map(Some)
        .map_err(|e| caller.fail(e))
}

#[utoipa::path(get, path = "/api/v1/cases/{case}/decisions", tag = "decisions",
    params(("case" = String, Path, description = "The organisation's reference for the case", example = "Z-1")),
    responses(
        (status = 200, description = "The decisions the organisation recorded on the case", body = [DecisionOut]),
        (status = "4XX", description = "Refused", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn list(State(backend): State<Backend>, caller: Caller, Refs(refs): Refs) -> Response {
    answer(
        async {
            let case = case_of(&backend, &caller, &refs[0]).await?;
            let all = backend.services().decisions.list(&caller.ctx, &case).await;
            let all = all.map_err(|e| caller.fail(e))?;
            let named = named(&backend, &caller, RefKind::Decision, &case, all, |d| {
                d.id.as_str()
            });
            let out: Vec<DecisionOut> = named.await?.iter().map(|(r, d)| out(r, d)).collect();
            Ok(list_answer(&out))
        }
        .await,
    )
}

#[utoipa::path(get, path = "/api/v1/cases/{case}/decisions/{decision}", tag = "decisions",
    params(
        ("case" = String, Path, description = "The organisation's reference for the case", example = "Z-1"),
        ("decision" = String, Path, description = "The organisation's reference for the decision"),
    ),
    responses(
        (status = 200, description = "The decision", body = DecisionOut,
            headers(("ETag" = String, description = "The decision's version"))),
        (status = "4XX", description = "Refused", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn get(State(backend): State<Backend>, caller: Caller, Refs(refs): Refs) -> Response {
    answer(
        async {
            let case = case_of(&backend, &caller, &refs[0]).await?;
            let d = decision_of(&backend, &caller, &case, &refs[1])
                .await?
                .ok_or_else(|| Problem::not_found(caller.lang))?;
            Ok(item(
                StatusCode::OK,
                &decision_etag(&d),
                None,
                &out(&refs[1], &d),
            ))
        }
        .await,
    )
}

#[utoipa::path(put, path = "/api/v1/cases/{case}/decisions/{decision}", tag = "decisions",
    params(
        ("case" = String, Path, description = "The organisation's reference for the case", example = "Z-1"),
        ("decision" = String, Path, description = "The organisation's reference for the decision"),
        ("If-Match" = Option<String>, Header, description = "Change only if the decision is still at this ETag"),
    ),
    request_body = DecisionIn,
    responses(
        (status = 200, description = "The decision was up to date or is now", body = DecisionOut,
            headers(("ETag" = String, description = "The decision's version"))),
        (status = 201, description = "The decision was recorded", body = DecisionOut,
            headers(("ETag" = String, description = "The decision's version"))),
        (status = "4XX", description = "Refused", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn put(
    State(backend): State<Backend>,
    caller: Caller,
    Refs(refs): Refs,
    headers: HeaderMap,
    bytes: Bytes,
) -> Response {
    answer(put_decision(&backend, &caller, &refs, &headers, &bytes).await)
}

async fn put_decision(
    backend: &Backend,
    caller: &Caller,
    refs: &[String],
    headers: &HeaderMap,
    bytes: &Bytes,
) -> Answer {
    let lang = caller.lang;
    caller.must_write()?;
    let input: DecisionIn = body::json(headers, bytes, lang)?;
    let problem = |e: AppError| Problem::from_error(e, lang, &[]);
    let case = case_of(backend, caller, &refs[0]).await?;
    let (case_ref, reference) = (&refs[0], &refs[1]);
    let kind = DecisionKind::from_key(&input.kind)
        .ok_or_else(|| Problem::field(lang, "kind", "error-choose-one"))?;
    let started_on = body::opt_date(input.started_on.as_deref(), "started_on", lang)?;
    let expected_on = body::opt_date(input.expected_on.as_deref(), "expected_on", lang)?;
    let decided_on = body::opt_date(input.decided_on.as_deref(), "decided_on", lang)?;
    let reasons = input.reasons.filter(|r| !r.trim().is_empty());
    // Checked before anything is written, so a refused outcome leaves no decision behind.
    if decided_on.is_some_and(|on| on > backend.today()) {
        return Err(Problem::field(lang, "decided_on", "error-date-future"));
    }
    let decisions = backend.services().decisions;
    let existing = decision_of(backend, caller, &case, reference).await?;
    let (mut decision, created) = match existing {
        None => {
            body::if_match(headers, None, lang)?;
            let d = decisions
                .create(
                    &caller.creating(reference),
                    &case,
                    &NewDecision {
                        kind,
                        started_on,
                        expected_on,
                        concerns: None,
                    },
                )
                .await
                .map_err(problem)?;
            (d, true)
        }
        Some(current) => {
            body::if_match(headers, Some(&decision_etag(&current)), lang)?;
            if current.kind != kind {
                return Err(Problem::field(lang, "kind", "api-error-decision-kind"));
            }
            (current, false)
        }
    };
    if decision.decided_on.is_none()
        && (decision.started_on != started_on || decision.expected_on != expected_on)
    {
        decision = decisions
            .update(
                &caller.ctx,
                &case,
                &decision.id,
                &DecisionUpdate {
                    started_on,
                    expected_on,
                    version: decision.version,
                },
            )
            .await
            .map_err(problem)?;
    }
    match (decision.decided_on, decided_on) {
        (None, Some(on)) => {
            decision = decisions
                .record_outcome(
                    &caller.ctx,
                    &case,
                    &decision.id,
                    &DecisionOutcome {
                        decided_on: on,
                        reasons,
                        version: decision.version,
                    },
                )
                .await
                .map_err(problem)?;
        }
        // Taken is taken: the same outcome again is a resend; another is refused.
        (Some(was), Some(on)) if was != on || decision.reasons != reasons => {
            return Err(problem(AppError::conflict("error-decision-decided")));
        }
        (Some(_), None) => return Err(problem(AppError::conflict("error-decision-decided"))),
        _ => {}
    }
    let status = if created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    let location = format!("/api/v1/cases/{case_ref}/decisions/{reference}");
    Ok(item(
        status,
        &decision_etag(&decision),
        created.then_some(location.as_str()),
        &out(reference, &decision),
    ))
}
