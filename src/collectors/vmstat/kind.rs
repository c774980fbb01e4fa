//! The vmstat collector as gatherer sees it: its settings, its samples and its munin
//! graphs.

use super::{VmStats, Vmstat, NAME};
use crate::checks::{DynCheck, DynGraph, Field, Graph};
use crate::collectors::{state_in_dir, CollectorKind, Common, Schedule};
use crate::engine::collector::Cancel;
use crate::engine::sample::{Metric, MetricKind, Sample, Unit};
use crate::state::StateSource;
use crate::util::setting::BadSetting;
use anyhow::Result;
use std::path::Path;

/// What the vmstat state file needs.
#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "Virtual memory statistics (vmstat collector)")]
#[group(id = "vmstat-state")]
pub(crate) struct StateArgs {
    /// Seconds between /proc/vmstat samples (rates cover this window)
    #[arg(long, env = "GATHERER_VMSTAT_INTERVAL", default_value = "60", value_name = "SECONDS")]
    pub(crate) vmstat_interval: String,
}

/// Every vmstat setting.
#[derive(clap::Args, Debug, Clone)]
#[group(id = "vmstat")]
pub(crate) struct Args {
    #[command(flatten)]
    pub(crate) state: StateArgs,
}

/// Its validated settings: those of every node collector.
pub(crate) type Settings = crate::collectors::NodeSettings;

impl CollectorKind for Vmstat {
    const NAME: &'static str = NAME;
    const ABOUT: &'static str = "paging, swapping, page faults and OOM kills from /proc/vmstat";
    type Args = Args;
    type StateArgs = StateArgs;
    type Settings = Settings;
    type Collector = Vmstat;

    fn settings(args: Args, common: &Common) -> Result<Settings, BadSetting> {
        Ok(Settings::new(Self::state(args.state, &common.state_dir)?, common))
    }

    fn state(args: StateArgs, state_dir: &Path) -> Result<StateSource, BadSetting> {
        state_in_dir(NAME, state_dir, "vmstat-interval", &args.vmstat_interval)
    }

    fn schedule(s: &Settings) -> Schedule {
        s.schedule()
    }

    fn build(s: &Settings, _cancel: &Cancel) -> Result<Vmstat> {
        Ok(Vmstat::new(&s.proc_root))
    }

    fn checks() -> &'static [&'static dyn DynCheck] {
        &[]
    }

    fn graphs() -> &'static [&'static dyn DynGraph] {
        &[&FAULTS_GRAPH, &SWAP_GRAPH]
    }
}

/// One family per kept field, as node_exporter names and types them.
pub(crate) static FIELD: Metric = Metric {
    name: "{}",
    prom: "node_vmstat_{}",
    help: "/proc/vmstat information field {}.",
    kind: MetricKind::Untyped,
    unit: Unit::Number,
};

pub(super) fn samples(r: &VmStats, out: &mut Vec<Sample>) {
    for (name, v) in &r.fields {
        out.push(Sample::of_field(&FIELD, name, *v));
    }
}

fn rate(r: Option<&VmStats>, name: &str) -> Option<f64> {
    r.and_then(|r| r.per_second.as_ref()).and_then(|p| p.get(name).copied())
}

/// munin's `gatherer_vmstat_faults`: page faults per second, minor and major.
pub(crate) const FAULTS_GRAPH: Graph<VmStats> = Graph {
    link: "gatherer_vmstat_faults",
    title: "Page faults",
    vlabel: "faults per second",
    category: "system",
    args: "--base 1000 --lower-limit 0",
    warning: "",
    critical: "",
    fields: faults_fields,
    autoconf: crate::checks::munin::always,
};

fn faults_fields(r: Option<&VmStats>) -> Vec<Field> {
    vec![
        Field::new("pgfault", "page faults (minor and major)", rate(r, "pgfault")),
        Field::new("pgmajfault", "major page faults (read from disk)", rate(r, "pgmajfault")),
    ]
}

/// munin's `gatherer_vmstat_swap`: swap and paging activity per second.
pub(crate) const SWAP_GRAPH: Graph<VmStats> = Graph {
    link: "gatherer_vmstat_swap",
    title: "Swap and paging activity",
    vlabel: "pages (swap) or KiB (paging) per second",
    category: "system",
    args: "--base 1000 --lower-limit 0",
    warning: "",
    critical: "",
    fields: swap_fields,
    autoconf: crate::checks::munin::always,
};

fn swap_fields(r: Option<&VmStats>) -> Vec<Field> {
    vec![
        Field::new("pswpin", "pages swapped in", rate(r, "pswpin")),
        Field::new("pswpout", "pages swapped out", rate(r, "pswpout")),
        Field::new("pgpgin", "KiB paged in from disk", rate(r, "pgpgin")),
        Field::new("pgpgout", "KiB paged out to disk", rate(r, "pgpgout")),
        Field::new("oom_kill", "processes killed by the OOM killer", rate(r, "oom_kill")),
    ]
}
