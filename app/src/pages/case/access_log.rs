use leptos::prelude::*;

use super::{case_page, CaseFrame};
use crate::api::case_pages::case_access_log;
use crate::api::types::AccessLogView;
use crate::i18n::{format_date, t, t_args, use_lang};

/// "Wie heeft mijn gegevens bekeken" (F14): every time a professional looked at or changed the
/// family's data: role, organisation, what and when.
#[component]
pub fn AccessLogPage() -> impl IntoView {
    case_page(case_access_log, |view: AccessLogView| {
        let lang = use_lang();
        let empty = view.entries.is_empty();
        view! {
            <CaseFrame header=view.header.clone() current="/bekeken" title="access-log-title" lead="access-log-lead">
                {empty.then(|| view! { <p>{t("access-log-none")}</p> })}
                <ol class="card-list access-log">
                    {view.entries.clone().into_iter().map(|e| {
                        let what = t(&format!("access-data-{}", e.data_kind.key()));
                        let sentence = t_args(
                            match (e.changed, e.preview) {
                                (true, _) => "access-log-changed",
                                (false, true) => "access-log-preview",
                                (false, false) => "access-log-read",
                            },
                            &[
                                ("role", t(&e.role.map_or("role-case-system".to_string(), |r| format!("role-{}", r.key()))).into()),
                                ("organisation", e.organisation.clone().into()),
                                ("what", what.into()),
                            ],
                        );
                        let when = t_args("access-log-when", &[("date", format_date(lang, e.date).into()), ("time", e.time.clone().into())]);
                        view! {
                            <li class="card">
                                <p class="card__meta">{when}</p>
                                <p>{sentence}</p>
                            </li>
                        }
                    }).collect_view()}
                </ol>
            </CaseFrame>
        }
    })
}
