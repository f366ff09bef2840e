//! "Berichten", one thread, the "ik voel me niet veilig" page and "Mijn inbreng".

use crate::api::message_types::{
    DecisionInputView, InputDraft as DraftView, InputItem, InputView, MessageView, ReadReceipt,
    TeamView, ThreadView, UnsafeView,
};
use crate::api::session::Draft;
use crate::domain::ids::IdempotencyKey;
use crate::domain::policy::{allows, Action, ActorKind};
use crate::model::case::OpenedCase;
use crate::model::input::{DecisionInputs, Input, InputOn};
use crate::model::message::{Thread, ThreadSummary};

use super::{header, local};

/// A thread, with the form for the next message: a fresh key, and the refused draft (with why)
/// if the last send was refused on this very thread.
pub fn thread_view(
    opened: &OpenedCase,
    thread: Thread,
    draft: Option<Draft>,
    draft_place: &str,
    new_key: IdempotencyKey,
) -> ThreadView {
    let draft =
        draft.filter(|d| d.case_id == opened.case.id.as_str() && d.person_id == draft_place);
    ThreadView {
        header: header(opened),
        person_id: thread.person,
        person_name: thread.person_name,
        answered_by: thread.answered_by,
        also_read_by: thread.also_read_by,
        writes: thread.writes,
        messages: thread
            .messages
            .into_iter()
            .map(|m| {
                let (date, time) = local(m.at);
                MessageView {
                    id: m.id,
                    mine: m.mine,
                    author: m.author,
                    body: m.body,
                    urgent: m.urgent,
                    date,
                    time,
                    read: m.read.map(|(by, at)| {
                        let (date, time) = local(at);
                        ReadReceipt { by, date, time }
                    }),
                }
            })
            .collect(),
        reply_by: thread.reply_by,
        overdue: thread.overdue,
        new_key,
        error: draft.as_ref().map(|d| d.error.clone()),
        draft: draft.map(|d| d.body),
    }
}

pub fn team_view(opened: &OpenedCase, threads: Vec<ThreadSummary>) -> TeamView {
    TeamView {
        header: header(opened),
        threads,
    }
}

pub fn unsafe_view(
    opened: &OpenedCase,
    vaste: Option<String>,
    new_key: IdempotencyKey,
) -> UnsafeView {
    UnsafeView {
        header: header(opened),
        vaste,
        new_key,
    }
}

fn input_view(i: Input) -> InputView {
    InputView {
        id: i.id,
        author: i.author,
        youth: i.youth,
        stance: i.stance.map(|s| s.key().to_string()),
        body: i.body,
        shared: i.shared,
        sent: i.sent,
        acknowledged: i.acknowledged,
        outcome: i.outcome,
    }
}

fn is_youth(actor: ActorKind) -> bool {
    matches!(
        actor,
        ActorKind::Youth12To15 | ActorKind::Youth16To17 | ActorKind::YoungAdult
    )
}

/// "Mijn inbreng" on one decision or document. A refused text comes back in the form (with
/// why), over the stored draft's other choices.
pub fn decision_input_view(
    opened: &OpenedCase,
    item: InputItem,
    inputs: DecisionInputs,
    refused: Option<Draft>,
    new_key: IdempotencyKey,
) -> DecisionInputView {
    let actor = opened.standing.actor;
    let (on, open) = match &item {
        InputItem::Decision(d) => (InputOn::Decision(d.id.clone()), d.decided_on.is_none()),
        InputItem::Document(d) => (InputOn::Document(d.id.clone()), d.reaction_open),
    };
    let place = format!("input:{}", on.item_id());
    let refused = refused.filter(|d| d.case_id == opened.case.id.as_str() && d.person_id == place);
    let stored = inputs.draft.map(|d| DraftView {
        stance: d.stance.map(|s| s.key().to_string()),
        body: d.body,
        shared: d.shared,
    });
    let error = refused.as_ref().map(|d| d.error.clone());
    let draft = match refused {
        Some(d) => Some(DraftView {
            body: d.body,
            ..stored.unwrap_or_default()
        }),
        None => stored,
    };
    DecisionInputView {
        header: header(opened),
        on,
        item,
        open,
        mine: inputs.mine.into_iter().map(input_view).collect(),
        others: inputs.others.into_iter().map(input_view).collect(),
        draft,
        error,
        new_key,
        can_give: allows(actor, Action::GiveDecisionInput),
        can_handle: allows(actor, Action::HandleDecisionInput),
        youth: is_youth(actor),
    }
}
