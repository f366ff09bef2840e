//! Accepted wording: texts that replace shipped ones without a redeploy. Reviewers suggest,
//! an administrator accepts, and every server instance on the database puts the accepted texts
//! in front of the `.ftl` files here; the next page load shows them. One [`Wording`] per server
//! instance (never a process-wide global: tests run several instances in one process).

use std::sync::{Arc, RwLock};

use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource};

use super::{format_with, new_bundle, Lang, LOCALES};

/// Accepted texts written as Fluent, per language.
pub struct FtlOverrides {
    bundles: Vec<Option<FluentBundle<FluentResource>>>,
}

impl Default for FtlOverrides {
    fn default() -> Self {
        FtlOverrides {
            bundles: (0..LOCALES.len()).map(|_| None).collect(),
        }
    }
}

/// `id = pattern`, with every line after the first indented, as Fluent wants a multi-line
/// value (indentation inside a placeable is free; in text Fluent strips the common indent).
pub fn entry_source(id: &str, pattern: &str) -> String {
    let mut lines = pattern.trim().lines();
    let mut out = format!("{id} = {}", lines.next().unwrap_or(""));
    for line in lines {
        out.push('\n');
        if !line.trim().is_empty() {
            out.push_str("    ");
            out.push_str(line);
        }
    }
    out.push('\n');
    out
}

impl FtlOverrides {
    /// Overrides from `(language, Fluent source)` pairs. A source with a syntax error is
    /// refused whole, with the parser's messages.
    pub fn parse(sources: &[(Lang, &str)]) -> Result<FtlOverrides, Vec<String>> {
        let mut out = FtlOverrides::default();
        for (lang, source) in sources {
            let resource = FluentResource::try_new((*source).to_string())
                .map_err(|(_, errors)| errors.iter().map(|e| e.to_string()).collect::<Vec<_>>())?;
            out.add(*lang, resource);
        }
        Ok(out)
    }

    /// Overrides from accepted messages `(language, id, pattern)`. Each was checked when it was
    /// accepted; one that no longer parses is left out (and logged by the caller's count), so
    /// one bad row never hides the others.
    pub fn from_messages<'a>(
        messages: impl IntoIterator<Item = (Lang, &'a str, &'a str)>,
    ) -> (FtlOverrides, usize) {
        let mut out = FtlOverrides::default();
        let mut refused = 0;
        for (lang, id, pattern) in messages {
            match FluentResource::try_new(entry_source(id, pattern)) {
                Ok(resource) => out.add(lang, resource),
                Err(_) => refused += 1,
            }
        }
        (out, refused)
    }

    fn add(&mut self, lang: Lang, resource: FluentResource) {
        if let Some(slot) = self.bundles.get_mut(lang.index()) {
            slot.get_or_insert_with(|| new_bundle(&LOCALES[lang.index()]))
                .add_resource_overriding(resource);
        }
    }

    pub fn format(&self, lang: Lang, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        self.bundles
            .get(lang.index())?
            .as_ref()
            .and_then(|b| format_with(b, id, args))
    }

    /// Whether `id` has accepted wording in `lang`.
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.bundles
            .get(lang.index())
            .and_then(Option::as_ref)
            .is_some_and(|b| b.has_message(id))
    }
}

/// How far the texts of one language are reviewed, for the language menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Reviewed {
    pub approved: u32,
    pub total: u32,
}

impl Reviewed {
    /// "none", "partly" or "all": the selector of the language menu's note.
    pub fn state(self) -> &'static str {
        if self.total > 0 && self.approved >= self.total {
            "all"
        } else if self.approved > 0 {
            "partly"
        } else {
            "none"
        }
    }
}

/// What one instance serves in front of the shipped texts, swapped whole when it changes.
#[derive(Default)]
pub struct WordingState {
    pub overrides: FtlOverrides,
    /// Per language (by [`Lang::index`]).
    pub reviewed: Vec<Reviewed>,
}

impl WordingState {
    pub fn reviewed(&self, lang: Lang) -> Reviewed {
        self.reviewed.get(lang.index()).copied().unwrap_or_default()
    }
}

/// The accepted wording of one server instance: provided to every page as context, refreshed
/// when an administrator accepts a text (on this instance or, through the database, another).
#[derive(Clone, Default)]
pub struct Wording(Arc<RwLock<Arc<WordingState>>>);

impl Wording {
    pub fn current(&self) -> Arc<WordingState> {
        self.0
            .read()
            .map(|s| Arc::clone(&s))
            .unwrap_or_else(|poisoned| Arc::clone(&poisoned.into_inner()))
    }

    pub fn replace(&self, state: WordingState) {
        let state = Arc::new(state);
        match self.0.write() {
            Ok(mut slot) => *slot = state,
            Err(poisoned) => *poisoned.into_inner() = state,
        }
    }
}
