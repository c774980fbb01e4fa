//! Schedules every collector on its own interval, in isolation, and writes its state file.
//!
//! Each collector has a supervisor thread that owns its schedule and its state file, and
//! runs each cycle on a short-lived worker thread. The worker hands the collector back
//! when done; if it panics, a fresh collector is built for the next cycle; if it does
//! not answer within the timeout it is abandoned (threads cannot be killed), reported as
//! hung, and no second cycle is started until it returns, so a stuck collector costs at
//! most one thread. Failures never touch the other collectors, and the last good reading
//! is written again with `status: "error"`.

use crate::atomic::write_atomic;
use crate::collector::{DynCollector, Measured, Spec};
use crate::state::{Envelope, State, Status, SCHEMA};
use crate::timefmt::{now_unix_ms, rfc3339};
use anyhow::{anyhow, Result};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// Until told to stop.
    Forever,
    /// Until the first state write (ok or error), as `gatherer once` does.
    Once,
}

/// How a supervisor ended: its last write, for `gatherer once`'s summary.
#[derive(Debug)]
pub struct Outcome {
    pub name: &'static str,
    pub ok: bool,
    pub text: String,
}

enum Event {
    Done { cycle: u64, collector: Option<Box<dyn DynCollector>>, result: Result<Option<Measured>>, took: Duration },
    Shutdown,
}

pub struct Runner {
    supervisors: Vec<(Sender<Event>, JoinHandle<Outcome>)>,
    health: Arc<Health>,
}

/// What systemd's readiness and watchdog need to know, shareable without the runner.
#[derive(Default)]
pub struct Health {
    supervisors: usize,
    /// Supervisors that finished their first cycle (whatever its outcome).
    first_done: Mutex<usize>,
    changed: Condvar,
    /// Supervisors whose thread has ended (normally only at stop).
    exited: AtomicUsize,
    /// The runner was stopped (shutdown or reload): nothing more to report for it.
    retired: AtomicBool,
}

impl Health {
    fn first_cycle_done(&self) {
        *self.first_done.lock().unwrap_or_else(|e| e.into_inner()) += 1;
        self.changed.notify_all();
    }

    /// Block until every collector has finished its first cycle (written its state file,
    /// failed, or taken the first sample of a rate), or the runner was stopped.
    pub fn wait_first_cycles(&self) {
        let mut done = self.first_done.lock().unwrap_or_else(|e| e.into_inner());
        while *done < self.supervisors && !self.is_retired() {
            done = self.changed.wait_timeout(done, Duration::from_millis(500)).unwrap_or_else(|e| e.into_inner()).0;
        }
    }

    /// Every supervisor thread is still running.
    pub fn all_alive(&self) -> bool {
        self.exited.load(Ordering::SeqCst) == 0
    }

    pub fn is_retired(&self) -> bool {
        self.retired.load(Ordering::SeqCst)
    }
}

/// Counts a supervisor's end, however it ends (a panic included).
struct ExitGuard(Arc<Health>);
impl Drop for ExitGuard {
    fn drop(&mut self) {
        self.0.exited.fetch_add(1, Ordering::SeqCst);
    }
}

/// Start one supervisor per collector.
pub fn start(specs: Vec<Spec>, host: &str, mode: Mode) -> Result<Runner> {
    let mut supervisors = Vec::new();
    let health = Arc::new(Health { supervisors: specs.len(), ..Health::default() });
    for spec in specs {
        let (tx, rx) = channel();
        let mut sup = Supervisor::new(spec, host.to_string(), mode, tx.clone(), rx);
        sup.first_cycle = Some(health.clone());
        let guard = ExitGuard(health.clone());
        let handle = std::thread::Builder::new().name(format!("sup-{}", sup.spec.name)).spawn(move || {
            let _guard = guard;
            sup.run()
        })?;
        supervisors.push((tx, handle));
    }
    Ok(Runner { supervisors, health })
}

impl Runner {
    /// Readiness and liveness, for systemd.
    pub fn health(&self) -> Arc<Health> {
        self.health.clone()
    }

    /// Ask every supervisor to stop after the write in progress, and wait for them.
    pub fn stop(self) -> Vec<Outcome> {
        self.health.retired.store(true, Ordering::SeqCst);
        self.health.changed.notify_all();
        for (tx, _) in &self.supervisors {
            let _ = tx.send(Event::Shutdown);
        }
        self.wait()
    }

    /// Wait for every supervisor to end by itself (`Mode::Once`).
    pub fn wait(self) -> Vec<Outcome> {
        self.supervisors
            .into_iter()
            .map(|(_, h)| {
                h.join().unwrap_or_else(|_| Outcome { name: "?", ok: false, text: "supervisor panicked".into() })
            })
            .collect()
    }
}

struct LastGood {
    measured_at_unix: i64,
    measured: Measured,
}

struct Supervisor {
    spec: Spec,
    host: String,
    mode: Mode,
    tx: Sender<Event>,
    rx: Receiver<Event>,
    collector: Option<Box<dyn DynCollector>>,
    cycle: u64,
    /// A cycle abandoned after its timeout that has not come back yet: its id, when it
    /// started, and the failure text every cycle reports until it returns (one text, so
    /// it is logged once).
    stuck: Option<(u64, Instant, String)>,
    last_good: Option<LastGood>,
    /// Last failure text logged at WARN, so a persistent failure is not logged every cycle.
    last_error: Option<String>,
    last_write_error: Option<String>,
    /// Told once, after the first cycle.
    first_cycle: Option<Arc<Health>>,
}

/// Shutdown was asked for.
struct Stop;

impl Supervisor {
    fn new(spec: Spec, host: String, mode: Mode, tx: Sender<Event>, rx: Receiver<Event>) -> Self {
        let removed = crate::atomic::remove_stale_temps(&spec.state_path);
        if removed > 0 {
            log::info!(target: spec.name, "removed {removed} temp file(s) a killed writer left beside {}", spec.state_path.display());
        }
        let me = rustix::process::geteuid().as_raw();
        let last_good = match spec.read_state(crate::state::Trust::Owner(me)) {
            Ok(Some(State { envelope, reading: Some(measured) })) => {
                envelope.measured_at_unix.map(|t| LastGood { measured_at_unix: t, measured })
            }
            Ok(_) => None,
            Err(e) => {
                log::warn!(target: spec.name, "ignoring the previous state file, it will be replaced: {e:#}");
                None
            }
        };
        Supervisor {
            spec,
            host,
            mode,
            tx,
            rx,
            collector: None,
            cycle: 0,
            stuck: None,
            last_good,
            last_error: None,
            last_write_error: None,
            first_cycle: None,
        }
    }

    fn run(mut self) -> Outcome {
        let name = self.spec.name;
        log::info!(target: name, "every {:?}, writing {}", self.spec.interval, self.spec.state_path.display());
        let mut due = Instant::now();
        loop {
            if self.sleep_until(due).is_err() {
                return Outcome { name, ok: false, text: "interrupted before it measured".into() };
            }
            let attempted_at_unix = now_unix_ms().div_euclid(1000);
            let Ok((result, took)) = self.one_cycle() else {
                return Outcome { name, ok: false, text: "interrupted while measuring".into() };
            };
            let first_cycle = self.first_cycle.take();
            let outcome = match result {
                Ok(None) => {
                    log::debug!(target: name, "cycle {} took {took:?}: nothing to report this cycle", self.cycle);
                    None
                }
                Ok(Some(measured)) => {
                    log::debug!(target: name, "cycle {} took {took:?}: ok: {}", self.cycle, measured.summary);
                    if self.last_error.take().is_some() || self.last_good.is_none() {
                        log::info!(target: name, "measuring: {}", measured.summary);
                    }
                    self.last_good = Some(LastGood { measured_at_unix: attempted_at_unix, measured });
                    Some(self.write(Status::Ok, None, attempted_at_unix, took))
                }
                Err(e) => {
                    let text = format!("{e:#}");
                    log::debug!(target: name, "cycle {} took {took:?}: failed: {text}", self.cycle);
                    if self.last_error.as_deref() != Some(&text) {
                        log::warn!(target: name, "{text} (keeping the last good values)");
                        self.last_error = Some(text.clone());
                    }
                    Some(self.write(Status::Error, Some(text), attempted_at_unix, took))
                }
            };
            if let Some(h) = first_cycle {
                h.first_cycle_done();
            }
            if let (Mode::Once, Some(outcome)) = (self.mode, outcome) {
                return outcome;
            }
            due += self.spec.interval;
            let now = Instant::now();
            if due < now {
                // A cycle overran its slot: skip the missed slots rather than bursting.
                let behind = (now - due).as_nanos() / self.spec.interval.as_nanos().max(1) + 1;
                due += self.spec.interval * behind as u32;
            }
        }
    }

    /// Wait for the next slot, taking back collectors from cycles that come back late.
    fn sleep_until(&mut self, due: Instant) -> Result<(), Stop> {
        loop {
            let now = Instant::now();
            if now >= due {
                return Ok(());
            }
            match self.rx.recv_timeout(due - now) {
                Ok(Event::Shutdown) => return Err(Stop),
                Ok(Event::Done { cycle, collector, .. }) => self.late(cycle, collector),
                Err(RecvTimeoutError::Timeout) => return Ok(()),
                Err(RecvTimeoutError::Disconnected) => {
                    unreachable!("the supervisor holds a sender")
                }
            }
        }
    }

    fn late(&mut self, cycle: u64, collector: Option<Box<dyn DynCollector>>) {
        if let Some((id, since, _)) = &self.stuck {
            let (id, since) = (*id, *since);
            if id == cycle {
                log::warn!(target: self.spec.name, "the hung cycle came back after {:?}; resuming", since.elapsed());
                self.stuck = None;
                self.collector = collector;
            }
        }
    }

    fn one_cycle(&mut self) -> Result<(Result<Option<Measured>>, Duration), Stop> {
        if let Some((_, _, why)) = &self.stuck {
            return Ok((Err(anyhow!("{why}")), Duration::ZERO));
        }
        let collector = match self.collector.take() {
            Some(c) => c,
            None => match self.spec.make() {
                Ok(c) => c,
                Err(e) => return Ok((Err(e.context("cannot set the collector up")), Duration::ZERO)),
            },
        };
        self.cycle += 1;
        let cycle = self.cycle;
        let started = Instant::now();
        let tx = self.tx.clone();
        let spawned = std::thread::Builder::new().name(format!("col-{}", self.spec.name)).spawn(move || {
            let mut collector = collector;
            let started = Instant::now();
            let result = catch_unwind(AssertUnwindSafe(|| collector.collect()));
            let took = started.elapsed();
            let (collector, result) = match result {
                Ok(r) => (Some(collector), r),
                // Its internal state may be half-updated: drop it, a fresh one is built.
                Err(panic) => (None, Err(anyhow!("collector panicked: {}", panic_text(&panic)))),
            };
            let _ = tx.send(Event::Done { cycle, collector, result, took });
        });
        if let Err(e) = spawned {
            return Ok((Err(anyhow!("cannot start a worker thread: {e}")), Duration::ZERO));
        }
        let deadline = started + self.spec.timeout;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.rx.recv_timeout(left) {
                Ok(Event::Done { cycle: c, collector, result, took }) if c == cycle => {
                    self.collector = collector;
                    return Ok((result, took));
                }
                Ok(Event::Done { cycle: c, collector, .. }) => self.late(c, collector),
                Ok(Event::Shutdown) => return Err(Stop),
                Err(_) => {
                    let since = rfc3339(now_unix_ms().div_euclid(1000) - started.elapsed().as_secs() as i64);
                    let why = format!(
                        "a cycle started at {since} is hung (no answer within {:?}); no other cycle starts until it returns",
                        self.spec.timeout
                    );
                    self.stuck = Some((cycle, started, why.clone()));
                    return Ok((Err(anyhow!("{why}")), started.elapsed()));
                }
            }
        }
    }

    fn write(&mut self, status: Status, error: Option<String>, attempted_at_unix: i64, took: Duration) -> Outcome {
        let name = self.spec.name;
        let last = self.last_good.as_ref();
        let state = State {
            envelope: Envelope {
                schema: SCHEMA,
                collector: name.to_string(),
                host: self.host.clone(),
                status,
                error: error.clone(),
                measured_at: last.map(|l| rfc3339(l.measured_at_unix)),
                measured_at_unix: last.map(|l| l.measured_at_unix),
                attempted_at_unix,
                duration_ms: took.as_millis() as u64,
            },
            reading: last.map(|l| &l.measured.fields),
        };
        let written = state.to_json().and_then(|json| write_atomic(&self.spec.state_path, &json));
        match written {
            Ok(()) => {
                if self.last_write_error.take().is_some() {
                    log::info!(target: name, "writing {} works again", self.spec.state_path.display());
                }
                match error {
                    None => {
                        Outcome { name, ok: true, text: last.map(|l| l.measured.summary.clone()).unwrap_or_default() }
                    }
                    Some(e) => Outcome { name, ok: false, text: e },
                }
            }
            Err(e) => {
                let text = format!("cannot write state file: {e:#}");
                if self.last_write_error.as_deref() != Some(&text) {
                    log::error!(target: name, "{text}");
                    self.last_write_error = Some(text.clone());
                }
                Outcome { name, ok: false, text }
            }
        }
    }
}

fn panic_text(panic: &Box<dyn std::any::Any + Send>) -> String {
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
    use crate::collector::{Collector, Reading};
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
        Spec::new(name, Duration::from_millis(interval_ms), path.to_path_buf(), move || {
            made.fetch_add(1, Ordering::SeqCst);
            Ok(Scripted { script: script.clone() })
        })
    }

    fn read(path: &Path, name: &str) -> Option<State<Count>> {
        State::<Count>::read(path, name, crate::state::Trust::Anyone).ok().flatten()
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
}
