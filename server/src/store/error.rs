//! The store's own error, and its one mapping into the app's error. Database errors are
//! classified here once: a row that is not there, a constraint that refused the change (by the
//! constraint's name, never by message text), a version that moved on, a stored value the code
//! does not know, or a failure with its cause. The cause chain is logged once, where an
//! internal error becomes `AppError::Internal`; it never reaches the person.

use std::fmt;

use app::error::AppError;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    /// A unique or foreign-key constraint refused the write.
    #[error("constraint {constraint} refused the write")]
    Conflict { constraint: String },
    /// The item's version is not the one the change was based on: someone changed it first.
    #[error("the item changed since it was read")]
    Stale,
    /// A stored value the code does not know (an enum key, a date): logged, never skipped.
    #[error("unreadable {what} in the database: {value:?}")]
    Corrupt { what: &'static str, value: String },
    #[error("database failure in {context}")]
    Internal {
        context: &'static str,
        #[source]
        source: sqlx::Error,
    },
}

impl StoreError {
    /// Classify a database error met while doing `context`.
    pub fn from_sqlx(context: &'static str) -> impl Fn(sqlx::Error) -> StoreError {
        move |e| match &e {
            sqlx::Error::RowNotFound => StoreError::NotFound,
            sqlx::Error::Database(db)
                if db.is_unique_violation() || db.is_foreign_key_violation() =>
            {
                StoreError::Conflict {
                    constraint: constraint_name(db.as_ref()),
                }
            }
            _ => StoreError::Internal { context, source: e },
        }
    }

    pub fn corrupt(what: &'static str, value: impl fmt::Display) -> StoreError {
        StoreError::Corrupt {
            what,
            value: value.to_string(),
        }
    }

    /// Whether the write was refused by the constraint named `name`.
    pub fn is_constraint(&self, name: &str) -> bool {
        matches!(self, StoreError::Conflict { constraint } if constraint == name)
    }
}

/// PostgreSQL names the constraint. SQLite names only the columns ("UNIQUE constraint failed:
/// case_professionals.case_id"), so the columns of each unique index are mapped to its name
/// here, kept in step with the migrations (the migration parity test checks the index names).
fn constraint_name(db: &dyn sqlx::error::DatabaseError) -> String {
    if let Some(name) = db.constraint() {
        return name.to_string();
    }
    let message = db.message();
    let columns = message
        .split_once("constraint failed: ")
        .map_or(message, |(_, c)| c)
        .trim();
    SQLITE_UNIQUE
        .iter()
        .find(|(cols, _)| *cols == columns)
        .map_or_else(
            || {
                if message.contains("FOREIGN KEY") {
                    FOREIGN_KEY.to_string()
                } else {
                    columns.to_string()
                }
            },
            |(_, name)| (*name).to_string(),
        )
}

/// Unique indexes by the columns SQLite reports, and the names PostgreSQL reports for them.
const SQLITE_UNIQUE: &[(&str, &str)] = &[
    (
        "case_professionals.case_id",
        "one_current_vaste_professional",
    ),
    (
        "case_members.case_id, case_members.person_id",
        "one_current_relation",
    ),
    ("access_log.request_key", "access_log_request_key"),
    ("access_log.seq", "access_log_pkey"),
];

/// What SQLite reports for a foreign key (it does not say which one).
pub const FOREIGN_KEY: &str = "foreign_key";

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> AppError {
        match e {
            StoreError::NotFound => AppError::NotFound,
            StoreError::Stale => AppError::conflict("error-stale"),
            StoreError::Conflict { constraint } => {
                tracing::info!(%constraint, "a write was refused by a constraint");
                AppError::conflict(conflict_message(&constraint))
            }
            StoreError::Corrupt { .. } | StoreError::Internal { .. } => {
                tracing::error!(error = %Chain(&e), "store error");
                AppError::Internal
            }
        }
    }
}

/// The sentence for a refused write, by constraint.
fn conflict_message(constraint: &str) -> &'static str {
    match constraint {
        "one_current_vaste_professional" => "error-conflict-vaste",
        "one_current_relation" => "error-conflict-member",
        _ => "error-conflict",
    }
}

/// An error and every cause under it, on one line.
pub struct Chain<'a>(pub &'a (dyn std::error::Error + 'static));

impl fmt::Display for Chain<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)?;
        let mut source = self.0.source();
        while let Some(cause) = source {
            write!(f, ": {cause}")?;
            source = cause.source();
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_row_is_not_found_and_a_stale_version_a_conflict() {
        assert_eq!(AppError::from(StoreError::NotFound), AppError::NotFound);
        assert_eq!(AppError::from(StoreError::Stale).status(), 409);
        let refused = AppError::from(StoreError::Conflict {
            constraint: "one_current_vaste_professional".into(),
        });
        assert_eq!(refused.message_id(), "error-conflict-vaste");
    }

    #[test]
    fn internal_errors_keep_their_cause_for_the_log_but_not_for_the_person() {
        let e = StoreError::Internal {
            context: "case",
            source: sqlx::Error::PoolTimedOut,
        };
        let line = Chain(&e).to_string();
        assert!(line.starts_with("database failure in case: "), "{line}");
        assert!(line.len() > "database failure in case: ".len());
        assert_eq!(AppError::from(e), AppError::Internal);
        assert_eq!(
            AppError::from(StoreError::corrupt("phase", "ondergedoken")),
            AppError::Internal
        );
    }
}
