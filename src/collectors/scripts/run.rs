//! One run of one script, on its lane's thread: the helper started (`gatherer __script`,
//! see `helper.rs`), its frame read within the timeout and a grace, the helper reaped.
//! Every helper running is registered in `Shared`, so that a stopping or replaced
//! collector can end them all and wait for them (`Shared::close`).

use super::helper::{Ran, STDERR_CAP};
use crate::util::sync;
use rustix::event::{poll, PollFd, PollFlags, Timespec};
use rustix::process::{Pid, Signal};
use std::collections::HashMap;
use std::io::Read;
use std::os::fd::{AsFd, OwnedFd};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

/// How long past its timeout a helper may take to answer (it kills and reaps what the
/// script left, then reads the pipes' last bytes) before it is killed itself.
const GRACE: Duration = Duration::from_secs(10);
/// The frame's JSON header is never longer.
const HEADER_MAX: usize = 4096;

/// How a run is made.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Runner {
    /// The gatherer binary that answers `__script` (`/proc/self/exe`).
    pub(crate) helper: PathBuf,
    pub(crate) timeout: Duration,
    pub(crate) max_output: usize,
}

/// What the lanes and the collector share: the helpers running, each under a number of
/// its own (not the script's name: two runs of one script, however brief the overlap,
/// must never share or overwrite a registration).
#[derive(Default)]
pub(crate) struct Shared {
    inner: Mutex<Inner>,
    /// Signalled when a run ends.
    ended: Condvar,
}

#[derive(Default)]
struct Inner {
    closing: bool,
    helpers: HashMap<u64, Pid>,
    next: u64,
    runs: usize,
}

/// A run's outcome as the helper told it, with what was kept of stdout and stderr.
pub(crate) struct Output {
    pub(crate) ran: Ran,
    pub(crate) stdout: Vec<u8>,
    pub(crate) stderr: Vec<u8>,
}

impl Shared {
    /// Stop every run (SIGTERM to each helper, which kills its script and all it left),
    /// and wait up to `limit` for them to end; a helper still registered then is killed
    /// (SIGKILL), and its lane reaps it. How many runs had not ended within `limit`.
    pub(crate) fn close(&self, limit: Duration) -> usize {
        let mut inner = sync::lock(&self.inner);
        inner.closing = true;
        for pid in inner.helpers.values() {
            // Still registered, so not reaped yet: the pid is the helper's.
            let _ = rustix::process::kill_process(*pid, Signal::TERM);
        }
        let until = Instant::now() + limit;
        while inner.runs > 0 {
            let left = until.saturating_duration_since(Instant::now());
            if left.is_zero() {
                break;
            }
            inner = self.ended.wait_timeout(inner, left).unwrap_or_else(|e| e.into_inner()).0;
        }
        let late = inner.runs;
        for pid in inner.helpers.values() {
            // Still registered, so not reaped yet: the pid is still the helper's.
            let _ = rustix::process::kill_process(*pid, Signal::KILL);
        }
        late
    }

    /// Run the script `name` (its `O_PATH` descriptor) through the helper.
    pub(crate) fn run(&self, runner: &Runner, name: &str, script: OwnedFd) -> Result<Output, String> {
        let mut cmd = Command::new(&runner.helper);
        cmd.arg("__script")
            .arg(name)
            .arg(runner.timeout.as_millis().to_string())
            .arg(runner.max_output.to_string())
            .arg(std::process::id().to_string())
            .stdin(Stdio::from(script))
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        let (mut child, id) = {
            let mut inner = sync::lock(&self.inner);
            if inner.closing {
                return Err("not run: the collector is stopping".into());
            }
            // Started under the lock: `close` either sees it registered or stops it here.
            let child = cmd.spawn().map_err(|e| format!("cannot start the helper {}: {e}", runner.helper.display()))?;
            inner.next += 1;
            let id = inner.next;
            inner.helpers.insert(id, Pid::from_child(&child));
            inner.runs += 1;
            (child, id)
        };
        // Counted out however this ends, a panic included: `close` waits on the count.
        let _counted = Counted { shared: self, id };
        let limit = HEADER_MAX + runner.max_output + STDERR_CAP;
        let read = read_frame(child.stdout.take(), limit, Instant::now() + runner.timeout + GRACE);
        if read.is_err() {
            let _ = child.kill();
        }
        {
            let mut inner = sync::lock(&self.inner);
            inner.helpers.remove(&id);
        }
        let status = child.wait();
        read.and_then(|frame| {
            parse_frame(&frame).ok_or_else(|| format!("the helper answered no frame ({})", display(&status)))
        })
    }
}

/// A run counted in `Shared`: unregistered and counted out when dropped.
struct Counted<'a> {
    shared: &'a Shared,
    id: u64,
}

impl Drop for Counted<'_> {
    fn drop(&mut self) {
        let mut inner = sync::lock(&self.shared.inner);
        inner.helpers.remove(&self.id);
        inner.runs -= 1;
        self.shared.ended.notify_all();
    }
}

fn display(status: &std::io::Result<std::process::ExitStatus>) -> String {
    match status {
        Ok(s) => s.to_string(),
        Err(e) => e.to_string(),
    }
}

/// Read the helper's stdout to its end, at most `limit` bytes, until `deadline`.
fn read_frame(pipe: Option<std::process::ChildStdout>, limit: usize, deadline: Instant) -> Result<Vec<u8>, String> {
    let Some(mut pipe) = pipe else { return Err("the helper has no stdout".into()) };
    rustix::io::ioctl_fionbio(pipe.as_fd(), true).map_err(|e| format!("non-blocking pipe: {e}"))?;
    let mut frame = Vec::new();
    let mut chunk = [0u8; 16 << 10];
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(format!("the helper did not answer within the timeout and {GRACE:?}; killed"));
        }
        let mut fds = [PollFd::new(&pipe, PollFlags::IN)];
        let wait = Timespec { tv_sec: left.as_secs() as i64, tv_nsec: i64::from(left.subsec_nanos()) };
        match poll(&mut fds, Some(&wait)) {
            Ok(_) | Err(rustix::io::Errno::INTR) => {}
            Err(e) => return Err(format!("poll: {e}")),
        }
        loop {
            match pipe.read(&mut chunk) {
                Ok(0) => return Ok(frame),
                Ok(n) if frame.len() + n > limit => return Err(format!("the helper answered more than {limit} bytes")),
                Ok(n) => frame.extend_from_slice(&chunk[..n]),
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => break,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(format!("reading the helper: {e}")),
            }
        }
    }
}

/// A frame: a JSON line, then the stdout and stderr it counts.
fn parse_frame(frame: &[u8]) -> Option<Output> {
    let nl = frame.iter().position(|&b| b == b'\n')?;
    let ran: Ran = serde_json::from_slice(&frame[..nl]).ok()?;
    let rest = &frame[nl + 1..];
    let (o, e) = (usize::try_from(ran.stdout).ok()?, usize::try_from(ran.stderr).ok()?);
    if rest.len() != o.checked_add(e)? {
        return None;
    }
    Some(Output { stdout: rest[..o].to_vec(), stderr: rest[o..].to_vec(), ran })
}
