//! The filesystems collector as gatherer sees it: its settings, its samples, its check
//! and its munin graph.

use super::{Filesystems, FsStats, Selection, NAME, PSEUDO_TYPES, SKIPPED_MOUNTS};
use crate::checks::munin::field_name;
use crate::checks::{
    grade, number, perfdata, text_safe, Check, DynCheck, DynGraph, Field, Graph, PluginState, Range, Thresholds,
};
use crate::collectors::{state_in_dir, CollectorKind, Common, Schedule};
use crate::engine::collector::Cancel;
use crate::engine::sample::{Metric, MetricKind, Sample, Unit};
use crate::state::StateSource;
use crate::util::setting::{seconds, BadSetting};
use anyhow::Result;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// What the filesystems state file needs.
#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "Filesystems (filesystems collector)")]
#[group(id = "filesystems-state")]
pub(crate) struct StateArgs {
    /// Seconds between filesystem samples
    #[arg(long, env = "GATHERER_FILESYSTEMS_INTERVAL", default_value = "60", value_name = "SECONDS")]
    pub(crate) filesystems_interval: String,
}

/// Every filesystems setting.
#[derive(clap::Args, Debug, Clone)]
#[group(id = "filesystems")]
pub(crate) struct Args {
    #[command(flatten)]
    pub(crate) state: StateArgs,

    /// Filesystem types left out, comma-separated [default: the kernel's pseudo filesystems: proc, sysfs, cgroup2, overlay, ...]
    #[arg(long, env = "GATHERER_FILESYSTEMS_SKIP_TYPES", default_value = PSEUDO_TYPES, hide_default_value = true, value_name = "LIST")]
    pub(crate) filesystems_skip_types: String,

    /// Mount points left out with everything below them, comma-separated
    #[arg(long, env = "GATHERER_FILESYSTEMS_SKIP_MOUNTS", default_value = SKIPPED_MOUNTS, value_name = "LIST")]
    pub(crate) filesystems_skip_mounts: String,

    /// Only these mount points (and what is below them), comma-separated [default: every mount not left out]
    #[arg(long, env = "GATHERER_FILESYSTEMS_ONLY_MOUNTS", value_name = "LIST")]
    pub(crate) filesystems_only_mounts: Option<String>,

    /// Seconds a statvfs may take before its mount is reported as stuck (NFS, FUSE)
    #[arg(long, env = "GATHERER_FILESYSTEMS_TIMEOUT", default_value = "5", value_name = "SECONDS")]
    pub(crate) filesystems_timeout: String,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Settings {
    pub(crate) proc_root: PathBuf,
    pub(crate) state_path: PathBuf,
    pub(crate) interval: Duration,
    pub(crate) selection: Selection,
    pub(crate) timeout: Duration,
}

fn list(s: &str) -> Vec<String> {
    s.split(',').map(str::trim).filter(|x| !x.is_empty()).map(str::to_string).collect()
}

impl CollectorKind for Filesystems {
    const NAME: &'static str = NAME;
    const ABOUT: &'static str = "size, used, available and inodes of every mounted filesystem, as df computes them; hung mounts reported as stuck";
    type Args = Args;
    type StateArgs = StateArgs;
    type Settings = Settings;
    type Collector = Filesystems;

    fn settings(args: Args, common: &Common) -> Result<Settings, BadSetting> {
        let state = Self::state(args.state, &common.state_dir)?;
        let timeout = seconds("filesystems-timeout", &args.filesystems_timeout)?;
        Ok(Settings {
            proc_root: common.proc_root.clone(),
            state_path: state.path,
            interval: state.interval,
            selection: Selection {
                skip_types: list(&args.filesystems_skip_types).into_iter().collect(),
                skip_mounts: list(&args.filesystems_skip_mounts),
                only_mounts: args.filesystems_only_mounts.as_deref().map(list).unwrap_or_default(),
            },
            timeout,
        })
    }

    fn state(args: StateArgs, state_dir: &Path) -> Result<StateSource, BadSetting> {
        state_in_dir(NAME, state_dir, "filesystems-interval", &args.filesystems_interval)
    }

    fn schedule(s: &Settings) -> Schedule {
        // A cycle waits at most the statvfs timeout: stuck mounts are reported, not waited for.
        Schedule { timeout: (s.timeout * 2).max(Duration::from_secs(60)), ..Schedule::every(s.interval, &s.state_path) }
    }

    fn build(s: &Settings, _cancel: &Cancel) -> Result<Filesystems> {
        // FUSE mounts are asked through a child process of gatherer itself (/proc/self/exe
        // works even after a package upgrade replaced the binary).
        Ok(Filesystems::new(&s.proc_root, s.selection.clone(), s.timeout).with_helper(PathBuf::from("/proc/self/exe")))
    }

    fn checks() -> &'static [&'static dyn DynCheck] {
        &[&FILESYSTEM_CHECK]
    }

    fn graphs() -> &'static [&'static dyn DynGraph] {
        &[&FILESYSTEM_GRAPH]
    }
}

const fn gauge(name: &'static str, prom: &'static str, help: &'static str, unit: Unit) -> Metric {
    Metric { name, prom, help, kind: MetricKind::Gauge, unit }
}

pub(crate) static SIZE: Metric = gauge("size", "node_filesystem_size_bytes", "Filesystem size in bytes.", Unit::Bytes);
pub(crate) static FREE: Metric =
    gauge("free", "node_filesystem_free_bytes", "Filesystem free space in bytes.", Unit::Bytes);
pub(crate) static AVAIL: Metric = gauge(
    "available",
    "node_filesystem_avail_bytes",
    "Filesystem space available to non-root users in bytes.",
    Unit::Bytes,
);
pub(crate) static FILES: Metric =
    gauge("inodes", "node_filesystem_files", "Filesystem total file nodes.", Unit::Number);
pub(crate) static FILES_FREE: Metric =
    gauge("inodes_free", "node_filesystem_files_free", "Filesystem total free file nodes.", Unit::Number);
pub(crate) static READONLY: Metric =
    gauge("readonly", "node_filesystem_readonly", "Filesystem read-only status.", Unit::Number);
pub(crate) static DEVICE_ERROR: Metric = gauge(
    "device_error",
    "node_filesystem_device_error",
    "Whether an error occurred while getting statistics for the given device.",
    Unit::Number,
);
pub(crate) static USED: Metric =
    gauge("used", "gatherer_filesystem_used_bytes", "Filesystem space used, as df's Used", Unit::Bytes);
pub(crate) static USED_PCT: Metric = gauge(
    "used_pct",
    "gatherer_filesystem_used_percent",
    "Filesystem space used, as df's Use% (rounded up)",
    Unit::Percent,
);
pub(crate) static INODES_PCT: Metric = gauge(
    "inodes_used_pct",
    "gatherer_filesystem_inodes_used_percent",
    "Inodes used, as df -i's IUse% (rounded up)",
    Unit::Percent,
);
pub(crate) static STUCK: Metric = gauge(
    "stuck",
    "gatherer_filesystem_stuck",
    "1 when the filesystem's statvfs has not answered (a hung mount)",
    Unit::Number,
);

pub(super) fn samples(r: &FsStats, out: &mut Vec<Sample>) {
    let labels = |s: Sample, device: &str, fstype: &str, point: &str| {
        s.info("device", device).info("fstype", fstype).label("mountpoint", point)
    };
    for (point, f) in &r.filesystems {
        let free = f.size - f.used;
        let mut values = vec![
            (&SIZE, f.size as f64),
            (&FREE, free as f64),
            (&AVAIL, f.available as f64),
            (&FILES, f.inodes as f64),
            (&FILES_FREE, f.inodes_free as f64),
            (&READONLY, f64::from(u8::from(f.readonly))),
            (&DEVICE_ERROR, 0.0),
            (&USED, f.used as f64),
            (&STUCK, 0.0),
        ];
        if let Some(p) = f.used_pct {
            values.push((&USED_PCT, p));
        }
        if let Some(p) = f.inodes_used_pct {
            values.push((&INODES_PCT, p));
        }
        for (m, v) in values {
            out.push(labels(Sample::new(m, v), &f.device, &f.fstype, point));
        }
    }
    for (point, s) in &r.stuck {
        for (m, v) in [(&DEVICE_ERROR, 1.0), (&STUCK, 1.0)] {
            out.push(labels(Sample::new(m, v), &s.device, &s.fstype, point));
        }
    }
    // A failed statvfs, as node_exporter reports it: device_error alone.
    for (point, f) in &r.errors {
        out.push(labels(Sample::new(&DEVICE_ERROR, 1.0), &f.device, &f.fstype, point));
    }
}

/// `check filesystem` options of its own.
#[derive(clap::Args, Debug, Clone)]
pub(crate) struct FsCheckArgs {
    /// Only these mount points (repeatable) [default: every one in the state file]
    #[arg(long = "mount", value_name = "PATH")]
    pub(crate) mounts: Vec<String>,
    /// Warning range on inodes used % [default: 80]
    #[arg(long, value_name = "RANGE")]
    pub(crate) inodes_warning: Option<Range>,
    /// Critical range on inodes used % [default: 90]
    #[arg(long, value_name = "RANGE")]
    pub(crate) inodes_critical: Option<Range>,
    /// State when a mount is stuck (its statvfs hangs)
    #[arg(long, value_enum, default_value = "critical")]
    pub(crate) stuck_state: PluginState,
}

/// `gatherer check filesystem`: used % and inodes used % of every (or each named)
/// filesystem; a stuck mount is `--stuck-state`.
pub(crate) const FILESYSTEM_CHECK: Check<FsStats, FsCheckArgs> = Check {
    name: "filesystem",
    service: "FILESYSTEM",
    about: "Filesystem used % and inodes used % (as df), and stuck (hung) mounts",
    warning_help: "Warning range on each filesystem's used % [default: 80]",
    critical_help: "Critical range on each filesystem's used % [default: 90]",
    judge: judge_filesystem,
};

fn judge_filesystem(args: &FsCheckArgs, t: &Thresholds, r: &FsStats) -> (PluginState, String) {
    let (w, c) = (t.warning_or("80"), t.critical_or("90"));
    let default = |given: &Option<Range>, d: &str| given.clone().unwrap_or_else(|| d.parse().expect("default range"));
    let (iw, ic) = (default(&args.inodes_warning, "80"), default(&args.inodes_critical, "90"));
    let chosen = |m: &String| args.mounts.is_empty() || args.mounts.contains(m);
    for m in &args.mounts {
        if !r.filesystems.contains_key(m) && !r.stuck.contains_key(m) {
            return (PluginState::Unknown, format!("mount {} is not in the state file", text_safe(m)));
        }
    }
    let mut state = PluginState::Ok;
    let (mut text, mut perf) = (Vec::new(), Vec::new());
    for (m, f) in r.filesystems.iter().filter(|(m, _)| chosen(m)) {
        let (used, inodes) = (f.used_pct.unwrap_or(0.0), f.inodes_used_pct.unwrap_or(0.0));
        let s = grade(used, Some(&w), Some(&c)).max(if f.inodes_used_pct.is_some() {
            grade(inodes, Some(&iw), Some(&ic))
        } else {
            PluginState::Ok
        });
        if s > PluginState::Ok {
            text.push(format!("{} {}% (inodes {}%)", text_safe(m), number(used), number(inodes)));
        }
        state = state.max(s);
        perf.push(perfdata(m, used, "%", Some(&w), Some(&c), Some(0.0), Some(100.0)));
        if f.inodes_used_pct.is_some() {
            perf.push(perfdata(&format!("{m} inodes"), inodes, "%", Some(&iw), Some(&ic), Some(0.0), Some(100.0)));
        }
    }
    for m in r.stuck.keys().filter(|m| chosen(m)) {
        state = state.max(args.stuck_state);
        text.push(format!("{} STUCK (statvfs hangs)", text_safe(m)));
    }
    let n = r.filesystems.keys().filter(|m| chosen(m)).count();
    let head = if text.is_empty() { format!("{n} filesystems within their ranges") } else { text.join(", ") };
    (state, format!("{head} | {}", perf.join(" ")))
}

/// munin's `gatherer_filesystems`: used % of every filesystem.
pub(crate) const FILESYSTEM_GRAPH: Graph<FsStats> = Graph {
    link: "gatherer_filesystems",
    title: "Filesystem usage (as df)",
    vlabel: "%",
    category: "disk",
    args: "--base 1000 --lower-limit 0 --upper-limit 100",
    warning: "80",
    critical: "90",
    fields: filesystem_fields,
    autoconf: crate::checks::munin::always,
};

fn filesystem_fields(r: Option<&FsStats>) -> Vec<Field> {
    r.map(|r| {
        r.filesystems.iter().map(|(m, f)| Field::new(field_name(m), m.clone(), f.used_pct).with_thresholds()).collect()
    })
    .unwrap_or_default()
}
