//! The engine: schedules every collector on its own interval, in isolation, and hands
//! each cycle's report to the sinks. It knows no particular collector and no particular
//! output.
//!
//! One scheduler thread owns every collector's supervisor: its schedule, its last good
//! reading, its report. It hands each due cycle to the worker pool (`pool.rs`), whose one
//! worker normally runs every collector's cycles in turn; a cycle that keeps the workers
//! busy past a short stall gets the others one more worker, so a slow or hung collector
//! never stops the rest. The worker hands the collector back when done; if it panics, a
//! fresh collector is built for the next cycle; if it does not answer within the timeout
//! it is abandoned (threads cannot be killed), reported as hung, and no second cycle of it
//! is started until it returns, so a stuck collector costs one worker, never a pile.
//! Failures never touch the other collectors, and the last good reading is reported
//! again with `status: "error"`. A reload replaces only the collectors whose settings
//! changed; the others keep running (and keep their state, such as a whisper tree).

pub mod collector;
mod pool;
pub mod sample;
pub mod sink;

use crate::state::{Envelope, State, Status, Trust, SCHEMA};
use crate::util::sync;
use crate::util::timefmt::{now_unix_ms, rfc3339};
use anyhow::{anyhow, Result};
use collector::{Cancel, Collector, DynCollector, Measured, Reading};
use pool::{Done, Job, Pool};
use sink::{Report, Sinks};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// How long stopping waits for the outputs to finish what they were handed.
pub(crate) const SINK_CLOSE: Duration = Duration::from_secs(10);

/// The scheduler goes round its loop at least this often, so the watchdog can tell a
/// wedged one (a sink that blocks in `deliver`) from one with nothing due.
const BEAT: Duration = Duration::from_secs(30);

/// How long `gatherer once` waits for its reports to be written.
const ONCE_FLUSH: Duration = Duration::from_secs(60);

/// Whether every reading is logged at INFO, not only a collector's first one (and the
/// first after a failure). Set for a `gatherer run` that logs to a terminal: someone is
/// watching it, and wants the values (the CPU percentages come only from the second
/// cycle); a log file would get a line per collector per interval.
static EVERY_READING_AT_INFO: AtomicBool = AtomicBool::new(false);

pub(crate) fn log_every_reading(yes: bool) {
    EVERY_READING_AT_INFO.store(yes, Ordering::Relaxed);
}

type Factory = Box<dyn Fn(&Cancel) -> Result<Box<dyn DynCollector>> + Send + Sync>;
type ReadState = fn(&Path, &str, Trust) -> Result<Option<State<Measured>>>;

/// Everything the engine needs to run one collector.
pub(crate) struct Spec {
    pub(crate) name: &'static str,
    /// How often a cycle runs.
    pub(crate) interval: Duration,
    /// A cycle that has not answered after this long is abandoned and reported as hung.
    pub(crate) timeout: Duration,
    pub(crate) state_path: PathBuf,
    /// The validated settings, printed: equal keys mean a reload leaves it running.
    pub(crate) key: String,
    /// Its schedule for the start-up line (default: `every INTERVAL`).
    pub(crate) describe: String,
    /// Builds a fresh collector (at start, and after one panicked), on a worker.
    make: Arc<Factory>,
    read: ReadState,
}

impl Spec {
    pub(crate) fn new<C: Collector>(
        name: &'static str,
        interval: Duration,
        state_path: PathBuf,
        key: String,
        make: impl Fn(&Cancel) -> Result<C> + Send + Sync + 'static,
    ) -> Spec {
        let make: Factory = Box::new(move |cancel| Ok(Box::new(make(cancel)?) as Box<dyn DynCollector>));
        Spec {
            name,
            interval,
            timeout: default_timeout(interval),
            state_path,
            key,
            describe: format!("every {interval:?}"),
            make: Arc::new(make),
            read: read_typed::<C::Reading>,
        }
    }

    /// Read this collector's state file through its own reading type.
    pub(crate) fn read_state(&self, trust: Trust) -> Result<Option<State<Measured>>> {
        (self.read)(&self.state_path, self.name, trust)
    }
}

/// Twice the interval, but never under a minute: slow trees and slow servers are normal.
pub(crate) fn default_timeout(interval: Duration) -> Duration {
    (interval * 2).max(Duration::from_secs(60))
}

/// Read a state file through the reading type `R`, as the engine carries readings.
pub(crate) fn read_typed<R: Reading>(path: &Path, name: &str, trust: Trust) -> Result<Option<State<Measured>>> {
    let Some(state) = State::<R>::read(path, name, trust)? else {
        return Ok(None);
    };
    let reading = state.reading.as_ref().map(Measured::of).transpose()?;
    Ok(Some(State { envelope: state.envelope, reading }))
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Mode {
    /// Until told to stop.
    Forever,
    /// Until the first report (ok or error) is out, as `gatherer once` does.
    Once,
}

/// How a supervisor ended: its last report, for `gatherer once`'s summary.
#[derive(Debug)]
pub(crate) struct Outcome {
    pub(crate) name: &'static str,
    pub(crate) ok: bool,
    pub(crate) text: String,
}

/// What the scheduler thread is told: by the workers, and by the engine.
enum Msg {
    Done(Done),
    /// Run this supervisor from now on.
    Launch(Box<Supervisor>),
    /// Drop the supervisor with this id, then answer.
    Retire(u64, Sender<()>),
    Stop,
}

/// What systemd's readiness and watchdog need to know, shareable without the engine.
#[derive(Default)]
pub(crate) struct Health {
    /// Supervisors that have not finished their first cycle yet.
    first_pending: Mutex<usize>,
    changed: Condvar,
    /// False once the scheduler thread has ended (or before it started).
    alive: AtomicBool,
    /// When the scheduler last went round its loop (at least every `BEAT`).
    beat: Mutex<Option<Instant>>,
    /// The engine was stopped: nothing more to report for it.
    retired: AtomicBool,
}

impl Health {
    fn first_cycle_done(&self) {
        let mut n = sync::lock(&self.first_pending);
        *n = n.saturating_sub(1);
        self.changed.notify_all();
    }

    /// Block until every collector started with the engine has finished its first cycle
    /// (reported, failed, or taken the first sample of a rate), or the engine stopped.
    pub(crate) fn wait_first_cycles(&self) {
        let mut n = sync::lock(&self.first_pending);
        while *n > 0 && !self.is_retired() {
            n = sync::wait_timeout(&self.changed, n, Duration::from_millis(500)).0;
        }
    }

    /// The scheduler thread, which runs every collector's schedule, is running and not
    /// wedged: it went round its loop within three `BEAT`s.
    pub(crate) fn alive(&self) -> bool {
        let beat = *sync::lock(&self.beat);
        self.alive.load(Ordering::SeqCst) && beat.is_some_and(|b| b.elapsed() < BEAT * 3)
    }

    fn beat(&self, now: Instant) {
        *sync::lock(&self.beat) = Some(now);
    }

    pub(crate) fn is_retired(&self) -> bool {
        self.retired.load(Ordering::SeqCst)
    }
}

/// Marks the scheduler dead however its thread ends (a panic included).
struct ExitGuard(Arc<Health>);
impl Drop for ExitGuard {
    fn drop(&mut self) {
        self.0.alive.store(false, Ordering::SeqCst);
    }
}

/// A running collector, as the engine knows it.
struct Running {
    id: u64,
    key: String,
    cancel: Cancel,
}

pub(crate) struct Engine {
    tx: Sender<Msg>,
    scheduler: Option<JoinHandle<Vec<Outcome>>>,
    running: BTreeMap<&'static str, Running>,
    order: Vec<&'static str>,
    next_id: u64,
    host: Arc<str>,
    sinks: Sinks,
    mode: Mode,
    health: Arc<Health>,
}

impl Engine {
    /// Start the scheduler with one supervisor per collector.
    pub(crate) fn start(specs: Vec<Spec>, sinks: Sinks, host: &str, mode: Mode) -> Result<Engine> {
        let health = Arc::new(Health { first_pending: Mutex::new(specs.len()), ..Health::default() });
        let (tx, rx) = channel();
        let mut engine = Engine {
            tx: tx.clone(),
            scheduler: None,
            running: BTreeMap::new(),
            order: Vec::new(),
            next_id: 0,
            host: host.into(),
            sinks,
            mode,
            health: health.clone(),
        };
        // All of them before the scheduler starts: `gatherer once` ends when every
        // supervisor it has is done.
        let sups = specs.into_iter().map(|spec| engine.supervisor(spec, true)).collect();
        let scheduler = Scheduler { sups, pool: Pool::new(tx), rx, mode, health: health.clone() };
        health.beat(Instant::now());
        health.alive.store(true, Ordering::SeqCst);
        let guard = ExitGuard(health.clone());
        let spawned = std::thread::Builder::new().name("engine".into()).spawn(move || {
            let _guard = guard;
            scheduler.run()
        });
        match spawned {
            Ok(handle) => engine.scheduler = Some(handle),
            Err(e) => {
                health.alive.store(false, Ordering::SeqCst);
                return Err(anyhow!("cannot start the engine's thread: {e}"));
            }
        }
        Ok(engine)
    }

    /// A supervisor for `spec`, known to the engine from now on.
    fn supervisor(&mut self, spec: Spec, counts_for_readiness: bool) -> Supervisor {
        let (id, name, key) = (self.next_id, spec.name, spec.key.clone());
        self.next_id += 1;
        if self.mode == Mode::Forever {
            log::info!(target: name, "{}, writing {}", spec.describe, spec.state_path.display());
        }
        let cancel = Cancel::default();
        let mut sup = Supervisor::new(id, spec, self.host.clone(), self.mode, self.sinks.clone(), cancel.clone());
        sup.first_cycle = counts_for_readiness.then(|| self.health.clone());
        self.running.insert(name, Running { id, key, cancel });
        self.order.push(name);
        sup
    }

    fn launch(&mut self, spec: Spec) -> Result<()> {
        let sup = self.supervisor(spec, false);
        self.tx.send(Msg::Launch(Box::new(sup))).map_err(|_| anyhow!("the engine's thread has ended"))
    }

    /// Readiness and liveness, for systemd.
    pub(crate) fn health(&self) -> Arc<Health> {
        self.health.clone()
    }

    /// Run `specs` from now on: collectors whose settings did not change keep running
    /// untouched; changed ones are stopped (their long work cancelled) and started anew;
    /// gone ones stop; new ones start. Returns the names restarted, started, stopped.
    pub(crate) fn apply(&mut self, specs: Vec<Spec>) -> Result<Changes> {
        let mut changes = Changes::default();
        let wanted: Vec<&'static str> = specs.iter().map(|s| s.name).collect();
        for name in self.order.clone() {
            if !wanted.contains(&name) {
                self.retire(name);
                changes.stopped.push(name);
            }
        }
        for spec in specs {
            match self.running.get(spec.name) {
                Some(r) if r.key == spec.key => continue,
                Some(_) => {
                    self.retire(spec.name);
                    changes.restarted.push(spec.name);
                }
                None => changes.started.push(spec.name),
            }
            self.launch(spec)?;
        }
        Ok(changes)
    }

    /// Stop one supervisor: cancel its work and drop it (a hung cycle may still be
    /// running; it ends by itself, and what it reports is dropped).
    fn retire(&mut self, name: &'static str) {
        if let Some(r) = self.running.remove(name) {
            r.cancel.cancel();
            let (ack, acked) = channel();
            if self.tx.send(Msg::Retire(r.id, ack)).is_ok() {
                let _ = acked.recv();
            }
        }
        self.order.retain(|n| *n != name);
    }

    /// Stop every supervisor after the report in progress, and wait for the scheduler.
    pub(crate) fn stop(mut self) -> Vec<Outcome> {
        self.health.retired.store(true, Ordering::SeqCst);
        self.health.changed.notify_all();
        for r in self.running.values() {
            r.cancel.cancel();
        }
        let _ = self.tx.send(Msg::Stop);
        let outcomes = self.join();
        // The reports already handed over are finished, not cut off by the exit.
        self.sinks.close(SINK_CLOSE);
        outcomes
    }

    /// Wait for every supervisor to end by itself (`Mode::Once`), and for its report to
    /// be written: one that could not be fails.
    pub(crate) fn wait(mut self) -> Vec<Outcome> {
        let mut outcomes = self.join();
        let until = Instant::now() + ONCE_FLUSH;
        for o in &mut outcomes {
            if let Err(e) = self.sinks.flush(o.name, until.saturating_duration_since(Instant::now())) {
                o.ok = false;
                o.text = e;
            }
        }
        self.sinks.close(SINK_CLOSE);
        outcomes
    }

    fn join(&mut self) -> Vec<Outcome> {
        let Some(handle) = self.scheduler.take() else { return Vec::new() };
        handle.join().unwrap_or_else(|_| {
            let text = "the engine's thread panicked".to_string();
            self.order.iter().map(|&name| Outcome { name, ok: false, text: text.clone() }).collect()
        })
    }
}

impl Drop for Engine {
    /// An engine dropped without `stop` (an error on the way) ends its scheduler too.
    fn drop(&mut self) {
        if self.scheduler.is_some() {
            let _ = self.tx.send(Msg::Stop);
        }
    }
}

/// What `Engine::apply` changed.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Changes {
    pub(crate) restarted: Vec<&'static str>,
    pub(crate) started: Vec<&'static str>,
    pub(crate) stopped: Vec<&'static str>,
}

/// The scheduler thread's own: every supervisor, in launch order, and the workers.
struct Scheduler {
    sups: Vec<Supervisor>,
    pool: Pool,
    rx: Receiver<Msg>,
    mode: Mode,
    health: Arc<Health>,
}

impl Scheduler {
    fn run(mut self) -> Vec<Outcome> {
        loop {
            let now = Instant::now();
            self.health.beat(now);
            for s in &mut self.sups {
                s.tick(now, &self.pool);
            }
            if self.mode == Mode::Once && self.sups.iter().all(|s| s.outcome.is_some()) {
                return self.sups.iter_mut().filter_map(|s| s.outcome.take()).collect();
            }
            self.pool.check(now);
            let due = self.sups.iter().filter_map(Supervisor::next_wake).chain(self.pool.next_check()).min();
            let wake = due.map_or(now + BEAT, |at| at.min(now + BEAT));
            let msg = self.rx.recv_timeout(wake.saturating_duration_since(now));
            match msg {
                Ok(Msg::Done(done)) => {
                    // Not found: the cycle of a collector retired since.
                    if let Some(s) = self.sups.iter_mut().find(|s| s.id == done.sup) {
                        s.done(done);
                    }
                }
                Ok(Msg::Launch(sup)) => self.sups.push(*sup),
                Ok(Msg::Retire(id, ack)) => {
                    if let Some(i) = self.sups.iter().position(|s| s.id == id) {
                        let sup = self.sups.remove(i);
                        sup.cancel.cancel();
                    }
                    let _ = ack.send(());
                }
                Ok(Msg::Stop) | Err(RecvTimeoutError::Disconnected) => return self.interrupted(),
                Err(RecvTimeoutError::Timeout) => {}
            }
        }
    }

    /// Each supervisor's outcome at a stop: its report if it made one (`gatherer once`),
    /// else that it was interrupted.
    fn interrupted(mut self) -> Vec<Outcome> {
        let sups = std::mem::take(&mut self.sups);
        sups.into_iter()
            .map(|mut s| {
                s.cancel.cancel();
                s.outcome.take().unwrap_or_else(|| {
                    let when = if s.running.is_some() { "while measuring" } else { "before it measured" };
                    Outcome { name: s.spec.name, ok: false, text: format!("interrupted {when}") }
                })
            })
            .collect()
    }
}

struct LastGood {
    measured_at_unix: i64,
    measured: Arc<Measured>,
}

/// The cycle out on a worker.
struct Out {
    cycle: u64,
    started: Instant,
    attempted_at_unix: i64,
}

struct Supervisor {
    id: u64,
    spec: Spec,
    host: Arc<str>,
    mode: Mode,
    sinks: Sinks,
    cancel: Cancel,
    /// Between cycles; `None` while one is out, or to be built anew.
    collector: Option<Box<dyn DynCollector>>,
    cycle: u64,
    /// When the next cycle is due.
    due: Instant,
    running: Option<Out>,
    /// A cycle abandoned after its timeout that has not come back yet: its id, when it
    /// started, and the failure text every cycle reports until it returns (one text, so
    /// it is logged once).
    stuck: Option<(u64, Instant, String)>,
    last_good: Option<LastGood>,
    /// Whether a good measurement was taken since this start (the first is logged).
    measured_since_start: bool,
    /// Last failure text logged at WARN, so a persistent failure is not logged every cycle.
    last_error: Option<String>,
    /// Told once, after the first cycle.
    first_cycle: Option<Arc<Health>>,
    /// `Mode::Once`: the report, once made; no cycle runs after it.
    outcome: Option<Outcome>,
}

/// A supervisor that ends before its first cycle did (stopped, or replaced by a reload)
/// still counts as done: readiness and the start's hook must not wait for it forever.
impl Drop for Supervisor {
    fn drop(&mut self) {
        if let Some(h) = self.first_cycle.take() {
            h.first_cycle_done();
        }
    }
}

/// How long to wait for the first cycle of a daemon's collector whose interval is whole
/// seconds: until the middle of a wall-clock second. Measurements are stamped with the
/// second they were taken in; cycles that fall near a second's boundary would, with a few
/// milliseconds of jitter, stamp two neighbours with the same second and leave a hole (one
/// point overwriting another in Graphite). Half a second from either boundary, jitter
/// never does.
fn first_slot_delay(mode: Mode, interval: Duration) -> Duration {
    let whole = interval.subsec_nanos() == 0 && interval >= Duration::from_secs(1);
    if mode != Mode::Forever || !whole {
        return Duration::ZERO;
    }
    let ms = crate::util::timefmt::now_unix_ms().rem_euclid(1000) as u64;
    Duration::from_millis((1500 - ms) % 1000)
}

impl Supervisor {
    /// Reads the collector's last state file (its last good values): on the caller's
    /// thread, not the scheduler's.
    fn new(id: u64, spec: Spec, host: Arc<str>, mode: Mode, sinks: Sinks, cancel: Cancel) -> Self {
        let removed = crate::util::atomic::remove_stale_temps(&spec.state_path);
        if removed > 0 {
            log::info!(
                target: spec.name,
                "removed {removed} temp file(s) a killed writer left beside {}",
                spec.state_path.display()
            );
        }
        let me = rustix::process::geteuid().as_raw();
        let last_good = match spec.read_state(Trust::Owner(me)) {
            Ok(Some(State { envelope, reading: Some(measured) })) => {
                envelope.measured_at_unix.map(|t| LastGood { measured_at_unix: t, measured: Arc::new(measured) })
            }
            Ok(_) => None,
            Err(e) => {
                log::warn!(target: spec.name, "ignoring the previous state file, it will be replaced: {e:#}");
                None
            }
        };
        Supervisor {
            id,
            due: Instant::now() + first_slot_delay(mode, spec.interval),
            spec,
            host,
            mode,
            sinks,
            cancel,
            collector: None,
            cycle: 0,
            running: None,
            stuck: None,
            last_good,
            measured_since_start: false,
            last_error: None,
            first_cycle: None,
            outcome: None,
        }
    }

    /// When this supervisor has something to do next, if ever.
    fn next_wake(&self) -> Option<Instant> {
        if self.outcome.is_some() {
            return None;
        }
        Some(self.running.as_ref().map_or(self.due, |out| out.started + self.spec.timeout))
    }

    /// Start the cycle that is due, or give up on the one out past its timeout.
    fn tick(&mut self, now: Instant, pool: &Pool) {
        if self.outcome.is_some() {
            return;
        }
        match &self.running {
            Some(out) if now >= out.started + self.spec.timeout => {
                let Out { cycle, started, attempted_at_unix } = self.running.take().expect("a cycle is out");
                let since = rfc3339(now_unix_ms().div_euclid(1000) - started.elapsed().as_secs() as i64);
                let why = format!(
                    "a cycle started at {since} is hung (no answer within {:?}); no other cycle starts until it returns",
                    self.spec.timeout
                );
                self.stuck = Some((cycle, started, why.clone()));
                self.finish(Err(anyhow!("{why}")), started.elapsed(), attempted_at_unix);
            }
            None if now >= self.due => self.start_cycle(now, pool),
            _ => {}
        }
    }

    fn start_cycle(&mut self, now: Instant, pool: &Pool) {
        let attempted_at_unix = now_unix_ms().div_euclid(1000);
        if let Some((_, _, why)) = &self.stuck {
            let e = anyhow!("{why}");
            return self.finish(Err(e), Duration::ZERO, attempted_at_unix);
        }
        self.cycle += 1;
        let job = Job {
            sup: self.id,
            cycle: self.cycle,
            collector: self.collector.take(),
            make: self.spec.make.clone(),
            cancel: self.cancel.clone(),
        };
        match pool.submit(job) {
            Ok(()) => self.running = Some(Out { cycle: self.cycle, started: now, attempted_at_unix }),
            Err((job, e)) => {
                // Keep the collector (and what it knows) for the next try.
                self.collector = job.collector;
                self.finish(Err(anyhow!("cannot start a worker thread: {e}")), Duration::ZERO, attempted_at_unix);
            }
        }
    }

    /// A worker's answer: the cycle out, or a hung one come back late.
    fn done(&mut self, done: Done) {
        match &self.running {
            Some(out) if out.cycle == done.cycle => {
                let attempted_at_unix = out.attempted_at_unix;
                self.running = None;
                self.collector = done.collector;
                self.finish(done.result, done.took, attempted_at_unix);
            }
            _ => {
                if let Some((id, since, _)) = &self.stuck {
                    if *id == done.cycle {
                        log::warn!(target: self.spec.name, "the hung cycle came back after {:?}; resuming", since.elapsed());
                        self.stuck = None;
                        self.collector = done.collector;
                    }
                }
            }
        }
    }

    /// Log and report a cycle's result, and set the next cycle's slot.
    fn finish(&mut self, result: Result<Option<Measured>>, took: Duration, attempted_at_unix: i64) {
        let name = self.spec.name;
        let first_cycle = self.first_cycle.take();
        let outcome = match result {
            Ok(None) => {
                log::debug!(target: name, "cycle {} took {took:?}: nothing to report this cycle", self.cycle);
                None
            }
            Ok(Some(measured)) => {
                log::debug!(target: name, "cycle {} took {took:?}: ok: {}", self.cycle, measured.summary);
                if self.last_error.take().is_some() || !self.measured_since_start {
                    log::info!(target: name, "measuring: {}", measured.summary);
                } else if EVERY_READING_AT_INFO.load(Ordering::Relaxed) {
                    log::info!(target: name, "{}", measured.summary);
                }
                self.measured_since_start = true;
                self.last_good = Some(LastGood { measured_at_unix: attempted_at_unix, measured: Arc::new(measured) });
                Some(self.report(Status::Ok, None, attempted_at_unix, took))
            }
            Err(e) => {
                let text = format!("{e:#}");
                log::debug!(target: name, "cycle {} took {took:?}: failed: {text}", self.cycle);
                if self.last_error.as_deref() != Some(&text) {
                    log::warn!(target: name, "{text} (keeping the last good values)");
                    self.last_error = Some(text.clone());
                }
                Some(self.report(Status::Error, Some(text), attempted_at_unix, took))
            }
        };
        if let Some(h) = first_cycle {
            h.first_cycle_done();
        }
        if self.mode == Mode::Once {
            self.outcome = outcome;
        }
        self.due += self.spec.interval;
        let now = Instant::now();
        if self.due < now {
            // A cycle overran its slot: skip the missed slots rather than bursting.
            let behind = (now - self.due).as_nanos() / self.spec.interval.as_nanos().max(1) + 1;
            self.due += self.spec.interval * behind as u32;
        }
    }

    /// Hand this cycle's report to every sink (none blocks: each queues it).
    fn report(&mut self, status: Status, error: Option<String>, attempted_at_unix: i64, took: Duration) -> Outcome {
        let name = self.spec.name;
        let last = self.last_good.as_ref();
        let report = Arc::new(Report {
            collector: name,
            state_path: self.spec.state_path.clone(),
            envelope: Envelope {
                schema: SCHEMA,
                collector: name.to_string(),
                host: self.host.to_string(),
                status,
                error: error.clone(),
                measured_at: last.map(|l| rfc3339(l.measured_at_unix)),
                measured_at_unix: last.map(|l| l.measured_at_unix),
                attempted_at_unix,
                duration_ms: took.as_millis() as u64,
            },
            measured: last.map(|l| l.measured.clone()),
        });
        self.sinks.deliver(&report);
        match error {
            Some(e) => Outcome { name, ok: false, text: e },
            None => Outcome { name, ok: true, text: last.map(|l| l.measured.summary.clone()).unwrap_or_default() },
        }
    }
}

pub(crate) fn panic_text(panic: &Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = panic.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = panic.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::collector::{Collector, Reading};
    use crate::engine::sample::Sample;
    use crate::sinks::state_file::StateFiles;
    use serde::{Deserialize, Serialize};
    use std::collections::VecDeque;
    use std::path::Path;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::{Arc, Mutex};

    #[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
    struct Count {
        n: u64,
    }

    impl Reading for Count {
        fn summary(&self) -> String {
            format!("n={}", self.n)
        }

        fn samples(&self, _out: &mut Vec<Sample>) {}
    }

    #[derive(Clone)]
    enum Act {
        Give(u64),
        Prime,
        Fail(&'static str),
        Panic,
        Hang(Duration),
    }

    /// A collector that plays a script, then repeats its last act.
    struct Scripted {
        script: Arc<Mutex<VecDeque<Act>>>,
    }

    impl Collector for Scripted {
        type Reading = Count;
        fn collect(&mut self) -> Result<Option<Count>> {
            let act = {
                let mut s = self.script.lock().unwrap();
                if s.len() > 1 {
                    s.pop_front().unwrap()
                } else {
                    s.front().unwrap().clone()
                }
            };
            match act {
                Act::Give(n) => Ok(Some(Count { n })),
                Act::Prime => Ok(None),
                Act::Fail(why) => Err(anyhow!(why)),
                Act::Panic => panic!("scripted panic"),
                Act::Hang(d) => {
                    std::thread::sleep(d);
                    Ok(Some(Count { n: 999 }))
                }
            }
        }
    }

    type Script = Arc<Mutex<VecDeque<Act>>>;

    fn spec(name: &'static str, path: &Path, interval_ms: u64, script: Vec<Act>, made: Arc<AtomicUsize>) -> Spec {
        scripted(name, path, interval_ms, Arc::new(Mutex::new(VecDeque::from(script))), made)
    }

    /// A spec whose script the test can change while it runs.
    fn scripted(name: &'static str, path: &Path, interval_ms: u64, script: Script, made: Arc<AtomicUsize>) -> Spec {
        Spec::new(name, Duration::from_millis(interval_ms), path.to_path_buf(), "key".into(), move |_: &Cancel| {
            made.fetch_add(1, Ordering::SeqCst);
            Ok(Scripted { script: script.clone() })
        })
    }

    fn sinks() -> Sinks {
        Sinks::new(vec![Arc::new(StateFiles::default())])
    }

    fn start(specs: Vec<Spec>, host: &str, mode: Mode) -> Result<Engine> {
        Engine::start(specs, sinks(), host, mode)
    }

    fn read(path: &Path, name: &str) -> Option<State<Count>> {
        State::<Count>::read(path, name, Trust::Anyone).ok().flatten()
    }

    /// Poll the state file until `pred` holds; panics with the last state after 5 s.
    fn wait_for(path: &Path, name: &str, what: &str, pred: impl Fn(&State<Count>) -> bool) -> State<Count> {
        let until = Instant::now() + Duration::from_secs(5);
        loop {
            let s = read(path, name);
            if let Some(s) = s.as_ref().filter(|s| pred(s)) {
                return s.clone();
            }
            assert!(Instant::now() < until, "timed out waiting for {what}; last state: {s:?}");
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// The watchdog's view: alive while the scheduler goes round; not when its last
    /// round is three beats old (wedged) or its thread has ended.
    #[test]
    fn health_is_alive_only_while_the_scheduler_goes_round() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.json");
        let e =
            start(vec![spec("c", &p, 60_000, vec![Act::Give(1)], Arc::new(AtomicUsize::new(0)))], "h", Mode::Forever)
                .unwrap();
        let health = e.health();
        assert!(health.alive());
        if let Some(old) = Instant::now().checked_sub(BEAT * 3) {
            health.beat(old);
            assert!(!health.alive(), "a scheduler silent for three beats counts as wedged");
            health.beat(Instant::now());
            assert!(health.alive());
        }
        e.stop();
        assert!(!health.alive(), "its thread has ended");
    }

    /// Readiness comes once every first cycle is done, and also when a reload replaced a
    /// collector that never finished its first (systemd's READY=1 waited forever for it).
    #[test]
    fn readiness_comes_even_when_a_reload_replaces_a_collector_mid_first_cycle() {
        let dir = tempfile::tempdir().unwrap();
        let made = Arc::new(AtomicUsize::new(0));
        let (quick, slow) = (dir.path().join("quick.json"), dir.path().join("slow.json"));
        let specs = vec![
            spec("quick", &quick, 60_000, vec![Act::Give(1)], made.clone()),
            spec("slow", &slow, 60_000, vec![Act::Hang(Duration::from_secs(5))], made.clone()),
        ];
        let mut engine = start(specs, "h", Mode::Forever).unwrap();
        let ready = Arc::new(AtomicUsize::new(0));
        let (health, r) = (engine.health().clone(), ready.clone());
        let waiter = std::thread::spawn(move || {
            health.wait_first_cycles();
            r.fetch_add(1, Ordering::SeqCst);
        });
        wait_for(&quick, "quick", "the quick collector's first report", |s| s.reading.is_some());
        std::thread::sleep(Duration::from_millis(100));
        assert_eq!(ready.load(Ordering::SeqCst), 0, "ready before the slow collector's first cycle");
        let mut replaced = spec("slow", &slow, 60_000, vec![Act::Give(2)], made.clone());
        replaced.key = "changed".into();
        let quick_again = spec("quick", &quick, 60_000, vec![Act::Give(1)], made.clone());
        let changes = engine.apply(vec![quick_again, replaced]).unwrap();
        assert_eq!(changes.restarted, ["slow"]);
        waiter.join().unwrap();
        assert_eq!(ready.load(Ordering::SeqCst), 1);
        engine.stop();
    }

    #[test]
    fn a_failure_keeps_the_last_good_values() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.json");
        let made = Arc::new(AtomicUsize::new(0));
        let r = start(vec![spec("c", &p, 30, vec![Act::Give(1), Act::Fail("source down")], made)], "h", Mode::Forever)
            .unwrap();
        let s = wait_for(&p, "c", "an error state", |s| s.envelope.status == Status::Error);
        r.stop();
        assert_eq!(s.reading, Some(Count { n: 1 }), "last good value kept");
        assert_eq!(s.envelope.error.as_deref(), Some("source down"));
        assert!(s.envelope.measured_at_unix.unwrap() <= s.envelope.attempted_at_unix);
        assert_eq!(s.envelope.host, "h");
    }

    #[test]
    fn a_panic_is_reported_and_a_fresh_collector_is_built() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.json");
        let made = Arc::new(AtomicUsize::new(0));
        // It panics every cycle until the test has seen the report, then recovers.
        let script: Script = Arc::new(Mutex::new(VecDeque::from([Act::Panic])));
        let r = start(vec![scripted("c", &p, 30, script.clone(), made.clone())], "h", Mode::Forever).unwrap();
        let first = wait_for(&p, "c", "the panic", |s| s.envelope.status == Status::Error);
        assert!(first.envelope.error.as_deref().unwrap().contains("scripted panic"), "{first:?}");
        assert_eq!(first.reading, None, "never measured: no values");
        assert!(first.envelope.measured_at.is_none());
        *script.lock().unwrap() = VecDeque::from([Act::Give(2)]);
        wait_for(&p, "c", "recovery", |s| s.reading == Some(Count { n: 2 }) && s.envelope.status == Status::Ok);
        r.stop();
        assert!(made.load(Ordering::SeqCst) >= 2, "rebuilt after each panic");
    }

    #[test]
    fn a_hung_collector_does_not_stop_the_others_and_resumes() {
        let dir = tempfile::tempdir().unwrap();
        let (slow_p, fast_p) = (dir.path().join("slow.json"), dir.path().join("fast.json"));
        let made = Arc::new(AtomicUsize::new(0));
        let mut slow =
            spec("slow", &slow_p, 50, vec![Act::Hang(Duration::from_millis(1500)), Act::Give(3)], made.clone());
        slow.timeout = Duration::from_millis(100);
        let fast = spec("fast", &fast_p, 20, vec![Act::Give(4)], Arc::new(AtomicUsize::new(0)));
        let r = start(vec![slow, fast], "h", Mode::Forever).unwrap();
        let hung = wait_for(&slow_p, "slow", "the hang report", |s| s.envelope.status == Status::Error);
        assert!(hung.envelope.error.as_deref().unwrap().contains("hung"), "{hung:?}");
        // Every later cycle reports the very same text, so it is logged once, not every
        // interval.
        let later = wait_for(&slow_p, "slow", "a later cycle", |s| {
            s.envelope.attempted_at_unix > hung.envelope.attempted_at_unix || s.envelope.duration_ms == 0
        });
        assert_eq!(later.envelope.error, hung.envelope.error);
        // While the slow one hangs, the fast one keeps writing: its file comes back after
        // we remove it, before the slow one has recovered.
        std::fs::remove_file(&fast_p).unwrap();
        wait_for(&fast_p, "fast", "fast writes during the hang", |s| s.reading == Some(Count { n: 4 }));
        assert_eq!(read(&slow_p, "slow").unwrap().envelope.status, Status::Error, "slow still hung");
        let back = wait_for(&slow_p, "slow", "resumption", |s| s.envelope.status == Status::Ok);
        r.stop();
        assert_eq!(back.reading, Some(Count { n: 3 }));
        assert_eq!(made.load(Ordering::SeqCst), 1, "the hung collector was taken back, not rebuilt");
    }

    /// Records the thread each cycle ran on, then plays its script.
    struct OnThread {
        inner: Scripted,
        threads: Arc<Mutex<Vec<std::thread::ThreadId>>>,
    }

    impl Collector for OnThread {
        type Reading = Count;
        fn collect(&mut self) -> Result<Option<Count>> {
            self.threads.lock().unwrap().push(std::thread::current().id());
            Collector::collect(&mut self.inner)
        }
    }

    #[test]
    fn cycles_run_on_one_worker_thread_that_outlives_panics() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("w.json");
        let threads = Arc::new(Mutex::new(Vec::new()));
        let script: Script = Arc::new(Mutex::new(VecDeque::from(vec![
            Act::Give(1),
            Act::Give(2),
            Act::Panic,
            Act::Give(3),
            Act::Give(4),
        ])));
        let made = Arc::new(AtomicUsize::new(0));
        let (t, m) = (threads.clone(), made.clone());
        let spec = Spec::new("w", Duration::from_millis(20), p.clone(), "key".into(), move |_: &Cancel| {
            m.fetch_add(1, Ordering::SeqCst);
            Ok(OnThread { inner: Scripted { script: script.clone() }, threads: t.clone() })
        });
        let r = start(vec![spec], "h", Mode::Forever).unwrap();
        wait_for(&p, "w", "the cycles after the panic", |s| s.reading == Some(Count { n: 4 }));
        r.stop();
        let seen = threads.lock().unwrap().clone();
        assert!(seen.len() >= 5, "{seen:?}");
        assert!(seen.iter().all(|t| *t == seen[0]), "every cycle on the same worker thread: {seen:?}");
        assert_ne!(seen[0], std::thread::current().id());
        assert_eq!(made.load(Ordering::SeqCst), 2, "the panicked collector was rebuilt once");
    }

    #[test]
    fn once_waits_through_priming_and_reports() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.json");
        let made = Arc::new(AtomicUsize::new(0));
        let started = Instant::now();
        let out =
            start(vec![spec("c", &p, 200, vec![Act::Prime, Act::Give(5)], made)], "h", Mode::Once).unwrap().wait();
        assert!(started.elapsed() >= Duration::from_millis(200), "second sample one interval later");
        assert_eq!(out.len(), 1);
        assert!(out[0].ok, "{out:?}");
        assert_eq!(out[0].text, "n=5");
        assert_eq!(read(&p, "c").unwrap().reading, Some(Count { n: 5 }));
    }

    #[test]
    fn once_reports_failure() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.json");
        let out =
            start(vec![spec("c", &p, 20, vec![Act::Fail("nope")], Arc::new(AtomicUsize::new(0)))], "h", Mode::Once)
                .unwrap()
                .wait();
        assert!(!out[0].ok);
        assert_eq!(out[0].text, "nope");
    }

    #[test]
    fn last_good_survives_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.json");
        let made = Arc::new(AtomicUsize::new(0));
        start(vec![spec("c", &p, 20, vec![Act::Give(9)], made.clone())], "h", Mode::Once).unwrap().wait();
        let out = start(vec![spec("c", &p, 20, vec![Act::Fail("down")], made)], "h", Mode::Once).unwrap().wait();
        assert!(!out[0].ok);
        let s = read(&p, "c").unwrap();
        assert_eq!((s.envelope.status, s.reading), (Status::Error, Some(Count { n: 9 })));
    }

    #[test]
    fn an_unwritable_state_file_is_reported_and_the_daemon_goes_on() {
        let dir = tempfile::tempdir().unwrap();
        let bad = dir.path().join("missing-dir").join("c.json");
        let good = dir.path().join("d.json");
        let made = Arc::new(AtomicUsize::new(0));
        let r = start(
            vec![spec("c", &bad, 20, vec![Act::Give(1)], made.clone()), spec("d", &good, 20, vec![Act::Give(2)], made)],
            "h",
            Mode::Forever,
        )
        .unwrap();
        wait_for(&good, "d", "the healthy collector", |s| s.reading == Some(Count { n: 2 }));
        std::thread::sleep(Duration::from_millis(100));
        r.stop();
        assert!(!bad.exists());
        let out = start(vec![spec("c", &bad, 20, vec![Act::Give(1)], Arc::new(AtomicUsize::new(0)))], "h", Mode::Once)
            .unwrap()
            .wait();
        assert!(!out[0].ok && out[0].text.contains("does not exist"), "{out:?}");
    }

    #[test]
    fn a_reload_restarts_only_the_collectors_whose_settings_changed() {
        let dir = tempfile::tempdir().unwrap();
        let (a_p, b_p) = (dir.path().join("a.json"), dir.path().join("b.json"));
        let (made_a, made_b) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
        let mk = |name, p: &Path, key: &str, made: &Arc<AtomicUsize>, n| {
            let mut s = spec(name, p, 20, vec![Act::Give(n)], made.clone());
            s.key = key.into();
            s
        };
        let mut e =
            start(vec![mk("a", &a_p, "a1", &made_a, 1), mk("b", &b_p, "b1", &made_b, 2)], "h", Mode::Forever).unwrap();
        wait_for(&a_p, "a", "a's first report", |s| s.reading == Some(Count { n: 1 }));
        wait_for(&b_p, "b", "b's first report", |s| s.reading == Some(Count { n: 2 }));
        // Same settings for a, new ones for b: only b is rebuilt.
        let changes = e.apply(vec![mk("a", &a_p, "a1", &made_a, 1), mk("b", &b_p, "b2", &made_b, 3)]).unwrap();
        assert_eq!(changes, Changes { restarted: vec!["b"], started: vec![], stopped: vec![] });
        wait_for(&b_p, "b", "b with its new settings", |s| s.reading == Some(Count { n: 3 }));
        assert_eq!(made_a.load(Ordering::SeqCst), 1, "a kept running, never rebuilt");
        assert_eq!(made_b.load(Ordering::SeqCst), 2);
        // Nothing changed at all: nothing restarts.
        let changes = e.apply(vec![mk("a", &a_p, "a1", &made_a, 1), mk("b", &b_p, "b2", &made_b, 3)]).unwrap();
        assert_eq!(changes, Changes::default());
        // a goes away, c comes.
        let c_p = dir.path().join("c.json");
        let made_c = Arc::new(AtomicUsize::new(0));
        let changes = e.apply(vec![mk("b", &b_p, "b2", &made_b, 3), mk("c", &c_p, "c1", &made_c, 4)]).unwrap();
        assert_eq!(changes, Changes { restarted: vec![], started: vec!["c"], stopped: vec!["a"] });
        wait_for(&c_p, "c", "c", |s| s.reading == Some(Count { n: 4 }));
        std::fs::remove_file(&a_p).unwrap();
        std::thread::sleep(Duration::from_millis(100));
        assert!(!a_p.exists(), "a no longer reports");
        assert_eq!(made_b.load(Ordering::SeqCst), 2, "b untouched by the second reload");
        e.stop();
    }

    /// A collector that blocks until it is cancelled, then says so.
    struct Cancellable {
        cancel: Cancel,
        ended: Arc<AtomicUsize>,
    }

    impl Collector for Cancellable {
        type Reading = Count;
        fn collect(&mut self) -> Result<Option<Count>> {
            while !self.cancel.is_cancelled() {
                std::thread::sleep(Duration::from_millis(5));
            }
            self.ended.fetch_add(1, Ordering::SeqCst);
            Ok(None)
        }
    }

    #[test]
    fn a_replaced_collectors_long_work_is_cancelled_not_left_running() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.json");
        let ended = Arc::new(AtomicUsize::new(0));
        let mk = |key: &str| {
            let ended = ended.clone();
            Spec::new("x", Duration::from_millis(20), p.clone(), key.into(), move |c: &Cancel| {
                Ok(Cancellable { cancel: c.clone(), ended: ended.clone() })
            })
        };
        let mut e = start(vec![mk("k1")], "h", Mode::Forever).unwrap();
        std::thread::sleep(Duration::from_millis(100));
        assert_eq!(ended.load(Ordering::SeqCst), 0, "still working");
        e.apply(vec![mk("k2")]).unwrap();
        let until = Instant::now() + Duration::from_secs(5);
        while ended.load(Ordering::SeqCst) == 0 {
            assert!(Instant::now() < until, "the replaced collector's work was never cancelled");
            std::thread::sleep(Duration::from_millis(10));
        }
        e.stop();
        let until = Instant::now() + Duration::from_secs(5);
        while ended.load(Ordering::SeqCst) < 2 {
            assert!(Instant::now() < until, "stop cancels the running work too");
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}
