//! The HTTP endpoint (`--http-listen`) of `gatherer run`, from the outside: the real curl
//! and raw sockets against a daemon on fixture roots. Health that follows a failing
//! collector, the exposition, the state JSON, paths that must never reach a file, and the
//! bounds: head size, head time, requests in flight. Off by default; bad addresses and a
//! taken port are start-up errors.

mod common;
use common::*;
use std::fs;
use std::io::{ErrorKind, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

/// The daemon, killed and reaped however the test ends.
struct Daemon(Child);
impl Drop for Daemon {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// `gatherer run` with memory and cpu every 0.2 s on fixture roots in `dir`, plus `extra`.
fn start(dir: &Path, extra: &[&str]) -> Daemon {
    let (proc_root, sys_root) = (dir.join("proc"), dir.join("sys"));
    let child = gatherer(dir)
        .args(["run", "--collectors", "memory,cpu", "--memory-interval", "0.2", "--cpu-interval", "0.2"])
        .arg("--proc-root")
        .arg(&proc_root)
        .arg("--sys-root")
        .arg(&sys_root)
        .arg("--log-file")
        .arg(dir.join("gatherer.log"))
        .args(extra)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let d = Daemon(child);
    for c in ["memory", "cpu"] {
        let state = dir.join("state").join(format!("{c}.json"));
        eventually(15, &format!("{c} state ok"), || (state.exists() && json(&state)["status"] == "ok").then_some(()));
    }
    d
}

/// Start a daemon serving on a free port; returns it and the port, once it answers.
fn serving(dir: &Path) -> (Daemon, u16) {
    let port = free_port();
    let d = start(dir, &["--http-listen", &format!("127.0.0.1:{port}")]);
    eventually(10, "the endpoint to accept", || TcpStream::connect(("127.0.0.1", port)).ok().map(drop));
    (d, port)
}

struct Resp {
    status: u16,
    head: String,
    body: String,
}

impl Resp {
    fn header(&self, name: &str) -> Option<String> {
        self.head.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.trim().eq_ignore_ascii_case(name).then(|| v.trim().to_string())
        })
    }
}

impl std::fmt::Debug for Resp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}\n{}\n[body]\n{}", self.status, self.head, self.body)
    }
}

fn parse(raw: &str) -> Resp {
    let (head, body) = raw.split_once("\r\n\r\n").unwrap_or_else(|| panic!("no end of the response head in {raw:?}"));
    let status =
        head.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or_else(|| panic!("no status in {raw:?}"));
    Resp { status, head: head.to_string(), body: body.to_string() }
}

/// The real curl: `args` then the URL of `path` (sent as is, never normalized).
fn curl(port: u16, args: &[&str], path: &str) -> Resp {
    let o = Command::new("curl")
        .args(["-s", "-S", "-i", "--path-as-is", "--max-time", "15"])
        .args(args)
        .arg(format!("http://127.0.0.1:{port}{path}"))
        .output()
        .unwrap();
    assert!(o.status.success(), "curl {args:?} {path}: {}", text(&o));
    parse(&String::from_utf8_lossy(&o.stdout))
}

fn get(port: u16, path: &str) -> Resp {
    curl(port, &[], path)
}

/// Send `request` as is on a new connection; everything the server sends back.
fn raw(port: u16, request: &[u8]) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    s.write_all(request).unwrap();
    let mut out = Vec::new();
    if let Err(e) = s.read_to_end(&mut out) {
        panic!("reading the answer to {:?}: {e} (got {:?})", String::from_utf8_lossy(request), out);
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Ports the process listens on over TCP (its own sockets, from /proc).
fn listening_ports(pid: u32) -> Vec<u16> {
    let inodes: Vec<String> = fs::read_dir(format!("/proc/{pid}/fd"))
        .unwrap()
        .filter_map(|e| {
            let l = fs::read_link(e.ok()?.path()).ok()?;
            let l = l.to_string_lossy();
            Some(l.strip_prefix("socket:[")?.strip_suffix(']')?.to_string())
        })
        .collect();
    let mut ports = Vec::new();
    for table in ["/proc/net/tcp", "/proc/net/tcp6"] {
        let Ok(t) = fs::read_to_string(table) else { continue };
        for line in t.lines().skip(1) {
            let f: Vec<&str> = line.split_whitespace().collect();
            // sl local_address rem_address st ... uid timeout inode
            if f.len() > 9 && f[3] == "0A" && inodes.iter().any(|i| i == f[9]) {
                let port = f[1].rsplit(':').next().unwrap();
                ports.push(u16::from_str_radix(port, 16).unwrap());
            }
        }
    }
    ports
}

fn need_curl() -> bool {
    if have("curl") {
        true
    } else {
        peer_missing("curl (apt-get install curl)");
        false
    }
}

#[test]
fn health_follows_a_failing_collector_and_metrics_and_state_are_served() {
    if !need_curl() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    fixture_roots(dir.path());
    let (d, port) = serving(dir.path());
    assert_eq!(listening_ports(d.0.id()), [port], "the daemon listens on exactly the endpoint's port");

    let r = get(port, "/");
    assert_eq!((r.status, r.body.as_str()), (200, "OK\n"), "{r:?}");
    assert_eq!(r.header("Content-Length").as_deref(), Some("3"), "{r:?}");

    // The memory collector fails: garbage in meminfo.
    let meminfo = dir.path().join("proc/meminfo");
    let good = fs::read(&meminfo).unwrap();
    fs::write(&meminfo, "garbage\n").unwrap();
    let mem_state = dir.path().join("state/memory.json");
    let s = eventually(10, "memory to fail", || Some(json(&mem_state)).filter(|s| s["status"] == "error"));
    let why = s["error"].as_str().unwrap().to_string();
    assert!(why.contains("garbage"), "the collector failed for the reason made: {s}");
    assert_eq!(json(&dir.path().join("state/cpu.json"))["status"], "ok", "cpu did not fail");
    let r = eventually(5, "/ to say 503", || Some(get(port, "/")).filter(|r| r.status == 503));
    let lines: Vec<&str> = r.body.lines().collect();
    assert_eq!(lines.first(), Some(&"FAILING"), "{r:?}");
    let mem_line = lines.iter().find(|l| l.starts_with("memory: ")).unwrap_or_else(|| panic!("memory named: {r:?}"));
    assert!(mem_line.contains("meminfo") && mem_line.contains("garbage"), "the reason given: {r:?}");
    assert!(!lines.iter().any(|l| l.starts_with("cpu")), "only the failing collector named: {r:?}");
    assert_eq!(lines.len(), 2, "{r:?}");

    // /state/memory is the state file, failing state included.
    let same_as_file = |name: &str| {
        let file = dir.path().join(format!("state/{name}.json"));
        // Both change every 0.2 s: the answer must equal the file read just before or
        // just after it, at least once.
        for _ in 0..50 {
            let before = json(&file);
            let r = get(port, &format!("/state/{name}"));
            assert_eq!(r.status, 200, "{r:?}");
            assert_eq!(r.header("Content-Type").as_deref(), Some("application/json"), "{r:?}");
            let served: serde_json::Value = serde_json::from_str(&r.body).unwrap_or_else(|e| panic!("{e}: {r:?}"));
            if served == before || served == json(&file) {
                return served;
            }
        }
        panic!("/state/{name} never equal to {}", file.display());
    };
    assert_eq!(same_as_file("memory")["status"], "error");

    // Fixed: healthy again.
    fs::write(&meminfo, &good).unwrap();
    eventually(10, "memory to recover", || Some(json(&mem_state)).filter(|s| s["status"] == "ok"));
    let r = eventually(5, "/ to say 200", || Some(get(port, "/")).filter(|r| r.status == 200));
    assert_eq!(r.body, "OK\n");
    let served = same_as_file("memory");
    assert_eq!(served["status"], "ok");
    assert_eq!(served["collector"], "memory");
    assert!(served["meminfo"]["MemTotal"].is_number(), "{served}");
    assert_eq!(same_as_file("cpu")["collector"], "cpu");

    let r = get(port, "/metrics");
    assert_eq!(r.status, 200, "{r:?}");
    let kind = r.header("Content-Type").unwrap();
    assert!(kind.starts_with("text/plain; version=0.0.4"), "{kind}");
    assert!(r.body.contains("gatherer_collector_success{collector=\"memory\"} 1\n"), "{r:?}");
    assert!(r.body.contains("gatherer_collector_success{collector=\"cpu\"} 1\n"), "{r:?}");
    assert_eq!(r.header("Content-Length").unwrap(), r.body.len().to_string());

    // Nothing but the three routes, and no path reaches a file.
    let passwd = fs::read_to_string("/etc/passwd").unwrap();
    let first_passwd_line = passwd.lines().next().unwrap();
    for path in [
        "/state/nope",
        "/state/../../etc/passwd",
        "/state/../../../../../../etc/passwd",
        "/etc/passwd",
        "/state/",
        "/state",
        "//state/memory",
        "/state//memory",
        "/state/memory/",
        "/state/memory.json",
        "/state/cpu.json",
        "/state/MEMORY",
        "/state/diskstats",
        "/state/%2e%2e/%2e%2e/etc/passwd",
        "/state/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/state/..%2f..%2f..%2fetc%2fpasswd",
        "/state/memory%00",
        "/%2fetc%2fpasswd",
        "/metrics/",
        "/metrics/../state/memory",
        "/index.html",
    ] {
        let r = get(port, path);
        assert_eq!(r.status, 404, "{path}: {r:?}");
        assert!(!r.body.contains(first_passwd_line) && !r.body.contains("root:"), "{path}: file content: {r:?}");
        assert!(!r.body.contains('{') && !r.body.contains("MemTotal"), "{path}: state content: {r:?}");
    }

    for method in ["POST", "PUT", "DELETE", "OPTIONS"] {
        let r = curl(port, &["-X", method, "-d", "x=1"], "/");
        assert_eq!(r.status, 405, "{method}: {r:?}");
    }
    let r = curl(port, &["-X", "POST", "-d", "x=1"], "/state/memory");
    assert_eq!(r.status, 405, "{r:?}");

    // HEAD: the same head, no body.
    let r = curl(port, &["-I"], "/");
    assert_eq!((r.status, r.header("Content-Length").as_deref()), (200, Some("3")), "{r:?}");
    assert_eq!(r.body, "", "{r:?}");
    let head = raw(port, b"HEAD /metrics HTTP/1.1\r\nHost: x\r\n\r\n");
    let r = parse(&head);
    assert_eq!(r.status, 200, "{r:?}");
    assert!(r.header("Content-Length").unwrap().parse::<usize>().unwrap() > 100, "{r:?}");
    assert_eq!(r.body, "", "HEAD sends no body: {head:?}");

    // A head over 8 KiB.
    for size in [9000, 100_000] {
        let big = format!("X-Big: {}", "a".repeat(size));
        let r = curl(port, &["-H", &big], "/");
        assert_eq!(r.status, 431, "{size}: {r:?}");
    }
    let r = parse(&raw(port, format!("GET / HTTP/1.1\r\nX-Big: {}\r\n\r\n", "b".repeat(8300)).as_bytes()));
    assert_eq!(r.status, 431, "{r:?}");
    // Just under the bound is fine.
    let r = parse(&raw(port, format!("GET / HTTP/1.1\r\nX-Big: {}\r\n\r\n", "b".repeat(7000)).as_bytes()));
    assert_eq!((r.status, r.body.as_str()), (200, "OK\n"), "{r:?}");

    // HTTP/1.0, and bare \n line ends.
    let r = curl(port, &["--http1.0"], "/");
    assert_eq!((r.status, r.body.as_str()), (200, "OK\n"), "{r:?}");
    let r = parse(&raw(port, b"GET / HTTP/1.0\r\n\r\n"));
    assert_eq!((r.status, r.body.as_str()), (200, "OK\n"), "{r:?}");
    let answer = raw(port, b"GET / HTTP/1.1\nHost: x\nUser-Agent: y\n\n");
    assert!(answer.starts_with("HTTP/1.1 200 "), "{answer:?}");
    assert!(answer.ends_with("\r\n\r\nOK\n"), "{answer:?}");
    let answer = raw(port, b"GET /state/memory HTTP/1.0\n\n");
    let served: serde_json::Value = serde_json::from_str(parse(&answer).body.as_str()).unwrap();
    assert_eq!(served["collector"], "memory");

    let mut d = d;
    assert!(d.0.try_wait().unwrap().is_none(), "the daemon still runs");
}

/// Clients that connect and send nothing (or half a request line, or a header a byte at a
/// time) are answered 408 after about 5 s, and while they hold their connections everyone
/// else is served at once.
#[test]
fn a_silent_client_is_cut_off_in_5_s_and_blocks_no_one() {
    if !need_curl() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    fixture_roots(dir.path());
    let (_d, port) = serving(dir.path());
    let connected = Instant::now();
    let mut silent: Vec<TcpStream> = (0..13).map(|_| TcpStream::connect(("127.0.0.1", port)).unwrap()).collect();
    for s in silent.iter_mut().skip(7) {
        s.write_all(b"GET / HTT").unwrap();
    }
    // And one that trickles a header byte every 250 ms: the 5 s are for the whole head.
    let trickle = TcpStream::connect(("127.0.0.1", port)).unwrap();
    let mut w = trickle.try_clone().unwrap();
    let writer = std::thread::spawn(move || {
        let mut sent = 0;
        if w.write_all(b"GET / HTTP/1.1\r\nX-Slow: ").is_ok() {
            while sent < 40 && w.write_all(b"a").is_ok() {
                sent += 1;
                std::thread::sleep(Duration::from_millis(250));
            }
        }
        sent
    });
    silent.push(trickle);
    std::thread::sleep(Duration::from_millis(300));
    for s in &silent {
        s.set_nonblocking(true).unwrap();
        let e = s.peek(&mut [0u8; 1]).expect_err("no answer yet: the connection is held");
        assert_eq!(e.kind(), ErrorKind::WouldBlock);
    }
    for _ in 0..5 {
        let t = Instant::now();
        let r = get(port, "/");
        assert_eq!((r.status, r.body.as_str()), (200, "OK\n"), "{r:?}");
        assert!(t.elapsed() < Duration::from_millis(1000), "served at once: {:?}", t.elapsed());
    }
    assert!(connected.elapsed() < Duration::from_secs(4), "served while the silent ones were held");
    for (i, mut s) in silent.into_iter().enumerate() {
        s.set_nonblocking(false).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        let mut out = Vec::new();
        s.read_to_end(&mut out).unwrap();
        let at = connected.elapsed();
        let out = String::from_utf8_lossy(&out);
        assert!(out.starts_with("HTTP/1.1 408 "), "client {i}: {out:?}");
        assert!(at >= Duration::from_millis(4500) && at < Duration::from_secs(7), "client {i} cut off at {at:?}");
    }
    let trickled = writer.join().unwrap();
    assert!((16..40).contains(&trickled), "the trickling client sent {trickled} bytes before it was cut off");
}

/// 40 slow clients: 16 hold the endpoint's slots, the other 24 and every request beyond
/// are answered 503 "busy" at once; when the slow ones go, service is normal again.
#[test]
fn beyond_16_requests_in_flight_are_told_busy_at_once() {
    if !need_curl() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    fixture_roots(dir.path());
    let (_d, port) = serving(dir.path());
    // The probe connection of `serving` holds a slot until its thread ends.
    std::thread::sleep(Duration::from_millis(300));
    let connected = Instant::now();
    let mut slow: Vec<TcpStream> = (0..40).map(|_| TcpStream::connect(("127.0.0.1", port)).unwrap()).collect();
    for (i, s) in slow.iter_mut().enumerate() {
        if i % 2 == 1 {
            // Half a request, never finished.
            let _ = s.write_all(b"GET /metrics HTTP/1.1\r\nHost: x\r\n");
        }
        s.set_nonblocking(true).unwrap();
    }
    let answered = |slow: &[TcpStream]| slow.iter().filter(|s| s.peek(&mut [0u8; 1]).is_ok()).count();
    eventually(3, "24 answers", || (answered(&slow) >= 24).then_some(()));
    std::thread::sleep(Duration::from_millis(300));
    let (mut busy, mut held) = (0, Vec::new());
    for s in slow.iter_mut() {
        let mut buf = [0u8; 4096];
        match s.read(&mut buf) {
            Ok(n) => {
                let out = String::from_utf8_lossy(&buf[..n]);
                assert!(out.starts_with("HTTP/1.1 503 ") && out.contains("busy"), "{out:?}");
                busy += 1;
            }
            Err(e) if e.kind() == ErrorKind::WouldBlock => held.push(s),
            Err(e) => panic!("{e}"),
        }
    }
    assert_eq!((busy, held.len()), (24, 16));

    for _ in 0..5 {
        let t = Instant::now();
        let r = get(port, "/");
        assert_eq!(r.status, 503, "{r:?}");
        assert!(r.body.contains("busy"), "{r:?}");
        assert!(t.elapsed() < Duration::from_millis(1000), "at once: {:?}", t.elapsed());
    }
    let r = get(port, "/metrics");
    assert!(r.status == 503 && r.body.contains("busy"), "{r:?}");
    // The 16 are still held: nothing was sent to them.
    for s in &held {
        assert_eq!(s.peek(&mut [0u8; 1]).unwrap_err().kind(), ErrorKind::WouldBlock, "still held");
    }
    assert!(connected.elapsed() < Duration::from_secs(4), "all of this before the 5 s head timeout");

    drop(slow);
    let gone = Instant::now();
    let r = eventually(3, "normal service", || Some(get(port, "/")).filter(|r| r.status == 200));
    assert_eq!(r.body, "OK\n");
    assert!(
        connected.elapsed() < Duration::from_millis(4800),
        "freed by the clients going ({:?} after), not by the head timeout",
        gone.elapsed()
    );
    // And for a while: 20 in a row, never busy.
    for _ in 0..20 {
        let r = get(port, "/metrics");
        assert_eq!(r.status, 200, "{r:?}");
    }
}

/// A client told "busy" had sent its request: the answer must end in a clean close (FIN),
/// not a reset, or a client reading to the end of the answer sees "connection reset by
/// peer" (ab aborts its run) and a stack that drops unread data on a reset loses the 503.
#[test]
fn a_busy_answer_ends_in_a_clean_close_not_a_reset() {
    let dir = tempfile::tempdir().unwrap();
    fixture_roots(dir.path());
    let (_d, port) = serving(dir.path());
    std::thread::sleep(Duration::from_millis(300));
    let held: Vec<TcpStream> = (0..16).map(|_| TcpStream::connect(("127.0.0.1", port)).unwrap()).collect();
    std::thread::sleep(Duration::from_millis(300));
    for s in &held {
        s.set_nonblocking(true).unwrap();
        assert_eq!(s.peek(&mut [0u8; 1]).unwrap_err().kind(), ErrorKind::WouldBlock, "all 16 slots held");
    }
    // 20 requests in a burst: most are in the server's hands before it gets to them.
    let clients: Vec<TcpStream> = (0..20)
        .map(|_| {
            let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
            s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
            s
        })
        .collect();
    // Let every answer, and whatever follows it, arrive before reading.
    std::thread::sleep(Duration::from_millis(200));
    let mut resets = Vec::new();
    for (i, mut s) in clients.into_iter().enumerate() {
        s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        let mut out = Vec::new();
        let end = s.read_to_end(&mut out);
        let out = String::from_utf8_lossy(&out);
        assert!(out.starts_with("HTTP/1.1 503 ") && out.contains("busy"), "client {i}: the busy answer: {out:?}");
        if let Err(e) = end {
            resets.push(format!("client {i}: {e} after the {} bytes of the answer", out.len()));
        }
    }
    assert!(resets.is_empty(), "{} of 20 busy answers ended in a reset:\n{}", resets.len(), resets.join("\n"));
    drop(held);
}

#[test]
fn off_by_default_nothing_listens() {
    let dir = tempfile::tempdir().unwrap();
    fixture_roots(dir.path());
    let d = start(dir.path(), &[]);
    // Started, measured and written: anything it would serve exists by now.
    std::thread::sleep(Duration::from_millis(500));
    assert!(fs::metadata(format!("/proc/{}/fd", d.0.id())).is_ok(), "the daemon runs");
    assert_eq!(listening_ports(d.0.id()), Vec::<u16>::new(), "no --http-listen: no listening socket");
    if have("ss") {
        let o = Command::new("ss").args(["-Hltnp"]).output().unwrap();
        let out = String::from_utf8_lossy(&o.stdout);
        let pid = format!("pid={},", d.0.id());
        assert!(!out.lines().any(|l| l.contains(&pid)), "ss: {out}");
    }
}

/// Spawn `c` and wait for it to exit, at most `secs`.
fn exits(mut c: Command, secs: u64) -> Output {
    c.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut d = Daemon(c.spawn().unwrap());
    eventually(secs, "gatherer to exit", || d.0.try_wait().unwrap());
    let mut out = Output { status: d.0.wait().unwrap(), stdout: Vec::new(), stderr: Vec::new() };
    d.0.stdout.take().unwrap().read_to_end(&mut out.stdout).unwrap();
    d.0.stderr.take().unwrap().read_to_end(&mut out.stderr).unwrap();
    out
}

#[test]
fn bad_addresses_exit_2_and_a_taken_port_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let (proc_root, _) = fixture_roots(dir.path());
    let run = |listen: Option<&str>, env: Option<&str>| {
        let mut c = gatherer(dir.path());
        c.args(["run", "--collectors", "memory", "--proc-root"]).arg(&proc_root);
        if let Some(l) = listen {
            c.args(["--http-listen", l]);
        }
        if let Some(e) = env {
            c.env("GATHERER_HTTP_LISTEN", e);
        }
        exits(c, 10)
    };
    for (flag, env) in [
        (Some("9999999"), None),
        (Some("nonsense"), None),
        (Some("127.0.0.1:99999"), None),
        (Some("[::1"), None),
        (None, Some("9999999")),
        (None, Some("nonsense")),
    ] {
        let o = run(flag, env);
        let value = flag.or(env).unwrap();
        assert_eq!(o.status.code(), Some(2), "{value}: {}", text(&o));
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(
            err.contains("GATHERER_HTTP_LISTEN") && err.contains("--http-listen") && err.contains(value),
            "{value}: {err}"
        );
    }

    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    let o = run(Some(&port.to_string()), None);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains(&format!("cannot listen on 127.0.0.1:{port}")) && err.contains("in use"),
        "a clear message: {err}"
    );
    drop(taken);
}

/// A client that sends its request and then half-closes (`shutdown(SHUT_WR)`, as
/// `printf ... | nc -N` does) still gets its answer: a complete head is answered whatever
/// follows it, end of stream included. The request and the FIN often arrive in one read,
/// so many rounds, with and without a pause between them.
#[test]
fn a_request_followed_by_a_half_close_is_answered() {
    let dir = tempfile::tempdir().unwrap();
    fixture_roots(dir.path());
    let (_d, port) = serving(dir.path());
    let mut wrong = Vec::new();
    for round in 0..60 {
        let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        let path = if round % 2 == 0 { "/" } else { "/metrics" };
        s.write_all(format!("GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").as_bytes()).unwrap();
        if round % 3 == 0 {
            // The head alone first, then the FIN in a later read.
            std::thread::sleep(Duration::from_millis(20));
        }
        s.shutdown(std::net::Shutdown::Write).unwrap();
        let mut out = Vec::new();
        s.read_to_end(&mut out).unwrap();
        let out = String::from_utf8_lossy(&out);
        if !out.starts_with("HTTP/1.1 200 ") {
            wrong.push(format!("round {round} ({path}): {:?}", &out[..out.len().min(60)]));
        }
    }
    assert!(wrong.is_empty(), "{} of 60 half-closed requests not answered 200:\n{}", wrong.len(), wrong.join("\n"));
    // A head cut short by the end of stream is still a bad request.
    let out = raw_half_closed(port, b"GET / HTTP/1.1\r\nHost: x\r\n");
    assert!(out.starts_with("HTTP/1.1 400 "), "{out:?}");
}

/// `request` on a new connection, then a half-close; everything the server sends back.
fn raw_half_closed(port: u16, request: &[u8]) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    s.write_all(request).unwrap();
    s.shutdown(std::net::Shutdown::Write).unwrap();
    let mut out = Vec::new();
    s.read_to_end(&mut out).unwrap();
    String::from_utf8_lossy(&out).into_owned()
}

/// An endpoint on every address (0.0.0.0, [::]) is reachable from the network, without
/// authentication: said at WARN, naming the address. The loopback default says nothing
/// of the kind.
#[test]
fn listening_beyond_the_loopback_is_warned_about() {
    for (addr, warned) in [("0.0.0.0", true), ("[::]", true), ("127.0.0.1", false)] {
        let dir = tempfile::tempdir().unwrap();
        fixture_roots(dir.path());
        let port = free_port();
        let listen = format!("{addr}:{port}");
        let d = start(dir.path(), &["--http-listen", &listen]);
        let log = fs::read_to_string(dir.path().join("gatherer.log")).unwrap();
        drop(d);
        let warning = log.lines().find(|l| l.contains("reachable from the network"));
        if warned {
            let w = warning.unwrap_or_else(|| panic!("{listen}: no warning in\n{log}"));
            assert!(w.contains("WARN") && w.contains(&listen), "{w}");
        } else {
            assert!(warning.is_none(), "{listen}: {log}");
        }
    }
}
