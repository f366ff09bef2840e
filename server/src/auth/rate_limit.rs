//! Rate limits for code redemption and passkey sign-in: fixed windows counted in the database,
//! so every server instance sharing PostgreSQL counts the same hits (an in-memory counter per
//! instance would multiply the allowance by the number of instances).
//!
//! Keyed by where the request comes from (IP address; IPv6 by its /64), never by the account
//! being tried: nobody can lock someone else out by failing on purpose with their code.

use std::net::IpAddr;

use crate::db::Db;
use crate::store;
use app::api::AppError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    pub name: &'static str,
    pub max_hits: i64,
    pub window_seconds: i64,
}

/// Typing activation codes: 10 tries per 15 minutes per address. A code has 80 random bits,
/// so guessing is hopeless anyway; this keeps it so.
pub const REDEEM_CODE: Limit = Limit {
    name: "redeem",
    max_hits: 10,
    window_seconds: 15 * 60,
};

/// Passkey sign-in answers: 30 per 15 minutes per address (a shared home or school network
/// signs in many people).
pub const SIGN_IN: Limit = Limit {
    name: "sign-in",
    max_hits: 30,
    window_seconds: 15 * 60,
};

/// The window a moment falls in, and the seconds until it ends.
pub fn window(now: i64, window_seconds: i64) -> (i64, u64) {
    let start = now - now.rem_euclid(window_seconds);
    let left = start + window_seconds - now;
    (start, u64::try_from(left.max(1)).unwrap_or(1))
}

/// The bucket for a client address: IPv4 as is, IPv6 by its /64 (one household or phone
/// gets a whole /64, so a per-address limit would be trivially dodged).
pub fn client_bucket(client: &str) -> String {
    match client.parse::<IpAddr>() {
        Ok(IpAddr::V6(v6)) => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
        Ok(IpAddr::V4(v4)) => v4.to_string(),
        Err(_) => "unknown".into(),
    }
}

/// The estimated hits of the last full window length: this window's, plus the previous
/// window's weighted by how much of it still lies within that length (a sliding window from
/// two counters). Plain fixed windows would allow twice the limit across a window edge.
pub fn estimate(current: i64, previous: i64, left: u64, window_seconds: i64) -> f64 {
    let weight = left as f64 / window_seconds as f64;
    current as f64 + previous as f64 * weight.clamp(0.0, 1.0)
}

/// How many seconds until one more attempt would pass, when nothing else comes in: that
/// attempt counts itself, and the previous window fades out second by second, so the wait
/// can be longer than what is left of this window. What `Retry-After` says.
pub fn retry_after(hits: i64, previous: i64, left: u64, limit: Limit) -> u64 {
    let window = limit.window_seconds;
    let left = i64::try_from(left).unwrap_or(window);
    let passes = |t: i64| {
        let estimated = if t < left {
            estimate(
                hits + 1,
                previous,
                u64::try_from(left - t).unwrap_or(0),
                window,
            )
        } else {
            let later = u64::try_from(window - (t - left)).unwrap_or(0);
            estimate(1, hits, later, window)
        };
        estimated <= limit.max_hits as f64
    };
    (1..=left + window)
        .find(|t| passes(*t))
        .and_then(|t| u64::try_from(t).ok())
        .unwrap_or_else(|| u64::try_from(left + window).unwrap_or(1))
}

/// Count one attempt; `TooManyRequests` with the seconds until one more would pass.
pub async fn check(db: &Db, limit: Limit, client: &str, now: i64) -> Result<(), AppError> {
    let (start, left) = window(now, limit.window_seconds);
    let bucket = format!("{}:{}", limit.name, client_bucket(client));
    let hits = store::identity::rate_limit_hit(db, &bucket, start).await?;
    let previous =
        store::identity::rate_limit_hits(db, &bucket, start - limit.window_seconds).await?;
    if estimate(hits, previous, left, limit.window_seconds) > limit.max_hits as f64 {
        tracing::info!(limit = limit.name, "rate limit reached");
        return Err(AppError::TooManyRequests {
            retry_after: retry_after(hits, previous, left, limit),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_are_aligned_and_report_the_time_left() {
        assert_eq!(window(1_000, 900), (900, 800));
        assert_eq!(window(900, 900), (900, 900));
        assert_eq!(window(1_799, 900), (900, 1));
    }

    #[test]
    fn the_previous_window_fades_out_instead_of_resetting_at_the_edge() {
        // Just after an edge, the previous window still counts in full…
        assert_eq!(estimate(1, 10, 900, 900), 11.0);
        // …halfway, for half…
        assert_eq!(estimate(1, 10, 450, 900), 6.0);
        // …and at the end of this window, not at all.
        assert_eq!(estimate(1, 10, 0, 900), 1.0);
    }

    #[test]
    fn a_retry_after_the_announced_wait_passes_and_one_second_earlier_does_not() {
        let limit = REDEEM_CODE;
        let w = limit.window_seconds;
        // Over the limit early in a window, with a busy previous window too.
        for (hits, previous, left) in [(11, 0, 800), (11, 10, 850), (3, 20, 899), (40, 40, 1)] {
            let wait = retry_after(hits, previous, left, limit);
            let passes_at = |t: u64| {
                let t = t as i64;
                let left = left as i64;
                if t < left {
                    estimate(hits + 1, previous, (left - t) as u64, w) <= limit.max_hits as f64
                } else {
                    estimate(1, hits, (w - (t - left)).max(0) as u64, w) <= limit.max_hits as f64
                }
            };
            assert!(passes_at(wait), "{hits} {previous} {left}: {wait}");
            assert!(
                wait == 1 || !passes_at(wait - 1),
                "{hits} {previous} {left}: {wait}"
            );
        }
        // Eleven hits with ten behind them: more than the rest of this window.
        assert!(retry_after(11, 10, 850, limit) > 850 - 800);
    }

    #[test]
    fn ipv6_addresses_share_their_slash_64() {
        assert_eq!(
            client_bucket("2001:db8:1:2:aaaa::1"),
            client_bucket("2001:db8:1:2:bbbb::9")
        );
        assert_ne!(
            client_bucket("2001:db8:1:2::1"),
            client_bucket("2001:db8:1:3::1")
        );
        assert_eq!(client_bucket("203.0.113.7"), "203.0.113.7");
        assert_eq!(client_bucket("garbage"), "unknown");
    }
}
