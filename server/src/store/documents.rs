//! Plans and reports: their kind, date, author and status (not their content yet).

use sqlx::FromRow;

use super::{checked_update, date, iso, opt_date, Conn, StoreError};
use crate::access::grant::Grant;
use crate::db::Db;
use app::domain::ids::DocumentId;
use app::domain::journey::{DocumentKind, DocumentStatus};
use app::model::document::{Document, DocumentUpdate, NewDocument};
use app::model::Version;

#[derive(Debug, Clone, FromRow)]
struct DocumentRow {
    id: String,
    kind: String,
    dated: String,
    organisation: String,
    status: String,
    react_until: Option<String>,
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
            version: r.version,
        })
    }
}

const DOCUMENT_SELECT: &str = "SELECT d.id, d.kind, d.dated, o.name AS organisation, d.status,
            d.react_until, d.version
     FROM documents d JOIN organisations o ON o.id = d.organisation_id";

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

pub async fn get_in(
    conn: &mut Conn,
    grant: &Grant,
    id: &DocumentId,
) -> Result<Document, StoreError> {
    sqlx::query_as::<_, DocumentRow>(&format!(
        "{DOCUMENT_SELECT} WHERE d.id = $1 AND d.case_id = $2 AND d.withdrawn_on IS NULL"
    ))
    .bind(id.as_str())
    .bind(grant.case_id().as_str())
    .fetch_optional(&mut *conn)
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
