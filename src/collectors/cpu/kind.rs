//! The cpu collector as gatherer sees it: its settings, its samples, its check and its
//! munin graph.

use super::{Cpu, CpuStats, NAME};
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

/// What the cpu state file needs.
#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "CPU (cpu collector)")]
#[group(id = "cpu-state")]
pub(crate) struct StateArgs {
    /// Seconds between CPU samples (percentages cover this window)
    #[arg(long, env = "GATHERER_CPU_INTERVAL", default_value = "60", value_name = "SECONDS")]
    pub(crate) cpu_interval: String,
}

/// Every cpu setting.
#[derive(clap::Args, Debug, Clone)]
#[group(id = "cpu")]
pub(crate) struct Args {
    #[command(flatten)]
    pub(crate) state: StateArgs,
}

/// Its validated settings: those of every node collector.
pub(crate) type Settings = crate::collectors::NodeSettings;

impl CollectorKind for Cpu {
    const NAME: &'static str = NAME;
    const ABOUT: &'static str =
        "CPU time and percent by mode, busy and active %, context switches, interrupts, forks, threads, load";
    type Args = Args;
    type StateArgs = StateArgs;
    type Settings = Settings;
    type Collector = Cpu;

    fn settings(args: Args, common: &Common) -> Result<Settings, BadSetting> {
        Ok(Settings::new(Self::state(args.state, &common.state_dir)?, common))
    }

    fn state(args: StateArgs, state_dir: &Path) -> Result<StateSource, BadSetting> {
        state_in_dir(NAME, state_dir, "cpu-interval", &args.cpu_interval)
    }

    fn schedule(s: &Settings) -> Schedule {
        s.schedule()
    }

    fn build(s: &Settings, _cancel: &Cancel) -> Result<Cpu> {
        Ok(Cpu::new(&s.proc_root).complete_only(s.oneshot))
    }

    fn checks() -> &'static [&'static dyn DynCheck] {
        &[&BUSY_CHECK]
    }

    fn graphs() -> &'static [&'static dyn DynGraph] {
        &[&CPU_GRAPH]
    }
}

const fn metric(name: &'static str, prom: &'static str, help: &'static str, kind: MetricKind, unit: Unit) -> Metric {
    Metric { name, prom, help, kind, unit }
}

pub(crate) static SECONDS: Metric = metric(
    "seconds",
    "node_cpu_seconds_total",
    "Seconds the CPUs spent in each mode.",
    MetricKind::Counter,
    Unit::Seconds,
);
pub(crate) static GUEST: Metric = metric(
    "guest_seconds",
    "node_cpu_guest_seconds_total",
    "Seconds the CPUs spent in guests (VMs) for each mode.",
    MetricKind::Counter,
    Unit::Seconds,
);
pub(crate) static PERCENT: Metric = metric(
    "percent",
    "gatherer_cpu_mode_percent",
    "Share of the last interval each CPU spent in each mode",
    MetricKind::Gauge,
    Unit::Percent,
);
pub(crate) static BUSY: Metric = metric(
    "busy_pct",
    "gatherer_cpu_busy_percent",
    "Busy share of the last interval, iowait counted as idle (psutil's cpu_percent); cpu=\"all\" for the whole machine",
    MetricKind::Gauge,
    Unit::Percent,
);
pub(crate) static ACTIVE: Metric = metric("active_pct", "gatherer_cpu_active_percent", "Active share of the last interval, iowait counted as busy (collectd's and telegraf's active); cpu=\"all\" for the whole machine", MetricKind::Gauge, Unit::Percent);
pub(crate) static CTXT: Metric = metric(
    "context_switches",
    "node_context_switches_total",
    "Total number of context switches.",
    MetricKind::Counter,
    Unit::Number,
);
pub(crate) static INTR: Metric =
    metric("interrupts", "node_intr_total", "Total number of interrupts serviced.", MetricKind::Counter, Unit::Number);
pub(crate) static FORKS: Metric =
    metric("forks", "node_forks_total", "Total number of forks.", MetricKind::Counter, Unit::Number);
pub(crate) static RUNNING: Metric = metric(
    "procs_running",
    "node_procs_running",
    "Number of processes in runnable state.",
    MetricKind::Gauge,
    Unit::Number,
);
pub(crate) static BLOCKED: Metric = metric(
    "procs_blocked",
    "node_procs_blocked",
    "Number of processes blocked waiting for I/O to complete.",
    MetricKind::Gauge,
    Unit::Number,
);
pub(crate) static BOOT: Metric =
    metric("boot_time", "node_boot_time_seconds", "Node boot time, in unixtime.", MetricKind::Gauge, Unit::Seconds);
pub(crate) static THREADS: Metric = metric(
    "threads",
    "gatherer_cpu_threads",
    "Threads (kernel scheduling entities) that exist",
    MetricKind::Gauge,
    Unit::Number,
);
pub(crate) static LOAD1: Metric = metric("load1", "node_load1", "1m load average.", MetricKind::Gauge, Unit::Number);
pub(crate) static LOAD5: Metric = metric("load5", "node_load5", "5m load average.", MetricKind::Gauge, Unit::Number);
pub(crate) static LOAD15: Metric =
    metric("load15", "node_load15", "15m load average.", MetricKind::Gauge, Unit::Number);

/// node_exporter's modes of `node_cpu_seconds_total` (guest time is its own family).
const MODES: [&str; 8] = ["user", "nice", "system", "idle", "iowait", "irq", "softirq", "steal"];

pub(super) fn samples(r: &CpuStats, out: &mut Vec<Sample>) {
    for (cpu, m) in &r.per_cpu_seconds {
        let values = [m.user, m.nice, m.system, m.idle, m.iowait, m.irq, m.softirq, m.steal];
        for (mode, v) in MODES.iter().zip(values) {
            out.push(Sample::new(&SECONDS, v).label("cpu", cpu.to_string()).label("mode", *mode));
        }
        out.push(Sample::new(&GUEST, m.guest).label("cpu", cpu.to_string()).label("mode", "user"));
        out.push(Sample::new(&GUEST, m.guest_nice).label("cpu", cpu.to_string()).label("mode", "nice"));
    }
    if let (Some(p), Some(per)) = (&r.percent, &r.per_cpu_percent) {
        let all = std::iter::once(("all".to_string(), p)).chain(per.iter().map(|(c, p)| (c.to_string(), p)));
        for (cpu, p) in all {
            let values = [p.user, p.nice, p.system, p.idle, p.iowait, p.irq, p.softirq, p.steal];
            for (mode, v) in MODES.iter().zip(values) {
                out.push(Sample::new(&PERCENT, v).label("cpu", cpu.clone()).label("mode", *mode));
            }
            out.push(Sample::new(&BUSY, p.busy_pct).label("cpu", cpu.clone()));
            out.push(Sample::new(&ACTIVE, p.active_pct).label("cpu", cpu));
        }
    }
    for (metric, v) in [
        (&CTXT, r.context_switches as f64),
        (&INTR, r.interrupts as f64),
        (&FORKS, r.forks as f64),
        (&RUNNING, r.procs_running as f64),
        (&BLOCKED, r.procs_blocked as f64),
        (&THREADS, r.threads as f64),
        (&LOAD1, r.load1),
        (&LOAD5, r.load5),
        (&LOAD15, r.load15),
    ] {
        out.push(Sample::new(metric, v));
    }
    if let Some(b) = r.boot_time {
        out.push(Sample::new(&BOOT, b as f64));
    }
}

/// `gatherer check cpu`: the machine's busy % (psutil's definition) over the last interval.
pub(crate) const BUSY_CHECK: Check<CpuStats, NoArgs> = Check {
    name: "cpu",
    service: "CPU",
    about: "CPU busy % over the last interval (iowait counted as idle)",
    warning_help: "Warning range on busy % [default: 80]",
    critical_help: "Critical range on busy % [default: 95]",
    judge: judge_busy,
};

fn judge_busy(_: &NoArgs, t: &Thresholds, r: &CpuStats) -> (PluginState, String) {
    let Some(p) = &r.percent else {
        return (PluginState::Unknown, "no CPU percentages yet (they need a second sample)".into());
    };
    let (w, c) = (t.warning_or("80"), t.critical_or("95"));
    let state = grade(p.busy_pct, Some(&w), Some(&c));
    let text = format!(
        "busy {}% (active {}%, iowait {}%, steal {}%) on {} CPUs, load {} {} {}",
        number(p.busy_pct),
        number(p.active_pct),
        number(p.iowait),
        number(p.steal),
        r.cpus,
        number(r.load1),
        number(r.load5),
        number(r.load15)
    );
    let perf = [
        perfdata("busy", p.busy_pct, "%", Some(&w), Some(&c), Some(0.0), Some(100.0)),
        perfdata("active", p.active_pct, "%", None, None, Some(0.0), Some(100.0)),
        perfdata("iowait", p.iowait, "%", None, None, Some(0.0), Some(100.0)),
        perfdata("steal", p.steal, "%", None, None, Some(0.0), Some(100.0)),
        perfdata("load1", r.load1, "", None, None, Some(0.0), None),
    ];
    (state, format!("{text} | {}", perf.join(" ")))
}

/// munin's `gatherer_cpu`: each mode's share, stacked.
pub(crate) const CPU_GRAPH: Graph<CpuStats> = Graph {
    link: "gatherer_cpu",
    title: "CPU usage by mode",
    vlabel: "%",
    category: "system",
    args: "--base 1000 --lower-limit 0 --upper-limit 100",
    warning: "",
    critical: "",
    fields: cpu_fields,
    autoconf: crate::checks::munin::always,
};

fn cpu_fields(r: Option<&CpuStats>) -> Vec<Field> {
    let p = r.and_then(|r| r.percent);
    let v = |f: fn(&super::Percent) -> f64| p.as_ref().map(f);
    // The modes stacked up to 100 %, as munin's own cpu plugin draws them; busy, the
    // sum of the modes but idle and iowait, carries the warning and critical but is
    // not drawn: on the stack it would count twice.
    vec![
        Field::new("busy", "busy (not idle, not iowait)", v(|p| p.busy_pct)).with_thresholds().not_drawn(),
        Field::new("user", "user", v(|p| p.user)).draw("AREA"),
        Field::new("nice", "nice", v(|p| p.nice)).draw("STACK"),
        Field::new("system", "system", v(|p| p.system)).draw("STACK"),
        Field::new("iowait", "iowait", v(|p| p.iowait)).draw("STACK"),
        Field::new("irq", "irq", v(|p| p.irq)).draw("STACK"),
        Field::new("softirq", "softirq", v(|p| p.softirq)).draw("STACK"),
        Field::new("steal", "steal", v(|p| p.steal)).draw("STACK"),
        Field::new("idle", "idle", v(|p| p.idle)).draw("STACK"),
    ]
}
