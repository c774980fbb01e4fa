//! The worker threads that run every collector's cycles: a crew (`util/crew.rs`).
//!
//! A cycle takes well under a millisecond for most collectors, so one worker normally runs
//! them all, one after another, as they fall due. A cycle cannot be interrupted (a hung
//! NFS read, a vSphere server that never answers), so a cycle that has waited `STALL`
//! behind busy workers gets one more: a slow or hung collector delays the others by at
//! most that, never stops them. The scheduler asks for that check ([`Pool::next_check`],
//! [`Pool::check`]). A worker idle for `LINGER` ends; a steady daemon keeps one (plus one
//! per collector that is slow every round, or hung).

use super::collector::{Cancel, DynCollector, Measured};
use super::{panic_text, Factory, Msg};
use crate::util::crew::{Crew, Rules, Submitted, LINGER};
use anyhow::{anyhow, Context, Result};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc::Sender;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// One cycle to run: whose (the supervisor's id), which, and the collector (`None`: build
/// a fresh one first, with `make`).
pub(super) struct Job {
    pub(crate) sup: u64,
    pub(crate) cycle: u64,
    pub(crate) collector: Option<Box<dyn DynCollector>>,
    pub(crate) make: Arc<Factory>,
    pub(crate) cancel: Cancel,
}

/// What a worker sends back: the collector (`None` if it panicked or could not be built)
/// and the cycle's result.
pub(super) struct Done {
    pub(crate) sup: u64,
    pub(crate) cycle: u64,
    pub(crate) collector: Option<Box<dyn DynCollector>>,
    pub(crate) result: Result<Option<Measured>>,
    pub(crate) took: Duration,
}

pub(super) struct Pool(Crew<Job>);

impl Pool {
    /// Workers send each cycle's outcome to `done`.
    pub(super) fn new(done: Sender<Msg>) -> Pool {
        Pool::with_linger(done, LINGER)
    }

    fn with_linger(tx: Sender<Msg>, linger: Duration) -> Pool {
        // Rust's default stack, not the small one of short calls: a cycle runs whatever its
        // collector does.
        let rules = Rules { linger, stack: None, ..Rules::crew("worker") };
        Pool(Crew::new(rules, move |job: Job| {
            let started = Instant::now();
            let (collector, result) = run(job.collector, &job.make, &job.cancel);
            let done = Done { sup: job.sup, cycle: job.cycle, collector, result, took: started.elapsed() };
            // Refused only once the scheduler has ended: nobody is left to tell.
            let _ = tx.send(Msg::Done(done));
        }))
    }

    /// Queue a cycle. A worker waiting takes it at once; with no worker at all one is
    /// started, and if that fails the job comes back with the reason.
    pub(super) fn submit(&self, job: Job) -> Result<(), (Job, String)> {
        match self.0.submit(job) {
            Submitted::Dropped(job, e) => Err((job, e)),
            Submitted::Started | Submitted::Queued => Ok(()),
        }
    }

    /// When [`Pool::check`] should run next: while cycles wait and no worker is free.
    pub(super) fn next_check(&self) -> Option<Instant> {
        self.0.next_check()
    }

    /// Start one more worker if cycles have waited `STALL` with every worker busy.
    pub(super) fn check(&self, now: Instant) {
        self.0.check(now)
    }
}

/// One cycle: build the collector if needed, collect. A panic loses the collector (its
/// state may be half-updated): a fresh one is built for the next cycle.
fn run(
    collector: Option<Box<dyn DynCollector>>,
    make: &Factory,
    cancel: &Cancel,
) -> (Option<Box<dyn DynCollector>>, Result<Option<Measured>>) {
    let mut collector = match collector {
        Some(c) => c,
        None => match catch_unwind(AssertUnwindSafe(|| make(cancel))) {
            Ok(Ok(c)) => c,
            Ok(Err(e)) => return (None, Err(e).context("cannot set the collector up")),
            Err(panic) => return (None, Err(anyhow!("collector panicked while being set up: {}", panic_text(&panic)))),
        },
    };
    match catch_unwind(AssertUnwindSafe(|| collector.collect())) {
        Ok(result) => (Some(collector), result),
        Err(panic) => (None, Err(anyhow!("collector panicked: {}", panic_text(&panic)))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::collector::{Collector, Reading};
    use crate::engine::sample::Sample;
    use serde::{Deserialize, Serialize};
    use std::sync::mpsc::{channel, Receiver};
    use std::sync::Mutex;

    #[derive(Serialize, Deserialize)]
    struct Nothing {}
    impl Reading for Nothing {
        fn summary(&self) -> String {
            String::new()
        }
        fn samples(&self, _: &mut Vec<Sample>) {}
    }

    /// Sleeps for its time, then says on which thread it ran.
    struct Sleeper(Duration, Arc<Mutex<Vec<(u64, std::thread::ThreadId)>>>, u64);
    impl Collector for Sleeper {
        type Reading = Nothing;
        fn collect(&mut self) -> Result<Option<Nothing>> {
            std::thread::sleep(self.0);
            self.1.lock().unwrap().push((self.2, std::thread::current().id()));
            Ok(Some(Nothing {}))
        }
    }

    fn job(sup: u64, sleep: Duration, seen: &Arc<Mutex<Vec<(u64, std::thread::ThreadId)>>>) -> Job {
        let seen = seen.clone();
        let make: Arc<Factory> = Arc::new(Box::new(move |_: &Cancel| {
            Ok(Box::new(Sleeper(sleep, seen.clone(), sup)) as Box<dyn DynCollector>)
        }));
        Job { sup, cycle: 1, collector: None, make, cancel: Cancel::default() }
    }

    fn done(rx: &Receiver<Msg>) -> Done {
        match rx.recv_timeout(Duration::from_secs(5)).expect("a cycle's outcome") {
            Msg::Done(d) => d,
            _ => panic!("not a cycle's outcome"),
        }
    }

    /// Drive the pool as the scheduler does until `n` cycles are done.
    fn drive(pool: &Pool, rx: &Receiver<Msg>, n: usize) -> Vec<Done> {
        let mut out = Vec::new();
        while out.len() < n {
            let wait =
                pool.next_check().map_or(Duration::from_millis(50), |t| t.saturating_duration_since(Instant::now()));
            if let Ok(Msg::Done(d)) = rx.recv_timeout(wait) {
                out.push(d);
            }
            pool.check(Instant::now());
        }
        out
    }

    #[test]
    fn quick_cycles_share_one_worker() {
        let (tx, rx) = channel();
        let pool = Pool::new(tx);
        let seen = Arc::new(Mutex::new(Vec::new()));
        for round in 0..3 {
            for sup in 0..5 {
                pool.submit(job(sup, Duration::ZERO, &seen)).map_err(|(_, e)| e).unwrap();
            }
            let outcomes = drive(&pool, &rx, 5);
            assert!(outcomes.iter().all(|d| d.result.is_ok() && d.collector.is_some()), "round {round}");
        }
        let seen = seen.lock().unwrap();
        assert_eq!(seen.len(), 15);
        assert!(seen.iter().all(|(_, t)| *t == seen[0].1), "one worker ran every cycle: {seen:?}");
        assert_eq!(pool.0.threads(), 1);
    }

    #[test]
    fn a_hung_cycle_gets_the_others_a_new_worker_soon() {
        let (tx, rx) = channel();
        let pool = Pool::new(tx);
        let seen = Arc::new(Mutex::new(Vec::new()));
        let started = Instant::now();
        pool.submit(job(0, Duration::from_secs(3), &seen)).map_err(|(_, e)| e).unwrap();
        for sup in 1..4 {
            pool.submit(job(sup, Duration::ZERO, &seen)).map_err(|(_, e)| e).unwrap();
        }
        let quick = drive(&pool, &rx, 3);
        assert!(quick.iter().all(|d| d.sup != 0), "the hung cycle is still out");
        assert!(started.elapsed() < Duration::from_secs(2), "the others waited for the hung one");
        assert_eq!(pool.0.threads(), 2, "one more worker, not one per waiting cycle");
        assert_eq!(done(&rx).sup, 0, "the hung cycle still reports when it returns");
    }

    #[test]
    fn a_panic_or_a_failed_set_up_loses_only_that_collector() {
        struct Boom;
        impl Collector for Boom {
            type Reading = Nothing;
            fn collect(&mut self) -> Result<Option<Nothing>> {
                panic!("boom")
            }
        }
        let (tx, rx) = channel();
        let pool = Pool::new(tx);
        let boom: Arc<Factory> = Arc::new(Box::new(|_: &Cancel| Ok(Box::new(Boom) as Box<dyn DynCollector>)));
        let broken: Arc<Factory> = Arc::new(Box::new(|_: &Cancel| Err(anyhow!("no such device"))));
        for (sup, make) in [(1, boom), (2, broken)] {
            let j = Job { sup, cycle: 1, collector: None, make, cancel: Cancel::default() };
            pool.submit(j).map_err(|(_, e)| e).unwrap();
        }
        let panicked = done(&rx);
        assert!(panicked.collector.is_none());
        assert!(format!("{:#}", panicked.result.err().unwrap()).contains("collector panicked: boom"));
        let failed = done(&rx);
        assert!(failed.collector.is_none());
        assert_eq!(format!("{:#}", failed.result.err().unwrap()), "cannot set the collector up: no such device");
        assert_eq!(pool.0.threads(), 1, "the worker outlived the panic");
    }

    #[test]
    fn an_idle_worker_ends_after_its_linger() {
        let (tx, rx) = channel();
        let pool = Pool::with_linger(tx, Duration::from_millis(100));
        let seen = Arc::new(Mutex::new(Vec::new()));
        pool.submit(job(0, Duration::ZERO, &seen)).map_err(|(_, e)| e).unwrap();
        done(&rx);
        let until = Instant::now() + Duration::from_secs(5);
        while pool.0.threads() > 0 {
            assert!(Instant::now() < until, "the idle worker did not end");
            std::thread::sleep(Duration::from_millis(10));
        }
        pool.submit(job(1, Duration::ZERO, &seen)).map_err(|(_, e)| e).unwrap();
        assert_eq!(done(&rx).sup, 1, "a new worker after the old one ended");
    }
}
