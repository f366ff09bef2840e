//! The review workspace's views, built from the catalog of messages, their review states and
//! the index of the example pages: the filtered list, coverage per language, page and reader,
//! one message in all its forms, and the B1 report.

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use crate::i18n::Lang;
use crate::model::wording::{
    B1Report, B1Result, Coverage, Filter, Form, Group, Item, List, MessageState, MessageView,
    PageIndex, Reader, WordingEvent, WordingStatus,
};
use crate::wording::b1::{self, Rule};
use crate::wording::{catalog, examples};

/// Where a message is listed: the first example page it is on, "every-page" for what every
/// page shows (header, footer), or the file it is written in when no example page shows it.
pub fn group_of(index: &PageIndex, id: &str, common: &[String]) -> String {
    if common.iter().any(|c| c == id) {
        return "every-page".into();
    }
    let pages = index.pages_of(id);
    for key in crate::wording::pages::PAGE_ORDER {
        if pages.contains(&key) {
            return (*key).to_string();
        }
    }
    catalog()
        .get(Lang::NL, id)
        .map_or_else(|| "file-other".into(), |e| format!("file-{}", e.file))
}

/// Messages on at least half of the indexed pages: the header, footer and navigation.
pub fn common_messages(index: &PageIndex) -> Vec<String> {
    let mut count: HashMap<&str, usize> = HashMap::new();
    for page in &index.pages {
        let mut seen = std::collections::HashSet::new();
        for m in &page.messages {
            if seen.insert(m.as_str()) {
                *count.entry(m).or_default() += 1;
            }
        }
    }
    let half = index.pages.len().div_ceil(2).max(2);
    let mut out: Vec<String> = count
        .into_iter()
        .filter(|(_, n)| *n >= half)
        .map(|(m, _)| m.to_string())
        .collect();
    out.sort();
    out
}

fn glossary_forms() -> &'static Vec<String> {
    static FORMS: OnceLock<Vec<String>> = OnceLock::new();
    FORMS.get_or_init(|| {
        crate::domain::journey::GLOSSARY
            .iter()
            .flat_map(|key| {
                crate::i18n::translate(Lang::NL, &format!("term-{key}-forms"), None)
                    .split(',')
                    .map(|f| f.trim().to_string())
                    .filter(|f| !f.is_empty())
                    .collect::<Vec<_>>()
            })
            .collect()
    })
}

/// Measure the Dutch text `source` of message `id` in all its forms.
pub fn b1_of(id: &str, source: &str, unlinked: &[String]) -> B1Result {
    let forms = examples::renderings(Lang::NL, id, source).unwrap_or_default();
    let mut out = B1Result::default();
    let mut failures: Vec<Rule> = vec![];
    for form in &forms {
        let m = b1::measure(&form.text, glossary_forms());
        out.words = out.words.max(m.words);
        out.longest_sentence = out.longest_sentence.max(m.longest_sentence);
        out.score = match (out.score, m.score) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        for rule in m.failures() {
            if !failures.contains(&rule) {
                failures.push(rule);
            }
        }
        for (list, found) in [
            (&mut out.long_words, m.long_words),
            (&mut out.passive, m.passive),
            (&mut out.nominal, m.nominal),
            (&mut out.jargon, m.jargon),
        ] {
            for f in found {
                if !list.contains(&f) {
                    list.push(f);
                }
            }
        }
    }
    if !unlinked.is_empty() {
        failures.push(Rule::JargonUnlinked);
        out.unlinked = unlinked.to_vec();
    }
    failures.sort();
    out.failures = failures.into_iter().map(|r| r.key().to_string()).collect();
    out
}

/// The B1 results of every shipped Dutch message, measured once per process (the jargon rule
/// is added per index, see [`b1_failures`]).
fn shipped_b1() -> &'static HashMap<String, B1Result> {
    static SHIPPED: OnceLock<HashMap<String, B1Result>> = OnceLock::new();
    SHIPPED.get_or_init(|| {
        catalog()
            .entries(Lang::NL)
            .iter()
            .map(|e| (e.id.clone(), b1_of(&e.id, &e.source, &[])))
            .collect()
    })
}

/// The B1 result of message `id` as it reads now in Dutch (`accepted`: accepted wording).
pub fn b1_result(id: &str, accepted: Option<&str>, index: &PageIndex) -> B1Result {
    let unlinked = index.unlinked_terms(id);
    match accepted {
        Some(source) => b1_of(id, source, unlinked),
        None => {
            let mut r = shipped_b1().get(id).cloned().unwrap_or_default();
            if !unlinked.is_empty() {
                r.failures.push(Rule::JargonUnlinked.key().to_string());
                r.failures.sort_by_key(|k| Rule::from_key(k));
                r.unlinked = unlinked.to_vec();
            }
            r
        }
    }
}

/// Every Dutch message that fails a rule, with the rules: what the test command holds
/// against its baseline.
pub fn b1_failures(index: &PageIndex) -> BTreeMap<String, Vec<String>> {
    catalog()
        .entries(Lang::NL)
        .iter()
        .filter_map(|e| {
            let r = b1_result(&e.id, None, index);
            (!r.failures.is_empty()).then(|| (e.id.clone(), r.failures))
        })
        .collect()
}

/// One screen of the list holds this many messages.
pub const PAGE_SIZE: usize = 60;

/// The form a reader of `reader` reads (their `$audience` choice), or the first.
fn preview_for(forms: &[examples::Rendering], reader: Option<Reader>) -> String {
    let wanted = reader.and_then(Reader::audience);
    forms
        .iter()
        .find(|f| wanted.is_some_and(|w| f.choices.iter().any(|(v, k)| v == "audience" && k == w)))
        .or_else(|| {
            // A text for "other" readers is what a parent reads when there is no parent form.
            wanted.filter(|w| *w == "parent").and_then(|_| {
                forms.iter().find(|f| {
                    f.choices
                        .iter()
                        .any(|(v, k)| v == "audience" && k == "other")
                })
            })
        })
        .or_else(|| forms.first())
        .map(|f| f.text.clone())
        .unwrap_or_default()
}

fn state_of<'a>(states: &'a HashMap<&str, &MessageState>, id: &str) -> Option<&'a MessageState> {
    states.get(id).copied()
}

/// The list for `lang` under `filter`.
pub fn list(lang: Lang, states: &[MessageState], index: &PageIndex, filter: &Filter) -> List {
    let by_id: HashMap<&str, &MessageState> = states.iter().map(|s| (s.id.as_str(), s)).collect();
    let common = common_messages(index);
    let reader = Reader::from_key(&filter.reader);
    let mut grouped: BTreeMap<usize, (String, Vec<Item>)> = BTreeMap::new();
    let mut total = 0;
    let order = |key: &str| crate::wording::pages::group_position(key);
    let mut shown = 0;
    for entry in catalog().entries(lang) {
        let state = state_of(&by_id, &entry.id);
        let status = state.map_or(WordingStatus::New, |s| s.status);
        let changed = state.is_some_and(|s| s.changed_since_approval);
        let status_ok = match filter.status.as_str() {
            "" | "all" => true,
            "changed" => changed,
            key => WordingStatus::from_key(key) == Some(status) && !changed,
        };
        if !status_ok {
            continue;
        }
        if let Some(r) = reader {
            if !index.readers_of(&entry.id).contains(&r) {
                continue;
            }
        }
        let group = group_of(index, &entry.id, &common);
        if !filter.page.is_empty()
            && filter.page != group
            && !index.pages_of(&entry.id).contains(&filter.page.as_str())
        {
            continue;
        }
        let dutch_accepted = if lang == Lang::NL {
            state.and_then(|s| s.accepted.as_deref())
        } else {
            None
        };
        let b1 = b1_result(&entry.id, dutch_accepted, index).failures;
        if filter.b1 && b1.is_empty() {
            continue;
        }
        total += 1;
        if total <= filter.offset || shown >= PAGE_SIZE {
            continue;
        }
        shown += 1;
        let source = state
            .and_then(|s| s.accepted.clone())
            .unwrap_or_else(|| entry.source.clone());
        let forms = examples::renderings(lang, &entry.id, &source).unwrap_or_default();
        let key = if filter.page.is_empty() {
            group
        } else {
            filter.page.clone()
        };
        grouped
            .entry(order(&key))
            .or_insert_with(|| (key.clone(), vec![]))
            .1
            .push(Item {
                id: entry.id.clone(),
                preview: preview_for(&forms, reader),
                status,
                changed,
                b1,
                remarks: state.map_or(0, |s| s.remarks),
                open_suggestions: state.map_or(0, |s| s.open_suggestions),
            });
    }
    let next = filter.offset + shown;
    List {
        groups: grouped
            .into_values()
            .map(|(key, items)| Group { key, items })
            .collect(),
        total,
        next_offset: (next < total).then_some(next),
    }
}

fn approved(states: &HashMap<&str, &MessageState>, id: &str) -> bool {
    states
        .get(id)
        .is_some_and(|s| s.status == WordingStatus::Approved && !s.changed_since_approval)
}

/// Coverage of `lang` per page and per reader of the example pages.
pub fn coverage(states: &[MessageState], index: &PageIndex) -> (Vec<Coverage>, Vec<Coverage>) {
    let by_id: HashMap<&str, &MessageState> = states.iter().map(|s| (s.id.as_str(), s)).collect();
    let mut pages: BTreeMap<usize, (String, std::collections::BTreeSet<&str>)> = BTreeMap::new();
    let mut readers: BTreeMap<Reader, std::collections::BTreeSet<&str>> = BTreeMap::new();
    for page in &index.pages {
        let order = crate::wording::pages::group_position(&page.page);
        let slot = pages
            .entry(order)
            .or_insert_with(|| (page.page.clone(), Default::default()));
        slot.1.extend(page.messages.iter().map(String::as_str));
        readers
            .entry(page.reader)
            .or_default()
            .extend(page.messages.iter().map(String::as_str));
    }
    let count = |key: String, ids: &std::collections::BTreeSet<&str>| Coverage {
        key,
        approved: ids.iter().filter(|id| approved(&by_id, id)).count(),
        total: ids.len(),
    };
    (
        pages
            .into_values()
            .map(|(key, ids)| count(key, &ids))
            .collect(),
        readers
            .into_iter()
            .map(|(r, ids)| count(r.key().to_string(), &ids))
            .collect(),
    )
}

fn forms(lang: Lang, id: &str, source: &str) -> Vec<Form> {
    examples::renderings(lang, id, source)
        .unwrap_or_default()
        .into_iter()
        .map(|r| Form {
            choices: r.choices,
            text: r.text,
        })
        .collect()
}

pub fn message(
    lang: Lang,
    id: &str,
    state: Option<MessageState>,
    history: Vec<WordingEvent>,
    index: &PageIndex,
) -> Option<MessageView> {
    let entry = catalog().get(lang, id)?;
    let source = state
        .as_ref()
        .and_then(|s| s.accepted.clone())
        .unwrap_or_else(|| entry.source.clone());
    let dutch_source = catalog().get(Lang::NL, id).map(|e| e.source.clone());
    let mut pages: Vec<(String, Vec<Reader>)> = vec![];
    for page in &index.pages {
        if !page.messages.iter().any(|m| m == id) {
            continue;
        }
        match pages.iter_mut().find(|(p, _)| *p == page.page) {
            Some((_, readers)) => {
                if !readers.contains(&page.reader) {
                    readers.push(page.reader);
                }
            }
            None => pages.push((page.page.clone(), vec![page.reader])),
        }
    }
    for (_, readers) in &mut pages {
        readers.sort();
    }
    Some(MessageView {
        id: id.to_string(),
        file: entry.file.to_string(),
        section: entry.section.clone(),
        note: entry.note.clone(),
        forms: forms(lang, id, &source),
        dutch: (lang != Lang::NL)
            .then(|| dutch_source.as_deref().map(|s| forms(Lang::NL, id, s)))
            .flatten(),
        b1: (lang == Lang::NL).then(|| {
            b1_result(
                id,
                state.as_ref().and_then(|s| s.accepted.as_deref()),
                index,
            )
        }),
        shipped: entry.source.clone(),
        source,
        state,
        history,
        pages,
    })
}

pub fn b1_report(states: &[MessageState], index: &PageIndex) -> B1Report {
    let accepted: HashMap<&str, &str> = states
        .iter()
        .filter_map(|s| Some((s.id.as_str(), s.accepted.as_deref()?)))
        .collect();
    let mut rules: Vec<(String, Vec<(String, String, B1Result)>)> = Rule::ALL
        .iter()
        .map(|r| (r.key().to_string(), vec![]))
        .collect();
    let (mut failing, mut passive, mut nominal) = (0, 0, 0);
    let entries = catalog().entries(Lang::NL);
    for entry in entries {
        let source = accepted.get(entry.id.as_str()).copied();
        let r = b1_result(&entry.id, source, index);
        passive += usize::from(!r.passive.is_empty());
        nominal += usize::from(!r.nominal.is_empty());
        if r.failures.is_empty() {
            continue;
        }
        failing += 1;
        let text = examples::renderings(Lang::NL, &entry.id, source.unwrap_or(&entry.source))
            .ok()
            .and_then(|f| f.into_iter().next())
            .map(|f| f.text)
            .unwrap_or_default();
        for key in &r.failures {
            if let Some((_, list)) = rules.iter_mut().find(|(k, _)| k == key) {
                list.push((entry.id.clone(), text.clone(), r.clone()));
            }
        }
    }
    B1Report {
        rules,
        messages: entries.len(),
        failing,
        passive,
        nominal,
    }
}
