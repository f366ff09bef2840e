use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::{case_page, CaseFrame};
use crate::api::message_types::{MessageView, MessagesView, TeamView, ThreadSummary, ThreadView};
use crate::api::messages::{case_messages, case_thread, SendMessage};
use crate::components::case_nav::CaseNav;
use crate::components::error_view::ErrorView;
use crate::components::live_updates::{stream_for, LiveUpdates};
use crate::components::outbox::Outbox;
use crate::domain::messages::MESSAGE_MAX;
use crate::i18n::{format_date, t, t_args, use_lang};

/// "Berichten": a family member's own line to their vaste professional, or for those who
/// answer, the list of the family's threads.
#[component]
pub fn MessagesPage() -> impl IntoView {
    case_page(case_messages, |view: MessagesView| {
        match view {
        MessagesView::Own(thread) => view! {
            <CaseFrame header=thread.header.clone() current="/berichten" title="messages-title" lead="messages-lead">
                <Thread thread=thread.clone() own=true />
            </CaseFrame>
        }
        .into_any(),
        MessagesView::Team(team) => view! {
            <CaseFrame header=team.header.clone() current="/berichten" title="messages-title" lead="messages-lead">
                <Team team=team.clone() />
            </CaseFrame>
        }
        .into_any(),
    }
    })
}

/// One family member's thread, for the vaste professional and the veiligheidsteam member.
#[component]
pub fn ThreadPage() -> impl IntoView {
    let (case_id, person_id) = use_params_map().with_untracked(|p| {
        (
            p.get("case_id").unwrap_or_default(),
            p.get("person_id").unwrap_or_default(),
        )
    });
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                match case_thread(case_id, person_id).await {
                    Ok(thread) => view! {
                        <Title text=t_args("thread-title", &[("name", thread.person_name.clone().into())]) />
                        <div class="page">
                            <CaseNav header=thread.header.clone() current="/berichten" />
                            <p><a href=format!("/zaak/{}/berichten", thread.header.case_id)>{t("thread-back")}</a></p>
                            <h1>{t_args("thread-title", &[("name", thread.person_name.clone().into())])}</h1>
                            <Thread thread own=false />
                        </div>
                    }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Thread(thread: ThreadView, own: bool) -> impl IntoView {
    let lang = use_lang();
    let youth = matches!(
        thread.header.audience,
        crate::domain::Audience::Youth
            | crate::domain::Audience::Youth16
            | crate::domain::Audience::Adult
    );
    let who_reads = match (&thread.answered_by, own) {
        (Some(name), true) => t_args(
            "messages-who-reads",
            &[
                ("name", name.clone().into()),
                ("others", thread.also_read_by.join(", ").into()),
                ("count", thread.also_read_by.len().into()),
            ],
        ),
        (None, true) => t("messages-who-reads-none"),
        (_, false) => t_args(
            "thread-who-reads",
            &[("name", thread.person_name.clone().into())],
        ),
    };
    let commitment = thread.reply_by.map(|by| {
        let date = format_date(lang, by);
        match (own, thread.overdue) {
            (true, _) => t_args("messages-reply-by", &[("date", date.into())]),
            (false, false) => t_args("thread-reply-by", &[("date", date.into())]),
            (false, true) => t_args("thread-overdue", &[("date", date.into())]),
        }
    });
    let overdue = thread.overdue && !own;
    let empty = thread.messages.is_empty();
    let error = thread.error.clone().map(|id| t(&id));
    let invalid = error.is_some();
    let person_field = if own {
        String::new()
    } else {
        thread.person_id.to_string()
    };
    let page_path = if own {
        format!("/zaak/{}/berichten", thread.header.case_id)
    } else {
        format!(
            "/zaak/{}/berichten/{}",
            thread.header.case_id, thread.person_id
        )
    };
    view! {
        <p>{who_reads}</p>
        {(own && youth).then(|| view! { <p><strong>{t("messages-private-youth")}</strong></p> })}
        <LiveUpdates stream=stream_for(&page_path) announce=t("live-updated") />
        <div data-live="thread">
            {commitment.map(|c| view! {
                <p class=if overdue { "card card--urgent" } else { "card card--done" } role="status">{c}</p>
            })}
            {empty.then(|| view! { <p>{t("messages-none")}</p> })}
            <ol class="messages">
                {thread.messages.clone().into_iter().map(|m| view! { <Message m /> }).collect_view()}
            </ol>
        </div>
        {(!thread.writes).then(|| view! { <p class="card card--urgent" role="note">{t_args("thread-no-line", &[("name", thread.person_name.clone().into())])}</p> })}
        {thread.writes.then(|| view! {
        <Outbox />
        // Written without internet, the page script keeps it on the phone and sends it later.
        <form method="post" action=SendMessage::url() class="form" id="bericht" data-offline-queue="body" data-offline-max=MESSAGE_MAX>
            <input type="hidden" name="case_id" value=thread.header.case_id.to_string() />
            <input type="hidden" name="person_id" value=person_field />
            <input type="hidden" name="key" value=thread.new_key.to_string() />
            <div class="field">
                <label for="body">{t(if own { "messages-body-label" } else { "thread-body-label" })}</label>
                <p class="field__hint" id="body-hint">{t_args("messages-body-hint", &[("max", MESSAGE_MAX.into())])}</p>
                {error.map(|e| view! { <p class="field__error" id="body-error" role="alert">{e}</p> })}
                <textarea
                    id="body"
                    name="body"
                    rows="5"
                    aria-describedby=if invalid { "body-hint body-error" } else { "body-hint" }
                    aria-invalid=invalid.then_some("true")
                >{thread.draft.clone().unwrap_or_default()}</textarea>
            </div>
            <button type="submit" class="button">{t("messages-send")}</button>
        </form>
        })}
    }
}

#[component]
fn Message(m: MessageView) -> impl IntoView {
    let lang = use_lang();
    let when = t_args(
        "messages-when",
        &[
            ("date", format_date(lang, m.date).into()),
            ("time", m.time.clone().into()),
        ],
    );
    let class = match (m.mine, m.urgent) {
        (_, true) => "message message--urgent",
        (true, false) => "message message--mine",
        (false, false) => "message",
    };
    let read = (m.mine).then(|| match &m.read {
        Some(r) => t_args(
            "messages-read",
            &[
                ("name", r.by.clone().into()),
                ("date", format_date(lang, r.date).into()),
                ("time", r.time.clone().into()),
            ],
        ),
        None => t("messages-unread"),
    });
    view! {
        <li class=class id=format!("m-{}", m.id)>
            <p class="message__meta">
                <strong>{if m.mine { t("messages-you") } else { m.author.clone() }}</strong>
                " · " {when}
            </p>
            {m.urgent.then(|| view! { <p class="message__flag">{t("messages-urgent")}</p> })}
            {(!m.body.is_empty()).then(|| view! { <p class="message__body">{m.body.clone()}</p> })}
            {read.map(|r| view! { <p class="message__read">{r}</p> })}
        </li>
    }
}

#[component]
fn Team(team: TeamView) -> impl IntoView {
    let case_id = team.header.case_id.to_string();
    let stream = stream_for(&format!("/zaak/{case_id}/berichten"));
    view! {
        <LiveUpdates stream announce=t("live-updated") />
        <ul class="card-list" data-live="team">
            {team.threads.into_iter().map(|s| view! { <Summary s case_id=case_id.clone() /> }).collect_view()}
        </ul>
    }
}

#[component]
fn Summary(s: ThreadSummary, case_id: String) -> impl IntoView {
    let lang = use_lang();
    let who = match s.age {
        Some(age) => t_args("family-child-age", &[("age", age.into())]),
        None => t(&format!("relation-{}", s.relation.key())),
    };
    let unread = t_args("team-unread", &[("count", s.unread.into())]);
    let waiting = s.waiting_since.map(|d| {
        t_args(
            if s.overdue {
                "team-overdue"
            } else {
                "team-waiting"
            },
            &[("date", format_date(lang, d).into())],
        )
    });
    let open = t_args("team-open", &[("name", s.name.clone().into())]);
    view! {
        <li class=if s.urgent_unread || s.overdue { "card card--urgent" } else { "card" }>
            <h2 class="card__title">{s.name.clone()}</h2>
            <p class="card__meta">{who} " · " {unread}</p>
            {s.urgent_unread.then(|| view! { <p><strong>{t("team-urgent")}</strong></p> })}
            {waiting.map(|w| view! { <p>{w}</p> })}
            <p><a href=format!("/zaak/{case_id}/berichten/{}", s.person)>{open}</a></p>
        </li>
    }
}
