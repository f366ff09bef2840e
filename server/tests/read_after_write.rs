//! A read that starts after a write was committed sees that write, on the server's own pool,
//! on SQLite, also while other reads are dropped halfway (Leptos drops and restarts a page's data loads)
//! and while streams of rows are abandoned after their first rows. A pooled SQLite connection
//! left with an unfinished statement keeps its old snapshot of the database and would serve
//! a page without what the person just wrote.

use crate::common;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use futures_util::StreamExt;
use server::db::Db;

const ROUNDS: i64 = 1000;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_read_after_a_committed_write_sees_it_while_other_reads_are_dropped() {
    if common::on_postgres() {
        // PostgreSQL reads the newest committed row on any connection; and a query dropped
        // halfway there costs a new connection, which makes this loop take many minutes.
        return;
    }
    let (url, _, _dir) = common::fresh_database().await;
    let db = Db::connect(&url).await.expect("connect");
    db.migrate(&url.to_string()).await.expect("migrate");
    sqlx::query("CREATE TABLE rw_probe (id BIGINT PRIMARY KEY, v BIGINT NOT NULL)")
        .execute(&db.pool)
        .await
        .expect("table");
    for id in 0..200_i64 {
        sqlx::query("INSERT INTO rw_probe (id, v) VALUES ($1, 0)")
            .bind(id)
            .execute(&db.pool)
            .await
            .expect("row");
    }

    // Readers that give up at random moments, and streams left after a few rows.
    let stop = Arc::new(AtomicBool::new(false));
    let mut droppers = vec![];
    for n in 0..4_u64 {
        let db = db.clone();
        let stop = stop.clone();
        droppers.push(tokio::spawn(async move {
            let mut i = n;
            while !stop.load(Ordering::Relaxed) {
                i = i
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let wait = Duration::from_micros((i >> 33) % 400);
                if i % 2 == 0 {
                    let _ = tokio::time::timeout(
                        wait,
                        sqlx::query_scalar::<_, i64>("SELECT v FROM rw_probe WHERE id = 0")
                            .fetch_optional(&db.pool),
                    )
                    .await;
                } else {
                    let mut rows =
                        sqlx::query_scalar::<_, i64>("SELECT v FROM rw_probe ORDER BY id")
                            .fetch(&db.pool);
                    let _ = tokio::time::timeout(wait, rows.next()).await;
                }
            }
        }));
    }

    let mut stale = vec![];
    for round in 1..=ROUNDS {
        let mut tx = db.begin_write().await.expect("begin");
        sqlx::query("UPDATE rw_probe SET v = $1 WHERE id = 0")
            .bind(round)
            .execute(&mut *tx)
            .await
            .expect("update");
        tx.commit().await.expect("commit");
        // Read twice: once here, once from another task (another connection, most likely).
        let here: i64 = sqlx::query_scalar("SELECT v FROM rw_probe WHERE id = 0")
            .fetch_one(&db.pool)
            .await
            .expect("read");
        let pool = db.pool.clone();
        let there: i64 = tokio::spawn(async move {
            sqlx::query_scalar("SELECT v FROM rw_probe WHERE id = 0")
                .fetch_one(&pool)
                .await
                .expect("read")
        })
        .await
        .expect("task");
        if here != round || there != round {
            stale.push((round, here, there));
        }
    }
    stop.store(true, Ordering::Relaxed);
    for d in droppers {
        d.await.expect("dropper");
    }
    assert!(
        stale.is_empty(),
        "{} of {ROUNDS} reads missed the write before them: {:?}",
        stale.len(),
        &stale[..stale.len().min(10)]
    );
}
