//! Reading files that someone else could have planted.
//!
//! State files live in world-writable `/tmp` and `/dev/shm`, and fixture roots, env files
//! and password files are paths an operator (or an attacker) chooses. `open()` on a FIFO
//! blocks until a writer appears, forever if none does; on a device it may do anything.
//! So every such path is opened with `O_NONBLOCK` (a FIFO then opens at once), checked to
//! be a regular file with `fstat` on the descriptor itself (no race with a swap), and
//! read with a size bound.

use rustix::fs::{FileType, Mode, OFlags, Stat};
use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

/// Whether a symlink at the path itself may be followed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Links {
    Follow,
    /// Refuse a symlink (files this daemon writes itself are never links).
    Refuse,
}

/// Open `path` read-only without blocking; refuse anything but a regular file.
pub fn open_regular(path: &Path, links: Links) -> io::Result<(File, Stat)> {
    let mut flags = OFlags::RDONLY | OFlags::NONBLOCK | OFlags::CLOEXEC | OFlags::NOCTTY;
    if links == Links::Refuse {
        flags |= OFlags::NOFOLLOW;
    }
    let fd = rustix::fs::open(path, flags, Mode::empty()).map_err(|e| {
        if e == rustix::io::Errno::LOOP && links == Links::Refuse {
            io::Error::new(io::ErrorKind::InvalidInput, format!("{} is a symlink; refusing it", path.display()))
        } else {
            io::Error::from(e)
        }
    })?;
    let st = rustix::fs::fstat(&fd)?;
    let kind = FileType::from_raw_mode(st.st_mode);
    if kind != FileType::RegularFile {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("{} is {}, not a regular file; refusing to read it", path.display(), describe(kind)),
        ));
    }
    Ok((File::from(fd), st))
}

fn describe(kind: FileType) -> &'static str {
    match kind {
        FileType::Fifo => "a FIFO",
        FileType::Directory => "a directory",
        FileType::Socket => "a socket",
        FileType::CharacterDevice => "a character device",
        FileType::BlockDevice => "a block device",
        FileType::Symlink => "a symlink",
        _ => "not a plain file",
    }
}

/// Read all of the regular file at `path` into `buf` (cleared first), refusing more than
/// `limit` bytes. procfs and sysfs files are regular files too, and report size 0, so
/// the length is only known at EOF.
pub fn read_into(path: &Path, links: Links, limit: u64, buf: &mut Vec<u8>) -> io::Result<Stat> {
    let (file, st) = open_regular(path, links)?;
    buf.clear();
    file.take(limit + 1).read_to_end(buf)?;
    if buf.len() as u64 > limit {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("{} is larger than {limit} bytes; refusing it", path.display()),
        ));
    }
    Ok(st)
}

/// [`read_into`] the caller's reused buffer, as text: for procfs and sysfs files, read
/// every cycle without allocating once the buffer has grown.
pub fn read_str<'a>(path: &Path, limit: u64, buf: &'a mut Vec<u8>) -> io::Result<&'a str> {
    read_into(path, Links::Follow, limit, buf)?;
    std::str::from_utf8(buf)
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, format!("{} is not UTF-8 text", path.display())))
}

/// [`read_into`] a new buffer, following a symlink at the path.
pub fn read(path: &Path, limit: u64) -> io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    read_into(path, Links::Follow, limit, &mut buf)?;
    Ok(buf)
}

/// [`read`] as UTF-8 text.
pub fn read_text(path: &Path, limit: u64) -> io::Result<String> {
    String::from_utf8(read(path, limit)?)
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, format!("{} is not UTF-8 text", path.display())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    #[test]
    fn fifos_devices_and_directories_are_refused_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("fifo");
        rustix::fs::mknodat(rustix::fs::CWD, &fifo, FileType::Fifo, Mode::from_raw_mode(0o644), 0).unwrap();
        let started = Instant::now();
        let err = read(&fifo, 100).unwrap_err().to_string();
        assert!(started.elapsed() < Duration::from_secs(1), "never blocks");
        assert!(err.contains("a FIFO") && err.contains(&fifo.display().to_string()), "{err}");
        assert!(read(dir.path(), 100).unwrap_err().to_string().contains("a directory"));
        assert!(read(Path::new("/dev/null"), 100).unwrap_err().to_string().contains("character device"));
    }

    #[test]
    fn size_bound_and_symlinks() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("f");
        std::fs::write(&f, b"12345").unwrap();
        assert_eq!(read(&f, 5).unwrap(), b"12345");
        assert!(read(&f, 4).unwrap_err().to_string().contains("larger than 4 bytes"));
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&f, &link).unwrap();
        assert_eq!(read(&link, 5).unwrap(), b"12345", "followed when allowed");
        let err = read_into(&link, Links::Refuse, 5, &mut Vec::new()).unwrap_err().to_string();
        assert!(err.contains("symlink"), "{err}");
        assert_eq!(read(&dir.path().join("none"), 5).unwrap_err().kind(), io::ErrorKind::NotFound);
    }
}
