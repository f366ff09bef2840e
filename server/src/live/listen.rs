//! LISTEN on PostgreSQL: one connection per instance, outside the pool, that forwards every
//! other instance's (and our own) NOTIFY to this instance's bus.

use std::time::Duration;

use sqlx::postgres::PgListener;
use tokio::sync::broadcast;

use super::{Change, CHANNEL};

/// Connect and LISTEN (retrying until it works), then forward notifications in the
/// background. sqlx reconnects a dropped listener on the next `recv`; news sent while it was
/// away is lost, which streams make up for by refreshing after their own reconnect.
pub(super) async fn spawn(url: String, tx: broadcast::Sender<Change>) {
    let mut listener = connect(&url).await;
    tokio::spawn(async move {
        loop {
            match listener.recv().await {
                Ok(n) => {
                    if let Some(change) = Change::decode(n.payload()) {
                        let _ = tx.send(change);
                    }
                }
                Err(e) => {
                    tracing::warn!(error = %e, "LISTEN connection lost; reconnecting");
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
            }
        }
    });
}

async fn connect(url: &str) -> PgListener {
    let mut wait = Duration::from_millis(200);
    loop {
        match try_connect(url).await {
            Ok(listener) => return listener,
            Err(e) => {
                tracing::warn!(error = %e, "cannot LISTEN yet; retrying");
                tokio::time::sleep(wait).await;
                wait = (wait * 2).min(Duration::from_secs(10));
            }
        }
    }
}

async fn try_connect(url: &str) -> Result<PgListener, sqlx::Error> {
    let mut listener = PgListener::connect(url).await?;
    listener.listen(CHANNEL).await?;
    Ok(listener)
}
