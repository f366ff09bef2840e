//! Review mode: every text a page shows carries the message it came from, so a reviewer can
//! select a sentence on a real page and open that message. While rendering, [`mark`] wraps a
//! translated text in invisible private-use characters that name the message by number (never
//! by its id in letters: a glossary term inside an id would be linked like one in the text).
//! After rendering, [`mark_up`] turns each pair into a `<mark>` element where HTML allows one,
//! and removes the characters everywhere else (attributes, titles, options, islands), keeping
//! every text for the page's list of texts.

use std::collections::HashMap;
use std::sync::OnceLock;

/// Provided as context while a page renders in review mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReviewMarks;

const START: char = '\u{E000}';
const SEP: char = '\u{E001}';
const END: char = '\u{E002}';
/// Digits of a message's number: U+E010 is 0 … U+E019 is 9.
const DIGIT_ZERO: u32 = 0xE010;

/// Every Dutch message id, sorted: a message's number is its position here.
pub fn message_ids() -> &'static [String] {
    static IDS: OnceLock<Vec<String>> = OnceLock::new();
    IDS.get_or_init(|| {
        let mut ids: Vec<String> = super::LOCALES[0]
            .sources
            .iter()
            .filter_map(|(_, source)| {
                fluent_bundle::FluentResource::try_new((*source).to_string())
                    .or_else(|(r, _)| Ok::<_, ()>(r))
                    .ok()
            })
            .flat_map(|resource| {
                resource
                    .entries()
                    .filter_map(|e| match e {
                        fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                        _ => None,
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        ids.sort();
        ids.dedup();
        ids
    })
}

fn number_of(id: &str) -> Option<usize> {
    static INDEX: OnceLock<HashMap<&'static str, usize>> = OnceLock::new();
    INDEX
        .get_or_init(|| {
            message_ids()
                .iter()
                .enumerate()
                .map(|(i, id)| (id.as_str(), i))
                .collect()
        })
        .get(id)
        .copied()
}

/// `text` marked as coming from message `id` (unchanged when `id` is not a message).
pub fn mark(id: &str, text: &str) -> String {
    let Some(n) = number_of(id) else {
        return text.to_string();
    };
    let mut out = String::with_capacity(text.len() + 12);
    out.push(START);
    for d in n.to_string().chars() {
        out.push(char::from_u32(DIGIT_ZERO + (d as u32 - '0' as u32)).unwrap_or(SEP));
    }
    out.push(SEP);
    out.push_str(text);
    out.push(END);
    out
}

/// `text` without any marks (for what leaves as JSON, or a header).
pub fn strip(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_number = false;
    for c in text.chars() {
        match c {
            START => in_number = true,
            SEP => in_number = false,
            END => {}
            _ if in_number => {}
            _ => out.push(c),
        }
    }
    out
}

/// Whether `text` carries marks at all.
pub fn has_marks(text: &str) -> bool {
    text.contains(START)
}

/// One text of a page: the message it came from and what it said there (as HTML text, so
/// entities stay escaped).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageText {
    pub id: String,
    pub text: String,
}

/// Elements whose content may not hold a `<mark>` (or is not shown as text at all).
const NO_MARKS_IN: [&str; 8] = [
    "head",
    "title",
    "option",
    "textarea",
    "script",
    "style",
    "select",
    // An island's markup must stay exactly what its wasm renders, or hydration fails.
    "leptos-island",
];
/// Elements whose content is text up to their closing tag.
const RAW_TEXT: [&str; 4] = ["script", "style", "textarea", "title"];
const VOID: [&str; 14] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "!doctype",
];

enum Piece {
    Raw(String),
    Start {
        n: usize,
        parent: usize,
        allowed: bool,
    },
    End {
        parent: usize,
        allowed: bool,
    },
}

/// The page with its marks made visible: `<mark class="review-mark" data-message="id">` around
/// each text whose start and end sit in the same element where a mark may stand, the marks
/// removed everywhere else. Also every text of the page, in order, each message once.
pub fn mark_up(html: &str) -> (String, Vec<PageText>) {
    let ids = message_ids();
    let mut pieces: Vec<Piece> = vec![];
    let mut raw = String::with_capacity(html.len() + 4096);
    // Open elements: (name, unique number).
    let mut open: Vec<(String, usize)> = vec![("#document".into(), 0)];
    let mut next_element = 1usize;
    let mut blocked = 0usize;
    let mut texts: Vec<PageText> = vec![];
    // Text collected per open mark (by piece index of its start).
    let mut collecting: Vec<(usize, String)> = vec![];

    let mut rest = html;
    while !rest.is_empty() {
        if rest.starts_with("<!--") {
            let end = rest.find("-->").map_or(rest.len(), |i| i + 3);
            raw.push_str(&strip(&rest[..end]));
            rest = &rest[end..];
            continue;
        }
        if rest.starts_with('<') {
            let end = tag_end(rest);
            let tag = &rest[..end];
            collect_attribute_texts(tag, ids, &mut texts);
            raw.push_str(&strip(tag));
            let (name, closing, self_closing) = tag_name(tag);
            if closing {
                if let Some(pos) = open.iter().rposition(|(n, _)| *n == name) {
                    for (n, _) in open.drain(pos..) {
                        if NO_MARKS_IN.contains(&n.as_str()) {
                            blocked = blocked.saturating_sub(1);
                        }
                    }
                }
            } else if !name.is_empty() && !self_closing && !VOID.contains(&name.as_str()) {
                if NO_MARKS_IN.contains(&name.as_str()) {
                    blocked += 1;
                }
                let raw_text = RAW_TEXT.contains(&name.as_str());
                open.push((name.clone(), next_element));
                next_element += 1;
                rest = &rest[end..];
                if raw_text {
                    // Up to the closing tag, whatever it holds (`<` in a script is no tag).
                    let close = format!("</{name}");
                    let until = rest.to_ascii_lowercase().find(&close).unwrap_or(rest.len());
                    collect_attribute_texts(&rest[..until], ids, &mut texts);
                    raw.push_str(&strip(&rest[..until]));
                    rest = &rest[until..];
                }
                continue;
            }
            rest = &rest[end..];
            continue;
        }
        // Text up to the next tag.
        let end = rest.find('<').unwrap_or(rest.len());
        let text = &rest[..end];
        let parent = open.last().map_or(0, |(_, n)| *n);
        let allowed = blocked == 0;
        let mut chars = text.char_indices().peekable();
        while let Some((_, c)) = chars.next() {
            match c {
                START => {
                    let mut n = 0usize;
                    while let Some(&(_, d)) = chars.peek() {
                        let v = d as u32;
                        if (DIGIT_ZERO..DIGIT_ZERO + 10).contains(&v) {
                            n = n
                                .saturating_mul(10)
                                .saturating_add((v - DIGIT_ZERO) as usize);
                            chars.next();
                        } else {
                            break;
                        }
                    }
                    if chars.peek().map(|&(_, c)| c) == Some(SEP) {
                        chars.next();
                    }
                    pieces.push(Piece::Raw(std::mem::take(&mut raw)));
                    collecting.push((pieces.len(), String::new()));
                    pieces.push(Piece::Start { n, parent, allowed });
                }
                END => {
                    pieces.push(Piece::Raw(std::mem::take(&mut raw)));
                    pieces.push(Piece::End { parent, allowed });
                    if let Some((start, text)) = collecting.pop() {
                        if let Some(Piece::Start { n, .. }) = pieces.get(start) {
                            if let Some(id) = ids.get(*n) {
                                texts.push(PageText {
                                    id: id.clone(),
                                    text: text.trim().to_string(),
                                });
                            }
                        }
                    }
                }
                SEP => {}
                c if (DIGIT_ZERO..DIGIT_ZERO + 10).contains(&(c as u32)) => {}
                c => {
                    raw.push(c);
                    for (_, t) in &mut collecting {
                        t.push(c);
                    }
                }
            }
        }
        rest = &rest[end..];
    }
    pieces.push(Piece::Raw(raw));

    // Pair each end with the nearest open start; only pairs in one element become marks.
    let mut shown = vec![false; pieces.len()];
    let mut stack: Vec<usize> = vec![];
    for (i, piece) in pieces.iter().enumerate() {
        match piece {
            Piece::Start { .. } => stack.push(i),
            Piece::End { parent, allowed } => {
                if let Some(s) = stack.pop() {
                    if let Piece::Start {
                        parent: p,
                        allowed: a,
                        ..
                    } = &pieces[s]
                    {
                        if p == parent && *a && *allowed {
                            shown[s] = true;
                            shown[i] = true;
                        }
                    }
                }
            }
            Piece::Raw(_) => {}
        }
    }
    let mut out = String::with_capacity(html.len() + 8192);
    for (i, piece) in pieces.iter().enumerate() {
        match piece {
            Piece::Raw(text) => out.push_str(text),
            Piece::Start { n, .. } if shown[i] => {
                let id = ids.get(*n).map_or("", String::as_str);
                out.push_str("<mark class=\"review-mark\" data-message=\"");
                out.push_str(id);
                out.push_str("\">");
            }
            Piece::End { .. } if shown[i] => out.push_str("</mark>"),
            _ => {}
        }
    }
    let mut seen = std::collections::HashSet::new();
    texts.retain(|t| !t.text.is_empty() && seen.insert(t.id.clone()));
    (out, texts)
}

/// Texts marked inside a tag's attributes (labels, titles, island props).
fn collect_attribute_texts(tag: &str, ids: &[String], texts: &mut Vec<PageText>) {
    if !has_marks(tag) {
        return;
    }
    let mut rest = tag;
    while let Some(start) = rest.find(START) {
        let after = &rest[start + START.len_utf8()..];
        let Some(sep) = after.find(SEP) else { break };
        let n: usize = after[..sep]
            .chars()
            .filter_map(|d| {
                let v = d as u32;
                (DIGIT_ZERO..DIGIT_ZERO + 10)
                    .contains(&v)
                    .then(|| char::from_digit(v - DIGIT_ZERO, 10))
                    .flatten()
            })
            .collect::<String>()
            .parse()
            .unwrap_or(usize::MAX);
        let body = &after[sep + SEP.len_utf8()..];
        let end = body.find(END).unwrap_or(body.len());
        if let Some(id) = ids.get(n) {
            texts.push(PageText {
                id: id.clone(),
                text: strip(&body[..end]).trim().to_string(),
            });
        }
        rest = &body[end.min(body.len())..];
    }
}

/// Where the tag starting at the beginning of `html` ends (after its `>`), quotes respected.
fn tag_end(html: &str) -> usize {
    let mut quote: Option<char> = None;
    for (i, c) in html.char_indices().skip(1) {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => return i + 1,
            _ => {}
        }
    }
    html.len()
}

/// The element name of a tag (lower case), whether it closes, whether it closes itself.
fn tag_name(tag: &str) -> (String, bool, bool) {
    let inner = tag.trim_start_matches('<');
    let closing = inner.starts_with('/');
    let name: String = inner
        .trim_start_matches('/')
        .chars()
        .take_while(|c| !c.is_whitespace() && *c != '>' && *c != '/')
        .collect::<String>()
        .to_ascii_lowercase();
    let self_closing = tag.trim_end_matches('>').ends_with('/');
    (name, closing, self_closing)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(id: &str, text: &str) -> String {
        mark(id, text)
    }

    #[test]
    fn a_marked_text_becomes_a_mark_and_is_listed() {
        let html = format!("<main><p>{}</p></main>", marked("site-name", "Helder"));
        let (out, texts) = mark_up(&html);
        assert_eq!(
            out,
            "<main><p><mark class=\"review-mark\" data-message=\"site-name\">Helder</mark></p></main>"
        );
        assert_eq!(
            texts,
            vec![PageText {
                id: "site-name".into(),
                text: "Helder".into()
            }]
        );
    }

    #[test]
    fn marks_in_attributes_titles_options_and_islands_are_removed_but_listed() {
        let html = format!(
            "<head><title>{t}</title></head><a aria-label=\"{l}\" href=\"/\">x</a><select><option>{o}</option></select><leptos-island data-props=\"{{&quot;a&quot;:&quot;{p}&quot;}}\"><button>{p}</button></leptos-island>",
            t = marked("site-name", "Helder"),
            l = marked("sign-out", "Afmelden"),
            o = marked("month-1", "januari"),
            p = marked("quick-exit", "Snel weg"),
        );
        let (out, texts) = mark_up(&html);
        assert!(!out.contains("<mark"), "{out}");
        assert!(!has_marks(&out), "{out}");
        assert!(out.contains("<title>Helder</title>"));
        assert!(out.contains("aria-label=\"Afmelden\""));
        let ids: Vec<_> = texts.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, vec!["site-name", "sign-out", "month-1", "quick-exit"]);
    }

    #[test]
    fn a_text_split_over_two_elements_is_not_marked_but_nested_texts_are() {
        let whole = marked("sign-out", "Afmelden");
        let (start, rest) = whole.split_at(whole.find('A').unwrap());
        let html = format!("<p>{start}<strong>{rest}</strong></p>");
        let (out, texts) = mark_up(&html);
        assert_eq!(out, "<p><strong>Afmelden</strong></p>");
        assert_eq!(texts.len(), 1);

        let outer = mark(
            "list-and",
            &format!("{} en {}", marked("month-1", "januari"), "februari"),
        );
        let (out, _) = mark_up(&format!("<p>{outer}</p>"));
        assert_eq!(
            out,
            "<p><mark class=\"review-mark\" data-message=\"list-and\"><mark class=\"review-mark\" data-message=\"month-1\">januari</mark> en februari</mark></p>"
        );
    }

    #[test]
    fn a_text_around_a_link_is_marked_as_a_whole() {
        let whole = marked("sign-out", "Lees over OTS hier");
        let (before, after) = whole.split_at(whole.find("OTS").unwrap());
        let html = format!(
            "<p>{before}<a class=\"term\" href=\"/b\">OTS</a>{}</p>",
            &after[3..]
        );
        let (out, _) = mark_up(&html);
        assert_eq!(
            out,
            "<p><mark class=\"review-mark\" data-message=\"sign-out\">Lees over <a class=\"term\" href=\"/b\">OTS</a> hier</mark></p>"
        );
    }

    #[test]
    fn stray_characters_and_unknown_ids_do_no_harm() {
        assert_eq!(mark("no-such-message", "x"), "x");
        let broken = format!("<p>{START}\u{E011}{SEP}half</p><p>{END}</p>");
        let (out, _) = mark_up(&broken);
        assert_eq!(out, "<p>half</p><p></p>");
        assert_eq!(strip(&marked("site-name", "Helder")), "Helder");
    }
}
