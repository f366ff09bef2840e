use leptos::prelude::*;

use super::{case_page, for_reader, CaseFrame};
use crate::api::case_pages::case_meetings;
use crate::api::types::MeetingsView;
use crate::components::glossed::Glossed;
use crate::i18n::{format_date, t, t_args, use_lang};

/// Meetings (F11): what, when, where, who will be there, and what to expect — written for the
/// reader (a youth of 12+ learns the judge invites them, and that a view is not a decision).
#[component]
pub fn MeetingsPage() -> impl IntoView {
    case_page(case_meetings, |view: MeetingsView| {
        let lang = use_lang();
        let header = view.header.clone();
        let empty = view.meetings.is_empty();
        view! {
            <CaseFrame header=view.header.clone() current="/afspraken" title="meetings-title" lead="meetings-lead">
                {empty.then(|| view! { <p>{t("meetings-none")}</p> })}
                <ul class="card-list">
                    {view.meetings.clone().into_iter().map(|m| {
                        let when = t_args("meetings-when", &[("date", format_date(lang, m.date).into()), ("time", m.time.clone().into())]);
                        let expect = for_reader(&format!("meeting-expect-{}", m.kind.key()), &header);
                        view! {
                            <li class="card">
                                <h2><Glossed text=t(&format!("meeting-{}", m.kind.key())) /></h2>
                                <p class="meeting__when"><strong>{when}</strong></p>
                                <p>{t_args("meetings-where", &[("place", m.place.clone().into())])}</p>
                                <h3>{t("meetings-who")}</h3>
                                <ul>{m.attendees.iter().map(|a| view! { <li>{a.clone()}</li> }).collect_view()}</ul>
                                <h3>{t("meetings-expect")}</h3>
                                <p><Glossed text=expect /></p>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </CaseFrame>
        }
    })
}
