//! inotify watches on whisper directories: which directories had entries added, removed
//! or renamed. Writes to `.wsp` files (carbon's constant updates) are not subscribed.
//!
//! A watch is added on a directory the walk already holds open, through
//! `/proc/self/fd/N`, before its entries are read: no path is ever resolved (so paths
//! longer than PATH_MAX work and a renamed parent cannot redirect it), and whatever
//! changes after the read raises an event.
//!
//! Used directly rather than through the notify crate, which keeps a path per watch:
//! here a watch costs the tree 8 bytes (its descriptor in the node, and the node in a
//! table indexed by descriptor).

use rustix::fs::inotify::{self, CreateFlags, ReadFlags, WatchFlags};
use rustix::io::Errno;
use std::io;
use std::mem::MaybeUninit;
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, OwnedFd};

const MASK: WatchFlags = WatchFlags::CREATE
    .union(WatchFlags::DELETE)
    .union(WatchFlags::MOVED_FROM)
    .union(WatchFlags::MOVED_TO)
    .union(WatchFlags::ONLYDIR);

pub(super) enum Event {
    /// Entries of the directory with this watch descriptor changed.
    Changed(i32),
    /// The kernel dropped events: anything may have changed.
    Overflow,
}

pub(super) struct Watcher {
    fd: OwnedFd,
    buf: Vec<MaybeUninit<u8>>,
}

impl Watcher {
    pub(crate) fn new() -> io::Result<Watcher> {
        let fd = inotify::init(CreateFlags::NONBLOCK | CreateFlags::CLOEXEC)?;
        Ok(Watcher { fd, buf: vec![MaybeUninit::uninit(); 64 << 10] })
    }

    pub(crate) fn handle(&self) -> Handle<'_> {
        Handle(self.fd.as_fd())
    }

    pub(crate) fn remove(&self, wd: i32) {
        // A watch already gone (directory deleted: the kernel dropped it) is harmless.
        let _ = inotify::remove_watch(&self.fd, wd);
    }

    /// Hand every queued event to `f`, without blocking.
    pub(crate) fn drain(&mut self, mut f: impl FnMut(Event)) -> io::Result<()> {
        let mut reader = inotify::Reader::new(&self.fd, &mut self.buf);
        loop {
            match reader.next() {
                Ok(ev) if ev.events().contains(ReadFlags::QUEUE_OVERFLOW) => f(Event::Overflow),
                Ok(ev)
                    if ev.events().intersects(
                        ReadFlags::CREATE | ReadFlags::DELETE | ReadFlags::MOVED_FROM | ReadFlags::MOVED_TO,
                    ) =>
                {
                    f(Event::Changed(ev.wd()))
                }
                Ok(_) => {}
                Err(Errno::AGAIN) => return Ok(()),
                Err(e) => return Err(e.into()),
            }
        }
    }
}

/// A shareable reference to the inotify instance, for the scan's worker threads.
#[derive(Clone, Copy)]
pub(super) struct Handle<'a>(BorrowedFd<'a>);

impl Handle<'_> {
    /// Watch the directory open at `dir`. ENOSPC means the per-user watch budget is spent;
    /// ENOENT that /proc is not mounted.
    pub(crate) fn add(&self, dir: BorrowedFd<'_>) -> io::Result<i32> {
        let mut path = [0u8; 32];
        let text = format_fd_path(&mut path, dir.as_raw_fd());
        // No IN_DONT_FOLLOW: /proc/self/fd/N is a magic link to exactly the directory we
        // opened (with O_NOFOLLOW), and must be followed to reach it.
        Ok(inotify::add_watch(self.0, text, MASK)?)
    }
}

/// `/proc/self/fd/N` in a stack buffer (this runs once per directory).
fn format_fd_path(buf: &mut [u8; 32], fd: i32) -> &[u8] {
    use std::io::Write;
    let mut cursor = std::io::Cursor::new(&mut buf[..]);
    write!(cursor, "/proc/self/fd/{fd}").expect("32 bytes hold any descriptor number");
    let len = cursor.position() as usize;
    &buf[..len]
}

#[cfg(test)]
mod tests {
    #[test]
    fn fd_paths() {
        let mut b = [0u8; 32];
        assert_eq!(super::format_fd_path(&mut b, 7), b"/proc/self/fd/7");
        assert_eq!(super::format_fd_path(&mut b, i32::MAX), b"/proc/self/fd/2147483647");
    }
}
