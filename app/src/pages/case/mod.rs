//! The pages about one case. Each fetches its view through one server function and renders
//! inside `CaseFrame` (title, navigation between the case pages).

pub mod access_log;
pub mod changes;
pub mod decision_input;
pub mod decisions;
pub mod device;
pub mod documents;
pub mod family;
pub mod family_access;
pub mod help;
pub mod letter;
pub mod meetings;
pub mod messages;
pub mod powers;
pub mod rights;
pub mod timeline;
pub mod unsafe_alert;

use std::future::Future;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::api::types::CaseHeader;
use crate::api::AppError;
use crate::components::case_nav::CaseNav;
use crate::components::error_view::ErrorView;
use crate::i18n::{t, t_args};

/// Load a case page's data for the `case_id` in the URL and render it, or the error page.
pub fn case_page<T, Fut, V>(
    fetch: impl Fn(String) -> Fut + Copy + Send + Sync + 'static,
    render: impl Fn(T) -> V + Copy + Send + Sync + 'static,
) -> impl IntoView
where
    T: Send + 'static,
    Fut: Future<Output = Result<T, AppError>> + Send + 'static,
    V: IntoView + 'static,
{
    // Read once, untracked: pages render only on the server (islands), and a tracked read let
    // the closure run again when the params settled — fetching twice and logging a
    // professional's access twice.
    let case_id = use_params_map().with_untracked(|p| p.get("case_id").unwrap_or_default());
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                match fetch(case_id).await {
                    Ok(data) => render(data).into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Title, case navigation and lead of a case page. Professionals read the page in their own
/// words (`<id>-professional`: "Rechten van het gezin", not "Mijn rechten").
#[component]
pub fn CaseFrame(
    header: CaseHeader,
    current: &'static str,
    title: &'static str,
    lead: &'static str,
    children: Children,
) -> impl IntoView {
    let title = for_viewer(title, &header);
    let lead = for_viewer(lead, &header);
    view! {
        <Title text=title.clone() />
        <div class="page">
            <CaseNav header=header.clone() current />
            <h1>{title}</h1>
            <p class="lead">{lead}</p>
            {children()}
        </div>
    }
}

/// A page's own text for a family member; the `-professional` variant for anyone else.
pub fn for_viewer(id: &str, header: &CaseHeader) -> String {
    t(&for_viewer_key(id, header))
}

pub fn for_viewer_key(id: &str, header: &CaseHeader) -> String {
    if header.is_family {
        id.to_string()
    } else {
        format!("{id}-professional")
    }
}

/// A text written per reader (Fluent selector `$audience`).
pub fn for_reader(id: &str, header: &CaseHeader) -> String {
    t_args(id, &[("audience", header.audience.key().into())])
}
