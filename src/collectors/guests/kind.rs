//! The guests collector as gatherer sees it: its settings, its samples, its check and
//! its munin graph.

use super::{Guests, GuestsReading, NAME};
use crate::checks::{
    grade, number, perfdata, Check, DynCheck, DynGraph, Field, Graph, NoArgs, PluginState, Thresholds,
};
use crate::collectors::{state_in_dir, CollectorKind, Common, Schedule};
use crate::engine::collector::Cancel;
use crate::engine::sample::{Metric, MetricKind, Sample, Unit};
use crate::state::StateSource;
use crate::util::setting::{bad, seconds, BadSetting};
use anyhow::Result;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The URI asked by default; skipped on hosts without libvirt's socket.
const DEFAULT_URI: &str = "qemu:///system";
/// libvirtd's and virtqemud's sockets: where one is, libvirt is there to ask.
const SOCKETS: [&str; 4] = [
    "/run/libvirt/libvirt-sock",
    "/run/libvirt/libvirt-sock-ro",
    "/run/libvirt/virtqemud-sock",
    "/run/libvirt/virtqemud-sock-ro",
];
/// The cgroup roots whose children are VMs: where one has children, the collector is on
/// by default.
const MACHINE_ROOTS: [&str; 2] = ["/machine.slice", "/machine"];

/// What the guests state file needs.
#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "Guests: libvirt domains and cgroups (guests collector)")]
#[group(id = "guests-state")]
pub(crate) struct StateArgs {
    /// Seconds between guest samples (CPU % covers this window)
    #[arg(long, env = "GATHERER_GUESTS_INTERVAL", default_value = "60", value_name = "SECONDS")]
    pub(crate) guests_interval: String,
}

/// Every guests setting.
#[derive(clap::Args, Debug, Clone)]
#[group(id = "guests")]
pub(crate) struct Args {
    #[command(flatten)]
    pub(crate) state: StateArgs,

    /// libvirt connection URI whose domains are guests ("" to ask no libvirt; the default is skipped where libvirt has no socket)
    #[arg(long, env = "GATHERER_GUESTS_LIBVIRT_URI", default_value = DEFAULT_URI, value_name = "URI")]
    pub(crate) guests_libvirt_uri: String,

    /// Cgroup paths from the hierarchy's root whose children are guests, comma-separated
    #[arg(
        long,
        env = "GATHERER_GUESTS_CGROUP_ROOTS",
        default_value = "/machine.slice,/machine,/system.slice,/lxc,/docker",
        value_name = "LIST"
    )]
    pub(crate) guests_cgroup_roots: String,

    /// The virsh program that asks libvirt
    #[arg(long, env = "GATHERER_GUESTS_VIRSH", default_value = "/usr/bin/virsh", value_name = "PATH")]
    pub(crate) guests_virsh: PathBuf,

    /// Seconds libvirt has to answer before virsh is killed and its domains reported as stuck (at most the interval)
    #[arg(long, env = "GATHERER_GUESTS_TIMEOUT", default_value = "10", value_name = "SECONDS")]
    pub(crate) guests_timeout: String,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Settings {
    pub(crate) sys_root: PathBuf,
    pub(crate) state_path: PathBuf,
    pub(crate) interval: Duration,
    pub(crate) oneshot: bool,
    pub(crate) uri: String,
    pub(crate) roots: Vec<String>,
    pub(crate) virsh: PathBuf,
    pub(crate) timeout: Duration,
}

impl Settings {
    /// Whether libvirt is asked: a URI is set, and it is not the default on a host
    /// without libvirt's socket.
    pub(crate) fn libvirt_asked(&self) -> bool {
        !self.uri.is_empty() && (self.uri != DEFAULT_URI || SOCKETS.iter().any(|s| Path::new(s).exists()))
    }
}

/// Cgroup roots as absolute paths, each a plain path below the hierarchy's root.
fn roots(value: &str) -> Result<Vec<String>, BadSetting> {
    let mut out = Vec::new();
    for r in value.split(',').map(str::trim).filter(|r| !r.is_empty()) {
        let rel = r.trim_start_matches('/').trim_end_matches('/');
        if rel.is_empty() {
            // The hierarchy's root: every top-level group is a guest.
            out.push("/".to_string());
            continue;
        }
        if rel.split('/').any(|c| c.is_empty() || c == "." || c == "..") {
            return Err(bad("guests-cgroup-roots", value, &format!("{r:?} is not a plain path below the cgroup root")));
        }
        out.push(format!("/{rel}"));
    }
    Ok(out)
}

impl CollectorKind for Guests {
    const NAME: &'static str = NAME;
    const ABOUT: &'static str =
        "libvirt domains and cgroups (VMs, containers, units): CPU time and %, memory, disk and network per guest";
    type Args = Args;
    type StateArgs = StateArgs;
    type Settings = Settings;
    type Collector = Guests;

    /// Only where there are guests: libvirt's socket, or VMs' cgroups.
    fn on_by_default(s: &Settings) -> Result<(), String> {
        if !s.uri.is_empty() && SOCKETS.iter().any(|p| Path::new(p).exists()) {
            return Ok(());
        }
        let machines: Vec<String> = MACHINE_ROOTS.iter().map(|r| r.to_string()).collect();
        match super::cgroups::Layout::find(&s.sys_root) {
            Some(l) if l.has_guests(&machines) => Ok(()),
            _ => Err("no libvirt socket and no machine cgroups (--collectors names it to run it anyway)".into()),
        }
    }

    fn settings(args: Args, common: &Common) -> Result<Settings, BadSetting> {
        let state = Self::state(args.state, &common.state_dir)?;
        // Never longer than the interval: the next round must find the lane free.
        let timeout = seconds("guests-timeout", &args.guests_timeout)?.min(state.interval);
        Ok(Settings {
            sys_root: common.sys_root.clone(),
            state_path: state.path,
            interval: state.interval,
            oneshot: common.oneshot,
            uri: args.guests_libvirt_uri.trim().to_string(),
            roots: roots(&args.guests_cgroup_roots)?,
            virsh: args.guests_virsh,
            timeout,
        })
    }

    fn state(args: StateArgs, state_dir: &Path) -> Result<StateSource, BadSetting> {
        state_in_dir(NAME, state_dir, "guests-interval", &args.guests_interval)
    }

    fn schedule(s: &Settings) -> Schedule {
        Schedule::every(s.interval, &s.state_path)
    }

    fn build(s: &Settings, _cancel: &Cancel) -> Result<Guests> {
        Ok(Guests::new(s))
    }

    fn checks() -> &'static [&'static dyn DynCheck] {
        &[&GUESTS_CHECK]
    }

    fn graphs() -> &'static [&'static dyn DynGraph] {
        &[&GUESTS_GRAPH]
    }
}

const fn metric(name: &'static str, prom: &'static str, help: &'static str, kind: MetricKind, unit: Unit) -> Metric {
    Metric { name, prom, help, kind, unit }
}

use MetricKind::{Counter, Gauge};

// libvirt domains, named as the libvirt exporters name them.
pub(crate) static DOMAIN_CPU: Metric = metric(
    "domain_cpu_seconds",
    "libvirt_domain_info_cpu_time_seconds_total",
    "Amount of CPU time used by the domain, in seconds",
    Counter,
    Unit::Seconds,
);
pub(crate) static DOMAIN_VCPUS: Metric = metric(
    "domain_vcpus",
    "libvirt_domain_info_virtual_cpus",
    "Number of virtual CPUs for the domain",
    Gauge,
    Unit::Number,
);
pub(crate) static DOMAIN_MEM: Metric = metric(
    "domain_memory_bytes",
    "libvirt_domain_info_memory_usage_bytes",
    "Memory usage of the domain, in bytes",
    Gauge,
    Unit::Bytes,
);
pub(crate) static DOMAIN_MEM_MAX: Metric = metric(
    "domain_memory_max_bytes",
    "libvirt_domain_info_maximum_memory_bytes",
    "Maximum allowed memory of the domain, in bytes",
    Gauge,
    Unit::Bytes,
);
pub(crate) static DOMAIN_BALLOON: Metric = metric(
    "domain_balloon_bytes",
    "libvirt_domain_memory_stats_actual_balloon_bytes",
    "Current balloon value, in bytes",
    Gauge,
    Unit::Bytes,
);
pub(crate) static DOMAIN_RUNNING: Metric =
    metric("domain_running", "gatherer_guests_domain_running", "1 when the domain is running", Gauge, Unit::Number);
pub(crate) static DOMAIN_CPU_PCT: Metric = metric(
    "domain_cpu_pct",
    "gatherer_guests_domain_cpu_percent",
    "CPU time of the domain over the interval, in percent of one host CPU",
    Gauge,
    Unit::Percent,
);
pub(crate) static DOMAIN_CPU_PCT_VCPUS: Metric = metric(
    "domain_cpu_pct_of_vcpus",
    "gatherer_guests_domain_cpu_percent_of_vcpus",
    "CPU time of the domain over the interval, in percent of its vCPUs",
    Gauge,
    Unit::Percent,
);
pub(crate) static VCPU_PCT: Metric = metric(
    "vcpu_pct",
    "gatherer_guests_vcpu_busy_percent",
    "Time one vCPU ran over the interval, in percent",
    Gauge,
    Unit::Percent,
);
pub(crate) static BLOCK: [Metric; 4] = [
    metric(
        "disk_rd_reqs",
        "libvirt_domain_block_stats_read_requests_total",
        "Number of read requests from a block device",
        Counter,
        Unit::Number,
    ),
    metric(
        "disk_rd_bytes",
        "libvirt_domain_block_stats_read_bytes_total",
        "Number of bytes read from a block device, in bytes",
        Counter,
        Unit::Bytes,
    ),
    metric(
        "disk_wr_reqs",
        "libvirt_domain_block_stats_write_requests_total",
        "Number of write requests to a block device",
        Counter,
        Unit::Number,
    ),
    metric(
        "disk_wr_bytes",
        "libvirt_domain_block_stats_write_bytes_total",
        "Number of bytes written to a block device, in bytes",
        Counter,
        Unit::Bytes,
    ),
];
pub(crate) static NET: [Metric; 8] = [
    metric(
        "net_rx_bytes",
        "libvirt_domain_interface_stats_receive_bytes_total",
        "Number of bytes the guest received on a network interface",
        Counter,
        Unit::Bytes,
    ),
    metric(
        "net_rx_packets",
        "libvirt_domain_interface_stats_receive_packets_total",
        "Number of packets the guest received on a network interface",
        Counter,
        Unit::Number,
    ),
    metric(
        "net_rx_errs",
        "libvirt_domain_interface_stats_receive_errors_total",
        "Number of packet receive errors on a network interface",
        Counter,
        Unit::Number,
    ),
    metric(
        "net_rx_drop",
        "libvirt_domain_interface_stats_receive_drops_total",
        "Number of packet receive drops on a network interface",
        Counter,
        Unit::Number,
    ),
    metric(
        "net_tx_bytes",
        "libvirt_domain_interface_stats_transmit_bytes_total",
        "Number of bytes the guest transmitted on a network interface",
        Counter,
        Unit::Bytes,
    ),
    metric(
        "net_tx_packets",
        "libvirt_domain_interface_stats_transmit_packets_total",
        "Number of packets the guest transmitted on a network interface",
        Counter,
        Unit::Number,
    ),
    metric(
        "net_tx_errs",
        "libvirt_domain_interface_stats_transmit_errors_total",
        "Number of packet transmit errors on a network interface",
        Counter,
        Unit::Number,
    ),
    metric(
        "net_tx_drop",
        "libvirt_domain_interface_stats_transmit_drops_total",
        "Number of packet transmit drops on a network interface",
        Counter,
        Unit::Number,
    ),
];
pub(crate) static DOMAIN_STUCK: Metric = metric(
    "domain_stuck",
    "gatherer_guests_domain_stuck",
    "1 when libvirt did not answer for the domain within the timeout",
    Gauge,
    Unit::Number,
);

// cgroups, named as cAdvisor names them.
pub(crate) static CG_CPU: Metric = metric(
    "cgroup_cpu_seconds",
    "container_cpu_usage_seconds_total",
    "Cumulative cpu time consumed in seconds.",
    Counter,
    Unit::Seconds,
);
pub(crate) static CG_CPU_PCT: Metric = metric(
    "cgroup_cpu_pct",
    "gatherer_guests_cgroup_cpu_percent",
    "CPU time of the cgroup over the interval, in percent of one host CPU",
    Gauge,
    Unit::Percent,
);
pub(crate) static CG_MEM: Metric = metric(
    "cgroup_memory_bytes",
    "container_memory_usage_bytes",
    "Current memory usage in bytes, including all memory regardless of when it was accessed",
    Gauge,
    Unit::Bytes,
);
pub(crate) static CG_MEM_PEAK: Metric = metric(
    "cgroup_memory_peak_bytes",
    "container_memory_max_usage_bytes",
    "Maximum memory usage recorded in bytes",
    Gauge,
    Unit::Bytes,
);
pub(crate) static CG_IO: [Metric; 4] = [
    metric(
        "cgroup_io_read_bytes",
        "container_fs_reads_bytes_total",
        "Cumulative count of bytes read",
        Counter,
        Unit::Bytes,
    ),
    metric(
        "cgroup_io_write_bytes",
        "container_fs_writes_bytes_total",
        "Cumulative count of bytes written",
        Counter,
        Unit::Bytes,
    ),
    metric("cgroup_io_reads", "container_fs_reads_total", "Cumulative count of reads completed", Counter, Unit::Number),
    metric(
        "cgroup_io_writes",
        "container_fs_writes_total",
        "Cumulative count of writes completed",
        Counter,
        Unit::Number,
    ),
];
pub(crate) static CG_PIDS: Metric = metric(
    "cgroup_processes",
    "container_processes",
    "Number of processes running inside the container.",
    Gauge,
    Unit::Number,
);

pub(super) fn samples(r: &GuestsReading, out: &mut Vec<Sample>) {
    if let Some(l) = &r.libvirt {
        for (name, d) in &l.domains {
            let s = |m: &'static Metric, v: f64| Sample::new(m, v).label("domain", name).info("uuid", &d.uuid);
            out.push(s(&DOMAIN_RUNNING, f64::from(u8::from(d.state == "running"))));
            let opt = [
                (&DOMAIN_CPU, d.cpu_time_ns.map(|n| n as f64 / 1e9)),
                (&DOMAIN_VCPUS, d.vcpus.map(|v| v as f64)),
                (&DOMAIN_MEM, d.memory_current_bytes.map(|v| v as f64)),
                (&DOMAIN_MEM_MAX, d.memory_max_bytes.map(|v| v as f64)),
                (&DOMAIN_BALLOON, d.balloon_bytes.map(|v| v as f64)),
                (&DOMAIN_CPU_PCT, d.cpu_pct),
                (&DOMAIN_CPU_PCT_VCPUS, d.cpu_pct_of_vcpus),
            ];
            for (m, v) in opt {
                if let Some(v) = v {
                    out.push(s(m, v));
                }
            }
            for (i, p) in &d.vcpu_pct {
                out.push(s(&VCPU_PCT, *p).label("vcpu", i));
            }
            for (dev, k) in &d.disks {
                for (m, v) in BLOCK.iter().zip([k.rd_reqs, k.rd_bytes, k.wr_reqs, k.wr_bytes]) {
                    out.push(s(m, v as f64).label("target_device", dev));
                }
            }
            for (dev, i) in &d.interfaces {
                let v =
                    [i.rx_bytes, i.rx_packets, i.rx_errs, i.rx_drop, i.tx_bytes, i.tx_packets, i.tx_errs, i.tx_drop];
                for (m, v) in NET.iter().zip(v) {
                    out.push(s(m, v as f64).label("target_device", dev));
                }
            }
        }
        for name in &l.stuck {
            out.push(Sample::new(&DOMAIN_STUCK, 1.0).label("domain", name));
        }
    }
    for (id, g) in &r.cgroups.guests {
        let v = [
            (&CG_CPU, g.cpu_time_ns.map(|n| n as f64 / 1e9)),
            (&CG_CPU_PCT, g.cpu_pct),
            (&CG_MEM, g.memory_bytes.map(|v| v as f64)),
            (&CG_MEM_PEAK, g.memory_peak_bytes.map(|v| v as f64)),
            (&CG_IO[0], g.io_read_bytes.map(|v| v as f64)),
            (&CG_IO[1], g.io_write_bytes.map(|v| v as f64)),
            (&CG_IO[2], g.io_reads.map(|v| v as f64)),
            (&CG_IO[3], g.io_writes.map(|v| v as f64)),
            (&CG_PIDS, g.pids.map(|v| v as f64)),
        ];
        for (m, v) in v {
            if let Some(v) = v {
                out.push(Sample::new(m, v).label("id", id));
            }
        }
    }
}

/// Every guest's CPU % (of one host CPU), by its name in the check and graph.
fn cpu_pcts(r: &GuestsReading) -> Vec<(String, Option<f64>)> {
    let mut v: Vec<(String, Option<f64>)> = Vec::new();
    if let Some(l) = &r.libvirt {
        v.extend(l.domains.iter().map(|(n, d)| (format!("domain {n}"), d.cpu_pct)));
    }
    v.extend(r.cgroups.guests.iter().map(|(id, g)| (format!("cgroup {id}"), g.cpu_pct)));
    v
}

/// `gatherer check guests`: each guest's CPU %, stuck domains, guests gone.
pub(crate) const GUESTS_CHECK: Check<GuestsReading, NoArgs> = Check {
    name: "guests",
    service: "GUESTS",
    about:
        "Each guest's CPU % of one host CPU; CRITICAL for domains libvirt did not answer for, WARNING for guests gone",
    warning_help: "Warning range on each guest's CPU % of one host CPU [default: none]",
    critical_help: "Critical range on each guest's CPU % of one host CPU [default: none]",
    judge: judge_guests,
};

fn judge_guests(_: &NoArgs, t: &Thresholds, r: &GuestsReading) -> (PluginState, String) {
    let mut state = PluginState::Ok;
    let mut bad = Vec::new();
    let mut perf = Vec::new();
    // Labels that came out the same (`a b` and `a_b`) would be one series to a grapher.
    let mut labels = std::collections::HashSet::new();
    for (name, pct) in cpu_pcts(r) {
        let Some(p) = pct else { continue };
        let s = grade(p, t.warning.as_ref(), t.critical.as_ref());
        if s != PluginState::Ok {
            bad.push(format!("{name} CPU {}%", number(p)));
        }
        state = state.max(s);
        let label = crate::util::names::first_free(&name.replace([' ', '/', '='], "_"), |l| labels.contains(l));
        labels.insert(label.clone());
        perf.push(perfdata(&label, p, "%", t.warning.as_ref(), t.critical.as_ref(), Some(0.0), None));
    }
    if let Some(l) = &r.libvirt {
        if !l.stuck.is_empty() {
            state = PluginState::Critical;
            bad.push(format!("libvirt stuck for {}", l.stuck.join(", ")));
        } else if let Some(e) = &l.error {
            state = state.max(PluginState::Warning);
            bad.push(format!("libvirt: {e}"));
        }
    }
    // Guests not measured, or measured in part: not an OK.
    if let Some(e) = &r.cgroups.error {
        state = state.max(PluginState::Warning);
        bad.push(format!("cgroups: {e}"));
    }
    if !r.missing.is_empty() {
        state = state.max(PluginState::Warning);
        bad.push(format!("gone: {}", r.missing.join(", ")));
    }
    let (d, c) = (r.libvirt.as_ref().map(|l| l.domains.len()).unwrap_or(0), r.cgroups.guests.len());
    let mut text = format!("{d} domains, {c} cgroups");
    if !bad.is_empty() {
        text += &format!(": {}", bad.join("; "));
    } else if r.interval_s.is_none() {
        text += " (CPU % from the next sample on)";
    }
    (state, format!("{} | {}", crate::checks::text_safe(&text), perf.join(" ")))
}

/// munin's `gatherer_guests`: each guest's CPU %.
pub(crate) const GUESTS_GRAPH: Graph<GuestsReading> = Graph {
    link: "gatherer_guests",
    title: "CPU of each guest",
    vlabel: "% of one CPU",
    category: "virtualization",
    args: "--base 1000 --lower-limit 0",
    warning: "",
    critical: "",
    fields: guest_fields,
    autoconf: crate::checks::munin::always,
};

fn guest_fields(r: Option<&GuestsReading>) -> Vec<Field> {
    r.map(cpu_pcts).unwrap_or_default().into_iter().map(|(name, p)| Field::new(name.clone(), name, p)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reading() -> GuestsReading {
        GuestsReading {
            interval_s: Some(60.0),
            note: None,
            libvirt: None,
            cgroups: super::super::CgroupGuests {
                version: Some(2),
                roots: vec!["/machine.slice".into()],
                error: None,
                guests: Default::default(),
            },
            missing: Vec::new(),
        }
    }

    /// cgroups that cannot be listed or read (a root with too many children, a file
    /// refused) used to leave the check OK, as if every guest were measured.
    #[test]
    fn a_cgroup_error_is_a_warning_that_says_it() {
        let t = Thresholds::ranges(None, None);
        assert_eq!(judge_guests(&NoArgs {}, &t, &reading()).0, PluginState::Ok);
        let mut r = reading();
        r.cgroups.error = Some("cannot read /sys/fs/cgroup/machine.slice/vm/io.stat: line 1: rbytes twice".into());
        let (state, text) = judge_guests(&NoArgs {}, &t, &r);
        assert_eq!(state, PluginState::Warning, "{text}");
        assert!(text.contains("cgroups: cannot read /sys/fs/cgroup/machine.slice/vm/io.stat"), "{text}");
    }

    /// munin's field names keep only letters, digits and `_`: `web-1` and `web_1` made
    /// one field, and munin drew only the first of the two guests. The names are the ones
    /// munin's config and fetch give the guests' fields.
    #[test]
    fn guests_whose_names_differ_in_punctuation_get_a_field_each() {
        use crate::checks::munin::field_names;
        let mut r = reading();
        for id in ["/machine.slice/web-1", "/machine.slice/web_1", "/machine.slice/web.1"] {
            r.cgroups.guests.insert(id.into(), Default::default());
        }
        let names = field_names(&guest_fields(Some(&r)));
        let distinct: std::collections::BTreeSet<&String> = names.iter().collect();
        assert_eq!(distinct.len(), 3, "{names:?}");
    }

    /// Perfdata labels replace ` `, `/` and `=`: `domain a b` and `domain a_b` gave one
    /// label twice, which a grapher stores as one series, the two guests' CPU mixed.
    #[test]
    fn perfdata_labels_stay_apart() {
        let mut r = reading();
        let mut l = super::super::LibvirtGuests {
            uri: "qemu:///system".into(),
            method: "domstats".into(),
            error: None,
            stuck: Vec::new(),
            domains: Default::default(),
        };
        for n in ["a b", "a_b"] {
            l.domains.insert(n.into(), super::super::Domain { cpu_pct: Some(1.0), ..Default::default() });
        }
        r.libvirt = Some(l);
        let (_, text) = judge_guests(&NoArgs {}, &Thresholds::ranges(None, None), &r);
        let perf = text.split_once(" | ").unwrap().1;
        let labels: Vec<&str> = perf.split(' ').map(|p| p.split_once('=').unwrap().0).collect();
        let distinct: std::collections::BTreeSet<&&str> = labels.iter().collect();
        assert_eq!(distinct.len(), 2, "{labels:?}");
    }

    #[test]
    fn cgroup_roots_are_plain_paths_below_the_root() {
        assert_eq!(roots("machine.slice, /lxc/ ,,/").unwrap(), ["/machine.slice", "/lxc", "/"]);
        for bad in ["/a/../b", "/a//b", "./x"] {
            let e = roots(bad).unwrap_err().to_string();
            assert!(e.contains("guests-cgroup-roots"), "{bad}: {e}");
        }
    }
}
