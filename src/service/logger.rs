//! One line per event, to stderr or to a log file that can be reopened.
//!
//! logrotate's `create` mode moves the file away and expects the daemon to start a new
//! one on SIGHUP; tracing-appender cannot reopen, so this small sink does. Each line is
//! one `write` on an `O_APPEND` descriptor, so lines never interleave.

use crate::util::sync;
use anyhow::{Context, Result};
use log::{Level, LevelFilter, Log, Metadata, Record};
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

struct Logger {
    level: Mutex<LevelFilter>,
    sink: Mutex<Sink>,
    /// Log targets that are gatherer's own beside `gatherer::*` (collector names).
    ours: Vec<&'static str>,
}

enum Sink {
    Stderr,
    File { path: PathBuf, file: File },
}

static LOGGER: OnceLock<Logger> = OnceLock::new();

/// Who should own a log file and directory the daemon creates: the user it is about to
/// become, so it can still reopen them after logrotate.
pub(crate) type Owner = Option<(u32, u32)>;

/// Install the logger. `log_file: None` logs to stderr. `ours`: log targets that are
/// gatherer's own beside `gatherer::*`. Idempotent for tests: a second call keeps the
/// first logger.
pub(crate) fn init(log_file: Option<&Path>, debug: bool, owner: Owner, ours: &[&'static str]) -> Result<()> {
    let sink = match log_file {
        None => Sink::Stderr,
        Some(p) => Sink::File { path: p.to_path_buf(), file: open_log(p, owner)? },
    };
    let level = if debug { LevelFilter::Debug } else { LevelFilter::Info };
    if LOGGER.set(Logger { level: Mutex::new(level), sink: Mutex::new(sink), ours: ours.to_vec() }).is_ok() {
        let logger = LOGGER.get().expect("just set");
        log::set_logger(logger).ok();
        log::set_max_level(level);
        std::panic::set_hook(Box::new(|info| log::error!(target: "panic", "{info}")));
    }
    Ok(())
}

/// Switch to another log file and level (a SIGHUP that changed the settings).
pub(crate) fn reconfigure(log_file: Option<&Path>, debug: bool) -> Result<()> {
    let Some(logger) = LOGGER.get() else { return Ok(()) };
    let sink = match log_file {
        None => Sink::Stderr,
        Some(p) => Sink::File { path: p.to_path_buf(), file: open_log(p, None)? },
    };
    *sync::lock(&logger.sink) = sink;
    let level = if debug { LevelFilter::Debug } else { LevelFilter::Info };
    *sync::lock(&logger.level) = level;
    log::set_max_level(level);
    Ok(())
}

/// Reopen the log file (after logrotate moved it). Lines logged while this runs wait on
/// the lock and land in the new file; none are lost.
pub(crate) fn reopen() -> Result<()> {
    let Some(logger) = LOGGER.get() else {
        return Ok(());
    };
    let mut sink = sync::lock(&logger.sink);
    if let Sink::File { path, file } = &mut *sink {
        *file = open_log(path, None)?;
    }
    Ok(())
}

/// Create `dir` (and its parents) if missing, mode 0755, and give what was created here
/// to `owner` (never an existing directory such as /run). A path through another user's
/// symlink is refused, made or not.
pub(crate) fn create_dir_for(dir: &Path, owner: Owner) -> Result<()> {
    let me = rustix::process::geteuid().as_raw();
    let trusted: Vec<u32> = std::iter::once(me).chain(owner.map(|(uid, _)| uid)).collect();
    crate::util::file::refuse_foreign_symlinks(dir, &trusted)
        .with_context(|| format!("cannot use directory {}", dir.display()))?;
    if dir.exists() {
        return Ok(());
    }
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create directory {}", dir.display()))?;
    if let Some((uid, gid)) = owner {
        std::os::unix::fs::chown(dir, Some(uid), Some(gid))
            .with_context(|| format!("cannot chown {}", dir.display()))?;
    }
    Ok(())
}

/// Open for appending, creating the directory and file if needed; only what is created
/// here is given to `owner` (never an existing directory such as /var/log).
fn open_log(path: &Path, owner: Owner) -> Result<File> {
    let give = |p: &Path| match owner {
        Some((uid, gid)) => {
            std::os::unix::fs::chown(p, Some(uid), Some(gid)).with_context(|| format!("cannot chown {}", p.display()))
        }
        None => Ok(()),
    };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty() && !d.exists()) {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create log directory {}", dir.display()))?;
        give(dir)?;
    }
    let existed = path.exists();
    // O_NONBLOCK: a FIFO planted at the path must not hang the daemon in open().
    let file = OpenOptions::new()
        .create(true)
        .append(true)
        .mode(0o640)
        .custom_flags(libc::O_CLOEXEC | libc::O_NONBLOCK)
        .open(path)
        .with_context(|| format!("cannot open log file {}", path.display()))?;
    if !file.metadata().with_context(|| format!("cannot stat log file {}", path.display()))?.file_type().is_file() {
        anyhow::bail!("log file {} is not a regular file; refusing it", path.display());
    }
    if !existed {
        give(path)?;
    }
    Ok(file)
}

impl Log for Logger {
    fn enabled(&self, metadata: &Metadata) -> bool {
        // Libraries (reqwest, hyper, rustls) only get WARN and above: their DEBUG lines are
        // noise to an operator, and a client library's debug output is where request
        // details (and so credentials) could leak.
        let ours = metadata.target().starts_with("gatherer")
            || metadata.target() == "panic"
            || self.ours.contains(&metadata.target());
        let level = if ours { *sync::lock(&self.level) } else { LevelFilter::Warn };
        metadata.level() <= level
    }

    fn log(&self, record: &Record) {
        if !self.enabled(record.metadata()) {
            return;
        }
        let target = record.target();
        let target = target.strip_prefix("gatherer::").unwrap_or(target);
        let level = match record.level() {
            Level::Error => "ERROR",
            Level::Warn => "WARN ",
            Level::Info => "INFO ",
            Level::Debug => "DEBUG",
            Level::Trace => "TRACE",
        };
        let line = line(crate::util::timefmt::now_unix_ms(), level, target, &record.args().to_string());
        let mut sink = sync::lock(&self.sink);
        // Nowhere left to report a failing log write; dropping the line is the only option.
        let _ = match &mut *sink {
            Sink::Stderr => std::io::stderr().write_all(line.as_bytes()),
            Sink::File { file, .. } => file.write_all(line.as_bytes()),
        };
    }

    fn flush(&self) {}
}

/// One event's line. What a message quotes may come from outside (a server's answer, a
/// guest's or a file's name): its control characters are written as escapes, so a
/// newline cannot forge a line that looks like the daemon's and an escape sequence never
/// reaches a terminal.
fn line(now_ms: i64, level: &str, target: &str, message: &str) -> String {
    let message = crate::util::text::escape_controls(message);
    format!("{} {level} [{target}] {message}\n", crate::util::timefmt::rfc3339_ms(now_ms))
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_event_is_one_line_whatever_its_message_holds() {
        let l = super::line(0, "WARN ", "guests", "vm\x1b[2J gone\n1970-01-01T00:00:00.000Z INFO  [x] forged\r");
        assert_eq!(l, "1970-01-01T00:00:00.000Z WARN  [guests] vm\\u{1b}[2J gone\\n1970-01-01T00:00:00.000Z INFO  [x] forged\\r\n");
        assert_eq!(l.matches('\n').count(), 1);
    }
}
