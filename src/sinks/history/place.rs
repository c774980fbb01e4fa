//! Opening the history's folders and files relative to the history directory's
//! descriptor: never through a symlink, never blocking on a FIFO, and only what is a
//! directory or a regular file of this daemon's user. Something planted at one of the
//! names is refused, naming its path and what it is; nothing is followed.

use rustix::fd::{AsFd, OwnedFd};
use rustix::fs::{AtFlags, FileType, Mode, OFlags, Stat};
use std::fs::File;
use std::io;
use std::path::Path;

/// Mode of the folders (the history's data is the host's, not the world's).
pub(crate) const DIR_MODE: u32 = 0o750;
/// Mode of the CSV files and archives.
pub(crate) const FILE_MODE: u32 = 0o640;

pub(crate) fn me() -> u32 {
    rustix::process::geteuid().as_raw()
}

fn describe(kind: FileType) -> &'static str {
    match kind {
        FileType::Fifo => "a FIFO",
        FileType::Directory => "a directory",
        FileType::RegularFile => "a regular file",
        FileType::Socket => "a socket",
        FileType::CharacterDevice => "a character device",
        FileType::BlockDevice => "a block device",
        FileType::Symlink => "a symlink",
        _ => "not a plain file",
    }
}

/// What is at `name` under `at`, not following a symlink.
pub(crate) fn look<P: rustix::path::Arg>(at: impl AsFd, name: P) -> io::Result<Stat> {
    Ok(rustix::fs::statat(at, name, AtFlags::SYMLINK_NOFOLLOW)?)
}

fn refused(shown: &Path, at: impl AsFd, name: &str, want: &str) -> io::Error {
    let kind = look(at, name).map_or(FileType::Unknown, |st| FileType::from_raw_mode(st.st_mode));
    io::Error::new(
        io::ErrorKind::InvalidInput,
        format!("{} is {}, not {want}; refusing it (nothing there is followed)", shown.display(), describe(kind)),
    )
}

/// Refuse what another user owns: a file planted among ours is neither written nor kept.
fn ours(st: &Stat, shown: &Path) -> io::Result<()> {
    if st.st_uid != me() {
        return Err(io::Error::new(
            io::ErrorKind::PermissionDenied,
            format!("{} belongs to uid {}, not to this daemon (uid {}); refusing it", shown.display(), st.st_uid, me()),
        ));
    }
    Ok(())
}

fn with_path(e: rustix::io::Errno, verb: &str, shown: &Path) -> io::Error {
    named(io::Error::from(e), verb, shown)
}

/// A system error said with what was done and its path, its error number kept (a full
/// disk is told apart from other failures by it).
#[derive(Debug)]
struct Named {
    code: Option<i32>,
    text: String,
}

impl std::fmt::Display for Named {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

impl std::error::Error for Named {}

/// `e` as "cannot VERB PATH: e", its error number kept for [`os_code`].
pub(crate) fn named(e: io::Error, verb: &str, shown: &Path) -> io::Error {
    let code = os_code(&e);
    io::Error::new(e.kind(), Named { code, text: format!("cannot {verb} {}: {e}", shown.display()) })
}

/// The error number of `e`, or of the error it names.
pub(crate) fn os_code(e: &io::Error) -> Option<i32> {
    e.raw_os_error().or_else(|| e.get_ref()?.downcast_ref::<Named>()?.code)
}

/// Open the folder `name` under `at` (shown as `shown`), a directory of ours.
pub(crate) fn open_dir(at: impl AsFd, name: &str, shown: &Path) -> io::Result<OwnedFd> {
    let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::NONBLOCK | OFlags::CLOEXEC;
    let fd = rustix::fs::openat(&at, name, flags, Mode::empty()).map_err(|e| match e {
        rustix::io::Errno::LOOP | rustix::io::Errno::NOTDIR => refused(shown, &at, name, "a directory"),
        e => with_path(e, "open", shown),
    })?;
    ours(&rustix::fs::fstat(&fd)?, shown)?;
    Ok(fd)
}

/// [`open_dir`], made first if missing.
pub(crate) fn make_dir(at: impl AsFd, name: &str, shown: &Path) -> io::Result<OwnedFd> {
    match rustix::fs::mkdirat(&at, name, Mode::from_raw_mode(DIR_MODE)) {
        Ok(()) | Err(rustix::io::Errno::EXIST) => open_dir(at, name, shown),
        Err(e) => Err(with_path(e, "create", shown)),
    }
}

/// Open the file `name` under `at` to append to it and read it back (created if
/// `create`), a regular file of ours; the descriptor blocking again once open.
pub(crate) fn open_file(at: impl AsFd, name: &str, create: bool, shown: &Path) -> io::Result<(File, Stat)> {
    let mut flags =
        OFlags::RDWR | OFlags::APPEND | OFlags::NOFOLLOW | OFlags::NONBLOCK | OFlags::NOCTTY | OFlags::CLOEXEC;
    if create {
        flags |= OFlags::CREATE;
    }
    let fd = rustix::fs::openat(&at, name, flags, Mode::from_raw_mode(FILE_MODE)).map_err(|e| match e {
        // A symlink (with O_NOFOLLOW), a FIFO with no reader, a device with nothing
        // behind it, a directory: said as what it is.
        rustix::io::Errno::LOOP | rustix::io::Errno::NXIO | rustix::io::Errno::ISDIR => {
            refused(shown, &at, name, "a regular file")
        }
        e => with_path(e, "open", shown),
    })?;
    let st = checked_file(&fd, &at, name, shown)?;
    let fl = rustix::fs::fcntl_getfl(&fd)?;
    rustix::fs::fcntl_setfl(&fd, fl - OFlags::NONBLOCK)?;
    Ok((File::from(fd), st))
}

/// Open the file `name` under `at` read-only, a regular file of ours.
pub(crate) fn open_to_read(at: impl AsFd, name: &str, shown: &Path) -> io::Result<(File, Stat)> {
    let flags = OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::NONBLOCK | OFlags::NOCTTY | OFlags::CLOEXEC;
    let fd = rustix::fs::openat(&at, name, flags, Mode::empty()).map_err(|e| match e {
        rustix::io::Errno::LOOP | rustix::io::Errno::NXIO => refused(shown, &at, name, "a regular file"),
        e => with_path(e, "open", shown),
    })?;
    let st = checked_file(&fd, &at, name, shown)?;
    Ok((File::from(fd), st))
}

/// The status of the file open at `fd`, if it is a regular file of ours: checked on the
/// descriptor, so nothing swapped in at the name after the open counts.
fn checked_file(fd: &OwnedFd, at: impl AsFd, name: &str, shown: &Path) -> io::Result<Stat> {
    let st = rustix::fs::fstat(fd)?;
    if FileType::from_raw_mode(st.st_mode) != FileType::RegularFile {
        return Err(refused(shown, at, name, "a regular file"));
    }
    ours(&st, shown)?;
    Ok(st)
}

/// Make a new file `name` under `at` to write it whole (an archive's temporary): never
/// an existing one, never through a symlink.
pub(crate) fn create_new(at: impl AsFd, name: &str, shown: &Path) -> io::Result<File> {
    let flags = OFlags::WRONLY | OFlags::CREATE | OFlags::EXCL | OFlags::NOFOLLOW | OFlags::CLOEXEC;
    let fd = rustix::fs::openat(at, name, flags, Mode::from_raw_mode(FILE_MODE))
        .map_err(|e| with_path(e, "create", shown))?;
    Ok(File::from(fd))
}

/// The names in the folder open at `fd` (but `.` and `..`) with their types. A name
/// that is not UTF-8 is nothing of ours, but can still be removed by it.
pub(crate) fn entries(fd: impl AsFd) -> io::Result<Vec<(std::ffi::OsString, FileType)>> {
    use std::os::unix::ffi::OsStrExt;
    let mut out = Vec::new();
    for e in rustix::fs::Dir::read_from(fd)? {
        let e = e?;
        let name = e.file_name().to_bytes();
        if name != b"." && name != b".." {
            out.push((std::ffi::OsStr::from_bytes(name).to_os_string(), e.file_type()));
        }
    }
    Ok(out)
}
