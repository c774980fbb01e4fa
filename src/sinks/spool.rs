//! The spool of one destination: every point bound for it, in the order it was
//! measured, on disk, until the destination has it.
//!
//! Points are appended as the destination's own lines (carbon plaintext, InfluxDB line
//! protocol) to numbered segment files in the destination's directory; a `cursor` file
//! says how far they were sent. Appending and sending never wait for each other, the
//! files survive a restart and a `kill -9` (they are in the page cache at once: the
//! cursor is rewritten in place after every batch sent; `fsync` runs `SYNC_EVERY` after
//! the first point not yet synced, and at stop), and replay is in append order, which
//! is time order. The spool is bounded: past `max_bytes` the oldest segments go, and the
//! points in them that were never sent are counted as dropped.
//!
//! Sent points are kept a little longer (`keep_sent` after they were sent): a plaintext
//! protocol has no acknowledgement, so after a lost connection what was sent just before
//! may not have reached the peer's disk, and `rewind` sends it again.
//!
//! Where the directory cannot be used (no permission, a read-only disk) the same spool
//! lives in memory, with the same bound; the log says so once.

use anyhow::{Context, Result};
use std::collections::VecDeque;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const SEGMENT_SUFFIX: &str = ".spool";
/// The file, beside the segments, that says how far they were sent.
const CURSOR: &str = "cursor";
/// The file, beside the segments, that the process using the spool holds locked
/// (`flock`) for as long as it runs, with its pid in it: two processes appending to and
/// sending from one spool would send half the points twice and skip others.
const LOCK: &str = "lock";
/// How long the spool waits for its lock when this very process holds it: after a
/// reload, the old output's sender may still finish a send (a connect gives up after 5 s,
/// a write after 10 s) before it lets the spool go.
const OWN_LOCK_WAIT: Duration = Duration::from_secs(16);
/// How long an append failure already logged (with the same reason) goes unsaid when it
/// comes back.
const SAY_AGAIN: Duration = Duration::from_secs(3600);
/// How long appended points wait at most before they are fsynced: what a power cut can
/// take. Counted from the first append since the last sync, so several rounds' points
/// go to disk in one `fdatasync`, which costs more CPU than the appends it covers; the
/// kernel writes dirty pages back after 30 s anyway (`vm.dirty_expire_centisecs`), so
/// this makes that bound certain rather than tighter.
const SYNC_EVERY: Duration = Duration::from_secs(30);

/// The cursor file's record: three numbers, each right-aligned in 20 columns (any u64),
/// so every save is one `pwrite` of the same 63 bytes at offset 0, in one disk sector.
fn cursor_record(c: Pos) -> String {
    format!("{:>20} {:>20} {:>20}\n", c.seq, c.off, c.lines)
}

/// Read a cursor file's text (at `path`): three unsigned numbers, separated by
/// whitespace. The record pads them to 20 columns; the release before this format
/// wrote them unpadded (`1 0 0`), which reads the same.
fn parse_cursor(path: &Path, text: &[u8]) -> Result<Pos> {
    let bad = || {
        anyhow::anyhow!(
            "{} is not a spool cursor (three numbers: segment, offset, lines): {:?}",
            path.display(),
            String::from_utf8_lossy(&text[..text.len().min(80)])
        )
    };
    let text = std::str::from_utf8(text).map_err(|_| bad())?;
    // Digits only: `parse` would take a sign too.
    let mut n = text
        .split_ascii_whitespace()
        .map(|t| t.bytes().all(|b| b.is_ascii_digit()).then(|| t.parse::<u64>().ok()).flatten());
    match (n.next(), n.next(), n.next(), n.next()) {
        (Some(Some(seq)), Some(Some(off)), Some(Some(lines)), None) => Ok(Pos { seq, off, lines }),
        _ => Err(bad()),
    }
}

/// Write the cursor's record at the start of the cursor file in `dir`, opening it first
/// if `file` is `None`. Every error names the file.
fn write_cursor(file: &mut Option<File>, dir: &Path, cursor: Pos) -> std::io::Result<()> {
    let opened = file.is_none();
    if opened {
        // Opened without truncating it: a kill before the write below must not leave an
        // empty cursor (the last run's is better than none).
        *file = Some(crate::util::file::open_regular_for_writing(&dir.join(CURSOR), 0o600)?);
    }
    let f = file.as_ref().expect("opened above");
    let record = cursor_record(cursor);
    // Cut once, after the first record is in: what an older version left (longer) must
    // not trail it, and every later record has the same length.
    f.write_all_at(record.as_bytes(), 0)
        .and_then(|()| if opened { f.set_len(record.len() as u64) } else { Ok(()) })
        .map_err(|e| std::io::Error::new(e.kind(), format!("cannot write {}: {e}", dir.join(CURSOR).display())))
}

/// Another process holds the spool: two would send half the points twice and skip
/// others, so the second refuses.
#[derive(Debug)]
pub(crate) struct Locked {
    pub(crate) dir: PathBuf,
    /// The holder, as it wrote itself in the lock file (`None`: unreadable).
    pub(crate) pid: Option<i32>,
}

impl std::fmt::Display for Locked {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let who = match self.pid {
            Some(pid) => {
                let comm = crate::util::file::read_text(Path::new(&format!("/proc/{pid}/comm")), 4096)
                    .map(|c| format!(", {}", c.trim()))
                    .unwrap_or_default();
                format!("pid {pid}{comm}")
            }
            None => "another process (its pid unreadable)".to_string(),
        };
        write!(
            f,
            "the spool {} is in use by {who}: another gatherer sends to the same destination with the same \
             --spool-dir, and two would send points twice and skip others",
            self.dir.display()
        )
    }
}

impl std::error::Error for Locked {}

/// This process's effective user: the only owner of a spool directory and its files.
fn me() -> u32 {
    rustix::process::geteuid().as_raw()
}

/// Refuse a file (open at `path`) that another user owns: a file planted in the spool
/// directory is neither sent as ours nor written to.
fn ours(file: &File, path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::MetadataExt;
    let uid = file.metadata()?.uid();
    if uid != me() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::PermissionDenied,
            format!("{} belongs to uid {uid}, not to this daemon (uid {}); refusing it", path.display(), me()),
        ));
    }
    Ok(())
}

/// Open a segment to read it: never through a symlink, never anything but a regular file
/// of ours.
fn open_segment(path: &Path) -> std::io::Result<File> {
    let (file, _) = crate::util::file::open_regular(path, crate::util::file::Links::Refuse)?;
    ours(&file, path)?;
    Ok(file)
}

/// Open `path` in the spool directory for writing (created if missing), as a regular
/// file of ours.
fn open_for_writing(path: &Path) -> std::io::Result<File> {
    let file = crate::util::file::open_regular_for_writing(path, 0o600)?;
    ours(&file, path)?;
    Ok(file)
}

/// Take the spool's lock in `dir`, and write our pid in it. A holder that is this very
/// process (an output being restarted) is waited for, a while.
fn take_lock(dir: &Path) -> Result<File> {
    let path = dir.join(LOCK);
    let until = Instant::now() + OWN_LOCK_WAIT;
    loop {
        let file = open_for_writing(&path).with_context(|| format!("cannot lock the spool {}", dir.display()))?;
        match rustix::fs::flock(&file, rustix::fs::FlockOperation::NonBlockingLockExclusive) {
            Ok(()) => {
                // Written over in place, with the same length: a reader never finds it empty.
                let pid = format!("{:>10}\n", std::process::id());
                file.write_all_at(pid.as_bytes(), 0)
                    .and_then(|()| file.set_len(pid.len() as u64))
                    .with_context(|| format!("cannot write {}", path.display()))?;
                return Ok(file);
            }
            Err(rustix::io::Errno::WOULDBLOCK) => {
                let mut text = Vec::new();
                let pid = crate::util::file::read_into(&path, crate::util::file::Links::Refuse, 64, &mut text)
                    .ok()
                    .and_then(|_| std::str::from_utf8(&text).ok()?.trim().parse::<i32>().ok());
                if pid == Some(std::process::id() as i32) && Instant::now() < until {
                    std::thread::sleep(Duration::from_millis(100));
                    continue;
                }
                return Err(Locked { dir: dir.to_path_buf(), pid }.into());
            }
            Err(e) => return Err(anyhow::anyhow!("cannot lock {}: {e}", path.display())),
        }
    }
}

/// A place in the spool: segment number, byte offset, and how many lines of that
/// segment lie before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Pos {
    pub(crate) seq: u64,
    pub(crate) off: u64,
    pub(crate) lines: u64,
}

enum Storage {
    Disk { path: PathBuf, file: Option<File> },
    Memory(Vec<u8>),
}

struct Segment {
    seq: u64,
    len: u64,
    lines: u64,
    storage: Storage,
}

/// A batch read from the spool: whole lines from the cursor.
#[derive(Debug)]
pub(crate) struct Batch {
    pub(crate) end: Pos,
    pub(crate) lines: u64,
    /// Bytes of a line too long to be one of ours (garbage), skipped: not in the batch's
    /// bytes, though counted in `lines`.
    pub(crate) skipped: u64,
}

pub(crate) struct Spool {
    /// `None`: in memory only.
    dir: Option<PathBuf>,
    max_bytes: u64,
    segment_max: u64,
    keep_sent: Duration,
    segments: VecDeque<Segment>,
    cursor: Pos,
    /// Where recently sent batches started, with when they were sent: where `rewind`
    /// goes back to.
    recent: VecDeque<(Instant, Pos)>,
    /// Unsent points dropped because the spool was full.
    pub(crate) dropped: u64,
    next_seq: u64,
    /// Since when appended points wait for an fsync (`None`: none do).
    dirty: Option<Instant>,
    /// The cursor file, open once saving it began; `None` again after a failed save, so
    /// the next one opens it anew.
    cursor_file: Option<File>,
    /// Why saving the cursor fails, as logged: said once, until a save works again.
    cursor_error: Option<String>,
    /// Why appending to the disk fails now (a full disk), and whether that was logged.
    append_error: Option<(String, bool)>,
    /// The last append failure logged, and when: at the spool's bound on a full disk,
    /// the spool's own removals free room for a moment, and appends come and go every
    /// few segments; the same reason is said again only after `SAY_AGAIN`.
    append_said: Option<(String, Instant)>,
    /// The spool's lock, held while the spool is open on disk.
    _lock: Option<File>,
}

fn segment_name(seq: u64) -> String {
    format!("{seq:016}{SEGMENT_SUFFIX}")
}

fn count_lines(bytes: &[u8]) -> u64 {
    bytes.iter().filter(|&&b| b == b'\n').count() as u64
}

impl Spool {
    /// Open (or create) the spool in `dir`, finding what an earlier run left. Falls back
    /// to memory when the directory cannot be used; the error says why.
    pub(crate) fn open(dir: Option<&Path>, max_bytes: u64, keep_sent: Duration) -> (Spool, Option<anyhow::Error>) {
        let segment_max = (max_bytes / 16).clamp(16 << 10, 4 << 20);
        let mut spool = Spool {
            dir: None,
            max_bytes,
            segment_max,
            keep_sent,
            segments: VecDeque::new(),
            cursor: Pos { seq: 1, off: 0, lines: 0 },
            recent: VecDeque::new(),
            dropped: 0,
            next_seq: 1,
            dirty: None,
            cursor_file: None,
            cursor_error: None,
            append_error: None,
            append_said: None,
            _lock: None,
        };
        let Some(dir) = dir else { return (spool, None) };
        match spool.load(dir) {
            Ok(()) => {
                spool.dir = Some(dir.to_path_buf());
                spool.recent_from_disk();
                (spool, None)
            }
            Err(e) => {
                spool._lock = None;
                spool.segments.clear();
                spool.cursor = Pos { seq: 1, off: 0, lines: 0 };
                spool.next_seq = 1;
                (spool, Some(e))
            }
        }
    }

    /// After a restart, the batches sent by the last run are not in `recent`: find, from
    /// the timestamps that end every line, where what was measured in the last
    /// `keep_sent` begins among the sent lines, so a lost connection sends those again
    /// too (the peer may have held them only in memory when the last run stopped).
    fn recent_from_disk(&mut self) {
        if self.keep_sent.is_zero() {
            return;
        }
        let cutoff = crate::util::timefmt::now_unix_ms().div_euclid(1000) - self.keep_sent.as_secs() as i64;
        let mut chunk = vec![0u8; 64 << 10];
        for seg in self.segments.iter().filter(|s| s.seq <= self.cursor.seq) {
            let Storage::Disk { path, .. } = &seg.storage else { continue };
            let Ok(mut f) = open_segment(path) else { continue };
            let (mut off, mut lines, mut line) = (0u64, 0u64, Vec::new());
            let limit = if seg.seq == self.cursor.seq { self.cursor.off } else { seg.len };
            while off < limit {
                let Ok(n) = f.read(&mut chunk) else { break };
                if n == 0 {
                    break;
                }
                for &b in &chunk[..n] {
                    if b != b'\n' {
                        line.push(b);
                        continue;
                    }
                    let ts =
                        std::str::from_utf8(&line).ok().and_then(|l| l.rsplit(' ').next()?.trim().parse::<i64>().ok());
                    if ts.is_some_and(|t| t >= cutoff) {
                        self.recent.push_back((Instant::now(), Pos { seq: seg.seq, off, lines }));
                        return;
                    }
                    off += line.len() as u64 + 1;
                    lines += 1;
                    line.clear();
                    if off >= limit {
                        break;
                    }
                }
            }
        }
    }

    /// Whether the spool is on disk.
    #[cfg(test)]
    fn on_disk(&self) -> bool {
        self.dir.is_some()
    }

    fn load(&mut self, dir: &Path) -> Result<()> {
        use std::os::unix::ffi::OsStrExt;
        use std::os::unix::fs::{DirBuilderExt, MetadataExt};
        // Not through a symlink another user planted on the way (a sticky /tmp on a host
        // without fs.protected_symlinks): the directories would be made where it points.
        crate::util::file::refuse_foreign_symlinks(dir, &[me()])
            .with_context(|| format!("cannot use spool directory {}", dir.display()))?;
        // Made for this user alone: nobody else may put a file in it.
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .with_context(|| format!("cannot create spool directory {}", dir.display()))?;
        let meta = std::fs::symlink_metadata(dir).with_context(|| format!("cannot stat {}", dir.display()))?;
        if !meta.is_dir() {
            anyhow::bail!("spool {} is not a directory", dir.display());
        }
        if meta.uid() != me() {
            anyhow::bail!(
                "spool directory {} belongs to uid {}, not to this daemon (uid {}); refusing it",
                dir.display(),
                meta.uid(),
                me()
            );
        }
        if meta.mode() & 0o022 != 0 {
            anyhow::bail!(
                "spool directory {} is writable by others (mode {:o}), who could plant or swap its files; \
                 refusing it (chmod go-w)",
                dir.display(),
                meta.mode() & 0o7777
            );
        }
        // A probe write: a read-only directory is found now, not at the first point.
        let probe = dir.join(".probe");
        // Refusing what may be planted there (a symlink to follow, a FIFO to wait on).
        crate::util::file::open_regular_for_writing(&probe, 0o600)
            .with_context(|| format!("cannot write in spool directory {}", dir.display()))?;
        let _ = std::fs::remove_file(&probe);
        self._lock = Some(take_lock(dir)?);
        // Segments by their canonical name only: `1.spool` beside `0000000000000001.spool`
        // names the same number, and two segments of one number were sent again and again.
        let mut seqs = Vec::new();
        let mut ignored = (0usize, String::new());
        for e in std::fs::read_dir(dir).with_context(|| format!("cannot read spool directory {}", dir.display()))? {
            let Ok(e) = e else { continue };
            let name = e.file_name();
            let Some(stem) = name.as_bytes().strip_suffix(SEGMENT_SUFFIX.as_bytes()) else { continue };
            match std::str::from_utf8(stem).ok().and_then(|t| t.parse::<u64>().ok()) {
                Some(seq) if segment_name(seq).as_bytes() == name.as_bytes() => seqs.push(seq),
                _ => {
                    if ignored.0 == 0 {
                        ignored.1 = name.to_string_lossy().into_owned();
                    }
                    ignored.0 += 1;
                }
            }
        }
        if ignored.0 > 0 {
            log::warn!(
                "spool {}: {} files ignored ({:?} the first): a segment is named by 16 digits, as {}",
                dir.display(),
                ignored.0,
                ignored.1,
                segment_name(1)
            );
        }
        seqs.sort_unstable();
        // A new segment never takes the name of a file found here, kept or not.
        self.next_seq = seqs.last().map_or(1, |s| s + 1);
        let mut found = Vec::new();
        let mut refused = (0usize, String::new());
        for &seq in &seqs {
            let path = dir.join(segment_name(seq));
            match open_segment(&path).and_then(|f| Ok((f.metadata()?.len(), f))) {
                Ok((size, file)) => found.push((seq, path, file, size)),
                Err(e) => {
                    if refused.0 == 0 {
                        refused.1 = e.to_string();
                    }
                    refused.0 += 1;
                }
            }
        }
        if refused.0 > 0 {
            log::warn!("spool {}: {} segments not used ({} the first)", dir.display(), refused.0, refused.1);
        }
        // What the spool may hold, newest first: what is beyond the bound is removed
        // unread, so a planted file of gigabytes (a sparse one costs no disk) delays
        // nothing. The segments this run counts hold at most `max_bytes`.
        let mut total = 0u64;
        let keep_from = found
            .iter()
            .rposition(|(.., size)| {
                total = total.saturating_add(*size);
                total > self.max_bytes
            })
            .map_or(0, |i| i + 1);
        if keep_from > 0 {
            let gone = &found[..keep_from];
            let bytes: u64 = gone.iter().map(|(.., size)| size).fold(0, |a, b| a.saturating_add(*b));
            let (_, largest, _, size) = gone.iter().max_by_key(|(.., size)| *size).expect("not empty");
            log::warn!(
                "spool {}: {} segments left by an earlier run ({bytes} bytes, the largest {} of {size} bytes) are \
                 beyond its bound of {} bytes (--spool-max-bytes, shared by the destinations): removed unread, \
                 oldest first",
                dir.display(),
                gone.len(),
                largest.display(),
                self.max_bytes
            );
            for (_, path, ..) in gone {
                let _ = std::fs::remove_file(path);
            }
        }
        let found = found.split_off(keep_from);
        // Where the last run got to; anything unreadable means from the start (points
        // sent twice are harmless: the same timestamp overwrites the same value).
        let mut text = Vec::new();
        let cursor_path = dir.join(CURSOR);
        let saved = match crate::util::file::read_into(&cursor_path, crate::util::file::Links::Refuse, 256, &mut text) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => {
                log::warn!(
                    "cannot read the spool cursor {}: {e}; sending from the oldest point kept",
                    cursor_path.display()
                );
                None
            }
            Ok(st) if st.st_uid != me() => {
                log::warn!(
                    "the spool cursor {} belongs to uid {}, not to this daemon; sending from the oldest point kept",
                    cursor_path.display(),
                    st.st_uid
                );
                None
            }
            Ok(_) => parse_cursor(&cursor_path, &text)
                .map_err(|e| log::warn!("{e:#}; sending from the oldest point kept"))
                .ok(),
        };
        // Each segment is counted through one small buffer: a spool left by the last run
        // must not stay in this run's heap.
        let mut chunk = vec![0u8; 64 << 10];
        let mut cursor = None;
        for (seq, path, file, size) in found {
            // The cursor's segment: where the line the cursor is in starts, and how many
            // lines are before it (the cursor's own count is not trusted).
            let mark = saved.filter(|c| c.seq == seq).map(|c| c.off);
            let mut at = (0u64, 0u64);
            let (mut len, mut lines, mut whole) = (0u64, 0u64, 0u64);
            let mut reader = (&file).take(size);
            loop {
                let n = reader.read(&mut chunk).with_context(|| format!("cannot read {}", path.display()))?;
                if n == 0 {
                    break;
                }
                for (i, b) in chunk[..n].iter().enumerate() {
                    if *b == b'\n' {
                        lines += 1;
                        whole = len + i as u64 + 1;
                        if mark.is_some_and(|m| whole <= m) {
                            at = (whole, lines);
                        }
                    }
                }
                len += n as u64;
            }
            drop(file);
            if whole == 0 {
                if len > 0 {
                    log::warn!(
                        "spool {}: removing {}: no whole line in its {len} bytes",
                        dir.display(),
                        path.display()
                    );
                }
                let _ = std::fs::remove_file(&path);
                continue;
            }
            // A line cut short by a kill in the middle of a write is not a point.
            if whole < len {
                open_for_writing(&path).and_then(|f| f.set_len(whole)).ok();
            }
            if let Some(m) = mark.filter(|&m| m <= whole) {
                if at.0 != m {
                    log::warn!(
                        "the spool cursor {} points into a line of {} (offset {m}): sending from the start of that \
                         line (offset {})",
                        cursor_path.display(),
                        path.display(),
                        at.0
                    );
                }
                cursor = Some(Pos { seq, off: at.0, lines: at.1 });
            }
            self.segments.push_back(Segment { seq, len: whole, lines, storage: Storage::Disk { path, file: None } });
        }
        // A position in no segment kept is not said: the bound may have dropped it.
        self.cursor =
            cursor.unwrap_or(Pos { seq: self.segments.front().map_or(self.next_seq, |s| s.seq), off: 0, lines: 0 });
        Ok(())
    }

    /// Bytes waiting to be sent.
    pub(crate) fn pending_bytes(&self) -> u64 {
        self.segments.iter().filter(|s| s.seq >= self.cursor.seq).map(|s| s.len).sum::<u64>()
            - self.cursor_off_in_segments()
    }

    fn cursor_off_in_segments(&self) -> u64 {
        if self.segments.iter().any(|s| s.seq == self.cursor.seq) {
            self.cursor.off
        } else {
            0
        }
    }

    /// Points waiting to be sent.
    pub(crate) fn pending_points(&self) -> u64 {
        let lines: u64 = self.segments.iter().filter(|s| s.seq >= self.cursor.seq).map(|s| s.lines).sum();
        let before = if self.segments.iter().any(|s| s.seq == self.cursor.seq) { self.cursor.lines } else { 0 };
        lines - before
    }

    /// Every byte held, sent or not.
    pub(crate) fn total_bytes(&self) -> u64 {
        self.segments.iter().map(|s| s.len).sum()
    }

    /// Append whole lines (`data` ends with a newline).
    pub(crate) fn append(&mut self, data: &[u8]) {
        if data.is_empty() {
            return;
        }
        let lines = count_lines(data);
        let need_new = self.segments.back().map_or(true, |s| s.len + data.len() as u64 > self.segment_max && s.len > 0);
        if need_new {
            self.new_segment();
        }
        let seg = self.segments.back_mut().expect("made above");
        // Why the disk refused, said without the segment's name: the same reason (a full
        // disk) then reads the same at every segment, and is logged once.
        let written = match &mut seg.storage {
            Storage::Memory(buf) => {
                buf.extend_from_slice(data);
                Ok(())
            }
            Storage::Disk { path, file } => {
                let opened = match file {
                    Some(f) => Ok(&*f),
                    // As the cursor: never a symlink, a FIFO, a device or another user's
                    // file put at its name. Appended to from its end (this spool is its
                    // only writer).
                    None => open_for_writing(path)
                        .and_then(|mut f| f.seek(SeekFrom::End(0)).map(|_| f))
                        .map(|f| &*file.insert(f)),
                };
                opened
                    .and_then(|mut f| {
                        f.write_all(data).map_err(|e| {
                            // What part of it went in must not stay: after a restart it would be
                            // sent as well as the memory copy.
                            let _ = f.set_len(seg.len);
                            let _ = f.seek(SeekFrom::End(0));
                            e
                        })
                    })
                    .map_err(|e| match e.raw_os_error() {
                        Some(code) => std::io::Error::from_raw_os_error(code).to_string(),
                        None => e.to_string(),
                    })
            }
        };
        match written {
            Ok(()) => {
                seg.len += data.len() as u64;
                seg.lines += lines;
                // Only a file has anything to fsync: a memory segment (no directory, or
                // the disk refused) must not wake the appending thread to sync nothing.
                if matches!(seg.storage, Storage::Disk { .. }) {
                    self.touch();
                    if let Some((_, true)) = self.append_error.take() {
                        log::info!("appending to the spool in {} works again", self.where_());
                    }
                }
            }
            Err(e) => {
                // The disk refuses (full, gone): keep these points in memory rather than
                // lose them, in a new memory segment. Later appends go into it too until
                // it is full; the segment after it is tried on disk again. An empty
                // segment file is not left behind.
                if seg.len == 0 {
                    let empty = self.segments.pop_back().expect("made above");
                    if let Storage::Disk { path, file: Some(_) } = &empty.storage {
                        let _ = std::fs::remove_file(path);
                    }
                }
                if self.append_error.as_ref().map(|(r, _)| r) != Some(&e) {
                    let said = self.append_said.as_ref().is_some_and(|(r, at)| *r == e && at.elapsed() < SAY_AGAIN);
                    if !said {
                        log::error!(
                            "cannot append to the spool in {}: {e}; keeping points in memory (said once, until it \
                             works again)",
                            self.where_()
                        );
                        self.append_said = Some((e.clone(), Instant::now()));
                    }
                    self.append_error = Some((e, !said));
                }
                let seq = self.next_seq;
                self.next_seq += 1;
                self.segments.push_back(Segment {
                    seq,
                    len: data.len() as u64,
                    lines,
                    storage: Storage::Memory(data.to_vec()),
                });
                if self.segments.len() == 1 && self.cursor.seq < seq {
                    self.cursor = Pos { seq, off: 0, lines: 0 };
                }
                self.enforce_bound();
                return;
            }
        }
        self.enforce_bound();
    }

    /// The spool's directory, for messages.
    fn where_(&self) -> String {
        self.dir.as_ref().map_or_else(|| "memory".to_string(), |d| d.display().to_string())
    }

    fn new_segment(&mut self) {
        if let Some(Segment { storage: Storage::Disk { file, .. }, .. }) = self.segments.back_mut() {
            if let Some(f) = file.take() {
                let _ = f.sync_data();
            }
        }
        let seq = self.next_seq;
        self.next_seq += 1;
        let storage = match &self.dir {
            Some(d) => Storage::Disk { path: d.join(segment_name(seq)), file: None },
            None => Storage::Memory(Vec::new()),
        };
        self.segments.push_back(Segment { seq, len: 0, lines: 0, storage });
        if self.segments.len() == 1 && self.cursor.seq < seq {
            self.cursor = Pos { seq, off: 0, lines: 0 };
        }
    }

    /// Drop the oldest segments while over the bound (never the one being written).
    fn enforce_bound(&mut self) {
        while self.total_bytes() > self.max_bytes && self.segments.len() > 1 {
            let old = self.segments.pop_front().expect("more than one");
            if old.seq >= self.cursor.seq {
                let sent = if old.seq == self.cursor.seq { self.cursor.lines } else { 0 };
                self.dropped += old.lines - sent;
                let next = self.segments.front().expect("more than one").seq;
                self.cursor = Pos { seq: next, off: 0, lines: 0 };
            }
            self.remove_storage(old);
        }
        let first = self.segments.front().map_or(self.next_seq, |s| s.seq);
        self.recent.retain(|(_, p)| p.seq >= first);
    }

    fn remove_storage(&self, seg: Segment) {
        if let Storage::Disk { path, .. } = seg.storage {
            if let Err(e) = std::fs::remove_file(&path) {
                if e.kind() != std::io::ErrorKind::NotFound {
                    log::warn!("cannot remove spool segment {}: {e}", path.display());
                }
            }
        }
    }

    /// Up to `max` bytes of whole lines from the cursor, into `buf`. A line longer than
    /// `max` (none of ours is as long as a batch) is skipped: the batch says how many
    /// bytes, and has no bytes of it.
    pub(crate) fn read(&mut self, max: usize, buf: &mut Vec<u8>) -> Result<Option<Batch>> {
        buf.clear();
        // Move past finished segments.
        loop {
            let Some(idx) = self.segments.iter().position(|s| s.seq >= self.cursor.seq) else { return Ok(None) };
            let seg = &self.segments[idx];
            if seg.seq > self.cursor.seq {
                self.cursor = Pos { seq: seg.seq, off: 0, lines: 0 };
            }
            if self.cursor.off < seg.len {
                break;
            }
            if idx + 1 == self.segments.len() {
                return Ok(None); // all sent
            }
            self.cursor = Pos { seq: self.segments[idx + 1].seq, off: 0, lines: 0 };
        }
        let seg = self.segments.iter().find(|s| s.seq == self.cursor.seq).expect("found above");
        let want = ((seg.len - self.cursor.off) as usize).min(max.max(1));
        match &seg.storage {
            Storage::Memory(data) => {
                let from = self.cursor.off as usize;
                buf.extend_from_slice(&data[from..from + want]);
            }
            Storage::Disk { path, .. } => {
                let f = open_segment(path).with_context(|| format!("cannot read spool segment {}", path.display()))?;
                buf.resize(want, 0);
                f.read_exact_at(buf, self.cursor.off)
                    .with_context(|| format!("cannot read spool segment {}", path.display()))?;
            }
        }
        // Whole lines only.
        if let Some(i) = buf.iter().rposition(|&b| b == b'\n') {
            buf.truncate(i + 1);
            let lines = count_lines(buf);
            let end =
                Pos { seq: self.cursor.seq, off: self.cursor.off + buf.len() as u64, lines: self.cursor.lines + lines };
            return Ok(Some(Batch { end, lines, skipped: 0 }));
        }
        // No line of ours is longer than a batch: this is garbage (a planted or damaged
        // segment). Skipped to the end of the line, without holding it.
        buf.clear();
        let skipped = self.line_end(seg, self.cursor.off + want as u64)? - self.cursor.off;
        let end = Pos { seq: self.cursor.seq, off: self.cursor.off + skipped, lines: self.cursor.lines + 1 };
        Ok(Some(Batch { end, lines: 1, skipped }))
    }

    /// Where the line that goes on at `from` ends (after its newline; the segment's end if
    /// none follows).
    fn line_end(&self, seg: &Segment, from: u64) -> Result<u64> {
        match &seg.storage {
            Storage::Memory(data) => {
                let rest = &data[from as usize..];
                Ok(from + rest.iter().position(|&b| b == b'\n').map_or(rest.len(), |i| i + 1) as u64)
            }
            Storage::Disk { path, .. } => {
                let mut f = open_segment(path)?;
                f.seek(SeekFrom::Start(from))?;
                let mut chunk = vec![0u8; 64 << 10];
                let mut at = from;
                while at < seg.len {
                    let n = f.read(&mut chunk)?;
                    if n == 0 {
                        break;
                    }
                    if let Some(i) = chunk[..n].iter().position(|&b| b == b'\n') {
                        return Ok(at + i as u64 + 1);
                    }
                    at += n as u64;
                }
                Ok(seg.len.min(at))
            }
        }
    }

    /// The destination has everything up to `end` (the batch from the cursor to `end`
    /// was just sent).
    pub(crate) fn commit(&mut self, end: Pos) {
        if self.keep_sent > Duration::ZERO {
            self.recent.push_back((Instant::now(), self.cursor));
        }
        self.cursor = end;
        self.save_cursor();
        self.forget_sent();
    }

    /// Forget segments sent completely and older than `keep_sent`.
    fn forget_sent(&mut self) {
        let now = Instant::now();
        while let Some((at, _)) = self.recent.front() {
            if now.duration_since(*at) > self.keep_sent {
                self.recent.pop_front();
            } else {
                break;
            }
        }
        // Needed: from the oldest position a rewind could go to.
        let keep_from = self.recent.front().map_or(self.cursor.seq, |(_, p)| p.seq.min(self.cursor.seq));
        while self.segments.len() > 1 && self.segments.front().is_some_and(|s| s.seq < keep_from) {
            let old = self.segments.pop_front().expect("checked");
            self.remove_storage(old);
        }
    }

    /// After a lost connection: go back to what was sent in the last `keep_sent`, so it is
    /// sent again. Returns how many points will be sent again.
    pub(crate) fn rewind(&mut self) -> u64 {
        let now = Instant::now();
        let Some(&(_, to)) = self.recent.iter().find(|(at, _)| now.duration_since(*at) <= self.keep_sent) else {
            return 0;
        };
        if to >= self.cursor || !self.segments.iter().any(|s| s.seq == to.seq) {
            return 0;
        }
        let before = self.pending_points();
        self.cursor = to;
        // At once: a kill right after must not leave a cursor that says these points
        // were delivered.
        self.save_cursor();
        self.pending_points() - before
    }

    /// Mark appended points as waiting for an fsync.
    fn touch(&mut self) {
        self.dirty.get_or_insert_with(Instant::now);
    }

    /// How long until `sync` has something to do: `None` when there is nothing to fsync.
    pub(crate) fn sync_due(&self) -> Option<Duration> {
        self.dirty.map(|d| SYNC_EVERY.saturating_sub(d.elapsed()))
    }

    /// Rewrite the cursor file in place: a kill then sends nothing twice but the batch in
    /// flight. Not fsynced here: a power cut may take it back, or leave it unreadable,
    /// and the kept points are then sent again (the same timestamps and values: harmless).
    /// Replacing it by rename cost a file creation and an fsync per save. A failed save
    /// closes the file, and the next commit or rewind tries again.
    fn save_cursor(&mut self) {
        let Some(dir) = &self.dir else { return };
        match write_cursor(&mut self.cursor_file, dir, self.cursor) {
            Ok(()) => {
                if self.cursor_error.take().is_some() {
                    log::info!("saving the spool cursor in {} works again", dir.display());
                }
            }
            Err(e) => {
                self.cursor_file = None;
                let e = format!("cannot save the spool cursor: {e}; after a restart, points still kept are sent again");
                // A commit every round would repeat it: said again only when it changes.
                if self.cursor_error.as_ref() != Some(&e) {
                    log::error!("{e}");
                }
                self.cursor_error = Some(e);
            }
        }
    }

    /// Fsync the appended points if it is time (or `force`: at stop, also the cursor).
    pub(crate) fn sync(&mut self, force: bool) {
        if force {
            self.save_cursor();
            if let Some(f) = &self.cursor_file {
                let _ = f.sync_data();
            }
        }
        match self.sync_due() {
            None => return,
            Some(left) if !force && !left.is_zero() => return,
            Some(_) => {}
        }
        self.dirty = None;
        if let Some(Segment { storage: Storage::Disk { file: Some(f), .. }, .. }) = self.segments.back() {
            let _ = f.sync_data();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs::OpenOptions;
    use std::os::unix::fs::OpenOptionsExt;

    fn drain(s: &mut Spool) -> Vec<u8> {
        let mut out = Vec::new();
        let mut buf = Vec::new();
        while let Some(b) = s.read(4096, &mut buf).unwrap() {
            out.extend_from_slice(&buf);
            s.commit(b.end);
        }
        out
    }

    #[test]
    fn lines_come_out_in_order_and_survive_a_reopen() {
        let dir = tempfile::tempdir().unwrap();
        let (mut s, err) = Spool::open(Some(dir.path()), 1 << 20, Duration::from_secs(60));
        assert!(err.is_none() && s.on_disk());
        s.append(b"a 1 1\nb 2 2\n");
        s.append(b"c 3 3\n");
        let mut buf = Vec::new();
        let b = s.read(8, &mut buf).unwrap().unwrap();
        assert_eq!((buf.as_slice(), b.lines), (&b"a 1 1\n"[..], 1), "whole lines only");
        s.commit(b.end);
        s.sync(true);
        drop(s);
        // A kill in the middle of a write leaves half a line: it is not a point.
        let seg = dir.path().join(segment_name(1));
        let mut f = OpenOptions::new().append(true).open(&seg).unwrap();
        f.write_all(b"d 4").unwrap();
        let (mut s, _) = Spool::open(Some(dir.path()), 1 << 20, Duration::from_secs(60));
        assert_eq!(s.pending_points(), 2);
        assert_eq!(drain(&mut s), b"b 2 2\nc 3 3\n", "from where the last run got to");
    }

    /// A kill (no sync, no stop) sends nothing twice but what was in flight: the cursor
    /// is on disk after every commit, as exactly one record, whatever longer text was
    /// there before. A planted directory does not stop the sending.
    #[test]
    fn the_cursor_is_saved_at_every_commit_without_a_sync() {
        let dir = tempfile::tempdir().unwrap();
        let cursor = dir.path().join(CURSOR);
        std::fs::write(&cursor, format!("{}\n", "what an older version left, longer than a record ".repeat(3)))
            .unwrap();
        let (mut s, _) = Spool::open(Some(dir.path()), 1 << 20, Duration::from_secs(60));
        s.append(b"a 1 1\nb 2 2\nc 3 3\n");
        let mut buf = Vec::new();
        let b = s.read(12, &mut buf).unwrap().unwrap();
        s.commit(b.end);
        let saved = std::fs::read_to_string(&cursor).unwrap();
        assert_eq!(saved, cursor_record(b.end), "exactly one record, nothing of the old text after it");
        // As a kill -9 leaves it: a spool has no `Drop` of its own, so this writes nothing,
        // and it lets go of the lock as the kernel does for a killed process.
        drop(s);
        let (mut s, _) = Spool::open(Some(dir.path()), 1 << 20, Duration::from_secs(60));
        assert_eq!(drain(&mut s), b"c 3 3\n", "only what was not sent");

        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join(CURSOR)).unwrap();
        let (mut s, _) = Spool::open(Some(dir.path()), 1 << 20, Duration::from_secs(60));
        s.append(b"a\n");
        assert_eq!(drain(&mut s), b"a\n", "sending goes on without a cursor file");
        s.sync(true);
    }

    /// A cursor is three unsigned numbers, padded (this release's record) or not (the
    /// release before wrote `1 0 0`); anything else is refused, naming the file.
    #[test]
    fn the_cursor_is_three_numbers_and_nothing_else() {
        let path = Path::new("/spool/cursor");
        let pos = |seq, off, lines| Pos { seq, off, lines };
        assert_eq!(parse_cursor(path, cursor_record(pos(7, 12, 2)).as_bytes()).unwrap(), pos(7, 12, 2));
        assert_eq!(parse_cursor(path, b"7 12 2\n").unwrap(), pos(7, 12, 2), "the release before's format");
        let max = format!("{0} {0} {0}\n", u64::MAX);
        assert_eq!(parse_cursor(path, max.as_bytes()).unwrap(), pos(u64::MAX, u64::MAX, u64::MAX));
        for bad in [
            &b"1 0 0 and what an older version left after\n"[..],
            b"1 0\n",
            b"1 0 0 0\n",
            b"1 x 0\n",
            b"-1 0 0\n",
            b"+1 0 0\n",
            b"1 0 18446744073709551616\n",
            b"",
            b"1 0 \xff\n",
        ] {
            let e = parse_cursor(path, bad).unwrap_err().to_string();
            assert!(e.contains("/spool/cursor"), "{:?}: {e}", String::from_utf8_lossy(bad));
        }

        // A spool the release before left: its cursor is read, not sent again.
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(segment_name(3)), b"a 1 1\nb 2 2\nc 3 3\n").unwrap();
        std::fs::write(dir.path().join(CURSOR), b"3 6 1\n").unwrap();
        let (mut s, _) = Spool::open(Some(dir.path()), 1 << 20, Duration::from_secs(60));
        assert_eq!(drain(&mut s), b"b 2 2\nc 3 3\n");
        drop(s);
        // Three numbers after other words are no cursor: everything goes again.
        std::fs::write(dir.path().join(CURSOR), b"3 6 1 seq off lines\n").unwrap();
        let (mut s, _) = Spool::open(Some(dir.path()), 1 << 20, Duration::from_secs(60));
        assert_eq!(drain(&mut s), b"a 1 1\nb 2 2\nc 3 3\n");
    }

    /// What may be planted in the spool directory is refused, not followed or waited on:
    /// a symlink at the probe's name (its target is left as it was), a FIFO at the name
    /// of the next segment (its points go to memory).
    #[test]
    fn planted_files_at_the_probe_and_a_segment_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        std::fs::write(&victim, b"keep me").unwrap();
        let spool_dir = dir.path().join("spool");
        std::fs::create_dir(&spool_dir).unwrap();
        std::os::unix::fs::symlink(&victim, spool_dir.join(".probe")).unwrap();
        let (_, err) = Spool::open(Some(&spool_dir), 1 << 20, Duration::from_secs(60));
        assert!(err.is_some_and(|e| format!("{e:#}").contains("symlink")), "the probe's symlink refused");
        assert_eq!(std::fs::read(&victim).unwrap(), b"keep me");

        let dir = tempfile::tempdir().unwrap();
        crate::util::file::mkfifo(&dir.path().join(segment_name(1)));
        let spool_dir = dir.path().to_path_buf();
        let (tx, rx) = std::sync::mpsc::channel();
        // In a thread: an open that waited for a reader would never return.
        std::thread::spawn(move || {
            let (mut s, _) = Spool::open(Some(&spool_dir), 1 << 20, Duration::from_secs(60));
            s.append(b"a\n");
            tx.send(drain(&mut s)).unwrap();
        });
        let sent = rx.recv_timeout(Duration::from_secs(10)).expect("the spool hung on the FIFO (or panicked)");
        assert_eq!(sent, b"a\n");
    }

    /// A FIFO planted at the cursor's path: no save waits for a reader, none writes into
    /// it, and the error names the path; sending goes on.
    #[test]
    fn a_fifo_at_the_cursor_path_is_refused_without_waiting() {
        let dir = tempfile::tempdir().unwrap();
        let cursor = dir.path().join(CURSOR);
        crate::util::file::mkfifo(&cursor);
        let spool_dir = dir.path().to_path_buf();
        let (tx, rx) = std::sync::mpsc::channel();
        // In a thread: an open that waited for a reader would never return.
        std::thread::spawn(move || {
            let (mut s, _) = Spool::open(Some(&spool_dir), 1 << 20, Duration::from_secs(60));
            s.append(b"a\n");
            let sent = drain(&mut s);
            let no_reader = s.cursor_error.clone();
            // With a reader, the open would succeed: the check of what was opened refuses it.
            let reader = std::fs::OpenOptions::new()
                .read(true)
                .custom_flags(libc::O_NONBLOCK)
                .open(spool_dir.join(CURSOR))
                .unwrap();
            s.append(b"b\n");
            let sent_too = drain(&mut s);
            let mut left = [0u8; 64];
            let written = nix::unistd::read(&reader, &mut left).unwrap_or(0);
            s.sync(true);
            tx.send((sent, sent_too, no_reader, s.cursor_error.clone(), written)).unwrap();
        });
        let (sent, sent_too, no_reader, with_reader, written) =
            rx.recv_timeout(Duration::from_secs(10)).expect("the spool hung on the FIFO (or panicked)");
        assert_eq!((sent.as_slice(), sent_too.as_slice()), (&b"a\n"[..], &b"b\n"[..]));
        for e in [no_reader, with_reader] {
            let e = e.expect("the failed save is reported");
            assert!(e.contains(&cursor.display().to_string()) && e.contains("FIFO"), "{e}");
        }
        assert_eq!(written, 0, "nothing written into the FIFO");
    }

    /// A save that fails (a directory planted at the cursor's path) is tried again at the
    /// next commit, and the cursor is saved once the path is free.
    #[test]
    fn a_failed_cursor_save_is_tried_again() {
        let dir = tempfile::tempdir().unwrap();
        let cursor = dir.path().join(CURSOR);
        std::fs::create_dir(&cursor).unwrap();
        let (mut s, _) = Spool::open(Some(dir.path()), 1 << 20, Duration::from_secs(60));
        s.append(b"a 1 1\nb 2 2\n");
        let mut buf = Vec::new();
        let b = s.read(6, &mut buf).unwrap().unwrap();
        s.commit(b.end);
        let e = s.cursor_error.clone().expect("the failed save is reported");
        assert!(e.contains(&cursor.display().to_string()) && e.contains("a directory"), "{e}");
        std::fs::remove_dir(&cursor).unwrap();
        let b = s.read(6, &mut buf).unwrap().unwrap();
        s.commit(b.end);
        assert_eq!(std::fs::read_to_string(&cursor).unwrap(), cursor_record(b.end), "saved at the next commit");
        assert_eq!(s.cursor_error, None, "working again");
    }

    /// Points held in memory (no directory, or the disk refused them) have nothing to
    /// fsync: no sync is scheduled for them.
    #[test]
    fn memory_points_schedule_no_sync() {
        let (mut s, _) = Spool::open(None, 1 << 20, Duration::from_secs(60));
        s.append(b"a\n");
        assert_eq!(s.sync_due(), None, "in memory only");
        let dir = tempfile::tempdir().unwrap();
        let (mut s, _) = Spool::open(Some(dir.path()), 1 << 20, Duration::from_secs(60));
        s.append(b"a\n");
        assert!(s.sync_due().is_some(), "on disk");
        s.sync(true);
        assert_eq!(s.sync_due(), None);
        // The disk refuses the first segment (a directory where its file goes): its
        // points, and the next ones, go to one memory segment, with nothing to fsync.
        let dir = tempfile::tempdir().unwrap();
        let (mut s, _) = Spool::open(Some(dir.path()), 1 << 20, Duration::from_secs(60));
        std::fs::create_dir(dir.path().join(segment_name(1))).unwrap();
        s.append(b"a\n");
        s.append(b"b\n");
        assert!(matches!(&s.segments.back().unwrap().storage, Storage::Memory(m) if m == b"a\nb\n"));
        assert_eq!(s.sync_due(), None, "the disk refused them: in memory");
        assert_eq!(drain(&mut s), b"a\nb\n");
    }

    #[test]
    fn a_full_spool_drops_the_oldest_and_counts_them() {
        let (mut s, _) = Spool::open(None, 64 << 10, Duration::from_secs(60));
        let line = format!("{}\n", "x".repeat(99));
        for _ in 0..2000 {
            s.append(line.as_bytes());
        }
        assert!(s.total_bytes() <= 64 << 10, "bounded: {}", s.total_bytes());
        assert_eq!(s.dropped + s.pending_points(), 2000, "every point is either waiting or counted as dropped");
        assert!(s.dropped > 0);
    }

    #[test]
    fn rewind_sends_the_recent_points_again() {
        let (mut s, _) = Spool::open(None, 1 << 20, Duration::from_secs(60));
        s.append(b"a\n");
        s.append(b"b\n");
        assert_eq!(drain(&mut s), b"a\nb\n");
        assert_eq!(s.pending_points(), 0);
        assert_eq!(s.rewind(), 2);
        assert_eq!(drain(&mut s), b"a\nb\n");
        let (mut s, _) = Spool::open(None, 1 << 20, Duration::ZERO);
        s.append(b"a\n");
        drain(&mut s);
        std::thread::sleep(Duration::from_millis(5));
        assert_eq!(s.rewind(), 0, "nothing kept past keep_sent");
    }

    #[test]
    fn an_unusable_directory_falls_back_to_memory() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("f");
        std::fs::write(&file, "").unwrap();
        let (mut s, err) = Spool::open(Some(&file.join("x")), 1 << 20, Duration::from_secs(1));
        assert!(!s.on_disk() && err.is_some());
        s.append(b"a\n");
        assert_eq!(drain(&mut s), b"a\n");
    }

    #[test]
    fn after_a_restart_what_was_sent_in_the_window_can_still_go_again() {
        let dir = tempfile::tempdir().unwrap();
        let now = crate::util::timefmt::now_unix_ms().div_euclid(1000);
        let (mut s, _) = Spool::open(Some(dir.path()), 1 << 20, Duration::from_secs(60));
        s.append(format!("old 1 {}\nnew 2 {}\nnewer 3 {}\n", now - 600, now - 30, now - 1).as_bytes());
        drain(&mut s);
        s.sync(true);
        drop(s);
        let (mut s, _) = Spool::open(Some(dir.path()), 1 << 20, Duration::from_secs(60));
        assert_eq!(s.pending_points(), 0, "all sent by the last run");
        assert_eq!(s.rewind(), 2, "the two measured within the window go again, not the old one");
        let again = String::from_utf8(drain(&mut s)).unwrap();
        assert!(again.starts_with("new 2 ") && again.contains("newer 3 ") && !again.contains("old"), "{again}");
    }

    /// Only the canonical name is a segment: `1.spool` or a longer zero-padded name
    /// beside `0000000000000001.spool` names the same number, and must neither be sent
    /// again and again nor hold back the points that come after.
    #[test]
    fn only_canonical_names_are_segments() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(segment_name(1)), b"a 1 1\nb 2 2\n").unwrap();
        for other in ["1.spool", "00000000000000001.spool", "+1.spool", "01.spool"] {
            std::fs::write(dir.path().join(other), b"planted 9 9\n").unwrap();
        }
        let (mut s, err) = Spool::open(Some(dir.path()), 1 << 20, Duration::from_secs(60));
        assert!(err.is_none(), "{err:?}");
        s.append(b"c 3 3\n");
        let mut out = Vec::new();
        let mut buf = Vec::new();
        for _ in 0..100 {
            let Some(b) = s.read(6, &mut buf).unwrap() else { break };
            out.extend_from_slice(&buf);
            s.commit(b.end);
        }
        assert_eq!(String::from_utf8_lossy(&out), "a 1 1\nb 2 2\nc 3 3\n", "each point once, the new one too");
        assert!(dir.path().join("1.spool").exists(), "what is not ours by name is left alone");
    }

    /// A segment another user owns (planted in a spool directory under a world-writable
    /// parent) is neither sent as ours nor appended to; a spool directory another user
    /// owns is refused.
    #[test]
    fn segments_and_directories_of_another_user_are_refused() {
        if !rustix::process::geteuid().is_root() {
            eprintln!("SKIPPED: root is needed to give a file to another user");
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let planted = dir.path().join(segment_name(1));
        std::fs::write(&planted, b"planted 1 1\n").unwrap();
        std::os::unix::fs::chown(&planted, Some(65534), Some(65534)).unwrap();
        let (mut s, err) = Spool::open(Some(dir.path()), 1 << 20, Duration::from_secs(60));
        assert!(err.is_none() && s.on_disk(), "{err:?}");
        s.append(b"mine 2 2\n");
        assert_eq!(drain(&mut s), b"mine 2 2\n", "the planted point is not sent");
        assert_eq!(std::fs::read(&planted).unwrap(), b"planted 1 1\n", "nothing appended to the other user's file");
        s.sync(true);
        drop(s);

        let foreign = tempfile::tempdir().unwrap();
        std::os::unix::fs::chown(foreign.path(), Some(65534), Some(65534)).unwrap();
        let (s, err) = Spool::open(Some(foreign.path()), 1 << 20, Duration::from_secs(60));
        let e = format!("{:#}", err.expect("refused"));
        assert!(!s.on_disk() && e.contains("uid 65534") && e.contains(&foreign.path().display().to_string()), "{e}");
        // Writable by others: anyone could plant or swap files there.
        let open = tempfile::tempdir().unwrap();
        std::fs::set_permissions(open.path(), std::os::unix::fs::PermissionsExt::from_mode(0o777)).unwrap();
        let (s, err) = Spool::open(Some(open.path()), 1 << 20, Duration::from_secs(60));
        let e = format!("{:#}", err.expect("refused"));
        assert!(!s.on_disk() && e.contains("writable by"), "{e}");
    }

    /// A planted large sparse segment is not read at start: the work is bounded by what
    /// the spool may hold, and what is beyond it is removed (and logged).
    #[test]
    fn a_huge_sparse_segment_is_dropped_without_reading_it() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(segment_name(1)), b"old 1 1\n").unwrap();
        let huge = dir.path().join(segment_name(2));
        File::create(&huge).unwrap().set_len(8 << 30).unwrap();
        std::fs::write(dir.path().join(segment_name(3)), b"new 3 3\n").unwrap();
        let started = Instant::now();
        let (mut s, err) = Spool::open(Some(dir.path()), 1 << 20, Duration::from_secs(60));
        assert!(started.elapsed() < Duration::from_secs(2), "open took {:?}", started.elapsed());
        assert!(err.is_none(), "{err:?}");
        assert!(!huge.exists(), "the oversized segment is removed");
        assert_eq!(drain(&mut s), b"new 3 3\n", "the older ones go with it: the spool keeps the newest");
        // One that fits the bound but has no whole line in it: removed too.
        let dir = tempfile::tempdir().unwrap();
        let holes = dir.path().join(segment_name(1));
        File::create(&holes).unwrap().set_len(512 << 10).unwrap();
        let (mut s, _) = Spool::open(Some(dir.path()), 1 << 20, Duration::from_secs(60));
        assert!(!holes.exists());
        assert_eq!(drain(&mut s), b"");
    }

    /// A cursor pointing into the middle of a line starts from the start of that line (a
    /// fragment is never sent as a line); a line longer than a batch (garbage: no line
    /// of ours is) is skipped, counted, and not sent.
    #[test]
    fn a_mid_line_cursor_and_an_overlong_line_send_no_fragment() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(segment_name(1)), b"servers.a.cpu 1 1\nservers.b.cpu 2 2\n").unwrap();
        std::fs::write(dir.path().join(CURSOR), b"1 22 0\n").unwrap();
        let (mut s, _) = Spool::open(Some(dir.path()), 1 << 20, Duration::from_secs(60));
        assert_eq!(s.pending_points(), 1);
        assert_eq!(drain(&mut s), b"servers.b.cpu 2 2\n", "from the start of the line the cursor was in");

        let dir = tempfile::tempdir().unwrap();
        let mut seg = b"a 1 1\n".to_vec();
        seg.extend(std::iter::repeat(b'x').take(100 << 10));
        seg.extend_from_slice(b"\nb 2 2\n");
        std::fs::write(dir.path().join(segment_name(1)), &seg).unwrap();
        let (mut s, _) = Spool::open(Some(dir.path()), 1 << 20, Duration::from_secs(60));
        let mut buf = Vec::new();
        let (mut out, mut skipped, mut lines) = (Vec::new(), 0, 0);
        while let Some(b) = s.read(64 << 10, &mut buf).unwrap() {
            out.extend_from_slice(&buf);
            skipped += b.skipped;
            lines += b.lines;
            s.commit(b.end);
        }
        assert_eq!(out, b"a 1 1\nb 2 2\n");
        assert_eq!((skipped, lines), ((100 << 10) + 1, 3), "the long line is skipped, and counted as a line");
    }
}
