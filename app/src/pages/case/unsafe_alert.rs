use leptos::prelude::*;
use leptos::server_fn::ServerFn;

use super::{case_page, for_reader, CaseFrame};
use crate::api::message_types::UnsafeView;
use crate::api::messages::{unsafe_page, RaiseUnsafe};
use crate::domain::messages::UNSAFE_NOTE_MAX;
use crate::i18n::{t, t_args};

/// "Ik voel me niet veilig" (F10): the numbers to call come first, then one button that tells
/// the vaste professional (and the team, if nobody reads it in time).
#[component]
pub fn UnsafePage() -> impl IntoView {
    let sent =
        leptos_router::hooks::use_query_map().with_untracked(|q| q.get("verstuurd").is_some());
    case_page(unsafe_page, move |view: UnsafeView| {
        let to = view
            .vaste
            .clone()
            .map(|name| t_args("unsafe-to", &[("name", name.into())]))
            .unwrap_or_else(|| t("unsafe-to-team"));
        view! {
            <CaseFrame header=view.header.clone() current="/niet-veilig" title="unsafe-title" lead="unsafe-lead">
                {sent.then(|| view! { <p class="card card--done" role="status">{for_reader("unsafe-sent", &view.header)}</p> })}
                // De Kindertelefoon first: the line for children and youths, to talk it through;
                // 112 for danger now; Veilig Thuis day and night.
                <ul class="call-list">
                    <li><a class="button" href="tel:08000432">{t("unsafe-call-kt")}</a> <span>{for_reader("unsafe-kt-when", &view.header)}</span></li>
                    <li><a class="button button--urgent" href="tel:112">{t("unsafe-call-112")}</a> <span>{for_reader("unsafe-112-when", &view.header)}</span></li>
                    <li><a class="button" href="tel:08002000">{t("unsafe-call-vt")}</a> <span>{t("unsafe-vt-when")}</span></li>
                </ul>
                <h2>{to}</h2>
                <form method="post" action=RaiseUnsafe::url() class="form">
                    <input type="hidden" name="case_id" value=view.header.case_id.to_string() />
                    <input type="hidden" name="key" value=view.new_key.to_string() />
                    <div class="field">
                        <label for="note">{t("unsafe-note-label")}</label>
                        <p class="field__hint" id="note-hint">{for_reader("unsafe-note-hint", &view.header)}</p>
                        <textarea id="note" name="note" rows="3" maxlength=UNSAFE_NOTE_MAX aria-describedby="note-hint"></textarea>
                    </div>
                    <button type="submit" class="button button--urgent">{t("unsafe-send")}</button>
                </form>
            </CaseFrame>
        }
    })
}
