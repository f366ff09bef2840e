//! Live updates: after a write commits, every open page that shows it is told "this changed"
//! and fetches itself again (through the normal, authorised page render). Only *that*
//! something changed travels here — never content — so a stream cannot leak what a page would
//! not show. Within one process a broadcast channel carries the news; with PostgreSQL every
//! instance hears every other's writes through LISTEN/NOTIFY.

mod listen;
pub mod stream;
pub mod token;

use tokio::sync::{broadcast, watch};

use crate::config::DatabaseKind;
use crate::db::Db;
use app::domain::ids::CaseId;
use app::domain::DataKind;

/// The PostgreSQL channel all instances listen on.
const CHANNEL: &str = "helder_live";

/// What changed, and where: enough to decide who should hear of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Something of the case's shared picture (its details, people, team, timeline,
    /// decisions, meetings, documents), by the kind of data.
    Case { case_id: String, data: DataKind },
    /// A message in the thread of `person_id`, or a read receipt there.
    Thread { case_id: String, person_id: String },
    /// `person_id`'s input on a decision or document (`item_id`) was sent, acknowledged or
    /// answered.
    Input {
        case_id: String,
        item_id: String,
        person_id: String,
    },
    /// Wording was accepted in the review workspace: every instance loads it (no case, no
    /// page is told).
    Wording,
}

impl Change {
    pub fn case(case_id: &CaseId, data: DataKind) -> Change {
        Change::Case {
            case_id: case_id.to_string(),
            data,
        }
    }

    pub fn case_id(&self) -> &str {
        match self {
            Change::Case { case_id, .. }
            | Change::Thread { case_id, .. }
            | Change::Input { case_id, .. } => case_id,
            Change::Wording => "",
        }
    }

    /// One line for a NOTIFY payload. Ids are checked (`is_valid_id`) before they are stored,
    /// so they never contain the separator.
    pub fn encode(&self) -> String {
        match self {
            Change::Case { case_id, data } => format!("case {case_id} {}", data.key()),
            Change::Thread { case_id, person_id } => format!("thread {case_id} {person_id}"),
            Change::Input {
                case_id,
                item_id,
                person_id,
            } => format!("input {case_id} {item_id} {person_id}"),
            Change::Wording => "wording".into(),
        }
    }

    pub fn decode(line: &str) -> Option<Change> {
        let parts: Vec<&str> = line.split(' ').collect();
        match parts.as_slice() {
            ["case", case_id, data] => Some(Change::Case {
                case_id: (*case_id).to_string(),
                data: DataKind::from_key(data)?,
            }),
            ["thread", case_id, person_id] => Some(Change::Thread {
                case_id: (*case_id).to_string(),
                person_id: (*person_id).to_string(),
            }),
            ["input", case_id, item_id, person_id] => Some(Change::Input {
                case_id: (*case_id).to_string(),
                item_id: (*item_id).to_string(),
                person_id: (*person_id).to_string(),
            }),
            ["wording"] => Some(Change::Wording),
            _ => None,
        }
    }
}

/// The news channel of one server instance. Cheap to clone.
#[derive(Clone)]
pub struct Live {
    db: Db,
    tx: broadcast::Sender<Change>,
    closing: watch::Sender<bool>,
}

impl Live {
    /// A bus for this instance; with PostgreSQL it listens before it returns, so a write by
    /// another instance right after start-up is not missed.
    pub async fn start(db: Db, database_url: &str) -> Live {
        let (tx, _) = broadcast::channel(1024);
        let (closing, _) = watch::channel(false);
        let live = Live { db, tx, closing };
        if live.db.kind == DatabaseKind::Postgres {
            listen::spawn(database_url.to_string(), live.tx.clone()).await;
        }
        live
    }

    pub fn subscribe(&self) -> broadcast::Receiver<Change> {
        self.tx.subscribe()
    }

    /// Tell every instance (this one included) about a committed change. Best effort: a page
    /// that misses the news shows the change on its next load, and an open stream refreshes
    /// after every reconnect.
    pub async fn publish(&self, change: Change) {
        if self.db.kind == DatabaseKind::Postgres {
            let sent = sqlx::query("SELECT pg_notify($1, $2)")
                .bind(CHANNEL)
                .bind(change.encode())
                .execute(&self.db.pool)
                .await;
            match sent {
                // Our own listener hears it like every other instance does.
                Ok(_) => return,
                Err(e) => tracing::warn!(error = %e, "NOTIFY failed; telling this instance only"),
            }
        }
        let _ = self.tx.send(change);
    }

    /// Open streams end (their browsers reconnect to another instance, or later), so a
    /// graceful shutdown does not wait for them.
    pub fn close(&self) {
        let _ = self.closing.send(true);
    }

    pub fn closing(&self) -> watch::Receiver<bool> {
        self.closing.subscribe()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_survives_its_notify_payload() {
        let changes = [
            Change::Case {
                case_id: "c1".into(),
                data: DataKind::Meetings,
            },
            Change::Thread {
                case_id: "c1".into(),
                person_id: "p1".into(),
            },
            Change::Input {
                case_id: "c1".into(),
                item_id: "d1".into(),
                person_id: "p2".into(),
            },
            Change::Wording,
        ];
        for change in changes {
            assert_eq!(Change::decode(&change.encode()), Some(change));
        }
        assert_eq!(Change::decode("thread c1"), None);
        assert_eq!(Change::decode("other a b"), None);
        assert_eq!(Change::decode(""), None);
    }
}
