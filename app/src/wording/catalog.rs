//! Every message per language as the `.ftl` files hold it: its file, the section (`##`) and
//! note (`#`) above it, and its text as a person writes it (the value after `id =`, select
//! expressions and all), which is what a reviewer edits.

use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_syntax::ast;
use fluent_syntax::parser;

use crate::i18n::{Lang, LOCALES};

/// One message of one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub id: String,
    /// The file it is in (`common`, `rights` …), without `.ftl`.
    pub file: &'static str,
    /// The section comment (`## …`) it stands under, if any.
    pub section: Option<String>,
    /// Its own comment (`# …`), if any: often what the text is for.
    pub note: Option<String>,
    /// The text after `id =`, without the indentation Fluent needs for a second line.
    pub source: String,
}

/// Every language's messages, in file order.
pub struct Catalog {
    per_lang: Vec<Vec<Entry>>,
    index: Vec<HashMap<String, usize>>,
}

impl Catalog {
    /// The catalog of `LOCALES`' files.
    pub fn shipped() -> Catalog {
        let per_lang: Vec<Vec<Entry>> = LOCALES
            .iter()
            .map(|locale| {
                locale
                    .sources
                    .iter()
                    .flat_map(|(file, text)| parse_file(file, text))
                    .collect()
            })
            .collect();
        let index = per_lang
            .iter()
            .map(|entries| {
                entries
                    .iter()
                    .enumerate()
                    .map(|(i, e)| (e.id.clone(), i))
                    .collect()
            })
            .collect();
        Catalog { per_lang, index }
    }

    pub fn entries(&self, lang: Lang) -> &[Entry] {
        self.per_lang.get(lang.index()).map_or(&[], Vec::as_slice)
    }

    pub fn get(&self, lang: Lang, id: &str) -> Option<&Entry> {
        let i = *self.index.get(lang.index())?.get(id)?;
        self.per_lang.get(lang.index())?.get(i)
    }

    /// The Dutch ids, in file order: every language has exactly these.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.entries(Lang::NL).iter().map(|e| e.id.as_str())
    }
}

/// The catalog of this build's `.ftl` files.
pub fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(Catalog::shipped)
}

fn comment_text(comment: &ast::Comment<&str>) -> String {
    comment.content.join(" ").trim().to_string()
}

/// The messages of one `.ftl` file.
pub fn parse_file(file: &'static str, text: &str) -> Vec<Entry> {
    let resource = match parser::parse(text) {
        Ok(r) => r,
        // The locale tests refuse a file with errors; what parsed is still listed.
        Err((r, _)) => r,
    };
    let mut section = None;
    let mut out = vec![];
    for entry in &resource.body {
        match entry {
            ast::Entry::GroupComment(c) => {
                let text = comment_text(c);
                section = (!text.is_empty()).then_some(text);
            }
            ast::Entry::Message(m) => {
                let Some(value) = &m.value else { continue };
                out.push(Entry {
                    id: m.id.name.to_string(),
                    file,
                    section: section.clone(),
                    note: m.comment.as_ref().map(comment_text),
                    source: pattern_source(value),
                });
            }
            _ => {}
        }
    }
    out
}

/// A pattern written back as Fluent source, without the `id =` and the indentation of the
/// lines after the first.
pub fn pattern_source(pattern: &ast::Pattern<&str>) -> String {
    let message = ast::Message {
        id: ast::Identifier { name: "x" },
        value: Some(pattern.clone()),
        attributes: vec![],
        comment: None,
    };
    let resource = ast::Resource {
        body: vec![ast::Entry::Message(message)],
    };
    let written = fluent_syntax::serializer::serialize(&resource);
    let value = written
        .strip_prefix("x =")
        .unwrap_or(&written)
        .trim_end_matches('\n');
    let value = value.strip_prefix(' ').unwrap_or(value);
    // A value that starts on its own line (a multi-line text or a select).
    let value = value.strip_prefix('\n').unwrap_or(value);
    value
        .lines()
        .map(|l| l.strip_prefix("    ").unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_gives_its_messages_with_section_note_and_text() {
        let text = "## Kop\n\n# Voor de knop\nsign-out = Afmelden\nplural = { $count ->\n    [one] Eén dag\n   *[other] { $count } dagen\n}\nlines =\n    Eerste regel\n    tweede regel\n";
        let entries = parse_file("common", text);
        assert_eq!(entries.len(), 3);
        assert_eq!(entries[0].id, "sign-out");
        assert_eq!(entries[0].section.as_deref(), Some("Kop"));
        assert_eq!(entries[0].note.as_deref(), Some("Voor de knop"));
        assert_eq!(entries[0].source, "Afmelden");
        assert_eq!(
            entries[1].source,
            "{ $count ->\n    [one] Eén dag\n   *[other] { $count } dagen\n}"
        );
        assert_eq!(entries[2].source, "Eerste regel\ntweede regel");
    }

    #[test]
    fn every_language_lists_the_dutch_messages() {
        let catalog = catalog();
        let dutch: Vec<&str> = catalog.ids().collect();
        assert!(dutch.len() > 900, "{}", dutch.len());
        for lang in Lang::all() {
            assert_eq!(catalog.entries(lang).len(), dutch.len(), "{}", lang.code());
            assert!(catalog.get(lang, "site-name").is_some());
        }
    }

    #[test]
    fn no_id_is_written_twice_in_a_language() {
        // Fluent keeps the first of two messages with one id and drops the other silently:
        // a page would show the other file's sentence (this once gave professionals a
        // family's question in place of their own deadline line).
        for lang in Lang::all() {
            let mut seen = std::collections::HashMap::new();
            for entry in catalog().entries(lang) {
                if let Some(file) = seen.insert(entry.id.clone(), entry.file) {
                    panic!(
                        "{} {}: in {file} and in {}",
                        lang.code(),
                        entry.id,
                        entry.file
                    );
                }
            }
        }
    }

    #[test]
    fn a_written_back_text_means_the_same_as_the_file() {
        // Round trip: the text as the workspace shows it, made into a message again, parses to
        // the same pattern.
        let catalog = catalog();
        for lang in Lang::all() {
            for entry in catalog.entries(lang) {
                let again = crate::i18n::wording::entry_source(&entry.id, &entry.source);
                let parsed = parser::parse(again.as_str()).unwrap_or_else(|(_, e)| {
                    panic!("{} {}: {e:?}\n{again}", lang.code(), entry.id)
                });
                let Some(ast::Entry::Message(m)) = parsed.body.first() else {
                    panic!("{} {}: no message in\n{again}", lang.code(), entry.id)
                };
                assert_eq!(
                    pattern_source(m.value.as_ref().expect("value")),
                    entry.source,
                    "{} {}",
                    lang.code(),
                    entry.id
                );
            }
        }
    }
}
