use leptos::prelude::*;

use super::{case_page, CaseFrame};
use crate::api::case_pages::case_changes;
use crate::api::types::ChangesView;
use crate::i18n::{format_date, t, t_args, use_lang};

/// Wisselingen (F2): who the vaste professional was, why it changed, and the handover summary
/// the family was given.
#[component]
pub fn ChangesPage() -> impl IntoView {
    case_page(case_changes, |view: ChangesView| {
        let lang = use_lang();
        let changed = view.history.len() > 1;
        view! {
            <CaseFrame header=view.header.clone() current="/wisselingen" title="changes-title" lead="changes-lead">
                {(!changed).then(|| view! { <p>{t("changes-none")}</p> })}
                <ol class="card-list" reversed=true>
                    {view.history.clone().into_iter().map(|v| {
                        let period = match v.until {
                            Some(until) => t_args("changes-period", &[("from", format_date(lang, v.from).into()), ("until", format_date(lang, until).into())]),
                            None => t_args("changes-since", &[("from", format_date(lang, v.from).into())]),
                        };
                        view! {
                            <li class="card">
                                <h2 class="card__name">{v.name.clone()}</h2>
                                <p class="card__meta">{t(&format!("role-{}", v.role.key()))} " · " {v.organisation.clone()}</p>
                                <p>{period}</p>
                                {v.reason.clone().map(|r| view! { <h3>{t("changes-reason")}</h3><p>{t(&format!("change-reason-{}", r.key()))}</p> })}
                                {v.handover.clone().map(|h| view! { <h3>{t("changes-handover")}</h3><blockquote class="handover">{h}</blockquote> })}
                            </li>
                        }
                    }).collect_view()}
                </ol>
            </CaseFrame>
        }
    })
}
