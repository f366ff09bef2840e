//! Cases (ZGW: zaak), by the organisation's own reference.

use axum::body::Bytes;
use axum::extract::State;
use axum::response::Response;
use http::{HeaderMap, StatusCode};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::body::{self, etag, version_tag};
use super::caller::{Caller, Refs};
use super::{answer, case_of, item, list as list_answer, Answer, Problem};
use crate::services::Backend;
use crate::store::{self, references};
use app::domain::{Phase, ProfessionalRole};
use app::model::case::{Case, CaseUpdate, NewCase};

/// A family's case as the API shows it.
#[derive(Debug, Serialize, ToSchema)]
pub struct CaseOut {
    /// The organisation's own reference for the case (its zaaknummer).
    pub reference: String,
    pub family_name: String,
    pub municipality: String,
    #[schema(schema_with = super::schemas::phase)]
    pub phase: String,
    #[schema(format = Date)]
    pub phase_since: String,
    #[schema(format = Date)]
    pub reported_on: Option<String>,
    pub reported_by: Option<String>,
    #[schema(format = Date)]
    pub closed_on: Option<String>,
    /// Changes with every change of the case; also its `ETag`.
    pub version: i64,
}

/// A case to create or bring up to date. The melding, the phase, the professional and their
/// role are used when the case is created; later the phase changes through its statuses.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CaseIn {
    pub family_name: String,
    pub municipality: String,
    /// When the melding came in.
    #[schema(format = Date)]
    pub reported_on: String,
    /// Who made the melding (a school, the police …); leave out for an anonymous one.
    #[serde(default)]
    pub reported_by: Option<String>,
    #[schema(schema_with = super::schemas::phase)]
    pub phase: String,
    /// The e-mail address in Helder of the organisation's professional who is on the case
    /// from then on (its vaste professional, where the role can be one).
    pub professional_email: String,
    #[schema(schema_with = super::schemas::role)]
    pub role: String,
}

/// The body's names for the services' fields.
const FIELDS: &[(&str, &str)] = &[("professional", "professional_email")];

pub fn out(reference: &str, case: &Case) -> CaseOut {
    CaseOut {
        reference: reference.to_string(),
        family_name: case.family_name.clone(),
        municipality: case.municipality.clone(),
        phase: case.phase.key().to_string(),
        phase_since: store::iso(case.phase_since),
        reported_on: case.reported_on.map(store::iso),
        reported_by: case.reported_by.clone(),
        closed_on: case.closed_on.map(store::iso),
        version: case.version,
    }
}

pub fn case_etag(case: &Case) -> String {
    etag(&version_tag(case.version))
}

fn location(reference: &str) -> String {
    format!("/api/v1/cases/{reference}")
}

/// The organisation's cases that it is still on.
#[utoipa::path(get, path = "/api/v1/cases", tag = "cases",
    responses(
        (status = 200, description = "The organisation's cases", body = [CaseOut]),
        (status = "4XX", description = "Refused", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn list(State(backend): State<Backend>, caller: Caller) -> Response {
    answer(
        async {
            let refs = references::cases(&backend.db.pool, &caller.organisation)
                .await
                .map_err(|e| caller.fail(e))?;
            let cases = backend.services().cases;
            let mut out = vec![];
            for (reference, id) in refs {
                let Ok(id) = id.parse() else { continue };
                // A case the organisation is no longer on is not its to list.
                match cases.get(&caller.ctx, &id).await {
                    Ok(case) => out.push(self::out(&reference, &case)),
                    Err(app::error::AppError::NotFound) => {}
                    Err(e) => return Err(caller.fail(e)),
                }
            }
            Ok(list_answer(&out))
        }
        .await,
    )
}

#[utoipa::path(get, path = "/api/v1/cases/{case}", tag = "cases",
    params(("case" = String, Path, description = "The organisation's reference for the case", example = "Z-1")),
    responses(
        (status = 200, description = "The case", body = CaseOut,
            headers(("ETag" = String, description = "The case's version"))),
        (status = "4XX", description = "Refused", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn get(State(backend): State<Backend>, caller: Caller, Refs(refs): Refs) -> Response {
    answer(
        async {
            let reference = &refs[0];
            let id = case_of(&backend, &caller, reference).await?;
            let case = backend
                .services()
                .cases
                .get(&caller.ctx, &id)
                .await
                .map_err(|e| Problem::from_error(e, caller.lang, FIELDS))?;
            Ok(item(
                StatusCode::OK,
                &case_etag(&case),
                None,
                &out(reference, &case),
            ))
        }
        .await,
    )
}

/// Create the case, or bring its family name and municipality up to date. Sending the same
/// body again changes nothing.
#[utoipa::path(put, path = "/api/v1/cases/{case}", tag = "cases",
    params(
        ("case" = String, Path, description = "The organisation's reference for the case", example = "Z-1"),
        ("If-Match" = Option<String>, Header, description = "Change only if the case is still at this ETag"),
    ),
    request_body = CaseIn,
    responses(
        (status = 200, description = "The case was up to date or is now", body = CaseOut,
            headers(("ETag" = String, description = "The case's version"))),
        (status = 201, description = "The case was created", body = CaseOut,
            headers(("ETag" = String, description = "The case's version"),
                     ("Location" = String, description = "The case's address"))),
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
    answer(put_case(&backend, &caller, &refs[0], &headers, &bytes).await)
}

async fn put_case(
    backend: &Backend,
    caller: &Caller,
    reference: &str,
    headers: &HeaderMap,
    bytes: &Bytes,
) -> Answer {
    let lang = caller.lang;
    caller.must_write()?;
    let input: CaseIn = body::json(headers, bytes, lang)?;
    let problem = |e| Problem::from_error(e, lang, FIELDS);
    let cases = backend.services().cases;
    let existing = references::case(&backend.db.pool, &caller.organisation, reference)
        .await
        .map_err(|e| problem(e.into()))?;
    let Some(id) = existing.and_then(|id| id.parse().ok()) else {
        body::if_match(headers, None, lang)?;
        let phase = Phase::from_key(&input.phase)
            .ok_or_else(|| Problem::field(lang, "phase", "error-choose-one"))?;
        let role = ProfessionalRole::from_key(&input.role)
            .ok_or_else(|| Problem::field(lang, "role", "error-choose-one"))?;
        let reported_on = body::date(&input.reported_on, "reported_on", lang)?;
        let professional = store::organisations::professional_by_email(
            &backend.db,
            &caller.organisation,
            input.professional_email.trim(),
        )
        .await
        .map_err(|e| problem(e.into()))?
        .ok_or_else(|| Problem::field(lang, "professional_email", "error-professional-not-ours"))?;
        let new = NewCase {
            family_name: input.family_name,
            municipality: input.municipality,
            phase,
            reported_on,
            reported_by: input.reported_by.filter(|r| !r.trim().is_empty()),
            role,
            professional: Some(professional),
        };
        let case = cases
            .create(&caller.creating(reference), &new)
            .await
            .map_err(problem)?;
        return Ok(item(
            StatusCode::CREATED,
            &case_etag(&case),
            Some(&location(reference)),
            &out(reference, &case),
        ));
    };
    let current = cases.get(&caller.ctx, &id).await.map_err(problem)?;
    body::if_match(headers, Some(&case_etag(&current)), lang)?;
    if current.family_name == input.family_name.trim()
        && current.municipality == input.municipality.trim()
    {
        return Ok(item(
            StatusCode::OK,
            &case_etag(&current),
            None,
            &out(reference, &current),
        ));
    }
    let case = cases
        .update(
            &caller.ctx,
            &id,
            &CaseUpdate {
                family_name: input.family_name,
                municipality: input.municipality,
                version: current.version,
            },
        )
        .await
        .map_err(problem)?;
    Ok(item(
        StatusCode::OK,
        &case_etag(&case),
        None,
        &out(reference, &case),
    ))
}
