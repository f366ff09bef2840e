//! The case pages: authorize, read, and apply the domain rules (powers, rights, deadlines).

use std::collections::HashMap;

use time::Date;

use super::AppBackend;
use crate::access::{self, Action, ActorKind, DataKind, Grant};
use crate::store::{self, parse_date};
use app::api::types::{
    AccessEntry, AccessLogView, CaseHeader, ChangesView, DecisionEntry, DecisionsView,
    DocumentEntry, DocumentsView, HelpView, MeetingEntry, MeetingsView, NewVasteNotice,
    OrganisationContact, PowersEntry, PowersView, RightEntry, RightsView, RunningDeadline,
    TimelineEntry, TimelineView, VasteEntry,
};
use app::api::AppError;
use app::domain::decisions::DecisionKind;
use app::domain::journey::{DocumentKind, MeetingKind, StepKind, StepState};
use app::domain::powers::powers;
use app::domain::rights::{rights_in, Reader};
use app::domain::{AgeTier, OrganisationKind, Phase, ProfessionalRole, Subject};

/// How texts are written for this reader (Fluent selector) and which rights are theirs.
fn audience(actor: ActorKind) -> (&'static str, Reader) {
    match actor {
        ActorKind::ParentWithGezag => ("parent", Reader::Parent { gezag: true }),
        ActorKind::ParentWithoutGezag => ("parent", Reader::Parent { gezag: false }),
        ActorKind::ChildUnder12 => ("child", Reader::Child(AgeTier::Under12)),
        ActorKind::Youth12To15 => ("youth", Reader::Child(AgeTier::From12To15)),
        ActorKind::Youth16To17 => ("youth16", Reader::Child(AgeTier::From16To17)),
        ActorKind::YoungAdult => ("adult", Reader::Child(AgeTier::Adult)),
        // Professionals see every right, worded as for parents.
        _ => ("professional", Reader::Parent { gezag: true }),
    }
}

pub(super) fn is_family(actor: ActorKind) -> bool {
    !matches!(
        actor,
        ActorKind::VasteProfessional
            | ActorKind::SafetyTeam
            | ActorKind::ProfessionalOnCase
            | ActorKind::ProfessionalNotOnCase
    )
}

pub(super) fn date(text: &Option<String>) -> Option<Date> {
    text.as_deref().and_then(parse_date)
}

fn org_contact(row: store::picture::OrganisationRow) -> Option<OrganisationContact> {
    Some(OrganisationContact {
        kind: OrganisationKind::from_key(&row.kind)?,
        name: row.name,
        phone: row.phone,
        email: row.email,
        website: row.website,
        complaints_phone: row.complaints_phone,
        complaints_email: row.complaints_email,
    })
}

impl AppBackend {
    pub(super) async fn grant(
        &self,
        who: &Subject,
        action: Action,
        data: DataKind,
        case_id: &str,
    ) -> Result<(Grant, Date), AppError> {
        let today = self.today();
        let grant = access::authorize(&self.db, Some(who), action, data, case_id, today).await?;
        Ok((grant, today))
    }

    pub(super) async fn header(&self, grant: &Grant) -> Result<CaseHeader, AppError> {
        let case = store::cases::case(&self.db, grant).await?;
        let phase = Phase::from_key(&case.phase).ok_or(AppError::Internal)?;
        let (audience, _) = audience(grant.actor());
        Ok(CaseHeader {
            case_id: case.id,
            family_name: case.family_name,
            phase,
            audience: audience.to_string(),
            is_family: is_family(grant.actor()),
            can_message: super::can_message(grant.actor()),
        })
    }

    pub(super) async fn powers_view(
        &self,
        who: &Subject,
        case_id: &str,
    ) -> Result<PowersView, AppError> {
        let (grant, today) = self
            .grant(who, Action::ViewCasePicture, DataKind::Powers, case_id)
            .await?;
        let header = self.header(&grant).await?;
        let people = store::cases::professionals(&self.db, &grant, today)
            .await?
            .into_iter()
            .filter_map(|row| {
                let role = ProfessionalRole::from_key(&row.role)?;
                Some(PowersEntry {
                    name: format!("{} {}", row.given_name, row.family_name),
                    organisation: row.organisation_name,
                    role,
                    is_vaste: row.is_vaste == 1,
                    card: powers(role, header.phase),
                })
            })
            .collect();
        Ok(PowersView { header, people })
    }

    pub(super) async fn timeline_view(
        &self,
        who: &Subject,
        case_id: &str,
    ) -> Result<TimelineView, AppError> {
        let (grant, _) = self
            .grant(who, Action::ViewCasePicture, DataKind::Timeline, case_id)
            .await?;
        let header = self.header(&grant).await?;
        let steps = store::picture::timeline(&self.db, &grant)
            .await?
            .into_iter()
            .filter_map(|row| {
                Some(TimelineEntry {
                    kind: StepKind::from_key(&row.kind)?,
                    state: StepState::from_key(&row.state)?,
                    date: date(&row.on_date),
                    organisation: row.organisation,
                })
            })
            .collect();
        Ok(TimelineView { header, steps })
    }

    pub(super) async fn decision_rows(
        &self,
        grant: &Grant,
    ) -> Result<Vec<(DecisionKind, store::picture::DecisionRow)>, AppError> {
        Ok(store::picture::decisions(&self.db, grant)
            .await?
            .into_iter()
            .filter_map(|row| Some((DecisionKind::from_key(&row.kind)?, row)))
            .collect())
    }

    pub(super) async fn rights_view(
        &self,
        who: &Subject,
        case_id: &str,
    ) -> Result<RightsView, AppError> {
        let (grant, today) = self
            .grant(who, Action::ViewCasePicture, DataKind::Rights, case_id)
            .await?;
        let header = self.header(&grant).await?;
        let (_, reader) = audience(grant.actor());
        let decisions = self.decision_rows(&grant).await?;
        let now = rights_in(header.phase)
            .into_iter()
            .filter(|r| r.applies_to(reader))
            .map(|right| {
                // The newest taken decision whose objection term is this right's deadline.
                let deadline = right.deadline().and_then(|kind| {
                    decisions
                        .iter()
                        .filter(|(k, _)| k.objection_deadline() == Some(kind))
                        .filter_map(|(k, row)| Some((*k, date(&row.decided_on)?)))
                        .max_by_key(|(_, d)| *d)
                        .map(|(from_decision, from)| RunningDeadline {
                            kind,
                            from_decision,
                            from,
                            last_day: kind.last_day(from),
                        })
                });
                RightEntry { right, deadline }
            })
            .collect();
        let other_phases = Phase::ALL
            .into_iter()
            .filter(|p| *p != header.phase)
            .map(|p| {
                (
                    p,
                    rights_in(p)
                        .into_iter()
                        .filter(|r| r.applies_to(reader))
                        .collect(),
                )
            })
            .collect();
        Ok(RightsView {
            header,
            today,
            now,
            other_phases,
        })
    }

    pub(super) async fn decisions_view(
        &self,
        who: &Subject,
        case_id: &str,
    ) -> Result<DecisionsView, AppError> {
        let (grant, today) = self
            .grant(who, Action::ViewCasePicture, DataKind::Decisions, case_id)
            .await?;
        let header = self.header(&grant).await?;
        let mut upcoming = vec![];
        let mut recent = vec![];
        for (kind, row) in self.decision_rows(&grant).await? {
            let decided_on = date(&row.decided_on);
            let objection = kind
                .objection_deadline()
                .zip(decided_on)
                .map(|(k, d)| (k, k.last_day(d)));
            let entry = DecisionEntry {
                id: row.id.clone(),
                kind,
                maker: kind.decider(),
                expected_on: date(&row.expected_on),
                decide_by: kind
                    .decision_deadline()
                    .zip(date(&row.started_on))
                    .map(|(k, d)| k.last_day(d)),
                decided_on,
                objection,
            };
            match (decided_on, objection) {
                (None, _) => upcoming.push(entry),
                // Taken, and the term to object still runs: what can you do now?
                (Some(_), Some((_, last))) if last >= today => recent.push(entry),
                _ => {}
            }
        }
        Ok(DecisionsView {
            header,
            today,
            upcoming,
            recent,
        })
    }

    pub(super) async fn meetings_view(
        &self,
        who: &Subject,
        case_id: &str,
    ) -> Result<MeetingsView, AppError> {
        let (grant, today) = self
            .grant(who, Action::ViewCasePicture, DataKind::Meetings, case_id)
            .await?;
        let header = self.header(&grant).await?;
        let mut attendees: HashMap<String, Vec<String>> = HashMap::new();
        for a in store::picture::attendees(&self.db, &grant).await? {
            attendees.entry(a.meeting_id).or_default().push(a.name);
        }
        let meetings = store::picture::meetings(&self.db, &grant, today)
            .await?
            .into_iter()
            .filter_map(|row| {
                let (day, time) = row.starts_at.split_once('T')?;
                Some(MeetingEntry {
                    kind: MeetingKind::from_key(&row.kind)?,
                    date: parse_date(day)?,
                    time: time.chars().take(5).collect(),
                    place: row.place,
                    attendees: attendees.remove(&row.id).unwrap_or_default(),
                })
            })
            .collect();
        Ok(MeetingsView { header, meetings })
    }

    pub(super) async fn documents_view(
        &self,
        who: &Subject,
        case_id: &str,
    ) -> Result<DocumentsView, AppError> {
        let (grant, _) = self
            .grant(who, Action::ViewDocuments, DataKind::Documents, case_id)
            .await?;
        let header = self.header(&grant).await?;
        let documents = store::picture::documents(&self.db, &grant)
            .await?
            .into_iter()
            .filter_map(|row| {
                let kind = DocumentKind::from_key(&row.kind)?;
                Some(DocumentEntry {
                    kind,
                    dated: parse_date(&row.dated)?,
                    organisation: row.organisation,
                    final_version: row.status == "definitief",
                    may_react: kind.family_may_react(),
                    react_until: date(&row.react_until),
                })
            })
            .collect();
        Ok(DocumentsView { header, documents })
    }

    pub(super) async fn help_view(
        &self,
        who: &Subject,
        case_id: &str,
    ) -> Result<HelpView, AppError> {
        let (grant, today) = self
            .grant(who, Action::ViewCasePicture, DataKind::Help, case_id)
            .await?;
        let header = self.header(&grant).await?;
        let vertrouwenspersoon = store::picture::vertrouwenspersoon(&self.db)
            .await?
            .and_then(org_contact);
        let organisations = store::picture::organisations_on_case(&self.db, &grant, today)
            .await?
            .into_iter()
            .filter_map(org_contact)
            .collect();
        Ok(HelpView {
            header,
            vertrouwenspersoon,
            organisations,
        })
    }

    pub(super) async fn changes_view(
        &self,
        who: &Subject,
        case_id: &str,
    ) -> Result<ChangesView, AppError> {
        let (grant, _) = self
            .grant(who, Action::ViewCasePicture, DataKind::Changes, case_id)
            .await?;
        let header = self.header(&grant).await?;
        let history = store::picture::vaste_history(&self.db, &grant)
            .await?
            .into_iter()
            .filter_map(|row| {
                Some(VasteEntry {
                    name: format!("{} {}", row.given_name, row.family_name),
                    organisation: row.organisation,
                    role: ProfessionalRole::from_key(&row.role)?,
                    from: parse_date(&row.valid_from)?,
                    until: date(&row.valid_until),
                    reason: row.change_reason,
                    handover: row.handover_summary,
                })
            })
            .collect();
        Ok(ChangesView { header, history })
    }

    /// For the overview: the current vaste professional, if they replaced someone and this
    /// family member has not yet said they saw it.
    pub(super) async fn new_vaste_notice(
        &self,
        who: &Subject,
        grant: &Grant,
    ) -> Result<Option<NewVasteNotice>, AppError> {
        let Subject::Person(person_id) = who else {
            return Ok(None);
        };
        let history = store::picture::vaste_history(&self.db, grant).await?;
        let Some(current) = history.iter().find(|r| r.valid_until.is_none()) else {
            return Ok(None);
        };
        if history.len() < 2
            || store::picture::change_seen(&self.db, person_id, &current.id).await?
        {
            return Ok(None);
        }
        Ok(Some(NewVasteNotice {
            change_id: current.id.clone(),
            name: format!("{} {}", current.given_name, current.family_name),
            since: parse_date(&current.valid_from).ok_or(AppError::Internal)?,
        }))
    }

    pub(super) async fn access_log_view(
        &self,
        who: &Subject,
        case_id: &str,
    ) -> Result<AccessLogView, AppError> {
        let today = self.today();
        // Reading one's own access log is not itself a professional access: no log entry.
        let grant = access::authorize(
            &self.db,
            Some(who),
            Action::ViewAccessLog,
            DataKind::Overview,
            case_id,
            today,
        )
        .await?;
        let header = self.header(&grant).await?;
        let entries = access::log::for_case(&self.db, grant.case_id(), 200)
            .await?
            .into_iter()
            .filter_map(|row| {
                let at = time::OffsetDateTime::parse(
                    &row.event.at,
                    &time::format_description::well_known::Rfc3339,
                )
                .ok()?;
                let (date, time) = app::domain::calendar::dutch_date_time(at);
                Some(AccessEntry {
                    date,
                    time,
                    role: ProfessionalRole::from_key(&row.event.actor_role)?,
                    organisation: row.event.organisation,
                    data_kind: row.event.data_kind,
                    changed: row.event.action == "change",
                })
            })
            .collect();
        Ok(AccessLogView { header, entries })
    }

    pub(super) async fn acknowledge(
        &self,
        who: &Subject,
        case_id: &str,
        change_id: &str,
    ) -> Result<(), AppError> {
        let (grant, _) = self
            .grant(who, Action::AcknowledgeChange, DataKind::Changes, case_id)
            .await?;
        let Subject::Person(person_id) = who else {
            return Err(AppError::NotFound);
        };
        if !app::domain::ids::is_valid_id(change_id) {
            return Err(AppError::NotFound);
        }
        let now = time::OffsetDateTime::now_utc()
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default();
        if store::picture::mark_change_seen(&self.db, &grant, person_id, change_id, &now).await? {
            Ok(())
        } else {
            Err(AppError::NotFound)
        }
    }
}
