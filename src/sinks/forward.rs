//! One destination of a push output: its spool, a thread that appends to it and a
//! thread that sends from it, with batching, reconnection and backoff. A dead or slow
//! destination only fills its own spool: the engine hands points over without waiting,
//! and no other destination shares anything with it.

use super::board::OutputStats;
use super::spool::{Locked, Spool};
use crate::engine::sink::{Report, SETTLE};
use crate::util::crew::{Crew, Rules};
use crate::util::sync;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender, TrySendError};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// Bytes sent in one write (carbon) or one request (InfluxDB).
pub(crate) const BATCH_BYTES: usize = 64 << 10;
/// Reconnection backoff.
const BACKOFF_MIN: Duration = Duration::from_secs(1);
const BACKOFF_MAX: Duration = Duration::from_secs(30);
/// How long an idle sender waits for points before it looks again, though the appending
/// thread wakes it for each: only a safety net. (It woke every second: with the appending
/// thread's own wakes, 20 needless wakes per destination in each 10 s round.)
const IDLE: Duration = Duration::from_secs(60);
/// Reports waiting for the appending thread (only a hung spool disk fills this).
const INBOX_REPORTS: usize = 4096;

/// How an output makes its lines of a report. Run by each destination's appending thread,
/// so the engine's thread only hands the report over.
pub(crate) trait Format: Send + Sync + 'static {
    /// Append the report's lines to `out`; how many.
    fn lines(&self, report: &Report, out: &mut Vec<u8>) -> u64;
    /// How many lines `lines` would make, without making them: the points of a report
    /// refused by a full inbox.
    fn count(&self, report: &Report) -> u64;
}

/// What the appending thread is handed.
enum Points {
    /// Whole lines (empty: only a nudge, as at the stop).
    Lines(Vec<u8>),
    /// A report, formatted by the appending thread.
    Report(Arc<Report>, Arc<dyn Format>),
}

/// How one batch went.
pub(crate) enum Sent {
    Ok,
    /// The connection is gone or unusable: reconnect, and send this batch again.
    Lost(String),
    /// The destination refused these points for good (malformed for it): they are
    /// dropped and counted, the rest goes on.
    Refused(String),
}

/// How points reach one destination.
pub(crate) trait Transport: Send + 'static {
    /// Open the connection.
    fn connect(&mut self) -> Result<(), String>;
    fn is_connected(&self) -> bool;
    /// Whether the open connection is still usable now (the peer has not closed it).
    fn alive(&mut self) -> bool;
    fn send(&mut self, batch: &[u8]) -> Sent;
    fn disconnect(&mut self);
    /// Whether what was sent just before a lost connection must be sent again (no
    /// acknowledgement: the peer may have lost it).
    fn resends(&self) -> bool;
    /// Whether `line` (with its newline) is a line of this destination's protocol. Only
    /// such lines leave the spool: a damaged or planted segment must not reach the peer.
    /// By default, text without control characters.
    fn well_formed(&self, line: &[u8]) -> bool {
        text_line(line)
    }
}

/// A line of text without control characters: what a destination takes by default.
fn text_line(line: &[u8]) -> bool {
    line.strip_suffix(b"\n")
        .is_some_and(|l| !l.is_empty() && std::str::from_utf8(l).is_ok_and(|t| !t.chars().any(char::is_control)))
}

/// Keep in `buf` only the lines `ok` accepts; returns how many lines and bytes went, and
/// the first of them.
fn keep_well_formed(buf: &mut Vec<u8>, ok: impl Fn(&[u8]) -> bool) -> (u64, u64, Option<Vec<u8>>) {
    let (mut lines, mut bytes, mut first) = (0u64, 0u64, None);
    let (mut read, mut write) = (0usize, 0usize);
    while read < buf.len() {
        let end = memchr::memchr(b'\n', &buf[read..]).map_or(buf.len(), |i| read + i + 1);
        if ok(&buf[read..end]) {
            // Moved only once a line before it was left out: a clean batch is not copied.
            if write != read {
                buf.copy_within(read..end, write);
            }
            write += end - read;
        } else {
            lines += 1;
            bytes += (end - read) as u64;
            first.get_or_insert_with(|| buf[read..end.min(read + 80)].to_vec());
        }
        read = end;
    }
    buf.truncate(write);
    (lines, bytes, first)
}

/// What both threads share.
struct Shared {
    spool: Mutex<Spool>,
    /// Signalled when points were appended, or on stop.
    wake: Condvar,
    stop: Mutex<Option<Instant>>,
    stats: Arc<OutputStats>,
    /// Counts the appending thread's rounds (changed under the spool's lock): the sender
    /// notes it as it reads, and does not wait if it moved since.
    appends: AtomicU64,
    /// Points dropped on the engine's thread (reports refused because the inbox was full,
    /// values the destination could never take): counted apart from the
    /// spool's own drops, since a full inbox may mean the spool's lock is held by a hung
    /// disk write, and `publish` adds both.
    inbox_dropped: AtomicU64,
    /// Reports handed to the appending thread and not yet in the spool.
    in_inbox: AtomicU64,
}

impl Shared {
    fn spool(&self) -> MutexGuard<'_, Spool> {
        sync::lock(&self.spool)
    }

    fn stopping(&self) -> Option<Instant> {
        *sync::lock(&self.stop)
    }

    fn publish(&self, spool: &Spool) {
        self.stats.spooled_points.store(spool.pending_points(), Ordering::Relaxed);
        self.stats.spooled_bytes.store(spool.pending_bytes(), Ordering::Relaxed);
        let dropped = spool.dropped + self.inbox_dropped.load(Ordering::Relaxed);
        self.stats.dropped_points.store(dropped, Ordering::Relaxed);
    }
}

/// A destination: hand it lines or reports, it gets them there.
pub(crate) struct Forwarder {
    inbox: SyncSender<Points>,
    shared: Arc<Shared>,
    name: String,
    /// Its two threads: crews of one whose one job is the thread's loop.
    append: Crew<Receiver<Points>>,
    send: Crew<Box<dyn Transport>>,
}

impl Forwarder {
    /// Start the two threads of `transport`, spooling in `dir` (memory when `None`, or
    /// when the directory cannot be used). A spool another process holds is refused: the
    /// error names its pid.
    pub(crate) fn try_start(
        name: String,
        transport: impl Transport,
        dir: Option<PathBuf>,
        max_bytes: u64,
        keep_sent: Duration,
        stats: Arc<OutputStats>,
    ) -> anyhow::Result<Forwarder> {
        let (spool, err) = Spool::open(dir.as_deref(), max_bytes, keep_sent);
        match err {
            Some(e) if e.is::<Locked>() => Err(e),
            err => Ok(Forwarder::launch(name, transport, spool, err, stats)),
        }
    }

    fn launch(
        name: String,
        transport: impl Transport,
        spool: Spool,
        err: Option<anyhow::Error>,
        stats: Arc<OutputStats>,
    ) -> Forwarder {
        if let Some(e) = err {
            log::error!("{name}: {e:#}; its points are kept in memory only (lost at a restart): set --spool-dir");
        } else if spool.pending_points() > 0 {
            log::info!("{name}: {} points from before the restart are waiting in the spool", spool.pending_points());
        }
        let shared = Arc::new(Shared {
            spool: Mutex::new(spool),
            wake: Condvar::new(),
            stop: Mutex::new(None),
            stats,
            appends: AtomicU64::new(0),
            inbox_dropped: AtomicU64::new(0),
            in_inbox: AtomicU64::new(0),
        });
        shared.publish(&shared.spool());
        let (tx, rx) = sync_channel(INBOX_REPORTS);
        // Its thread ends with its loop: an output stopped leaves no thread behind.
        let rules = |what: &str| Rules { linger: Duration::ZERO, ..Rules::lane(format!("{what} {name}")) };
        let (s, n) = (shared.clone(), name.clone());
        let append = Crew::new(rules("spool"), move |rx| append_loop(&s, rx, &n));
        let (s, n) = (shared.clone(), name.clone());
        let send = Crew::new(rules("send"), move |t: Box<dyn Transport>| send_loop(&s, t, &n));
        // A thread that cannot start is logged by its crew; close does not wait for it.
        append.submit(rx);
        send.submit(Box::new(transport));
        Forwarder { inbox: tx, shared, name, append, send }
    }

    /// Queue `lines` (whole lines, `points` of them). Never waits.
    pub(crate) fn push(&self, lines: Vec<u8>, points: u64) {
        if lines.is_empty() {
            return;
        }
        self.shared.stats.queued_points.fetch_add(points, Ordering::Relaxed);
        if self.hand_over(Points::Lines(lines)).is_err() {
            self.inbox_full(points);
        }
    }

    /// Queue `report`, for the appending thread to make its lines with `format` (its
    /// points are counted as queued then). Never waits.
    pub(crate) fn push_report(&self, report: &Arc<Report>, format: &Arc<dyn Format>) {
        if self.hand_over(Points::Report(report.clone(), format.clone())).is_err() {
            let points = format.count(report);
            self.shared.stats.queued_points.fetch_add(points, Ordering::Relaxed);
            self.inbox_full(points);
        }
    }

    fn hand_over(&self, points: Points) -> Result<(), TrySendError<Points>> {
        self.shared.in_inbox.fetch_add(1, Ordering::SeqCst);
        let sent = self.inbox.try_send(points);
        if sent.is_err() {
            self.shared.in_inbox.fetch_sub(1, Ordering::SeqCst);
        }
        sent
    }

    fn inbox_full(&self, points: u64) {
        // Both: the stats at once, without the spool's lock; and the count that the next
        // `publish` adds to the spool's (it would otherwise overwrite it).
        self.shared.inbox_dropped.fetch_add(points, Ordering::Relaxed);
        self.shared.stats.dropped_points.fetch_add(points, Ordering::Relaxed);
        log::warn!("{}: its spool does not keep up (a hung disk?); {points} points dropped", self.name);
    }

    /// Count `points` the destination could never take (malformed for it), which are
    /// not queued: as dropped, as a refused batch's are.
    /// Called on the engine's thread, so never under the spool's lock (a hung disk write
    /// holds it): counted as a full inbox's points are.
    pub(crate) fn refuse(&self, points: u64) {
        if points == 0 {
            return;
        }
        self.shared.stats.queued_points.fetch_add(points, Ordering::Relaxed);
        self.shared.inbox_dropped.fetch_add(points, Ordering::Relaxed);
        self.shared.stats.dropped_points.fetch_add(points, Ordering::Relaxed);
    }

    /// Stop: append what was handed over, send what can be sent within `limit`, save the
    /// spool's cursor. What is left is sent after the next start.
    pub(crate) fn close(&self, limit: Duration) {
        let until = Instant::now() + limit;
        *sync::lock(&self.shared.stop) = Some(until);
        // The appending thread ends when its inbox closes; ask through an empty batch.
        let _ = self.inbox.try_send(Points::Lines(Vec::new()));
        self.shared.wake.notify_all();
        let until = until + Duration::from_millis(500);
        let left = || until.saturating_duration_since(Instant::now());
        if !(self.append.wait_idle(left()) && self.send.wait_idle(left())) {
            log::warn!(
                "{}: stopping without waiting longer for it (a send hangs); the spool keeps the rest",
                self.name
            );
        }
    }

    /// For `gatherer once`: wait at most `limit` until every point is sent.
    pub(crate) fn flush(&self, limit: Duration) -> Result<(), String> {
        let until = Instant::now() + limit;
        loop {
            // Every report handed over is in the spool, and the spool is sent: counting
            // sent points against queued ones would be fooled by a backlog from before.
            let waiting = self.shared.in_inbox.load(Ordering::SeqCst);
            let pending = OutputStats::get(&self.shared.stats.spooled_points);
            if waiting == 0 && pending == 0 {
                return Ok(());
            }
            if Instant::now() >= until {
                return Err(format!(
                    "{}: {pending} points not sent within {limit:?}; they wait in its spool",
                    self.name
                ));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

fn append_loop(shared: &Shared, rx: Receiver<Points>, name: &str) {
    // When the sender is to be told of points appended since it was last told: `SETTLE`
    // after the first of them, so the round's other reports go out in the same send.
    // Each report is appended as it comes (a kill must not lose it), only the send waits.
    let mut tell_at: Option<Instant> = None;
    // A report's lines, made here: one buffer for them all.
    let mut lines = Vec::new();
    let mut said_panic = false;
    loop {
        // Wakes for points, the stop (an empty batch), to tell the sender, or when
        // appended points are due to be fsynced; with none of these due, it waits for
        // the next batch without a time limit.
        let due = [shared.spool().sync_due(), tell_at.map(|t| t.saturating_duration_since(Instant::now()))]
            .into_iter()
            .flatten()
            .min();
        let got = match due {
            Some(due) => rx.recv_timeout(due),
            None => rx.recv().map_err(|_| std::sync::mpsc::RecvTimeoutError::Disconnected),
        };
        let first = match got {
            Ok(b) => Some(b),
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => None,
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => break,
        };
        let stopping = shared.stopping().is_some();
        let mut spool = shared.spool();
        let mut appended = false;
        let mut taken = 0;
        for points in first.into_iter().chain(rx.try_iter()) {
            let batch = match &points {
                Points::Lines(batch) if batch.is_empty() => continue, // the nudge
                Points::Lines(batch) => batch,
                Points::Report(report, format) => {
                    lines.clear();
                    // A report whose lines cannot be made (a panic) is that report's loss,
                    // not the destination's: as when the engine's thread made them.
                    let made =
                        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| format.lines(report, &mut lines)));
                    let Ok(n) = made else {
                        lines.clear();
                        taken += 1;
                        if !said_panic {
                            said_panic = true;
                            log::error!(
                                "{name}: making the lines of a {} report panicked; that report is skipped (said once)",
                                report.collector
                            );
                        }
                        continue;
                    };
                    // Counted as the spool's are, under its lock: a reader of the stats
                    // never sees points queued that are neither waiting nor dropped.
                    shared.stats.queued_points.fetch_add(n, Ordering::Relaxed);
                    &lines
                }
            };
            appended |= !batch.is_empty();
            spool.append(batch);
            taken += 1;
        }
        if appended {
            tell_at.get_or_insert_with(|| Instant::now() + SETTLE);
        }
        spool.sync(stopping);
        shared.publish(&spool);
        // Only now: `flush` reads the published count once none is in the inbox.
        shared.in_inbox.fetch_sub(taken, Ordering::SeqCst);
        if stopping || tell_at.is_some_and(|t| Instant::now() >= t) {
            tell_at = None;
            shared.appends.fetch_add(1, Ordering::Relaxed);
            // Under the spool's lock: the sender checks for new points and the stop under
            // it too before it waits, so this cannot fall between its check and its wait
            // (it waits without a time limit when idle).
            shared.wake.notify_all();
        }
        drop(spool);
        if stopping {
            break;
        }
    }
    log::debug!("{name}: spool thread ends");
}

/// What a destination refused (points it will never take: malformed for it), said once
/// per kind of reason rather than once per batch: a steady stream of points it refuses
/// would otherwise log an ERROR every few seconds.
#[derive(Default)]
struct Refusals {
    /// The last reason said, with its numbers left out (a count of dropped points
    /// differs from batch to batch, the reason does not).
    said: Option<String>,
    /// Points refused since it was said.
    points: u64,
}

impl Refusals {
    fn refused(&mut self, name: &str, reason: &str, points: u64) {
        let kind: String = reason.chars().filter(|c| !c.is_ascii_digit()).collect();
        if self.said.as_deref() != Some(kind.as_str()) {
            log::error!("{name}: {reason}; {points} points dropped (said once until it changes)");
            self.said = Some(kind);
            self.points = 0;
        } else {
            log::debug!("{name}: {reason}; {points} points dropped");
        }
        self.points += points;
    }

    fn accepted(&mut self, name: &str) {
        if self.said.take().is_some() {
            log::info!("{name}: points are taken again; {} were refused and dropped before", self.points);
        }
    }
}

fn send_loop(shared: &Shared, mut t: Box<dyn Transport>, name: &str) {
    let mut buf = Vec::new();
    let mut backoff = BACKOFF_MIN;
    let mut next_try = Instant::now();
    let mut last_error: Option<String> = None;
    let mut said_bad = false;
    let mut refusals = Refusals::default();
    loop {
        if let Some(until) = shared.stopping() {
            // Stopping: send what can be sent in time; a destination that is down keeps
            // its points in the spool for the next start.
            let empty = shared.spool().pending_points() == 0;
            if empty || Instant::now() >= until || (!t.is_connected() && last_error.is_some()) {
                break;
            }
        }
        if !t.is_connected() {
            let now = Instant::now();
            if now < next_try {
                wait(shared, next_try - now, None);
                continue;
            }
            match t.connect() {
                Ok(()) => {
                    backoff = BACKOFF_MIN;
                    shared.stats.connected.store(true, Ordering::Relaxed);
                    if last_error.take().is_some() {
                        let waiting = shared.spool().pending_points();
                        log::info!("{name}: connected again; sending the {waiting} points that waited");
                    } else {
                        log::debug!("{name}: connected");
                    }
                }
                Err(e) => {
                    if last_error.as_deref() != Some(&e) {
                        log::warn!(
                            "{name}: {e}; points wait in the spool, retrying with backoff up to {}s",
                            BACKOFF_MAX.as_secs()
                        );
                        last_error = Some(e);
                    }
                    next_try = Instant::now() + jitter(backoff);
                    backoff = (backoff * 2).min(BACKOFF_MAX);
                    continue;
                }
            }
        }
        let (batch, seen) = {
            let mut spool = shared.spool();
            (spool.read(BATCH_BYTES, &mut buf), shared.appends.load(Ordering::Relaxed))
        };
        let batch = match batch {
            Ok(Some(b)) => b,
            Ok(None) => {
                wait(shared, IDLE, Some(seen));
                continue;
            }
            Err(e) => {
                log::error!("{name}: {e:#}");
                wait(shared, Duration::from_secs(1), None);
                continue;
            }
        };
        // Only well-formed lines leave the spool; the rest (a damaged or planted segment)
        // is counted as dropped, and said once.
        let (bad_lines, bad_bytes, first) = keep_well_formed(&mut buf, |l| t.well_formed(l));
        let (bad_lines, bad_bytes) = (bad_lines + u64::from(batch.skipped > 0), bad_bytes + batch.skipped);
        if bad_lines > 0 && !said_bad {
            said_bad = true;
            let first = first
                .map_or_else(|| "a line too long to be one".into(), |f| format!("{:?}", String::from_utf8_lossy(&f)));
            log::warn!(
                "{name}: {bad_bytes} bytes in {bad_lines} lines of its spool are not lines of its protocol \
                 (the first: {first}): skipped and counted as dropped (said once)"
            );
        }
        let outcome = if buf.is_empty() {
            Sent::Ok
        } else if t.alive() {
            t.send(&buf)
        } else {
            Sent::Lost("the destination closed the connection".into())
        };
        match outcome {
            Sent::Ok => {
                refusals.accepted(name);
                let mut spool = shared.spool();
                spool.commit(batch.end);
                spool.dropped += bad_lines;
                shared.stats.sent_points.fetch_add(batch.lines - bad_lines, Ordering::Relaxed);
                shared.publish(&spool);
            }
            Sent::Refused(e) => {
                refusals.refused(name, &e, batch.lines);
                let mut spool = shared.spool();
                spool.commit(batch.end);
                spool.dropped += batch.lines;
                shared.publish(&spool);
            }
            Sent::Lost(e) => {
                t.disconnect();
                shared.stats.connected.store(false, Ordering::Relaxed);
                let again = if t.resends() {
                    let mut spool = shared.spool();
                    let n = spool.rewind();
                    // `rewind` rewrote the cursor; fsynced too (rare): not even a power cut
                    // may bring back a cursor that says these points were delivered.
                    spool.sync(true);
                    n
                } else {
                    0
                };
                let again =
                    if again > 0 { format!("; the {again} points sent just before go again") } else { String::new() };
                log::warn!("{name}: connection lost: {e}{again}");
                last_error = Some(e);
                next_try = Instant::now() + jitter(BACKOFF_MIN);
                backoff = BACKOFF_MIN * 2;
            }
        }
    }
    t.disconnect();
    shared.stats.connected.store(false, Ordering::Relaxed);
    let mut spool = shared.spool();
    spool.sync(true);
    shared.publish(&spool);
}

/// Wait for new points (or stop) at most `d`; not at all if the appending thread went
/// round since `seen`. It signals under the spool's lock, which this holds from its check
/// to its wait, so no signal falls between them.
fn wait(shared: &Shared, d: Duration, seen: Option<u64>) {
    let spool = shared.spool();
    let appended = seen.is_some_and(|s| s != shared.appends.load(Ordering::Relaxed));
    if shared.stopping().is_some() || appended {
        return;
    }
    let _ = shared.wake.wait_timeout(spool, d);
}

/// `d` plus up to a quarter more, so many gatherers do not reconnect in step.
fn jitter(d: Duration) -> Duration {
    let mut b = [0u8; 2];
    let _ = rustix::rand::getrandom(&mut b, rustix::rand::GetRandomFlags::empty());
    let frac = f64::from(u16::from_le_bytes(b)) / f64::from(u16::MAX);
    d.mul_f64(1.0 + frac / 4.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Keeps every batch it is sent; `check` says which lines are well formed.
    struct Fake {
        batches: Arc<Mutex<Vec<Vec<u8>>>>,
        connected: bool,
        check: fn(&[u8]) -> bool,
    }

    /// A destination of text lines, and what it is sent.
    fn fake(check: fn(&[u8]) -> bool) -> (Fake, Arc<Mutex<Vec<Vec<u8>>>>) {
        let batches = Arc::new(Mutex::new(Vec::new()));
        (Fake { batches: batches.clone(), connected: false, check }, batches)
    }

    impl Transport for Fake {
        fn connect(&mut self) -> Result<(), String> {
            self.connected = true;
            Ok(())
        }
        fn is_connected(&self) -> bool {
            self.connected
        }
        fn alive(&mut self) -> bool {
            true
        }
        fn send(&mut self, batch: &[u8]) -> Sent {
            self.batches.lock().unwrap().push(batch.to_vec());
            Sent::Ok
        }
        fn disconnect(&mut self) {
            self.connected = false;
        }
        fn resends(&self) -> bool {
            false
        }
        fn well_formed(&self, line: &[u8]) -> bool {
            (self.check)(line)
        }
    }

    /// The reports of one round (a few milliseconds apart) go out in one batch, not one
    /// send each.
    #[test]
    fn a_rounds_reports_are_sent_together() {
        let (to, sends) = fake(text_line);
        let stats = Arc::new(OutputStats::new("test", "here".into()));
        let f = Forwarder::try_start("test".into(), to, None, 1 << 20, Duration::ZERO, stats).unwrap();
        std::thread::sleep(Duration::from_millis(50));
        for i in 0..8 {
            f.push(format!("line {i}\n").into_bytes(), 1);
            std::thread::sleep(Duration::from_millis(5));
        }
        f.flush(Duration::from_secs(10)).unwrap();
        let sends: Vec<usize> = sends.lock().unwrap().iter().map(Vec::len).collect();
        assert_eq!(sends.iter().sum::<usize>(), 8 * 7, "every line sent");
        // One batch (two if this machine stalled the loop past the settling time).
        assert!((1..=2).contains(&sends.len()), "{} sends: {sends:?}", sends.len());
        f.close(Duration::from_secs(5));
    }

    /// The batching holds back only the send: a report is in the spool (the page cache)
    /// at once, so a kill right after loses nothing.
    #[test]
    fn a_report_is_spooled_at_once_and_sent_after_the_settling_time() {
        let dir = tempfile::tempdir().unwrap();
        let (to, sends) = fake(text_line);
        let stats = Arc::new(OutputStats::new("test", "here".into()));
        let f = Forwarder::try_start("test".into(), to, Some(dir.path().to_path_buf()), 1 << 20, Duration::ZERO, stats)
            .unwrap();
        // The sender connected and found nothing: it waits, as between two rounds.
        std::thread::sleep(Duration::from_millis(50));
        let pushed = Instant::now();
        f.push(b"a 1 1\n".to_vec(), 1);
        let spooled = || {
            std::fs::read_dir(dir.path())
                .unwrap()
                .filter_map(|e| std::fs::read(e.unwrap().path()).ok())
                .any(|b| b.as_slice() == b"a 1 1\n")
        };
        while !spooled() {
            assert!(pushed.elapsed() < Duration::from_secs(5), "never spooled");
            std::thread::sleep(Duration::from_millis(2));
        }
        let in_spool = pushed.elapsed();
        let unsent = sends.lock().unwrap().is_empty();
        assert!(in_spool < SETTLE, "spooled after {in_spool:?}: it waited for the settling time too");
        if in_spool < SETTLE / 2 {
            assert!(unsent, "sent before the settling time");
        }
        f.flush(Duration::from_secs(10)).unwrap();
        assert!(pushed.elapsed() >= SETTLE, "sent after the settling time");
        assert_eq!(sends.lock().unwrap().len(), 1);
        f.close(Duration::from_secs(5));
    }

    /// Reports refused by a full inbox (the spool held up, as by a hung disk) stay
    /// counted as dropped after the spool goes on and publishes its own figures.
    #[test]
    fn points_dropped_at_a_full_inbox_stay_counted() {
        let (to, _) = fake(text_line);
        let stats = Arc::new(OutputStats::new("test", "here".into()));
        let f = Forwarder::try_start("test".into(), to, None, 1 << 20, Duration::ZERO, stats.clone()).unwrap();
        let held = f.shared.spool();
        for _ in 0..INBOX_REPORTS + 100 {
            f.push(b"a 1 1\n".to_vec(), 1);
        }
        let dropped = OutputStats::get(&stats.dropped_points);
        assert!(dropped >= 98, "{dropped} points dropped at a full inbox");
        drop(held);
        f.flush(Duration::from_secs(20)).unwrap();
        assert_eq!(OutputStats::get(&stats.dropped_points), dropped, "still counted once the spool went on");
        let sent = OutputStats::get(&stats.sent_points);
        assert_eq!(sent + dropped, INBOX_REPORTS as u64 + 100);
        f.close(Duration::from_secs(5));
    }

    /// One line per sample; notes the thread that made them.
    struct Named(Arc<Mutex<Vec<String>>>);

    impl Format for Named {
        fn lines(&self, report: &Report, out: &mut Vec<u8>) -> u64 {
            self.0.lock().unwrap().push(std::thread::current().name().unwrap_or_default().to_string());
            let n = self.count(report);
            for i in 0..n {
                out.extend_from_slice(format!("{}.{i} 1 7\n", report.collector).as_bytes());
            }
            n
        }
        fn count(&self, report: &Report) -> u64 {
            report.measured.as_ref().map_or(0, |m| m.samples.len() as u64)
        }
    }

    /// A report handed over is made into lines by the appending thread, not the engine's;
    /// one refused by a full inbox is counted as dropped without being made into lines.
    #[test]
    fn reports_are_formatted_by_the_appending_thread() {
        use crate::engine::sample::{Metric, MetricKind, Sample, Unit};
        static M: Metric = Metric { name: "m", prom: "m", help: "", kind: MetricKind::Gauge, unit: Unit::Number };
        let (to, _) = fake(text_line);
        let stats = Arc::new(OutputStats::new("test", "here".into()));
        let f = Forwarder::try_start("test".into(), to, None, 1 << 30, Duration::ZERO, stats.clone()).unwrap();
        let made_by = Arc::new(Mutex::new(Vec::new()));
        let format: Arc<dyn Format> = Arc::new(Named(made_by.clone()));
        let report = crate::engine::sink::report_of("memory", vec![Sample::new(&M, 1.0), Sample::new(&M, 2.0)], 7);
        f.push_report(&report, &format);
        f.flush(Duration::from_secs(10)).unwrap();
        assert_eq!(*made_by.lock().unwrap(), ["spool test"]);
        assert_eq!(OutputStats::get(&stats.sent_points), 2);
        let held = f.shared.spool();
        for _ in 0..INBOX_REPORTS + 10 {
            f.push_report(&report, &format);
        }
        let dropped = OutputStats::get(&stats.dropped_points);
        assert!((18..=20).contains(&dropped), "{dropped} points dropped at a full inbox");
        drop(held);
        f.flush(Duration::from_secs(20)).unwrap();
        let made_by = made_by.lock().unwrap();
        assert_eq!(made_by.len() as u64, 1 + (INBOX_REPORTS as u64 + 10) - dropped / 2);
        assert!(made_by.iter().all(|t| t == "spool test"), "lines made elsewhere");
        let g = |c: &AtomicU64| OutputStats::get(c);
        assert_eq!(g(&stats.queued_points), 2 * (INBOX_REPORTS as u64 + 11));
        assert_eq!(g(&stats.sent_points) + dropped, g(&stats.queued_points));
        f.close(Duration::from_secs(5));
    }

    /// Values refused on the engine's thread are counted without the spool's lock, which
    /// a hung disk write may hold: the engine must not wait for it.
    #[test]
    fn refused_values_are_counted_without_waiting_for_the_spool() {
        let stats = Arc::new(OutputStats::new("test", "here".into()));
        let f = Arc::new(
            Forwarder::try_start("test".into(), fake(text_line).0, None, 1 << 20, Duration::ZERO, stats.clone())
                .unwrap(),
        );
        let held = f.shared.spool();
        let (tx, rx) = std::sync::mpsc::channel();
        let f2 = f.clone();
        std::thread::spawn(move || {
            f2.refuse(3);
            tx.send(()).unwrap();
        });
        assert!(rx.recv_timeout(Duration::from_secs(2)).is_ok(), "refuse waited for the spool's lock");
        assert_eq!(OutputStats::get(&stats.dropped_points), 3);
        drop(held);
        f.close(Duration::from_secs(5));
    }

    /// Lines of every report but a `boom` collector's, whose making panics.
    struct Fragile;

    impl Format for Fragile {
        fn lines(&self, report: &Report, out: &mut Vec<u8>) -> u64 {
            assert_ne!(report.collector, "boom", "a formatting bug");
            out.extend_from_slice(format!("{}.x 1 7\n", report.collector).as_bytes());
            1
        }
        fn count(&self, _report: &Report) -> u64 {
            1
        }
    }

    /// A report whose lines cannot be made (a panic) is skipped; the destination goes on
    /// taking the reports after it, and `flush` does not wait for the skipped one.
    #[test]
    fn a_report_that_panics_in_formatting_is_skipped_and_the_rest_goes() {
        let (to, sent) = fake(super::super::graphite::carbon_line);
        let stats = Arc::new(OutputStats::new("test", "here".into()));
        let f = Forwarder::try_start("test".into(), to, None, 1 << 20, Duration::ZERO, stats).unwrap();
        let format: Arc<dyn Format> = Arc::new(Fragile);
        for c in ["before", "boom", "after"] {
            f.push_report(&crate::engine::sink::report_of(c, Vec::new(), 7), &format);
        }
        let started = Instant::now();
        f.flush(Duration::from_secs(10)).unwrap();
        assert!(started.elapsed() < Duration::from_secs(5), "flush waited for the skipped report");
        assert_eq!(String::from_utf8_lossy(&sent.lock().unwrap().concat()), "before.x 1 7\nafter.x 1 7\n");
        f.close(Duration::from_secs(5));
    }

    /// Binary garbage in a segment, lines that are not `path value timestamp`, a line
    /// longer than a batch: none leaves the spool; they are counted as dropped, and the
    /// well-formed lines around them go.
    #[test]
    fn only_well_formed_lines_leave_the_spool() {
        let dir = tempfile::tempdir().unwrap();
        let mut seg = b"a.b 1 100\n\x00\x01\xff\xfe garbage\n".to_vec();
        seg.extend_from_slice(b"not a line\nx\x1b[2J 1 100\nc.d nan 100\nc.d 1 1.5\n");
        seg.extend(std::iter::repeat(b'z').take(BATCH_BYTES + 10));
        seg.extend_from_slice(b"\ne.f -2.5 200\n");
        std::fs::write(dir.path().join("0000000000000001.spool"), &seg).unwrap();
        let (to, got) = fake(super::super::graphite::carbon_line);
        let stats = Arc::new(OutputStats::new("test", "here".into()));
        let f = Forwarder::try_start(
            "test".into(),
            to,
            Some(dir.path().to_path_buf()),
            1 << 20,
            Duration::ZERO,
            stats.clone(),
        )
        .unwrap();
        f.push(b"g.h 3 300\n".to_vec(), 1);
        f.flush(Duration::from_secs(10)).unwrap();
        assert_eq!(String::from_utf8_lossy(&got.lock().unwrap().concat()), "a.b 1 100\ne.f -2.5 200\ng.h 3 300\n");
        assert_eq!(OutputStats::get(&stats.dropped_points), 6, "the garbage lines, counted");
        assert_eq!(OutputStats::get(&stats.sent_points), 3);
        f.close(Duration::from_secs(5));
    }
}
