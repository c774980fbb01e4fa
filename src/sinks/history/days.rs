//! The days of the history: finished days compressed to `YYYY-MM-DD.tar.gz`, expired
//! days and days beyond the size limit deleted. All of it is [`upkeep`], a function of
//! the history directory and the day it is, so a test gives it any day.
//!
//! Crash safety: an archive is written to `.YYYY-MM-DD.tar.gz.tmp`, synced, renamed into
//! place (the directory synced too), and only then is its folder removed. So a kill at
//! any moment leaves the folder whole, or a complete archive with its folder, or the
//! archive alone; a temporary left by a kill is removed at the next upkeep, and a folder
//! whose archive is already in place is removed then.

use super::place;
use rustix::fd::{AsFd, OwnedFd};
use rustix::fs::{AtFlags, FileType};
use std::io::{self, Read, Write};
use std::path::Path;

/// What the history keeps: days by age and by size.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Keep {
    /// Days older than this many days before today are deleted.
    pub(crate) days: u32,
    pub(crate) max_bytes: u64,
}

/// What one upkeep did (each list holds dates), and what the history holds after it.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Upkeep {
    pub(crate) archived: Vec<String>,
    /// Temporaries of archives cut short by a kill, removed.
    pub(crate) temporaries: usize,
    /// Folders whose archive was already in place (a kill between the rename and the
    /// removal), removed.
    pub(crate) leftover_folders: Vec<String>,
    /// Deleted: older than `--history-days`.
    pub(crate) expired: Vec<String>,
    /// Deleted: the history was over `--history-max-bytes`.
    pub(crate) over_size: Vec<String>,
    /// What went wrong, each said with its path.
    pub(crate) errors: Vec<String>,
    /// What was left alone as not the history's, each with its path and why.
    pub(crate) left: Vec<String>,
    /// The directory has no [`MARKER`]: nothing in it was archived or deleted.
    pub(crate) unmarked: bool,
    /// Whether the directory was listed: `bytes` means nothing otherwise.
    pub(crate) listed: bool,
    /// Bytes of every day kept (archives and folders' files, apparent sizes).
    pub(crate) bytes: u64,
    /// Of which today's folder.
    pub(crate) today_bytes: u64,
}

impl Upkeep {
    /// Whether it did anything worth a log line.
    pub(crate) fn did_something(&self) -> bool {
        !(self.archived.is_empty()
            && self.temporaries == 0
            && self.leftover_folders.is_empty()
            && self.expired.is_empty()
            && self.over_size.is_empty())
    }
}

/// One day found in the history directory.
#[derive(Debug)]
struct Found {
    day: i64,
    date: String,
    what: What,
    bytes: u64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum What {
    Folder,
    Archive,
}

/// The file that says a directory is a history this daemon looks after: made in an empty
/// directory when the sink first opens it. In a directory without it (one that held
/// files already) nothing is archived or deleted: a date-named folder or archive there
/// may be anybody's.
pub(crate) const MARKER: &str = ".gatherer-history";

/// What the marker says to whoever opens it.
pub(crate) const MARKER_TEXT: &str = "This directory is gatherer's history (--history-dir): gatherer archives and \
deletes the days in it (docs/history.md).\n";

/// Whether the history directory open at `root` bears the [`MARKER`]: a regular file of
/// this daemon's user.
pub(crate) fn is_marked(root: &OwnedFd) -> bool {
    place::look(root, MARKER)
        .is_ok_and(|st| FileType::from_raw_mode(st.st_mode) == FileType::RegularFile && st.st_uid == place::me())
}

pub(crate) fn archive_name(date: &str) -> String {
    format!("{date}.tar.gz")
}

pub(crate) fn temporary_name(date: &str) -> String {
    format!(".{date}.tar.gz.tmp")
}

/// Look after the history directory open at `root` (shown as `dir`) on day `today`
/// (days since 1970-01-01, UTC): remove temporaries, compress every folder of a day
/// before `today` (or remove it when its archive is in place), delete days older than
/// `keep.days` before today, then the oldest days while the whole is over
/// `keep.max_bytes`. Today's folder is never touched: while it alone is over the size,
/// the caller stops writing it.
pub(crate) fn upkeep(root: &OwnedFd, dir: &Path, today: i64, keep: Keep) -> Upkeep {
    let mut up = Upkeep::default();
    if !is_marked(root) {
        up.unmarked = true;
        return up;
    }
    let mut found = Vec::new();
    let names = match place::entries(root) {
        Ok(n) => n,
        Err(e) => {
            up.errors.push(format!("cannot list {}: {e}", dir.display()));
            return up;
        }
    };
    up.listed = true;
    let mut foreign = Vec::new();
    for (name, _) in names {
        let Some(name) = name.to_str() else { continue };
        if let Some(date) = name.strip_prefix('.').and_then(|n| n.strip_suffix(".tar.gz.tmp")) {
            if crate::util::timefmt::day_of_date(date).is_some() {
                match remove_temporary(root, name) {
                    Ok(true) => up.temporaries += 1,
                    Ok(false) => up.left.push(format!(
                        "{} is not a temporary of this daemon's (a regular file of uid {}): left alone",
                        dir.join(name).display(),
                        place::me()
                    )),
                    Err(e) => up.errors.push(format!("cannot remove {}: {e}", dir.join(name).display())),
                }
            }
            continue;
        }
        let (date, what) = match name.strip_suffix(".tar.gz") {
            Some(date) => (date, What::Archive),
            None => (name, What::Folder),
        };
        let Some(day) = crate::util::timefmt::day_of_date(date) else { continue };
        let Ok(st) = place::look(root, name) else { continue };
        let kind = FileType::from_raw_mode(st.st_mode);
        let want = if what == What::Folder { FileType::Directory } else { FileType::RegularFile };
        if kind != want || st.st_uid != place::me() {
            foreign.push(name.to_string());
            continue;
        }
        let bytes = if what == What::Archive { st.st_size as u64 } else { 0 };
        found.push(Found { day, date: date.to_string(), what, bytes });
    }
    if !foreign.is_empty() {
        log::warn!(
            "history {}: {} entries named as days but not a folder or an archive of this daemon's (uid {}), left alone: {}",
            dir.display(),
            foreign.len(),
            place::me(),
            foreign.join(", ")
        );
    }
    found.sort_by_key(|f| (f.day, f.what == What::Folder));

    // Finished days: archived, or removed where the archive is in place.
    let archived: Vec<i64> = found.iter().filter(|f| f.what == What::Archive).map(|f| f.day).collect();
    let mut kept = Vec::with_capacity(found.len());
    for mut f in found {
        let finished = f.what == What::Folder && f.day < today;
        let expired = today - f.day > i64::from(keep.days);
        if finished && archived.contains(&f.day) {
            match remove_folder(root, dir, &f.date, &mut up.left) {
                Ok(true) => up.leftover_folders.push(f.date),
                Ok(false) => {}
                Err(e) => up.errors.push(e.to_string()),
            }
            continue;
        }
        if finished && !expired {
            match archive(root, dir, &f.date, &mut up.left) {
                Ok(Some(bytes)) => {
                    up.archived.push(f.date.clone());
                    f.what = What::Archive;
                    f.bytes = bytes;
                    if let Err(e) = remove_folder(root, dir, &f.date, &mut up.left) {
                        up.errors.push(e.to_string());
                    }
                }
                Ok(None) => {
                    // No CSV of ours in it: nothing to keep (what else is there stays).
                    if let Err(e) = remove_folder(root, dir, &f.date, &mut up.left) {
                        up.errors.push(e.to_string());
                    }
                    continue;
                }
                Err(e) => up.errors.push(format!("cannot archive {}: {e}", dir.join(&f.date).display())),
            }
        }
        if f.what == What::Folder {
            f.bytes = folder_bytes(root, dir, &f.date);
        }
        kept.push(f);
    }

    // Expired days.
    kept.retain(|f| {
        if today - f.day <= i64::from(keep.days) {
            return true;
        }
        match remove(root, dir, f, &mut up.left) {
            Ok(()) => up.expired.push(f.date.clone()),
            Err(e) => up.errors.push(e.to_string()),
        }
        false
    });

    // The size: oldest first, archives before a folder of the same day, never today
    // (nor a day after it: within the grace, the rows' day is the one after).
    let mut total: u64 = kept.iter().map(|f| f.bytes).sum();
    let mut i = 0;
    while total > keep.max_bytes && i < kept.len() {
        if kept[i].day >= today {
            i += 1;
            continue;
        }
        let f = kept.remove(i);
        match remove(root, dir, &f, &mut up.left) {
            Ok(()) => {
                total -= f.bytes;
                up.over_size.push(f.date);
            }
            Err(e) => {
                up.errors.push(e.to_string());
                kept.insert(i, f);
                i += 1;
            }
        }
    }
    up.bytes = total;
    up.today_bytes = kept.iter().filter(|f| f.day == today).map(|f| f.bytes).sum();
    up
}

fn remove(root: &OwnedFd, dir: &Path, f: &Found, left: &mut Vec<String>) -> io::Result<()> {
    match f.what {
        What::Folder => remove_folder(root, dir, &f.date, left).map(drop),
        What::Archive => {
            let name = archive_name(&f.date);
            rustix::fs::unlinkat(root, name.as_str(), AtFlags::empty()).map_err(|e| {
                io::Error::new(io::Error::from(e).kind(), format!("cannot remove {}: {e}", dir.join(&name).display()))
            })
        }
    }
}

/// The apparent size of the regular files of a day's folder.
fn folder_bytes(root: &OwnedFd, dir: &Path, date: &str) -> u64 {
    let Ok(fd) = place::open_dir(root, date, &dir.join(date)) else { return 0 };
    let Ok(names) = place::entries(&fd) else { return 0 };
    names
        .iter()
        .filter_map(|(n, _)| place::look(&fd, n.as_os_str()).ok())
        .filter(|st| FileType::from_raw_mode(st.st_mode) == FileType::RegularFile)
        .map(|st| st.st_size as u64)
        .sum()
}

/// Remove the history's CSV files from a day's folder (regular files of this daemon's
/// user with a CSV name; removing a name never follows it), then the folder if that
/// left it empty: `Ok(false)` when something else is in it, which stays, with the folder
/// (said in `left`). Nothing here recurses.
fn remove_folder(root: &OwnedFd, dir: &Path, date: &str, left: &mut Vec<String>) -> io::Result<bool> {
    let shown = dir.join(date);
    let say = |e: rustix::io::Errno, what: &Path| {
        io::Error::new(io::Error::from(e).kind(), format!("cannot remove {}: {e}", what.display()))
    };
    let fd = place::open_dir(root, date, &shown)?;
    let mut others = Vec::new();
    for (name, _) in place::entries(&fd)? {
        if !is_ours(&fd, &name) {
            others.push(name.to_string_lossy().into_owned());
            continue;
        }
        match rustix::fs::unlinkat(&fd, name.as_os_str(), AtFlags::empty()) {
            Ok(()) | Err(rustix::io::Errno::NOENT) => {}
            Err(e) => return Err(say(e, &shown.join(&name))),
        }
    }
    if !others.is_empty() {
        others.sort();
        left.push(format!(
            "{} holds what is not the history's ({}): left there, with the folder",
            shown.display(),
            others.join(", ")
        ));
        return Ok(false);
    }
    rustix::fs::unlinkat(root, date, AtFlags::REMOVEDIR).map_err(|e| say(e, &shown))?;
    Ok(true)
}

/// Whether `name` in a day's folder open at `fd` is one of the history's CSV files: a
/// CSV name, a regular file, this daemon's user's.
fn is_ours(fd: &OwnedFd, name: &std::ffi::OsStr) -> bool {
    name.to_str().is_some_and(is_csv_name)
        && place::look(fd, name)
            .is_ok_and(|st| FileType::from_raw_mode(st.st_mode) == FileType::RegularFile && st.st_uid == place::me())
}

/// Whether `name` is one of the history's CSV files (`<collector>.csv`,
/// `<collector>.N.csv`), as opposed to a dot-file or anything else.
pub(crate) fn is_csv_name(name: &str) -> bool {
    !name.starts_with('.') && name.len() > 4 && name.ends_with(".csv") && !name.contains('/')
}

/// Compress the folder `date` into `date.tar.gz` through its temporary: `Some(size)` of
/// the archive, `None` when the folder holds no CSV file (no archive made). Streamed, a
/// file at a time: nothing is held whole in memory.
fn archive(root: &OwnedFd, dir: &Path, date: &str, left: &mut Vec<String>) -> io::Result<Option<u64>> {
    let folder_shown = dir.join(date);
    let folder = place::open_dir(root, date, &folder_shown)?;
    let mut names: Vec<String> = Vec::new();
    for (name, _) in place::entries(&folder)? {
        // Anything else (a symlink or a FIFO at a CSV's name, another user's file)
        // is left out and left in place; the rest of the day is archived.
        match name.to_str() {
            Some(n) if is_ours(&folder, &name) => names.push(n.to_string()),
            _ => left.push(format!(
                "{} is not one of the history's CSV files: left out of the archive, left in place",
                folder_shown.join(&name).display()
            )),
        }
    }
    if names.is_empty() {
        return Ok(None);
    }
    // The order a reader expects: a collector's parts in turn (cpu.csv, cpu.2.csv, ...).
    names.sort_by(|a, b| part_order(a).cmp(&part_order(b)));
    let tmp = temporary_name(date);
    let tmp_shown = dir.join(&tmp);
    let _ = remove_temporary(root, &tmp);
    let file = place::create_new(root, &tmp, &tmp_shown)?;
    let written = (|| -> io::Result<std::fs::File> {
        let gz = flate2::write::GzEncoder::new(file, flate2::Compression::default());
        let mut tar = tar::Builder::new(gz);
        for name in &names {
            let shown = folder_shown.join(name);
            let (f, st) = place::open_to_read(&folder, name, &shown)?;
            // A last row torn by a kill that day (no start mended it) is left out.
            let size = super::csv::whole_len(&f, st.st_size as u64, 0)?;
            let mut header = tar::Header::new_gnu();
            header.set_size(size);
            header.set_mode(0o644);
            header.set_mtime(st.st_mtime.max(0) as u64);
            header.set_entry_type(tar::EntryType::Regular);
            let member = format!("{date}/{name}");
            tar.append_data(&mut header, &member, Exact { inner: f, left: size, shown: &shown })
                .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", shown.display())))?;
        }
        let gz = tar.into_inner()?;
        let mut file = gz.finish()?;
        file.flush()?;
        file.sync_all()?;
        Ok(file)
    })();
    let file = match written {
        Ok(f) => f,
        Err(e) => {
            let _ = rustix::fs::unlinkat(root, tmp.as_str(), AtFlags::empty());
            return Err(e);
        }
    };
    let size = file.metadata()?.len();
    let fin = archive_name(date);
    if let Err(e) = rename_new(root, &tmp, &fin) {
        let _ = rustix::fs::unlinkat(root, tmp.as_str(), AtFlags::empty());
        let why = if e == rustix::io::Errno::EXIST {
            format!("{} is in place and not this daemon's archive; leaving it and the folder", dir.join(&fin).display())
        } else {
            format!("cannot rename {}: {e}", tmp_shown.display())
        };
        return Err(io::Error::new(io::Error::from(e).kind(), why));
    }
    // The rename itself on disk before the folder goes.
    rustix::fs::fsync(root.as_fd())?;
    Ok(Some(size))
}

/// Remove the archive's temporary `name` under `root` if it is one the sink made (a
/// regular file of this daemon's user): `Ok(false)` leaves anything else in place.
fn remove_temporary(root: &OwnedFd, name: &str) -> rustix::io::Result<bool> {
    let st = match place::look(root, name) {
        Ok(st) => st,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(true),
        Err(e) => return Err(rustix::io::Errno::from_io_error(&e).unwrap_or(rustix::io::Errno::IO)),
    };
    if FileType::from_raw_mode(st.st_mode) != FileType::RegularFile || st.st_uid != place::me() {
        return Ok(false);
    }
    match rustix::fs::unlinkat(root, name, AtFlags::empty()) {
        Ok(()) | Err(rustix::io::Errno::NOENT) => Ok(true),
        Err(e) => Err(e),
    }
}

/// Rename `tmp` to `fin` under `root`, never replacing what is at `fin` (a symlink, a
/// FIFO or another user's file planted there is not ours to delete): `EXIST` then. On a
/// filesystem without `RENAME_NOREPLACE`, a hard link and an unlink do the same.
fn rename_new(root: &OwnedFd, tmp: &str, fin: &str) -> rustix::io::Result<()> {
    match rustix::fs::renameat_with(root, tmp, root, fin, rustix::fs::RenameFlags::NOREPLACE) {
        Err(rustix::io::Errno::INVAL) => {
            rustix::fs::linkat(root, tmp, root, fin, AtFlags::empty())?;
            rustix::fs::unlinkat(root, tmp, AtFlags::empty())
        }
        r => r,
    }
}

/// `cpu.csv` is part 1 of `cpu`, `cpu.2.csv` part 2.
fn part_order(name: &str) -> (&str, u64) {
    let stem = name.strip_suffix(".csv").unwrap_or(name);
    match stem.rsplit_once('.') {
        Some((c, n)) => match n.parse() {
            Ok(n) => (c, n),
            Err(_) => (stem, 1),
        },
        None => (stem, 1),
    }
}

/// Exactly `left` bytes of `inner`: a file that shrank while archived is an error, never
/// a short member (which would make the whole archive unreadable past it); bytes added
/// after its size was taken are left out.
struct Exact<'a> {
    inner: std::fs::File,
    left: u64,
    shown: &'a Path,
}

impl Read for Exact<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.left == 0 {
            return Ok(0);
        }
        let want = buf.len().min(self.left.min(usize::MAX as u64) as usize);
        let n = self.inner.read(&mut buf[..want])?;
        if n == 0 {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                format!("{} shrank while it was archived", self.shown.display()),
            ));
        }
        self.left -= n as u64;
        Ok(n)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::util::timefmt::date;

    const D: i64 = 20_514;

    /// The members of an archive and their text, read back with the tar crate.
    pub(crate) fn members(path: &Path) -> Vec<(String, String)> {
        let f = std::fs::File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut a = tar::Archive::new(flate2::read::GzDecoder::new(f));
        let mut out = Vec::new();
        for e in a.entries().unwrap() {
            let mut e = e.unwrap();
            let name = e.path().unwrap().display().to_string();
            let mut text = String::new();
            e.read_to_string(&mut text).unwrap();
            out.push((name, text));
        }
        out
    }

    fn root(dir: &Path) -> OwnedFd {
        rustix::fs::open(dir, rustix::fs::OFlags::DIRECTORY | rustix::fs::OFlags::RDONLY, rustix::fs::Mode::empty())
            .unwrap()
    }

    fn folder(dir: &Path, day: i64, files: &[(&str, &str)]) {
        let f = dir.join(date(day));
        std::fs::create_dir(&f).unwrap();
        for (name, text) in files {
            std::fs::write(f.join(name), text).unwrap();
        }
    }

    /// A history directory: empty, with the marker the sink makes in it.
    fn history() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(MARKER), MARKER_TEXT).unwrap();
        dir
    }

    /// The names in `dir`, but the marker.
    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n != MARKER)
            .collect();
        v.sort();
        v
    }

    const ALL: Keep = Keep { days: 15, max_bytes: 1 << 30 };

    /// Finished days are archived (parts in order, stray files left out and left in
    /// place) and their folders removed; what a kill left (a temporary, a folder whose archive is in
    /// place) is cleaned; today's folder is left as it is.
    #[test]
    fn finished_days_are_archived_and_a_kill_is_mended() {
        let dir = history();
        let d = dir.path();
        folder(
            d,
            D - 3,
            &[("cpu.2.csv", "time,a,b\n2,,3\n"), ("cpu.csv", "time,a\n1,2\n"), ("notes.txt", "x"), (".x.csv", "y")],
        );
        folder(d, D - 2, &[("memory.csv", "time,m\n5,6\n7,")]);
        folder(d, D - 4, &[("cpu.csv", "time,a\n")]);
        std::fs::write(d.join(archive_name(&date(D - 4))), b"(an archive)").unwrap();
        std::fs::write(d.join(temporary_name(&date(D - 5))), b"half").unwrap();
        folder(d, D, &[("cpu.csv", "time,a\n9,9\n")]);
        folder(d, D - 1, &[]);
        let up = upkeep(&root(d), d, D, ALL);
        assert_eq!(up.archived, [date(D - 3), date(D - 2)]);
        assert_eq!(up.leftover_folders, [date(D - 4)]);
        assert_eq!(up.temporaries, 1);
        assert!(up.errors.is_empty(), "{:?}", up.errors);
        assert_eq!(
            names(d),
            [archive_name(&date(D - 4)), date(D - 3), archive_name(&date(D - 3)), archive_name(&date(D - 2)), date(D)],
            "an empty folder goes without an archive; one with files not ours stays, with them"
        );
        assert_eq!(names(&d.join(date(D - 3))), [".x.csv", "notes.txt"]);
        assert_eq!(members(&d.join(archive_name(&date(D - 2))))[0].1, "time,m\n5,6\n", "its torn row left out");
        let m = members(&d.join(archive_name(&date(D - 3))));
        let want = [
            (format!("{}/cpu.csv", date(D - 3)), "time,a\n1,2\n".to_string()),
            (format!("{}/cpu.2.csv", date(D - 3)), "time,a,b\n2,,3\n".to_string()),
        ];
        assert_eq!(m, want);
        assert_eq!(std::fs::read_to_string(d.join(date(D)).join("cpu.csv")).unwrap(), "time,a\n9,9\n");
        assert_eq!(up.today_bytes, 11);
        let again = upkeep(&root(d), d, D, ALL);
        assert!(!again.did_something(), "{again:?}");
    }

    /// Days older than `days` before today are deleted, folders unarchived.
    #[test]
    fn expired_days_are_deleted() {
        let dir = history();
        let d = dir.path();
        folder(d, D - 3, &[("cpu.csv", "time,a\n")]);
        std::fs::write(d.join(archive_name(&date(D - 4))), b"old").unwrap();
        std::fs::write(d.join(archive_name(&date(D - 2))), b"kept").unwrap();
        let up = upkeep(&root(d), d, D, Keep { days: 2, max_bytes: 1 << 30 });
        assert_eq!(up.expired, [date(D - 4), date(D - 3)]);
        assert!(up.archived.is_empty());
        assert_eq!(names(d), [archive_name(&date(D - 2))]);
    }

    /// Over the size, the oldest days go first, archives before folders, never today,
    /// however far over today alone is.
    #[test]
    fn over_the_size_the_oldest_days_go_first_but_never_today() {
        let dir = history();
        let d = dir.path();
        std::fs::write(d.join(archive_name(&date(D - 5))), vec![0u8; 1000]).unwrap();
        std::fs::write(d.join(archive_name(&date(D - 4))), vec![0u8; 1000]).unwrap();
        std::fs::write(d.join(archive_name(&date(D - 1))), vec![0u8; 1000]).unwrap();
        folder(d, D, &[("cpu.csv", &"x".repeat(500))]);
        let up = upkeep(&root(d), d, D, Keep { days: 15, max_bytes: 2600 });
        assert_eq!(up.over_size, [date(D - 5)]);
        assert_eq!(up.bytes, 2500);
        let up = upkeep(&root(d), d, D, Keep { days: 15, max_bytes: 100 });
        assert_eq!(up.over_size, [date(D - 4), date(D - 1)]);
        assert_eq!((up.bytes, up.today_bytes), (500, 500));
        assert_eq!(names(d), [date(D)]);
    }

    /// Entries named as days that are not ours (a symlink, a FIFO) are left alone and
    /// never followed.
    #[test]
    fn planted_entries_are_left_alone() {
        let dir = history();
        let elsewhere = tempfile::tempdir().unwrap();
        std::fs::write(elsewhere.path().join("cpu.csv"), "time,a\n").unwrap();
        let d = dir.path();
        std::os::unix::fs::symlink(elsewhere.path(), d.join(date(D - 2))).unwrap();
        let fifo = d.join(archive_name(&date(D - 30)));
        crate::util::file::mkfifo(&fifo);
        let up = upkeep(&root(d), d, D, Keep { days: 15, max_bytes: 1 << 30 });
        assert!(!up.did_something(), "{up:?}");
        assert_eq!(names(d).len(), 2);
        assert_eq!(names(elsewhere.path()), ["cpu.csv"]);
    }

    /// Something planted at the name of a finished day's archive (a symlink, a file that
    /// is not ours) is left alone: the archive never replaces it, and the day's folder
    /// stays whole, the refusal said.
    #[test]
    fn an_archive_never_replaces_what_is_planted_at_its_name() {
        let dir = history();
        let elsewhere = tempfile::tempdir().unwrap();
        let target = elsewhere.path().join("victim");
        std::fs::write(&target, "theirs").unwrap();
        let d = dir.path();
        folder(d, D - 2, &[("cpu.csv", "time,a\n1,2\n")]);
        let planted = d.join(archive_name(&date(D - 2)));
        std::os::unix::fs::symlink(&target, &planted).unwrap();
        for _ in 0..2 {
            let up = upkeep(&root(d), d, D, ALL);
            assert!(up.archived.is_empty(), "{up:?}");
            assert!(up.errors.iter().any(|e| e.contains(&archive_name(&date(D - 2)))), "{:?}", up.errors);
            assert!(planted.symlink_metadata().unwrap().file_type().is_symlink(), "the symlink stays");
            assert_eq!(std::fs::read_to_string(&target).unwrap(), "theirs");
            assert_eq!(std::fs::read_to_string(d.join(date(D - 2)).join("cpu.csv")).unwrap(), "time,a\n1,2\n");
            assert_eq!(names(d), [date(D - 2), archive_name(&date(D - 2))], "no temporary left");
        }
    }

    /// A temporary's name holding what the sink never makes there (a FIFO, another
    /// user's file) is left alone, not removed as a kill's leftover; the day it would
    /// have archived stays a folder, the refusal said.
    #[test]
    fn only_the_sinks_own_temporaries_are_removed() {
        let dir = history();
        let d = dir.path();
        folder(d, D - 2, &[("cpu.csv", "time,a\n1,2\n")]);
        let fifo = d.join(temporary_name(&date(D - 2)));
        crate::util::file::mkfifo(&fifo);
        let theirs = d.join(temporary_name(&date(D - 3)));
        std::fs::write(&theirs, "theirs").unwrap();
        let root_user = rustix::process::geteuid().is_root();
        if root_user {
            std::os::unix::fs::chown(&theirs, Some(65534), Some(65534)).unwrap();
        }
        let up = upkeep(&root(d), d, D, ALL);
        assert_eq!(up.temporaries, usize::from(!root_user), "{up:?}");
        assert!(up.archived.is_empty(), "{up:?}");
        assert!(up.left.iter().any(|l| l.contains(&temporary_name(&date(D - 2)))), "{:?}", up.left);
        assert!(
            std::os::unix::fs::FileTypeExt::is_fifo(&fifo.symlink_metadata().unwrap().file_type()),
            "the FIFO stays"
        );
        assert_eq!(theirs.exists(), root_user, "another user's file stays; one of ours left by a kill goes");
        assert_eq!(std::fs::read_to_string(d.join(date(D - 2)).join("cpu.csv")).unwrap(), "time,a\n1,2\n");
    }

    /// Only what the sink made is touched. In a directory without the marker (it held
    /// files already) nothing is archived or deleted. With it, a day's folder keeps
    /// what is not a CSV of ours (the folder too), and one bad entry does not keep the
    /// rest of the day from its archive.
    #[test]
    fn only_the_historys_own_files_are_touched() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let plant = |d: &Path| {
            folder(d, D - 800, &[("photo.jpg", "jpeg")]);
            folder(d, D - 3, &[("notes.txt", "mine"), ("data.csv", "time,a\n1,2\n")]);
            std::fs::write(d.join(archive_name(&date(D - 700))), b"someone's archive").unwrap();
        };
        plant(d);
        let before = names(d);
        let up = upkeep(&root(d), d, D, ALL);
        assert!(up.unmarked && !up.did_something(), "{up:?}");
        assert_eq!(names(d), before, "an unmarked directory is left as it is");
        assert_eq!(std::fs::read_to_string(d.join(date(D - 800)).join("photo.jpg")).unwrap(), "jpeg");

        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::write(d.join(MARKER), MARKER_TEXT).unwrap();
        plant(d);
        let fifo = d.join(date(D - 3)).join("mem.csv");
        crate::util::file::mkfifo(&fifo);
        for _ in 0..2 {
            let up = upkeep(&root(d), d, D, ALL);
            assert!(up.left.iter().any(|l| l.contains("notes.txt")), "{:?}", up.left);
            assert_eq!(std::fs::read_to_string(d.join(date(D - 800)).join("photo.jpg")).unwrap(), "jpeg");
            assert_eq!(std::fs::read_to_string(d.join(date(D - 3)).join("notes.txt")).unwrap(), "mine");
            assert!(fifo.exists(), "a bad entry is left in place");
            assert!(!d.join(date(D - 3)).join("data.csv").exists(), "the CSV went into the archive");
            let m = members(&d.join(archive_name(&date(D - 3))));
            assert_eq!(m, [(format!("{}/data.csv", date(D - 3)), "time,a\n1,2\n".to_string())]);
        }
    }
}
