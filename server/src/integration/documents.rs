//! Documents (ZGW: informatieobject), by the organisation's own reference: a plan or report
//! with its PDF, sent as base64 (as ZGW's `inhoud`). The file of a document does not change; a
//! new version is a new document.

use axum::body::Bytes;
use axum::extract::State;
use axum::response::Response;
use base64::Engine;
use http::{HeaderMap, StatusCode};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::body::{self, etag, version_tag};
use super::caller::{Caller, Refs};
use super::{answer, case_of, item, item_id, list as list_answer, named, Answer, Problem};
use crate::services::Backend;
use crate::store::{self, references::RefKind};
use app::domain::ids::{CaseId, DocumentId};
use app::domain::journey::{DocumentKind, DocumentStatus};
use app::error::AppError;
use app::model::document::{Document, DocumentUpdate, NewDocument, NewFile};

#[derive(Debug, Serialize, ToSchema)]
pub struct DocumentOut {
    /// The organisation's own reference for the document.
    pub reference: String,
    #[schema(schema_with = super::schemas::document_kind)]
    pub kind: String,
    #[schema(format = Date)]
    pub dated: String,
    #[schema(schema_with = super::schemas::document_status)]
    pub status: String,
    /// Until when the family may react in Helder, if it may.
    #[schema(format = Date)]
    pub react_until: Option<String>,
    pub file_name: Option<String>,
    /// The file's size in bytes.
    pub file_size: Option<i64>,
    pub version: i64,
}

/// A document to store or bring up to date (its status and the reaction date; the file is
/// kept as first sent).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DocumentIn {
    #[schema(schema_with = super::schemas::document_kind)]
    pub kind: String,
    #[schema(format = Date)]
    pub dated: String,
    #[schema(schema_with = super::schemas::document_status)]
    pub status: String,
    #[serde(default)]
    #[schema(format = Date)]
    pub react_until: Option<String>,
    /// The name the family sees when it downloads the file.
    pub file_name: String,
    /// The PDF, base64-encoded (at most 10 MB before encoding).
    #[schema(content_encoding = "base64", content_media_type = "application/pdf")]
    pub content: String,
}

fn out(reference: &str, d: &Document) -> DocumentOut {
    DocumentOut {
        reference: reference.to_string(),
        kind: d.kind.key().to_string(),
        dated: store::iso(d.dated),
        status: d.status.key().to_string(),
        react_until: d.react_until.map(store::iso),
        file_name: d.file.as_ref().map(|f| f.name.clone()),
        file_size: d.file.as_ref().map(|f| f.size),
        version: d.version,
    }
}

fn document_etag(d: &Document) -> String {
    etag(&version_tag(d.version))
}

async fn document_of(
    backend: &Backend,
    caller: &Caller,
    case: &CaseId,
    reference: &str,
) -> Result<Option<Document>, Problem> {
    let Some(id) =
        item_id::<DocumentId>(backend, caller, RefKind::Document, case, reference).await?
    else {
        return Ok(None);
    };
    let documents = backend.services().documents;
    documents
        .get(&caller.ctx, case, &id)
        .await
        .map(Some)
        .map_err(|e| caller.fail(e))
}

#[utoipa::path(get, path = "/api/v1/cases/{case}/documents", tag = "documents",
    params(("case" = String, Path, description = "The organisation's reference for the case", example = "Z-1")),
    responses(
        (status = 200, description = "The documents the organisation stored on the case", body = [DocumentOut]),
        (status = "4XX", description = "Refused", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn list(State(backend): State<Backend>, caller: Caller, Refs(refs): Refs) -> Response {
    answer(
        async {
            let case = case_of(&backend, &caller, &refs[0]).await?;
            let all = backend.services().documents.list(&caller.ctx, &case).await;
            let all = all.map_err(|e| caller.fail(e))?;
            let named = named(&backend, &caller, RefKind::Document, &case, all, |d| {
                d.id.as_str()
            });
            let out: Vec<DocumentOut> = named.await?.iter().map(|(r, d)| out(r, d)).collect();
            Ok(list_answer(&out))
        }
        .await,
    )
}

#[utoipa::path(get, path = "/api/v1/cases/{case}/documents/{document}", tag = "documents",
    params(
        ("case" = String, Path, description = "The organisation's reference for the case", example = "Z-1"),
        ("document" = String, Path, description = "The organisation's reference for the document"),
    ),
    responses(
        (status = 200, description = "The document (without its file)", body = DocumentOut,
            headers(("ETag" = String, description = "The document's version"))),
        (status = "4XX", description = "Refused", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn get(State(backend): State<Backend>, caller: Caller, Refs(refs): Refs) -> Response {
    answer(
        async {
            let case = case_of(&backend, &caller, &refs[0]).await?;
            let d = document_of(&backend, &caller, &case, &refs[1])
                .await?
                .ok_or_else(|| Problem::not_found(caller.lang))?;
            Ok(item(
                StatusCode::OK,
                &document_etag(&d),
                None,
                &out(&refs[1], &d),
            ))
        }
        .await,
    )
}

#[utoipa::path(put, path = "/api/v1/cases/{case}/documents/{document}", tag = "documents",
    params(
        ("case" = String, Path, description = "The organisation's reference for the case", example = "Z-1"),
        ("document" = String, Path, description = "The organisation's reference for the document"),
        ("If-Match" = Option<String>, Header, description = "Change only if the document is still at this ETag"),
    ),
    request_body = DocumentIn,
    responses(
        (status = 200, description = "The document was up to date or is now", body = DocumentOut,
            headers(("ETag" = String, description = "The document's version"))),
        (status = 201, description = "The document was stored", body = DocumentOut,
            headers(("ETag" = String, description = "The document's version"))),
        (status = "4XX", description = "Refused", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn put(
    State(backend): State<Backend>,
    caller: Caller,
    Refs(refs): Refs,
    headers: HeaderMap,
    bytes: Bytes,
) -> Response {
    answer(put_document(&backend, &caller, &refs, &headers, &bytes).await)
}

async fn put_document(
    backend: &Backend,
    caller: &Caller,
    refs: &[String],
    headers: &HeaderMap,
    bytes: &Bytes,
) -> Answer {
    let lang = caller.lang;
    caller.must_write()?;
    let input: DocumentIn = body::json(headers, bytes, lang)?;
    let problem = |e: AppError| Problem::from_error(e, lang, &[]);
    let case = case_of(backend, caller, &refs[0]).await?;
    let (case_ref, reference) = (&refs[0], &refs[1]);
    let kind = DocumentKind::from_key(&input.kind)
        .ok_or_else(|| Problem::field(lang, "kind", "error-choose-one"))?;
    let status = DocumentStatus::from_key(&input.status)
        .ok_or_else(|| Problem::field(lang, "status", "error-choose-one"))?;
    let dated = body::date(&input.dated, "dated", lang)?;
    let react_until = body::opt_date(input.react_until.as_deref(), "react_until", lang)?;
    let file = base64::engine::general_purpose::STANDARD
        .decode(input.content.trim())
        .map_err(|_| Problem::field(lang, "content", "api-error-base64"))?;
    if file.len() > app::domain::document_file::FILE_MAX {
        return Err(Problem::field(lang, "content", "error-file-too-large"));
    }
    let documents = backend.services().documents;
    let Some(current) = document_of(backend, caller, &case, reference).await? else {
        body::if_match(headers, None, lang)?;
        let d = documents
            .upload(
                &caller.creating(reference),
                &case,
                &NewDocument {
                    kind,
                    dated,
                    organisation: caller.organisation.clone(),
                    status,
                    react_until,
                },
                &NewFile {
                    name: input.file_name,
                    bytes: file,
                },
            )
            .await
            .map_err(|e| Problem::from_error(e, lang, &[("file", "content")]))?;
        let location = format!("/api/v1/cases/{case_ref}/documents/{reference}");
        return Ok(item(
            StatusCode::CREATED,
            &document_etag(&d),
            Some(&location),
            &out(reference, &d),
        ));
    };
    body::if_match(headers, Some(&document_etag(&current)), lang)?;
    let same_file = current
        .file
        .as_ref()
        .is_some_and(|f| usize::try_from(f.size).ok() == Some(file.len()));
    if current.kind != kind || current.dated != dated || !same_file {
        return Err(problem(AppError::conflict("api-error-document-fixed")));
    }
    if current.status == status && current.react_until == react_until {
        return Ok(item(
            StatusCode::OK,
            &document_etag(&current),
            None,
            &out(reference, &current),
        ));
    }
    let d = documents
        .update(
            &caller.ctx,
            &case,
            &current.id,
            &DocumentUpdate {
                status,
                react_until,
                version: current.version,
            },
        )
        .await
        .map_err(problem)?;
    Ok(item(
        StatusCode::OK,
        &document_etag(&d),
        None,
        &out(reference, &d),
    ))
}
