//! The family on a case (ZGW: rol, of a natuurlijk persoon), by the organisation's own
//! reference for each person.

use axum::body::Bytes;
use axum::extract::State;
use axum::response::Response;
use http::{HeaderMap, StatusCode};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::body::{self, etag};
use super::caller::{Caller, Refs};
use super::{answer, case_of, item, item_id, list as list_answer, named, Answer, Problem};
use crate::services::Backend;
use crate::store::{self, references::RefKind};
use app::domain::ids::{CaseId, PersonId};
use app::domain::FamilyRelation;
use app::error::AppError;
use app::model::people::{Contact, Member, NewMember, PersonUpdate, RelationUpdate};

#[derive(Debug, Serialize, ToSchema)]
pub struct MemberOut {
    /// The organisation's own reference for the person.
    pub reference: String,
    pub given_name: String,
    pub family_name: String,
    #[schema(format = Date)]
    pub birth_date: String,
    #[schema(schema_with = super::schemas::relation)]
    pub relation: String,
    /// A parent with gezag (parental authority).
    pub gezag: bool,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
}

/// A family member to put on the case or bring up to date. A protected address or contact
/// is seen only by the person themselves and the professionals on the case — never by the
/// other parent.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MemberIn {
    pub given_name: String,
    pub family_name: String,
    #[schema(format = Date)]
    pub birth_date: String,
    /// Used when the person is put on the case.
    #[schema(schema_with = super::schemas::relation)]
    pub relation: String,
    #[serde(default)]
    pub gezag: bool,
    #[serde(default)]
    pub address: Option<String>,
    #[serde(default)]
    pub address_protected: bool,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub contact_protected: bool,
}

fn out(reference: &str, m: &Member) -> MemberOut {
    MemberOut {
        reference: reference.to_string(),
        given_name: m.given_name.clone(),
        family_name: m.family_name.clone(),
        birth_date: store::iso(m.birth_date),
        relation: m.relation.key().to_string(),
        gezag: m.gezag,
        address: m.address.clone(),
        phone: m.phone.clone(),
        email: m.email.clone(),
    }
}

/// The person's and the relation's versions together: either changing changes the tag.
fn member_etag(m: &Member) -> String {
    etag(&format!("{}.{}", m.version, m.relation_version))
}

async fn member_of(
    backend: &Backend,
    caller: &Caller,
    case: &CaseId,
    reference: &str,
) -> Result<Option<Member>, Problem> {
    let Some(person) =
        item_id::<PersonId>(backend, caller, RefKind::Member, case, reference).await?
    else {
        return Ok(None);
    };
    let members = backend.services().people.members(&caller.ctx, case).await;
    let members = members.map_err(|e| caller.fail(e))?;
    Ok(members.into_iter().find(|m| m.person == person))
}

#[utoipa::path(get, path = "/api/v1/cases/{case}/members", tag = "members",
    params(("case" = String, Path, description = "The organisation's reference for the case", example = "Z-1")),
    responses(
        (status = 200, description = "The family members the organisation put on the case", body = [MemberOut]),
        (status = "4XX", description = "Refused", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn list(State(backend): State<Backend>, caller: Caller, Refs(refs): Refs) -> Response {
    answer(
        async {
            let case = case_of(&backend, &caller, &refs[0]).await?;
            let all = backend.services().people.members(&caller.ctx, &case).await;
            let all = all.map_err(|e| caller.fail(e))?;
            let named = named(&backend, &caller, RefKind::Member, &case, all, |m| {
                m.person.as_str()
            });
            let out: Vec<MemberOut> = named.await?.iter().map(|(r, m)| out(r, m)).collect();
            Ok(list_answer(&out))
        }
        .await,
    )
}

#[utoipa::path(get, path = "/api/v1/cases/{case}/members/{member}", tag = "members",
    params(
        ("case" = String, Path, description = "The organisation's reference for the case", example = "Z-1"),
        ("member" = String, Path, description = "The organisation's reference for the person"),
    ),
    responses(
        (status = 200, description = "The family member", body = MemberOut,
            headers(("ETag" = String, description = "The member's version"))),
        (status = "4XX", description = "Refused", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn get(State(backend): State<Backend>, caller: Caller, Refs(refs): Refs) -> Response {
    answer(
        async {
            let case = case_of(&backend, &caller, &refs[0]).await?;
            let member = member_of(&backend, &caller, &case, &refs[1])
                .await?
                .ok_or_else(|| Problem::not_found(caller.lang))?;
            Ok(item(
                StatusCode::OK,
                &member_etag(&member),
                None,
                &out(&refs[1], &member),
            ))
        }
        .await,
    )
}

#[utoipa::path(put, path = "/api/v1/cases/{case}/members/{member}", tag = "members",
    params(
        ("case" = String, Path, description = "The organisation's reference for the case", example = "Z-1"),
        ("member" = String, Path, description = "The organisation's reference for the person"),
        ("If-Match" = Option<String>, Header, description = "Change only if the member is still at this ETag"),
    ),
    request_body = MemberIn,
    responses(
        (status = 200, description = "The member was up to date or is now", body = MemberOut,
            headers(("ETag" = String, description = "The member's version"))),
        (status = 201, description = "The person was put on the case", body = MemberOut,
            headers(("ETag" = String, description = "The member's version"))),
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
    answer(put_member(&backend, &caller, &refs, &headers, &bytes).await)
}

async fn put_member(
    backend: &Backend,
    caller: &Caller,
    refs: &[String],
    headers: &HeaderMap,
    bytes: &Bytes,
) -> Answer {
    let lang = caller.lang;
    caller.must_write()?;
    let input: MemberIn = body::json(headers, bytes, lang)?;
    let problem = |e: AppError| Problem::from_error(e, lang, &[]);
    let case = case_of(backend, caller, &refs[0]).await?;
    let (case_ref, reference) = (&refs[0], &refs[1]);
    let relation = match input.relation.as_str() {
        "parent" => FamilyRelation::Parent,
        "child" => FamilyRelation::Child,
        _ => return Err(Problem::field(lang, "relation", "error-choose-one")),
    };
    let birth_date = body::date(&input.birth_date, "birth_date", lang)?;
    let blank = |v: Option<String>| v.filter(|v| !v.trim().is_empty());
    let contact = Contact {
        address: blank(input.address.clone()),
        address_protected: input.address_protected,
        phone: blank(input.phone.clone()),
        email: blank(input.email.clone()),
        contact_protected: input.contact_protected,
    };
    let people = backend.services().people;
    let Some(current) = member_of(backend, caller, &case, reference).await? else {
        body::if_match(headers, None, lang)?;
        let today = backend.today();
        let member = people
            .add_member(
                &caller.creating(reference),
                &case,
                &NewMember {
                    given_name: input.given_name,
                    family_name: input.family_name,
                    birth_date,
                    relation,
                    gezag: input.gezag,
                    contact,
                    from: today,
                },
            )
            .await
            .map_err(problem)?;
        let location = format!("/api/v1/cases/{case_ref}/members/{reference}");
        return Ok(item(
            StatusCode::CREATED,
            &member_etag(&member),
            Some(&location),
            &out(reference, &member),
        ));
    };
    body::if_match(headers, Some(&member_etag(&current)), lang)?;
    let mut member = current.clone();
    let person_same = current.given_name == input.given_name.trim()
        && current.family_name == input.family_name.trim()
        && current.birth_date == birth_date
        && current.address == contact.address
        && current.phone == contact.phone
        && current.email == contact.email;
    if !person_same {
        member = people
            .update_person(
                &caller.ctx,
                &case,
                &current.person,
                &PersonUpdate {
                    given_name: input.given_name,
                    family_name: input.family_name,
                    birth_date,
                    contact,
                    version: current.version,
                },
            )
            .await
            .map_err(problem)?;
    }
    if member.gezag != input.gezag && member.relation == FamilyRelation::Parent {
        member = people
            .update_relation(
                &caller.ctx,
                &case,
                &current.person,
                &RelationUpdate {
                    gezag: input.gezag,
                    version: member.relation_version,
                },
            )
            .await
            .map_err(problem)?;
    }
    Ok(item(
        StatusCode::OK,
        &member_etag(&member),
        None,
        &out(reference, &member),
    ))
}
