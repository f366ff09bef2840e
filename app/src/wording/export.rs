//! Accepted wording back into the repository: the message's lines in its `.ftl` file replaced
//! by the accepted text, every other line (comments, sections, other messages) kept as it was.

use crate::i18n::wording::entry_source;

/// `file_text` with message `id` now reading `pattern`; `None` when the file has no such
/// message. The result is parsed again: it must hold `id` with exactly the new text.
pub fn replace_message(file_text: &str, id: &str, pattern: &str) -> Option<String> {
    let lines: Vec<&str> = file_text.split_inclusive('\n').collect();
    let start = lines.iter().position(|l| {
        l.strip_prefix(id)
            .is_some_and(|rest| rest.trim_start().starts_with('='))
    })?;
    // The message goes on while lines are indented (or blank with an indented line after).
    let mut end = start + 1;
    while end < lines.len() {
        let line = lines[end];
        let continues = if line.trim().is_empty() {
            lines[end + 1..]
                .iter()
                .find(|l| !l.trim().is_empty())
                .is_some_and(|l| l.starts_with(' '))
        } else {
            line.starts_with(' ')
                || line.starts_with('}')
                || line.starts_with('[')
                || line.starts_with('*')
        };
        if !continues {
            break;
        }
        end += 1;
    }
    let mut out = String::with_capacity(file_text.len() + pattern.len());
    for line in &lines[..start] {
        out.push_str(line);
    }
    out.push_str(&entry_source(id, pattern));
    for line in &lines[end..] {
        out.push_str(line);
    }
    let written = super::catalog::parse_file("check", &out);
    let found = written.iter().find(|e| e.id == id)?;
    let wanted = super::shape::parse(id, pattern).ok()?;
    let again = super::shape::parse(id, &found.source).ok()?;
    (wanted == again && written.len() == super::catalog::parse_file("check", file_text).len())
        .then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "## Kop\n\n# Knop\nsign-out = Afmelden\nplural = { $count ->\n    [one] Eén dag\n   *[other] { $count } dagen\n}\nnext = Verder\n";

    #[test]
    fn one_message_changes_and_everything_around_it_stays() {
        let out = replace_message(FILE, "sign-out", "Uitloggen").expect("replaced");
        assert_eq!(out, FILE.replace("Afmelden", "Uitloggen"));
        let out = replace_message(
            FILE,
            "plural",
            "{ $count ->\n    [one] Nog één dag\n   *[other] Nog { $count } dagen\n}",
        )
        .expect("replaced");
        assert!(out.starts_with("## Kop\n\n# Knop\nsign-out = Afmelden\nplural = { $count ->\n"));
        assert!(out.contains("Nog { $count } dagen"));
        assert!(out.ends_with("next = Verder\n"), "{out}");
    }

    #[test]
    fn a_message_the_file_does_not_have_is_not_written() {
        assert_eq!(replace_message(FILE, "missing", "x"), None);
        // A prefix of another id is not that id.
        assert_eq!(replace_message(FILE, "sign", "x"), None);
    }
}
