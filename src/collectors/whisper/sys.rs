//! The system calls of the whisper walk, on rustix: open a directory relative to its
//! parent (never by a full path, so depth and path length do not matter), stat it, and
//! list its entries with `getdents64` into a reused buffer, deciding each entry's kind by
//! `d_type` without a per-file stat.

use rustix::fs::{AtFlags, FileType, Mode, OFlags, RawDir};
use std::ffi::CStr;
use std::io;
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::path::Path;

/// getdents64 buffer: large enough that a directory of a few thousand entries is one call.
pub(super) const DENTS_BUF: usize = 256 << 10;

const DIR_FLAGS: OFlags = OFlags::RDONLY.union(OFlags::DIRECTORY).union(OFlags::CLOEXEC);

/// Inode and mtime (ns since the epoch) of a directory: what says it changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Stamp {
    pub(crate) ino: u64,
    pub(crate) mtime_ns: i64,
}

impl Stamp {
    fn of(st: &rustix::fs::Stat) -> Stamp {
        Stamp { ino: st.st_ino, mtime_ns: st.st_mtime * 1_000_000_000 + st.st_mtime_nsec as i64 }
    }
}

/// The root may be a symlink (whisper on another mount is common); nothing below it is
/// followed.
pub(super) fn open_root(root: &Path) -> io::Result<OwnedFd> {
    Ok(rustix::fs::open(root, DIR_FLAGS, Mode::empty())?)
}

/// Open the directory `name` inside `dir`, refusing a symlink.
pub(super) fn open_at(dir: BorrowedFd<'_>, name: &[u8]) -> io::Result<OwnedFd> {
    Ok(rustix::fs::openat(dir, name, DIR_FLAGS | OFlags::NOFOLLOW, Mode::empty())?)
}

pub(super) fn stamp(fd: BorrowedFd<'_>) -> io::Result<Stamp> {
    Ok(Stamp::of(&rustix::fs::fstat(fd)?))
}

/// Stamp of the directory `name` in `dir`, without following a symlink; ENOTDIR when it
/// is no longer a directory.
pub(super) fn stamp_at(dir: BorrowedFd<'_>, name: &[u8]) -> io::Result<Stamp> {
    let st = rustix::fs::statat(dir, name, AtFlags::SYMLINK_NOFOLLOW)?;
    if FileType::from_raw_mode(st.st_mode) != FileType::Directory {
        return Err(io::Error::from(rustix::io::Errno::NOTDIR));
    }
    Ok(Stamp::of(&st))
}

pub(super) enum Kind {
    Dir,
    Metric,
    Other,
}

/// graphite-web's `fnmatch(name, '*.wsp')`: case-sensitive, and a bare `.wsp` matches.
fn is_wsp(name: &[u8]) -> bool {
    name.ends_with(b".wsp")
}

/// What an entry is, stat'ing only when `d_type` cannot tell.
fn classify(dir: BorrowedFd<'_>, name: &CStr, file_type: FileType) -> Kind {
    let bytes = name.to_bytes();
    match file_type {
        FileType::Directory => Kind::Dir,
        // os.walk files a symlink to a directory under dirs (not walked, not a metric),
        // and a dangling one under files.
        FileType::Symlink if is_wsp(bytes) => match rustix::fs::statat(dir, name, AtFlags::empty()) {
            Ok(st) if FileType::from_raw_mode(st.st_mode) == FileType::Directory => Kind::Other,
            _ => Kind::Metric,
        },
        FileType::Unknown => match rustix::fs::statat(dir, name, AtFlags::SYMLINK_NOFOLLOW) {
            Ok(st) => match FileType::from_raw_mode(st.st_mode) {
                FileType::Unknown => Kind::Other,
                known => classify(dir, name, known),
            },
            Err(_) if is_wsp(bytes) => Kind::Metric,
            Err(_) => Kind::Other,
        },
        _ if is_wsp(bytes) => Kind::Metric,
        _ => Kind::Other,
    }
}

/// A reusable getdents64 buffer. Only its capacity is used, never initialised: the pages
/// the kernel does not write to stay untouched, and so out of the resident set.
pub(super) struct Buf(Vec<u8>);

impl Buf {
    pub(crate) fn new() -> Buf {
        Buf(Vec::new())
    }
}

/// Call `f(name, kind)` for every entry of the directory open at `fd` but `.` and `..`:
/// the one directory-listing routine of the walk.
pub(super) fn list(fd: BorrowedFd<'_>, buf: &mut Buf, mut f: impl FnMut(&[u8], Kind)) -> io::Result<()> {
    if buf.0.capacity() < DENTS_BUF {
        buf.0 = Vec::with_capacity(DENTS_BUF);
    }
    let mut dir = RawDir::new(fd.as_fd(), buf.0.spare_capacity_mut());
    while let Some(entry) = dir.next() {
        let entry = entry?;
        let name = entry.file_name();
        let bytes = name.to_bytes();
        if bytes == b"." || bytes == b".." {
            continue;
        }
        f(bytes, classify(fd, name, entry.file_type()));
    }
    Ok(())
}
