//! The Graphite output end to end, against real peers: a carbon-cache (pip `carbon` and
//! `whisper` in the venv tests/run-all.sh builds at target/carbon-venv, or
//! $GATHERER_CARBON_VENV) and carbon-c-relay (Debian package carbon-c-relay).
//!
//! The series followed is `cpu.context_switches`, the kernel's `ctxt` counter: it grows
//! every second on any machine (gatherer's own wake-ups switch context), even when every
//! CPU is busy and an idle-time counter stands still, so each second's value differs
//! from its neighbours' and a sample shifted or doubled into another slot shows.
//!
//! What was measured, and when, is taken from gatherer's own state file
//! (`cpu.json`), watched every 10 ms: each new `measured_at_unix` is one cycle, and
//! its `context_switches` is the very value the Graphite line carries. The number of
//! cycles each run logged (`--debug`: one `cycle N took ...: ok` line per cycle) must
//! equal the number of seconds seen for that run, so the watch missed none. The state
//! directory is on tmpfs (/dev/shm): a state file has one write in flight and the newest
//! report replaces a waiting one, so on a busy disk, where its fsync can take seconds, a
//! cycle's state file may never be written at all (seen here: 2.3 s between two).

mod common;
use common::*;
use std::collections::BTreeMap;
use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::{sleep, JoinHandle};
use std::time::{Duration, Instant};

// ---------------------------------------------------------------------------------------
// Processes

/// A child process, killed (SIGKILL) and reaped when dropped, also on a panic.
struct Proc {
    child: Option<Child>,
    what: String,
}

impl Proc {
    fn spawn(what: &str, cmd: &mut Command) -> Proc {
        let child = cmd.spawn().unwrap_or_else(|e| panic!("cannot start {what}: {e}"));
        Proc { child: Some(child), what: what.to_string() }
    }

    fn pid(&self) -> i32 {
        self.child.as_ref().expect("running").id() as i32
    }

    /// SIGTERM, and wait at most `limit` for the exit.
    fn sigterm(&mut self, limit: Duration) -> ExitStatus {
        let pid = self.pid();
        // SAFETY: a plain kill(2) on our own child, not yet reaped.
        assert_eq!(unsafe { libc::kill(pid, libc::SIGTERM) }, 0, "SIGTERM to {}", self.what);
        let until = Instant::now() + limit;
        loop {
            if let Some(status) = self.child.as_mut().unwrap().try_wait().unwrap() {
                self.child = None;
                return status;
            }
            assert!(Instant::now() < until, "{} did not stop within {limit:?} of SIGTERM", self.what);
            sleep(Duration::from_millis(20));
        }
    }

    /// kill -9, reap, and check it is really gone. Returns its pid.
    fn kill9(&mut self) -> i32 {
        let pid = self.pid();
        let mut child = self.child.take().unwrap();
        child.kill().unwrap();
        let status = child.wait().unwrap();
        assert_eq!(status.signal(), Some(libc::SIGKILL), "{} did not die of SIGKILL: {status:?}", self.what);
        assert!(!Path::new(&format!("/proc/{pid}")).exists(), "{} (pid {pid}) still exists after kill -9", self.what);
        pid
    }
}

impl Drop for Proc {
    fn drop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// A port nobody listens on (checked).
fn dead_port() -> u16 {
    let p = free_port();
    assert!(TcpStream::connect(("127.0.0.1", p)).is_err(), "port {p} should be dead");
    p
}

fn listening(port: u16) -> bool {
    TcpStream::connect(("127.0.0.1", port)).is_ok()
}

fn sleep_until(t: Instant) {
    sleep(t.saturating_duration_since(Instant::now()));
}

fn log_text(p: &Path) -> String {
    fs::read_to_string(p).unwrap_or_default()
}

/// `gatherer run ARGS`, its standard error (the log) into `log`.
fn start_gatherer(dir: &Path, log: &Path, args: &[String]) -> Proc {
    let f = fs::File::create(log).unwrap();
    Proc::spawn("gatherer", gatherer(dir).arg("run").args(args).stdout(Stdio::null()).stderr(Stdio::from(f)))
}

fn strings(a: &[&str]) -> Vec<String> {
    a.iter().map(|s| s.to_string()).collect()
}

// ---------------------------------------------------------------------------------------
// carbon-cache

/// A carbon-cache with everything under `root`, keeping `e2e.*` at one point a second
/// for an hour; it can be killed and started again on the same storage and port.
/// `max_updates` is its MAX_UPDATES_PER_SECOND (whisper writes, one metric each): a low
/// rate keeps points in its memory cache for a while, as a busy carbon does.
struct Carbon {
    venv: PathBuf,
    root: PathBuf,
    port: u16,
    proc: Option<Proc>,
}

impl Carbon {
    fn new(venv: &Path, root: &Path, max_updates: &str) -> Carbon {
        let conf = root.join("conf");
        let storage = root.join("storage");
        for d in [&conf, &storage.join("whisper"), &storage.join("log")] {
            fs::create_dir_all(d).unwrap();
        }
        fs::write(
            conf.join("storage-schemas.conf"),
            "[gatherer_e2e]\npattern = ^e2e\\.\nretentions = 1s:1h\n\n[default]\npattern = .*\nretentions = 60s:1d\n",
        )
        .unwrap();
        fs::write(
            conf.join("storage-aggregation.conf"),
            "[default]\npattern = .*\nxFilesFactor = 0\naggregationMethod = average\n",
        )
        .unwrap();
        let (port, query_port) = (free_port(), free_port());
        fs::write(
            conf.join("carbon.conf"),
            format!(
                "[cache]\nSTORAGE_DIR = {s}\nLOCAL_DATA_DIR = {s}/whisper\nCONF_DIR = {c}\nLOG_DIR = {s}/log\nPID_DIR = {s}\n\
                 USER =\nMAX_CACHE_SIZE = inf\nMAX_UPDATES_PER_SECOND = {max_updates}\nMAX_CREATES_PER_MINUTE = inf\n\
                 LINE_RECEIVER_INTERFACE = 127.0.0.1\nLINE_RECEIVER_PORT = {port}\nENABLE_UDP_LISTENER = False\n\
                 PICKLE_RECEIVER_INTERFACE = 127.0.0.1\nPICKLE_RECEIVER_PORT = 0\n\
                 CACHE_QUERY_INTERFACE = 127.0.0.1\nCACHE_QUERY_PORT = {query_port}\nCARBON_METRIC_INTERVAL = 0\n\
                 LOG_LISTENER_CONNECTIONS = False\n",
                s = storage.display(),
                c = conf.display()
            ),
        )
        .unwrap();
        Carbon { venv: venv.to_path_buf(), root: root.to_path_buf(), port, proc: None }
    }

    /// Start in the foreground; returns once it accepts connections.
    fn start(&mut self) {
        assert!(!listening(self.port), "carbon's port {} is taken", self.port);
        let out = fs::OpenOptions::new().create(true).append(true).open(self.root.join("carbon.out")).unwrap();
        self.proc = Some(Proc::spawn(
            "carbon-cache",
            Command::new(self.venv.join("bin/python"))
                .arg(self.venv.join("bin/carbon-cache.py"))
                .arg(format!("--config={}", self.root.join("conf/carbon.conf").display()))
                .args(["--debug", "start"])
                .env("GRAPHITE_ROOT", &self.root)
                .stdout(Stdio::from(out.try_clone().unwrap()))
                .stderr(Stdio::from(out)),
        ));
        let port = self.port;
        eventually(60, "carbon-cache to listen", || listening(port).then_some(()));
    }

    /// kill -9: whatever it held only in its cache is gone.
    fn kill9(&mut self) {
        self.proc.as_mut().expect("carbon runs").kill9();
        self.proc = None;
        assert!(!listening(self.port), "carbon's port {} still accepts connections after kill -9", self.port);
    }

    fn wsp(&self, metric: &str) -> PathBuf {
        self.root.join("storage/whisper").join(format!("{}.wsp", metric.replace('.', "/")))
    }
}

// ---------------------------------------------------------------------------------------
// Whisper files

/// (seconds per point, points) of each archive of a whisper file.
fn whisper_archives(path: &Path) -> Vec<(u32, u32)> {
    let b = fs::read(path).unwrap();
    let u = |o: usize| u32::from_be_bytes(b[o..o + 4].try_into().unwrap());
    (0..u(12) as usize).map(|a| (u(16 + a * 12 + 4), u(16 + a * 12 + 8))).collect()
}

/// Every point of the one-second archive of a whisper file, read directly (the format is
/// big-endian: a 16-byte header, 12 bytes per archive, 12 bytes per point). Cheap enough
/// to poll every few tens of milliseconds; the final checks use whisper's own tool.
fn whisper_points(path: &Path) -> BTreeMap<i64, f64> {
    let mut out = BTreeMap::new();
    let Ok(b) = fs::read(path) else { return out };
    if b.len() < 16 {
        return out;
    }
    let u = |o: usize| u32::from_be_bytes(b[o..o + 4].try_into().unwrap());
    for a in 0..u(12) as usize {
        let info = 16 + a * 12;
        if info + 12 > b.len() {
            break;
        }
        let (offset, step, points) = (u(info) as usize, u(info + 4), u(info + 8) as usize);
        if step != 1 {
            continue;
        }
        for i in 0..points {
            let o = offset + i * 12;
            if o + 12 > b.len() {
                break;
            }
            let ts = u(o);
            if ts != 0 {
                out.insert(i64::from(ts), f64::from_be_bytes(b[o + 4..o + 12].try_into().unwrap()));
            }
        }
    }
    out
}

/// The points whisper's own `whisper-fetch.py` returns in (`from`, `until`].
fn whisper_fetch(venv: &Path, path: &Path, from: i64, until: i64) -> BTreeMap<i64, f64> {
    let o = Command::new(venv.join("bin/python"))
        .arg(venv.join("bin/whisper-fetch.py"))
        .arg(format!("--from={from}"))
        .arg(format!("--until={until}"))
        .arg(path)
        .output()
        .unwrap();
    assert!(o.status.success(), "whisper-fetch.py: {}", text(&o));
    let mut out = BTreeMap::new();
    for line in String::from_utf8(o.stdout).unwrap().lines() {
        let mut f = line.split_whitespace();
        let (Some(ts), Some(v)) = (f.next(), f.next()) else { continue };
        if v != "None" {
            out.insert(ts.parse().unwrap(), v.parse().unwrap());
        }
    }
    out
}

/// Wait until the whisper file has a point at each of `ts`, at most `limit` (what is
/// still missing then is the test's finding, reported by its assertions). Whether all
/// came.
fn wait_for_points<'a>(path: &Path, ts: impl Iterator<Item = &'a i64> + Clone, limit: Duration) -> bool {
    let until = Instant::now() + limit;
    loop {
        let have = whisper_points(path);
        if ts.clone().all(|t| have.contains_key(t)) {
            return true;
        }
        if Instant::now() > until {
            return false;
        }
        sleep(Duration::from_millis(100));
    }
}

/// Polls a whisper file and remembers when each timestamp first appeared.
struct WhisperWatch {
    stop: Arc<AtomicBool>,
    first_seen: Arc<Mutex<BTreeMap<i64, Instant>>>,
    thread: Option<JoinHandle<()>>,
}

impl WhisperWatch {
    fn start(path: PathBuf) -> WhisperWatch {
        let stop = Arc::new(AtomicBool::new(false));
        let first_seen = Arc::new(Mutex::new(BTreeMap::new()));
        let (s, f) = (stop.clone(), first_seen.clone());
        let thread = std::thread::spawn(move || {
            while !s.load(Ordering::Relaxed) {
                let now = Instant::now();
                let points = whisper_points(&path);
                let mut seen = f.lock().unwrap();
                for ts in points.keys() {
                    seen.entry(*ts).or_insert(now);
                }
                drop(seen);
                sleep(Duration::from_millis(50));
            }
        });
        WhisperWatch { stop, first_seen, thread: Some(thread) }
    }

    fn first_seen(&self) -> BTreeMap<i64, Instant> {
        self.first_seen.lock().unwrap().clone()
    }
}

impl Drop for WhisperWatch {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

// ---------------------------------------------------------------------------------------
// What gatherer measured: its state file, watched

#[derive(Clone, Copy, Debug)]
struct Seen {
    /// measured_at_unix: the timestamp of the cycle's Graphite lines (a change of it, or
    /// of the value, is a new cycle: the counter moves every cycle).
    ts: i64,
    /// context_switches of that cycle.
    value: f64,
    /// When the watch saw it (within ~10 ms of the state file's rename).
    at: Instant,
}

struct StateWatch {
    stop: Arc<AtomicBool>,
    seen: Arc<Mutex<Vec<Seen>>>,
    thread: Option<JoinHandle<()>>,
}

impl StateWatch {
    fn start(path: PathBuf) -> StateWatch {
        let stop = Arc::new(AtomicBool::new(false));
        let seen: Arc<Mutex<Vec<Seen>>> = Arc::default();
        let (s, v) = (stop.clone(), seen.clone());
        let thread = std::thread::spawn(move || {
            let mut last = None;
            while !s.load(Ordering::Relaxed) {
                let at = Instant::now();
                let state = fs::read(&path).ok().and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok());
                if let Some(j) = state {
                    let ts = j["measured_at_unix"].as_i64();
                    let value = j["context_switches"].as_f64();
                    if let (Some(ts), Some(value)) = (ts, value) {
                        if last != Some((ts, value)) {
                            last = Some((ts, value));
                            v.lock().unwrap().push(Seen { ts, value, at });
                        }
                    }
                }
                sleep(Duration::from_millis(10));
            }
        });
        StateWatch { stop, seen, thread: Some(thread) }
    }

    fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }

    fn len(&self) -> usize {
        self.seen.lock().unwrap().len()
    }

    /// Return just after a cycle, so that a signal sent now falls between two cycles.
    fn between_cycles(&self) {
        let n = self.len();
        eventually(10, "a new cycle of the cpu collector", || (self.len() > n).then_some(()));
        sleep(Duration::from_millis(400));
    }

    fn stop(mut self) -> Vec<Seen> {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            t.join().unwrap();
        }
        self.seen()
    }
}

impl Drop for StateWatch {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// A directory for gatherer's state files on tmpfs, where fsync costs nothing (see the
/// top of the file); a temporary directory elsewhere if there is no /dev/shm.
fn state_dir() -> tempfile::TempDir {
    tempfile::tempdir_in("/dev/shm").or_else(|_| tempfile::tempdir()).unwrap()
}

/// One run of gatherer: from its start to the signal that ended it (and its exit).
struct Run {
    how: &'static str,
    started: Instant,
    signalled: Instant,
    exited: Instant,
    log: PathBuf,
}

/// The cycles a run measured (seen in the state file between its start and its exit),
/// and what is wrong with them: every cycle its log reports must have been seen (else the
/// watch missed one), each second from the run's start to its end must have exactly one
/// cycle (gatherer measures every second while it runs).
fn check_run(r: &Run, seen: &[Seen]) -> (Vec<Seen>, Vec<String>) {
    let mine: Vec<Seen> = seen.iter().filter(|s| s.at >= r.started && s.at <= r.exited).copied().collect();
    let log = log_text(&r.log);
    let cycles: Vec<&str> = log.lines().filter(|l| l.contains("[cpu] cycle ") && l.contains(": ok: ")).collect();
    let mut problems = Vec::new();
    if mine.is_empty() {
        return (mine, vec![format!("run {}: no cycle seen", r.how)]);
    }
    if cycles.len() != mine.len() {
        problems.push(format!(
            "run {}: {} cycles logged, {} seen in the state file (the watch missed one, or a write was skipped)",
            r.how,
            cycles.len(),
            mine.len()
        ));
    }
    for w in mine.windows(2) {
        if w[1].ts == w[0].ts {
            problems.push(format!(
                "run {}: two cycles stamped {} (values {} and {}, seen {:?} apart)",
                r.how,
                w[0].ts,
                w[0].value,
                w[1].value,
                w[1].at - w[0].at
            ));
        } else if w[1].ts != w[0].ts + 1 {
            problems.push(format!(
                "run {}: no cycle stamped {}..={} while it ran (cycles seen {:?} apart)",
                r.how,
                w[0].ts + 1,
                w[1].ts - 1,
                w[1].at - w[0].at
            ));
        }
    }
    let first = mine[0].at.duration_since(r.started);
    if first > Duration::from_secs(2) {
        problems.push(format!("run {}: first cycle {first:?} after the start", r.how));
    }
    let last = r.signalled.saturating_duration_since(mine.last().unwrap().at);
    if last > Duration::from_millis(1500) {
        problems.push(format!("run {}: last cycle {last:?} before its end", r.how));
    }
    if !problems.is_empty() {
        let stamps: Vec<i64> = mine.iter().map(|s| s.ts).collect();
        problems.push(format!("run {}: stamps seen {stamps:?}; its cycle log lines:\n{}", r.how, cycles.join("\n")));
    }
    (mine, problems)
}

/// Where in the wall-clock second a run's cycles were logged (min-max milliseconds).
fn phase(log: &Path) -> String {
    let ms: Vec<u32> = log_text(log)
        .lines()
        .filter(|l| l.contains("[cpu] cycle ") && l.contains(": ok: "))
        .filter_map(|l| l.get(20..23)?.parse().ok())
        .collect();
    format!("{:?}-{:?}", ms.iter().min(), ms.iter().max())
}

/// The second of the last line a spool's saved cursor (`seq off lines`) counts as sent.
fn saved_cursor_second(spool: &Path, cursor: &str) -> Option<i64> {
    let n: Vec<u64> = cursor.split_whitespace().filter_map(|t| t.parse().ok()).collect();
    let [seq, off, _] = n[..] else { return None };
    let bytes = fs::read(spool.join(format!("{seq:016}.spool"))).ok()?;
    let sent = String::from_utf8_lossy(bytes.get(..off as usize)?).into_owned();
    Some(parse_line(sent.lines().last()?).2)
}

/// How many cycles were stamped with each second.
fn cycles_per_second(seen: &[Seen]) -> BTreeMap<i64, usize> {
    let mut n = BTreeMap::new();
    for s in seen {
        *n.entry(s.ts).or_insert(0) += 1;
    }
    n
}

// ---------------------------------------------------------------------------------------
// The HTTP endpoint

fn http_get(port: u16, path: &str) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(s, "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    assert!(out.starts_with("HTTP/1.1 200") || out.starts_with("HTTP/1.0 200"), "GET {path}: {out}");
    out
}

/// The value of `name{...destination="dest"...}` in an exposition.
fn prom(body: &str, name: &str, dest: &str) -> Option<f64> {
    let label = format!("destination=\"{dest}\"");
    body.lines()
        .find(|l| l.starts_with(&format!("{name}{{")) && l.contains(&label))
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|v| v.parse().ok())
}

/// Bytes of every file in `dir` (the spool segments and the cursor).
fn dir_bytes(dir: &Path) -> u64 {
    let Ok(rd) = fs::read_dir(dir) else { return 0 };
    rd.filter_map(|e| e.ok()?.metadata().ok()).filter(|m| m.is_file()).map(|m| m.len()).sum()
}

/// A carbon line: (path, value, timestamp).
fn parse_line(l: &str) -> (String, f64, i64) {
    let f: Vec<&str> = l.split(' ').collect();
    assert_eq!(f.len(), 3, "not a carbon line: {l:?}");
    (f[0].to_string(), f[1].parse().unwrap(), f[2].parse().unwrap())
}

/// How a destination's points differ from what gatherer measured: seconds missing,
/// points for seconds never measured, and (second, measured, got) with another value.
type Differences = (Vec<i64>, Vec<(i64, f64)>, Vec<(i64, f64, f64)>);

/// Compare what a destination has with what gatherer measured.
fn compare(expected: &BTreeMap<i64, f64>, got: &BTreeMap<i64, f64>) -> Differences {
    let missing = expected.keys().filter(|t| !got.contains_key(t)).copied().collect();
    let extra = got.iter().filter(|(t, _)| !expected.contains_key(t)).map(|(t, v)| (*t, *v)).collect();
    let wrong = expected.iter().filter_map(|(t, v)| got.get(t).filter(|g| *g != v).map(|g| (*t, *v, *g))).collect();
    (missing, extra, wrong)
}

fn strictly_increasing(points: &BTreeMap<i64, f64>) -> Vec<(i64, f64, i64, f64)> {
    let v: Vec<(&i64, &f64)> = points.iter().collect();
    v.windows(2).filter(|w| w[1].1 <= w[0].1).map(|w| (*w[0].0, *w[0].1, *w[1].0, *w[1].1)).collect()
}

// ---------------------------------------------------------------------------------------
// 1. Nothing lost across outages

/// Carbon, slow to write (5 whisper updates a second, so each metric waits seconds in
/// its cache), is killed -9 and kept down 30 s: the points it held only in memory are
/// gone and must be sent again. Meanwhile gatherer is killed -9 just after it noticed the
/// loss, started again, stopped (SIGTERM) and started again, on the same spool. In
/// the end carbon's whisper file holds exactly one point for every second a gatherer
/// measured, with that second's value, and none for the seconds no gatherer ran.
#[test]
fn nothing_is_lost_across_carbon_and_gatherer_outages() {
    let Some(venv) = carbon_venv() else { return };
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let state = state_dir();
    let mut carbon = Carbon::new(&venv, &d.join("carbon"), "5");
    carbon.start();
    let wsp = carbon.wsp("e2e.outage.cpu.context_switches");
    let dest = format!("127.0.0.1:{}", carbon.port);
    let http = free_port();
    let args = strings(&[
        "--collectors",
        "cpu",
        "--cpu-interval",
        "1",
        "--graphite",
        &dest,
        "--graphite-prefix",
        "e2e.outage",
        "--spool-dir",
        d.join("spool").to_str().unwrap(),
        "--http-listen",
        &format!("127.0.0.1:{http}"),
        "--state-dir",
        state.path().to_str().unwrap(),
        "--debug",
    ]);
    let spool = d.join("spool").join(format!("graphite-127.0.0.1_{}", carbon.port));
    let waiting = || prom(&http_get(http, "/metrics"), "gatherer_output_spool_points", &dest);
    let watch = StateWatch::start(state.path().join("cpu.json"));
    let mut runs = Vec::new();
    let log = |n: u32| d.join(format!("gatherer-{n}.log"));

    // Run 1, carbon up.
    let started = Instant::now();
    let mut g = start_gatherer(d, &log(1), &args);
    eventually(30, "the first points in carbon's whisper file", || (!whisper_points(&wsp).is_empty()).then_some(()));
    assert_eq!(whisper_archives(&wsp), [(1, 3600)], "the storage schema of the test is not in force");
    sleep_until(started + Duration::from_secs(12));

    // carbon dies, with points in its cache, and stays down 30 s.
    watch.between_cycles();
    assert_eq!(waiting(), Some(0.0), "gatherer had not sent everything before carbon died");
    let sent: Vec<i64> = watch.seen().iter().map(|s| s.ts).collect();
    carbon.kill9();
    let outage = Instant::now();
    let on_disk = whisper_points(&wsp);
    let only_in_cache: Vec<i64> = sent.iter().filter(|t| !on_disk.contains_key(t)).copied().collect();
    assert!(
        !only_in_cache.is_empty(),
        "carbon had written all {} points: its death lost nothing that must be sent again",
        sent.len()
    );
    eventually(10, "run 1 to notice the lost connection", || {
        log_text(&log(1)).contains("connection lost").then_some(())
    });
    let noticed = outage.elapsed();

    // Run 1 killed -9 right after it noticed (it notices on the send that follows a
    // cycle, so this is between two cycles): what it has to send again must survive.
    sleep(Duration::from_millis(150));
    let cursor_at_kill = fs::read_to_string(spool.join("cursor")).unwrap_or_default();
    let saved_up_to = saved_cursor_second(&spool, &cursor_at_kill);
    let signalled = Instant::now();
    let pid = g.kill9();
    runs.push(Run { how: "1 (kill -9)", started, signalled, exited: Instant::now(), log: log(1) });
    let killed_after = signalled.duration_since(outage);
    sleep(Duration::from_secs(2));

    // Run 2, stopped with SIGTERM.
    let started = Instant::now();
    let mut g = start_gatherer(d, &log(2), &args);
    sleep_until(outage + Duration::from_secs(15));
    watch.between_cycles();
    let signalled = Instant::now();
    let status = g.sigterm(Duration::from_secs(20));
    assert!(status.success(), "run 2 after SIGTERM: {status:?}\n{}", log_text(&log(2)));
    runs.push(Run { how: "2 (SIGTERM)", started, signalled, exited: Instant::now(), log: log(2) });
    sleep(Duration::from_secs(2));

    // Run 3; carbon back after 30 s.
    let started = Instant::now();
    let mut g = start_gatherer(d, &log(3), &args);
    sleep_until(outage + Duration::from_secs(30));
    assert!(!listening(carbon.port), "carbon came back by itself");
    let down = outage.elapsed();
    carbon.start();
    let back = Instant::now();
    eventually(90, "gatherer to send its backlog", || (waiting() == Some(0.0)).then_some(()));
    let sent_backlog = back.elapsed();
    let so_far: BTreeMap<i64, f64> =
        watch.seen().iter().filter(|s| s.at < back - Duration::from_secs(1)).map(|s| (s.ts, s.value)).collect();
    let complete = wait_for_points(&wsp, so_far.keys(), Duration::from_secs(45));
    let written = back.elapsed();
    sleep(Duration::from_secs(2));
    watch.between_cycles();
    let signalled = Instant::now();
    let status = g.sigterm(Duration::from_secs(20));
    assert!(status.success(), "run 3 after SIGTERM: {status:?}\n{}", log_text(&log(3)));
    runs.push(Run { how: "3 (SIGTERM)", started, signalled, exited: Instant::now(), log: log(3) });
    let seen = watch.stop();

    // What was measured: per run, every second from its start to its end.
    let (per_run, problems): (Vec<Vec<Seen>>, Vec<Vec<String>>) = runs.iter().map(|r| check_run(r, &seen)).unzip();
    let problems: Vec<String> = problems.concat();
    // A second stamped on two cycles: carbon keeps the one sent last.
    let expected: BTreeMap<i64, f64> = seen.iter().map(|s| (s.ts, s.value)).collect();
    let last_ts = *expected.keys().last().unwrap();
    wait_for_points(&wsp, expected.keys(), Duration::from_secs(if complete { 60 } else { 15 }));
    sleep(Duration::from_secs(2)); // anything extra still on its way would land now

    let (first, last) = (*expected.keys().next().unwrap(), last_ts);
    let got = whisper_fetch(&venv, &wsp, first - 30, last + 30);
    assert_eq!(got, whisper_points(&wsp), "whisper-fetch.py and the direct reader disagree");
    let gaps: Vec<(i64, i64)> =
        per_run.windows(2).filter_map(|w| Some((w[0].last()?.ts + 1, w[1].first()?.ts - 1))).collect();
    let (missing, extra, wrong) = compare(&expected, &got);
    eprintln!(
        "outage test: {} seconds measured in 3 runs {:?}, gaps while no gatherer ran {gaps:?}; {} points sent \
         before carbon died, of which {only_in_cache:?} only in its cache; run 1 noticed after {noticed:?}, was \
         killed -9 (pid {pid}) {killed_after:?} after carbon, its cursor file then {cursor_at_kill:?} (sent up \
         to second {saved_up_to:?}); carbon down {down:?}; gatherer's backlog sent {sent_backlog:?} and written \
         by carbon {written:?} after it came back; \
         whisper has {} points; missing {missing:?}, extra {extra:?}, wrong {wrong:?}",
        expected.len(),
        per_run.iter().map(Vec::len).collect::<Vec<_>>(),
        sent.len(),
        got.len()
    );
    for (r, seen) in runs.iter().zip(&per_run) {
        let stamps = seen.first().zip(seen.last()).map(|(a, b)| (a.ts, b.ts));
        eprintln!("run {}: stamps {stamps:?}, cycles logged at {} ms into the second", r.how, phase(&r.log));
    }
    for p in &problems {
        eprintln!("{p}");
    }
    for n in 1..=3 {
        let text = log_text(&log(n));
        let graphite: Vec<&str> =
            text.lines().filter(|l| l.contains("[sinks::forward]") || l.contains("spool")).collect();
        eprintln!("run {n} log, graphite lines:\n{}", graphite.join("\n"));
    }
    assert!(missing.is_empty(), "seconds gatherer measured that carbon does not have: {missing:?}");
    assert!(extra.is_empty(), "points for seconds no gatherer measured (shifted or duplicated): {extra:?}");
    assert!(wrong.is_empty(), "points with another second's value (ts, measured, in whisper): {wrong:?}");
    let not_increasing = strictly_increasing(&got);
    assert!(not_increasing.is_empty(), "the counter does not increase: {not_increasing:?}");

    // The logs tell the story.
    let (l1, l2, l3) = (log_text(&log(1)), log_text(&log(2)), log_text(&log(3)));
    assert!(l1.contains("connection lost"), "run 1 does not log the lost connection:\n{l1}");
    assert!(l1.contains("sent just before go again"), "run 1 does not send the recent points again:\n{l1}");
    assert!(
        l2.contains("points from before the restart are waiting in the spool") && l2.contains("cannot connect"),
        "run 2 does not find the spool, or does not log carbon down:\n{l2}"
    );
    assert!(l3.contains("connected again; sending the"), "run 3 does not log the connection re-established:\n{l3}");

    // And gatherer measured every second it ran, once.
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// ---------------------------------------------------------------------------------------
// 2. One destination dead, the other live (through carbon-c-relay)

/// Collects the carbon lines sent to a port, in the order they arrive.
struct Collector {
    stop: Arc<AtomicBool>,
    lines: Arc<Mutex<Vec<String>>>,
    connections: Arc<Mutex<usize>>,
    thread: Option<JoinHandle<()>>,
}

impl Collector {
    fn listen(port: u16) -> Collector {
        let listener = TcpListener::bind(("127.0.0.1", port)).unwrap();
        listener.set_nonblocking(true).unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let lines: Arc<Mutex<Vec<String>>> = Arc::default();
        let connections: Arc<Mutex<usize>> = Arc::default();
        let (s, l, c) = (stop.clone(), lines.clone(), connections.clone());
        let thread = std::thread::spawn(move || {
            let mut readers = Vec::new();
            while !s.load(Ordering::Relaxed) {
                match listener.accept() {
                    Ok((stream, _)) => {
                        *c.lock().unwrap() += 1;
                        stream.set_nonblocking(false).unwrap();
                        stream.set_read_timeout(Some(Duration::from_millis(200))).unwrap();
                        let (s, l) = (s.clone(), l.clone());
                        readers.push(std::thread::spawn(move || {
                            let mut r = BufReader::new(stream);
                            let mut line = String::new();
                            while !s.load(Ordering::Relaxed) {
                                match r.read_line(&mut line) {
                                    Ok(0) => break,
                                    Ok(_) if line.ends_with('\n') => {
                                        l.lock().unwrap().push(line.trim_end().to_string());
                                        line.clear();
                                    }
                                    Ok(_) => {}
                                    Err(e)
                                        if e.kind() == std::io::ErrorKind::WouldBlock
                                            || e.kind() == std::io::ErrorKind::TimedOut => {}
                                    Err(_) => break,
                                }
                            }
                        }));
                    }
                    Err(_) => sleep(Duration::from_millis(20)),
                }
            }
            for r in readers {
                let _ = r.join();
            }
        });
        Collector { stop, lines, connections, thread: Some(thread) }
    }

    fn lines(&self) -> Vec<String> {
        self.lines.lock().unwrap().clone()
    }
}

impl Drop for Collector {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// gatherer sends to carbon-c-relay (forwarding to carbon-cache) and to a dead port.
/// The live path gets every point within 2.5 s of its measurement while the dead one's
/// spool grows; when a listener appears on the dead port it gets the whole backlog, in
/// time order, and then the live points.
#[test]
fn a_dead_destination_does_not_hold_up_the_live_one() {
    const LIVE_LAG: Duration = Duration::from_millis(2500);
    let Some(venv) = carbon_venv() else { return };
    if !Path::new("/usr/bin/carbon-c-relay").exists() {
        peer_missing("carbon-c-relay (apt-get install carbon-c-relay)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let state = state_dir();
    let mut carbon = Carbon::new(&venv, &d.join("carbon"), "inf");
    carbon.start();
    let relay_port = free_port();
    let conf = d.join("relay.conf");
    fs::write(
        &conf,
        format!(
            "listen type linemode 127.0.0.1:{relay_port} proto tcp;\n\
             cluster carbon forward 127.0.0.1:{};\nmatch * send to carbon stop;\n",
            carbon.port
        ),
    )
    .unwrap();
    let relay_out = fs::File::create(d.join("relay.out")).unwrap();
    let _relay = Proc::spawn(
        "carbon-c-relay",
        Command::new("/usr/bin/carbon-c-relay")
            .arg("-f")
            .arg(&conf)
            .args(["-p", &relay_port.to_string(), "-s"])
            .stdout(Stdio::from(relay_out.try_clone().unwrap()))
            .stderr(Stdio::from(relay_out)),
    );
    eventually(30, "carbon-c-relay to listen", || listening(relay_port).then_some(()));
    let dead = dead_port();
    let http = free_port();
    let (live_dest, dead_dest) = (format!("127.0.0.1:{relay_port}"), format!("127.0.0.1:{dead}"));
    let log = d.join("gatherer.log");
    let args = strings(&[
        "--collectors",
        "cpu",
        "--cpu-interval",
        "1",
        "--graphite",
        &format!("{live_dest},{dead_dest}"),
        "--graphite-prefix",
        "e2e.relay",
        "--spool-dir",
        d.join("spool").to_str().unwrap(),
        "--http-listen",
        &format!("127.0.0.1:{http}"),
        "--state-dir",
        state.path().to_str().unwrap(),
        "--debug",
    ]);
    let wsp = carbon.wsp("e2e.relay.cpu.context_switches");
    let watch = StateWatch::start(state.path().join("cpu.json"));
    let whisper = WhisperWatch::start(wsp.clone());
    let started = Instant::now();
    let mut g = start_gatherer(d, &log, &args);
    let dead_spool = d.join("spool").join(format!("graphite-127.0.0.1_{dead}"));

    // Dead for 15 s: its spool grows, nothing of it is sent.
    sleep_until(started + Duration::from_secs(5));
    let spool_at_5s = dir_bytes(&dead_spool);
    sleep_until(started + Duration::from_secs(15));
    let spool_at_15s = dir_bytes(&dead_spool);
    assert!(
        spool_at_5s > 0 && spool_at_15s > spool_at_5s,
        "dead spool: {spool_at_5s} B at 5 s, {spool_at_15s} B at 15 s"
    );
    let m = http_get(http, "/metrics");
    let metric = |name: &str, dest: &str| prom(&m, name, dest).unwrap_or_else(|| panic!("no {name} for {dest}:\n{m}"));
    assert_eq!(metric("gatherer_output_connected", &dead_dest), 0.0);
    assert_eq!(metric("gatherer_output_sent_points_total", &dead_dest), 0.0);
    let dead_waiting = metric("gatherer_output_spool_points", &dead_dest);
    assert!(dead_waiting > 0.0, "no points wait for the dead destination:\n{m}");
    assert_eq!(metric("gatherer_output_connected", &live_dest), 1.0, "{m}");
    assert!(metric("gatherer_output_sent_points_total", &live_dest) > 0.0, "{m}");
    assert!(
        log_text(&log).contains(&format!("graphite {dead_dest}: cannot connect")),
        "the dead destination is not logged:\n{}",
        log_text(&log)
    );

    // A listener appears on the dead port.
    let listened = Instant::now();
    let last_before = watch.seen().last().unwrap().ts;
    let collector = Collector::listen(dead);
    let path = "e2e.relay.cpu.context_switches";
    eventually(50, "the dead destination's backlog to arrive", || {
        collector
            .lines()
            .iter()
            .map(|l| parse_line(l))
            .any(|(p, _, ts)| p == path && ts > last_before + 1)
            .then_some(())
    });
    let backlog_time = listened.elapsed();
    sleep(Duration::from_secs(3));
    watch.between_cycles();
    let signalled = Instant::now();
    let status = g.sigterm(Duration::from_secs(20));
    assert!(status.success(), "gatherer after SIGTERM: {status:?}\n{}", log_text(&log));
    let run = Run { how: "relay", started, signalled, exited: Instant::now(), log: log.clone() };
    let seen = watch.stop();
    let (_, problems) = check_run(&run, &seen);
    let expected: BTreeMap<i64, f64> = seen.iter().map(|s| (s.ts, s.value)).collect();
    let (first, last) = (*expected.keys().next().unwrap(), *expected.keys().last().unwrap());

    // The live path: everything, each within 2.5 s of its measurement. The path itself
    // takes up to ~1.5 s: carbon's writer sleeps 1 s whenever its cache is empty
    // (carbon/writer.py, writeForever), the relay queues, the file is polled every 50 ms.
    // Waiting on the dead destination would take its backoff (1 s doubling to 30 s).
    eventually(30, "carbon to have every point", || {
        let have = whisper_points(&wsp);
        expected.keys().all(|t| have.contains_key(t)).then_some(())
    });
    sleep(Duration::from_millis(500));
    let first_seen = whisper.first_seen();
    drop(whisper);
    let late: Vec<(i64, Duration)> = seen
        .iter()
        .map(|s| (s.ts, first_seen.get(&s.ts).map_or(Duration::MAX, |w| w.saturating_duration_since(s.at))))
        .filter(|(_, lag)| *lag > LIVE_LAG)
        .collect();
    let worst = seen.iter().filter_map(|s| first_seen.get(&s.ts).map(|w| w.saturating_duration_since(s.at))).max();
    let got = whisper_fetch(&venv, &wsp, first - 30, last + 30);
    let (missing, extra, wrong) = compare(&expected, &got);
    assert!(
        missing.is_empty() && extra.is_empty() && wrong.is_empty(),
        "live path: missing {missing:?}, extra {extra:?}, wrong {wrong:?}"
    );
    assert!(
        late.is_empty(),
        "live points later than {LIVE_LAG:?} after measuring, while the other destination was dead: {late:?}"
    );

    // The dead destination: the whole backlog, in time order, then the rest.
    let lines = collector.lines();
    let connections = *collector.connections.lock().unwrap();
    drop(collector);
    let parsed: Vec<(String, f64, i64)> = lines.iter().map(|l| parse_line(l)).collect();
    let backwards: Vec<(usize, i64, i64)> =
        parsed.windows(2).enumerate().filter(|(_, w)| w[1].2 < w[0].2).map(|(i, w)| (i + 1, w[0].2, w[1].2)).collect();
    let mut received: BTreeMap<i64, f64> = BTreeMap::new();
    let mut times: BTreeMap<i64, usize> = BTreeMap::new();
    for (p, v, ts) in &parsed {
        if p == path {
            received.insert(*ts, *v);
            *times.entry(*ts).or_insert(0) += 1;
        }
    }
    let cycles = cycles_per_second(&seen);
    let twice: Vec<i64> =
        times.iter().filter(|(t, n)| cycles.get(t).is_some_and(|c| *n > c)).map(|(t, _)| *t).collect();
    let (missing, extra, wrong) = compare(&expected, &received);
    eprintln!(
        "relay test: {} seconds measured; live path worst lag {worst:?}; dead spool {spool_at_5s} B at 5 s, \
         {spool_at_15s} B at 15 s, {dead_waiting} points waiting; backlog arrived {backlog_time:?} after the \
         listener appeared, {} lines on {connections} connection(s); dead destination missing {missing:?}, extra \
         {extra:?}, wrong {wrong:?}, twice {twice:?}",
        expected.len(),
        lines.len()
    );
    assert_eq!(connections, 1, "the once-dead destination was connected to more than once");
    assert!(backwards.is_empty(), "lines out of time order (line index, ts before, ts): {backwards:?}");
    assert!(missing.is_empty(), "the once-dead destination lacks seconds: {missing:?}");
    assert!(extra.is_empty() && wrong.is_empty(), "the once-dead destination: extra {extra:?}, wrong {wrong:?}");
    assert!(twice.is_empty(), "points sent twice to the once-dead destination: {twice:?}");
    assert!(log_text(&log).contains(&format!("graphite {dead_dest}: connected again")), "{}", log_text(&log));

    // And gatherer measured every second it ran, once.
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// ---------------------------------------------------------------------------------------
// 3. The spool bound

/// With a dead destination and a 64K spool, ten cycles a second fill the spool in a few
/// seconds: it never grows past its bound (plus one segment, 16K at this bound), the
/// oldest points go first, and the endpoint counts them as dropped.
#[test]
fn the_spool_of_a_dead_destination_stays_within_its_bound() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let dead = dead_port();
    let http = free_port();
    let dest = format!("127.0.0.1:{dead}");
    let log = d.join("gatherer.log");
    let args = strings(&[
        "--collectors",
        "cpu",
        "--cpu-interval",
        "0.1",
        "--graphite",
        &dest,
        "--graphite-prefix",
        "e2e.bound",
        "--spool-dir",
        d.join("spool").to_str().unwrap(),
        "--spool-max-bytes",
        "64K",
        "--http-listen",
        &format!("127.0.0.1:{http}"),
    ]);
    const BOUND: u64 = 64 << 10;
    const SEGMENT: u64 = 16 << 10;
    let spool = d.join("spool").join(format!("graphite-127.0.0.1_{dead}"));
    let started = Instant::now();
    let mut g = start_gatherer(d, &log, &args);
    eventually(10, "the HTTP endpoint", || listening(http).then_some(()));
    let first_ts = eventually(10, "the first spooled point", || {
        let text = fs::read_to_string(spool.join("0000000000000001.spool")).ok()?;
        let line = text.lines().next()?;
        Some(parse_line(line).2)
    });
    let mut largest = 0;
    let mut dropped_at = None;
    let mut last_poll = Instant::now();
    // Until points are dropped, then 5 s more: the spool is measured every 10 ms.
    while dropped_at.map_or(true, |t: Instant| t.elapsed() < Duration::from_secs(5)) {
        assert!(started.elapsed() < Duration::from_secs(60), "no point dropped within 60 s; spool {largest} B at most");
        largest = largest.max(dir_bytes(&spool));
        if dropped_at.is_none() && last_poll.elapsed() > Duration::from_millis(300) {
            last_poll = Instant::now();
            let m = http_get(http, "/metrics");
            if prom(&m, "gatherer_output_dropped_points_total", &dest).is_some_and(|v| v > 0.0) {
                dropped_at = Some(Instant::now());
            }
        }
        sleep(Duration::from_millis(10));
    }
    let m = http_get(http, "/metrics");
    let metric = |name: &str| prom(&m, name, &dest).unwrap_or_else(|| panic!("no {name} for {dest}:\n{m}"));
    let (queued, dropped, waiting, bytes) = (
        metric("gatherer_output_queued_points_total"),
        metric("gatherer_output_dropped_points_total"),
        metric("gatherer_output_spool_points"),
        metric("gatherer_output_spool_bytes"),
    );
    let segments: Vec<String> = fs::read_dir(&spool)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".spool"))
        .collect();
    let oldest = segments.iter().min().unwrap();
    let oldest_ts = parse_line(fs::read_to_string(spool.join(oldest)).unwrap().lines().next().unwrap()).2;
    let status = g.sigterm(Duration::from_secs(20));
    assert!(status.success(), "gatherer after SIGTERM: {status:?}\n{}", log_text(&log));
    let per_point = bytes / waiting.max(1.0);
    eprintln!(
        "bound test: largest spool {largest} B (bound {BOUND} + segment {SEGMENT}); queued {queued}, dropped \
         {dropped}, waiting {waiting} points in {bytes} B (~{per_point:.0} B/point, so {:.0} B handed over); \
         segments {segments:?}; oldest spooled point now from {oldest_ts}, first ever {first_ts}",
        queued * per_point
    );
    assert!(largest <= BOUND + SEGMENT, "the spool grew to {largest} B, bound {BOUND} B");
    assert!(largest >= BOUND - SEGMENT, "the spool never filled ({largest} B): the test did not reach the bound");
    assert!(bytes <= BOUND as f64, "the endpoint says {bytes} B wait");
    assert!(queued * per_point > 1.5 * BOUND as f64, "not enough was handed over to exceed the bound");
    assert!(dropped > 0.0, "nothing counted as dropped:\n{m}");
    assert!(!segments.contains(&"0000000000000001.spool".to_string()), "the oldest segment is still there");
    assert!(oldest_ts > first_ts, "the oldest points did not go first");
    // Every point is either waiting or dropped (a few cycles may be between the two).
    let unaccounted = queued - dropped - waiting;
    assert!((0.0..=150.0).contains(&unaccounted), "queued {queued} != dropped {dropped} + waiting {waiting}");
}
