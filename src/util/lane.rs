//! A lane: work on one slow resource (a state file, a mount) with at most one call in
//! flight. While a call runs, a newer job replaces the one waiting (only the latest
//! matters for a state file or a `statfs`). The lane's thread is started on demand and
//! waits for the next job for a while (`LINGER`) before it ends: a lane used every few
//! seconds keeps one thread instead of starting one per job (a thread start cost more CPU
//! than the write it did), an idle lane costs no thread, and a call that hangs forever
//! costs exactly one, never a pile.

use super::sync;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

type Handler<J> = Box<dyn Fn(J) + Send + Sync>;

/// How long a lane's thread waits for another job before it ends. Longer than the
/// longest usual interval (a minute), so a steady lane keeps its thread.
pub const LINGER: Duration = Duration::from_secs(150);

pub struct Lane<J: Send + 'static> {
    shared: Arc<Shared<J>>,
}

struct Shared<J> {
    state: Mutex<State<J>>,
    /// Signalled when the lane goes idle.
    idle: Condvar,
    /// Signalled when a job or the lane's end is waiting for the thread.
    wake: Condvar,
    handler: Handler<J>,
    name: String,
    linger: Duration,
}

struct State<J> {
    /// When the call in flight started, if one is (or is about to).
    running_since: Option<Instant>,
    waiting: Option<J>,
    /// A thread exists (running a call or waiting for one).
    thread: bool,
    /// The lane was dropped: the thread ends once nothing waits.
    closed: bool,
}

/// What `submit` did with a job.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Submitted {
    /// Started at once.
    Started,
    /// Queued behind the call in flight (replacing any job that was waiting).
    Queued,
    /// No thread could be started: the job was dropped.
    Dropped,
}

impl<J: Send + 'static> Lane<J> {
    /// A lane named `name` (its thread's name) running `handler` on each job.
    pub fn new(name: impl Into<String>, handler: impl Fn(J) + Send + Sync + 'static) -> Lane<J> {
        Lane::with_linger(name, LINGER, handler)
    }

    /// A lane whose idle thread ends after `linger` (zero: as soon as it is idle).
    pub fn with_linger(
        name: impl Into<String>,
        linger: Duration,
        handler: impl Fn(J) + Send + Sync + 'static,
    ) -> Lane<J> {
        Lane {
            shared: Arc::new(Shared {
                state: Mutex::new(State { running_since: None, waiting: None, thread: false, closed: false }),
                idle: Condvar::new(),
                wake: Condvar::new(),
                handler: Box::new(handler),
                name: name.into(),
                linger,
            }),
        }
    }

    fn lock(&self) -> MutexGuard<'_, State<J>> {
        self.shared.lock()
    }

    pub fn submit(&self, job: J) -> Submitted {
        let mut st = self.lock();
        if st.running_since.is_some() {
            st.waiting = Some(job);
            return Submitted::Queued;
        }
        st.running_since = Some(Instant::now());
        if st.thread {
            // The thread is waiting for work: hand it over.
            st.waiting = Some(job);
            drop(st);
            self.shared.wake.notify_all();
            return Submitted::Started;
        }
        st.thread = true;
        drop(st);
        let shared = self.shared.clone();
        let spawned = std::thread::Builder::new()
            .name(self.shared.name.clone())
            .stack_size(256 << 10)
            .spawn(move || shared.run(job));
        match spawned {
            Ok(_) => Submitted::Started,
            Err(e) => {
                log::error!("cannot start a thread for {}: {e}", self.shared.name);
                let mut st = self.lock();
                st.running_since = None;
                st.thread = false;
                drop(st);
                self.shared.idle.notify_all();
                Submitted::Dropped
            }
        }
    }

    /// Since when the call in flight has been running, if one is.
    pub fn busy_since(&self) -> Option<Instant> {
        self.lock().running_since
    }

    /// Whether the lane has a thread (busy, or waiting for its next job).
    pub fn has_thread(&self) -> bool {
        self.lock().thread
    }

    /// Wait until nothing runs or waits, at most `limit`; whether it is idle.
    pub fn wait_idle(&self, limit: Duration) -> bool {
        let until = Instant::now() + limit;
        let mut st = self.lock();
        while st.running_since.is_some() {
            let left = until.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return false;
            }
            st = sync::wait_timeout(&self.shared.idle, st, left).0;
        }
        true
    }
}

impl<J: Send + 'static> Drop for Lane<J> {
    /// An idle thread ends now; a busy one ends after its call (and any waiting job).
    fn drop(&mut self) {
        self.lock().closed = true;
        self.shared.wake.notify_all();
    }
}

impl<J> Shared<J> {
    fn lock(&self) -> MutexGuard<'_, State<J>> {
        sync::lock(&self.state)
    }

    fn run(&self, first: J) {
        let mut job = first;
        loop {
            // A panicking handler must not wedge the lane in "running" forever.
            let ran = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| (self.handler)(job)));
            if ran.is_err() {
                log::error!("{}: a call panicked", self.name);
            }
            match self.next_job() {
                Some(next) => job = next,
                None => return,
            }
        }
    }

    /// After a call: the job waiting, or one handed over while lingering; `None` when the
    /// thread should end.
    fn next_job(&self) -> Option<J> {
        let mut st = self.lock();
        if let Some(next) = st.waiting.take() {
            st.running_since = Some(Instant::now());
            return Some(next);
        }
        st.running_since = None;
        self.idle.notify_all();
        let until = Instant::now() + self.linger;
        loop {
            if let Some(next) = st.waiting.take() {
                return Some(next); // `submit` set running_since
            }
            let left = until.saturating_duration_since(Instant::now());
            if st.closed || left.is_zero() {
                st.thread = false;
                return None;
            }
            st = sync::wait_timeout(&self.wake, st, left).0;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;

    #[test]
    fn one_call_in_flight_and_only_the_latest_waits() {
        let (gate_tx, gate_rx) = mpsc::channel::<()>();
        let gate = Mutex::new(gate_rx);
        let seen = Arc::new(Mutex::new(Vec::new()));
        let s = seen.clone();
        let lane = Lane::new("test-lane", move |n: u32| {
            if n == 1 {
                gate.lock().unwrap().recv().unwrap(); // the first call hangs until released
            }
            s.lock().unwrap().push(n);
        });
        assert_eq!(lane.submit(1), Submitted::Started);
        for n in 2..=5 {
            assert_eq!(lane.submit(n), Submitted::Queued);
        }
        assert!(lane.busy_since().is_some());
        assert!(!lane.wait_idle(Duration::from_millis(50)), "still hung");
        gate_tx.send(()).unwrap();
        assert!(lane.wait_idle(Duration::from_secs(5)));
        assert_eq!(*seen.lock().unwrap(), [1, 5], "the hung call, then only the latest job");
        assert_eq!(lane.submit(6), Submitted::Started, "idle again: started at once");
        assert!(lane.wait_idle(Duration::from_secs(5)));
        assert_eq!(*seen.lock().unwrap(), [1, 5, 6]);
    }

    /// The id of the thread each call ran on.
    fn recording(linger: Duration) -> (Lane<u32>, Arc<Mutex<Vec<std::thread::ThreadId>>>) {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let s = seen.clone();
        let lane = Lane::with_linger("test-linger", linger, move |_: u32| {
            s.lock().unwrap().push(std::thread::current().id());
        });
        (lane, seen)
    }

    #[test]
    fn a_steady_lane_keeps_one_thread_and_an_idle_one_ends() {
        let (lane, seen) = recording(Duration::from_millis(300));
        for n in 0..5 {
            assert_eq!(lane.submit(n), Submitted::Started);
            assert!(lane.wait_idle(Duration::from_secs(5)));
            std::thread::sleep(Duration::from_millis(20));
        }
        let ids = seen.lock().unwrap().clone();
        assert_eq!(ids.len(), 5);
        assert!(ids.iter().all(|t| *t == ids[0]), "one thread for every job: {ids:?}");
        assert!(lane.has_thread());
        let until = Instant::now() + Duration::from_secs(5);
        while lane.has_thread() {
            assert!(Instant::now() < until, "the idle thread did not end after its linger");
            std::thread::sleep(Duration::from_millis(20));
        }
        assert_eq!(lane.submit(9), Submitted::Started, "a new thread after the old one ended");
        assert!(lane.wait_idle(Duration::from_secs(5)));
        assert_ne!(seen.lock().unwrap()[5], ids[0]);
    }

    #[test]
    fn dropping_a_lane_ends_its_idle_thread() {
        let (lane, _) = recording(Duration::from_secs(3600));
        let shared = lane.shared.clone();
        lane.submit(1);
        assert!(lane.wait_idle(Duration::from_secs(5)));
        drop(lane);
        let until = Instant::now() + Duration::from_secs(5);
        while shared.lock().thread {
            assert!(Instant::now() < until, "the thread outlived its lane");
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    #[test]
    fn a_panicking_call_leaves_the_lane_usable() {
        let lane = Lane::new("test-panic", |n: u32| assert_ne!(n, 1, "boom"));
        lane.submit(1);
        assert!(lane.wait_idle(Duration::from_secs(5)));
        assert_eq!(lane.submit(2), Submitted::Started);
        assert!(lane.wait_idle(Duration::from_secs(5)));
    }
}
