//! Incremental recounts: re-read only what changed since the last scan, found either by
//! inotify events or by an mtime walk (a `fstatat` per directory through its parent's
//! descriptor, reading only those whose inode or mtime moved, or whose mtime was too
//! recent to trust).

use super::inotify::Event;
use super::scan::descend;
use super::sys::{self, Kind};
use super::tree::{Tree, DIRTY, FRESH, NONE, RACY, UNREADABLE};
use super::Counts;
use std::collections::HashSet;
use std::io;
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::sync::atomic::{AtomicBool, Ordering};

impl Tree {
    /// Re-read only what changed since the last scan. Needs a previous scan.
    pub fn incremental(&mut self) -> anyhow::Result<Counts> {
        assert!(self.is_scanned(), "incremental scan without a tree");
        self.newly_unreadable.clear();
        self.dirs_read = 0;
        let refreshed = if self.watcher.is_some() && !self.need_walk {
            self.apply_events()
        } else {
            self.need_walk = false;
            self.refresh_root()
        };
        if let Err(e) = refreshed {
            self.reset();
            return Err(super::root_error(&self.root, e));
        }
        Ok(self.counts())
    }

    /// Whether inotify reported changes (or lost events) since the last scan.
    pub fn has_pending_events(&mut self) -> bool {
        self.collect_events();
        self.need_walk || !self.dirty.is_empty()
    }

    /// Bring the root and everything below it up to date by an mtime walk.
    fn refresh_root(&mut self) -> io::Result<()> {
        let fd = sys::open_root(&self.root)?;
        let now = sys::stamp(fd.as_fd())?;
        let known = self.nodes[0];
        let fd = if now != known.stamp() || known.flags & RACY != 0 {
            match self.update(0, fd, now.ino)? {
                Some(fd) => fd,
                None => return Ok(()), // rescanned whole
            }
        } else {
            fd
        };
        descend(self, 0, fd, &mut |t, parent, c| t.refresh_child(parent, c));
        Ok(())
    }

    /// Refresh one child through its parent's descriptor; its descriptor when its own
    /// children need refreshing too.
    fn refresh_child(&mut self, parent: BorrowedFd<'_>, c: u32) -> Option<OwnedFd> {
        let known = self.nodes[c as usize];
        if known.flags & FRESH != 0 {
            // Scanned whole earlier in this pass.
            self.nodes[c as usize].flags &= !FRESH;
            return None;
        }
        // A directory that vanished since its parent was read shows in the parent's
        // mtime next time; until then it is counted as unreadable.
        let now = match sys::stamp_at(parent, self.name(c)) {
            Ok(s) => s,
            Err(e) => return self.lose(c, e),
        };
        let unchanged = now == known.stamp() && known.flags & (RACY | UNREADABLE) == 0;
        if unchanged && known.first_child == NONE {
            return None; // a leaf that did not change: nothing to open
        }
        let fd = match sys::open_at(parent, self.name(c)) {
            Ok(fd) => fd,
            Err(e) => return self.lose(c, e),
        };
        let fd = if unchanged {
            fd
        } else {
            match self.update(c, fd, now.ino) {
                Ok(Some(fd)) => fd,
                Ok(None) => return None, // read whole just now
                Err(e) => return self.lose(c, e),
            }
        };
        (self.nodes[c as usize].first_child != NONE).then_some(fd)
    }

    /// Bring one changed directory (open at `fd`, now with inode `ino`) up to date: only
    /// its own entries when it is the directory we knew, handing `fd` back so its kept
    /// children can be refreshed; the whole subtree when another directory took its name
    /// or it was unreadable before (`None`).
    fn update(&mut self, n: u32, fd: OwnedFd, ino: u64) -> io::Result<Option<OwnedFd>> {
        if ino == self.nodes[n as usize].ino && self.nodes[n as usize].flags & UNREADABLE == 0 {
            self.reread(n, fd.as_fd())?;
            return Ok(Some(fd));
        }
        self.free_children(n);
        self.scan_subtree(n, fd)?;
        Ok(None)
    }

    /// Re-read one changed directory: its own metric count, and which subdirectories
    /// came or went. New subdirectories are scanned whole (and marked fresh); kept ones
    /// are left to the caller.
    fn reread(&mut self, node: u32, fd: BorrowedFd<'_>) -> io::Result<()> {
        let stamp = sys::stamp(fd)?;
        self.dirs_read += 1;
        let mut buf = std::mem::replace(&mut self.buf, sys::Buf::new());
        let mut metrics = 0u32;
        let mut subdirs: HashSet<Vec<u8>> = HashSet::new();
        let read = sys::list(fd, &mut buf, |name, kind| match kind {
            Kind::Dir => {
                subdirs.insert(name.to_vec());
            }
            Kind::Metric => metrics = metrics.saturating_add(1),
            Kind::Other => {}
        });
        self.buf = buf;
        read?;
        self.set_stamp(node, stamp);
        self.nodes[node as usize].metrics = metrics;
        // Drop children that are gone; keep the rest, linked in their old order.
        let mut c = self.nodes[node as usize].first_child;
        let mut prev = NONE;
        while c != NONE {
            let next = self.nodes[c as usize].next_sibling;
            if subdirs.remove(self.name(c)) {
                prev = c;
            } else {
                if prev == NONE {
                    self.nodes[node as usize].first_child = next;
                } else {
                    self.nodes[prev as usize].next_sibling = next;
                }
                self.free_subtree(c);
            }
            c = next;
        }
        let failed = AtomicBool::new(false);
        let watcher = self.watcher.take();
        let handle = watcher.as_ref().map(|w| w.handle());
        for name in subdirs {
            let child = self.add_child(node, &name);
            if let Some(cfd) = self.scan_child(fd, child, handle, &failed) {
                descend(self, child, cfd, &mut |t, parent, c| t.scan_child(parent, c, handle, &failed));
            }
            self.nodes[child as usize].flags |= FRESH;
        }
        self.watcher = watcher;
        if failed.load(Ordering::Relaxed) {
            self.give_up_watching();
        }
        Ok(())
    }

    /// A directory that cannot be read now, counted as unreadable with nothing below it.
    /// Never the root: its errors are the scan's.
    fn lose(&mut self, n: u32, e: io::Error) -> Option<OwnedFd> {
        debug_assert_ne!(n, 0);
        self.free_children(n);
        self.mark_unreadable(n, e);
        None
    }

    /// Open node `n` by walking down from the root, one name at a time: no path is ever
    /// built, so depth and path length do not matter.
    fn open_node(&self, root: BorrowedFd<'_>, n: u32) -> io::Result<OwnedFd> {
        let mut fd: Option<OwnedFd> = None;
        for c in self.chain(n) {
            let parent = fd.as_ref().map_or(root, |f| f.as_fd());
            fd = Some(sys::open_at(parent, self.name(c))?);
        }
        match fd {
            Some(fd) => Ok(fd),
            None => sys::open_root(&self.root),
        }
    }

    /// Re-read the directories inotify named (and the unreadable ones, which no event
    /// announces when they become readable).
    fn apply_events(&mut self) -> io::Result<()> {
        self.collect_events();
        if self.need_walk {
            if self.watcher.is_some() {
                self.watch_lost = Some("inotify queue overflowed; one mtime walk to catch up".into());
            }
            self.need_walk = false;
            for n in std::mem::take(&mut self.dirty) {
                self.nodes[n as usize].flags &= !DIRTY;
            }
            return self.refresh_root();
        }
        let mut todo = std::mem::take(&mut self.dirty);
        todo.extend(
            (0..self.nodes.len() as u32)
                .filter(|&i| self.nodes[i as usize].live() && self.nodes[i as usize].flags & UNREADABLE != 0),
        );
        if todo.is_empty() {
            return Ok(());
        }
        let root = sys::open_root(&self.root)?;
        for n in todo {
            self.nodes[n as usize].flags &= !DIRTY;
            if !self.nodes[n as usize].live() {
                continue; // freed by an earlier re-read in this pass
            }
            let opened = self.open_node(root.as_fd(), n);
            let fd = match opened {
                Ok(fd) => fd,
                Err(e) if n == 0 => return Err(e),
                Err(e) => {
                    self.lose(n, e);
                    continue;
                }
            };
            // An unreadable inode counts as another directory: read it whole.
            let ino = sys::stamp(fd.as_fd()).map(|s| s.ino).unwrap_or(0);
            match self.update(n, fd, ino) {
                Ok(Some(fd)) => self.replace_swapped_children(n, fd.as_fd()),
                Ok(None) => {}
                Err(e) if n == 0 => return Err(e),
                Err(e) => {
                    self.lose(n, e);
                }
            }
        }
        Ok(())
    }

    /// After an event-driven re-read of `n`: a kept child whose name now holds another
    /// directory (`rm -rf x; mkdir x`) lost its watch with its inode, so read it whole;
    /// the new children need no refresh walk either.
    fn replace_swapped_children(&mut self, n: u32, fd: BorrowedFd<'_>) {
        let mut kids = Vec::new();
        let mut c = self.nodes[n as usize].first_child;
        while c != NONE {
            kids.push(c);
            c = self.nodes[c as usize].next_sibling;
        }
        for c in kids {
            if self.nodes[c as usize].flags & FRESH != 0 {
                self.nodes[c as usize].flags &= !FRESH;
                continue;
            }
            let now = match sys::stamp_at(fd, self.name(c)) {
                Ok(s) => s,
                Err(e) => {
                    self.lose(c, e);
                    continue;
                }
            };
            if now.ino == self.nodes[c as usize].ino {
                continue;
            }
            let rescanned = sys::open_at(fd, self.name(c)).and_then(|cfd| self.update(c, cfd, now.ino));
            if let Err(e) = rescanned {
                self.lose(c, e);
            }
        }
    }

    /// Read queued inotify events into the dirty list.
    pub(super) fn collect_events(&mut self) {
        let Some(watcher) = self.watcher.as_mut() else { return };
        let (nodes, wd_node, dirty, need_walk) = (&mut self.nodes, &self.wd_node, &mut self.dirty, &mut self.need_walk);
        let drained = watcher.drain(|ev| match ev {
            Event::Overflow => *need_walk = true,
            Event::Changed(wd) => {
                let Some(&n) = wd_node.get(wd as usize) else { return };
                let Some(node) = nodes.get_mut(n as usize) else { return };
                if node.wd == wd && node.live() && node.flags & DIRTY == 0 {
                    node.flags |= DIRTY;
                    dirty.push(n);
                }
            }
        });
        if let Err(e) = drained {
            self.watch_lost = Some(format!("reading inotify events failed ({e}); counting by mtime walk"));
            self.stop_watching();
            self.need_walk = true;
        }
    }

    pub(super) fn stop_watching(&mut self) {
        self.watcher = None;
        self.wd_node = Vec::new();
        for n in std::mem::take(&mut self.dirty) {
            self.nodes[n as usize].flags &= !DIRTY;
        }
        for n in &mut self.nodes {
            n.wd = 0;
        }
    }

    /// The watch budget ran out: say why, and count by mtime walk from now on (the next
    /// pass walks, to catch what changed while the watches were incomplete).
    pub(super) fn give_up_watching(&mut self) {
        let live = self.nodes.iter().filter(|n| n.live()).count();
        self.watch_lost = Some(format!(
            "the inotify watch budget (fs.inotify.max_user_watches) is too small for {live} directories; \
             counting by mtime walk instead"
        ));
        self.stop_watching();
        self.need_walk = true;
    }

    /// Map every watch descriptor to its node (after a threaded scan grafted fragments).
    pub(super) fn rebuild_watch_table(&mut self) {
        self.wd_node.clear();
        for i in 0..self.nodes.len() as u32 {
            let wd = self.nodes[i as usize].wd;
            if wd != 0 && self.nodes[i as usize].live() {
                self.bind_watch(i, wd);
            }
        }
    }
}
