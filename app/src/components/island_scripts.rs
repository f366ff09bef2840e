//! The script that wakes the islands, in place of Leptos's `HydrationScripts`.
//!
//! Leptos's own wakes every island in one task, and puts two resource hints in the head that
//! fetch the wasm beside the style sheet (on a slow phone network the first screen then waits
//! for bandwidth it does not need). Ours (`island_loader.js`) loads the code when the browser
//! is idle after the first paint and wakes the islands one at a time, so a tap is never kept
//! waiting behind all of them. Only the script carries the page's CSP nonce.

use leptos::prelude::*;

use crate::BuildFiles;

#[component]
pub fn IslandScripts(files: BuildFiles) -> impl IntoView {
    // In islands mode the rest of the page is rendered without hydration markers (as
    // Leptos's `HydrationScripts` does); only islands are woken in the browser.
    if let Some(context) = Owner::current_shared_context() {
        context.set_is_hydrating(false);
    }
    view! {
        <script type="module" nonce=leptos::nonce::use_nonce()>
            {format!("{}({:?}, {:?});", loader(), files.script, files.wasm)}
        </script>
    }
}

/// The loader as every page carries it: without its comments and indentation (made once).
fn loader() -> &'static str {
    static LOADER: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    LOADER.get_or_init(|| {
        include_str!("island_loader.js")
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty() && !line.starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n")
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_loader_goes_out_without_comments_and_ends_in_the_call_it_needs() {
        let loader = super::loader();
        assert!(!loader.contains("//"), "{loader}");
        assert!(loader.starts_with("((js, wasm) => {"), "{loader}");
        assert!(loader.ends_with("})"), "{loader}");
    }
}
