//! The diskstats collector as gatherer sees it: its settings, its samples, its check and
//! its munin graph.

use super::{DiskUtil, DiskWindow, Diskstats, Raw, NAME, RAW_FIELDS};
use crate::checks::{grade, perfdata, text_safe, Check, DynCheck, DynGraph, Field, Graph, PluginState, Thresholds};
use crate::collectors::{CollectorKind, Common, Schedule};
use crate::engine::collector::Cancel;
use crate::engine::sample::{Metric, MetricKind, Sample, Unit};
use crate::state::StateSource;
use crate::util::setting::{seconds, BadSetting};
use anyhow::Result;
use std::path::PathBuf;
use std::time::Duration;

/// What the diskstats state file needs.
#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "Disk %util (diskstats collector)")]
#[group(id = "diskstats-state")]
pub(crate) struct StateArgs {
    /// Length of one disk %util window, in seconds
    #[arg(long, env = "GATHERER_DISKSTATS_INTERVAL", default_value = "30", value_name = "SECONDS")]
    pub(crate) diskstats_interval: String,

    /// State file of the diskstats collector
    #[arg(
        long,
        env = "GATHERER_DISKSTATS_STATE",
        default_value = "/tmp/__check_graphite_iostats.tmp",
        value_name = "PATH"
    )]
    pub(crate) diskstats_state: PathBuf,
}

/// Every diskstats setting.
#[derive(clap::Args, Debug, Clone)]
#[group(id = "diskstats")]
pub(crate) struct Args {
    #[command(flatten)]
    pub(crate) state: StateArgs,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Settings {
    pub(crate) proc_root: PathBuf,
    pub(crate) sys_root: PathBuf,
    pub(crate) interval: Duration,
    pub(crate) state_path: PathBuf,
}

impl CollectorKind for Diskstats {
    const NAME: &'static str = NAME;
    const ABOUT: &'static str = "disk %util (and the rest of iostat -dx) of every physical disk, as iostat computes it";
    type Args = Args;
    type StateArgs = StateArgs;
    type Settings = Settings;
    type Collector = Diskstats;

    fn settings(args: Args, common: &Common) -> Result<Settings, BadSetting> {
        let state = Self::state(args.state, &common.state_dir)?;
        Ok(Settings {
            proc_root: common.proc_root.clone(),
            sys_root: common.sys_root.clone(),
            interval: state.interval,
            state_path: state.path,
        })
    }

    fn state(args: StateArgs, _state_dir: &std::path::Path) -> Result<StateSource, BadSetting> {
        Ok(StateSource {
            collector: NAME,
            path: args.diskstats_state,
            interval: seconds("diskstats-interval", &args.diskstats_interval)?,
        })
    }

    fn schedule(s: &Settings) -> Schedule {
        Schedule::every(s.interval, &s.state_path)
    }

    fn build(s: &Settings, _cancel: &Cancel) -> Result<Diskstats> {
        Ok(Diskstats::new(&s.proc_root, &s.sys_root))
    }

    fn checks() -> &'static [&'static dyn DynCheck] {
        &[&DISK_UTIL_CHECK]
    }

    fn graphs() -> &'static [&'static dyn DynGraph] {
        &[&DISK_UTIL_GRAPH]
    }
}

const fn gauge(name: &'static str, prom: &'static str, help: &'static str, unit: Unit) -> Metric {
    Metric { name, prom, help, kind: MetricKind::Gauge, unit }
}

pub(crate) static UTIL: Metric =
    gauge("util_pct", "gatherer_disk_util_percent", "Disk busy time over the window, as iostat's %util", Unit::Percent);
pub(crate) static READS: Metric = gauge(
    "r_s",
    "gatherer_disk_reads_per_second",
    "Reads completed per second over the window (iostat r/s)",
    Unit::PerSecond,
);
pub(crate) static WRITES: Metric = gauge(
    "w_s",
    "gatherer_disk_writes_per_second",
    "Writes completed per second over the window (iostat w/s)",
    Unit::PerSecond,
);
pub(crate) static READ_BYTES: Metric = gauge(
    "read_bytes_per_s",
    "gatherer_disk_read_bytes_per_second",
    "Bytes read per second over the window (iostat rkB/s x 1024)",
    Unit::BytesPerSecond,
);
pub(crate) static WRITE_BYTES: Metric = gauge(
    "written_bytes_per_s",
    "gatherer_disk_written_bytes_per_second",
    "Bytes written per second over the window (iostat wkB/s x 1024)",
    Unit::BytesPerSecond,
);
pub(crate) static READ_AWAIT: Metric = gauge(
    "r_await_seconds",
    "gatherer_disk_read_await_seconds",
    "Average read time over the window (iostat r_await, in seconds)",
    Unit::Seconds,
);
pub(crate) static WRITE_AWAIT: Metric = gauge(
    "w_await_seconds",
    "gatherer_disk_write_await_seconds",
    "Average write time over the window (iostat w_await, in seconds)",
    Unit::Seconds,
);
pub(crate) static QUEUE: Metric = gauge(
    "aqu_sz",
    "gatherer_disk_average_queue_size",
    "Average queue length over the window (iostat aqu-sz)",
    Unit::Number,
);

const fn counter(name: &'static str, prom: &'static str, help: &'static str, unit: Unit) -> Metric {
    Metric { name, prom, help, kind: MetricKind::Counter, unit }
}

/// node_exporter's families of the raw counters, in `/proc/diskstats` column order, with
/// the factor each column is multiplied by (sectors of 512 bytes, milliseconds).
pub(crate) static RAW: [(Metric, f64); RAW_FIELDS] = [
    (
        counter(
            "reads_completed",
            "node_disk_reads_completed_total",
            "The total number of reads completed successfully.",
            Unit::Number,
        ),
        1.0,
    ),
    (counter("reads_merged", "node_disk_reads_merged_total", "The total number of reads merged.", Unit::Number), 1.0),
    (
        counter(
            "read_bytes",
            "node_disk_read_bytes_total",
            "The total number of bytes read successfully.",
            Unit::Bytes,
        ),
        512.0,
    ),
    (
        counter(
            "read_time_seconds",
            "node_disk_read_time_seconds_total",
            "The total number of seconds spent by all reads.",
            Unit::Seconds,
        ),
        0.001,
    ),
    (
        counter(
            "writes_completed",
            "node_disk_writes_completed_total",
            "The total number of writes completed successfully.",
            Unit::Number,
        ),
        1.0,
    ),
    (counter("writes_merged", "node_disk_writes_merged_total", "The number of writes merged.", Unit::Number), 1.0),
    (
        counter(
            "written_bytes",
            "node_disk_written_bytes_total",
            "The total number of bytes written successfully.",
            Unit::Bytes,
        ),
        512.0,
    ),
    (
        counter(
            "write_time_seconds",
            "node_disk_write_time_seconds_total",
            "This is the total number of seconds spent by all writes.",
            Unit::Seconds,
        ),
        0.001,
    ),
    (gauge("io_now", "node_disk_io_now", "The number of I/Os currently in progress.", Unit::Number), 1.0),
    (
        counter("io_time_seconds", "node_disk_io_time_seconds_total", "Total seconds spent doing I/Os.", Unit::Seconds),
        0.001,
    ),
    (
        counter(
            "io_time_weighted_seconds",
            "node_disk_io_time_weighted_seconds_total",
            "The weighted # of seconds spent doing I/Os.",
            Unit::Seconds,
        ),
        0.001,
    ),
    (
        counter(
            "discards_completed",
            "node_disk_discards_completed_total",
            "The total number of discards completed successfully.",
            Unit::Number,
        ),
        1.0,
    ),
    (
        counter(
            "discards_merged",
            "node_disk_discards_merged_total",
            "The total number of discards merged.",
            Unit::Number,
        ),
        1.0,
    ),
    (
        counter(
            "discarded_sectors",
            "node_disk_discarded_sectors_total",
            "The total number of sectors discarded successfully.",
            Unit::Number,
        ),
        1.0,
    ),
    (
        counter(
            "discard_time_seconds",
            "node_disk_discard_time_seconds_total",
            "This is the total number of seconds spent by all discards.",
            Unit::Seconds,
        ),
        0.001,
    ),
    (
        counter(
            "flush_requests",
            "node_disk_flush_requests_total",
            "The total number of flush requests completed successfully",
            Unit::Number,
        ),
        1.0,
    ),
    (
        counter(
            "flush_requests_time_seconds",
            "node_disk_flush_requests_time_seconds_total",
            "This is the total number of seconds spent by all flush requests.",
            Unit::Seconds,
        ),
        0.001,
    ),
];

/// The raw counters of one disk, as many as its kernel prints.
pub(super) fn raw_samples(name: &str, raw: &Raw, out: &mut Vec<Sample>) {
    for ((metric, factor), v) in RAW.iter().zip(raw.values).take(usize::from(raw.count)) {
        // Multiplied, not divided, as node_exporter does, so the two agree to the bit.
        out.push(Sample::new(metric, v as f64 * factor).label("device", name));
    }
}

/// The samples of one disk's window.
pub(super) fn window_samples(d: &DiskWindow) -> [(&'static Metric, f64); 8] {
    [
        (&UTIL, d.util_pct),
        (&READS, d.r_s),
        (&WRITES, d.w_s),
        // Samples are in base units (bytes, seconds), as Prometheus wants them; the state
        // file keeps iostat's kB and ms.
        (&READ_BYTES, d.rkb_s * 1024.0),
        (&WRITE_BYTES, d.wkb_s * 1024.0),
        (&READ_AWAIT, d.r_await_ms / 1000.0),
        (&WRITE_AWAIT, d.w_await_ms / 1000.0),
        (&QUEUE, d.aqu_sz),
    ]
}

/// `check disk-util` options of its own.
#[derive(clap::Args, Debug, Clone)]
pub(crate) struct DiskArgs {
    /// Only these disks (repeatable)
    #[arg(long = "disk", value_name = "NAME")]
    pub(crate) disks: Vec<String>,
}

/// `gatherer check disk-util`: every (or each named) disk's %util against the ranges.
pub(crate) const DISK_UTIL_CHECK: Check<DiskUtil, DiskArgs> = Check {
    name: "disk-util",
    service: "DISK-UTIL",
    about: "Disk %util of every physical disk (or those named with --disk)",
    warning_help: "Warning range on each disk's %util [default: 80]",
    critical_help: "Critical range on each disk's %util [default: 95]",
    judge: judge_disk_util,
};

fn judge_disk_util(args: &DiskArgs, t: &Thresholds, r: &DiskUtil) -> (PluginState, String) {
    let (w, c) = (t.warning_or("80"), t.critical_or("95"));
    for d in &args.disks {
        if !r.disks.contains_key(d) {
            let known: Vec<String> = r.disks.keys().map(|k| text_safe(k)).collect();
            return (
                PluginState::Unknown,
                format!("disk {} is not in the state file (disks: {})", text_safe(d), known.join(", ")),
            );
        }
    }
    let chosen: Vec<(&String, f64)> = r
        .disks
        .iter()
        .filter(|(n, _)| args.disks.is_empty() || args.disks.contains(n))
        .map(|(n, d)| (n, d.util_pct))
        .collect();
    if chosen.is_empty() {
        return (PluginState::Unknown, "no physical disks in the state file".into());
    }
    let state = chosen.iter().map(|(_, u)| grade(*u, Some(&w), Some(&c))).max().unwrap_or(PluginState::Ok);
    let text: Vec<String> = chosen.iter().map(|(n, u)| format!("{} {u:.1}%", text_safe(n))).collect();
    let perf: Vec<String> =
        chosen.iter().map(|(n, u)| perfdata(n, *u, "%", Some(&w), Some(&c), Some(0.0), Some(100.0))).collect();
    (state, format!("{} | {}", text.join(", "), perf.join(" ")))
}

/// munin's `gatherer_diskutil`: one line per disk.
pub(crate) const DISK_UTIL_GRAPH: Graph<DiskUtil> = Graph {
    link: "gatherer_diskutil",
    title: "Disk utilization (%util, as iostat)",
    vlabel: "%",
    category: "disk",
    args: "--base 1000 --lower-limit 0 --upper-limit 100",
    warning: "80",
    critical: "95",
    fields: disk_util_fields,
    autoconf: crate::checks::munin::always,
};

fn disk_util_fields(r: Option<&DiskUtil>) -> Vec<Field> {
    r.map(|r| r.disks.iter().map(|(n, d)| Field::new(n, n, Some(d.util_pct)).with_thresholds()).collect())
        .unwrap_or_default()
}
