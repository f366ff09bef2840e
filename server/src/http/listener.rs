//! The TCP listener. hyper answers a request it cannot parse (a malformed request line, an
//! address over 64 KB, headers over its buffer) itself, with 400, 414 or 431 and no headers of
//! ours — before any middleware runs. This wraps each connection and adds the security headers
//! and a request id to exactly those automatic answers, so every response carries them.

use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::task::{Context, Poll};

use axum::extract::connect_info::Connected;
use axum::serve::IncomingStream;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};

use super::security::HEADERS;

/// Accepts connections and wraps each in [`Guarded`].
pub struct GuardedListener(pub TcpListener);

/// Where a connection comes from (for rate limits): the socket's peer address.
#[derive(Debug, Clone, Copy)]
pub struct Peer(pub SocketAddr);

impl axum::serve::Listener for GuardedListener {
    type Io = Guarded;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Guarded, SocketAddr) {
        loop {
            match self.0.accept().await {
                Ok((stream, addr)) => {
                    let _ = stream.set_nodelay(true);
                    return (Guarded::new(stream), addr);
                }
                // Too many open files and the like: wait a moment rather than spin.
                Err(e) => {
                    tracing::warn!(error = %e, "accepting a connection failed");
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                }
            }
        }
    }

    fn local_addr(&self) -> io::Result<SocketAddr> {
        self.0.local_addr()
    }
}

impl Connected<IncomingStream<'_, GuardedListener>> for Peer {
    fn connect_info(stream: IncomingStream<'_, GuardedListener>) -> Peer {
        Peer(*stream.remote_addr())
    }
}

pin_project_lite::pin_project! {
    /// A connection whose automatic error answers get our headers.
    pub struct Guarded {
        #[pin]
        inner: TcpStream,
        pending: Vec<u8>,
    }
}

impl Guarded {
    fn new(inner: TcpStream) -> Guarded {
        Guarded {
            inner,
            pending: vec![],
        }
    }
}

/// If `buf` is the head of one of hyper's own error answers, the same bytes with our headers
/// after the status line.
pub fn harden_automatic_answer(buf: &[u8]) -> Option<Vec<u8>> {
    let head_end = buf.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = std::str::from_utf8(&buf[..head_end]).ok()?;
    let (status_line, rest) = head.split_once("\r\n").unwrap_or((head, ""));
    let automatic = [
        "HTTP/1.1 400 ",
        "HTTP/1.1 414 ",
        "HTTP/1.1 431 ",
        "HTTP/1.0 400 ",
    ]
    .iter()
    .any(|s| status_line.starts_with(s));
    if !automatic || rest.to_ascii_lowercase().contains("x-content-type-options") {
        return None;
    }
    let mut out = Vec::with_capacity(buf.len() + 600);
    out.extend_from_slice(status_line.as_bytes());
    out.extend_from_slice(b"\r\n");
    for (name, value) in HEADERS {
        out.extend_from_slice(format!("{name}: {value}\r\n").as_bytes());
    }
    out.extend_from_slice(b"cache-control: no-store\r\n");
    out.extend_from_slice(
        format!(
            "content-security-policy: {}\r\n",
            super::security::FALLBACK_CSP
        )
        .as_bytes(),
    );
    out.extend_from_slice(format!("x-request-id: {}\r\n", uuid::Uuid::new_v4()).as_bytes());
    out.extend_from_slice(&buf[status_line.len() + 2..]);
    Some(out)
}

impl Guarded {
    /// Write out what is still pending; `Ready(Ok)` once it is all gone.
    fn drain(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let mut this = self.project();
        while !this.pending.is_empty() {
            match this.inner.as_mut().poll_write(cx, this.pending) {
                Poll::Ready(Ok(0)) => return Poll::Ready(Err(io::ErrorKind::WriteZero.into())),
                Poll::Ready(Ok(n)) => {
                    this.pending.drain(..n);
                }
                Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
                Poll::Pending => return Poll::Pending,
            }
        }
        Poll::Ready(Ok(()))
    }
}

impl AsyncRead for Guarded {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        self.project().inner.poll_read(cx, buf)
    }
}

impl AsyncWrite for Guarded {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        match self.as_mut().drain(cx) {
            Poll::Ready(Ok(())) => {}
            Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
            Poll::Pending => return Poll::Pending,
        }
        if buf.starts_with(b"HTTP/1.") {
            if let Some(hardened) = harden_automatic_answer(buf) {
                *self.as_mut().project().pending = hardened;
                // All of `buf` is taken; what was made of it goes out with the next drain.
                let _ = self.as_mut().drain(cx);
                return Poll::Ready(Ok(buf.len()));
            }
        }
        self.project().inner.poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.as_mut().drain(cx) {
            Poll::Ready(Ok(())) => self.project().inner.poll_flush(cx),
            other => other,
        }
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.as_mut().drain(cx) {
            Poll::Ready(Ok(())) => self.project().inner.poll_shutdown(cx),
            other => other,
        }
    }

    /// One buffer per write, so a response's head arrives whole in `poll_write`.
    fn is_write_vectored(&self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::harden_automatic_answer;

    #[test]
    fn hypers_own_error_answers_get_the_headers_and_ours_are_left_alone() {
        let auto =
            b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-length: 0\r\ndate: x\r\n\r\n";
        let fixed =
            String::from_utf8(harden_automatic_answer(auto).expect("hardened")).expect("utf8");
        assert!(fixed.starts_with("HTTP/1.1 431 Request Header Fields Too Large\r\n"));
        assert!(fixed.contains("x-content-type-options: nosniff\r\n"));
        assert!(fixed.contains("content-security-policy: default-src 'none'"));
        assert!(fixed.contains("x-request-id: "));
        assert!(fixed.ends_with("content-length: 0\r\ndate: x\r\n\r\n"));
        let ours = b"HTTP/1.1 400 Bad Request\r\nx-content-type-options: nosniff\r\n\r\n";
        assert_eq!(harden_automatic_answer(ours), None);
        assert_eq!(harden_automatic_answer(b"HTTP/1.1 200 OK\r\n\r\n"), None);
        assert_eq!(harden_automatic_answer(b"HTTP/1.1 400 Bad"), None);
    }
}
