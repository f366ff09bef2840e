//! "Mijn gezinnen": a professional's caseload, composed from the same case services the
//! family's pages use (so it can never show what those would refuse), ordered by
//! `domain::attention`.

use async_trait::async_trait;
use tracing::instrument;

use super::Backend;
use app::api::context::RequestContext;
use app::api::services::{
    CaseService, DecisionService, DocumentService, InputService, MessageService, WorkService,
};
use app::domain::attention::{self, Attention};
use app::domain::ids::{CaseId, ProfessionalId};
use app::domain::{Action, ActorKind, OrganisationKind, ProfessionalRole, Subject};
use app::error::AppError;
use app::model::case::Viewer;
use app::model::input::InputOn;
use app::model::work::{Colleague, FamilyAttention};

/// A stored colleague as the pages show one.
pub(super) fn colleague(
    r: crate::store::organisations::ColleagueRow,
) -> Result<Colleague, crate::store::StoreError> {
    Ok(Colleague {
        id: crate::store::id("professional id", &r.id)?,
        name: format!("{} {}", r.given_name, r.family_name),
        organisation: r.organisation,
        kind: crate::store::key("organisation kind", &r.kind, OrganisationKind::from_key)?,
    })
}

impl Backend {
    async fn attention(
        &self,
        ctx: &RequestContext,
        case: &CaseId,
    ) -> Result<Option<FamilyAttention>, AppError> {
        let opened = match self.open(ctx, case, Action::ViewCaseOverview).await {
            Ok(opened) => opened,
            // Between listing and opening, the relation ended: not this reader's any more.
            Err(AppError::NotFound) => return Ok(None),
            Err(e) => return Err(e),
        };
        let Viewer::Professional { role, .. } = opened.standing.viewer else {
            return Ok(None);
        };
        let today = opened.today;
        let mut items = vec![];
        for alert in self.alerts(ctx, case).await? {
            items.push(Attention::UnsafeAlert {
                given_name: alert.given_name,
                on: app::domain::calendar::dutch_date(alert.at),
            });
        }
        // Only those who answer a family's messages see their threads.
        let mut answers_messages = false;
        match self.threads(ctx, case).await {
            Ok(threads) => {
                answers_messages = true;
                for t in threads {
                    let Some(since) = t.waiting_since else {
                        continue;
                    };
                    items.push(if t.overdue {
                        Attention::OverdueAnswer {
                            name: t.name,
                            since,
                        }
                    } else {
                        Attention::Unanswered {
                            name: t.name,
                            since,
                        }
                    });
                }
            }
            Err(AppError::NotFound) => {}
            Err(e) => return Err(e),
        }
        // Input waits on decisions, and reactions on the documents that ask for one.
        let mut items_with_input = vec![];
        for decision in DecisionService::list(self, ctx, case).await? {
            items_with_input.push(InputOn::Decision(decision.id.clone()));
            if attention::decision_due(decision.expected_on, decision.decided_on.is_some(), today) {
                if let Some(on) = decision.expected_on {
                    items.push(Attention::DecisionDue {
                        kind: decision.kind,
                        on,
                    });
                }
            }
            if let Some((kind, until)) =
                attention::running_deadline(decision.kind, decision.decided_on, today)
            {
                items.push(Attention::DeadlineRunning { kind, until });
            }
        }
        match DocumentService::list(self, ctx, case).await {
            Ok(documents) => items_with_input.extend(
                documents
                    .into_iter()
                    .filter(|d| d.kind.family_may_react())
                    .map(|d| InputOn::Document(d.id)),
            ),
            Err(AppError::NotFound) => {}
            Err(e) => return Err(e),
        }
        let mut waiting = 0_u32;
        let mut waiting_since = None;
        for on in &items_with_input {
            let inputs = self.for_item(ctx, case, on).await?;
            for input in inputs.others.iter().filter(|i| i.acknowledged.is_none()) {
                waiting += 1;
                waiting_since = match (waiting_since, input.sent) {
                    (Some(a), Some(b)) => Some(std::cmp::min(a, b)),
                    (a, b) => a.or(b),
                };
            }
        }
        if waiting > 0 {
            items.push(Attention::InputWaiting {
                count: waiting,
                since: waiting_since.unwrap_or(today),
            });
        }
        attention::sort(&mut items);
        Ok(Some(FamilyAttention {
            vaste: opened.standing.actor == ActorKind::VasteProfessional,
            case: opened.case,
            role,
            answers_messages,
            items,
        }))
    }
}

#[async_trait]
impl WorkService for Backend {
    #[instrument(skip_all, fields(request = %ctx.request_id.0))]
    async fn families(&self, ctx: &RequestContext) -> Result<Vec<FamilyAttention>, AppError> {
        if !matches!(ctx.subject()?, Subject::Professional(_)) {
            return Err(AppError::NotFound);
        }
        let mut families = vec![];
        for case in self.mine(ctx).await? {
            if let Some(family) = self.attention(ctx, &case.id).await? {
                families.push(family);
            }
        }
        families.sort_by_key(|f| attention::family_order(f.items.first(), &f.case.family_name));
        Ok(families)
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0))]
    async fn colleagues(&self, ctx: &RequestContext) -> Result<Vec<Colleague>, AppError> {
        if !matches!(ctx.subject()?, Subject::Professional(_)) {
            return Err(AppError::NotFound);
        }
        let mut conn = crate::store::connection(&self.db).await?;
        crate::store::organisations::working_professionals(&mut conn)
            .await?
            .into_iter()
            .map(colleague)
            .collect::<Result<_, crate::store::StoreError>>()
            .map_err(AppError::from)
    }

    #[instrument(skip_all, fields(request = %ctx.request_id.0))]
    async fn roles(&self, ctx: &RequestContext) -> Result<Vec<ProfessionalRole>, AppError> {
        let Subject::Professional(id) = ctx.subject()? else {
            return Err(AppError::NotFound);
        };
        let id: ProfessionalId = crate::store::id("professional id", id)?;
        let mut conn = crate::store::connection(&self.db).await?;
        let kind = crate::store::organisations::kind_of_professional(&mut conn, &id)
            .await?
            .ok_or(AppError::NotFound)?;
        Ok(ProfessionalRole::ALL
            .into_iter()
            .filter(|r| r.fits_organisation(kind))
            .collect())
    }
}
