//! One component per route. Pages fetch their data through server functions inside
//! `Suspense`; routes render with `SsrMode::Async` so the complete page arrives without
//! JavaScript.
//!
//! A page's `Suspend` is the `Suspense`'s child itself, never made inside a `move ||` closure.
//! On the server `Suspense` walks its children three times (two dry runs to find the loads,
//! then the render): a closure made a new `Suspend` each time, so every load started, was
//! dropped halfway and started again — a third of Mijn overzicht's queries, and a dropped
//! database call makes the pool throw its connection away. A `Suspend` made once is polled
//! in place by the dry runs and finished by the render. Pages render only on the server
//! (islands), so nothing needs the closure to re-run.

pub mod absence;
pub mod account;
pub mod admin;
pub mod admin_keys;
pub mod case;
pub mod console;
pub mod demo;
pub mod glossary;
pub mod home;
pub mod new_case;
pub mod not_found;
pub mod notice;
pub mod offline;
pub mod overview;
pub mod review;
pub mod work;

#[cfg(test)]
mod tests {
    /// The rule in this module's documentation, for every file under `src/`: no `Suspend` is
    /// made within the first statements of a `move ||` closure.
    #[test]
    fn no_suspend_is_made_inside_a_closure() {
        // Spelled in two parts so that this file does not find itself.
        let suspend = format!("{}::new(", "Suspend");
        let mut found = vec![];
        let mut dirs = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src"
        ))];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).expect("read src") {
                let path = entry.expect("entry").path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).expect("read file");
                    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
                    let closures = flat.split("move ||").skip(1);
                    let start = |c: &str| c.char_indices().nth(160).map_or(c.len(), |(i, _)| i);
                    if closures
                        .map(|c| &c[..start(c)])
                        .any(|c| c.contains(&suspend))
                    {
                        found.push(path.display().to_string());
                    }
                }
            }
        }
        assert!(
            found.is_empty(),
            "a Suspend made in a closure (see pages/mod.rs): {found:?}"
        );
    }
}
