use leptos::prelude::*;

use crate::api::types::CaseHeader;
use crate::domain::case_pages::CasePage;
use crate::i18n::t;

/// The case's pages this reader may open (`header.pages`, from the access policy): the most
/// used ones in a row, the rest behind "Meer" (a disclosure that works without JavaScript, open
/// when the current page is in it). Compact, so a phone's first screen shows the page itself.
/// `current` is the page's path after `/zaak/<case>`.
#[component]
pub fn CaseNav(header: CaseHeader, current: &'static str) -> impl IntoView {
    let case_id = header.case_id.to_string();
    let child = header.audience == crate::domain::Audience::Child;
    let label = move |page: CasePage| {
        if header.is_family {
            t(&format!("nav-{}", page.key()))
        } else {
            t(&format!("nav-{}-professional", page.key()))
        }
    };
    let link = {
        let case_id = case_id.clone();
        move |page: CasePage| {
            let href = format!("/zaak/{case_id}{}", page.suffix());
            let here = page.suffix() == current;
            view! { <li><a href=href aria-current=here.then_some("page")>{label(page)}</a></li> }
        }
    };
    let (main, more): (Vec<CasePage>, Vec<CasePage>) =
        header.pages.iter().partition(|p| p.is_main(child));
    let open_more = more.iter().any(|p| p.suffix() == current);
    let link_more = link.clone();
    // A youth (and a child) finds "Ik voel me niet veilig" on every page, above the fold.
    let unsafe_button = (header.can_raise_unsafe && current != "/niet-veilig").then(|| {
        view! {
            <p class="unsafe-link"><a class="button button--urgent" href=format!("/zaak/{case_id}/niet-veilig")>{t("unsafe-button")}</a></p>
        }
    });
    view! {
        <nav class="case-nav" aria-label=t(if header.is_family { "nav-label" } else { "nav-label-professional" })>
            <ul class="case-nav__main">
                {main.into_iter().map(link).collect_view()}
                // The rest, on the same row when it fits; open, it takes the full width.
                <li class="case-nav__more-item">
                    <details class="case-nav__more" open=open_more>
                        <summary>{t("nav-more")}</summary>
                        <ul>
                            {more.into_iter().map(link_more).collect_view()}
                            <li><a href="/begrippen">{t("nav-glossary")}</a></li>
                        </ul>
                    </details>
                </li>
            </ul>
        </nav>
        {unsafe_button}
    }
}
