//! The built browser files under `/pkg`. A release build (`bash .ci/up --release`) names them
//! by their content (`helder.<hash>.wasm`, written by cargo-leptos with `LEPTOS_HASH_FILES`,
//! the hashes listed in `hash.txt` beside the binary) and puts brotli and gzip copies beside
//! them: those are served compressed and cached for a year, immutable, since a new build
//! means new names. Files without a hash in their name (a debug build) are revalidated on
//! every use (`no-cache`), so a rebuild is never hidden by a cache. Pages stay `no-store`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::header::{self, HeaderValue};

/// What a build put on disk: the hashed names, if it hashed them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SiteFiles {
    /// The hash file, when the site's files are hashed (for Leptos's own script tags).
    pub hash_file: Option<PathBuf>,
    /// Per kind (`js`, `wasm`, `css`): the hash in the file name.
    hashes: HashMap<String, String>,
}

impl SiteFiles {
    /// The files of the build in `site_root`: hashed when `hash_file` lists hashes whose files
    /// are all there, else plain.
    pub fn discover(site_root: &Path, output_name: &str, hash_file: &Path) -> SiteFiles {
        let Ok(text) = std::fs::read_to_string(hash_file) else {
            return SiteFiles::default();
        };
        let hashes = parse_hashes(&text);
        let complete = ["js", "wasm", "css"].iter().all(|kind| {
            hashes.get(*kind).is_some_and(|hash| {
                site_root
                    .join("pkg")
                    .join(format!("{output_name}.{hash}.{kind}"))
                    .is_file()
            })
        });
        if !complete {
            tracing::warn!(
                hash_file = %hash_file.display(),
                "the hash file names files that are not in the site folder; serving plain names"
            );
            return SiteFiles::default();
        }
        SiteFiles {
            hash_file: Some(hash_file.to_path_buf()),
            hashes,
        }
    }

    /// The address of the built file of `kind` (`js`, `wasm`, `css`).
    pub fn address(&self, output_name: &str, kind: &str) -> String {
        match self.hashes.get(kind) {
            Some(hash) if self.hash_file.is_some() => format!("/pkg/{output_name}.{hash}.{kind}"),
            _ => format!("/pkg/{output_name}.{kind}"),
        }
    }

    /// The addresses pages name: the style sheet, and the islands' script and wasm.
    pub fn build_files(&self, output_name: &str) -> app::BuildFiles {
        app::BuildFiles {
            stylesheet: self.address(output_name, "css"),
            script: self.address(output_name, "js"),
            wasm: self.address(output_name, "wasm"),
        }
    }

    /// Whether `name` (a file name under `/pkg`) carries one of this build's hashes.
    fn is_hashed(&self, name: &str) -> bool {
        self.hash_file.is_some()
            && self
                .hashes
                .values()
                .any(|hash| name.contains(&format!(".{hash}.")))
    }
}

/// `js: abc123` lines (cargo-leptos's `hash.txt`).
fn parse_hashes(text: &str) -> HashMap<String, String> {
    text.lines()
        .filter_map(|line| line.split_once(':'))
        .map(|(kind, hash)| (kind.trim().to_string(), hash.trim().to_string()))
        .filter(|(kind, hash)| {
            // cargo-leptos writes URL-safe base64: letters, digits, '-' and '_'.
            !kind.is_empty()
                && !hash.is_empty()
                && hash
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        })
        .collect()
}

pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
pub const REVALIDATE: &str = "no-cache";

/// Cache lifetimes for `/pkg` answers (the security layer outside leaves them alone).
pub async fn cache_control(
    State(files): State<std::sync::Arc<SiteFiles>>,
    req: Request,
    next: Next,
) -> Response {
    let name = req
        .uri()
        .path()
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .to_string();
    let mut res = next.run(req).await;
    if res.status().is_success() || res.status() == http::StatusCode::NOT_MODIFIED {
        let value = if files.is_hashed(&name) {
            IMMUTABLE
        } else {
            REVALIDATE
        };
        res.headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
        // The same address answers brotli, gzip or plain bytes: a shared cache must keep
        // them apart.
        res.headers_mut()
            .insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(files: &[&str], hash_txt: &str) -> (PathBuf, SiteFiles) {
        let dir =
            std::env::temp_dir().join(format!("helder-site-{}", uuid::Uuid::new_v4().simple()));
        std::fs::create_dir_all(dir.join("pkg")).unwrap();
        for f in files {
            std::fs::write(dir.join("pkg").join(f), "x").unwrap();
        }
        let hash_file = dir.join("hash.txt");
        std::fs::write(&hash_file, hash_txt).unwrap();
        let found = SiteFiles::discover(&dir, "helder", &hash_file);
        (dir, found)
    }

    #[test]
    fn a_hashed_build_names_its_files_by_hash() {
        let (dir, files) = site(
            &["helder.aa1.js", "helder.bb2.wasm", "helder.cc3.css"],
            "js: aa1\nwasm: bb2\ncss: cc3\n",
        );
        assert!(files.hash_file.is_some());
        assert_eq!(files.address("helder", "css"), "/pkg/helder.cc3.css");
        assert_eq!(files.build_files("helder").wasm, "/pkg/helder.bb2.wasm");
        assert!(files.is_hashed("helder.bb2.wasm"));
        assert!(!files.is_hashed("helder.wasm"));
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn cargo_leptos_hashes_are_url_safe_base64() {
        // As cargo-leptos 0.3 writes them (seen in a release build).
        let (dir, files) = site(
            &[
                "helder.IXBY-Fe43wHeAILVekXZwg.js",
                "helder.Xl-JflgfRSxm4uF5G-p3XA.wasm",
                "helder.f6hW4q4z_cBfnUwIzDxqWA.css",
            ],
            "js: IXBY-Fe43wHeAILVekXZwg\nwasm: Xl-JflgfRSxm4uF5G-p3XA\ncss: f6hW4q4z_cBfnUwIzDxqWA\n",
        );
        assert!(files.hash_file.is_some(), "{files:?}");
        assert_eq!(
            files.address("helder", "css"),
            "/pkg/helder.f6hW4q4z_cBfnUwIzDxqWA.css"
        );
        assert!(files.is_hashed("helder.Xl-JflgfRSxm4uF5G-p3XA.wasm"));
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn a_hash_file_whose_files_are_missing_or_odd_means_plain_names() {
        let (dir, files) = site(&["helder.aa1.js"], "js: aa1\nwasm: bb2\ncss: cc3\n");
        assert_eq!(files, SiteFiles::default());
        assert_eq!(files.address("helder", "css"), "/pkg/helder.css");
        assert_eq!(files.build_files("helder").script, "/pkg/helder.js");
        let _ = std::fs::remove_dir_all(dir);
        let (dir, files) = site(&[], "js: ../../etc\n");
        assert_eq!(files, SiteFiles::default());
        let _ = std::fs::remove_dir_all(dir);
        assert_eq!(
            SiteFiles::discover(
                Path::new("/nonexistent"),
                "helder",
                Path::new("/nonexistent/hash.txt")
            ),
            SiteFiles::default()
        );
    }
}
