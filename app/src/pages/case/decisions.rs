use leptos::prelude::*;

use super::{case_page, CaseFrame};
use crate::api::case_pages::case_decisions;
use crate::api::types::{DecisionEntry, DecisionsView};
use crate::components::glossed::Glossed;
use crate::domain::deadlines::{countdown, Countdown};
use crate::i18n::{format_date, t, t_args, use_lang};

/// "Wat komt eraan" (F6): first what is still to be decided (soonest first: who decides, by
/// when, what you can do before and after); then what was decided (what, until when it can
/// last, and the term to object that it opened), while that term runs.
#[component]
pub fn DecisionsPage() -> impl IntoView {
    case_page(case_decisions, |view: DecisionsView| {
        let today = view.today;
        let case_id = view.header.case_id.to_string();
        let header = view.header.clone();
        view! {
            <CaseFrame header=view.header.clone() current="/wat-komt-eraan" title="decisions-title" lead="decisions-lead">
                <h2 id="komt-eraan">{t("decisions-upcoming-heading")}</h2>
                {if view.upcoming.is_empty() {
                    view! { <p>{t("decisions-none")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="card-list">
                            {view.upcoming.clone().into_iter().map(|d| view! {
                                <li class="card"><DecisionCard entry=d today case_id=case_id.clone() header=header.clone() /></li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
                {(!view.recent.is_empty()).then(|| view! {
                    <h2 id="besloten">{t("decisions-decided-heading")}</h2>
                    <p>{super::for_viewer("decisions-decided-lead", &header)}</p>
                    <ul class="card-list">
                        {view.recent.clone().into_iter().map(|d| view! {
                            <li class="card"><DecisionCard entry=d today case_id=case_id.clone() header=header.clone() /></li>
                        }).collect_view()}
                    </ul>
                })}
            </CaseFrame>
        }
    })
}

#[component]
fn DecisionCard(
    entry: DecisionEntry,
    today: time::Date,
    case_id: String,
    header: crate::api::types::CaseHeader,
) -> impl IntoView {
    let lang = use_lang();
    let when = match (entry.decided_on, entry.decide_by, entry.expected_on) {
        (Some(d), _, _) => t_args("decisions-taken", &[("date", format_date(lang, d).into())]),
        (None, Some(by), _) => t_args("decisions-by", &[("date", format_date(lang, by).into())]),
        (None, None, Some(e)) => t_args(
            "decisions-expected",
            &[("date", format_date(lang, e).into())],
        ),
        (None, None, None) => t("decisions-unknown-date"),
    };
    let objection = entry.objection.map(|(kind, last)| {
        let left = match countdown(last, today) {
            Countdown::DaysLeft(days) => t_args("rights-days-left", &[("days", days.into())]),
            Countdown::Today => t("rights-due-today"),
            Countdown::Passed => t("rights-passed"),
        };
        let text = t_args(
            "decisions-after-deadline",
            &[
                ("date", format_date(lang, last).into()),
                ("deadline", t(&format!("deadline-{}", kind.key())).into()),
                ("audience", header.audience.key().into()),
            ],
        );
        view! { <p class="deadline" role="note"><strong>{text}</strong> " " {left}</p> }
    });
    let decided = entry.decided_on.is_some();
    // A decision taken is no longer an open question: "Besluit over …" instead of "Of …".
    let title = if decided {
        t(&format!("decision-{}-decided", entry.kind.key()))
    } else {
        t(&format!("decision-{}", entry.kind.key()))
    };
    let lasts = entry.lasts_until.map(|until| {
        view! { <dt>{t("decisions-lasts")}</dt><dd>{t_args("decisions-lasts-until", &[("date", format_date(lang, until).into())])}</dd> }
    });
    // A child under 12 has no line and gives no input in Helder: no link to a page without
    // a form (they are heard in person).
    let input_link = match (header.is_family && !header.can_message, decided) {
        (true, _) => None,
        (false, true) => Some("decisions-inputs-link".to_string()),
        (false, false) => Some(super::for_viewer_key("decisions-input-link", &header)),
    };
    view! {
        <h3><Glossed text=title /></h3>
        <dl class="facts">
            <dt>{t("decisions-who")}</dt>
            <dd>{t(&format!("maker-{}", entry.maker.key()))}</dd>
            <dt>{t("decisions-when")}</dt>
            <dd>{when}</dd>
            {lasts}
        </dl>
        {entry.reasons.clone().map(|reasons| view! {
            <h4>{t("decisions-reasons")}</h4>
            <p class="message__body">{reasons}</p>
        })}
        {(!decided).then(|| view! {
            <h4>{super::for_viewer("decisions-before", &header)}</h4>
            <ul>{entry.kind.before().into_iter().map(|s| view! { <li><Glossed text=super::for_reader(&format!("step-action-{}", s.key()), &header) /></li> }).collect_view()}</ul>
        })}
        {input_link.map(|key| view! {
            <p>
                <a class="button button--secondary" href=format!("/zaak/{case_id}/wat-komt-eraan/{}", entry.id)>
                    {t(&key)}
                </a>
            </p>
        })}
        <h4>{super::for_viewer("decisions-after", &header)}</h4>
        {objection}
        <ul>{entry.kind.after().into_iter().map(|s| view! { <li><Glossed text=super::for_reader(&format!("step-action-{}", s.key()), &header) /></li> }).collect_view()}</ul>
    }
}
