//! The B1 report (`/teksten/b1`): every Dutch message that fails a readability rule, per rule,
//! each a link to the message; and how many texts have hints (passive, nouns made of verbs).

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::review::{b1_page, B1Data};
use crate::components::error_view::ErrorView;
use crate::i18n::{t, t_args};

#[component]
pub fn B1ReportPage() -> impl IntoView {
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                match b1_page().await {
                    Ok(data) => view! { <Report data /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Report(data: B1Data) -> impl IntoView {
    let report = data.report;
    view! {
        <Title text=t("review-b1-report-title") />
        <section class="page review">
            <p><a href="/teksten">{t("review-back-workspace")}</a></p>
            <h1>{t("review-b1-report-title")}</h1>
            <p class="lead">{t("review-b1-report-lead")}</p>
            <p>{t_args("review-b1-report-count", &[
                ("failing", report.failing.into()),
                ("total", report.messages.into()),
            ])}</p>
            <p>{t_args("review-b1-report-hints", &[
                ("passive", report.passive.into()),
                ("nominal", report.nominal.into()),
            ])}</p>
            {report.rules.into_iter().map(|(rule, list)| view! {
                <h2>{t(&format!("review-b1-rule-{rule}"))} " (" {list.len()} ")"</h2>
                <ul class="card-list review-list">
                    {list.into_iter().map(|(id, text, b)| view! {
                        <li class="card review-item">
                            <p class="review-item__text" lang="nl">{text}</p>
                            <p class="card__meta">
                                {t_args("review-b1-figures", &[("words", b.words.into()), ("longest", b.longest_sentence.into())])}
                                {b.score.map(|s| view! { " " {t_args("review-b1-score", &[("score", (s.round() as i64).into())])} })}
                            </p>
                            <p><a href=format!("/teksten/nl/{id}") aria-label=t_args("review-open", &[("id", id.clone().into())])>{t("review-open-short")}</a> " " <code>{id.clone()}</code></p>
                        </li>
                    }).collect_view()}
                </ul>
            }).collect_view()}
        </section>
    }
}
