//! Activation codes: how they look and how typed input is read. Drawing the random code is the
//! server's job; this is the shared, pure part.
//!
//! 16 symbols of Crockford's base32 carry 80 bits (the issue asks for at least 64). Shown in
//! four groups of four, without letters that are easily confused; when reading input, the
//! look-alikes are forgiven (O → 0, I and L → 1), and spaces, dashes and case do not matter.

/// Crockford's base32 alphabet: no I, L, O or U.
pub const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Symbols in a code (5 bits each).
pub const LENGTH: usize = 16;
pub const BITS: usize = LENGTH * 5;

/// A code from 16 random bytes' worth of symbols: each byte picks a symbol (`byte % 32`, and
/// 256 is a multiple of 32, so every symbol is equally likely).
pub fn from_random(bytes: &[u8; LENGTH]) -> String {
    bytes
        .iter()
        .map(|b| ALPHABET[usize::from(b % 32)] as char)
        .collect()
}

/// The canonical form of typed input, or `None` when it cannot be a code (wrong length or a
/// symbol outside the alphabet). Says nothing about whether the code exists.
pub fn normalise(input: &str) -> Option<String> {
    let mut out = String::with_capacity(LENGTH);
    for c in input.chars() {
        let c = match c.to_ascii_uppercase() {
            ' ' | '-' | '\u{a0}' | '\t' => continue,
            'O' => '0',
            'I' | 'L' => '1',
            c if c.is_ascii() && ALPHABET.contains(&(c as u8)) => c,
            _ => return None,
        };
        if out.len() == LENGTH {
            return None;
        }
        out.push(c);
    }
    (out.len() == LENGTH).then_some(out)
}

/// "K7QM-3XRT-9PDW-H2FN": four groups, for reading aloud and typing over from a letter.
pub fn grouped(code: &str) -> String {
    code.as_bytes()
        .chunks(4)
        .map(|g| String::from_utf8_lossy(g).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_carries_at_least_64_bits() {
        assert!(BITS >= 64);
        assert_eq!(ALPHABET.len(), 32);
    }

    #[test]
    fn every_byte_maps_into_the_alphabet() {
        let code = from_random(&[255; LENGTH]);
        assert_eq!(code.len(), LENGTH);
        assert!(code.bytes().all(|b| ALPHABET.contains(&b)));
    }

    #[test]
    fn typed_input_is_forgiving_about_case_spacing_and_look_alikes() {
        let code = "K7QM3XRT9PDWH2FN";
        assert_eq!(normalise("k7qm-3xrt-9pdw-h2fn").as_deref(), Some(code));
        assert_eq!(normalise(" K7QM 3XRT 9PDW H2FN ").as_deref(), Some(code));
        assert_eq!(
            normalise("OOOO-IIII-LLLL-0000").as_deref(),
            Some("0000111111110000")
        );
    }

    #[test]
    fn input_that_cannot_be_a_code_is_refused() {
        assert_eq!(normalise(""), None);
        assert_eq!(normalise("K7QM-3XRT-9PDW"), None);
        assert_eq!(normalise("K7QM-3XRT-9PDW-H2FN-A"), None);
        assert_eq!(
            normalise("K7QM-3XRT-9PDW-H2FU"),
            None,
            "U is not in the alphabet"
        );
        assert_eq!(normalise("K7QM-3XRT-9PDW-H2F€"), None);
        assert_eq!(normalise(&"A".repeat(10_000)), None);
    }

    #[test]
    fn codes_are_shown_in_four_groups() {
        assert_eq!(grouped("K7QM3XRT9PDWH2FN"), "K7QM-3XRT-9PDW-H2FN");
    }
}
