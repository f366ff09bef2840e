//! One message in one language (`/teksten/{taal}/{id}`): how families read it in each of its
//! forms (beside the Dutch source), where it is shown and to whom, its B1 figures, its status,
//! and its history with comments and suggestions; a form for each, and accepting a suggestion
//! for those who may.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

use super::{choice_label, group_label, language_name, reader_label, status_label, when};
use crate::api::forms::{kept_form, FormState};
use crate::api::review::{
    message_page, MessageData, ReviewAccept, ReviewComment, ReviewStatus, ReviewSuggest,
    ACCEPT_FORM, COMMENT_FORM, SUGGEST_FORM,
};
use crate::components::error_view::ErrorView;
use crate::components::form::{FormProblems, TextArea};
use crate::i18n::{t, t_args, Lang};
use crate::model::wording::{EventKind, Form, WordingStatus};

#[component]
pub fn MessagePageView() -> impl IntoView {
    let params = leptos_router::hooks::use_params_map();
    let lang = params.with_untracked(|p| p.get("lang").unwrap_or_default());
    let id = params.with_untracked(|p| p.get("id").unwrap_or_default());
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let loaded = async {
                    Ok::<_, crate::api::AppError>((
                        message_page(lang, id).await?,
                        kept_form(COMMENT_FORM.into()).await?,
                        kept_form(SUGGEST_FORM.into()).await?,
                        kept_form(ACCEPT_FORM.into()).await?,
                    ))
                }
                .await;
                match loaded {
                    Ok((page, comment, suggest, accept)) => view! { <Message page comment suggest accept /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Forms(forms: Vec<Form>, lang: String) -> impl IntoView {
    view! {
        <ul class="card-list review-forms">
            {forms.into_iter().map(|f| view! {
                <li class="card">
                    <p class="card__label">{choice_label(&f.choices)}</p>
                    <p class="review-form__text" lang=lang.clone()>{f.text}</p>
                </li>
            }).collect_view()}
        </ul>
    }
}

#[component]
fn Message(
    page: MessageData,
    comment: FormState,
    suggest: FormState,
    accept: FormState,
) -> impl IntoView {
    let MessageData {
        reviewer,
        lang: code,
        view: page,
    } = page;
    let query = leptos_router::hooks::use_query_map();
    let flag = |k: &str| query.with_untracked(|q| q.get(k).is_some());
    let back_to_page = query
        .with_untracked(|q| q.get("terug"))
        .filter(|p| crate::api::account::safe_return_path(p) == p.as_str() && p != "/");
    let lang = Lang::from_code(&code).unwrap_or(Lang::NL);
    let ui = crate::i18n::use_lang();
    let lang_name = language_name(&code);
    let status = page.state.as_ref().map_or(WordingStatus::New, |s| s.status);
    let changed = page
        .state
        .as_ref()
        .is_some_and(|s| s.changed_since_approval);
    let by = page
        .state
        .as_ref()
        .and_then(|s| Some((s.by.clone()?, s.at.clone()?)));
    let accepted = page.state.as_ref().and_then(|s| s.accepted.clone());
    let may_accept = reviewer.may_accept;
    let list_href = format!("/teksten?taal={code}");
    let id = page.id.clone();
    let suggest_labels = vec![("text".to_string(), t("review-suggest-label"))];
    let comment_labels = vec![("body".to_string(), t("review-comment-label"))];
    let no_labels: Vec<(String, String)> = vec![];
    view! {
        <Title text=t_args("review-message-title", &[("id", page.id.clone().into())]) />
        <section class="page review">
            <p>
                <a href=list_href>{t_args("review-back", &[("language", lang_name.clone().into())])}</a>
                {back_to_page.map(|p| view! { " · " <a href=p>{t("review-back-to-page")}</a> })}
            </p>
            <h1>{t("review-message-heading")} " " <code>{page.id.clone()}</code></h1>
            {flag("geplaatst").then(|| view! { <p class="card card--done" role="status">{t("review-comment-done")}</p> })}
            {flag("voorgesteld").then(|| view! { <p class="card card--done" role="status">{t("review-suggest-done")}</p> })}
            {flag("status").then(|| view! { <p class="card card--done" role="status">{t("review-status-done")}</p> })}
            {flag("doorgevoerd").then(|| view! { <p class="card card--done" role="status">{t("review-accept-done")}</p> })}
            <FormProblems state=accept labels=no_labels />
            <p class="card__meta">
                {t_args("review-message-meta", &[("language", lang_name.clone().into()), ("file", format!("{}.ftl", page.file).into())])}
                {page.section.clone().map(|s| view! { " · " {s} })}
            </p>
            {page.note.clone().map(|n| view! { <p class="review-note">{t("review-note-label")} " " {n}</p> })}
            {accepted.is_some().then(|| view! { <p class="card">{t("review-accepted-note")}</p> })}

            <h2>{t_args("review-forms-title", &[("language", lang_name.clone().into())])}</h2>
            <Forms forms=page.forms lang=code.clone() />
            {page.dutch.map(|forms| view! {
                <h2>{t("review-dutch-title")}</h2>
                <Forms forms lang="nl".to_string() />
            })}

            <h2>{t("review-where-title")}</h2>
            {if page.pages.is_empty() {
                view! { <p>{t("review-where-none")}</p> }.into_any()
            } else {
                view! {
                    <ul>
                        {page.pages.into_iter().map(|(key, readers)| view! {
                            <li>{group_label(&key)} ": " {readers.into_iter().map(reader_label).collect::<Vec<_>>().join(", ")}</li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}

            {page.b1.map(|b| view! {
                <h2>{t("review-b1-title")}</h2>
                <p>{t_args("review-b1-figures", &[
                    ("words", b.words.into()),
                    ("longest", b.longest_sentence.into()),
                ])}
                {b.score.map(|s| view! { " " {t_args("review-b1-score", &[("score", (s.round() as i64).into())])} })}</p>
                {if b.failures.is_empty() {
                    view! { <p class="card card--done">{t("review-b1-passes")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="review-b1">
                            {b.failures.iter().map(|f| view! { <li>{t(&format!("review-b1-rule-{f}"))}</li> }).collect_view()}
                        </ul>
                    }.into_any()
                }}
                {(!b.long_words.is_empty()).then(|| view! { <p>{t_args("review-b1-long-words", &[("words", b.long_words.join(", ").into())])}</p> })}
                {(!b.unlinked.is_empty()).then(|| view! { <p>{t_args("review-b1-unlinked", &[("words", b.unlinked.join(", ").into())])}</p> })}
                {(!b.passive.is_empty()).then(|| view! { <p>{t("review-b1-hint-passive")}</p> })}
                {(!b.nominal.is_empty()).then(|| view! { <p>{t_args("review-b1-hint-nominal", &[("words", b.nominal.join(", ").into())])}</p> })}
            })}

            <h2 id="status">{t("review-status-title")}</h2>
            <p>
                <span class="badge">{status_label(status, changed)}</span>
                {by.map(|(name, at)| view! { " " {t_args("review-status-by", &[("name", name.into()), ("date", when(ui, &at).into())])} })}
            </p>
            <form method="post" action=ReviewStatus::url() class="form">
                <input type="hidden" name="lang" value=code.clone() />
                <input type="hidden" name="id" value=id.clone() />
                <fieldset class="field">
                    <legend>{t("review-status-legend")}</legend>
                    {WordingStatus::ALL.into_iter().map(|s| {
                        let input_id = format!("status-{}", s.key());
                        view! {
                            <div class="field--check">
                                <input type="radio" id=input_id.clone() name="status" value=s.key() checked=s == status />
                                <label for=input_id>{status_label(s, false)}</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
                <button type="submit" class="button">{t("review-status-submit")}</button>
            </form>

            <h2 id="voorstel">{t("review-suggest-title")}</h2>
            <form method="post" action=ReviewSuggest::url() class="form">
                <FormProblems state=suggest.clone() labels=suggest_labels suffix="-voorstel" />
                <input type="hidden" name="lang" value=code.clone() />
                <input type="hidden" name="id" value=id.clone() />
                <TextArea state=suggest name="text" suffix="-voorstel" label=t("review-suggest-label") hint=t("review-suggest-hint") default=page.source.clone() required=true />
                <button type="submit" class="button">{t("review-suggest-submit")}</button>
            </form>

            <h2 id="commentaar">{t("review-comment-title")}</h2>
            <form method="post" action=ReviewComment::url() class="form">
                <FormProblems state=comment.clone() labels=comment_labels suffix="-commentaar" />
                <input type="hidden" name="lang" value=code.clone() />
                <input type="hidden" name="id" value=id.clone() />
                <TextArea state=comment name="body" suffix="-commentaar" label=t("review-comment-label") hint=t("review-comment-hint") required=true />
                <button type="submit" class="button">{t("review-comment-submit")}</button>
            </form>

            <h2 id="geschiedenis">{t("review-history-title")}</h2>
            {if page.history.is_empty() {
                view! { <p>{t("review-history-none")}</p> }.into_any()
            } else {
                view! {
                    <ol class="card-list review-history">
                        {page.history.into_iter().map(|e| {
                            let date = when(ui, &e.at);
                            let head = match e.kind {
                                EventKind::Status => t_args("review-event-status", &[
                                    ("name", e.author.clone().into()),
                                    ("date", date.clone().into()),
                                    ("status", e.status.map(|s| status_label(s, false)).unwrap_or_default().into()),
                                ]),
                                kind => t_args(&format!("review-event-{}", kind.key()), &[
                                    ("name", e.author.clone().into()),
                                    ("date", date.clone().into()),
                                ]),
                            };
                            let can_accept = may_accept && e.kind == EventKind::Suggestion && !e.accepted;
                            let pre = matches!(e.kind, EventKind::Suggestion | EventKind::Accepted);
                            view! {
                                <li class="card">
                                    <p class="card__meta">{head} {e.accepted.then(|| view! { " " <span class="badge">{t("review-event-was-accepted")}</span> })}</p>
                                    {e.body.map(|b| if pre {
                                        view! { <pre class="review-source" lang=code.clone()>{b}</pre> }.into_any()
                                    } else {
                                        view! { <p class="review-comment">{b}</p> }.into_any()
                                    })}
                                    {can_accept.then(|| view! {
                                        <form method="post" action=ReviewAccept::url()>
                                            <input type="hidden" name="lang" value=code.clone() />
                                            <input type="hidden" name="id" value=id.clone() />
                                            <input type="hidden" name="suggestion" value=e.id.clone() />
                                            <button type="submit" class="button">{t("review-accept-submit")}</button>
                                        </form>
                                    })}
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
            {(lang != Lang::NL).then(|| view! { <p class="card__meta">{t("review-shipped-label")} " " <code lang=code.clone()>{page.shipped.clone()}</code></p> })}
        </section>
    }
}
