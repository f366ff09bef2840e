//! "Beheer" → keys for integrations: an organisation's case system gets a key (read, or read
//! and write), shown once on its own page, revocable, with its last use. Plain forms.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

use crate::api::forms::FormState;
use crate::api::staff::{new_api_key, IssueApiKey, RevokeApiKey};
use crate::components::error_view::ErrorView;
use crate::components::form::{FormProblems, SelectField, TextField};
use crate::domain::calendar::dutch_date_time;
use crate::i18n::{format_date, t, t_args, use_lang};
use crate::model::staff::{ApiKey, ApiScope, IssuedApiKey, StaffOrganisation};

fn scope_label(scope: ApiScope) -> String {
    t(&format!("admin-key-scope-{}", scope.key()))
}

/// The keys and the form for a new one, on the "Beheer" page.
#[component]
pub fn ApiKeys(
    keys: Vec<ApiKey>,
    organisations: Vec<StaffOrganisation>,
    state: FormState,
) -> impl IntoView {
    let revoked =
        leptos_router::hooks::use_query_map().with_untracked(|q| q.get("ingetrokken").is_some());
    view! {
        <h2 id="sleutels">{t("admin-keys-title")}</h2>
        <p>{t("admin-keys-lead")} " " <a href="/api/docs">{t("admin-key-docs")}</a></p>
        {revoked.then(|| view! { <p class="card card--done" role="status">{t("admin-key-revoked-notice")}</p> })}
        {if keys.is_empty() {
            view! { <p>{t("admin-keys-none")}</p> }.into_any()
        } else {
            view! {
                <ul class="card-list">
                    {keys.into_iter().map(|k| view! { <Key key=k /> }).collect_view()}
                </ul>
            }.into_any()
        }}
        <h2 id="sleutel-maken">{t("admin-key-add-title")}</h2>
        <NewKeyForm state organisations />
    }
}

#[component]
fn Key(key: ApiKey) -> impl IntoView {
    let lang = use_lang();
    let (made, _) = dutch_date_time(key.created_at);
    let used = match key.last_used_at {
        Some(at) => {
            let (date, time) = dutch_date_time(at);
            t_args(
                "admin-key-used",
                &[
                    ("date", format_date(lang, date).into()),
                    ("time", time.into()),
                ],
            )
        }
        None => t("admin-key-never-used"),
    };
    let revoke_label = t_args("admin-key-revoke", &[("name", key.name.clone().into())]);
    view! {
        <li class="card" id=format!("sleutel-{}", key.id)>
            <h3 class="card__title">{key.name.clone()}</h3>
            <p class="card__meta">{format!("{} · {}", key.organisation.1, scope_label(key.scope))}</p>
            <p>{t_args("admin-key-made", &[("date", format_date(lang, made).into())])} " " {used}</p>
            {match key.revoked_at {
                Some(at) => view! {
                    <p>{t_args("admin-key-revoked", &[("date", format_date(lang, dutch_date_time(at).0).into())])}</p>
                }.into_any(),
                None => view! {
                    <form method="post" action=RevokeApiKey::url()>
                        <input type="hidden" name="key" value=key.id.to_string() />
                        <button type="submit" class="button button--secondary">{revoke_label}</button>
                    </form>
                }.into_any(),
            }}
        </li>
    }
}

#[component]
fn NewKeyForm(state: FormState, organisations: Vec<StaffOrganisation>) -> impl IntoView {
    let orgs: Vec<(String, String)> = organisations
        .into_iter()
        .map(|o| (o.id.to_string(), o.name))
        .collect();
    let scopes: Vec<(String, String)> = ApiScope::ALL
        .into_iter()
        .map(|s| (s.key().to_string(), scope_label(s)))
        .collect();
    let labels = vec![
        (
            "organisation".to_string(),
            t("admin-key-field-organisation"),
        ),
        ("name".to_string(), t("admin-key-field-name")),
        ("scope".to_string(), t("admin-key-field-scope")),
    ];
    view! {
        <form method="post" action=IssueApiKey::url() class="form">
            <FormProblems state=state.clone() labels=labels suffix="-sleutel" />
            <SelectField state=state.clone() suffix="-sleutel" name="organisation" label=t("admin-key-field-organisation") options=orgs />
            <TextField state=state.clone() suffix="-sleutel" name="name" label=t("admin-key-field-name") hint=t("admin-key-field-name-hint") required=true autocomplete="off" />
            <SelectField state=state suffix="-sleutel" name="scope" label=t("admin-key-field-scope") options=scopes default="read" />
            <button type="submit" class="button">{t("admin-key-submit")}</button>
        </form>
    }
}

/// The key just made, shown this once.
#[component]
pub fn ApiKeyPage() -> impl IntoView {
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                match new_api_key().await {
                    Ok(Some(key)) => view! { <NewKey key /> }.into_any(),
                    Ok(None) => view! {
                        <Title text=t("letter-gone-title") />
                        <section class="page">
                            <h1>{t("letter-gone-title")}</h1>
                            <p>{t("letter-gone-text")}</p>
                            <p><a href="/beheer#sleutels">{t("staff-back")}</a></p>
                        </section>
                    }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn NewKey(key: IssuedApiKey) -> impl IntoView {
    view! {
        <Title text=t("admin-key-new-title") />
        <section class="page">
            <h1>{t("admin-key-new-title")}</h1>
            <p class="card__meta">{format!("{} · {} · {}", key.key.name, key.key.organisation.1, scope_label(key.key.scope))}</p>
            <p class="lead">{t_args("admin-key-new-text", &[("organisation", key.key.organisation.1.clone().into())])}</p>
            <p><code class="api-token">{key.token.clone()}</code></p>
            <p><a href="/api/docs">{t("admin-key-docs")}</a></p>
            <p><a href="/beheer#sleutels">{t("staff-back")}</a></p>
        </section>
    }
}
