use leptos::prelude::*;

use crate::i18n::t;

/// The pages about one case, in the order a family needs them. `current` marks this page.
pub const CASE_PAGES: [(&str, &str); 12] = [
    ("", "nav-overview"),
    ("/berichten", "nav-messages"),
    ("/gezin", "nav-family"),
    ("/wie-doet-wat", "nav-powers"),
    ("/traject", "nav-timeline"),
    ("/rechten", "nav-rights"),
    ("/wat-komt-eraan", "nav-decisions"),
    ("/afspraken", "nav-meetings"),
    ("/documenten", "nav-documents"),
    ("/hulp", "nav-help"),
    ("/wisselingen", "nav-changes"),
    ("/bekeken", "nav-access-log"),
];

/// `child`: a child under 12 has no document list (inzage is for parents and 12+, RV 811), so
/// the menu does not offer it. `messages`: "Berichten" only for those with a line or who
/// answer one.
#[component]
pub fn CaseNav(
    #[prop(into)] case_id: String,
    current: &'static str,
    #[prop(optional)] child: bool,
    #[prop(optional)] messages: bool,
) -> impl IntoView {
    view! {
        <nav class="case-nav" aria-label=t("nav-label")>
            <ul>
                {CASE_PAGES
                    .iter()
                    .filter(|(suffix, _)| !(child && *suffix == "/documenten"))
                    .filter(|(suffix, _)| messages || *suffix != "/berichten")
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
