//! The proctable collector as gatherer sees it: its settings, its samples (node_exporter's
//! `node_processes_*` families) and its check (threads against the kernel's PID and
//! thread limits).

use super::{ProcTable, ProcessTable, NAME};
use crate::checks::{grade, number, perfdata, Check, DynCheck, NoArgs, PluginState, Thresholds};
use crate::collectors::{state_in_dir, CollectorKind, Common, Schedule};
use crate::engine::collector::Cancel;
use crate::engine::sample::{Metric, MetricKind, Sample, Unit};
use crate::state::StateSource;
use crate::util::setting::BadSetting;
use anyhow::Result;
use std::path::Path;

/// What the proctable state file needs.
#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "Process table (proctable collector)")]
#[group(id = "proctable-state")]
pub(crate) struct StateArgs {
    /// Seconds between walks of the process table (process and thread counts by state)
    #[arg(long, env = "GATHERER_PROCTABLE_INTERVAL", default_value = "60", value_name = "SECONDS")]
    pub(crate) proctable_interval: String,
}

/// Every proctable setting.
#[derive(clap::Args, Debug, Clone)]
#[group(id = "proctable")]
pub(crate) struct Args {
    #[command(flatten)]
    pub(crate) state: StateArgs,
}

/// Its validated settings: those of every node collector.
pub(crate) type Settings = crate::collectors::NodeSettings;

impl CollectorKind for ProcTable {
    const NAME: &'static str = NAME;
    const ABOUT: &'static str =
        "processes and threads by state, against the kernel's PID and thread limits (/proc/PID/stat)";
    type Args = Args;
    type StateArgs = StateArgs;
    type Settings = Settings;
    type Collector = ProcTable;

    fn settings(args: Args, common: &Common) -> Result<Settings, BadSetting> {
        Ok(Settings::new(Self::state(args.state, &common.state_dir)?, common))
    }

    fn state(args: StateArgs, state_dir: &Path) -> Result<StateSource, BadSetting> {
        state_in_dir(NAME, state_dir, "proctable-interval", &args.proctable_interval)
    }

    fn schedule(s: &Settings) -> Schedule {
        s.schedule()
    }

    fn build(s: &Settings, _cancel: &Cancel) -> Result<ProcTable> {
        Ok(ProcTable::new(&s.proc_root))
    }

    fn checks() -> &'static [&'static dyn DynCheck] {
        &[&PIDS_CHECK]
    }
}

const fn gauge(name: &'static str, prom: &'static str, help: &'static str, unit: Unit) -> Metric {
    Metric { name, prom, help, kind: MetricKind::Gauge, unit }
}

pub(crate) static PIDS: Metric = gauge("pids", "node_processes_pids", "Number of PIDs", Unit::Number);
pub(crate) static THREADS: Metric =
    gauge("threads", "node_processes_threads", "Allocated threads in system", Unit::Number);
pub(crate) static MAX_PROCESSES: Metric =
    gauge("max_processes", "node_processes_max_processes", "Number of max PIDs limit", Unit::Number);
pub(crate) static MAX_THREADS: Metric =
    gauge("max_threads", "node_processes_max_threads", "Limit of threads in the system", Unit::Number);
pub(crate) static STATE: Metric =
    gauge("state", "node_processes_state", "Number of processes in each state.", Unit::Number);
pub(crate) static THREAD_STATE: Metric =
    gauge("thread_state", "node_processes_threads_state", "Number of threads in each state.", Unit::Number);
pub(crate) static PIDS_USED_PCT: Metric = gauge(
    "pids_used_pct",
    "gatherer_proctable_pids_used_percent",
    "Threads (each takes a PID), in percent of kernel.pid_max",
    Unit::Percent,
);
pub(crate) static THREADS_USED_PCT: Metric = gauge(
    "threads_used_pct",
    "gatherer_proctable_threads_used_percent",
    "Threads, in percent of kernel.threads-max",
    Unit::Percent,
);

pub(super) fn samples(r: &ProcessTable, out: &mut Vec<Sample>) {
    out.push(Sample::new(&PIDS, r.pids as f64));
    out.push(Sample::new(&THREADS, r.threads as f64));
    for (m, v) in [(&MAX_PROCESSES, r.max_processes), (&MAX_THREADS, r.max_threads)] {
        if let Some(v) = v {
            out.push(Sample::new(m, v as f64));
        }
    }
    for (m, v) in [(&PIDS_USED_PCT, r.pids_used_pct), (&THREADS_USED_PCT, r.threads_used_pct)] {
        if let Some(v) = v {
            out.push(Sample::new(m, v));
        }
    }
    for (state, n) in &r.states {
        out.push(Sample::new(&STATE, *n as f64).label("state", state.as_str()));
    }
    for (state, n) in &r.thread_states {
        out.push(Sample::new(&THREAD_STATE, *n as f64).label("thread_state", state.as_str()));
    }
}

/// `gatherer check pids`: threads in percent of the nearer of the kernel's two limits.
/// Every thread takes a PID, so at either one fork(2) and pthread_create fail (EAGAIN).
pub(crate) const PIDS_CHECK: Check<ProcessTable, NoArgs> = Check {
    name: "pids",
    service: "PIDS",
    about: "Threads in percent of the nearer of kernel.pid_max and kernel.threads-max",
    warning_help: "Warning range on PIDs used % [default: 80]",
    critical_help: "Critical range on PIDs used % [default: 90]",
    judge: judge_pids,
};

fn judge_pids(_: &NoArgs, t: &Thresholds, r: &ProcessTable) -> (PluginState, String) {
    let limits = [
        (r.pids_used_pct, r.max_processes, "kernel.pid_max"),
        (r.threads_used_pct, r.max_threads, "kernel.threads-max"),
    ];
    let Some((pct, max, name)) =
        limits.iter().filter_map(|&(p, m, n)| Some((p?, m?, n))).max_by(|a, b| a.0.total_cmp(&b.0))
    else {
        return (PluginState::Unknown, "neither kernel.pid_max nor kernel.threads-max could be read".into());
    };
    let (w, c) = (t.warning_or("80"), t.critical_or("90"));
    let state = grade(pct, Some(&w), Some(&c));
    let perf = [
        perfdata("used_pct", pct, "%", Some(&w), Some(&c), Some(0.0), Some(100.0)),
        perfdata("threads", r.threads as f64, "", None, None, Some(0.0), Some(max as f64)),
        perfdata("processes", r.pids as f64, "", None, None, Some(0.0), None),
    ];
    (
        state,
        format!(
            "{}% of {name} used ({} threads of {max}, {} processes) | {}",
            number(pct),
            r.threads,
            r.pids,
            perf.join(" ")
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The nearer limit decides: threads-max here, though pid_max is far off.
    #[test]
    fn the_nearer_limit_is_judged() {
        let mut r = ProcessTable {
            pids: 50,
            threads: 95,
            max_processes: Some(4_194_304),
            max_threads: Some(100),
            pids_used_pct: Some(0.002),
            threads_used_pct: Some(95.0),
            ..ProcessTable::default()
        };
        let (state, text) = judge_pids(&NoArgs {}, &Thresholds::ranges(None, None), &r);
        assert_eq!(state, PluginState::Critical, "{text}");
        assert!(text.contains("95% of kernel.threads-max"), "{text}");
        r.threads_used_pct = Some(10.0);
        assert_eq!(judge_pids(&NoArgs {}, &Thresholds::ranges(None, None), &r).0, PluginState::Ok);
        let none = ProcessTable::default();
        assert_eq!(judge_pids(&NoArgs {}, &Thresholds::ranges(None, None), &none).0, PluginState::Unknown);
    }
}
