//! "Beheer" (administrators): the organisations of the chain and the people who sign in for
//! work, with a one-time activation code for each and a professional leaving. Plain forms:
//! everything works without JavaScript. An administrator never sees a family's case here.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

use crate::api::forms::{kept_form, FormState};
use crate::api::staff::{
    staff_letter, staff_overview, AddOrganisation, AddStaffMember, IssueStaffCode,
    LeaveOrganisation, ReviewerRight, StaffPicture, API_KEY_FORM, LEAVE_FORM, MEMBER_FORM,
    ORGANISATION_FORM,
};
use crate::components::error_view::ErrorView;
use crate::components::form::{FormProblems, SelectField, TextField};
use crate::components::letter::LetterSteps;
use crate::domain::OrganisationKind;
use crate::i18n::{format_date, t, t_args, use_lang};
use crate::model::staff::{StaffCode, StaffKind, StaffMember, StaffOrganisation};
use crate::pages::admin_keys::ApiKeys;

#[component]
pub fn StaffPage() -> impl IntoView {
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let loaded = async {
                    let overview = staff_overview().await?;
                    let organisation = kept_form(ORGANISATION_FORM.into()).await?;
                    let member = kept_form(MEMBER_FORM.into()).await?;
                    let leave = kept_form(LEAVE_FORM.into()).await?;
                    let key = kept_form(API_KEY_FORM.into()).await?;
                    Ok::<_, crate::api::AppError>((overview, organisation, member, leave, key))
                }
                .await;
                match loaded {
                    Ok((overview, organisation, member, leave, key)) => {
                        view! { <Staff overview organisation member leave key /> }.into_any()
                    }
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn kind_label(kind: StaffKind) -> String {
    t(&format!("staff-kind-{}", kind.key()))
}

#[component]
fn Staff(
    overview: StaffPicture,
    organisation: FormState,
    member: FormState,
    leave: FormState,
    key: FormState,
) -> impl IntoView {
    let query = leptos_router::hooks::use_query_map();
    let added = query.with_untracked(|q| q.get("toegevoegd").is_some());
    let left = query.with_untracked(|q| q.get("vertrokken").is_some());
    let welcome = query.with_untracked(|q| q.get("welkom").is_some());
    let right = query.with_untracked(|q| q.get("recht").is_some());
    let organisations = overview.organisations.clone();
    let organisations_for_keys = overview.organisations.clone();
    view! {
        <Title text=t("staff-title") />
        <section class="page">
            <h1>{t("staff-title")}</h1>
            <p class="lead">{t("staff-lead")}</p>
            {welcome.then(|| view! { <p class="card card--done" role="status">{t("staff-welcome")}</p> })}
            {added.then(|| view! { <p class="card card--done" role="status">{t("staff-added")}</p> })}
            {left.then(|| view! { <p class="card card--done" role="status">{t("staff-left-done")}</p> })}
            {right.then(|| view! { <p class="card card--done" role="status">{t("staff-reviewer-right-done")}</p> })}
            <nav aria-label=t("staff-sections")>
                <ul class="button-row">
                    <li><a href="#mensen">{t("staff-people-title")}</a></li>
                    <li><a href="#persoon-toevoegen">{t("staff-add-person-title")}</a></li>
                    <li><a href="#organisaties">{t("staff-organisations-title")}</a></li>
                    <li><a href="#sleutels">{t("admin-keys-title")}</a></li>
                    <li><a href="/teksten">{t("workplace-review")}</a></li>
                </ul>
            </nav>

            <h2 id="mensen">{t("staff-people-title")}</h2>
            <FormProblems state=leave.clone() labels=no_labels() />
            {if overview.members.is_empty() {
                view! { <p>{t("staff-people-empty")}</p> }.into_any()
            } else {
                view! {
                    <ul class="card-list">
                        {overview.members.into_iter().map(|m| view! { <Member member=m leave=leave.clone() /> }).collect_view()}
                    </ul>
                }.into_any()
            }}

            <h2 id="persoon-toevoegen">{t("staff-add-person-title")}</h2>
            <AddMemberForm state=member organisations=organisations />

            <h2 id="organisaties">{t("staff-organisations-title")}</h2>
            {if overview.organisations.is_empty() {
                view! { <p>{t("staff-organisations-empty")}</p> }.into_any()
            } else {
                view! {
                    <ul class="card-list">
                        {overview.organisations.into_iter().map(|o| view! { <Organisation organisation=o /> }).collect_view()}
                    </ul>
                }.into_any()
            }}

            <h2 id="organisatie-toevoegen">{t("staff-add-organisation-title")}</h2>
            <AddOrganisationForm state=organisation />

            <ApiKeys keys=overview.api_keys organisations=organisations_for_keys state=key />
        </section>
    }
}

#[component]
fn Member(member: StaffMember, leave: FormState) -> impl IntoView {
    let lang = use_lang();
    let name = format!("{} {}", member.given_name, member.family_name);
    let meta = match &member.organisation {
        Some((_, org)) => format!("{} · {org}", kind_label(member.kind)),
        None => kind_label(member.kind),
    };
    let status = match (member.left_on, member.open_code_until, member.passkeys) {
        (Some(on), _, _) => t_args(
            "staff-status-left",
            &[("date", format_date(lang, on).into())],
        ),
        (None, Some(until), _) => t_args(
            "staff-status-code",
            &[("date", format_date(lang, until).into())],
        ),
        (None, None, 0) => t("staff-status-none"),
        (None, None, n) => t_args("staff-status-passkeys", &[("count", n.into())]),
    };
    let active = member.left_on.is_none();
    let code_label = t_args("staff-issue-label", &[("name", name.clone().into())]);
    let anchor = format!("persoon-{}", member.id);
    let confirm_name = format!("confirm-{}", member.id);
    let leave_error = leave.field(&confirm_name);
    let is_professional = member.kind == StaffKind::Professional;
    view! {
        <li class="card" id=anchor>
            <h3 class="card__title">{name.clone()}</h3>
            <p class="card__meta">{meta}</p>
            {member.email.clone().map(|e| view! { <p>{e}</p> })}
            <p>{status}</p>
            {active.then(|| view! {
                {(member.passkeys > 0).then(|| view! { <p class="field__hint">{t("staff-issue-warning")}</p> })}
                <form method="post" action=IssueStaffCode::url()>
                    <input type="hidden" name="kind" value=member.kind.key() />
                    <input type="hidden" name="id" value=member.id.clone() />
                    <button type="submit" class="button button--secondary" aria-label=code_label.clone()>{t("staff-issue")}</button>
                </form>
            })}
            {(active && member.kind == StaffKind::Reviewer).then(|| {
                let (status, button, value) = if member.may_accept {
                    (t("staff-reviewer-may-accept"), t("staff-reviewer-take-right"), "no")
                } else {
                    (t("staff-reviewer-may-not-accept"), t("staff-reviewer-give-right"), "yes")
                };
                let label = format!("{button}: {name}");
                view! {
                    <p>{status}</p>
                    <form method="post" action=ReviewerRight::url()>
                        <input type="hidden" name="reviewer_id" value=member.id.clone() />
                        <input type="hidden" name="may" value=value />
                        <button type="submit" class="button button--secondary" aria-label=label>{button}</button>
                    </form>
                }
            })}
            {(active && is_professional).then(|| view! {
                <details class="staff-leave">
                    <summary>{t("staff-leave-open")}</summary>
                    <form method="post" action=LeaveOrganisation::url() class="form">
                        <input type="hidden" name="professional_id" value=member.id.clone() />
                        <p>{t_args("staff-leave-explain", &[("name", name.clone().into())])}</p>
                        {leave_error.map(|m| view! { <p class="field__error" id=format!("{confirm_name}-error")>{crate::i18n::t_message(&m)}</p> })}
                        <div class="choice-row">
                            <input type="checkbox" id=confirm_name.clone() name="confirm" value="yes" />
                            <label for=confirm_name.clone()>{t_args("staff-leave-confirm", &[("name", name.clone().into())])}</label>
                        </div>
                        <button type="submit" class="button button--urgent">{t("staff-leave-submit")}</button>
                    </form>
                </details>
            })}
        </li>
    }
}

#[component]
fn AddMemberForm(state: FormState, organisations: Vec<StaffOrganisation>) -> impl IntoView {
    let kinds: Vec<(String, String)> = StaffKind::ALL
        .into_iter()
        .map(|k| (k.key().to_string(), kind_label(k)))
        .collect();
    let mut orgs: Vec<(String, String)> = vec![(String::new(), t("staff-organisation-none"))];
    orgs.extend(
        organisations
            .into_iter()
            .map(|o| (o.id.to_string(), o.name)),
    );
    let labels = vec![
        ("kind".to_string(), t("staff-field-kind")),
        ("organisation".to_string(), t("staff-field-organisation")),
        ("given_name".to_string(), t("staff-field-given-name")),
        ("family_name".to_string(), t("staff-field-family-name")),
        ("email".to_string(), t("staff-field-email")),
        ("phone".to_string(), t("staff-field-phone")),
    ];
    view! {
        <form method="post" action=AddStaffMember::url() class="form">
            <FormProblems state=state.clone() labels=labels />
            <SelectField state=state.clone() name="kind" label=t("staff-field-kind") options=kinds default="professional" />
            <SelectField state=state.clone() name="organisation" label=t("staff-field-organisation") hint=t("staff-field-organisation-hint") options=orgs />
            <TextField state=state.clone() name="given_name" label=t("staff-field-given-name") required=true autocomplete="off" />
            <TextField state=state.clone() name="family_name" label=t("staff-field-family-name") required=true autocomplete="off" />
            <TextField state=state.clone() name="email" label=t("staff-field-email") hint=t("staff-field-email-hint") kind="email" autocomplete="off" />
            <TextField state=state name="phone" label=t("staff-field-phone") hint=t("staff-field-phone-hint") kind="tel" autocomplete="off" />
            <button type="submit" class="button">{t("staff-add-person-submit")}</button>
        </form>
    }
}

#[component]
fn Organisation(organisation: StaffOrganisation) -> impl IntoView {
    view! {
        <li class="card">
            <h3 class="card__title">{organisation.name.clone()}</h3>
            <p class="card__meta">{t(&format!("organisation-kind-{}", organisation.kind.key()))}</p>
            <p>{t_args("staff-organisation-working", &[("count", organisation.working.into())])}</p>
            {organisation.phone.clone().map(|p| view! { <p>{p}</p> })}
            {organisation.email.clone().map(|e| view! { <p>{e}</p> })}
        </li>
    }
}

#[component]
fn AddOrganisationForm(state: FormState) -> impl IntoView {
    let kinds: Vec<(String, String)> = OrganisationKind::ALL
        .into_iter()
        .map(|k| {
            (
                k.key().to_string(),
                t(&format!("organisation-kind-{}", k.key())),
            )
        })
        .collect();
    let labels = vec![
        ("kind".to_string(), t("staff-field-organisation-kind")),
        ("name".to_string(), t("staff-field-organisation-name")),
        ("phone".to_string(), t("staff-field-phone")),
        ("email".to_string(), t("staff-field-email")),
        ("website".to_string(), t("staff-field-website")),
    ];
    view! {
        <form method="post" action=AddOrganisation::url() class="form">
            <FormProblems state=state.clone() labels=labels suffix="-organisatie" />
            <SelectField state=state.clone() suffix="-organisatie" name="kind" label=t("staff-field-organisation-kind") options=kinds default="wijkteam" />
            <TextField state=state.clone() suffix="-organisatie" name="name" label=t("staff-field-organisation-name") required=true autocomplete="organization" />
            <TextField state=state.clone() suffix="-organisatie" name="phone" label=t("staff-field-phone") hint=t("staff-field-organisation-phone-hint") kind="tel" autocomplete="off" />
            <TextField state=state.clone() suffix="-organisatie" name="email" label=t("staff-field-email") kind="email" autocomplete="off" />
            <TextField state=state suffix="-organisatie" name="website" label=t("staff-field-website") autocomplete="off" />
            <button type="submit" class="button">{t("staff-add-organisation-submit")}</button>
        </form>
    }
}

/// The activation letter for someone who signs in for work: shown once, printable.
#[component]
pub fn StaffCodePage() -> impl IntoView {
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                match staff_letter().await {
                    Ok(Some(code)) => view! { <StaffLetter code /> }.into_any(),
                    Ok(None) => view! {
                        <Title text=t("letter-gone-title") />
                        <section class="page">
                            <h1>{t("letter-gone-title")}</h1>
                            <p>{t("letter-gone-text")}</p>
                            <p><a href="/beheer">{t("staff-back")}</a></p>
                        </section>
                    }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn StaffLetter(code: StaffCode) -> impl IntoView {
    view! {
        <Title text=t("letter-title") />
        <section class="page">
            <div class="no-print">
                <h1>{t("letter-title")}</h1>
                <p class="lead">{t("staff-letter-lead")}</p>
                <p><a href="/beheer">{t("staff-back")}</a></p>
            </div>
            <article class="letter" aria-labelledby="letter-heading">
                <h2 id="letter-heading">{t_args("letter-greeting", &[("name", code.name.clone().into())])}</h2>
                <p>{t(&format!("staff-letter-intro-{}", code.kind.key()))}</p>
                <LetterSteps url=code.activation_url.clone() code=code.code.clone() valid_until=code.valid_until />
            </article>
        </section>
    }
}

fn no_labels() -> Vec<(String, String)> {
    vec![]
}
