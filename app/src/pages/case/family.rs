use leptos::prelude::*;

use super::{case_page, CaseFrame};
use crate::api::case_pages::case_family;
use crate::api::types::{FamilyMember, FamilyView};
use crate::i18n::{t, t_args};

/// "Ons gezin": who is part of the case, and how to reach each other where that is allowed.
/// A protected address or number of someone else never arrives here, so it cannot be shown.
#[component]
pub fn FamilyPage() -> impl IntoView {
    case_page(case_family, |view: FamilyView| {
        view! {
            <CaseFrame header=view.header.clone() current="/gezin" title="family-title" lead="family-lead">
                <ul class="card-list">
                    {view.members.clone().into_iter().map(|member| view! { <Member member /> }).collect_view()}
                </ul>
                <p class="field__hint">{t("family-protected-note")}</p>
            </CaseFrame>
        }
    })
}

#[component]
fn Member(member: FamilyMember) -> impl IntoView {
    let relation = match (member.relation, member.age) {
        (crate::domain::FamilyRelation::Child, Some(age)) => {
            t_args("family-child-age", &[("age", age.into())])
        }
        (relation, _) => t(&format!("relation-{}", relation.key())),
    };
    let gezag = (member.relation == crate::domain::FamilyRelation::Parent).then(|| {
        t(if member.gezag {
            "family-gezag-yes"
        } else {
            "family-gezag-no"
        })
    });
    let details = [
        ("family-address", member.address.clone()),
        ("family-phone", member.phone.clone()),
        ("family-email", member.email.clone()),
    ];
    let none_shown = details.iter().all(|(_, v)| v.is_none());
    view! {
        <li class="card">
            <h2 class="card__title">
                {member.name.clone()}
                {member.you.then(|| view! { " " <span class="card__meta">{t("family-you")}</span> })}
            </h2>
            <p class="card__meta">{relation} {gezag.map(|g| view! { " · " {g} })}</p>
            {(!none_shown).then(|| view! {
                <dl class="contact">
                    {details.into_iter().filter_map(|(label, value)| value.map(|v| view! {
                        <dt>{t(label)}</dt>
                        <dd>{v}</dd>
                    })).collect_view()}
                </dl>
            })}
        </li>
    }
}
