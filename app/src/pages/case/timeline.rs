use leptos::prelude::*;

use super::{case_page, CaseFrame};
use crate::api::case_pages::case_timeline;
use crate::api::types::TimelineView;
use crate::components::glossed::Glossed;
use crate::domain::journey::StepState;
use crate::i18n::{format_date, t, t_args, use_lang};

/// "Mijn traject" (F5): one ordered list across organisations, readable by a screen reader.
#[component]
pub fn TimelinePage() -> impl IntoView {
    case_page(case_timeline, |view: TimelineView| {
        let lang = use_lang();
        view! {
            <CaseFrame header=view.header.clone() current="/traject" title="timeline-title" lead="timeline-lead">
                <ol class="timeline">
                    {view.steps.clone().into_iter().map(|step| {
                        let state = step.state.key();
                        let when = step.date.map(|d| {
                            let id = if step.state == StepState::Expected { "timeline-around" } else { "timeline-on" };
                            t_args(id, &[("date", format_date(lang, d).into())])
                        });
                        view! {
                            <li class=format!("timeline__step timeline__step--{state}")
                                aria-current=(step.state == StepState::Current).then_some("step")>
                                <span class="timeline__state">{t(&format!("timeline-state-{state}"))}</span>
                                <span class="timeline__title"><Glossed text=t(&format!("step-{}", step.kind.key())) /></span>
                                <span class="timeline__meta">
                                    {step.organisation.clone()}
                                    {when.map(|w| view! { " · " {w} })}
                                </span>
                            </li>
                        }
                    }).collect_view()}
                </ol>
            </CaseFrame>
        }
    })
}
