//! SQL for sign-in: WebAuthn user handles, activation codes, passkeys, account notices and the
//! sessions of a subject. No authorization here: the callers in `crate::auth` decide.

use sqlx::FromRow;

use super::{Conn, StoreError};
use crate::db::Db;
use app::domain::Subject;

/// The WebAuthn user handle of a subject, made on first use.
pub async fn user_handle(db: &Db, subject: &Subject) -> Result<String, StoreError> {
    let (kind, id) = subject.parts();
    sqlx::query(
        "INSERT INTO webauthn_users (subject_kind, subject_id, user_handle) VALUES ($1, $2, $3)
         ON CONFLICT (subject_kind, subject_id) DO NOTHING",
    )
    .bind(kind)
    .bind(id)
    .bind(uuid::Uuid::new_v4().to_string())
    .execute(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("user_handle insert"))?;
    sqlx::query_scalar::<_, String>(
        "SELECT user_handle FROM webauthn_users WHERE subject_kind = $1 AND subject_id = $2",
    )
    .bind(kind)
    .bind(id)
    .fetch_one(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("user_handle"))
}

#[derive(Debug, Clone, FromRow)]
pub struct CodeRow {
    pub id: String,
    pub subject_kind: String,
    pub subject_id: String,
    pub expires_at: i64,
    pub used_at: Option<String>,
    pub revoked_at: Option<String>,
}

pub struct NewCode<'a> {
    pub id: &'a str,
    pub code_hash: &'a str,
    pub subject: &'a Subject,
    /// `None` for someone who signs in for work (a code of no case).
    pub case_id: Option<&'a str>,
    /// `None` when made by `helder create-administrator`.
    pub issued_by: Option<&'a Subject>,
    pub issued_at: &'a str,
    pub expires_at: i64,
}

/// Issue a code and, in the same transaction, end everything that gave access before: open
/// codes, passkeys and sessions of that person (a lost or stolen phone stops working now).
pub async fn issue_code(tx: &mut Conn, code: &NewCode<'_>) -> Result<(), StoreError> {
    let (kind, id) = code.subject.parts();
    sqlx::query(
        "UPDATE activation_codes SET revoked_at = $1
         WHERE subject_kind = $2 AND subject_id = $3 AND used_at IS NULL AND revoked_at IS NULL",
    )
    .bind(code.issued_at)
    .bind(kind)
    .bind(id)
    .execute(&mut *tx)
    .await
    .map_err(StoreError::from_sqlx("revoke open codes"))?;
    let revoked = sqlx::query(
        "UPDATE passkeys SET revoked_at = $1
         WHERE subject_kind = $2 AND subject_id = $3 AND revoked_at IS NULL",
    )
    .bind(code.issued_at)
    .bind(kind)
    .bind(id)
    .execute(&mut *tx)
    .await
    .map_err(StoreError::from_sqlx("revoke passkeys"))?
    .rows_affected();
    sqlx::query("DELETE FROM sessions WHERE subject_key = $1")
        .bind(code.subject.key())
        .execute(&mut *tx)
        .await
        .map_err(StoreError::from_sqlx("end sessions"))?;
    sqlx::query(
        "INSERT INTO activation_codes
           (id, code_hash, subject_kind, subject_id, case_id, issued_by, issued_by_kind,
            issued_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(code.id)
    .bind(code.code_hash)
    .bind(kind)
    .bind(id)
    .bind(code.case_id)
    .bind(code.issued_by.map(|s| s.parts().1))
    .bind(code.issued_by.map_or("command", |s| s.parts().0))
    .bind(code.issued_at)
    .bind(code.expires_at)
    .execute(&mut *tx)
    .await
    .map_err(StoreError::from_sqlx("insert code"))?;
    if revoked > 0 {
        add_notice(tx, code.subject, "passkeys-reset", "", code.issued_at).await?;
    }
    Ok(())
}

pub async fn code_by_hash(db: &Db, code_hash: &str) -> Result<Option<CodeRow>, StoreError> {
    sqlx::query_as::<_, CodeRow>(
        "SELECT id, subject_kind, subject_id, expires_at, used_at, revoked_at
         FROM activation_codes WHERE code_hash = $1",
    )
    .bind(code_hash)
    .fetch_optional(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("code_by_hash"))
}

#[derive(Debug, Clone, FromRow)]
pub struct PasskeyRow {
    pub id: String,
    pub subject_kind: String,
    pub subject_id: String,
    pub passkey: String,
    pub device_name: String,
    pub created_at: String,
    pub last_used_at: Option<String>,
}

pub struct NewPasskey<'a> {
    pub id: &'a str,
    pub subject: &'a Subject,
    pub credential_id: &'a str,
    pub passkey: &'a str,
    pub device_name: &'a str,
    pub at: &'a str,
}

/// Why a new passkey was not stored. Equal when of the same kind (a store failure is never
/// equal to anything: its cause is not comparable).
#[derive(Debug)]
pub enum AddPasskeyError {
    /// The code was used, replaced or expired in the meantime.
    CodeGone,
    /// This credential is already registered (to anyone).
    DuplicateCredential,
    Store(StoreError),
}

impl PartialEq for AddPasskeyError {
    fn eq(&self, other: &Self) -> bool {
        matches!(
            (self, other),
            (AddPasskeyError::CodeGone, AddPasskeyError::CodeGone)
                | (
                    AddPasskeyError::DuplicateCredential,
                    AddPasskeyError::DuplicateCredential
                )
        )
    }
}

/// Store a passkey; with `code`, use that code up in the same transaction (only if it is
/// still open at `now`). Either both happen or neither.
pub async fn add_passkey(
    db: &Db,
    key: &NewPasskey<'_>,
    code: Option<(&str, i64)>,
) -> Result<(), AddPasskeyError> {
    let fail = |context: &'static str| {
        move |e: sqlx::Error| match StoreError::from_sqlx(context)(e) {
            StoreError::Conflict { .. } => AddPasskeyError::DuplicateCredential,
            other => AddPasskeyError::Store(other),
        }
    };
    let (kind, id) = key.subject.parts();
    let mut tx = db.begin_write().await.map_err(fail("add_passkey begin"))?;
    if let Some((code_id, now)) = code {
        let used = sqlx::query(
            "UPDATE activation_codes SET used_at = $1
             WHERE id = $2 AND subject_kind = $3 AND subject_id = $4
               AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $5",
        )
        .bind(key.at)
        .bind(code_id)
        .bind(kind)
        .bind(id)
        .bind(now)
        .execute(&mut *tx)
        .await
        .map_err(fail("use code"))?
        .rows_affected();
        if used != 1 {
            return Err(AddPasskeyError::CodeGone);
        }
    }
    sqlx::query(
        "INSERT INTO passkeys (id, subject_kind, subject_id, credential_id, passkey, device_name, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(key.id)
    .bind(kind)
    .bind(id)
    .bind(key.credential_id)
    .bind(key.passkey)
    .bind(key.device_name)
    .bind(key.at)
    .execute(&mut *tx)
    .await
    .map_err(fail("insert passkey"))?;
    add_notice(
        &mut tx,
        key.subject,
        "passkey-added",
        key.device_name,
        key.at,
    )
    .await
    .map_err(AddPasskeyError::Store)?;
    tx.commit().await.map_err(fail("add_passkey commit"))
}

async fn add_notice(
    tx: &mut Conn,
    subject: &Subject,
    kind: &str,
    detail: &str,
    at: &str,
) -> Result<(), StoreError> {
    let (subject_kind, subject_id) = subject.parts();
    sqlx::query(
        "INSERT INTO account_notices (id, subject_kind, subject_id, kind, detail, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(uuid::Uuid::new_v4().to_string())
    .bind(subject_kind)
    .bind(subject_id)
    .bind(kind)
    .bind(detail)
    .bind(at)
    .execute(&mut *tx)
    .await
    .map_err(StoreError::from_sqlx("add_notice"))?;
    Ok(())
}

const PASSKEY_COLUMNS: &str =
    "id, subject_kind, subject_id, passkey, device_name, created_at, last_used_at";

/// The passkeys of a subject that still work, oldest first.
pub async fn passkeys_of(db: &Db, subject: &Subject) -> Result<Vec<PasskeyRow>, StoreError> {
    let (kind, id) = subject.parts();
    sqlx::query_as::<_, PasskeyRow>(&format!(
        "SELECT {PASSKEY_COLUMNS} FROM passkeys
         WHERE subject_kind = $1 AND subject_id = $2 AND revoked_at IS NULL
         ORDER BY created_at, id"
    ))
    .bind(kind)
    .bind(id)
    .fetch_all(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("passkeys_of"))
}

/// A working passkey by credential id, with the user handle of its owner.
pub async fn passkey_by_credential(
    db: &Db,
    credential_id: &str,
) -> Result<Option<(PasskeyRow, String)>, StoreError> {
    #[derive(FromRow)]
    struct Found {
        #[sqlx(flatten)]
        row: PasskeyRow,
        user_handle: String,
    }
    let found = sqlx::query_as::<_, Found>(
        "SELECT k.id, k.subject_kind, k.subject_id, k.passkey, k.device_name, k.created_at,
                k.last_used_at, u.user_handle
         FROM passkeys k JOIN webauthn_users u
           ON u.subject_kind = k.subject_kind AND u.subject_id = k.subject_id
         WHERE k.credential_id = $1 AND k.revoked_at IS NULL",
    )
    .bind(credential_id)
    .fetch_optional(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("passkey_by_credential"))?;
    Ok(found.map(|f| (f.row, f.user_handle)))
}

/// After a sign-in: the new signature counter and when it was used.
pub async fn passkey_used(db: &Db, id: &str, passkey: &str, at: &str) -> Result<(), StoreError> {
    sqlx::query("UPDATE passkeys SET passkey = $1, last_used_at = $2 WHERE id = $3")
        .bind(passkey)
        .bind(at)
        .bind(id)
        .execute(&db.pool)
        .await
        .map_err(StoreError::from_sqlx("passkey_used"))?;
    Ok(())
}

/// What revoking a passkey did.
#[derive(Debug, PartialEq, Eq)]
pub enum Revoked {
    Done,
    /// No working passkey of this subject has that id.
    NotFound,
    /// It is their last working passkey: revoking it would lock them out, so it stays.
    Last,
}

/// Revoke one of the subject's own passkeys, unless it is their last.
pub async fn revoke_passkey(
    db: &Db,
    subject: &Subject,
    passkey_id: &str,
    at: &str,
) -> Result<Revoked, StoreError> {
    let (kind, id) = subject.parts();
    let mut tx = db
        .begin_write()
        .await
        .map_err(StoreError::from_sqlx("revoke begin"))?;
    let working: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM passkeys WHERE subject_kind = $1 AND subject_id = $2 AND revoked_at IS NULL",
    )
    .bind(kind)
    .bind(id)
    .fetch_one(&mut *tx)
    .await
    .map_err(StoreError::from_sqlx("count passkeys"))?;
    let revoked = sqlx::query(
        "UPDATE passkeys SET revoked_at = $1
         WHERE id = $2 AND subject_kind = $3 AND subject_id = $4 AND revoked_at IS NULL",
    )
    .bind(at)
    .bind(passkey_id)
    .bind(kind)
    .bind(id)
    .execute(&mut *tx)
    .await
    .map_err(StoreError::from_sqlx("revoke passkey"))?
    .rows_affected();
    if revoked == 1 && working <= 1 {
        return Ok(Revoked::Last);
    }
    tx.commit()
        .await
        .map_err(StoreError::from_sqlx("revoke commit"))?;
    Ok(if revoked == 1 {
        Revoked::Done
    } else {
        Revoked::NotFound
    })
}

#[derive(Debug, Clone, FromRow)]
pub struct NoticeRow {
    pub id: String,
    pub kind: String,
    pub detail: String,
    pub created_at: String,
}

pub async fn unseen_notices(db: &Db, subject: &Subject) -> Result<Vec<NoticeRow>, StoreError> {
    let (kind, id) = subject.parts();
    sqlx::query_as::<_, NoticeRow>(
        "SELECT id, kind, detail, created_at FROM account_notices
         WHERE subject_kind = $1 AND subject_id = $2 AND seen_at IS NULL
         ORDER BY created_at DESC, id",
    )
    .bind(kind)
    .bind(id)
    .fetch_all(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("unseen_notices"))
}

pub async fn dismiss_notice(
    db: &Db,
    subject: &Subject,
    notice_id: &str,
    at: &str,
) -> Result<u64, StoreError> {
    let (kind, id) = subject.parts();
    Ok(sqlx::query(
        "UPDATE account_notices SET seen_at = $1
         WHERE id = $2 AND subject_kind = $3 AND subject_id = $4 AND seen_at IS NULL",
    )
    .bind(at)
    .bind(notice_id)
    .bind(kind)
    .bind(id)
    .execute(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("dismiss_notice"))?
    .rows_affected())
}

pub async fn notice_is_own(
    db: &Db,
    subject: &Subject,
    notice_id: &str,
) -> Result<bool, StoreError> {
    let (kind, id) = subject.parts();
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM account_notices WHERE id = $1 AND subject_kind = $2 AND subject_id = $3",
    )
    .bind(notice_id)
    .bind(kind)
    .bind(id)
    .fetch_one(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("notice_is_own"))?;
    Ok(n > 0)
}

#[derive(Debug, Clone, FromRow)]
pub struct SessionRow {
    pub id_hash: String,
    pub data: String,
}

pub async fn sessions_of(
    db: &Db,
    subject: &Subject,
    now: i64,
) -> Result<Vec<SessionRow>, StoreError> {
    sqlx::query_as::<_, SessionRow>(
        "SELECT id_hash, data FROM sessions WHERE subject_key = $1 AND expires_at > $2",
    )
    .bind(subject.key())
    .bind(now)
    .fetch_all(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("sessions_of"))
}

/// End sessions of `subject` except `keep`: one (`only` = its hash) or all others.
pub async fn end_sessions(
    db: &Db,
    subject: &Subject,
    keep: &str,
    only: Option<&str>,
) -> Result<u64, StoreError> {
    let done =
        match only {
            Some(id_hash) => sqlx::query(
                "DELETE FROM sessions WHERE subject_key = $1 AND id_hash = $2 AND id_hash <> $3",
            )
            .bind(subject.key())
            .bind(id_hash)
            .bind(keep)
            .execute(&db.pool)
            .await,
            None => {
                sqlx::query("DELETE FROM sessions WHERE subject_key = $1 AND id_hash <> $2")
                    .bind(subject.key())
                    .bind(keep)
                    .execute(&db.pool)
                    .await
            }
        };
    Ok(done
        .map_err(StoreError::from_sqlx("end_sessions"))?
        .rows_affected())
}

#[derive(Debug, Clone, FromRow)]
pub struct AccessRow {
    pub person_id: String,
    pub given_name: String,
    pub family_name: String,
    pub relation: String,
    pub passkeys: i64,
    pub open_code_until: Option<i64>,
}

/// The current family members of a case, with their working passkeys and open code.
pub async fn family_access(
    db: &Db,
    grant: &crate::access::grant::Grant,
    today: &str,
    now: i64,
) -> Result<Vec<AccessRow>, StoreError> {
    sqlx::query_as::<_, AccessRow>(
        "SELECT p.id AS person_id, p.given_name, p.family_name, m.relation,
           (SELECT COUNT(*) FROM passkeys k
             WHERE k.subject_kind = 'person' AND k.subject_id = p.id AND k.revoked_at IS NULL) AS passkeys,
           (SELECT MAX(c.expires_at) FROM activation_codes c
             WHERE c.subject_kind = 'person' AND c.subject_id = p.id
               AND c.used_at IS NULL AND c.revoked_at IS NULL AND c.expires_at > $3) AS open_code_until
         FROM case_members m JOIN persons p ON p.id = m.person_id
         WHERE m.case_id = $1 AND m.relation <> 'ex-partner'
           AND m.valid_from <= $2 AND (m.valid_until IS NULL OR m.valid_until > $2)
         ORDER BY m.relation DESC, p.birth_date, p.given_name",
    )
    .bind(grant.case_id().as_str())
    .bind(today)
    .bind(now)
    .fetch_all(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("family_access"))
}

/// Whether `person_id` is a current member of the granted case.
pub async fn is_member(
    db: &Db,
    grant: &crate::access::grant::Grant,
    person_id: &str,
    today: &str,
) -> Result<bool, StoreError> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM case_members
         WHERE case_id = $1 AND person_id = $2 AND relation <> 'ex-partner' AND valid_from <= $3
           AND (valid_until IS NULL OR valid_until > $3)",
    )
    .bind(grant.case_id().as_str())
    .bind(person_id)
    .bind(today)
    .fetch_one(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("is_member"))?;
    Ok(n > 0)
}

/// One more hit on a rate-limit bucket in the window starting at `window_start`; returns the
/// hits so far, this one included. One statement, so concurrent hits on any number of server
/// Record one attempt on `bucket` at `at_us` (unix microseconds) and return the attempts of
/// the bucket since `since_us`, oldest first (the new one included).
pub async fn rate_limit_attempt(
    db: &Db,
    bucket: &str,
    at_us: i64,
    since_us: i64,
) -> Result<Vec<i64>, StoreError> {
    sqlx::query("INSERT INTO rate_limit_attempts (bucket, at_us) VALUES ($1, $2)")
        .bind(bucket)
        .bind(at_us)
        .execute(&db.pool)
        .await
        .map_err(StoreError::from_sqlx("rate limit attempt"))?;
    sqlx::query_scalar::<_, i64>(
        "SELECT at_us FROM rate_limit_attempts WHERE bucket = $1 AND at_us > $2 ORDER BY at_us",
    )
    .bind(bucket)
    .bind(since_us)
    .fetch_all(&db.pool)
    .await
    .map_err(StoreError::from_sqlx("rate limit attempts"))
}

/// Forget attempts made before `before_us`.
pub async fn rate_limit_cleanup(db: &Db, before_us: i64) -> Result<u64, StoreError> {
    Ok(
        sqlx::query("DELETE FROM rate_limit_attempts WHERE at_us < $1")
            .bind(before_us)
            .execute(&db.pool)
            .await
            .map_err(StoreError::from_sqlx("rate_limit_cleanup"))?
            .rows_affected(),
    )
}
