//! Reading one process from `<proc-root>/PID`: its directory's owner (`fstat`, no
//! `status` parse), `stat`, `statm`, and `io` when I/O is wanted; `status` only for a
//! process whose directory root owns (a non-dumpable or set-uid process: the owner is
//! then not its real user). Every file is opened relative to the process's directory,
//! without blocking, and read into one reused buffer; a process that exits meanwhile is
//! reported as gone, never as an error.

use rustix::fs::{FileType, Mode, OFlags};
use rustix::io::Errno;
use std::fmt::Write as _;
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};

/// The kernel's flag for a kernel thread (`PF_KTHREAD`, include/linux/sched.h).
const PF_KTHREAD: u64 = 0x0020_0000;

/// A `stat`, `statm`, `io` or `status` file is far below this; more is not a proc file.
const FILE_LIMIT: usize = 64 << 10;

/// What one read of one process gives.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Raw {
    pub(crate) pid: u32,
    pub(crate) ppid: u32,
    /// The real uid (from `status` when the directory's owner is root, else the owner).
    pub(crate) uid: u32,
    /// Its user's name (filled by the collector).
    pub(crate) user: String,
    /// The state letter of `stat` (R, S, D, T, Z, ...).
    pub(crate) state: u8,
    /// `comm`, the kernel's command name (at most 15 bytes).
    pub(crate) comm: String,
    /// Clock ticks: the process's own user and system time, and those of its children
    /// it has waited for.
    pub(crate) utime: u64,
    pub(crate) stime: u64,
    pub(crate) cutime: u64,
    pub(crate) cstime: u64,
    pub(crate) threads: u64,
    /// Clock ticks after boot.
    pub(crate) start: u64,
    /// A kernel thread (`PF_KTHREAD` in `stat`'s flags): root's, no `status` read.
    pub(crate) kthread: bool,
    /// Resident pages (`statm`'s second field).
    pub(crate) rss_pages: u64,
    /// `read_bytes`, `write_bytes`, `syscr`, `syscw` of `io`; `None` when not wanted or
    /// not readable (another user's process without CAP_SYS_PTRACE).
    pub(crate) io: Option<[u64; 4]>,
}

/// Why a process could not be read.
#[derive(Debug)]
pub(crate) enum Skip {
    /// It exited (or its pid was reaped) while being read: said nowhere.
    Gone,
    /// Not selected: its user or command does not match.
    NotSelected,
    /// A file that is not what procfs writes (a fixture, a planted file).
    Bad(String),
}

fn gone(e: Errno) -> bool {
    // ENOENT: the directory or file went away; ESRCH: the task is gone behind an open
    // file; EINVAL/ENOTDIR cover a name that stopped being a process directory.
    matches!(e, Errno::NOENT | Errno::SRCH | Errno::NOTDIR)
}

/// Reads processes with reused buffers; one per collector.
pub(crate) struct Reader {
    /// A zeroed buffer, grown when a file fills it; `len` bytes of it read.
    buf: Vec<u8>,
    len: usize,
    /// The directory name of the process being read.
    name: String,
    /// Whether the files are procfs's (checked once on the root): then no per-file
    /// `fstat` is needed to know each is a regular file.
    procfs: bool,
}

impl Reader {
    pub(crate) fn new(root: BorrowedFd<'_>) -> Reader {
        let procfs = rustix::fs::fstatfs(root).is_ok_and(|s| s.f_type == rustix::fs::PROC_SUPER_MAGIC);
        Reader { buf: vec![0; 4096], len: 0, name: String::new(), procfs }
    }

    /// Read `name` in `dir` into the buffer (`self.buf[..self.len]`): opened without
    /// blocking, refused unless a regular file, at most [`FILE_LIMIT`] bytes.
    fn file(&mut self, dir: BorrowedFd<'_>, name: &str) -> Result<(), Errno> {
        let flags = OFlags::RDONLY | OFlags::NONBLOCK | OFlags::CLOEXEC | OFlags::NOCTTY | OFlags::NOFOLLOW;
        let fd = rustix::fs::openat(dir, name, flags, Mode::empty())?;
        if !self.procfs && FileType::from_raw_mode(rustix::fs::fstat(&fd)?.st_mode) != FileType::RegularFile {
            return Err(Errno::INVAL);
        }
        self.len = 0;
        loop {
            if self.len == self.buf.len() {
                if self.buf.len() > FILE_LIMIT {
                    return Err(Errno::FBIG);
                }
                self.buf.resize((self.buf.len() * 2).max(4096), 0);
            }
            let n = match rustix::io::read(&fd, &mut self.buf[self.len..]) {
                Ok(n) => n,
                Err(Errno::INTR) => continue,
                Err(e) => return Err(e),
            };
            self.len += n;
            // procfs writes these one-record files whole into a read large enough: a
            // short read is the end, and the read that would return 0 is saved (a
            // third of the system calls per file). Elsewhere, read to the end.
            if n == 0 || (self.procfs && self.len < self.buf.len()) {
                return Ok(());
            }
        }
    }

    fn data(&self) -> &[u8] {
        &self.buf[..self.len]
    }

    /// Read process `pid` (its directory in `root`) into `out`, if its user (by uid) and
    /// its command are selected; `io`: whether to read its I/O counters.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn read(
        &mut self,
        root: BorrowedFd<'_>,
        pid: u32,
        selected_uid: &mut dyn FnMut(u32) -> bool,
        selected_comm: &dyn Fn(&str) -> bool,
        io: bool,
        out: &mut Raw,
    ) -> Result<(), Skip> {
        // O_PATH: the directory is only a base for the files and its owner (fstat); such
        // a descriptor is the cheapest to open.
        let dflags = OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC | OFlags::NOFOLLOW;
        self.name.clear();
        let _ = write!(self.name, "{pid}");
        let dir: OwnedFd = match rustix::fs::openat(root, self.name.as_str(), dflags, Mode::empty()) {
            Ok(fd) => fd,
            Err(e) if gone(e) => return Err(Skip::Gone),
            Err(e) => return Err(Skip::Bad(format!("{pid}: {e}"))),
        };
        let owner = match rustix::fs::fstat(&dir) {
            Ok(st) => st.st_uid,
            Err(e) if gone(e) => return Err(Skip::Gone),
            Err(e) => return Err(Skip::Bad(format!("{pid}: {e}"))),
        };
        // Another user's process that is not wanted costs this one open and fstat.
        if owner != 0 && !selected_uid(owner) {
            return Err(Skip::NotSelected);
        }
        self.file_or_skip(dir.as_fd(), pid, "stat")?;
        parse_stat(self.data(), out).map_err(|why| Skip::Bad(format!("{pid}/stat: {why}")))?;
        out.pid = pid;
        out.uid = owner;
        if owner == 0 && !out.kthread {
            // A root-owned directory: root's own process, or one whose owner the kernel
            // shows as root (not dumpable: set-uid programs, sshd's children, agents).
            // Its real uid is in `status`, as psutil and ps take it.
            self.file_or_skip(dir.as_fd(), pid, "status")?;
            out.uid = parse_status_uid(self.data()).map_err(|why| Skip::Bad(format!("{pid}/status: {why}")))?;
            if !selected_uid(out.uid) {
                return Err(Skip::NotSelected);
            }
        } else if owner == 0 && !selected_uid(0) {
            return Err(Skip::NotSelected);
        }
        if !selected_comm(&out.comm) {
            return Err(Skip::NotSelected);
        }
        self.file_or_skip(dir.as_fd(), pid, "statm")?;
        out.rss_pages = parse_statm(self.data()).map_err(|why| Skip::Bad(format!("{pid}/statm: {why}")))?;
        out.io = None;
        if io {
            match self.file(dir.as_fd(), "io") {
                Ok(()) => out.io = Some(parse_io(self.data()).map_err(|why| Skip::Bad(format!("{pid}/io: {why}")))?),
                Err(e) if gone(e) => return Err(Skip::Gone),
                // EACCES/EPERM: another user's process without CAP_SYS_PTRACE. Said as
                // null, never a failure.
                Err(_) => {}
            }
        }
        Ok(())
    }

    fn file_or_skip(&mut self, dir: BorrowedFd<'_>, pid: u32, name: &str) -> Result<(), Skip> {
        match self.file(dir, name) {
            Ok(()) => Ok(()),
            Err(e) if gone(e) => Err(Skip::Gone),
            Err(Errno::INVAL) if !self.procfs => Err(Skip::Bad(format!("{pid}/{name} is not a regular file"))),
            Err(e) => Err(Skip::Bad(format!("{pid}/{name}: {e}"))),
        }
    }
}

/// The fields of `/proc/PID/stat` this collector uses. `comm` is between the first `(`
/// and the last `)`: it may itself hold spaces and parentheses.
pub(crate) fn parse_stat(buf: &[u8], out: &mut Raw) -> Result<(), String> {
    let (Some(open), Some(close)) = (buf.iter().position(|&b| b == b'('), buf.iter().rposition(|&b| b == b')')) else {
        return Err("no (comm)".into());
    };
    if close < open {
        return Err("no (comm)".into());
    }
    out.comm.clear();
    out.comm.push_str(&String::from_utf8_lossy(&buf[open + 1..close]));
    let rest = std::str::from_utf8(&buf[close + 1..]).map_err(|_| "not text after (comm)".to_string())?;
    // Field 3 (state) is the first after the comm; `n` below is the field's number in
    // proc(5).
    let mut fields = rest.split_ascii_whitespace();
    let state = fields.next().ok_or("no state")?;
    out.state = state.as_bytes()[0];
    let mut n = 3;
    let mut number = |want: usize, fields: &mut std::str::SplitAsciiWhitespace<'_>| -> Result<u64, String> {
        while n < want - 1 {
            fields.next().ok_or_else(|| format!("no field {want}"))?;
            n += 1;
        }
        n += 1;
        let f = fields.next().ok_or_else(|| format!("no field {want}"))?;
        // cutime and cstime are signed in the kernel; never below 0 in practice.
        f.parse::<u64>()
            .or_else(|_| f.parse::<i64>().map(|v| v.max(0) as u64))
            .map_err(|_| format!("field {want} is {f:?}"))
    };
    out.ppid = number(4, &mut fields)? as u32;
    let flags = number(9, &mut fields)?;
    out.kthread = flags & PF_KTHREAD != 0;
    out.utime = number(14, &mut fields)?;
    out.stime = number(15, &mut fields)?;
    out.cutime = number(16, &mut fields)?;
    out.cstime = number(17, &mut fields)?;
    out.threads = number(20, &mut fields)?;
    out.start = number(22, &mut fields)?;
    Ok(())
}

/// Resident pages: `statm`'s second field.
pub(crate) fn parse_statm(buf: &[u8]) -> Result<u64, String> {
    let text = std::str::from_utf8(buf).map_err(|_| "not text")?;
    let f = text.split_ascii_whitespace().nth(1).ok_or("no resident field")?;
    f.parse().map_err(|_| format!("resident is {f:?}"))
}

/// `read_bytes`, `write_bytes`, `syscr`, `syscw` of `/proc/PID/io`.
pub(crate) fn parse_io(buf: &[u8]) -> Result<[u64; 4], String> {
    let text = std::str::from_utf8(buf).map_err(|_| "not text")?;
    let mut v = [None; 4];
    for line in text.lines() {
        let Some((k, val)) = line.split_once(':') else { continue };
        let i = match k {
            "read_bytes" => 0,
            "write_bytes" => 1,
            "syscr" => 2,
            "syscw" => 3,
            _ => continue,
        };
        v[i] = Some(val.trim().parse::<u64>().map_err(|_| format!("{k} is {:?}", val.trim()))?);
    }
    let names = ["read_bytes", "write_bytes", "syscr", "syscw"];
    let mut out = [0; 4];
    for (i, x) in v.iter().enumerate() {
        out[i] = x.ok_or_else(|| format!("no {}", names[i]))?;
    }
    Ok(out)
}

/// The real uid: the first number of `status`'s `Uid:` line. Only that line need be
/// text: the `Name:` line holds the command name's bytes as the process set them.
pub(crate) fn parse_status_uid(buf: &[u8]) -> Result<u32, String> {
    let line = buf.split(|&b| b == b'\n').find_map(|l| l.strip_prefix(b"Uid:")).ok_or("no Uid line")?;
    let line = std::str::from_utf8(line).map_err(|_| "Uid line not text")?;
    let f = line.split_ascii_whitespace().next().ok_or("empty Uid line")?;
    f.parse().map_err(|_| format!("Uid is {f:?}"))
}

/// The numbers of `<proc-root>` that name processes, into `pids` (cleared first).
pub(crate) fn list_pids(root: BorrowedFd<'_>, dents: &mut Vec<u8>, pids: &mut Vec<u32>) -> std::io::Result<()> {
    pids.clear();
    if dents.capacity() < 32 << 10 {
        *dents = Vec::with_capacity(32 << 10);
    }
    // A fresh descriptor each time: reading a directory leaves its offset at the end.
    let fd = rustix::fs::openat(root, ".", OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC, Mode::empty())?;
    let mut dir = rustix::fs::RawDir::new(fd.as_fd(), dents.spare_capacity_mut());
    while let Some(entry) = dir.next() {
        let entry = entry?;
        let name = entry.file_name().to_bytes();
        if name.is_empty() || !name.iter().all(u8::is_ascii_digit) {
            continue;
        }
        if let Some(pid) = std::str::from_utf8(name).ok().and_then(|s| s.parse::<u32>().ok()) {
            pids.push(pid);
        }
    }
    pids.sort_unstable();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stat_with_a_comm_of_spaces_and_parentheses() {
        let line = b"4242 (a) b (c)) T 1 4242 4242 0 -1 4194560 100 0 0 0 150 25 7 3 20 0 3 0 98765 1000 250 18446744073709551615\n";
        let mut r = Raw::default();
        parse_stat(line, &mut r).unwrap();
        assert_eq!(r.comm, "a) b (c)");
        assert_eq!((r.state, r.ppid, r.utime, r.stime, r.cutime, r.cstime), (b'T', 1, 150, 25, 7, 3));
        assert_eq!((r.threads, r.start, r.kthread), (3, 98765, false));
        let kthread = b"2 (kthreadd) S 0 0 0 0 -1 2129984 0 0 0 0 0 0 0 0 20 0 1 0 2 0 0\n";
        parse_stat(kthread, &mut r).unwrap();
        assert!(r.kthread);
        let e = parse_stat(b"7 (x) S 1 2 3", &mut r).unwrap_err();
        assert!(e.contains("no field 9"), "{e}");
        let e = parse_stat(b"7 (x) S 1 2 3 4 5 6 7 8 9 10 abc 13 14 15 16 17 18 19 20 21", &mut r).unwrap_err();
        assert!(e.contains("field 14 is \"abc\""), "{e}");
    }

    #[test]
    fn statm_io_and_status() {
        assert_eq!(parse_statm(b"2500 345 200 10 0 300 0\n").unwrap(), 345);
        let io = b"rchar: 1\nwchar: 2\nsyscr: 3\nsyscw: 4\nread_bytes: 5\nwrite_bytes: 6\ncancelled_write_bytes: 7\n";
        assert_eq!(parse_io(io).unwrap(), [5, 6, 3, 4]);
        assert!(parse_io(b"rchar: 1\n").unwrap_err().contains("no read_bytes"));
        let status = b"Name:\tsu\nUmask:\t0022\nState:\tS (sleeping)\nUid:\t1000\t0\t0\t0\nGid:\t0\t0\t0\t0\n";
        assert_eq!(parse_status_uid(status).unwrap(), 1000);
    }

    /// A process may name itself with any bytes (`prctl(PR_SET_NAME)`); `status` shows
    /// them raw but for `\n` and `\\`, so a name that is not UTF-8 must not hide the
    /// process (a root-owned or non-dumpable one is read through `status`).
    #[test]
    fn a_status_with_a_name_that_is_not_utf8_still_gives_its_uid() {
        let status = b"Name:\t\xff\xfe\\\\n\nUmask:\t0022\nState:\tS (sleeping)\nUid:\t1001\t0\t0\t0\n";
        assert_eq!(parse_status_uid(status).unwrap(), 1001);
        assert!(parse_status_uid(b"Name:\t\xff\nGid:\t0\n").unwrap_err().contains("no Uid line"));
    }
}
