//! Plans and reports: their kind, date, author and status, and their file (a PDF).

use sqlx::FromRow;

use super::{checked_update, date, iso, opt_date, Conn, StoreError};
use crate::access::grant::Grant;
use crate::db::Db;
use app::domain::ids::DocumentId;
use app::domain::journey::{DocumentKind, DocumentStatus};
use app::model::document::{Document, DocumentUpdate, FileInfo, NewDocument, StoredFile};
use app::model::Version;

#[derive(Debug, Clone, FromRow)]
struct DocumentRow {
    id: String,
    kind: String,
    dated: String,
    organisation: String,
    status: String,
    react_until: Option<String>,
    file_name: Option<String>,
    file_size: Option<i64>,
    version: i64,
}

impl TryFrom<DocumentRow> for Document {
    type Error = StoreError;
    fn try_from(r: DocumentRow) -> Result<Document, StoreError> {
        Ok(Document {
            id: super::id("document id", &r.id)?,
            kind: super::key("document kind", &r.kind, DocumentKind::from_key)?,
            dated: date("dated", &r.dated)?,
            status: super::key("document status", &r.status, DocumentStatus::from_key)?,
            react_until: opt_date("react_until", r.react_until.as_deref())?,
            organisation: r.organisation,
            file: match (r.file_name, r.file_size) {
                (Some(name), Some(size)) => Some(FileInfo { name, size }),
                _ => None,
            },
            version: r.version,
        })
    }
}

const DOCUMENT_SELECT: &str = "SELECT d.id, d.kind, d.dated, o.name AS organisation, d.status,
            d.react_until, f.name AS file_name, f.size AS file_size, d.version
     FROM documents d JOIN organisations o ON o.id = d.organisation_id
     LEFT JOIN document_files f ON f.document_id = d.id";

/// The granted case's documents that were not withdrawn, newest first.
pub async fn list(db: &Db, grant: &Grant) -> Result<Vec<Document>, StoreError> {
    let rows = sqlx::query_as::<_, DocumentRow>(&format!(
        "{DOCUMENT_SELECT} WHERE d.case_id = $1 AND d.withdrawn_on IS NULL ORDER BY d.dated DESC, d.id"
    ))
    .bind(grant.case_id().as_str())
    .fetch_all(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("documents"))?;
    rows.into_iter().map(Document::try_from).collect()
}

pub async fn get_in<'c, E: sqlx::Executor<'c, Database = sqlx::Any>>(
    conn: E,
    grant: &Grant,
    id: &DocumentId,
) -> Result<Document, StoreError> {
    sqlx::query_as::<_, DocumentRow>(&format!(
        "{DOCUMENT_SELECT} WHERE d.id = $1 AND d.case_id = $2 AND d.withdrawn_on IS NULL"
    ))
    .bind(id.as_str())
    .bind(grant.case_id().as_str())
    .fetch_optional(conn)
    .await
    .map_err(StoreError::from_sqlx("document"))?
    .ok_or(StoreError::NotFound)
    .and_then(Document::try_from)
}

pub async fn insert(
    conn: &mut Conn,
    grant: &Grant,
    id: &DocumentId,
    d: &NewDocument,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO documents (id, case_id, kind, dated, organisation_id, status, react_until)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(id.as_str())
    .bind(grant.case_id().as_str())
    .bind(d.kind.key())
    .bind(iso(d.dated))
    .bind(d.organisation.as_str())
    .bind(d.status.key())
    .bind(d.react_until.map(iso))
    .execute(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("insert document"))?;
    Ok(())
}

/// The document is on the case and was not withdrawn.
pub async fn exists(
    db: &Db,
    case: &app::domain::ids::CaseId,
    document: &DocumentId,
) -> Result<bool, StoreError> {
    let n: i64 = sqlx::query_scalar(DOCUMENT_EXISTS)
        .bind(document.as_str())
        .bind(case.as_str())
        .fetch_one(&db.pool)
        .await
        .map_err(StoreError::from_sqlx("document exists"))?;
    Ok(n > 0)
}

const DOCUMENT_EXISTS: &str =
    "SELECT COUNT(*) FROM documents WHERE id = $1 AND case_id = $2 AND withdrawn_on IS NULL";

pub async fn update(
    conn: &mut Conn,
    grant: &Grant,
    id: &DocumentId,
    u: &DocumentUpdate,
) -> Result<(), StoreError> {
    let done = sqlx::query(
        "UPDATE documents SET status = $1, react_until = $2, version = version + 1
         WHERE id = $3 AND case_id = $4 AND version = $5 AND withdrawn_on IS NULL",
    )
    .bind(u.status.key())
    .bind(u.react_until.map(iso))
    .bind(id.as_str())
    .bind(grant.case_id().as_str())
    .bind(u.version)
    .execute(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("update document"))?
    .rows_affected();
    checked_update(
        conn,
        done,
        Some(DOCUMENT_EXISTS),
        id.as_str(),
        grant.case_id().as_str(),
    )
    .await
}

pub async fn withdraw(
    conn: &mut Conn,
    grant: &Grant,
    id: &DocumentId,
    on: time::Date,
    version: Version,
) -> Result<(), StoreError> {
    let item = super::Closable {
        table: "documents",
        column: "withdrawn_on",
    };
    super::close_versioned(conn, grant, item, id.as_str(), on, version).await
}

/// Keep the file of a new document (in the caller's transaction).
pub async fn insert_file(
    conn: &mut Conn,
    id: &DocumentId,
    name: &str,
    bytes: &[u8],
    uploaded_by: Option<&str>,
) -> Result<(), StoreError> {
    use sha2::{Digest, Sha256};
    let size =
        i64::try_from(bytes.len()).map_err(|_| StoreError::corrupt("file size", "too large"))?;
    sqlx::query(
        "INSERT INTO document_files (document_id, name, content_type, size, sha256, content,
                                     uploaded_at, uploaded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(id.as_str())
    .bind(name)
    .bind(app::domain::document_file::PDF)
    .bind(size)
    .bind(hex::encode(Sha256::digest(bytes)))
    .bind(bytes)
    .bind(super::now_text())
    .bind(uploaded_by)
    .execute(&mut *conn)
    .await
    .map_err(StoreError::from_sqlx("insert document file"))?;
    Ok(())
}

/// The file of a document of the granted case that was not withdrawn.
pub async fn file(db: &Db, grant: &Grant, id: &DocumentId) -> Result<StoredFile, StoreError> {
    let row: Option<(String, String, Vec<u8>)> = sqlx::query_as(
        "SELECT f.name, f.content_type, f.content FROM document_files f
         JOIN documents d ON d.id = f.document_id
         WHERE f.document_id = $1 AND d.case_id = $2 AND d.withdrawn_on IS NULL",
    )
    .bind(id.as_str())
    .bind(grant.case_id().as_str())
    .fetch_optional(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("document file"))?;
    let (name, content_type, bytes) = row.ok_or(StoreError::NotFound)?;
    Ok(StoredFile {
        name,
        content_type,
        bytes,
    })
}
