//! The hidden `gatherer __script NAME TIMEOUT_MS MAX_OUTPUT DAEMON_PID`: the small
//! process between the daemon and one run of one script, so that nothing the script
//! starts outlives it.
//!
//! Its stdin is the script, opened `O_PATH|O_NOFOLLOW` and checked by the daemon; it runs
//! exactly that file (through `/proc/self/fd/N`), never a name looked up again. It makes
//! itself a session leader and a child subreaper (`PR_SET_CHILD_SUBREAPER`): whatever the
//! script forks, even a child that calls `setsid` and leaves the script's process group,
//! is reparented to it, not to init, when its parent exits. The script runs in a process
//! group of its own, stdin `/dev/null`, stdout and stderr on pipes read without blocking.
//! The run ends when the script exits (a grandchild holding stdout open does not keep it
//! going), at the timeout, or when the daemon asks (SIGTERM, also sent by the kernel if
//! the daemon dies: `PR_SET_PDEATHSIG`). Then the script's group is killed while its
//! leader is still unreaped (so the group id cannot have been reused), the script reaped,
//! and every remaining descendant found (processes whose parent is this one, from /proc:
//! `/proc/PID/task/*/children` needs a kernel option not every kernel has), killed and
//! reaped, in a loop with no recursion, until none is left.
//!
//! It answers on stdout with one frame: a JSON line (`Ran`), then the kept stdout, then
//! the kept stderr.

use rustix::event::{poll, PollFd, PollFlags, Timespec};
use rustix::process::{Pid, Signal, WaitOptions};
use serde::{Deserialize, Serialize};
use std::ffi::OsString;
use std::io::{self, Read, Write};
use std::os::fd::{AsFd, AsRawFd};
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// At most this much of a run's stderr is kept (it goes to the log).
pub(crate) const STDERR_CAP: usize = 4096;
/// Reading what the pipes still hold after the run ended, and killing what is left,
/// each take at most this long.
const AFTERWARDS: Duration = Duration::from_secs(2);
/// The PATH a script runs with: its environment is this alone.
pub(crate) const PATH: &str = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/// How one run went: the frame's header.
#[derive(Serialize, Deserialize, Debug, Default, Clone, PartialEq)]
pub(crate) struct Ran {
    pub(crate) exit_status: Option<i32>,
    pub(crate) signal: Option<i32>,
    pub(crate) timed_out: bool,
    /// Ended because the daemon asked (it stops, or a reload replaced the collector).
    pub(crate) cancelled: bool,
    /// The script could not be run at all.
    pub(crate) error: Option<String>,
    pub(crate) duration_ms: u64,
    /// Bytes of stdout kept (they follow the header), and dropped past the cap.
    pub(crate) stdout: u64,
    pub(crate) stdout_dropped: u64,
    pub(crate) stderr: u64,
    pub(crate) stderr_dropped: u64,
    /// Descendants left behind when the script ended, killed and reaped.
    pub(crate) descendants_killed: u64,
    /// Descendants still there when the helper gave up (in uninterruptible sleep).
    pub(crate) left_running: u64,
}

/// The helper's `main`: its exit status.
pub(crate) fn main(args: &[OsString]) -> i32 {
    let arg = |i: usize| args.get(i).and_then(|a| a.to_str());
    let parsed = (|| {
        let name = arg(0)?.to_string();
        let timeout = Duration::from_millis(arg(1)?.parse().ok()?);
        let max: usize = arg(2)?.parse().ok()?;
        let daemon: i32 = arg(3)?.parse().ok()?;
        Some((name, timeout, max, daemon))
    })();
    let Some((name, timeout, max, daemon)) = parsed else {
        eprintln!("usage: gatherer __script NAME TIMEOUT_MS MAX_OUTPUT DAEMON_PID (the script on stdin)");
        return 2;
    };
    let (ran, out, err) = match run(&name, timeout, max, daemon) {
        Ok(x) => x,
        Err(e) => (Ran { error: Some(e), ..Ran::default() }, Vec::new(), Vec::new()),
    };
    let mut frame = serde_json::to_vec(&ran).unwrap_or_default();
    frame.push(b'\n');
    let mut stdout = io::stdout().lock();
    let written = stdout.write_all(&frame).and_then(|()| stdout.write_all(&out)).and_then(|()| stdout.write_all(&err));
    i32::from(written.and_then(|()| stdout.flush()).is_err())
}

/// Why the run ended.
#[derive(Clone, Copy, PartialEq, Eq)]
enum End {
    Exited,
    TimedOut,
    Cancelled,
}

fn run(name: &str, timeout: Duration, max: usize, daemon: i32) -> Result<(Ran, Vec<u8>, Vec<u8>), String> {
    // The daemon's SIGTERM (or the kernel's, when the daemon dies) ends the run the same
    // way a timeout does: through a pipe the loop below polls.
    let (sig_read, sig_write) = std::os::unix::net::UnixStream::pair().map_err(|e| format!("socketpair: {e}"))?;
    sig_read.set_nonblocking(true).map_err(|e| format!("socketpair: {e}"))?;
    for sig in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGINT, signal_hook::consts::SIGHUP] {
        let w = sig_write.try_clone().map_err(|e| format!("socketpair: {e}"))?;
        signal_hook::low_level::pipe::register(sig, w).map_err(|e| format!("cannot handle signal {sig}: {e}"))?;
    }
    rustix::process::set_parent_process_death_signal(Some(Signal::TERM))
        .map_err(|e| format!("PR_SET_PDEATHSIG: {e}"))?;
    if rustix::process::getppid().map(Pid::as_raw_pid) != Some(daemon) {
        return Err("the daemon is gone".into());
    }
    // A session (and so a process group) of its own: a signal meant for the daemon's
    // group never reaches the script, nor the script's for the daemon.
    let _ = rustix::process::setsid();
    let me = rustix::process::getpid();
    rustix::process::set_child_subreaper(Some(me)).map_err(|e| format!("PR_SET_CHILD_SUBREAPER: {e}"))?;
    // Not close-on-exec: an interpreter (`#!`) opens the script again as /proc/self/fd/N.
    let exe = rustix::io::dup(io::stdin().as_fd()).map_err(|e| format!("cannot take the script: {e}"))?;
    let started = Instant::now();
    let mut child = Command::new(format!("/proc/self/fd/{}", exe.as_raw_fd()))
        .arg0(name)
        .env_clear()
        .env("PATH", PATH)
        .current_dir("/")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0)
        .spawn()
        .map_err(|e| format!("cannot run it: {e}"))?;
    drop(exe);
    let pid = Pid::from_child(&child);
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let (mut out_dropped, mut err_dropped) = (0u64, 0u64);
    let mut stdout = child.stdout.take();
    let mut stderr = child.stderr.take();
    for p in [stdout.as_ref().map(|p| p.as_fd()), stderr.as_ref().map(|p| p.as_fd())].into_iter().flatten() {
        rustix::io::ioctl_fionbio(p, true).map_err(|e| format!("non-blocking pipe: {e}"))?;
    }
    let pidfd = rustix::process::pidfd_open(pid, rustix::process::PidfdFlags::empty());
    let deadline = started + timeout;
    let end = loop {
        let now = Instant::now();
        if now >= deadline {
            break End::TimedOut;
        }
        let Ok(pidfd) = &pidfd else {
            // No pidfd (a kernel before 5.3): nothing to tell the exit by without reaping.
            break End::TimedOut;
        };
        let wait = timespec(deadline - now);
        let mut fds = vec![PollFd::new(pidfd, PollFlags::IN), PollFd::new(&sig_read, PollFlags::IN)];
        let (mut watch_out, mut watch_err) = (None, None);
        if let Some(p) = &stdout {
            watch_out = Some(fds.len());
            fds.push(PollFd::new(p, PollFlags::IN));
        }
        if let Some(p) = &stderr {
            watch_err = Some(fds.len());
            fds.push(PollFd::new(p, PollFlags::IN));
        }
        if let Err(e) = poll(&mut fds, Some(&wait)) {
            if e != rustix::io::Errno::INTR {
                break End::TimedOut;
            }
            continue;
        }
        let ready = |i: Option<usize>| i.is_some_and(|i| !fds[i].revents().is_empty());
        let (exited, asked) = (!fds[0].revents().is_empty(), !fds[1].revents().is_empty());
        let (out_ready, err_ready) = (ready(watch_out), ready(watch_err));
        drop(fds);
        if out_ready && !take(&mut stdout, &mut out, max, &mut out_dropped) {
            stdout = None;
        }
        if err_ready && !take(&mut stderr, &mut err, STDERR_CAP, &mut err_dropped) {
            stderr = None;
        }
        if asked {
            break End::Cancelled;
        }
        if exited {
            break End::Exited;
        }
    };
    let duration = started.elapsed();
    // The leader is not reaped yet: its group id is still its own, never another's.
    let _ = rustix::process::kill_process_group(pid, Signal::KILL);
    let status = loop {
        match rustix::process::waitpid(Some(pid), WaitOptions::empty()) {
            Err(rustix::io::Errno::INTR) => continue,
            other => break other.ok().flatten().map(|(_, s)| s),
        };
    };
    drop(child);
    let (killed, left) = kill_descendants(me, Instant::now() + AFTERWARDS);
    // Whoever held the pipes is dead now: what they hold is read to its end.
    let until = Instant::now() + AFTERWARDS;
    while (stdout.is_some() || stderr.is_some()) && Instant::now() < until {
        let mut fds: Vec<PollFd> = [stdout.as_ref().map(|p| p.as_fd()), stderr.as_ref().map(|p| p.as_fd())]
            .into_iter()
            .flatten()
            .map(|fd| PollFd::from_borrowed_fd(fd, PollFlags::IN))
            .collect();
        if poll(&mut fds, Some(&timespec(until.saturating_duration_since(Instant::now())))).unwrap_or(0) == 0 {
            break;
        }
        drop(fds);
        if stdout.is_some() && !take(&mut stdout, &mut out, max, &mut out_dropped) {
            stdout = None;
        }
        if stderr.is_some() && !take(&mut stderr, &mut err, STDERR_CAP, &mut err_dropped) {
            stderr = None;
        }
    }
    let ran = Ran {
        exit_status: status.and_then(|s| s.exit_status()),
        signal: status.and_then(|s| s.terminating_signal()).filter(|_| end == End::Exited),
        timed_out: end == End::TimedOut,
        cancelled: end == End::Cancelled,
        error: pidfd.err().map(|e| format!("pidfd_open: {e}")),
        duration_ms: duration.as_millis() as u64,
        stdout: out.len() as u64,
        stdout_dropped: out_dropped,
        stderr: err.len() as u64,
        stderr_dropped: err_dropped,
        descendants_killed: killed,
        left_running: left,
    };
    Ok((ran, out, err))
}

fn timespec(d: Duration) -> Timespec {
    Timespec { tv_sec: d.as_secs() as i64, tv_nsec: i64::from(d.subsec_nanos()) }
}

/// Read what `pipe` has now into `buf` up to `cap` (the rest counted in `dropped` and
/// thrown away); false at its end. A bounded number of reads per call, so a script that
/// writes without pause cannot keep the loop from its deadline.
fn take<R: Read>(pipe: &mut Option<R>, buf: &mut Vec<u8>, cap: usize, dropped: &mut u64) -> bool {
    let Some(p) = pipe else { return false };
    let mut chunk = [0u8; 16 << 10];
    for _ in 0..64 {
        match p.read(&mut chunk) {
            Ok(0) => return false,
            Ok(n) => {
                let keep = n.min(cap.saturating_sub(buf.len()));
                buf.extend_from_slice(&chunk[..keep]);
                *dropped += (n - keep) as u64;
            }
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => return true,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(_) => return false,
        }
    }
    true
}

/// Kill and reap every process whose parent is `me` (the subreaper), again and again (a
/// killed child's own children are reparented here in turn), until there is none or
/// `until` passes: how many were reaped, and how many were left.
fn kill_descendants(me: Pid, until: Instant) -> (u64, u64) {
    let mut reaped = 0;
    let mut pause = Duration::from_millis(1);
    loop {
        loop {
            // `wait`, not `waitpid(None)`: that is pid 0, this process group's children only.
            match rustix::process::wait(WaitOptions::NOHANG) {
                Ok(Some(_)) => reaped += 1,
                Err(rustix::io::Errno::INTR) => {}
                Err(rustix::io::Errno::CHILD) => return (reaped, 0),
                Ok(None) | Err(_) => break,
            }
        }
        let children = children_of(me);
        if Instant::now() >= until {
            return (reaped, children.len() as u64);
        }
        // Each is our child, not reaped by us yet: its pid cannot have been reused.
        for pid in children {
            let _ = rustix::process::kill_process(pid, Signal::KILL);
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(50));
    }
}

/// The processes whose parent is `me`, from `/proc/PID/stat` (its fourth field, after
/// the command name in parentheses, which may itself hold any character).
pub(crate) fn children_of(me: Pid) -> Vec<Pid> {
    let Ok(dir) = std::fs::read_dir("/proc") else { return Vec::new() };
    let mut buf = String::new();
    dir.filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().to_str().and_then(|n| n.parse::<i32>().ok()))
        .filter(|&pid| {
            buf.clear();
            let Ok(mut f) = std::fs::File::open(format!("/proc/{pid}/stat")) else { return false };
            if f.read_to_string(&mut buf).is_err() {
                return false;
            }
            let ppid = buf.rfind(')').and_then(|i| buf[i + 1..].split_whitespace().nth(1)?.parse::<i32>().ok());
            ppid == Some(me.as_raw_pid())
        })
        .filter_map(Pid::from_raw)
        .collect()
}
