//! "Mijn gezinnen" (professionals): every family the professional is on, the family whose
//! most urgent item is most urgent first, each item a link to the page where it is handled.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::work::my_families;
use crate::components::error_view::ErrorView;
use crate::domain::attention::Attention;
use crate::i18n::{format_date, t, t_args, use_lang};
use crate::model::work::FamilyAttention;

#[component]
pub fn WorkPage() -> impl IntoView {
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                match my_families().await {
                    Ok(families) => view! { <Families families /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Families(families: Vec<FamilyAttention>) -> impl IntoView {
    let query = leptos_router::hooks::use_query_map();
    let welcome = query.with_untracked(|q| q.get("welkom").is_some());
    let handed_over = query.with_untracked(|q| q.get("overgedragen").is_some());
    let waiting = families.iter().filter(|f| !f.items.is_empty()).count();
    let lead = t_args(
        "work-lead",
        &[
            ("count", families.len().into()),
            ("waiting", waiting.into()),
        ],
    );
    view! {
        <Title text=t("work-title") />
        <section class="page">
            <h1>{t("work-title")}</h1>
            {welcome.then(|| view! { <p class="card card--done" role="status">{t("work-welcome")}</p> })}
            {handed_over.then(|| view! { <p class="card card--done" role="status">{t("work-handed-over")}</p> })}
            <p class="lead">{lead}</p>
            <p class="button-row">
                <a class="button" href="/werk/nieuw">{t("work-new-case")}</a>
                " "
                <a class="button button--secondary" href="/werk/afwezig">{t("work-absence-link")}</a>
            </p>
            {if families.is_empty() {
                view! { <p>{t("work-empty")}</p> }.into_any()
            } else {
                view! {
                    <ul class="card-list">
                        {families.into_iter().map(|family| view! { <Family family /> }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn Family(family: FamilyAttention) -> impl IntoView {
    let lang = use_lang();
    let case = family.case.id.to_string();
    let urgent = family.items.first().is_some_and(Attention::urgent);
    let role = if family.vaste {
        t("work-you-are-vaste")
    } else {
        t(&format!("role-{}", family.role.key()))
    };
    let meta = format!(
        "{} · {} · {role}",
        family.case.municipality,
        t(&format!("phase-{}", family.case.phase.key()))
    );
    let messages = family.answers_messages;
    let heading_id = format!("gezin-{case}");
    view! {
        <li class=if urgent { "card card--urgent" } else { "card" }>
            <h2 class="card__title" id=heading_id>
                <a href=format!("/zaak/{case}")>{t_args("family-of", &[("name", family.case.family_name.clone().into())])}</a>
            </h2>
            <p class="card__meta">{meta}</p>
            <p><a class="button button--secondary" href=format!("/werk/zaak/{case}")>{t_args("work-edit", &[("name", family.case.family_name.clone().into())])}</a></p>
            {if family.items.is_empty() {
                view! { <p>{t("work-nothing-waiting")}</p> }.into_any()
            } else {
                view! {
                    <ul class="attention-list">
                        {family.items.into_iter().map(|item| {
                            let (text, path) = item_text(&item, lang, messages);
                            view! { <li><a href=format!("/zaak/{case}{path}")>{text}</a></li> }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </li>
    }
}

/// What an item says and the page (under the case) where it is handled.
fn item_text(item: &Attention, lang: crate::i18n::Lang, messages: bool) -> (String, &'static str) {
    let date = format_date(lang, item.date());
    let messages_page = if messages { "/berichten" } else { "" };
    match item {
        Attention::UnsafeAlert { given_name, .. } => (
            t_args(
                "attention-unsafe",
                &[("name", given_name.clone().into()), ("date", date.into())],
            ),
            messages_page,
        ),
        Attention::OverdueAnswer { name, .. } => (
            t_args(
                "attention-overdue",
                &[("name", name.clone().into()), ("date", date.into())],
            ),
            messages_page,
        ),
        Attention::Unanswered { name, .. } => (
            t_args(
                "attention-unanswered",
                &[("name", name.clone().into()), ("date", date.into())],
            ),
            messages_page,
        ),
        Attention::InputWaiting { count, .. } => (
            t_args(
                "attention-input",
                &[("count", (*count).into()), ("date", date.into())],
            ),
            "/wat-komt-eraan",
        ),
        Attention::DecisionDue { kind, .. } => (
            t_args(
                "attention-decision",
                &[
                    ("decision", t(&format!("decision-{}", kind.key())).into()),
                    ("date", date.into()),
                ],
            ),
            "/wat-komt-eraan",
        ),
        Attention::DeadlineRunning { kind, .. } => (
            t_args(
                "work-attention-deadline",
                &[
                    ("deadline", t(&format!("deadline-{}", kind.key())).into()),
                    ("date", date.into()),
                ],
            ),
            "/rechten",
        ),
    }
}
