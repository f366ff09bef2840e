//! Commands run beside the server on the same database (`helder <command>`), for the wording
//! workspace: write accepted wording back into `locales/`, and print how much is reviewed.

use std::collections::BTreeMap;
use std::path::Path;

use app::i18n::Lang;
use app::wording::{catalog, export};

use crate::services::Backend;
use crate::store::{self, wording as db, StoreError};

/// One accepted text and what exporting it did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Exported {
    Written { file: String, id: String },
    AlreadyThere { file: String, id: String },
    Missing { lang: String, id: String },
}

/// Write every accepted wording into `locales_dir/<lang>/<file>.ftl`, each message's lines
/// replaced and the rest of the file kept; mark them exported. The repository stays the source
/// of truth: after a release with these files, the accepted wording and the shipped text agree.
pub async fn export_wording(
    backend: &Backend,
    locales_dir: &Path,
) -> Result<Vec<Exported>, String> {
    let rows = db::overrides(&backend.db)
        .await
        .map_err(|e| e.to_string())?;
    let mut out = vec![];
    // Several messages of one file: read it once, write it once.
    let mut files: BTreeMap<std::path::PathBuf, String> = BTreeMap::new();
    let mut written: Vec<(String, String)> = vec![];
    for row in rows {
        let Some(lang) = Lang::from_code(&row.lang) else {
            out.push(Exported::Missing {
                lang: row.lang,
                id: row.message_id,
            });
            continue;
        };
        let Some(entry) = catalog().get(lang, &row.message_id) else {
            out.push(Exported::Missing {
                lang: row.lang,
                id: row.message_id,
            });
            continue;
        };
        let path = locales_dir
            .join(lang.code())
            .join(format!("{}.ftl", entry.file));
        let label = format!("{}/{}.ftl", lang.code(), entry.file);
        let text = match files.get(&path) {
            Some(t) => t.clone(),
            None => std::fs::read_to_string(&path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?,
        };
        let Some(new) = export::replace_message(&text, &row.message_id, &row.source) else {
            out.push(Exported::Missing {
                lang: row.lang,
                id: row.message_id,
            });
            continue;
        };
        if new == text {
            out.push(Exported::AlreadyThere {
                file: label,
                id: row.message_id.clone(),
            });
        } else {
            out.push(Exported::Written {
                file: label,
                id: row.message_id.clone(),
            });
        }
        files.insert(path, new);
        written.push((row.lang, row.message_id));
    }
    for (path, text) in &files {
        std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    let at = store::now_text();
    for (lang, id) in written {
        db::mark_exported(&backend.db, &lang, &id, &at)
            .await
            .map_err(|e: StoreError| e.to_string())?;
    }
    Ok(out)
}

/// The coverage report: per language the approved share, then per page and per reader of the
/// example pages, one column per language.
pub async fn coverage_report(backend: &Backend) -> Result<String, String> {
    use std::fmt::Write;
    let index = backend
        .review()
        .page_index()
        .await
        .map_err(|e| e.to_string())?;
    let mut report = String::new();
    let mut per_page: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut per_reader: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let _ = writeln!(report, "approved and unchanged since, per language:");
    for lang in Lang::all() {
        let states = backend
            .message_states(lang)
            .await
            .map_err(|e| e.to_string())?;
        let total = catalog().entries(lang).len();
        let approved = states
            .iter()
            .filter(|s| {
                s.status == app::model::wording::WordingStatus::Approved
                    && !s.changed_since_approval
            })
            .count();
        let _ = writeln!(
            report,
            "  {:<3} {approved:>5} / {total:<5} ({}%)",
            lang.code(),
            (approved * 100).checked_div(total).unwrap_or(0)
        );
        let (pages, readers) = app::views::review::coverage(&states, &index);
        for c in pages {
            per_page.entry(c.key.clone()).or_default().push(format!(
                "{}/{} ({}%)",
                c.approved,
                c.total,
                c.percent()
            ));
        }
        for c in readers {
            per_reader.entry(c.key.clone()).or_default().push(format!(
                "{}/{} ({}%)",
                c.approved,
                c.total,
                c.percent()
            ));
        }
    }
    let header: Vec<&str> = Lang::all().map(Lang::code).collect();
    for (title, rows) in [("per page", &per_page), ("per reader", &per_reader)] {
        let _ = writeln!(report, "{title}: {}", header.join(" | "));
        for (key, cells) in rows {
            let _ = writeln!(report, "  {key:<16} {}", cells.join(" | "));
        }
    }
    Ok(report)
}
