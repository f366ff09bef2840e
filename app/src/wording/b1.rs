//! Taalniveau B1 checks for Dutch: the same rules for the review workspace's report and for
//! the test command (which fails when a message newly fails one).
//!
//! What B1 asks of a text (Rijksoverheid's Taalkompas, Direct Duidelijk): short sentences (15
//! words on average, none much over 20), common short words, active sentences with verbs rather
//! than nouns made of verbs, and the chain's jargon explained where it is used. The checks:
//! - **long sentence**: a sentence of more than [`MAX_SENTENCE_WORDS`] words fails;
//! - **readability**: Flesch-Douma (the Dutch Flesch formula, 206.835 − 0.93 × words per
//!   sentence − 77 × syllables per word) below [`MIN_SCORE`] fails, for texts of at least
//!   [`MIN_WORDS_FOR_SCORE`] words (a score of a short text says little);
//! - **long word**: a word of [`LONG_WORD_SYLLABLES`] or more syllables fails, unless it is a
//!   glossary term (explained on Begrippen) or a name;
//! - **jargon**: a term of the [`jargon`] list found in the text; whether it is linked to the
//!   glossary where families read it is for the caller, who knows the page (see
//!   `Rule::JargonUnlinked`);
//! - hints that do not fail: passive voice (a form of *worden* with a past participle) and
//!   nominalisation (nouns on -ing, -heid, -atie made of verbs and adjectives).

use crate::wording::syllables::syllables;

pub const MAX_SENTENCE_WORDS: usize = 20;
pub const MIN_SCORE: f64 = 60.0;
pub const MIN_WORDS_FOR_SCORE: usize = 15;
pub const LONG_WORD_SYLLABLES: usize = 6;

/// A rule a message can fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rule {
    LongSentence,
    Score,
    LongWord,
    /// A jargon term shown without a link to its explanation.
    JargonUnlinked,
}

impl Rule {
    pub const ALL: [Rule; 4] = [
        Rule::LongSentence,
        Rule::Score,
        Rule::LongWord,
        Rule::JargonUnlinked,
    ];

    pub const fn key(self) -> &'static str {
        match self {
            Rule::LongSentence => "long-sentence",
            Rule::Score => "score",
            Rule::LongWord => "long-word",
            Rule::JargonUnlinked => "jargon",
        }
    }

    pub fn from_key(key: &str) -> Option<Rule> {
        Rule::ALL.into_iter().find(|r| r.key() == key)
    }
}

/// Chain words a family needs explained. The glossary's own forms come first (`term-*-forms`,
/// passed in); these are the ones it has no entry for yet.
pub const JARGON_EXTRA: &[&str] = &[
    "machtiging",
    "casusregie",
    "veiligheidsbeoordeling",
    "gezinsvoogd",
    "voogdij",
    "gezagsbeëindiging",
    "perspectiefbesluit",
    "contra-expertise",
    "bijzondere curator",
    "griffie",
];

/// What was measured in one text.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Measure {
    pub sentences: usize,
    pub words: usize,
    pub syllables: usize,
    pub longest_sentence: usize,
    /// Flesch-Douma, for a text long enough to score.
    pub score: Option<f64>,
    pub long_words: Vec<String>,
    pub passive: Vec<String>,
    pub nominal: Vec<String>,
    pub jargon: Vec<String>,
}

impl Measure {
    /// The rules this text fails by itself (jargon is judged where it is shown).
    pub fn failures(&self) -> Vec<Rule> {
        let mut out = vec![];
        if self.longest_sentence > MAX_SENTENCE_WORDS {
            out.push(Rule::LongSentence);
        }
        if self.score.is_some_and(|s| s < MIN_SCORE) {
            out.push(Rule::Score);
        }
        if !self.long_words.is_empty() {
            out.push(Rule::LongWord);
        }
        out
    }
}

/// Flesch-Douma of a text with these counts.
pub fn flesch_douma(words: usize, sentences: usize, syllables: usize) -> f64 {
    if words == 0 || sentences == 0 {
        return 100.0;
    }
    206.835 - 0.93 * (words as f64 / sentences as f64) - 77.0 * (syllables as f64 / words as f64)
}

const ABBREVIATIONS: &[&str] = &[
    "bijv", "bv", "o.a", "ca", "nr", "enz", "d.w.z", "t/m", "z.s.m",
];

/// The sentences of a text: ended by . ! ? (not in a number or an abbreviation) or a line end.
pub fn sentences(text: &str) -> Vec<String> {
    let mut out = vec![];
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c == '\n' {
            push_sentence(&mut out, &mut current);
            continue;
        }
        current.push(c);
        if matches!(c, '.' | '!' | '?') {
            let next = chars.get(i + 1).copied();
            let ends = next.is_none_or(|n| n.is_whitespace() || n == '"' || n == '’' || n == ')');
            let last_word = current
                .trim_end_matches(['.', '!', '?'])
                .rsplit(char::is_whitespace)
                .next()
                .unwrap_or("")
                .to_lowercase();
            if ends && !ABBREVIATIONS.contains(&last_word.as_str()) {
                push_sentence(&mut out, &mut current);
            }
        }
    }
    push_sentence(&mut out, &mut current);
    out
}

fn push_sentence(out: &mut Vec<String>, current: &mut String) {
    let s = current.trim();
    if words(s).next().is_some() {
        out.push(s.to_string());
    }
    current.clear();
}

/// The words of a text: runs with at least one letter, punctuation trimmed.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_whitespace() || c == '/')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().any(char::is_alphabetic))
}

/// `term` as a whole word (or words) in `lower`, already lower case.
fn contains_term(lower: &str, term: &str) -> bool {
    let term = term.to_lowercase();
    lower.match_indices(&term).any(|(i, _)| {
        let before = lower[..i].chars().next_back();
        let after = lower[i + term.len()..].chars().next();
        before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
    })
}

const WORDEN: &[&str] = &["word", "wordt", "worden", "werd", "werden", "geworden"];
const PARTICIPLE_PREFIXES: &[&str] = &["ge", "be", "ver", "ont", "her", "er"];

fn looks_like_participle(word: &str) -> bool {
    let w = word.to_lowercase();
    w.len() > 5
        && PARTICIPLE_PREFIXES.iter().any(|p| w.starts_with(p))
        && (w.ends_with('d') || w.ends_with('t') || w.ends_with("en"))
}

fn looks_nominal(word: &str) -> bool {
    let w = word.to_lowercase();
    w.chars().count() > 8
        && ["ering", "heid", "atie", "ing"]
            .iter()
            .any(|s| w.ends_with(s))
}

/// Measure one Dutch text. `glossary` holds the terms Begrippen explains (lower case
/// comparison, whole words); they count as jargon but never as long words.
pub fn measure(text: &str, glossary: &[String]) -> Measure {
    let lower = text.to_lowercase();
    let sentences = sentences(text);
    let mut m = Measure {
        sentences: sentences.len(),
        ..Measure::default()
    };
    for sentence in &sentences {
        let ws: Vec<&str> = words(sentence).collect();
        m.words += ws.len();
        m.longest_sentence = m.longest_sentence.max(ws.len());
        let mut has_worden = false;
        for (i, w) in ws.iter().enumerate() {
            m.syllables += syllables(w);
            let lw = w.to_lowercase();
            has_worden |= WORDEN.contains(&lw.as_str());
            // A name or an abbreviation mid-sentence is no word a reader has to parse.
            let capital_mid = i > 0 && w.chars().next().is_some_and(char::is_uppercase);
            let is_term = glossary
                .iter()
                .any(|t| t.to_lowercase().split_whitespace().any(|part| part == lw));
            if !capital_mid && !is_term && syllables(w) >= LONG_WORD_SYLLABLES {
                push_once(&mut m.long_words, w);
            }
            if looks_nominal(w) && !is_term {
                push_once(&mut m.nominal, w);
            }
        }
        if has_worden && ws.iter().any(|w| looks_like_participle(w)) {
            m.passive.push(sentence.clone());
        }
    }
    if m.words >= MIN_WORDS_FOR_SCORE {
        m.score = Some(flesch_douma(m.words, m.sentences, m.syllables));
    }
    for term in glossary
        .iter()
        .map(String::as_str)
        .chain(JARGON_EXTRA.iter().copied())
    {
        if contains_term(&lower, term) {
            push_once(&mut m.jargon, term);
        }
    }
    m
}

fn push_once(list: &mut Vec<String>, item: &str) {
    if !list.iter().any(|x| x == item) {
        list.push(item.to_string());
    }
}

/// Jargon terms that `html` (a text as a page shows it) has outside a glossary link
/// (`<a class="term" …>`).
pub fn unlinked_terms(html: &str, terms: &[String]) -> Vec<String> {
    // The text outside term links, tags removed.
    let mut outside = String::new();
    let mut rest = html;
    let mut in_term = 0usize;
    while let Some(lt) = rest.find('<') {
        if in_term == 0 {
            outside.push_str(&rest[..lt]);
        }
        outside.push(' ');
        let gt = rest[lt..].find('>').map_or(rest.len(), |g| lt + g + 1);
        let tag = &rest[lt..gt];
        if tag.starts_with("<a ") && tag.contains("class=\"term\"") {
            in_term += 1;
        } else if tag.starts_with("</a") && in_term > 0 {
            in_term -= 1;
        }
        rest = &rest[gt..];
    }
    if in_term == 0 {
        outside.push_str(rest);
    }
    let lower = outside.to_lowercase();
    terms
        .iter()
        .filter(|t| contains_term(&lower, t))
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glossary() -> Vec<String> {
        ["OTS", "ondertoezichtstelling", "raadsonderzoek", "gezag"]
            .map(String::from)
            .to_vec()
    }

    #[test]
    fn sentences_end_at_their_mark_but_not_in_numbers_or_abbreviations() {
        assert_eq!(
            sentences("Bel om 10.00 uur. Of mail, bijv. vandaag! Klaar?\nNieuwe regel"),
            vec![
                "Bel om 10.00 uur.",
                "Of mail, bijv. vandaag!",
                "Klaar?",
                "Nieuwe regel"
            ]
        );
        assert_eq!(
            words("Bel 0800 2000, gratis.").collect::<Vec<_>>(),
            vec!["Bel", "gratis"]
        );
    }

    #[test]
    fn the_flesch_douma_score_of_known_sentences() {
        // "De kat zit op de mat." 6 words, 6 syllables, 1 sentence: 206.835 − 5.58 − 77.
        let short = measure("De kat zit op de mat.", &[]);
        assert_eq!((short.words, short.syllables, short.sentences), (6, 6, 1));
        assert!((flesch_douma(6, 1, 6) - 124.255).abs() < 1e-9);
        // A long official sentence scores low and is too long.
        let hard = measure(
            "De gecertificeerde instelling verzoekt de kinderrechter om verlenging van de \
             ondertoezichtstelling wegens onvoldoende vooruitgang in de ontwikkeling van de \
             minderjarige en de opvoedingssituatie.",
            &glossary(),
        );
        assert!(hard.longest_sentence > MAX_SENTENCE_WORDS, "{hard:?}");
        assert!(hard.score.expect("scored") < MIN_SCORE, "{hard:?}");
        assert!(hard.failures().contains(&Rule::LongSentence));
        assert!(hard.failures().contains(&Rule::Score));
        // The same message in B1 passes.
        let easy = measure(
            "De jeugdbeschermer vraagt de rechter om meer tijd. Het gaat nog niet goed genoeg \
             thuis. Daarom moet de hulp langer duren.",
            &glossary(),
        );
        assert_eq!(easy.failures(), vec![], "{easy:?}");
        assert!(easy.score.expect("scored") >= MIN_SCORE);
    }

    #[test]
    fn long_words_fail_unless_they_are_glossary_terms_or_names() {
        let m = measure("Er komt een ondertoezichtstelling.", &glossary());
        assert_eq!(m.long_words, Vec::<String>::new());
        assert_eq!(m.jargon, vec!["ondertoezichtstelling"]);
        let m = measure("Lees de opvoedingsondersteuningsafspraken.", &glossary());
        assert_eq!(m.long_words, vec!["opvoedingsondersteuningsafspraken"]);
        assert_eq!(m.failures(), vec![Rule::LongWord]);
    }

    #[test]
    fn passive_sentences_and_nominalisations_are_hints() {
        let m = measure("Het besluit wordt genomen door de rechter.", &[]);
        assert_eq!(m.passive.len(), 1);
        assert_eq!(m.failures(), vec![]);
        let m = measure("De rechter neemt het besluit.", &[]);
        assert!(m.passive.is_empty());
        let m = measure("Na de beoordeling volgt de behandeling.", &[]);
        assert_eq!(m.nominal, vec!["beoordeling", "behandeling"]);
    }

    #[test]
    fn jargon_is_found_as_whole_words_and_judged_linked_or_not() {
        let terms = glossary();
        let m = measure("De OTS en het gezag. Gezagsdrager telt niet.", &terms);
        assert_eq!(m.jargon, vec!["OTS", "gezag"]);
        let m = measure("Een machtiging van de rechter.", &terms);
        assert_eq!(m.jargon, vec!["machtiging"]);
        assert_eq!(
            unlinked_terms(
                "Er komt een <a class=\"term\" href=\"/begrippen#term-ots\">OTS</a>. Het gezag blijft.",
                &terms
            ),
            vec!["gezag"]
        );
        assert_eq!(
            unlinked_terms("<a class=\"term\" href=\"#\">OTS</a>", &terms),
            Vec::<String>::new()
        );
    }
}
