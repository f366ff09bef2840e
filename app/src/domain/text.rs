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

/// Bidirectional overrides can make a text read differently from what is stored.
fn is_invisible_format(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
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
}
