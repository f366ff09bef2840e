//! "Gezin bijwerken" (professionals on the case): the phase, and the outcome of each decision,
//! which starts the terms the family sees counting down. Plain forms that work without
//! JavaScript; a refused form comes back as typed; a stale version is refused, never
//! overwritten.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

use crate::api::console::{
    assign_form, case_console, decision_form, document_form, document_upload_url, handover_form,
    member_form, outcome_form, phase_form, AddDecision, AddMember, AssignColleague, ChangePhase,
    ConsoleView, HandOver, RecordOutcome,
};
use crate::api::forms::{kept_form, FormState};
use crate::components::error_view::ErrorView;
use crate::components::form::{FileField, FormProblems, SelectField, TextArea, TextField};
use crate::domain::attention::running_deadline;
use crate::domain::Phase;
use crate::i18n::{format_date, t, t_args, use_lang};
use crate::model::decision::Decision;

#[component]
pub fn ConsoleCasePage() -> impl IntoView {
    let params = leptos_router::hooks::use_params_map();
    let case_id = params.with_untracked(|p| p.get("case_id").unwrap_or_default());
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let loaded = async {
                    let console = case_console(case_id.clone()).await?;
                    let phase = kept_form(phase_form(&case_id)).await?;
                    let member = kept_form(member_form(&case_id)).await?;
                    let decision = kept_form(decision_form(&case_id)).await?;
                    let handover = kept_form(handover_form(&case_id)).await?;
                    let assign = kept_form(assign_form(&case_id)).await?;
                    let document = kept_form(document_form(&case_id)).await?;
                    let mut outcomes = vec![];
                    for d in &console.decisions {
                        outcomes.push(kept_form(outcome_form(d.id.as_str())).await?);
                    }
                    Ok::<_, crate::api::AppError>((console, phase, member, decision, handover, assign, document, outcomes))
                }
                .await;
                match loaded {
                    Ok((console, phase, member, decision, handover, assign, document, outcomes)) => view! { <Console console phase member decision handover assign document outcomes /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

pub(crate) fn iso(day: time::Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        day.year(),
        u8::from(day.month()),
        day.day()
    )
}

#[component]
fn Console(
    console: ConsoleView,
    phase: FormState,
    member: FormState,
    decision: FormState,
    handover: FormState,
    assign: FormState,
    document: FormState,
    outcomes: Vec<FormState>,
) -> impl IntoView {
    let lang = use_lang();
    let saved =
        leptos_router::hooks::use_query_map().with_untracked(|q| q.get("bewaard").is_some());
    let case = console.case.clone();
    let case_id = case.id.to_string();
    let title = t_args(
        "console-title",
        &[("name", case.family_name.clone().into())],
    );
    let phases: Vec<(String, String)> = Phase::ALL
        .into_iter()
        .map(|p| (p.key().to_string(), t(&format!("phase-{}", p.key()))))
        .collect();
    let phase_labels = vec![
        ("phase".to_string(), t("console-field-phase")),
        ("on".to_string(), t("console-field-phase-on")),
    ];
    let today = console.today;
    let member_refused = member.error.is_some();
    view! {
        <Title text=title.clone() />
        <section class="page">
            <p><a href="/werk">{t("console-back")}</a></p>
            <h1>{title}</h1>
            {saved.then(|| view! { <p class="card card--done" role="status">{t("console-saved")}</p> })}
            <p class="lead">{t("console-lead")}</p>
            <p><a href=format!("/zaak/{case_id}")>{t("console-family-pages")}</a></p>

            <h2 id="fase">{t("console-phase-title")}</h2>
            <p>{t_args("console-phase-now", &[
                ("phase", t(&format!("phase-{}", case.phase.key())).into()),
                ("date", format_date(lang, case.phase_since).into()),
            ])}</p>
            <form method="post" action=ChangePhase::url() class="form">
                <FormProblems state=phase.clone() labels=phase_labels />
                <input type="hidden" name="case_id" value=case_id.clone() />
                <input type="hidden" name="version" value=case.version.to_string() />
                <SelectField state=phase.clone() name="phase" label=t("console-field-phase") options=phases default=case.phase.key() hint=t("console-field-phase-hint") />
                <TextField state=phase name="on" label=t("console-field-phase-on") kind="date" default=iso(today) required=true />
                <button type="submit" class="button">{t("console-phase-submit")}</button>
            </form>

            <h2 id="vaste">{t("console-vaste-title")}</h2>
            <ul class="card-list">
                {console.team.clone().into_iter().map(|m| view! {
                    <li class="card">
                        <h3 class="card__title">{m.name.clone()}</h3>
                        <p class="card__meta">{t(&format!("role-{}", m.role.key()))} " · " {m.organisation.clone()}</p>
                        {m.is_vaste.then(|| view! { <p><strong>{t("console-is-vaste")}</strong></p> })}
                    </li>
                }).collect_view()}
            </ul>
            <HandoverSection team=console.team.clone() state=handover case_id=case_id.clone() today />
            <AssignForm colleagues=console.colleagues.clone() state=assign case_id=case_id.clone() />

            <h2 id="gezin">{t("console-family-title")}</h2>
            {if console.members.is_empty() {
                view! { <p>{t("console-family-empty")}</p> }.into_any()
            } else {
                view! {
                    <ul class="card-list">
                        {console.members.clone().into_iter().map(|m| view! {
                            <li class="card">
                                <h3 class="card__title">{format!("{} {}", m.given_name, m.family_name)}</h3>
                                <p class="card__meta">{t(&format!("relation-{}", m.relation.key()))} " · " {format_date(lang, m.birth_date)}</p>
                                {m.gezag.then(|| view! { <p>{t("console-member-gezag")}</p> })}
                                {m.address.clone().map(|a| view! { <p>{a}</p> })}
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {(!console.members.is_empty()).then(|| view! {
                <h3 id="voorbeeld">{t("console-preview-title")}</h3>
                <p>{t("console-preview-lead")}</p>
                <ul class="preview-list">
                    {console.members.clone().into_iter().map(|m| view! {
                        <li>
                            <form method="post" action=crate::api::preview::StartPreview::url()>
                                <input type="hidden" name="case_id" value=case_id.clone() />
                                <input type="hidden" name="person_id" value=m.person.to_string() />
                                <button type="submit" class="button button--secondary">
                                    {t_args("console-preview-as", &[("name", format!("{} {}", m.given_name, m.family_name).into())])}
                                </button>
                            </form>
                        </li>
                    }).collect_view()}
                </ul>
            })}
            <details class="staff-leave" open=member_refused>
                <summary>{t("console-member-open")}</summary>
                <MemberForm state=member case_id=case_id.clone() />
            </details>

            <h2 id="besluiten">{t("console-decisions-title")}</h2>
            {if console.decisions.is_empty() {
                view! { <p>{t("console-decisions-empty")}</p> }.into_any()
            } else {
                view! {
                    <ul class="card-list">
                        {console.decisions.into_iter().zip(outcomes).map(|(decision, state)| view! {
                            <DecisionCard decision state case_id=case_id.clone() today />
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <h3 id="besluit-toevoegen">{t("console-decision-add-title")}</h3>
            <DecisionForm state=decision case_id=case_id.clone() />

            <h2 id="documenten">{t("console-documents-title")}</h2>
            {if console.documents.is_empty() {
                view! { <p>{t("documents-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="card-list">
                        {console.documents.clone().into_iter().map(|entry| {
                            let page = format!("/zaak/{case_id}/documenten/{}", entry.id);
                            view! {
                                <li class="card" id=format!("document-{}", entry.id)>
                                    <h3 class="card__title">{t(&format!("document-{}", entry.kind.key()))}</h3>
                                    <p class="card__meta">{entry.organisation.clone()} " · " {format_date(lang, entry.dated)}</p>
                                    <crate::pages::case::documents::FileLink case_id=case_id.clone() document=entry.clone() />
                                    {entry.may_react.then(|| view! { <p><a href=format!("{page}#inbreng")>{t("console-document-reactions")}</a></p> })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <h3 id="document-toevoegen">{t("console-document-add-title")}</h3>
            <DocumentForm state=document case_id=case_id.clone() today />
        </section>
    }
}

#[component]
fn AssignForm(
    colleagues: Vec<crate::model::work::Colleague>,
    state: FormState,
    case_id: String,
) -> impl IntoView {
    let options: Vec<(String, String)> = colleagues
        .into_iter()
        .map(|c| (c.id.to_string(), format!("{} ({})", c.name, c.organisation)))
        .collect();
    let roles: Vec<(String, String)> = crate::domain::ProfessionalRole::ALL
        .into_iter()
        .map(|r| (r.key().to_string(), t(&format!("role-{}", r.key()))))
        .collect();
    let labels = vec![
        ("professional".to_string(), t("console-field-colleague")),
        ("role".to_string(), t("console-field-colleague-role")),
    ];
    let refused = state.error.is_some();
    (!options.is_empty()).then(|| view! {
        <details class="staff-leave" open=refused>
            <summary>{t("console-assign-open")}</summary>
            <form method="post" action=AssignColleague::url() class="form">
                <FormProblems state=state.clone() labels=labels suffix="-collega" />
                <input type="hidden" name="case_id" value=case_id />
                <SelectField state=state.clone() suffix="-collega" name="professional" label=t("console-field-colleague") options=options />
                <SelectField state=state suffix="-collega" name="role" label=t("console-field-colleague-role") hint=t("console-field-colleague-role-hint") options=roles />
                <button type="submit" class="button">{t("console-assign-submit")}</button>
            </form>
        </details>
    })
}

#[component]
fn HandoverSection(
    team: Vec<crate::model::team::TeamMember>,
    state: FormState,
    case_id: String,
    today: time::Date,
) -> impl IntoView {
    let vaste = team.iter().find(|m| m.is_vaste).map(|m| m.name.clone());
    let others: Vec<(String, String)> = team
        .iter()
        .filter(|m| !m.is_vaste)
        .map(|m| {
            (
                m.professional.to_string(),
                format!("{} ({})", m.name, m.organisation),
            )
        })
        .collect();
    let roles: Vec<(String, String)> = crate::domain::ProfessionalRole::ALL
        .into_iter()
        .filter(|r| r.can_be_vaste_professional())
        .map(|r| (r.key().to_string(), t(&format!("role-{}", r.key()))))
        .collect();
    let reasons: Vec<(String, String)> = crate::domain::team::ChangeReason::ALL
        .into_iter()
        .map(|r| {
            (
                r.key().to_string(),
                t(&format!("console-reason-{}", r.key())),
            )
        })
        .collect();
    let labels = vec![
        ("professional".to_string(), t("console-field-new-vaste")),
        ("role".to_string(), t("console-field-vaste-role")),
        ("reason".to_string(), t("console-field-reason")),
        ("handover".to_string(), t("console-field-handover")),
        ("on".to_string(), t("console-field-handover-on")),
    ];
    let refused = state.error.is_some();
    view! {
        <p>{match vaste {
            Some(name) => t_args("console-vaste-now", &[("name", name.into())]),
            None => t("console-vaste-none"),
        }}</p>
        {if others.is_empty() {
            view! { <p>{t("console-vaste-nobody")}</p> }.into_any()
        } else {
            view! {
                <details class="staff-leave" open=refused>
                    <summary>{t("console-handover-open")}</summary>
                    <form method="post" action=HandOver::url() class="form">
                        <FormProblems state=state.clone() labels=labels suffix="-vaste" />
                        <input type="hidden" name="case_id" value=case_id />
                        <SelectField state=state.clone() suffix="-vaste" name="professional" label=t("console-field-new-vaste") options=others />
                        <SelectField state=state.clone() suffix="-vaste" name="role" label=t("console-field-vaste-role") options=roles />
                        <SelectField state=state.clone() suffix="-vaste" name="reason" label=t("console-field-reason") options=reasons />
                        <TextArea state=state.clone() suffix="-vaste" name="handover" label=t("console-field-handover") hint=t("console-field-handover-hint") required=true />
                        <TextField state=state suffix="-vaste" name="on" label=t("console-field-handover-on") kind="date" default=iso(today) required=true />
                        <button type="submit" class="button">{t("console-handover-submit")}</button>
                    </form>
                </details>
            }.into_any()
        }}
    }
}

#[component]
fn MemberForm(state: FormState, case_id: String) -> impl IntoView {
    let relations: Vec<(String, String)> = ["parent", "child", "ex-partner"]
        .into_iter()
        .map(|r| (r.to_string(), t(&format!("relation-{r}"))))
        .collect();
    let labels = vec![
        ("given_name".to_string(), t("staff-field-given-name")),
        ("family_name".to_string(), t("staff-field-family-name")),
        ("birth_date".to_string(), t("console-field-birth-date")),
        ("relation".to_string(), t("console-field-relation")),
        ("address".to_string(), t("console-field-address")),
        ("phone".to_string(), t("console-field-phone")),
        ("email".to_string(), t("console-field-email")),
    ];
    let checked = |name: &str| state.value(name, "") == "yes";
    let (gezag, address_protected, contact_protected) = (
        checked("gezag"),
        checked("address_protected"),
        checked("contact_protected"),
    );
    view! {
        <form method="post" action=AddMember::url() class="form">
            <FormProblems state=state.clone() labels=labels />
            <input type="hidden" name="case_id" value=case_id />
            <TextField state=state.clone() name="given_name" label=t("staff-field-given-name") required=true autocomplete="off" />
            <TextField state=state.clone() name="family_name" label=t("staff-field-family-name") required=true autocomplete="off" />
            <TextField state=state.clone() name="birth_date" label=t("console-field-birth-date") kind="date" required=true />
            <SelectField state=state.clone() name="relation" label=t("console-field-relation") options=relations default="parent" />
            <div class="choice-row">
                <input type="checkbox" id="gezag" name="gezag" value="yes" checked=gezag />
                <label for="gezag">{t("console-field-gezag")}</label>
            </div>
            <TextField state=state.clone() name="address" label=t("console-field-address") autocomplete="off" />
            <div class="choice-row">
                <input type="checkbox" id="address_protected" name="address_protected" value="yes" checked=address_protected aria-describedby="address_protected-hint" />
                <label for="address_protected">{t("console-field-address-protected")}</label>
            </div>
            <p class="field__hint" id="address_protected-hint">{t("console-field-protected-hint")}</p>
            <TextField state=state.clone() name="phone" label=t("console-field-phone") kind="tel" autocomplete="off" />
            <TextField state=state.clone() name="email" label=t("console-field-email") kind="email" autocomplete="off" />
            <div class="choice-row">
                <input type="checkbox" id="contact_protected" name="contact_protected" value="yes" checked=contact_protected />
                <label for="contact_protected">{t("console-field-contact-protected")}</label>
            </div>
            <button type="submit" class="button">{t("console-member-submit")}</button>
        </form>
    }
}

#[component]
fn DecisionForm(state: FormState, case_id: String) -> impl IntoView {
    let kinds: Vec<(String, String)> = crate::domain::decisions::DecisionKind::ALL
        .into_iter()
        .map(|k| (k.key().to_string(), t(&format!("decision-{}", k.key()))))
        .collect();
    let labels = vec![
        ("kind".to_string(), t("console-field-decision-kind")),
        ("started_on".to_string(), t("console-field-started-on")),
        ("expected_on".to_string(), t("console-field-expected-on")),
    ];
    view! {
        <form method="post" action=AddDecision::url() class="form">
            <FormProblems state=state.clone() labels=labels />
            <input type="hidden" name="case_id" value=case_id />
            <SelectField state=state.clone() name="kind" label=t("console-field-decision-kind") options=kinds />
            <TextField state=state.clone() name="started_on" label=t("console-field-started-on") hint=t("console-field-started-on-hint") kind="date" />
            <TextField state=state name="expected_on" label=t("console-field-expected-on") kind="date" />
            <button type="submit" class="button">{t("console-decision-add-submit")}</button>
        </form>
    }
}

#[component]
fn DocumentForm(state: FormState, case_id: String, today: time::Date) -> impl IntoView {
    use crate::domain::journey::{DocumentKind, DocumentStatus};
    let kinds: Vec<(String, String)> = DocumentKind::ALL
        .into_iter()
        .map(|k| (k.key().to_string(), t(&format!("document-{}", k.key()))))
        .collect();
    let statuses: Vec<(String, String)> = DocumentStatus::ALL
        .into_iter()
        .map(|s| {
            (
                s.key().to_string(),
                t(&format!("documents-status-{}", s.key())),
            )
        })
        .collect();
    let labels = vec![
        ("kind".to_string(), t("console-field-document-kind")),
        ("dated".to_string(), t("console-field-document-dated")),
        ("status".to_string(), t("console-field-document-status")),
        ("react_until".to_string(), t("console-field-react-until")),
        ("file".to_string(), t("console-field-file")),
    ];
    let action = document_upload_url(&case_id);
    view! {
        <form method="post" action=action enctype="multipart/form-data" class="form">
            <FormProblems state=state.clone() labels=labels suffix="-document" />
            <input type="hidden" name="case_id" value=case_id />
            <SelectField state=state.clone() suffix="-document" name="kind" label=t("console-field-document-kind") options=kinds />
            <TextField state=state.clone() suffix="-document" name="dated" label=t("console-field-document-dated") kind="date" default=iso(today) required=true />
            <SelectField state=state.clone() suffix="-document" name="status" label=t("console-field-document-status") options=statuses />
            <TextField state=state.clone() suffix="-document" name="react_until" label=t("console-field-react-until") hint=t("console-field-react-until-hint") kind="date" />
            <FileField state=state suffix="-document" name="file" label=t("console-field-file") hint=t("console-field-file-hint") accept="application/pdf,.pdf" />
            <button type="submit" class="button">{t("console-document-add-submit")}</button>
        </form>
    }
}

#[component]
fn DecisionCard(
    decision: Decision,
    state: FormState,
    case_id: String,
    today: time::Date,
) -> impl IntoView {
    let lang = use_lang();
    let id = decision.id.to_string();
    let name = t(&format!("decision-{}", decision.kind.key()));
    let labels = vec![
        ("decided_on".to_string(), t("console-field-decided-on")),
        ("reasons".to_string(), t("console-field-reasons")),
    ];
    let decided = decision.decided_on;
    let term = running_deadline(decision.kind, decided, today);
    // Field ids must be unique on the page: one form per decision.
    let day_field = "decided_on".to_string();
    let refused = state.error.is_some();
    view! {
        <li class="card" id=format!("besluit-{id}")>
            <h3 class="card__title">{name}</h3>
            {decision.expected_on.map(|on| view! { <p class="card__meta">{t_args("console-decision-expected", &[("date", format_date(lang, on).into())])}</p> })}
            {match decided {
                Some(on) => view! {
                    <p>{t_args("console-decision-taken", &[("date", format_date(lang, on).into())])}</p>
                    {decision.reasons.clone().map(|r| view! { <p class="message__body">{r}</p> })}
                    {term.map(|(kind, until)| view! {
                        <p>{t_args("console-decision-term", &[
                            ("deadline", t(&format!("deadline-{}", kind.key())).into()),
                            ("date", format_date(lang, until).into()),
                        ])}</p>
                    })}
                }.into_any(),
                None => view! {
                    <details class="staff-leave" open=refused>
                        <summary>{t("console-outcome-open")}</summary>
                        <form method="post" action=RecordOutcome::url() class="form">
                            <FormProblems state=state.clone() labels=labels suffix=format!("-{id}") />
                            <input type="hidden" name="case_id" value=case_id.clone() />
                            <input type="hidden" name="decision_id" value=id.clone() />
                            <input type="hidden" name="version" value=decision.version.to_string() />
                            <OutcomeFields state=state day_field today id=id.clone() />
                            <button type="submit" class="button">{t("console-outcome-submit")}</button>
                        </form>
                    </details>
                }.into_any(),
            }}
        </li>
    }
}

/// The outcome's fields, with ids made unique per decision (several forms on one page).
#[component]
fn OutcomeFields(
    state: FormState,
    day_field: String,
    today: time::Date,
    id: String,
) -> impl IntoView {
    let day_id = format!("decided_on-{id}");
    let reasons_id = format!("reasons-{id}");
    let day_value = state.value(&day_field, &iso(today));
    let reasons_value = state.value("reasons", "");
    let day_error = state.field("decided_on");
    let reasons_error = state.field("reasons");
    view! {
        <div class="field">
            <label for=day_id.clone()>{t("console-field-decided-on")}</label>
            {day_error.clone().map(|m| view! { <p class="field__error" id=format!("{day_id}-error")>{crate::i18n::t_message(&m)}</p> })}
            <input id=day_id.clone() name="decided_on" type="date" value=day_value required
                aria-invalid=day_error.is_some().then_some("true")
                aria-describedby=day_error.is_some().then(|| format!("{day_id}-error")) />
        </div>
        <div class="field">
            <label for=reasons_id.clone()>{t("console-field-reasons")}</label>
            <p class="field__hint" id=format!("{reasons_id}-hint")>{t("console-field-reasons-hint")}</p>
            {reasons_error.clone().map(|m| view! { <p class="field__error" id=format!("{reasons_id}-error")>{crate::i18n::t_message(&m)}</p> })}
            <textarea id=reasons_id.clone() name="reasons" rows="5"
                aria-invalid=reasons_error.is_some().then_some("true")
                aria-describedby=format!("{reasons_id}-hint")>{reasons_value}</textarea>
        </div>
    }
}
