use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::demo::{demo_people, DemoSignIn};
use crate::api::types::{DemoPerson, DemoPersonKind};
use crate::components::error_view::ErrorView;
use crate::i18n::{t, t_args};
use leptos::server_fn::ServerFn;

/// "Demo: kies wie je bent". Exists only in demo mode; otherwise the server function answers
/// `NotFound` and this page is the 404 page.
#[component]
pub fn DemoPage() -> impl IntoView {
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                match demo_people().await {
                    Ok(people) => view! { <DemoChooser people /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn DemoChooser(people: Vec<DemoPerson>) -> impl IntoView {
    let (family, professionals): (Vec<_>, Vec<_>) = people
        .into_iter()
        .partition(|p| matches!(p.kind, DemoPersonKind::Family { .. }));
    view! {
        <Title text=t("demo-title") />
        <section class="page">
            <h1>{t("demo-title")}</h1>
            <p class="lead">{t("demo-lead")}</p>
            <h2>{t("demo-family-heading")}</h2>
            <ul class="choice-list">{family.into_iter().map(|p| view! { <DemoChoice person=p /> }).collect_view()}</ul>
            <h2>{t("demo-professionals-heading")}</h2>
            <ul class="choice-list">{professionals.into_iter().map(|p| view! { <DemoChoice person=p /> }).collect_view()}</ul>
        </section>
    }
}

#[component]
fn DemoChoice(person: DemoPerson) -> impl IntoView {
    let description = match &person.kind {
        DemoPersonKind::Family {
            relation,
            age,
            municipality,
        } => t_args(
            &format!("demo-family-{}", relation.key()),
            &[
                ("age", (*age).into()),
                ("municipality", municipality.clone().into()),
            ],
        ),
        DemoPersonKind::Professional { role, organisation } => {
            format!("{} · {}", t(&format!("role-{}", role.key())), organisation)
        }
    };
    view! {
        <li class="choice">
            <form method="post" action=DemoSignIn::url()>
                <input type="hidden" name="key" value=person.key />
                <button type="submit" class="choice__button">
                    <span class="visually-hidden">{t("demo-sign-in-as")} " "</span>
                    <span class="choice__name">{person.name}</span>
                    <span class="choice__meta">{description}</span>
                </button>
            </form>
        </li>
    }
}
