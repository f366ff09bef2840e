use leptos::prelude::*;

use crate::i18n::t;

/// The pages about one case, in the order a family needs them. `current` marks this page.
pub const CASE_PAGES: [(&str, &str); 9] = [
    ("", "nav-overview"),
    ("/wie-doet-wat", "nav-powers"),
    ("/traject", "nav-timeline"),
    ("/rechten", "nav-rights"),
    ("/wat-komt-eraan", "nav-decisions"),
    ("/afspraken", "nav-meetings"),
    ("/documenten", "nav-documents"),
    ("/hulp", "nav-help"),
    ("/wisselingen", "nav-changes"),
];

#[component]
pub fn CaseNav(case_id: String, current: &'static str) -> impl IntoView {
    view! {
        <nav class="case-nav" aria-label=t("nav-label")>
            <ul>
                {CASE_PAGES
                    .iter()
                    .map(|(suffix, label)| {
                        let href = format!("/zaak/{case_id}{suffix}");
                        let here = *suffix == current;
                        view! {
                            <li>
                                <a href=href aria-current=here.then_some("page")>{t(label)}</a>
                            </li>
                        }
                    })
                    .collect_view()}
                <li><a href="/begrippen">{t("nav-glossary")}</a></li>
            </ul>
        </nav>
    }
}
