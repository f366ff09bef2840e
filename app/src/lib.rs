//! Helder: the family portal of the jeugdbeschermingsketen.
//!
//! Built in Leptos *islands* mode: pages render on the server and work without JavaScript;
//! only the small interactive parts (`#[island]`) ship to the browser as wasm.

#![recursion_limit = "256"]

pub mod api;
pub mod components;
pub mod domain;
pub mod error;
pub mod i18n;
pub mod model;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod views;
pub mod wording;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Link, Meta, MetaTags, Title};
use leptos_router::{
    components::{Route, Router, Routes},
    path, SsrMode,
};

use crate::components::layout::{Footer, Header};
use crate::i18n::{t, use_lang};
use crate::pages::account::{
    activate::{ActivatePage, ActivatePasskeyPage},
    settings::SettingsPage,
    sign_in::SignInPage,
};
use crate::pages::case::{
    access_log::AccessLogPage,
    changes::ChangesPage,
    decision_input::{DecisionInputPage, DocumentPage},
    decisions::DecisionsPage,
    device::DevicePage,
    documents::DocumentsPage,
    family::FamilyPage,
    family_access::FamilyAccessPage,
    help::HelpPage,
    letter::LetterPage,
    meetings::MeetingsPage,
    messages::{MessagesPage, ThreadPage},
    powers::PowersPage,
    rights::RightsPage,
    timeline::TimelinePage,
    unsafe_alert::UnsafePage,
};
use crate::pages::{
    demo::DemoPage, glossary::GlossaryPage, home::HomePage, not_found::NotFoundPage,
    notice::NoticePage, offline::OfflinePage, overview::OverviewPage,
};

/// Whether this instance runs with fictional demo data; shown on every page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoMode(pub bool);

/// How long sessions last, from the server's configuration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SessionPolicy {
    /// Signed out after this long without a request.
    pub idle_seconds: u64,
    /// Signed out this long after signing in, however active.
    pub absolute_seconds: u64,
}

impl Default for SessionPolicy {
    fn default() -> Self {
        SessionPolicy {
            idle_seconds: 30 * 60,
            absolute_seconds: 12 * 60 * 60,
        }
    }
}

/// Where "Snel weg" leads: a neutral website, set by the server's configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuickExitUrl(pub String);

pub fn use_demo_mode() -> bool {
    use_context::<DemoMode>().is_some_and(|d| d.0)
}

/// Per-request context the server provides before rendering a page or running a server
/// function: the services, demo mode and the negotiated language.
#[cfg(feature = "ssr")]
pub fn provide_request_context(
    services: api::services::Services,
    wording: i18n::Wording,
    demo: bool,
    quick_exit: &str,
    sessions: SessionPolicy,
) {
    let parts = use_context::<http::request::Parts>();
    // Review mode: the example family's services, and every text marked.
    let review = parts
        .as_ref()
        .and_then(|p| p.extensions.get::<api::context::ReviewAs>().cloned());
    let lang = parts
        .map(|parts| {
            let header = |name: http::header::HeaderName| {
                parts
                    .headers
                    .get(name)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_owned)
            };
            let cookie = header(http::header::COOKIE).and_then(|c| {
                c.split(';').find_map(|kv| {
                    let (k, v) = kv.trim().split_once('=')?;
                    (k == i18n::LANG_COOKIE).then(|| v.to_string())
                })
            });
            i18n::Lang::negotiate(
                cookie.as_deref(),
                header(http::header::ACCEPT_LANGUAGE).as_deref(),
            )
        })
        .unwrap_or(i18n::Lang::NL);
    provide_context(lang);
    provide_context(DemoMode(demo));
    provide_context(wording);
    match review {
        Some(review) => {
            provide_context(review.services);
            provide_context(i18n::marks::ReviewMarks);
        }
        None => provide_context(services),
    }
    provide_context(QuickExitUrl(quick_exit.to_string()));
    provide_context(sessions);
    // Pages: a Content-Security-Policy with this response's nonce (Leptos puts the same nonce
    // on its hydration script). 'wasm-unsafe-eval' lets the islands' wasm compile; nothing else
    // may run (no 'unsafe-inline', no 'unsafe-eval').
    if let (Some(nonce), Some(res)) = (
        leptos::nonce::use_nonce(),
        use_context::<leptos_axum::ResponseOptions>(),
    ) {
        let policy = content_security_policy(&nonce.to_string(), quick_exit);
        if let Ok(value) = http::HeaderValue::from_str(&policy) {
            res.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
        }
    }
}

/// The policy of a rendered page. Forms may post only here — and to the quick-exit site,
/// because without JavaScript "Snel weg" is a form whose answer redirects there.
#[cfg(feature = "ssr")]
pub fn content_security_policy(nonce: &str, quick_exit: &str) -> String {
    let exit_origin = quick_exit
        .splitn(4, '/')
        .take(3)
        .collect::<Vec<_>>()
        .join("/");
    format!(
        "default-src 'self'; script-src 'nonce-{nonce}' 'strict-dynamic' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; worker-src 'self'; \
         object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self' {exit_origin}"
    )
}

/// The addresses of the built style sheet, script and wasm, named by their content in a release
/// build: the server provides them with every request, from what the build put on disk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BuildFiles {
    pub stylesheet: String,
    pub script: String,
    pub wasm: String,
}

impl Default for BuildFiles {
    /// A debug build's plain names.
    fn default() -> Self {
        BuildFiles {
            stylesheet: "/pkg/helder.css".into(),
            script: "/pkg/helder.js".into(),
            wasm: "/pkg/helder.wasm".into(),
        }
    }
}

fn build_files() -> BuildFiles {
    use_context::<BuildFiles>().unwrap_or_default()
}

fn stylesheet() -> String {
    build_files().stylesheet
}

pub fn shell(_options: LeptosOptions) -> impl IntoView {
    let lang = use_lang();
    view! {
        <!DOCTYPE html>
        <html lang=lang.code() dir=lang.direction().attr()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <components::island_scripts::IslandScripts files=build_files() />
                // What this phone keeps (public/device.js): plain script, also on the offline
                // page, where no wasm may be at hand.
                <script src="/device.js" defer nonce=leptos::nonce::use_nonce()></script>
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Link rel="stylesheet" href=stylesheet() />
        <Link rel="icon" href="/favicon.svg" type_="image/svg+xml" />
        <Link rel="manifest" href="/manifest.webmanifest" />
        <Link rel="apple-touch-icon" href="/icons/helder-192.png" />
        <Meta name="description" content=t("site-description") />
        <Meta name="theme-color" content="#1d4e63" />
        <Title formatter=|page: String| {
            if page.is_empty() { t("site-name") } else { format!("{page} – {}", t("site-name")) }
        } />
        <Router>
            <a class="skip-link" href="#inhoud">{t("skip-to-content")}</a>
            <Header />
            <main id="inhoud" tabindex="-1">
                <Routes fallback=NotFoundPage>
                    <Route path=path!("") view=HomePage ssr=SsrMode::Async />
                    <Route path=path!("demo") view=DemoPage ssr=SsrMode::Async />
                    <Route path=path!("zaak/:case_id") view=OverviewPage ssr=SsrMode::Async />
                    <Route path=path!("zaak/:case_id/wie-doet-wat") view=PowersPage ssr=SsrMode::Async />
                    <Route path=path!("zaak/:case_id/traject") view=TimelinePage ssr=SsrMode::Async />
                    <Route path=path!("zaak/:case_id/rechten") view=RightsPage ssr=SsrMode::Async />
                    <Route path=path!("zaak/:case_id/wat-komt-eraan") view=DecisionsPage ssr=SsrMode::Async />
                    <Route path=path!("zaak/:case_id/afspraken") view=MeetingsPage ssr=SsrMode::Async />
                    <Route path=path!("zaak/:case_id/documenten") view=DocumentsPage ssr=SsrMode::Async />
                    <Route path=path!("zaak/:case_id/hulp") view=HelpPage ssr=SsrMode::Async />
                    <Route path=path!("zaak/:case_id/wisselingen") view=ChangesPage ssr=SsrMode::Async />
                    <Route path=path!("zaak/:case_id/bekeken") view=AccessLogPage ssr=SsrMode::Async />
                    <Route path=path!("zaak/:case_id/op-dit-toestel") view=DevicePage ssr=SsrMode::Async />
                    <Route path=path!("zaak/:case_id/gezin") view=FamilyPage ssr=SsrMode::Async />
                    <Route path=path!("zaak/:case_id/wat-komt-eraan/:decision_id") view=DecisionInputPage ssr=SsrMode::Async />
                    <Route path=path!("zaak/:case_id/documenten/:document_id") view=DocumentPage ssr=SsrMode::Async />
                    <Route path=path!("zaak/:case_id/berichten") view=MessagesPage ssr=SsrMode::Async />
                    <Route path=path!("zaak/:case_id/berichten/:person_id") view=ThreadPage ssr=SsrMode::Async />
                    <Route path=path!("zaak/:case_id/niet-veilig") view=UnsafePage ssr=SsrMode::Async />
                    <Route path=path!("zaak/:case_id/toegang") view=FamilyAccessPage ssr=SsrMode::Async />
                    <Route path=path!("zaak/:case_id/toegang/brief") view=LetterPage ssr=SsrMode::Async />
                    <Route path=path!("inloggen") view=SignInPage ssr=SsrMode::Async />
                    <Route path=path!("werk") view=crate::pages::work::WorkPage ssr=SsrMode::Async />
                    <Route path=path!("werk/afwezig") view=crate::pages::absence::AbsencePage ssr=SsrMode::Async />
                    <Route path=path!("werk/nieuw") view=crate::pages::new_case::NewCasePage ssr=SsrMode::Async />
                    <Route path=path!("werk/zaak/:case_id") view=crate::pages::console::ConsoleCasePage ssr=SsrMode::Async />
                    <Route path=path!("beheer") view=crate::pages::admin::StaffPage ssr=SsrMode::Async />
                    <Route path=path!("beheer/code") view=crate::pages::admin::StaffCodePage ssr=SsrMode::Async />
                    <Route path=path!("beheer/sleutel") view=crate::pages::admin_keys::ApiKeyPage ssr=SsrMode::Async />
                    <Route path=path!("activeren") view=ActivatePage ssr=SsrMode::Async />
                    <Route path=path!("activeren/passkey") view=ActivatePasskeyPage ssr=SsrMode::Async />
                    <Route path=path!("instellingen") view=SettingsPage ssr=SsrMode::Async />
                    <Route path=path!("begrippen") view=GlossaryPage ssr=SsrMode::Async />
                    <Route path=path!("offline") view=OfflinePage ssr=SsrMode::Async />
                    <Route path=path!("teksten") view=crate::pages::review::workspace::WorkspacePage ssr=SsrMode::Async />
                    <Route path=path!("teksten/b1") view=crate::pages::review::b1::B1ReportPage ssr=SsrMode::Async />
                    <Route path=path!("teksten/:lang/:id") view=crate::pages::review::message::MessagePageView ssr=SsrMode::Async />
                    <Route path=path!("melding/:kind") view=NoticePage ssr=SsrMode::Async />
                </Routes>
            </main>
            <Footer />
            <components::hydration::HydrationMarker />
        </Router>
    }
}

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
