//! Where a request comes from, for rate limits. Without a reverse proxy that is the socket's
//! peer. Behind one (a load balancer in front of several instances) every request would share
//! the proxy's address, and ten activations a quarter of an hour would be the whole region's
//! allowance: so for a peer named in `trusted_proxies` the address is read from
//! `X-Forwarded-For` — right to left, skipping the proxies themselves, because only the part
//! our own proxies appended can be believed; whatever a client wrote further left is its own
//! claim.

use std::net::IpAddr;

use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use std::sync::Arc;

use crate::http::listener::Peer;

/// The client's address: the peer, or for a trusted proxy the right-most forwarded address
/// that is not one of the trusted proxies. A malformed entry ends the walk: the last address
/// that could be believed stands (the proxy itself, at worst, as without the header).
pub fn client_address<'a>(
    peer: IpAddr,
    forwarded_for: impl IntoIterator<Item = &'a str>,
    trusted: &[IpAddr],
) -> IpAddr {
    if !trusted.contains(&peer) {
        return peer;
    }
    let hops: Vec<&str> = forwarded_for
        .into_iter()
        .flat_map(|header| header.split(','))
        .map(str::trim)
        .collect();
    let mut client = peer;
    for hop in hops.iter().rev() {
        match parse_hop(hop) {
            Some(address) => {
                client = address;
                if !trusted.contains(&address) {
                    break;
                }
            }
            None => break,
        }
    }
    client
}

/// One entry: an address, IPv6 possibly in brackets, without a port.
fn parse_hop(hop: &str) -> Option<IpAddr> {
    let hop = hop
        .strip_prefix('[')
        .map_or(hop, |h| h.split(']').next().unwrap_or(""));
    hop.parse().ok().map(|a: IpAddr| a.to_canonical())
}

/// The layer: puts the client's address in the request for the app's rate limits.
pub async fn client_key(
    State(trusted): State<Arc<[IpAddr]>>,
    mut req: Request,
    next: Next,
) -> Response {
    let peer = req
        .extensions()
        .get::<ConnectInfo<Peer>>()
        .map(|c| c.0 .0.ip().to_canonical());
    let key = match peer {
        Some(peer) => {
            let forwarded = req
                .headers()
                .get_all("x-forwarded-for")
                .iter()
                .filter_map(|v| v.to_str().ok());
            client_address(peer, forwarded, &trusted).to_string()
        }
        None => "unknown".into(),
    };
    req.extensions_mut()
        .insert(app::api::session::ClientKey(key));
    next.run(req).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn without_trusted_proxies_the_header_is_ignored() {
        let peer = ip("203.0.113.9");
        assert_eq!(client_address(peer, ["198.51.100.1"], &[]), peer);
    }

    #[test]
    fn a_header_from_an_untrusted_peer_is_ignored() {
        let peer = ip("203.0.113.9");
        let trusted = [ip("10.0.0.2")];
        assert_eq!(client_address(peer, ["198.51.100.1"], &trusted), peer);
    }

    #[test]
    fn behind_a_trusted_proxy_the_address_it_appended_counts() {
        let trusted = [ip("10.0.0.2")];
        assert_eq!(
            client_address(ip("10.0.0.2"), ["198.51.100.1"], &trusted),
            ip("198.51.100.1")
        );
    }

    #[test]
    fn what_a_client_wrote_itself_further_left_is_not_believed() {
        let trusted = [ip("10.0.0.2")];
        // The client sent "X-Forwarded-For: 192.0.2.77"; the proxy appended the real address.
        assert_eq!(
            client_address(ip("10.0.0.2"), ["192.0.2.77, 198.51.100.1"], &trusted),
            ip("198.51.100.1")
        );
        // Also when the client's claim came as a header of its own.
        assert_eq!(
            client_address(ip("10.0.0.2"), ["192.0.2.77", "198.51.100.1"], &trusted),
            ip("198.51.100.1")
        );
    }

    #[test]
    fn a_chain_of_trusted_proxies_is_walked_through() {
        let trusted = [ip("10.0.0.2"), ip("10.0.0.3")];
        assert_eq!(
            client_address(ip("10.0.0.2"), ["198.51.100.1, 10.0.0.3"], &trusted),
            ip("198.51.100.1")
        );
    }

    #[test]
    fn a_malformed_entry_stops_at_the_last_believable_address() {
        let trusted = [ip("10.0.0.2")];
        let peer = ip("10.0.0.2");
        assert_eq!(client_address(peer, ["not-an-address"], &trusted), peer);
        assert_eq!(client_address(peer, [""], &trusted), peer);
        assert_eq!(client_address(peer, std::iter::empty(), &trusted), peer);
        assert_eq!(
            client_address(peer, ["198.51.100.1, ünïcode"], &trusted),
            peer
        );
    }

    #[test]
    fn ipv6_in_brackets_and_mapped_ipv4_are_read() {
        let trusted = [ip("::1"), ip("127.0.0.1")];
        assert_eq!(
            client_address(ip("::1"), ["[2001:db8::7]"], &trusted),
            ip("2001:db8::7")
        );
        assert_eq!(
            client_address(ip("127.0.0.1"), ["::ffff:198.51.100.1"], &trusted),
            ip("198.51.100.1")
        );
    }
}
