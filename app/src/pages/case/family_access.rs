use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

use super::case_page;
use crate::api::activation::{family_access, IssueCode};
use crate::api::identity_types::{FamilyAccess, FamilyAccessView};
use crate::components::case_nav::CaseNav;
use crate::i18n::{format_date, t, t_args, use_lang};

/// "Toegang tot Helder" (vaste professional): who in the family can sign in, and a new code
/// for someone who cannot (first time, or lost their phone).
#[component]
pub fn FamilyAccessPage() -> impl IntoView {
    case_page(
        family_access,
        |(header, view): (crate::api::types::CaseHeader, FamilyAccessView)| {
            let case_id = view.case_id.to_string();
            view! {
                <Title text=t("access-title") />
                <div class="page">
                    <CaseNav header current="/toegang" />
                    <h1>{t("access-title")}</h1>
                    <p class="lead">{t_args("access-lead", &[("family", view.family_name.clone().into())])}</p>
                    <p>{t("access-identity-check")}</p>
                    <ul class="card-list">
                        {view.people.clone().into_iter().map(|person| view! { <Person person case_id=case_id.clone() /> }).collect_view()}
                    </ul>
                </div>
            }
        },
    )
}

#[component]
fn Person(person: FamilyAccess, case_id: String) -> impl IntoView {
    let lang = use_lang();
    let status = match (person.passkeys, person.open_code_until) {
        (_, Some(until)) => t_args(
            "access-status-code",
            &[("date", format_date(lang, until).into())],
        ),
        (0, None) => t("access-status-none"),
        (n, None) => t_args("access-status-passkeys", &[("count", n.into())]),
    };
    let button = t_args(
        "access-issue-label",
        &[("name", person.name.clone().into())],
    );
    let warning = (person.passkeys > 0).then(|| t("access-issue-warning"));
    view! {
        <li class="card">
            <h2 class="card__title">{person.name.clone()}</h2>
            <p class="card__meta">{t(&format!("relation-{}", person.relation.key()))}</p>
            <p>{status}</p>
            {warning.map(|w| view! { <p class="field__hint">{w}</p> })}
            <form method="post" action=IssueCode::url()>
                <input type="hidden" name="case_id" value=case_id />
                <input type="hidden" name="person_id" value=person.person_id.to_string() />
                <button type="submit" class="button button--secondary" aria-label=button>{t("access-issue")}</button>
            </form>
        </li>
    }
}
