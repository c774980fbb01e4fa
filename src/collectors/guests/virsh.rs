//! One run of `virsh` under a deadline: in a process group of its own, its stdout read
//! without blocking, and at the deadline its whole group killed (while the leader is
//! still unreaped, so the group id cannot have been reused) and the leader reaped.

use rustix::event::{poll, PollFd, PollFlags, Timespec};
use rustix::process::{Pid, Signal};
use std::io::Read;
use std::os::fd::AsFd;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

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
    let read = read_until(out, err, deadline);
    if read.is_err() {
        // The leader is not reaped yet: its group id is still ours to signal.
        let _ = rustix::process::kill_process_group(pid, Signal::KILL);
    }
    let status = child.wait();
    let (out, err) = read?;
    let err = String::from_utf8_lossy(&err);
    let last = err.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("").trim().to_string();
    match status {
        Ok(s) if s.success() => Ok((String::from_utf8_lossy(&out).into_owned(), last)),
        Ok(s) => Err(Failed::Other(format!("virsh {s}: {last}"))),
        Err(e) => Err(Failed::Other(format!("virsh: {e}"))),
    }
}

/// Both pipes to their ends, by the deadline.
fn read_until(
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
    while o_open || e_open {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(Failed::TimedOut);
        }
        let wait = Timespec { tv_sec: left.as_secs() as i64, tv_nsec: i64::from(left.subsec_nanos()) };
        let mut fds = [PollFd::new(&out, PollFlags::IN), PollFd::new(&err, PollFlags::IN)];
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
    }
    Ok((o, e))
}
