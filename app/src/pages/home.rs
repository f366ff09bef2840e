use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::{case::my_cases, AppError};
use crate::components::error_view::ErrorView;
use crate::i18n::{t, t_args};
use crate::use_demo_mode;

/// Start page: your cases when signed in, otherwise what Helder is and how to get in.
#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                match my_cases().await {
                    Ok(cases) => view! { <MyCases cases /> }.into_any(),
                    Err(AppError::NotSignedIn) => view! { <Welcome /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Welcome() -> impl IntoView {
    view! {
        <Title text="" />
        <section class="page">
            <h1>{t("welcome-title")}</h1>
            <p class="lead">{t("welcome-lead")}</p>
            <p>{t("welcome-access")}</p>
            <p><a class="button" href="/inloggen">{t("sign-in-link")}</a></p>
            <Show when=use_demo_mode>
                <p><a class="button" href="/demo">{t("demo-sign-in-link")}</a></p>
            </Show>
        </section>
    }
}

#[component]
fn MyCases(cases: Vec<crate::api::types::CaseLink>) -> impl IntoView {
    let empty = cases.is_empty();
    let welcome =
        leptos_router::hooks::use_query_map().with_untracked(|q| q.get("welkom").is_some());
    view! {
        <Title text=t("my-cases-title") />
        <section class="page">
            <h1>{t("my-cases-title")}</h1>
            {welcome.then(|| view! { <p class="card card--done" role="status">{t("welcome-new")}</p> })}
            {if empty {
                view! { <p>{t("my-cases-empty")}</p> }.into_any()
            } else {
                view! {
                    <ul class="link-list">
                        {cases.into_iter().map(|c| view! {
                            <li>
                                <a class="link-list__item" href=format!("/zaak/{}", c.case_id)>
                                    <span class="link-list__title">{t_args("family-of", &[("name", c.family_name.into())])}</span>
                                    <span class="link-list__meta">{c.municipality} " · " {t(&format!("phase-{}", c.phase.key()))}</span>
                                </a>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
