//! The network collector as gatherer sees it: its settings, its samples, its check and
//! its munin graph.

use super::{NetStats, Network, NAME};
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

/// What the network state file needs.
#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "Network (network collector)")]
#[group(id = "network-state")]
pub(crate) struct StateArgs {
    /// Seconds between network samples (rates cover this window)
    #[arg(long, env = "GATHERER_NETWORK_INTERVAL", default_value = "60", value_name = "SECONDS")]
    pub(crate) network_interval: String,
}

/// Every network setting.
#[derive(clap::Args, Debug, Clone)]
#[group(id = "network")]
pub(crate) struct Args {
    #[command(flatten)]
    pub(crate) state: StateArgs,
}

/// Its validated settings: those of every node collector.
pub(crate) type Settings = crate::collectors::NodeSettings;

impl CollectorKind for Network {
    const NAME: &'static str = NAME;
    const ABOUT: &'static str =
        "bytes, packets, errors and drops in and out of every interface, as counters and per second; link state, speed and MTU";
    type Args = Args;
    type StateArgs = StateArgs;
    type Settings = Settings;
    type Collector = Network;

    fn settings(args: Args, common: &Common) -> Result<Settings, BadSetting> {
        Ok(Settings::new(Self::state(args.state, &common.state_dir)?, common))
    }

    fn state(args: StateArgs, state_dir: &Path) -> Result<StateSource, BadSetting> {
        state_in_dir(NAME, state_dir, "network-interval", &args.network_interval)
    }

    fn schedule(s: &Settings) -> Schedule {
        s.schedule()
    }

    fn build(s: &Settings, _cancel: &Cancel) -> Result<Network> {
        Ok(Network::new(&s.proc_root, &s.sys_root).complete_only(s.oneshot))
    }

    fn checks() -> &'static [&'static dyn DynCheck] {
        &[&NETWORK_CHECK]
    }

    fn graphs() -> &'static [&'static dyn DynGraph] {
        &[&NETWORK_GRAPH]
    }
}

const fn counter(name: &'static str, prom: &'static str, help: &'static str) -> Metric {
    Metric { name, prom, help, kind: MetricKind::Counter, unit: Unit::Number }
}

const fn rate(name: &'static str, prom: &'static str, help: &'static str) -> Metric {
    Metric { name, prom, help, kind: MetricKind::Gauge, unit: Unit::PerSecond }
}

/// node_exporter's sixteen families, in `/proc/net/dev`'s column order.
pub(crate) static COUNTERS: [Metric; 16] = [
    counter("rx_bytes", "node_network_receive_bytes_total", "Network device statistic receive_bytes."),
    counter("rx_packets", "node_network_receive_packets_total", "Network device statistic receive_packets."),
    counter("rx_errors", "node_network_receive_errs_total", "Network device statistic receive_errs."),
    counter("rx_dropped", "node_network_receive_drop_total", "Network device statistic receive_drop."),
    counter("rx_fifo", "node_network_receive_fifo_total", "Network device statistic receive_fifo."),
    counter("rx_frame", "node_network_receive_frame_total", "Network device statistic receive_frame."),
    counter("rx_compressed", "node_network_receive_compressed_total", "Network device statistic receive_compressed."),
    counter("rx_multicast", "node_network_receive_multicast_total", "Network device statistic receive_multicast."),
    counter("tx_bytes", "node_network_transmit_bytes_total", "Network device statistic transmit_bytes."),
    counter("tx_packets", "node_network_transmit_packets_total", "Network device statistic transmit_packets."),
    counter("tx_errors", "node_network_transmit_errs_total", "Network device statistic transmit_errs."),
    counter("tx_dropped", "node_network_transmit_drop_total", "Network device statistic transmit_drop."),
    counter("tx_fifo", "node_network_transmit_fifo_total", "Network device statistic transmit_fifo."),
    counter("tx_collisions", "node_network_transmit_colls_total", "Network device statistic transmit_colls."),
    counter("tx_carrier", "node_network_transmit_carrier_total", "Network device statistic transmit_carrier."),
    counter("tx_compressed", "node_network_transmit_compressed_total", "Network device statistic transmit_compressed."),
];

pub(crate) static RATES: [Metric; 8] = [
    rate(
        "rx_bytes_per_s",
        "gatherer_network_receive_bytes_per_second",
        "Bytes received per second over the last interval",
    ),
    rate(
        "rx_packets_per_s",
        "gatherer_network_receive_packets_per_second",
        "Packets received per second over the last interval",
    ),
    rate(
        "rx_errors_per_s",
        "gatherer_network_receive_errors_per_second",
        "Receive errors per second over the last interval",
    ),
    rate(
        "rx_dropped_per_s",
        "gatherer_network_receive_drops_per_second",
        "Received packets dropped per second over the last interval",
    ),
    rate(
        "tx_bytes_per_s",
        "gatherer_network_transmit_bytes_per_second",
        "Bytes sent per second over the last interval",
    ),
    rate(
        "tx_packets_per_s",
        "gatherer_network_transmit_packets_per_second",
        "Packets sent per second over the last interval",
    ),
    rate(
        "tx_errors_per_s",
        "gatherer_network_transmit_errors_per_second",
        "Transmit errors per second over the last interval",
    ),
    rate(
        "tx_dropped_per_s",
        "gatherer_network_transmit_drops_per_second",
        "Packets dropped on sending per second over the last interval",
    ),
];

pub(crate) static PHYSICAL: Metric = Metric {
    name: "physical",
    prom: "gatherer_network_physical",
    help: "1 when the interface is backed by hardware (/sys/class/net/NAME/device exists)",
    kind: MetricKind::Gauge,
    unit: Unit::Number,
};

const fn gauge(name: &'static str, prom: &'static str, help: &'static str, unit: Unit) -> Metric {
    Metric { name, prom, help, kind: MetricKind::Gauge, unit }
}

/// node_exporter's netclass families, from `/sys/class/net/NAME`.
pub(crate) static UP: Metric =
    gauge("up", "node_network_up", "Value is 1 if operstate is 'up', 0 otherwise.", Unit::Number);
pub(crate) static CARRIER: Metric =
    gauge("carrier", "node_network_carrier", "Network device property: carrier", Unit::Number);
pub(crate) static MTU: Metric =
    gauge("mtu", "node_network_mtu_bytes", "Network device property: mtu_bytes", Unit::Bytes);
pub(crate) static SPEED: Metric =
    gauge("speed", "node_network_speed_bytes", "Network device property: speed_bytes", Unit::BytesPerSecond);
pub(crate) static INFO: Metric = Metric {
    name: "info",
    prom: "node_network_info",
    help: "Non-numeric data from /sys/class/net/<iface>, value is always 1.",
    kind: MetricKind::Info,
    unit: Unit::Number,
};
pub(crate) static NOHANDLER: Metric =
    counter("rx_nohandler", "node_network_receive_nohandler_total", "Network device statistic receive_nohandler.");

fn class_samples(name: &str, c: &super::NetClass, out: &mut Vec<Sample>) {
    out.push(Sample::new(&UP, f64::from(u8::from(c.operstate == "up"))).label("device", name));
    out.push(
        Sample::new(&INFO, 1.0)
            .label("device", name)
            .info("address", &c.address)
            .info("broadcast", &c.broadcast)
            .info("duplex", &c.duplex)
            .info("ifalias", &c.ifalias)
            .info("operstate", &c.operstate),
    );
    // Megabits to bytes per second, as node_exporter does: -1 (unknown) gives -125000.
    let speed = c.speed_mbps.map(|m| m as f64 * 1_000_000.0 / 8.0);
    let values = [
        (&CARRIER, c.carrier.map(|v| v as f64)),
        (&MTU, c.mtu.map(|v| v as f64)),
        (&SPEED, speed),
        (&NOHANDLER, c.rx_nohandler.map(|v| v as f64)),
    ];
    for (m, v) in values {
        if let Some(v) = v {
            out.push(Sample::new(m, v).label("device", name));
        }
    }
}

fn rate_values(r: &super::Rates) -> [f64; 8] {
    [r.rx_bytes, r.rx_packets, r.rx_errors, r.rx_dropped, r.tx_bytes, r.tx_packets, r.tx_errors, r.tx_dropped]
}

pub(super) fn samples(r: &NetStats, out: &mut Vec<Sample>) {
    for (name, i) in &r.interfaces {
        for (m, v) in COUNTERS.iter().zip(i.counters.to_array()) {
            out.push(Sample::new(m, v as f64).label("device", name));
        }
        if let Some(rates) = &i.per_second {
            for (m, v) in RATES.iter().zip(rate_values(rates)) {
                out.push(Sample::new(m, v).label("device", name));
            }
        }
        out.push(Sample::new(&PHYSICAL, f64::from(u8::from(i.physical))).label("device", name));
        if let Some(c) = &i.class {
            class_samples(name, c, out);
        }
    }
    // The totals as pseudo-devices: every interface, and every one but the loopback.
    for (device, t) in [("all", &r.total), ("all_but_loopback", &r.total_without_loopback)] {
        if let Some(rates) = &t.per_second {
            for (m, v) in RATES.iter().zip(rate_values(rates)) {
                out.push(Sample::new(m, v).label("device", device));
            }
        }
    }
}

/// `gatherer check network`: throughput, and ranges on errors and drops per second,
/// loopback left out.
pub(crate) const NETWORK_CHECK: Check<NetStats, NoArgs> = Check {
    name: "network",
    service: "NETWORK",
    about: "Network errors and drops per second over all interfaces but the loopback, with throughput",
    warning_help: "Warning range on errors + drops per second (in and out) [default: none]",
    critical_help: "Critical range on errors + drops per second (in and out) [default: none]",
    judge: judge_network,
};

fn judge_network(_: &NoArgs, t: &Thresholds, r: &NetStats) -> (PluginState, String) {
    let Some(rates) = &r.total_without_loopback.per_second else {
        return (PluginState::Unknown, "no network rates yet (they need a second sample)".into());
    };
    let bad = rates.rx_errors + rates.tx_errors + rates.rx_dropped + rates.tx_dropped;
    let state = grade(bad, t.warning.as_ref(), t.critical.as_ref());
    let text = format!(
        "in {} B/s, out {} B/s, errors+drops {}/s on {}",
        number(rates.rx_bytes),
        number(rates.tx_bytes),
        number(bad),
        r.counted()
    );
    let perf = [
        perfdata("errors_drops_per_s", bad, "", t.warning.as_ref(), t.critical.as_ref(), Some(0.0), None),
        perfdata("in_bytes_per_s", rates.rx_bytes, "B", None, None, Some(0.0), None),
        perfdata("out_bytes_per_s", rates.tx_bytes, "B", None, None, Some(0.0), None),
    ];
    (state, format!("{text} | {}", perf.join(" ")))
}

/// munin's `gatherer_network`: bytes in and out per second, loopback left out.
pub(crate) const NETWORK_GRAPH: Graph<NetStats> = Graph {
    link: "gatherer_network",
    title: "Network traffic (all interfaces but the loopback)",
    vlabel: "bytes per second",
    category: "network",
    args: "--base 1000 --lower-limit 0",
    warning: "",
    critical: "",
    fields: network_fields,
    autoconf: crate::checks::munin::always,
};

fn network_fields(r: Option<&NetStats>) -> Vec<Field> {
    let t = r.and_then(|r| r.total_without_loopback.per_second);
    vec![
        Field::new("in", "received", t.map(|t| t.rx_bytes)),
        Field::new("out", "sent", t.map(|t| t.tx_bytes)),
        Field::new(
            "errors",
            "errors and drops per second",
            t.map(|t| t.rx_errors + t.tx_errors + t.rx_dropped + t.tx_dropped),
        ),
    ]
}
