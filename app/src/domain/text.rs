//! Free text that people type: what is accepted and which message explains a refusal. Shared
//! by the page (to keep a draft and explain) and the server (which decides).

/// Why a text was refused; each maps to one translated message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextError {
    Empty,
    TooLong { max: usize },
    ControlCharacters,
}

impl TextError {
    /// The Fluent id of the message (it takes `$max` where relevant).
    pub const fn message_id(self) -> &'static str {
        match self {
            TextError::Empty => "error-text-empty",
            TextError::TooLong { .. } => "error-text-too-long",
            TextError::ControlCharacters => "error-text-control",
        }
    }

    /// The message with its argument, for a form field.
    pub fn message(self) -> crate::error::Message {
        let message = crate::error::Message::new(self.message_id());
        match self {
            TextError::TooLong { max } => message.with_arg("max", max),
            _ => message,
        }
    }
}

/// Trim, then check: not empty (unless `optional`), at most `max` characters, and no control
/// characters (a newline is allowed only when `multiline`). Markup is *not* refused — it is
/// stored as typed and always rendered escaped.
pub fn clean(
    input: &str,
    max: usize,
    multiline: bool,
    optional: bool,
) -> Result<String, TextError> {
    let text = input.trim();
    if text.is_empty() {
        return if optional {
            Ok(String::new())
        } else {
            Err(TextError::Empty)
        };
    }
    if text.chars().count() > max {
        return Err(TextError::TooLong { max });
    }
    let allowed = |c: char| !c.is_control() || (multiline && (c == '\n' || c == '\r' || c == '\t'));
    if !text.chars().all(allowed) || text.chars().any(is_invisible_format) {
        return Err(TextError::ControlCharacters);
    }
    Ok(text.replace("\r\n", "\n"))
}

/// Characters that are invisible or change how a text reads, so what a professional sees is
/// not what was stored: bidirectional overrides and marks, zero-width spaces, the byte-order
/// mark, word joiners and the Unicode line and paragraph separators (which are no newline to
/// most software, yet break a line on screen). The zero-width joiner and non-joiner stay
/// allowed: emoji and some scripts need them.
fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{061c}'
            | '\u{180e}'
            | '\u{200b}'
            | '\u{200e}'
            | '\u{200f}'
            | '\u{2028}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{feff}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_text_is_trimmed_and_kept() {
        assert_eq!(
            clean("  Telefoon van Sanne ", 60, false, false),
            Ok("Telefoon van Sanne".into())
        );
        assert_eq!(clean("a\r\nb", 60, true, false), Ok("a\nb".into()));
    }

    #[test]
    fn markup_is_kept_as_text() {
        assert_eq!(
            clean("<b>hoi</b>", 60, false, false),
            Ok("<b>hoi</b>".into())
        );
    }

    #[test]
    fn empty_long_and_control_characters_are_refused() {
        assert_eq!(clean("   ", 60, false, false), Err(TextError::Empty));
        assert_eq!(clean("   ", 60, false, true), Ok(String::new()));
        assert_eq!(
            clean(&"é".repeat(61), 60, false, false),
            Err(TextError::TooLong { max: 60 })
        );
        assert_eq!(
            clean(&"é".repeat(60), 60, false, false).map(|s| s.chars().count()),
            Ok(60)
        );
        assert_eq!(
            clean("a\u{0}b", 60, false, false),
            Err(TextError::ControlCharacters)
        );
        assert_eq!(
            clean("a\nb", 60, false, false),
            Err(TextError::ControlCharacters)
        );
        assert_eq!(
            clean("a\u{202e}b", 60, true, false),
            Err(TextError::ControlCharacters)
        );
    }

    #[test]
    fn zero_width_and_separator_characters_are_refused_but_emoji_joiners_pass() {
        for hidden in [
            '\u{200b}', '\u{200f}', '\u{feff}', '\u{2028}', '\u{2029}', '\u{2060}',
        ] {
            assert_eq!(
                clean(&format!("a{hidden}b"), 60, true, false),
                Err(TextError::ControlCharacters),
                "{:04x}",
                hidden as u32
            );
        }
        // A family emoji is three people joined by U+200D.
        let family = "\u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467}";
        assert_eq!(clean(family, 60, false, false), Ok(family.to_string()));
    }
}
