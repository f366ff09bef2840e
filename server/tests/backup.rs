//! Backup and restore (`helder backup`, `helder restore`) on SQLite, or PostgreSQL with
//! `HELDER_TEST_DATABASE=postgres`. The browser test `backup.spec.ts` adds signing in with a
//! passkey made before the backup.

use crate::common;

use server::backup::{backup, restore, summary, BackupError};

/// A backup file path in a folder of its own.
fn backup_file() -> (std::path::PathBuf, common::TempDir) {
    let dir = std::env::temp_dir().join(format!("helder-backup-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    (dir.join("helder.backup"), common::TempDir(dir))
}

#[tokio::test]
async fn a_backup_made_while_serving_restores_everything_and_never_over_live_data() {
    let app = common::spawn_app(true).await;
    // Something written and something looked at, while the server runs.
    app.demo_sign_in("sanne").await;
    let case_id = app.case_id_of("sanne").await;
    common::send_message(
        &app,
        &case_id,
        "",
        "voor de back-up",
        &uuid::Uuid::new_v4().to_string(),
    )
    .await;
    app.demo_sign_in("fatima").await;
    app.get(&format!("/werk/zaak/{case_id}")).await;
    let before = summary(&app.database_url).await.expect("summary");
    assert!(before.messages >= 1 && before.access_log >= 1, "{before}");

    let (file, _dir) = backup_file();
    let made = backup(&app.database_url, &file).await.expect("backup");
    assert_eq!(made, before);
    // Never over an existing file.
    assert!(matches!(
        backup(&app.database_url, &file).await,
        Err(BackupError::TargetExists(_))
    ));
    // Never over the live database without being asked.
    assert!(matches!(
        restore(&file, &app.database_url, false).await,
        Err(BackupError::Live { .. })
    ));

    // Into a fresh database: the same rows, and the access log's chain intact.
    let (fresh, pg_name, _fresh_dir) = common::fresh_database().await;
    let restored = restore(&file, &fresh, false).await.expect("restore");
    assert_eq!(restored, before);
    let db = server::db::Db::connect(&fresh)
        .await
        .expect("open restored");
    let verdict = server::access::log::verify(&db).await.expect("verify");
    assert_eq!(verdict.broken_at, None);
    assert_eq!(verdict.rows, before.access_log);
    let body: String =
        sqlx::query_scalar("SELECT body FROM messages WHERE body = 'voor de back-up'")
            .fetch_one(&db.pool)
            .await
            .expect("the message came along");
    assert_eq!(body, "voor de back-up");
    db.pool.close().await;

    // Asked to, it replaces a database that holds data.
    assert_eq!(
        restore(&file, &fresh, true).await.expect("overwrite"),
        before
    );
    if let Some(name) = pg_name {
        common::drop_postgres_database(&name);
    }
}

#[tokio::test]
async fn what_is_not_a_backup_is_refused_and_changes_nothing() {
    let (fresh, pg_name, dir) = common::fresh_database().await;
    let (file, _dir) = backup_file();
    assert!(matches!(
        restore(&file, &fresh, false).await,
        Err(BackupError::Missing(_))
    ));
    std::fs::write(&file, "dit is geen back-up").expect("write");
    assert!(matches!(
        restore(&file, &fresh, true).await,
        Err(BackupError::NotABackup(..))
    ));
    // The target is as it was: on SQLite not even made.
    if let Some(dir) = &dir {
        assert!(!dir.0.join("helder.db").exists());
    }
    if let Some(name) = pg_name {
        common::drop_postgres_database(&name);
    }
}
