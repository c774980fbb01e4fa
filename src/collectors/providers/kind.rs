//! The providers collector as gatherer sees it: its settings (every provider checked
//! before anything starts), its samples, its check and its munin graphs.

use super::list::{self, Provider};
use super::{graphs, ProviderStats, Providers, NAME};
use crate::checks::{grade, perfdata, Check, DynCheck, DynGraph, NoArgs, PluginState, Thresholds};
use crate::collectors::{state_in_dir, CollectorKind, Common, Schedule};
use crate::engine::collector::Cancel;
use crate::engine::sample::{Metric, MetricKind, Sample, Unit};
use crate::state::StateSource;
use crate::util::setting::{bad, seconds, text, BadSetting};
use crate::util::timefmt::{age, now_unix_ms};
use anyhow::{bail, Result};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// What the providers state file needs.
#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "Stats providers (providers collector)")]
#[group(id = "providers-state")]
pub(crate) struct StateArgs {
    /// Seconds between polls of the stats providers
    #[arg(long, env = "GATHERER_PROVIDERS_INTERVAL", default_value = "60", value_name = "SECONDS")]
    pub(crate) providers_interval: String,
}

/// Every providers setting.
#[derive(clap::Args, Debug, Clone)]
#[group(id = "providers-settings")]
pub(crate) struct Args {
    #[command(flatten)]
    pub(crate) state: StateArgs,

    /// Stats providers to poll, comma-separated: NAME=URL [format=auto|tahoe|json] [counter=GLOB] [gauge=GLOB], e.g. node1=http://127.0.0.1:3456/statistics?t=json [default: none]
    #[arg(long, env = "GATHERER_PROVIDERS", value_name = "LIST")]
    pub(crate) providers: Option<String>,

    /// File of stats providers, one NAME=URL [OPTION...] a line ('#' starts a comment line)
    #[arg(long, env = "GATHERER_PROVIDERS_FILE", value_name = "PATH")]
    pub(crate) providers_file: Option<PathBuf>,

    /// Seconds one provider's fetch may take, answer included
    #[arg(long, env = "GATHERER_PROVIDERS_TIMEOUT", default_value = "10", value_name = "SECONDS")]
    pub(crate) providers_timeout: String,
}

/// Validated settings. Printed with `{:?}` only as the reload key (never logged): a
/// changed URL or password restarts the collector.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Settings {
    pub(crate) providers: Vec<Provider>,
    pub(crate) timeout: Duration,
    pub(crate) state_path: PathBuf,
    pub(crate) interval: Duration,
}

impl CollectorKind for Providers {
    const NAME: &'static str = NAME;
    const ABOUT: &'static str =
        "stats providers polled over HTTP (Tahoe-LAFS nodes' /statistics?t=json, any JSON object of numbers)";
    type Args = Args;
    type StateArgs = StateArgs;
    type Settings = Settings;
    type Collector = Providers;

    fn on_by_default(s: &Settings) -> Result<(), String> {
        if s.providers.is_empty() {
            return Err("no --providers or --providers-file".into());
        }
        Ok(())
    }

    fn settings(args: Args, common: &Common) -> Result<Settings, BadSetting> {
        let state = Self::state(args.state.clone(), &common.state_dir)?;
        let timeout = seconds("providers-timeout", &args.providers_timeout)?;
        let mut providers = Vec::new();
        if let Some(v) = text(&args.providers) {
            // The value is left out: the entry's number and name say which, and a URL
            // that does not parse may hold a password redaction cannot find.
            providers = list::parse_list(&v).map_err(|why| BadSetting {
                flag: "providers".into(),
                message: format!("invalid --providers (GATHERER_PROVIDERS): {why}"),
            })?;
        }
        if let Some(path) = args.providers_file.filter(|p| !p.as_os_str().is_empty()) {
            let more = list::read_file(&path).map_err(|why| bad("providers-file", &path.to_string_lossy(), &why))?;
            providers.extend(more);
        }
        for (i, p) in providers.iter().enumerate() {
            if providers[..i].iter().any(|q| q.name == p.name) {
                return Err(BadSetting {
                    flag: "providers".into(),
                    message: format!(
                        "provider {:?} is named twice in --providers and --providers-file (GATHERER_PROVIDERS, \
                         GATHERER_PROVIDERS_FILE)",
                        p.name
                    ),
                });
            }
        }
        Ok(Settings { providers, timeout, state_path: state.path, interval: state.interval })
    }

    fn state(args: StateArgs, state_dir: &Path) -> Result<StateSource, BadSetting> {
        state_in_dir(NAME, state_dir, "providers-interval", &args.providers_interval)
    }

    fn schedule(s: &Settings) -> Schedule {
        let mut schedule = Schedule::every(s.interval, &s.state_path);
        // A round waits for its slowest fetch: never reported hung before that.
        schedule.timeout = schedule.timeout.max(s.timeout * 2 + Duration::from_secs(5));
        schedule
    }

    fn build(s: &Settings, _cancel: &Cancel) -> Result<Providers> {
        if s.providers.is_empty() {
            bail!("no providers to poll: set --providers or --providers-file");
        }
        Providers::new(s.providers.clone(), s.timeout)
    }

    fn checks() -> &'static [&'static dyn DynCheck] {
        &[&PROVIDERS_CHECK]
    }

    fn graphs() -> &'static [&'static dyn DynGraph] {
        graphs::GRAPHS
    }
}

pub(crate) static UP: Metric = Metric {
    name: "up",
    prom: "gatherer_provider_up",
    help: "1 when the latest fetch of the stats provider succeeded",
    kind: MetricKind::Gauge,
    unit: Unit::Number,
};
pub(crate) static FETCH_SECONDS: Metric = Metric {
    name: "fetch_seconds",
    prom: "gatherer_provider_fetch_seconds",
    help: "How long the latest fetch of the stats provider took",
    kind: MetricKind::Gauge,
    unit: Unit::Seconds,
};
/// Tahoe-LAFS's own OpenMetrics names: `tahoe_counters_<name>`, `tahoe_stats_<name>`
/// (the sinks make the dots `_`).
pub(crate) static TAHOE_COUNTER: Metric = Metric {
    name: "counters.{}",
    prom: "tahoe_counters_{}",
    help: "Tahoe-LAFS counter {}",
    kind: MetricKind::Counter,
    unit: Unit::Number,
};
pub(crate) static TAHOE_STAT: Metric = Metric {
    name: "stats.{}",
    prom: "tahoe_stats_{}",
    help: "Tahoe-LAFS stat {}",
    kind: MetricKind::Gauge,
    unit: Unit::Number,
};
pub(crate) static JSON_COUNTER: Metric = Metric {
    name: "{}",
    prom: "gatherer_providers_{}",
    help: "Counter {} of a stats provider",
    kind: MetricKind::Counter,
    unit: Unit::Number,
};
pub(crate) static JSON_GAUGE: Metric = Metric {
    name: "{}",
    prom: "gatherer_providers_{}",
    help: "Value {} of a stats provider",
    kind: MetricKind::Gauge,
    unit: Unit::Number,
};

/// Tahoe's `..._NN_N_percentile` ending as its quantile: `("...", "0.NNN")`, as Tahoe's
/// own OpenMetrics page writes it.
pub(crate) fn split_percentile(name: &str) -> Option<(&str, String)> {
    let base = name.strip_suffix("_percentile")?;
    let cut = base.len().checked_sub(4).filter(|&c| base.is_char_boundary(c))?;
    let (base, digits) = base.split_at(cut);
    let d = digits.as_bytes();
    if !(d[0].is_ascii_digit() && d[1].is_ascii_digit() && d[2] == b'_' && d[3].is_ascii_digit()) {
        return None;
    }
    let base = base.strip_suffix(['.', '_']).filter(|b| !b.is_empty())?;
    Some((base, format!("0.{}{}{}", d[0] as char, d[1] as char, d[3] as char)))
}

pub(super) fn samples(r: &ProviderStats, out: &mut Vec<Sample>) {
    for (name, p) in &r.providers {
        out.push(Sample::new(&UP, if p.up() { 1.0 } else { 0.0 }).label("provider", name.as_str()));
        out.push(Sample::new(&FETCH_SECONDS, p.fetch_ms as f64 / 1000.0).label("provider", name.as_str()));
        // A provider that is down has no current values: its last good ones stay in the
        // state file, with their time, and on no output as if they were new.
        if !p.up() {
            continue;
        }
        let tahoe = p.format.as_deref() == Some("tahoe");
        let (counter, gauge) = if tahoe { (&TAHOE_COUNTER, &TAHOE_STAT) } else { (&JSON_COUNTER, &JSON_GAUGE) };
        for (metric, map) in [(counter, &p.counters), (gauge, &p.gauges)] {
            for (key, &v) in map {
                let s = match split_percentile(key).filter(|_| tahoe) {
                    Some((base, q)) => {
                        Sample::of_field(metric, base, v).label("provider", name.as_str()).label("quantile", q)
                    }
                    None => Sample::of_field(metric, key, v).label("provider", name.as_str()),
                };
                out.push(s);
            }
        }
    }
}

/// `gatherer check providers`: every provider up, with values newer than `--max-age`.
pub(crate) const PROVIDERS_CHECK: Check<ProviderStats, NoArgs> = Check {
    name: "providers",
    service: "PROVIDERS",
    about: "Stats providers down (latest fetch failed) or stale (last good fetch older than --max-age), by name",
    warning_help: "Warning range on the number of providers down or stale [default: none]",
    critical_help: "Critical range on the number of providers down or stale [default: 0, any]",
    judge: judge_providers,
};

/// How old a provider's last good values may be, when `--max-age` is not given: as the
/// old Tahoe munin plugin had it.
pub(crate) const STALE_AFTER_S: u64 = 300;

fn judge_providers(_: &NoArgs, t: &Thresholds, r: &ProviderStats) -> (PluginState, String) {
    let now = now_unix_ms().div_euclid(1000);
    let max_age = t.max_age.unwrap_or(STALE_AFTER_S);
    let (mut down, mut stale) = (Vec::new(), Vec::new());
    for (name, p) in &r.providers {
        let last_age = p.last_ok_unix.map(|at| crate::state::age_at(now, at).unwrap_or(0));
        if !p.up() {
            let when = last_age.map_or("never fetched".into(), |a| format!("last good {} ago", age(a)));
            down.push(format!("{name} ({}; {when})", p.error.as_deref().unwrap_or("?")));
        } else if last_age.map_or(true, |a| a > max_age) {
            stale.push(format!("{name} (last good fetch {} ago)", age(last_age.unwrap_or(u64::MAX))));
        }
    }
    let n = r.providers.len();
    let bad = (down.len() + stale.len()) as f64;
    let crit = t.critical_or("0");
    let state = grade(bad, t.warning.as_ref(), Some(&crit));
    let mut text = format!("{} of {n} providers up", n - down.len());
    if !down.is_empty() {
        text += &format!("; down: {}", down.join(", "));
    }
    if !stale.is_empty() {
        text += &format!("; stale: {}", stale.join(", "));
    }
    let perf = [
        perfdata("up", (n - down.len()) as f64, "", None, None, Some(0.0), Some(n as f64)),
        perfdata("down_or_stale", bad, "", t.warning.as_ref(), Some(&crit), Some(0.0), Some(n as f64)),
    ];
    // Names and errors come from outside (a TLS error names the certificate's names):
    // no `|` may start the perfdata early.
    (state, format!("{} | {}", crate::checks::text_safe(&text), perf.join(" ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A provider's error text comes from outside (a TLS error names the certificate's
    /// names; the state file may be planted): a `|` in it would start the perfdata
    /// early, and Nagios would graph the rest of the sentence.
    #[test]
    fn the_check_text_holds_no_perfdata_separator() {
        let p = super::super::ProviderState::empty(
            "http://h/",
            crate::state::Status::Error,
            Some("certificate not valid for name \"a|b\"\nx"),
        );
        let r = ProviderStats { providers: [("n|1".to_string(), p)].into() };
        let (state, out) = judge_providers(&NoArgs {}, &Thresholds::ranges(None, None), &r);
        assert_eq!(state, PluginState::Critical);
        assert_eq!(out.matches('|').count(), 1, "{out}");
        let (text, perf) = out.split_once(" | ").unwrap();
        assert!(text.contains("n/1") && text.contains("\"a/b\"") && !text.contains('\n'), "{text}");
        assert!(perf.starts_with("'up'=0;;;0;1 'down_or_stale'=1;;0;0;1"), "{perf}");
    }

    #[test]
    fn percentiles_split_as_tahoe_names_its_quantiles() {
        assert_eq!(
            split_percentile("storage_server.latencies.get.99_9_percentile"),
            Some(("storage_server.latencies.get", "0.999".into()))
        );
        assert_eq!(split_percentile("a.01_0_percentile"), Some(("a", "0.010".into())));
        assert_eq!(split_percentile("storage_server.latencies.get.mean"), None);
        assert_eq!(split_percentile("x.9_9_percentile"), None);
        assert_eq!(split_percentile("_percentile"), None);
        assert_eq!(split_percentile("a.ab_c_percentile"), None);
    }
}
