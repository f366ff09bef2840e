//! Ids are random UUIDs in their 36-character text form. Anything else in a URL or form is
//! refused before it reaches SQL (PostgreSQL, for one, rejects a NUL byte with an error).

/// Whether `text` is a UUID in canonical text form (8-4-4-4-12 hex digits).
pub fn is_valid_id(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 36
        && bytes.iter().enumerate().all(|(i, b)| match i {
            8 | 13 | 18 | 23 => *b == b'-',
            _ => b.is_ascii_hexdigit(),
        })
}

#[cfg(test)]
mod tests {
    use super::is_valid_id;

    #[test]
    fn canonical_uuids_are_valid() {
        assert!(is_valid_id("dfab8d6a-b994-45d1-9059-dab275019d3d"));
        assert!(is_valid_id("00000000-0000-4000-8000-000000000000"));
    }

    #[test]
    fn anything_else_is_refused() {
        for bad in [
            "",
            "123",
            "dfab8d6a-b994-45d1-9059-dab275019d3",
            "dfab8d6a-b994-45d1-9059-dab275019d3dd",
            "dfab8d6ab99445d19059dab275019d3d0000",
            "dfab8d6a-b994-45d1-9059-dab27501\0d3d",
            "gfab8d6a-b994-45d1-9059-dab275019d3d",
            "' OR 1=1 --",
        ] {
            assert!(!is_valid_id(bad), "{bad:?}");
        }
    }
}
