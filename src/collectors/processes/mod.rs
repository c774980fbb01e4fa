//! Processes and their users from `<proc-root>/PID/*`, as SlapOS's `slapos node collect`
//! takes them with psutil, at a fraction of its cost: per process an id of pid and start
//! time, user, its own CPU time (and its reaped children's apart), CPU % over the whole
//! window since the previous snapshot (since its start when first seen), threads, RSS
//! (`statm`, as psutil), memory %, I/O bytes and calls, state; per user the totals, with
//! CPU and I/O counters that count every process once, those that lived between two
//! snapshots included, and never go down while the collector runs (see `ledger`; a
//! reload that changes its settings starts it anew, its counters from 0).

mod kind;
mod ledger;
mod read;
mod users;

pub(crate) use kind::Patterns;

use crate::engine::collector::{Collector, Reading};
use crate::engine::sample::Sample;
use crate::util::file;
use anyhow::{bail, Context, Result};
use ledger::{Ledger, Seen};
use read::{Raw, Reader, Skip};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

pub(crate) const NAME: &str = "processes";

/// One process in the state file. Fields in alphabetical order, as the state file has
/// them (see `Reading::SORTED`).
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Process {
    /// The CPU time of its children that it waited for (`children_system`,
    /// `children_user`): not in its own, nor in `cpu_pct`.
    pub children_system_s: f64,
    pub children_user_s: f64,
    /// Its own CPU time over the window, in % of one CPU; since its start when
    /// `first_seen`.
    pub cpu_pct: f64,
    /// Its own CPU time, system and user (psutil's `cpu_times().system`, `.user`).
    pub cpu_system_s: f64,
    pub cpu_user_s: f64,
    pub first_seen: bool,
    /// `PID-START`: its pid and its start time in clock ticks after boot, which a reused
    /// pid does not share.
    pub id: String,
    /// rss / MemTotal × 100 (psutil's `memory_percent()`).
    pub memory_pct: f64,
    /// Its command name (the kernel's `comm`), only with `--processes-names`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub pid: u32,
    pub ppid: u32,
    /// `io`'s read_bytes, syscr (psutil's `io_counters()`): they include what its reaped
    /// children did. Null when not readable (another user's process without
    /// CAP_SYS_PTRACE) or `--processes-io` is off.
    pub read_bytes: Option<u64>,
    pub read_calls: Option<u64>,
    /// Resident bytes: `statm`'s resident pages × page size (psutil's `memory_info().rss`).
    pub rss_bytes: u64,
    /// When it started (Unix seconds, 1/100 s steps: psutil's `create_time()`).
    pub started_unix: f64,
    /// As psutil names it: running, sleeping, disk-sleep, stopped, zombie, idle, ...
    pub state: String,
    pub threads: u64,
    pub user: String,
    /// `io`'s write_bytes, syscw, as `read_*`.
    pub write_bytes: Option<u64>,
    pub write_calls: Option<u64>,
}

/// One user's processes, summed; the CPU and I/O figures are counters. Fields in
/// alphabetical order.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
pub struct UserTotals {
    /// CPU % (of one CPU) over the window, exited processes included; on the first
    /// snapshot the sum of its processes' since their start.
    pub cpu_pct: f64,
    /// Counters: CPU seconds counted once (see docs/processes.md), since the collector
    /// was started (a reload that changes its settings starts it anew, from 0).
    pub cpu_system_s: f64,
    pub cpu_user_s: f64,
    /// Its processes whose I/O could not be read now (not in the I/O counters).
    pub io_unreadable: u64,
    pub memory_pct: f64,
    pub processes: u64,
    /// Counters: I/O of its processes since the collector was started (a reload that
    /// changes its settings starts it anew, from 0).
    pub read_bytes: u64,
    pub read_calls: u64,
    pub rss_bytes: u64,
    pub threads: u64,
    pub write_bytes: u64,
    pub write_calls: u64,
}

/// What the state file holds. Fields in alphabetical order.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct ProcStats {
    /// Seconds since the previous snapshot; null on the first.
    pub interval_s: Option<f64>,
    /// Whether Prometheus and the other outputs get one series per process.
    #[serde(skip)]
    pub per_process: bool,
    /// The selected processes, by pid.
    pub processes: Vec<Process>,
    /// Processes whose files were not what procfs writes (skipped), and the first reason.
    pub unreadable: u64,
    pub unreadable_error: Option<String>,
    /// Every user that had a selected process since the collector was started.
    pub users: BTreeMap<String, UserTotals>,
    /// Processes that exited while being read (skipped).
    pub vanished: u64,
}

impl Reading for ProcStats {
    /// A thousand processes through a tree of values cost a third of a snapshot's time
    /// outside the kernel.
    const SORTED: bool = true;

    fn summary(&self) -> String {
        let cpu: f64 = self.users.values().map(|u| u.cpu_pct).sum();
        let rss = self.users.values().fold(0u64, |a, u| a.saturating_add(u.rss_bytes));
        format!(
            "{} processes of {} users, CPU {:.1}%, RSS {:.1} MiB{}",
            self.processes.len(),
            self.users.values().filter(|u| u.processes > 0).count(),
            cpu,
            rss as f64 / (1 << 20) as f64,
            if self.vanished > 0 { format!(", {} exited while read", self.vanished) } else { String::new() }
        )
    }

    fn samples(&self, out: &mut Vec<Sample>) {
        kind::samples(self, out);
    }
}

/// psutil's word for a state letter (psutil/_pslinux.py PROC_STATUSES).
fn state_word(letter: u8) -> &'static str {
    match letter {
        b'R' => "running",
        b'S' => "sleeping",
        b'D' => "disk-sleep",
        b'T' => "stopped",
        b't' => "tracing-stop",
        b'Z' => "zombie",
        b'X' | b'x' => "dead",
        b'K' => "wake-kill",
        b'W' => "waking",
        b'I' => "idle",
        b'P' => "parked",
        _ => "unknown",
    }
}

/// Which processes are wanted.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Select {
    /// User name patterns (empty: every user).
    pub(crate) users: Patterns,
    /// Command name patterns (empty: every command).
    pub(crate) commands: Patterns,
    /// Report command names.
    pub(crate) names: bool,
    /// Read `io`.
    pub(crate) io: bool,
    pub(crate) per_process: bool,
}

pub struct Processes {
    proc_root: PathBuf,
    select: Select,
    reader: Option<Reader>,
    users: users::Users,
    /// uid → selected, while the user database is unchanged.
    uid_selected: HashMap<u32, bool>,
    ledger: Ledger,
    hz: u64,
    page_size: u64,
    btime: Option<u64>,
    pids: Vec<u32>,
    dents: Vec<u8>,
    raws: Vec<Raw>,
    seen: Vec<Seen>,
    unread: Vec<u32>,
    buf: Vec<u8>,
    /// A second reading of one process, when one must be read again.
    scratch: Raw,
    /// Run between the read pass and its recheck: a test's stand-in for a process that
    /// exits at that moment.
    #[cfg(test)]
    after_pass: Option<Box<dyn FnMut() + Send + Sync>>,
}

impl Processes {
    pub(crate) fn new(proc_root: &Path, select: Select) -> Processes {
        let hz = rustix::param::clock_ticks_per_second();
        Processes {
            proc_root: proc_root.to_path_buf(),
            select,
            reader: None,
            users: users::Users::new(),
            uid_selected: HashMap::new(),
            ledger: Ledger::new(hz),
            hz,
            page_size: rustix::param::page_size() as u64,
            btime: None,
            pids: Vec::new(),
            dents: Vec::new(),
            raws: Vec::new(),
            seen: Vec::new(),
            unread: Vec::new(),
            buf: Vec::new(),
            scratch: Raw::default(),
            #[cfg(test)]
            after_pass: None,
        }
    }

    /// Seconds since boot, as `<proc-root>/uptime` says (the clock of processes' start
    /// times).
    fn uptime(&mut self) -> Result<f64> {
        let path = self.proc_root.join("uptime");
        let text =
            file::read_str(&path, 4096, &mut self.buf).with_context(|| format!("cannot read {}", path.display()))?;
        let first = text.split_ascii_whitespace().next().unwrap_or("");
        match first.parse::<f64>() {
            Ok(v) if v.is_finite() && v >= 0.0 => Ok(v),
            _ => bail!("{}: {first:?} is not a number of seconds", path.display()),
        }
    }

    /// MemTotal in bytes.
    fn mem_total(&mut self) -> Result<u64> {
        let path = self.proc_root.join("meminfo");
        let text =
            file::read_str(&path, 1 << 20, &mut self.buf).with_context(|| format!("cannot read {}", path.display()))?;
        let line = text.lines().find_map(|l| l.strip_prefix("MemTotal:"));
        let kb = line.and_then(|l| l.split_ascii_whitespace().next()).and_then(|v| v.parse::<u64>().ok());
        match kb {
            Some(kb) if kb > 0 => Ok(kb.saturating_mul(1024)),
            _ => bail!("{}: no MemTotal in kB", path.display()),
        }
    }

    /// `btime` of `<proc-root>/stat`: boot time in Unix seconds (read once, as psutil).
    fn btime(&mut self) -> Result<u64> {
        if let Some(b) = self.btime {
            return Ok(b);
        }
        let path = self.proc_root.join("stat");
        let text = file::read_str(&path, 16 << 20, &mut self.buf)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let b = text
            .lines()
            .find_map(|l| l.strip_prefix("btime "))
            .and_then(|v| v.trim().parse::<u64>().ok())
            .with_context(|| format!("{}: no btime line", path.display()))?;
        self.btime = Some(b);
        Ok(b)
    }

    /// Read every selected process into `self.raws[..n]` (the pids of those that could
    /// not be read into `self.unread`); returns n, the vanished and the unreadable counts
    /// and the first reason for the latter.
    fn read_all(&mut self) -> Result<(usize, u64, u64, Option<String>)> {
        use std::os::fd::AsFd;
        let Processes { proc_root, select, reader, users, uid_selected, raws, pids, dents, unread, scratch, .. } = self;
        unread.clear();
        let flags = rustix::fs::OFlags::RDONLY | rustix::fs::OFlags::DIRECTORY | rustix::fs::OFlags::CLOEXEC;
        let root = rustix::fs::open(proc_root.as_path(), flags, rustix::fs::Mode::empty())
            .with_context(|| format!("cannot open {}", proc_root.display()))?;
        let reader = reader.get_or_insert_with(|| Reader::new(root.as_fd()));
        read::list_pids(root.as_fd(), dents, pids).with_context(|| format!("cannot list {}", proc_root.display()))?;
        let (mut n, mut vanished, mut unreadable, mut first_error) = (0, 0, 0, None);
        let mut selected_uid = |uid: u32| {
            if select.users.is_empty() {
                return true;
            }
            if let Some(&s) = uid_selected.get(&uid) {
                return s;
            }
            // A stand-in name (the user database failed) decides for this snapshot only.
            let (name, sure) = users.lookup(uid);
            let s = select.users.matches(name);
            if sure {
                uid_selected.insert(uid, s);
            }
            s
        };
        let selected_comm = |comm: &str| select.commands.is_empty() || select.commands.matches(comm);
        for &pid in pids.iter() {
            if raws.len() <= n {
                raws.push(Raw::default());
            }
            let r = &mut raws[n];
            match reader.read(root.as_fd(), pid, &mut selected_uid, &selected_comm, select.io, r) {
                Ok(()) => n += 1,
                Err(Skip::Gone) => vanished += 1,
                Err(Skip::NotSelected) => {}
                Err(Skip::Bad(why)) => {
                    unread.push(pid);
                    unreadable += 1;
                    first_error.get_or_insert_with(|| format!("{}/{why}", proc_root.display()));
                }
            }
        }
        #[cfg(test)]
        if let Some(f) = self.after_pass.as_mut() {
            f();
        }
        // A child with a lower pid than its parent (the pid numbers wrapped) was read
        // first. Had the parent reaped it before being read, the parent's cutime and I/O
        // would hold the child's whole life already in this snapshot, and the child's
        // own reading would count it again. So such a child is looked at once more: if
        // it is gone, it is taken for exited in this snapshot (what was counted for it is
        // then taken off this growth) and the parent is read again, after the reap.
        let mut reaped = Vec::new();
        for i in 0..n {
            let (pid, ppid, start) = (raws[i].pid, raws[i].ppid, raws[i].start);
            if pid >= ppid {
                continue;
            }
            let Ok(p) = raws[..n].binary_search_by_key(&ppid, |r| r.pid) else { continue };
            let alive = match reader.read(root.as_fd(), pid, &mut selected_uid, &selected_comm, false, scratch) {
                Ok(()) => scratch.start == start,
                Err(Skip::Gone) => false,
                Err(_) => true,
            };
            if alive {
                continue;
            }
            match reader.read(root.as_fd(), ppid, &mut selected_uid, &selected_comm, select.io, scratch) {
                Ok(()) if scratch.start == raws[p].start => {
                    std::mem::swap(&mut raws[p], scratch);
                    reaped.push(i);
                }
                _ => {}
            }
        }
        if !reaped.is_empty() {
            let mut kept = 0;
            for i in 0..n {
                if reaped.binary_search(&i).is_err() {
                    raws.swap(kept, i);
                    kept += 1;
                }
            }
            vanished += (n - kept) as u64;
            n = kept;
        }
        for r in &mut raws[..n] {
            let name = users.name(r.uid);
            if r.user != name {
                r.user.clear();
                r.user.push_str(name);
            }
        }
        Ok((n, vanished, unreadable, first_error))
    }
}

impl Collector for Processes {
    type Reading = ProcStats;

    fn collect(&mut self) -> Result<Option<ProcStats>> {
        if self.users.refresh() {
            self.uid_selected.clear();
        }
        let btime = self.btime()?;
        let mem_total = self.mem_total()?;
        let uptime = self.uptime()?;
        let interval_s = self.ledger.elapsed(uptime);
        let (n, vanished, unreadable, unreadable_error) = self.read_all()?;
        self.ledger.update(&self.raws[..n], &self.unread, uptime, &mut self.seen);
        let hz = self.hz as f64;
        let secs = |ticks: u64| ticks as f64 / hz;
        let pct = |v: f64| (v * 1000.0).round() / 1000.0;
        let mut users: BTreeMap<String, UserTotals> = BTreeMap::new();
        let mut processes = Vec::with_capacity(n);
        for (r, s) in self.raws[..n].iter().zip(&self.seen) {
            let rss = r.rss_pages.saturating_mul(self.page_size);
            let p = Process {
                pid: r.pid,
                id: format!("{}-{}", r.pid, r.start),
                ppid: r.ppid,
                user: r.user.clone(),
                name: self.select.names.then(|| r.comm.clone()),
                state: state_word(r.state).to_string(),
                started_unix: secs(r.start) + btime as f64,
                cpu_user_s: secs(r.utime),
                cpu_system_s: secs(r.stime),
                children_user_s: secs(r.cutime),
                children_system_s: secs(r.cstime),
                cpu_pct: pct(s.cpu_pct),
                first_seen: s.first,
                threads: r.threads,
                rss_bytes: rss,
                memory_pct: pct(rss as f64 / mem_total as f64 * 100.0),
                read_bytes: r.io.map(|io| io[0]),
                write_bytes: r.io.map(|io| io[1]),
                read_calls: r.io.map(|io| io[2]),
                write_calls: r.io.map(|io| io[3]),
            };
            let u = match users.get_mut(&r.user) {
                Some(u) => u,
                None => users.entry(r.user.clone()).or_default(),
            };
            u.processes += 1;
            // Figures of a planted fixture can be anything: saturate, never overflow.
            u.threads = u.threads.saturating_add(r.threads);
            u.rss_bytes = u.rss_bytes.saturating_add(rss);
            u.cpu_pct += s.cpu_pct;
            u.io_unreadable += u64::from(self.select.io && r.io.is_none());
            processes.push(p);
        }
        for (name, c) in &self.ledger.users {
            let u = match users.get_mut(name) {
                Some(u) => u,
                None => users.entry(name.clone()).or_default(),
            };
            u.memory_pct = pct(u.rss_bytes as f64 / mem_total as f64 * 100.0);
            if let Some(p) = c.cpu_pct {
                u.cpu_pct = p;
            }
            u.cpu_pct = pct(u.cpu_pct);
            u.cpu_user_s = secs(c.cpu[0]);
            u.cpu_system_s = secs(c.cpu[1]);
            [u.read_bytes, u.write_bytes, u.read_calls, u.write_calls] = c.io;
        }
        Ok(Some(ProcStats {
            interval_s: interval_s.map(|s| (s * 1000.0).round() / 1000.0),
            processes,
            users,
            vanished,
            unreadable,
            unreadable_error,
            per_process: self.select.per_process,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    /// A fixture `/proc` with boot time, memory and uptime.
    fn proc_root(dir: &Path, uptime: f64) {
        fs::write(dir.join("stat"), "cpu  1 2 3 4\nbtime 1700000000\n").unwrap();
        fs::write(dir.join("meminfo"), "MemTotal:       1000000 kB\nMemFree: 1 kB\n").unwrap();
        fs::write(dir.join("uptime"), format!("{uptime:.2} 1.00\n")).unwrap();
    }

    /// Process `pid` started at tick `start` with (utime, stime, cutime, cstime).
    fn process(dir: &Path, pid: u32, ppid: u32, start: u64, cpu: [u64; 4], comm: &str) {
        let d = dir.join(pid.to_string());
        fs::create_dir_all(&d).unwrap();
        let [u, s, cu, cs] = cpu;
        fs::write(
            d.join("stat"),
            format!("{pid} ({comm}) S {ppid} {pid} {pid} 0 -1 4194560 10 0 0 0 {u} {s} {cu} {cs} 20 0 2 0 {start} 100000 77 x\n"),
        )
        .unwrap();
        fs::write(d.join("statm"), "2500 250 100 10 0 300 0\n").unwrap();
        // Read only for a root-owned directory (a fixture's, here): the real uid.
        fs::write(d.join("status"), "Name:\tx\nUid:\t0\t0\t0\t0\n").unwrap();
        fs::write(
            d.join("io"),
            "rchar: 9\nwchar: 9\nsyscr: 3\nsyscw: 4\nread_bytes: 4096\nwrite_bytes: 8192\ncancelled_write_bytes: 0\n",
        )
        .unwrap();
    }

    fn all() -> Select {
        Select { io: true, ..Select::default() }
    }

    #[test]
    fn fields_from_a_fixture_tree() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        proc_root(d, 100.0);
        process(d, 42, 1, 5000, [150, 50, 7, 3], "a) b");
        let mut c = Processes::new(d, Select { names: true, ..all() });
        let r = c.collect().unwrap().unwrap();
        assert_eq!(r.interval_s, None);
        let p = &r.processes[0];
        assert_eq!((p.pid, p.ppid, p.id.as_str(), p.user.as_str()), (42, 1, "42-5000", "root"));
        assert_eq!(p.name.as_deref(), Some("a) b"));
        assert_eq!(p.state, "sleeping");
        assert_eq!(p.started_unix, 1_700_000_050.0);
        assert_eq!((p.cpu_user_s, p.cpu_system_s, p.children_user_s, p.children_system_s), (1.5, 0.5, 0.07, 0.03));
        // 2 s of its own since its start 50 s ago.
        assert_eq!((p.cpu_pct, p.first_seen), (4.0, true));
        assert_eq!(p.threads, 2);
        assert_eq!(p.rss_bytes, 250 * rustix::param::page_size() as u64);
        assert_eq!(p.memory_pct, (p.rss_bytes as f64 / 1_024_000_000.0 * 100_000.0).round() / 1000.0);
        assert_eq!(
            (p.read_bytes, p.write_bytes, p.read_calls, p.write_calls),
            (Some(4096), Some(8192), Some(3), Some(4))
        );
        let u = &r.users["root"];
        assert_eq!((u.processes, u.threads, u.cpu_user_s, u.cpu_system_s), (1, 2, 1.5, 0.5));
        assert_eq!((u.read_bytes, u.write_bytes, u.cpu_pct), (4096, 8192, 4.0));
        // Written straight (`SORTED`), the text is the one a tree of values sorts.
        let tree = serde_json::to_string_pretty(&serde_json::to_value(&r).unwrap()).unwrap();
        assert_eq!(serde_json::to_string_pretty(&r).unwrap(), tree);
        assert!(tree.contains("\"name\": \"a) b\""), "{tree}");
        // Names stay out unless asked for.
        let mut c = Processes::new(d, all());
        assert_eq!(c.collect().unwrap().unwrap().processes[0].name, None);
    }

    #[test]
    fn a_vanished_or_planted_process_is_skipped_and_never_fails_the_others() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        proc_root(d, 100.0);
        process(d, 42, 1, 5000, [150, 50, 0, 0], "ok");
        // Exited between the listing and the read: a directory without its files.
        fs::create_dir_all(d.join("43")).unwrap();
        // An io that blocks a plain open (a FIFO) is refused at once: I/O unknown.
        process(d, 44, 1, 5000, [1, 1, 0, 0], "fifo");
        fs::remove_file(d.join("44/io")).unwrap();
        crate::util::file::mkfifo(&d.join("44/io"));
        // A stat that is not procfs's.
        process(d, 45, 1, 5000, [1, 1, 0, 0], "bad");
        fs::write(d.join("45/stat"), "45 (bad) S 1\n").unwrap();
        let mut c = Processes::new(d, all());
        let started = std::time::Instant::now();
        let r = c.collect().unwrap().unwrap();
        assert!(started.elapsed() < std::time::Duration::from_secs(2), "never blocks");
        let pids: Vec<u32> = r.processes.iter().map(|p| p.pid).collect();
        assert_eq!(pids, [42, 44]);
        assert_eq!(r.processes[1].read_bytes, None);
        assert_eq!(r.users["root"].io_unreadable, 1);
        assert_eq!((r.vanished, r.unreadable), (1, 1));
        let e = r.unreadable_error.unwrap();
        assert!(e.contains(&format!("{}/45/stat", d.display())) && e.contains("no field 9"), "{e}");
    }

    #[test]
    fn huge_planted_figures_saturate_never_overflow() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        proc_root(d, 100.0);
        let max = u64::MAX;
        for pid in [42, 43] {
            let p = d.join(pid.to_string());
            fs::create_dir_all(&p).unwrap();
            fs::write(
                p.join("stat"),
                format!(
                    "{pid} (x) S 1 {pid} {pid} 0 -1 4194560 10 0 0 0 {max} {max} 0 0 20 0 {max} 0 5000 100000 77 x\n"
                ),
            )
            .unwrap();
            fs::write(p.join("statm"), format!("2500 {max} 100 10 0 300 0\n")).unwrap();
            fs::write(p.join("status"), "Name:\tx\nUid:\t0\t0\t0\t0\n").unwrap();
        }
        let mut c = Processes::new(d, Select::default());
        let r = c.collect().unwrap().unwrap();
        let u = &r.users["root"];
        assert_eq!((u.processes, u.threads, u.rss_bytes), (2, max, max));
        assert!(r.summary().starts_with("2 processes of 1 users"), "{}", r.summary());
    }

    #[test]
    fn a_child_with_a_lower_pid_reaped_before_its_parent_was_read_counts_once() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        proc_root(d, 100.0);
        // After the pid numbers wrapped: child 300 of parent 500.
        process(d, 500, 1, 100, [100, 0, 0, 0], "parent");
        process(d, 300, 500, 200, [50, 0, 0, 0], "child");
        let mut c = Processes::new(d, all());
        assert_eq!(c.collect().unwrap().unwrap().users["root"].cpu_user_s, 1.5);
        // The pass reads the child (30 ticks more), which then exits and is reaped by
        // the parent before the parent is read: the parent's cutime holds all 80.
        proc_root(d, 110.0);
        process(d, 300, 500, 200, [80, 0, 0, 0], "child");
        process(d, 500, 1, 100, [100, 0, 80, 0], "parent");
        let child = d.join("300");
        c.after_pass = Some(Box::new(move || fs::remove_dir_all(&child).unwrap()));
        let r = c.collect().unwrap().unwrap();
        assert_eq!(r.users["root"].cpu_user_s, 1.8, "the child's 30 ticks once");
        assert_eq!(r.processes.iter().map(|p| p.pid).collect::<Vec<_>>(), [500]);
        assert_eq!(r.vanished, 1);
        // Nothing is left owed to take off the parent's next growth.
        c.after_pass = None;
        proc_root(d, 120.0);
        process(d, 500, 1, 100, [100, 0, 90, 0], "parent");
        assert_eq!(c.collect().unwrap().unwrap().users["root"].cpu_user_s, 1.9);
    }

    #[test]
    fn a_reused_pid_gets_a_new_id_and_counters_never_decrease() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        proc_root(d, 100.0);
        process(d, 1, 0, 1, [0, 0, 0, 0], "init");
        process(d, 42, 1, 5000, [900, 100, 0, 0], "old");
        let mut c = Processes::new(d, all());
        let r = c.collect().unwrap().unwrap();
        assert_eq!(r.users["root"].cpu_user_s, 9.0);
        // pid 42 is now another process, started at 105 s with 0.1 s of CPU; init has
        // not reaped the old one yet.
        proc_root(d, 110.0);
        process(d, 42, 1, 10_500, [10, 0, 0, 0], "new");
        let r = c.collect().unwrap().unwrap();
        let p = &r.processes[1];
        assert_eq!((p.id.as_str(), p.first_seen, p.cpu_pct), ("42-10500", true, 2.0));
        assert_eq!(r.interval_s, Some(10.0));
        let u = &r.users["root"];
        assert_eq!((u.cpu_user_s, u.cpu_system_s), (9.1, 1.0), "the new one from its start, no jump");
        assert_eq!(u.cpu_pct, 1.0, "0.1 s in 10 s");
        // The old one's last 2 s, reaped by init, come in through init's cutime.
        proc_root(d, 120.0);
        process(d, 1, 0, 1, [0, 0, 1100, 100], "init");
        let r = c.collect().unwrap().unwrap();
        let u = &r.users["root"];
        assert_eq!((u.cpu_user_s, u.cpu_system_s), (11.1, 1.0));
        // The new one exits: the user stays, with no processes and the same counters.
        fs::remove_dir_all(d.join("42")).unwrap();
        fs::remove_dir_all(d.join("1")).unwrap();
        proc_root(d, 130.0);
        let r = c.collect().unwrap().unwrap();
        let u = &r.users["root"];
        assert_eq!((u.processes, u.cpu_user_s, u.cpu_system_s, u.cpu_pct), (0, 11.1, 1.0, 0.0));
        assert_eq!(c.ledger.tracked(), 0, "nothing remembered of processes gone");
    }

    #[test]
    fn users_and_commands_are_selected_by_shell_patterns() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        proc_root(d, 100.0);
        process(d, 42, 1, 5000, [1, 0, 0, 0], "postgres");
        process(d, 43, 1, 5000, [1, 0, 0, 0], "nginx: worker");
        process(d, 44, 1, 5000, [1, 0, 0, 0], "sh");
        let pat = |v: &str| Patterns::parse("x", &Some(v.to_string())).unwrap();
        let mut c = Processes::new(d, Select { commands: pat("post*, nginx?*"), ..all() });
        let pids: Vec<u32> = c.collect().unwrap().unwrap().processes.iter().map(|p| p.pid).collect();
        assert_eq!(pids, [42, 43]);
        let mut c = Processes::new(d, Select { users: pat("r[o]ot"), ..all() });
        assert_eq!(c.collect().unwrap().unwrap().processes.len(), 3);
        let mut c = Processes::new(d, Select { users: pat("slapuser*"), ..all() });
        let r = c.collect().unwrap().unwrap();
        assert!(r.processes.is_empty() && r.users.is_empty(), "{r:?}");
        // A root-owned directory whose process's real uid is another user's (a set-uid
        // program, a process that is not dumpable): that user's, as psutil says.
        fs::write(d.join("44/status"), "Name:\tsh\nUid:\t4242424\t0\t0\t0\n").unwrap();
        let mut c = Processes::new(d, Select { users: pat("4242424"), ..all() });
        let r = c.collect().unwrap().unwrap();
        assert_eq!(r.processes.iter().map(|p| (p.pid, p.user.as_str())).collect::<Vec<_>>(), [(44, "4242424")]);
        let e = Patterns::parse("processes-users", &Some("ok,a**b".into())).unwrap_err().to_string();
        assert!(e.contains("--processes-users") && e.contains("\"a**b\" is not a shell pattern"), "{e}");
    }
}
