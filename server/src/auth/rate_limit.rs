//! Rate limits for code redemption and passkey sign-in: a sliding window over the attempts
//! themselves, kept in the database, so every server instance sharing PostgreSQL counts the
//! same attempts (an in-memory counter per instance would multiply the allowance by the number
//! of instances). Exact rather than estimated: a burst cannot slip through at a window's edge,
//! and `Retry-After` says when one more attempt will pass — never more than one window away.
//!
//! Keyed by where the request comes from (IP address; IPv6 by its /64), never by the account
//! being tried: nobody can lock someone else out by failing on purpose with their code.

use std::net::IpAddr;

use crate::db::Db;
use crate::store;
use app::error::AppError;

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

/// Calls of the integration API: 600 a minute per key — a case system sending a day's changes
/// in one go, not a system stuck in a loop.
pub const API_CALLS: Limit = Limit {
    name: "api",
    max_hits: 600,
    window_seconds: 60,
};

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

/// Seconds until one more attempt passes, given the attempts inside the window now (oldest
/// first, the refused one included) and nothing else coming in: the attempt counts itself, so
/// all but `max_hits - 1` of those must have left the window. At most the window's length.
pub fn retry_after(attempts_us: &[i64], now_us: i64, limit: Limit) -> u64 {
    let keep = usize::try_from(limit.max_hits - 1).unwrap_or(0);
    let must_leave = attempts_us.len().saturating_sub(keep);
    let Some(last_to_leave) = must_leave.checked_sub(1).and_then(|i| attempts_us.get(i)) else {
        return 1;
    };
    let leaves_us = last_to_leave + limit.window_seconds * 1_000_000;
    let wait_us = u64::try_from(leaves_us - now_us).unwrap_or(0);
    wait_us.div_ceil(1_000_000).max(1)
}

/// Count one attempt (at `now_us`, unix microseconds); over the limit, `TooManyRequests` with
/// the seconds until one more would pass.
pub async fn check(db: &Db, limit: Limit, client: &str, now_us: i64) -> Result<(), AppError> {
    check_bucket(db, limit, &client_bucket(client), now_us).await
}

/// As [`check`], for a bucket named otherwise (an API key rather than an address).
pub async fn check_bucket(
    db: &Db,
    limit: Limit,
    bucket: &str,
    now_us: i64,
) -> Result<(), AppError> {
    let bucket = format!("{}:{bucket}", limit.name);
    let since_us = now_us - limit.window_seconds * 1_000_000;
    let attempts = store::identity::rate_limit_attempt(db, &bucket, now_us, since_us).await?;
    if i64::try_from(attempts.len()).unwrap_or(i64::MAX) > limit.max_hits {
        tracing::info!(limit = limit.name, "rate limit reached");
        return Err(AppError::TooManyRequests {
            retry_after: retry_after(&attempts, now_us, limit),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether one more attempt at `at_us` passes, with `attempts` before it.
    fn passes(attempts: &[i64], at_us: i64, limit: Limit) -> bool {
        let since = at_us - limit.window_seconds * 1_000_000;
        let inside = attempts.iter().filter(|a| **a > since).count() + 1;
        i64::try_from(inside).unwrap_or(i64::MAX) <= limit.max_hits
    }

    #[test]
    fn a_retry_after_the_announced_wait_passes_and_one_second_earlier_does_not() {
        let limit = REDEEM_CODE;
        let s = 1_000_000;
        // Eleven quick tries, the last refused; a slow trickle; a burst at the window's edge.
        let cases: [Vec<i64>; 3] = [
            (0..11).map(|i| 1_000 * s + i * s).collect(),
            (0..12).map(|i| 1_000 * s + i * 80 * s).collect(),
            (0..15).map(|i| 1_000 * s + i).collect(),
        ];
        for attempts in cases {
            let now = *attempts.last().expect("attempts");
            let wait = retry_after(&attempts, now, limit);
            assert!((1..=900).contains(&wait), "{wait}");
            let wait_us = i64::try_from(wait).expect("seconds") * s;
            assert!(
                passes(&attempts, now + wait_us, limit),
                "passes after {wait} s"
            );
            assert!(
                wait == 1 || !passes(&attempts, now + wait_us - s, limit),
                "not before {wait} s"
            );
        }
    }

    #[test]
    fn a_burst_does_not_slip_through_at_a_window_edge() {
        // Ten tries just before a quarter-hour boundary and ten just after: the second ten are
        // all inside the window of the first.
        let limit = REDEEM_CODE;
        let edge = 900 * 1_000_000;
        let mut attempts: Vec<i64> = (0..10).map(|i| edge - 10 - i).collect();
        attempts.sort();
        assert!(!passes(&attempts, edge + 5, limit));
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
