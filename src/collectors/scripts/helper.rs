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
//! leader is still unreaped (so the group id cannot have been reused), the script reaped
//! (waited for 2 s at most: one in uninterruptible sleep may not die), and every
//! remaining descendant found (processes whose parent is this one, from /proc:
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
use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::os::unix::net::UnixStream;
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// At most this much of a run's stderr is kept (it goes to the log).
pub(crate) const STDERR_CAP: usize = 4096;
/// Reading what the pipes still hold after the run ended, and killing what is left,
/// each take at most this long.
const AFTERWARDS: Duration = Duration::from_secs(2);
/// Without a pidfd, how often a run asks whether its script exited.
const POLL_EXIT: Duration = Duration::from_millis(50);
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
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum End {
    Exited,
    TimedOut,
    Cancelled,
}

fn run(name: &str, timeout: Duration, max: usize, daemon: i32) -> Result<(Ran, Vec<u8>, Vec<u8>), String> {
    // The daemon's SIGTERM (or the kernel's, when the daemon dies) ends the run the same
    // way a timeout does: through a pipe the loop below polls.
    let (sig_read, sig_write) = UnixStream::pair().map_err(|e| format!("socketpair: {e}"))?;
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
    let mut pipes = Pipes::new(child.stdout.take(), child.stderr.take(), max)?;
    let pidfd = rustix::process::pidfd_open(pid, rustix::process::PidfdFlags::empty()).ok();
    let end = watch(pid, pidfd.as_ref(), &sig_read, &mut pipes, started + timeout);
    let duration = started.elapsed();
    // The leader is not reaped yet: its group id is still its own, never another's.
    let _ = rustix::process::kill_process_group(pid, Signal::KILL);
    let status = reap_within(pid, pidfd.as_ref(), Instant::now() + AFTERWARDS);
    drop(child);
    let (killed, left) = kill_descendants(me, Instant::now() + AFTERWARDS);
    // Whoever held the pipes is dead now: what they hold is read to its end.
    pipes.drain(Instant::now() + AFTERWARDS);
    let Pipes { out, err, out_dropped, err_dropped, .. } = pipes;
    let ran = Ran {
        exit_status: status.and_then(|s| s.exit_status()),
        signal: status.and_then(|s| s.terminating_signal()).filter(|_| end == End::Exited),
        timed_out: end == End::TimedOut,
        cancelled: end == End::Cancelled,
        error: None,
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

/// The script's stdout and stderr (`None` once at their end), and what was kept of them.
struct Pipes {
    stdout: Option<std::process::ChildStdout>,
    stderr: Option<std::process::ChildStderr>,
    max: usize,
    out: Vec<u8>,
    err: Vec<u8>,
    out_dropped: u64,
    err_dropped: u64,
}

impl Pipes {
    /// The pipes, made non-blocking; `max` bytes of stdout kept.
    fn new(
        stdout: Option<std::process::ChildStdout>,
        stderr: Option<std::process::ChildStderr>,
        max: usize,
    ) -> Result<Pipes, String> {
        for p in [stdout.as_ref().map(|p| p.as_fd()), stderr.as_ref().map(|p| p.as_fd())].into_iter().flatten() {
            rustix::io::ioctl_fionbio(p, true).map_err(|e| format!("non-blocking pipe: {e}"))?;
        }
        Ok(Pipes { stdout, stderr, max, out: Vec::new(), err: Vec::new(), out_dropped: 0, err_dropped: 0 })
    }

    /// Read what each pipe said ready holds.
    fn read(&mut self, out_ready: bool, err_ready: bool) {
        if out_ready && !take(&mut self.stdout, &mut self.out, self.max, &mut self.out_dropped) {
            self.stdout = None;
        }
        if err_ready && !take(&mut self.stderr, &mut self.err, STDERR_CAP, &mut self.err_dropped) {
            self.stderr = None;
        }
    }

    /// Whoever held the pipes is dead: read them to their end, until `until`.
    fn drain(&mut self, until: Instant) {
        while (self.stdout.is_some() || self.stderr.is_some()) && Instant::now() < until {
            let mut fds: Vec<PollFd> =
                [self.stdout.as_ref().map(|p| p.as_fd()), self.stderr.as_ref().map(|p| p.as_fd())]
                    .into_iter()
                    .flatten()
                    .map(|fd| PollFd::from_borrowed_fd(fd, PollFlags::IN))
                    .collect();
            if poll(&mut fds, Some(&timespec(until.saturating_duration_since(Instant::now())))).unwrap_or(0) == 0 {
                break;
            }
            drop(fds);
            let (o, e) = (self.stdout.is_some(), self.stderr.is_some());
            self.read(o, e);
        }
    }
}

/// Watch the script `pid` (through its `pidfd` when there is one) and its pipes until it
/// exits, `deadline` passes, or `sig` says the daemon asks to stop. The script is left
/// unreaped.
///
/// Without a pidfd (a kernel before 5.3) the exit is asked for every `POLL_EXIT` with
/// `waitid(WNOWAIT)`, which sees it without reaping: the script's group id must stay its
/// own until the group is killed.
fn watch(pid: Pid, pidfd: Option<&OwnedFd>, sig: &UnixStream, pipes: &mut Pipes, deadline: Instant) -> End {
    use rustix::process::{WaitId, WaitIdOptions};
    let (sig_at, pidfd_at) = if pidfd.is_some() { (1, Some(0)) } else { (0, None) };
    loop {
        let now = Instant::now();
        if now >= deadline {
            return End::TimedOut;
        }
        let wait = match pidfd {
            Some(_) => timespec(deadline - now),
            None => timespec((deadline - now).min(POLL_EXIT)),
        };
        let mut fds: Vec<PollFd> = pidfd.map(|fd| PollFd::new(fd, PollFlags::IN)).into_iter().collect();
        fds.push(PollFd::new(sig, PollFlags::IN));
        let (mut watch_out, mut watch_err) = (None, None);
        if let Some(p) = &pipes.stdout {
            watch_out = Some(fds.len());
            fds.push(PollFd::new(p, PollFlags::IN));
        }
        if let Some(p) = &pipes.stderr {
            watch_err = Some(fds.len());
            fds.push(PollFd::new(p, PollFlags::IN));
        }
        if let Err(e) = poll(&mut fds, Some(&wait)) {
            if e != rustix::io::Errno::INTR {
                return End::TimedOut;
            }
            continue;
        }
        let ready = |i: Option<usize>| i.is_some_and(|i| !fds[i].revents().is_empty());
        let (out_ready, err_ready, asked) = (ready(watch_out), ready(watch_err), ready(Some(sig_at)));
        let exited = match pidfd_at {
            Some(_) => ready(pidfd_at),
            None => {
                let how = WaitIdOptions::EXITED | WaitIdOptions::NOHANG | WaitIdOptions::NOWAIT;
                // Checked again until it answers: an error (none expected for our own
                // child) must not pass for an exit.
                matches!(rustix::process::waitid(WaitId::Pid(pid), how), Ok(Some(_)))
            }
        };
        drop(fds);
        pipes.read(out_ready, err_ready);
        if asked {
            return End::Cancelled;
        }
        if exited {
            return End::Exited;
        }
    }
}

/// Reap the killed script `pid`, waiting for its exit (on its `pidfd`, or asking every
/// `POLL_EXIT`) until `until`: its status, or `None` when it has not died by then. A
/// process in uninterruptible sleep dies only when it wakes, so a blocking wait could
/// hold the helper (and leave what the script started running) for ever.
fn reap_within(pid: Pid, pidfd: Option<&OwnedFd>, until: Instant) -> Option<rustix::process::WaitStatus> {
    loop {
        match rustix::process::waitpid(Some(pid), WaitOptions::NOHANG) {
            Ok(Some((_, s))) => return Some(s),
            Ok(None) => {}
            Err(rustix::io::Errno::INTR) => continue,
            Err(_) => return None,
        }
        let left = until.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return None;
        }
        match pidfd {
            Some(fd) => {
                let _ = poll(&mut [PollFd::new(fd, PollFlags::IN)], Some(&timespec(left)));
            }
            None => std::thread::sleep(left.min(POLL_EXIT)),
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn start(script: &str) -> (std::process::Child, Pipes) {
        let mut child = Command::new("/bin/sh")
            .args(["-c", script])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let pipes = Pipes::new(child.stdout.take(), child.stderr.take(), 1024).unwrap();
        (child, pipes)
    }

    /// Without a pidfd (kernels before 5.3) the exit is still seen, by polling, and the
    /// script left for the helper to reap; a hung one still ends at its deadline.
    #[test]
    fn without_a_pidfd_the_exit_and_the_timeout_are_still_seen() {
        let (sig, _keep) = UnixStream::pair().unwrap();
        let (mut child, mut pipes) = start("echo said; exec sleep 0.3");
        let started = Instant::now();
        let end = watch(Pid::from_child(&child), None, &sig, &mut pipes, started + Duration::from_secs(10));
        assert_eq!(end, End::Exited, "after {:?}", started.elapsed());
        assert!(started.elapsed() >= Duration::from_millis(250) && started.elapsed() < Duration::from_secs(3));
        pipes.drain(Instant::now() + Duration::from_secs(1));
        assert_eq!(pipes.out, b"said\n");
        // Not reaped by the watch: its status is still the helper's to take.
        assert!(child.wait().unwrap().success());

        let (mut child, mut pipes) = start("exec sleep 30");
        let started = Instant::now();
        let end = watch(Pid::from_child(&child), None, &sig, &mut pipes, started + Duration::from_millis(300));
        assert_eq!(end, End::TimedOut);
        assert!(started.elapsed() >= Duration::from_millis(300) && started.elapsed() < Duration::from_secs(3));
        child.kill().unwrap();
        child.wait().unwrap();
    }

    /// A script that does not die when killed (in uninterruptible sleep; here, one not
    /// killed at all) holds the helper at most until the deadline, with or without a
    /// pidfd; one that exits is reaped with its status.
    #[test]
    fn reaping_a_script_that_does_not_die_gives_up_at_the_deadline() {
        for with_pidfd in [true, false] {
            let (mut child, _pipes) = start("exec sleep 30");
            let pid = Pid::from_child(&child);
            let (tx, rx) = std::sync::mpsc::channel();
            std::thread::spawn(move || {
                let pidfd =
                    with_pidfd.then(|| rustix::process::pidfd_open(pid, rustix::process::PidfdFlags::empty()).unwrap());
                let started = Instant::now();
                let status = reap_within(pid, pidfd.as_ref(), started + Duration::from_millis(300));
                let _ = tx.send((status.is_some(), started.elapsed()));
            });
            let answer = rx.recv_timeout(Duration::from_secs(5));
            child.kill().unwrap();
            let (reaped, took) = answer.expect("reap_within blocked past its deadline");
            assert!(!reaped && took >= Duration::from_millis(300), "pidfd {with_pidfd}: {took:?}");
            child.wait().unwrap();

            let (child, _pipes) = start("exit 7");
            let pid = Pid::from_child(&child);
            let status = reap_within(pid, None, Instant::now() + Duration::from_secs(5)).expect("reaped");
            assert_eq!(status.exit_status(), Some(7));
        }
    }
}
