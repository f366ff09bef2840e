use leptos::prelude::*;

use crate::api::types::{ProfessionalCard, Reachability};
use crate::i18n::{t, t_args, translate, use_lang};

/// One professional: who, from which organisation, what they do for the family, and how and
/// when to reach them. `heading_level` keeps the page outline right wherever the card sits.
#[component]
pub fn ProfessionalCardView(
    card: ProfessionalCard,
    #[prop(default = 3)] heading_level: u8,
) -> impl IntoView {
    let role_key = card.role.key();
    let name = card.name.clone();
    let heading = match heading_level {
        2 => view! { <h2 class="card__name">{name}</h2> }.into_any(),
        _ => view! { <h3 class="card__name">{name}</h3> }.into_any(),
    };
    let phone_href = card
        .phone
        .as_ref()
        .map(|p| format!("tel:{}", p.replace([' ', '-'], "")));
    view! {
        {heading}
        <p class="card__meta">
            <span class="card__role">{t(&format!("role-{role_key}"))}</span>
            " · "
            <span class="card__organisation">{card.organisation.clone()}</span>
        </p>
        <p class="card__does">{t(&format!("role-{role_key}-does"))}</p>
        <ul class="contact-list">
            {card.phone.clone().zip(phone_href).map(|(phone, href)| view! {
                <li><a class="contact-link" href=href>{t("contact-call")} " " {phone}</a></li>
            })}
            {card.email.clone().map(|email| {
                let href = format!("mailto:{email}");
                view! { <li><a class="contact-link" href=href>{t("contact-mail")} " " {email}</a></li> }
            })}
        </ul>
        <p class="card__reach">{reach_sentence(&card.reach)}</p>
    }
}

/// "Bereikbaar op maandag, dinsdag en donderdag van 09:00 tot 17:00."
fn reach_sentence(reach: &Reachability) -> String {
    let lang = use_lang();
    let mut days: Vec<String> = reach
        .days
        .iter()
        .filter(|d| (1..=7).contains(*d))
        .map(|d| translate(lang, &format!("weekday-{d}"), None))
        .collect();
    if days.is_empty() {
        return t("reach-unknown");
    }
    let last = days.pop().unwrap_or_default();
    let list = if days.is_empty() {
        last
    } else {
        t_args(
            "list-and",
            &[("first", days.join(", ").into()), ("last", last.into())],
        )
    };
    match (&reach.from, &reach.until) {
        (Some(from), Some(until)) => t_args(
            "reach-days-hours",
            &[
                ("days", list.into()),
                ("from", from.clone().into()),
                ("until", until.clone().into()),
            ],
        ),
        _ => t_args("reach-days", &[("days", list.into())]),
    }
}
