//! The temperatures collector as gatherer sees it: its settings, its samples, its check
//! and its munin graph.

use super::{clean_name, Source, TempStats, Temperatures, NAME};
use crate::checks::{
    grade, number, perfdata, text_safe, Check, DynCheck, DynGraph, Field, Graph, PluginState, Range, Thresholds,
};
use crate::collectors::{state_in_dir, CollectorKind, Common, Schedule};
use crate::engine::collector::Cancel;
use crate::engine::sample::{Metric, MetricKind, Sample, Unit};
use crate::state::StateSource;
use crate::util::setting::BadSetting;
use anyhow::Result;
use std::path::Path;

/// What the temperatures state file needs.
#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "Temperatures (temperatures collector)")]
#[group(id = "temperatures-state")]
pub(crate) struct StateArgs {
    /// Seconds between temperature samples
    #[arg(long, env = "GATHERER_TEMPERATURES_INTERVAL", default_value = "60", value_name = "SECONDS")]
    pub(crate) temperatures_interval: String,
}

/// Every temperatures setting.
#[derive(clap::Args, Debug, Clone)]
#[group(id = "temperatures")]
pub(crate) struct Args {
    #[command(flatten)]
    pub(crate) state: StateArgs,
}

/// Its validated settings: those of every node collector.
pub(crate) type Settings = crate::collectors::NodeSettings;

impl CollectorKind for Temperatures {
    const NAME: &'static str = NAME;
    const ABOUT: &'static str = "every hwmon and thermal-zone temperature, named stably from its device, with its own max, crit and an alarm level";
    type Args = Args;
    type StateArgs = StateArgs;
    type Settings = Settings;
    type Collector = Temperatures;

    fn settings(args: Args, common: &Common) -> Result<Settings, BadSetting> {
        Ok(Settings::new(Self::state(args.state, &common.state_dir)?, common))
    }

    fn state(args: StateArgs, state_dir: &Path) -> Result<StateSource, BadSetting> {
        state_in_dir(NAME, state_dir, "temperatures-interval", &args.temperatures_interval)
    }

    fn schedule(s: &Settings) -> Schedule {
        // A drive's sensor (drivetemp) may wake the drive: the default timeout (one
        // interval) reports a read that hangs as a hung cycle.
        s.schedule()
    }

    fn build(s: &Settings, _cancel: &Cancel) -> Result<Temperatures> {
        Ok(Temperatures::new(&s.sys_root))
    }

    fn checks() -> &'static [&'static dyn DynCheck] {
        &[&TEMPERATURE_CHECK]
    }

    fn graphs() -> &'static [&'static dyn DynGraph] {
        &[&TEMPERATURE_GRAPH]
    }
}

const fn gauge(name: &'static str, prom: &'static str, help: &'static str, unit: Unit) -> Metric {
    Metric { name, prom, help, kind: MetricKind::Gauge, unit }
}

/// An annotation: its labels are the information, its value 1.
const fn info(name: &'static str, prom: &'static str, help: &'static str) -> Metric {
    Metric { name, prom, help, kind: MetricKind::Info, unit: Unit::Number }
}

pub(crate) static CELSIUS: Metric =
    gauge("celsius", "node_hwmon_temp_celsius", "Hardware monitor for temperature (input)", Unit::Celsius);
pub(crate) static MAX: Metric =
    gauge("max", "node_hwmon_temp_max_celsius", "Hardware monitor for temperature (max)", Unit::Celsius);
pub(crate) static CRIT: Metric =
    gauge("crit", "node_hwmon_temp_crit_celsius", "Hardware monitor for temperature (crit)", Unit::Celsius);
pub(crate) static LABEL: Metric = info("label", "node_hwmon_sensor_label", "Label for given chip and sensor");
pub(crate) static CHIP_NAME: Metric =
    info("chip_name", "node_hwmon_chip_names", "Annotation metric for human-readable chip names");
pub(crate) static ZONE: Metric =
    gauge("celsius", "node_thermal_zone_temp", "Zone temperature in Celsius", Unit::Celsius);
pub(crate) static ZONE_MAX: Metric =
    gauge("max", "gatherer_thermal_zone_hot_celsius", "The zone's lowest hot trip point", Unit::Celsius);
pub(crate) static ZONE_CRIT: Metric =
    gauge("crit", "gatherer_thermal_zone_critical_celsius", "The zone's lowest critical trip point", Unit::Celsius);
pub(crate) static ALARM: Metric = gauge(
    "alarm",
    "gatherer_hwmon_temp_alarm",
    "0: below the sensor's own limits; 1: at or above its max; 2: at or above its crit",
    Unit::Number,
);
pub(crate) static ZONE_ALARM: Metric = gauge(
    "alarm",
    "gatherer_thermal_zone_alarm",
    "0: below the zone's trip points; 1: at or above its hot trip point; 2: at or above its critical one",
    Unit::Number,
);

/// A hwmon value as node_exporter computes it (millidegrees × 0.001, not ÷ 1000), so the
/// two agree to the bit: 84850 is 84.85000000000001 there. The state file keeps 84.85.
fn hwmon_value(celsius: f64) -> f64 {
    (celsius * 1000.0).round() * 0.001
}

pub(super) fn samples(r: &TempStats, out: &mut Vec<Sample>) {
    let mut chips_named = std::collections::BTreeSet::new();
    for s in r.sensors.values() {
        match s.source {
            Source::Hwmon => {
                let at = |m: &'static Metric, v: f64| {
                    Sample::new(m, v).label("chip", s.chip.as_str()).label("sensor", s.sensor.as_str())
                };
                out.push(at(&CELSIUS, hwmon_value(s.celsius)));
                if let Some(v) = s.max {
                    out.push(at(&MAX, hwmon_value(v)));
                }
                if let Some(v) = s.crit {
                    out.push(at(&CRIT, hwmon_value(v)));
                }
                out.push(at(&ALARM, f64::from(s.alarm)));
                if let Some(l) = &s.label {
                    out.push(at(&LABEL, 1.0).info("label", l.as_str()));
                }
                if let Some(n) = &s.chip_name {
                    if chips_named.insert(&s.chip) {
                        out.push(
                            Sample::new(&CHIP_NAME, 1.0)
                                .label("chip", s.chip.as_str())
                                .info("chip_name", clean_name(n)),
                        );
                    }
                }
            }
            Source::ThermalZone => {
                let ty = s.chip_name.as_deref().unwrap_or_default();
                let at =
                    |m: &'static Metric, v: f64| Sample::new(m, v).label("type", ty).label("zone", s.sensor.as_str());
                out.push(at(&ZONE, s.celsius));
                if let Some(v) = s.max {
                    out.push(at(&ZONE_MAX, v));
                }
                if let Some(v) = s.crit {
                    out.push(at(&ZONE_CRIT, v));
                }
                out.push(at(&ZONE_ALARM, f64::from(s.alarm)));
            }
        }
    }
}

/// `check temperature` options of its own.
#[derive(clap::Args, Debug, Clone)]
pub(crate) struct TempCheckArgs {
    /// Only these sensors (repeatable): a name as in the state file (platform_coretemp_0/temp2), a chip, or a label ("Core 0") [default: every sensor]
    #[arg(long = "sensor", value_name = "NAME")]
    pub(crate) sensors: Vec<String>,
}

/// `gatherer check temperature`: each sensor against its own limits (WARNING at max,
/// CRITICAL at crit), or against `-w`/`-c` in °C when given.
pub(crate) const TEMPERATURE_CHECK: Check<TempStats, TempCheckArgs> = Check {
    name: "temperature",
    service: "TEMPERATURE",
    about: "Temperatures against each sensor's own max and crit (or -w/-c in °C)",
    warning_help: "Warning range in °C for every sensor [default: each sensor's own max]",
    critical_help: "Critical range in °C for every sensor [default: each sensor's own crit]",
    judge: judge_temperature,
};

fn judge_temperature(args: &TempCheckArgs, t: &Thresholds, r: &TempStats) -> (PluginState, String) {
    let chosen = |key: &String, s: &super::Sensor| {
        args.sensors.is_empty()
            || args.sensors.iter().any(|n| n == key || *n == s.chip || s.label.as_deref() == Some(n.as_str()))
    };
    for n in &args.sensors {
        let known = r.sensors.iter().any(|(k, s)| k == n || *n == s.chip || s.label.as_deref() == Some(n.as_str()));
        if !known {
            let why = r.errors.get(n).map(|e| format!(": {}", text_safe(e))).unwrap_or_default();
            return (PluginState::Unknown, format!("sensor {} is not in the state file{why}", text_safe(n)));
        }
    }
    let mut state = PluginState::Ok;
    let (mut alarms, mut perf) = (Vec::new(), Vec::new());
    let mut hottest: Option<(&String, &super::Sensor)> = None;
    for (key, s) in r.sensors.iter().filter(|(k, s)| chosen(k, s)) {
        let own = match s.alarm {
            2 => PluginState::Critical,
            1 => PluginState::Warning,
            _ => PluginState::Ok,
        };
        let s_state = if t.warning.is_some() || t.critical.is_some() {
            grade(s.celsius, t.warning.as_ref(), t.critical.as_ref())
        } else {
            own
        };
        if s_state > PluginState::Ok {
            alarms.push(format!("{} {} °C", describe(key, s), number(s.celsius)));
        }
        state = state.max(s_state);
        if hottest.map_or(true, |(_, h)| s.celsius > h.celsius) {
            hottest = Some((key, s));
        }
        let limit = |given: &Option<Range>, own: Option<f64>| {
            given.clone().or_else(|| own.filter(|v| *v > 0.0).map(Range::up_to))
        };
        perf.push(perfdata(
            key,
            s.celsius,
            "",
            limit(&t.warning, s.max).as_ref(),
            limit(&t.critical, s.crit).as_ref(),
            None,
            None,
        ));
    }
    let Some((key, h)) = hottest else {
        let why = if r.errors.is_empty() { String::new() } else { format!(" ({} unreadable)", r.errors.len()) };
        return (PluginState::Unknown, format!("no temperature sensors on this host{why}"));
    };
    let limits = |s: &super::Sensor| match (s.max, s.crit) {
        (None, None) => String::new(),
        (m, c) => {
            format!(" (max {}, crit {})", m.map(number).unwrap_or("-".into()), c.map(number).unwrap_or("-".into()))
        }
    };
    let head = if alarms.is_empty() {
        format!("{} sensors, hottest {} {} °C{}", perf.len(), describe(key, h), number(h.celsius), limits(h))
    } else {
        alarms.join(", ")
    };
    (state, format!("{head} | {}", perf.join(" ")))
}

/// `name (label)`, safe for a plugin line.
fn describe(key: &str, s: &super::Sensor) -> String {
    match &s.label {
        Some(l) => format!("{} ({})", text_safe(key), text_safe(l)),
        None => text_safe(key),
    }
}

/// munin's `gatherer_temperatures`: every sensor, each with its own max and crit.
pub(crate) const TEMPERATURE_GRAPH: Graph<TempStats> = Graph {
    link: "gatherer_temperatures",
    title: "Temperatures",
    vlabel: "°C",
    category: "sensors",
    args: "--base 1000",
    warning: "",
    critical: "",
    fields: temperature_fields,
    autoconf: crate::checks::munin::always,
};

fn temperature_fields(r: Option<&TempStats>) -> Vec<Field> {
    r.map(|r| {
        r.sensors
            .iter()
            .map(|(k, s)| {
                Field::new(k.clone(), describe(k, s), Some(s.celsius))
                    .with_limits(s.max.filter(|v| *v > 0.0), s.crit.filter(|v| *v > 0.0))
            })
            .collect()
    })
    .unwrap_or_default()
}
