//! The netstat collector as gatherer sees it: its settings, its samples, its check and
//! its munin graph.

use super::{Netstat, NetstatStats, NAME};
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

/// What the netstat state file needs.
#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "Protocol counters (netstat collector)")]
#[group(id = "netstat-state")]
pub(crate) struct StateArgs {
    /// Seconds between samples of /proc/net/{netstat,snmp,snmp6} (rates cover this window)
    #[arg(long, env = "GATHERER_NETSTAT_INTERVAL", default_value = "60", value_name = "SECONDS")]
    pub(crate) netstat_interval: String,
}

/// Every netstat setting.
#[derive(clap::Args, Debug, Clone)]
#[group(id = "netstat")]
pub(crate) struct Args {
    #[command(flatten)]
    pub(crate) state: StateArgs,
}

/// Its validated settings: those of every node collector.
pub(crate) type Settings = crate::collectors::NodeSettings;

impl CollectorKind for Netstat {
    const NAME: &'static str = NAME;
    const ABOUT: &'static str =
        "IP, ICMP, TCP and UDP protocol counters from /proc/net/netstat, snmp and snmp6, TCP listen drops";
    type Args = Args;
    type StateArgs = StateArgs;
    type Settings = Settings;
    type Collector = Netstat;

    fn settings(args: Args, common: &Common) -> Result<Settings, BadSetting> {
        Ok(Settings::new(Self::state(args.state, &common.state_dir)?, common))
    }

    fn state(args: StateArgs, state_dir: &Path) -> Result<StateSource, BadSetting> {
        state_in_dir(NAME, state_dir, "netstat-interval", &args.netstat_interval)
    }

    fn schedule(s: &Settings) -> Schedule {
        s.schedule()
    }

    fn build(s: &Settings, _cancel: &Cancel) -> Result<Netstat> {
        Ok(Netstat::new(&s.proc_root))
    }

    fn checks() -> &'static [&'static dyn DynCheck] {
        &[&LISTEN_CHECK]
    }

    fn graphs() -> &'static [&'static dyn DynGraph] {
        &[&TCP_GRAPH]
    }
}

/// One family per kept field, as node_exporter names and types them.
pub(crate) static FIELD: Metric = Metric {
    name: "{}",
    prom: "node_netstat_{}",
    help: "Statistic {}.",
    kind: MetricKind::Untyped,
    unit: Unit::Number,
};

pub(super) fn samples(r: &NetstatStats, out: &mut Vec<Sample>) {
    for (name, v) in &r.fields {
        out.push(Sample::of_field(&FIELD, name, *v));
    }
}

/// `gatherer check tcp-listen`: SYNs and connections a listening socket dropped per
/// second (TcpExt ListenDrops, which counts the accept-queue overflows too): clients
/// refused or made to retry because a server does not accept fast enough.
pub(crate) const LISTEN_CHECK: Check<NetstatStats, NoArgs> = Check {
    name: "tcp-listen",
    service: "TCP-LISTEN",
    about: "TCP listen drops per second (TcpExt ListenDrops: accept queue overflows and other drops at a listener)",
    warning_help: "Warning range on listen drops per second [default: 0, any drop]",
    critical_help: "Critical range on listen drops per second [default: 1]",
    judge: judge_listen,
};

fn judge_listen(_: &NoArgs, t: &Thresholds, r: &NetstatStats) -> (PluginState, String) {
    if !r.fields.contains_key("TcpExt_ListenDrops") {
        return (PluginState::Unknown, "no TcpExt ListenDrops in /proc/net/netstat".into());
    }
    let (Some(drops), Some(overflows)) = (r.rate("TcpExt_ListenDrops"), r.rate("TcpExt_ListenOverflows")) else {
        return (PluginState::Unknown, "no listen drop rate yet (it needs a second sample)".into());
    };
    let (w, c) = (t.warning_or("0"), t.critical_or("1"));
    let state = grade(drops, Some(&w), Some(&c));
    let text =
        format!("listen drops {}/s, of which accept queue overflows {}/s", number(drops), number(overflows.min(drops)));
    let perf = [
        perfdata("listen_drops_per_s", drops, "", Some(&w), Some(&c), Some(0.0), None),
        perfdata("listen_overflows_per_s", overflows, "", None, None, Some(0.0), None),
    ];
    (state, format!("{text} | {}", perf.join(" ")))
}

/// munin's `gatherer_tcp`: connections opened, segments retransmitted, resets sent,
/// listen drops per second, and connections established now.
pub(crate) const TCP_GRAPH: Graph<NetstatStats> = Graph {
    link: "gatherer_tcp",
    title: "TCP connections and retransmits",
    vlabel: "per second (established: count)",
    category: "network",
    args: "--base 1000 --lower-limit 0",
    warning: "",
    critical: "",
    fields: tcp_fields,
    autoconf: crate::checks::munin::always,
};

fn tcp_fields(r: Option<&NetstatStats>) -> Vec<Field> {
    let rate = |k: &str| r.and_then(|r| r.rate(k));
    vec![
        Field::new("active", "active opens (outgoing connections)", rate("Tcp_ActiveOpens")),
        Field::new("passive", "passive opens (incoming connections)", rate("Tcp_PassiveOpens")),
        Field::new("retrans", "segments retransmitted", rate("Tcp_RetransSegs")),
        Field::new("resets", "resets sent", rate("Tcp_OutRsts")),
        Field::new("listen_drops", "listen drops", rate("TcpExt_ListenDrops")),
        Field::new("established", "established now", r.and_then(|r| r.fields.get("Tcp_CurrEstab").copied())),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn reading(drops: Option<f64>) -> NetstatStats {
        let fields = BTreeMap::from([("TcpExt_ListenDrops".to_string(), 40.0)]);
        let per_second = drops.map(|d| {
            BTreeMap::from([("TcpExt_ListenDrops".to_string(), d), ("TcpExt_ListenOverflows".to_string(), d / 2.0)])
        });
        NetstatStats { fields, per_second }
    }

    #[test]
    fn listen_drops_warn_on_any_and_are_critical_from_one_a_second() {
        let t = Thresholds::ranges(None, None);
        assert_eq!(judge_listen(&NoArgs {}, &t, &reading(Some(0.0))).0, PluginState::Ok);
        let (state, text) = judge_listen(&NoArgs {}, &t, &reading(Some(0.05)));
        assert_eq!(state, PluginState::Warning, "{text}");
        assert!(text.contains("listen drops 0.05/s") && text.contains("'listen_drops_per_s'=0.05;0;1;0"), "{text}");
        assert_eq!(judge_listen(&NoArgs {}, &t, &reading(Some(2.0))).0, PluginState::Critical);
        assert_eq!(
            judge_listen(&NoArgs {}, &Thresholds::ranges(Some("5"), Some("10")), &reading(Some(2.0))).0,
            PluginState::Ok
        );
        let (state, text) = judge_listen(&NoArgs {}, &t, &reading(None));
        assert_eq!(state, PluginState::Unknown, "{text}");
        let no_field = NetstatStats { fields: BTreeMap::new(), per_second: None };
        assert_eq!(judge_listen(&NoArgs {}, &t, &no_field).0, PluginState::Unknown);
    }
}
