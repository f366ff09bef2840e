//! Live refresh tokens. A page that refreshes itself after a live update is not logged again
//! within a short while of a logged read of the same data — so whether a request *is* such a
//! refresh must be the server's to say, not a header a client can set at will. The stream
//! that announces a change hands out a token for exactly that session and page, valid for a
//! minute; the page sends it back with its refresh. Signed with a key every instance shares.

use hmac::{Hmac, Mac};
use sha2::Sha256;

/// How long a token works after the change it came with.
pub const TOKEN_SECONDS: i64 = 60;

#[derive(Clone)]
pub struct LiveTokens {
    /// Shared: the state of a request layer is cloned on every request.
    key: std::sync::Arc<[u8]>,
}

impl std::fmt::Debug for LiveTokens {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LiveTokens(…)")
    }
}

impl LiveTokens {
    pub fn new(key: &[u8]) -> LiveTokens {
        LiveTokens { key: key.into() }
    }

    /// HMAC takes a key of any length, so this is `None` never in practice.
    fn mac(&self, session_hash: &str, path: &str, expires: i64) -> Option<Hmac<Sha256>> {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.key).ok()?;
        mac.update(session_hash.as_bytes());
        mac.update(b"\n");
        mac.update(path.as_bytes());
        mac.update(b"\n");
        mac.update(expires.to_string().as_bytes());
        Some(mac)
    }

    /// A token for the session (by its stored hash) to refresh `path`, made at `now`.
    pub fn mint(&self, session_hash: &str, path: &str, now: i64) -> String {
        let expires = now + TOKEN_SECONDS;
        let tag = self
            .mac(session_hash, path, expires)
            .map(|m| hex::encode(m.finalize().into_bytes()))
            .unwrap_or_default();
        format!("{expires}.{tag}")
    }

    /// Whether `token` was made for this session and path and is still valid at `now`.
    pub fn verify(&self, token: &str, session_hash: &str, path: &str, now: i64) -> bool {
        let Some((expires, tag)) = token.split_once('.') else {
            return false;
        };
        let (Ok(expires), Ok(tag)) = (expires.parse::<i64>(), hex::decode(tag)) else {
            return false;
        };
        expires >= now
            && expires <= now + TOKEN_SECONDS
            && self
                .mac(session_hash, path, expires)
                .is_some_and(|m| m.verify_slice(&tag).is_ok())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_works_for_its_own_session_and_page_for_a_minute() {
        let tokens = LiveTokens::new(b"key");
        let token = tokens.mint("s1", "/zaak/c/berichten", 1000);
        assert!(tokens.verify(&token, "s1", "/zaak/c/berichten", 1000));
        assert!(tokens.verify(&token, "s1", "/zaak/c/berichten", 1000 + TOKEN_SECONDS));
        assert!(!tokens.verify(&token, "s1", "/zaak/c/berichten", 1001 + TOKEN_SECONDS));
        assert!(!tokens.verify(&token, "s2", "/zaak/c/berichten", 1000));
        assert!(!tokens.verify(&token, "s1", "/zaak/c/gezin", 1000));
        assert!(!LiveTokens::new(b"other").verify(&token, "s1", "/zaak/c/berichten", 1000));
        for forged in ["1", "", "9999999999.00", "x.y"] {
            assert!(
                !tokens.verify(forged, "s1", "/zaak/c/berichten", 1000),
                "{forged}"
            );
        }
    }
}
