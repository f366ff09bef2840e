//! "Teksten nakijken": the review workspace of reviewers (ervaringsdeskundigen) and
//! administrators. Server functions only: who is asking, ask the wording service, build the
//! view, keep a refused form, map the error. Everyone else is answered `NotFound` before their
//! input is read.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::AppError;
#[cfg(feature = "ssr")]
use crate::i18n::Lang;
use crate::model::wording::{B1Report, Coverage, Filter, List, MessageView, ReviewerInfo};

/// Where the forms of a message page come back to.
pub const COMMENT_FORM: &str = "teksten/comment";
pub const SUGGEST_FORM: &str = "teksten/suggest";
pub const ACCEPT_FORM: &str = "teksten/accept";

/// One language's share of approved messages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguageCoverage {
    pub lang: String,
    pub approved: u32,
    pub total: u32,
}

/// An example person to view Helder as.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExamplePerson {
    pub key: String,
    pub name: String,
    pub kind: crate::api::types::DemoPersonKind,
}

/// The workspace's start page: the list under the filter, and how far each language is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WorkspaceData {
    pub reviewer: ReviewerInfo,
    pub lang: String,
    pub filter: Filter,
    pub languages: Vec<LanguageCoverage>,
    pub people: Vec<ExamplePerson>,
    /// Approved per page and per reader, in `lang`.
    pub pages: Vec<Coverage>,
    pub readers: Vec<Coverage>,
    pub list: List,
}

/// One message, for its page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MessageData {
    pub reviewer: ReviewerInfo,
    pub lang: String,
    pub view: MessageView,
}

/// The B1 report page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct B1Data {
    pub reviewer: ReviewerInfo,
    pub report: B1Report,
}

/// The reviewer's or administrator's context; anyone else is answered `NotFound`.
#[cfg(feature = "ssr")]
async fn context() -> Result<super::context::RequestContext, AppError> {
    let ctx = super::context::RequestContext::signed_in(crate::domain::DataKind::Account).await?;
    if !crate::domain::policy::may_review(ctx.subject()?) || ctx.review || ctx.preview.is_some() {
        return Err(AppError::NotFound);
    }
    Ok(ctx)
}

/// A language of Helder by its code, or `NotFound`.
#[cfg(feature = "ssr")]
fn lang_of(code: &str) -> Result<Lang, AppError> {
    Lang::from_code(code)
        .filter(|l| l.code() == code)
        .ok_or(AppError::NotFound)
}

#[server(prefix = "/api", endpoint = "review/workspace")]
pub async fn workspace(
    lang: String,
    status: String,
    page: String,
    reader: String,
    b1: bool,
    offset: usize,
) -> Result<WorkspaceData, AppError> {
    async {
        let ctx = context().await?;
        let lang = if lang.is_empty() {
            Lang::NL
        } else {
            lang_of(&lang)?
        };
        let wording = super::services::Services::get()?.wording;
        let reviewer = wording.reviewer(&ctx).await?;
        let states = wording.states(&ctx, lang).await?;
        let index = wording.page_index(&ctx).await?;
        let filter = Filter {
            status: if status.is_empty() {
                "all".into()
            } else {
                status
            },
            page,
            reader,
            b1,
            offset,
        };
        let list = crate::views::review::list(lang, &states, &index, &filter);
        let (pages, readers) = crate::views::review::coverage(&states, &index);
        let counts = wording.approved_counts(&ctx).await?;
        let languages = counts
            .into_iter()
            .map(|(l, approved)| LanguageCoverage {
                lang: l.code().into(),
                approved,
                total: u32::try_from(crate::wording::catalog().entries(l).len()).unwrap_or(0),
            })
            .collect();
        let people = wording
            .example_people(&ctx)
            .await?
            .into_iter()
            .map(|p| ExamplePerson {
                key: p.key,
                name: p.name,
                kind: p.kind,
            })
            .collect();
        Ok(WorkspaceData {
            reviewer,
            lang: lang.code().into(),
            filter,
            languages,
            people,
            pages,
            readers,
            list,
        })
    }
    .await
    .map_err(super::status::with_status)
}

#[server(prefix = "/api", endpoint = "review/message")]
pub async fn message_page(lang: String, id: String) -> Result<MessageData, AppError> {
    async {
        let ctx = context().await?;
        let lang = lang_of(&lang)?;
        let wording = super::services::Services::get()?.wording;
        let reviewer = wording.reviewer(&ctx).await?;
        let history = wording.history(&ctx, lang, &id).await?;
        let state = wording
            .states(&ctx, lang)
            .await?
            .into_iter()
            .find(|s| s.id == id);
        let index = wording.page_index(&ctx).await?;
        let view = crate::views::review::message(lang, &id, state, history, &index)
            .ok_or(AppError::NotFound)?;
        Ok(MessageData {
            reviewer,
            lang: lang.code().into(),
            view,
        })
    }
    .await
    .map_err(super::status::with_status)
}

#[server(prefix = "/api", endpoint = "review/b1")]
pub async fn b1_page() -> Result<B1Data, AppError> {
    async {
        let ctx = context().await?;
        let wording = super::services::Services::get()?.wording;
        let reviewer = wording.reviewer(&ctx).await?;
        let states = wording.states(&ctx, Lang::NL).await?;
        let index = wording.page_index(&ctx).await?;
        let report = crate::views::review::b1_report(&states, &index);
        Ok(B1Data { reviewer, report })
    }
    .await
    .map_err(super::status::with_status)
}

/// The page of message `id` in `lang`, where its forms come back to.
#[cfg(feature = "ssr")]
fn message_path(lang: Lang, id: &str) -> String {
    format!("/teksten/{}/{id}", lang.code())
}

/// A comment or a suggestion on message `id`: sent, or kept with its refusal for the form
/// at `anchor` of the message page.
#[cfg(feature = "ssr")]
async fn remark(
    lang: &str,
    id: &str,
    kind: crate::model::wording::EventKind,
    text: String,
) -> Result<(), AppError> {
    use crate::model::wording::EventKind;
    let ctx = context().await?;
    let lang = lang_of(lang)?;
    crate::wording::catalog()
        .get(lang, id)
        .ok_or(AppError::NotFound)?;
    let back = message_path(lang, id);
    let wording = super::services::Services::get()?.wording;
    let (form, field, anchor, done, result) = match kind {
        EventKind::Suggestion => (
            SUGGEST_FORM,
            "text",
            "voorstel",
            "voorgesteld",
            wording.suggest(&ctx, lang, id, &text).await,
        ),
        _ => (
            COMMENT_FORM,
            "body",
            "commentaar",
            "geplaatst",
            wording.comment(&ctx, lang, id, &text).await,
        ),
    };
    super::forms::answer(
        form,
        vec![(field, text)],
        &format!("{back}#{anchor}"),
        |_| format!("{back}?{done}=1#geschiedenis"),
        result,
    )
    .await
}

#[server(prefix = "/api", endpoint = "review/comment")]
pub async fn review_comment(lang: String, id: String, body: String) -> Result<(), AppError> {
    remark(&lang, &id, crate::model::wording::EventKind::Comment, body)
        .await
        .map_err(super::status::with_status)
}

#[server(prefix = "/api", endpoint = "review/suggest")]
pub async fn review_suggest(lang: String, id: String, text: String) -> Result<(), AppError> {
    remark(
        &lang,
        &id,
        crate::model::wording::EventKind::Suggestion,
        text,
    )
    .await
    .map_err(super::status::with_status)
}

#[server(prefix = "/api", endpoint = "review/status")]
pub async fn review_status(lang: String, id: String, status: String) -> Result<(), AppError> {
    async {
        let ctx = context().await?;
        let lang = lang_of(&lang)?;
        let status = crate::model::wording::WordingStatus::from_key(&status)
            .ok_or_else(|| AppError::invalid("error-choose-one"))?;
        super::services::Services::get()?
            .wording
            .set_status(&ctx, lang, &id, status)
            .await?;
        leptos_axum::redirect(&format!("{}?status=1#status", message_path(lang, &id)));
        Ok(())
    }
    .await
    .map_err(super::status::with_status)
}

#[server(prefix = "/api", endpoint = "review/accept")]
pub async fn review_accept(lang: String, id: String, suggestion: String) -> Result<(), AppError> {
    async {
        let ctx = context().await?;
        let lang = lang_of(&lang)?;
        let back = message_path(lang, &id);
        let result = super::services::Services::get()?
            .wording
            .accept(&ctx, lang, &id, &suggestion)
            .await;
        super::forms::answer(
            ACCEPT_FORM,
            vec![("suggestion", suggestion)],
            &format!("{back}#geschiedenis"),
            |_| format!("{back}?doorgevoerd=1"),
            result,
        )
        .await
    }
    .await
    .map_err(super::status::with_status)
}

/// Review mode on: view Helder as example person `key`, at their first page.
#[server(prefix = "/api", endpoint = "review/start")]
pub async fn start_review(key: String) -> Result<(), AppError> {
    async {
        let ctx = context().await?;
        let landing = super::services::Services::get()?
            .wording
            .example_landing(&ctx, &key)
            .await?;
        super::session::keep_review(&key).await?;
        leptos_axum::redirect(&landing);
        Ok(())
    }
    .await
    .map_err(super::status::with_status)
}

/// Review mode off: back to the workspace (or to the message a reviewer opened from a page).
#[server(prefix = "/api", endpoint = "review/end")]
pub async fn end_review() -> Result<(), AppError> {
    async {
        super::session::end_review().await?;
        leptos_axum::redirect("/teksten");
        Ok(())
    }
    .await
    .map_err(super::status::with_status)
}
