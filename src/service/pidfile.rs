//! The pidfile, held with a POSIX record lock for the daemon's whole life. The lock, not
//! the number written in the file, says whether the daemon runs and which pid it has
//! (`F_GETLK` names the holder), so a stale pidfile or a recycled pid can neither block a
//! start nor make `stop` signal a stranger; and only a write lock counts, which a user
//! who can merely read the file cannot take.

use crate::util::file::{self, Links};
use anyhow::{bail, Context, Result};
use nix::fcntl::{fcntl, FcntlArg};
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::os::fd::AsFd;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

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
pub(crate) fn describe_pid(pid: i32) -> String {
    let proc = PathBuf::from(format!("/proc/{pid}"));
    let comm = file::read_text(&proc.join("comm"), 4096).map(|c| c.trim().to_string()).unwrap_or_else(|_| "?".into());
    let uid = std::fs::metadata(&proc).map(|m| m.uid().to_string()).unwrap_or_else(|_| "?".into());
    format!("pid {pid} (uid {uid}, {comm})")
}

/// What the pidfile says, by its lock.
pub(super) enum Daemon {
    Running(i32),
    /// Someone holds a read lock, which gatherer never takes: not the daemon.
    Stranger(Holder),
    /// The pidfile exists but nobody holds its lock (after a crash or kill -9).
    Stale,
    /// No pidfile.
    Absent,
}

pub(super) fn daemon(pidfile: &Path) -> std::io::Result<Daemon> {
    match lock_holder(pidfile) {
        Ok(Some(h)) if h.exclusive => Ok(Daemon::Running(h.pid)),
        Ok(Some(h)) => Ok(Daemon::Stranger(h)),
        Ok(None) => Ok(Daemon::Stale),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Daemon::Absent),
        Err(e) => Err(e),
    }
}

/// The pidfile, locked and holding our pid, for as long as this value lives.
pub(crate) struct Pidfile {
    path: PathBuf,
    _file: File,
}

impl Pidfile {
    /// Lock and fill the pidfile; `Ok(Err(pid))` when another daemon holds it. A pidfile
    /// that another process merely read-locks is replaced by a fresh one: such a lock
    /// never means a gatherer runs, and must not keep one from starting.
    pub(crate) fn acquire(path: &Path) -> Result<Result<Pidfile, i32>> {
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
