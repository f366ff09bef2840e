//! Whether anything at all was committed to the database since an earlier moment: a number
//! that moves on with every commit by any connection, this process's or another's (a second
//! instance, a command run beside the server). Memos of reads are kept under the number they
//! were made at and are good exactly as long as it has not moved (`http::page_memo`, the
//! session store's loads).
//!
//! - SQLite: `PRAGMA data_version` on a connection of its own, which never writes. Two calls on
//!   one connection give different values when another connection committed in between.
//! - PostgreSQL: the current snapshot (`xmin:xmax:in-progress`). Any commit of a transaction
//!   that wrote either takes it off the in-progress list or moves `xmax` past it, so a snapshot
//!   seen once never comes back after a commit.
//!
//! A check is only good for a request if it started after that request arrived (it must see
//! every commit the person could already know of). Requests that wait while a check runs use
//! the next one; so many parallel requests share one query.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use sqlx::{Connection, Row};

use crate::config::DatabaseKind;

/// The moment's number: equal numbers mean nothing was committed in between.
pub type Epoch = u64;

tokio::task_local! {
    /// A number a request already had checked, for the reads it makes at once (`within`),
    /// with the database it belongs to.
    static KNOWN: (usize, Epoch);
}

#[derive(Clone)]
pub struct CommitEpoch(Option<Arc<Inner>>);

impl std::fmt::Debug for CommitEpoch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CommitEpoch")
    }
}

struct Inner {
    kind: DatabaseKind,
    pool: sqlx::AnyPool,
    /// SQLite: the URL of the connection of its own.
    url: String,
    /// Held while a check runs: checks one after the other, the latest value beside them.
    probe: tokio::sync::Mutex<Probe>,
    /// Checks started so far; the number of the last one finished.
    started: AtomicU64,
    finished: AtomicU64,
    epoch: AtomicU64,
}

#[derive(Default)]
struct Probe {
    conn: Option<sqlx::AnyConnection>,
    last: Option<String>,
}

impl CommitEpoch {
    /// For a database whose commits cannot be followed (one in memory): memos are never used.
    pub fn none() -> CommitEpoch {
        CommitEpoch(None)
    }

    pub fn new(kind: DatabaseKind, pool: sqlx::AnyPool, url: String) -> CommitEpoch {
        CommitEpoch(Some(Arc::new(Inner {
            kind,
            pool,
            url,
            probe: tokio::sync::Mutex::new(Probe::default()),
            started: AtomicU64::new(0),
            finished: AtomicU64::new(0),
            epoch: AtomicU64::new(0),
        })))
    }

    /// The number now: from a check that started after this call did (or the one `within`
    /// gave). `None` when the database could not be asked (then nothing may be taken from a
    /// memo).
    pub async fn current(&self) -> Option<Epoch> {
        let inner = self.0.clone()?;
        let me = Arc::as_ptr(&inner) as usize;
        if let Ok(Some(epoch)) = KNOWN.try_with(|(of, epoch)| (*of == me).then_some(*epoch)) {
            return Some(epoch);
        }
        let arrived = inner.started.load(Ordering::SeqCst);
        // In a task of its own: a caller dropped halfway (a closed connection) must not leave
        // the connection of its own in the middle of a statement.
        tokio::spawn(async move { inner.check(arrived).await })
            .await
            .ok()
            .flatten()
    }

    /// Run `reads` with `epoch` as the number now: a request that just had it checked makes its
    /// first reads under it, instead of asking again.
    pub async fn within<F: std::future::Future>(&self, epoch: Epoch, reads: F) -> F::Output {
        match &self.0 {
            Some(inner) => {
                KNOWN
                    .scope((Arc::as_ptr(inner) as usize, epoch), reads)
                    .await
            }
            None => reads.await,
        }
    }
}

impl Inner {
    async fn check(&self, arrived: u64) -> Option<Epoch> {
        let mut probe = self.probe.lock().await;
        if self.finished.load(Ordering::SeqCst) > arrived {
            // A check that started after the caller arrived has finished meanwhile.
            return Some(self.epoch.load(Ordering::SeqCst));
        }
        let number = self.started.fetch_add(1, Ordering::SeqCst) + 1;
        let value = match self.read(&mut probe).await {
            Ok(value) => Some(value),
            Err(error) => {
                tracing::warn!(%error, "asking the database whether anything changed failed");
                probe.conn = None;
                None
            }
        };
        // A failed check also moves the number on: what comes after it cannot be compared
        // with what came before.
        if value.is_none() || value != probe.last {
            self.epoch.fetch_add(1, Ordering::SeqCst);
            probe.last = value.clone();
        }
        self.finished.store(number, Ordering::SeqCst);
        value.map(|_| self.epoch.load(Ordering::SeqCst))
    }

    async fn read(&self, probe: &mut Probe) -> Result<String, sqlx::Error> {
        match self.kind {
            DatabaseKind::Sqlite => {
                if probe.conn.is_none() {
                    probe.conn = Some(sqlx::AnyConnection::connect(&self.url).await?);
                }
                let Some(conn) = probe.conn.as_mut() else {
                    return Err(sqlx::Error::PoolClosed);
                };
                let row = sqlx::query("PRAGMA data_version")
                    .fetch_one(&mut *conn)
                    .await?;
                Ok(row.try_get::<i64, _>(0)?.to_string())
            }
            DatabaseKind::Postgres => {
                let row = sqlx::query("SELECT pg_current_snapshot()::text")
                    .fetch_one(&self.pool)
                    .await?;
                row.try_get::<String, _>(0)
            }
        }
    }
}
