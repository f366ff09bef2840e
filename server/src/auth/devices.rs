//! A rough name for the browser and system of a session, from its User-Agent, so a person can
//! recognise "Chrome op Android" in their list of sessions. Nothing more is kept or shown.

/// (browser, system) as Fluent key suffixes.
pub fn classify(user_agent: &str) -> (&'static str, &'static str) {
    let ua = user_agent.to_ascii_lowercase();
    let browser = if ua.contains("edg/") {
        "edge"
    } else if ua.contains("firefox/") {
        "firefox"
    } else if ua.contains("chrome/") || ua.contains("chromium/") || ua.contains("crios/") {
        "chrome"
    } else if ua.contains("safari/") {
        "safari"
    } else {
        "other"
    };
    let system = if ua.contains("android") {
        "android"
    } else if ua.contains("iphone") || ua.contains("ipad") {
        "ios"
    } else if ua.contains("windows") {
        "windows"
    } else if ua.contains("mac os x") {
        "macos"
    } else if ua.contains("linux") {
        "linux"
    } else {
        "other"
    };
    (browser, system)
}

#[cfg(test)]
mod tests {
    use super::classify;

    #[test]
    fn common_browsers_are_recognised() {
        assert_eq!(
            classify("Mozilla/5.0 (Linux; Android 14; SM-A146P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36"),
            ("chrome", "android")
        );
        assert_eq!(
            classify("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1"),
            ("safari", "ios")
        );
        assert_eq!(
            classify("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36 Edg/130.0"),
            ("edge", "windows")
        );
        assert_eq!(classify(""), ("other", "other"));
    }
}
