//! The whisper collector as gatherer sees it: its settings, its samples, its check and
//! its munin graph.

use super::{Whisper, WhisperCount, NAME, POLL};
use crate::checks::{grade, perfdata, Check, DynCheck, DynGraph, Field, Graph, PluginState, Range, Thresholds};
use crate::collectors::{CollectorKind, Common, Schedule};
use crate::engine::collector::Cancel;
use crate::engine::sample::{Metric, MetricKind, Unit};
use crate::state::StateSource;
use crate::util::setting::{boolean, count, seconds, BadSetting};
use anyhow::Result;
use std::path::PathBuf;
use std::time::Duration;

/// What the whisper state file needs.
#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "Graphite whisper counts (whisper collector)")]
#[group(id = "whisper-state")]
pub(crate) struct StateArgs {
    /// State file of the whisper collector
    #[arg(
        long,
        env = "GATHERER_WHISPER_STATE",
        default_value = "/opt/graphite/storage/whisper.nb_metrics",
        value_name = "PATH"
    )]
    pub(crate) whisper_state: PathBuf,

    /// Seconds between whisper counts (incremental between full scans)
    #[arg(long, env = "GATHERER_WHISPER_INTERVAL", default_value = "300", value_name = "SECONDS")]
    pub(crate) whisper_interval: String,
}

/// Every whisper setting.
#[derive(clap::Args, Debug, Clone)]
#[group(id = "whisper")]
pub(crate) struct Args {
    #[command(flatten)]
    pub(crate) state: StateArgs,

    /// Root of the Graphite whisper tree to count
    #[arg(long, env = "GATHERER_WHISPER_ROOT", default_value = "/opt/graphite/storage/whisper", value_name = "DIR")]
    pub(crate) whisper_root: PathBuf,

    /// Seconds between full rescans of the whisper tree, bounding any drift
    #[arg(long, env = "GATHERER_WHISPER_FULL_EVERY", default_value = "3600", value_name = "SECONDS")]
    pub(crate) whisper_full_every: String,

    /// Threads reading directories in a full whisper scan (several reads in flight help a cold cache)
    #[arg(long, env = "GATHERER_WHISPER_THREADS", default_value = "4", value_name = "N")]
    pub(crate) whisper_threads: String,

    /// Follow whisper changes with inotify between full scans, while the watch budget allows
    #[arg(long, env = "GATHERER_WHISPER_INOTIFY", default_value = "1", value_name = "BOOL", num_args = 0..=1, default_missing_value = "1")]
    pub(crate) whisper_inotify: String,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Settings {
    pub(crate) root: PathBuf,
    pub(crate) state_path: PathBuf,
    pub(crate) interval: Duration,
    pub(crate) full_every: Duration,
    pub(crate) threads: usize,
    pub(crate) inotify: bool,
}

impl CollectorKind for Whisper {
    const NAME: &'static str = NAME;
    const ABOUT: &'static str = "hosts and metrics of a Graphite whisper tree, counted as graphite-web lists them";
    type Args = Args;
    type StateArgs = StateArgs;
    type Settings = Settings;
    type Collector = Whisper;

    /// Only where there is a whisper tree: elsewhere (any box without Graphite) it would
    /// only report that the root is missing.
    fn on_by_default(s: &Settings) -> Result<(), String> {
        if s.root.exists() {
            Ok(())
        } else {
            Err(format!("no whisper tree at {} (set --whisper-root, or --collectors to name it)", s.root.display()))
        }
    }

    fn settings(args: Args, common: &Common) -> Result<Settings, BadSetting> {
        let state = Self::state(args.state, &common.state_dir)?;
        Ok(Settings {
            root: args.whisper_root,
            state_path: state.path,
            interval: state.interval,
            full_every: seconds("whisper-full-every", &args.whisper_full_every)?,
            threads: count("whisper-threads", &args.whisper_threads, 1..=64)?,
            // A single run has nothing to follow afterwards: watches would only cost time.
            inotify: boolean("whisper-inotify", &args.whisper_inotify)? && !common.oneshot,
        })
    }

    fn state(args: StateArgs, _state_dir: &std::path::Path) -> Result<StateSource, BadSetting> {
        Ok(StateSource {
            collector: NAME,
            path: args.whisper_state,
            interval: seconds("whisper-interval", &args.whisper_interval)?,
        })
    }

    fn schedule(s: &Settings) -> Schedule {
        Schedule {
            // Polled every few seconds (inotify events show that fast); the state file is
            // written when the counts change, and at least every interval.
            interval: POLL.min(s.interval),
            describe: Some(if s.inotify {
                format!("every {:?}, and within {:?} of a change (inotify)", s.interval, POLL.min(s.interval))
            } else {
                format!("every {:?} (mtime walk)", s.interval)
            }),
            // A full scan of a cold 10^7-file tree takes minutes: time out on the real
            // interval, not on the poll.
            timeout: (s.interval * 2).max(Duration::from_secs(600)),
            state_path: s.state_path.clone(),
        }
    }

    fn build(s: &Settings, cancel: &Cancel) -> Result<Whisper> {
        let mut w = Whisper::new(&s.root, s.interval, s.full_every, s.threads, s.inotify);
        w.tree.cancel = Some(cancel.flag());
        Ok(w)
    }

    fn checks() -> &'static [&'static dyn DynCheck] {
        &[&WHISPER_CHECK]
    }

    fn graphs() -> &'static [&'static dyn DynGraph] {
        &[&WHISPER_GRAPH]
    }
}

const fn gauge(name: &'static str, prom: &'static str, help: &'static str) -> Metric {
    Metric { name, prom, help, kind: MetricKind::Gauge, unit: Unit::Number }
}

pub(crate) static HOSTS: Metric =
    gauge("hosts", "gatherer_whisper_hosts", "Host directories directly under the whisper root");
pub(crate) static METRICS: Metric =
    gauge("metrics", "gatherer_whisper_metrics", "Whisper files (*.wsp) under the root, as graphite-web lists them");
pub(crate) static DIRS: Metric = gauge("dirs", "gatherer_whisper_directories", "Directories under the whisper root");
pub(crate) static UNREADABLE: Metric =
    gauge("unreadable_dirs", "gatherer_whisper_unreadable_directories", "Directories that could not be read");

pub(super) fn samples(r: &WhisperCount) -> [(&'static Metric, f64); 4] {
    [
        (&HOSTS, r.hosts as f64),
        (&METRICS, r.metrics as f64),
        (&DIRS, r.dirs as f64),
        (&UNREADABLE, r.unreadable_dirs as f64),
    ]
}

/// `check whisper` options of its own.
#[derive(clap::Args, Debug, Clone)]
pub(crate) struct WhisperArgs {
    /// Warning range on the number of hosts
    #[arg(long, value_name = "RANGE")]
    pub(crate) hosts_warning: Option<Range>,
    /// Critical range on the number of hosts
    #[arg(long, value_name = "RANGE")]
    pub(crate) hosts_critical: Option<Range>,
    /// CRITICAL below this many metrics (the usual alarm: metrics dropped)
    #[arg(long, value_name = "N")]
    pub(crate) min_metrics: Option<u64>,
}

/// `gatherer check whisper`: metric and host counts against ranges.
pub(crate) const WHISPER_CHECK: Check<WhisperCount, WhisperArgs> = Check {
    name: "whisper",
    service: "WHISPER",
    about: "Hosts and metrics of the Graphite whisper tree",
    warning_help: "Warning range on the number of metrics [default: none]",
    critical_help: "Critical range on the number of metrics [default: none]",
    judge: judge_whisper,
};

fn judge_whisper(args: &WhisperArgs, t: &Thresholds, r: &WhisperCount) -> (PluginState, String) {
    let metrics = r.metrics as f64;
    let mut state = grade(metrics, t.warning.as_ref(), t.critical.as_ref()).max(grade(
        r.hosts as f64,
        args.hosts_warning.as_ref(),
        args.hosts_critical.as_ref(),
    ));
    let mut text = format!("{} hosts, {} metrics", r.hosts, r.metrics);
    if let Some(min) = args.min_metrics {
        if r.metrics < min {
            state = PluginState::Critical;
            text += &format!(" (fewer than {min})");
        }
    }
    if r.unreadable_dirs > 0 {
        text += &format!(", {} unreadable directories", r.unreadable_dirs);
    }
    let perf = [
        perfdata("metrics", metrics, "", t.warning.as_ref(), t.critical.as_ref(), Some(0.0), None),
        perfdata(
            "hosts",
            r.hosts as f64,
            "",
            args.hosts_warning.as_ref(),
            args.hosts_critical.as_ref(),
            Some(0.0),
            None,
        ),
        perfdata("unreadable_dirs", r.unreadable_dirs as f64, "", None, None, Some(0.0), None),
    ];
    (state, format!("{text} | {}", perf.join(" ")))
}

/// munin's `gatherer_whisper`: metrics and hosts.
pub(crate) const WHISPER_GRAPH: Graph<WhisperCount> = Graph {
    link: "gatherer_whisper",
    title: "Graphite whisper tree",
    vlabel: "count",
    category: "graphite",
    args: "--base 1000 --lower-limit 0",
    warning: "",
    critical: "",
    fields: whisper_fields,
    autoconf: crate::checks::munin::always,
};

fn whisper_fields(r: Option<&WhisperCount>) -> Vec<Field> {
    vec![
        Field::new("metrics", "metrics", r.map(|r| r.metrics as f64)).with_thresholds(),
        Field::new("hosts", "hosts", r.map(|r| r.hosts as f64)),
    ]
}
