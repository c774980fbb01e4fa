//! The accounts kept from one snapshot to the next: per process (pid and start time) its
//! last counters, and per user counters of CPU time and I/O that never go down. They
//! live as long as the collector: a reload that changes its settings builds a new one,
//! whose counters start from 0 (as a restart of the daemon).
//!
//! CPU is counted once. A process seen alive counts its own time (`utime`, `stime`),
//! from its start when first seen. Children that were reaped count through their
//! parent's `cutime`/`cstime` growth, which holds each reaped child's whole time
//! (its own and its reaped children's); what was already counted for a child seen alive
//! (its last `utime + cutime`, `stime + cstime`) is taken off that growth, as Netdata's
//! apps.plugin does. A child never seen (it lived between two snapshots) is thus counted
//! entirely, through its parent. I/O is the same, except that the kernel adds a reaped
//! child's I/O into its parent's own `io` counters (there is no separate children's
//! figure), so the parent's growth is taken as a whole, less what was counted for its
//! children seen alive.
//!
//! What was counted for an exited process is owed by whoever reaped it, to be taken off
//! that one's growth in this snapshot and the next (a parent read before it reaped the
//! child shows the growth one snapshot later); what is left after that is dropped. When
//! its last known parent is still alive, that parent is the reaper. When the parent died
//! too, the reaper is either the nearest living ancestor (the parent reaped the child,
//! then was reaped) or, if the parent died first, the subreaper or init the kernel
//! re-parented the child to, further up: the debt is then shared by every living tracked
//! ancestor, nearest first, and what one of them takes off its growth is taken off the
//! debt for all. The total is exact as long as the reaper is tracked; when an ancestor
//! nearer than the reaper had growth of its own in the window, that growth is taken for
//! the reaper's (the time is counted once, on the reaper's user).

use super::read::Raw;
use std::collections::{BTreeMap, HashMap};

/// How deep a chain of processes that all exited in one window is followed to find a
/// living ancestor (a bound, not a recursion).
const MAX_CHAIN: usize = 64;

/// Amounts to take off a process's children's growth: CPU (user, system) and I/O.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Owed {
    cpu: [u64; 2],
    io: [u64; 4],
}

impl Owed {
    fn add(&mut self, o: &Owed) {
        for (a, b) in self.cpu.iter_mut().zip(o.cpu) {
            *a = a.saturating_add(b);
        }
        for (a, b) in self.io.iter_mut().zip(o.io) {
            *a = a.saturating_add(b);
        }
    }
}

/// What was counted for a process that exited in a window in which its parent died too:
/// owed by one of `holders` (pid, start: living tracked ancestors, nearest first).
#[derive(Debug)]
struct Shared {
    owed: Owed,
    holders: Vec<(u32, u64)>,
    /// Snapshots it was offered to its holders (dropped after two).
    age: u8,
}

/// Take as much of `growth` as `owed` covers off both.
fn settle(growth: &mut u64, owed: &mut u64) {
    let d = (*growth).min(*owed);
    *growth -= d;
    *owed -= d;
}

#[derive(Debug)]
struct Tracked {
    start: u64,
    ppid: u32,
    seen: u64,
    user: String,
    /// utime, stime, cutime, cstime (ticks), never lowered.
    cpu: [u64; 4],
    io: Option<[u64; 4]>,
    /// Owed from exits of earlier snapshots (consumed first, then dropped), and from
    /// this one's.
    owed_old: Owed,
    owed_new: Owed,
    /// This snapshot's growth, credited once exits are known.
    own: [u64; 2],
    children: [u64; 2],
    io_growth: [u64; 4],
}

impl Tracked {
    /// What its reaper owes for it when it exits: what was counted for it, and what it
    /// still owed for its own exited children.
    fn owed(&self) -> Owed {
        let mut owed = self.counted();
        owed.add(&self.owed_old);
        owed.add(&self.owed_new);
        owed
    }

    /// What has been counted for this process, as its parent's growth will hold it.
    fn counted(&self) -> Owed {
        Owed {
            cpu: [self.cpu[0].saturating_add(self.cpu[2]), self.cpu[1].saturating_add(self.cpu[3])],
            io: self.io.unwrap_or_default(),
        }
    }
}

/// A user's counters: CPU ticks (user, system) and I/O (read bytes, written bytes, read
/// calls, write calls); and the CPU total at the previous snapshot, for its percentage.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct UserCounters {
    pub(crate) cpu: [u64; 2],
    pub(crate) io: [u64; 4],
    prev_cpu: u64,
    /// CPU % over the window (of one CPU), once there was a previous snapshot.
    pub(crate) cpu_pct: Option<f64>,
}

pub(crate) struct Ledger {
    hz: f64,
    gen: u64,
    procs: HashMap<u32, Tracked>,
    pub(crate) users: BTreeMap<String, UserCounters>,
    /// Uptime (seconds) at the previous snapshot.
    prev_uptime: Option<f64>,
    exited: Vec<Tracked>,
    gone: Vec<u32>,
    shared: Vec<Shared>,
}

/// Per process of a snapshot, in the order given: its CPU % over the window (or since
/// its start when first seen), and whether it was first seen now.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Seen {
    pub(crate) cpu_pct: f64,
    pub(crate) first: bool,
}

impl Ledger {
    pub(crate) fn new(hz: u64) -> Ledger {
        Ledger {
            hz: hz.max(1) as f64,
            gen: 0,
            procs: HashMap::new(),
            users: BTreeMap::new(),
            prev_uptime: None,
            exited: Vec::new(),
            gone: Vec::new(),
            shared: Vec::new(),
        }
    }

    /// How many processes are remembered (bounded by the processes alive at the last
    /// snapshot).
    #[cfg(test)]
    pub(crate) fn tracked(&self) -> usize {
        self.procs.len()
    }

    /// The seconds between the previous snapshot and this one.
    pub(crate) fn elapsed(&self, uptime: f64) -> Option<f64> {
        self.prev_uptime.map(|p| uptime - p).filter(|d| *d > 0.0)
    }

    /// Account one snapshot: `procs` (each with its user's name), read at `uptime`
    /// (seconds since boot, as `/proc/uptime`), and `unread`: pids that are alive but
    /// could not be read this time (kept as they were, not taken for exited). Fills
    /// `seen`, one per process.
    pub(crate) fn update(&mut self, procs: &[Raw], unread: &[u32], uptime: f64, seen: &mut Vec<Seen>) {
        self.gen += 1;
        let gen = self.gen;
        for pid in unread {
            if let Some(t) = self.procs.get_mut(pid) {
                t.seen = gen;
            }
        }
        let elapsed = self.elapsed(uptime);
        let born_after = self.prev_uptime.map(|p| ((p * self.hz) as u64).saturating_sub(1));
        seen.clear();
        for r in procs {
            let user = r.user.as_str();
            let first = match self.procs.get_mut(&r.pid) {
                Some(t) if t.start == r.start => {
                    t.own = [r.utime.saturating_sub(t.cpu[0]), r.stime.saturating_sub(t.cpu[1])];
                    t.children = [r.cutime.saturating_sub(t.cpu[2]), r.cstime.saturating_sub(t.cpu[3])];
                    let now = [r.utime, r.stime, r.cutime, r.cstime];
                    for (a, b) in t.cpu.iter_mut().zip(now) {
                        *a = (*a).max(b);
                    }
                    t.io_growth = match (t.io, r.io) {
                        (Some(old), Some(new)) => std::array::from_fn(|i| new[i].saturating_sub(old[i])),
                        _ => [0; 4],
                    };
                    t.io = match (t.io, r.io) {
                        (Some(old), Some(new)) => Some(std::array::from_fn(|i| old[i].max(new[i]))),
                        (_, new) => new,
                    };
                    t.ppid = r.ppid;
                    t.seen = gen;
                    if t.user != user {
                        t.user.clear();
                        t.user.push_str(user);
                    }
                    false
                }
                _ => {
                    // New, or its pid now names another process: that one exited.
                    let fresh = born_after.is_some_and(|b| r.start >= b);
                    let t = Tracked {
                        start: r.start,
                        ppid: r.ppid,
                        seen: gen,
                        user: user.to_string(),
                        cpu: [r.utime, r.stime, r.cutime, r.cstime],
                        io: r.io,
                        owed_old: Owed::default(),
                        owed_new: Owed::default(),
                        own: [r.utime, r.stime],
                        // Its reaped children lived after the previous snapshot only if
                        // it did: their time was never counted. An older process's
                        // children's time is from before the collector looked.
                        children: if fresh { [r.cutime, r.cstime] } else { [0, 0] },
                        io_growth: r.io.unwrap_or_default(),
                    };
                    if let Some(old) = self.procs.insert(r.pid, t) {
                        self.exited.push(old);
                    }
                    true
                }
            };
            let own = self.procs[&r.pid].own;
            let window = if first { uptime - r.start as f64 / self.hz } else { elapsed.unwrap_or(0.0) };
            let cpu_pct =
                if window > 0.0 { own[0].saturating_add(own[1]) as f64 / self.hz / window * 100.0 } else { 0.0 };
            seen.push(Seen { cpu_pct, first });
        }
        // Exits: what was counted for each is owed by its reaper.
        let mut gone = std::mem::take(&mut self.gone);
        gone.clear();
        gone.extend(self.procs.iter().filter(|(_, t)| t.seen != gen).map(|(pid, _)| *pid));
        let mut exited = std::mem::take(&mut self.exited);
        for pid in &gone {
            let t = &self.procs[pid];
            let (ppid, start, owed) = (t.ppid, t.start, t.owed());
            self.owe(ppid, start, owed);
        }
        for t in exited.drain(..) {
            self.owe(t.ppid, t.start, t.owed());
        }
        self.exited = exited;
        for pid in &gone {
            self.procs.remove(pid);
        }
        self.gone = gone;
        // Take what is owed off this snapshot's growth: a parent's own debts first (its
        // children's for sure), then the shared ones, nearest holder first.
        for t in self.procs.values_mut() {
            for i in 0..2 {
                settle(&mut t.children[i], &mut t.owed_old.cpu[i]);
                settle(&mut t.children[i], &mut t.owed_new.cpu[i]);
            }
            for i in 0..4 {
                settle(&mut t.io_growth[i], &mut t.owed_old.io[i]);
                settle(&mut t.io_growth[i], &mut t.owed_new.io[i]);
            }
        }
        for d in &mut self.shared {
            for (pid, start) in &d.holders {
                let Some(t) = self.procs.get_mut(pid).filter(|t| t.start == *start) else { continue };
                for i in 0..2 {
                    settle(&mut t.children[i], &mut d.owed.cpu[i]);
                }
                for i in 0..4 {
                    settle(&mut t.io_growth[i], &mut d.owed.io[i]);
                }
            }
            d.age += 1;
        }
        self.shared.retain(|d| d.age < 2 && d.owed != Owed::default());
        // Credit the rest.
        for t in self.procs.values_mut() {
            let user = match self.users.get_mut(&t.user) {
                Some(u) => u,
                None => self.users.entry(t.user.clone()).or_default(),
            };
            for i in 0..2 {
                user.cpu[i] = user.cpu[i].saturating_add(t.own[i]).saturating_add(t.children[i]);
            }
            for i in 0..4 {
                user.io[i] = user.io[i].saturating_add(t.io_growth[i]);
            }
            t.owed_old = std::mem::take(&mut t.owed_new);
            t.own = [0; 2];
            t.children = [0; 2];
            t.io_growth = [0; 4];
        }
        for u in self.users.values_mut() {
            let total = u.cpu[0].saturating_add(u.cpu[1]);
            u.cpu_pct = elapsed.map(|e| total.saturating_sub(u.prev_cpu) as f64 / self.hz / e * 100.0);
            u.prev_cpu = total;
        }
        self.prev_uptime = Some(uptime);
    }

    /// Charge `owed`, counted for a process that exited (its last parent pid, its start),
    /// to its reaper: its parent if alive now and tracked, else shared by the living
    /// tracked ancestors up the chain (the parent died too: it reaped the child, or the
    /// child was re-parented to a subreaper or init further up). An ancestor is one older
    /// than its child (a pid reused since is not its parent).
    fn owe(&mut self, mut ppid: u32, mut start: u64, owed: Owed) {
        if owed == Owed::default() {
            return;
        }
        let mut holders = Vec::new();
        for hop in 0..MAX_CHAIN {
            let Some(p) = self.procs.get_mut(&ppid) else { break };
            if p.start > start {
                break;
            }
            if p.seen == self.gen {
                if hop == 0 {
                    p.owed_new.add(&owed);
                    return;
                }
                holders.push((ppid, p.start));
            }
            (ppid, start) = (p.ppid, p.start);
        }
        if !holders.is_empty() {
            self.shared.push(Shared { owed, holders, age: 0 });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HZ: u64 = 100;

    fn raw(pid: u32, ppid: u32, start: u64, cpu: [u64; 4]) -> Raw {
        Raw {
            pid,
            ppid,
            user: "u".into(),
            start,
            utime: cpu[0],
            stime: cpu[1],
            cutime: cpu[2],
            cstime: cpu[3],
            io: Some([cpu[0] * 10, 0, cpu[0], 0]),
            ..Raw::default()
        }
    }

    /// The user's CPU counter in ticks (user + system).
    fn total(l: &Ledger) -> u64 {
        l.users.get("u").map_or(0, |u| u.cpu[0] + u.cpu[1])
    }

    fn snap(l: &mut Ledger, procs: &[Raw], uptime: f64) -> Vec<Seen> {
        let mut seen = Vec::new();
        l.update(procs, &[], uptime, &mut seen);
        seen
    }

    #[test]
    fn a_reused_pid_is_a_new_process_never_a_jump() {
        let mut l = Ledger::new(HZ);
        snap(&mut l, &[raw(1, 0, 0, [0; 4]), raw(100, 1, 1000, [500, 0, 0, 0])], 20.0);
        assert_eq!(total(&l), 500);
        // pid 100 now names a process started at tick 2500 (after the first snapshot)
        // with 10 ticks: counted from its start, not as 10 - 500.
        let seen = snap(&mut l, &[raw(1, 0, 0, [0; 4]), raw(100, 1, 2500, [10, 0, 0, 0])], 30.0);
        assert_eq!(total(&l), 510);
        assert!(seen[1].first);
        assert!((seen[1].cpu_pct - 10.0 / 100.0 / 5.0 * 100.0).abs() < 1e-9, "{seen:?}");
        // The old process was reaped by pid 1: its growth holds 500 already counted,
        // and 20 ticks of its life after the first snapshot.
        snap(&mut l, &[raw(1, 0, 0, [0, 0, 520, 0]), raw(100, 1, 2500, [10, 0, 0, 0])], 40.0);
        assert_eq!(total(&l), 530);
        assert_eq!(l.tracked(), 2);
    }

    #[test]
    fn an_exited_child_is_credited_through_its_parents_cutime_once() {
        let mut l = Ledger::new(HZ);
        let parent = |cpu| raw(10, 1, 100, cpu);
        snap(&mut l, &[parent([100, 0, 7, 0]), raw(11, 10, 200, [50, 5, 0, 0])], 10.0);
        // The parent's 7 children ticks are from before the collector looked.
        assert_eq!(total(&l), 155);
        // The child used 30 + 1 more, and a child never seen used 40: the parent reaped
        // both. Parent: 10 more ticks of its own.
        let seen = snap(&mut l, &[parent([110, 0, 7 + 80 + 40, 6])], 20.0);
        assert_eq!(total(&l), 155 + 10 + 30 + 1 + 40);
        assert!((seen[0].cpu_pct - 1.0).abs() < 1e-9, "own time only, 0.1 s in 10 s: {seen:?}");
        let u = &l.users["u"];
        assert_eq!(u.cpu, [150 + 10 + 30 + 40, 5 + 1]);
        assert!((u.cpu_pct.unwrap() - 8.1).abs() < 1e-9, "0.81 s in 10 s: {u:?}");
        assert_eq!(l.tracked(), 1);
    }

    #[test]
    fn a_child_reaped_after_its_parent_was_read_is_settled_next_snapshot() {
        let mut l = Ledger::new(HZ);
        let mut counters = Vec::new();
        snap(&mut l, &[raw(10, 1, 100, [100, 0, 0, 0]), raw(11, 10, 200, [50, 0, 0, 0])], 10.0);
        counters.push(total(&l));
        // The child vanished mid-read; the parent, read before it reaped it, shows no
        // growth yet.
        snap(&mut l, &[raw(10, 1, 100, [100, 0, 0, 0])], 20.0);
        counters.push(total(&l));
        snap(&mut l, &[raw(10, 1, 100, [100, 0, 60, 0])], 30.0);
        counters.push(total(&l));
        assert_eq!(counters, [150, 150, 160]);
    }

    #[test]
    fn a_chain_that_exited_in_one_window_goes_to_the_living_ancestor() {
        let mut l = Ledger::new(HZ);
        let p = [raw(10, 1, 100, [100, 0, 0, 0]), raw(11, 10, 200, [20, 0, 0, 0]), raw(12, 11, 300, [30, 0, 0, 0])];
        snap(&mut l, &p, 10.0);
        assert_eq!(total(&l), 150);
        // 12 ran 5 more and was reaped by 11, which ran 2 more and was reaped by 10:
        // 10's children time is 11's whole: 22 + 35.
        snap(&mut l, &[raw(10, 1, 100, [100, 0, 57, 0])], 20.0);
        assert_eq!(total(&l), 157);
    }

    #[test]
    fn a_child_whose_parent_died_first_is_settled_by_the_subreaper_that_reaped_it() {
        let mut l = Ledger::new(HZ);
        // Subreaper 10, shell 11, sh 12, busy loop 13 (the reviewer's case).
        let tree = [
            raw(10, 1, 100, [0; 4]),
            raw(11, 10, 200, [0; 4]),
            raw(12, 11, 300, [0; 4]),
            raw(13, 12, 400, [400, 0, 0, 0]),
        ];
        snap(&mut l, &tree, 10.0);
        assert_eq!(total(&l), 400);
        // 12 is killed and reaped by 11; 13, re-parented to the subreaper 10, runs 399
        // more ticks, is killed and reaped by 10, whose cutime grows by all 799.
        // The kernel adds a reaped child's I/O into the reaper's own.
        let mut reaper = raw(10, 1, 100, [0, 0, 799, 0]);
        reaper.io = Some([7990, 0, 799, 0]);
        snap(&mut l, &[reaper.clone(), raw(11, 10, 200, [0; 4])], 20.0);
        assert_eq!(total(&l), 799, "each tick once");
        assert_eq!(l.users["u"].io[0], 7990, "each byte once");
        // Nothing is left over to take off the shell's later growth (a child of its own
        // that lived 50 ticks between two snapshots).
        snap(&mut l, &[reaper, raw(11, 10, 200, [0, 0, 50, 0])], 30.0);
        assert_eq!(total(&l), 849);
    }

    #[test]
    fn an_unreadable_process_is_kept_not_taken_for_exited() {
        let mut l = Ledger::new(HZ);
        snap(&mut l, &[raw(10, 1, 100, [100, 0, 0, 0]), raw(11, 10, 200, [50, 0, 0, 0])], 10.0);
        let mut seen = Vec::new();
        l.update(&[raw(10, 1, 100, [100, 0, 0, 0])], &[11], 20.0, &mut seen);
        snap(&mut l, &[raw(10, 1, 100, [100, 0, 0, 0]), raw(11, 10, 200, [55, 0, 0, 0])], 30.0);
        assert_eq!(total(&l), 155, "not counted again from its start");
    }

    /// A small deterministic generator (xorshift64*): the same trees every run.
    struct Rng(u64);

    impl Rng {
        fn below(&mut self, n: u64) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 33) % n
        }
    }

    /// Random process trees (spawns, CPU and I/O bursts, children reaped by their
    /// parents, parents that die first, their children re-parented to the nearest
    /// subreaper or pid 1 which reaps them later, snapshots at random moments): the
    /// user's counters never go down, and at the end
    /// equal exactly what the processes used: their own time at the first snapshot, and
    /// everything anyone used after it, short-lived processes included.
    #[test]
    fn counters_never_decrease_and_count_every_tick_once() {
        #[derive(Clone)]
        struct P {
            pid: u32,
            ppid: u32,
            start: u64,
            cpu: [u64; 4],
            io: u64,
            cio: u64,
            subreaper: bool,
        }
        for seed in 1..=300u64 {
            let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
            let mut l = Ledger::new(HZ);
            let mut now: u64 = 1000;
            let mut next_pid = 2;
            let mut alive = vec![P { pid: 1, ppid: 0, start: 0, cpu: [0, 0, 999, 0], io: 0, cio: 0, subreaper: true }];
            let (mut truth_cpu, mut truth_io) = (0u64, 0u64);
            let (mut last_cpu, mut last_io) = (0u64, 0u64);
            let mut first = true;
            for _ in 0..400 {
                now += 1;
                match rng.below(10) {
                    0..=2 => {
                        let parent = alive[rng.below(alive.len() as u64) as usize].pid;
                        let subreaper = rng.below(5) == 0;
                        alive.push(P {
                            pid: next_pid,
                            ppid: parent,
                            start: now,
                            cpu: [0; 4],
                            io: 0,
                            cio: 0,
                            subreaper,
                        });
                        next_pid += 1;
                    }
                    3..=5 => {
                        let i = rng.below(alive.len() as u64) as usize;
                        let (u, s, b) = (rng.below(50), rng.below(20), rng.below(1000));
                        alive[i].cpu[0] += u;
                        alive[i].cpu[1] += s;
                        alive[i].io += b;
                        if !first {
                            truth_cpu += u + s;
                            truth_io += b;
                        }
                    }
                    6..=7 if alive.len() > 1 => {
                        // A process other than pid 1 exits and is reaped by its parent;
                        // its children go to the nearest subreaper above it (pid 1 is one).
                        let i = 1 + rng.below(alive.len() as u64 - 1) as usize;
                        let c = alive.remove(i);
                        let parent = alive.iter_mut().find(|p| p.pid == c.ppid).unwrap();
                        parent.cpu[2] += c.cpu[0] + c.cpu[2];
                        parent.cpu[3] += c.cpu[1] + c.cpu[3];
                        parent.cio += c.io + c.cio;
                        let mut reaper = c.ppid;
                        while let Some(p) = alive.iter().find(|p| p.pid == reaper && !p.subreaper) {
                            reaper = p.ppid;
                        }
                        for o in alive.iter_mut().filter(|o| o.ppid == c.pid) {
                            o.ppid = reaper;
                        }
                    }
                    _ => {
                        let raws: Vec<Raw> = alive
                            .iter()
                            .map(|p| {
                                let mut r = raw(p.pid, p.ppid, p.start, p.cpu);
                                r.io = Some([p.io + p.cio, 0, 0, 0]);
                                r
                            })
                            .collect();
                        snap(&mut l, &raws, now as f64 / HZ as f64);
                        if first {
                            truth_cpu = alive.iter().map(|p| p.cpu[0] + p.cpu[1]).sum();
                            truth_io = alive.iter().map(|p| p.io + p.cio).sum();
                            first = false;
                        }
                        let (c, i) = (total(&l), l.users["u"].io[0]);
                        assert!(c >= last_cpu && i >= last_io, "seed {seed}: a counter went down");
                        (last_cpu, last_io) = (c, i);
                        assert_eq!(l.tracked(), alive.len(), "seed {seed}: only the living are remembered");
                    }
                }
            }
            let raws: Vec<Raw> = alive
                .iter()
                .map(|p| {
                    let mut r = raw(p.pid, p.ppid, p.start, p.cpu);
                    r.io = Some([p.io + p.cio, 0, 0, 0]);
                    r
                })
                .collect();
            now += 1;
            snap(&mut l, &raws, now as f64 / HZ as f64);
            if first {
                continue;
            }
            assert_eq!(total(&l), truth_cpu, "seed {seed}: CPU");
            assert_eq!(l.users["u"].io[0], truth_io, "seed {seed}: I/O");
        }
    }
}
