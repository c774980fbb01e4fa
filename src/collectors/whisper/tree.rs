//! The whisper tree as last read: an arena of directory nodes (about 48 bytes each plus
//! the name, no file names), linked parent/first-child/next-sibling so that nothing
//! needs a per-directory allocation. Every operation on it loops over explicit lists:
//! nothing recurses, whatever the depth of the tree.

use super::inotify::Watcher;
use super::sys;
use crate::util::sync;
use std::io;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

/// Descriptors one descent keeps open at most (beyond the first and the deepest). With
/// `--whisper-threads` workers this many each, well inside the usual 1024 soft limit.
pub(super) const FD_CAP: usize = 128;

pub(super) const NONE: u32 = u32::MAX;

pub(super) const UNREADABLE: u8 = 1;
/// Modified too close to the moment it was read to prove nothing changed after.
pub(super) const RACY: u8 = 2;
pub(super) const FREE: u8 = 4;
/// Scanned whole during this incremental pass: already current, skip its refresh.
pub(super) const FRESH: u8 = 8;
/// Queued for a re-read by an inotify event.
pub(super) const DIRTY: u8 = 16;

/// A directory modified this close to (or after) the moment we read it may have changed
/// again within the same timestamp tick; 2 s covers coarse (1 s) filesystem timestamps.
const RACY_NS: i64 = 2_000_000_000;
/// Log messages show at most this much of a path (trees can be 20,000 levels deep).
const PATH_SHOWN: usize = 1024;

/// One directory. No file names are kept: only counts.
#[derive(Clone, Copy, Debug)]
pub(super) struct Node {
    pub(crate) ino: u64,
    pub(crate) mtime_ns: i64,
    pub(crate) parent: u32,
    pub(crate) first_child: u32,
    pub(crate) next_sibling: u32,
    /// `*.wsp` non-directories directly inside.
    pub(crate) metrics: u32,
    pub(crate) name_off: u32,
    /// inotify watch descriptor, 0 when not watched.
    pub(crate) wd: i32,
    pub(crate) name_len: u8,
    pub(crate) flags: u8,
}

impl Node {
    fn new(parent: u32, next_sibling: u32, name_off: u32, name_len: u8) -> Node {
        Node {
            ino: 0,
            mtime_ns: 0,
            parent,
            first_child: NONE,
            next_sibling,
            metrics: 0,
            name_off,
            wd: 0,
            name_len,
            flags: 0,
        }
    }

    pub(crate) fn stamp(&self) -> sys::Stamp {
        sys::Stamp { ino: self.ino, mtime_ns: self.mtime_ns }
    }

    pub(crate) fn live(&self) -> bool {
        self.flags & FREE == 0
    }
}

/// Counts of one scan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    pub hosts: u64,
    pub metrics: u64,
    pub dirs: u64,
    pub unreadable_dirs: u64,
}

/// The whisper tree, and how it is followed between scans.
pub struct Tree {
    pub(super) root: PathBuf,
    pub(super) nodes: Vec<Node>,
    /// Directory names, back to back; a node points into it. Names of removed directories
    /// stay until the next full scan rebuilds the arena.
    pub(super) names: Vec<u8>,
    pub(super) free: Vec<u32>,
    pub(super) buf: sys::Buf,
    /// Directories that became unreadable during the latest scan, with why.
    pub(super) newly_unreadable: Vec<(u32, io::Error)>,
    /// Directories whose entries the latest scan read (the rest were only stat'ed).
    pub(super) dirs_read: u64,
    /// Worker threads for a full scan.
    pub(super) threads: usize,
    /// Whether to try inotify at all.
    pub(super) watch_wanted: bool,
    pub(super) watcher: Option<Watcher>,
    /// Node of each watch descriptor (descriptors count up from 1 per inotify instance,
    /// and each full scan starts a new instance).
    pub(super) wd_node: Vec<u32>,
    /// Directories named by inotify events since the last scan.
    pub(super) dirty: Vec<u32>,
    /// Events may have been lost: walk by mtime next time.
    pub(super) need_walk: bool,
    /// Why watching stopped, for the collector to say once.
    pub(super) watch_lost: Option<String>,
    /// Set by another thread to make a long scan give up early (a reload or a stop).
    pub(super) cancel: Option<std::sync::Arc<std::sync::atomic::AtomicBool>>,
    /// Keep the watch table current as watches are added (not in a worker's fragment,
    /// whose table is rebuilt once it is grafted).
    pub(super) bind_watches: bool,
    /// Descriptors a descent may hold (tests lower it to exercise reopening).
    pub(super) fd_cap: usize,
    /// Reports a long scan's progress (shared with a threaded scan's workers).
    pub(super) progress: Option<std::sync::Arc<Progress>>,
}

/// How far a long scan has got, said at INFO every `every`.
pub(super) struct Progress {
    root: PathBuf,
    dirs: std::sync::atomic::AtomicU64,
    started: std::time::Instant,
    every: std::time::Duration,
    next: std::sync::Mutex<std::time::Instant>,
}

impl Progress {
    pub(super) fn new(root: &Path, every: std::time::Duration) -> Progress {
        let now = std::time::Instant::now();
        Progress {
            root: root.to_path_buf(),
            dirs: Default::default(),
            started: now,
            every,
            next: std::sync::Mutex::new(now + every),
        }
    }

    /// One more directory read; now and then, say how many so far.
    pub(super) fn tick(&self) {
        use std::sync::atomic::Ordering;
        let n = self.dirs.fetch_add(1, Ordering::Relaxed) + 1;
        if n % 1024 != 0 {
            return;
        }
        let now = std::time::Instant::now();
        let mut next = sync::lock(&self.next);
        if now >= *next {
            *next = now + self.every;
            log::info!(
                target: super::NAME,
                "full scan of {}: {n} directories read so far ({:.0?})",
                self.root.display(),
                self.started.elapsed()
            );
        }
    }
}

impl Tree {
    pub fn new(root: &Path) -> Tree {
        Tree {
            root: root.to_path_buf(),
            nodes: Vec::new(),
            names: Vec::new(),
            free: Vec::new(),
            buf: sys::Buf::new(),
            newly_unreadable: Vec::new(),
            dirs_read: 0,
            threads: 1,
            watch_wanted: false,
            watcher: None,
            wd_node: Vec::new(),
            dirty: Vec::new(),
            need_walk: false,
            watch_lost: None,
            cancel: None,
            bind_watches: true,
            fd_cap: FD_CAP,
            progress: None,
        }
    }

    /// Follow changes with inotify between full scans, while the watch budget allows.
    pub fn with_inotify(mut self, on: bool) -> Tree {
        self.watch_wanted = on;
        self
    }

    /// Scan hosts on `threads` threads in full scans (1: all in this thread).
    pub fn with_threads(mut self, threads: usize) -> Tree {
        self.threads = threads.max(1);
        self
    }

    /// Whether changes are being followed by inotify right now.
    pub fn is_watching(&self) -> bool {
        self.watcher.is_some()
    }

    /// Why inotify was given up, once.
    pub fn take_watch_lost(&mut self) -> Option<String> {
        self.watch_lost.take()
    }

    /// How many directories the latest scan had to read (not just stat).
    pub fn dirs_read(&self) -> u64 {
        self.dirs_read
    }

    /// Whether there is a tree to refresh incrementally.
    pub fn is_scanned(&self) -> bool {
        !self.nodes.is_empty()
    }

    /// Forget everything: the next scan is a full one.
    pub(crate) fn reset(&mut self) {
        self.nodes = Vec::new();
        self.names = Vec::new();
        self.free = Vec::new();
        self.watcher = None;
        self.wd_node = Vec::new();
        self.dirty = Vec::new();
    }

    pub(super) fn name(&self, node: u32) -> &[u8] {
        let n = &self.nodes[node as usize];
        &self.names[n.name_off as usize..n.name_off as usize + n.name_len as usize]
    }

    /// The path of a node for log messages: the root, then the last components, cut to
    /// about 1 KiB (a deep tree's full path can be megabytes).
    pub(super) fn path_of(&self, node: u32) -> PathBuf {
        let mut parts: Vec<&[u8]> = Vec::new();
        let (mut n, mut len, mut cut) = (node, 0usize, false);
        while n != 0 && n != NONE {
            let name = self.name(n);
            if len + name.len() > PATH_SHOWN {
                cut = true;
                break;
            }
            len += name.len() + 1;
            parts.push(name);
            n = self.nodes[n as usize].parent;
        }
        let mut p = self.root.clone();
        if cut {
            p.push("...");
        }
        for part in parts.iter().rev() {
            p.push(std::ffi::OsStr::from_bytes(part));
        }
        p
    }

    /// Ancestors of `node` below the root, outermost first (a work list: the caller opens
    /// each relative to the one before).
    pub(super) fn chain(&self, node: u32) -> Vec<u32> {
        let mut chain = Vec::new();
        let mut n = node;
        while n != 0 && n != NONE {
            chain.push(n);
            n = self.nodes[n as usize].parent;
        }
        chain.reverse();
        chain
    }

    pub fn counts(&self) -> Counts {
        let mut c = Counts::default();
        for (i, n) in self.nodes.iter().enumerate() {
            if !n.live() {
                continue;
            }
            c.metrics += u64::from(n.metrics);
            if i != 0 {
                c.dirs += 1;
                if n.parent == 0 {
                    c.hosts += 1;
                }
            }
            if n.flags & UNREADABLE != 0 {
                c.unreadable_dirs += 1;
            }
        }
        c
    }

    /// Bytes held per directory by the tree itself, names excluded (for the memory test
    /// and the bench).
    pub fn bytes_per_dir(&self) -> f64 {
        let live = self.nodes.iter().filter(|n| n.live()).count().max(1);
        (self.nodes.capacity() * std::mem::size_of::<Node>() + (self.free.capacity() + self.wd_node.capacity()) * 4)
            as f64
            / live as f64
    }

    /// Paths and reasons of (at most `limit` of) the directories that became unreadable
    /// in the latest scan, and how many there were in all.
    pub(crate) fn take_newly_unreadable(&mut self, limit: usize) -> (Vec<(PathBuf, io::Error)>, usize) {
        let list = std::mem::take(&mut self.newly_unreadable);
        let total = list.len();
        (list.into_iter().take(limit).map(|(n, e)| (self.path_of(n), e)).collect(), total)
    }

    pub(super) fn mark_unreadable(&mut self, node: u32, err: io::Error) {
        let n = &mut self.nodes[node as usize];
        if n.flags & UNREADABLE == 0 {
            n.flags |= UNREADABLE;
            self.newly_unreadable.push((node, err));
        }
        n.metrics = 0;
    }

    /// Record a fresh stamp on a node; a stamp too recent to trust marks it racy.
    pub(super) fn set_stamp(&mut self, node: u32, stamp: sys::Stamp) {
        let n = &mut self.nodes[node as usize];
        n.ino = stamp.ino;
        n.mtime_ns = stamp.mtime_ns;
        n.flags = (n.flags & !(RACY | UNREADABLE)) | if is_racy(stamp.mtime_ns) { RACY } else { 0 };
    }

    /// A new child of `parent`, first in its list.
    pub(super) fn add_child(&mut self, parent: u32, name: &[u8]) -> u32 {
        debug_assert!(name.len() <= 255, "Linux names are at most NAME_MAX bytes");
        let node =
            Node::new(parent, self.nodes[parent as usize].first_child, self.names.len() as u32, name.len() as u8);
        self.names.extend_from_slice(name);
        let idx = match self.free.pop() {
            Some(i) => {
                self.nodes[i as usize] = node;
                i
            }
            None => {
                // Grow by an eighth, not the default doubling, so the slack never takes a
                // directory's cost past 64 bytes.
                if self.nodes.len() == self.nodes.capacity() {
                    self.nodes.reserve_exact(self.nodes.len() / 8 + 64);
                }
                self.nodes.push(node);
                (self.nodes.len() - 1) as u32
            }
        };
        self.nodes[parent as usize].first_child = idx;
        idx
    }

    /// The root node, or a node with no parent yet (a host scanned by a worker, grafted
    /// under the root later).
    pub(super) fn push_detached(&mut self, name: &[u8]) -> u32 {
        let idx = self.nodes.len() as u32;
        self.nodes.push(Node::new(NONE, NONE, self.names.len() as u32, name.len() as u8));
        self.names.extend_from_slice(name);
        idx
    }

    /// Move a worker's fragment into this tree, its `roots` becoming children of the root.
    pub(super) fn graft(&mut self, frag: Tree, roots: &[u32]) {
        let (off, name_off) = (self.nodes.len() as u32, self.names.len() as u32);
        let map = |i: u32| if i == NONE { NONE } else { i + off };
        self.nodes.reserve_exact(frag.nodes.len());
        self.nodes.extend(frag.nodes.into_iter().map(|n| Node {
            parent: map(n.parent),
            first_child: map(n.first_child),
            next_sibling: map(n.next_sibling),
            name_off: n.name_off + name_off,
            ..n
        }));
        self.names.extend_from_slice(&frag.names);
        for &r in roots {
            let g = (r + off) as usize;
            self.nodes[g].parent = 0;
            self.nodes[g].next_sibling = self.nodes[0].first_child;
            self.nodes[0].first_child = g as u32;
        }
        self.newly_unreadable.extend(frag.newly_unreadable.into_iter().map(|(i, e)| (i + off, e)));
        self.dirs_read += frag.dirs_read;
    }

    /// Release a node and everything below it.
    pub(super) fn free_subtree(&mut self, node: u32) {
        let mut stack = vec![node];
        while let Some(n) = stack.pop() {
            let mut c = self.nodes[n as usize].first_child;
            while c != NONE {
                stack.push(c);
                c = self.nodes[c as usize].next_sibling;
            }
            self.unwatch(n);
            let node = &mut self.nodes[n as usize];
            node.flags = FREE;
            node.first_child = NONE;
            self.free.push(n);
        }
    }

    /// Release everything below `node`, keeping the node.
    pub(super) fn free_children(&mut self, node: u32) {
        let mut c = self.nodes[node as usize].first_child;
        while c != NONE {
            let next = self.nodes[c as usize].next_sibling;
            self.free_subtree(c);
            c = next;
        }
        self.nodes[node as usize].first_child = NONE;
    }

    /// Drop a node's watch, unless the watch now belongs to another node (a directory
    /// moved within the tree keeps its inode, so inotify hands back the same descriptor).
    fn unwatch(&mut self, n: u32) {
        let wd = std::mem::take(&mut self.nodes[n as usize].wd);
        if wd == 0 {
            return;
        }
        if let Some(slot) = self.wd_node.get_mut(wd as usize) {
            if *slot == n {
                *slot = NONE;
                if let Some(w) = &self.watcher {
                    w.remove(wd);
                }
            }
        }
    }

    /// Record that `node` is watched as `wd`.
    pub(super) fn bind_watch(&mut self, node: u32, wd: i32) {
        if self.wd_node.len() <= wd as usize {
            self.wd_node.resize(wd as usize + 1, NONE);
        }
        let previous = std::mem::replace(&mut self.wd_node[wd as usize], node);
        if previous != NONE && previous != node {
            if let Some(old) = self.nodes.get_mut(previous as usize) {
                if old.wd == wd {
                    old.wd = 0;
                }
            }
        }
        self.nodes[node as usize].wd = wd;
    }

    /// Whether another thread asked the scan to stop.
    pub(super) fn cancelled(&self) -> bool {
        self.cancel.as_ref().is_some_and(|c| c.load(std::sync::atomic::Ordering::Relaxed))
    }
}

pub(super) fn is_racy(mtime_ns: i64) -> bool {
    mtime_ns >= crate::util::timefmt::now_unix_ms() * 1_000_000 - RACY_NS
}
