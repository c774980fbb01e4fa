//! The application: the only module that knows every other. It turns the command line,
//! the environment and the env file into a plan, and hands it to the service, the
//! engine, the checks or munin. Nothing imports it.

pub mod cli;
pub mod envfile;
mod show;

use crate::checks::{plugin_line, PluginState};
use crate::collectors::{by_name, names, user_state_dir, Common, CommonArgs, DEFAULT_STATE_DIR, KINDS};
use crate::engine::{Engine, Mode};
use crate::service::{self, logger, LogArgs, Logging, PidArgs, Plan, Service, StopArgs, UserArgs};
use crate::sinks::state_file::StateFiles;
use crate::util::setting::BadSetting;
use anyhow::{anyhow, Result};
use clap::FromArgMatches;
use cli::{ParseError, Parsed};
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

/// Every exit status gatherer returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Exit {
    Ok,
    /// A collector failed (`once`), a state file is missing (`show`), or a runtime error.
    Failed,
    /// A usage error or a malformed setting.
    BadSetting,
    /// `status`: LSB 0, 1, 3, 4.
    Status(service::LsbStatus),
    /// `stop`, `reload`: LSB 0, 1, 4, 7.
    Action(service::LsbAction),
    /// A check: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.
    Plugin(PluginState),
}

impl From<Exit> for ExitCode {
    fn from(e: Exit) -> ExitCode {
        ExitCode::from(match e {
            Exit::Ok => 0,
            Exit::Failed => 1,
            Exit::BadSetting => 2,
            Exit::Status(s) => s as u8,
            Exit::Action(a) => a as u8,
            Exit::Plugin(p) => p as u8,
        })
    }
}

/// Log targets that are gatherer's own (libraries log only WARN and above).
fn our_log_targets() -> Vec<&'static str> {
    names().collect()
}

pub fn main() -> ExitCode {
    match run() {
        Ok(exit) => exit.into(),
        Err(e) => {
            eprintln!("gatherer: error: {e:#}");
            log::error!("{e:#}");
            Exit::Failed.into()
        }
    }
}

fn run() -> Result<Exit> {
    let args: Vec<OsString> = std::env::args_os().collect();
    // The filesystems collector's statvfs child (see collectors::filesystems): answered
    // before any setting or env file is read, so nothing can make it fail or wait.
    if let [_, cmd, path] = &args[..] {
        if cmd == "__statvfs" {
            return Ok(match crate::collectors::filesystems::statvfs_helper(path) {
                0 => Exit::Ok,
                _ => Exit::Failed,
            });
        }
    }
    // The scripts collector's helper (see collectors::scripts): before any setting too.
    if args.get(1).is_some_and(|a| a == "__script") {
        return Ok(match crate::collectors::scripts::helper_main(&args[2..]) {
            0 => Exit::Ok,
            _ => Exit::Failed,
        });
    }
    // The daemon holds SIGTERM, SIGINT and SIGHUP back from its first instruction until its
    // handlers are in place (`service::serve`): one sent while the settings are read is
    // handled then, never met by the default disposition (dying without a word).
    if matches!(args.get(1).and_then(|a| a.to_str()), Some("run")) {
        crate::service::hold_signals(true);
    }
    let argv = cli::by_link_name(args);
    let plugin = cli::plugin_kind(&argv);
    // Variables of the environment that are mere copies of the env file (`set -a` in an
    // init script, `EnvironmentFile=` in a unit) are disregarded: the file decides, now
    // and at every reload. Which ones they are is settled once, at start.
    let stale = cli::copies_of_env_file(&argv);
    let parsed = match cli::parse(&argv, &stale) {
        Ok(p) => p,
        Err(e) => return Ok(parse_failure(e, plugin)),
    };
    let m = parsed.leaf();
    let warn_unknown = |p: &Parsed| {
        for (key, line) in &p.unknown {
            log::warn!("{} line {line}: unknown setting {key} ignored", p.env_file.display());
        }
    };
    let bad = |e: BadSetting| -> Result<Exit> { Ok(setting_failure(anyhow!("{e}{}", parsed.origin(&e.flag)), plugin)) };
    match parsed.sub[0].as_str() {
        "run" | "start" => {
            let first_plan = match plan(&parsed) {
                Ok(p) => p,
                Err(e) => return bad(e),
            };
            let reload = || -> Result<Plan> {
                let p = cli::parse(&argv, &stale).map_err(|e| match e {
                    ParseError::Usage(u) => anyhow!("{}", u.render()),
                    ParseError::Setting(s) => s,
                })?;
                plan(&p).map_err(|e| anyhow!("{e}{}", p.origin(&e.flag)))
            };
            let ours = our_log_targets();
            let foreground = parsed.sub[0] == "run";
            // What the parse built is not needed while the daemon runs (a reload parses
            // anew): its heap goes back before the collectors start.
            drop(parsed);
            if foreground {
                service::serve(first_plan, &reload, &mut None, &ours)?;
            } else {
                service::start(first_plan, &reload, &ours)?;
            }
            Ok(Exit::Ok)
        }
        "stop" => {
            let pid = PidArgs::from_arg_matches(m)?;
            let timeout = match StopArgs::from_arg_matches(m)?.timeout() {
                Ok(t) => t,
                Err(e) => return bad(e),
            };
            Ok(Exit::Action(service::stop(&pid.pidfile, timeout)?))
        }
        "status" => Ok(Exit::Status(service::status(&PidArgs::from_arg_matches(m)?.pidfile))),
        "reload" => Ok(Exit::Action(service::reload(&PidArgs::from_arg_matches(m)?.pidfile)?)),
        "once" => {
            let mut plan = match plan(&parsed) {
                Ok(p) => p,
                Err(e) => return bad(e),
            };
            logger::init(plan.service.logging.file.as_deref(), plan.service.logging.debug, None, &our_log_targets())?;
            warn_unknown(&parsed);
            once(&mut plan)
        }
        "show" => {
            warn_unknown(&parsed);
            show::show(&parsed)
        }
        "config" => show::config(&parsed),
        "check" => Ok(check(&parsed)),
        "munin" => munin(&parsed),
        "report" => {
            let args = crate::report::Args::from_arg_matches(m)?;
            let actions = crate::report::Actions::from_arg_matches(m)?;
            let dir = crate::collectors::StateDirArgs::from_arg_matches(m)?.state_dir;
            match crate::report::run(&args, &actions, dir) {
                Ok(crate::report::Ended::Ok) => Ok(Exit::Ok),
                Ok(crate::report::Ended::Failed) => Ok(Exit::Failed),
                Err(e) => bad(e),
            }
        }
        other => Err(anyhow!("unknown subcommand {other}")),
    }
}

/// Answer a parse failure in the form the caller expects: a plugin's UNKNOWN line, munin's
/// stderr and exit 1, or clap's whole message and exit 2.
fn parse_failure(e: ParseError, plugin: Option<&str>) -> Exit {
    match e {
        ParseError::Usage(e) => {
            use clap::error::ErrorKind;
            if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
                let _ = e.print();
                return Exit::Ok;
            }
            match plugin {
                Some("check") => {
                    let (state, text) = cli::check_usage_error(&e);
                    say!("{text}");
                    Exit::Plugin(state)
                }
                Some(_) => {
                    let _ = e.print();
                    Exit::Failed
                }
                None => {
                    let _ = e.print();
                    Exit::BadSetting
                }
            }
        }
        ParseError::Setting(e) => setting_failure(e, plugin),
    }
}

fn setting_failure(e: anyhow::Error, plugin: Option<&str>) -> Exit {
    match plugin {
        Some("check") => {
            say!("{}", plugin_line("", PluginState::Unknown, &format!("{e:#}")));
            Exit::Plugin(PluginState::Unknown)
        }
        Some(_) => {
            eprintln!("gatherer munin: {e:#}");
            Exit::Failed
        }
        None => {
            eprintln!("gatherer: error: {e:#}");
            Exit::BadSetting
        }
    }
}

/// Whether this process can create files in `dir` (or create `dir` itself).
fn writable_dir(dir: &Path) -> bool {
    let probe = if dir.exists() { Some(dir) } else { dir.parent() };
    probe.is_some_and(|d| rustix::fs::access(d, rustix::fs::Access::WRITE_OK | rustix::fs::Access::EXEC_OK).is_ok())
}

/// `--state-dir` as this command uses it. Left at its default by a user who cannot write
/// /run/gatherer (a plain `gatherer run` as yourself), a daemon writes to that user's own
/// runtime directory instead, and says so: the default works on any Linux box.
fn state_dir(p: &Parsed, given: PathBuf) -> (PathBuf, Option<String>) {
    let writes = matches!(p.sub[0].as_str(), "run" | "start" | "once" | "config");
    if !writes || !p.is_default("state-dir") || rustix::process::geteuid().is_root() || writable_dir(&given) {
        return (given, None);
    }
    let mine = user_state_dir();
    let me = rustix::process::geteuid();
    // In /tmp anyone could have made it first: only a directory of our own will do.
    if let Ok(st) = rustix::fs::lstat(&mine) {
        let dir = rustix::fs::FileType::from_raw_mode(st.st_mode) == rustix::fs::FileType::Directory;
        if !dir || st.st_uid != me.as_raw() {
            let note = format!(
                "{} is not writable by uid {}, and {} is not a directory of its own (owner uid {}); refusing it: set --state-dir",
                given.display(),
                me.as_raw(),
                mine.display(),
                st.st_uid
            );
            return (given, Some(note));
        }
    }
    let note = format!(
        "the node collectors' state files go to {}: {} is not writable by uid {} (set --state-dir, or run as root)",
        mine.display(),
        given.display(),
        me.as_raw()
    );
    (mine, Some(note))
}

/// A state file a reader (check, munin, show) looks for in the default state directory:
/// when it is not there but this user's own daemon wrote it to its runtime directory
/// (see `state_dir`), that one.
pub(crate) fn resolve_state_path(p: &Parsed, path: PathBuf) -> PathBuf {
    if path.exists() || path.parent() != Some(Path::new(DEFAULT_STATE_DIR)) || !p.is_default("state-dir") {
        return path;
    }
    match path.file_name().map(|n| user_state_dir().join(n)) {
        Some(mine) if mine.exists() => mine,
        _ => path,
    }
}

/// The collectors' common settings, and which collectors `--collectors` names (`None`:
/// the defaults).
fn common(p: &Parsed) -> Result<(Common, Option<Vec<&'static str>>), BadSetting> {
    let args = CommonArgs::from_arg_matches(p.leaf()).expect("collecting commands have the common settings");
    let common = Common {
        proc_root: args.proc_root,
        sys_root: args.sys_root,
        oneshot: p.sub[0] == "once",
        state_dir: state_dir(p, args.state.state_dir).0,
    };
    // Unset or empty (`GATHERER_COLLECTORS=` in the env file): the defaults.
    let Some(list) = args.collectors.filter(|l| !l.trim().is_empty()) else { return Ok((common, None)) };
    let wanted: Vec<&str> = list.split(',').map(str::trim).filter(|s| !s.is_empty()).collect();
    if wanted.is_empty() {
        return Err(crate::util::setting::bad("collectors", &list, "names no collector"));
    }
    for w in &wanted {
        if by_name(w).is_none() {
            let why = format!("unknown collector {w:?}; known: {}", names().collect::<Vec<_>>().join(", "));
            return Err(crate::util::setting::bad("collectors", &list, &why));
        }
    }
    Ok((common, Some(names().filter(|n| wanted.contains(n)).collect())))
}

/// What to run: the enabled collectors (each validating only its own settings), and the
/// daemon's own settings.
fn plan(p: &Parsed) -> Result<Plan, BadSetting> {
    let m = p.leaf();
    let (common, named) = common(p)?;
    let mut specs = Vec::new();
    let mut left_out = Vec::new();
    for kind in KINDS {
        if named.as_ref().is_some_and(|n| !n.contains(&kind.name())) {
            continue;
        }
        let planned = kind.plan(m, &common)?;
        match (&named, planned.by_default) {
            (None, Err(why)) => left_out.push((kind.name(), why)),
            _ => specs.push(planned.spec),
        }
    }
    // Only the subcommands that define them have the service's settings (see cli).
    let sub = p.sub[0].as_str();
    let logging = match sub {
        "show" => Logging { file: None, debug: false },
        _ => Logging::from_args(&LogArgs::from_arg_matches(m).expect("log settings"))?,
    };
    let user = matches!(sub, "run" | "start" | "config").then(|| UserArgs::from_arg_matches(m).expect("user settings"));
    let pidfile = matches!(sub, "start" | "config").then(|| PidArgs::from_arg_matches(m).expect("pidfile setting"));
    let service = Service {
        pidfile: pidfile.map(|p| p.pidfile).unwrap_or_default(),
        user: user.as_ref().and_then(|u| crate::util::setting::text(&u.user)),
        group: user.as_ref().and_then(|u| crate::util::setting::text(&u.group)),
        logging,
        // Only when a collector writes there: `--collectors diskstats` as a user makes no
        // empty /tmp/gatherer-UID, and says nothing about it.
        state_dir: specs
            .iter()
            .any(|s| s.state_path.parent() == Some(common.state_dir.as_path()))
            .then(|| common.state_dir.clone()),
    };
    let sinks: Vec<Arc<dyn crate::engine::sink::Sink>> = vec![Arc::new(StateFiles::default())];
    let given = CommonArgs::from_arg_matches(m).expect("collecting commands have the common settings").state.state_dir;
    let notes = service.state_dir.as_ref().and_then(|_| state_dir(p, given).1).into_iter().collect();
    let outputs = match sub {
        "run" | "start" | "once" | "config" => {
            let run_as = crate::util::secret::Switch::to_user(service.user.as_deref());
            Some(crate::sinks::Outputs::from_matches(m, &service::hostname(), run_as)?)
        }
        _ => None,
    };
    Ok(Plan { service, specs, sinks, values: p.value_map(), left_out, notes, outputs })
}

/// `gatherer once`: every enabled collector once (a rate takes two samples one interval
/// apart), its state file written; exit 1 if any failed.
fn once(plan: &mut Plan) -> Result<Exit> {
    for (name, why) in &plan.left_out {
        log::info!("{name} collector off by default here: {why}");
    }
    for note in &plan.notes {
        log::info!("{note}");
    }
    if let Some(dir) = &plan.service.state_dir {
        if let Err(e) = logger::create_dir_for(dir, None) {
            log::error!("{e:#}; state files there cannot be written (set --state-dir)");
        }
    }
    let specs = std::mem::take(&mut plan.specs);
    let paths: Vec<_> = specs.iter().map(|s| s.state_path.clone()).collect();
    let host = service::hostname();
    let board = Arc::new(crate::sinks::board::Board::default());
    board.set_running(specs.iter().map(|s| s.name).collect());
    let mut all = std::mem::take(&mut plan.sinks);
    all.push(board.clone());
    // The outputs are waited for apart from the collectors, a few seconds at most: a
    // collector that measured has succeeded whatever a destination does.
    struct Detached(Arc<dyn crate::engine::sink::Sink>);
    impl crate::engine::sink::Sink for Detached {
        fn name(&self) -> &'static str {
            self.0.name()
        }
        fn deliver(&self, report: &Arc<crate::engine::sink::Report>) {
            self.0.deliver(report)
        }
    }
    const OUTPUT_WAIT: Duration = Duration::from_secs(5);
    let mut outputs = Vec::new();
    let mut memory_only = false;
    if let Some(o) = &plan.outputs {
        // No HTTP endpoint for a single run: there is nothing to serve afterwards.
        let start = |memory_spool| {
            let cx = crate::sinks::Start { host: &host, board: &board, memory_spool };
            crate::sinks::Running::start(o, &cx, true)
        };
        let running = match start(false) {
            // The daemon's spool is the daemon's: this run keeps its points in memory.
            Err(e) if e.downcast_ref::<crate::sinks::spool::Locked>().is_some() => {
                say!("outputs: {e:#}; this run keeps its points in memory only");
                memory_only = true;
                start(true)?
            }
            r => r?,
        };
        outputs = running.sinks;
    }
    all.extend(outputs.iter().map(|s| Arc::new(Detached(s.clone())) as Arc<dyn crate::engine::sink::Sink>));
    let sinks = crate::engine::sink::Sinks::new(all);
    let outcomes = Engine::start(specs, sinks, &host, Mode::Once)?.wait();
    let mut failed = Vec::new();
    for (o, path) in outcomes.iter().zip(&paths) {
        if o.ok {
            say!("{}: ok: {} -> {}", o.name, o.text, path.display());
        } else {
            say!("{}: FAILED: {}", o.name, o.text);
            failed.push(o.name);
        }
    }
    let until = std::time::Instant::now() + OUTPUT_WAIT;
    for s in &outputs {
        let flushed = s.flush("", until.saturating_duration_since(std::time::Instant::now()));
        // An output with destinations on the board says how each went below.
        let on_board = board.outputs().iter().any(|st| st.kind == s.name());
        match flushed {
            _ if on_board => {}
            Err(e) => say!("output {}: FAILED: {e}", s.name()),
            Ok(()) => say!("output {}: ok", s.name()),
        }
    }
    for st in board.outputs() {
        use crate::sinks::board::OutputStats as S;
        let (sent, left, dropped) = (S::get(&st.sent_points), S::get(&st.spooled_points), S::get(&st.dropped_points));
        let fate = if memory_only { "dropped: kept in memory only" } else { "they wait in its spool" };
        match (left, dropped) {
            (0, 0) => say!("output {} {}: ok: {sent} points sent", st.kind, st.destination),
            (0, _) => say!(
                "output {} {}: {sent} points sent, {dropped} DROPPED (refused by the destination, or malformed)",
                st.kind,
                st.destination
            ),
            _ => say!(
                "output {} {}: NOT SENT: {left} points not sent within {} s ({fate})",
                st.kind,
                st.destination,
                OUTPUT_WAIT.as_secs()
            ),
        }
    }
    for s in &outputs {
        s.close(Duration::from_secs(1));
    }
    if !failed.is_empty() {
        eprintln!("gatherer: failed: {}", failed.join(", "));
    }
    Ok(if failed.is_empty() { Exit::Ok } else { Exit::Failed })
}

/// `gatherer check NAME`: one line, exit 0/1/2/3, within `-t` seconds whatever happens.
fn check(p: &Parsed) -> Exit {
    let name = p.sub.get(1).map(String::as_str).unwrap_or("");
    let Some((kind, c)) = KINDS.iter().find_map(|k| k.checks().iter().find(|c| c.name() == name).map(|c| (k, c)))
    else {
        say!("GATHERER UNKNOWN - no check named {name:?}");
        return Exit::Plugin(PluginState::Unknown);
    };
    let m = p.leaf();
    let timeout = c.timeout(m).max(1);
    let service = c.service();
    let _ = std::thread::Builder::new().name("check-timeout".into()).spawn(move || {
        std::thread::sleep(Duration::from_secs(timeout));
        say!("{}", plugin_line(service, PluginState::Unknown, &format!("timed out after {timeout} s")));
        std::process::exit(PluginState::Unknown as i32);
    });
    let (state, text) = match kind.state(m) {
        Ok(mut src) => {
            src.path = resolve_state_path(p, src.path);
            c.evaluate(m, &src)
        }
        Err(e) => (PluginState::Unknown, format!("{e}{}", p.origin(&e.flag))),
    };
    say!("{}", plugin_line(service, state, &text));
    Exit::Plugin(state)
}

/// `gatherer munin`: munin's protocol for one graph. Paths come from munin's plugin
/// environment (`env.statefile`), else the usual settings.
fn munin(p: &Parsed) -> Result<Exit> {
    let m = p.leaf();
    let link = m.get_one::<String>("graph").cloned().unwrap_or_default();
    let action = m.get_one::<String>("action").map(String::as_str);
    let Some((kind, g)) = KINDS.iter().find_map(|k| k.graphs().iter().find(|g| g.answers_to(&link)).map(|g| (k, g)))
    else {
        eprintln!("gatherer munin: no graph named {link:?}");
        return Ok(Exit::Failed);
    };
    let mut src = match kind.state(m) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("gatherer munin: {e}{}", p.origin(&e.flag));
            return Ok(Exit::Failed);
        }
    };
    src.path = resolve_state_path(p, src.path);
    if let Some(path) = std::env::var_os("statefile") {
        src.path = path.into();
    }
    match g.answer(&link, action, &src) {
        Ok(out) => {
            use std::io::Write;
            // munin reads what we write: one it could not get is a failure, not a panic.
            let mut stdout = std::io::stdout().lock();
            if let Err(e) = stdout.write_all(out.as_bytes()).and_then(|()| stdout.flush()) {
                eprintln!("gatherer munin: cannot write the answer: {e}");
                return Ok(Exit::Failed);
            }
            Ok(Exit::Ok)
        }
        Err(e) => {
            eprintln!("gatherer munin: {e}");
            Ok(Exit::Failed)
        }
    }
}
