//! The `statvfs` calls of a cycle, made by as few threads as the mounts allow.
//!
//! A hung mount (NFS, FUSE) blocks any `statvfs` on it for ever, and a thread blocked in
//! one cannot be taken back. So each of a cycle's questions is a job of one crew
//! (`util/crew.rs`): one thread normally answers them all, one after another (a thread
//! per mount per cycle cost more CPU than the calls). When no question has been taken
//! for `STALL` while some wait, a thread is stuck in a call and another takes the rest. A
//! call not answered by the cycle's timeout is reported as stuck and keeps its thread
//! until it returns; that mount is not asked again until then. So the threads are one,
//! plus one per call that hangs, never a pile; a thread that comes back from a hung call
//! to find another idle ends at once.

use super::Vfs;
use crate::util::crew::{Crew, Rules, Submitted};
use crate::util::sync;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// How `statvfs` is asked: the mount point, and whether to ask it from a child process.
pub(super) type Ask = Arc<dyn Fn(&Path, bool) -> Result<Vfs, String> + Send + Sync>;

/// What became of one question.
#[derive(Debug)]
pub(super) enum Outcome {
    Answer(Result<Vfs, String>),
    /// Asked, no answer yet: since when (Unix seconds).
    Stuck {
        since_unix: i64,
    },
    /// Never asked: every thread was held by a hung call until the timeout.
    NotAsked,
}

enum Slot {
    Waiting,
    Asking { since_unix: i64 },
    Done(Result<Vfs, String>),
}

/// One cycle's questions.
struct Sweep {
    /// Each mount point's name (its key), its path as bytes, and whether a child asks.
    points: Vec<(String, PathBuf, bool)>,
    ask: Ask,
    state: Mutex<Progress>,
    answered: Condvar,
}

struct Progress {
    slots: Vec<Slot>,
    /// The cycle is over: a question not asked yet never is.
    over: bool,
}

impl Sweep {
    fn lock(&self) -> MutexGuard<'_, Progress> {
        sync::lock(&self.state)
    }

    /// Ask question `i`, if its cycle is not over.
    fn answer(&self, i: usize) {
        {
            let mut p = self.lock();
            if p.over {
                return;
            }
            p.slots[i] = Slot::Asking { since_unix: super::now_unix() };
        }
        let (_, path, child) = &self.points[i];
        // A panic must not leave the question "asking" for ever (stuck, never asked
        // again): it is this mount's error.
        let asked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| (self.ask)(path, *child)));
        let answer = asked.unwrap_or_else(|_| Err("statvfs panicked".into()));
        self.lock().slots[i] = Slot::Done(answer);
        self.answered.notify_all();
    }
}

pub(super) struct Sweeper {
    ask: Ask,
    crew: Crew<(Arc<Sweep>, usize)>,
    /// Mount points whose call has not answered: the sweep and question holding it.
    pending: HashMap<String, (Arc<Sweep>, usize)>,
}

impl Sweeper {
    pub(super) fn new(ask: Ask) -> Sweeper {
        let rules = Rules { spare: 1, ..Rules::crew("statvfs") };
        let crew = Crew::new(rules, |(sweep, i): (Arc<Sweep>, usize)| sweep.answer(i));
        Sweeper { ask, crew, pending: HashMap::new() }
    }

    /// Since when `point`'s last call has been waiting for an answer, if it still is.
    pub(super) fn stuck_since(&mut self, point: &str) -> Option<i64> {
        let (sweep, i) = self.pending.get(point)?;
        if let Slot::Asking { since_unix } = sweep.lock().slots[*i] {
            return Some(since_unix);
        }
        self.pending.remove(point);
        None
    }

    /// Forget the calls of mount points no longer mounted.
    pub(super) fn retain(&mut self, points: &HashSet<&str>) {
        self.pending.retain(|p, _| points.contains(p.as_str()));
    }

    /// Ask every `(mount point, its path, from a child)` at once and wait at most
    /// `timeout`; the outcomes in the same order.
    pub(super) fn ask_all(&mut self, points: Vec<(String, PathBuf, bool)>, timeout: Duration) -> Vec<Outcome> {
        let n = points.len();
        let progress = Progress { slots: (0..n).map(|_| Slot::Waiting).collect(), over: false };
        let sweep =
            Arc::new(Sweep { points, ask: self.ask.clone(), state: Mutex::new(progress), answered: Condvar::new() });
        let deadline = Instant::now() + timeout;
        // No thread at all: every question is left unasked.
        let started = (0..n).all(|i| !matches!(self.crew.submit((sweep.clone(), i)), Submitted::Dropped(..)));
        let mut p = sweep.lock();
        while started && !p.slots.iter().all(|s| matches!(s, Slot::Done(_))) {
            let now = Instant::now();
            if now >= deadline {
                break;
            }
            // Every thread is in a call that takes too long: one more, at each STALL.
            let check = self.crew.next_check();
            if check.is_some_and(|at| now >= at) {
                drop(p);
                self.crew.check(now);
                p = sweep.lock();
                continue;
            }
            let until = check.map_or(deadline, |at| at.min(deadline));
            p = sync::wait_timeout(&sweep.answered, p, until.saturating_duration_since(now)).0;
        }
        // The cycle is over: no thread takes another of its questions.
        p.over = true;
        self.crew.drop_waiting();
        let mut out = Vec::with_capacity(n);
        for (i, slot) in p.slots.iter_mut().enumerate() {
            out.push(match std::mem::replace(slot, Slot::Waiting) {
                Slot::Done(answer) => Outcome::Answer(answer),
                Slot::Asking { since_unix } => {
                    *slot = Slot::Asking { since_unix };
                    self.pending.insert(sweep.points[i].0.clone(), (sweep.clone(), i));
                    Outcome::Stuck { since_unix }
                }
                Slot::Waiting => Outcome::NotAsked,
            });
        }
        drop(p);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    fn vfs(n: u64) -> Vfs {
        Vfs { frsize: 4096, blocks: n, bfree: 0, bavail: 0, files: 0, ffree: 0, readonly: false }
    }

    /// Mount points named "hang*" block until `release` is dropped; others answer at
    /// once with their name's length as the block count.
    fn asker(calls: Arc<AtomicUsize>) -> (Ask, std::sync::mpsc::Sender<()>) {
        let (release, gate) = std::sync::mpsc::channel::<()>();
        let gate = Arc::new(Mutex::new(gate));
        let ask: Ask = Arc::new(move |p: &Path, _child: bool| {
            calls.fetch_add(1, Ordering::SeqCst);
            let name = p.to_str().unwrap();
            if name.starts_with("hang") {
                let _ = gate.lock().unwrap().recv();
                return Err("gone".into());
            }
            Ok(vfs(name.len() as u64))
        });
        (ask, release)
    }

    fn points(names: &[&str]) -> Vec<(String, PathBuf, bool)> {
        names.iter().map(|n| (n.to_string(), PathBuf::from(n), false)).collect()
    }

    fn blocks(o: &Outcome) -> Option<u64> {
        match o {
            Outcome::Answer(Ok(v)) => Some(v.blocks),
            _ => None,
        }
    }

    #[test]
    fn healthy_mounts_share_one_lane_cycle_after_cycle() {
        let calls = Arc::new(AtomicUsize::new(0));
        let (ask, _release) = asker(calls.clone());
        let mut s = Sweeper::new(ask);
        for _ in 0..3 {
            std::thread::sleep(Duration::from_millis(20));
            let out = s.ask_all(points(&["/a", "/bb", "/ccc"]), Duration::from_secs(5));
            assert_eq!(out.iter().map(blocks).collect::<Vec<_>>(), [Some(2), Some(3), Some(4)]);
            assert_eq!(s.crew.threads(), 1);
        }
        assert_eq!(calls.load(Ordering::SeqCst), 9);
    }

    #[test]
    fn a_hung_mount_keeps_one_lane_and_the_others_answer_on_time() {
        let calls = Arc::new(AtomicUsize::new(0));
        let (ask, release) = asker(calls.clone());
        let mut s = Sweeper::new(ask);
        let started = Instant::now();
        // The hung mount is first: the rest wait for a second lane to take them. The cycle
        // waits the timeout for the hung one, no longer.
        let out = s.ask_all(points(&["hang", "/a", "/bb"]), Duration::from_millis(500));
        let took = started.elapsed();
        assert!(took >= Duration::from_millis(500) && took < Duration::from_millis(1500), "{took:?}");
        assert!(matches!(out[0], Outcome::Stuck { .. }), "{out:?}");
        assert_eq!((blocks(&out[1]), blocks(&out[2])), (Some(2), Some(3)));
        assert_eq!(s.crew.threads(), 2, "the stuck lane and the one that took the rest");
        // Later cycles do not ask it again and start no more threads.
        for _ in 0..3 {
            // Cycles are a second apart at least: the last one's lane has gone idle.
            std::thread::sleep(Duration::from_millis(20));
            assert!(s.stuck_since("hang").is_some());
            let out = s.ask_all(points(&["/a", "/bb"]), Duration::from_secs(2));
            assert_eq!(out.iter().map(blocks).collect::<Vec<_>>(), [Some(2), Some(3)]);
            assert_eq!(s.crew.threads(), 2);
        }
        assert_eq!(calls.load(Ordering::SeqCst), 3 + 3 * 2, "the hung mount was asked once");
        drop(release); // the call returns (an error)
        let until = Instant::now() + Duration::from_secs(5);
        while s.stuck_since("hang").is_some() {
            assert!(Instant::now() < until, "still stuck after its call returned");
            std::thread::sleep(Duration::from_millis(10));
        }
        std::thread::sleep(Duration::from_millis(50)); // the last cycle's lanes settle
        let out = s.ask_all(points(&["/a"]), Duration::from_secs(2));
        assert_eq!(blocks(&out[0]), Some(2));
        assert_eq!(s.crew.threads(), 1, "the freed lane's thread ends");
    }

    #[test]
    fn a_panicking_call_is_that_mount_s_error_and_it_is_asked_again() {
        let calls = Arc::new(AtomicUsize::new(0));
        let c = calls.clone();
        let ask: Ask = Arc::new(move |p: &Path, _| {
            c.fetch_add(1, Ordering::SeqCst);
            assert_ne!(p, Path::new("/boom"), "a bug");
            Ok(vfs(1))
        });
        let mut s = Sweeper::new(ask);
        for _ in 0..2 {
            let out = s.ask_all(points(&["/boom", "/a"]), Duration::from_secs(2));
            assert!(matches!(&out[0], Outcome::Answer(Err(e)) if e.contains("panicked")), "{out:?}");
            assert_eq!(blocks(&out[1]), Some(1));
            assert_eq!(s.stuck_since("/boom"), None);
        }
        assert_eq!(calls.load(Ordering::SeqCst), 4);
    }

    #[test]
    fn past_the_timeout_unasked_mounts_are_said_so_and_never_asked_late() {
        let calls = Arc::new(AtomicUsize::new(0));
        let (ask, release) = asker(calls.clone());
        let mut s = Sweeper::new(ask);
        // Within 50 ms only one lane is ever enlisted (STALL is 100 ms): "/a" waits.
        let out = s.ask_all(points(&["hang", "/a"]), Duration::from_millis(50));
        assert!(matches!(out[0], Outcome::Stuck { .. }) && matches!(out[1], Outcome::NotAsked), "{out:?}");
        drop(release);
        std::thread::sleep(Duration::from_millis(100));
        assert_eq!(calls.load(Ordering::SeqCst), 1, "the lane took nothing after the cycle ended");
    }
}
