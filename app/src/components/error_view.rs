use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::AppError;
use crate::i18n::t;
use crate::use_demo_mode;

/// A calm page for anything that went wrong: what happened in plain words and a way on.
#[component]
pub fn ErrorView(error: AppError) -> impl IntoView {
    let (title, text) = match &error {
        AppError::NotFound => ("error-not-found-title", error.message_id().to_string()),
        AppError::NotSignedIn => ("error-not-signed-in-title", error.message_id().to_string()),
        AppError::Invalid { .. } | AppError::BadRequest { .. } | AppError::TooLarge => {
            ("error-invalid-title", error.message_id().to_string())
        }
        AppError::Conflict(_) => ("error-conflict-title", error.message_id().to_string()),
        AppError::TooManyRequests { .. } => {
            ("error-too-many-title", error.message_id().to_string())
        }
        AppError::Internal | AppError::Request(_) => {
            ("error-internal-title", error.message_id().to_string())
        }
    };
    crate::api::status::set_response_status(error.status());
    let sign_in = matches!(error, AppError::NotSignedIn);
    let demo = use_demo_mode();
    view! {
        <Title text=t(title) />
        <section class="page error-page">
            <h1>{t(title)}</h1>
            <p>{t(&text)}</p>
            <p>
                {if sign_in {
                    view! {
                        <a class="button" href="/inloggen">{t("sign-in-link")}</a>
                        {demo.then(|| view! { " " <a class="button button--secondary" href="/demo">{t("demo-sign-in-link")}</a> })}
                    }.into_any()
                } else {
                    view! { <a class="button" href="/">{t("back-to-start")}</a> }.into_any()
                }}
            </p>
        </section>
    }
}
