//! Server functions behind the case pages: who is asking, ask the backend, map the error.

use leptos::prelude::*;

use super::types::{
    AccessLogView, ChangesView, DecisionsView, DocumentsView, FamilyView, HelpView, MeetingsView,
    PowersView, RightsView, TimelineView,
};
use super::AppError;

macro_rules! case_read {
    ($(#[$doc:meta])* $name:ident, $endpoint:literal, $method:ident, $view:ty) => {
        $(#[$doc])*
        #[server(prefix = "/api", endpoint = $endpoint)]
        pub async fn $name(case_id: String) -> Result<$view, AppError> {
            async {
                let who = super::session::current_subject().await?;
                super::backend::Backends::get()?.cases.$method(&who, &case_id).await
            }
            .await
            .map_err(super::error::with_status)
        }
    };
}

case_read!(
    /// "Wie doet wat": every professional with what they may and may not decide now.
    case_powers, "case/powers", powers, PowersView
);
case_read!(
    /// "Mijn traject": the steps across organisations.
    case_timeline, "case/timeline", timeline, TimelineView
);
case_read!(
    /// "Mijn rechten": rights now, with running deadlines, and per phase.
    case_rights, "case/rights", rights, RightsView
);
case_read!(
    /// "Wat komt eraan": upcoming decisions and recent ones with a running objection term.
    case_decisions, "case/decisions", decisions, DecisionsView
);
case_read!(
    /// Upcoming meetings with who will be there.
    case_meetings, "case/meetings", meetings, MeetingsView
);
case_read!(
    /// Plans and reports of the case.
    case_documents, "case/documents", documents, DocumentsView
);
case_read!(
    /// "Hulp en klachten": the vertrouwenspersoon and how to complain per organisation.
    case_help, "case/help", help, HelpView
);
case_read!(
    /// The history of the vaste professional.
    case_changes, "case/changes", changes, ChangesView
);

case_read!(
    /// "Wie heeft mijn gegevens bekeken": the family's view of the access log.
    case_access_log, "case/access-log", access_log, AccessLogView
);

case_read!(
    /// "Ons gezin": the family members and the contact details this person may see.
    case_family, "case/family", family, FamilyView
);

/// "Ik heb dit gelezen" on the announcement of a new vaste professional; back to the overview.
#[server(prefix = "/api", endpoint = "case/acknowledge-change")]
pub async fn acknowledge_change(case_id: String, change_id: String) -> Result<(), AppError> {
    async {
        let who = super::session::current_subject().await?;
        super::backend::Backends::get()?
            .cases
            .acknowledge_change(&who, &case_id, &change_id)
            .await?;
        leptos_axum::redirect(&format!("/zaak/{case_id}"));
        Ok(())
    }
    .await
    .map_err(super::error::with_status)
}
