//! The memory collector as gatherer sees it: its settings, its samples, its check and
//! its munin graph.

use super::{MemStats, Memory, NAME};
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

/// What the memory state file needs.
#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "Memory (memory collector)")]
#[group(id = "memory-state")]
pub(crate) struct StateArgs {
    /// Seconds between memory samples
    #[arg(long, env = "GATHERER_MEMORY_INTERVAL", default_value = "60", value_name = "SECONDS")]
    pub(crate) memory_interval: String,
}

/// Every memory setting.
#[derive(clap::Args, Debug, Clone)]
#[group(id = "memory")]
pub(crate) struct Args {
    #[command(flatten)]
    pub(crate) state: StateArgs,
}

/// Its validated settings: those of every node collector.
pub(crate) type Settings = crate::collectors::NodeSettings;

impl CollectorKind for Memory {
    const NAME: &'static str = NAME;
    const ABOUT: &'static str = "every /proc/meminfo field, used (as free(1)) and available memory, swap";
    type Args = Args;
    type StateArgs = StateArgs;
    type Settings = Settings;
    type Collector = Memory;

    fn settings(args: Args, common: &Common) -> Result<Settings, BadSetting> {
        Ok(Settings::new(Self::state(args.state, &common.state_dir)?, common))
    }

    fn state(args: StateArgs, state_dir: &Path) -> Result<StateSource, BadSetting> {
        state_in_dir(NAME, state_dir, "memory-interval", &args.memory_interval)
    }

    fn schedule(s: &Settings) -> Schedule {
        s.schedule()
    }

    fn build(s: &Settings, _cancel: &Cancel) -> Result<Memory> {
        Ok(Memory::new(&s.proc_root))
    }

    fn checks() -> &'static [&'static dyn DynCheck] {
        &[&USED_CHECK]
    }

    fn graphs() -> &'static [&'static dyn DynGraph] {
        &[&MEMORY_GRAPH]
    }
}

/// One family per `/proc/meminfo` field, named as node_exporter names them.
pub(crate) static FIELD_BYTES: Metric = Metric {
    name: "{}",
    prom: "node_memory_{}_bytes",
    help: "Memory information field {}_bytes.",
    kind: MetricKind::Gauge,
    unit: Unit::Bytes,
};
pub(crate) static FIELD_COUNT: Metric = Metric {
    name: "{}",
    prom: "node_memory_{}",
    help: "Memory information field {}.",
    kind: MetricKind::Gauge,
    unit: Unit::Number,
};
pub(crate) static USED: Metric = Metric {
    name: "used",
    prom: "gatherer_memory_used_bytes",
    help: "Memory used, as free(1) of procps 4 says: MemTotal - MemAvailable",
    kind: MetricKind::Gauge,
    unit: Unit::Bytes,
};
pub(crate) static USED_PCT: Metric = Metric {
    name: "used_pct",
    prom: "gatherer_memory_used_percent",
    help: "Memory used, in percent of MemTotal",
    kind: MetricKind::Gauge,
    unit: Unit::Percent,
};
pub(crate) static SWAP_USED: Metric = Metric {
    name: "swap_used",
    prom: "gatherer_memory_swap_used_bytes",
    help: "Swap used: SwapTotal - SwapFree",
    kind: MetricKind::Gauge,
    unit: Unit::Bytes,
};

/// A meminfo name as a metric name: `Active(anon)` becomes `Active_anon`.
pub(crate) fn field_name(name: &str) -> String {
    let s: String = name.chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' { c } else { '_' }).collect();
    s.trim_end_matches('_').to_string()
}

pub(super) fn samples(r: &MemStats, out: &mut Vec<Sample>) {
    for (name, v) in &r.meminfo {
        // Only the fields the kernel prints in kB are byte counts.
        let bytes = !name.starts_with("HugePages_");
        let metric = if bytes { &FIELD_BYTES } else { &FIELD_COUNT };
        out.push(Sample::of_field(metric, &field_name(name), *v as f64));
    }
    out.push(Sample::new(&USED, r.used as f64));
    out.push(Sample::new(&USED_PCT, r.used_pct));
    out.push(Sample::new(&SWAP_USED, r.swap_used as f64));
}

/// `gatherer check memory`: used % (total - available).
pub(crate) const USED_CHECK: Check<MemStats, NoArgs> = Check {
    name: "memory",
    service: "MEMORY",
    about: "Memory used % (MemTotal - MemAvailable, as free(1))",
    warning_help: "Warning range on memory used % [default: 80]",
    critical_help: "Critical range on memory used % [default: 90]",
    judge: judge_used,
};

fn judge_used(_: &NoArgs, t: &Thresholds, r: &MemStats) -> (PluginState, String) {
    let (w, c) = (t.warning_or("80"), t.critical_or("90"));
    let state = grade(r.used_pct, Some(&w), Some(&c));
    let mib = |b: u64| b / (1 << 20);
    let text = format!(
        "used {}% ({} of {} MiB, {} MiB available), swap used {} of {} MiB",
        number(r.used_pct),
        mib(r.used),
        mib(r.total),
        mib(r.available),
        mib(r.swap_used),
        mib(r.swap_total)
    );
    let perf = [
        perfdata("used_pct", r.used_pct, "%", Some(&w), Some(&c), Some(0.0), Some(100.0)),
        perfdata("used", r.used as f64, "B", None, None, Some(0.0), Some(r.total as f64)),
        perfdata("available", r.available as f64, "B", None, None, Some(0.0), Some(r.total as f64)),
        perfdata("swap_used", r.swap_used as f64, "B", None, None, Some(0.0), Some(r.swap_total as f64)),
    ];
    (state, format!("{text} | {}", perf.join(" ")))
}

/// munin's `gatherer_memory`: used, buff/cache and free, stacked to the total.
pub(crate) const MEMORY_GRAPH: Graph<MemStats> = Graph {
    link: "gatherer_memory",
    title: "Memory usage",
    vlabel: "bytes",
    category: "system",
    args: "--base 1024 --lower-limit 0",
    warning: "",
    critical: "",
    fields: memory_fields,
    autoconf: crate::checks::munin::always,
};

fn memory_fields(r: Option<&MemStats>) -> Vec<Field> {
    let v = |f: fn(&MemStats) -> u64| r.map(|r| f(r) as f64);
    vec![
        Field::new("used", "used (total - available)", v(|r| r.used)),
        Field::new("buff_cache", "buffers and cache", v(|r| r.buff_cache)),
        Field::new("free", "free", v(|r| r.free)),
        Field::new("available", "available", v(|r| r.available)),
        Field::new("swap_used", "swap used", v(|r| r.swap_used)),
    ]
}
