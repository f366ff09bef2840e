use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::inputs::{
    decision_input, document_page, HandleInput, SaveInput, INPUT_MAX, OUTCOME_MAX, STANCES,
};
use crate::api::message_types::{DecisionInputView, InputItem, InputView};
use crate::api::types::DocumentEntry;
use crate::components::case_nav::CaseNav;
use crate::components::error_view::ErrorView;
use crate::components::glossed::Glossed;
use crate::components::live_updates::{stream_for, LiveUpdates};
use crate::i18n::{format_date, t, t_args, use_lang};

/// "Mijn inbreng" (F7) on one decision: what the family member thinks, sent before the
/// decision, and later what was done with it.
#[component]
pub fn DecisionInputPage() -> impl IntoView {
    item_page("decision_id", |case_id, id| async move {
        decision_input(case_id, id).await
    })
}

/// One plan or report: the family opens its file, and where they may react they write their
/// reaction here, acknowledged and answered like input on a decision.
#[component]
pub fn DocumentPage() -> impl IntoView {
    item_page("document_id", |case_id, id| async move {
        document_page(case_id, id).await
    })
}

fn item_page<F, Fut>(param: &'static str, load: F) -> impl IntoView
where
    F: Fn(String, String) -> Fut + Clone + Send + Sync + 'static,
    Fut: std::future::Future<Output = Result<DecisionInputView, crate::api::AppError>>
        + Send
        + 'static,
{
    let (case_id, item_id) = use_params_map().with_untracked(|p| {
        (
            p.get("case_id").unwrap_or_default(),
            p.get(param).unwrap_or_default(),
        )
    });
    let done = use_query_map().with_untracked(|q| {
        if q.get("verstuurd").is_some() {
            Some("sent")
        } else if q.get("bewaard").is_some() {
            Some("saved")
        } else {
            None
        }
    });
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                match load(case_id, item_id).await {
                    Ok(view) => view! { <InputPage view done /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The words of the page: "input-…" on a decision, "reaction-…" on a document.
fn words(view: &DecisionInputView, key: &str) -> String {
    match view.item {
        InputItem::Decision(_) => t(&format!("input-{key}")),
        InputItem::Document(_) => t(&format!("reaction-{key}")),
    }
}

#[component]
fn InputPage(view: DecisionInputView, done: Option<&'static str>) -> impl IntoView {
    let case_id = view.header.case_id.to_string();
    let on = view.on.to_string();
    let (title, list) = match &view.item {
        InputItem::Decision(d) if d.decided_on.is_some() => (
            t(&format!("decision-{}-decided", d.kind.key())),
            "/wat-komt-eraan",
        ),
        InputItem::Decision(d) => (t(&format!("decision-{}", d.kind.key())), "/wat-komt-eraan"),
        InputItem::Document(d) => (t(&format!("document-{}", d.kind.key())), "/documenten"),
    };
    let page = view.on.page(&case_id);
    let nobody = view.mine.is_empty() && view.others.is_empty();
    let document = match &view.item {
        InputItem::Document(d) => Some(d.clone()),
        InputItem::Decision(_) => None,
    };
    let takes_input = match &view.item {
        InputItem::Decision(_) => true,
        InputItem::Document(d) => d.may_react,
    };
    // Who can neither give nor handle input (a child under 12, who is heard in person; a
    // preview) reads how they are heard instead of a call to write that has no form.
    let lead = match (view.can_handle, view.can_give) {
        (true, _) => words(&view, "lead-professional"),
        (false, true) => words(&view, "lead"),
        (false, false) => super::for_reader(
            match view.item {
                InputItem::Decision(_) => "input-lead-heard",
                InputItem::Document(_) => "reaction-lead-heard",
            },
            &view.header,
        ),
    };
    view! {
        <Title text=t_args(if document.is_some() { "reaction-title" } else { "input-title" }, &[("decision", title.clone().into())]) />
        <div class="page">
            <CaseNav header=view.header.clone() current=list />
            <p><a href=format!("/zaak/{case_id}{list}")>{words(&view, "back")}</a></p>
            <h1><Glossed text=title /></h1>
            {document.map(|d| view! { <DocumentCard case_id=case_id.clone() document=d /> })}
            {takes_input.then(|| view! { <p class="lead">{lead}</p> })}
            {done.map(|key| view! { <p class="card card--done" role="status">{words(&view, key)}</p> })}
            {takes_input.then(|| view! {
                <section aria-labelledby="inputs-heading" id="inbreng">
                    <h2 id="inputs-heading">{words(&view, if view.can_handle { "all-heading" } else { "mine-heading" })}</h2>
                    <LiveUpdates stream=stream_for(&page) announce=t("live-updated") />
                    <div data-live="inputs">
                        {nobody.then(|| view! { <p>{words(&view, "none")}</p> })}
                        <ul class="card-list">
                            {view.mine.clone().into_iter().chain(view.others.clone()).map(|input| view! {
                                <Input input case_id=case_id.clone() on=on.clone() handle=view.can_handle />
                            }.into_any()).collect_view()}
                        </ul>
                    </div>
                </section>
            })}
            {(view.can_give && view.open).then(|| view! { <InputForm view=view.clone() /> }.into_any())}
        </div>
    }
}

/// The document itself: who wrote it, when, its status, and its file to open.
#[component]
fn DocumentCard(case_id: String, document: DocumentEntry) -> impl IntoView {
    let lang = use_lang();
    let status = if document.final_version {
        "documents-status-definitief"
    } else {
        "documents-status-concept"
    };
    view! {
        <div class="card">
            <p class="card__meta">
                {t_args("documents-by", &[("organisation", document.organisation.clone().into())])}
                " · "
                {t_args("documents-dated", &[("date", format_date(lang, document.dated).into())])}
            </p>
            <p><span class="badge">{t(status)}</span></p>
            <super::documents::FileLink case_id document=document.clone() />
            {document.may_react.then(|| view! {
                <p>{match (document.reaction_open, document.react_until) {
                    (true, Some(u)) => t_args("documents-react-until", &[("date", format_date(lang, u).into())]),
                    (true, None) => t("documents-may-react"),
                    (false, _) => t("documents-react-closed"),
                }}</p>
            })}
        </div>
    }
}

#[component]
fn Input(input: InputView, case_id: String, on: String, handle: bool) -> impl IntoView {
    let lang = use_lang();
    let sent = input
        .sent
        .map(|d| t_args("input-sent-on", &[("date", format_date(lang, d).into())]));
    let receipt = match &input.acknowledged {
        Some((by, d)) => t_args(
            "input-acknowledged",
            &[
                ("name", by.clone().into()),
                ("date", format_date(lang, *d).into()),
            ],
        ),
        None => t("input-not-acknowledged"),
    };
    let outcome = input.outcome.clone().map(|(text, d)| {
        view! {
            <div class="card card--done">
                <p><strong>{t_args("input-outcome-on", &[("date", format_date(lang, d).into())])}</strong></p>
                <p class="message__body">{text}</p>
            </div>
        }
    });
    let status = view! { <p class="input__receipt">{receipt}</p> {outcome} }.into_any();
    let label = t_args(
        "input-outcome-label",
        &[("name", input.author.clone().into())],
    );
    let field = format!("outcome-{}", input.id);
    view! {
        <li class="card" id=format!("i-{}", input.id)>
            <h3 class="card__title">{input.author.clone()} {input.youth.then(|| view! { " " <span class="card__meta">{t("input-youth")}</span> })}</h3>
            <p class="card__meta">{sent}</p>
            {input.stance.clone().map(|s| view! { <p><strong>{t(&format!("stance-{s}"))}</strong></p> })}
            <p class="message__body">{input.body.clone()}</p>
            {(input.youth && input.shared).then(|| view! { <p class="card__meta">{t("input-shared-note")}</p> })}
            {status}
            {(handle && input.acknowledged.is_none()).then(|| view! {
                <form method="post" action=HandleInput::url()>
                    <input type="hidden" name="case_id" value=case_id.clone() />
                    <input type="hidden" name="on" value=on.clone() />
                    <input type="hidden" name="input_id" value=input.id.to_string() />
                    <button type="submit" class="button button--secondary">{t("input-acknowledge")}</button>
                </form>
            })}
            {(handle && input.outcome.is_none()).then(|| view! {
                <form method="post" action=HandleInput::url() class="form">
                    <input type="hidden" name="case_id" value=case_id.clone() />
                    <input type="hidden" name="on" value=on.clone() />
                    <input type="hidden" name="input_id" value=input.id.to_string() />
                    <div class="field">
                        <label for=field.clone()>{label}</label>
                        <textarea id=field.clone() name="outcome" rows="3" maxlength=OUTCOME_MAX required></textarea>
                    </div>
                    <button type="submit" class="button">{t("input-outcome-save")}</button>
                </form>
            })}
        </li>
    }
}

#[component]
fn InputForm(view: DecisionInputView) -> impl IntoView {
    let draft = view.draft.clone().unwrap_or_default();
    let error = view.error.clone().map(|id| t(&id));
    let invalid = error.is_some();
    view! {
        <section aria-labelledby="give-heading">
            <h2 id="give-heading">{words(&view, "give-heading")}</h2>
            <p>{t(if view.youth { "input-private-youth" } else { "input-private-parent" })}</p>
            <crate::components::outbox::Outbox />
            <form method="post" action=SaveInput::url() class="form" data-offline-queue="body" data-offline-max=INPUT_MAX>
                <input type="hidden" name="case_id" value=view.header.case_id.to_string() />
                <input type="hidden" name="on" value=view.on.to_string() />
                <input type="hidden" name="key" value=view.new_key.to_string() />
                <fieldset class="field">
                    <legend>{t("input-stance-legend")}</legend>
                    {STANCES.into_iter().map(|s| {
                        let id = format!("stance-{s}");
                        let checked = draft.stance.as_deref() == Some(s);
                        view! {
                            <div class="choice-row">
                                <input type="radio" id=id.clone() name="stance" value=s checked=checked />
                                <label for=id>{t(&format!("stance-{s}"))}</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
                <div class="field">
                    <label for="input-body">{words(&view, "body-label")}</label>
                    <p class="field__hint" id="input-hint">{t_args("messages-body-hint", &[("max", INPUT_MAX.into())])}</p>
                    {error.map(|e| view! { <p class="field__error" id="input-error" role="alert">{e}</p> })}
                    <textarea
                        id="input-body"
                        name="body"
                        rows="6"
                        aria-describedby=if invalid { "input-hint input-error" } else { "input-hint" }
                        aria-invalid=invalid.then_some("true")
                    >{draft.body.clone()}</textarea>
                </div>
                {view.youth.then(|| view! {
                    <div class="field choice-row">
                        <input type="checkbox" id="share" name="share" value="1" checked=draft.shared />
                        <label for="share">{t("input-share-label")}</label>
                    </div>
                })}
                <div class="button-row">
                    <button type="submit" name="intent" value="send" class="button">{t("input-send")}</button>
                    <button type="submit" name="intent" value="draft" class="button button--secondary">{t("input-save-draft")}</button>
                </div>
            </form>
        </section>
    }
}
