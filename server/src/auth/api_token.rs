//! The tokens of the integration API: `helder_<key id>_<secret>`, where the secret is 32 random
//! bytes in hex. The key id finds the key; only a SHA-256 of the secret is stored — a token has
//! 256 random bits, so a fast hash is enough (no password to stretch) — and it is compared in
//! constant time.

use rand::RngCore;
use sha2::{Digest, Sha256};

use app::domain::ids::ApiKeyId;

const PREFIX: &str = "helder_";

/// A new key: its id, the whole token (shown once) and the hash to store.
pub fn new_token() -> (ApiKeyId, String, String) {
    let id = ApiKeyId::random();
    let mut secret = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut secret);
    let secret = hex::encode(secret);
    let token = format!("{PREFIX}{id}_{secret}");
    (id, token, hash(&secret))
}

/// The key id and secret of a token as sent; `None` for anything else.
pub fn parse(token: &str) -> Option<(ApiKeyId, &str)> {
    let rest = token.strip_prefix(PREFIX)?;
    let (id, secret) = rest.split_once('_')?;
    let valid = secret.len() == 64 && secret.bytes().all(|b| b.is_ascii_hexdigit());
    valid.then_some(())?;
    Some((ApiKeyId::parse(id).ok()?, secret))
}

pub fn hash(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

/// Whether `secret` is the one `stored` is the hash of, in time independent of where they
/// differ.
pub fn matches(secret: &str, stored: &str) -> bool {
    let ours = hash(secret);
    ours.len() == stored.len()
        && ours
            .bytes()
            .zip(stored.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_token_parses_back_to_its_key_and_matches_only_its_own_hash() {
        let (id, token, stored) = new_token();
        let (parsed, secret) = parse(&token).expect("parses");
        assert_eq!(parsed, id);
        assert!(matches(secret, &stored));
        let (_, other, _) = new_token();
        let (_, other_secret) = parse(&other).expect("parses");
        assert!(!matches(other_secret, &stored));
    }

    #[test]
    fn anything_else_is_no_token() {
        let (_, token, _) = new_token();
        for bad in [
            "",
            "helder_",
            "Bearer x",
            &token[..token.len() - 1],
            &token.replace("helder_", "other_"),
            &format!("{token}0"),
            "helder_not-an-id_0000000000000000000000000000000000000000000000000000000000000000",
        ] {
            assert!(parse(bad).is_none(), "{bad:?}");
        }
    }
}
