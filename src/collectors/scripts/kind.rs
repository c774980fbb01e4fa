//! The scripts collector as gatherer sees it: its settings, its samples and its check.

use super::{LastRun, Scripts, ScriptsReading, Settings, NAME, TICK};
use crate::checks::{grade, perfdata, text_safe, Check, DynCheck, NoArgs, PluginState, Thresholds};
use crate::collectors::{state_in_dir, CollectorKind, Common, Schedule};
use crate::engine::collector::Cancel;
use crate::engine::sample::{Metric, MetricKind, Sample, Unit};
use crate::state::StateSource;
use crate::util::setting::{bad, bytes_in, seconds, BadSetting};
use anyhow::{Context, Result};
use std::path::{Path, PathBuf};

/// The built-in `--scripts-dir`.
pub(crate) const DEFAULT_DIR: &str = "/etc/gatherer/scripts.d";

/// What the scripts state file needs.
#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "Scripts (scripts collector)")]
#[group(id = "scripts-state")]
pub(crate) struct StateArgs {
    /// Seconds between runs of a script that does not say its own (`# gatherer-interval: SECONDS`)
    #[arg(long, env = "GATHERER_SCRIPTS_INTERVAL", default_value = "300", value_name = "SECONDS")]
    pub(crate) scripts_interval: String,
}

/// Every scripts setting.
#[derive(clap::Args, Debug, Clone)]
#[group(id = "scripts")]
pub(crate) struct Args {
    #[command(flatten)]
    pub(crate) state: StateArgs,

    /// Directory of the scripts to run (the collector runs by default only where it exists)
    #[arg(long, env = "GATHERER_SCRIPTS_DIR", default_value = DEFAULT_DIR, value_name = "DIR")]
    pub(crate) scripts_dir: PathBuf,

    /// Seconds a script may run before it is killed with everything it started
    #[arg(long, env = "GATHERER_SCRIPTS_TIMEOUT", default_value = "30", value_name = "SECONDS")]
    pub(crate) scripts_timeout: String,

    /// Bytes of a script's stdout kept; the rest is read and thrown away
    #[arg(long, env = "GATHERER_SCRIPTS_MAX_OUTPUT", default_value = "1048576", value_name = "BYTES")]
    pub(crate) scripts_max_output: String,
}

impl CollectorKind for Scripts {
    const NAME: &'static str = NAME;
    const ABOUT: &'static str = "the values printed by the scripts of a drop-in directory, each run isolated";
    type Args = Args;
    type StateArgs = StateArgs;
    type Settings = Settings;
    type Collector = Scripts;

    /// Only where the directory exists: the package does not make it, so making it (as
    /// root) is what turns the collector on.
    fn on_by_default(s: &Settings) -> Result<(), String> {
        if s.dir.is_dir() {
            Ok(())
        } else {
            Err(format!("no scripts directory at {} (make it, or set --scripts-dir)", s.dir.display()))
        }
    }

    fn settings(args: Args, common: &Common) -> Result<Settings, BadSetting> {
        let state = Self::state(args.state, &common.state_dir)?;
        if !args.scripts_dir.is_absolute() {
            let d = args.scripts_dir.display().to_string();
            return Err(bad("scripts-dir", &d, "expected an absolute path"));
        }
        Ok(Settings {
            dir: args.scripts_dir,
            state_path: state.path,
            output_dir: common.state_dir.join(NAME),
            interval: state.interval,
            timeout: seconds("scripts-timeout", &args.scripts_timeout)?,
            // Written as the other sizes are (`1M`, `64K`); bounded so a run's buffer stays small.
            max_output: bytes_in("scripts-max-output", &args.scripts_max_output, 1 << 10..=64 << 20)? as usize,
            oneshot: common.oneshot,
        })
    }

    fn state(args: StateArgs, state_dir: &Path) -> Result<StateSource, BadSetting> {
        state_in_dir(NAME, state_dir, "scripts-interval", &args.scripts_interval)
    }

    fn schedule(s: &Settings) -> Schedule {
        Schedule {
            interval: TICK,
            describe: Some(format!(
                "each script every {:?} or its own interval, timeout {:?}, from {}",
                s.interval,
                s.timeout,
                s.dir.display()
            )),
            // A cycle only lists the directory and starts runs: it never waits for one.
            timeout: crate::engine::default_timeout(TICK),
            state_path: s.state_path.clone(),
        }
    }

    fn build(s: &Settings, _cancel: &Cancel) -> Result<Scripts> {
        match std::fs::create_dir(&s.output_dir) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e).with_context(|| format!("cannot make {}", s.output_dir.display())),
        }
        let st = std::fs::symlink_metadata(&s.output_dir)?;
        if !st.is_dir() {
            anyhow::bail!("{} is not a directory (the scripts' outputs go there)", s.output_dir.display());
        }
        // The script runs through a child of gatherer itself (see helper.rs).
        Ok(Scripts::new(s, PathBuf::from("/proc/self/exe")))
    }

    fn checks() -> &'static [&'static dyn DynCheck] {
        &[&SCRIPTS_CHECK]
    }
}

/// A script's value: its name is the script's own (`{}`), under the script's label.
pub(crate) static VALUE: Metric = Metric {
    name: "{}",
    prom: "gatherer_script_{}",
    help: "Value {} printed by a script of the scripts collector",
    kind: MetricKind::Gauge,
    unit: Unit::Number,
};
pub(crate) static COUNTER: Metric = Metric {
    name: "{}",
    prom: "gatherer_script_{}_total",
    help: "Counter {} printed by a script of the scripts collector (perfdata unit c)",
    kind: MetricKind::Counter,
    unit: Unit::Number,
};
pub(crate) static DURATION: Metric = Metric {
    name: "run_duration_seconds",
    prom: "gatherer_scripts_run_duration_seconds",
    help: "How long the script's last run took",
    kind: MetricKind::Gauge,
    unit: Unit::Seconds,
};
pub(crate) static EXIT_STATUS: Metric = Metric {
    name: "run_exit_status",
    prom: "gatherer_scripts_run_exit_status",
    help: "Exit code of the script's last run (none when it was killed)",
    kind: MetricKind::Gauge,
    unit: Unit::Number,
};
pub(crate) static TIMED_OUT: Metric = Metric {
    name: "run_timed_out",
    prom: "gatherer_scripts_run_timed_out",
    help: "1 if the script's last run was killed at its timeout",
    kind: MetricKind::Gauge,
    unit: Unit::Number,
};
pub(crate) static STARTED: Metric = Metric {
    name: "run_started_at",
    prom: "gatherer_scripts_run_started_timestamp_seconds",
    help: "When the script's last run started, in Unix seconds",
    kind: MetricKind::Gauge,
    unit: Unit::Seconds,
};
pub(crate) static UNPARSED: Metric = Metric {
    name: "run_unparsed",
    prom: "gatherer_scripts_run_unparsed_lines",
    help: "Lines (or items) of the script's last output that could not be read",
    kind: MetricKind::Gauge,
    unit: Unit::Number,
};
pub(crate) static OVERRUNS: Metric = Metric {
    name: "overruns",
    prom: "gatherer_scripts_overruns_total",
    help: "Slots of the script skipped because its previous run still went on",
    kind: MetricKind::Counter,
    unit: Unit::Number,
};

pub(super) fn samples(r: &ScriptsReading, out: &mut Vec<Sample>) {
    for (script, s) in &r.scripts {
        for (name, v) in &s.values {
            let metric = if s.counters.binary_search(name).is_ok() { &COUNTER } else { &VALUE };
            out.push(Sample::of_field(metric, name, *v).label("script", script));
        }
        out.push(Sample::new(&OVERRUNS, s.overruns as f64).label("script", script));
        let Some(last) = &s.last else { continue };
        out.push(Sample::new(&DURATION, last.duration_ms as f64 / 1000.0).label("script", script));
        if let Some(code) = last.exit_status {
            out.push(Sample::new(&EXIT_STATUS, f64::from(code)).label("script", script));
        }
        out.push(Sample::new(&TIMED_OUT, f64::from(u8::from(last.timed_out))).label("script", script));
        out.push(Sample::new(&STARTED, last.started_at_unix as f64).label("script", script));
        out.push(Sample::new(&UNPARSED, last.unparsed as f64).label("script", script));
    }
}

/// Whether a run failed: it could not run, was killed, or exited non-zero without being
/// a Nagios plugin (whose exit code is its answer, not a failure).
pub(crate) fn failed(last: &LastRun) -> bool {
    last.error.is_some() || (last.exit_status != Some(0) && last.format != "nagios")
}

/// `gatherer check scripts`: scripts whose last run failed, or that have not run for
/// two of their intervals and a timeout.
pub(crate) const SCRIPTS_CHECK: Check<ScriptsReading, NoArgs> = Check {
    name: "scripts",
    service: "SCRIPTS",
    about: "Scripts of the scripts collector that failed (error, killed, non-zero exit) or are late",
    warning_help: "Warning range on the number of failing or late scripts [default: 0]",
    critical_help: "Critical range on the number of failing or late scripts [default: none]",
    judge: judge_scripts,
};

fn judge_scripts(_: &NoArgs, t: &Thresholds, r: &ScriptsReading) -> (PluginState, String) {
    let now = crate::util::timefmt::now_unix_ms().div_euclid(1000);
    let mut bad = Vec::new();
    for (name, s) in &r.scripts {
        let late_after = (2.0 * s.interval_s + r.timeout_s) as i64;
        match &s.last {
            Some(l) if failed(l) => bad.push(format!("{name} failed ({})", why(l))),
            Some(l) if now - l.started_at_unix > late_after => bad.push(format!("{name} late")),
            _ => {}
        }
    }
    let w = t.warning_or("0");
    let state = grade(bad.len() as f64, Some(&w), t.critical.as_ref());
    let text = match bad.is_empty() {
        true => format!("{} script(s) fine, {} refused", r.scripts.len(), r.refused.len()),
        false => text_safe(&bad.join(", ")),
    };
    let perf = perfdata("failing", bad.len() as f64, "", Some(&w), t.critical.as_ref(), Some(0.0), None);
    (state, format!("{text} | {perf}"))
}

fn why(l: &LastRun) -> String {
    match (&l.error, l.exit_status) {
        (Some(e), _) => e.clone(),
        (None, Some(c)) => format!("exit {c}"),
        (None, None) => "no exit status".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_labelled_by_script_and_counters_kept_apart() {
        let mut s = super::super::Script { interval_s: 60.0, ..Default::default() };
        s.values = [("a b".to_string(), 1.0), ("pkts".to_string(), 42.0)].into();
        s.counters = vec!["pkts".into()];
        s.last =
            Some(LastRun { exit_status: Some(0), duration_ms: 1500, format: "nagios".into(), ..Default::default() });
        let r = ScriptsReading {
            dir: "/d".into(),
            timeout_s: 30.0,
            scripts: [("x".into(), s)].into(),
            refused: Default::default(),
        };
        let mut out = Vec::new();
        samples(&r, &mut out);
        let named: Vec<(String, f64)> = out.iter().map(|s| (s.prom_parts().concat(), s.value)).collect();
        assert!(named.contains(&("gatherer_script_a b".into(), 1.0)), "{named:?}");
        assert!(named.contains(&("gatherer_script_pkts_total".into(), 42.0)), "{named:?}");
        assert!(named.contains(&("gatherer_scripts_run_duration_seconds".into(), 1.5)), "{named:?}");
        assert!(out.iter().all(|s| s.labels[0].key == "script" && s.labels[0].value == "x"));
    }

    fn max_output(value: &str) -> Result<usize, BadSetting> {
        let args = Args {
            state: StateArgs { scripts_interval: "300".into() },
            scripts_dir: DEFAULT_DIR.into(),
            scripts_timeout: "30".into(),
            scripts_max_output: value.into(),
        };
        let common =
            Common { proc_root: "/proc".into(), sys_root: "/sys".into(), oneshot: true, state_dir: "/run/g".into() };
        Scripts::settings(args, &common).map(|s| s.max_output)
    }

    /// The output cap is a size like the spool's and the history's: K, M and G suffixes.
    #[test]
    fn max_output_takes_the_byte_suffixes() {
        assert_eq!(max_output("1048576").unwrap(), 1 << 20);
        assert_eq!(max_output("1M").unwrap(), 1 << 20);
        assert_eq!(max_output("1MiB").unwrap(), 1 << 20);
        assert_eq!(max_output("64K").unwrap(), 64 << 10);
        assert_eq!(max_output("1024").unwrap(), 1024);
        assert!(max_output("1023").is_err());
        assert!(max_output("65M").is_err());
        assert!(max_output("5T").is_err());
    }
}
