//! The inventory collector as gatherer sees it: its settings, its samples, its check and
//! its munin graph.

use super::{Inventories, Inventory, NAME};
use crate::checks::{
    grade, number, perfdata, text_safe, Check, DynCheck, DynGraph, Field, Graph, PluginState, Range, Thresholds,
};
use crate::collectors::{CollectorKind, Common, Schedule};
use crate::engine::collector::Cancel;
use crate::engine::sample::{Metric, MetricKind, Sample, Unit};
use crate::state::StateSource;
use crate::util::setting::{seconds, BadSetting};
use anyhow::Result;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// What the inventory state file needs.
#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "Inventory (inventory collector)")]
#[group(id = "inventory-state")]
pub(crate) struct StateArgs {
    /// Seconds after which an unchanged inventory is written again (a change is written at the next look)
    #[arg(long, env = "GATHERER_INVENTORY_REWRITE", default_value = "86400", value_name = "SECONDS")]
    pub(crate) inventory_rewrite: String,
}

/// Every inventory setting.
#[derive(clap::Args, Debug, Clone)]
#[group(id = "inventory")]
pub(crate) struct Args {
    #[command(flatten)]
    pub(crate) state: StateArgs,

    /// Seconds between looks for a change
    #[arg(long, env = "GATHERER_INVENTORY_INTERVAL", default_value = "60", value_name = "SECONDS")]
    pub(crate) inventory_interval: String,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Settings {
    pub(crate) proc_root: PathBuf,
    pub(crate) sys_root: PathBuf,
    pub(crate) state_path: PathBuf,
    pub(crate) interval: Duration,
    pub(crate) rewrite: Duration,
}

impl CollectorKind for Inventories {
    const NAME: &'static str = NAME;
    const ABOUT: &'static str = "CPUs, cores, sockets, CPU model and max frequency, memory size, block devices and partitions; written when changed and daily";
    type Args = Args;
    type StateArgs = StateArgs;
    type Settings = Settings;
    type Collector = Inventories;

    fn settings(args: Args, common: &Common) -> Result<Settings, BadSetting> {
        let state = Self::state(args.state, &common.state_dir)?;
        Ok(Settings {
            proc_root: common.proc_root.clone(),
            sys_root: common.sys_root.clone(),
            state_path: state.path,
            interval: seconds("inventory-interval", &args.inventory_interval)?,
            rewrite: state.interval,
        })
    }

    fn state(args: StateArgs, state_dir: &Path) -> Result<StateSource, BadSetting> {
        // The file is written at least every --inventory-rewrite: that is what its age
        // is judged by.
        crate::collectors::state_in_dir(NAME, state_dir, "inventory-rewrite", &args.inventory_rewrite)
    }

    fn schedule(s: &Settings) -> Schedule {
        let describe = format!(
            "looked at every {} s, written on change and every {} s",
            s.interval.as_secs(),
            s.rewrite.as_secs()
        );
        Schedule { describe: Some(describe), ..Schedule::every(s.interval, &s.state_path) }
    }

    fn build(s: &Settings, _cancel: &Cancel) -> Result<Inventories> {
        Ok(Inventories::new(&s.proc_root, &s.sys_root, s.rewrite))
    }

    fn checks() -> &'static [&'static dyn DynCheck] {
        &[&INVENTORY_CHECK]
    }

    fn graphs() -> &'static [&'static dyn DynGraph] {
        &[&INVENTORY_GRAPH]
    }
}

const fn gauge(name: &'static str, prom: &'static str, help: &'static str, unit: Unit) -> Metric {
    Metric { name, prom, help, kind: MetricKind::Gauge, unit }
}

pub(crate) static INFO: Metric = Metric {
    name: "info",
    prom: "gatherer_inventory_info",
    help: "The machine's CPU model, kernel and host name, as labels",
    kind: MetricKind::Info,
    unit: Unit::Number,
};
/// node_exporter's uname collector, label for label: Grafana's "Node Exporter Full"
/// lists its hosts (`$job`, `$nodename`, `$node`) from this family alone.
pub(crate) static UNAME: Metric = Metric {
    name: "uname",
    prom: "node_uname_info",
    help: "Labeled system information as provided by the uname system call.",
    kind: MetricKind::Info,
    unit: Unit::Number,
};
pub(crate) static LOGICAL: Metric =
    gauge("logical_cpus", "gatherer_inventory_logical_cpus", "CPUs online", Unit::Number);
pub(crate) static PRESENT: Metric =
    gauge("present_cpus", "gatherer_inventory_present_cpus", "CPUs present, online or not", Unit::Number);
pub(crate) static CORES: Metric =
    gauge("physical_cores", "gatherer_inventory_physical_cores", "Physical cores of the online CPUs", Unit::Number);
pub(crate) static SOCKETS: Metric =
    gauge("sockets", "gatherer_inventory_sockets", "CPU sockets (packages)", Unit::Number);
pub(crate) static MAX_HZ: Metric = gauge(
    "max_hertz",
    "gatherer_inventory_cpu_max_hertz",
    "Highest maximum frequency of any CPU (cpuinfo_max_freq)",
    Unit::Hertz,
);
pub(crate) static MEMORY: Metric =
    gauge("memory_bytes", "gatherer_inventory_memory_bytes", "Memory size (MemTotal)", Unit::Bytes);
pub(crate) static SWAP: Metric =
    gauge("swap_bytes", "gatherer_inventory_swap_bytes", "Swap size (SwapTotal)", Unit::Bytes);
pub(crate) static PART_SIZE: Metric = gauge(
    "size_bytes",
    "gatherer_inventory_block_device_size_bytes",
    "Size of each block device and partition (/proc/partitions)",
    Unit::Bytes,
);

pub(super) fn samples(r: &Inventory, out: &mut Vec<Sample>) {
    let text = |o: &Option<String>| o.clone().unwrap_or_default();
    out.push(
        Sample::new(&INFO, 1.0)
            .info("cpu_model", text(&r.cpu_model))
            .info("kernel", text(&r.kernel))
            .info("hostname", text(&r.hostname)),
    );
    out.push(
        Sample::new(&UNAME, 1.0)
            .info("sysname", text(&r.sysname))
            .info("release", text(&r.kernel))
            .info("version", text(&r.kernel_version))
            .info("machine", text(&r.machine))
            .info("nodename", text(&r.hostname))
            .info("domainname", text(&r.domainname)),
    );
    for (m, v) in [
        (&LOGICAL, r.logical_cpus as f64),
        (&PRESENT, r.present_cpus as f64),
        (&CORES, r.physical_cores as f64),
        (&SOCKETS, r.sockets as f64),
        (&MEMORY, r.memory_bytes as f64),
        (&SWAP, r.swap_bytes as f64),
    ] {
        out.push(Sample::new(m, v));
    }
    if let Some(mhz) = r.max_mhz {
        out.push(Sample::new(&MAX_HZ, mhz * 1e6));
    }
    for p in &r.partitions {
        out.push(Sample::new(&PART_SIZE, p.size_bytes as f64).label("device", p.name.as_str()));
    }
}

/// `check inventory` options of its own.
#[derive(clap::Args, Debug, Clone)]
pub(crate) struct InventoryCheckArgs {
    /// Warning range on the memory size in MiB (MemTotal), e.g. 64000: for a lost DIMM [default: none]
    #[arg(long, value_name = "RANGE")]
    pub(crate) memory_warning: Option<Range>,
    /// Critical range on the memory size in MiB [default: none]
    #[arg(long, value_name = "RANGE")]
    pub(crate) memory_critical: Option<Range>,
}

/// `gatherer check inventory`: the machine still has the CPUs and memory it should
/// (`-c 16:` is CRITICAL below 16 CPUs online).
pub(crate) const INVENTORY_CHECK: Check<Inventory, InventoryCheckArgs> = Check {
    name: "inventory",
    service: "INVENTORY",
    about: "CPUs online and memory size against what the machine should have",
    warning_help: "Warning range on CPUs online, e.g. 16: [default: none]",
    critical_help: "Critical range on CPUs online [default: none]",
    judge: judge_inventory,
};

fn judge_inventory(args: &InventoryCheckArgs, t: &Thresholds, r: &Inventory) -> (PluginState, String) {
    let mib = (r.memory_bytes / (1 << 20)) as f64;
    let cpus = f64::from(r.logical_cpus);
    let (cpu_state, mem_state) = (
        grade(cpus, t.warning.as_ref(), t.critical.as_ref()),
        grade(mib, args.memory_warning.as_ref(), args.memory_critical.as_ref()),
    );
    let mut text = Vec::new();
    if cpu_state > PluginState::Ok {
        text.push(format!("{} CPUs online", r.logical_cpus));
    }
    if mem_state > PluginState::Ok {
        text.push(format!("{} MiB memory", number(mib)));
    }
    let head =
        if text.is_empty() { text_safe(&crate::engine::collector::Reading::summary(r)) } else { text.join(", ") };
    let perf = [
        perfdata("cpus", cpus, "", t.warning.as_ref(), t.critical.as_ref(), Some(0.0), None),
        perfdata("cores", f64::from(r.physical_cores), "", None, None, Some(0.0), None),
        perfdata("memory_mib", mib, "", args.memory_warning.as_ref(), args.memory_critical.as_ref(), Some(0.0), None),
    ];
    (cpu_state.max(mem_state), format!("{head} | {}", perf.join(" ")))
}

/// munin's `gatherer_inventory`: CPUs online, cores and sockets (a drop shows a loss).
pub(crate) const INVENTORY_GRAPH: Graph<Inventory> = Graph {
    link: "gatherer_inventory",
    title: "CPUs, cores and sockets",
    vlabel: "count",
    category: "system",
    args: "--base 1000 --lower-limit 0",
    warning: "",
    critical: "",
    fields: inventory_fields,
    autoconf: crate::checks::munin::always,
};

fn inventory_fields(r: Option<&Inventory>) -> Vec<Field> {
    let v = |f: fn(&Inventory) -> u32| r.map(|r| f64::from(f(r)));
    vec![
        Field::new("cpus", "CPUs online", v(|r| r.logical_cpus)),
        Field::new("cores", "physical cores", v(|r| r.physical_cores)),
        Field::new("sockets", "sockets", v(|r| r.sockets)),
    ]
}
