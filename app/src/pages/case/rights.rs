use leptos::prelude::*;

use super::{case_page, for_reader, CaseFrame};
use crate::api::case_pages::case_rights;
use crate::api::types::{CaseHeader, RightEntry, RightsView, RunningDeadline};
use crate::components::glossed::Glossed;
use crate::domain::deadlines::{countdown, Countdown};
use crate::domain::rights::Contact;
use crate::i18n::{format_date, t, t_args, use_lang};

/// "Mijn rechten" (F4): the rights of this phase first, with deadline and countdown; the
/// other phases one tap away (a disclosure that works without JavaScript).
#[component]
pub fn RightsPage() -> impl IntoView {
    case_page(case_rights, |view: RightsView| {
        let header = view.header.clone();
        let today = view.today;
        view! {
            <CaseFrame header=view.header.clone() current="/rechten" title="rights-title" lead="rights-lead">
                <h2>{t("rights-now-heading")} ": " {t(&format!("phase-{}", header.phase.key()))}</h2>
                <ul class="card-list">
                    {view.now.clone().into_iter().map(|entry| {
                        let header = header.clone();
                        view! { <li class="card"><RightCard entry header today /></li> }
                    }).collect_view()}
                </ul>
                <h2>{t("rights-other-phases-heading")}</h2>
                {view.other_phases.clone().into_iter().map(|(phase, rights)| {
                    let header = header.clone();
                    view! {
                        <details class="disclosure">
                            <summary>{t(&format!("phase-{}", phase.key()))}</summary>
                            <ul>
                                {rights.into_iter().map(|r| {
                                    let how = for_reader(&format!("right-{}-how", r.key()), &header);
                                    view! { <li><strong>{t(&format!("right-{}", r.key()))}</strong>". " <Glossed text=how /></li> }
                                }).collect_view()}
                            </ul>
                        </details>
                    }
                }).collect_view()}
            </CaseFrame>
        }
    })
}

#[component]
fn RightCard(entry: RightEntry, header: CaseHeader, today: time::Date) -> impl IntoView {
    let key = entry.right.key();
    let how = for_reader(&format!("right-{key}-how"), &header);
    let case_id = header.case_id.to_string();
    view! {
        <h3>{t(&format!("right-{key}"))}</h3>
        <p><Glossed text=how /></p>
        {entry.deadline.map(|d| view! { <DeadlineBox deadline=d today /> })}
        <div class="right__contact">
            <p><strong>{t("rights-contact")}</strong> " " {for_reader(&format!("contact-{}", entry.right.contact().key()), &header)}</p>
            <p><a class="contact-link" href=contact_href(entry.right.contact(), &case_id)>{t(&format!("contact-{}-link", entry.right.contact().key()))}</a></p>
        </div>
    }
}

/// Where "Wie kan je helpen?" sends the reader: a number to call, a website, or the page in
/// Helder with the organisation's own number.
fn contact_href(contact: Contact, case_id: &str) -> String {
    match contact {
        Contact::Jeugdstem => format!("/zaak/{case_id}/hulp#vp-heading"),
        Contact::VasteProfessional => format!("/zaak/{case_id}#vaste-heading"),
        Contact::OrganisationWithFile | Contact::Raad | Contact::Gi | Contact::Gemeente => {
            format!("/zaak/{case_id}/hulp#klagen")
        }
        Contact::VeiligThuis => "tel:08002000".into(),
        Contact::Rechtbank => "https://www.rechtspraak.nl/Organisatie-en-contact".into(),
        Contact::Lawyer => "https://www.juridischloket.nl".into(),
    }
}

#[component]
fn DeadlineBox(deadline: RunningDeadline, today: time::Date) -> impl IntoView {
    let lang = use_lang();
    let last = t_args(
        "rights-deadline",
        &[("date", format_date(lang, deadline.last_day).into())],
    );
    let count = match countdown(deadline.last_day, today) {
        Countdown::DaysLeft(days) => t_args("rights-days-left", &[("days", days.into())]),
        Countdown::Today => t("rights-due-today"),
        Countdown::Passed => t("rights-passed"),
    };
    let from = t_args(
        "rights-deadline-from",
        &[("date", format_date(lang, deadline.from).into())],
    );
    view! {
        <div class="deadline" role="note">
            <p class="deadline__date"><strong>{last}</strong> " " {count}</p>
            <p class="deadline__from">{from}</p>
        </div>
    }
}
