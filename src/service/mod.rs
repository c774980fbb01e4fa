//! Running as a service: the daemon's own settings (log, pidfile, user), `start` (detach,
//! pidfile, readiness), `stop`, `status` and `reload` with LSB exit codes, and the signal
//! loop shared with `run`. It runs whatever plan the app gives it and re-asks the app
//! for a plan on SIGHUP; it never parses the command line itself.

mod detach;
pub mod logger;
mod notify;
mod pidfile;
mod privileges;

pub(crate) use detach::start;
pub(crate) use pidfile::{describe_pid, Pidfile};
pub use pidfile::{lock_holder, Holder};

use crate::engine::sink::{Sink, Sinks};
use crate::engine::{Changes, Engine, Mode, Spec, SINK_CLOSE};
use crate::util::setting::{boolean, seconds, BadSetting};
use anyhow::{bail, Context, Result};
use pidfile::{daemon, Daemon};
use rustix::process::{Pid, Signal};
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use std::collections::BTreeMap;
use std::os::fd::OwnedFd;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Log file of `start` when none is configured.
pub(crate) const DEFAULT_DAEMON_LOG: &str = "/var/log/gatherer/gatherer.log";

/// Where the log goes, and how much of it.
#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "Logging")]
#[group(id = "logging")]
pub(crate) struct LogArgs {
    /// Log file [default: /var/log/gatherer/gatherer.log for `start` and under systemd; else standard error]
    #[arg(long, env = "GATHERER_LOG_FILE", value_name = "PATH")]
    pub(crate) log_file: Option<PathBuf>,

    /// Log at DEBUG instead of INFO (1/0, true/false, yes/no, on/off)
    #[arg(long, env = "GATHERER_DEBUG", value_name = "BOOL", num_args = 0..=1, default_missing_value = "1")]
    pub(crate) debug: Option<String>,
}

/// The pidfile every service command agrees on.
#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "Service")]
#[group(id = "pidfile-group")]
pub(crate) struct PidArgs {
    /// Pidfile of `start`, `stop`, `status` and `reload` (held locked while the daemon runs)
    #[arg(long, env = "GATHERER_PIDFILE", default_value = "/run/gatherer.pid", value_name = "PATH")]
    pub(crate) pidfile: PathBuf,
}

/// Who the daemon runs as.
#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "Service")]
#[group(id = "privileges")]
pub(crate) struct UserArgs {
    /// User to run as once the pidfile and log file are open (requires starting as root)
    #[arg(long, env = "GATHERER_USER", value_name = "NAME")]
    pub(crate) user: Option<String>,

    /// Group to run as [default: the user's primary group]
    #[arg(long, env = "GATHERER_GROUP", value_name = "NAME")]
    pub(crate) group: Option<String>,
}

/// How long `stop` waits.
#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "Service")]
#[group(id = "stopping")]
pub(crate) struct StopArgs {
    /// Seconds `stop` waits after SIGTERM before it sends SIGKILL
    #[arg(long, env = "GATHERER_STOP_TIMEOUT", default_value = "30", value_name = "SECONDS")]
    pub(crate) stop_timeout: String,
}

impl StopArgs {
    pub(crate) fn timeout(&self) -> Result<Duration, BadSetting> {
        seconds("stop-timeout", &self.stop_timeout)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Logging {
    pub(crate) file: Option<PathBuf>,
    pub(crate) debug: bool,
}

impl Logging {
    pub(crate) fn from_args(a: &LogArgs) -> Result<Logging, BadSetting> {
        Ok(Logging {
            file: a.log_file.clone().filter(|p| !p.as_os_str().is_empty()),
            debug: match &a.debug {
                None => false,
                Some(v) => boolean("debug", v)?,
            },
        })
    }
}

/// The daemon's own settings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Service {
    pub(crate) pidfile: PathBuf,
    pub(crate) user: Option<String>,
    pub(crate) group: Option<String>,
    pub(crate) logging: Logging,
    /// Created at start if missing (given to the daemon's user), for the state files.
    pub(crate) state_dir: Option<PathBuf>,
}

/// What the daemon runs, as the app made it from the settings (at start, and again at
/// every SIGHUP).
pub(crate) struct Plan {
    pub(crate) service: Service,
    pub(crate) specs: Vec<Spec>,
    /// The outputs, the state files first. Those of the first plan serve the daemon's
    /// whole life.
    pub(crate) sinks: Vec<Arc<dyn Sink>>,
    /// Every setting's effective value, by flag: what a reload compares to say what
    /// changed.
    pub(crate) values: BTreeMap<String, String>,
    /// Collectors left out by default, and why (said once at INFO).
    pub(crate) left_out: Vec<(&'static str, String)>,
    /// Other things the operator should know about the settings (said once at INFO).
    pub(crate) notes: Vec<String>,
    /// The outputs (Graphite, InfluxDB, Prometheus, HTTP), for the commands that run them.
    pub(crate) outputs: Option<crate::sinks::Outputs>,
}

/// Makes a fresh plan from the settings as they are now (the env file re-read).
pub(crate) type Reload<'a> = &'a dyn Fn() -> Result<Plan>;

/// LSB exit codes of `status` (init-functions and Pacemaker read these).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LsbStatus {
    Running = 0,
    DeadWithPidfile = 1,
    NotRunning = 3,
    Unknown = 4,
}

/// LSB exit codes of the other init actions (`stop`, `reload`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LsbAction {
    Done = 0,
    Failed = 1,
    /// The daemon runs, but this user may not signal it.
    NoPrivilege = 4,
    NotRunning = 7,
}

/// `gatherer status`: one line and an LSB code.
pub(crate) fn status(pidfile: &Path) -> LsbStatus {
    let p = pidfile.display();
    match daemon(pidfile) {
        Ok(Daemon::Running(pid)) => {
            say!("gatherer is running (pid {pid})");
            LsbStatus::Running
        }
        Ok(Daemon::Stranger(h)) => {
            say!(
                "gatherer is not running; its pidfile {p} is read-locked by {}, which is not gatherer",
                describe_pid(h.pid)
            );
            LsbStatus::DeadWithPidfile
        }
        Ok(Daemon::Stale) => {
            say!("gatherer is not running, but its pidfile {p} exists (stale)");
            LsbStatus::DeadWithPidfile
        }
        Ok(Daemon::Absent) => {
            say!("gatherer is not running");
            LsbStatus::NotRunning
        }
        Err(e) => {
            say!("gatherer status unknown: cannot read pidfile {p}: {e}");
            LsbStatus::Unknown
        }
    }
}

/// The running daemon's pid, or `None` after saying it is not running.
fn running(path: &Path) -> Result<Option<i32>> {
    match daemon(path).with_context(|| format!("cannot read pidfile {}", path.display()))? {
        Daemon::Running(pid) => Ok(Some(pid)),
        Daemon::Stranger(h) => {
            say!(
                "gatherer is not running ({} holds a read lock on {}, which gatherer never takes)",
                describe_pid(h.pid),
                path.display()
            );
            Ok(None)
        }
        Daemon::Stale => {
            say!("gatherer is not running (stale pidfile {})", path.display());
            Ok(None)
        }
        Daemon::Absent => {
            say!("gatherer is not running");
            Ok(None)
        }
    }
}

/// Send `sig` to the daemon; `Err` with the LSB code and a message when it could not be.
fn signal(pid: i32, sig: Signal) -> Result<(), (LsbAction, String)> {
    let target = Pid::from_raw(pid).ok_or((LsbAction::Failed, format!("bad pid {pid}")))?;
    match rustix::process::kill_process(target, sig) {
        Ok(()) => Ok(()),
        Err(rustix::io::Errno::PERM) => Err((
            LsbAction::NoPrivilege,
            format!("not allowed to signal gatherer ({}): run this as root or as the daemon's user", describe_pid(pid)),
        )),
        Err(rustix::io::Errno::SRCH) => Err((LsbAction::NotRunning, format!("gatherer (pid {pid}) is gone"))),
        Err(e) => Err((LsbAction::Failed, format!("cannot signal gatherer (pid {pid}): {e}"))),
    }
}

/// `gatherer reload`: SIGHUP to the pidfile's lock holder. LSB: 0 sent, 7 not running, 4
/// not allowed.
pub(crate) fn reload(pidfile: &Path) -> Result<LsbAction> {
    let Some(pid) = running(pidfile)? else { return Ok(LsbAction::NotRunning) };
    if let Err((code, why)) = signal(pid, Signal::HUP) {
        eprintln!("gatherer: {why}");
        return Ok(code);
    }
    say!("gatherer (pid {pid}) told to reopen its log and re-read its settings");
    Ok(LsbAction::Done)
}

/// `gatherer stop`: SIGTERM, wait up to the stop timeout, then SIGKILL. Not running is
/// success (a stale pidfile is removed); 4 when not allowed to signal it.
pub(crate) fn stop(path: &Path, stop_timeout: Duration) -> Result<LsbAction> {
    let Some(pid) = running(path)? else {
        let _ = std::fs::remove_file(path);
        return Ok(LsbAction::Done);
    };
    let gone = |limit: Duration| {
        let until = Instant::now() + limit;
        while Instant::now() < until {
            if lock_holder(path).map(|h| h.map(|h| h.pid) != Some(pid)).unwrap_or(true) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        false
    };
    match signal(pid, Signal::TERM) {
        Ok(()) => {}
        Err((LsbAction::NotRunning, _)) => {}
        Err((code, why)) => {
            eprintln!("gatherer: {why}");
            return Ok(code);
        }
    }
    if !gone(stop_timeout) {
        eprintln!("gatherer (pid {pid}) did not stop within {stop_timeout:?}; sending SIGKILL");
        if let Err((code, why)) = signal(pid, Signal::KILL) {
            if code != LsbAction::NotRunning {
                eprintln!("gatherer: {why}");
                return Ok(code);
            }
        }
        if !gone(Duration::from_secs(5)) {
            bail!("gatherer (pid {pid}) is still running after SIGKILL");
        }
    }
    let _ = std::fs::remove_file(path);
    say!("gatherer stopped (pid {pid})");
    Ok(LsbAction::Done)
}

/// Everything a service does, detached (`start`) or not (`run`): pidfile (when detached),
/// log, privileges, signals, collectors, and the signal loop. `report`: the pipe `start`
/// waits on, told once the daemon is up. `ours`: log targets that are gatherer's own.
/// Block (`true`) or unblock the daemon's signals in the calling thread (threads started
/// meanwhile inherit the mask; the engine's start after the handlers are in place).
pub(crate) fn hold_signals(hold: bool) {
    use nix::sys::signal::{SigSet, SigmaskHow, Signal as S};
    let set: SigSet = [S::SIGTERM, S::SIGINT, S::SIGHUP].into_iter().collect();
    let how = if hold { SigmaskHow::SIG_BLOCK } else { SigmaskHow::SIG_UNBLOCK };
    if let Err(e) = nix::sys::signal::pthread_sigmask(how, Some(&set), None) {
        log::warn!("cannot {} signals: {e}", if hold { "hold" } else { "release" });
    }
}

pub(crate) fn serve(plan: Plan, reload: Reload<'_>, report: &mut Option<OwnedFd>, ours: &[&'static str]) -> Result<()> {
    let detached = report.is_some();
    let mut plan = plan;
    let owner = match &plan.service.user {
        Some(user) => Some(privileges::lookup_user(user, plan.service.group.as_deref())?),
        None => None,
    };
    let _pidfile = if detached {
        match Pidfile::acquire(&plan.service.pidfile)? {
            Ok(p) => Some(p),
            Err(pid) => {
                if let Some(mut r) = report.take() {
                    let _ = detach::write_fd(&mut r, format!("2{pid}").as_bytes());
                }
                return Ok(());
            }
        }
    } else {
        None
    };
    // The daemon's log: detached (`start`) or run by systemd (which sets INVOCATION_ID
    // for every service), the usual file unless one is configured; a plain `run` in a
    // terminal logs to stderr.
    let under_systemd = std::env::var_os("INVOCATION_ID").is_some();
    let default_log = (detached || under_systemd).then(|| PathBuf::from(DEFAULT_DAEMON_LOG));
    let log_file = plan.service.logging.file.clone().or_else(|| default_log.clone());
    logger::init(log_file.as_deref(), plan.service.logging.debug, owner.as_ref().map(|(u, g, _)| (*u, *g)), ours)?;
    crate::engine::log_every_reading(on_terminal(log_file.as_deref()));
    // Before privileges are dropped, so /run/gatherer and /var/spool/gatherer can be
    // made; an error is said once here, and again by whatever it stops.
    let ids = owner.as_ref().map(|(u, g, _)| (*u, *g));
    if let Some(dir) = &plan.service.state_dir {
        let default = dir == Path::new(crate::collectors::DEFAULT_STATE_DIR);
        prepare_dir(dir, default, ids, "state files there cannot be written (set --state-dir)");
    }
    for dir in plan.outputs.as_ref().map(|o| o.dirs_to_prepare()).unwrap_or_default() {
        let default = crate::sinks::KINDS.iter().flat_map(|k| k.dirs()).any(|d| dir == Path::new(d));
        prepare_dir(&dir, default, ids, "the output that writes there says what it does without it");
    }
    if let Some((uid, gid, name)) = &owner {
        privileges::drop_privileges(*uid, *gid, name)?;
    }
    raise_descriptor_limit();
    // Registered before any thread starts, so no signal finds the default disposition.
    let mut signals =
        signal_hook::iterator::Signals::new([SIGTERM, SIGINT, SIGHUP]).context("cannot install signal handlers")?;
    // Those that came while held are delivered now, to the handlers.
    hold_signals(false);
    let names: Vec<&str> = plan.specs.iter().map(|s| s.name).collect();
    log::info!("gatherer {} starting; collectors: {}", crate::VERSION, names.join(", "));
    say_left_out(&plan.left_out);
    for note in &plan.notes {
        log::info!("{note}");
    }
    let host = hostname();
    let board = Arc::new(crate::sinks::board::Board::default());
    board.set_running(plan.specs.iter().map(|s| s.name).collect());
    let start_cx = crate::sinks::Start { host: &host, board: &board, memory_spool: false };
    let mut outputs = match &plan.outputs {
        Some(o) => crate::sinks::Running::start(o, &start_cx, false)?,
        None => crate::sinks::Running::default(),
    };
    // The state files and the board always; then the configured outputs.
    let base: Vec<Arc<dyn Sink>> = plan.sinks.iter().cloned().chain([board.clone() as Arc<dyn Sink>]).collect();
    let with =
        |outputs: &crate::sinks::Running| base.iter().cloned().chain(outputs.sinks.iter().cloned()).collect::<Vec<_>>();
    let sinks = Sinks::new(with(&outputs));
    let mut engine = Engine::start(std::mem::take(&mut plan.specs), sinks.clone(), &host, Mode::Forever)?;
    if let Some(mut r) = report.take() {
        detach::write_fd(&mut r, format!("1{}", std::process::id()).as_bytes())?;
    }
    notify::notify_systemd(engine.health());
    for signal in signals.forever() {
        if signal != SIGHUP {
            log::info!(
                "{}: stopping after the writes in progress",
                if signal == SIGTERM { "SIGTERM" } else { "SIGINT" }
            );
            break;
        }
        'reload: {
            if let Err(e) = logger::reopen() {
                log::error!("SIGHUP: {e:#}");
            }
            let mut new = match reload() {
                Ok(new) => new,
                Err(e) => {
                    log::error!("SIGHUP: keeping the current settings: {e:#}");
                    break 'reload;
                }
            };
            let changed = changed_settings(&plan.values, &new.values);
            // The same flags can still read to new outputs: a password or secret file
            // rewritten in place.
            if changed.is_empty() && new.outputs == plan.outputs {
                log::info!("SIGHUP: log file reopened, settings unchanged");
                break 'reload;
            }
            if changed.is_empty() {
                log::info!("SIGHUP: settings changed: a file an output reads (a password or secret file)");
            } else {
                log::info!("SIGHUP: settings changed: {}", changed.join(", "));
            }
            let s = &plan.service;
            if new.service.pidfile != s.pidfile || new.service.user != s.user || new.service.group != s.group {
                log::warn!("SIGHUP: pidfile, user and group changes take effect at the next restart");
            }
            if new.service.logging != s.logging {
                let path = new.service.logging.file.clone().or_else(|| default_log.clone());
                match logger::reconfigure(path.as_deref(), new.service.logging.debug) {
                    Ok(()) => crate::engine::log_every_reading(on_terminal(path.as_deref())),
                    Err(e) => log::error!("SIGHUP: keeping the current log: {e:#}"),
                }
            }
            // A new --state-dir, or the first collector to write there: made now, as the
            // user the daemon runs as.
            if let Some(dir) = &new.service.state_dir {
                if let Err(e) = logger::create_dir_for(dir, None) {
                    log::error!("SIGHUP: {e:#}; state files there cannot be written (set --state-dir)");
                }
            }
            // Likewise a new --spool-dir, with the same refusal of planted symlinks.
            for dir in new.outputs.as_ref().map(|o| o.dirs_to_prepare()).unwrap_or_default() {
                if let Err(e) = logger::create_dir_for(&dir, None) {
                    log::error!("SIGHUP: {e:#}; the output that writes there says what it does without it");
                }
            }
            let names: Vec<&'static str> = new.specs.iter().map(|s| s.name).collect();
            match engine.apply(std::mem::take(&mut new.specs)) {
                Ok(changes) => say_changes(&changes),
                Err(e) => log::error!("SIGHUP: {e:#}"),
            }
            board.set_running(names);
            if new.outputs != plan.outputs {
                // The old outputs stop first (their spools keep what they had not sent, and
                // the endpoint frees its address), then the new ones start.
                log::info!("SIGHUP: output settings changed: restarting the outputs");
                sinks.set(base.clone());
                // Dropped before the new ones start: an old destination's spool keeps
                // its lock until the last reference to it goes.
                let old = std::mem::take(&mut outputs);
                old.stop(SINK_CLOSE);
                drop(old);
                outputs = match new.outputs.as_ref().map(|o| crate::sinks::Running::start(o, &start_cx, false)) {
                    Some(Ok(r)) => r,
                    Some(Err(e)) => {
                        log::error!("SIGHUP: {e:#}; the outputs are off until the next reload");
                        crate::sinks::Running::default()
                    }
                    None => crate::sinks::Running::default(),
                };
                sinks.set(with(&outputs));
            }
            if new.left_out != plan.left_out {
                say_left_out(&new.left_out);
            }
            plan = new;
        }
    }
    // The outputs are among the engine's sinks: its stop closes them.
    engine.stop();
    log::info!("stopped");
    Ok(())
}

/// Whether the log goes to a terminal: no log file, and standard error is one.
fn on_terminal(log_file: Option<&Path>) -> bool {
    use std::io::IsTerminal;
    log_file.is_none() && std::io::stderr().is_terminal()
}

/// Make `dir` (given to `owner` if made here). The unit's RuntimeDirectory=, the init
/// script or the package make gatherer's own default directories as root; with --user
/// they must be that user's. Only such a default directory is given away, never one an
/// operator named (it could be /tmp).
fn prepare_dir(dir: &Path, default: bool, owner: Option<(u32, u32)>, consequence: &str) {
    if let Err(e) = logger::create_dir_for(dir, owner) {
        log::error!("{e:#}; {consequence}");
    }
    let Some((uid, gid)) = owner.filter(|_| default) else { return };
    if let Ok(st) = rustix::fs::lstat(dir) {
        let is_dir = rustix::fs::FileType::from_raw_mode(st.st_mode) == rustix::fs::FileType::Directory;
        if is_dir && st.st_uid == 0 && st.st_uid != uid {
            if let Err(e) = std::os::unix::fs::chown(dir, Some(uid), Some(gid)) {
                log::error!("cannot give {} to uid {uid}: {e}; {consequence}", dir.display());
            }
        }
    }
}

fn say_left_out(left_out: &[(&'static str, String)]) {
    for (name, why) in left_out {
        log::info!("{name} collector off by default here: {why}");
    }
}

fn say_changes(c: &Changes) {
    if c == &Changes::default() {
        log::info!("SIGHUP: no collector's settings changed; none restarted");
    }
    for (what, names) in [("restarting", &c.restarted), ("starting", &c.started), ("stopping", &c.stopped)] {
        if !names.is_empty() {
            log::info!("SIGHUP: {what} {}", names.join(", "));
        }
    }
}

/// `flag (old → new)` for every setting whose effective value differs.
fn changed_settings(old: &BTreeMap<String, String>, new: &BTreeMap<String, String>) -> Vec<String> {
    let mut keys: Vec<&String> = old.keys().chain(new.keys()).collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .filter(|k| old.get(*k) != new.get(*k))
        .map(|k| {
            let show = |v: Option<&String>| v.map_or_else(|| "unset".to_string(), |v| format!("{v:?}"));
            format!("--{k} ({} -> {})", show(old.get(k)), show(new.get(k)))
        })
        .collect()
}

/// Up to the hard limit: a whisper walk keeps up to 128 directories open per thread, and
/// a soft limit of 1024 is common.
fn raise_descriptor_limit() {
    use rustix::process::{getrlimit, setrlimit, Resource, Rlimit};
    let lim = getrlimit(Resource::Nofile);
    if lim.current < lim.maximum {
        let _ = setrlimit(Resource::Nofile, Rlimit { current: lim.maximum, maximum: lim.maximum });
    }
}

pub(crate) fn hostname() -> String {
    let uts = rustix::system::uname();
    let name = uts.nodename().to_string_lossy().into_owned();
    if name.is_empty() {
        "unknown".into()
    } else {
        name
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn changed_settings_name_flag_and_values() {
        let m = |kv: &[(&str, &str)]| kv.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        let old = m(&[("debug", "0"), ("diskstats-interval", "30")]);
        let new = m(&[("debug", "1"), ("diskstats-interval", "30"), ("x", "y")]);
        assert_eq!(super::changed_settings(&old, &new), ["--debug (\"0\" -> \"1\")", "--x (unset -> \"y\")"]);
    }
}
