//! The processes collector as gatherer sees it: its settings (off unless asked for), its
//! samples (process-exporter's families, the user as `groupname`), its check and its
//! munin graph.

use super::{ProcStats, Processes, Select, NAME};
use crate::checks::{
    grade, number, perfdata, text_safe, Check, DynCheck, DynGraph, Field, Graph, PluginState, Range, Thresholds,
};
use crate::collectors::{state_in_dir, CollectorKind, Common, Schedule};
use crate::engine::collector::Cancel;
use crate::engine::sample::{Metric, MetricKind, Sample, Unit};
use crate::state::StateSource;
use crate::util::setting::{bad, boolean, BadSetting};
use anyhow::Result;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// What the processes state file needs.
#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "Processes (processes collector, off by default)")]
#[group(id = "processes-state")]
pub(crate) struct StateArgs {
    /// Seconds between process snapshots (CPU % covers this whole window)
    #[arg(long, env = "GATHERER_PROCESSES_INTERVAL", default_value = "60", value_name = "SECONDS")]
    pub(crate) processes_interval: String,
}

/// Every processes setting.
#[derive(clap::Args, Debug, Clone)]
#[group(id = "processes-collector")]
pub(crate) struct Args {
    #[command(flatten)]
    pub(crate) state: StateArgs,

    /// Run the processes collector (off by default; naming it in --collectors runs it too)
    #[arg(long = "processes", env = "GATHERER_PROCESSES", default_value = "0", value_name = "BOOL", num_args = 0..=1, default_missing_value = "1")]
    pub(crate) processes: String,

    /// Only the processes of these users: comma-separated shell patterns (`slapuser*,www-data`) [default: every user]
    #[arg(long, env = "GATHERER_PROCESSES_USERS", value_name = "PATTERNS")]
    pub(crate) processes_users: Option<String>,

    /// Only the processes whose command name (the kernel's comm, at most 15 characters) matches one of these comma-separated shell patterns [default: every command]
    #[arg(long, env = "GATHERER_PROCESSES_COMMANDS", value_name = "PATTERNS")]
    pub(crate) processes_commands: Option<String>,

    /// Put each process's command name in the state file (left out by default, for anonymity)
    #[arg(long, env = "GATHERER_PROCESSES_NAMES", default_value = "0", value_name = "BOOL", num_args = 0..=1, default_missing_value = "1")]
    pub(crate) processes_names: String,

    /// Read each process's I/O counters (/proc/PID/io; another user's need CAP_SYS_PTRACE)
    #[arg(long, env = "GATHERER_PROCESSES_IO", default_value = "1", value_name = "BOOL", num_args = 0..=1, default_missing_value = "1")]
    pub(crate) processes_io: String,

    /// Also give the outputs one series per process (Prometheus, Graphite, InfluxDB): one set per pid, so many series
    #[arg(long, env = "GATHERER_PROCESSES_PER_PROCESS", default_value = "0", value_name = "BOOL", num_args = 0..=1, default_missing_value = "1")]
    pub(crate) processes_per_process: String,
}

/// Comma-separated shell patterns (`*`, `?`, `[...]`), matched against a whole name.
#[derive(Clone, Default)]
pub(crate) struct Patterns(Vec<glob::Pattern>);

impl std::fmt::Debug for Patterns {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.0.iter().map(glob::Pattern::as_str)).finish()
    }
}

impl PartialEq for Patterns {
    fn eq(&self, other: &Patterns) -> bool {
        self.0.iter().map(glob::Pattern::as_str).eq(other.0.iter().map(glob::Pattern::as_str))
    }
}

/// A pattern longer than this is refused: names are short, and matching a `*` tries
/// the rest of the pattern at each position (recursion as deep as the pattern's `*`s).
const MAX_PATTERN: usize = 256;

impl Patterns {
    /// Parse `flag`'s value: empty or unset means none (every name).
    pub(crate) fn parse(flag: &str, value: &Option<String>) -> Result<Patterns, BadSetting> {
        let Some(v) = value else { return Ok(Patterns::default()) };
        let mut out = Vec::new();
        for p in v.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            if p.len() > MAX_PATTERN {
                return Err(bad(flag, v, &format!("a pattern longer than {MAX_PATTERN} bytes")));
            }
            match glob::Pattern::new(p) {
                Ok(g) => out.push(g),
                Err(e) => return Err(bad(flag, v, &format!("{p:?} is not a shell pattern: {}", e.msg))),
            }
        }
        Ok(Patterns(out))
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub(crate) fn matches(&self, name: &str) -> bool {
        self.0.iter().any(|p| p.matches(name))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Settings {
    pub(crate) proc_root: PathBuf,
    pub(crate) state_path: PathBuf,
    pub(crate) interval: Duration,
    /// `--processes`: on without being named in `--collectors`.
    pub(crate) enabled: bool,
    pub(crate) select: Select,
}

impl CollectorKind for Processes {
    const NAME: &'static str = NAME;
    const ABOUT: &'static str =
        "processes and their users (CPU counted once, RSS, I/O, threads), as SlapOS collects them";
    type Args = Args;
    type StateArgs = StateArgs;
    type Settings = Settings;
    type Collector = Processes;

    /// Off unless `--processes` (or `--collectors` naming it): reading every process
    /// is the heaviest thing gatherer does, and the hardened unit needs a drop-in for it.
    fn on_by_default(s: &Settings) -> Result<(), String> {
        if s.enabled {
            Ok(())
        } else {
            Err("off by default (set --processes, or name it in --collectors)".into())
        }
    }

    fn settings(args: Args, common: &Common) -> Result<Settings, BadSetting> {
        let state = Self::state(args.state, &common.state_dir)?;
        Ok(Settings {
            proc_root: common.proc_root.clone(),
            state_path: state.path,
            interval: state.interval,
            enabled: boolean("processes", &args.processes)?,
            select: Select {
                users: Patterns::parse("processes-users", &args.processes_users)?,
                commands: Patterns::parse("processes-commands", &args.processes_commands)?,
                names: boolean("processes-names", &args.processes_names)?,
                io: boolean("processes-io", &args.processes_io)?,
                per_process: boolean("processes-per-process", &args.processes_per_process)?,
            },
        })
    }

    fn state(args: StateArgs, state_dir: &Path) -> Result<StateSource, BadSetting> {
        state_in_dir(NAME, state_dir, "processes-interval", &args.processes_interval)
    }

    fn schedule(s: &Settings) -> Schedule {
        Schedule::every(s.interval, &s.state_path)
    }

    fn build(s: &Settings, _cancel: &Cancel) -> Result<Processes> {
        Ok(Processes::new(&s.proc_root, s.select.clone()))
    }

    fn checks() -> &'static [&'static dyn DynCheck] {
        &[&PROCESSES_CHECK]
    }

    fn graphs() -> &'static [&'static dyn DynGraph] {
        &[&CPU_GRAPH]
    }
}

const fn metric(name: &'static str, prom: &'static str, help: &'static str, kind: MetricKind, unit: Unit) -> Metric {
    Metric { name, prom, help, kind, unit }
}

// process-exporter's families (its group being the user), so its dashboards work.
pub(crate) static NUM_PROCS: Metric = metric(
    "num_procs",
    "namedprocess_namegroup_num_procs",
    "number of processes in this group",
    MetricKind::Gauge,
    Unit::Number,
);
pub(crate) static NUM_THREADS: Metric =
    metric("num_threads", "namedprocess_namegroup_num_threads", "Number of threads", MetricKind::Gauge, Unit::Number);
pub(crate) static CPU_SECONDS: Metric = metric(
    "cpu_seconds",
    "namedprocess_namegroup_cpu_seconds_total",
    "Cpu user usage in seconds",
    MetricKind::Counter,
    Unit::Seconds,
);
pub(crate) static MEMORY_BYTES: Metric = metric(
    "memory_bytes",
    "namedprocess_namegroup_memory_bytes",
    "number of bytes of memory in use",
    MetricKind::Gauge,
    Unit::Bytes,
);
pub(crate) static READ_BYTES: Metric = metric(
    "read_bytes",
    "namedprocess_namegroup_read_bytes_total",
    "number of bytes read by this group",
    MetricKind::Counter,
    Unit::Bytes,
);
pub(crate) static WRITE_BYTES: Metric = metric(
    "write_bytes",
    "namedprocess_namegroup_write_bytes_total",
    "number of bytes written by this group",
    MetricKind::Counter,
    Unit::Bytes,
);
pub(crate) static CPU_PCT: Metric = metric(
    "cpu_pct",
    "gatherer_processes_cpu_percent",
    "CPU time of the user's processes over the last interval, in percent of one CPU, exited ones included",
    MetricKind::Gauge,
    Unit::Percent,
);

// One series per process, only with --processes-per-process.
pub(crate) static PROCESS_CPU: Metric = metric(
    "process_cpu_seconds",
    "gatherer_process_cpu_seconds_total",
    "The process's own CPU time (its children's not included)",
    MetricKind::Counter,
    Unit::Seconds,
);
pub(crate) static PROCESS_CPU_PCT: Metric = metric(
    "process_cpu_pct",
    "gatherer_process_cpu_percent",
    "The process's own CPU time over the last interval (since its start when first seen), in percent of one CPU",
    MetricKind::Gauge,
    Unit::Percent,
);
pub(crate) static PROCESS_RSS: Metric = metric(
    "process_resident_bytes",
    "gatherer_process_resident_memory_bytes",
    "The process's resident memory (statm)",
    MetricKind::Gauge,
    Unit::Bytes,
);
pub(crate) static PROCESS_THREADS: Metric =
    metric("process_threads", "gatherer_process_threads", "The process's threads", MetricKind::Gauge, Unit::Number);
pub(crate) static PROCESS_READ: Metric = metric(
    "process_read_bytes",
    "gatherer_process_read_bytes_total",
    "Bytes the process (and its reaped children) read from storage",
    MetricKind::Counter,
    Unit::Bytes,
);
pub(crate) static PROCESS_WRITE: Metric = metric(
    "process_write_bytes",
    "gatherer_process_write_bytes_total",
    "Bytes the process (and its reaped children) wrote to storage",
    MetricKind::Counter,
    Unit::Bytes,
);

pub(super) fn samples(r: &ProcStats, out: &mut Vec<Sample>) {
    for (user, u) in &r.users {
        let g = |m: &'static Metric, v: f64| Sample::new(m, v).label("groupname", user);
        out.push(g(&NUM_PROCS, u.processes as f64));
        out.push(g(&NUM_THREADS, u.threads as f64));
        out.push(g(&CPU_SECONDS, u.cpu_user_s).label("mode", "user"));
        out.push(g(&CPU_SECONDS, u.cpu_system_s).label("mode", "system"));
        out.push(g(&MEMORY_BYTES, u.rss_bytes as f64).label("memtype", "resident"));
        out.push(g(&READ_BYTES, u.read_bytes as f64));
        out.push(g(&WRITE_BYTES, u.write_bytes as f64));
        out.push(g(&CPU_PCT, u.cpu_pct));
    }
    if !r.per_process {
        return;
    }
    for p in &r.processes {
        let s = |m: &'static Metric, v: f64| {
            let s = Sample::new(m, v).label("id", &p.id).info("user", &p.user);
            match &p.name {
                Some(n) => s.info("name", n),
                None => s,
            }
        };
        out.push(s(&PROCESS_CPU, p.cpu_user_s).label("mode", "user"));
        out.push(s(&PROCESS_CPU, p.cpu_system_s).label("mode", "system"));
        out.push(s(&PROCESS_CPU_PCT, p.cpu_pct));
        out.push(s(&PROCESS_RSS, p.rss_bytes as f64));
        out.push(s(&PROCESS_THREADS, p.threads as f64));
        if let (Some(rb), Some(wb)) = (p.read_bytes, p.write_bytes) {
            out.push(s(&PROCESS_READ, rb as f64));
            out.push(s(&PROCESS_WRITE, wb as f64));
        }
    }
}

/// `check processes` options of its own.
#[derive(clap::Args, Debug, Clone)]
pub(crate) struct ProcCheckArgs {
    /// Only these users (repeatable; shell patterns); a plain name that has no process counts 0 [default: every user in the state file]
    #[arg(long = "owner", value_name = "USER")]
    pub(crate) users: Vec<String>,
    /// Warning range on each user's CPU % (of one CPU) [default: none]
    #[arg(long, value_name = "RANGE")]
    pub(crate) cpu_warning: Option<Range>,
    /// Critical range on each user's CPU % [default: none]
    #[arg(long, value_name = "RANGE")]
    pub(crate) cpu_critical: Option<Range>,
    /// Warning range on each user's resident memory, in MiB [default: none]
    #[arg(long, value_name = "RANGE")]
    pub(crate) rss_warning: Option<Range>,
    /// Critical range on each user's resident memory, in MiB [default: none]
    #[arg(long, value_name = "RANGE")]
    pub(crate) rss_critical: Option<Range>,
}

/// `gatherer check processes`: per user, its process count (`-w`/`-c`), CPU % and RSS.
pub(crate) const PROCESSES_CHECK: Check<ProcStats, ProcCheckArgs> = Check {
    name: "processes",
    service: "PROCESSES",
    about: "Per user: process count (-w/-c), CPU % and resident memory (--cpu-*, --rss-*)",
    warning_help: "Warning range on each user's process count [default: none]",
    critical_help: "Critical range on each user's process count [default: none]",
    judge: judge_processes,
};

fn judge_processes(args: &ProcCheckArgs, t: &Thresholds, r: &ProcStats) -> (PluginState, String) {
    let mut patterns = Vec::new();
    for u in &args.users {
        match glob::Pattern::new(u) {
            Ok(p) => patterns.push(p),
            Err(e) => {
                return (PluginState::Unknown, format!("--owner {}: not a shell pattern: {}", text_safe(u), e.msg))
            }
        }
    }
    let zero = super::UserTotals::default();
    let mut chosen: Vec<(&str, &super::UserTotals)> = r
        .users
        .iter()
        .filter(|(n, _)| patterns.is_empty() || patterns.iter().any(|p| p.matches(n)))
        .map(|(n, u)| (n.as_str(), u))
        .collect();
    // A plain name that never had a process is a user with none, not a typo to ignore.
    for u in &args.users {
        if !u.contains(['*', '?', '[']) && !r.users.contains_key(u) {
            chosen.push((u.as_str(), &zero));
        }
    }
    if chosen.is_empty() {
        return (PluginState::Unknown, "no user matches in the state file".into());
    }
    let (mut state, mut alerts, mut perf) = (PluginState::Ok, Vec::new(), Vec::new());
    for (name, u) in &chosen {
        let mib = u.rss_bytes as f64 / (1 << 20) as f64;
        let s = grade(u.processes as f64, t.warning.as_ref(), t.critical.as_ref())
            .max(grade(u.cpu_pct, args.cpu_warning.as_ref(), args.cpu_critical.as_ref()))
            .max(grade(mib, args.rss_warning.as_ref(), args.rss_critical.as_ref()));
        if s > PluginState::Ok {
            alerts.push(format!(
                "{} {} processes, CPU {}%, RSS {} MiB",
                text_safe(name),
                u.processes,
                number(u.cpu_pct),
                number(mib.round())
            ));
        }
        state = state.max(s);
        perf.push(perfdata(
            &format!("{name} processes"),
            u.processes as f64,
            "",
            t.warning.as_ref(),
            t.critical.as_ref(),
            Some(0.0),
            None,
        ));
        perf.push(perfdata(
            &format!("{name} cpu"),
            u.cpu_pct,
            "%",
            args.cpu_warning.as_ref(),
            args.cpu_critical.as_ref(),
            Some(0.0),
            None,
        ));
        perf.push(perfdata(&format!("{name} rss"), u.rss_bytes as f64, "B", None, None, Some(0.0), None));
    }
    let head = if alerts.is_empty() {
        let procs: u64 = chosen.iter().map(|(_, u)| u.processes).sum();
        format!("{procs} processes of {} users within their ranges", chosen.len())
    } else {
        alerts.join(", ")
    };
    (state, format!("{head} | {}", perf.join(" ")))
}

/// munin's `gatherer_processes_cpu`: CPU % per user.
pub(crate) const CPU_GRAPH: Graph<ProcStats> = Graph {
    link: "gatherer_processes_cpu",
    title: "CPU per user (processes, exited ones included)",
    vlabel: "% of one CPU",
    category: "processes",
    args: "--base 1000 --lower-limit 0",
    warning: "",
    critical: "",
    fields: cpu_fields,
    autoconf: crate::checks::munin::always,
};

fn cpu_fields(r: Option<&ProcStats>) -> Vec<Field> {
    r.map(|r| r.users.iter().map(|(n, u)| Field::new(n, n, Some(u.cpu_pct)).with_thresholds()).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::collectors::processes::UserTotals;

    fn stats() -> ProcStats {
        let u = |processes, cpu_pct, mib: u64| UserTotals {
            processes,
            cpu_pct,
            rss_bytes: mib << 20,
            ..UserTotals::default()
        };
        ProcStats {
            interval_s: Some(60.0),
            processes: Vec::new(),
            users: [
                ("slapuser0".into(), u(3, 50.0, 100)),
                ("slapuser1".into(), u(0, 0.0, 0)),
                ("www-data".into(), u(5, 150.0, 900)),
            ]
            .into(),
            vanished: 0,
            unreadable: 0,
            unreadable_error: None,
            per_process: false,
        }
    }

    fn judge(
        owners: &[&str],
        w: Option<&str>,
        c: Option<&str>,
        cpu_c: Option<&str>,
        rss_w: Option<&str>,
    ) -> (PluginState, String) {
        let t = Thresholds::ranges(w, c);
        let a = ProcCheckArgs {
            users: owners.iter().map(|s| s.to_string()).collect(),
            cpu_warning: None,
            cpu_critical: cpu_c.map(|r| r.parse().unwrap()),
            rss_warning: rss_w.map(|r| r.parse().unwrap()),
            rss_critical: None,
        };
        judge_processes(&a, &t, &stats())
    }

    #[test]
    fn count_cpu_and_rss_per_user() {
        let (s, text) = judge(&[], None, None, None, None);
        assert_eq!(s, PluginState::Ok);
        assert!(text.starts_with("8 processes of 3 users within their ranges | 'slapuser0 processes'=3;;;0"), "{text}");
        // A service user with no process left, and one never seen, are CRITICAL with -c 1:.
        let (s, text) = judge(&["slapuser*", "slapuser9"], None, Some("1:"), None, None);
        assert_eq!(s, PluginState::Critical);
        assert!(text.starts_with("slapuser1 0 processes, CPU 0%, RSS 0 MiB, slapuser9 0 processes"), "{text}");
        assert!(!text.contains("www-data"), "{text}");
        let (s, text) = judge(&["www-*"], None, None, Some("100"), None);
        assert_eq!(s, PluginState::Critical, "{text}");
        assert!(text.starts_with("www-data 5 processes, CPU 150%, RSS 900 MiB"), "{text}");
        let (s, _) = judge(&[], None, None, None, Some("512"));
        assert_eq!(s, PluginState::Warning, "900 MiB beyond 512");
        let (s, text) = judge(&["nobody*"], None, None, None, None);
        assert_eq!((s, text.as_str()), (PluginState::Unknown, "no user matches in the state file"));
    }
}
