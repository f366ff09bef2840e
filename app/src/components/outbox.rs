use leptos::prelude::*;

use crate::i18n::{t, t_args};

/// "Nog niet verzonden": what this person wrote without internet, kept encrypted on the phone
/// until it is sent. Drawn hidden and empty; `public/device.js` fills it from the phone's own
/// store, shows it when something waits, and says what happened (`role=status`). The texts
/// are here because the script has none of its own; `%time%` is where it puts when the text
/// was written.
#[component]
pub fn Outbox() -> impl IntoView {
    view! {
        <section
            class="card card--notice outbox"
            data-outbox
            hidden
            aria-labelledby="outbox-heading"
            data-text-queued=t("outbox-queued")
            data-text-sent=t("outbox-sent")
            data-text-refused=t("outbox-refused")
            data-text-expired=t("outbox-expired")
            data-text-empty=t("outbox-empty")
            data-text-deleted=t("outbox-deleted")
            data-text-failed=t("outbox-failed")
        >
            <h2 id="outbox-heading">{t("outbox-heading")}</h2>
            <p>{t("outbox-lead")}</p>
            <ul class="outbox__list" data-outbox-list></ul>
            <template data-outbox-item>
                <li class="outbox__item">
                    <p class="outbox__text"></p>
                    <p class="outbox__meta" data-text-written=t_args("outbox-written", &[("time", "%time%".into())])></p>
                    <button type="button" class="button button--secondary" data-outbox-delete>{t("outbox-delete")}</button>
                </li>
            </template>
        </section>
        // Outside the hidden section, so that it is heard also when nothing waits any more.
        <p class="outbox__status" data-outbox-status role="status"></p>
    }
}
