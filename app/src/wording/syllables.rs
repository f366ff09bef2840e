//! Dutch syllables, for the readability score. Two counts, the larger wins: the breaks that
//! Dutch hyphenation patterns (TeX's hyph-nl, Knuth-Liang) find, which know compounds and
//! vowels that meet across a break (be-ant-woor-den); and the groups of vowels, which catch the
//! short edges hyphenation never breaks (o-ver, a-pen). "ij" and the vowel pairs are one sound;
//! a diaeresis starts a new syllable (i-dee-ën).

use std::sync::OnceLock;

use hyphenation::{Hyphenator, Language, Load, Standard};

fn dictionary() -> Option<&'static Standard> {
    static DICT: OnceLock<Option<Standard>> = OnceLock::new();
    DICT.get_or_init(|| {
        let mut dict = Standard::from_embedded(Language::Dutch).ok()?;
        // Syllables, not line breaks: a single letter at either end is a syllable too.
        dict.minima = (1, 1);
        Some(dict)
    })
    .as_ref()
}

fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'e'
            | 'i'
            | 'o'
            | 'u'
            | 'y'
            | 'á'
            | 'é'
            | 'í'
            | 'ó'
            | 'ú'
            | 'à'
            | 'è'
            | 'â'
            | 'ê'
            | 'î'
            | 'ô'
            | 'û'
    ) || has_diaeresis(c)
}

fn has_diaeresis(c: char) -> bool {
    matches!(c, 'ë' | 'ï' | 'ö' | 'ü' | 'ä')
}

/// Groups of vowels; a vowel with a diaeresis begins a group of its own.
pub fn vowel_groups(word: &str) -> usize {
    let mut groups = 0;
    let mut in_group = false;
    for c in word.to_lowercase().chars() {
        if is_vowel(c) {
            if !in_group || has_diaeresis(c) {
                groups += 1;
            }
            in_group = true;
        } else {
            in_group = false;
        }
    }
    groups
}

/// The pieces Dutch hyphenation cuts a word into (1 when it cannot cut, or has no dictionary).
pub fn hyphen_pieces(word: &str) -> usize {
    let lower = word.to_lowercase();
    dictionary().map_or(1, |d| d.hyphenate(&lower).breaks.len() + 1)
}

/// The number of syllables of a Dutch word (at least 1 for a word with letters).
pub fn syllables(word: &str) -> usize {
    if !word.chars().any(char::is_alphabetic) {
        return 0;
    }
    vowel_groups(word).max(hyphen_pieces(word)).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_words_have_their_syllables() {
        for (word, n) in [
            ("kind", 1),
            ("eeuw", 1),
            ("over", 2),
            ("vrijdag", 2),
            ("rechter", 2),
            ("ideeën", 3),
            ("beantwoorden", 4),
            ("vertrouwenspersoon", 5),
            ("ondertoezichtstelling", 6),
            ("jeugdbeschermingstafel", 6),
            ("Raad", 1),
            ("coördinatie", 5),
        ] {
            assert_eq!(syllables(word), n, "{word}");
        }
        assert_eq!(syllables("0800"), 0);
    }
}
