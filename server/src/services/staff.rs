//! Onboarding for administrators: organisations, professionals, reviewers and other
//! administrators, their activation codes, and a professional leaving. An administrator
//! never reads a family's case; everyone else gets `NotFound` here, so these pages reveal
//! nothing to them.

use async_trait::async_trait;
use time::OffsetDateTime;
use tracing::instrument;

use super::identity::{code_hash, now_text};
use super::{validate, Backend};
use crate::store::{self, identity as ids, organisations, staff, StoreError};
use app::api::context::RequestContext;
use app::api::services::StaffService;
use app::domain::ids::{OrganisationId, ProfessionalId};
use app::domain::{activation_code, OrganisationKind, Subject};
use app::error::{AppError, FieldErrors, Message};
use app::model::staff::{
    NewOrganisation, NewStaffMember, StaffCode, StaffKind, StaffMember, StaffOrganisation,
};

fn organisation(row: staff::OrganisationRow) -> Result<StaffOrganisation, StoreError> {
    Ok(StaffOrganisation {
        id: store::id("organisation id", &row.id)?,
        kind: store::key("organisation kind", &row.kind, OrganisationKind::from_key)?,
        name: row.name,
        phone: row.phone,
        email: row.email,
        website: row.website,
        working: u32::try_from(row.working).unwrap_or(0),
    })
}

fn member(row: staff::MemberRow) -> Result<StaffMember, StoreError> {
    let organisation = match (row.organisation_id, row.organisation_name) {
        (Some(id), Some(name)) => Some((store::id("organisation id", &id)?, name)),
        _ => None,
    };
    Ok(StaffMember {
        kind: store::key("staff kind", &row.kind, StaffKind::from_key)?,
        id: row.id,
        given_name: row.given_name,
        family_name: row.family_name,
        organisation,
        email: row.email,
        passkeys: u32::try_from(row.passkeys).unwrap_or(0),
        open_code_until: row
            .open_code_until
            .and_then(|t| OffsetDateTime::from_unix_timestamp(t).ok())
            .map(app::domain::calendar::dutch_date),
        left_on: store::opt_date("left on", row.left_on.as_deref())?,
        may_accept: row.may_accept == 1,
    })
}

fn subject_of(kind: StaffKind, id: &str) -> Subject {
    match kind {
        StaffKind::Professional => Subject::Professional(id.to_string()),
        StaffKind::Reviewer => Subject::Reviewer(id.to_string()),
        StaffKind::Administrator => Subject::Administrator(id.to_string()),
    }
}

/// An e-mail address as people type one: one line with one `@` between two non-empty parts.
fn optional_email(value: Option<&str>) -> Result<Option<String>, Message> {
    let email = validate::optional_line(value)?;
    match &email {
        Some(e) => {
            let ok = e.split_once('@').is_some_and(|(local, host)| {
                !local.is_empty() && host.contains('.') && !host.contains('@') && !e.contains(' ')
            });
            if ok {
                Ok(email)
            } else {
                Err(Message::new("error-email-invalid"))
            }
        }
        None => Ok(None),
    }
}

impl Backend {
    /// The administrator asking, or `NotFound` for anyone else (also one who left).
    pub(super) async fn administrator(&self, ctx: &RequestContext) -> Result<Subject, AppError> {
        let who = ctx.subject()?;
        if !app::domain::policy::may_administer(who) {
            return Err(AppError::NotFound);
        }
        let (_, id) = who.parts();
        if !staff::is_administrator(&self.db, id).await? {
            return Err(AppError::NotFound);
        }
        Ok(who.clone())
    }

    async fn member_by(&self, kind: StaffKind, id: &str) -> Result<StaffMember, AppError> {
        let mut conn = store::connection(&self.db).await?;
        let rows = staff::members(
            &mut conn,
            OffsetDateTime::now_utc().unix_timestamp(),
            Some((kind.key(), id)),
        )
        .await?;
        let row = rows.into_iter().next().ok_or(AppError::NotFound)?;
        Ok(member(row)?)
    }

    /// A new code for `subject`, which ends their earlier codes, passkeys and sessions.
    async fn staff_code(
        &self,
        conn: &mut store::Conn,
        kind: StaffKind,
        id: &str,
        name: String,
        issued_by: Option<&Subject>,
    ) -> Result<StaffCode, AppError> {
        let (code, expires) = self.new_code();
        let subject = subject_of(kind, id);
        ids::issue_code(
            conn,
            &ids::NewCode {
                id: &uuid::Uuid::new_v4().to_string(),
                code_hash: &code_hash(&code),
                subject: &subject,
                case_id: None,
                issued_by,
                issued_at: &now_text()?,
                expires_at: expires.unix_timestamp(),
            },
        )
        .await?;
        Ok(StaffCode {
            kind,
            id: id.to_string(),
            name,
            code: activation_code::grouped(&code),
            valid_until: app::domain::calendar::dutch_date(expires),
            activation_url: format!("{}/activeren", self.public_url),
        })
    }

    /// `helder create-administrator`: a new administrator and their one-time activation code.
    /// Run by whoever runs the server (they hold the database anyway), so no one signs in
    /// first; there is never a default password.
    pub async fn create_administrator(
        &self,
        given_name: &str,
        family_name: &str,
    ) -> Result<StaffCode, AppError> {
        let mut errors = FieldErrors::new();
        let given = errors.check("given_name", validate::line(given_name));
        let family = errors.check("family_name", validate::line(family_name));
        errors.finish()?;
        let (given, family) = (given.unwrap_or_default(), family.unwrap_or_default());
        let id = uuid::Uuid::new_v4().to_string();
        let mut tx = self
            .db
            .begin_write()
            .await
            .map_err(StoreError::from_sqlx("begin"))?;
        staff::insert_staff(
            &mut tx,
            &id,
            StaffKind::Administrator.key(),
            &given,
            &family,
        )
        .await?;
        let code = self
            .staff_code(
                &mut tx,
                StaffKind::Administrator,
                &id,
                format!("{given} {family}"),
                None,
            )
            .await?;
        tx.commit().await.map_err(StoreError::from_sqlx("commit"))?;
        Ok(code)
    }
}

#[async_trait]
impl StaffService for Backend {
    #[instrument(skip_all, fields(request = %ctx.request_id.0))]
    async fn organisations(
        &self,
        ctx: &RequestContext,
    ) -> Result<Vec<StaffOrganisation>, AppError> {
        self.administrator(ctx).await?;
        Ok(staff::organisations(&self.db)
            .await?
            .into_iter()
            .map(organisation)
            .collect::<Result<_, _>>()?)
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0))]
    async fn add_organisation(
        &self,
        ctx: &RequestContext,
        new: &NewOrganisation,
    ) -> Result<StaffOrganisation, AppError> {
        self.administrator(ctx).await?;
        let mut errors = FieldErrors::new();
        let name = errors.check("name", validate::line(&new.name));
        let phone = errors.check("phone", validate::optional_line(new.phone.as_deref()));
        let email = errors.check("email", optional_email(new.email.as_deref()));
        let website = errors.check("website", validate::optional_line(new.website.as_deref()));
        errors.finish()?;
        let id = OrganisationId::random();
        let mut tx = self
            .db
            .begin_write()
            .await
            .map_err(StoreError::from_sqlx("begin"))?;
        organisations::insert_organisation(
            &mut tx,
            &organisations::NewOrganisation {
                id: &id,
                kind: new.kind,
                name: name.as_deref().unwrap_or_default(),
                phone: phone.flatten().as_deref(),
                email: email.flatten().as_deref(),
                website: website.flatten().as_deref(),
                complaints_phone: None,
                complaints_email: None,
            },
        )
        .await?;
        let row = staff::organisation(&mut tx, id.as_str())
            .await?
            .ok_or(AppError::Internal)?;
        tx.commit().await.map_err(StoreError::from_sqlx("commit"))?;
        Ok(organisation(row)?)
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0))]
    async fn members(&self, ctx: &RequestContext) -> Result<Vec<StaffMember>, AppError> {
        self.administrator(ctx).await?;
        let mut conn = store::connection(&self.db).await?;
        Ok(
            staff::members(&mut conn, OffsetDateTime::now_utc().unix_timestamp(), None)
                .await?
                .into_iter()
                .map(member)
                .collect::<Result<_, _>>()?,
        )
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0))]
    async fn add_member(
        &self,
        ctx: &RequestContext,
        new: &NewStaffMember,
    ) -> Result<StaffMember, AppError> {
        self.administrator(ctx).await?;
        let mut errors = FieldErrors::new();
        let given = errors.check("given_name", validate::line(&new.given_name));
        let family = errors.check("family_name", validate::line(&new.family_name));
        let email = errors.check("email", optional_email(new.email.as_deref()));
        let phone = errors.check("phone", validate::optional_line(new.phone.as_deref()));
        let mut tx = self
            .db
            .begin_write()
            .await
            .map_err(StoreError::from_sqlx("begin"))?;
        let organisation = match (new.kind, &new.organisation) {
            (StaffKind::Professional, None) => {
                errors.add("organisation", Message::new("error-organisation-missing"));
                None
            }
            (StaffKind::Professional, Some(org)) => {
                if organisations::organisation_exists(&mut tx, org).await? {
                    Some(org.clone())
                } else {
                    errors.add("organisation", Message::new("error-organisation-missing"));
                    None
                }
            }
            _ => None,
        };
        errors.finish()?;
        let (given, family) = (given.unwrap_or_default(), family.unwrap_or_default());
        let professional_id = ProfessionalId::random();
        let id = professional_id.as_str().to_string();
        match organisation {
            Some(org) => {
                organisations::insert_professional(
                    &mut tx,
                    &organisations::NewProfessional {
                        id: &professional_id,
                        organisation: &org,
                        given_name: &given,
                        family_name: &family,
                        phone: phone.flatten().as_deref(),
                        email: email.flatten().as_deref(),
                        reach_days: "",
                        reach_from: None,
                        reach_until: None,
                    },
                )
                .await?
            }
            None => staff::insert_staff(&mut tx, &id, new.kind.key(), &given, &family).await?,
        }
        tx.commit().await.map_err(StoreError::from_sqlx("commit"))?;
        self.member_by(new.kind, &id).await
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0))]
    async fn issue_code(
        &self,
        ctx: &RequestContext,
        kind: StaffKind,
        id: &str,
    ) -> Result<StaffCode, AppError> {
        let admin = self.administrator(ctx).await?;
        let found = self.member_by(kind, id).await?;
        if found.left_on.is_some() {
            return Err(AppError::conflict("error-staff-left"));
        }
        let mut tx = self
            .db
            .begin_write()
            .await
            .map_err(StoreError::from_sqlx("begin"))?;
        let name = format!("{} {}", found.given_name, found.family_name);
        let code = self
            .staff_code(&mut tx, kind, id, name, Some(&admin))
            .await?;
        tx.commit().await.map_err(StoreError::from_sqlx("commit"))?;
        Ok(code)
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0))]
    async fn set_may_accept(
        &self,
        ctx: &RequestContext,
        reviewer: &str,
        may: bool,
    ) -> Result<(), AppError> {
        self.administrator(ctx).await?;
        if !crate::store::wording::set_may_accept(&self.db, reviewer, may).await? {
            return Err(AppError::NotFound);
        }
        Ok(())
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0))]
    async fn leave(
        &self,
        ctx: &RequestContext,
        professional: &ProfessionalId,
    ) -> Result<(), AppError> {
        self.administrator(ctx).await?;
        let today = store::iso(self.today());
        let mut tx = self
            .db
            .begin_write()
            .await
            .map_err(StoreError::from_sqlx("begin"))?;
        let families = staff::vaste_of(&mut tx, professional.as_str(), &today).await?;
        if !families.is_empty() {
            return Err(AppError::Conflict(
                Message::new("error-leave-still-vaste").with_arg("families", families.join(", ")),
            ));
        }
        if !staff::leave(&mut tx, professional.as_str(), &today, &now_text()?).await? {
            return Err(AppError::NotFound);
        }
        tx.commit().await.map_err(StoreError::from_sqlx("commit"))?;
        Ok(())
    }
}
