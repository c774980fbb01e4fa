//! The softnet collector as gatherer sees it: its settings and its samples.

use super::{Softnet, SoftnetStats, NAME};
use crate::collectors::{state_in_dir, CollectorKind, Common, Schedule};
use crate::engine::collector::Cancel;
use crate::engine::sample::{Metric, MetricKind, Sample, Unit};
use crate::state::StateSource;
use crate::util::setting::BadSetting;
use anyhow::Result;
use std::path::Path;

/// What the softnet state file needs.
#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "Packet processing per CPU (softnet collector)")]
#[group(id = "softnet-state")]
pub(crate) struct StateArgs {
    /// Seconds between samples of /proc/net/softnet_stat
    #[arg(long, env = "GATHERER_SOFTNET_INTERVAL", default_value = "60", value_name = "SECONDS")]
    pub(crate) softnet_interval: String,
}

/// Every softnet setting.
#[derive(clap::Args, Debug, Clone)]
#[group(id = "softnet")]
pub(crate) struct Args {
    #[command(flatten)]
    pub(crate) state: StateArgs,
}

/// Its validated settings: those of every node collector.
pub(crate) type Settings = crate::collectors::NodeSettings;

impl CollectorKind for Softnet {
    const NAME: &'static str = NAME;
    const ABOUT: &'static str = "packets processed, dropped and squeezed per CPU from /proc/net/softnet_stat";
    type Args = Args;
    type StateArgs = StateArgs;
    type Settings = Settings;
    type Collector = Softnet;

    fn settings(args: Args, common: &Common) -> Result<Settings, BadSetting> {
        Ok(Settings::new(Self::state(args.state, &common.state_dir)?, common))
    }

    fn state(args: StateArgs, state_dir: &Path) -> Result<StateSource, BadSetting> {
        state_in_dir(NAME, state_dir, "softnet-interval", &args.softnet_interval)
    }

    fn schedule(s: &Settings) -> Schedule {
        s.schedule()
    }

    fn build(s: &Settings, _cancel: &Cancel) -> Result<Softnet> {
        Ok(Softnet::new(&s.proc_root))
    }
}

const fn counter(name: &'static str, prom: &'static str, help: &'static str) -> Metric {
    Metric { name, prom, help, kind: MetricKind::Counter, unit: Unit::Number }
}

pub(crate) static PROCESSED: Metric =
    counter("processed", "node_softnet_processed_total", "Number of processed packets");
pub(crate) static DROPPED: Metric = counter("dropped", "node_softnet_dropped_total", "Number of dropped packets");
pub(crate) static SQUEEZED: Metric = counter(
    "times_squeezed",
    "node_softnet_times_squeezed_total",
    "Number of times processing packets ran out of quota",
);

pub(super) fn samples(r: &SoftnetStats, out: &mut Vec<Sample>) {
    for c in &r.cpus {
        let cpu = c.cpu.to_string();
        for (m, v) in [(&PROCESSED, c.processed), (&DROPPED, c.dropped), (&SQUEEZED, c.times_squeezed)] {
            out.push(Sample::new(m, v as f64).label("cpu", &cpu));
        }
    }
}
