use leptos::prelude::*;

use super::{case_page, CaseFrame};
use crate::api::device::case_device_summary;
use crate::api::types::DeviceSummaryView;
use crate::components::glossed::Glossed;
use crate::components::professional_card::ProfessionalCardView;
use crate::i18n::{format_date, t, t_args, use_lang};

/// "Op dit toestel": a short summary of the case, and the choice to keep it on this phone for
/// reading without internet. The page draws the summary; `public/device.js` keeps it
/// encrypted on the phone when the person asks, and wipes it at sign-out, "Snel weg" and the
/// end of the session. Without JavaScript the summary is still here to read.
#[component]
pub fn DevicePage() -> impl IntoView {
    case_page(case_device_summary, |view: DeviceSummaryView| {
        view! {
            <CaseFrame header=view.header.clone() current="/op-dit-toestel" title="device-title" lead="device-lead">
                <Summary view=view.clone() />
                <KeepControls />
            </CaseFrame>
        }
    })
}

/// The summary itself. Its element is what the phone keeps (`data-device-summary`), so it
/// holds nothing that needs the network: no forms, and links only to call or e-mail.
#[component]
fn Summary(view: DeviceSummaryView) -> impl IntoView {
    let lang = use_lang();
    let audience = view.header.audience.key();
    let nothing_planned = view.next_decision.is_none() && view.next_meeting.is_none();
    let decision = view.next_decision.map(|d| {
        let when = match (d.decide_by, d.expected_on) {
            (Some(by), _) => t_args("decisions-by", &[("date", format_date(lang, by).into())]),
            (None, Some(e)) => t_args("decisions-expected", &[("date", format_date(lang, e).into())]),
            (None, None) => t("decisions-unknown-date"),
        };
        view! {
            <section class="card" aria-labelledby="device-decision-heading">
                <h3 id="device-decision-heading" class="card__label">{t("device-next-decision")}</h3>
                <p><strong><Glossed text=t(&format!("decision-{}", d.kind.key())) /></strong></p>
                <dl class="facts">
                    <dt>{t("decisions-who")}</dt>
                    <dd>{t(&format!("maker-{}", d.maker.key()))}</dd>
                    <dt>{t("decisions-when")}</dt>
                    <dd>{when}</dd>
                </dl>
            </section>
        }
    });
    let meeting = view.next_meeting.map(|m| {
        let when = t_args(
            "meetings-when",
            &[
                ("date", format_date(lang, m.date).into()),
                ("time", m.time.clone().into()),
            ],
        );
        view! {
            <section class="card" aria-labelledby="device-meeting-heading">
                <h3 id="device-meeting-heading" class="card__label">{t("device-next-meeting")}</h3>
                <p><strong><Glossed text=t(&format!("meeting-{}", m.kind.key())) /></strong></p>
                <p>{when}</p>
                <p>{t_args("meetings-where", &[("place", m.place.into())])}</p>
            </section>
        }
    });
    let term = view.running_term.and_then(|d| {
        let (kind, last) = d.objection?;
        let text = t_args(
            "decisions-after-deadline",
            &[
                ("date", format_date(lang, last).into()),
                ("deadline", t(&format!("deadline-{}", kind.key())).into()),
                ("audience", audience.into()),
            ],
        );
        Some(view! {
            <section class="card" aria-labelledby="device-term-heading">
                <h3 id="device-term-heading" class="card__label">{t("device-running-term")}</h3>
                <p><strong><Glossed text=t(&format!("decision-{}-decided", d.kind.key())) /></strong></p>
                <p class="deadline">{text}</p>
            </section>
        })
    });
    view! {
        <section data-device-summary aria-labelledby="device-summary-heading">
            <h2 id="device-summary-heading">{t("device-summary-heading")}</h2>
            <section class="card card--vaste" aria-labelledby="device-vaste-heading">
                <h3 id="device-vaste-heading" class="card__label">{t("overview-vaste-heading")}</h3>
                {match view.vaste {
                    Some(card) => view! { <ProfessionalCardView card heading_level=3 audience /> }.into_any(),
                    None => view! { <p>{t("overview-vaste-none")}</p> }.into_any(),
                }}
            </section>
            {decision}
            {meeting}
            {term}
            {nothing_planned.then(|| view! { <p>{t("device-nothing-planned")}</p> })}
        </section>
    }
}

/// The choice to keep it. Drawn hidden: the page script shows it where the browser can keep
/// the summary encrypted; without it, a sentence says what is needed. The `%time%` in the
/// texts is where the script puts the moment it was kept (in the page's language).
#[component]
fn KeepControls() -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="device-keep-heading">
            <h2 id="device-keep-heading">{t("device-keep-heading")}</h2>
            <p>{t("device-keep-how")}</p>
            <div
                data-device-keep
                hidden
                data-text-kept=t_args("device-kept", &[("time", "%time%".into())])
                data-text-not-kept=t("device-not-kept")
                data-text-forgotten=t("device-forgotten")
                data-text-failed=t("device-failed")
            >
                <p data-device-keep-state role="status"></p>
                <p class="actions">
                    <button type="button" class="button" data-device-keep-save>{t("device-keep-button")}</button>
                    " "
                    <button type="button" class="button button--secondary" data-device-keep-forget>{t("device-forget-button")}</button>
                </p>
            </div>
            <noscript><p>{t("device-needs-script")}</p></noscript>
        </section>
    }
}
