//! A crew: threads of one name that run jobs off the caller's path, started on demand
//! and ended when idle. Every thread of the daemon but the scheduler, the main thread and
//! the HTTP endpoint's is a crew's: the collectors' workers (`engine/pool.rs`), the lanes
//! of the state files and the Prometheus textfile, the `statvfs` calls of the filesystems
//! collector (`collectors/filesystems/sweep.rs`) and each push destination's two threads
//! (`sinks/forward.rs`).
//!
//! A job goes to an idle thread at once when none is busy (the one idle the shortest
//! time), or starts a thread when there is none. Otherwise it waits for a busy one, so the
//! jobs of a round go to one thread and a surplus one lingers out; once jobs have waited
//! `STALL` with none taken, [`Crew::check`] (run by the caller, when
//! [`Crew::next_check`] says) gives them to an idle thread or adds one, up to the crew's
//! bound. A call cannot be
//! interrupted (a hung NFS mount, a vSphere server that never answers), so that is what
//! keeps it from delaying the others by more than `STALL`; and it costs exactly the
//! thread it holds, never a pile. A thread idle for its linger ends: an idle crew costs no
//! thread, one used every few seconds keeps one (a thread start cost more CPU than the
//! jobs it would have run).

use super::sync;
use std::collections::VecDeque;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// How long an idle thread waits for a job before it ends. Longer than the longest usual
/// interval (a minute), so a crew used every round keeps its thread.
pub(crate) const LINGER: Duration = Duration::from_secs(150);

/// How long jobs may wait behind busy threads, none taken, before another thread starts:
/// far above a usual job (a cycle, a `statvfs`: under a millisecond), far below any
/// interval.
pub(crate) const STALL: Duration = Duration::from_millis(100);

/// The stack of a thread that runs short calls (a write, a `statvfs`, a loop of them).
const SMALL_STACK: usize = 256 << 10;

/// How a crew runs its jobs.
pub(crate) struct Rules {
    /// Its threads' name.
    pub(crate) name: String,
    /// At most this many threads.
    pub(crate) most: usize,
    /// Only the newest job waits: one queued replaces the one waiting (for a state file,
    /// only the latest matters).
    pub(crate) newest_only: bool,
    /// How long an idle thread waits for a job before it ends.
    pub(crate) linger: Duration,
    /// How many idle threads may wait for their linger; one more ends at once.
    pub(crate) spare: usize,
    /// Its threads' stack size; `None`: Rust's default.
    pub(crate) stack: Option<usize>,
}

impl Rules {
    /// As many threads as stalled jobs call for; each job in its turn.
    pub(crate) fn crew(name: impl Into<String>) -> Rules {
        let name = name.into();
        Rules {
            name,
            most: usize::MAX,
            newest_only: false,
            linger: LINGER,
            spare: usize::MAX,
            stack: Some(SMALL_STACK),
        }
    }

    /// A lane: one call in flight on a slow resource, only the newest job waiting.
    pub(crate) fn lane(name: impl Into<String>) -> Rules {
        Rules { most: 1, newest_only: true, ..Rules::crew(name) }
    }
}

/// What `submit` did with a job.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Submitted<J> {
    /// A thread took it.
    Started,
    /// It waits for a busy thread (for newest only: in place of the one that waited).
    Queued,
    /// No thread could be started: the job back, and why.
    Dropped(J, String),
}

pub(crate) struct Crew<J: Send + 'static> {
    shared: Arc<Shared<J>>,
}

struct Shared<J> {
    state: Mutex<State<J>>,
    /// Signalled when no job runs or waits.
    settled: Condvar,
    handler: Box<dyn Fn(J) + Send + Sync>,
    rules: Rules,
}

struct State<J> {
    /// Jobs no thread was free for.
    queue: VecDeque<J>,
    /// The idle threads, the one idle the shortest time last, each with the job handed to
    /// it if one was.
    seats: Vec<Seat<J>>,
    threads: usize,
    /// Jobs running, or handed to a thread not yet running them.
    busy: usize,
    /// When a thread last took a job (or one was last added for the jobs waiting).
    last_taken: Instant,
    /// The crew was dropped: idle threads end, busy ones once nothing waits.
    closed: bool,
    /// Adding a thread failed: said once, until one starts again.
    spawn_failed: bool,
}

struct Seat<J> {
    wake: Arc<Condvar>,
    job: Option<J>,
}

impl<J: Send + 'static> Crew<J> {
    pub(crate) fn new(rules: Rules, handler: impl Fn(J) + Send + Sync + 'static) -> Crew<J> {
        let state = State {
            queue: VecDeque::new(),
            seats: Vec::new(),
            threads: 0,
            busy: 0,
            last_taken: Instant::now(),
            closed: false,
            spawn_failed: false,
        };
        let shared = Shared { state: Mutex::new(state), settled: Condvar::new(), handler: Box::new(handler), rules };
        Crew { shared: Arc::new(shared) }
    }

    /// Hand `job` to an idle thread when none is busy, or when the busy ones have taken
    /// nothing for `STALL`; to a new one if there is no thread at all; else queue it for a
    /// busy one. A busy thread is usually done within a millisecond: jobs that come due
    /// together (a round of cycles) go to it in turn, and a surplus idle thread lingers
    /// out instead of taking a job every round.
    pub(crate) fn submit(&self, job: J) -> Submitted<J> {
        let mut st = self.shared.lock();
        let now = Instant::now();
        let job = match st.busy == 0 || now >= st.last_taken + STALL {
            true => match Self::seat(&mut st, job, now) {
                Ok(()) => return Submitted::Started,
                Err(job) => job,
            },
            false => job,
        };
        if st.threads == 0 {
            st.last_taken = now;
            return match self.spawn(&mut st, job) {
                Ok(()) => Submitted::Started,
                Err((job, e)) => {
                    log::error!("cannot start a thread ({}): {e}", self.shared.rules.name);
                    Submitted::Dropped(job, e)
                }
            };
        }
        if self.shared.rules.newest_only {
            st.queue.clear();
        }
        st.queue.push_back(job);
        Submitted::Queued
    }

    /// Give `job` to the thread idle the shortest time; the job back if none is.
    fn seat(st: &mut State<J>, job: J, now: Instant) -> Result<(), J> {
        let Some(seat) = st.seats.iter_mut().rev().find(|s| s.job.is_none()) else { return Err(job) };
        seat.job = Some(job);
        seat.wake.notify_one();
        st.busy += 1;
        // Taken, as far as the stall is concerned, though its thread has yet to wake.
        st.last_taken = now;
        Ok(())
    }

    /// When [`Crew::check`] should run next: while jobs wait and an idle thread or a new
    /// one could take them.
    pub(crate) fn next_check(&self) -> Option<Instant> {
        let st = self.shared.lock();
        let idle = st.seats.iter().any(|s| s.job.is_none());
        (!st.queue.is_empty() && (idle || st.threads < self.shared.rules.most)).then(|| st.last_taken + STALL)
    }

    /// If jobs have waited `STALL` with none taken, give the first to an idle thread, or
    /// start one more.
    pub(crate) fn check(&self, now: Instant) {
        let mut st = self.shared.lock();
        if st.queue.is_empty() || now < st.last_taken + STALL {
            return;
        }
        let job = st.queue.pop_front().expect("a job waits");
        let Err(job) = Self::seat(&mut st, job, now) else { return };
        if st.threads >= self.shared.rules.most {
            st.queue.push_front(job);
            return;
        }
        // Counted from now: the next thread, if still needed, after another STALL.
        st.last_taken = now;
        if let Err((job, e)) = self.spawn(&mut st, job) {
            st.queue.push_front(job);
            if !st.spawn_failed {
                log::error!("cannot start another thread ({}): {e}; jobs wait for a busy one", self.shared.rules.name);
            }
            st.spawn_failed = true;
        }
    }

    /// A new thread, seated with `job`.
    fn spawn(&self, st: &mut State<J>, job: J) -> Result<(), (J, String)> {
        let wake = Arc::new(Condvar::new());
        st.seats.push(Seat { wake: wake.clone(), job: Some(job) });
        let shared = self.shared.clone();
        let mut thread = std::thread::Builder::new().name(self.shared.rules.name.clone());
        if let Some(size) = self.shared.rules.stack {
            thread = thread.stack_size(size);
        }
        match thread.spawn(move || shared.work(&wake)) {
            Ok(_) => {
                st.threads += 1;
                st.busy += 1;
                st.spawn_failed = false;
                Ok(())
            }
            Err(e) => Err((st.seats.pop().and_then(|s| s.job).expect("the seat just added"), e.to_string())),
        }
    }

    /// Forget the jobs that wait.
    pub(crate) fn drop_waiting(&self) {
        self.shared.lock().queue.clear();
    }

    /// Whether a job runs or waits.
    #[cfg(test)]
    pub(crate) fn busy(&self) -> bool {
        self.shared.lock().busy > 0
    }

    /// Wait until no job runs or waits, at most `limit`; whether none does.
    pub(crate) fn wait_idle(&self, limit: Duration) -> bool {
        let until = Instant::now() + limit;
        let mut st = self.shared.lock();
        while st.busy > 0 {
            let left = until.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return false;
            }
            st = sync::wait_timeout(&self.shared.settled, st, left).0;
        }
        true
    }

    /// How many threads it has, busy or idle.
    #[cfg(test)]
    pub(crate) fn threads(&self) -> usize {
        self.shared.lock().threads
    }
}

impl<J: Send + 'static> Drop for Crew<J> {
    /// Idle threads end now; busy ones once nothing waits.
    fn drop(&mut self) {
        let mut st = self.shared.lock();
        st.closed = true;
        for seat in &st.seats {
            seat.wake.notify_one();
        }
    }
}

impl<J> Shared<J> {
    fn lock(&self) -> MutexGuard<'_, State<J>> {
        sync::lock(&self.state)
    }

    /// A thread: wait in its seat for a job, run it and those waiting, sit again; end when
    /// none comes for the linger, or the crew is dropped.
    fn work(&self, wake: &Arc<Condvar>) {
        let mut st = self.lock();
        loop {
            let until = Instant::now() + self.rules.linger;
            let mut job = loop {
                let i = st.seats.iter().position(|s| Arc::ptr_eq(&s.wake, wake)).expect("its seat");
                if st.seats[i].job.is_some() {
                    break st.seats.remove(i).job;
                }
                let left = until.saturating_duration_since(Instant::now());
                if st.closed || left.is_zero() {
                    st.seats.remove(i);
                    st.threads -= 1;
                    return;
                }
                st = sync::wait_timeout(wake, st, left).0;
            };
            while let Some(j) = job {
                st.last_taken = Instant::now();
                drop(st);
                // A job that panics must not take the thread (and its count) with it.
                if catch_unwind(AssertUnwindSafe(|| (self.handler)(j))).is_err() {
                    log::error!("{}: a job panicked", self.rules.name);
                }
                st = self.lock();
                job = st.queue.pop_front();
            }
            st.busy -= 1;
            if st.busy == 0 {
                self.settled.notify_all();
            }
            if st.seats.iter().filter(|s| s.job.is_none()).count() >= self.rules.spare {
                st.threads -= 1;
                return;
            }
            st.seats.push(Seat { wake: wake.clone(), job: None });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;
    use std::thread::ThreadId;

    fn lane(linger: Duration, handler: impl Fn(u32) + Send + Sync + 'static) -> Crew<u32> {
        Crew::new(Rules { linger, ..Rules::lane("test-lane") }, handler)
    }

    #[test]
    fn one_call_in_flight_and_only_the_latest_waits() {
        let (gate_tx, gate_rx) = mpsc::channel::<()>();
        let gate = Mutex::new(gate_rx);
        let seen = Arc::new(Mutex::new(Vec::new()));
        let s = seen.clone();
        let lane = lane(LINGER, move |n: u32| {
            if n == 1 {
                gate.lock().unwrap().recv().unwrap(); // the first call hangs until released
            }
            s.lock().unwrap().push(n);
        });
        assert_eq!(lane.submit(1), Submitted::Started);
        for n in 2..=5 {
            assert_eq!(lane.submit(n), Submitted::Queued);
        }
        assert!(lane.busy());
        assert!(!lane.wait_idle(Duration::from_millis(50)), "still hung");
        lane.check(Instant::now() + STALL);
        assert_eq!(lane.threads(), 1, "a lane has one thread, hung or not");
        gate_tx.send(()).unwrap();
        assert!(lane.wait_idle(Duration::from_secs(5)));
        assert_eq!(*seen.lock().unwrap(), [1, 5], "the hung call, then only the latest job");
        assert_eq!(lane.submit(6), Submitted::Started, "idle again: started at once");
        assert!(lane.wait_idle(Duration::from_secs(5)));
        assert_eq!(*seen.lock().unwrap(), [1, 5, 6]);
    }

    /// Notes the id of the thread each call ran on.
    fn recording(rules: Rules) -> (Crew<u32>, Arc<Mutex<Vec<ThreadId>>>) {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let s = seen.clone();
        let crew = Crew::new(rules, move |_: u32| {
            s.lock().unwrap().push(std::thread::current().id());
        });
        (crew, seen)
    }

    fn wait_for(what: &str, done: impl Fn() -> bool) {
        let until = Instant::now() + Duration::from_secs(5);
        while !done() {
            assert!(Instant::now() < until, "{what}");
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    #[test]
    fn a_steady_lane_keeps_one_thread_and_an_idle_one_ends() {
        let (lane, seen) = recording(Rules { linger: Duration::from_millis(300), ..Rules::lane("test-linger") });
        for n in 0..5 {
            assert_eq!(lane.submit(n), Submitted::Started);
            assert!(lane.wait_idle(Duration::from_secs(5)));
            std::thread::sleep(Duration::from_millis(20));
        }
        let ids = seen.lock().unwrap().clone();
        assert_eq!(ids.len(), 5);
        assert!(ids.iter().all(|t| *t == ids[0]), "one thread for every job: {ids:?}");
        assert_eq!(lane.threads(), 1);
        wait_for("the idle thread did not end after its linger", || lane.threads() == 0);
        assert_eq!(lane.submit(9), Submitted::Started, "a new thread after the old one ended");
        assert!(lane.wait_idle(Duration::from_secs(5)));
        assert_ne!(seen.lock().unwrap()[5], ids[0]);
    }

    #[test]
    fn dropping_a_crew_ends_its_idle_thread() {
        let (lane, _) = recording(Rules::lane("test-drop"));
        let shared = lane.shared.clone();
        lane.submit(1);
        assert!(lane.wait_idle(Duration::from_secs(5)));
        drop(lane);
        wait_for("the thread outlived its crew", || shared.lock().threads == 0);
    }

    #[test]
    fn a_panicking_call_leaves_the_lane_usable() {
        let lane = lane(LINGER, |n: u32| assert_ne!(n, 1, "boom"));
        lane.submit(1);
        assert!(lane.wait_idle(Duration::from_secs(5)));
        assert_eq!(lane.submit(2), Submitted::Started);
        assert!(lane.wait_idle(Duration::from_secs(5)));
    }

    /// After a stall the crew has a thread too many; the newest idle takes each job, so
    /// the other lingers out rather than every thread staying awake in turn.
    #[test]
    fn a_surplus_thread_lingers_out_while_the_other_works() {
        let (gate_tx, gate_rx) = mpsc::channel::<()>();
        let gate = Mutex::new(gate_rx);
        let seen = Arc::new(Mutex::new(Vec::new()));
        let s = seen.clone();
        let rules = Rules { linger: Duration::from_millis(300), ..Rules::crew("test-crew") };
        let crew = Crew::new(rules, move |n: u32| {
            match n {
                0 => gate.lock().unwrap().recv().unwrap(),
                // A cycle's few milliseconds: the next job of a round comes while it runs.
                2 => std::thread::sleep(Duration::from_millis(3)),
                _ => {}
            }
            s.lock().unwrap().push(std::thread::current().id());
        });
        assert_eq!(crew.submit(0), Submitted::Started);
        assert_eq!(crew.submit(1), Submitted::Queued);
        assert!(crew.next_check().is_some());
        std::thread::sleep(STALL + Duration::from_millis(20));
        crew.check(Instant::now());
        wait_for("the job behind the hung one did not run", || seen.lock().unwrap().len() == 1);
        assert_eq!(crew.threads(), 2);
        gate_tx.send(()).unwrap();
        assert!(crew.wait_idle(Duration::from_secs(5)));
        // Rounds of three jobs due together every 50 ms (as a round of cycles comes):
        // well within the linger of either thread, yet the surplus one ends.
        let until = Instant::now() + Duration::from_secs(5);
        while crew.threads() > 1 {
            assert!(Instant::now() < until, "both threads kept taking jobs in turn");
            for _ in 0..3 {
                crew.submit(2);
            }
            assert!(crew.wait_idle(Duration::from_secs(5)));
            std::thread::sleep(Duration::from_millis(50));
        }
        let last = seen.lock().unwrap().len();
        for _ in 0..5 {
            crew.submit(3);
            assert!(crew.wait_idle(Duration::from_secs(5)));
            std::thread::sleep(Duration::from_millis(50));
        }
        let ids = seen.lock().unwrap()[last - 1..].to_vec();
        assert!(ids.iter().all(|t| *t == ids[0]), "one thread for the steady jobs: {ids:?}");
        assert_eq!(crew.threads(), 1);
    }
}
