//! The HTTP endpoint (`--http-listen`): `GET /` is `OK` (200) while every collector is
//! healthy and names the failing ones (503) otherwise; `/metrics` is the Prometheus
//! exposition; `/state/<collector>` is that collector's state file as JSON. Nothing else
//! is served, and no path reaches the file system: `<collector>` must be a running
//! collector's name.
//!
//! Bounded on purpose: at most `MAX_CONNECTIONS` requests at once (more are answered
//! 503 and closed), a request line and headers of at most 8 KiB read within 5 s, one
//! request per connection. Hand-written on std's listener: a handful of lines, where a
//! server crate would bring an async runtime or unbounded connection threads.

use super::board::Board;
use crate::state::{State, Status};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream, ToSocketAddrs};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

pub const MAX_CONNECTIONS: usize = 16;
const MAX_REQUEST: usize = 8 << 10;
const REQUEST_TIME: Duration = Duration::from_secs(5);

/// `--http-listen`: `PORT` or `:PORT` (127.0.0.1), `HOST:PORT`, `[V6]:PORT`.
pub fn parse_listen(s: &str) -> Result<SocketAddr, String> {
    let s = s.trim();
    let spec = if s.bytes().all(|b| b.is_ascii_digit()) && !s.is_empty() {
        format!("127.0.0.1:{s}")
    } else if let Some(port) = s.strip_prefix(':') {
        format!("127.0.0.1:{port}")
    } else {
        s.to_string()
    };
    let mut addrs = spec
        .to_socket_addrs()
        .map_err(|e| format!("not an address to listen on ({e}): expected PORT, HOST:PORT or [V6]:PORT"))?;
    addrs.next().ok_or_else(|| "resolves to no address".to_string())
}

pub struct Endpoint {
    stop: Arc<AtomicBool>,
    addr: SocketAddr,
    thread: std::sync::Mutex<Option<std::thread::JoinHandle<()>>>,
}

impl Endpoint {
    /// Bind now (an error is a start-up error), serve on a thread of its own.
    pub fn start(addr: SocketAddr, board: Arc<Board>) -> anyhow::Result<Endpoint> {
        let listener =
            TcpListener::bind(addr).map_err(|e| anyhow::anyhow!("cannot listen on {addr} (--http-listen): {e}"))?;
        let addr = listener.local_addr().unwrap_or(addr);
        let stop = Arc::new(AtomicBool::new(false));
        let s = stop.clone();
        let thread = std::thread::Builder::new()
            .name("http".into())
            .stack_size(128 << 10)
            .spawn(move || serve(listener, board, s))
            .map_err(|e| anyhow::anyhow!("cannot start the HTTP thread: {e}"))?;
        log::info!("serving /, /metrics and /state/<collector> on http://{addr}/");
        Ok(Endpoint { stop, addr, thread: std::sync::Mutex::new(Some(thread)) })
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Stop accepting; the listening socket is closed at once so a new endpoint (after a
    /// reload) can bind the same address.
    pub fn stop(&self) {
        self.stop.store(true, Ordering::Relaxed);
        // The accept loop looks at the flag at least twice a second.
        if let Some(t) = self.thread.lock().unwrap_or_else(|e| e.into_inner()).take() {
            let _ = t.join();
        }
    }
}

fn serve(listener: TcpListener, board: Arc<Board>, stop: Arc<AtomicBool>) {
    let active = Arc::new(AtomicUsize::new(0));
    if let Err(e) = listener.set_nonblocking(true) {
        log::error!("HTTP endpoint: {e}");
        return;
    }
    let tick = rustix::event::Timespec { tv_sec: 0, tv_nsec: 500_000_000 };
    while !stop.load(Ordering::Relaxed) {
        let mut fds = [rustix::event::PollFd::new(&listener, rustix::event::PollFlags::IN)];
        if !matches!(rustix::event::poll(&mut fds, Some(&tick)), Ok(n) if n > 0) {
            continue;
        }
        let Ok((mut conn, _)) = listener.accept() else { continue };
        let _ = conn.set_nonblocking(false);
        if active.fetch_add(1, Ordering::AcqRel) >= MAX_CONNECTIONS {
            active.fetch_sub(1, Ordering::AcqRel);
            let _ = conn.set_write_timeout(Some(Duration::from_millis(100)));
            let _ = conn.write_all(&response(503, "text/plain", b"busy: too many requests at once\n", false));
            continue;
        }
        let (b, a) = (board.clone(), active.clone());
        let spawned = std::thread::Builder::new().name("http-conn".into()).stack_size(128 << 10).spawn(move || {
            handle(conn, &b);
            a.fetch_sub(1, Ordering::AcqRel);
        });
        if spawned.is_err() {
            active.fetch_sub(1, Ordering::AcqRel);
        }
    }
}

fn response(code: u16, kind: &str, body: &[u8], head_only: bool) -> Vec<u8> {
    let reason = match code {
        200 => "OK",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        431 => "Request Header Fields Too Large",
        _ => "Service Unavailable",
    };
    let mut out = format!(
        "HTTP/1.1 {code} {reason}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n\r\n",
        body.len()
    )
    .into_bytes();
    if !head_only {
        out.extend_from_slice(body);
    }
    out
}

/// Read the request head, bounded in size and time.
fn read_head(conn: &mut TcpStream) -> Result<Vec<u8>, u16> {
    let until = Instant::now() + REQUEST_TIME;
    let mut buf = Vec::with_capacity(1024);
    let mut chunk = [0u8; 1024];
    loop {
        if buf.windows(4).any(|w| w == b"\r\n\r\n") || buf.windows(2).any(|w| w == b"\n\n") {
            return Ok(buf);
        }
        if buf.len() >= MAX_REQUEST {
            return Err(431);
        }
        let left = until.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(408);
        }
        let _ = conn.set_read_timeout(Some(left));
        match conn.read(&mut chunk) {
            Ok(0) => return Err(400),
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
            Err(_) => return Err(408),
        }
    }
}

fn handle(mut conn: TcpStream, board: &Board) {
    let _ = conn.set_write_timeout(Some(REQUEST_TIME));
    let reply = match read_head(&mut conn) {
        Err(code) => response(code, "text/plain", b"bad request\n", false),
        Ok(head) => {
            let line = head.split(|&b| b == b'\n').next().unwrap_or_default();
            let line = String::from_utf8_lossy(line);
            let mut parts = line.split_whitespace();
            let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
            let head_only = method == "HEAD";
            if method != "GET" && !head_only {
                response(405, "text/plain", b"only GET and HEAD\n", false)
            } else {
                let path = target.split('?').next().unwrap_or("");
                let (code, kind, body) = route(path, board);
                response(code, kind, &body, head_only)
            }
        }
    };
    let _ = conn.write_all(&reply);
    let _ = conn.shutdown(std::net::Shutdown::Both);
}

fn route(path: &str, board: &Board) -> (u16, &'static str, Vec<u8>) {
    match path {
        "/" => health(board),
        "/metrics" => {
            (200, "text/plain; version=0.0.4; charset=utf-8", super::prometheus::exposition(board, true).into_bytes())
        }
        p => match p.strip_prefix("/state/") {
            // Only the name of a running collector: nothing else is looked up.
            Some(name) => match board.running().into_iter().find(|n| *n == name) {
                Some(n) => match board.report(n) {
                    Some(r) => {
                        let state =
                            State { envelope: r.envelope.clone(), reading: r.measured.as_ref().map(|m| &m.fields) };
                        match state.to_json() {
                            Ok(json) => (200, "application/json", json),
                            Err(e) => (503, "text/plain", format!("{e:#}\n").into_bytes()),
                        }
                    }
                    None => (503, "text/plain", format!("{n} has not reported yet\n").into_bytes()),
                },
                None => (404, "text/plain", b"no such collector\n".to_vec()),
            },
            None => (404, "text/plain", b"not found: /, /metrics and /state/<collector> are served\n".to_vec()),
        },
    }
}

/// 200 `OK` while every running collector's latest attempt succeeded (one not reported
/// yet is starting, not failing); 503 naming each failing one and why.
fn health(board: &Board) -> (u16, &'static str, Vec<u8>) {
    let latest = board.latest();
    let failing: Vec<String> = board
        .running()
        .into_iter()
        .filter_map(|n| {
            let r = latest.get(n)?;
            (r.envelope.status != Status::Ok)
                .then(|| format!("{n}: {}", crate::checks::text_safe(r.envelope.error.as_deref().unwrap_or("failing"))))
        })
        .collect();
    if failing.is_empty() {
        (200, "text/plain", b"OK\n".to_vec())
    } else {
        (503, "text/plain", format!("FAILING\n{}\n", failing.join("\n")).into_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listen_addresses_default_to_loopback() {
        assert_eq!(parse_listen("9123").unwrap().to_string(), "127.0.0.1:9123");
        assert_eq!(parse_listen(":9123").unwrap().to_string(), "127.0.0.1:9123");
        assert_eq!(parse_listen("0.0.0.0:9").unwrap().to_string(), "0.0.0.0:9");
        assert_eq!(parse_listen("[::1]:9").unwrap().to_string(), "[::1]:9");
        assert!(parse_listen("nonsense").is_err());
        assert!(parse_listen("").is_err());
    }
}
