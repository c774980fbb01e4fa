//! CPU time by mode (per CPU and in total), context switches, interrupts, forks, run
//! queue, threads and load, from `<proc-root>/stat` and `<proc-root>/loadavg`; and over
//! each interval the percentage of every mode, `busy_pct` as psutil defines it (iowait
//! counts as idle) and `active_pct` as collectd and telegraf define it (iowait counts as
//! busy).
//!
//! Counters are kept monotonic, as node_exporter keeps them: a mode that goes back (iowait
//! does, on real kernels) keeps its last value, so no delta is ever negative; a CPU whose
//! idle time drops by 3 s or more went offline and came back, and its counters restart
//! from the new values (that CPU sits out one interval's percentages). Rates appear from
//! the second sample on: the first has nothing to compare with.

mod kind;

use crate::engine::collector::{Collector, Reading};
use crate::engine::sample::Sample;
use crate::util::file;
use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

pub(crate) const NAME: &str = "cpu";

/// How far idle time may go back before it means the CPU was offline (node_exporter's
/// rule: a real counter glitch is far smaller).
const OFFLINE_IDLE_DROP_S: f64 = 3.0;

/// Seconds spent in each mode, as `/proc/stat` counts them. `guest` and `guest_nice` are
/// also counted in `user` and `nice` by the kernel.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Default)]
pub struct Modes {
    pub user: f64,
    pub nice: f64,
    pub system: f64,
    pub idle: f64,
    pub iowait: f64,
    pub irq: f64,
    pub softirq: f64,
    pub steal: f64,
    pub guest: f64,
    pub guest_nice: f64,
}

impl Modes {
    const COUNT: usize = 10;

    fn get(&self) -> [f64; Self::COUNT] {
        [
            self.user,
            self.nice,
            self.system,
            self.idle,
            self.iowait,
            self.irq,
            self.softirq,
            self.steal,
            self.guest,
            self.guest_nice,
        ]
    }

    fn from_array(a: [f64; Self::COUNT]) -> Modes {
        Modes {
            user: a[0],
            nice: a[1],
            system: a[2],
            idle: a[3],
            iowait: a[4],
            irq: a[5],
            softirq: a[6],
            steal: a[7],
            guest: a[8],
            guest_nice: a[9],
        }
    }

    /// All time, without the guest modes (already inside user and nice).
    fn total(&self) -> f64 {
        self.user + self.nice + self.system + self.idle + self.iowait + self.irq + self.softirq + self.steal
    }
}

/// Each mode's share of an interval, in percent, and the two definitions of busy.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Default)]
pub struct Percent {
    pub user: f64,
    pub nice: f64,
    pub system: f64,
    pub idle: f64,
    pub iowait: f64,
    pub irq: f64,
    pub softirq: f64,
    pub steal: f64,
    pub guest: f64,
    pub guest_nice: f64,
    /// Everything but idle and iowait (psutil's `cpu_percent`).
    pub busy_pct: f64,
    /// Everything but idle (collectd's and telegraf's "active").
    pub active_pct: f64,
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

impl Percent {
    /// The shares of `d` (the growth of every mode over an interval). `None` when no time
    /// passed (a frozen counter, or a CPU that just came back).
    fn of(d: &Modes) -> Option<Percent> {
        let total = d.total();
        if total <= 0.0 {
            return None;
        }
        let pct = |x: f64| round3((x / total * 100.0).clamp(0.0, 100.0));
        Some(Percent {
            user: pct(d.user),
            nice: pct(d.nice),
            system: pct(d.system),
            idle: pct(d.idle),
            iowait: pct(d.iowait),
            irq: pct(d.irq),
            softirq: pct(d.softirq),
            steal: pct(d.steal),
            guest: pct(d.guest),
            guest_nice: pct(d.guest_nice),
            busy_pct: pct(total - d.idle - d.iowait),
            active_pct: pct(total - d.idle),
        })
    }
}

/// What the state file holds.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct CpuStats {
    /// CPUs online in this sample.
    pub cpus: u32,
    /// All CPUs together, in seconds (counters).
    pub seconds: Modes,
    /// Each online CPU, by number.
    pub per_cpu_seconds: BTreeMap<u32, Modes>,
    pub context_switches: u64,
    pub interrupts: u64,
    pub forks: u64,
    pub procs_running: u64,
    pub procs_blocked: u64,
    /// Threads (kernel scheduling entities) that exist, from loadavg.
    pub threads: u64,
    pub load1: f64,
    pub load5: f64,
    pub load15: f64,
    /// Boot time, Unix seconds.
    pub boot_time: Option<u64>,
    /// Length of the interval the rates cover; null on the first sample.
    pub interval_s: Option<f64>,
    pub percent: Option<Percent>,
    pub per_cpu_percent: Option<BTreeMap<u32, Percent>>,
    pub context_switches_per_s: Option<f64>,
    pub interrupts_per_s: Option<f64>,
    pub forks_per_s: Option<f64>,
}

impl Reading for CpuStats {
    fn summary(&self) -> String {
        match &self.percent {
            Some(p) => format!(
                "{} CPUs, busy {:.1}% (active {:.1}%, iowait {:.1}%), load {:.2} {:.2} {:.2}",
                self.cpus, p.busy_pct, p.active_pct, p.iowait, self.load1, self.load5, self.load15
            ),
            None => format!(
                "{} CPUs, load {:.2} {:.2} {:.2} (percentages from the next sample)",
                self.cpus, self.load1, self.load5, self.load15
            ),
        }
    }

    fn samples(&self, out: &mut Vec<Sample>) {
        kind::samples(self, out);
    }
}

/// One CPU's (or the total's) counters as last exposed: monotonic.
#[derive(Clone, Copy)]
struct Track {
    exposed: Modes,
    /// Whether the latest sample could be compared with the one before.
    comparable: bool,
}

/// Bring `track` to the raw reading `raw`: clamp what went back, restart after an offline
/// spell. Returns the growth of each mode since the last sample, or `None` if restarted.
fn advance(track: &mut Track, raw: &Modes) -> Option<Modes> {
    if track.exposed.idle - raw.idle >= OFFLINE_IDLE_DROP_S {
        track.exposed = *raw;
        track.comparable = false;
        return None;
    }
    let (old, new) = (track.exposed.get(), raw.get());
    let mut next = [0.0; Modes::COUNT];
    let mut delta = [0.0; Modes::COUNT];
    for i in 0..Modes::COUNT {
        next[i] = old[i].max(new[i]);
        delta[i] = next[i] - old[i];
    }
    track.exposed = Modes::from_array(next);
    track.comparable = true;
    Some(Modes::from_array(delta))
}

/// Parse the mode fields of a `cpu` line (after its name), in USER_HZ ticks, to seconds.
/// Older kernels print fewer fields (no steal before 2.6.11, no guest before 2.6.24): they
/// count as zero.
fn parse_modes(fields: std::str::SplitAsciiWhitespace<'_>, hz: f64) -> Result<Modes, String> {
    let mut a = [0.0; Modes::COUNT];
    let mut n = 0;
    for (i, f) in fields.enumerate().take(Modes::COUNT) {
        a[i] = f.parse::<u64>().map_err(|_| format!("field {} is {f:?}, not a counter", i + 1))? as f64 / hz;
        n = i + 1;
    }
    if n < 4 {
        return Err(format!("{n} fields, expected at least 4"));
    }
    Ok(Modes::from_array(a))
}

/// One sample of `/proc/stat` and `/proc/loadavg`.
#[derive(Default)]
struct Raw {
    total: Modes,
    per_cpu: Vec<(u32, Modes)>,
    ctxt: u64,
    intr: u64,
    forks: u64,
    running: u64,
    blocked: u64,
    btime: Option<u64>,
    threads: u64,
    load: [f64; 3],
}

pub struct Cpu {
    stat: PathBuf,
    loadavg: PathBuf,
    hz: f64,
    buf: Vec<u8>,
    raw: Raw,
    total: Option<Track>,
    per_cpu: BTreeMap<u32, Track>,
    last: Option<(Instant, u64, u64, u64)>,
    /// Report nothing until the percentages exist (`gatherer once`).
    complete_only: bool,
}

impl Cpu {
    pub fn new(proc_root: &Path) -> Cpu {
        Cpu {
            stat: proc_root.join("stat"),
            loadavg: proc_root.join("loadavg"),
            hz: f64::from(rustix::param::clock_ticks_per_second().max(1) as u32),
            buf: Vec::new(),
            raw: Raw::default(),
            total: None,
            per_cpu: BTreeMap::new(),
            last: None,
            complete_only: false,
        }
    }

    /// Report only readings with percentages: the first sample is kept to itself.
    pub(crate) fn complete_only(mut self, yes: bool) -> Cpu {
        self.complete_only = yes;
        self
    }

    /// Read both files into `self.raw`, with no allocation once warmed up.
    pub fn read(&mut self) -> Result<()> {
        let path = &self.stat;
        let text =
            file::read_str(path, 16 << 20, &mut self.buf).with_context(|| format!("cannot read {}", path.display()))?;
        let raw = &mut self.raw;
        raw.per_cpu.clear();
        // A line this read lacks is 0 (or no boot time), not the last read's value.
        (raw.ctxt, raw.intr, raw.forks, raw.running, raw.blocked, raw.btime) = (0, 0, 0, 0, 0, None);
        let mut seen_total = false;
        for line in text.lines() {
            let mut f = line.split_ascii_whitespace();
            let Some(key) = f.next() else { continue };
            // A counter line's first number; one that is there but is not a number is an
            // error (not a 0 that would make the next rate a lie).
            let number = |f: &mut std::str::SplitAsciiWhitespace<'_>| match f.next() {
                Some(v) => {
                    v.parse::<u64>().map_err(|_| anyhow::anyhow!("{}: {key} is {v:?}, not a counter", path.display()))
                }
                None => Err(anyhow::anyhow!("{}: {key} has no value", path.display())),
            };
            match key {
                "cpu" => {
                    raw.total =
                        parse_modes(f, self.hz).map_err(|e| anyhow::anyhow!("{}: cpu line: {e}", path.display()))?;
                    seen_total = true;
                }
                k if k.starts_with("cpu") => {
                    let Ok(n) = k[3..].parse::<u32>() else { continue };
                    match parse_modes(f, self.hz) {
                        Ok(m) => raw.per_cpu.push((n, m)),
                        Err(e) => bail!("{}: {k} line: {e}", path.display()),
                    }
                }
                "ctxt" => raw.ctxt = number(&mut f)?,
                "intr" => raw.intr = number(&mut f)?,
                "processes" => raw.forks = number(&mut f)?,
                "procs_running" => raw.running = number(&mut f)?,
                "procs_blocked" => raw.blocked = number(&mut f)?,
                "btime" => raw.btime = Some(number(&mut f)?),
                _ => {}
            }
        }
        if !seen_total {
            bail!("{}: no cpu line", path.display());
        }
        // The kernel lists every online CPU, and one is always online: the aggregate line
        // alone is a file cut short, not a machine of 0 CPUs.
        if raw.per_cpu.is_empty() {
            bail!("{}: no per-CPU line (cpu0, cpu1, ...): the file is cut short", path.display());
        }
        // A CPU listed twice would be counted twice (the kernel lists each once).
        raw.per_cpu.sort_unstable_by_key(|(n, _)| *n);
        if let Some(w) = raw.per_cpu.windows(2).find(|w| w[0].0 == w[1].0) {
            bail!("{}: cpu{} is listed twice", path.display(), w[0].0);
        }
        let path = &self.loadavg;
        let text =
            file::read_str(path, 4096, &mut self.buf).with_context(|| format!("cannot read {}", path.display()))?;
        let mut f = text.split_ascii_whitespace();
        for l in raw.load.iter_mut() {
            // A load is a finite number, never below zero: `nan`, `inf` or `-1` parse as
            // f64 but would be a null in the state file (or a lie).
            *l = f
                .next()
                .and_then(|v| v.parse::<f64>().ok())
                .filter(|v| v.is_finite() && *v >= 0.0)
                .with_context(|| format!("{}: {text:?} is not loadavg", path.display()))?;
        }
        // "running/total" scheduling entities.
        raw.threads = f.next().and_then(|rt| rt.split_once('/')).and_then(|(_, t)| t.parse().ok()).unwrap_or(0);
        Ok(())
    }
}

impl Collector for Cpu {
    type Reading = CpuStats;

    fn collect(&mut self) -> Result<Option<CpuStats>> {
        let now = Instant::now();
        self.read()?;
        let raw = &self.raw;
        let (total_delta, total_seconds) = match &mut self.total {
            Some(t) => (advance(t, &raw.total), t.exposed),
            None => {
                self.total = Some(Track { exposed: raw.total, comparable: false });
                (None, raw.total)
            }
        };
        // CPUs that went offline drop out; those that came (back) start a new track.
        let online: Vec<u32> = raw.per_cpu.iter().map(|(n, _)| *n).collect();
        self.per_cpu.retain(|n, _| online.contains(n));
        let mut per_cpu_seconds = BTreeMap::new();
        let mut per_cpu_percent = BTreeMap::new();
        for (n, modes) in &raw.per_cpu {
            match self.per_cpu.get_mut(n) {
                Some(t) => {
                    if let Some(p) = advance(t, modes).and_then(|d| Percent::of(&d)) {
                        per_cpu_percent.insert(*n, p);
                    }
                    per_cpu_seconds.insert(*n, t.exposed);
                }
                None => {
                    self.per_cpu.insert(*n, Track { exposed: *modes, comparable: false });
                    per_cpu_seconds.insert(*n, *modes);
                }
            }
        }
        let previous = self.last.replace((now, raw.ctxt, raw.intr, raw.forks));
        let secs = previous.map(|(at, ..)| now.duration_since(at).as_secs_f64()).filter(|s| *s > 0.0);
        let rate = |old: u64, new: u64| secs.map(|s| round3(new.saturating_sub(old) as f64 / s));
        let percent = secs.and(total_delta.as_ref()).and_then(Percent::of);
        if self.complete_only && secs.is_none() {
            return Ok(None);
        }
        Ok(Some(CpuStats {
            cpus: raw.per_cpu.len() as u32,
            seconds: total_seconds,
            per_cpu_seconds,
            context_switches: raw.ctxt,
            interrupts: raw.intr,
            forks: raw.forks,
            procs_running: raw.running,
            procs_blocked: raw.blocked,
            threads: raw.threads,
            load1: raw.load[0],
            load5: raw.load[1],
            load15: raw.load[2],
            boot_time: raw.btime,
            interval_s: secs.map(|s| (s * 1e6).round() / 1e6),
            percent,
            per_cpu_percent: percent.map(|_| per_cpu_percent),
            context_switches_per_s: previous.and_then(|(_, c, ..)| rate(c, raw.ctxt)),
            interrupts_per_s: previous.and_then(|(_, _, i, _)| rate(i, raw.intr)),
            forks_per_s: previous.and_then(|(.., f)| rate(f, raw.forks)),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn stat(lines: &[&str]) -> String {
        let mut s = lines.join("\n");
        s.push_str("\nintr 1000 1 2 3\nctxt 5000\nbtime 1700000000\nprocesses 300\nprocs_running 2\nprocs_blocked 1\n");
        s
    }

    fn fixture(dir: &Path, lines: &[&str]) {
        fs::write(dir.join("stat"), stat(lines)).unwrap();
        fs::write(dir.join("loadavg"), "0.50 0.40 0.30 2/345 6789\n").unwrap();
    }

    #[test]
    fn first_sample_has_counters_and_no_rates_then_percentages_follow() {
        let dir = tempfile::tempdir().unwrap();
        fixture(
            dir.path(),
            &["cpu  100 0 100 800 0 0 0 0 0 0", "cpu0 50 0 50 400 0 0 0 0 0 0", "cpu1 50 0 50 400 0 0 0 0 0 0"],
        );
        let mut c = Cpu::new(dir.path());
        let first = Collector::collect(&mut c).unwrap().unwrap();
        assert_eq!(first.cpus, 2);
        assert_eq!(first.seconds.user, 100.0 / c.hz);
        assert_eq!(
            (first.percent, first.interval_s, first.context_switches_per_s),
            (None, None, None),
            "no meaningless first value"
        );
        assert_eq!((first.threads, first.load1, first.boot_time), (345, 0.5, Some(1_700_000_000)));
        // +100 user, +100 system, +200 idle, +100 iowait ticks: busy 40% (iowait is idle),
        // active 60% (iowait is busy).
        fixture(
            dir.path(),
            &[
                "cpu  200 0 200 1000 100 0 0 0 0 0",
                "cpu0 100 0 100 500 50 0 0 0 0 0",
                "cpu1 100 0 100 500 50 0 0 0 0 0",
            ],
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
        let second = Collector::collect(&mut c).unwrap().unwrap();
        let p = second.percent.unwrap();
        assert_eq!(
            (p.user, p.system, p.idle, p.iowait, p.busy_pct, p.active_pct),
            (20.0, 20.0, 40.0, 20.0, 40.0, 60.0)
        );
        assert_eq!(second.per_cpu_percent.unwrap()[&1].busy_pct, 40.0);
    }

    #[test]
    fn a_load_that_is_not_a_finite_positive_number_is_an_error_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        fixture(dir.path(), &["cpu  100 0 100 800 0 0 0 0 0 0", "cpu0 100 0 100 800 0 0 0 0 0 0"]);
        let mut c = Cpu::new(dir.path());
        for bad in ["nan 0.1 0.1 1/80 4000", "0.1 inf 0.1 1/80 4000", "0.1 0.1 -1 1/80 4000", "0.1 0.1"] {
            fs::write(dir.path().join("loadavg"), bad).unwrap();
            let e = format!("{:#}", Collector::collect(&mut c).unwrap_err());
            assert!(e.contains("loadavg") && e.contains("not loadavg"), "{bad}: {e}");
        }
    }

    #[test]
    fn a_bad_counter_line_or_a_cpu_listed_twice_is_an_error_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let mut c = Cpu::new(dir.path());
        fixture(dir.path(), &["cpu  100 0 100 800 0 0 0 0 0 0", "cpu0 100 0 100 800 0 0 0 0 0 0"]);
        Collector::collect(&mut c).unwrap();
        for (key, bad) in [
            ("ctxt", "ctxt 5000", "ctxt -5"),
            ("intr", "intr 1000", "intr x"),
            ("btime", "btime 1700000000", "btime 1.5"),
            ("processes", "processes 300", "processes"),
        ]
        .map(|(k, good, bad)| (k, stat(&["cpu  1 0 1 8 0 0 0 0 0 0"]).replace(good, bad)))
        {
            fs::write(dir.path().join("stat"), bad).unwrap();
            let e = format!("{:#}", Collector::collect(&mut c).unwrap_err());
            assert!(
                e.contains("stat: ")
                    && (e.contains(&format!("{key} is")) || e.contains(&format!("{key} has no value"))),
                "{e}"
            );
        }
        // A line missing is 0 in that read, not the value of the read before.
        fs::write(
            dir.path().join("stat"),
            stat(&["cpu  1 0 1 8 0 0 0 0 0 0", "cpu0 1 0 1 8 0 0 0 0 0 0"]).replace("ctxt 5000\n", ""),
        )
        .unwrap();
        let r = Collector::collect(&mut c).unwrap().unwrap();
        assert_eq!((r.context_switches, r.interrupts), (0, 1000));
        fs::write(
            dir.path().join("stat"),
            stat(&["cpu  2 0 2 16 0 0 0 0 0 0", "cpu0 1 0 1 8 0 0 0 0 0 0", "cpu0 1 0 1 8 0 0 0 0 0 0"]),
        )
        .unwrap();
        let e = format!("{:#}", Collector::collect(&mut c).unwrap_err());
        assert!(e.contains("cpu0 is listed twice"), "{e}");
        // Out of order is fine: each CPU once.
        fs::write(
            dir.path().join("stat"),
            stat(&["cpu  2 0 2 16 0 0 0 0 0 0", "cpu1 1 0 1 8 0 0 0 0 0 0", "cpu0 1 0 1 8 0 0 0 0 0 0"]),
        )
        .unwrap();
        assert_eq!(Collector::collect(&mut c).unwrap().unwrap().cpus, 2);
    }

    #[test]
    fn a_counter_going_back_is_clamped_never_negative() {
        let dir = tempfile::tempdir().unwrap();
        fixture(dir.path(), &["cpu  100 0 100 800 500 0 0 0 0 0", "cpu0 100 0 100 800 500 0 0 0 0 0"]);
        let mut c = Cpu::new(dir.path());
        Collector::collect(&mut c).unwrap();
        // iowait goes back by 100 ticks (it does on real kernels).
        fixture(dir.path(), &["cpu  200 0 100 900 400 0 0 0 0 0", "cpu0 200 0 100 900 400 0 0 0 0 0"]);
        let s = Collector::collect(&mut c).unwrap().unwrap();
        assert_eq!(s.seconds.iowait, 500.0 / c.hz, "the counter keeps its last value");
        let p = s.percent.unwrap();
        assert_eq!((p.iowait, p.user, p.idle), (0.0, 50.0, 50.0), "the delta is zero, not negative");
        for v in [p.user, p.nice, p.system, p.idle, p.iowait, p.busy_pct, p.active_pct] {
            assert!((0.0..=100.0).contains(&v));
        }
    }

    #[test]
    fn a_cpu_that_went_offline_and_back_restarts() {
        let dir = tempfile::tempdir().unwrap();
        fixture(
            dir.path(),
            &["cpu  0 0 0 2000 0 0 0 0 0 0", "cpu0 0 0 0 1000 0 0 0 0 0 0", "cpu1 0 0 0 1000 0 0 0 0 0 0"],
        );
        let mut c = Cpu::new(dir.path());
        Collector::collect(&mut c).unwrap();
        // cpu1 offline: its line is gone.
        fixture(dir.path(), &["cpu  100 0 0 2100 0 0 0 0 0 0", "cpu0 100 0 0 1100 0 0 0 0 0 0"]);
        let s = Collector::collect(&mut c).unwrap().unwrap();
        assert_eq!(s.cpus, 1);
        assert!(!s.per_cpu_percent.as_ref().unwrap().contains_key(&1));
        // Back, with its counters restarted from near zero (idle fell by 990 s).
        fixture(
            dir.path(),
            &["cpu  200 0 0 2200 0 0 0 0 0 0", "cpu0 200 0 0 1200 0 0 0 0 0 0", "cpu1 10 0 0 10 0 0 0 0 0 0"],
        );
        let s = Collector::collect(&mut c).unwrap().unwrap();
        assert_eq!(s.per_cpu_seconds[&1].idle, 10.0 / c.hz, "restarted from its new values");
        assert!(!s.per_cpu_percent.as_ref().unwrap().contains_key(&1), "it sits out this interval");
        fixture(
            dir.path(),
            &["cpu  300 0 0 2300 0 0 0 0 0 0", "cpu0 300 0 0 1300 0 0 0 0 0 0", "cpu1 60 0 0 60 0 0 0 0 0 0"],
        );
        let s = Collector::collect(&mut c).unwrap().unwrap();
        assert_eq!(s.per_cpu_percent.unwrap()[&1].busy_pct, 50.0);
    }

    #[test]
    fn old_kernels_with_fewer_fields_and_bad_lines() {
        let dir = tempfile::tempdir().unwrap();
        fixture(dir.path(), &["cpu  1 2 3 4", "cpu0 1 2 3 4 5 6 7"]);
        let mut c = Cpu::new(dir.path());
        let s = Collector::collect(&mut c).unwrap().unwrap();
        let cpu0 = s.per_cpu_seconds[&0];
        assert_eq!((s.seconds.iowait, cpu0.softirq, cpu0.steal), (0.0, 7.0 / c.hz, 0.0), "missing fields are zero");
        fixture(dir.path(), &["cpu  1 2 x 4"]);
        let err = format!("{:#}", Collector::collect(&mut Cpu::new(dir.path())).unwrap_err());
        assert!(err.contains("stat") && err.contains("\"x\""), "{err}");
        fs::write(dir.path().join("stat"), "intr 1\n").unwrap();
        assert!(format!("{:#}", Collector::collect(&mut Cpu::new(dir.path())).unwrap_err()).contains("no cpu line"));
    }

    /// The aggregate line alone (a file cut short, or a fixture that lost its CPUs) is an
    /// error naming the file, never "0 CPUs".
    #[test]
    fn no_per_cpu_line_is_an_error_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        fixture(dir.path(), &["cpu  100 0 100 800 0 0 0 0 0 0"]);
        let err = format!("{:#}", Collector::collect(&mut Cpu::new(dir.path())).unwrap_err());
        assert!(err.contains(&dir.path().join("stat").display().to_string()) && err.contains("cpu0"), "{err}");
        fs::write(dir.path().join("stat"), "cpu  100 0 100 800 0 0 0 0 0 0\n").unwrap();
        let err = format!("{:#}", Collector::collect(&mut Cpu::new(dir.path())).unwrap_err());
        assert!(err.contains("no per-CPU line"), "{err}");
    }

    #[test]
    fn a_steady_sample_reads_without_allocating() {
        let dir = tempfile::tempdir().unwrap();
        let lines: Vec<String> = (0..64).map(|n| format!("cpu{n} 100 0 100 800 5 0 0 0 0 0")).collect();
        let mut all = vec!["cpu  6400 0 6400 51200 320 0 0 0 0 0"];
        all.extend(lines.iter().map(String::as_str));
        fixture(dir.path(), &all);
        let mut c = Cpu::new(dir.path());
        c.read().unwrap();
        let (n, r) = crate::alloc_count::allocations(|| c.read());
        r.unwrap();
        assert_eq!(n, 0, "65 cpu lines, no allocation");
        assert_eq!(c.raw.per_cpu.len(), 64);
    }
}
