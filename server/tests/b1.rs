//! Taalniveau B1 for every Dutch message, in the test command: a message that newly fails a
//! rule fails the run, and so does a baseline entry that no longer fails, so the list of
//! today's known cases can only shrink. The rules are `app::wording::b1`'s, measured as the
//! workspace's report measures them (each form with example values; jargon judged on the
//! example pages, where it must be a link to Begrippen).
//!
//! `HELDER_B1_BASELINE=write cargo test --test black_box b1::` writes the baseline anew (after a change
//! that fixes messages, or once when the rules change; say why in the commit).

use crate::common;

use std::collections::BTreeMap;
use std::path::PathBuf;

fn baseline_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../locales/b1-baseline.txt")
}

fn parse(text: &str) -> BTreeMap<String, Vec<String>> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let (id, rules) = l.split_once(':')?;
            Some((
                id.trim().to_string(),
                rules
                    .split(',')
                    .map(|r| r.trim().to_string())
                    .filter(|r| !r.is_empty())
                    .collect(),
            ))
        })
        .collect()
}

fn write(failures: &BTreeMap<String, Vec<String>>) -> String {
    let mut out = String::from(
        "# Dutch messages that fail a B1 rule today (server/tests/b1.rs). This list may only\n\
         # shrink: a new failure fails the test command, and so does a line that no longer fails.\n\
         # Rules: long-sentence (> 20 words), score (Flesch-Douma < 60), long-word (6+ syllables),\n\
         # jargon (a chain term on an example page without a link to Begrippen).\n",
    );
    for (id, rules) in failures {
        out.push_str(&format!("{id}: {}\n", rules.join(", ")));
    }
    out
}

#[tokio::test]
async fn no_dutch_message_newly_fails_b1_and_the_baseline_only_shrinks() {
    let app = common::spawn_app(false).await;
    let index = app
        .services
        .review()
        .page_index()
        .await
        .expect("the example pages are indexed");
    assert!(
        index.pages.len() > 40,
        "{} pages indexed",
        index.pages.len()
    );
    let failures = app::views::review::b1_failures(&index);
    if std::env::var("HELDER_B1_BASELINE").is_ok_and(|v| v == "write") {
        std::fs::write(baseline_path(), write(&failures)).expect("write the baseline");
        return;
    }
    let baseline = parse(&std::fs::read_to_string(baseline_path()).unwrap_or_default());
    let mut newly = vec![];
    for (id, rules) in &failures {
        let known = baseline.get(id).cloned().unwrap_or_default();
        for rule in rules {
            if !known.contains(rule) {
                let m = app::views::review::b1_result(id, None, &index);
                newly.push(format!(
                    "{id}: {rule} (longest sentence {} words, score {:?}, long words {:?}, unlinked {:?})",
                    m.longest_sentence, m.score, m.long_words, m.unlinked
                ));
            }
        }
    }
    let mut fixed = vec![];
    for (id, rules) in &baseline {
        let now = failures.get(id).cloned().unwrap_or_default();
        for rule in rules {
            if !now.contains(rule) {
                fixed.push(format!("{id}: {rule}"));
            }
        }
    }
    assert!(
        newly.is_empty(),
        "Dutch messages that newly fail B1 (write them in plain words, see /teksten/b1):\n{}",
        newly.join("\n")
    );
    assert!(
        fixed.is_empty(),
        "these pass B1 now: take them out of locales/b1-baseline.txt\n{}",
        fixed.join("\n")
    );
}

#[test]
fn the_baseline_file_reads_back_as_written() {
    let mut failures = BTreeMap::new();
    failures.insert(
        "a".to_string(),
        vec!["score".to_string(), "jargon".to_string()],
    );
    assert_eq!(parse(&write(&failures)), failures);
}
