//! The kernel collector as gatherer sees it: its settings, its samples, its checks
//! (file handles and the conntrack table, each used against its size) and its munin graph.

use super::{Kernel, KernelTables, NAME};
use crate::checks::{
    grade, number, perfdata, Check, DynCheck, DynGraph, Field, Graph, NoArgs, PluginState, Thresholds,
};
use crate::collectors::{state_in_dir, CollectorKind, Common, Schedule};
use crate::engine::collector::Cancel;
use crate::engine::sample::{Metric, MetricKind, Sample, Unit};
use crate::state::StateSource;
use crate::util::setting::BadSetting;
use anyhow::Result;
use std::path::Path;

/// What the kernel state file needs.
#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "Kernel tables (kernel collector)")]
#[group(id = "kernel-state")]
pub(crate) struct StateArgs {
    /// Seconds between samples of the file handle, entropy and conntrack tables
    #[arg(long, env = "GATHERER_KERNEL_INTERVAL", default_value = "60", value_name = "SECONDS")]
    pub(crate) kernel_interval: String,
}

/// Every kernel setting.
#[derive(clap::Args, Debug, Clone)]
#[group(id = "kernel")]
pub(crate) struct Args {
    #[command(flatten)]
    pub(crate) state: StateArgs,
}

/// Its validated settings: those of every node collector.
pub(crate) type Settings = crate::collectors::NodeSettings;

impl CollectorKind for Kernel {
    const NAME: &'static str = NAME;
    const ABOUT: &'static str =
        "open file handles, the entropy pool and the conntrack table, each against its size (/proc/sys)";
    type Args = Args;
    type StateArgs = StateArgs;
    type Settings = Settings;
    type Collector = Kernel;

    fn settings(args: Args, common: &Common) -> Result<Settings, BadSetting> {
        Ok(Settings::new(Self::state(args.state, &common.state_dir)?, common))
    }

    fn state(args: StateArgs, state_dir: &Path) -> Result<StateSource, BadSetting> {
        state_in_dir(NAME, state_dir, "kernel-interval", &args.kernel_interval)
    }

    fn schedule(s: &Settings) -> Schedule {
        s.schedule()
    }

    fn build(s: &Settings, _cancel: &Cancel) -> Result<Kernel> {
        Ok(Kernel::new(&s.proc_root))
    }

    fn checks() -> &'static [&'static dyn DynCheck] {
        &[&FILEFD_CHECK, &CONNTRACK_CHECK]
    }

    fn graphs() -> &'static [&'static dyn DynGraph] {
        &[&TABLES_GRAPH]
    }
}

const fn gauge(name: &'static str, prom: &'static str, help: &'static str, unit: Unit) -> Metric {
    Metric { name, prom, help, kind: MetricKind::Gauge, unit }
}

pub(crate) static FILEFD_ALLOCATED: Metric =
    gauge("filefd_allocated", "node_filefd_allocated", "File descriptor statistics: allocated.", Unit::Number);
pub(crate) static FILEFD_MAXIMUM: Metric =
    gauge("filefd_maximum", "node_filefd_maximum", "File descriptor statistics: maximum.", Unit::Number);
pub(crate) static FILEFD_USED_PCT: Metric = gauge(
    "filefd_used_pct",
    "gatherer_kernel_filefd_used_percent",
    "File handles allocated, in percent of fs.file-max",
    Unit::Percent,
);
pub(crate) static ENTROPY_AVAILABLE: Metric =
    gauge("entropy_available_bits", "node_entropy_available_bits", "Bits of available entropy.", Unit::Number);
pub(crate) static ENTROPY_POOL: Metric =
    gauge("entropy_pool_size_bits", "node_entropy_pool_size_bits", "Bits of entropy pool.", Unit::Number);
pub(crate) static CONNTRACK_ENTRIES: Metric = gauge(
    "conntrack_entries",
    "node_nf_conntrack_entries",
    "Number of currently allocated flow entries for connection tracking.",
    Unit::Number,
);
pub(crate) static CONNTRACK_LIMIT: Metric = gauge(
    "conntrack_limit",
    "node_nf_conntrack_entries_limit",
    "Maximum size of connection tracking table.",
    Unit::Number,
);
pub(crate) static CONNTRACK_USED_PCT: Metric = gauge(
    "conntrack_used_pct",
    "gatherer_kernel_conntrack_used_percent",
    "Connection tracking entries, in percent of nf_conntrack_max",
    Unit::Percent,
);

pub(super) fn samples(r: &KernelTables, out: &mut Vec<Sample>) {
    let ints = [
        (&FILEFD_ALLOCATED, r.filefd_allocated),
        (&FILEFD_MAXIMUM, r.filefd_maximum),
        (&ENTROPY_AVAILABLE, r.entropy_available_bits),
        (&ENTROPY_POOL, r.entropy_pool_size_bits),
        (&CONNTRACK_ENTRIES, r.conntrack_entries),
        (&CONNTRACK_LIMIT, r.conntrack_limit),
    ];
    for (m, v) in ints {
        if let Some(v) = v {
            out.push(Sample::new(m, v as f64));
        }
    }
    for (m, v) in [(&FILEFD_USED_PCT, r.filefd_used_pct), (&CONNTRACK_USED_PCT, r.conntrack_used_pct)] {
        if let Some(v) = v {
            out.push(Sample::new(m, v));
        }
    }
}

/// `gatherer check filefd`: file handles allocated, in percent of fs.file-max. At the
/// limit every open(2) of every process fails with ENFILE.
pub(crate) const FILEFD_CHECK: Check<KernelTables, NoArgs> = Check {
    name: "filefd",
    service: "FILEFD",
    about: "File handles allocated, in percent of fs.file-max (/proc/sys/fs/file-nr)",
    warning_help: "Warning range on file handles used % [default: 80]",
    critical_help: "Critical range on file handles used % [default: 90]",
    judge: judge_filefd,
};

fn judge_used(
    what: &str,
    unit: &str,
    used: Option<u64>,
    max: Option<u64>,
    pct: Option<f64>,
    t: &Thresholds,
) -> (PluginState, String) {
    let (Some(used), Some(max), Some(pct)) = (used, max, pct) else {
        return (PluginState::Unknown, format!("no {what} on this kernel"));
    };
    let (w, c) = (t.warning_or("80"), t.critical_or("90"));
    let state = grade(pct, Some(&w), Some(&c));
    let perf = [
        perfdata("used_pct", pct, "%", Some(&w), Some(&c), Some(0.0), Some(100.0)),
        perfdata("used", used as f64, "", None, None, Some(0.0), Some(max as f64)),
    ];
    (state, format!("{what} {}% used ({used} of {max} {unit}) | {}", number(pct), perf.join(" ")))
}

fn judge_filefd(_: &NoArgs, t: &Thresholds, r: &KernelTables) -> (PluginState, String) {
    judge_used("file handles", "handles", r.filefd_allocated, r.filefd_maximum, r.filefd_used_pct, t)
}

/// `gatherer check conntrack`: the connection-tracking table's fullness. A full table
/// drops new connections ("nf_conntrack: table full, dropping packet"). OK where
/// nf_conntrack is not loaded: there is no table to fill, and a check deployed across a
/// fleet must not page for the hosts without one.
pub(crate) const CONNTRACK_CHECK: Check<KernelTables, NoArgs> = Check {
    name: "conntrack",
    service: "CONNTRACK",
    about: "Connection-tracking table entries, in percent of nf_conntrack_max",
    warning_help: "Warning range on conntrack table used % [default: 80]",
    critical_help: "Critical range on conntrack table used % [default: 90]",
    judge: judge_conntrack,
};

fn judge_conntrack(_: &NoArgs, t: &Thresholds, r: &KernelTables) -> (PluginState, String) {
    if r.conntrack_entries.is_none() && r.conntrack_limit.is_none() {
        return (PluginState::Ok, "no conntrack table (nf_conntrack not loaded): nothing to fill".into());
    }
    judge_used("conntrack table", "entries", r.conntrack_entries, r.conntrack_limit, r.conntrack_used_pct, t)
}

/// munin's `gatherer_kernel_tables`: file handles and conntrack entries, in percent of
/// their limits.
pub(crate) const TABLES_GRAPH: Graph<KernelTables> = Graph {
    link: "gatherer_kernel_tables",
    title: "Kernel tables used",
    vlabel: "% of the limit",
    category: "system",
    args: "--base 1000 --lower-limit 0 --upper-limit 100",
    warning: "80",
    critical: "90",
    fields: tables_fields,
    autoconf: crate::checks::munin::always,
};

fn tables_fields(r: Option<&KernelTables>) -> Vec<Field> {
    vec![
        Field::new("filefd", "file handles", r.and_then(|r| r.filefd_used_pct)).with_thresholds(),
        Field::new("conntrack", "conntrack entries", r.and_then(|r| r.conntrack_used_pct)).with_thresholds(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// No conntrack module is a host with nothing to fill (OK); a table whose size
    /// cannot be read is still UNKNOWN; a full one is CRITICAL.
    #[test]
    fn conntrack_is_ok_without_the_module_and_judged_with_it() {
        let none = KernelTables::default();
        assert_eq!(judge_conntrack(&NoArgs {}, &Thresholds::ranges(None, None), &none).0, PluginState::Ok);
        let half = KernelTables { conntrack_entries: Some(10), ..KernelTables::default() };
        assert_eq!(judge_conntrack(&NoArgs {}, &Thresholds::ranges(None, None), &half).0, PluginState::Unknown);
        let full = KernelTables {
            conntrack_entries: Some(95),
            conntrack_limit: Some(100),
            conntrack_used_pct: Some(95.0),
            ..KernelTables::default()
        };
        assert_eq!(judge_conntrack(&NoArgs {}, &Thresholds::ranges(None, None), &full).0, PluginState::Critical);
        assert_eq!(
            judge_filefd(&NoArgs {}, &Thresholds::ranges(None, None), &none).0,
            PluginState::Unknown,
            "file-nr is always there"
        );
    }
}
