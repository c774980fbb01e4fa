//! Reading files that someone else could have planted.
//!
//! State files live in world-writable `/tmp` and `/dev/shm`, and fixture roots, env files
//! and password files are paths an operator (or an attacker) chooses. `open()` on a FIFO
//! blocks until a writer appears, forever if none does; on a device it may do anything.
//! So every such path is opened with `O_NONBLOCK` (a FIFO then opens at once), checked to
//! be a regular file with `fstat` on the descriptor itself (no race with a swap), and
//! read with a size bound. The one exception for reading is the null device
//! (`/dev/null`): it cannot block and reads as empty, and operators name it for "no such
//! file" (`--env-file /dev/null`). Files the daemon rewrites in place in such a
//! directory are opened for writing the same way, with no exception.

use rustix::fs::{FileType, Mode, OFlags, Stat};
use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

/// Whether a symlink at the path itself may be followed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Links {
    Follow,
    /// Refuse a symlink (files this daemon writes itself are never links).
    Refuse,
}

/// Open `path` read-only without blocking; refuse anything but a regular file or the
/// null device (which reads as empty).
pub(crate) fn open_regular(path: &Path, links: Links) -> io::Result<(File, Stat)> {
    let mut flags = OFlags::RDONLY | OFlags::NONBLOCK | OFlags::CLOEXEC | OFlags::NOCTTY;
    if links == Links::Refuse {
        flags |= OFlags::NOFOLLOW;
    }
    let fd = rustix::fs::open(path, flags, Mode::empty()).map_err(|e| match e {
        rustix::io::Errno::LOOP if links == Links::Refuse => symlink_refused(path),
        // A socket cannot be opened at all: said as what it is.
        rustix::io::Errno::NXIO => {
            let kind = rustix::fs::stat(path).map_or(FileType::Unknown, |st| FileType::from_raw_mode(st.st_mode));
            not_regular(path, kind, "read")
        }
        e => io::Error::from(e),
    })?;
    let st = rustix::fs::fstat(&fd)?;
    if is_null_device(&st) {
        return Ok((File::from(fd), st));
    }
    let st = regular(&fd, path, "read")?;
    Ok((File::from(fd), st))
}

/// The null device, character device 1:3 whatever its name: every read is at its end.
fn is_null_device(st: &Stat) -> bool {
    FileType::from_raw_mode(st.st_mode) == FileType::CharacterDevice
        && rustix::fs::major(st.st_rdev) == 1
        && rustix::fs::minor(st.st_rdev) == 3
}

/// Open `path` for writing without blocking, creating it with `mode` if it is missing;
/// refuse a symlink at the path and anything but a regular file. Nothing is truncated:
/// the caller writes what it has, then cuts the file to it, so a kill in between leaves
/// the old contents rather than an empty file. Every error names the path.
pub(crate) fn open_regular_for_writing(path: &Path, mode: u32) -> io::Result<File> {
    let flags =
        OFlags::WRONLY | OFlags::CREATE | OFlags::NONBLOCK | OFlags::NOFOLLOW | OFlags::NOCTTY | OFlags::CLOEXEC;
    let fd = rustix::fs::open(path, flags, Mode::from_raw_mode(mode)).map_err(|e| match e {
        rustix::io::Errno::LOOP => symlink_refused(path),
        // A FIFO with no reader (`O_NONBLOCK` makes that an error, not a wait), a device
        // with nothing behind it, a directory: said as what it is.
        rustix::io::Errno::NXIO | rustix::io::Errno::ISDIR => {
            let kind = rustix::fs::lstat(path).map_or(FileType::Unknown, |st| FileType::from_raw_mode(st.st_mode));
            not_regular(path, kind, "write")
        }
        e => io::Error::new(io::Error::from(e).kind(), format!("cannot open {} for writing: {e}", path.display())),
    })?;
    regular(&fd, path, "write")?;
    // Only the open needed it; a regular file's writes do not block anyway, but a
    // descriptor that says non-blocking must not surprise whoever writes through it.
    let flags = rustix::fs::fcntl_getfl(&fd)?;
    rustix::fs::fcntl_setfl(&fd, flags - OFlags::NONBLOCK)?;
    Ok(File::from(fd))
}

fn symlink_refused(path: &Path) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, format!("{} is a symlink; refusing it", path.display()))
}

/// The status of the file open at `fd` (from `path`), if it is a regular file: checked on
/// the descriptor itself, so nothing swapped in at the path after the open counts.
fn regular(fd: &rustix::fd::OwnedFd, path: &Path, verb: &str) -> io::Result<Stat> {
    let st = rustix::fs::fstat(fd)?;
    let kind = FileType::from_raw_mode(st.st_mode);
    if kind != FileType::RegularFile {
        return Err(not_regular(path, kind, verb));
    }
    Ok(st)
}

fn not_regular(path: &Path, kind: FileType, verb: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidInput,
        format!("{} is {}, not a regular file; refusing to {verb} it", path.display(), describe(kind)),
    )
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

/// Refuse a directory path that goes through a symlink someone else could have planted:
/// one owned by neither root nor one of `trusted` (the daemon's user). The kernel
/// refuses such a link in a sticky directory only where `fs.protected_symlinks=1`, and
/// hosts with 0 exist: a root daemon would then make directories and write state files
/// wherever another user's link in `/tmp` points. Each component is looked at with
/// `lstat`, links followed by hand (at most 40, as the kernel does), so a link in a
/// link's target is judged too. What does not exist yet is not judged: it will be a
/// directory this daemon makes. Whoever planted a link in a sticky directory cannot
/// replace a root-owned entry there, so what passes stays as judged. Errors other than
/// a refused link are left to the open or mkdir that follows, which says them better.
pub(crate) fn refuse_foreign_symlinks(dir: &Path, trusted: &[u32]) -> io::Result<()> {
    use std::collections::VecDeque;
    use std::path::{Component, PathBuf};
    const MAX_LINKS: usize = 40;
    let mut at = if dir.is_absolute() { PathBuf::from("/") } else { std::env::current_dir()? };
    let mut todo: VecDeque<std::ffi::OsString> = VecDeque::new();
    let push_front = |todo: &mut VecDeque<std::ffi::OsString>, at: &mut PathBuf, p: &Path| {
        if p.is_absolute() {
            *at = PathBuf::from("/");
        }
        for c in p.components().rev() {
            match c {
                Component::Normal(n) => todo.push_front(n.to_os_string()),
                Component::ParentDir => todo.push_front("..".into()),
                Component::RootDir | Component::CurDir | Component::Prefix(_) => {}
            }
        }
    };
    push_front(&mut todo, &mut at, dir);
    let mut links = 0;
    while let Some(name) = todo.pop_front() {
        if name == ".." {
            at.pop();
            continue;
        }
        let next = at.join(&name);
        let Ok(st) = rustix::fs::lstat(&next) else { return Ok(()) };
        if FileType::from_raw_mode(st.st_mode) != FileType::Symlink {
            at = next;
            continue;
        }
        if st.st_uid != 0 && !trusted.contains(&st.st_uid) {
            return Err(io::Error::new(
                io::ErrorKind::PermissionDenied,
                format!(
                    "{} is a symlink owned by uid {}, neither root nor this daemon's user (uid {}); \
                     refusing to follow it (a link another user planted could point anywhere)",
                    next.display(),
                    st.st_uid,
                    trusted.iter().map(u32::to_string).collect::<Vec<_>>().join(", ")
                ),
            ));
        }
        links += 1;
        if links > MAX_LINKS {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("{}: more than {MAX_LINKS} symlinks to follow", dir.display()),
            ));
        }
        let target = std::fs::read_link(&next)?;
        push_front(&mut todo, &mut at, &target);
    }
    Ok(())
}

/// Read all of the regular file at `path` into `buf` (cleared first), refusing more than
/// `limit` bytes. procfs and sysfs files are regular files too, and report size 0, so
/// the length is only known at EOF.
pub(crate) fn read_into(path: &Path, links: Links, limit: u64, buf: &mut Vec<u8>) -> io::Result<Stat> {
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
pub(crate) fn read_str<'a>(path: &Path, limit: u64, buf: &'a mut Vec<u8>) -> io::Result<&'a str> {
    read_into(path, Links::Follow, limit, buf)?;
    std::str::from_utf8(buf)
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, format!("{} is not UTF-8 text", path.display())))
}

/// [`read_str`], or `None` when there is no file at `path`: the kernel files a module or
/// an option adds (`/proc/net/snmp6` without IPv6), absent rather than broken.
pub(crate) fn read_str_if_present<'a>(path: &Path, limit: u64, buf: &'a mut Vec<u8>) -> io::Result<Option<&'a str>> {
    match read_str(path, limit, buf) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// [`read_into`] a new buffer, following a symlink at the path.
pub(crate) fn read(path: &Path, limit: u64) -> io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    read_into(path, Links::Follow, limit, &mut buf)?;
    Ok(buf)
}

/// [`read`] as UTF-8 text.
pub(crate) fn read_text(path: &Path, limit: u64) -> io::Result<String> {
    String::from_utf8(read(path, limit)?)
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, format!("{} is not UTF-8 text", path.display())))
}

/// Make a FIFO at `path`: tests plant one where a regular file is expected.
#[cfg(test)]
pub(crate) fn mkfifo(path: &Path) {
    rustix::fs::mknodat(rustix::fs::CWD, path, FileType::Fifo, rustix::fs::Mode::from_raw_mode(0o644), 0)
        .unwrap_or_else(|e| panic!("mkfifo {}: {e}", path.display()));
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    #[test]
    fn fifos_devices_and_directories_are_refused_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("fifo");
        crate::util::file::mkfifo(&fifo);
        let started = Instant::now();
        let err = read(&fifo, 100).unwrap_err().to_string();
        assert!(started.elapsed() < Duration::from_secs(1), "never blocks");
        assert!(err.contains("a FIFO") && err.contains(&fifo.display().to_string()), "{err}");
        assert!(read(dir.path(), 100).unwrap_err().to_string().contains("a directory"));
        let err = read(Path::new("/dev/zero"), 100).unwrap_err().to_string();
        assert!(err.contains("/dev/zero is a character device"), "{err}");
        assert_eq!(read(Path::new("/dev/null"), 100).unwrap(), b"", "the null device reads as empty");
        let socket = dir.path().join("sock");
        let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
        let err = read(&socket, 100).unwrap_err().to_string();
        assert!(err.contains("a socket") && err.contains("sock"), "{err}");
    }

    /// A file that exists keeps its contents (the caller cuts it after writing); a
    /// FIFO, with or without a reader, a directory and a symlink are refused at once,
    /// naming the path.
    #[test]
    fn opening_for_writing_keeps_the_contents_and_refuses_non_files() {
        use std::io::Write;
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("f");
        std::fs::write(&f, b"old contents").unwrap();
        let mut w = open_regular_for_writing(&f, 0o600).unwrap();
        assert_eq!(std::fs::read(&f).unwrap(), b"old contents", "not truncated at the open");
        let fl = rustix::fs::fcntl_getfl(&w).unwrap();
        assert!(!fl.contains(OFlags::NONBLOCK), "left blocking: {fl:?}");
        w.write_all(b"new").unwrap();
        assert_eq!(std::fs::read(&f).unwrap(), b"new contents");
        let made = dir.path().join("made");
        open_regular_for_writing(&made, 0o600).unwrap();
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&made).unwrap().permissions().mode() & 0o777, 0o600);

        let fifo = dir.path().join("fifo");
        crate::util::file::mkfifo(&fifo);
        let started = Instant::now();
        let err = open_regular_for_writing(&fifo, 0o600).unwrap_err().to_string();
        assert!(err.contains("a FIFO") && err.contains(&fifo.display().to_string()), "no reader: {err}");
        let _reader =
            rustix::fs::open(&fifo, OFlags::RDONLY | OFlags::NONBLOCK | OFlags::CLOEXEC, Mode::empty()).unwrap();
        let err = open_regular_for_writing(&fifo, 0o600).unwrap_err().to_string();
        assert!(err.contains("a FIFO") && err.contains(&fifo.display().to_string()), "a reader: {err}");
        assert!(started.elapsed() < Duration::from_secs(1), "never blocks");
        let err = open_regular_for_writing(dir.path(), 0o600).unwrap_err().to_string();
        assert!(err.contains("a directory") && err.contains(&dir.path().display().to_string()), "{err}");
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&f, &link).unwrap();
        let err = open_regular_for_writing(&link, 0o600).unwrap_err().to_string();
        assert!(err.contains("symlink") && err.contains("link"), "{err}");
        let err = open_regular_for_writing(&dir.path().join("none/x"), 0o600).unwrap_err().to_string();
        assert!(err.contains("none/x"), "{err}");
    }

    /// A link owned by neither root nor a trusted user is refused wherever it sits in the
    /// path: the last component, a parent, inside another link's target, after `..`. As
    /// root the links are given to nobody; as anyone else they are the test's own, and
    /// its uid is left out of the trusted ones.
    #[test]
    fn another_users_symlinks_are_refused_anywhere_in_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let root = rustix::process::geteuid().is_root();
        let planter = if root { 65534 } else { rustix::process::geteuid().as_raw() };
        let link = |target: &Path, at: &Path, owner: u32| {
            std::os::unix::fs::symlink(target, at).unwrap();
            if root {
                std::os::unix::fs::lchown(at, Some(owner), Some(owner)).unwrap();
            }
        };
        std::fs::create_dir_all(d.join("victim")).unwrap();
        std::fs::create_dir_all(d.join("sticky/real")).unwrap();
        link(&d.join("victim"), &d.join("sticky/link"), planter);
        let refused = |p: &Path| {
            let e = refuse_foreign_symlinks(p, &[]).expect_err(&p.display().to_string()).to_string();
            assert!(e.contains(&d.join("sticky/link").display().to_string()) && e.contains("symlink"), "{e}");
        };
        refused(&d.join("sticky/link"));
        refused(&d.join("sticky/link/sub/deeper"));
        refused(&d.join("sticky/real/../link"));
        // A trusted link whose target goes through the planted one.
        link(&d.join("sticky/link"), &d.join("via"), 0);
        if root {
            refused(&d.join("via/sub"));
        }
        // Its owner's own link is fine; what does not exist yet is not judged.
        refuse_foreign_symlinks(&d.join("sticky/link/sub"), &[planter]).unwrap();
        refuse_foreign_symlinks(&d.join("sticky/none/sub"), &[]).unwrap();
        refuse_foreign_symlinks(&d.join("sticky/real"), &[]).unwrap();
        // A loop of trusted links ends.
        link(Path::new("l2"), &d.join("l1"), planter);
        link(Path::new("l1"), &d.join("l2"), planter);
        let e = refuse_foreign_symlinks(&d.join("l1/x"), &[planter]).unwrap_err().to_string();
        assert!(e.contains("more than 40 symlinks"), "{e}");
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
