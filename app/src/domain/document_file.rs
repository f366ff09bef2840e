//! What a document's file may be, and how it is named when someone downloads it. Pure rules:
//! the console's upload, the integration API and the download route share them.

/// The largest file taken: a plan or report of many pages, scanned, stays well under it.
pub const FILE_MAX: usize = 10 * 1024 * 1024;

/// The one kind of file taken. A PDF opens on every phone without an extra app, and it is the
/// kind case systems export.
pub const PDF: &str = "application/pdf";

/// Why a file is refused, as the id of the message that says so.
pub fn check_pdf(bytes: &[u8]) -> Result<(), &'static str> {
    if bytes.is_empty() {
        return Err("error-file-missing");
    }
    if bytes.len() > FILE_MAX {
        return Err("error-file-too-large");
    }
    // The type a browser or client claims is not proof; the file's own first bytes are.
    if !bytes.starts_with(b"%PDF-") {
        return Err("error-file-not-pdf");
    }
    Ok(())
}

/// The name a file is stored and offered under: the last part of what was sent (some browsers
/// send a whole path), without control characters, quotes or separators, at most 100
/// characters before `.pdf`. Never empty.
pub fn clean_name(sent: &str) -> String {
    let last = sent.rsplit(['/', '\\']).next().unwrap_or_default();
    let kept: String = last
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '"' | '\'' | ';' | '<' | '>' | '%'))
        .collect();
    let trimmed = kept.trim().trim_matches('.');
    let stem = trimmed
        .strip_suffix(".pdf")
        .or_else(|| trimmed.strip_suffix(".PDF"))
        .unwrap_or(trimmed)
        .trim();
    let stem: String = stem.chars().take(100).collect();
    if stem.is_empty() {
        "document.pdf".to_string()
    } else {
        format!("{stem}.pdf")
    }
}

/// `Content-Disposition` for a download: always an attachment (never shown inline, where a
/// file could run as part of the site), with an ASCII name for old clients and the real name
/// percent-encoded (RFC 6266, RFC 8187).
pub fn content_disposition(name: &str) -> String {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .filter(|c| !matches!(c, '"' | '\\'))
        .collect();
    let mut encoded = String::new();
    for byte in name.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_pdf_of_a_sensible_size_is_taken() {
        assert_eq!(check_pdf(b"%PDF-1.7\n..."), Ok(()));
        assert_eq!(check_pdf(b""), Err("error-file-missing"));
        assert_eq!(check_pdf(b"<html>"), Err("error-file-not-pdf"));
        assert_eq!(check_pdf(b"MZ\x90\x00"), Err("error-file-not-pdf"));
        let mut big = b"%PDF-1.4".to_vec();
        big.resize(FILE_MAX + 1, b' ');
        assert_eq!(check_pdf(&big), Err("error-file-too-large"));
        big.truncate(FILE_MAX);
        assert_eq!(check_pdf(&big), Ok(()));
    }

    #[test]
    fn a_sent_name_is_cleaned() {
        assert_eq!(clean_name("Plan van aanpak.pdf"), "Plan van aanpak.pdf");
        assert_eq!(clean_name("C:\\Users\\x\\rapport.PDF"), "rapport.pdf");
        assert_eq!(clean_name("../../etc/passwd"), "passwd.pdf");
        assert_eq!(clean_name("a\"b;c\r\n.pdf"), "abc.pdf");
        assert_eq!(clean_name(""), "document.pdf");
        assert_eq!(clean_name("..."), "document.pdf");
        assert_eq!(clean_name(&"x".repeat(500)).chars().count(), 104);
    }

    #[test]
    fn a_download_is_an_attachment_with_both_names() {
        assert_eq!(
            content_disposition("Plan.pdf"),
            "attachment; filename=\"Plan.pdf\"; filename*=UTF-8''Plan.pdf"
        );
        assert_eq!(
            content_disposition("Ouders café.pdf"),
            "attachment; filename=\"Ouders caf_.pdf\"; filename*=UTF-8''Ouders%20caf%C3%A9.pdf"
        );
    }
}
