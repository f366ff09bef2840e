//! "Afwezig" (professionals): the absences they reported, a form for a new one, and what the
//! family will read on their card meanwhile.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

use crate::api::absences::{my_absences, AbsencesView, CancelAbsence, ReportAbsence, ABSENCE_FORM};
use crate::api::forms::{kept_form, FormState};
use crate::components::error_view::ErrorView;
use crate::components::form::{FormProblems, SelectField, TextField};
use crate::domain::absence::AbsenceReason;
use crate::i18n::{format_date, t, t_args, use_lang};

#[component]
pub fn AbsencePage() -> impl IntoView {
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let loaded = async {
                    Ok::<_, crate::api::AppError>((my_absences().await?, kept_form(ABSENCE_FORM.into()).await?))
                }
                .await;
                match loaded {
                    Ok((view, state)) => view! { <Absences view state /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Absences(view: AbsencesView, state: FormState) -> impl IntoView {
    let lang = use_lang();
    let query = leptos_router::hooks::use_query_map();
    let saved = query.with_untracked(|q| q.get("bewaard").is_some());
    let withdrawn = query.with_untracked(|q| q.get("ingetrokken").is_some());
    let reasons: Vec<(String, String)> = AbsenceReason::ALL
        .into_iter()
        .map(|r| {
            (
                r.key().to_string(),
                t(&format!("absence-reason-{}", r.key())),
            )
        })
        .collect();
    let mut substitutes = vec![(String::new(), t("absence-field-substitute-none"))];
    substitutes.extend(
        view.substitutes
            .iter()
            .map(|c| (c.id.to_string(), c.name.clone())),
    );
    let labels = vec![
        ("first_day".to_string(), t("absence-field-first-day")),
        ("last_day".to_string(), t("absence-field-last-day")),
        ("reason".to_string(), t("absence-field-reason")),
        ("substitute".to_string(), t("absence-field-substitute")),
    ];
    let today = crate::pages::console::iso(view.today);
    view! {
        <Title text=t("absence-title") />
        <section class="page">
            <p><a href="/werk">{t("console-back")}</a></p>
            <h1>{t("absence-title")}</h1>
            {saved.then(|| view! { <p class="card card--done" role="status">{t("absence-saved")}</p> })}
            {withdrawn.then(|| view! { <p class="card card--done" role="status">{t("absence-withdrawn")}</p> })}
            <p class="lead">{t("absence-lead")}</p>
            <h2>{t("absence-list-heading")}</h2>
            {if view.absences.is_empty() {
                view! { <p>{t("absence-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="card-list">
                        {view.absences.into_iter().map(|a| {
                            let period = t_args("absence-period", &[
                                ("first", format_date(lang, a.period.first_day).into()),
                                ("last", format_date(lang, a.period.last_day).into()),
                            ]);
                            let who = match &a.substitute {
                                Some(s) => t_args("absence-substitute-is", &[("name", s.name.clone().into())]),
                                None => t("absence-substitute-nobody"),
                            };
                            view! {
                                <li class="card">
                                    <h3>{t(&format!("absence-reason-{}", a.reason.key()))}</h3>
                                    <p>{period}</p>
                                    <p>{who}</p>
                                    <form method="post" action=CancelAbsence::url()>
                                        <input type="hidden" name="absence_id" value=a.id.to_string() />
                                        <button type="submit" class="button button--secondary">{t("absence-withdraw")}</button>
                                    </form>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <h2 id="nieuw">{t("absence-new-heading")}</h2>
            <form method="post" action=ReportAbsence::url() class="form">
                <FormProblems state=state.clone() labels=labels />
                <TextField state=state.clone() name="first_day" label=t("absence-field-first-day") kind="date" required=true default=today.clone() />
                <TextField state=state.clone() name="last_day" label=t("absence-field-last-day") hint=t("absence-field-last-day-hint") kind="date" required=true default=today />
                <SelectField state=state.clone() name="reason" label=t("absence-field-reason") hint=t("absence-field-reason-hint") options=reasons default="holiday" />
                <SelectField state=state name="substitute" label=t("absence-field-substitute") hint=t("absence-field-substitute-hint") options=substitutes />
                <button type="submit" class="button">{t("absence-submit")}</button>
            </form>
        </section>
    }
}
