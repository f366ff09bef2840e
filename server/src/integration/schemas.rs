//! Schemas of the values the API takes from the code's own lists (phases, roles, kinds), so
//! the OpenAPI document names every allowed value and cannot drift from the domain.

use utoipa::openapi::schema::{ObjectBuilder, Schema, SchemaType, Type};
use utoipa::openapi::RefOr;

fn one_of(keys: impl IntoIterator<Item = &'static str>) -> RefOr<Schema> {
    ObjectBuilder::new()
        .schema_type(SchemaType::new(Type::String))
        .enum_values(Some(keys))
        .into()
}

pub fn phase() -> RefOr<Schema> {
    one_of(app::domain::Phase::ALL.map(|p| p.key()))
}

pub fn role() -> RefOr<Schema> {
    one_of(app::domain::ProfessionalRole::ALL.map(|r| r.key()))
}

/// Parents and children: a former partner is recorded by the vaste professional in the
/// console (they are no party to the case and are not listed with the family).
pub fn relation() -> RefOr<Schema> {
    use app::domain::FamilyRelation as F;
    one_of([F::Parent, F::Child].map(|r| r.key()))
}

pub fn decision_kind() -> RefOr<Schema> {
    one_of(app::domain::decisions::DecisionKind::ALL.map(|k| k.key()))
}

pub fn document_kind() -> RefOr<Schema> {
    one_of(app::domain::journey::DocumentKind::ALL.map(|k| k.key()))
}

pub fn document_status() -> RefOr<Schema> {
    one_of(app::domain::journey::DocumentStatus::ALL.map(|k| k.key()))
}
