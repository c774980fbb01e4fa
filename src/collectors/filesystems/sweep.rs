//! The `statvfs` calls of a cycle, made by as few threads as the mounts allow.
//!
//! A hung mount (NFS, FUSE) blocks any `statvfs` on it for ever, and a thread blocked in
//! one cannot be taken back. So a cycle's questions are a shared list that lanes take
//! from, one call at a time: one lane normally answers them all, one after another (a
//! thread per mount per cycle cost more CPU than the calls). When no call has been taken
//! for `STALL` while questions are left, the lane is stuck in a call and another lane
//! takes the rest. A call not answered by the cycle's timeout is reported as stuck and
//! keeps its lane (its thread) until it returns; that mount is not asked again until then.
//! So the threads are one, plus one per call that hangs, never a pile; an idle lane
//! beyond the first ends.

use super::Vfs;
use crate::util::lane::{Lane, Submitted};
use crate::util::sync;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// How `statvfs` is asked: the mount point, and whether to ask it from a child process.
pub(super) type Ask = Arc<dyn Fn(&Path, bool) -> Result<Vfs, String> + Send + Sync>;

/// How long a call may go without the next one being taken before another lane helps:
/// far above a healthy `statvfs` (microseconds; milliseconds on a busy NFS server).
const STALL: Duration = Duration::from_millis(100);

/// What became of one question.
#[derive(Debug)]
pub(super) enum Outcome {
    Answer(Result<Vfs, String>),
    /// Asked, no answer yet: since when (Unix seconds).
    Stuck {
        since_unix: i64,
    },
    /// Never asked: every lane was held by a hung call until the timeout.
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
    /// The next question to take; past the end once the cycle is over.
    next: usize,
    /// When a question was last taken (or a lane last enlisted).
    last_taken: Instant,
}

impl Sweep {
    fn lock(&self) -> MutexGuard<'_, Progress> {
        sync::lock(&self.state)
    }

    /// A lane's work: take questions until none are left.
    fn run(&self) {
        loop {
            let i = {
                let mut p = self.lock();
                let i = p.next;
                if i >= p.slots.len() {
                    return;
                }
                p.next += 1;
                p.slots[i] = Slot::Asking { since_unix: super::now_unix() };
                p.last_taken = Instant::now();
                i
            };
            let (_, path, child) = &self.points[i];
            // A panic must not leave the question "asking" for ever (stuck, never asked
            // again): it is this mount's error.
            let asked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| (self.ask)(path, *child)));
            let answer = asked.unwrap_or_else(|_| Err("statvfs panicked".into()));
            self.lock().slots[i] = Slot::Done(answer);
            self.answered.notify_all();
        }
    }
}

pub(super) struct Sweeper {
    ask: Ask,
    lanes: Vec<Lane<Arc<Sweep>>>,
    /// Mount points whose call has not answered: the sweep and question holding it.
    pending: HashMap<String, (Arc<Sweep>, usize)>,
}

impl Sweeper {
    pub(super) fn new(ask: Ask) -> Sweeper {
        Sweeper { ask, lanes: Vec::new(), pending: HashMap::new() }
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

    /// Forget the calls of mount points no longer mounted (their lanes end with them).
    pub(super) fn retain(&mut self, points: &HashSet<&str>) {
        self.pending.retain(|p, _| points.contains(p.as_str()));
    }

    /// Ask every `(mount point, its path, from a child)` at once and wait at most
    /// `timeout`; the outcomes in the same order.
    pub(super) fn ask_all(&mut self, points: Vec<(String, PathBuf, bool)>, timeout: Duration) -> Vec<Outcome> {
        let n = points.len();
        let sweep = Arc::new(Sweep {
            points,
            ask: self.ask.clone(),
            state: Mutex::new(Progress {
                slots: (0..n).map(|_| Slot::Waiting).collect(),
                next: 0,
                last_taken: Instant::now(),
            }),
            answered: Condvar::new(),
        });
        let deadline = Instant::now() + timeout;
        self.prune();
        let enlisted = n > 0 && self.enlist(&sweep);
        let mut p = sweep.lock();
        loop {
            let now = Instant::now();
            if !enlisted {
                break; // no thread: every question is left unasked
            }
            if now >= deadline || p.slots.iter().all(|s| matches!(s, Slot::Done(_))) {
                break;
            }
            let left = p.next < n;
            if left && now >= p.last_taken + STALL {
                // Every lane of this sweep is in a call that takes too long: one more (if
                // no thread can start, the lanes already on it go on; tried again later).
                p.last_taken = now;
                drop(p);
                self.enlist(&sweep);
                p = sweep.lock();
                continue;
            }
            let until = if left { deadline.min(p.last_taken + STALL) } else { deadline };
            p = sync::wait_timeout(&sweep.answered, p, until.saturating_duration_since(now)).0;
        }
        // The cycle is over: no lane takes another of its questions.
        p.next = n;
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

    /// Put an idle lane (or a new one) on `sweep`; false if no thread could be started.
    fn enlist(&mut self, sweep: &Arc<Sweep>) -> bool {
        let idle = self.lanes.iter().position(|l| l.busy_since().is_none());
        let i = idle.unwrap_or_else(|| {
            self.lanes.push(Lane::new("statvfs", |s: Arc<Sweep>| s.run()));
            self.lanes.len() - 1
        });
        self.lanes[i].submit(sweep.clone()) != Submitted::Dropped
    }

    /// Keep the busy lanes and one idle one; the others' threads end. Done before a
    /// cycle, when the last cycle's lanes have settled.
    fn prune(&mut self) {
        let mut idle_kept = false;
        self.lanes.retain(|l| {
            let busy = l.busy_since().is_some();
            let keep = busy || !idle_kept;
            idle_kept |= !busy;
            keep
        });
    }

    /// How many lanes (threads, at most) it holds.
    #[cfg(test)]
    fn lanes(&self) -> usize {
        self.lanes.len()
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
            assert_eq!(s.lanes(), 1);
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
        assert_eq!(s.lanes(), 2, "the stuck lane and the one that took the rest");
        // Later cycles do not ask it again and start no more threads.
        for _ in 0..3 {
            // Cycles are a second apart at least: the last one's lane has gone idle.
            std::thread::sleep(Duration::from_millis(20));
            assert!(s.stuck_since("hang").is_some());
            let out = s.ask_all(points(&["/a", "/bb"]), Duration::from_secs(2));
            assert_eq!(out.iter().map(blocks).collect::<Vec<_>>(), [Some(2), Some(3)]);
            assert_eq!(s.lanes(), 2);
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
        assert_eq!(s.lanes(), 1, "the freed lane's thread ends");
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
