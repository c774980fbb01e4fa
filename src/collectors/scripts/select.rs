//! Which files of the scripts directory run, and which are refused and why. Every file
//! is looked at without following links (`fstatat(AT_SYMLINK_NOFOLLOW)`, `O_NOFOLLOW`),
//! and a run executes the very file it checked (`open` below).

use rustix::fs::{AtFlags, FileType, Mode, OFlags, Stat};
use std::ffi::CStr;
use std::io::Read;
use std::os::fd::OwnedFd;
use std::path::Path;
use std::time::Duration;

/// At most this many scripts run; later names are refused.
pub(crate) const MAX_SCRIPTS: usize = 100;
/// How much of a script is read for its `gatherer-interval:` line, and in how many lines.
const HEAD_BYTES: usize = 4096;
const HEAD_LINES: usize = 20;

/// Endings of files that are leftovers of an editor or a package manager.
const LEFTOVERS: [&str; 12] = [
    "~",
    ".dpkg-old",
    ".dpkg-new",
    ".dpkg-dist",
    ".dpkg-tmp",
    ".dpkg-bak",
    ".rpmsave",
    ".rpmnew",
    ".orig",
    ".bak",
    ".swp",
    ".tmp",
];

/// What becomes of one directory entry.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Verdict {
    /// It runs, every `interval` if it says so (`None`: `--scripts-interval`).
    Runs {
        interval: Option<Duration>,
        key: FileKey,
    },
    Refused(String),
}

/// What tells a changed file: its `gatherer-interval:` line is read again only then.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct FileKey {
    dev: u64,
    ino: u64,
    size: i64,
    mtime: (i64, i64),
    ctime: (i64, i64),
}

fn key(st: &Stat) -> FileKey {
    FileKey {
        dev: st.st_dev,
        ino: st.st_ino,
        size: st.st_size,
        mtime: (st.st_mtime, st.st_mtime_nsec as i64),
        ctime: (st.st_ctime, st.st_ctime_nsec as i64),
    }
}

/// The directory, opened and checked: owned by root or `me`, writable by no one else
/// (anyone who could write it could put a script in it).
pub(crate) fn open_dir(dir: &Path, me: u32) -> Result<OwnedFd, String> {
    let fd = rustix::fs::open(dir, OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC, Mode::empty())
        .map_err(|e| format!("cannot open the scripts directory {}: {e}", dir.display()))?;
    let st = rustix::fs::fstat(&fd).map_err(|e| format!("cannot stat the scripts directory {}: {e}", dir.display()))?;
    trusted(&st, me).map_err(|why| format!("the scripts directory {} {why}: no script runs", dir.display()))?;
    Ok(fd)
}

/// Whether a file's owner and mode allow it: owned by root or `me`, not group- or
/// world-writable.
fn trusted(st: &Stat, me: u32) -> Result<(), String> {
    if st.st_uid != 0 && st.st_uid != me {
        return Err(format!("is owned by uid {}, neither root nor the daemon's user (uid {me})", st.st_uid));
    }
    let mode = st.st_mode & 0o7777;
    if mode & 0o022 != 0 {
        return Err(format!("is group- or world-writable (mode {mode:04o})"));
    }
    Ok(())
}

/// Whether `st` may run: a regular file, trusted, executable.
pub(crate) fn judge(st: &Stat, me: u32) -> Result<(), String> {
    match FileType::from_raw_mode(st.st_mode) {
        FileType::RegularFile => {}
        FileType::Symlink => return Err("is a symbolic link (links are never followed)".into()),
        FileType::Directory => return Err("is a directory".into()),
        FileType::Fifo => return Err("is a FIFO".into()),
        other => return Err(format!("is not a regular file ({other:?})")),
    }
    trusted(st, me)?;
    if st.st_mode & 0o111 == 0 {
        return Err(format!("is not executable (mode {:04o})", st.st_mode & 0o7777));
    }
    Ok(())
}

/// Whether a name may run: letters, digits, `.`, `_`, `+`, `-`, not a leftover. `None`
/// for a hidden name (a dot first), which is passed over without a word.
fn name_verdict(name: &[u8]) -> Option<Result<&str, String>> {
    if name.first() == Some(&b'.') {
        return None;
    }
    if let Some(end) = LEFTOVERS.iter().find(|e| name.ends_with(e.as_bytes())) {
        return Some(Err(format!("ends in `{end}`: an editor's or a package manager's leftover, not run")));
    }
    let ok = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'+' | b'-');
    match std::str::from_utf8(name).ok().filter(|_| name.iter().all(ok)) {
        Some(text) => Some(Ok(text)),
        None => Some(Err("has a name with characters other than letters, digits, `.`, `_`, `+` and `-`".into())),
    }
}

/// Every entry of the directory `dir` but the hidden ones, in name order, with its
/// verdict. `known` gives the verdict a file had when its key was the same (its
/// `gatherer-interval:` line is then not read again).
pub(crate) fn list(
    dir: &OwnedFd,
    me: u32,
    known: impl Fn(&str, &FileKey) -> Option<Verdict>,
) -> Result<Vec<(String, Verdict)>, String> {
    let mut names: Vec<Vec<u8>> = Vec::new();
    let mut entries = rustix::fs::Dir::read_from(dir).map_err(|e| format!("cannot list the scripts directory: {e}"))?;
    for e in entries.by_ref() {
        let e = e.map_err(|e| format!("cannot list the scripts directory: {e}"))?;
        let n = e.file_name().to_bytes();
        if n != b"." && n != b".." {
            names.push(n.to_vec());
        }
    }
    names.sort_unstable();
    let mut out = Vec::new();
    let mut running = 0;
    for raw in names {
        let shown = String::from_utf8_lossy(&raw).into_owned();
        let name = match name_verdict(&raw) {
            None => continue,
            Some(Err(why)) => {
                out.push((shown, Verdict::Refused(why)));
                continue;
            }
            Some(Ok(n)) => n.to_string(),
        };
        let cname = std::ffi::CString::new(raw).expect("a directory entry has no NUL");
        let verdict = match rustix::fs::statat(dir, cname.as_c_str(), AtFlags::SYMLINK_NOFOLLOW) {
            Err(e) => Verdict::Refused(format!("could not be examined: {e}")),
            Ok(st) => match judge(&st, me) {
                Err(why) => Verdict::Refused(why),
                Ok(()) if running >= MAX_SCRIPTS => {
                    Verdict::Refused(format!("is past the first {MAX_SCRIPTS} scripts"))
                }
                Ok(()) => match known(&name, &key(&st)) {
                    Some(v) => v,
                    None => head(dir, &cname, me),
                },
            },
        };
        if matches!(verdict, Verdict::Runs { .. }) {
            running += 1;
        }
        out.push((name, verdict));
    }
    Ok(out)
}

/// Read the beginning of a script for its `gatherer-interval: SECONDS` line.
fn head(dir: &OwnedFd, name: &CStr, me: u32) -> Verdict {
    let flags = OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::NONBLOCK | OFlags::CLOEXEC | OFlags::NOCTTY;
    let fd = match rustix::fs::openat(dir, name, flags, Mode::empty()) {
        Ok(fd) => fd,
        Err(e) => return Verdict::Refused(format!("could not be opened: {e}")),
    };
    let st = match rustix::fs::fstat(&fd) {
        Ok(st) => st,
        Err(e) => return Verdict::Refused(format!("could not be examined: {e}")),
    };
    if let Err(why) = judge(&st, me) {
        return Verdict::Refused(why);
    }
    let mut buf = Vec::with_capacity(HEAD_BYTES);
    if let Err(e) = std::fs::File::from(fd).take(HEAD_BYTES as u64).read_to_end(&mut buf) {
        return Verdict::Refused(format!("could not be read: {e}"));
    }
    match interval_line(&buf) {
        Ok(interval) => Verdict::Runs { interval, key: key(&st) },
        Err(why) => Verdict::Refused(why),
    }
}

/// The interval a script asks for in a comment of one of its first lines
/// (`# gatherer-interval: 60`: only white space and `#`, `//` or `--` before it).
pub(crate) fn interval_line(head: &[u8]) -> Result<Option<Duration>, String> {
    const TAG: &str = "gatherer-interval:";
    let text = String::from_utf8_lossy(head);
    for (i, line) in text.lines().take(HEAD_LINES).enumerate() {
        let Some(at) = line.find(TAG) else { continue };
        if !only_comment_marks(&line[..at]) {
            // In the script's code (`echo 'gatherer-interval: 5'`), not a comment: not ours.
            continue;
        }
        let value = line[at + TAG.len()..].split_whitespace().next().unwrap_or("");
        return match value.parse::<f64>() {
            Ok(s) if (1.0..=86_400.0).contains(&s) => Ok(Some(Duration::from_secs_f64(s))),
            _ => Err(format!(
                "says on line {}: gatherer-interval {value:?}, not a number of seconds from 1 to 86400",
                i + 1
            )),
        };
    }
    Ok(None)
}

/// Whether `text` is one comment mark or more (`#`, `//`, `--`) and white space only.
fn only_comment_marks(text: &str) -> bool {
    let mut rest = text.trim_start();
    let mut marks = 0;
    while let Some(after) = ["#", "//", "--"].iter().find_map(|m| rest.strip_prefix(m)) {
        rest = after.trim_start();
        marks += 1;
    }
    marks > 0 && rest.is_empty()
}

/// Open `name` for a run: `O_PATH|O_NOFOLLOW`, checked again on the descriptor, which is
/// what the helper executes (a file swapped in after this check is not the one run).
pub(crate) fn open(dir: &OwnedFd, name: &str, me: u32) -> Result<OwnedFd, String> {
    let flags = OFlags::PATH | OFlags::NOFOLLOW | OFlags::CLOEXEC;
    let fd = rustix::fs::openat(dir, name, flags, Mode::empty()).map_err(|e| format!("could not be opened: {e}"))?;
    let st = rustix::fs::fstat(&fd).map_err(|e| format!("could not be examined: {e}"))?;
    judge(&st, me)?;
    Ok(fd)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_hidden_leftovers_and_odd_characters() {
        assert_eq!(name_verdict(b".hidden"), None);
        assert_eq!(name_verdict(b"10-disk.sh"), Some(Ok("10-disk.sh")));
        for n in [&b"x~"[..], b"x.dpkg-old", b"x.rpmnew", b"x.swp"] {
            assert!(name_verdict(n).unwrap().unwrap_err().contains("leftover"), "{n:?}");
        }
        for n in [&b"a b"[..], b"a\nb", b"\xff", b"a:b"] {
            assert!(name_verdict(n).unwrap().unwrap_err().contains("characters"), "{n:?}");
        }
    }

    #[test]
    fn interval_lines() {
        assert_eq!(interval_line(b"#!/bin/sh\n# gatherer-interval: 60\n"), Ok(Some(Duration::from_secs(60))));
        assert_eq!(interval_line(b"#!/usr/bin/env python3\n\"\"\"x\"\"\"\n"), Ok(None));
        let e = interval_line(b"#!/bin/sh\n\n// gatherer-interval: 0\n").unwrap_err();
        assert!(e.starts_with("says on line 3: gatherer-interval \"0\""), "{e}");
        let late = format!("{}# gatherer-interval: 5\n", "#\n".repeat(HEAD_LINES));
        assert_eq!(interval_line(late.as_bytes()), Ok(None));
        // Only in a comment: the text before it is white space and comment marks.
        let code = b"#!/bin/sh\necho 'gatherer-interval: 0'\nx=1 # gatherer-interval: 0\ngatherer-interval: 0\n";
        assert_eq!(interval_line(code), Ok(None));
        let later = b"#!/bin/sh\necho 'gatherer-interval: 0'\n  ## gatherer-interval: 9\n";
        assert_eq!(interval_line(later), Ok(Some(Duration::from_secs(9))));
        assert_eq!(interval_line(b"-- gatherer-interval: 7\n"), Ok(Some(Duration::from_secs(7))));
        assert_eq!(interval_line(b"\t// # gatherer-interval: 8\n"), Ok(Some(Duration::from_secs(8))));
    }
}
