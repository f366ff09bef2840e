use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::case::case_overview;
use crate::api::case_pages::AcknowledgeChange;
use crate::api::types::{NewVasteNotice, Overview, Viewer};
use crate::components::case_nav::CaseNav;
use crate::components::glossed::Glossed;
use crate::components::professional_card::ProfessionalCardView;
use crate::domain::deadlines::{countdown, Countdown};
use crate::domain::family_attention::FamilyItem;
use crate::i18n::{format_date, t, t_args, use_lang};
use leptos::server_fn::ServerFn;

/// "Mijn overzicht": who the vaste professional is, who else is involved, where we are now.
#[component]
pub fn OverviewPage() -> impl IntoView {
    crate::pages::case::case_page(
        case_overview,
        |overview: Overview| view! { <OverviewView overview /> },
    )
}

#[component]
fn OverviewView(overview: Overview) -> impl IntoView {
    let lang = use_lang();
    let for_family = overview.header.is_family;
    let (title, greeting) = match &overview.viewer {
        Viewer::Family { given_name, .. } => (
            t("overview-title"),
            t_args(
                "overview-greeting-family",
                &[("name", given_name.clone().into())],
            ),
        ),
        Viewer::Professional { .. } => (
            t_args(
                "overview-title-professional",
                &[("family", overview.family_name.clone().into())],
            ),
            t("overview-greeting-professional"),
        ),
    };
    let phase_key = overview.phase.key();
    let since = format_date(lang, overview.phase_since);
    let step = t_args(
        "overview-phase-step",
        &[
            ("step", overview.phase.step().into()),
            ("total", crate::domain::Phase::ALL.len().into()),
        ],
    );
    let vaste_heading = if for_family {
        "overview-vaste-heading"
    } else {
        "overview-vaste-heading-professional"
    };
    let others_empty = overview.others.is_empty();
    let case_id = overview.case_id.to_string();
    let audience = overview.header.audience.key();
    let attention = overview.attention.clone();
    let today = overview.today;
    view! {
        <Title text=title.clone() />
        <div class="page overview">
            <CaseNav header=overview.header.clone() current="" />
            <h1>{title}</h1>
            <p class="lead">{greeting}</p>
            {(!overview.alerts.is_empty()).then(|| view! { <AlertsBanner alerts=overview.alerts.clone() case_id=case_id.clone() link=overview.can_message /> })}
            {(!attention.is_empty()).then(|| view! { <AttentionList items=attention case_id=case_id.clone() today /> })}

            <section class="card card--vaste" aria-labelledby="vaste-heading">
                <h2 id="vaste-heading" class="card__label">{t(vaste_heading)}</h2>
                {match overview.vaste {
                    Some(card) => view! {
                        <ProfessionalCardView card heading_level=3 audience />
                        <p class="card__intro">{t(if for_family { "overview-vaste-intro" } else { "overview-vaste-intro-professional" })}</p>
                    }.into_any(),
                    None => view! { <p>{t("overview-vaste-none")}</p> }.into_any(),
                }}
            </section>
            {overview.new_vaste.clone().map(|notice| view! { <NewVasteBanner notice case_id=case_id.clone() /> })}
            {overview.manages_access.then(|| view! {
                <p><a class="button button--secondary" href=format!("/zaak/{case_id}/toegang")>{t("access-link")}</a></p>
            })}

            <section class="card" aria-labelledby="phase-heading">
                <h2 id="phase-heading">{t("overview-phase-heading")}</h2>
                <p class="phase__name"><strong>{t(&format!("phase-{phase_key}"))}</strong></p>
                <p><Glossed text=t(&format!("phase-{phase_key}-now")) /></p>
                <p class="phase__meta">
                    {t_args("overview-phase-since", &[("date", since.into())])} " · " {step}
                </p>
            </section>

            <section aria-labelledby="others-heading">
                <h2 id="others-heading">{t("overview-others-heading")}</h2>
                {if others_empty {
                    view! { <p>{t("overview-others-none")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="card-list">
                            {overview.others.into_iter().map(|card| view! {
                                <li class="card"><ProfessionalCardView card heading_level=3 audience /></li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>
        </div>
    }
}

/// "Nu belangrijk": what the family member should act on, the one that runs out first on top.
/// Each item is one short link to the page where it is done; the two that run out first fit
/// above the vaste professional on a phone's first screen (the rest are on their pages).
#[component]
fn AttentionList(items: Vec<FamilyItem>, case_id: String, today: time::Date) -> impl IntoView {
    let lang = use_lang();
    let date = move |d: time::Date| format_date(lang, d);
    let left = move |d: time::Date| match countdown(d, today) {
        Countdown::DaysLeft(days) => t_args("rights-days-left", &[("days", days.into())]),
        Countdown::Today => t("rights-due-today"),
        Countdown::Passed => String::new(),
    };
    view! {
        <section class="card card--attention" aria-labelledby="attention-heading">
            <h2 id="attention-heading" class="card__label">{t("overview-attention-heading")}</h2>
            <ul class="attention-list">
                {items.into_iter().take(2).map(|item| {
                    let (text, when, href) = match &item {
                        FamilyItem::DeadlineRunning { decision, until, .. } => (
                            t_args("attention-deadline", &[
                                ("decision", t(&format!("decision-{}-decided", decision.key())).into()),
                            ]),
                            Some(left(*until)),
                            format!("/zaak/{case_id}/rechten"),
                        ),
                        FamilyItem::UnreadAnswer { count } => (
                            t_args("attention-unread", &[("count", (*count).into())]),
                            None,
                            format!("/zaak/{case_id}/berichten"),
                        ),
                        FamilyItem::ViewAsked { decision, id, by } => (
                            t_args("attention-view", &[
                                ("decision", t(&format!("decision-{}", decision.key())).into()),
                            ]),
                            by.map(|by| t_args("attention-expected", &[("date", date(by).into())])),
                            format!("/zaak/{case_id}/wat-komt-eraan/{id}"),
                        ),
                        FamilyItem::ReactionAsked { document, id, until } => (
                            t_args("attention-reaction", &[
                                ("document", t(&format!("document-{}", document.key())).into()),
                            ]),
                            until.map(left),
                            format!("/zaak/{case_id}/documenten/{id}#inbreng"),
                        ),
                    };
                    view! {
                        <li class="attention-item">
                            <a href=href>{text}</a>
                            {when.map(|w| view! { <span class="attention-item__when">{w}</span> })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}

/// Shown until the family member says they have read it (F2).
#[component]
fn NewVasteBanner(notice: NewVasteNotice, case_id: String) -> impl IntoView {
    let lang = use_lang();
    let text = t_args(
        "changes-new-text",
        &[
            ("date", format_date(lang, notice.since).into()),
            ("name", notice.name.clone().into()),
            ("weeks", (crate::domain::team::NEW_FOR_DAYS / 7).into()),
        ],
    );
    view! {
        <section class="card card--notice" aria-labelledby="new-vaste-heading">
            <h2 id="new-vaste-heading">{t("changes-new-heading")}</h2>
            <p>{text}</p>
            <p><a href=format!("/zaak/{case_id}/wisselingen")>{t("changes-read-more")}</a></p>
            <form method="post" action=AcknowledgeChange::url()>
                <input type="hidden" name="case_id" value=case_id.clone() />
                <input type="hidden" name="change_id" value=notice.change_id.to_string() />
                <button type="submit" class="button button--secondary">{t("changes-seen-button")}</button>
            </form>
        </section>
    }
}

/// Urgent alerts of youths on this case that nobody read in time (F10), for every professional
/// on the case.
#[component]
fn AlertsBanner(
    alerts: Vec<crate::api::types::TeamAlert>,
    case_id: String,
    link: bool,
) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="card card--urgent" aria-labelledby="alerts-heading" role="alert">
            <h2 id="alerts-heading">{t("alerts-heading")}</h2>
            <ul>
                {alerts.into_iter().map(|a| view! {
                    <li>{t_args("alerts-item", &[
                        ("name", a.given_name.into()),
                        ("date", format_date(lang, a.date).into()),
                        ("time", a.time.into()),
                    ])}</li>
                }).collect_view()}
            </ul>
            {if link {
                view! { <p><a href=format!("/zaak/{case_id}/berichten")>{t("alerts-open")}</a></p> }.into_any()
            } else {
                view! { <p>{t("alerts-call")}</p> }.into_any()
            }}
        </section>
    }
}
