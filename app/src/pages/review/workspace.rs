//! The workspace's start page (`/teksten`): view the pages as someone of the example family,
//! how far each language is reviewed (per page and per reader too), and the texts under a
//! filter (language, status, page, reader, failing B1), grouped by page.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

use super::{group_label, language_name, reader_label, status_label};
use crate::api::review::{workspace, ExamplePerson, StartReview, WorkspaceData};
use crate::api::types::DemoPersonKind;
use crate::components::error_view::ErrorView;
use crate::i18n::{t, t_args, Lang};
use crate::model::wording::{Coverage, Item, Reader, WordingStatus};

#[component]
pub fn WorkspacePage() -> impl IntoView {
    let query = leptos_router::hooks::use_query_map();
    let get = move |k: &str| query.with_untracked(|q| q.get(k).unwrap_or_default());
    let (lang, status, page, reader) = (get("taal"), get("status"), get("pagina"), get("lezer"));
    let b1 = !get("b1").is_empty();
    let offset: usize = get("vanaf").parse().unwrap_or(0);
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                match workspace(lang, status, page, reader, b1, offset).await {
                    Ok(w) => view! { <WorkspaceView w /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn person_label(p: &ExamplePerson) -> String {
    match &p.kind {
        DemoPersonKind::Family {
            relation,
            age,
            municipality,
        } => match relation {
            crate::domain::FamilyRelation::Child => t_args(
                "review-person-child",
                &[
                    ("name", p.name.clone().into()),
                    ("age", (*age).into()),
                    ("municipality", municipality.clone().into()),
                ],
            ),
            _ => t_args(
                "review-person-parent",
                &[
                    ("name", p.name.clone().into()),
                    ("municipality", municipality.clone().into()),
                ],
            ),
        },
        DemoPersonKind::Professional { organisation, .. } => t_args(
            "review-person-professional",
            &[
                ("name", p.name.clone().into()),
                ("organisation", organisation.clone().into()),
            ],
        ),
    }
}

#[component]
fn WorkspaceView(w: WorkspaceData) -> impl IntoView {
    let query = leptos_router::hooks::use_query_map();
    let welcome = query.with_untracked(|q| q.get("welkom").is_some());
    let lang_name = language_name(&w.lang);
    let filter = w.filter.clone();
    let people: Vec<(String, String)> = w
        .people
        .iter()
        .map(|p| (p.key.clone(), person_label(p)))
        .collect();
    let next = w.list.next_offset.map(|n| {
        format!(
            "/teksten?taal={}&status={}&pagina={}&lezer={}{}&vanaf={n}#lijst",
            w.lang,
            filter.status,
            filter.page,
            filter.reader,
            if filter.b1 { "&b1=1" } else { "" }
        )
    });
    let lang_options: Vec<(String, String)> = Lang::all()
        .map(|l| (l.code().to_string(), language_name(l.code())))
        .collect();
    let mut statuses = vec![("all".to_string(), t("review-filter-status-all"))];
    statuses.extend(WordingStatus::ALL.map(|s| (s.key().to_string(), status_label(s, false))));
    statuses.push(("changed".into(), t("review-status-changed")));
    let mut pages = vec![(String::new(), t("review-filter-page-all"))];
    pages.extend(crate::wording::pages::group_order().map(|k| {
        let label = group_label(&k);
        (k, label)
    }));
    let mut readers = vec![(String::new(), t("review-filter-reader-all"))];
    readers.extend(Reader::ALL.map(|r| (r.key().to_string(), reader_label(r))));
    let count = t_args(
        "review-count",
        &[
            ("count", w.list.total.into()),
            ("language", lang_name.clone().into()),
        ],
    );
    view! {
        <Title text=t("review-title") />
        <section class="page review">
            <h1>{t("review-title")}</h1>
            {welcome.then(|| view! { <p class="card card--done" role="status">{t("review-welcome")}</p> })}
            <p class="lead">{t("review-lead")}</p>
            <nav aria-label=t("review-sections")>
                <ul class="button-row">
                    <li><a href="#in-de-pagina">{t("review-in-context-title")}</a></li>
                    <li><a href="#lijst">{t("review-list-title")}</a></li>
                    <li><a href="#dekking">{t("review-coverage-title")}</a></li>
                    <li><a href="/teksten/b1">{t("review-b1-link")}</a></li>
                </ul>
            </nav>

            <h2 id="in-de-pagina">{t("review-in-context-title")}</h2>
            <p>{t("review-in-context-lead")}</p>
            <form method="post" action=StartReview::url() class="form">
                <div class="field">
                    <label for="review-as">{t("review-in-context-as")}</label>
                    <select id="review-as" name="key">
                        {people.into_iter().map(|(k, l)| view! { <option value=k>{l}</option> }).collect_view()}
                    </select>
                </div>
                <button type="submit" class="button">{t("review-in-context-open")}</button>
            </form>

            <h2 id="lijst">{t("review-list-title")}</h2>
            <form method="get" action="/teksten#lijst" class="form review-filter">
                <Select id="filter-taal" name="taal" label=t("review-filter-language") options=lang_options value=w.lang.clone() />
                <Select id="filter-status" name="status" label=t("review-filter-status") options=statuses value=filter.status.clone() />
                <Select id="filter-pagina" name="pagina" label=t("review-filter-page") options=pages value=filter.page.clone() />
                <Select id="filter-lezer" name="lezer" label=t("review-filter-reader") options=readers value=filter.reader.clone() />
                <div class="field field--check">
                    <input id="filter-b1" type="checkbox" name="b1" value="1" checked=filter.b1 />
                    <label for="filter-b1">{t("review-filter-b1")}</label>
                </div>
                <button type="submit" class="button">{t("review-filter-submit")}</button>
            </form>
            <p role="status">{count}</p>
            {w.list.groups.into_iter().map(|g| {
                let lang = w.lang.clone();
                view! {
                    <h3>{group_label(&g.key)}</h3>
                    <ul class="card-list review-list">
                        {g.items.into_iter().map(|item| view! { <ItemCard item lang=lang.clone() /> }).collect_view()}
                    </ul>
                }
            }).collect_view()}
            {next.map(|href| view! { <p><a class="button button--secondary" href=href>{t("review-more")}</a></p> })}

            <h2 id="dekking">{t("review-coverage-title")}</h2>
            <p>{t("review-coverage-lead")}</p>
            <table class="review-table">
                <caption>{t("review-coverage-languages")}</caption>
                <thead><tr><th scope="col">{t("review-filter-language")}</th><th scope="col">{t("review-coverage-approved")}</th></tr></thead>
                <tbody>
                    {w.languages.iter().map(|l| {
                        let percent = (l.approved as usize * 100).checked_div(l.total as usize).unwrap_or(0);
                        view! {
                            <tr>
                                <th scope="row"><a href=format!("/teksten?taal={}#dekking", l.lang)>{language_name(&l.lang)}</a></th>
                                <td>{t_args("review-coverage-share", &[("approved", l.approved.into()), ("total", l.total.into()), ("percent", percent.into())])}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            <CoverageTable caption=t_args("review-coverage-pages", &[("language", lang_name.clone().into())]) head=t("review-filter-page") rows=w.pages label=group_label lang=w.lang.clone() param="pagina" />
            <CoverageTable caption=t_args("review-coverage-readers", &[("language", lang_name.into())]) head=t("review-filter-reader") rows=w.readers label=|k: &str| Reader::from_key(k).map(reader_label).unwrap_or_default() lang=w.lang param="lezer" />
        </section>
    }
}

#[component]
fn Select(
    #[prop(into)] id: String,
    #[prop(into)] name: String,
    #[prop(into)] label: String,
    options: Vec<(String, String)>,
    #[prop(into)] value: String,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id name=name>
                {options.into_iter().map(|(v, l)| {
                    let selected = v == value;
                    view! { <option value=v selected=selected>{l}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

#[component]
fn CoverageTable(
    caption: String,
    head: String,
    rows: Vec<Coverage>,
    label: fn(&str) -> String,
    lang: String,
    param: &'static str,
) -> impl IntoView {
    view! {
        <table class="review-table">
            <caption>{caption}</caption>
            <thead><tr><th scope="col">{head}</th><th scope="col">{t("review-coverage-approved")}</th></tr></thead>
            <tbody>
                {rows.into_iter().map(|r| view! {
                    <tr>
                        <th scope="row"><a href=format!("/teksten?taal={lang}&{param}={}#lijst", r.key)>{label(&r.key)}</a></th>
                        <td>{t_args("review-coverage-share", &[("approved", r.approved.into()), ("total", r.total.into()), ("percent", r.percent().into())])}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

#[component]
fn ItemCard(item: Item, lang: String) -> impl IntoView {
    let href = format!("/teksten/{lang}/{}", item.id);
    let label = t_args("review-open", &[("id", item.id.clone().into())]);
    view! {
        <li class="card review-item">
            <p class="review-item__text" lang=lang.clone()>{item.preview}</p>
            <p class="card__meta">
                <span class="badge">{status_label(item.status, item.changed)}</span>
                {(!item.b1.is_empty()).then(|| view! { <span class="badge badge--warn">{t("review-b1-fails")}</span> })}
                {(item.open_suggestions > 0).then(|| view! { <span class="badge">{t_args("review-open-suggestions", &[("count", item.open_suggestions.into())])}</span> })}
                {(item.remarks > 0).then(|| view! { <span class="badge">{t_args("review-remarks", &[("count", item.remarks.into())])}</span> })}
            </p>
            <p><a href=href aria-label=label>{t("review-open-short")}</a> " " <code>{item.id}</code></p>
        </li>
    }
}
