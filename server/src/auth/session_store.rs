//! A tower-sessions store on our own database pool (SQLite or PostgreSQL through sqlx::Any).
//! The session id is stored only as its SHA-256 hash: the cookie is the only place the id
//! itself exists, so a leaked table or backup cannot be replayed.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use sha2::{Digest, Sha256};
use sqlx::Row;
use time::OffsetDateTime;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, SessionStore};

use crate::db::Db;
use crate::epoch::Epoch;

#[derive(Clone, Debug)]
pub struct DbSessionStore {
    db: Db,
    /// Each session as this process last loaded or stored it (by id hash): a save that would
    /// change nothing is then decided here, without an UPDATE. An UPDATE that matches no row
    /// still takes SQLite's single write lock, so every page view waited its turn behind every
    /// other (and behind every real write). Kept after a save, so that a page's parallel
    /// requests (page, live stream, service worker) each find it.
    loaded: Arc<Mutex<HashMap<String, Loaded>>>,
}

/// A session's stored data and expiry as loaded.
#[derive(Debug)]
struct Loaded {
    data: String,
    expires_at: i64,
    /// Loaded at this commit epoch: while nothing has been committed since, the row is still
    /// this, and a load need not read it again. `None` for what this process stored itself
    /// (its own commit moves the epoch on).
    read_at: Option<Epoch>,
}

/// At most this many sessions are remembered; beyond it the memory starts again (a save then
/// falls back to the conditional UPDATE once).
const MAX_LOADED: usize = 10_000;

impl DbSessionStore {
    pub fn new(db: Db) -> Self {
        DbSessionStore {
            db,
            loaded: Arc::default(),
        }
    }

    /// Remember a session as stored (`Some`) or forget it (`None`).
    fn remember(&self, key: &str, stored: Option<Loaded>) {
        let Ok(mut map) = self.loaded.lock() else {
            return;
        };
        match stored {
            Some(stored) => {
                if map.len() >= MAX_LOADED && !map.contains_key(key) {
                    map.clear();
                }
                map.insert(key.to_string(), stored);
            }
            None => {
                map.remove(key);
            }
        }
    }

    /// The session as loaded at `epoch`, if that is still what is stored and it has not
    /// expired: the same answer as the SELECT in `load`.
    fn still_loaded(&self, key: &str, epoch: Epoch, now: i64) -> Option<(String, i64)> {
        let map = self.loaded.lock().ok()?;
        map.get(key)
            .filter(|l| l.read_at == Some(epoch) && l.expires_at > now)
            .map(|l| (l.data.clone(), l.expires_at))
    }

    /// Whether saving `data` with `expires_at` would change what is stored, as far as this
    /// process knows: the same condition as the UPDATE's in `write`.
    fn unchanged(&self, key: &str, data: &str, expires_at: i64) -> bool {
        let Ok(map) = self.loaded.lock() else {
            return false;
        };
        map.get(key).is_some_and(|stored| {
            stored.data == data
                && stored.expires_at >= expires_at - EXPIRY_SLACK
                && stored.expires_at <= expires_at
        })
    }

    /// Store `record`; whether a row changed. Every request of a signed-in person saves the
    /// session (its idle expiry moves), and each write cost a synced commit — more than the
    /// rest of a page view. So a save that changes nothing but moves the expiry by less than
    /// [`EXPIRY_SLACK`] seconds writes nothing: decided from what this process loaded when it
    /// can (no statement at all), else by an UPDATE that matches no row. The idle sign-out may
    /// then come up to that much earlier.
    pub async fn write(&self, record: &Record) -> session_store::Result<bool> {
        let data = encode(record)?;
        let key = hash(&record.id);
        let expires_at = record.expiry_date.unix_timestamp();
        if self.unchanged(&key, &data, expires_at) {
            return Ok(false);
        }
        let done = sqlx::query(
            "UPDATE sessions SET data = $2, expires_at = $3, subject_key = $4 \
             WHERE id_hash = $1 AND (data <> $2 OR subject_key IS DISTINCT FROM $4 \
             OR expires_at < $3 - $5 OR expires_at > $3)",
        )
        .bind(&key)
        .bind(&data)
        .bind(expires_at)
        .bind(subject_key(record))
        .bind(EXPIRY_SLACK)
        .execute(&self.db.pool)
        .await
        .map_err(backend)?;
        let written = done.rows_affected() == 1;
        // No row changed: nothing to change, or the session is gone. Forget it either way.
        self.remember(
            &key,
            written.then_some(Loaded {
                data,
                expires_at,
                read_at: None,
            }),
        );
        Ok(written)
    }

    /// Remove sessions past their expiry; run periodically.
    pub async fn delete_expired(&self) -> Result<u64, sqlx::Error> {
        let now = OffsetDateTime::now_utc().unix_timestamp();
        let done = sqlx::query("DELETE FROM sessions WHERE expires_at < $1")
            .bind(now)
            .execute(&self.db.pool)
            .await?;
        Ok(done.rows_affected())
    }
}

/// How far a session's stored idle expiry may lag behind the newest, in seconds.
pub const EXPIRY_SLACK: i64 = 60;

/// The session's data as JSON with its keys in order, so the same data is the same text
/// (a map's own order differs from process to process).
fn encode(record: &Record) -> session_store::Result<String> {
    let ordered: std::collections::BTreeMap<&String, &serde_json::Value> =
        record.data.iter().collect();
    serde_json::to_string(&ordered).map_err(|e| session_store::Error::Encode(e.to_string()))
}

/// Whose session this is (`person:<id>`), from the subject the app stored in it.
fn subject_key(record: &Record) -> Option<String> {
    record
        .data
        .get(app::api::session::SUBJECT_KEY)
        .and_then(|v| serde_json::from_value::<app::domain::Subject>(v.clone()).ok())
        .map(|s| s.key())
}

pub fn hash(id: &Id) -> String {
    hex::encode(Sha256::digest(id.to_string().as_bytes()))
}

fn backend(e: impl std::fmt::Display) -> session_store::Error {
    session_store::Error::Backend(e.to_string())
}

#[async_trait]
impl SessionStore for DbSessionStore {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        // A fresh random id; on the (astronomically unlikely) collision, draw again.
        loop {
            let data = encode(record)?;
            let inserted = sqlx::query(
                "INSERT INTO sessions (id_hash, data, expires_at, subject_key) VALUES ($1, $2, $3, $4) ON CONFLICT (id_hash) DO NOTHING",
            )
            .bind(hash(&record.id))
            .bind(data)
            .bind(record.expiry_date.unix_timestamp())
            .bind(subject_key(record))
            .execute(&self.db.pool)
            .await
            .map_err(backend)?;
            if inserted.rows_affected() == 1 {
                return Ok(());
            }
            record.id = Id::default();
        }
    }

    /// Only updates: a session that is gone from the table was ended (signed out elsewhere,
    /// expired, or reset by a new activation code) and must not come back because a request
    /// that loaded it earlier is still finishing. New and re-keyed sessions go through `create`.
    async fn save(&self, record: &Record) -> session_store::Result<()> {
        self.write(record).await.map(|_| ())
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        let now = OffsetDateTime::now_utc().unix_timestamp();
        let key = hash(id);
        // Every request of a signed-in person loads the session: from memory while nothing
        // was committed since it was read (signing out elsewhere, expiry moved, data changed
        // all commit), so a page view need not wait for the database for it.
        let epoch = self.db.epoch.current().await;
        let memo = epoch.and_then(|epoch| self.still_loaded(&key, epoch, now));
        let (data, expires) = match memo {
            Some(found) => found,
            None => {
                let row = sqlx::query(
                    "SELECT data, expires_at FROM sessions WHERE id_hash = $1 AND expires_at > $2",
                )
                .bind(&key)
                .bind(now)
                .fetch_optional(&self.db.pool)
                .await
                .map_err(backend)?;
                let Some(row) = row else {
                    self.remember(&key, None);
                    return Ok(None);
                };
                let data: String = row.try_get("data").map_err(backend)?;
                let expires: i64 = row.try_get("expires_at").map_err(backend)?;
                self.remember(
                    &key,
                    Some(Loaded {
                        data: data.clone(),
                        expires_at: expires,
                        read_at: epoch,
                    }),
                );
                (data, expires)
            }
        };
        Ok(Some(Record {
            id: *id,
            data: serde_json::from_str(&data)
                .map_err(|e| session_store::Error::Decode(e.to_string()))?,
            expiry_date: OffsetDateTime::from_unix_timestamp(expires).map_err(backend)?,
        }))
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        self.remember(&hash(id), None);
        sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
            .bind(hash(id))
            .execute(&self.db.pool)
            .await
            .map_err(backend)?;
        Ok(())
    }
}
