//! The process table as node_exporter's processes collector counts it: processes and
//! threads, how many of each are in each scheduler state, and the kernel's limits on them
//! (`<proc-root>/sys/kernel/pid_max`, `threads-max`). One walk of `<proc-root>`: each
//! numeric entry's `stat` (its state letter and thread count), then that process's
//! `task/*/stat` (each thread's state). A process or thread that exits during the walk
//! is skipped, as node_exporter skips it.

mod kind;

use crate::collectors::kernel::percent;
use crate::engine::collector::{Collector, Reading};
use crate::engine::sample::Sample;
use crate::util::file;
use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

pub(crate) const NAME: &str = "proctable";

/// A `stat` line is a few hundred bytes; anything past this is not the kernel's.
const STAT_LIMIT: u64 = 4096;

/// What the state file holds.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
pub struct ProcessTable {
    /// Processes (numeric entries of /proc with a readable `stat`).
    pub pids: u64,
    /// Threads of those processes (the sum of their `num_threads`).
    pub threads: u64,
    /// `kernel.pid_max`: every thread takes a PID under it. `None` when the file is missing.
    pub max_processes: Option<u64>,
    /// `kernel.threads-max`.
    pub max_threads: Option<u64>,
    /// threads / pid_max, in percent: a fork or a new thread fails at 100.
    pub pids_used_pct: Option<f64>,
    /// threads / threads-max, in percent.
    pub threads_used_pct: Option<f64>,
    /// Processes by state letter (`R`, `S`, `D`, `Z`, `I`, ...); states with none are absent.
    pub states: BTreeMap<String, u64>,
    /// Threads by state letter.
    pub thread_states: BTreeMap<String, u64>,
}

impl Reading for ProcessTable {
    fn summary(&self) -> String {
        let states =
            |m: &BTreeMap<String, u64>| m.iter().map(|(s, n)| format!("{s} {n}")).collect::<Vec<_>>().join(", ");
        format!(
            "{} processes ({}), {} threads ({})",
            self.pids,
            states(&self.states),
            self.threads,
            states(&self.thread_states)
        )
    }

    fn samples(&self, out: &mut Vec<Sample>) {
        kind::samples(self, out);
    }
}

pub struct ProcTable {
    proc_root: PathBuf,
    pid_max: PathBuf,
    threads_max: PathBuf,
    buf: Vec<u8>,
    /// Reused for each path below `proc_root`.
    path: PathBuf,
}

impl ProcTable {
    pub fn new(proc_root: &Path) -> ProcTable {
        ProcTable {
            proc_root: proc_root.to_path_buf(),
            pid_max: proc_root.join("sys/kernel/pid_max"),
            threads_max: proc_root.join("sys/kernel/threads-max"),
            buf: Vec::new(),
            path: PathBuf::new(),
        }
    }
}

/// A process that exited between the listing and the read: its directory is gone
/// (ENOENT), or the kernel refuses its files (ESRCH).
fn vanished(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::NotFound || e.raw_os_error() == Some(libc::ESRCH)
}

/// One number in a small file, or `None` when it does not exist.
fn number(path: &Path, buf: &mut Vec<u8>) -> Result<Option<u64>> {
    let Some(text) =
        file::read_str_if_present(path, 4096, buf).with_context(|| format!("cannot read {}", path.display()))?
    else {
        return Ok(None);
    };
    let t = text.trim();
    t.parse().map(Some).with_context(|| format!("{}: {t:?} is not a number", path.display()))
}

/// The state letter and thread count of a `stat` line. The command name (field 2) is in
/// parentheses and may hold anything, `)` and spaces too, so the fields are counted from
/// the last `)`: the state is the first after it, num_threads (field 20) the 18th.
fn parse_stat(line: &[u8], path: &Path) -> Result<(char, u64)> {
    let Some(close) = line.iter().rposition(|&b| b == b')') else {
        bail!("{}: no ')' after the command name", path.display());
    };
    let rest = std::str::from_utf8(&line[close + 1..])
        .with_context(|| format!("{}: the fields after the command name are not text", path.display()))?;
    let mut fields = rest.split_ascii_whitespace();
    let state = match fields.next().map(|s| s.as_bytes()) {
        Some(&[b]) if b.is_ascii_graphic() => b as char,
        other => bail!("{}: field 3 is {:?}, not a state letter", path.display(), other.map(String::from_utf8_lossy)),
    };
    let Some(threads) = fields.nth(16) else {
        bail!("{}: fewer than 20 fields", path.display());
    };
    let threads = threads
        .parse()
        .with_context(|| format!("{}: field 20 (num_threads) is {threads:?}, not a number", path.display()))?;
    Ok((state, threads))
}

/// `stat` of the entry at `path`, or `None` if its process or thread has exited.
fn read_stat(path: &Path, buf: &mut Vec<u8>) -> Result<Option<(char, u64)>> {
    match file::read_into(path, file::Links::Follow, STAT_LIMIT, buf) {
        Ok(_) => parse_stat(buf, path).map(Some),
        Err(e) if vanished(&e) => Ok(None),
        Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
    }
}

/// The numeric names in a directory (PIDs or TIDs), or `None` if it is gone.
fn numeric_entries(dir: &Path) -> Result<Option<Vec<u32>>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if vanished(&e) => return Ok(None),
        Err(e) => return Err(e).with_context(|| format!("cannot list {}", dir.display())),
    };
    let mut ids = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => ids.extend(entry.file_name().to_str().and_then(|n| n.parse::<u32>().ok())),
            Err(e) if vanished(&e) => return Ok(None),
            Err(e) => return Err(e).with_context(|| format!("cannot list {}", dir.display())),
        }
    }
    Ok(Some(ids))
}

fn count(map: &mut BTreeMap<String, u64>, state: char) {
    let mut key = [0u8; 4];
    let key: &str = state.encode_utf8(&mut key);
    match map.get_mut(key) {
        Some(n) => *n += 1,
        None => {
            map.insert(key.to_string(), 1);
        }
    }
}

impl Collector for ProcTable {
    type Reading = ProcessTable;

    fn collect(&mut self) -> Result<Option<ProcessTable>> {
        let mut t = ProcessTable {
            max_processes: number(&self.pid_max, &mut self.buf)?,
            max_threads: number(&self.threads_max, &mut self.buf)?,
            ..ProcessTable::default()
        };
        let Some(pids) = numeric_entries(&self.proc_root)? else {
            bail!("{} is gone", self.proc_root.display());
        };
        for pid in pids {
            let path = &mut self.path;
            path.clear();
            path.push(&self.proc_root);
            path.push(pid.to_string());
            path.push("stat");
            let Some((state, threads)) = read_stat(path, &mut self.buf)? else { continue };
            t.pids += 1;
            let Some(sum) = t.threads.checked_add(threads) else {
                bail!("{}: field 20 (num_threads) is {threads}: the threads' total would overflow", path.display());
            };
            t.threads = sum;
            count(&mut t.states, state);
            path.set_file_name("task");
            let Some(tids) = numeric_entries(path)? else { continue };
            for tid in tids {
                // The main thread counts in the process's state, as node_exporter does;
                // it saves a read too.
                if tid == pid {
                    count(&mut t.thread_states, state);
                    continue;
                }
                path.push(tid.to_string());
                path.push("stat");
                let read = read_stat(path, &mut self.buf);
                path.pop();
                path.pop();
                if let Some((thread_state, _)) = read? {
                    count(&mut t.thread_states, thread_state);
                }
            }
        }
        t.pids_used_pct = percent(Some(t.threads), t.max_processes);
        t.threads_used_pct = percent(Some(t.threads), t.max_threads);
        Ok(Some(t))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    /// A `stat` line of a 6.x kernel (52 fields).
    pub(crate) fn stat_line(pid: u32, comm: &str, state: char, threads: u32) -> String {
        format!(
            "{pid} ({comm}) {state} 1 {pid} {pid} 0 -1 4194560 100 0 0 0 10 5 0 0 20 0 {threads} 0 500 1000000 200 \
             18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n"
        )
    }

    fn put(root: &Path, rel: &str, text: &str) {
        let p = root.join(rel);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, text).unwrap();
    }

    #[test]
    fn states_threads_and_limits_of_a_small_table() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        put(d, "sys/kernel/pid_max", "4000\n");
        put(d, "sys/kernel/threads-max", "100\n");
        put(d, "1/stat", &stat_line(1, "init", 'S', 1));
        put(d, "1/task/1/stat", &stat_line(1, "init", 'S', 1));
        // A name with ") X (" in it: the fields are counted from the last ')'.
        put(d, "7/stat", &stat_line(7, "a) Z (b", 'R', 3));
        put(d, "7/task/7/stat", &stat_line(7, "a) Z (b", 'S', 3));
        put(d, "7/task/8/stat", &stat_line(8, "w", 'D', 3));
        put(d, "7/task/9/stat", &stat_line(9, "w", 'S', 3));
        // Exited during the walk: a directory without its files.
        fs::create_dir_all(d.join("12/task/12")).unwrap();
        fs::create_dir_all(d.join("7/task/10")).unwrap();
        put(d, "self/stat", &stat_line(1, "init", 'S', 1));
        let r = ProcTable::new(d).collect().unwrap().unwrap();
        assert_eq!((r.pids, r.threads), (2, 4));
        assert_eq!((r.max_processes, r.max_threads), (Some(4000), Some(100)));
        assert_eq!((r.pids_used_pct, r.threads_used_pct), (Some(0.1), Some(4.0)));
        let m = |v: &[(&str, u64)]| v.iter().map(|(k, n)| (k.to_string(), *n)).collect::<BTreeMap<_, _>>();
        assert_eq!(r.states, m(&[("R", 1), ("S", 1)]));
        // Thread 7 counts as its process's R, not its own task's S.
        assert_eq!(r.thread_states, m(&[("D", 1), ("R", 1), ("S", 2)]));
    }

    #[test]
    fn a_malformed_stat_is_an_error_naming_it() {
        let dir = tempfile::tempdir().unwrap();
        put(dir.path(), "5/stat", "5 (x) S 1 2 3\n");
        let e = format!("{:#}", ProcTable::new(dir.path()).collect().unwrap_err());
        assert!(e.contains("5/stat") && e.contains("fewer than 20"), "{e}");
        put(dir.path(), "5/stat", &stat_line(5, "x", 'S', 1).replace(" S ", " SS "));
        let e = format!("{:#}", ProcTable::new(dir.path()).collect().unwrap_err());
        assert!(e.contains("5/stat: field 3"), "{e}");
        put(dir.path(), "5/stat", "5 x S\n");
        let e = format!("{:#}", ProcTable::new(dir.path()).collect().unwrap_err());
        assert!(e.contains("no ')'"), "{e}");
    }

    /// Thread counts whose sum passes u64 (the kernel's are below 2^22 each) are an
    /// error naming the stat that overflowed it, not a panic (debug) or a wrapped
    /// count (release).
    #[test]
    fn thread_counts_past_u64_are_an_error_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        let huge = |pid| stat_line(pid, "x", 'S', 7).replace(" 20 0 7 ", &format!(" 20 0 {} ", u64::MAX));
        put(dir.path(), "5/stat", &huge(5));
        put(dir.path(), "6/stat", &huge(6));
        let e = format!("{:#}", ProcTable::new(dir.path()).collect().unwrap_err());
        assert!(e.contains("/stat: field 20 (num_threads)") && e.contains("overflow"), "{e}");
    }

    #[test]
    fn a_fifo_planted_at_a_stat_is_refused_not_waited_on() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("5")).unwrap();
        crate::util::file::mkfifo(&dir.path().join("5/stat"));
        let e = format!("{:#}", ProcTable::new(dir.path()).collect().unwrap_err());
        assert!(e.contains("5/stat"), "{e}");
    }

    /// This host's own table: at least this test's process and its threads, in the
    /// states the kernel reports.
    #[test]
    fn the_live_table_counts_this_process() {
        let r = ProcTable::new(Path::new("/proc")).collect().unwrap().unwrap();
        assert!(r.pids >= 1 && r.threads >= r.pids, "{r:?}");
        assert_eq!(r.states.values().sum::<u64>(), r.pids);
        assert!(r.thread_states.values().sum::<u64>() > 0, "{r:?}");
        assert!(r.max_processes.unwrap() >= 301);
    }
}
