//! Running as a service: `start` (detach, pidfile, readiness), `stop`, `status` with LSB
//! exit codes, the signal loop shared with `run`, dropping privileges, and systemd's
//! readiness and watchdog notifications.
//!
//! The pidfile is held with a POSIX record lock for the daemon's whole life. The lock,
//! not the number written in the file, says whether the daemon runs and which pid it has
//! (`F_GETLK` names the holder), so a stale pidfile or a recycled pid can neither block a
//! start nor make `stop` signal a stranger.

use crate::settings::Settings;
use crate::util::file::{self, Links};
use crate::{logger, registry, runner};
use anyhow::{anyhow, bail, Context, Result};
use nix::fcntl::{fcntl, FcntlArg};
use nix::unistd::{ForkResult, Gid, Uid};
use rustix::process::{Pid, Signal};
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::os::fd::{AsFd, OwnedFd};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Log file of `start` when none is configured.
pub const DEFAULT_DAEMON_LOG: &str = "/var/log/gatherer/gatherer.log";
/// How long `start` waits for the detached daemon to say it is up.
const START_WAIT: Duration = Duration::from_secs(60);

/// LSB exit codes of `status` (init-functions and Pacemaker read these).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LsbStatus {
    Running = 0,
    DeadWithPidfile = 1,
    NotRunning = 3,
    Unknown = 4,
}

/// LSB exit codes of the other init actions (`stop`, `reload`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LsbAction {
    Done = 0,
    Failed = 1,
    /// The daemon runs, but this user may not signal it.
    NoPrivilege = 4,
    NotRunning = 7,
}

/// Who holds a lock on the pidfile, by `F_GETLK`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Holder {
    pub pid: i32,
    /// A write lock. gatherer only ever takes a write lock, which needs the pidfile open
    /// for writing; anyone who can read the 0644 file can take a read lock.
    pub exclusive: bool,
}

/// The pidfile's lock holder: `Ok(None)` when nobody holds it (a stale file), an error of
/// kind NotFound when there is no pidfile. Never blocks on whatever sits at the path.
pub fn lock_holder(path: &Path) -> std::io::Result<Option<Holder>> {
    let (f, _) = file::open_regular(path, Links::Refuse)?;
    holder_of(&f)
}

fn holder_of(f: &File) -> std::io::Result<Option<Holder>> {
    let mut lk = whole_file_lock(libc::F_WRLCK);
    fcntl(f.as_fd(), FcntlArg::F_GETLK(&mut lk))?;
    Ok((lk.l_type != libc::F_UNLCK as i16)
        .then_some(Holder { pid: lk.l_pid, exclusive: lk.l_type == libc::F_WRLCK as i16 }))
}

fn whole_file_lock(kind: i32) -> libc::flock {
    libc::flock { l_type: kind as i16, l_whence: libc::SEEK_SET as i16, l_start: 0, l_len: 0, l_pid: 0 }
}

/// `pid 123 (uid 1000, sleep)`: who a process is, from /proc, for messages.
pub fn describe_pid(pid: i32) -> String {
    let proc = PathBuf::from(format!("/proc/{pid}"));
    let comm = file::read_text(&proc.join("comm"), 4096).map(|c| c.trim().to_string()).unwrap_or_else(|_| "?".into());
    let uid = std::fs::metadata(&proc).map(|m| m.uid().to_string()).unwrap_or_else(|_| "?".into());
    format!("pid {pid} (uid {uid}, {comm})")
}

/// What the pidfile says, by its lock.
enum Daemon {
    Running(i32),
    /// Someone holds a read lock, which gatherer never takes: not the daemon.
    Stranger(Holder),
    /// The pidfile exists but nobody holds its lock (after a crash or kill -9).
    Stale,
    /// No pidfile.
    Absent,
}

fn daemon(pidfile: &Path) -> std::io::Result<Daemon> {
    match lock_holder(pidfile) {
        Ok(Some(h)) if h.exclusive => Ok(Daemon::Running(h.pid)),
        Ok(Some(h)) => Ok(Daemon::Stranger(h)),
        Ok(None) => Ok(Daemon::Stale),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Daemon::Absent),
        Err(e) => Err(e),
    }
}

/// The pidfile, locked and holding our pid, for as long as this value lives.
pub struct Pidfile {
    path: PathBuf,
    _file: File,
}

impl Pidfile {
    /// Lock and fill the pidfile; `Ok(Err(pid))` when another daemon holds it. A pidfile
    /// that another process merely read-locks is replaced by a fresh one: such a lock
    /// never means a gatherer runs, and must not keep one from starting.
    pub fn acquire(path: &Path) -> Result<Result<Pidfile, i32>> {
        for _ in 0..3 {
            let mut file = OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false)
                .mode(0o644)
                .custom_flags(libc::O_CLOEXEC | libc::O_NOFOLLOW | libc::O_NONBLOCK)
                .open(path)
                .with_context(|| format!("cannot open pidfile {}", path.display()))?;
            let meta = file.metadata()?;
            if !meta.file_type().is_file() {
                bail!("pidfile {} is not a regular file; refusing it", path.display());
            }
            let lk = whole_file_lock(libc::F_WRLCK);
            match fcntl(file.as_fd(), FcntlArg::F_SETLK(&lk)) {
                Ok(_) => {}
                Err(nix::errno::Errno::EAGAIN | nix::errno::Errno::EACCES) => match holder_of(&file)? {
                    Some(h) if h.exclusive => return Ok(Err(h.pid)),
                    Some(h) => {
                        log::warn!(
                            "pidfile {} is read-locked by {}, which is not gatherer; replacing the pidfile",
                            path.display(),
                            describe_pid(h.pid)
                        );
                        std::fs::remove_file(path)
                            .with_context(|| format!("cannot replace pidfile {}", path.display()))?;
                        continue;
                    }
                    None => continue, // released in between: try again
                },
                Err(e) => return Err(e).with_context(|| format!("cannot lock pidfile {}", path.display())),
            }
            // The path must still name the file we locked (not one swapped in meanwhile).
            if std::fs::symlink_metadata(path).map(|m| m.ino()).ok() != Some(meta.ino()) {
                continue;
            }
            file.set_len(0)?;
            writeln!(file, "{}", std::process::id())?;
            file.sync_data()?;
            return Ok(Ok(Pidfile { path: path.to_path_buf(), _file: file }));
        }
        bail!("cannot take pidfile {}: it keeps changing under us", path.display())
    }
}

impl Drop for Pidfile {
    fn drop(&mut self) {
        // A daemon that dropped root cannot unlink in /run; `stop` removes it then.
        let _ = std::fs::remove_file(&self.path);
    }
}

/// `gatherer status`: one line and an LSB code.
pub fn status(settings: &Settings) -> LsbStatus {
    let p = settings.pidfile.display();
    match daemon(&settings.pidfile) {
        Ok(Daemon::Running(pid)) => {
            println!("gatherer is running (pid {pid})");
            LsbStatus::Running
        }
        Ok(Daemon::Stranger(h)) => {
            println!(
                "gatherer is not running; its pidfile {p} is read-locked by {}, which is not gatherer",
                describe_pid(h.pid)
            );
            LsbStatus::DeadWithPidfile
        }
        Ok(Daemon::Stale) => {
            println!("gatherer is not running, but its pidfile {p} exists (stale)");
            LsbStatus::DeadWithPidfile
        }
        Ok(Daemon::Absent) => {
            println!("gatherer is not running");
            LsbStatus::NotRunning
        }
        Err(e) => {
            println!("gatherer status unknown: cannot read pidfile {p}: {e}");
            LsbStatus::Unknown
        }
    }
}

/// The running daemon's pid, or `None` after saying it is not running.
fn running(settings: &Settings) -> Result<Option<i32>> {
    let path = &settings.pidfile;
    match daemon(path).with_context(|| format!("cannot read pidfile {}", path.display()))? {
        Daemon::Running(pid) => Ok(Some(pid)),
        Daemon::Stranger(h) => {
            println!(
                "gatherer is not running ({} holds a read lock on {}, which gatherer never takes)",
                describe_pid(h.pid),
                path.display()
            );
            Ok(None)
        }
        Daemon::Stale => {
            println!("gatherer is not running (stale pidfile {})", path.display());
            Ok(None)
        }
        Daemon::Absent => {
            println!("gatherer is not running");
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
pub fn reload(settings: &Settings) -> Result<LsbAction> {
    let Some(pid) = running(settings)? else { return Ok(LsbAction::NotRunning) };
    if let Err((code, why)) = signal(pid, Signal::HUP) {
        eprintln!("gatherer: {why}");
        return Ok(code);
    }
    println!("gatherer (pid {pid}) told to reopen its log and re-read its settings");
    Ok(LsbAction::Done)
}

/// `gatherer stop`: SIGTERM, wait up to the stop timeout, then SIGKILL. Not running is
/// success (a stale pidfile is removed); 4 when not allowed to signal it.
pub fn stop(settings: &Settings) -> Result<LsbAction> {
    let path = &settings.pidfile;
    let Some(pid) = running(settings)? else {
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
    if !gone(settings.stop_timeout) {
        eprintln!("gatherer (pid {pid}) did not stop within {:?}; sending SIGKILL", settings.stop_timeout);
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
    println!("gatherer stopped (pid {pid})");
    Ok(LsbAction::Done)
}

/// `fork(2)`, refused unless this process has a single thread: the child of a
/// multi-threaded process may only call async-signal-safe functions until it execs.
fn fork_single_threaded() -> Result<ForkResult> {
    let status = file::read_text(Path::new("/proc/self/status"), 1 << 20).context("cannot read /proc/self/status")?;
    let threads = status.lines().find_map(|l| l.strip_prefix("Threads:")).map(str::trim);
    if threads != Some("1") {
        bail!("refusing to fork with {} threads running", threads.unwrap_or("?"));
    }
    // SAFETY: this process has exactly one thread (checked just above, and nothing here
    // starts one in between), so the child may run any code, as after a plain fork.
    Ok(unsafe { nix::unistd::fork() }?)
}

/// `gatherer start`: detach, and return once the daemon is up (pidfile locked, log open,
/// privileges dropped, collectors started). Already running is success.
pub fn start(settings: &Settings, args: &[std::ffi::OsString]) -> Result<()> {
    if let Ok(Daemon::Running(pid)) = daemon(&settings.pidfile) {
        println!("gatherer is already running (pid {pid})");
        return Ok(());
    }
    let (read_end, write_end) = rustix::pipe::pipe_with(rustix::pipe::PipeFlags::CLOEXEC)?;
    match fork_single_threaded()? {
        ForkResult::Child => {
            drop(read_end);
            let code = match detached(settings, args, write_end) {
                Ok(()) => 0,
                Err(_) => 1,
            };
            std::process::exit(code);
        }
        ForkResult::Parent { child } => {
            drop(write_end);
            // The intermediate child exits at once; reap it.
            let _ = nix::sys::wait::waitpid(child, None);
            let report = read_with_timeout(read_end, START_WAIT)?;
            match report.split_first() {
                Some((b'1', pid)) => {
                    println!("gatherer started (pid {})", String::from_utf8_lossy(pid));
                    Ok(())
                }
                Some((b'2', pid)) => {
                    println!("gatherer is already running (pid {})", String::from_utf8_lossy(pid));
                    Ok(())
                }
                Some((_, why)) => Err(anyhow!("{}", String::from_utf8_lossy(why))),
                None => bail!("the daemon exited before it was up; see the log"),
            }
        }
    }
}

/// In the first child: become a session leader, fork again (so the daemon can never
/// reacquire a terminal), and run the daemon in the grandchild.
fn detached(settings: &Settings, args: &[std::ffi::OsString], mut report: OwnedFd) -> Result<()> {
    let forked = rustix::process::setsid().map_err(anyhow::Error::from).and_then(|_| fork_single_threaded());
    match forked {
        Err(e) => {
            let _ = write_fd(&mut report, format!("0cannot detach: {e:#}").as_bytes());
            return Err(e);
        }
        Ok(ForkResult::Parent { .. }) => std::process::exit(0),
        Ok(ForkResult::Child) => {}
    }
    rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o022));
    let _ = std::env::set_current_dir("/");
    redirect_stdio_to_null();
    let mut report = Some(report);
    let result = serve(settings, args, &mut report);
    if let (Err(e), Some(mut r)) = (&result, report.take()) {
        let _ = write_fd(&mut r, format!("0{e:#}").as_bytes());
    }
    result
}

fn redirect_stdio_to_null() {
    if let Ok(null) = OpenOptions::new().read(true).write(true).open("/dev/null") {
        let _ = rustix::stdio::dup2_stdin(&null);
        let _ = rustix::stdio::dup2_stdout(&null);
        let _ = rustix::stdio::dup2_stderr(&null);
    }
}

/// Everything a service does, detached (`start`) or not (`run`): pidfile (when
/// detached), log, privileges, signals, collectors, and the signal loop.
/// `report`: the pipe `start` waits on, told once the daemon is up.
pub fn serve(settings: &Settings, args: &[std::ffi::OsString], report: &mut Option<OwnedFd>) -> Result<()> {
    let detached = report.is_some();
    let owner = match &settings.user {
        Some(user) => Some(lookup_user(user, settings.group.as_deref())?),
        None => None,
    };
    let _pidfile = if detached {
        match Pidfile::acquire(&settings.pidfile)? {
            Ok(p) => Some(p),
            Err(pid) => {
                if let Some(mut r) = report.take() {
                    let _ = write_fd(&mut r, format!("2{pid}").as_bytes());
                }
                return Ok(());
            }
        }
    } else {
        None
    };
    let log_file = match (&settings.log_file, detached) {
        (Some(p), _) => Some(p.clone()),
        (None, true) => Some(PathBuf::from(DEFAULT_DAEMON_LOG)),
        (None, false) => None,
    };
    logger::init(log_file.as_deref(), settings.debug, owner.as_ref().map(|(u, g, _)| (*u, *g)))?;
    if let Some((uid, gid, name)) = &owner {
        drop_privileges(*uid, *gid, name)?;
    }
    // Registered before any thread starts, so no signal finds the default disposition.
    let mut signals =
        signal_hook::iterator::Signals::new([SIGTERM, SIGINT, SIGHUP]).context("cannot install signal handlers")?;
    log::info!("gatherer {} starting; collectors: {}", env!("CARGO_PKG_VERSION"), settings.collectors.join(", "));
    let mut settings = settings.clone();
    let host = hostname();
    let mut runner = runner::start(registry::specs(&settings), &host, runner::Mode::Forever)?;
    if let Some(mut r) = report.take() {
        write_fd(&mut r, format!("1{}", std::process::id()).as_bytes())?;
    }
    notify_systemd(runner.health());
    for signal in signals.forever() {
        if signal != SIGHUP {
            log::info!(
                "{}: stopping after the writes in progress",
                if signal == SIGTERM { "SIGTERM" } else { "SIGINT" }
            );
            break;
        }
        if let Err(e) = logger::reopen() {
            log::error!("SIGHUP: {e:#}");
        }
        match crate::cli::settings_from(args) {
            Err(e) => log::error!("SIGHUP: keeping the current settings: {e:#}"),
            Ok(new) if new == settings => log::info!("SIGHUP: log file reopened, settings unchanged"),
            Ok(new) => {
                if new.pidfile != settings.pidfile || new.user != settings.user || new.group != settings.group {
                    log::warn!("SIGHUP: pidfile, user and group changes take effect at the next restart");
                }
                if new.log_file != settings.log_file || new.debug != settings.debug {
                    let path = new.log_file.clone().or_else(|| log_file.clone());
                    if let Err(e) = logger::reconfigure(path.as_deref(), new.debug) {
                        log::error!("SIGHUP: keeping the current log: {e:#}");
                    }
                }
                log::info!("SIGHUP: settings changed; restarting the collectors");
                runner.stop();
                runner = runner::start(registry::specs(&new), &host, runner::Mode::Forever)?;
                notify_systemd(runner.health());
                settings = new;
            }
        }
    }
    runner.stop();
    log::info!("stopped");
    Ok(())
}

/// READY=1 once every collector finished its first cycle, and WATCHDOG=1 pings while
/// every supervisor lives, when systemd asked for them. Ends with its runner.
fn notify_systemd(health: std::sync::Arc<runner::Health>) {
    let Some(socket) = std::env::var_os("NOTIFY_SOCKET") else { return };
    let watchdog = std::env::var("WATCHDOG_USEC")
        .ok()
        .and_then(|u| u.parse::<u64>().ok())
        .filter(|_| std::env::var("WATCHDOG_PID").map_or(true, |p| p == std::process::id().to_string()))
        .map(|usec| Duration::from_micros(usec / 2));
    let spawned = std::thread::Builder::new().name("sd-notify".into()).spawn(move || {
        health.wait_first_cycles();
        if health.is_retired() {
            return;
        }
        sd_notify(&socket, "READY=1");
        let Some(every) = watchdog else { return };
        while !health.is_retired() {
            if health.all_alive() {
                sd_notify(&socket, "WATCHDOG=1");
            } else {
                log::error!("a collector supervisor died; withholding the watchdog ping");
            }
            std::thread::sleep(every);
        }
    });
    if let Err(e) = spawned {
        log::error!("cannot start the systemd notifier: {e}");
    }
}

fn sd_notify(socket: &std::ffi::OsStr, msg: &str) {
    use std::os::linux::net::SocketAddrExt;
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::net::{SocketAddr, UnixDatagram};
    let bytes = socket.as_bytes();
    let addr = match bytes.strip_prefix(b"@") {
        Some(name) => SocketAddr::from_abstract_name(name),
        None => SocketAddr::from_pathname(Path::new(socket)),
    };
    let sent = addr.and_then(|a| UnixDatagram::unbound()?.send_to_addr(msg.as_bytes(), &a));
    if let Err(e) = sent {
        log::warn!("cannot notify systemd ({msg}): {e}");
    }
}

/// uid, gid and name of `user` (and of `group`, if given, else the user's own group).
fn lookup_user(user: &str, group: Option<&str>) -> Result<(u32, u32, std::ffi::CString)> {
    let pw = nix::unistd::User::from_name(user)
        .with_context(|| format!("--user {user}: cannot look it up"))?
        .ok_or_else(|| anyhow!("--user {user}: no such user"))?;
    let gid = match group {
        None => pw.gid,
        Some(g) => {
            nix::unistd::Group::from_name(g)
                .with_context(|| format!("--group {g}: cannot look it up"))?
                .ok_or_else(|| anyhow!("--group {g}: no such group"))?
                .gid
        }
    };
    let name = std::ffi::CString::new(user).context("--user has a NUL byte")?;
    Ok((pw.uid.as_raw(), gid.as_raw(), name))
}

/// Become `uid`/`gid` for good, and prove root cannot be regained; refuse to go on
/// otherwise. Runs before any thread starts: these calls change only the calling thread
/// in the kernel, and glibc spreads them to others only when they exist.
fn drop_privileges(uid: u32, gid: u32, name: &std::ffi::CStr) -> Result<()> {
    let (uid_, gid_) = (Uid::from_raw(uid), Gid::from_raw(gid));
    if nix::unistd::getuid() == uid_ && nix::unistd::geteuid() == uid_ {
        return Ok(());
    }
    let who = || format!("cannot switch to user {} (uid {uid})", name.to_string_lossy());
    nix::unistd::initgroups(name, gid_).with_context(|| format!("{}: initgroups", who()))?;
    nix::unistd::setgid(gid_).with_context(|| format!("{}: setgid", who()))?;
    nix::unistd::setuid(uid_)
        .with_context(|| format!("{}: setuid; refusing to run with the current privileges", who()))?;
    if nix::unistd::getuid() != uid_ || nix::unistd::geteuid() != uid_ {
        bail!("{}: still uid {}; refusing to run", who(), nix::unistd::geteuid());
    }
    if uid != 0 && nix::unistd::setuid(Uid::from_raw(0)).is_ok() {
        bail!("could regain root after switching to uid {uid}; refusing to run");
    }
    log::info!("running as {} (uid {uid}, gid {gid})", name.to_string_lossy());
    Ok(())
}

pub fn hostname() -> String {
    let uts = rustix::system::uname();
    let name = uts.nodename().to_string_lossy().into_owned();
    if name.is_empty() {
        "unknown".into()
    } else {
        name
    }
}

fn write_fd(fd: &mut OwnedFd, bytes: &[u8]) -> std::io::Result<()> {
    let mut f = File::from(fd.try_clone()?);
    f.write_all(bytes)
}

/// Everything written to the pipe until its writer closes it, or what came within `limit`.
fn read_with_timeout(fd: OwnedFd, limit: Duration) -> Result<Vec<u8>> {
    use rustix::event::{PollFd, PollFlags};
    let timeout = rustix::event::Timespec { tv_sec: limit.as_secs() as i64, tv_nsec: 0 };
    let mut fds = [PollFd::new(&fd, PollFlags::IN)];
    let n = loop {
        match rustix::event::poll(&mut fds, Some(&timeout)) {
            Err(rustix::io::Errno::INTR) => continue,
            other => break other?,
        }
    };
    if n == 0 {
        bail!("the daemon did not report within {limit:?}; see the log");
    }
    let mut out = Vec::new();
    File::from(fd).read_to_end(&mut out)?;
    Ok(out)
}
