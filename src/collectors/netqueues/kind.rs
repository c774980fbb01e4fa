//! The netqueues collector as gatherer sees it: its settings and its samples.

use super::{NetQueues, Netqueues, UdpQueues, NAME};
use crate::collectors::{state_in_dir, CollectorKind, Common, Schedule};
use crate::engine::collector::Cancel;
use crate::engine::sample::{Metric, MetricKind, Sample, Unit};
use crate::state::StateSource;
use crate::util::setting::BadSetting;
use anyhow::Result;
use std::path::Path;

/// What the netqueues state file needs.
#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "UDP queues and ARP entries (netqueues collector)")]
#[group(id = "netqueues-state")]
pub(crate) struct StateArgs {
    /// Seconds between samples of /proc/net/udp, udp6 and arp
    #[arg(long, env = "GATHERER_NETQUEUES_INTERVAL", default_value = "60", value_name = "SECONDS")]
    pub(crate) netqueues_interval: String,
}

/// Every netqueues setting.
#[derive(clap::Args, Debug, Clone)]
#[group(id = "netqueues")]
pub(crate) struct Args {
    #[command(flatten)]
    pub(crate) state: StateArgs,
}

/// Its validated settings: those of every node collector.
pub(crate) type Settings = crate::collectors::NodeSettings;

impl CollectorKind for Netqueues {
    const NAME: &'static str = NAME;
    const ABOUT: &'static str = "bytes queued on UDP sockets (IPv4, IPv6) and ARP entries per device";
    type Args = Args;
    type StateArgs = StateArgs;
    type Settings = Settings;
    type Collector = Netqueues;

    fn settings(args: Args, common: &Common) -> Result<Settings, BadSetting> {
        Ok(Settings::new(Self::state(args.state, &common.state_dir)?, common))
    }

    fn state(args: StateArgs, state_dir: &Path) -> Result<StateSource, BadSetting> {
        state_in_dir(NAME, state_dir, "netqueues-interval", &args.netqueues_interval)
    }

    fn schedule(s: &Settings) -> Schedule {
        s.schedule()
    }

    fn build(s: &Settings, _cancel: &Cancel) -> Result<Netqueues> {
        Ok(Netqueues::new(&s.proc_root))
    }
}

pub(crate) static UDP_QUEUES: Metric = Metric {
    name: "udp_queue_bytes",
    prom: "node_udp_queues",
    help: "Number of allocated memory in the kernel for UDP datagrams in bytes.",
    kind: MetricKind::Gauge,
    unit: Unit::Bytes,
};

pub(crate) static ARP_ENTRIES: Metric = Metric {
    name: "arp_entries",
    prom: "node_arp_entries",
    help: "ARP entries by device",
    kind: MetricKind::Gauge,
    unit: Unit::Number,
};

pub(super) fn samples(r: &NetQueues, out: &mut Vec<Sample>) {
    let families: [(&str, &Option<UdpQueues>); 2] = [("v4", &r.udp_v4), ("v6", &r.udp_v6)];
    for (ip, q) in families {
        if let Some(q) = q {
            for (queue, v) in [("rx", q.rx_bytes), ("tx", q.tx_bytes)] {
                out.push(Sample::new(&UDP_QUEUES, v as f64).label("ip", ip).label("queue", queue));
            }
        }
    }
    for (device, n) in r.arp_entries.iter().flatten() {
        out.push(Sample::new(&ARP_ENTRIES, *n as f64).label("device", device));
    }
}
