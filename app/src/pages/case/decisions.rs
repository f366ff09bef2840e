use leptos::prelude::*;

use super::{case_page, CaseFrame};
use crate::api::case_pages::case_decisions;
use crate::api::types::{DecisionEntry, DecisionsView};
use crate::components::glossed::Glossed;
use crate::domain::deadlines::{countdown, Countdown};
use crate::i18n::{format_date, t, t_args, use_lang};

/// "Wat komt eraan" (F6): what is decided, who decides, by when, and what you can do before
/// and after. Decisions already taken stay while their objection term runs.
#[component]
pub fn DecisionsPage() -> impl IntoView {
    case_page(case_decisions, |view: DecisionsView| {
        let today = view.today;
        let empty = view.upcoming.is_empty() && view.recent.is_empty();
        view! {
            <CaseFrame header=view.header.clone() current="/wat-komt-eraan" title="decisions-title" lead="decisions-lead">
                {empty.then(|| view! { <p>{t("decisions-none")}</p> })}
                <ul class="card-list">
                    {view.recent.clone().into_iter().chain(view.upcoming.clone()).map(|d| view! {
                        <li class="card"><DecisionCard entry=d today case_id=view.header.case_id.to_string() /></li>
                    }).collect_view()}
                </ul>
            </CaseFrame>
        }
    })
}

#[component]
fn DecisionCard(entry: DecisionEntry, today: time::Date, case_id: String) -> impl IntoView {
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
            ],
        );
        view! { <p class="deadline" role="note"><strong>{text}</strong> " " {left}</p> }
    });
    let decided = entry.decided_on.is_some();
    view! {
        <h2><Glossed text=t(&format!("decision-{}", entry.kind.key())) /></h2>
        <dl class="facts">
            <dt>{t("decisions-who")}</dt>
            <dd>{t(&format!("maker-{}", entry.maker.key()))}</dd>
            <dt>{t("decisions-when")}</dt>
            <dd>{when}</dd>
        </dl>
        {entry.reasons.clone().map(|reasons| view! {
            <h3>{t("decisions-reasons")}</h3>
            <p class="message__body">{reasons}</p>
        })}
        {(!decided).then(|| view! {
            <h3>{t("decisions-before")}</h3>
            <ul>{entry.kind.before().into_iter().map(|s| view! { <li><Glossed text=t(&format!("step-action-{}", s.key())) /></li> }).collect_view()}</ul>
        })}
        <p>
            <a class="button button--secondary" href=format!("/zaak/{case_id}/wat-komt-eraan/{}", entry.id)>
                {t(if decided { "decisions-inputs-link" } else { "decisions-input-link" })}
            </a>
        </p>
        <h3>{t("decisions-after")}</h3>
        {objection}
        <ul>{entry.kind.after().into_iter().map(|s| view! { <li><Glossed text=t(&format!("step-action-{}", s.key())) /></li> }).collect_view()}</ul>
    }
}
