//! One run of `virsh` under a deadline: in a process group of its own, its stdout read
//! without blocking, its exit awaited by the same deadline, and then its whole group
//! killed, whether it answered or not (while the leader is still unreaped, so the group
//! id cannot have been reused) and the leader reaped.

use rustix::event::{poll, PollFd, PollFlags, Timespec};
use rustix::process::{Pid, Signal};
use std::io::Read;
use std::os::fd::AsFd;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// virsh's answer is never longer: a thousand domains' domstats are about 2 MiB.
const OUTPUT_MAX: usize = 32 << 20;

/// How a run failed.
#[derive(Debug, PartialEq)]
pub(crate) enum Failed {
    /// No answer by the deadline: killed with its group.
    TimedOut,
    Other(String),
}

/// Run `virsh -c URI COMMANDS` (commands separated by `;`, as virsh's own shell takes
/// them), or `virsh COMMANDS` without a URI, and return its stdout and the last line it
/// wrote on stderr.
pub(crate) fn run(
    virsh: &Path,
    uri: Option<&str>,
    commands: &str,
    deadline: Instant,
) -> Result<(String, String), Failed> {
    let mut cmd = Command::new(virsh);
    if let Some(uri) = uri {
        cmd.args(["-c", uri]);
    }
    let mut child = cmd
        .arg(commands)
        .env("LC_ALL", "C")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0)
        .spawn()
        .map_err(|e| Failed::Other(format!("cannot run {}: {e}", virsh.display())))?;
    let pid = Pid::from_child(&child);
    let (out, err) = (child.stdout.take(), child.stderr.take());
    let read = read_until(pid, out, err, deadline);
    // Pipes closed is not an exit: a virsh can close them and linger.
    let exited = read.is_ok() && exited_by(pid, deadline);
    // The group is killed whatever happened, so nothing virsh started outlives it (a
    // transport's ssh, a helper), and before the leader is reaped, so the group id
    // cannot have been reused.
    let _ = rustix::process::kill_process_group(pid, Signal::KILL);
    let status = child.wait();
    let (out, err) = read?;
    if !exited {
        return Err(Failed::TimedOut);
    }
    let err = String::from_utf8_lossy(&err);
    let last = err.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("").trim().to_string();
    match status {
        Ok(s) if s.success() => Ok((String::from_utf8_lossy(&out).into_owned(), last)),
        Ok(s) => Err(Failed::Other(format!("virsh {s}: {last}"))),
        Err(e) => Err(Failed::Other(format!("virsh: {e}"))),
    }
}

/// Whether the leader `pid` exits by the deadline, left unreaped.
fn exited_by(pid: Pid, deadline: Instant) -> bool {
    use rustix::process::{waitid, WaitId, WaitIdOptions};
    let how = WaitIdOptions::EXITED | WaitIdOptions::NOWAIT | WaitIdOptions::NOHANG;
    loop {
        match waitid(WaitId::Pid(pid), how) {
            Ok(Some(_)) => return true,
            Ok(None) | Err(rustix::io::Errno::INTR) => {}
            // Not ours to wait for any more: `wait` says what became of it.
            Err(_) => return true,
        }
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return false;
        }
        // virsh exits as it closes its pipes: this is rarely slept even once.
        std::thread::sleep(left.min(Duration::from_millis(5)));
    }
}

/// How often, while its pipes are open, whether virsh has exited is looked at.
const EXIT_TICK: Duration = Duration::from_millis(50);
/// How long its pipes are read once virsh has exited and its group is killed.
const DRAIN: Duration = Duration::from_millis(200);

/// Both pipes to their ends, by the deadline; or what they held once the leader `pid`
/// has exited, its group killed and the pipes drained a moment.
fn read_until(
    pid: Pid,
    out: Option<std::process::ChildStdout>,
    err: Option<std::process::ChildStderr>,
    deadline: Instant,
) -> Result<(Vec<u8>, Vec<u8>), Failed> {
    let (Some(mut out), Some(mut err)) = (out, err) else { return Err(Failed::Other("virsh has no pipes".into())) };
    for fd in [out.as_fd(), err.as_fd()] {
        rustix::io::ioctl_fionbio(fd, true).map_err(|e| Failed::Other(format!("non-blocking pipe: {e}")))?;
    }
    let (mut o, mut e) = (Vec::new(), Vec::new());
    let (mut o_open, mut e_open) = (true, true);
    let mut chunk = [0u8; 16 << 10];
    // Once virsh has exited: the end of the drain.
    let mut drained_by: Option<Instant> = None;
    while o_open || e_open {
        let now = Instant::now();
        if drained_by.is_some_and(|t| now >= t) {
            // Its group is dead; what still holds a pipe left it (setsid): virsh's
            // own answer is all in hand.
            break;
        }
        let left = deadline.saturating_duration_since(now);
        if left.is_zero() {
            return Err(Failed::TimedOut);
        }
        // A child can hold the pipes open after virsh has answered and exited: the
        // pipes alone would then wait out the deadline, so the exit is looked at too.
        let left = left.min(EXIT_TICK);
        let wait = Timespec { tv_sec: left.as_secs() as i64, tv_nsec: i64::from(left.subsec_nanos()) };
        // Only the open pipes: a closed one polls ready at once, forever.
        let mut fds = Vec::with_capacity(2);
        if o_open {
            fds.push(PollFd::new(&out, PollFlags::IN));
        }
        if e_open {
            fds.push(PollFd::new(&err, PollFlags::IN));
        }
        match poll(&mut fds, Some(&wait)) {
            Ok(_) | Err(rustix::io::Errno::INTR) => {}
            Err(x) => return Err(Failed::Other(format!("poll: {x}"))),
        }
        for (pipe, buf, open) in
            [(&mut out as &mut dyn Read, &mut o, &mut o_open), (&mut err as &mut dyn Read, &mut e, &mut e_open)]
        {
            while *open {
                match pipe.read(&mut chunk) {
                    Ok(0) => *open = false,
                    Ok(n) if buf.len() + n > OUTPUT_MAX => {
                        return Err(Failed::Other(format!("virsh wrote more than {OUTPUT_MAX} bytes")))
                    }
                    Ok(n) => buf.extend_from_slice(&chunk[..n]),
                    Err(x) if x.kind() == std::io::ErrorKind::WouldBlock => break,
                    Err(x) if x.kind() == std::io::ErrorKind::Interrupted => {}
                    Err(x) => return Err(Failed::Other(format!("reading virsh: {x}"))),
                }
            }
        }
        if drained_by.is_none() && (o_open || e_open) && exited_by(pid, Instant::now()) {
            // Killed while the leader is unreaped, so the group id is still its own:
            // the children holding the pipes die and the pipes reach their ends.
            let _ = rustix::process::kill_process_group(pid, Signal::KILL);
            drained_by = Some(Instant::now() + DRAIN);
        }
    }
    Ok((o, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A stand-in for virsh: a shell script.
    fn script(dir: &Path, body: &str) -> std::path::PathBuf {
        let path = dir.join("virsh");
        std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
        std::fs::set_permissions(&path, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
        path
    }

    /// This thread's CPU time (user and system), from procfs: in clock ticks of 10 ms.
    fn thread_cpu() -> Duration {
        let stat = std::fs::read_to_string("/proc/thread-self/stat").unwrap();
        let f: Vec<u64> =
            stat.rsplit_once(") ").unwrap().1.split(' ').skip(11).take(2).map(|v| v.parse().unwrap()).collect();
        Duration::from_millis((f[0] + f[1]) * 10)
    }

    fn gone(pid: i32) -> bool {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        stat.rsplit_once(") ").map_or(true, |(_, r)| r.starts_with('Z'))
    }

    #[test]
    fn a_pipe_closed_early_is_not_polled_again() {
        let dir = tempfile::tempdir().unwrap();
        let virsh = script(dir.path(), "exec >&-; sleep 1; echo done >&2");
        let cpu = thread_cpu();
        let got = run(&virsh, None, "x", Instant::now() + Duration::from_secs(10));
        let spent = thread_cpu() - cpu;
        assert_eq!(got, Ok((String::new(), "done".into())));
        assert!(spent < Duration::from_millis(200), "{spent:?} of CPU while virsh slept a second");
    }

    #[test]
    fn a_virsh_that_closes_its_pipes_and_lingers_is_killed_at_the_deadline() {
        let dir = tempfile::tempdir().unwrap();
        let pid = dir.path().join("pid");
        let virsh = script(dir.path(), &format!("echo $$ > {}; exec >&- 2>&-; sleep 30", pid.display()));
        let started = Instant::now();
        let got = run(&virsh, None, "x", Instant::now() + Duration::from_secs(1));
        assert_eq!(got, Err(Failed::TimedOut));
        assert!(started.elapsed() < Duration::from_secs(3), "{:?}", started.elapsed());
        let pid: i32 = std::fs::read_to_string(&pid).unwrap().trim().parse().unwrap();
        assert!(gone(pid), "virsh {pid} still runs");
    }

    /// A child that keeps virsh's pipes open (a transport helper, say) must not make an
    /// answer that is complete read as a hang.
    #[test]
    fn a_child_holding_the_pipes_does_not_hold_the_answer() {
        let dir = tempfile::tempdir().unwrap();
        let pid = dir.path().join("pid");
        let virsh = script(dir.path(), &format!("sleep 30 & echo $! > {}; echo hi", pid.display()));
        let started = Instant::now();
        let got = run(&virsh, None, "x", Instant::now() + Duration::from_secs(5));
        assert_eq!(got, Ok(("hi\n".into(), String::new())));
        assert!(started.elapsed() < Duration::from_secs(2), "{:?}", started.elapsed());
        let pid: i32 = std::fs::read_to_string(&pid).unwrap().trim().parse().unwrap();
        let until = Instant::now() + Duration::from_secs(5);
        while !gone(pid) && Instant::now() < until {
            std::thread::sleep(Duration::from_millis(20));
        }
        assert!(gone(pid), "virsh's child {pid} outlived it");
    }

    #[test]
    fn what_a_successful_virsh_left_running_is_killed() {
        let dir = tempfile::tempdir().unwrap();
        let pid = dir.path().join("pid");
        let virsh = script(dir.path(), &format!("sleep 30 >/dev/null 2>&1 & echo $! > {}; echo hi", pid.display()));
        let got = run(&virsh, None, "x", Instant::now() + Duration::from_secs(10));
        assert_eq!(got, Ok(("hi\n".into(), String::new())));
        let pid: i32 = std::fs::read_to_string(&pid).unwrap().trim().parse().unwrap();
        // Killed, and reaped by init once its parent is gone: allow it a moment.
        let until = Instant::now() + Duration::from_secs(5);
        while !gone(pid) && Instant::now() < until {
            std::thread::sleep(Duration::from_millis(20));
        }
        assert!(gone(pid), "virsh's child {pid} outlived it");
    }
}
