//! The OpenAPI 3.1 document, generated from the handlers and their types (utoipa), served at
//! `/api/v1/openapi.json` and rendered as the human docs at `/api/docs`.

use axum::response::{IntoResponse, Response};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use super::{cases, decisions, documents, members, problem, statuses};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Helder integration API",
        version = "1",
        description = "For the case systems of the organisations in the child-protection chain: \
            push what you already hold, so nobody types it twice. Every call is in the family's \
            access log, as your organisation's case system."
    ),
    paths(
        cases::list, cases::get, cases::put, statuses::post,
        members::list, members::get, members::put,
        decisions::list, decisions::get, decisions::put,
        documents::list, documents::get, documents::put,
    ),
    components(schemas(
        cases::CaseOut, cases::CaseIn, statuses::StatusIn, members::MemberOut, members::MemberIn,
        decisions::DecisionOut, decisions::DecisionIn, documents::DocumentOut, documents::DocumentIn,
        problem::Problem, problem::FieldProblem,
    )),
    modifiers(&Bearer),
    tags(
        (name = "cases", description = "ZGW: zaak and status"),
        (name = "members", description = "ZGW: rol (natuurlijk persoon)"),
        (name = "decisions", description = "ZGW: besluit"),
        (name = "documents", description = "ZGW: informatieobject"),
    )
)]
pub struct ApiDoc;

struct Bearer;

impl Modify for Bearer {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(
                        "An API key of your organisation, made by a Helder administrator: helder_…",
                    ))
                    .build(),
            ),
        );
    }
}

pub fn spec() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

pub async fn document() -> Response {
    (
        [(http::header::CONTENT_TYPE, "application/json")],
        spec().to_json().unwrap_or_default(),
    )
        .into_response()
}
