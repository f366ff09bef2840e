use leptos::prelude::*;

use super::{case_page, CaseFrame};
use crate::api::case_pages::case_powers;
use crate::api::types::{PowersEntry, PowersView};
use crate::components::glossed::Glossed;
use crate::i18n::t;

/// "Wie doet wat" (F3): every professional on the case with what they may decide now.
#[component]
pub fn PowersPage() -> impl IntoView {
    case_page(case_powers, |view: PowersView| {
        let phase = t(&format!("phase-{}", view.header.phase.key()));
        view! {
            <CaseFrame header=view.header.clone() current="/wie-doet-wat" title="powers-title" lead="powers-lead">
                <h2>{t("powers-now-heading")} ": " {phase.clone()}</h2>
                <ul class="card-list">
                    {view.people.clone().into_iter().map(|p| view! { <li class="card"><PowersCard entry=p /></li> }).collect_view()}
                </ul>
                <h2>{t("powers-other-phases-heading")}</h2>
                <p>{t("powers-other-phases-lead")}</p>
                {view.other_phases.clone().into_iter().map(|(phase, people)| view! {
                    <details class="disclosure">
                        <summary>{t(&format!("phase-{}", phase.key()))}</summary>
                        <ul>
                            {people.into_iter().map(|p| {
                                let role = t(&format!("role-{}", p.role.key()));
                                let may = if p.card.may.is_empty() {
                                    t("powers-nothing")
                                } else {
                                    p.card.may.iter().map(|m| t(&format!("power-{}", m.key()))).collect::<Vec<_>>().join(" ")
                                };
                                view! { <li><strong>{p.name}</strong> " (" {role} "): " <Glossed text=may /></li> }
                            }).collect_view()}
                        </ul>
                    </details>
                }).collect_view()}
            </CaseFrame>
        }
    })
}

#[component]
fn PowersCard(entry: PowersEntry) -> impl IntoView {
    let role = t(&format!("role-{}", entry.role.key()));
    let nothing = entry.card.may.is_empty();
    view! {
        <h3 class="card__name">{entry.name.clone()}</h3>
        <p class="card__meta">
            {role} " · " {entry.organisation.clone()}
            {entry.is_vaste.then(|| view! { <span class="badge">{t("overview-vaste-heading-professional")}</span> })}
        </p>
        <h4>{t("powers-may")}</h4>
        {if nothing {
            view! { <p>{t("powers-nothing")}</p> }.into_any()
        } else {
            view! {
                <ul class="powers powers--may">
                    {entry.card.may.iter().map(|p| view! { <li><Glossed text=t(&format!("power-{}", p.key())) /></li> }).collect_view()}
                </ul>
            }.into_any()
        }}
        <h4>{t("powers-may-not")}</h4>
        <ul class="powers powers--may-not">
            {entry.card.may_not.iter().map(|(p, d)| view! {
                <li>
                    <Glossed text=t(&format!("power-{}", p.key())) />
                    " "
                    <strong>{t(&format!("decider-{}", d.key()))}</strong>
                </li>
            }).collect_view()}
        </ul>
    }
}
