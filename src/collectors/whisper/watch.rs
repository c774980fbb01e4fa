//! inotify watches on whisper directories: which directories had entries added, removed
//! or renamed. Writes to `.wsp` files (carbon's constant updates) are not subscribed.
//!
//! Used directly rather than through the notify crate, which keeps a path per watch:
//! here a watch costs the tree 8 bytes (its descriptor in the node, and the node in a
//! table indexed by descriptor).

use std::ffi::CString;
use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};

const MASK: u32 = libc::IN_CREATE | libc::IN_DELETE | libc::IN_MOVED_FROM | libc::IN_MOVED_TO | libc::IN_ONLYDIR;

pub enum Event {
    /// Entries of the directory with this watch descriptor changed.
    Changed(i32),
    /// The kernel dropped events: anything may have changed.
    Overflow,
}

pub struct Watcher {
    fd: OwnedFd,
    buf: Vec<u8>,
}

impl Watcher {
    pub fn new() -> io::Result<Watcher> {
        // SAFETY: plain syscall; the descriptor is owned below.
        let fd = unsafe { libc::inotify_init1(libc::IN_NONBLOCK | libc::IN_CLOEXEC) };
        if fd < 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(Watcher { fd: unsafe { OwnedFd::from_raw_fd(fd) }, buf: vec![0; 64 << 10] })
    }

    /// Watch the directory at `path`. `follow`: the root may be a symlink; nothing below
    /// it is followed. ENOSPC means the per-user watch budget is spent.
    pub fn add(&self, path: &[u8], follow: bool) -> io::Result<i32> {
        let c = CString::new(path).map_err(|_| io::Error::from(io::ErrorKind::InvalidInput))?;
        let mask = MASK | if follow { 0 } else { libc::IN_DONT_FOLLOW };
        // SAFETY: valid inotify descriptor and NUL-terminated path.
        let wd = unsafe { libc::inotify_add_watch(self.fd.as_raw_fd(), c.as_ptr(), mask) };
        if wd < 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(wd)
    }

    pub fn remove(&self, wd: i32) {
        // SAFETY: plain syscall; a watch already gone (directory deleted) is harmless.
        unsafe { libc::inotify_rm_watch(self.fd.as_raw_fd(), wd) };
    }

    /// Hand every queued event to `f`, without blocking.
    pub fn drain(&mut self, mut f: impl FnMut(Event)) -> io::Result<()> {
        loop {
            // SAFETY: reading into our own buffer of the stated length.
            let n = unsafe { libc::read(self.fd.as_raw_fd(), self.buf.as_mut_ptr().cast(), self.buf.len()) };
            if n < 0 {
                let e = io::Error::last_os_error();
                return if e.kind() == io::ErrorKind::WouldBlock { Ok(()) } else { Err(e) };
            }
            let mut off = 0usize;
            while off + 16 <= n as usize {
                // struct inotify_event { int wd; u32 mask; u32 cookie; u32 len; char name[len]; }
                let word = |i: usize| u32::from_ne_bytes(self.buf[off + i..off + i + 4].try_into().expect("4 bytes"));
                let (wd, mask, len) = (word(0) as i32, word(4), word(12) as usize);
                if mask & libc::IN_Q_OVERFLOW != 0 {
                    f(Event::Overflow);
                } else if mask & MASK != 0 {
                    f(Event::Changed(wd));
                }
                off += 16 + len;
            }
        }
    }
}
