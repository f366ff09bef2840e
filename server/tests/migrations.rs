//! The two migration folders must build the same schema: applied to a fresh SQLite file and a
//! fresh PostgreSQL database, the tables, columns (type by family, nullability), primary and
//! unique keys, named indexes (with their columns and whether they are partial), foreign keys
//! and triggers are compared. A column added to one folder only fails here.

use crate::common;

use std::collections::BTreeSet;

use server::config::DatabaseUrl;
use server::db::Db;
use sqlx::{Connection, Executor, Row};

/// One fact about a schema, in words that mean the same on both databases.
type Facts = BTreeSet<String>;

fn family(sql_type: &str) -> &'static str {
    match sql_type.to_ascii_lowercase().as_str() {
        "text" | "character varying" | "varchar" => "text",
        "integer" | "bigint" | "int8" | "int4" | "smallint" => "integer",
        "blob" | "bytea" => "bytes",
        "real" | "double precision" => "real",
        "boolean" => "boolean",
        _ => "other",
    }
}

async fn migrated(url: &str) -> Db {
    let url = DatabaseUrl::parse(url).expect("url");
    let db = Db::connect(&url).await.expect("connect");
    db.migrate(&url.to_string()).await.expect("migrate");
    db
}

/// A freshly migrated SQLite file, open, and its tables (without SQLite's and sqlx's own).
async fn sqlite_tables(path: &str) -> (sqlx::SqliteConnection, Vec<String>) {
    migrated(&format!("sqlite://{path}")).await;
    let mut conn = sqlx::SqliteConnection::connect(&format!("sqlite://{path}"))
        .await
        .expect("sqlite");
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table'
         AND name NOT LIKE 'sqlite_%' AND name <> '_sqlx_migrations' ORDER BY name",
    )
    .fetch_all(&mut conn)
    .await
    .expect("tables");
    (conn, tables)
}

async fn sqlite_facts(path: &str) -> Facts {
    let (mut conn, tables) = sqlite_tables(path).await;
    let mut facts = Facts::new();
    for table in &tables {
        facts.insert(format!("table {table}"));
        let columns = conn
            .fetch_all(format!("PRAGMA table_info({table})").as_str())
            .await
            .expect("columns");
        let mut pk: Vec<(i64, String)> = vec![];
        for c in columns {
            let name: String = c.get("name");
            let sql_type: String = c.get("type");
            let not_null: i64 = c.get("notnull");
            let key: i64 = c.get("pk");
            let nullable = not_null == 0 && key == 0;
            facts.insert(format!(
                "column {table}.{name} {} {}",
                family(&sql_type),
                if nullable { "null" } else { "not null" }
            ));
            if key > 0 {
                pk.push((key, name));
            }
        }
        pk.sort();
        let pk: Vec<_> = pk.into_iter().map(|(_, n)| n).collect();
        if !pk.is_empty() {
            facts.insert(format!("primary key {table}({})", pk.join(", ")));
        }
        let indexes = conn
            .fetch_all(format!("PRAGMA index_list({table})").as_str())
            .await
            .expect("indexes");
        for i in indexes {
            let name: String = i.get("name");
            let unique: i64 = i.get("unique");
            let origin: String = i.get("origin");
            let partial: i64 = i.get("partial");
            let cols: Vec<String> = conn
                .fetch_all(format!("PRAGMA index_info({name})").as_str())
                .await
                .expect("index columns")
                .iter()
                .map(|r| r.get::<String, _>("name"))
                .collect();
            match origin.as_str() {
                "pk" => {}
                "u" => {
                    facts.insert(format!("unique {table}({})", cols.join(", ")));
                }
                _ => {
                    facts.insert(format!(
                        "index {name} on {table}({}){}{}",
                        cols.join(", "),
                        if unique == 1 { " unique" } else { "" },
                        if partial == 1 { " partial" } else { "" }
                    ));
                }
            }
        }
        let keys = conn
            .fetch_all(format!("PRAGMA foreign_key_list({table})").as_str())
            .await
            .expect("foreign keys");
        for k in keys {
            let to_table: String = k.get("table");
            let from: String = k.get("from");
            let to: String = k.get("to");
            facts.insert(format!("foreign key {table}.{from} -> {to_table}.{to}"));
        }
    }
    let triggers: Vec<(String, String)> =
        sqlx::query_as("SELECT tbl_name, sql FROM sqlite_master WHERE type = 'trigger'")
            .fetch_all(&mut conn)
            .await
            .expect("triggers");
    for (table, sql) in triggers {
        let upper = sql.to_ascii_uppercase();
        let timing = if upper.contains("BEFORE") {
            "before"
        } else {
            "after"
        };
        for event in ["INSERT", "UPDATE", "DELETE"] {
            if upper.contains(&format!("{event} ON")) || upper.contains(&format!("{event} OR")) {
                facts.insert(format!(
                    "trigger {timing} {} on {table}",
                    event.to_ascii_lowercase()
                ));
            }
        }
    }
    facts
}

async fn postgres_facts(url: &str) -> Facts {
    migrated(url).await;
    let mut conn = sqlx::PgConnection::connect(url).await.expect("postgres");
    let mut facts = Facts::new();
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT table_name::text FROM information_schema.tables
         WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_sqlx_migrations'",
    )
    .fetch_all(&mut conn)
    .await
    .expect("tables");
    for table in &tables {
        facts.insert(format!("table {table}"));
    }
    let columns: Vec<(String, String, String, String)> = sqlx::query_as(
        "SELECT table_name::text, column_name::text, data_type::text, is_nullable::text
         FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_sqlx_migrations'",
    )
    .fetch_all(&mut conn)
    .await
    .expect("columns");
    for (table, name, sql_type, nullable) in columns {
        facts.insert(format!(
            "column {table}.{name} {} {}",
            family(&sql_type),
            if nullable == "YES" {
                "null"
            } else {
                "not null"
            }
        ));
    }
    // Constraints (primary, unique, foreign) with their columns in order.
    let constraints: Vec<(String, String, String, Vec<String>, Option<String>, Option<Vec<String>>)> =
        sqlx::query_as(
            "SELECT c.contype::text, c.conname::text, t.relname::text,
                    ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, i)
                          JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i),
                    f.relname::text,
                    CASE WHEN c.contype = 'f' THEN ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(n, i)
                          JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i) END
             FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
             JOIN pg_namespace s ON s.oid = t.relnamespace
             LEFT JOIN pg_class f ON f.oid = c.confrelid
             WHERE s.nspname = 'public' AND c.contype IN ('p', 'u', 'f') AND t.relname <> '_sqlx_migrations'",
        )
        .fetch_all(&mut conn)
        .await
        .expect("constraints");
    let mut constraint_names = BTreeSet::new();
    for (kind, name, table, cols, to_table, to_cols) in constraints {
        constraint_names.insert(name);
        match kind.as_str() {
            "p" => facts.insert(format!("primary key {table}({})", cols.join(", "))),
            "u" => facts.insert(format!("unique {table}({})", cols.join(", "))),
            _ => {
                for (from, to) in cols.iter().zip(to_cols.unwrap_or_default()) {
                    facts.insert(format!(
                        "foreign key {table}.{from} -> {}.{to}",
                        to_table.clone().unwrap_or_default()
                    ));
                }
                true
            }
        };
    }
    let indexes: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT indexname::text, tablename::text, indexdef FROM pg_indexes
         WHERE schemaname = 'public' AND tablename <> '_sqlx_migrations'",
    )
    .fetch_all(&mut conn)
    .await
    .expect("indexes");
    for (name, table, def) in indexes {
        if constraint_names.contains(&name) {
            continue;
        }
        let cols = def
            .split_once('(')
            .and_then(|(_, rest)| rest.split_once(')'))
            .map(|(cols, _)| cols.replace(' ', ""))
            .unwrap_or_default()
            .replace(',', ", ");
        facts.insert(format!(
            "index {name} on {table}({cols}){}{}",
            if def.starts_with("CREATE UNIQUE") {
                " unique"
            } else {
                ""
            },
            if def.contains(" WHERE ") {
                " partial"
            } else {
                ""
            }
        ));
    }
    let triggers: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT event_object_table::text, action_timing::text, event_manipulation::text
         FROM information_schema.triggers WHERE trigger_schema = 'public'",
    )
    .fetch_all(&mut conn)
    .await
    .expect("triggers");
    for (table, timing, event) in triggers {
        facts.insert(format!(
            "trigger {} {} on {table}",
            timing.to_ascii_lowercase(),
            event.to_ascii_lowercase()
        ));
    }
    facts
}

#[tokio::test]
async fn both_migration_folders_build_the_same_schema() {
    let dir = std::env::temp_dir().join(format!("helder-schema-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).expect("dir");
    let _cleanup = common::TempDir(dir.clone());
    let sqlite = sqlite_facts(&format!("{}/schema.db", dir.display())).await;

    let base = std::env::var("HELDER_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
    let name = format!("helder_schema_{}", uuid::Uuid::new_v4().simple());
    let mut admin = sqlx::PgConnection::connect(&base)
        .await
        .expect("PostgreSQL for the schema comparison");
    admin
        .execute(format!("CREATE DATABASE {name}").as_str())
        .await
        .expect("create");
    let url = format!(
        "{}/{name}",
        base.rsplit_once('/').map_or(base.as_str(), |(s, _)| s)
    );
    let postgres = postgres_facts(&url).await;
    common::drop_postgres_database(&name);

    let only_sqlite: Vec<_> = sqlite.difference(&postgres).collect();
    let only_postgres: Vec<_> = postgres.difference(&sqlite).collect();
    assert!(sqlite.len() > 150, "compared {} facts", sqlite.len());
    assert!(
        only_sqlite.is_empty() && only_postgres.is_empty(),
        "the migration folders differ.\nonly in SQLite: {only_sqlite:#?}\nonly in PostgreSQL: {only_postgres:#?}"
    );
}

/// Foreign keys that are never the column a row is found by, each with why. Every other
/// foreign key needs an index that starts with it: without one, finding a meeting's attendees
/// read every attendee in the region, and a page got slower with every family (found with
/// 100,000 generated families).
const NOT_LOOKED_UP_BY: &[(&str, &str, &str)] = &[
    (
        "change_seen",
        "case_professional_id",
        "found by person first (the primary key)",
    ),
    (
        "decisions",
        "concerns_person_id",
        "shown with the decision, never searched",
    ),
    (
        "timeline_steps",
        "organisation_id",
        "a name shown with the step",
    ),
    (
        "meetings",
        "organisation_id",
        "a name shown with the meeting",
    ),
    ("meeting_attendees", "person_id", "found by meeting first"),
    (
        "meeting_attendees",
        "professional_id",
        "found by meeting first",
    ),
    (
        "documents",
        "organisation_id",
        "a name shown with the document",
    ),
    (
        "threads",
        "person_id",
        "found by case and person (its unique key)",
    ),
    ("outbox", "message_id", "found by what is not yet delivered"),
    ("activation_codes", "case_id", "found by the code's hash"),
    (
        "document_files",
        "uploaded_by",
        "who uploaded, shown with the file",
    ),
    (
        "decision_inputs",
        "outcome_by",
        "who answered, shown with the input",
    ),
    (
        "decision_inputs",
        "acknowledged_by",
        "who read it, shown with the input",
    ),
    (
        "api_references",
        "case_id",
        "found by organisation, kind and reference",
    ),
    ("absences", "substitute_id", "shown with the absence"),
    ("wording_events", "suggestion_id", "found by message first"),
    (
        "wording_overrides",
        "suggestion_id",
        "found by language and message",
    ),
];

#[tokio::test]
async fn every_foreign_key_that_rows_are_found_by_has_an_index() {
    let dir = std::env::temp_dir().join(format!("helder-fk-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).expect("dir");
    let _cleanup = common::TempDir(dir.clone());
    let path = format!("{}/schema.db", dir.display());
    let (mut conn, tables) = sqlite_tables(&path).await;
    let mut missing = vec![];
    let mut allowed_seen = BTreeSet::new();
    for table in &tables {
        // First columns of the primary key and of every index.
        let mut leading = BTreeSet::new();
        for c in conn
            .fetch_all(format!("PRAGMA table_info({table})").as_str())
            .await
            .expect("columns")
        {
            if c.get::<i64, _>("pk") == 1 {
                leading.insert(c.get::<String, _>("name"));
            }
        }
        for i in conn
            .fetch_all(format!("PRAGMA index_list({table})").as_str())
            .await
            .expect("indexes")
        {
            let index: String = i.get("name");
            let first = conn
                .fetch_all(format!("PRAGMA index_info({index})").as_str())
                .await
                .expect("index columns")
                .into_iter()
                .find(|c| c.get::<i64, _>("seqno") == 0);
            if let Some(first) = first {
                leading.insert(first.get::<String, _>("name"));
            }
        }
        for fk in conn
            .fetch_all(format!("PRAGMA foreign_key_list({table})").as_str())
            .await
            .expect("foreign keys")
        {
            let column: String = fk.get("from");
            if leading.contains(&column) {
                continue;
            }
            match NOT_LOOKED_UP_BY
                .iter()
                .find(|(t, c, _)| t == table && *c == column)
            {
                Some(_) => {
                    allowed_seen.insert((table.clone(), column));
                }
                None => missing.push(format!("{table}.{column}")),
            }
        }
    }
    assert!(
        missing.is_empty(),
        "foreign keys without an index (add one, or say in NOT_LOOKED_UP_BY why rows are never found by them): {missing:?}"
    );
    let stale: Vec<_> = NOT_LOOKED_UP_BY
        .iter()
        .filter(|(t, c, _)| !allowed_seen.contains(&(t.to_string(), c.to_string())))
        .collect();
    assert!(
        stale.is_empty(),
        "NOT_LOOKED_UP_BY names keys that have an index or are gone: {stale:?}"
    );
}
