//! A lane: work on one slow resource (a state file, a mount) with at most one call in
//! flight. While a call runs, a newer job replaces the one waiting (only the latest
//! matters for a state file or a `statfs`). The lane's thread is started on demand and
//! ends when nothing is left, so an idle lane costs no thread and a call that hangs
//! forever costs exactly one, never a pile.

use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

type Handler<J> = Box<dyn Fn(J) + Send + Sync>;

pub struct Lane<J: Send + 'static> {
    shared: Arc<Shared<J>>,
}

struct Shared<J> {
    state: Mutex<State<J>>,
    idle: Condvar,
    handler: Handler<J>,
    name: String,
}

struct State<J> {
    /// When the call in flight started, if one is.
    running_since: Option<Instant>,
    waiting: Option<J>,
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
        Lane {
            shared: Arc::new(Shared {
                state: Mutex::new(State { running_since: None, waiting: None }),
                idle: Condvar::new(),
                handler: Box::new(handler),
                name: name.into(),
            }),
        }
    }

    fn lock(&self) -> MutexGuard<'_, State<J>> {
        self.shared.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn submit(&self, job: J) -> Submitted {
        let mut st = self.lock();
        if st.running_since.is_some() {
            st.waiting = Some(job);
            return Submitted::Queued;
        }
        st.running_since = Some(Instant::now());
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
                self.lock().running_since = None;
                self.shared.idle.notify_all();
                Submitted::Dropped
            }
        }
    }

    /// Since when the call in flight has been running, if one is.
    pub fn busy_since(&self) -> Option<Instant> {
        self.lock().running_since
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
            st = self.shared.idle.wait_timeout(st, left).unwrap_or_else(|e| e.into_inner()).0;
        }
        true
    }
}

impl<J> Shared<J> {
    fn run(&self, first: J) {
        let mut job = first;
        loop {
            // A panicking handler must not wedge the lane in "running" forever.
            let ran = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| (self.handler)(job)));
            if ran.is_err() {
                log::error!("{}: a call panicked", self.name);
            }
            let mut st = self.state.lock().unwrap_or_else(|e| e.into_inner());
            match st.waiting.take() {
                Some(next) => {
                    st.running_since = Some(Instant::now());
                    job = next;
                }
                None => {
                    st.running_since = None;
                    self.idle.notify_all();
                    return;
                }
            }
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
        assert_eq!(lane.submit(6), Submitted::Started, "idle again: a new thread");
        assert!(lane.wait_idle(Duration::from_secs(5)));
        assert_eq!(*seen.lock().unwrap(), [1, 5, 6]);
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
