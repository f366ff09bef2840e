//! Release serving: a build with content-hashed names and brotli/gzip copies is served
//! compressed and cached for a year; plain names are revalidated; pages are never stored.

use crate::common;

use reqwest::StatusCode;

fn header<'a>(page: &'a common::Page, name: &str) -> Option<&'a str> {
    page.headers.get(name).and_then(|v| v.to_str().ok())
}

/// A site folder as `cargo leptos build --release` with `LEPTOS_HASH_FILES=true` leaves it.
fn release_site() -> common::TempDir {
    let dir = std::env::temp_dir().join(format!("helder-site-{}", uuid::Uuid::new_v4().simple()));
    let pkg = dir.join("pkg");
    std::fs::create_dir_all(&pkg).expect("site folder");
    for (name, body) in [
        ("helder.h1js.js", "export default function(){}"),
        ("helder.h2wasm.wasm", "\0asm"),
        ("helder.h3css.css", "body{color:#000}"),
        ("helder.css", "body{color:#111}"),
    ] {
        std::fs::write(pkg.join(name), body).expect("file");
    }
    std::fs::write(pkg.join("helder.h2wasm.wasm.br"), "brotli bytes").expect("br");
    std::fs::write(pkg.join("helder.h2wasm.wasm.gz"), "gzip bytes").expect("gz");
    std::fs::write(dir.join("hash.txt"), "js: h1js\nwasm: h2wasm\ncss: h3css\n").expect("hash");
    common::TempDir(dir)
}

#[tokio::test]
async fn hashed_files_are_served_compressed_and_immutable_and_pages_never_stored() {
    let site = release_site();
    let root = site.0.clone();
    let app = common::spawn_with(move |c| {
        c.demo = true;
        c.site_root = root.clone();
        c.hash_file = Some(root.join("hash.txt"));
    })
    .await;

    // The page names the hashed files, and is not stored.
    let page = app.get("/").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("/pkg/helder.h3css.css"), "style sheet");
    // The island loader loads both when the browser is idle (no preload hints:
    // app/src/components/island_scripts.rs).
    assert!(
        page.body
            .contains(r#"("/pkg/helder.h1js.js", "/pkg/helder.h2wasm.wasm");"#),
        "script and wasm"
    );
    assert!(!page.body.contains("preload"), "no preload hints");
    assert_eq!(header(&page, "cache-control"), Some("no-store"));

    // Brotli where the browser accepts it, gzip where only that, else the file itself.
    let br = app
        .get_with(
            "/pkg/helder.h2wasm.wasm",
            &[("accept-encoding", "gzip, br")],
        )
        .await;
    assert_eq!(br.status, StatusCode::OK);
    assert_eq!(header(&br, "content-encoding"), Some("br"));
    assert_eq!(br.body, "brotli bytes");
    assert_eq!(
        header(&br, "cache-control"),
        Some("public, max-age=31536000, immutable")
    );
    assert!(header(&br, "vary").is_some_and(|v| v.to_ascii_lowercase().contains("accept-encoding")));
    let gz = app
        .get_with("/pkg/helder.h2wasm.wasm", &[("accept-encoding", "gzip")])
        .await;
    assert_eq!(header(&gz, "content-encoding"), Some("gzip"));
    let raw = app
        .get_with(
            "/pkg/helder.h2wasm.wasm",
            &[("accept-encoding", "identity")],
        )
        .await;
    assert_eq!(header(&raw, "content-encoding"), None);
    assert_eq!(raw.body, "\0asm");

    // A file without a hash in its name is checked again on every use.
    let plain = app.get("/pkg/helder.css").await;
    assert_eq!(header(&plain, "cache-control"), Some("no-cache"));
    // And a missing one is a plain 404, never cached.
    let missing = app.get("/pkg/helder.h9.js").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(header(&missing, "cache-control"), Some("no-store"));
}

#[tokio::test]
async fn a_debug_build_keeps_plain_names_that_are_revalidated() {
    let app = common::spawn_app(true).await;
    let page = app.get("/").await;
    assert!(page.body.contains("/pkg/helder.css"));
    let css = app.get("/pkg/helder.css").await;
    if css.status == StatusCode::OK {
        assert_eq!(header(&css, "cache-control"), Some("no-cache"));
    }
}
