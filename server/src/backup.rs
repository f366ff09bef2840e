//! `helder backup` and `helder restore`: nothing lost when a disk dies.
//!
//! - SQLite: `VACUUM INTO` writes a consistent, compact copy while the server keeps serving
//!   (it reads one snapshot; writers wait only for the moments it holds the lock). Restoring
//!   checks the copy, writes it beside the target and renames it into place, so a restore cut
//!   off halfway leaves the old database as it was.
//! - PostgreSQL: `pg_dump --format=custom` (one consistent snapshot, the server keeps running)
//!   and `pg_restore --single-transaction` (all or nothing). Both must be on PATH, of the
//!   server's major version or newer.
//!
//! A restore never overwrites a database that holds data unless asked to with `--overwrite`:
//! that database may be the live one.

use std::path::{Path, PathBuf};

use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection};
use sqlx::{ConnectOptions, Connection, Row};

use crate::config::{DatabaseKind, DatabaseUrl};

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("{0} already exists; choose a new file name (a backup never overwrites a file)")]
    TargetExists(String),
    #[error("{0} does not exist")]
    Missing(String),
    #[error("{0} is not a Helder backup: {1}")]
    NotABackup(String, String),
    #[error(
        "the database {target} already holds data ({cases} cases); it may be the live one. \
         Stop every server that uses it, then run again with --overwrite to replace it"
    )]
    Live { target: String, cases: i64 },
    #[error("{tool} failed: {reason}")]
    Tool { tool: &'static str, reason: String },
    #[error("the database ({target}): {reason}")]
    Database { target: String, reason: String },
    #[error("{path}: {reason}")]
    File { path: String, reason: String },
}

/// What a backup or restore holds, to print and to compare.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub cases: i64,
    pub persons: i64,
    pub messages: i64,
    pub access_log: i64,
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} cases, {} persons, {} messages, {} access-log rows",
            self.cases, self.persons, self.messages, self.access_log
        )
    }
}

const SUMMARY_SQL: &str = "SELECT (SELECT COUNT(*) FROM cases), (SELECT COUNT(*) FROM persons), \
     (SELECT COUNT(*) FROM messages), (SELECT COUNT(*) FROM access_log)";

fn file_err(path: &Path) -> impl Fn(std::io::Error) -> BackupError + '_ {
    move |e| BackupError::File {
        path: path.display().to_string(),
        reason: e.to_string(),
    }
}

fn db_err(target: &str) -> impl Fn(sqlx::Error) -> BackupError + '_ {
    move |e| BackupError::Database {
        target: target.to_string(),
        reason: e.to_string(),
    }
}

/// `path` with `suffix` added to its file name.
fn beside(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

/// Write a consistent copy of `database` to `to` (a new file).
pub async fn backup(database: &DatabaseUrl, to: &Path) -> Result<Summary, BackupError> {
    if to.exists() {
        return Err(BackupError::TargetExists(to.display().to_string()));
    }
    let partial = beside(to, ".partial");
    let _ = std::fs::remove_file(&partial);
    match database.kind() {
        DatabaseKind::Sqlite => {
            let target = database.to_string();
            let source = database.host();
            if !Path::new(&source).exists() {
                return Err(BackupError::Missing(source));
            }
            let mut conn = SqliteConnectOptions::new()
                .filename(&source)
                .busy_timeout(std::time::Duration::from_secs(30))
                .connect()
                .await
                .map_err(db_err(&target))?;
            sqlx::query("VACUUM INTO ?")
                .bind(partial.to_string_lossy().to_string())
                .execute(&mut conn)
                .await
                .map_err(db_err(&target))?;
            let _ = conn.close().await;
        }
        DatabaseKind::Postgres => {
            run_tool(
                "pg_dump",
                &[
                    "--format=custom",
                    "--no-owner",
                    "--no-privileges",
                    "--file",
                    &partial.to_string_lossy(),
                    "--dbname",
                    database.expose(),
                ],
            )
            .await?;
        }
    }
    // Durable before it gets its name: a crash never leaves a half file called a backup.
    std::fs::File::open(&partial)
        .and_then(|f| f.sync_all())
        .map_err(file_err(&partial))?;
    std::fs::rename(&partial, to).map_err(file_err(to))?;
    match database.kind() {
        DatabaseKind::Sqlite => summary_of_backup(DatabaseKind::Sqlite, to).await,
        // A dump's table of contents has no row counts: what the database holds now (the
        // dump is its snapshot of a moment ago).
        DatabaseKind::Postgres => summary(database).await,
    }
}

/// Put the backup `from` into `database`. Refuses when `database` holds data, unless
/// `overwrite`.
pub async fn restore(
    from: &Path,
    database: &DatabaseUrl,
    overwrite: bool,
) -> Result<Summary, BackupError> {
    if !from.exists() {
        return Err(BackupError::Missing(from.display().to_string()));
    }
    let expected = summary_of_backup(database.kind(), from).await?;
    let target = database.to_string();
    if let Some(cases) = existing_cases(database).await? {
        if !overwrite {
            return Err(BackupError::Live { target, cases });
        }
    }
    match database.kind() {
        DatabaseKind::Sqlite => {
            let path = PathBuf::from(database.host());
            if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                std::fs::create_dir_all(parent).map_err(file_err(parent))?;
            }
            let incoming = beside(&path, ".restoring");
            std::fs::copy(from, &incoming).map_err(file_err(&incoming))?;
            std::fs::File::open(&incoming)
                .and_then(|f| f.sync_all())
                .map_err(file_err(&incoming))?;
            // The old database's journal belongs to the old file: gone with it.
            for old in [beside(&path, "-wal"), beside(&path, "-shm")] {
                match std::fs::remove_file(&old) {
                    Ok(()) => {}
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                    Err(e) => return Err(file_err(&old)(e)),
                }
            }
            std::fs::rename(&incoming, &path).map_err(file_err(&path))?;
        }
        DatabaseKind::Postgres => {
            let file = from.to_string_lossy();
            let mut args = vec![
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                "--exit-on-error",
            ];
            if overwrite {
                args.extend(["--clean", "--if-exists"]);
            }
            args.extend(["--dbname", database.expose(), &file]);
            run_tool("pg_restore", &args).await?;
        }
    }
    let now = summary(database).await?;
    if database.kind() == DatabaseKind::Sqlite && now != expected {
        return Err(BackupError::Database {
            target,
            reason: format!("after restoring it holds {now}, the backup {expected}"),
        });
    }
    Ok(now)
}

/// The number of cases in `database`, or `None` when it does not exist or has no tables yet.
async fn existing_cases(database: &DatabaseUrl) -> Result<Option<i64>, BackupError> {
    let target = database.to_string();
    match database.kind() {
        DatabaseKind::Sqlite => {
            let path = database.host();
            if !Path::new(&path).exists() {
                return Ok(None);
            }
            let mut conn = SqliteConnectOptions::new()
                .filename(&path)
                .read_only(true)
                .connect()
                .await
                .map_err(db_err(&target))?;
            let out = count_cases_sqlite(&mut conn, &target).await;
            let _ = conn.close().await;
            out
        }
        DatabaseKind::Postgres => {
            let mut conn = sqlx::PgConnection::connect(database.expose())
                .await
                .map_err(db_err(&target))?;
            let has: bool = sqlx::query_scalar(
                "SELECT EXISTS (SELECT 1 FROM information_schema.tables \
                 WHERE table_schema = current_schema() AND table_name = 'cases')",
            )
            .fetch_one(&mut conn)
            .await
            .map_err(db_err(&target))?;
            let out = if has {
                sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM cases")
                    .fetch_one(&mut conn)
                    .await
                    .map(Some)
                    .map_err(db_err(&target))
            } else {
                // Any other table still means someone's data: count it as held.
                let tables: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM information_schema.tables \
                     WHERE table_schema = current_schema()",
                )
                .fetch_one(&mut conn)
                .await
                .map_err(db_err(&target))?;
                Ok((tables > 0).then_some(0))
            };
            let _ = conn.close().await;
            out
        }
    }
}

async fn count_cases_sqlite(
    conn: &mut SqliteConnection,
    target: &str,
) -> Result<Option<i64>, BackupError> {
    let tables: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'")
        .fetch_one(&mut *conn)
        .await
        .map_err(db_err(target))?;
    if tables == 0 {
        return Ok(None);
    }
    let has_cases: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'cases'",
    )
    .fetch_one(&mut *conn)
    .await
    .map_err(db_err(target))?;
    if has_cases == 0 {
        return Ok(Some(0));
    }
    sqlx::query_scalar("SELECT COUNT(*) FROM cases")
        .fetch_one(&mut *conn)
        .await
        .map(Some)
        .map_err(db_err(target))
}

/// What a backup file holds. SQLite: opened read-only and checked for integrity; PostgreSQL:
/// its table of contents must list Helder's tables (the counts are read after restoring).
async fn summary_of_backup(kind: DatabaseKind, file: &Path) -> Result<Summary, BackupError> {
    let name = file.display().to_string();
    let not_a_backup = |reason: String| BackupError::NotABackup(name.clone(), reason);
    match kind {
        DatabaseKind::Sqlite => {
            let mut conn = SqliteConnectOptions::new()
                .filename(file)
                .read_only(true)
                .connect()
                .await
                .map_err(|e| not_a_backup(e.to_string()))?;
            let check: String = sqlx::query_scalar("PRAGMA integrity_check")
                .fetch_one(&mut conn)
                .await
                .map_err(|e| not_a_backup(e.to_string()))?;
            if check != "ok" {
                return Err(not_a_backup(format!("integrity check: {check}")));
            }
            let row = sqlx::query(SUMMARY_SQL)
                .fetch_one(&mut conn)
                .await
                .map_err(|e| not_a_backup(e.to_string()))?;
            let _ = conn.close().await;
            let count = |i: usize| {
                row.try_get::<i64, _>(i)
                    .map_err(|e| not_a_backup(e.to_string()))
            };
            Ok(Summary {
                cases: count(0)?,
                persons: count(1)?,
                messages: count(2)?,
                access_log: count(3)?,
            })
        }
        DatabaseKind::Postgres => {
            let list = run_tool("pg_restore", &["--list", &file.to_string_lossy()])
                .await
                .map_err(|e| not_a_backup(e.to_string()))?;
            let has = |table: &str| {
                list.lines()
                    .any(|l| l.contains("TABLE DATA") && l.split_whitespace().any(|w| w == table))
            };
            if !has("cases") || !has("access_log") {
                return Err(not_a_backup("it holds no Helder tables".into()));
            }
            // The dump's table of contents has no row counts: the restore reports them.
            Ok(Summary {
                cases: -1,
                persons: -1,
                messages: -1,
                access_log: -1,
            })
        }
    }
}

/// What `database` holds now.
pub async fn summary(database: &DatabaseUrl) -> Result<Summary, BackupError> {
    let target = database.to_string();
    let row = match database.kind() {
        DatabaseKind::Sqlite => {
            let mut conn = SqliteConnectOptions::new()
                .filename(database.host())
                .read_only(true)
                .connect()
                .await
                .map_err(db_err(&target))?;
            sqlx::query(SUMMARY_SQL)
                .fetch_one(&mut conn)
                .await
                .and_then(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?, r.try_get(3)?)))
                .map_err(db_err(&target))?
        }
        DatabaseKind::Postgres => {
            let mut conn = sqlx::PgConnection::connect(database.expose())
                .await
                .map_err(db_err(&target))?;
            sqlx::query(SUMMARY_SQL)
                .fetch_one(&mut conn)
                .await
                .and_then(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?, r.try_get(3)?)))
                .map_err(db_err(&target))?
        }
    };
    Ok(Summary {
        cases: row.0,
        persons: row.1,
        messages: row.2,
        access_log: row.3,
    })
}

/// Run a PostgreSQL client tool; its standard output, or its error output as the reason.
async fn run_tool(tool: &'static str, args: &[&str]) -> Result<String, BackupError> {
    let out = tokio::process::Command::new(tool)
        .args(args)
        .stdin(std::process::Stdio::null())
        .output()
        .await
        .map_err(|e| BackupError::Tool {
            tool,
            reason: format!("cannot run it ({e}); install the PostgreSQL client tools"),
        })?;
    if !out.status.success() {
        let reason = String::from_utf8_lossy(&out.stderr).trim().to_string();
        return Err(BackupError::Tool { tool, reason });
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}
