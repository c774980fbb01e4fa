//! The timex collector as gatherer sees it: its settings, its samples (node_exporter's
//! time and timex families), its check (clock synchronisation) and its munin graph.

use super::{Clock, Timex, NAME};
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

/// What the timex state file needs.
#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "Clock (timex collector)")]
#[group(id = "timex-state")]
pub(crate) struct StateArgs {
    /// Seconds between samples of the clock's synchronisation
    #[arg(long, env = "GATHERER_TIMEX_INTERVAL", default_value = "60", value_name = "SECONDS")]
    pub(crate) timex_interval: String,
}

/// Every timex setting.
#[derive(clap::Args, Debug, Clone)]
#[group(id = "timex")]
pub(crate) struct Args {
    #[command(flatten)]
    pub(crate) state: StateArgs,
}

/// Its validated settings: those of every node collector (the clock is the host's,
/// whatever `--proc-root` says).
pub(crate) type Settings = crate::collectors::NodeSettings;

impl CollectorKind for Timex {
    const NAME: &'static str = NAME;
    const ABOUT: &'static str = "the clock: time, and its NTP synchronisation, offset and errors (adjtimex(2))";
    type Args = Args;
    type StateArgs = StateArgs;
    type Settings = Settings;
    type Collector = Timex;

    fn settings(args: Args, common: &Common) -> Result<Settings, BadSetting> {
        Ok(Settings::new(Self::state(args.state, &common.state_dir)?, common))
    }

    fn state(args: StateArgs, state_dir: &Path) -> Result<StateSource, BadSetting> {
        state_in_dir(NAME, state_dir, "timex-interval", &args.timex_interval)
    }

    fn schedule(s: &Settings) -> Schedule {
        s.schedule()
    }

    fn build(_s: &Settings, _cancel: &Cancel) -> Result<Timex> {
        Ok(Timex)
    }

    fn checks() -> &'static [&'static dyn DynCheck] {
        &[&CLOCK_CHECK]
    }

    fn graphs() -> &'static [&'static dyn DynGraph] {
        &[&CLOCK_GRAPH]
    }
}

const fn gauge(name: &'static str, prom: &'static str, help: &'static str, unit: Unit) -> Metric {
    Metric { name, prom, help, kind: MetricKind::Gauge, unit }
}

const fn counter(name: &'static str, prom: &'static str, help: &'static str) -> Metric {
    Metric { name, prom, help, kind: MetricKind::Counter, unit: Unit::Number }
}

pub(crate) static TIME: Metric =
    gauge("time", "node_time_seconds", "System time in seconds since epoch (1970).", Unit::Seconds);
pub(crate) static SYNC: Metric = gauge(
    "sync_status",
    "node_timex_sync_status",
    "Is clock synchronized to a reliable server (1 = yes, 0 = no).",
    Unit::Number,
);
pub(crate) static STATUS: Metric =
    gauge("status", "node_timex_status", "Value of the status array bits.", Unit::Number);
pub(crate) static OFFSET: Metric = gauge(
    "offset",
    "node_timex_offset_seconds",
    "Time offset in between local system and reference clock.",
    Unit::Seconds,
);
pub(crate) static FREQUENCY: Metric = gauge(
    "frequency_adjustment_ratio",
    "node_timex_frequency_adjustment_ratio",
    "Local clock frequency adjustment.",
    Unit::Number,
);
pub(crate) static MAXERROR: Metric =
    gauge("maxerror", "node_timex_maxerror_seconds", "Maximum error in seconds.", Unit::Seconds);
pub(crate) static ESTERROR: Metric =
    gauge("estimated_error", "node_timex_estimated_error_seconds", "Estimated error in seconds.", Unit::Seconds);
pub(crate) static CONSTANT: Metric =
    gauge("loop_time_constant", "node_timex_loop_time_constant", "Phase-locked loop time constant.", Unit::Number);
pub(crate) static TICK: Metric =
    gauge("tick", "node_timex_tick_seconds", "Seconds between clock ticks.", Unit::Seconds);
pub(crate) static PPS_FREQUENCY: Metric =
    gauge("pps_frequency", "node_timex_pps_frequency_hertz", "Pulse per second frequency.", Unit::Hertz);
pub(crate) static PPS_JITTER: Metric =
    gauge("pps_jitter", "node_timex_pps_jitter_seconds", "Pulse per second jitter.", Unit::Seconds);
pub(crate) static PPS_SHIFT: Metric =
    gauge("pps_shift", "node_timex_pps_shift_seconds", "Pulse per second interval duration.", Unit::Seconds);
pub(crate) static PPS_STABILITY: Metric = gauge(
    "pps_stability",
    "node_timex_pps_stability_hertz",
    "Pulse per second stability, average of recent frequency changes.",
    Unit::Hertz,
);
pub(crate) static PPS_JITTER_COUNT: Metric = counter(
    "pps_jitter_count",
    "node_timex_pps_jitter_total",
    "Pulse per second count of jitter limit exceeded events.",
);
pub(crate) static PPS_CALIBRATION_COUNT: Metric = counter(
    "pps_calibration_count",
    "node_timex_pps_calibration_total",
    "Pulse per second count of calibration intervals.",
);
pub(crate) static PPS_ERROR_COUNT: Metric =
    counter("pps_error_count", "node_timex_pps_error_total", "Pulse per second count of calibration errors.");
pub(crate) static PPS_STABILITY_EXCEEDED: Metric = counter(
    "pps_stability_exceeded_count",
    "node_timex_pps_stability_exceeded_total",
    "Pulse per second count of stability limit exceeded events.",
);
pub(crate) static TAI: Metric =
    gauge("tai_offset", "node_timex_tai_offset_seconds", "International Atomic Time (TAI) offset.", Unit::Seconds);

pub(super) fn samples(r: &Clock, out: &mut Vec<Sample>) {
    let values = [
        (&TIME, r.time_s),
        (&SYNC, f64::from(u8::from(r.synchronised))),
        (&STATUS, r.status as f64),
        (&OFFSET, r.offset_s),
        (&FREQUENCY, r.frequency_adjustment_ratio),
        (&MAXERROR, r.maxerror_s),
        (&ESTERROR, r.estimated_error_s),
        (&CONSTANT, r.loop_time_constant as f64),
        (&TICK, r.tick_s),
        (&PPS_FREQUENCY, r.pps_frequency_hz),
        (&PPS_JITTER, r.pps_jitter_s),
        (&PPS_SHIFT, r.pps_shift_s),
        (&PPS_STABILITY, r.pps_stability_hz),
        (&PPS_JITTER_COUNT, r.pps_jitter_count as f64),
        (&PPS_CALIBRATION_COUNT, r.pps_calibration_count as f64),
        (&PPS_ERROR_COUNT, r.pps_error_count as f64),
        (&PPS_STABILITY_EXCEEDED, r.pps_stability_exceeded_count as f64),
        (&TAI, r.tai_offset_s),
    ];
    out.extend(values.into_iter().map(|(m, v)| Sample::new(m, v)));
}

/// `gatherer check clock`: CRITICAL when the kernel says the clock is not synchronised
/// (no NTP daemon disciplines it, or it lost its servers), else ranges on the maximum
/// error (how far off the clock may be, in seconds).
pub(crate) const CLOCK_CHECK: Check<Clock, NoArgs> = Check {
    name: "clock",
    service: "CLOCK",
    about: "Clock synchronisation: not synchronised is CRITICAL; ranges on the maximum error in seconds",
    warning_help: "Warning range on the maximum error, seconds [default: 0.1]",
    critical_help: "Critical range on the maximum error, seconds [default: 1]",
    judge: judge_clock,
};

fn judge_clock(_: &NoArgs, t: &Thresholds, r: &Clock) -> (PluginState, String) {
    let (w, c) = (t.warning_or("0.1"), t.critical_or("1"));
    let state = if r.synchronised { grade(r.maxerror_s, Some(&w), Some(&c)) } else { PluginState::Critical };
    let perf = [
        perfdata("maxerror", r.maxerror_s, "s", Some(&w), Some(&c), Some(0.0), None),
        perfdata("offset", r.offset_s, "s", None, None, None, None),
        perfdata("sync", f64::from(u8::from(r.synchronised)), "", None, None, Some(0.0), Some(1.0)),
    ];
    let text = format!(
        "{}, offset {} s, max error {} s",
        if r.synchronised { "synchronised" } else { "not synchronised (adjtimex says TIME_ERROR)" },
        number(r.offset_s),
        number(r.maxerror_s)
    );
    (state, format!("{text} | {}", perf.join(" ")))
}

/// munin's `gatherer_clock`: offset and maximum error, in seconds.
pub(crate) const CLOCK_GRAPH: Graph<Clock> = Graph {
    link: "gatherer_clock",
    title: "Clock offset and maximum error",
    vlabel: "seconds",
    category: "time",
    args: "--base 1000",
    warning: "",
    critical: "",
    fields: clock_fields,
    autoconf: crate::checks::munin::always,
};

fn clock_fields(r: Option<&Clock>) -> Vec<Field> {
    vec![
        Field::new("offset", "offset", r.map(|r| r.offset_s)),
        Field::new("maxerror", "maximum error", r.map(|r| r.maxerror_s)),
        Field::new("estimated_error", "estimated error", r.map(|r| r.estimated_error_s)),
    ]
}
