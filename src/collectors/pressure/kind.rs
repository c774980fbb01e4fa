//! The pressure collector as gatherer sees it: its settings, its samples (node_exporter's
//! counters, and the kernel's averages), its check and its munin graph.

use super::{Pressure, PressureCollector, Stall, NAME};
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

/// What the pressure state file needs.
#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "Pressure stall information (pressure collector)")]
#[group(id = "pressure-state")]
pub(crate) struct StateArgs {
    /// Seconds between pressure samples
    #[arg(long, env = "GATHERER_PRESSURE_INTERVAL", default_value = "60", value_name = "SECONDS")]
    pub(crate) pressure_interval: String,
}

/// Every pressure setting.
#[derive(clap::Args, Debug, Clone)]
#[group(id = "pressure")]
pub(crate) struct Args {
    #[command(flatten)]
    pub(crate) state: StateArgs,
}

/// Its validated settings: those of every node collector.
pub(crate) type Settings = crate::collectors::NodeSettings;

impl CollectorKind for PressureCollector {
    const NAME: &'static str = NAME;
    const ABOUT: &'static str =
        "pressure stall information: time tasks waited for CPU, I/O and memory (/proc/pressure)";
    type Args = Args;
    type StateArgs = StateArgs;
    type Settings = Settings;
    type Collector = PressureCollector;

    fn settings(args: Args, common: &Common) -> Result<Settings, BadSetting> {
        Ok(Settings::new(Self::state(args.state, &common.state_dir)?, common))
    }

    fn state(args: StateArgs, state_dir: &Path) -> Result<StateSource, BadSetting> {
        state_in_dir(NAME, state_dir, "pressure-interval", &args.pressure_interval)
    }

    fn schedule(s: &Settings) -> Schedule {
        s.schedule()
    }

    fn build(s: &Settings, _cancel: &Cancel) -> Result<PressureCollector> {
        Ok(PressureCollector::new(&s.proc_root))
    }

    fn checks() -> &'static [&'static dyn DynCheck] {
        &[&PRESSURE_CHECK]
    }

    fn graphs() -> &'static [&'static dyn DynGraph] {
        &[&PRESSURE_GRAPH]
    }
}

const fn counter(name: &'static str, prom: &'static str, help: &'static str) -> Metric {
    Metric { name, prom, help, kind: MetricKind::Counter, unit: Unit::Seconds }
}

const fn average(name: &'static str, prom: &'static str, help: &'static str) -> Metric {
    Metric { name, prom, help, kind: MetricKind::Gauge, unit: Unit::Percent }
}

/// node_exporter's families: `some` is "waiting", `full` is "stalled"; cpu has only
/// waiting, irq only stalled (its `full`).
pub(crate) static CPU_WAITING: Metric = counter(
    "cpu_waiting_seconds",
    "node_pressure_cpu_waiting_seconds_total",
    "Total time in seconds that processes have waited for CPU time",
);
pub(crate) static IO_WAITING: Metric = counter(
    "io_waiting_seconds",
    "node_pressure_io_waiting_seconds_total",
    "Total time in seconds that processes have waited due to IO congestion",
);
pub(crate) static IO_STALLED: Metric = counter(
    "io_stalled_seconds",
    "node_pressure_io_stalled_seconds_total",
    "Total time in seconds no process could make progress due to IO congestion",
);
pub(crate) static MEMORY_WAITING: Metric = counter(
    "memory_waiting_seconds",
    "node_pressure_memory_waiting_seconds_total",
    "Total time in seconds that processes have waited for memory",
);
pub(crate) static MEMORY_STALLED: Metric = counter(
    "memory_stalled_seconds",
    "node_pressure_memory_stalled_seconds_total",
    "Total time in seconds no process could make progress due to memory congestion",
);
pub(crate) static IRQ_STALLED: Metric = counter(
    "irq_stalled_seconds",
    "node_pressure_irq_stalled_seconds_total",
    "Total time in seconds no process could make progress due to IRQ congestion",
);

/// The kernel's own averages, per resource (label `resource`).
pub(crate) static AVERAGES: [Metric; 6] = [
    average("some_avg10", "gatherer_pressure_some_avg10_percent", "Percent of the last 10 s some tasks were stalled"),
    average("some_avg60", "gatherer_pressure_some_avg60_percent", "Percent of the last 60 s some tasks were stalled"),
    average(
        "some_avg300",
        "gatherer_pressure_some_avg300_percent",
        "Percent of the last 300 s some tasks were stalled",
    ),
    average(
        "full_avg10",
        "gatherer_pressure_full_avg10_percent",
        "Percent of the last 10 s all non-idle tasks were stalled",
    ),
    average(
        "full_avg60",
        "gatherer_pressure_full_avg60_percent",
        "Percent of the last 60 s all non-idle tasks were stalled",
    ),
    average(
        "full_avg300",
        "gatherer_pressure_full_avg300_percent",
        "Percent of the last 300 s all non-idle tasks were stalled",
    ),
];

/// Microseconds to seconds as node_exporter divides them (by 1000 twice), so the two
/// agree to the last bit.
fn seconds(s: Option<Stall>) -> Option<f64> {
    s.map(|s| s.total_us as f64 / 1000.0 / 1000.0)
}

pub(super) fn samples(r: &Pressure, out: &mut Vec<Sample>) {
    for (name, res) in &r.resources {
        let (waiting, stalled): (Option<&'static Metric>, Option<&'static Metric>) = match name.as_str() {
            "cpu" => (Some(&CPU_WAITING), None),
            "io" => (Some(&IO_WAITING), Some(&IO_STALLED)),
            "memory" => (Some(&MEMORY_WAITING), Some(&MEMORY_STALLED)),
            "irq" => (None, Some(&IRQ_STALLED)),
            _ => (None, None),
        };
        for (m, stall) in [(waiting, res.some), (stalled, res.full)] {
            if let (Some(m), Some(v)) = (m, seconds(stall)) {
                out.push(Sample::new(m, v));
            }
        }
        for (kind, stall) in [(0, res.some), (3, res.full)] {
            if let Some(s) = stall {
                for (i, v) in [s.avg10, s.avg60, s.avg300].into_iter().enumerate() {
                    out.push(Sample::new(&AVERAGES[kind + i], v).label("resource", name));
                }
            }
        }
    }
}

/// `gatherer check pressure`: the highest `some avg60` of the resources (percent of the
/// last minute some tasks were stalled on CPU, I/O or memory).
pub(crate) const PRESSURE_CHECK: Check<Pressure, NoArgs> = Check {
    name: "pressure",
    service: "PRESSURE",
    about: "Pressure stall information: the highest 'some' avg60 of cpu, io and memory (and irq)",
    warning_help: "Warning range on the highest 'some avg60' % [default: 50]",
    critical_help: "Critical range on the highest 'some avg60' % [default: 90]",
    judge: judge_pressure,
};

fn judge_pressure(_: &NoArgs, t: &Thresholds, r: &Pressure) -> (PluginState, String) {
    let Some((worst, v)) = r.worst_some(|s| s.avg60) else {
        return (PluginState::Unknown, "no pressure stall information on this kernel".into());
    };
    let (w, c) = (t.warning_or("50"), t.critical_or("90"));
    let state = grade(v, Some(&w), Some(&c));
    let mut perf = Vec::new();
    let mut parts = Vec::new();
    for (name, res) in &r.resources {
        if let Some(s) = res.some {
            parts.push(format!("{name} {}%", number(s.avg60)));
            perf.push(perfdata(
                &format!("{name}_some_avg60"),
                s.avg60,
                "%",
                Some(&w),
                Some(&c),
                Some(0.0),
                Some(100.0),
            ));
            perf.push(perfdata(&format!("{name}_some_avg10"), s.avg10, "%", None, None, Some(0.0), Some(100.0)));
        }
    }
    (state, format!("highest {worst}; some avg60: {} | {}", parts.join(", "), perf.join(" ")))
}

/// munin's `gatherer_pressure`: `some avg60` of every resource.
pub(crate) const PRESSURE_GRAPH: Graph<Pressure> = Graph {
    link: "gatherer_pressure",
    title: "Pressure stall (some, 60 s average)",
    vlabel: "% of time stalled",
    category: "system",
    args: "--base 1000 --lower-limit 0 --upper-limit 100",
    warning: "50",
    critical: "90",
    fields: pressure_fields,
    autoconf: crate::checks::munin::always,
};

fn pressure_fields(r: Option<&Pressure>) -> Vec<Field> {
    super::RESOURCES
        .iter()
        .filter(|n| **n != "irq")
        .map(|n| {
            let v = r.and_then(|r| r.resources.get(*n)?.some).map(|s| s.avg60);
            Field::new(*n, format!("{n} (some)"), v).with_thresholds()
        })
        .collect()
}
