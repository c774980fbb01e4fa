//! The sockstat collector as gatherer sees it: its settings, its samples and its munin
//! graph.

use super::{SockStats, Sockstat, NAME};
use crate::checks::{DynCheck, DynGraph, Field, Graph};
use crate::collectors::{state_in_dir, CollectorKind, Common, Schedule};
use crate::engine::collector::Cancel;
use crate::engine::sample::{Metric, MetricKind, Sample, Unit};
use crate::state::StateSource;
use crate::util::setting::BadSetting;
use anyhow::Result;
use std::path::Path;

/// What the sockstat state file needs.
#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "Sockets (sockstat collector)")]
#[group(id = "sockstat-state")]
pub(crate) struct StateArgs {
    /// Seconds between samples of /proc/net/sockstat and sockstat6
    #[arg(long, env = "GATHERER_SOCKSTAT_INTERVAL", default_value = "60", value_name = "SECONDS")]
    pub(crate) sockstat_interval: String,
}

/// Every sockstat setting.
#[derive(clap::Args, Debug, Clone)]
#[group(id = "sockstat")]
pub(crate) struct Args {
    #[command(flatten)]
    pub(crate) state: StateArgs,
}

/// Its validated settings: those of every node collector.
pub(crate) type Settings = crate::collectors::NodeSettings;

impl CollectorKind for Sockstat {
    const NAME: &'static str = NAME;
    const ABOUT: &'static str =
        "sockets in use per protocol (TCP, UDP, raw, fragments; IPv4 and IPv6) from /proc/net/sockstat";
    type Args = Args;
    type StateArgs = StateArgs;
    type Settings = Settings;
    type Collector = Sockstat;

    fn settings(args: Args, common: &Common) -> Result<Settings, BadSetting> {
        Ok(Settings::new(Self::state(args.state, &common.state_dir)?, common))
    }

    fn state(args: StateArgs, state_dir: &Path) -> Result<StateSource, BadSetting> {
        state_in_dir(NAME, state_dir, "sockstat-interval", &args.sockstat_interval)
    }

    fn schedule(s: &Settings) -> Schedule {
        s.schedule()
    }

    fn build(s: &Settings, _cancel: &Cancel) -> Result<Sockstat> {
        Ok(Sockstat::new(&s.proc_root))
    }

    fn checks() -> &'static [&'static dyn DynCheck] {
        &[]
    }

    fn graphs() -> &'static [&'static dyn DynGraph] {
        &[&SOCKETS_GRAPH]
    }
}

pub(crate) static SOCKETS_USED: Metric = Metric {
    name: "sockets_used",
    prom: "node_sockstat_sockets_used",
    help: "Number of IPv4 sockets in use.",
    kind: MetricKind::Gauge,
    unit: Unit::Number,
};

/// One family per `PROTO key` pair, as node_exporter names them.
pub(crate) static FIELD: Metric = Metric {
    name: "{}",
    prom: "node_sockstat_{}",
    help: "Sockets of a protocol in a state (/proc/net/sockstat or sockstat6 PROTO_state: {}).",
    kind: MetricKind::Gauge,
    unit: Unit::Number,
};

pub(super) fn samples(r: &SockStats, out: &mut Vec<Sample>) {
    if let Some(used) = r.sockets_used {
        out.push(Sample::new(&SOCKETS_USED, used as f64));
    }
    for (name, v) in &r.fields {
        out.push(Sample::of_field(&FIELD, name, *v as f64));
    }
}

/// munin's `gatherer_sockets`: TCP sockets by state and UDP sockets, IPv4 and IPv6.
pub(crate) const SOCKETS_GRAPH: Graph<SockStats> = Graph {
    link: "gatherer_sockets",
    title: "Sockets in use",
    vlabel: "sockets",
    category: "network",
    args: "--base 1000 --lower-limit 0",
    warning: "",
    critical: "",
    fields: socket_fields,
    autoconf: crate::checks::munin::always,
};

fn socket_fields(r: Option<&SockStats>) -> Vec<Field> {
    let f = |k: &str| r.and_then(|r| r.fields.get(k)).map(|v| *v as f64);
    vec![
        Field::new("used", "sockets of every kind in use", r.and_then(|r| r.sockets_used).map(|v| v as f64)),
        Field::new("tcp_inuse", "TCP in use", f("TCP_inuse")),
        Field::new("tcp6_inuse", "TCP over IPv6 in use", f("TCP6_inuse")),
        Field::new("tcp_tw", "TCP in time-wait", f("TCP_tw")),
        Field::new("tcp_orphan", "TCP orphaned", f("TCP_orphan")),
        Field::new("udp_inuse", "UDP in use", f("UDP_inuse")),
        Field::new("udp6_inuse", "UDP over IPv6 in use", f("UDP6_inuse")),
    ]
}
