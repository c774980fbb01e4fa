//! Full scans, and the depth-first descent every walk uses.
//!
//! The descent keeps an explicit stack of frames (one per ancestor of the directory being
//! visited), never the call stack, so a tree 20,000 levels deep is walked like a flat
//! one. Below the top, only the bottom frame and frames at a multiple of a stride keep
//! their directory's descriptor; the stride doubles whenever more than `FD_CAP` would be
//! open, and a frame that still has children to open but no descriptor is reopened
//! relative to the nearest open ancestor, at most a stride away. So descriptors stay
//! bounded however deep the tree, a comb (a leaf beside every level) costs about
//! depth²/FD_CAP reopens, and no path given to the kernel is longer than one name.

use super::inotify::Handle;
use super::sys::{self, Kind};
use super::tree::{Tree, NONE};
use std::io;
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

struct Frame {
    node: u32,
    fd: Option<OwnedFd>,
    /// The next child to visit, or NONE when all were.
    cursor: u32,
}

/// What a walk does with one child of a directory it holds open.
pub(super) type Visit<'v> = dyn FnMut(&mut Tree, BorrowedFd<'_>, u32) -> Option<OwnedFd> + 'v;

/// Visit every child of `top` (open at `fd`) and, for each visit that returns the
/// child's descriptor, that child's children in turn, depth first. `visit` may change the
/// visited child's own children but never its siblings. Returns early (leaving the rest
/// unvisited) when the tree's scan was cancelled.
pub(super) fn descend(tree: &mut Tree, top: u32, fd: OwnedFd, visit: &mut Visit<'_>) {
    let first = tree.nodes[top as usize].first_child;
    let mut stack = vec![Frame { node: top, fd: Some(fd), cursor: first }];
    let (mut open, mut stride) = (1usize, 1usize);
    let mut steps = 0u32;
    while let Some(top_frame) = stack.last_mut() {
        let child = top_frame.cursor;
        if child == NONE {
            if stack.pop().is_some_and(|f| f.fd.is_some()) {
                open -= 1;
            }
            continue;
        }
        steps = steps.wrapping_add(1);
        if steps % 1024 == 0 && tree.cancelled() {
            return;
        }
        top_frame.cursor = tree.nodes[child as usize].next_sibling;
        let at = stack.len() - 1;
        if stack[at].fd.is_none() {
            match reopen(tree, &stack, at) {
                Some(fd) => {
                    stack[at].fd = Some(fd);
                    open += 1;
                }
                None => {
                    // Replaced or gone since it was read: the next refresh sees its new
                    // stamp and reads it again; its remaining children wait until then.
                    stack[at].cursor = NONE;
                    continue;
                }
            }
        }
        let parent_fd = stack[at].fd.as_ref().expect("opened above").as_fd();
        let Some(child_fd) = visit(tree, parent_fd, child) else { continue };
        // The parent stops being the top: it keeps its descriptor only on the stride
        // (the bottom frame always does), as a base for reopening the frames above it.
        if at != 0 && at % stride != 0 {
            stack[at].fd = None;
            open -= 1;
        }
        let cursor = tree.nodes[child as usize].first_child;
        stack.push(Frame { node: child, fd: Some(child_fd), cursor });
        open += 1;
        while open > tree.fd_cap {
            stride *= 2;
            let last = stack.len() - 1;
            for (i, f) in stack.iter_mut().enumerate().take(last).skip(1) {
                if i % stride != 0 && f.fd.take().is_some() {
                    open -= 1;
                }
            }
        }
    }
}

/// Reopen frame `at` from the nearest ancestor frame still open, checking it is still the
/// directory that was read (same inode).
fn reopen(tree: &mut Tree, stack: &[Frame], at: usize) -> Option<OwnedFd> {
    let base = (0..at).rev().find(|&i| stack[i].fd.is_some())?;
    let mut fd: Option<OwnedFd> = None;
    for f in &stack[base + 1..=at] {
        let parent = fd.as_ref().map_or_else(|| stack[base].fd.as_ref().expect("found open").as_fd(), |f| f.as_fd());
        fd = Some(sys::open_at(parent, tree.name(f.node)).ok()?);
    }
    let fd = fd?;
    let node = stack[at].node;
    if sys::stamp(fd.as_fd()).ok()?.ino != tree.nodes[node as usize].ino {
        tree.nodes[node as usize].ino = 0; // makes the next refresh rescan it whole
        return None;
    }
    Some(fd)
}

impl Tree {
    /// Walk the whole tree from scratch.
    pub fn full_scan(&mut self) -> anyhow::Result<super::Counts> {
        self.newly_unreadable.clear();
        self.dirs_read = 0;
        self.reset();
        if self.watch_wanted {
            match super::inotify::Watcher::new() {
                Ok(w) => self.watcher = Some(w),
                Err(e) => self.watch_lost = Some(format!("inotify unavailable ({e}); counting by mtime walk")),
            }
        }
        if let Err(e) = self.scan_from_root() {
            self.reset();
            return Err(super::root_error(&self.root, e));
        }
        // Full scans happen rarely; give back the growth slack so memory stays near
        // 48 bytes a directory between them.
        self.nodes.shrink_to_fit();
        self.names.shrink_to_fit();
        self.need_walk = false;
        Ok(self.counts())
    }

    fn scan_from_root(&mut self) -> io::Result<()> {
        let fd = sys::open_root(&self.root)?;
        let root = self.push_detached(b"");
        let failed = AtomicBool::new(false);
        let watcher = self.watcher.take();
        let handle = watcher.as_ref().map(|w| w.handle());
        // The root alone first: its subdirectories (hosts) are the units handed to workers.
        let read = self.read_into(root, fd.as_fd(), handle, &failed);
        if read.is_ok() {
            let threads = self.threads.min(self.children(root).len());
            if threads <= 1 {
                descend(self, root, fd, &mut |t, parent, c| t.scan_child(parent, c, handle, &failed));
            } else {
                self.scan_hosts_in_parallel(fd.as_fd(), threads, handle, &failed);
            }
        }
        self.watcher = watcher;
        if failed.load(Ordering::Relaxed) {
            self.give_up_watching();
        }
        read
    }

    /// Several directory reads in flight: on a cold cache the disk, not the CPU, is the
    /// limit, and it serves concurrent reads faster than one at a time. Each worker scans
    /// whole hosts into a fragment of its own, grafted under the root afterwards.
    fn scan_hosts_in_parallel(
        &mut self,
        root_fd: BorrowedFd<'_>,
        threads: usize,
        handle: Option<Handle<'_>>,
        failed: &AtomicBool,
    ) {
        let names: Vec<Vec<u8>> = self.children(0).into_iter().map(|h| self.name(h).to_vec()).collect();
        self.nodes.truncate(1);
        self.nodes[0].first_child = NONE;
        self.names.clear();
        let next = AtomicUsize::new(0);
        let (root, cancel, fd_cap, progress) =
            (self.root.clone(), self.cancel.clone(), self.fd_cap, self.progress.clone());
        let fragments: Vec<(Tree, Vec<u32>)> = std::thread::scope(|scope| {
            let workers: Vec<_> = (0..threads)
                .map(|_| {
                    scope.spawn(|| {
                        let mut frag = Tree::new(&root);
                        frag.cancel = cancel.clone();
                        frag.bind_watches = false;
                        frag.fd_cap = fd_cap;
                        frag.progress = progress.clone();
                        let mut roots = Vec::new();
                        loop {
                            let i = next.fetch_add(1, Ordering::Relaxed);
                            let Some(name) = names.get(i) else { break };
                            if frag.cancelled() {
                                break;
                            }
                            let r = frag.push_detached(name);
                            frag.scan_detached(root_fd, r, handle, failed);
                            roots.push(r);
                        }
                        (frag, roots)
                    })
                })
                .collect();
            workers.into_iter().map(|w| w.join().expect("whisper scan worker panicked")).collect()
        });
        for (frag, roots) in fragments {
            self.graft(frag, &roots);
        }
        self.rebuild_watch_table();
    }

    /// Scan the host `node` (named, not yet read) of a worker's fragment.
    fn scan_detached(&mut self, root_fd: BorrowedFd<'_>, node: u32, handle: Option<Handle<'_>>, failed: &AtomicBool) {
        if let Some(fd) = self.scan_child(root_fd, node, handle, failed) {
            descend(self, node, fd, &mut |t, parent, c| t.scan_child(parent, c, handle, failed));
        }
    }

    fn children(&self, node: u32) -> Vec<u32> {
        let mut out = Vec::new();
        let mut c = self.nodes[node as usize].first_child;
        while c != NONE {
            out.push(c);
            c = self.nodes[c as usize].next_sibling;
        }
        out
    }

    /// Open child `c` of the directory at `parent` and read it; its descriptor when it
    /// has subdirectories to descend into. Failures mark it unreadable.
    pub(super) fn scan_child(
        &mut self,
        parent: BorrowedFd<'_>,
        c: u32,
        handle: Option<Handle<'_>>,
        failed: &AtomicBool,
    ) -> Option<OwnedFd> {
        let fd = match sys::open_at(parent, self.name(c)) {
            Ok(fd) => fd,
            Err(e) => {
                self.mark_unreadable(c, e);
                return None;
            }
        };
        if let Err(e) = self.read_into(c, fd.as_fd(), handle, failed) {
            self.mark_unreadable(c, e);
            return None;
        }
        (self.nodes[c as usize].first_child != NONE).then_some(fd)
    }

    /// Read one directory into `node`: its stamp, a watch (before the read, so nothing
    /// that changes after it is missed), its metric count and its subdirectories as new
    /// children. Only the stamp's failure is returned; a failed listing marks it.
    pub(super) fn read_into(
        &mut self,
        node: u32,
        fd: BorrowedFd<'_>,
        handle: Option<Handle<'_>>,
        failed: &AtomicBool,
    ) -> io::Result<()> {
        let stamp = sys::stamp(fd)?;
        self.set_stamp(node, stamp);
        if let Some(h) = handle.filter(|_| !failed.load(Ordering::Relaxed)) {
            match h.add(fd) {
                Ok(wd) if self.bind_watches => self.bind_watch(node, wd),
                Ok(wd) => self.nodes[node as usize].wd = wd,
                // The budget is spent (or /proc is missing): the scan goes on, and the
                // tree falls back to the mtime walk once it is done.
                Err(_) => failed.store(true, Ordering::Relaxed),
            }
        }
        self.dirs_read += 1;
        if let Some(p) = &self.progress {
            p.tick();
        }
        let mut buf = std::mem::replace(&mut self.buf, sys::Buf::new());
        let mut metrics = 0u32;
        let read = sys::list(fd, &mut buf, |name, kind| match kind {
            Kind::Dir => {
                self.add_child(node, name);
            }
            Kind::Metric => metrics = metrics.saturating_add(1),
            Kind::Other => {}
        });
        self.buf = buf;
        self.nodes[node as usize].metrics = metrics;
        if let Err(e) = read {
            if node == 0 {
                return Err(e);
            }
            self.free_children(node);
            self.mark_unreadable(node, e);
        }
        Ok(())
    }

    /// Scan the directory open at `fd` into `node`, and everything below it. Only an
    /// error on `node` itself is returned; errors below mark those directories.
    pub(super) fn scan_subtree(&mut self, node: u32, fd: OwnedFd) -> io::Result<()> {
        let failed = AtomicBool::new(false);
        let watcher = self.watcher.take();
        let handle = watcher.as_ref().map(|w| w.handle());
        let read = self.read_into(node, fd.as_fd(), handle, &failed);
        if read.is_ok() {
            descend(self, node, fd, &mut |t, parent, c| t.scan_child(parent, c, handle, &failed));
        }
        self.watcher = watcher;
        if failed.load(Ordering::Relaxed) {
            self.give_up_watching();
        }
        read
    }
}

#[cfg(test)]
mod tests {
    use super::super::tree::Tree;
    use proptest::prelude::*;
    use std::path::{Path, PathBuf};

    /// (hosts, metrics, dirs) by a plain walk of the real tree, for comparison.
    fn reference(root: &Path) -> (u64, u64, u64) {
        let (mut hosts, mut metrics, mut dirs) = (0, 0, 0);
        let mut todo = vec![(root.to_path_buf(), 0)];
        while let Some((d, depth)) = todo.pop() {
            for e in std::fs::read_dir(&d).unwrap() {
                let e = e.unwrap();
                if e.file_type().unwrap().is_dir() {
                    dirs += 1;
                    hosts += u64::from(depth == 0);
                    todo.push((e.path(), depth + 1));
                } else if e.file_name().to_string_lossy().ends_with(".wsp") {
                    metrics += 1;
                }
            }
        }
        (hosts, metrics, dirs)
    }

    /// Build a random tree: each step adds a directory under an earlier one (chosen so
    /// that long chains, combs and bushes all occur), maybe with a metric in it.
    fn build(root: &Path, steps: &[(u16, bool, bool)]) -> Vec<PathBuf> {
        let mut dirs = vec![root.to_path_buf()];
        std::fs::create_dir_all(root).unwrap();
        for (i, &(pick, deepest, metric)) in steps.iter().enumerate() {
            let parent = if deepest { dirs.len() - 1 } else { pick as usize % dirs.len() };
            let d = dirs[parent].join(format!("d{i}"));
            std::fs::create_dir(&d).unwrap();
            if metric {
                std::fs::write(d.join("m.wsp"), b"").unwrap();
            }
            dirs.push(d);
        }
        dirs
    }

    fn counts(t: &mut Tree) -> (u64, u64, u64) {
        let c = t.counts();
        (c.hosts, c.metrics, c.dirs)
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

        /// Whatever the shape, with descriptors capped so low that frames are reopened
        /// all the time, full scans (1 to 3 threads) and both kinds of incremental scan
        /// agree with a plain walk, before and after the tree changes.
        #[test]
        fn any_shape_is_counted_exactly(
            steps in prop::collection::vec((any::<u16>(), any::<bool>(), any::<bool>()), 1..160),
            changes in prop::collection::vec((any::<u16>(), any::<bool>()), 0..12),
            cap in 2usize..6,
            threads in 1usize..4,
            inotify: bool,
        ) {
            let dir = tempfile::tempdir().unwrap();
            let root = dir.path().join("w");
            let dirs = build(&root, &steps);
            let mut tree = Tree::new(&root).with_threads(threads).with_inotify(inotify);
            tree.fd_cap = cap;
            let full = tree.full_scan().unwrap();
            prop_assert_eq!((full.hosts, full.metrics, full.dirs), reference(&root));
            for (i, &(pick, remove)) in changes.iter().enumerate() {
                let d = &dirs[1 + pick as usize % (dirs.len() - 1)];
                if remove {
                    let _ = std::fs::remove_dir_all(d);
                } else if d.exists() {
                    std::fs::create_dir_all(d.join(format!("new{i}/deeper"))).unwrap();
                    std::fs::write(d.join(format!("new{i}/deeper/n.wsp")), b"").unwrap();
                }
            }
            tree.incremental().unwrap();
            prop_assert_eq!(counts(&mut tree), reference(&root));
        }
    }
}
