//! Nagios/Shinken checks and munin graphs on the state files. They only read: no
//! measurement happens here. Freshness, error handling, threshold ranges, perfdata and
//! the plugin's one-line output are written once here; each collector says how its own
//! readings are judged and graphed (a `Check` and a `Graph`, as data), in its own module.

pub mod munin;
pub mod range;

use crate::engine::collector::Reading;
use crate::state::{age_at, State, StateSource, Status, Trust};
use crate::util::timefmt::{age, now_unix_ms};
use clap::{ArgMatches, Command, FromArgMatches};
pub(crate) use range::{number, perfdata, text_safe, Range};
use std::time::Duration;

/// Plugin states and their exit codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, clap::ValueEnum)]
pub enum PluginState {
    Ok = 0,
    Warning = 1,
    Critical = 2,
    Unknown = 3,
}

impl PluginState {
    pub(crate) fn word(self) -> &'static str {
        match self {
            PluginState::Ok => "OK",
            PluginState::Warning => "WARNING",
            PluginState::Critical => "CRITICAL",
            PluginState::Unknown => "UNKNOWN",
        }
    }
}

/// Options every check has.
#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "Check")]
pub(crate) struct Thresholds {
    /// Warning range
    #[arg(short = 'w', long = "warning", value_name = "RANGE")]
    pub(crate) warning: Option<Range>,
    /// Critical range
    #[arg(short = 'c', long = "critical", value_name = "RANGE")]
    pub(crate) critical: Option<Range>,
    /// Data older than this many seconds is stale [default: 3 intervals of the collector]
    #[arg(long, value_name = "SECONDS")]
    pub(crate) max_age: Option<u64>,
    /// State for stale data
    #[arg(long, value_enum, default_value = "unknown")]
    pub(crate) stale_state: PluginState,
    /// State when the collector reports an error
    #[arg(long, value_enum, default_value = "unknown")]
    pub(crate) error_state: PluginState,
    /// Give up (UNKNOWN) after this many seconds
    #[arg(short = 't', long = "timeout", value_name = "SECONDS", default_value = "10")]
    pub(crate) timeout: u64,
}

impl Thresholds {
    /// The warning range, or this check's default.
    pub(crate) fn warning_or(&self, default: &str) -> Range {
        self.warning.clone().unwrap_or_else(|| default.parse().expect("built-in default range"))
    }

    pub(crate) fn critical_or(&self, default: &str) -> Range {
        self.critical.clone().unwrap_or_else(|| default.parse().expect("built-in default range"))
    }

    /// The ranges given (Nagios syntax), everything else as the command line defaults it.
    #[cfg(test)]
    pub(crate) fn ranges(warning: Option<&str>, critical: Option<&str>) -> Thresholds {
        Thresholds {
            warning: warning.map(|r| r.parse().expect("a test's range")),
            critical: critical.map(|r| r.parse().expect("a test's range")),
            max_age: None,
            stale_state: PluginState::Unknown,
            error_state: PluginState::Unknown,
            timeout: 10,
        }
    }
}

/// A check with no options of its own.
#[derive(clap::Args, Debug, Clone)]
pub(crate) struct NoArgs {}

/// One Nagios/Shinken check on one collector's state file: what it is called, its help,
/// and how it judges a fresh reading. `A`: its own options, beside the common thresholds.
pub(crate) struct Check<R, A = NoArgs> {
    /// `gatherer check NAME`, and the link name `check_gatherer_NAME` (dashes as `_`).
    pub(crate) name: &'static str,
    /// The service word of its output line (`GATHERER DISK-UTIL OK - ...`).
    pub(crate) service: &'static str,
    pub(crate) about: &'static str,
    /// Help for `-w` and `-c`: what the ranges apply to, and their defaults.
    pub(crate) warning_help: &'static str,
    pub(crate) critical_help: &'static str,
    /// The state and the text after "STATE - ", perfdata included, for a fresh reading.
    pub(crate) judge: fn(&A, &Thresholds, &R) -> (PluginState, String),
}

/// The registry's face of a check.
pub trait DynCheck: Sync {
    fn name(&self) -> &'static str;
    fn service(&self) -> &'static str;
    fn about(&self) -> &'static str;
    /// Its options (the common ones and its own) added to its subcommand.
    fn add_args(&self, cmd: Command) -> Command;
    /// The state and the text after "STATE - ".
    fn evaluate(&self, m: &ArgMatches, src: &StateSource) -> (PluginState, String);
    /// The `-t` of the parsed command.
    fn timeout(&self, m: &ArgMatches) -> u64;

    /// The name the plugin is installed as.
    fn link(&self) -> String {
        format!("check_gatherer_{}", self.name().replace('-', "_"))
    }
}

impl<R: Reading, A: clap::Args + FromArgMatches + 'static> DynCheck for Check<R, A> {
    fn name(&self) -> &'static str {
        self.name
    }

    fn service(&self) -> &'static str {
        self.service
    }

    fn about(&self) -> &'static str {
        self.about
    }

    fn add_args(&self, cmd: Command) -> Command {
        let cmd = <Thresholds as clap::Args>::augment_args(cmd);
        <A as clap::Args>::augment_args(cmd)
            .mut_arg("warning", |a| a.help(self.warning_help))
            .mut_arg("critical", |a| a.help(self.critical_help))
    }

    fn evaluate(&self, m: &ArgMatches, src: &StateSource) -> (PluginState, String) {
        let t = Thresholds::from_arg_matches(m).expect("added by add_args");
        let args = A::from_arg_matches(m).expect("added by add_args");
        checked::<R>(&t, src, |r| (self.judge)(&args, &t, r))
    }

    fn timeout(&self, m: &ArgMatches) -> u64 {
        Thresholds::from_arg_matches(m).map(|t| t.timeout).unwrap_or(10)
    }
}

/// Data older than three of its collector's intervals is stale, unless told otherwise.
pub(crate) fn default_max_age(interval: Duration) -> u64 {
    3 * interval.as_secs().max(1)
}

/// Freshness and error handling common to every check, then `judge` on the reading.
fn checked<R: Reading>(
    t: &Thresholds,
    src: &StateSource,
    judge: impl FnOnce(&R) -> (PluginState, String),
) -> (PluginState, String) {
    let (path, collector) = (&src.path, src.collector);
    let state = match State::<R>::read(path, collector, Trust::Anyone) {
        Ok(Some(s)) => s,
        Ok(None) => {
            let missing_dir = path.parent().filter(|d| !d.as_os_str().is_empty() && !d.exists());
            let text = match missing_dir {
                // Not a daemon that is down: this host has no place for that state file
                // (no Graphite here, say), so the collector cannot be running.
                Some(d) => format!(
                    "no state file {}: its directory {} does not exist, so the {collector} collector cannot run here",
                    path.display(),
                    d.display()
                ),
                None => format!("gatherer has never written {}; is it running?", path.display()),
            };
            return (PluginState::Unknown, text);
        }
        Err(e) => return (PluginState::Unknown, format!("{e:#}")),
    };
    let now = now_unix_ms().div_euclid(1000);
    let env = &state.envelope;
    if let Some(Err(ahead)) = env.measured_at_unix.map(|t| age_at(now, t)) {
        return (
            PluginState::Unknown,
            format!(
                "{}: measured_at_unix is {} in the future (a clock stepped back, or not gatherer's file)",
                path.display(),
                age(ahead)
            ),
        );
    }
    if env.status == Status::Error {
        let last = match env.measured_at_unix.map(|t| age_at(now, t)) {
            Some(Ok(a)) => format!("last good data {} old", age(a)),
            _ => "no good data ever".into(),
        };
        return (
            t.error_state,
            format!("{collector} collector error: {} ({last})", text_safe(env.error.as_deref().unwrap_or("?"))),
        );
    }
    let (Some(reading), Some(measured)) = (&state.reading, env.measured_at_unix) else {
        return (PluginState::Unknown, format!("{}: no good measurement yet", path.display()));
    };
    let max_age = t.max_age.unwrap_or(default_max_age(src.interval));
    let data_age = age_at(now, measured).unwrap_or(u64::MAX);
    if data_age > max_age {
        return (
            t.stale_state,
            format!("data in {} is {} old (max {max_age} s); is gatherer running?", path.display(), age(data_age)),
        );
    }
    judge(reading)
}

/// Worst of the states `value` raises against `warn` and `crit`.
pub(crate) fn grade(value: f64, warn: Option<&Range>, crit: Option<&Range>) -> PluginState {
    if crit.is_some_and(|c| c.alerts(value)) {
        PluginState::Critical
    } else if warn.is_some_and(|w| w.alerts(value)) {
        PluginState::Warning
    } else {
        PluginState::Ok
    }
}

/// The plugin's one line: `GATHERER SERVICE STATE - text`. Names and error texts come
/// from a file anyone could have planted, so no control character survives.
pub(crate) fn plugin_line(service: &str, state: PluginState, text: &str) -> String {
    let text: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let service = if service.is_empty() { String::new() } else { format!("{service} ") };
    format!("GATHERER {service}{} - {text}", state.word())
}

/// The last reading in a state file, whatever its age, and whether it is fresh (as
/// [`fresh`] means it): munin lists the fields of a graph from it even when stale.
pub(crate) fn latest<R: Reading>(src: &StateSource, max_age: u64) -> Option<(R, bool)> {
    let s = State::<R>::read(&src.path, src.collector, Trust::Anyone).ok().flatten()?;
    let now = now_unix_ms().div_euclid(1000);
    let fresh = s.envelope.measured_at_unix.is_some_and(|t| age_at(now, t).is_ok_and(|a| a <= max_age));
    Some((s.reading?, s.envelope.status == Status::Ok && fresh))
}

pub(crate) use munin::{DynGraph, Field, Graph};
