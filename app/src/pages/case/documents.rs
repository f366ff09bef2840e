use leptos::prelude::*;

use super::{case_page, CaseFrame};
use crate::api::case_pages::case_documents;
use crate::api::types::{DocumentEntry, DocumentsView};
use crate::i18n::{format_date, t, t_args, use_lang};

/// Where a document's file is opened (and downloaded): served only to those who may see it.
pub fn file_url(case_id: &str, document: &DocumentEntry) -> String {
    format!("/zaak/{case_id}/documenten/{}/bestand", document.id)
}

/// Documents (F24): the plans and reports with date, author and status; each opens on its own
/// page, with its file and, where the family may react, their reaction.
#[component]
pub fn DocumentsPage() -> impl IntoView {
    case_page(case_documents, |view: DocumentsView| {
        let lang = use_lang();
        let empty = view.documents.is_empty();
        let case_id = view.header.case_id.to_string();
        view! {
            <CaseFrame header=view.header.clone() current="/documenten" title="documents-title" lead="documents-lead">
                {empty.then(|| view! { <p>{t("documents-none")}</p> })}
                <ul class="card-list">
                    {view.documents.clone().into_iter().map(|d| {
                        let status = if d.final_version { "documents-status-definitief" } else { "documents-status-concept" };
                        let page = format!("/zaak/{case_id}/documenten/{}", d.id);
                        view! {
                            <li class="card" id=format!("document-{}", d.id)>
                                <h2><a href=page.clone()>{t(&format!("document-{}", d.kind.key()))}</a></h2>
                                <p class="card__meta">
                                    {t_args("documents-by", &[("organisation", d.organisation.clone().into())])}
                                    " · "
                                    {t_args("documents-dated", &[("date", format_date(lang, d.dated).into())])}
                                </p>
                                <p><span class="badge">{t(status)}</span></p>
                                <FileLink case_id=case_id.clone() document=d.clone() />
                                {d.reaction_open.then(|| view! {
                                    <p>
                                        <a href=format!("{page}#inbreng")>{t("documents-react-link")}</a>
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

/// "Open het document (PDF, 120 kB)", or that the file is not in Helder yet.
#[component]
pub fn FileLink(case_id: String, document: DocumentEntry) -> impl IntoView {
    match document.file.clone() {
        Some(file) => {
            let kb = (file.size + 1023) / 1024;
            view! {
                <p><a class="button button--secondary" href=file_url(&case_id, &document) download=file.name.clone()>
                    {t_args("documents-open", &[("size", kb.into())])}
                </a></p>
            }
            .into_any()
        }
        None => view! { <p class="card__meta">{t("documents-no-file")}</p> }.into_any(),
    }
}
