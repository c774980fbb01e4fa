//! Nagios/Shinken checks and the munin plugin: they read the state files through the
//! same types that wrote them, and only read (no measurement happens here).

pub mod range;

use crate::collector::Reading;
use crate::collectors::diskstats::{self, DiskUtil};
use crate::collectors::vmware::{self, CpuReady};
use crate::collectors::whisper::{self, WhisperCount};
use crate::settings::Settings;
use crate::show::age;
use crate::state::{age_at, State, Status, Trust};
use crate::timefmt::now_unix_ms;
use range::{number, perfdata, text_safe, Range};
use std::path::{Path, PathBuf};
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
    fn word(self) -> &'static str {
        match self {
            PluginState::Ok => "OK",
            PluginState::Warning => "WARNING",
            PluginState::Critical => "CRITICAL",
            PluginState::Unknown => "UNKNOWN",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CheckKind {
    DiskUtil,
    Whisper,
    VmwareReady,
}

/// Options of `gatherer check`.
#[derive(clap::Args, Debug, Clone)]
pub struct CheckArgs {
    /// Which state file to check
    #[arg(value_enum)]
    pub kind: CheckKind,
    /// Warning range (disk-util: per disk %, default 80; whisper: metrics; vmware-ready: per-vCPU %, default 5)
    #[arg(short = 'w', long = "warning", value_name = "RANGE")]
    pub warning: Option<Range>,
    /// Critical range (disk-util default 95; vmware-ready default 10)
    #[arg(short = 'c', long = "critical", value_name = "RANGE")]
    pub critical: Option<Range>,
    /// disk-util: only these disks (repeatable)
    #[arg(long = "disk", value_name = "NAME")]
    pub disks: Vec<String>,
    /// whisper: warning range on the number of hosts
    #[arg(long, value_name = "RANGE")]
    pub hosts_warning: Option<Range>,
    /// whisper: critical range on the number of hosts
    #[arg(long, value_name = "RANGE")]
    pub hosts_critical: Option<Range>,
    /// whisper: CRITICAL below this many metrics (the usual alarm: metrics dropped)
    #[arg(long, value_name = "N")]
    pub min_metrics: Option<u64>,
    /// Data older than this many seconds is stale [default: 3 intervals of the collector]
    #[arg(long, value_name = "SECONDS")]
    pub max_age: Option<u64>,
    /// State for stale data
    #[arg(long, value_enum, default_value = "unknown")]
    pub stale_state: PluginState,
    /// State when the collector reports an error
    #[arg(long, value_enum, default_value = "unknown")]
    pub error_state: PluginState,
    /// Give up (UNKNOWN) after this many seconds
    #[arg(short = 't', long = "timeout", value_name = "SECONDS", default_value = "10")]
    pub timeout: u64,
}

/// Run a check: print its one line, return its exit code.
pub fn run(args: &CheckArgs, settings: &Settings) -> PluginState {
    let timeout = args.timeout.max(1);
    let _ = std::thread::Builder::new().name("check-timeout".into()).spawn(move || {
        std::thread::sleep(Duration::from_secs(timeout));
        println!("GATHERER UNKNOWN - timed out after {timeout} s");
        std::process::exit(PluginState::Unknown as i32);
    });
    let (state, text) = evaluate(args, settings);
    let service = match args.kind {
        CheckKind::DiskUtil => "DISK-UTIL",
        CheckKind::Whisper => "WHISPER",
        CheckKind::VmwareReady => "VMWARE-READY",
    };
    // Names and error texts come from a file anyone could have planted: one line, always.
    let text: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    println!("GATHERER {service} {} - {text}", state.word());
    state
}

/// Where a check's data comes from.
struct Source {
    path: PathBuf,
    collector: &'static str,
    /// The collector's interval: staleness is counted in it.
    interval: Duration,
}

impl CheckKind {
    fn source(self, s: &Settings) -> Source {
        let (path, collector, interval) = match self {
            CheckKind::DiskUtil => (&s.diskstats_state, diskstats::NAME, s.diskstats_interval),
            CheckKind::Whisper => (&s.whisper_state, whisper::NAME, s.whisper_interval),
            CheckKind::VmwareReady => (&s.vmware_state, vmware::NAME, s.vmware_interval),
        };
        Source { path: path.clone(), collector, interval }
    }
}

/// Data older than three of its collector's intervals is stale, unless told otherwise.
fn default_max_age(interval: Duration) -> u64 {
    3 * interval.as_secs().max(1)
}

/// The state and the text after "STATE - ", perfdata included.
pub fn evaluate(args: &CheckArgs, s: &Settings) -> (PluginState, String) {
    let src = args.kind.source(s);
    match args.kind {
        CheckKind::DiskUtil => checked::<DiskUtil>(args, &src, disk_util),
        CheckKind::Whisper => checked::<WhisperCount>(args, &src, whisper_counts),
        CheckKind::VmwareReady => checked::<CpuReady>(args, &src, cpu_ready),
    }
}

/// Freshness and error handling common to every check, then `judge` on the reading.
fn checked<R: Reading>(
    args: &CheckArgs,
    src: &Source,
    judge: fn(&CheckArgs, &R) -> (PluginState, String),
) -> (PluginState, String) {
    let (path, collector) = (&src.path, src.collector);
    let state = match State::<R>::read(path, collector, Trust::Anyone) {
        Ok(Some(s)) => s,
        Ok(None) => {
            return (PluginState::Unknown, format!("gatherer has never written {}; is it running?", path.display()))
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
            args.error_state,
            format!("{collector} collector error: {} ({last})", text_safe(env.error.as_deref().unwrap_or("?"))),
        );
    }
    let (Some(reading), Some(measured)) = (&state.reading, env.measured_at_unix) else {
        return (PluginState::Unknown, format!("{}: no good measurement yet", path.display()));
    };
    let max_age = args.max_age.unwrap_or(default_max_age(src.interval));
    let data_age = age_at(now, measured).unwrap_or(u64::MAX);
    if data_age > max_age {
        return (
            args.stale_state,
            format!("data in {} is {} old (max {max_age} s); is gatherer running?", path.display(), age(data_age)),
        );
    }
    judge(args, reading)
}

fn grade(value: f64, warn: Option<&Range>, crit: Option<&Range>) -> PluginState {
    if crit.is_some_and(|c| c.alerts(value)) {
        PluginState::Critical
    } else if warn.is_some_and(|w| w.alerts(value)) {
        PluginState::Warning
    } else {
        PluginState::Ok
    }
}

fn default_range(given: &Option<Range>, default: &str) -> Range {
    given.clone().unwrap_or_else(|| default.parse().expect("built-in default range"))
}

fn disk_util(args: &CheckArgs, r: &DiskUtil) -> (PluginState, String) {
    let (w, c) = (default_range(&args.warning, "80"), default_range(&args.critical, "95"));
    for d in &args.disks {
        if !r.disks.contains_key(d) {
            let known: Vec<String> = r.disks.keys().map(|k| text_safe(k)).collect();
            return (
                PluginState::Unknown,
                format!("disk {} is not in the state file (disks: {})", text_safe(d), known.join(", ")),
            );
        }
    }
    let chosen: Vec<(&String, f64)> = r
        .disks
        .iter()
        .filter(|(n, _)| args.disks.is_empty() || args.disks.contains(n))
        .map(|(n, d)| (n, d.util_pct))
        .collect();
    if chosen.is_empty() {
        return (PluginState::Unknown, "no physical disks in the state file".into());
    }
    let state = chosen.iter().map(|(_, u)| grade(*u, Some(&w), Some(&c))).max().unwrap_or(PluginState::Ok);
    let text: Vec<String> = chosen.iter().map(|(n, u)| format!("{} {u:.1}%", text_safe(n))).collect();
    let perf: Vec<String> =
        chosen.iter().map(|(n, u)| perfdata(n, *u, "%", Some(&w), Some(&c), Some(0.0), Some(100.0))).collect();
    (state, format!("{} | {}", text.join(", "), perf.join(" ")))
}

fn whisper_counts(args: &CheckArgs, r: &WhisperCount) -> (PluginState, String) {
    let metrics = r.metrics as f64;
    let mut state = grade(metrics, args.warning.as_ref(), args.critical.as_ref()).max(grade(
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
        perfdata("metrics", metrics, "", args.warning.as_ref(), args.critical.as_ref(), Some(0.0), None),
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

fn cpu_ready(args: &CheckArgs, r: &CpuReady) -> (PluginState, String) {
    if !r.is_vmware {
        return (PluginState::Ok, "not a VMware VM, nothing to check".into());
    }
    let (Some(per), Some(total)) = (r.cpu_ready_pct, r.cpu_ready_pct_total) else {
        return (PluginState::Unknown, "VMware VM without a CPU ready figure yet".into());
    };
    let (w, c) = (default_range(&args.warning, "5"), default_range(&args.critical, "10"));
    let state = grade(per, Some(&w), Some(&c));
    let source = r.source.as_deref().unwrap_or("?");
    let text = format!(
        "CPU ready {}% per vCPU ({}% total over {} vCPUs, from {source})",
        number(per),
        number(total),
        r.num_cpu.unwrap_or(0)
    );
    let perf = [
        perfdata("cpu_ready", per, "%", Some(&w), Some(&c), Some(0.0), Some(100.0)),
        perfdata("cpu_ready_total", total, "%", None, None, Some(0.0), None),
    ];
    (state, format!("{text} | {}", perf.join(" ")))
}

/// munin graphs, by the name the plugin is linked as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Graph {
    #[value(name = "gatherer_diskutil")]
    DiskUtil,
    #[value(name = "gatherer_whisper")]
    Whisper,
    #[value(name = "gatherer_vmware_ready")]
    VmwareReady,
}

impl Graph {
    /// The check that reads the same state file.
    fn kind(self) -> CheckKind {
        match self {
            Graph::DiskUtil => CheckKind::DiskUtil,
            Graph::Whisper => CheckKind::Whisper,
            Graph::VmwareReady => CheckKind::VmwareReady,
        }
    }
}

/// A munin field name: `[a-zA-Z_][a-zA-Z0-9_]*`.
fn field(name: &str) -> String {
    let mut f: String = name.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
    if f.starts_with(|c: char| c.is_ascii_digit()) {
        f.insert(0, '_');
    }
    f
}

/// `gatherer munin`: `config`, `autoconf`, or (no argument) the values. Paths come from
/// munin's plugin environment (`env.statefile`), else the usual settings; `env.warning`
/// and `env.critical` set the thresholds shown in the graph.
pub fn munin(graph: Graph, action: Option<&str>, settings: &Settings) -> Result<String, String> {
    let mut src = graph.kind().source(settings);
    if let Some(p) = std::env::var_os("statefile") {
        src.path = PathBuf::from(p);
    }
    let (path, collector) = (&src.path, src.collector);
    let limit = |name: &str, default: &str| std::env::var(name).unwrap_or_else(|_| default.to_string());
    let (warn, crit) = match graph {
        Graph::DiskUtil => (limit("warning", "80"), limit("critical", "95")),
        Graph::VmwareReady => (limit("warning", "5"), limit("critical", "10")),
        Graph::Whisper => (limit("warning", ""), limit("critical", "")),
    };
    let mut out = String::new();
    let mut line = |s: String| {
        out.push_str(&s);
        out.push('\n');
    };
    match action {
        Some("autoconf") => {
            let answer = match (graph, std::fs::metadata(path)) {
                (_, Err(e)) => format!("no ({}: {e})", path.display()),
                (Graph::VmwareReady, Ok(_)) => match State::<CpuReady>::read(path, collector, Trust::Anyone) {
                    Ok(Some(State { reading: Some(r), .. })) if !r.is_vmware => "no (not a VMware VM)".into(),
                    _ => "yes".into(),
                },
                (_, Ok(_)) => "yes".into(),
            };
            line(answer);
        }
        Some("config") => {
            let (title, vlabel, category, args) = match graph {
                Graph::DiskUtil => (
                    "Disk utilization (%util, as iostat)",
                    "%",
                    "disk",
                    "--base 1000 --lower-limit 0 --upper-limit 100",
                ),
                Graph::Whisper => ("Graphite whisper tree", "count", "graphite", "--base 1000 --lower-limit 0"),
                Graph::VmwareReady => ("VMware CPU ready", "%", "virtualization", "--base 1000 --lower-limit 0"),
            };
            line(format!("graph_title {title}"));
            line(format!("graph_vlabel {vlabel}"));
            line(format!("graph_category {category}"));
            line(format!("graph_args {args}"));
            line("graph_info Read from gatherer's state file by gatherer munin.".into());
            let mut fields: Vec<(String, String)> = match graph {
                Graph::DiskUtil => read_or_default::<DiskUtil>(path, collector)
                    .map(|r| r.disks.keys().map(|d| (field(d), d.clone())).collect())
                    .unwrap_or_default(),
                Graph::Whisper => vec![("metrics".into(), "metrics".into()), ("hosts".into(), "hosts".into())],
                Graph::VmwareReady => vec![("ready".into(), "per vCPU".into()), ("ready_total".into(), "total".into())],
            };
            fields.dedup();
            for (i, (f, label)) in fields.iter().enumerate() {
                line(format!("{f}.label {}", text_safe(label)));
                line(format!("{f}.min 0"));
                // Thresholds apply to the main figure(s), not to totals.
                if graph != Graph::VmwareReady || i == 0 {
                    if !warn.is_empty() && (graph != Graph::Whisper || f == "metrics") {
                        line(format!("{f}.warning {warn}"));
                    }
                    if !crit.is_empty() && (graph != Graph::Whisper || f == "metrics") {
                        line(format!("{f}.critical {crit}"));
                    }
                }
            }
        }
        None | Some("fetch") => {
            // Stale or missing data is "U" (unknown), never an old value passed off as new.
            let max_age = default_max_age(src.interval) as i64;
            match graph {
                Graph::DiskUtil => {
                    if let Some(r) = fresh::<DiskUtil>(path, collector, max_age) {
                        for (d, w) in &r.disks {
                            line(format!("{}.value {}", field(d), number(w.util_pct)));
                        }
                    }
                }
                Graph::Whisper => {
                    let r = fresh::<WhisperCount>(path, collector, max_age);
                    line(format!("metrics.value {}", r.as_ref().map(|r| r.metrics.to_string()).unwrap_or("U".into())));
                    line(format!("hosts.value {}", r.as_ref().map(|r| r.hosts.to_string()).unwrap_or("U".into())));
                }
                Graph::VmwareReady => {
                    let r = fresh::<CpuReady>(path, collector, max_age);
                    let v = |x: Option<f64>| x.map(number).unwrap_or("U".into());
                    line(format!("ready.value {}", v(r.as_ref().and_then(|r| r.cpu_ready_pct))));
                    line(format!("ready_total.value {}", v(r.as_ref().and_then(|r| r.cpu_ready_pct_total))));
                }
            }
        }
        Some(other) => return Err(format!("unknown munin action {other:?} (config, autoconf, or none)")),
    }
    Ok(out)
}

fn read_or_default<R: Reading>(path: &Path, collector: &str) -> Option<R> {
    State::<R>::read(path, collector, Trust::Anyone).ok().flatten().and_then(|s| s.reading)
}

/// The reading if it is ok and younger than `max_age` seconds.
fn fresh<R: Reading>(path: &Path, collector: &str, max_age: i64) -> Option<R> {
    let s = State::<R>::read(path, collector, Trust::Anyone).ok().flatten()?;
    let now = now_unix_ms().div_euclid(1000);
    let fresh = s.envelope.measured_at_unix.is_some_and(|t| age_at(now, t).is_ok_and(|a| a <= max_age as u64));
    (s.envelope.status == Status::Ok && fresh).then_some(s.reading?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn args(kind: CheckKind) -> CheckArgs {
        CheckArgs {
            kind,
            warning: None,
            critical: None,
            disks: Vec::new(),
            hosts_warning: None,
            hosts_critical: None,
            min_metrics: None,
            max_age: Some(u64::MAX),
            stale_state: PluginState::Unknown,
            error_state: PluginState::Unknown,
            timeout: 10,
        }
    }

    fn settings_with(path: &Path) -> Settings {
        let mut s = crate::settings::tests::defaults();
        s.diskstats_state = path.to_path_buf();
        s.whisper_state = path.to_path_buf();
        s.vmware_state = path.to_path_buf();
        s
    }

    /// A JSON value of any shape, for state files nobody sane wrote.
    fn any_json() -> impl Strategy<Value = serde_json::Value> {
        let leaf = prop_oneof![
            Just(serde_json::Value::Null),
            any::<bool>().prop_map(serde_json::Value::from),
            any::<i64>().prop_map(serde_json::Value::from),
            any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(serde_json::Value::from),
            "\\PC{0,12}".prop_map(serde_json::Value::from),
        ];
        leaf.prop_recursive(4, 32, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::from),
                prop::collection::btree_map("[a-z_\n|]{0,10}", inner, 0..6)
                    .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

        /// Whatever a state file holds (valid envelope, garbage fields, odd names), every
        /// check answers one line with a valid state, and never panics.
        #[test]
        fn checks_answer_one_line_whatever_the_file(
            fields in any_json(), measured in prop_oneof![Just(None), any::<i64>().prop_map(Some)],
            status in prop::sample::select(vec!["ok", "error", "weird"]),
            collector in prop::sample::select(vec!["diskstats", "whisper", "vmware"]),
            raw_bytes in prop::collection::vec(any::<u8>(), 0..64), use_raw: bool,
        ) {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("state.json");
            let mut v = serde_json::json!({
                "schema": 1, "collector": collector, "host": "h", "status": status, "error": "e\nx|y",
                "measured_at": null, "measured_at_unix": measured, "attempted_at_unix": 0, "duration_ms": 1,
            });
            if let (serde_json::Value::Object(m), serde_json::Value::Object(extra)) = (&mut v, &fields) {
                for (k, x) in extra {
                    m.entry(k.clone()).or_insert(x.clone());
                }
            }
            let bytes = if use_raw { raw_bytes } else { serde_json::to_vec(&v).unwrap() };
            std::fs::write(&path, bytes).unwrap();
            for kind in [CheckKind::DiskUtil, CheckKind::Whisper, CheckKind::VmwareReady] {
                let (state, text) = evaluate(&args(kind), &settings_with(&path));
                prop_assert!(state <= PluginState::Unknown);
                let line: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
                prop_assert_eq!(line.lines().count(), 1);
            }
        }
    }
}
