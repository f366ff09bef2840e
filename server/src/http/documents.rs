//! A document's file: uploaded from the console with the document's details in one plain form
//! (multipart, so it works without JavaScript), and opened by those who may see the document.
//! Both go through `DocumentService`, so the policy and the access log are the same as for the
//! pages; these routes only read the request and shape the answer.

use axum::extract::{FromRequest, Multipart, Path, Request, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use http::{header, HeaderValue, StatusCode};
use tower_sessions::Session;

use crate::services::Backend;
use crate::store;
use app::api::console::document_form;
use app::api::context::{RequestContext, RequestMeta};
use app::api::services::{CaseService, DocumentService};
use app::api::session::{self, KeptForm, SessionPolicy};
use app::domain::calendar::parse_form_date;
use app::domain::document_file::{self, FILE_MAX};
use app::domain::ids::{CaseId, DocumentId, OrganisationId, ProfessionalId};
use app::domain::journey::{DocumentKind, DocumentStatus};
use app::domain::{Action, DataKind, Subject};
use app::error::{AppError, FieldErrors, Message};
use app::model::document::{NewDocument, NewFile};
use app::pages::notice::notice_path;

/// The largest upload: the file and a few short fields beside it.
pub const UPLOAD_MAX: usize = FILE_MAX + 64 * 1024;

#[derive(Clone)]
pub struct DocumentRoutes {
    pub backend: Backend,
    pub policy: SessionPolicy,
}

pub fn routes<S: Clone + Send + Sync + 'static>(state: DocumentRoutes) -> Router<S> {
    Router::new()
        .route(
            "/werk/zaak/{case_id}/documenten",
            post(upload).layer(axum::extract::DefaultBodyLimit::max(UPLOAD_MAX)),
        )
        .route(
            "/zaak/{case_id}/documenten/{document_id}/bestand",
            get(download),
        )
        .with_state(state)
}

/// Whether `path` is the upload route (the body limit lets it carry a file).
pub fn is_upload(path: &str) -> bool {
    path.strip_prefix("/werk/zaak/")
        .and_then(|rest| rest.strip_suffix("/documenten"))
        .is_some_and(|case| !case.is_empty() && !case.contains('/'))
}

async fn context(
    state: &DocumentRoutes,
    session: &Session,
    meta: Option<RequestMeta>,
) -> Result<RequestContext, AppError> {
    let meta = meta.unwrap_or_else(RequestMeta::fresh);
    RequestContext::from_session(session, state.policy, meta, Some(DataKind::Documents)).await
}

/// A browser gets the calm page for a refusal, as the forms do (`form_errors`); any other
/// client the status with the error as JSON.
fn refused(error: &AppError, html: bool) -> Response {
    if html {
        return Redirect::to(notice_path(error.status())).into_response();
    }
    let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::BAD_REQUEST);
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        serde_json::to_string(error).unwrap_or_default(),
    )
        .into_response()
}

fn wants_html(headers: &http::HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/html"))
}

async fn download(
    State(state): State<DocumentRoutes>,
    session: Session,
    meta: Option<axum::Extension<RequestMeta>>,
    headers: http::HeaderMap,
    Path((case_id, document_id)): Path<(String, String)>,
) -> Response {
    let html = wants_html(&headers);
    let answer = async {
        let ctx = context(&state, &session, meta.map(|m| m.0)).await?;
        ctx.subject()?;
        let case: CaseId = app::api::context::id(&case_id)?;
        let document: DocumentId = app::api::context::id(&document_id)?;
        DocumentService::file(&state.backend, &ctx, &case, &document).await
    }
    .await;
    let file = match answer {
        Ok(file) => file,
        Err(e) => return refused(&e, html),
    };
    let disposition = document_file::content_disposition(&file.name);
    let mut response = (StatusCode::OK, file.bytes).into_response();
    let headers = response.headers_mut();
    // Always the stored type (only PDFs are taken), always as a download: a file never runs
    // as a page of the site, and nothing keeps a copy on the way.
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(&file.content_type)
            .unwrap_or(HeaderValue::from_static(document_file::PDF)),
    );
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("sandbox; default-src 'none'"),
    );
    response
}

/// What the upload form sent, as typed (kept to show again when refused).
#[derive(Default)]
struct Upload {
    kind: String,
    dated: String,
    status: String,
    react_until: String,
    file: Option<NewFile>,
}

impl Upload {
    fn values(&self) -> Vec<(String, String)> {
        vec![
            ("kind".into(), self.kind.clone()),
            ("dated".into(), self.dated.clone()),
            ("status".into(), self.status.clone()),
            ("react_until".into(), self.react_until.clone()),
        ]
    }
}

/// Read the form. A field sent twice, a field that is not text, a second file or a body that
/// is not a form: bad input (400), never a failure of the server.
async fn read_form(req: Request) -> Result<(String, Upload), AppError> {
    let bad = || {
        let message = Message::new("error-bad-request");
        let detail = app::i18n::translate(app::i18n::Lang::NL, &message.id, None);
        AppError::BadRequest { message, detail }
    };
    let mut form = Multipart::from_request(req, &()).await.map_err(|_| bad())?;
    let mut case_id = None;
    let mut upload = Upload::default();
    let mut seen = std::collections::HashSet::new();
    while let Some(field) = form.next_field().await.map_err(|e| {
        tracing::info!(error = %e, "an upload was not a readable form");
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            AppError::TooLarge
        } else {
            bad()
        }
    })? {
        let name = field.name().unwrap_or_default().to_string();
        if !seen.insert(name.clone()) {
            return Err(bad());
        }
        if name == "file" {
            let sent_name = field.file_name().unwrap_or_default().to_string();
            let bytes = field.bytes().await.map_err(|_| bad())?;
            // A form posted without choosing a file sends an empty part.
            if !bytes.is_empty() || !sent_name.is_empty() {
                upload.file = Some(NewFile {
                    name: sent_name,
                    bytes: bytes.to_vec(),
                });
            }
            continue;
        }
        let text = field.text().await.map_err(|_| bad())?;
        if text.len() > 200 {
            return Err(bad());
        }
        match name.as_str() {
            "case_id" => case_id = Some(text),
            "kind" => upload.kind = text,
            "dated" => upload.dated = text,
            "status" => upload.status = text,
            "react_until" => upload.react_until = text,
            _ => return Err(bad()),
        }
    }
    // Without the case it names, the form is incomplete: bad input, like a missing field.
    Ok((case_id.ok_or_else(bad)?, upload))
}

async fn upload(
    State(state): State<DocumentRoutes>,
    session: Session,
    meta: Option<axum::Extension<RequestMeta>>,
    Path(case_id): Path<String>,
    req: Request,
) -> Response {
    let html = wants_html(req.headers());
    let ctx = match context(&state, &session, meta.map(|m| m.0)).await {
        Ok(ctx) => ctx,
        Err(e) => return refused(&e, html),
    };
    let Subject::Professional(me) = (match ctx.subject() {
        Ok(s) => s.clone(),
        Err(e) => return refused(&e, html),
    }) else {
        return refused(&AppError::NotFound, html);
    };
    let Ok(case) = CaseId::parse(&case_id) else {
        return refused(&AppError::NotFound, html);
    };
    let (sent_case, form) = match read_form(req).await {
        Ok(read) => read,
        Err(e) => return refused(&e, html),
    };
    if sent_case != case.as_str() {
        return refused(&AppError::NotFound, html);
    }
    let result = store_upload(&state, &ctx, &case, &me, &form).await;
    let back = format!("/werk/zaak/{case}#document-toevoegen");
    let kept = match result {
        Ok(document) => {
            if let Err(e) = session::clear_form_in(&session).await {
                return refused(&e, html);
            }
            return Redirect::to(&format!(
                "/werk/zaak/{case}?bewaard=document#document-{}",
                document.id
            ))
            .into_response();
        }
        Err(error @ (AppError::Invalid { .. } | AppError::Conflict(_))) => {
            KeptForm::new(&document_form(case.as_str()), form.values(), error)
        }
        Err(other) => return refused(&other, html),
    };
    match session::keep_form_in(&session, &kept).await {
        Ok(()) => Redirect::to(&back).into_response(),
        Err(e) => refused(&e, html),
    }
}

/// Check every field at once, then store the document with its file through the service.
async fn store_upload(
    state: &DocumentRoutes,
    ctx: &RequestContext,
    case: &CaseId,
    me: &str,
    form: &Upload,
) -> Result<app::model::document::Document, AppError> {
    let mut errors = FieldErrors::new();
    let kind = DocumentKind::from_key(&form.kind);
    if kind.is_none() {
        errors.add("kind", Message::new("error-choose-one"));
    }
    let status = DocumentStatus::from_key(&form.status);
    if status.is_none() {
        errors.add("status", Message::new("error-choose-one"));
    }
    let dated = parse_form_date(&form.dated);
    if dated.is_none() {
        errors.add("dated", Message::new("error-date-invalid"));
    }
    let react_until = if form.react_until.trim().is_empty() {
        None
    } else {
        let day = parse_form_date(&form.react_until);
        if day.is_none() {
            errors.add("react_until", Message::new("error-date-invalid"));
        }
        day
    };
    match &form.file {
        None => errors.add("file", Message::new("error-file-missing")),
        Some(file) => {
            if let Err(id) = document_file::check_pdf(&file.bytes) {
                errors.add("file", Message::new(id));
            }
        }
    }
    if !errors.is_empty() {
        // Refused before the service: said only to someone who may add documents here.
        CaseService::open(&state.backend, ctx, case, Action::EditDocuments).await?;
        errors.finish()?;
    }
    let (Some(kind), Some(status), Some(dated), Some(file)) = (kind, status, dated, &form.file)
    else {
        return Err(AppError::Internal);
    };
    let me: ProfessionalId = app::api::context::id(me)?;
    let organisation: OrganisationId =
        store::organisations::organisation_of(&state.backend.db, &me)
            .await?
            .ok_or(AppError::NotFound)?;
    DocumentService::upload(
        &state.backend,
        ctx,
        case,
        &NewDocument {
            kind,
            dated,
            organisation,
            status,
            react_until,
        },
        file,
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::is_upload;

    #[test]
    fn only_the_upload_route_carries_a_file() {
        assert!(is_upload("/werk/zaak/abc/documenten"));
        assert!(!is_upload("/werk/zaak//documenten"));
        assert!(!is_upload("/werk/zaak/a/b/documenten"));
        assert!(!is_upload("/api/work/add-decision"));
        assert!(!is_upload("/werk/zaak/abc/documenten/x"));
    }
}
