//! Every collector kind, and the one trait each implements. This file is the registry:
//! adding a collector is its module plus one line in `KINDS`. Everything else (the CLI's
//! flags, the checks and their link names, munin graphs, `show`, `config`, packaging
//! symlinks) is derived from here.

pub mod cpu;
pub mod diskstats;
pub mod filesystems;
pub mod guests;
pub mod inventory;
pub mod kernel;
pub mod memory;
pub mod netqueues;
pub mod netstat;
pub mod network;
pub mod pressure;
pub mod processes;
pub mod proctable;
pub mod providers;
pub mod scripts;
pub mod sockstat;
pub mod softnet;
pub mod temperatures;
pub mod timex;
pub mod vmstat;
#[cfg(feature = "vmware")]
pub mod vmware;
pub mod whisper;

use crate::checks::{DynCheck, DynGraph};
use crate::engine::collector::{Cancel, Collector, Measured};
use crate::engine::{read_typed, Spec};
use crate::state::{State, StateSource, Trust};
use crate::util::setting::BadSetting;
use anyhow::Result;
use clap::{ArgMatches, Command, FromArgMatches};
use std::marker::PhantomData;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The registry, in the order collectors run and are shown.
pub static KINDS: &[&dyn DynKind] = &[
    &Kind::<diskstats::Diskstats>::NEW,
    &Kind::<whisper::Whisper>::NEW,
    #[cfg(feature = "vmware")]
    &Kind::<vmware::Vmware>::NEW,
    &Kind::<cpu::Cpu>::NEW,
    &Kind::<memory::Memory>::NEW,
    &Kind::<network::Network>::NEW,
    &Kind::<vmstat::Vmstat>::NEW,
    &Kind::<netstat::Netstat>::NEW,
    &Kind::<sockstat::Sockstat>::NEW,
    &Kind::<softnet::Softnet>::NEW,
    &Kind::<netqueues::Netqueues>::NEW,
    &Kind::<pressure::PressureCollector>::NEW,
    &Kind::<kernel::Kernel>::NEW,
    &Kind::<proctable::ProcTable>::NEW,
    &Kind::<timex::Timex>::NEW,
    &Kind::<filesystems::Filesystems>::NEW,
    &Kind::<temperatures::Temperatures>::NEW,
    &Kind::<inventory::Inventories>::NEW,
    &Kind::<scripts::Scripts>::NEW,
    &Kind::<providers::Providers>::NEW,
    &Kind::<guests::Guests>::NEW,
    &Kind::<processes::Processes>::NEW,
];

/// The built-in `--state-dir`: made by the systemd unit and the init script.
pub(crate) const DEFAULT_STATE_DIR: &str = "/run/gatherer";

/// Where a daemon run by a user who cannot write [`DEFAULT_STATE_DIR`] puts those state
/// files when `--state-dir` is not set: `$XDG_RUNTIME_DIR/gatherer` (the user's own
/// runtime directory), else `/tmp/gatherer-UID`.
pub(crate) fn user_state_dir() -> PathBuf {
    match std::env::var_os("XDG_RUNTIME_DIR").map(PathBuf::from) {
        Some(d) if d.is_absolute() => d.join("gatherer"),
        _ => PathBuf::from(format!("/tmp/gatherer-{}", rustix::process::geteuid().as_raw())),
    }
}

/// Where the state files of the collectors that have no path of their own go (their
/// state file is `DIR/<collector>.json`). Flattened into every command that reads or
/// writes state files.
#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "Collectors")]
#[group(id = "state-dir-group")]
pub(crate) struct StateDirArgs {
    /// Directory of the state files of the node collectors (cpu, memory, network, pressure, kernel, timex, vmstat, netstat, ...) and scripts (DIR/NAME.json)
    #[arg(long, env = "GATHERER_STATE_DIR", default_value = DEFAULT_STATE_DIR, value_name = "DIR")]
    pub(crate) state_dir: PathBuf,
}

/// Settings every collector may use.
#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "Collectors")]
pub(crate) struct CommonArgs {
    /// Collectors to run, comma-separated [default: every collector enabled by default]
    #[arg(long, env = "GATHERER_COLLECTORS", value_name = "LIST")]
    pub(crate) collectors: Option<String>,

    /// Where procfs is mounted (tests point this at a fixture tree)
    #[arg(long, env = "GATHERER_PROC_ROOT", default_value = "/proc", value_name = "DIR")]
    pub(crate) proc_root: PathBuf,

    /// Where sysfs is mounted
    #[arg(long, env = "GATHERER_SYS_ROOT", default_value = "/sys", value_name = "DIR")]
    pub(crate) sys_root: PathBuf,

    #[command(flatten)]
    pub(crate) state: StateDirArgs,
}

/// The validated common settings a collector is built with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Common {
    pub proc_root: PathBuf,
    pub sys_root: PathBuf,
    /// A single run (`gatherer once`): nothing to follow afterwards (no inotify).
    pub oneshot: bool,
    /// `--state-dir`.
    pub state_dir: PathBuf,
}

/// The state file of a collector that has no path setting of its own:
/// `--state-dir/<name>.json`, written every `interval` (named by `flag`).
pub(crate) fn state_in_dir(
    name: &'static str,
    dir: &Path,
    flag: &str,
    interval: &str,
) -> Result<StateSource, BadSetting> {
    Ok(StateSource {
        collector: name,
        path: dir.join(format!("{name}.json")),
        interval: crate::util::setting::seconds(flag, interval)?,
    })
}

/// The settings of a node collector whose state file is `--state-dir/<name>.json`,
/// written every interval: where procfs and sysfs are, that file and interval, and
/// whether this is a single run. The collectors with no settings of their own (cpu,
/// memory, network, temperatures) use it as their `Settings`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct NodeSettings {
    pub(crate) proc_root: PathBuf,
    pub(crate) sys_root: PathBuf,
    pub(crate) state_path: PathBuf,
    pub(crate) interval: Duration,
    /// `gatherer once`: report only a complete reading, rates included (two samples).
    pub(crate) oneshot: bool,
}

impl NodeSettings {
    pub(crate) fn new(state: StateSource, common: &Common) -> NodeSettings {
        NodeSettings {
            proc_root: common.proc_root.clone(),
            sys_root: common.sys_root.clone(),
            state_path: state.path,
            interval: state.interval,
            oneshot: common.oneshot,
        }
    }

    /// Every interval, reported as hung after the engine's default timeout.
    pub(crate) fn schedule(&self) -> Schedule {
        Schedule::every(self.interval, &self.state_path)
    }
}

/// When and where a collector runs, from its settings.
pub(crate) struct Schedule {
    /// How often a cycle runs.
    pub(crate) interval: Duration,
    /// What the start-up line says about its schedule, when more than "every INTERVAL"
    /// (whisper: its state is written every `--whisper-interval`, changes followed faster).
    pub(crate) describe: Option<String>,
    /// How long a cycle may take before it is reported as hung.
    pub(crate) timeout: Duration,
    pub(crate) state_path: PathBuf,
}

impl Schedule {
    /// Every `interval`, reported as hung after the engine's default timeout.
    pub(crate) fn every(interval: Duration, state_path: &Path) -> Schedule {
        Schedule {
            interval,
            describe: None,
            timeout: crate::engine::default_timeout(interval),
            state_path: state_path.to_path_buf(),
        }
    }
}

/// A kind of collector: everything the rest of gatherer needs to know about it.
pub(crate) trait CollectorKind: Send + Sync + Sized + 'static {
    /// Its name in `--collectors`, state files and logs.
    const NAME: &'static str;
    /// One line: what it measures (help, docs, the package description).
    const ABOUT: &'static str;

    /// Its settings as clap reads them (flags, variables, defaults, under its own help
    /// heading), flattened only into the commands that run it.
    type Args: clap::Args + FromArgMatches;
    /// The part of its settings its state file needs (path, interval): all a check,
    /// munin or `show` parse, so another collector's bad setting never reaches them.
    type StateArgs: clap::Args + FromArgMatches;
    /// Validated settings. Printed with `{:?}` they key a reload: equal means it keeps
    /// running untouched.
    type Settings: std::fmt::Debug + Clone + Send + Sync + 'static;
    /// The collector, whose `Reading` says how its readings become samples.
    type Collector: Collector;

    /// Whether it runs when `--collectors` is not given: `Err(why not)` to leave it out.
    fn on_by_default(_settings: &Self::Settings) -> Result<(), String> {
        Ok(())
    }

    fn settings(args: Self::Args, common: &Common) -> Result<Self::Settings, BadSetting>;

    /// Where its state file is. `state_dir`: `--state-dir`, for collectors whose state
    /// file is `DIR/<name>.json`.
    fn state(args: Self::StateArgs, state_dir: &Path) -> Result<StateSource, BadSetting>;

    fn schedule(settings: &Self::Settings) -> Schedule;

    fn build(settings: &Self::Settings, cancel: &Cancel) -> Result<Self::Collector>;

    /// Its Nagios/Shinken checks (`gatherer check NAME`).
    fn checks() -> &'static [&'static dyn DynCheck] {
        &[]
    }

    /// Its munin graphs.
    fn graphs() -> &'static [&'static dyn DynGraph] {
        &[]
    }
}

/// The registry's face of a collector kind.
pub trait DynKind: Sync {
    fn name(&self) -> &'static str;
    fn about(&self) -> &'static str;
    /// Add its settings to a command that runs collectors.
    fn add_args(&self, cmd: Command) -> Command;
    /// Add what its state file needs to a command that reads state files.
    fn add_state_args(&self, cmd: Command) -> Command;
    /// Build it from parsed arguments: its spec, and `Err(why)` if it is off by default.
    fn plan(&self, m: &ArgMatches, common: &Common) -> Result<Planned, BadSetting>;
    /// Where its state file is, from parsed arguments.
    fn state(&self, m: &ArgMatches) -> Result<StateSource, BadSetting>;
    /// Read its state file through its own reading type.
    fn read_state(&self, path: &Path, trust: Trust) -> Result<Option<State<Measured>>>;
    fn checks(&self) -> &'static [&'static dyn DynCheck];
    fn graphs(&self) -> &'static [&'static dyn DynGraph];
}

/// A collector ready to run.
pub struct Planned {
    pub(crate) spec: Spec,
    /// `Err(why)` when it stays out unless named in `--collectors`.
    pub(crate) by_default: Result<(), String>,
}

/// The registry entry of `K`.
pub(crate) struct Kind<K>(PhantomData<fn() -> K>);

impl<K> Kind<K> {
    pub(crate) const NEW: Kind<K> = Kind(PhantomData);
}

fn from_matches<T: FromArgMatches>(m: &ArgMatches) -> T {
    // The command was built with T's own `augment_args`, so its arguments are all there.
    T::from_arg_matches(m).expect("arguments added by the same definition")
}

impl<K: CollectorKind> DynKind for Kind<K> {
    fn name(&self) -> &'static str {
        K::NAME
    }

    fn about(&self) -> &'static str {
        K::ABOUT
    }

    fn add_args(&self, cmd: Command) -> Command {
        <K::Args as clap::Args>::augment_args(cmd)
    }

    fn add_state_args(&self, cmd: Command) -> Command {
        <K::StateArgs as clap::Args>::augment_args(cmd)
    }

    fn plan(&self, m: &ArgMatches, common: &Common) -> Result<Planned, BadSetting> {
        let settings = K::settings(from_matches(m), common)?;
        let schedule = K::schedule(&settings);
        let by_default = K::on_by_default(&settings);
        let key = format!("{settings:?}");
        let mut spec = Spec::new(K::NAME, schedule.interval, schedule.state_path, key, move |cancel: &Cancel| {
            K::build(&settings, cancel)
        });
        spec.timeout = schedule.timeout;
        if let Some(d) = schedule.describe {
            spec.describe = d;
        }
        Ok(Planned { spec, by_default })
    }

    fn state(&self, m: &ArgMatches) -> Result<StateSource, BadSetting> {
        let dir: StateDirArgs = from_matches(m);
        K::state(from_matches(m), &dir.state_dir)
    }

    fn read_state(&self, path: &Path, trust: Trust) -> Result<Option<State<Measured>>> {
        read_typed::<<K::Collector as Collector>::Reading>(path, K::NAME, trust)
    }

    fn checks(&self) -> &'static [&'static dyn DynCheck] {
        K::checks()
    }

    fn graphs(&self) -> &'static [&'static dyn DynGraph] {
        K::graphs()
    }
}

/// Every collector name, in registry order.
pub fn names() -> impl Iterator<Item = &'static str> {
    KINDS.iter().map(|k| k.name())
}

pub(crate) fn by_name(name: &str) -> Option<&'static dyn DynKind> {
    KINDS.iter().copied().find(|k| k.name() == name)
}
