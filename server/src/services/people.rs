//! Family members and their relation to the case.

use async_trait::async_trait;
use tracing::instrument;

use super::validate;
use super::Backend;
use crate::access::{policy::may_see_contact, Action};
use crate::live::Change;
use crate::store;
use crate::store::references::RefKind;
use app::api::context::RequestContext;
use app::api::services::PeopleService;
use app::domain::ids::{CaseId, PersonId, ProfessionalId};
use app::domain::{DataKind, Subject};
use app::error::{AppError, FieldErrors};
use app::model::people::{Contact, Member, NewMember, PersonUpdate, RelationUpdate};

/// The checked name, birth date and contact details of a person.
fn person_fields(
    given_name: &str,
    family_name: &str,
    birth_date: time::Date,
    contact: &Contact,
    today: time::Date,
    errors: &mut FieldErrors,
) -> (String, String, Contact) {
    let given = errors.check("given_name", validate::line(given_name));
    let family = errors.check("family_name", validate::line(family_name));
    errors.check("birth_date", validate::birth_date(birth_date, today));
    let address = errors.check(
        "address",
        validate::optional_line(contact.address.as_deref()),
    );
    let phone = errors.check("phone", validate::optional_line(contact.phone.as_deref()));
    let email = errors.check("email", validate::optional_line(contact.email.as_deref()));
    (
        given.unwrap_or_default(),
        family.unwrap_or_default(),
        Contact {
            address: address.flatten(),
            address_protected: contact.address_protected,
            phone: phone.flatten(),
            email: email.flatten(),
            contact_protected: contact.contact_protected,
        },
    )
}

fn recorder(ctx: &RequestContext) -> Option<ProfessionalId> {
    match ctx.subject.as_ref() {
        Some(Subject::Professional(id)) => id.parse().ok(),
        _ => None,
    }
}

#[async_trait]
impl PeopleService for Backend {
    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case))]
    async fn members(&self, ctx: &RequestContext, case: &CaseId) -> Result<Vec<Member>, AppError> {
        let grant = self
            .read(ctx, Action::ViewFamilyMembers, DataKind::Family, case)
            .await?;
        let viewer_person = match ctx.subject()? {
            Subject::Person(id) => id.as_str(),
            _ => "",
        };
        let see_protected = may_see_contact(grant.actor(), false, true);
        Ok(
            store::people::members(&self.db, &grant, viewer_person, see_protected, self.today())
                .await?,
        )
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case, relation = new.relation.key()))]
    async fn add_member(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        new: &NewMember,
    ) -> Result<Member, AppError> {
        let mut w = self
            .write(ctx, Action::EditFamily, DataKind::Family, case)
            .await?;
        let mut errors = FieldErrors::new();
        let (given, family, contact) = person_fields(
            &new.given_name,
            &new.family_name,
            new.birth_date,
            &new.contact,
            w.today,
            &mut errors,
        );
        errors.finish()?;
        let person = PersonId::random();
        let grant = w.grant.clone();
        store::people::insert_person(
            w.conn(),
            &store::people::NewPerson {
                id: &person,
                given_name: &given,
                family_name: &family,
                birth_date: new.birth_date,
                contact: &contact,
            },
        )
        .await?;
        let by = recorder(ctx);
        store::people::insert_relation(
            w.conn(),
            &grant,
            &store::people::NewRelation {
                person: &person,
                relation: new.relation,
                gezag: new.gezag && new.relation == app::domain::FamilyRelation::Parent,
                from: new.from,
                granted_by: by.as_ref(),
            },
        )
        .await?;
        w.remember(RefKind::Member, person.as_str()).await?;
        let member = store::people::member_in(w.conn(), &grant, &person).await?;
        w.commit(Change::case(case, DataKind::Family)).await?;
        Ok(member)
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case, person = %person))]
    async fn update_person(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        person: &PersonId,
        update: &PersonUpdate,
    ) -> Result<Member, AppError> {
        let mut w = self
            .write(ctx, Action::EditFamily, DataKind::Family, case)
            .await?;
        let mut errors = FieldErrors::new();
        let (given, family, contact) = person_fields(
            &update.given_name,
            &update.family_name,
            update.birth_date,
            &update.contact,
            w.today,
            &mut errors,
        );
        errors.finish()?;
        let grant = w.grant.clone();
        store::people::update_person(
            w.conn(),
            &grant,
            person,
            &PersonUpdate {
                given_name: given,
                family_name: family,
                birth_date: update.birth_date,
                contact,
                version: update.version,
            },
        )
        .await?;
        let member = store::people::member_in(w.conn(), &grant, person).await?;
        w.commit(Change::case(case, DataKind::Family)).await?;
        Ok(member)
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case, person = %person))]
    async fn update_relation(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        person: &PersonId,
        update: &RelationUpdate,
    ) -> Result<Member, AppError> {
        let mut w = self
            .write(ctx, Action::EditFamily, DataKind::Family, case)
            .await?;
        let grant = w.grant.clone();
        let current = store::people::member_in(w.conn(), &grant, person).await?;
        if update.gezag && current.relation != app::domain::FamilyRelation::Parent {
            return Err(AppError::fields(vec![app::error::FieldError {
                field: "gezag".into(),
                message: app::error::Message::new("error-gezag-parent-only"),
            }]));
        }
        store::people::update_relation(w.conn(), &grant, person, update.gezag, update.version)
            .await?;
        let member = store::people::member_in(w.conn(), &grant, person).await?;
        w.commit(Change::case(case, DataKind::Family)).await?;
        Ok(member)
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case, person = %person))]
    async fn end_relation(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        person: &PersonId,
        on: time::Date,
    ) -> Result<(), AppError> {
        let mut w = self
            .write(ctx, Action::EditFamily, DataKind::Family, case)
            .await?;
        let grant = w.grant.clone();
        store::people::end_relation(w.conn(), &grant, person, on).await?;
        w.commit(Change::case(case, DataKind::Family)).await
    }
}
