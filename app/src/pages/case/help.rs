use leptos::prelude::*;

use super::{case_page, CaseFrame};
use crate::api::case_pages::case_help;
use crate::api::types::{HelpView, OrganisationContact};
use crate::i18n::{t, t_args};

fn tel(number: &str) -> String {
    format!("tel:{}", number.replace([' ', '-'], ""))
}

/// 112, Veilig Thuis and De Kindertelefoon, each a number to tap (also on the offline page).
#[component]
pub fn UrgentNumbers() -> impl IntoView {
    view! {
        <ul class="contact-list">
            <li><a class="contact-link" href="tel:112">{t("help-urgent-112")}</a></li>
            <li><a class="contact-link" href="tel:08002000">{t("help-urgent-veilig-thuis")}</a></li>
            <li><a class="contact-link" href="tel:08000432">{t("help-urgent-kindertelefoon")}</a></li>
        </ul>
    }
}

/// "Hulp en klachten" (F23): urgent numbers, the independent vertrouwenspersoon, and per
/// organisation on the case how to complain — one tap to call or write.
#[component]
pub fn HelpPage() -> impl IntoView {
    case_page(case_help, |view: HelpView| {
        view! {
            <CaseFrame header=view.header.clone() current="/hulp" title="help-title" lead="help-lead">
                <section class="card card--urgent" aria-labelledby="urgent-heading">
                    <h2 id="urgent-heading">{t("help-urgent-heading")}</h2>
                    <UrgentNumbers />
                </section>
                {view.vertrouwenspersoon.clone().map(|org| view! {
                    <section class="card" aria-labelledby="vp-heading">
                        <h2 id="vp-heading">{t("help-vertrouwenspersoon-heading")}</h2>
                        <p>{t("help-vertrouwenspersoon-text")}</p>
                        <ContactLinks org />
                    </section>
                })}
                <h2 id="klagen">{t("help-complaints-heading")}</h2>
                <p>{t("help-complaint-intro")}</p>
                <ul class="card-list">
                    {view.organisations.clone().into_iter().map(|org| {
                        let how = t(&format!("complaint-how-{}", org.kind.key()));
                        view! {
                            <li class="card">
                                <h3>{org.name.clone()}</h3>
                                <p>{how}</p>
                                <ComplaintLinks org />
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </CaseFrame>
        }
    })
}

#[component]
fn ContactLinks(org: OrganisationContact) -> impl IntoView {
    let website_label = t_args("help-website", &[("organisation", org.name.clone().into())]);
    view! {
        <ul class="contact-list">
            {org.phone.clone().map(|p| view! { <li><a class="contact-link" href=tel(&p)>{t("contact-call")} " " {p.clone()}</a></li> })}
            {org.email.clone().map(|e| { let href = format!("mailto:{e}"); view! { <li><a class="contact-link" href=href>{t("contact-mail")} " " {e}</a></li> } })}
            {org.website.clone().map(|w| view! { <li><a class="contact-link" href=w>{website_label}</a></li> })}
        </ul>
    }
}

#[component]
fn ComplaintLinks(org: OrganisationContact) -> impl IntoView {
    view! {
        <ul class="contact-list">
            {org.complaints_phone.clone().map(|p| view! { <li><a class="contact-link" href=tel(&p)>{t("contact-call")} " " {p.clone()}</a></li> })}
            {org.complaints_email.clone().map(|e| { let href = format!("mailto:{e}"); view! { <li><a class="contact-link" href=href>{t("contact-mail")} " " {e}</a></li> } })}
        </ul>
    }
}
