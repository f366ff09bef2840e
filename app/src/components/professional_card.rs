use leptos::prelude::*;

use crate::api::types::{CardAbsence, ProfessionalCard, Reachability};
use crate::i18n::{format_date, t, t_args, translate, use_lang};

/// One professional: who, from which organisation, what they do for the family, and how and
/// when to reach them. `heading_level` keeps the page outline right wherever the card sits.
#[component]
pub fn ProfessionalCardView(
    card: ProfessionalCard,
    #[prop(default = 3)] heading_level: u8,
    /// Whom the after-hours numbers are for (`Audience::key`).
    #[prop(default = "parent")]
    audience: &'static str,
) -> impl IntoView {
    let role_key = card.role.key();
    let name = card.name.clone();
    let heading = match heading_level {
        2 => view! { <h2 class="card__name">{name}</h2> }.into_any(),
        _ => view! { <h3 class="card__name">{name}</h3> }.into_any(),
    };
    view! {
        {heading}
        // Away, and whom to call instead, before anything else; then how to reach them: that is
        // what a family opens the card for.
        {card.absence.clone().map(|absence| view! { <AbsenceNote absence name=card.name.clone() organisation=card.organisation.clone() /> })}
        <p class="card__meta">
            <span class="card__role">{t(&format!("role-{role_key}"))}</span>
            " · "
            <span class="card__organisation">{card.organisation.clone()}</span>
        </p>
        <ContactLinks phone=card.phone.clone() email=card.email.clone() />
        <p class="card__reach">{reach_sentence(&card.reach)}</p>
        {card.after_hours.then(|| view! {
            <p class="card__after-hours" role="note">{t_args("card-after-hours", &[("audience", audience.into())])}</p>
        })}
        <p class="card__does">{t(&format!("role-{role_key}-does"))}</p>
    }
}

/// Who is away, until when, and whom to reach meanwhile (F1).
#[component]
fn AbsenceNote(absence: CardAbsence, name: String, organisation: String) -> impl IntoView {
    let lang = use_lang();
    let text = if absence.away_now {
        t_args(
            "card-away",
            &[
                ("name", name.clone().into()),
                ("last", format_date(lang, absence.last_day).into()),
                ("back", format_date(lang, absence.back_on).into()),
            ],
        )
    } else {
        t_args(
            "card-away-soon",
            &[
                ("name", name.clone().into()),
                ("first", format_date(lang, absence.first_day).into()),
                ("last", format_date(lang, absence.last_day).into()),
            ],
        )
    };
    let instead = match &absence.substitute {
        Some(s) => view! {
            <p>{t_args("card-substitute", &[("name", s.name.clone().into())])}</p>
            <ContactLinks phone=s.phone.clone() email=s.email.clone() />
            <p class="card__reach">{reach_sentence(&s.reach)}</p>
        }
        .into_any(),
        None => view! {
            <p>{t_args("card-substitute-none", &[("organisation", organisation.into())])}</p>
        }
        .into_any(),
    };
    view! {
        <div class="absence" role="note">
            <p class="absence__text">{text}</p>
            {instead}
        </div>
    }
}

#[component]
fn ContactLinks(phone: Option<String>, email: Option<String>) -> impl IntoView {
    let phone_href = phone
        .as_ref()
        .map(|p| format!("tel:{}", p.replace([' ', '-'], "")));
    view! {
        <ul class="contact-list">
            {phone.zip(phone_href).map(|(phone, href)| view! {
                <li><a class="contact-link" href=href>{t("contact-call")} " " {phone}</a></li>
            })}
            {email.map(|email| {
                let href = format!("mailto:{email}");
                view! { <li><a class="contact-link" href=href>{t("contact-mail")} " " {email}</a></li> }
            })}
        </ul>
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
