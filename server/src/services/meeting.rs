//! Meetings, with a visibility rule per reader: a family member sees the meetings they attend
//! and those meant for the whole family, never another family member's own appointment.

use async_trait::async_trait;
use tracing::instrument;

use super::validate;
use super::Backend;
use crate::access::{policy::may_see_meeting, Action};
use crate::live::Change;
use crate::store::{self, meetings::Seen};
use app::api::context::RequestContext;
use app::api::services::MeetingService;
use app::domain::ids::{CaseId, MeetingId};
use app::domain::policy::MeetingVisibility;
use app::domain::{DataKind, Subject};
use app::error::{AppError, FieldErrors, Message};
use app::model::meeting::{Meeting, MeetingUpdate, NewMeeting};
use app::model::Version;

#[async_trait]
impl MeetingService for Backend {
    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case))]
    async fn list(&self, ctx: &RequestContext, case: &CaseId) -> Result<Vec<Meeting>, AppError> {
        let grant = self
            .read(ctx, Action::ViewCasePicture, DataKind::Meetings, case)
            .await?;
        let actor = grant.actor();
        let me = match ctx.subject()? {
            Subject::Person(id) => id.as_str(),
            _ => "",
        };
        let seen = if may_see_meeting(actor, false, MeetingVisibility::Attendees) {
            Seen::All
        } else {
            Seen::FamilyOr(me)
        };
        let meetings = store::meetings::list(&self.db, &grant, self.today(), seen).await?;
        // The query filtered already; the rule is checked once more on what came back.
        Ok(meetings
            .into_iter()
            .filter(|m| {
                let attends = m
                    .attendees
                    .iter()
                    .any(|a| a.person.as_ref().is_some_and(|p| p.as_str() == me));
                may_see_meeting(actor, attends, m.visibility)
            })
            .collect())
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case, kind = new.kind.key()))]
    async fn create(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        new: &NewMeeting,
    ) -> Result<Meeting, AppError> {
        let mut w = self
            .write(ctx, Action::EditMeetings, DataKind::Meetings, case)
            .await?;
        let grant = w.grant.clone();
        let mut errors = FieldErrors::new();
        let place = errors.check("place", validate::line(&new.place));
        if new.date < w.today {
            errors.add("date", Message::new("error-date-past"));
        }
        let today = w.today;
        if store::meetings::strangers(w.conn(), &grant, &new.professionals, &new.persons, today)
            .await?
            > 0
        {
            errors.add("attendees", Message::new("error-attendee-not-on-case"));
        }
        errors.finish()?;
        if let Some(org) = &new.organisation {
            if !store::organisations::organisation_exists(w.conn(), org).await? {
                return Err(AppError::NotFound);
            }
        }
        let id = MeetingId::random();
        store::meetings::insert(
            w.conn(),
            &grant,
            &store::meetings::MeetingRowNew {
                id: &id,
                kind: new.kind,
                date: new.date,
                time: new.time,
                place: place.as_deref().unwrap_or_default(),
                organisation: new.organisation.as_ref(),
                visibility: new.visibility,
            },
        )
        .await?;
        store::meetings::set_attendees(w.conn(), &id, &new.professionals, &new.persons).await?;
        let meeting = store::meetings::get_in(w.conn(), &grant, &id).await?;
        w.commit(Change::case(case, DataKind::Meetings)).await?;
        Ok(meeting)
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case, meeting = %meeting))]
    async fn update(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        meeting: &MeetingId,
        update: &MeetingUpdate,
    ) -> Result<Meeting, AppError> {
        let mut w = self
            .write(ctx, Action::EditMeetings, DataKind::Meetings, case)
            .await?;
        let grant = w.grant.clone();
        let mut errors = FieldErrors::new();
        let place = errors.check("place", validate::line(&update.place));
        if update.date < w.today {
            errors.add("date", Message::new("error-date-past"));
        }
        let today = w.today;
        if store::meetings::strangers(
            w.conn(),
            &grant,
            &update.professionals,
            &update.persons,
            today,
        )
        .await?
            > 0
        {
            errors.add("attendees", Message::new("error-attendee-not-on-case"));
        }
        errors.finish()?;
        store::meetings::update(
            w.conn(),
            &grant,
            meeting,
            &store::meetings::MeetingChange {
                date: update.date,
                time: update.time,
                place: place.as_deref().unwrap_or_default(),
                visibility: update.visibility,
                version: update.version,
            },
        )
        .await?;
        store::meetings::set_attendees(w.conn(), meeting, &update.professionals, &update.persons)
            .await?;
        let changed = store::meetings::get_in(w.conn(), &grant, meeting).await?;
        w.commit(Change::case(case, DataKind::Meetings)).await?;
        Ok(changed)
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0, case = %case, meeting = %meeting))]
    async fn cancel(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
        meeting: &MeetingId,
        version: Version,
    ) -> Result<(), AppError> {
        let mut w = self
            .write(ctx, Action::EditMeetings, DataKind::Meetings, case)
            .await?;
        let grant = w.grant.clone();
        let today = w.today;
        store::meetings::cancel(w.conn(), &grant, meeting, today, version).await?;
        w.commit(Change::case(case, DataKind::Meetings)).await
    }
}
