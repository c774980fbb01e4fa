//! `gatherer start`: fork twice (only while single-threaded), detach from the terminal,
//! and return once the daemon reports through a pipe that it is up.

use super::pidfile::{daemon, Daemon};
use super::{serve, Plan, Reload};
use crate::util::file;
use anyhow::{anyhow, bail, Context, Result};
use nix::unistd::ForkResult;
use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::os::fd::OwnedFd;
use std::path::Path;
use std::time::Duration;

/// How long `start` waits for the detached daemon to say it is up.
const START_WAIT: Duration = Duration::from_secs(60);

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
pub(crate) fn start(plan: Plan, reload: Reload<'_>, ours: &[&'static str]) -> Result<()> {
    if let Ok(Daemon::Running(pid)) = daemon(&plan.service.pidfile) {
        say!("gatherer is already running (pid {pid})");
        return Ok(());
    }
    let (read_end, write_end) = rustix::pipe::pipe_with(rustix::pipe::PipeFlags::CLOEXEC)?;
    match fork_single_threaded()? {
        ForkResult::Child => {
            drop(read_end);
            let code = match detached(plan, reload, write_end, ours) {
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
                    say!("gatherer started (pid {})", String::from_utf8_lossy(pid));
                    Ok(())
                }
                Some((b'2', pid)) => {
                    say!("gatherer is already running (pid {})", String::from_utf8_lossy(pid));
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
fn detached(plan: Plan, reload: Reload<'_>, mut report: OwnedFd, ours: &[&'static str]) -> Result<()> {
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
    let result = serve(plan, reload, &mut report, ours);
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

pub(super) fn write_fd(fd: &mut OwnedFd, bytes: &[u8]) -> std::io::Result<()> {
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
