//! "Nieuw gezin": a professional opens a case after a melding (when, and who made it), and is
//! on it from then on in a role their organisation has.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

use crate::api::console::{case_roles, CreateCase, NEW_CASE_FORM};
use crate::api::forms::{kept_form, FormState};
use crate::components::error_view::ErrorView;
use crate::components::form::{FormProblems, SelectField, TextField};
use crate::domain::{Phase, ProfessionalRole};
use crate::i18n::t;

#[component]
pub fn NewCasePage() -> impl IntoView {
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let loaded = async {
                    Ok::<_, crate::api::AppError>((case_roles().await?, kept_form(NEW_CASE_FORM.into()).await?))
                }
                .await;
                match loaded {
                    Ok((roles, state)) => view! { <NewCase roles state /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn NewCase(roles: Vec<ProfessionalRole>, state: FormState) -> impl IntoView {
    let phases: Vec<(String, String)> = Phase::ALL
        .into_iter()
        .filter(|p| *p != Phase::Afgesloten)
        .map(|p| (p.key().to_string(), t(&format!("phase-{}", p.key()))))
        .collect();
    let default_role = roles
        .iter()
        .find(|r| r.can_be_vaste_professional())
        .or(roles.first())
        .map(|r| r.key())
        .unwrap_or_default();
    let roles: Vec<(String, String)> = roles
        .into_iter()
        .map(|r| (r.key().to_string(), t(&format!("role-{}", r.key()))))
        .collect();
    let labels = vec![
        ("family_name".to_string(), t("new-case-field-family-name")),
        ("municipality".to_string(), t("new-case-field-municipality")),
        ("phase".to_string(), t("new-case-field-phase")),
        ("reported_on".to_string(), t("new-case-field-reported-on")),
        ("reported_by".to_string(), t("new-case-field-reported-by")),
        ("role".to_string(), t("new-case-field-role")),
    ];
    view! {
        <Title text=t("new-case-title") />
        <section class="page">
            <p><a href="/werk">{t("console-back")}</a></p>
            <h1>{t("new-case-title")}</h1>
            <p class="lead">{t("new-case-lead")}</p>
            <form method="post" action=CreateCase::url() class="form">
                <FormProblems state=state.clone() labels=labels />
                <TextField state=state.clone() name="family_name" label=t("new-case-field-family-name") hint=t("new-case-field-family-name-hint") required=true autocomplete="off" />
                <TextField state=state.clone() name="municipality" label=t("new-case-field-municipality") required=true autocomplete="off" />
                <TextField state=state.clone() name="reported_on" label=t("new-case-field-reported-on") kind="date" required=true />
                <TextField state=state.clone() name="reported_by" label=t("new-case-field-reported-by") hint=t("new-case-field-reported-by-hint") autocomplete="off" />
                <SelectField state=state.clone() name="phase" label=t("new-case-field-phase") options=phases default="melding" />
                <SelectField state=state name="role" label=t("new-case-field-role") hint=t("new-case-field-role-hint") options=roles default=default_role />
                <button type="submit" class="button">{t("new-case-submit")}</button>
            </form>
        </section>
    }
}
