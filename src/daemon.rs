//! Running as a service: `start` (detach, pidfile, readiness), `stop`, `status` with LSB
//! exit codes, the signal loop shared with `run`, dropping privileges, and systemd's
//! readiness and watchdog notifications.
//!
//! The pidfile is held with a POSIX record lock for the daemon's whole life. The lock,
//! not the number written in the file, says whether the daemon runs and which pid it has
//! (`F_GETLK` names the holder), so a stale pidfile or a recycled pid can neither block a
//! start nor make `stop` signal a stranger.

use crate::settings::Settings;
use crate::{logger, registry, runner};
use anyhow::{anyhow, bail, Context, Result};
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::fs::OpenOptionsExt;
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

/// The pid holding the pidfile's lock: `Ok(None)` when nobody does (a stale file), an
/// error of kind NotFound when there is no pidfile.
pub fn lock_holder(path: &Path) -> std::io::Result<Option<i32>> {
    let f = File::open(path)?;
    let mut lk = whole_file_lock(libc::F_WRLCK);
    // SAFETY: valid descriptor and flock struct.
    if unsafe { libc::fcntl(f.as_raw_fd(), libc::F_GETLK, &mut lk) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok((lk.l_type != libc::F_UNLCK as i16).then_some(lk.l_pid))
}

/// What the pidfile says, by its lock.
enum Daemon {
    Running(i32),
    /// The pidfile exists but nobody holds its lock (after a crash or kill -9).
    Stale,
    /// No pidfile.
    Absent,
}

fn daemon(pidfile: &Path) -> std::io::Result<Daemon> {
    match lock_holder(pidfile) {
        Ok(Some(pid)) => Ok(Daemon::Running(pid)),
        Ok(None) => Ok(Daemon::Stale),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Daemon::Absent),
        Err(e) => Err(e),
    }
}

fn whole_file_lock(kind: i32) -> libc::flock {
    // SAFETY: flock is plain data; zero is a valid starting value.
    let mut lk: libc::flock = unsafe { std::mem::zeroed() };
    lk.l_type = kind as i16;
    lk.l_whence = libc::SEEK_SET as i16;
    lk
}

/// The pidfile, locked and holding our pid, for as long as this value lives.
pub struct Pidfile {
    path: PathBuf,
    _file: File,
}

impl Pidfile {
    /// Lock and fill the pidfile; `Ok(Err(pid))` when another daemon holds it.
    pub fn acquire(path: &Path) -> Result<Result<Pidfile, i32>> {
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o644)
            .custom_flags(libc::O_CLOEXEC | libc::O_NOFOLLOW)
            .open(path)
            .with_context(|| format!("cannot open pidfile {}", path.display()))?;
        let lk = whole_file_lock(libc::F_WRLCK);
        // SAFETY: valid descriptor and flock struct.
        if unsafe { libc::fcntl(file.as_raw_fd(), libc::F_SETLK, &lk) } != 0 {
            let e = std::io::Error::last_os_error();
            if matches!(e.raw_os_error(), Some(libc::EAGAIN) | Some(libc::EACCES)) {
                let holder = lock_holder(path).ok().flatten().unwrap_or(0);
                return Ok(Err(holder));
            }
            return Err(e).with_context(|| format!("cannot lock pidfile {}", path.display()));
        }
        file.set_len(0)?;
        writeln!(file, "{}", std::process::id())?;
        file.sync_data()?;
        Ok(Ok(Pidfile { path: path.to_path_buf(), _file: file }))
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

/// `gatherer reload`: SIGHUP to the pidfile's lock holder. `Ok(false)`: not running
/// (LSB's 7).
pub fn reload(settings: &Settings) -> Result<bool> {
    let Some(pid) = running(settings)? else { return Ok(false) };
    // SAFETY: plain kill(2) to the pid that holds our pidfile's lock.
    unsafe { libc::kill(pid, libc::SIGHUP) };
    println!("gatherer (pid {pid}) told to reopen its log and re-read its settings");
    Ok(true)
}

/// `gatherer stop`: SIGTERM, wait up to the stop timeout, then SIGKILL. Not running is
/// success (a stale pidfile is removed).
pub fn stop(settings: &Settings) -> Result<()> {
    let path = &settings.pidfile;
    let Some(pid) = running(settings)? else {
        let _ = std::fs::remove_file(path);
        return Ok(());
    };
    let gone = |limit: Duration| {
        let until = Instant::now() + limit;
        while Instant::now() < until {
            if lock_holder(path).map(|h| h != Some(pid)).unwrap_or(true) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        false
    };
    // SAFETY: plain kill(2) to the pid that holds our pidfile's lock.
    unsafe { libc::kill(pid, libc::SIGTERM) };
    if !gone(settings.stop_timeout) {
        eprintln!("gatherer (pid {pid}) did not stop within {:?}; sending SIGKILL", settings.stop_timeout);
        // SAFETY: as above.
        unsafe { libc::kill(pid, libc::SIGKILL) };
        if !gone(Duration::from_secs(5)) {
            bail!("gatherer (pid {pid}) is still running after SIGKILL");
        }
    }
    let _ = std::fs::remove_file(path);
    println!("gatherer stopped (pid {pid})");
    Ok(())
}

/// `gatherer start`: detach, and return once the daemon is up (pidfile locked, log open,
/// privileges dropped, collectors started). Already running is success.
pub fn start(settings: &Settings, args: &[std::ffi::OsString]) -> Result<()> {
    if let Ok(Daemon::Running(pid)) = daemon(&settings.pidfile) {
        println!("gatherer is already running (pid {pid})");
        return Ok(());
    }
    let (read_end, write_end) = pipe()?;
    // SAFETY: single-threaded here (nothing has spawned a thread yet), so fork is sound.
    match unsafe { libc::fork() } {
        -1 => bail!("fork: {}", std::io::Error::last_os_error()),
        0 => {
            drop(read_end);
            let code = match detached(settings, args, write_end) {
                Ok(()) => 0,
                Err(_) => 1,
            };
            std::process::exit(code);
        }
        child => {
            drop(write_end);
            // The intermediate child exits at once; reap it.
            // SAFETY: waiting for our own child.
            unsafe { libc::waitpid(child, std::ptr::null_mut(), 0) };
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
    // SAFETY: still single-threaded in this child.
    unsafe {
        libc::setsid();
        match libc::fork() {
            -1 => {
                let e = std::io::Error::last_os_error();
                let _ = write_fd(&mut report, format!("0fork: {e}").as_bytes());
                bail!("fork: {e}");
            }
            0 => {}
            _ => libc::_exit(0),
        }
        libc::umask(0o022);
    }
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
        for fd in 0..3 {
            // SAFETY: duplicating a valid descriptor onto the standard ones.
            unsafe { libc::dup2(null.as_raw_fd(), fd) };
        }
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
    let name = std::ffi::CString::new(user).context("--user has a NUL byte")?;
    // SAFETY: getpwnam returns a pointer to static storage or null; we copy out at once,
    // and nothing else runs concurrently (single-threaded start-up).
    let pw = unsafe { libc::getpwnam(name.as_ptr()) };
    if pw.is_null() {
        bail!("--user {user}: no such user");
    }
    let (uid, mut gid) = unsafe { ((*pw).pw_uid, (*pw).pw_gid) };
    if let Some(g) = group {
        let gname = std::ffi::CString::new(g).context("--group has a NUL byte")?;
        // SAFETY: as for getpwnam.
        let gr = unsafe { libc::getgrnam(gname.as_ptr()) };
        if gr.is_null() {
            bail!("--group {g}: no such group");
        }
        gid = unsafe { (*gr).gr_gid };
    }
    Ok((uid, gid, name))
}

/// Become `uid`/`gid` for good, and prove root cannot be regained; refuse to go on
/// otherwise.
fn drop_privileges(uid: u32, gid: u32, name: &std::ffi::CStr) -> Result<()> {
    // SAFETY: plain credential syscalls, single-threaded (no collector thread yet).
    unsafe {
        if libc::getuid() == uid && libc::geteuid() == uid {
            return Ok(());
        }
        if libc::initgroups(name.as_ptr(), gid) != 0
            || libc::setgid(gid) != 0
            || libc::setuid(uid) != 0
            || libc::getuid() != uid
            || libc::geteuid() != uid
        {
            bail!(
                "cannot switch to user {} (uid {uid}): {}; refusing to run with the current privileges",
                name.to_string_lossy(),
                std::io::Error::last_os_error()
            );
        }
        if uid != 0 && libc::setuid(0) == 0 {
            bail!("could regain root after switching to uid {uid}; refusing to run");
        }
    }
    log::info!("running as {} (uid {uid}, gid {gid})", name.to_string_lossy());
    Ok(())
}

pub fn hostname() -> String {
    let mut buf = [0u8; 256];
    // SAFETY: the buffer is valid for its length; the last byte stays 0.
    let rc = unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len() - 1) };
    if rc != 0 {
        return "unknown".into();
    }
    let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    String::from_utf8_lossy(&buf[..end]).into_owned()
}

fn pipe() -> Result<(OwnedFd, OwnedFd)> {
    let mut fds = [0; 2];
    // SAFETY: valid two-element array.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        bail!("pipe: {}", std::io::Error::last_os_error());
    }
    // SAFETY: fresh descriptors owned by nobody else.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

fn write_fd(fd: &mut OwnedFd, bytes: &[u8]) -> std::io::Result<()> {
    let mut f = File::from(fd.try_clone()?);
    f.write_all(bytes)
}

/// Everything written to the pipe until its writer closes it, or what came within `limit`.
fn read_with_timeout(fd: OwnedFd, limit: Duration) -> Result<Vec<u8>> {
    let mut pfd = libc::pollfd { fd: fd.as_raw_fd(), events: libc::POLLIN, revents: 0 };
    // SAFETY: one valid pollfd.
    let n = unsafe { libc::poll(&mut pfd, 1, limit.as_millis() as i32) };
    if n == 0 {
        bail!("the daemon did not report within {limit:?}; see the log");
    }
    let mut out = Vec::new();
    File::from(fd).read_to_end(&mut out)?;
    Ok(out)
}
