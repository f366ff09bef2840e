//! The database: SQLite (embedded default) or PostgreSQL (several instances), behind one
//! `sqlx::Any` pool with portable SQL. Start-up refuses a database that would lose
//! acknowledged writes (SQLite not in WAL + synchronous=FULL; PostgreSQL synchronous_commit=off).

use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::migrate::Migrator;
use sqlx::{AnyPool, Executor, Row};

use crate::config::{DatabaseKind, DatabaseUrl};

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("./migrations/postgres");

/// A connection inside a write transaction (`&mut *tx`).
pub type Conn = sqlx::AnyConnection;
pub type Tx = sqlx::Transaction<'static, sqlx::Any>;

#[derive(Clone, Debug)]
pub struct Db {
    pub pool: AnyPool,
    pub kind: DatabaseKind,
    /// Whether anything was committed since (for memos of reads).
    pub epoch: crate::epoch::CommitEpoch,
    /// For a database in memory: one connection outside the pool, open as long as the `Db`.
    /// The pool closes a connection whose query was dropped halfway (Leptos drops and restarts
    /// page loads), and an in-memory database is gone the moment its last connection closes.
    _keep_alive: Option<std::sync::Arc<tokio::sync::Mutex<sqlx::AnyConnection>>>,
}

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("cannot open the database ({target}): {reason}")]
    Connect { target: String, reason: String },
    #[error("the database ({target}) is not durable enough: {reason}")]
    NotDurable { target: String, reason: String },
    #[error("migrating the database ({target}) failed: {reason}")]
    Migrate { target: String, reason: String },
}

impl Db {
    pub async fn connect(url: &DatabaseUrl) -> Result<Db, DbError> {
        sqlx::any::install_default_drivers();
        let target = url.to_string();
        let connect_err = |e: sqlx::Error| DbError::Connect {
            target: target.clone(),
            reason: short(&e),
        };
        let kind = url.kind();
        let pool = match kind {
            DatabaseKind::Sqlite => {
                let path = url.host();
                if let Some(parent) = std::path::Path::new(&path).parent() {
                    if !parent.as_os_str().is_empty() {
                        std::fs::create_dir_all(parent).map_err(|e| DbError::Connect {
                            target: target.clone(),
                            reason: format!("cannot create folder {}: {e}", parent.display()),
                        })?;
                    }
                }
                AnyPoolOptions::new()
                    .max_connections(8)
                    // No ping before each use: a SQLite connection is a thread in this process
                    // and cannot hang up. And when Leptos dropped a page's data load during that
                    // ping, the pool closed the connection and opened a new one (a thread and
                    // four PRAGMAs): 16 new connections per 10 views. A read still sees every
                    // write committed before it (tests/read_after_write.rs).
                    .test_before_acquire(false)
                    .after_connect(|conn, _meta| {
                        Box::pin(async move {
                            // WAL lets readers work during a write; FULL syncs every commit so
                            // an acknowledged write survives power loss, not just a crash.
                            conn.execute("PRAGMA journal_mode = WAL").await?;
                            conn.execute("PRAGMA synchronous = FULL").await?;
                            conn.execute("PRAGMA foreign_keys = ON").await?;
                            conn.execute("PRAGMA busy_timeout = 5000").await?;
                            Ok(())
                        })
                    })
                    .connect(&format!("sqlite://{path}?mode=rwc"))
                    .await
                    .map_err(connect_err)?
            }
            DatabaseKind::Postgres => AnyPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(std::time::Duration::from_secs(5))
                .connect(url.expose())
                .await
                .map_err(connect_err)?,
        };
        let epoch_url = match kind {
            DatabaseKind::Sqlite => format!("sqlite://{}?mode=rw", url.host()),
            DatabaseKind::Postgres => String::new(),
        };
        let db = Db {
            epoch: crate::epoch::CommitEpoch::new(kind, pool.clone(), epoch_url),
            pool,
            kind,
            _keep_alive: None,
        };
        db.check_durability(&target).await?;
        Ok(db)
    }

    async fn check_durability(&self, target: &str) -> Result<(), DbError> {
        let fail = |reason: String| DbError::NotDurable {
            target: target.to_string(),
            reason,
        };
        let text = |row: AnyRow| row.try_get::<String, _>(0);
        match self.kind {
            DatabaseKind::Sqlite => {
                let mode = sqlx::query("PRAGMA journal_mode")
                    .fetch_one(&self.pool)
                    .await
                    .and_then(text)
                    .map_err(|e| fail(short(&e)))?;
                let sync: i64 = sqlx::query("PRAGMA synchronous")
                    .fetch_one(&self.pool)
                    .await
                    .and_then(|r| r.try_get::<i64, _>(0))
                    .map_err(|e| fail(short(&e)))?;
                if !mode.eq_ignore_ascii_case("wal") || sync != 2 {
                    return Err(fail(format!(
                        "journal_mode={mode}, synchronous={sync}; need wal and 2 (FULL)"
                    )));
                }
            }
            DatabaseKind::Postgres => {
                let commit = sqlx::query("SHOW synchronous_commit")
                    .fetch_one(&self.pool)
                    .await
                    .and_then(text)
                    .map_err(|e| fail(short(&e)))?;
                if commit == "off" {
                    return Err(fail(
                        "synchronous_commit=off can lose acknowledged writes".into(),
                    ));
                }
            }
        }
        Ok(())
    }

    /// A write transaction. On SQLite it takes the write lock at once (`BEGIN IMMEDIATE`):
    /// a deferred transaction that reads first and writes later can fail with "database is
    /// busy" when another writer got there in between, which no retry inside it can mend.
    ///
    /// The BEGIN runs in a task of its own. Leptos may drop a page's data load and start it
    /// again; dropped while waiting for the lock, the BEGIN would still complete on the
    /// connection with no `Transaction` left to roll it back, and that idle connection would
    /// hold the write lock for good. In its own task the `Transaction` always comes to exist,
    /// and dropping it rolls back.
    pub async fn begin_write(&self) -> Result<Tx, sqlx::Error> {
        let pool = self.pool.clone();
        let kind = self.kind;
        tokio::spawn(async move {
            match kind {
                DatabaseKind::Sqlite => pool.begin_with("BEGIN IMMEDIATE").await,
                DatabaseKind::Postgres => pool.begin().await,
            }
        })
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "beginning a write transaction did not finish");
            sqlx::Error::WorkerCrashed
        })?
    }

    /// One connection from the pool, for reads that take a connection.
    pub async fn conn(&self) -> Result<sqlx::pool::PoolConnection<sqlx::Any>, sqlx::Error> {
        self.pool.acquire().await
    }

    /// A SQLite database in this process's memory only, migrated: for the review workspace's
    /// fictional example family, which must never live beside real cases. Its connections share
    /// one database; one stays open so it lasts as long as the pool.
    pub async fn in_memory() -> Result<Db, DbError> {
        sqlx::any::install_default_drivers();
        // A name of its own: the Any driver reads the URL again for every connection, and
        // `sqlite::memory:` would then give each connection a database of its own.
        let target = format!(
            "sqlite:file:helder-example-{}?mode=memory&cache=shared",
            uuid::Uuid::new_v4().simple()
        );
        let pool = AnyPoolOptions::new()
            .min_connections(1)
            .max_connections(4)
            .idle_timeout(None)
            .max_lifetime(None)
            .after_connect(|conn, _meta| {
                Box::pin(async move {
                    conn.execute("PRAGMA foreign_keys = ON").await?;
                    conn.execute("PRAGMA busy_timeout = 5000").await?;
                    Ok(())
                })
            })
            .connect(&target)
            .await
            .map_err(|e| DbError::Connect {
                target: target.clone(),
                reason: short(&e),
            })?;
        let keep = <sqlx::AnyConnection as sqlx::Connection>::connect(&target)
            .await
            .map_err(|e| DbError::Connect {
                target: target.clone(),
                reason: short(&e),
            })?;
        let db = Db {
            pool,
            kind: DatabaseKind::Sqlite,
            epoch: crate::epoch::CommitEpoch::none(),
            _keep_alive: Some(std::sync::Arc::new(tokio::sync::Mutex::new(keep))),
        };
        db.migrate(&target).await?;
        Ok(db)
    }

    pub async fn migrate(&self, target: &str) -> Result<(), DbError> {
        let migrator = match self.kind {
            DatabaseKind::Sqlite => &SQLITE_MIGRATIONS,
            DatabaseKind::Postgres => &POSTGRES_MIGRATIONS,
        };
        migrator
            .run(&self.pool)
            .await
            .map_err(|e| DbError::Migrate {
                target: target.to_string(),
                reason: e.to_string(),
            })
    }
}

/// The driver's message without the connection string it sometimes repeats.
fn short(e: &sqlx::Error) -> String {
    let text = e.to_string();
    match text.find("://") {
        Some(i) => text[..i]
            .trim_end_matches(|c: char| c.is_alphanumeric())
            .trim()
            .to_string(),
        None => text,
    }
}
