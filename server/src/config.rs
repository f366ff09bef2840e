//! One typed configuration: defaults, then an optional TOML file, then `HELDER_*` environment
//! variables (and `DATABASE_URL`). A bad value stops the server with one line that names the
//! setting and says why — never the database password.

use std::collections::HashMap;
use std::fmt;
use std::net::IpAddr;
use std::path::PathBuf;

use serde::Deserialize;

#[derive(Clone)]
pub struct Config {
    pub host: IpAddr,
    pub port: u16,
    pub database: DatabaseUrl,
    /// Fictional demo family and the "kies wie je bent" sign-in. Off unless configured.
    pub demo: bool,
    /// Where cargo-leptos put the site (`pkg/` with wasm, js and css).
    pub site_root: PathBuf,
    /// cargo-leptos's list of hashed file names (a release build); default `hash.txt` beside
    /// the server binary, where cargo-leptos writes it.
    pub hash_file: Option<PathBuf>,
    /// `Secure` cookies with the `__Host-` prefix. Browsers accept them on http://localhost
    /// and http://127.0.0.1; turn off only for plain-http testing on another host name.
    pub secure_cookies: bool,
    /// Sign out after this many minutes without a request.
    pub session_idle_minutes: u32,
    /// Where "Snel weg" (quick exit) sends a person: a neutral, everyday site (https only).
    pub quick_exit_url: String,
    /// Signed out this many hours after signing in, however active.
    pub session_absolute_hours: u32,
    /// An activation code works this many days after it is issued.
    pub activation_code_days: u32,
    /// An "ik voel me niet veilig" alert unread for this many minutes goes to the whole team.
    pub alert_escalate_minutes: u32,
    /// The address people use (`https://helder.example`): passkeys are bound to its host name,
    /// and activation letters print it. Unset: `http://localhost:<port>`, for local use.
    pub public_url: Option<String>,
    /// Where Web Push may send: push-service address prefixes (`https://fcm.googleapis.com/`),
    /// or `https://*.host/` for any sub-domain. A browser names its endpoint; the server posts
    /// only to these, never to an address of the browser's choosing.
    pub push_endpoints: Vec<String>,
    /// Reverse proxies in front of this server (their addresses as it sees them): for a
    /// request from one of them the client's address is read from `X-Forwarded-For`, so rate
    /// limits count per family, not per proxy. Empty: the header is ignored.
    pub trusted_proxies: Vec<IpAddr>,
    /// A signed-in person's page asked for again is answered from memory while nothing can
    /// have changed (`http::page_memo`). Off only to measure what it saves.
    pub page_memo: bool,
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("database", &self.database)
            .field("demo", &self.demo)
            .field("site_root", &self.site_root)
            .field("hash_file", &self.hash_file)
            .field("secure_cookies", &self.secure_cookies)
            .field("session_idle_minutes", &self.session_idle_minutes)
            .field("quick_exit_url", &self.quick_exit_url)
            .field("page_memo", &self.page_memo)
            .field("session_absolute_hours", &self.session_absolute_hours)
            .field("activation_code_days", &self.activation_code_days)
            .field("alert_escalate_minutes", &self.alert_escalate_minutes)
            .field("public_url", &self.public_url)
            .field("push_endpoints", &self.push_endpoints)
            .field("trusted_proxies", &self.trusted_proxies)
            .finish()
    }
}

/// A database URL. `Debug` and `Display` show the kind and host, never credentials.
#[derive(Clone, PartialEq, Eq)]
pub struct DatabaseUrl(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatabaseKind {
    Sqlite,
    Postgres,
}

impl DatabaseUrl {
    pub fn parse(raw: &str) -> Result<DatabaseUrl, String> {
        let raw = raw.trim();
        if raw.starts_with("sqlite:") {
            let path = raw
                .trim_start_matches("sqlite://")
                .trim_start_matches("sqlite:");
            let path = path.split('?').next().unwrap_or("");
            if path.is_empty() {
                return Err(
                    "the SQLite URL has no file path (example: sqlite://data/helder.db)".into(),
                );
            }
            Ok(DatabaseUrl(raw.to_string()))
        } else if raw.starts_with("postgres://") || raw.starts_with("postgresql://") {
            if DatabaseUrl(raw.to_string()).host().is_empty() {
                return Err("the PostgreSQL URL has no host".into());
            }
            Ok(DatabaseUrl(raw.to_string()))
        } else {
            let scheme = raw.split(':').next().unwrap_or("");
            Err(format!(
                "unsupported database '{scheme}' (use sqlite://… or postgres://…)"
            ))
        }
    }

    pub fn kind(&self) -> DatabaseKind {
        if self.0.starts_with("sqlite:") {
            DatabaseKind::Sqlite
        } else {
            DatabaseKind::Postgres
        }
    }

    /// The full URL, for connecting only. Never log it.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// SQLite: the file path. PostgreSQL: `host[:port]/database`.
    pub fn host(&self) -> String {
        match self.kind() {
            DatabaseKind::Sqlite => self
                .0
                .trim_start_matches("sqlite://")
                .trim_start_matches("sqlite:")
                .split('?')
                .next()
                .unwrap_or("")
                .to_string(),
            DatabaseKind::Postgres => {
                let rest = self.0.split_once("://").map_or("", |(_, r)| r);
                let rest = rest.rsplit_once('@').map_or(rest, |(_, r)| r);
                rest.split('?').next().unwrap_or("").to_string()
            }
        }
    }
}

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self}")
    }
}

impl fmt::Display for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind() {
            DatabaseKind::Sqlite => write!(f, "sqlite {}", self.host()),
            DatabaseKind::Postgres => write!(f, "postgres {}", self.host()),
        }
    }
}

/// Which setting was wrong and why, in one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub setting: String,
    pub reason: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "configuration error in {}: {}",
            self.setting, self.reason
        )
    }
}

impl std::error::Error for ConfigError {}

impl Default for Config {
    fn default() -> Self {
        Config {
            host: IpAddr::from([127, 0, 0, 1]),
            port: 3000,
            database: DatabaseUrl("sqlite://data/helder.db".into()),
            demo: false,
            site_root: PathBuf::from("target/site"),
            hash_file: None,
            secure_cookies: true,
            session_idle_minutes: 30,
            quick_exit_url: "https://www.nos.nl/".into(),
            session_absolute_hours: 12,
            activation_code_days: 14,
            alert_escalate_minutes: 15,
            public_url: None,
            push_endpoints: DEFAULT_PUSH_ENDPOINTS
                .iter()
                .map(|s| s.to_string())
                .collect(),
            trusted_proxies: Vec::new(),
            page_memo: true,
        }
    }
}

/// The optional file: the same settings, all optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSettings {
    host: Option<String>,
    port: Option<u16>,
    database_url: Option<String>,
    demo: Option<bool>,
    site_root: Option<String>,
    hash_file: Option<String>,
    secure_cookies: Option<bool>,
    session_idle_minutes: Option<u32>,
    quick_exit_url: Option<String>,
    session_absolute_hours: Option<u32>,
    activation_code_days: Option<u32>,
    alert_escalate_minutes: Option<u32>,
    public_url: Option<String>,
    push_endpoints: Option<Vec<String>>,
    trusted_proxies: Option<Vec<String>>,
    page_memo: Option<bool>,
}

impl Config {
    /// Load from the process environment and, if present, the file named by `HELDER_CONFIG`
    /// (or `helder.toml` in the working directory).
    pub fn load() -> Result<Config, ConfigError> {
        let env: HashMap<String, String> = std::env::vars().collect();
        let (file_name, required) = match env.get("HELDER_CONFIG") {
            Some(path) => (PathBuf::from(path), true),
            None => (PathBuf::from("helder.toml"), false),
        };
        let file = match std::fs::read_to_string(&file_name) {
            Ok(text) => Some((file_name.display().to_string(), text)),
            Err(e) if required || e.kind() != std::io::ErrorKind::NotFound => {
                return Err(ConfigError {
                    setting: "HELDER_CONFIG".into(),
                    reason: format!("cannot read {}: {e}", file_name.display()),
                })
            }
            Err(_) => None,
        };
        Config::from_sources(file.as_ref().map(|(n, t)| (n.as_str(), t.as_str())), &env)
    }

    /// Defaults → file → environment. Pure, so every rule is unit-tested.
    pub fn from_sources(
        file: Option<(&str, &str)>,
        env: &HashMap<String, String>,
    ) -> Result<Config, ConfigError> {
        let mut config = Config::default();
        if let Some((name, text)) = file {
            let settings: FileSettings = toml::from_str(text).map_err(|e| ConfigError {
                setting: name.to_string(),
                reason: e.message().to_string(),
            })?;
            config.apply_file(name, settings)?;
        }
        config.apply_env(env)?;
        Ok(config)
    }

    fn apply_file(&mut self, name: &str, s: FileSettings) -> Result<(), ConfigError> {
        let err = |key: &str, reason: String| ConfigError {
            setting: format!("{name}: {key}"),
            reason,
        };
        if let Some(host) = s.host {
            self.host = parse_host(&host).map_err(|r| err("host", r))?;
        }
        if let Some(port) = s.port {
            self.port = check_port(port).map_err(|r| err("port", r))?;
        }
        if let Some(url) = s.database_url {
            self.database = DatabaseUrl::parse(&url).map_err(|r| err("database_url", r))?;
        }
        if let Some(demo) = s.demo {
            self.demo = demo;
        }
        if let Some(root) = s.site_root {
            self.site_root = PathBuf::from(root);
        }
        if let Some(file) = s.hash_file {
            self.hash_file = Some(PathBuf::from(file));
        }
        if let Some(secure) = s.secure_cookies {
            self.secure_cookies = secure;
        }
        if let Some(memo) = s.page_memo {
            self.page_memo = memo;
        }
        if let Some(url) = s.quick_exit_url {
            self.quick_exit_url = check_exit_url(&url).map_err(|r| err("quick_exit_url", r))?;
        }
        if let Some(minutes) = s.session_idle_minutes {
            self.session_idle_minutes =
                check_minutes(minutes).map_err(|r| err("session_idle_minutes", r))?;
        }
        if let Some(hours) = s.session_absolute_hours {
            self.session_absolute_hours =
                check_range(hours, 1, 24 * 7).map_err(|r| err("session_absolute_hours", r))?;
        }
        if let Some(days) = s.activation_code_days {
            self.activation_code_days =
                check_range(days, 1, 90).map_err(|r| err("activation_code_days", r))?;
        }
        if let Some(m) = s.alert_escalate_minutes {
            self.alert_escalate_minutes =
                check_range(m, 1, 240).map_err(|r| err("alert_escalate_minutes", r))?;
        }
        if let Some(url) = s.public_url {
            self.public_url = Some(check_public_url(&url).map_err(|r| err("public_url", r))?);
        }
        if let Some(list) = s.push_endpoints {
            self.push_endpoints =
                check_push_endpoints(&list).map_err(|r| err("push_endpoints", r))?;
        }
        if let Some(list) = s.trusted_proxies {
            self.trusted_proxies = parse_addresses(list.iter().map(String::as_str))
                .map_err(|r| err("trusted_proxies", r))?;
        }
        Ok(())
    }

    fn apply_env(&mut self, env: &HashMap<String, String>) -> Result<(), ConfigError> {
        let err = |key: &str, value: &str, reason: String| ConfigError {
            setting: format!("{key}={value:?}"),
            reason,
        };
        if let Some(v) = env.get("HELDER_HOST") {
            self.host = parse_host(v).map_err(|r| err("HELDER_HOST", v, r))?;
        }
        if let Some(v) = env.get("HELDER_PORT") {
            self.port = v
                .trim()
                .parse::<u16>()
                .map_err(|_| "not a port number (1–65535)".to_string())
                .and_then(check_port)
                .map_err(|r| err("HELDER_PORT", v, r))?;
        }
        // HELDER_DATABASE_URL wins over the conventional DATABASE_URL. The value is never
        // echoed: it may hold a password.
        for key in ["DATABASE_URL", "HELDER_DATABASE_URL"] {
            if let Some(v) = env.get(key) {
                self.database = DatabaseUrl::parse(v).map_err(|reason| ConfigError {
                    setting: key.to_string(),
                    reason,
                })?;
            }
        }
        if let Some(v) = env.get("HELDER_DEMO") {
            self.demo = parse_bool(v).map_err(|r| err("HELDER_DEMO", v, r))?;
        }
        if let Some(v) = env
            .get("HELDER_SITE_ROOT")
            .or_else(|| env.get("LEPTOS_SITE_ROOT"))
        {
            self.site_root = PathBuf::from(v);
        }
        if let Some(v) = env.get("HELDER_HASH_FILE") {
            self.hash_file = Some(PathBuf::from(v));
        }
        if let Some(v) = env.get("HELDER_SECURE_COOKIES") {
            self.secure_cookies = parse_bool(v).map_err(|r| err("HELDER_SECURE_COOKIES", v, r))?;
        }
        if let Some(v) = env.get("HELDER_PAGE_MEMO") {
            self.page_memo = parse_bool(v).map_err(|r| err("HELDER_PAGE_MEMO", v, r))?;
        }
        if let Some(v) = env.get("HELDER_QUICK_EXIT_URL") {
            self.quick_exit_url =
                check_exit_url(v).map_err(|r| err("HELDER_QUICK_EXIT_URL", v, r))?;
        }
        if let Some(v) = env.get("HELDER_SESSION_IDLE_MINUTES") {
            self.session_idle_minutes = v
                .trim()
                .parse::<u32>()
                .map_err(|_| "not a whole number of minutes".to_string())
                .and_then(check_minutes)
                .map_err(|r| err("HELDER_SESSION_IDLE_MINUTES", v, r))?;
        }
        if let Some(v) = env.get("HELDER_SESSION_ABSOLUTE_HOURS") {
            self.session_absolute_hours =
                parse_number(v)
                    .and_then(|n| check_range(n, 1, 24 * 7))
                    .map_err(|r| err("HELDER_SESSION_ABSOLUTE_HOURS", v, r))?;
        }
        if let Some(v) = env.get("HELDER_ACTIVATION_CODE_DAYS") {
            self.activation_code_days = parse_number(v)
                .and_then(|n| check_range(n, 1, 90))
                .map_err(|r| err("HELDER_ACTIVATION_CODE_DAYS", v, r))?;
        }
        if let Some(v) = env.get("HELDER_ALERT_ESCALATE_MINUTES") {
            self.alert_escalate_minutes = parse_number(v)
                .and_then(|n| check_range(n, 1, 240))
                .map_err(|r| err("HELDER_ALERT_ESCALATE_MINUTES", v, r))?;
        }
        if let Some(v) = env.get("HELDER_PUBLIC_URL") {
            self.public_url =
                Some(check_public_url(v).map_err(|r| err("HELDER_PUBLIC_URL", v, r))?);
        }
        if let Some(v) = env.get("HELDER_PUSH_ENDPOINTS") {
            let list: Vec<String> = v
                .split(',')
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect();
            self.push_endpoints =
                check_push_endpoints(&list).map_err(|r| err("HELDER_PUSH_ENDPOINTS", v, r))?;
        }
        if let Some(v) = env.get("HELDER_TRUSTED_PROXIES") {
            self.trusted_proxies = parse_addresses(v.split(',').filter(|s| !s.trim().is_empty()))
                .map_err(|r| err("HELDER_TRUSTED_PROXIES", v, r))?;
        }
        Ok(())
    }
}

/// The push services of the common browsers (Chrome, Firefox, Edge, Safari).
pub const DEFAULT_PUSH_ENDPOINTS: &[&str] = &[
    "https://fcm.googleapis.com/",
    "https://updates.push.services.mozilla.com/",
    "https://*.notify.windows.com/",
    "https://web.push.apple.com/",
];

fn check_push_endpoints(list: &[String]) -> Result<Vec<String>, String> {
    for prefix in list {
        let ok = (prefix.starts_with("https://") || prefix.starts_with("http://"))
            && prefix.ends_with('/')
            && prefix.matches('/').count() >= 3;
        if !ok {
            return Err(format!(
                "{prefix:?} is not an address prefix like https://push.example/"
            ));
        }
    }
    Ok(list.to_vec())
}

/// IP addresses, one per entry (a proxy's own address, not a network).
fn parse_addresses<'a>(list: impl Iterator<Item = &'a str>) -> Result<Vec<IpAddr>, String> {
    list.map(|v| {
        v.trim()
            .parse::<IpAddr>()
            .map(|a| a.to_canonical())
            .map_err(|_| format!("{:?} is not an IP address (example: 10.0.0.2)", v.trim()))
    })
    .collect()
}

fn parse_host(v: &str) -> Result<IpAddr, String> {
    v.trim()
        .parse::<IpAddr>()
        .map_err(|_| "not an IP address (example: 127.0.0.1)".to_string())
}

fn check_port(port: u16) -> Result<u16, String> {
    if port == 0 {
        Err("port 0 is not allowed; choose 1–65535".into())
    } else {
        Ok(port)
    }
}

/// An https URL with a host and nothing that could break out of a header or an attribute.
fn check_exit_url(v: &str) -> Result<String, String> {
    let v = v.trim();
    let host = v
        .strip_prefix("https://")
        .map(|r| r.split('/').next().unwrap_or(""));
    match host {
        Some(h)
            if !h.is_empty()
                && v.chars()
                    .all(|c| c.is_ascii_graphic() && c != '"' && c != '\'') =>
        {
            Ok(v.to_string())
        }
        _ => Err("must be an https:// address of a neutral website".into()),
    }
}

fn check_minutes(minutes: u32) -> Result<u32, String> {
    if (1..=24 * 60).contains(&minutes) {
        Ok(minutes)
    } else {
        Err("must be between 1 and 1440 minutes".into())
    }
}

fn parse_number(v: &str) -> Result<u32, String> {
    v.trim()
        .parse::<u32>()
        .map_err(|_| "not a whole number".to_string())
}

fn check_range(n: u32, min: u32, max: u32) -> Result<u32, String> {
    if (min..=max).contains(&n) {
        Ok(n)
    } else {
        Err(format!("must be between {min} and {max}"))
    }
}

/// `https://host[:port]` (or `http://localhost[:port]` for local use), without a path: a
/// passkey is bound to this host name, so it must be the name people type.
fn check_public_url(v: &str) -> Result<String, String> {
    let v = v.trim().trim_end_matches('/');
    let rest = v
        .strip_prefix("https://")
        .or_else(|| {
            v.strip_prefix("http://")
                .filter(|r| r.starts_with("localhost"))
        })
        .ok_or("must start with https:// (http:// only for localhost)")?;
    let host = rest.split(':').next().unwrap_or("");
    let valid_host = !host.is_empty()
        && host.parse::<IpAddr>().is_err()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
    if !valid_host || rest.contains('/') {
        return Err("must be a host name without a path, e.g. https://helder.example (passkeys do not work on an IP address)".into());
    }
    Ok(v.to_string())
}

fn parse_bool(v: &str) -> Result<bool, String> {
    match v.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Ok(true),
        "0" | "false" | "no" | "off" => Ok(false),
        _ => Err("use true or false".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn defaults_are_sqlite_on_localhost_3000_without_demo() {
        let c = Config::from_sources(None, &env(&[])).unwrap();
        assert_eq!(c.port, 3000);
        assert_eq!(c.host.to_string(), "127.0.0.1");
        assert_eq!(c.database.kind(), DatabaseKind::Sqlite);
        assert!(!c.demo);
    }

    #[test]
    fn environment_overrides_the_file() {
        let file = "port = 4000\ndemo = true\n";
        let c = Config::from_sources(
            Some(("helder.toml", file)),
            &env(&[("HELDER_PORT", "5000")]),
        )
        .unwrap();
        assert_eq!(c.port, 5000);
        assert!(c.demo);
    }

    #[test]
    fn a_bad_port_names_the_variable_and_the_reason() {
        let e = Config::from_sources(None, &env(&[("HELDER_PORT", "abc")])).unwrap_err();
        assert_eq!(
            e.to_string(),
            "configuration error in HELDER_PORT=\"abc\": not a port number (1–65535)"
        );
        assert!(Config::from_sources(None, &env(&[("HELDER_PORT", "0")])).is_err());
        assert!(Config::from_sources(None, &env(&[("HELDER_PORT", "70000")])).is_err());
    }

    #[test]
    fn an_unknown_file_key_is_refused() {
        let e = Config::from_sources(Some(("helder.toml", "prot = 1\n")), &env(&[])).unwrap_err();
        assert!(e.setting.starts_with("helder.toml"), "{e}");
    }

    #[test]
    fn postgres_is_selected_by_url_and_the_password_never_shows() {
        let c = Config::from_sources(
            None,
            &env(&[(
                "DATABASE_URL",
                "postgres://helder:s3cret@db.example:5432/helder",
            )]),
        )
        .unwrap();
        assert_eq!(c.database.kind(), DatabaseKind::Postgres);
        let shown = format!("{:?} {} {:?}", c.database, c.database, c);
        assert!(!shown.contains("s3cret"), "{shown}");
        assert!(shown.contains("db.example:5432/helder"), "{shown}");
    }

    #[test]
    fn an_unsupported_database_is_refused_without_echoing_the_url() {
        let e =
            Config::from_sources(None, &env(&[("DATABASE_URL", "mysql://u:pw@h/db")])).unwrap_err();
        assert_eq!(e.setting, "DATABASE_URL");
        assert!(!e.to_string().contains("pw"));
    }

    #[test]
    fn helder_database_url_wins_over_database_url() {
        let c = Config::from_sources(
            None,
            &env(&[
                ("DATABASE_URL", "postgres://h/db"),
                ("HELDER_DATABASE_URL", "sqlite://x.db"),
            ]),
        )
        .unwrap();
        assert_eq!(c.database.kind(), DatabaseKind::Sqlite);
    }

    #[test]
    fn the_quick_exit_address_must_be_https() {
        assert!(Config::from_sources(
            None,
            &env(&[("HELDER_QUICK_EXIT_URL", "http://x.example/")])
        )
        .is_err());
        assert!(Config::from_sources(
            None,
            &env(&[("HELDER_QUICK_EXIT_URL", "javascript:alert(1)")])
        )
        .is_err());
        let c = Config::from_sources(
            None,
            &env(&[("HELDER_QUICK_EXIT_URL", "https://weer.example/vandaag")]),
        )
        .unwrap();
        assert_eq!(c.quick_exit_url, "https://weer.example/vandaag");
    }

    #[test]
    fn trusted_proxies_are_addresses_from_the_environment_or_the_file() {
        let c = Config::from_sources(
            None,
            &env(&[("HELDER_TRUSTED_PROXIES", " 10.0.0.2, ::1 ,")]),
        )
        .unwrap();
        assert_eq!(
            c.trusted_proxies,
            vec![
                IpAddr::from([10, 0, 0, 2]),
                "::1".parse::<IpAddr>().unwrap()
            ]
        );
        let e = Config::from_sources(None, &env(&[("HELDER_TRUSTED_PROXIES", "10.0.0.0/8")]))
            .unwrap_err();
        assert!(e.reason.contains("not an IP address"), "{e}");
        let c = Config::from_sources(
            Some(("helder.toml", "trusted_proxies = [\"::ffff:10.0.0.2\"]")),
            &env(&[]),
        )
        .unwrap();
        assert_eq!(c.trusted_proxies, vec![IpAddr::from([10, 0, 0, 2])]);
        assert!(Config::default().trusted_proxies.is_empty());
    }

    #[test]
    fn the_public_address_is_a_host_name_without_a_path() {
        let ok = |v: &str| {
            Config::from_sources(None, &env(&[("HELDER_PUBLIC_URL", v)]))
                .map(|c| c.public_url.unwrap_or_default())
        };
        assert_eq!(
            ok("https://helder.example/").unwrap(),
            "https://helder.example"
        );
        assert_eq!(
            ok("http://localhost:3000").unwrap(),
            "http://localhost:3000"
        );
        assert!(ok("http://helder.example").is_err());
        assert!(ok("https://127.0.0.1").is_err());
        assert!(ok("https://helder.example/app").is_err());
        assert!(ok("https://hel\"der.example").is_err());
    }

    #[test]
    fn lifetimes_are_bounded() {
        assert!(Config::from_sources(None, &env(&[("HELDER_ACTIVATION_CODE_DAYS", "0")])).is_err());
        assert!(
            Config::from_sources(None, &env(&[("HELDER_SESSION_ABSOLUTE_HOURS", "x")])).is_err()
        );
        let c = Config::from_sources(None, &env(&[("HELDER_ACTIVATION_CODE_DAYS", "7")])).unwrap();
        assert_eq!(c.activation_code_days, 7);
    }

    #[test]
    fn booleans_accept_common_spellings_only() {
        assert!(
            Config::from_sources(None, &env(&[("HELDER_DEMO", "yes")]))
                .unwrap()
                .demo
        );
        assert!(
            !Config::from_sources(None, &env(&[("HELDER_DEMO", "0")]))
                .unwrap()
                .demo
        );
        assert!(Config::from_sources(None, &env(&[("HELDER_DEMO", "maybe")])).is_err());
    }

    #[test]
    fn the_page_memo_is_on_unless_turned_off() {
        assert!(Config::default().page_memo);
        assert!(
            !Config::from_sources(None, &env(&[("HELDER_PAGE_MEMO", "false")]))
                .unwrap()
                .page_memo
        );
        assert!(Config::from_sources(None, &env(&[("HELDER_PAGE_MEMO", "sometimes")])).is_err());
    }
}
