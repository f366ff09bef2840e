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

#[derive(Clone, Debug)]
pub struct DbSessionStore {
    db: Db,
    /// Each session as this process last loaded it (by id hash), until the same request saves
    /// it: a save that would change nothing is then decided here, without an UPDATE. An
    /// UPDATE that matches no row still takes SQLite's single write lock, so every page view
    /// waited its turn behind every other (and behind every real write).
    loaded: Arc<Mutex<HashMap<String, Loaded>>>,
}

/// A session's stored data and expiry as loaded.
#[derive(Debug)]
struct Loaded {
    data: String,
    expires_at: i64,
}

/// More sessions loaded and not yet saved than this means saves went missing (a request that
/// failed between load and save): the memory is cleared rather than grown.
const MAX_LOADED: usize = 10_000;

impl DbSessionStore {
    pub fn new(db: Db) -> Self {
        DbSessionStore {
            db,
            loaded: Arc::default(),
        }
    }

    fn remember(&self, key: &str, loaded: Option<Loaded>) -> Option<Loaded> {
        let Ok(mut map) = self.loaded.lock() else {
            return None;
        };
        match loaded {
            Some(loaded) => {
                if map.len() >= MAX_LOADED {
                    map.clear();
                }
                map.insert(key.to_string(), loaded)
            }
            None => map.remove(key),
        }
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
        // The same condition as the UPDATE's below, on what this request loaded.
        if let Some(loaded) = self.remember(&key, None) {
            if loaded.data == data
                && loaded.expires_at >= expires_at - EXPIRY_SLACK
                && loaded.expires_at <= expires_at
            {
                return Ok(false);
            }
        }
        let done = sqlx::query(
            "UPDATE sessions SET data = $2, expires_at = $3, subject_key = $4 \
             WHERE id_hash = $1 AND (data <> $2 OR subject_key IS DISTINCT FROM $4 \
             OR expires_at < $3 - $5 OR expires_at > $3)",
        )
        .bind(key)
        .bind(data)
        .bind(expires_at)
        .bind(subject_key(record))
        .bind(EXPIRY_SLACK)
        .execute(&self.db.pool)
        .await
        .map_err(backend)?;
        Ok(done.rows_affected() == 1)
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
        let row = sqlx::query(
            "SELECT data, expires_at FROM sessions WHERE id_hash = $1 AND expires_at > $2",
        )
        .bind(hash(id))
        .bind(now)
        .fetch_optional(&self.db.pool)
        .await
        .map_err(backend)?;
        let Some(row) = row else { return Ok(None) };
        let data: String = row.try_get("data").map_err(backend)?;
        let expires: i64 = row.try_get("expires_at").map_err(backend)?;
        self.remember(
            &hash(id),
            Some(Loaded {
                data: data.clone(),
                expires_at: expires,
            }),
        );
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
