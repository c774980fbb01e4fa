//! The HTTP endpoint (`--http-listen`): `GET /` is `OK` (200) while every collector is
//! healthy and names the failing ones (503) otherwise; `/metrics` is the Prometheus
//! exposition; `/state/<collector>` is that collector's state file as JSON. No path of
//! these reaches the file system: `<collector>` must be a running collector's name. With
//! `--http-secret-file`, `/<secret>/` is the page and `/<secret>/history/` the history
//! files (see `page`); anything else is 404.
//!
//! Bounded on purpose: at most `MAX_CONNECTIONS` requests at once (more are answered
//! 503 and closed), a request line and headers of at most 8 KiB read within 5 s, one
//! request per connection. A file is sent from the kernel's page cache (`sendfile`) in
//! chunks of `CHUNK` as the client takes it, so no buffer grows with its size. Hand-written
//! on std's listener: a handful of lines, where a server crate would bring an async
//! runtime or unbounded connection threads.

use super::board::Board;
use super::page::{Page, PageSettings};
use crate::state::Status;
use crate::util::sync;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream, ToSocketAddrs};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

pub(crate) const MAX_CONNECTIONS: usize = 16;
const MAX_REQUEST: usize = 8 << 10;
const REQUEST_TIME: Duration = Duration::from_secs(5);
/// How long to wait before accepting again after an accept failed (no descriptor left).
const TICK: Duration = Duration::from_millis(500);
/// How much of a file one `sendfile` call sends.
const CHUNK: usize = 64 << 10;
/// Chunks sent to one client per wakeup at most, so a fast client does not hold up the
/// others.
const CHUNKS_PER_TURN: usize = 16;
/// An answer must be taken within this (a client that reads a byte now and then would
/// otherwise hold its slot for ever); each write that makes progress gives it another
/// `REQUEST_TIME`, up to this.
const ANSWER_TIME: Duration = Duration::from_secs(600);

/// `--http-listen`: `PORT` or `:PORT` (127.0.0.1), `HOST:PORT`, `[V6]:PORT`.
pub(crate) fn parse_listen(s: &str) -> Result<SocketAddr, String> {
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

pub(crate) struct Endpoint {
    stop: Arc<AtomicBool>,
    /// Written to on stop: the serving thread polls its other end, so an idle endpoint
    /// sleeps until a client or the stop comes (it used to wake twice a second to look at
    /// the flag: a tenth of the daemon's CPU with every output on).
    wake: rustix::fd::OwnedFd,
    thread: std::sync::Mutex<Option<std::thread::JoinHandle<()>>>,
}

impl Endpoint {
    /// Bind now (an error is a start-up error), serve on a thread of its own; with a page,
    /// serve it too.
    pub(crate) fn start(addr: SocketAddr, board: Arc<Board>, page: Option<Page>) -> anyhow::Result<Endpoint> {
        let listener =
            TcpListener::bind(addr).map_err(|e| anyhow::anyhow!("cannot listen on {addr} (--http-listen): {e}"))?;
        let addr = listener.local_addr().unwrap_or(addr);
        let stop = Arc::new(AtomicBool::new(false));
        let s = stop.clone();
        let flags = rustix::pipe::PipeFlags::CLOEXEC | rustix::pipe::PipeFlags::NONBLOCK;
        let (woken, wake) = rustix::pipe::pipe_with(flags).map_err(|e| anyhow::anyhow!("cannot make a pipe: {e}"))?;
        // Never the secret itself: the file it is in.
        let served = match &page {
            Some(p) => format!(
                "/, /metrics, /state/<collector> and the page at /<secret>/ (the secret in {}{})",
                p.secret_file().display(),
                if p.history_on() { "" } else { "; the history is off: no --history-dir" }
            ),
            None => "/, /metrics and /state/<collector>".to_string(),
        };
        let has_page = page.is_some();
        let thread = std::thread::Builder::new()
            .name("http".into())
            .stack_size(128 << 10)
            .spawn(move || serve(listener, board, page, s, woken))
            .map_err(|e| anyhow::anyhow!("cannot start the HTTP thread: {e}"))?;
        log::info!("serving {served} on http://{addr}/");
        if !addr.ip().is_loopback() {
            let page = if has_page {
                "; the page's secret travels in clear text (plain HTTP): put a TLS proxy in front"
            } else {
                ""
            };
            log::warn!("the HTTP endpoint on {addr} is reachable from the network, without authentication: anyone who can reach this host can read every state file (--http-listen){page}");
        }
        Ok(Endpoint { stop, wake, thread: std::sync::Mutex::new(Some(thread)) })
    }

    /// Stop accepting; the listening socket is closed at once so a new endpoint (after a
    /// reload) can bind the same address.
    pub(crate) fn stop(&self) {
        self.stop.store(true, Ordering::Relaxed);
        // Wakes the serving thread's poll (a full pipe means it is already woken).
        let _ = rustix::io::write(&self.wake, &[1]);
        if let Some(t) = sync::lock(&self.thread).take() {
            let _ = t.join();
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Until the request head is complete.
    Reading,
    /// The answer.
    Writing,
    /// Answer sent and our side shut: what the client still sends is read and dropped
    /// until it closes (closing with data unread would reset the connection, and the
    /// client could lose the answer).
    Closing,
}

/// One client connection.
struct Conn {
    stream: TcpStream,
    head: Vec<u8>,
    /// The answer's head, and its body when that is held in memory.
    out: Vec<u8>,
    written: usize,
    /// A body sent from a file after `out`, and how many of its bytes are still to go.
    file: Option<(std::fs::File, u64)>,
    phase: Phase,
    deadline: Instant,
    /// When the answer must have been taken, however slowly the client reads.
    answer_limit: Instant,
}

impl Conn {
    /// Whether the whole answer is sent.
    fn sent(&self) -> bool {
        self.written >= self.out.len() && self.file.is_none()
    }

    /// Send no more of the answer: the connection is closed next.
    fn give_up(&mut self) {
        self.out.clear();
        self.written = 0;
        self.file = None;
    }
}

/// Serve every connection from this one thread with poll: no thread per request (each
/// would bring its own malloc arena and stack), and a slow client holds a slot, never the
/// others.
fn serve(
    listener: TcpListener,
    board: Arc<Board>,
    page: Option<Page>,
    stop: Arc<AtomicBool>,
    woken: rustix::fd::OwnedFd,
) {
    use rustix::event::{poll, PollFd, PollFlags, Timespec};
    if let Err(e) = listener.set_nonblocking(true) {
        log::error!("HTTP endpoint: {e}");
        return;
    }
    let mut conns: Vec<Conn> = Vec::new();
    let mut accept_failed = false;
    while !stop.load(Ordering::Relaxed) {
        let now = Instant::now();
        // Until the nearest deadline of a connection; with none, until something comes
        // (after a failed accept, a tick before trying again).
        let wait = conns.iter().map(|c| c.deadline.saturating_duration_since(now)).min();
        let wait = if accept_failed { Some(wait.unwrap_or(TICK).min(TICK)) } else { wait };
        let tick = wait.map(|w| Timespec {
            tv_sec: w.as_secs() as _,
            tv_nsec: w.subsec_nanos().max(if w.as_secs() == 0 { 1_000_000 } else { 0 }) as _,
        });
        let (ready_listener, ready): (bool, Vec<bool>) = {
            let mut fds: Vec<PollFd<'_>> = Vec::with_capacity(conns.len() + 2);
            // After a failed accept (no descriptors left), give it a tick before trying again.
            fds.push(PollFd::new(&listener, if accept_failed { PollFlags::empty() } else { PollFlags::IN }));
            fds.push(PollFd::new(&woken, PollFlags::IN));
            for c in &conns {
                fds.push(PollFd::new(
                    &c.stream,
                    if c.phase == Phase::Writing { PollFlags::OUT } else { PollFlags::IN },
                ));
            }
            if poll(&mut fds, tick.as_ref()).is_err() {
                continue;
            }
            let ready = fds[2..].iter().map(|f| !f.revents().is_empty()).collect();
            (!fds[0].revents().is_empty(), ready)
        };
        accept_failed = false;
        for (c, r) in conns.iter_mut().zip(ready) {
            if r {
                step(c, &board, page.as_ref());
            }
        }
        if ready_listener {
            loop {
                match listener.accept() {
                    Ok((stream, _)) => {
                        if stream.set_nonblocking(true).is_err() {
                            continue;
                        }
                        if conns.len() >= MAX_CONNECTIONS {
                            busy(stream);
                            continue;
                        }
                        let deadline = Instant::now() + REQUEST_TIME;
                        conns.push(Conn {
                            stream,
                            head: Vec::new(),
                            out: Vec::new(),
                            written: 0,
                            file: None,
                            phase: Phase::Reading,
                            deadline,
                            answer_limit: deadline,
                        });
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => break,
                    Err(_) => {
                        accept_failed = true;
                        break;
                    }
                }
            }
        }
        // Past its time: a request never finished gets 408 (with a second to take it);
        // an answer never taken, or a client that never closes, is dropped.
        let now = Instant::now();
        for c in conns.iter_mut().filter(|c| now >= c.deadline) {
            match c.phase {
                Phase::Reading => {
                    answer(c, Answer::bytes(response(408, "text/plain", b"request not received in time\n", false)));
                    c.deadline = now + Duration::from_secs(1);
                }
                Phase::Writing | Phase::Closing => c.give_up(),
            }
        }
        conns.retain_mut(|c| {
            if c.phase == Phase::Writing && c.sent() {
                let _ = c.stream.shutdown(std::net::Shutdown::Write);
                c.phase = Phase::Closing;
                c.deadline = c.deadline.min(Instant::now() + Duration::from_secs(1));
            }
            // Closing and (the client closed, or its time is up): gone.
            !(c.phase == Phase::Closing && (c.out.is_empty() || Instant::now() >= c.deadline))
        });
    }
}

/// Too many at once: a short answer, written if the socket takes it at once, and a clean
/// close (a close with the request unread would be a reset, losing the answer).
fn busy(mut stream: TcpStream) {
    let _ = stream.write_all(&response(503, "text/plain", b"busy: too many requests at once\n", false));
    let _ = stream.shutdown(std::net::Shutdown::Write);
    let mut sink = [0u8; 1024];
    let _ = stream.read(&mut sink);
}

/// What is sent back: bytes, then maybe a file's.
struct Answer {
    bytes: Vec<u8>,
    file: Option<(std::fs::File, u64)>,
}

impl Answer {
    fn bytes(bytes: Vec<u8>) -> Answer {
        Answer { bytes, file: None }
    }
}

fn answer(c: &mut Conn, a: Answer) {
    c.out = a.bytes;
    c.written = 0;
    c.file = a.file.filter(|(_, len)| *len > 0);
    c.phase = Phase::Writing;
    let now = Instant::now();
    c.deadline = now + REQUEST_TIME;
    c.answer_limit = now + ANSWER_TIME;
}

/// Send what the socket takes now: the head (and a body held in memory), then a file's
/// bytes straight from the page cache.
fn write_some(c: &mut Conn) {
    let mut progressed = false;
    for _ in 0..CHUNKS_PER_TURN {
        if c.written < c.out.len() {
            match c.stream.write(&c.out[c.written..]) {
                Ok(n) => {
                    c.written += n;
                    progressed = true;
                }
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => break,
                Err(_) => return c.give_up(),
            }
        } else if let Some((file, left)) = &mut c.file {
            let want = (*left).min(CHUNK as u64) as usize;
            match rustix::fs::sendfile(&c.stream, &*file, None, want) {
                Ok(0) => {
                    // The file was cut shorter than its announced length: the client sees
                    // the connection close before the end.
                    return c.give_up();
                }
                Ok(n) => {
                    *left -= n as u64;
                    progressed = true;
                    if *left == 0 {
                        c.file = None;
                    }
                }
                Err(rustix::io::Errno::AGAIN) => break,
                Err(_) => return c.give_up(),
            }
        } else {
            break;
        }
    }
    if progressed {
        c.deadline = (Instant::now() + REQUEST_TIME).min(c.answer_limit);
    }
}

/// Read or write what the socket allows now.
fn step(c: &mut Conn, board: &Board, page: Option<&Page>) {
    match c.phase {
        Phase::Writing => return write_some(c),
        Phase::Closing => {
            let mut sink = [0u8; 2048];
            loop {
                match c.stream.read(&mut sink) {
                    Ok(0) => {
                        c.out.clear(); // the client closed: done
                        return;
                    }
                    Ok(_) => {}
                    Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => return,
                    Err(_) => {
                        c.out.clear();
                        return;
                    }
                }
            }
        }
        Phase::Reading => {}
    }
    let mut chunk = [0u8; 2048];
    // The end of the stream (a client that half-closed after its request, as `nc -N`
    // does) often comes in the same wakeup as the request: it is noted, and the head
    // read so far is looked at first. Only a head left incomplete by it is a bad request.
    let mut ended = false;
    loop {
        match c.stream.read(&mut chunk) {
            Ok(0) => {
                ended = true;
                break;
            }
            Ok(n) => c.head.extend_from_slice(&chunk[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => break,
            Err(_) => {
                c.phase = Phase::Closing; // nothing can be written either
                c.out.clear();
                return;
            }
        }
        if c.head.len() > MAX_REQUEST {
            break;
        }
    }
    // Where the head ends (a blank line, with or without carriage returns).
    let end = c
        .head
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|i| i + 4)
        .into_iter()
        .chain(c.head.windows(2).position(|w| w == b"\n\n").map(|i| i + 2))
        .min();
    match end {
        Some(end) if end <= MAX_REQUEST => {
            let reply = reply(&c.head[..end], board, page);
            answer(c, reply);
        }
        Some(_) => answer(c, Answer::bytes(response(431, "text/plain", b"request head too large\n", false))),
        None if c.head.len() >= MAX_REQUEST => {
            answer(c, Answer::bytes(response(431, "text/plain", b"request head too large\n", false)))
        }
        None if ended => answer(c, Answer::bytes(response(400, "text/plain", b"bad request\n", false))),
        None => {}
    }
}

fn response(code: u16, kind: &str, body: &[u8], head_only: bool) -> Vec<u8> {
    let mut out = head(code, kind, "", body.len() as u64);
    if !head_only {
        out.extend_from_slice(body);
    }
    out
}

/// A response head; `extra` is more header lines, each ending in CRLF.
fn head(code: u16, kind: &str, extra: &str, length: u64) -> Vec<u8> {
    let reason = match code {
        200 => "OK",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        431 => "Request Header Fields Too Large",
        _ => "Service Unavailable",
    };
    format!(
        "HTTP/1.1 {code} {reason}\r\nContent-Type: {kind}\r\nContent-Length: {length}\r\nConnection: close\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n{extra}\r\n"
    )
    .into_bytes()
}

/// An answer of the page's routes.
pub(crate) struct Reply {
    pub(crate) code: u16,
    pub(crate) kind: &'static str,
    /// More header lines, each ending in CRLF.
    pub(crate) extra: String,
    pub(crate) body: Body,
}

pub(crate) enum Body {
    Bytes(Vec<u8>),
    Static(&'static [u8]),
    /// An open regular file, and how many of its bytes to send (its size when opened: a
    /// file being appended to is sent as it was).
    File(std::fs::File, u64),
}

/// The answer to a complete request head.
fn reply(request: &[u8], board: &Board, page: Option<&Page>) -> Answer {
    let line = request.split(|&b| b == b'\n').next().unwrap_or_default();
    let line = String::from_utf8_lossy(line);
    let mut parts = line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let head_only = method == "HEAD";
    if method != "GET" && !head_only {
        return Answer::bytes(response(405, "text/plain", b"only GET and HEAD\n", false));
    }
    let path = target.split('?').next().unwrap_or("");
    if let Some(r) = page.and_then(|p| p.route(path)) {
        let with_body = |body: &[u8]| {
            let mut out = head(r.code, r.kind, &r.extra, body.len() as u64);
            if !head_only {
                out.extend_from_slice(body);
            }
            Answer::bytes(out)
        };
        return match r.body {
            Body::Bytes(ref b) => with_body(b),
            Body::Static(b) => with_body(b),
            Body::File(f, len) => {
                Answer { bytes: head(r.code, r.kind, &r.extra, len), file: (!head_only).then_some((f, len)) }
            }
        };
    }
    let (code, kind, body) = route(path, board);
    Answer::bytes(response(code, kind, &body, head_only))
}

/// The answer to any path that is not served: the same whatever the path, so a wrong
/// secret cannot be told from any other unknown path.
pub(crate) const NOT_FOUND: &[u8] = b"not found: /, /metrics and /state/<collector> are served\n";

fn route(path: &str, board: &Board) -> (u16, &'static str, Vec<u8>) {
    match path {
        "/" => health(board),
        "/metrics" => (
            200,
            "text/plain; version=0.0.4; charset=utf-8",
            super::prometheus::exposition(board, super::prometheus::Reader::Scrape).into_bytes(),
        ),
        p => match p.strip_prefix("/state/") {
            // Only the name of a running collector: nothing else is looked up.
            Some(name) => match board.running().into_iter().find(|n| *n == name) {
                Some(n) => match board.report(n) {
                    Some(r) => match crate::state::state_json(&r.envelope, r.measured.as_ref().map(|m| &*m.fields)) {
                        Ok(json) => (200, "application/json", json),
                        Err(e) => (503, "text/plain", format!("{e:#}\n").into_bytes()),
                    },
                    None => (503, "text/plain", format!("{n} has not reported yet\n").into_bytes()),
                },
                None => (404, "text/plain", b"no such collector\n".to_vec()),
            },
            None => (404, "text/plain", NOT_FOUND.to_vec()),
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

/// `--http-listen`.
#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "Output: HTTP endpoint")]
#[group(id = "http-output")]
pub(crate) struct Args {
    /// Serve / (health), /metrics and /state/<collector> over HTTP on ADDR: PORT (127.0.0.1), or HOST:PORT [default: off]
    #[arg(long, env = "GATHERER_HTTP_LISTEN", value_name = "ADDR")]
    pub(crate) http_listen: Option<String>,

    /// Serve the page and the history files under /SECRET/, SECRET being this file's first line: at least 16 of A-Z a-z 0-9 _ - (openssl rand -hex 16); a regular file (no symlink, one name) of root or the daemon's user, readable by its owner only [default: no page]
    #[arg(long, env = "GATHERER_HTTP_SECRET_FILE", value_name = "PATH")]
    pub(crate) http_secret_file: Option<std::path::PathBuf>,
}

/// The validated endpoint settings: where to listen, and the page's.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Settings {
    pub(crate) addr: SocketAddr,
    pub(crate) page: Option<PageSettings>,
}

pub(crate) struct Kind;
pub(crate) static KIND: super::Kind<Kind> = super::Kind::NEW;

impl super::OutputKind for Kind {
    const NAME: &'static str = "http";
    type Args = Args;

    fn settings(
        a: Args,
        cx: &super::Context,
    ) -> Result<Option<Box<dyn super::Output>>, crate::util::setting::BadSetting> {
        let Some(l) = super::given(&a.http_listen) else { return Ok(None) };
        let addr = parse_listen(&l).map_err(|why| crate::util::setting::bad("http-listen", &l, &why))?;
        let page = match a.http_secret_file.filter(|p| !p.as_os_str().is_empty()) {
            Some(file) => Some(PageSettings::read(&file, cx.history_dir, cx.run_as)?),
            None => None,
        };
        Ok(Some(Box::new(Settings { addr, page })))
    }
}

impl super::Output for Settings {
    fn start(&self, cx: &super::Start) -> anyhow::Result<Arc<dyn crate::engine::sink::Sink>> {
        let page = self.page.clone().map(|p| Page::new(p, cx.host));
        Ok(Arc::new(Endpoint::start(self.addr, cx.board.clone(), page)?))
    }

    fn in_once(&self) -> bool {
        false
    }
}

/// The endpoint takes no reports (it serves the board); as a sink, closing it stops it.
impl crate::engine::sink::Sink for Endpoint {
    fn name(&self) -> &'static str {
        "http"
    }

    fn deliver(&self, _report: &Arc<crate::engine::sink::Report>) {}

    fn close(&self, _limit: Duration) {
        self.stop();
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
