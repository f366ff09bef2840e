use leptos::prelude::*;

use super::{case_page, CaseFrame};
use crate::api::case_pages::case_documents;
use crate::api::types::DocumentsView;
use crate::components::glossed::Glossed;
use crate::i18n::{format_date, t, t_args, use_lang};

/// Documents (F24): the plans and reports with date, author and status; says where the family
/// may add their own reaction.
#[component]
pub fn DocumentsPage() -> impl IntoView {
    case_page(case_documents, |view: DocumentsView| {
        let lang = use_lang();
        let empty = view.documents.is_empty();
        view! {
            <CaseFrame header=view.header.clone() current="/documenten" title="documents-title" lead="documents-lead">
                {empty.then(|| view! { <p>{t("documents-none")}</p> })}
                <ul class="card-list">
                    {view.documents.clone().into_iter().map(|d| {
                        let status = if d.final_version { "documents-status-definitief" } else { "documents-status-concept" };
                        view! {
                            <li class="card">
                                <h2><Glossed text=t(&format!("document-{}", d.kind.key())) /></h2>
                                <p class="card__meta">
                                    {t_args("documents-by", &[("organisation", d.organisation.clone().into())])}
                                    " · "
                                    {t_args("documents-dated", &[("date", format_date(lang, d.dated).into())])}
                                </p>
                                <p><span class="badge">{t(status)}</span></p>
                                {d.may_react.then(|| view! {
                                    <p>{t("documents-may-react")}
                                        {d.react_until.map(|u| view! { " " {t_args("documents-react-until", &[("date", format_date(lang, u).into())])} })}
                                    </p>
                                })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </CaseFrame>
        }
    })
}
