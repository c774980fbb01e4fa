//! Hosts and metrics of a Graphite whisper tree, counted the way graphite-web's own
//! finder lists them, at the speed of the kernel's directory reads.
//!
//! What counts (graphite-web walks with `os.walk`, not following directory symlinks, and
//! keeps names matching `*.wsp`):
//! - a host is a real directory directly under the root (carbon's own `carbon/` too);
//! - a metric is any entry named `*.wsp` that is not a directory, anywhere below the
//!   root: regular files, symlinks to files (and dangling ones, which os.walk also lists
//!   as files), hidden `.x.wsp` files, and `*.wsp` files directly under the root;
//! - `*.wsp.tmp`, lock files and other names are not metrics; directory symlinks are
//!   neither hosts nor walked.
//!
//! How: a depth-first walk with `openat` relative to the parent's descriptor and
//! `getdents64` into a 256 KiB buffer, deciding by `d_type` without a per-file stat (only
//! `*.wsp` symlinks and `DT_UNKNOWN` entries are stat'ed). The directory tree is kept
//! (about 40 bytes a directory plus its name, no file names) so a recount only re-reads
//! directories whose mtime or inode changed, or whose mtime was too close to the moment we
//! read them to prove nothing changed after ("racy", as git says of its index).

use crate::collector::{Collector, Reading, Spec};
use crate::settings::Settings;
use anyhow::{bail, Result};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::ffi::CString;
use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use watch::{Event, Watcher};

mod watch;

pub const NAME: &str = "whisper";

const NONE: u32 = u32::MAX;
const DENTS_BUF: usize = 256 << 10;
/// A directory modified this close to (or after) the moment we read it may have changed
/// again within the same timestamp tick; 2 s covers coarse (1 s) filesystem timestamps.
const RACY_NS: i64 = 2_000_000_000;
/// Deeper than any real whisper tree; stops a pathological one from exhausting descriptors.
const MAX_DEPTH: u32 = 256;
/// How many newly unreadable directories one scan names in the log.
const LOG_UNREADABLE: usize = 10;

const UNREADABLE: u8 = 1;
const RACY: u8 = 2;
const FREE: u8 = 4;
/// Scanned whole during this incremental pass: already current, skip its refresh.
const FRESH: u8 = 8;
/// Queued for a re-read by an inotify event.
const DIRTY: u8 = 16;
/// Above this many new directories at once, watching them is followed by one mtime walk
/// rather than a re-read of each.
const BULK_WATCH: usize = 256;
/// How often the collector looks at inotify events; a change shows within this.
pub const POLL: Duration = Duration::from_secs(5);

/// What the state file holds.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub struct WhisperCount {
    pub root: String,
    pub hosts: u64,
    pub metrics: u64,
    /// Directories below the root (not counting the root).
    pub dirs: u64,
    /// Directories that could not be read (permission denied, vanished mid-walk, I/O error).
    pub unreadable_dirs: u64,
    pub scan: ScanKind,
}

#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum ScanKind {
    Full,
    Incremental,
}

impl Reading for WhisperCount {
    fn summary(&self) -> String {
        let mut s = format!("{} hosts, {} metrics in {} dirs", self.hosts, self.metrics, self.dirs);
        if self.unreadable_dirs > 0 {
            s += &format!(", {} unreadable", self.unreadable_dirs);
        }
        s + &format!(" ({} scan)", if self.scan == ScanKind::Full { "full" } else { "incremental" })
    }
}

/// One directory. No file names are kept: only counts.
#[derive(Clone, Copy, Debug)]
struct Node {
    ino: u64,
    mtime_ns: i64,
    parent: u32,
    first_child: u32,
    next_sibling: u32,
    /// `*.wsp` non-directories directly inside.
    metrics: u32,
    name_off: u32,
    /// inotify watch descriptor, 0 when not watched.
    wd: i32,
    name_len: u8,
    flags: u8,
}

/// The whisper tree as last read.
pub struct Tree {
    root: PathBuf,
    nodes: Vec<Node>,
    /// Directory names, back to back; a node points into it. Names of removed directories
    /// stay until the next full scan rebuilds the arena.
    names: Vec<u8>,
    free: Vec<u32>,
    buf: Vec<u8>,
    /// Directories that became unreadable during the latest scan, with why.
    newly_unreadable: Vec<(u32, io::Error)>,
    /// Directories whose entries the latest scan read (the rest were only stat'ed).
    dirs_read: u64,
    /// Worker threads for a full scan.
    threads: usize,
    /// Whether to try inotify at all.
    watch_wanted: bool,
    watcher: Option<Watcher>,
    /// Node of each watch descriptor (descriptors count up from 1 per inotify instance,
    /// and each full scan starts a new instance).
    wd_node: Vec<u32>,
    /// Directories named by inotify events since the last scan.
    dirty: Vec<u32>,
    /// Events may have been lost (or watches were just added): walk by mtime next time.
    need_walk: bool,
    /// Why watching stopped, for the collector to say once.
    watch_lost: Option<String>,
}

/// Counts of one scan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    pub hosts: u64,
    pub metrics: u64,
    pub dirs: u64,
    pub unreadable_dirs: u64,
}

impl Tree {
    pub fn new(root: &Path) -> Tree {
        Tree {
            root: root.to_path_buf(),
            nodes: Vec::new(),
            names: Vec::new(),
            free: Vec::new(),
            buf: Vec::new(),
            newly_unreadable: Vec::new(),
            dirs_read: 0,
            threads: 1,
            watch_wanted: false,
            watcher: None,
            wd_node: Vec::new(),
            dirty: Vec::new(),
            need_walk: false,
            watch_lost: None,
        }
    }

    /// Follow changes with inotify between full scans, while the watch budget allows.
    pub fn with_inotify(mut self, on: bool) -> Tree {
        self.watch_wanted = on;
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

    /// Whether inotify reported changes (or lost events) since the last scan.
    pub fn has_pending_events(&mut self) -> bool {
        self.collect_events();
        self.need_walk || !self.dirty.is_empty()
    }

    /// Scan hosts on `threads` threads in full scans (1: all in this thread).
    pub fn with_threads(mut self, threads: usize) -> Tree {
        self.threads = threads.max(1);
        self
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
    pub fn reset(&mut self) {
        self.nodes = Vec::new();
        self.names = Vec::new();
        self.free = Vec::new();
        self.watcher = None;
        self.wd_node = Vec::new();
        self.dirty = Vec::new();
    }

    /// Walk the whole tree from scratch.
    pub fn full_scan(&mut self) -> Result<Counts> {
        self.newly_unreadable.clear();
        self.dirs_read = 0;
        self.nodes.clear();
        self.names.clear();
        self.free.clear();
        let scanned = self.scan_from_root();
        if let Err(e) = scanned {
            self.reset();
            return Err(root_error(&self.root, e));
        }
        // Full scans happen rarely; give back the growth slack so memory stays near
        // 48 bytes a directory between them.
        self.nodes.shrink_to_fit();
        self.names.shrink_to_fit();
        if self.watch_wanted {
            self.start_watching();
        }
        Ok(self.counts())
    }

    fn scan_from_root(&mut self) -> io::Result<()> {
        let fd = open_root(&self.root)?;
        let (ino, mtime_ns) = stamp(&fd)?;
        self.nodes.push(Node {
            ino,
            mtime_ns,
            parent: NONE,
            first_child: NONE,
            next_sibling: NONE,
            metrics: 0,
            name_off: 0,
            wd: 0,
            name_len: 0,
            flags: if is_racy(mtime_ns) { RACY } else { 0 },
        });
        // The root alone first: its subdirectories (hosts) are the units handed to workers.
        let mut buf = self.take_buf();
        let mut metrics = 0u32;
        let mut hosts: Vec<u8> = Vec::new(); // names, each followed by a NUL
        let read =
            read_entries(fd.as_raw_fd(), &mut buf, |name, d_type| match classify(fd.as_raw_fd(), name, d_type) {
                Kind::Dir => {
                    hosts.extend_from_slice(name);
                    hosts.push(0);
                }
                Kind::Metric => metrics += 1,
                Kind::Other => {}
            });
        self.buf = buf;
        read?;
        self.dirs_read += 1;
        self.nodes[0].metrics = metrics;
        let hosts: Vec<&[u8]> = hosts.split(|&b| b == 0).filter(|n| !n.is_empty()).collect();
        let threads = self.threads.min(hosts.len());
        if threads <= 1 {
            for name in hosts {
                let c = self.add_child(0, name);
                self.scan_child(&fd, c, 1);
            }
            return Ok(());
        }
        // Several directory reads in flight: on a cold cache the disk, not the CPU, is
        // the limit, and it serves concurrent reads faster than one at a time.
        let next = std::sync::atomic::AtomicUsize::new(0);
        let fragments: Vec<(Tree, Vec<u32>)> = std::thread::scope(|scope| {
            let workers: Vec<_> = (0..threads)
                .map(|_| {
                    scope.spawn(|| {
                        let mut frag = Tree::new(&self.root);
                        let mut roots = Vec::new();
                        loop {
                            let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                            let Some(name) = hosts.get(i) else { break };
                            let r = frag.push_detached(name);
                            frag.scan_child(&fd, r, 1);
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
        Ok(())
    }

    fn take_buf(&mut self) -> Vec<u8> {
        let buf = std::mem::take(&mut self.buf);
        if buf.is_empty() {
            vec![0; DENTS_BUF]
        } else {
            buf
        }
    }

    /// A node with no parent yet: a host scanned by a worker, grafted under the root later.
    fn push_detached(&mut self, name: &[u8]) -> u32 {
        let idx = self.nodes.len() as u32;
        self.nodes.push(Node {
            ino: 0,
            mtime_ns: 0,
            parent: NONE,
            first_child: NONE,
            next_sibling: NONE,
            metrics: 0,
            name_off: self.names.len() as u32,
            wd: 0,
            name_len: name.len() as u8,
            flags: 0,
        });
        self.names.extend_from_slice(name);
        idx
    }

    /// Move a worker's fragment into this tree, its `roots` becoming children of the root.
    fn graft(&mut self, frag: Tree, roots: &[u32]) {
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

    /// Re-read only what changed since the last scan. Needs a previous scan.
    pub fn incremental(&mut self) -> Result<Counts> {
        assert!(self.is_scanned(), "incremental scan without a tree");
        self.newly_unreadable.clear();
        self.dirs_read = 0;
        let refreshed = if self.watcher.is_some() && !self.need_walk {
            self.apply_events()
        } else {
            self.need_walk = false;
            self.refresh_root()
        };
        if let Err(e) = refreshed.and_then(|()| self.watch_new()) {
            self.reset();
            return Err(root_error(&self.root, e));
        }
        Ok(self.counts())
    }

    /// A new inotify instance watching every directory. Whatever changed before a
    /// directory's watch was in place is caught by the mtime walk that follows.
    fn start_watching(&mut self) {
        self.watcher = None; // closing the old instance drops all its watches at once
        self.wd_node.clear();
        self.dirty.clear();
        match Watcher::new() {
            Ok(w) => self.watcher = Some(w),
            Err(e) => {
                self.watch_lost = Some(format!("inotify unavailable ({e}); counting by mtime walk"));
                return;
            }
        }
        self.need_walk = true;
        if let Err(e) = self.watch_new() {
            self.watcher = None;
            self.watch_lost = Some(format!("cannot watch the whisper root ({e}); counting by mtime walk"));
        }
    }

    /// Watch every live directory that has no watch yet, then make sure nothing that
    /// changed before its watch was added is missed: re-read each (few), or walk (many).
    fn watch_new(&mut self) -> io::Result<()> {
        let Some(watcher) = self.watcher.as_ref() else { return Ok(()) };
        let new: Vec<u32> = (0..self.nodes.len() as u32)
            .filter(|&i| self.nodes[i as usize].flags & FREE == 0 && self.nodes[i as usize].wd == 0)
            .collect();
        for &n in &new {
            let path = self.path_of(n);
            match watcher.add(path.as_os_str().as_bytes(), n == 0) {
                Ok(wd) => {
                    self.nodes[n as usize].wd = wd;
                    self.nodes[n as usize].flags &= !FRESH;
                    if self.wd_node.len() <= wd as usize {
                        self.wd_node.resize(wd as usize + 1, NONE);
                    }
                    self.wd_node[wd as usize] = n;
                }
                Err(e) if e.raw_os_error() == Some(libc::ENOSPC) => {
                    let live = self.nodes.iter().filter(|n| n.flags & FREE == 0).count();
                    self.watch_lost = Some(format!(
                        "the inotify watch budget (fs.inotify.max_user_watches) is too small for {live} directories; \
                         counting by mtime walk instead"
                    ));
                    self.stop_watching();
                    return Ok(());
                }
                // Unreadable or vanished: retried with the unreadable ones each time.
                Err(_) => {}
            }
        }
        if new.len() > BULK_WATCH || self.need_walk {
            self.need_walk = false;
            self.refresh_root()?;
            return self.watch_new();
        }
        for &n in &new {
            if self.nodes[n as usize].flags & FREE == 0 && self.nodes[n as usize].wd != 0 {
                self.reread_by_path(n)?;
            }
        }
        // Re-reading found yet newer directories: watch them too.
        if self.nodes.iter().any(|n| n.flags & FREE == 0 && n.wd == 0 && n.flags & UNREADABLE == 0) {
            return self.watch_new();
        }
        Ok(())
    }

    fn stop_watching(&mut self) {
        self.watcher = None;
        self.wd_node = Vec::new();
        self.dirty = Vec::new();
        for n in &mut self.nodes {
            n.wd = 0;
            n.flags &= !DIRTY;
        }
    }

    fn collect_events(&mut self) {
        let Some(watcher) = self.watcher.as_mut() else { return };
        let (nodes, wd_node, dirty, need_walk) = (&mut self.nodes, &self.wd_node, &mut self.dirty, &mut self.need_walk);
        let drained = watcher.drain(|ev| match ev {
            Event::Overflow => *need_walk = true,
            Event::Changed(wd) => {
                let Some(&n) = wd_node.get(wd as usize) else { return };
                let Some(node) = nodes.get_mut(n as usize) else { return };
                if node.wd == wd && node.flags & (FREE | DIRTY) == 0 {
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
            (0..self.nodes.len() as u32).filter(|&i| self.nodes[i as usize].flags & (UNREADABLE | FREE) == UNREADABLE),
        );
        for n in todo {
            let node = &mut self.nodes[n as usize];
            node.flags &= !DIRTY;
            if node.flags & FREE == 0 {
                self.reread_by_path(n)?;
            }
        }
        Ok(())
    }

    /// Re-read one directory found by its path; only an error on the root is returned.
    fn reread_by_path(&mut self, n: u32) -> io::Result<()> {
        let path = self.path_of(n);
        let fd = match if n == 0 { open_root(&path) } else { open_path_nofollow(&path) } {
            Ok(fd) => fd,
            Err(e) => return self.lose(n, e),
        };
        // An unreadable inode counts as another directory: read it whole.
        let ino = stamp(&fd).map(|s| s.0).unwrap_or(0);
        let depth = self.depth_of(n);
        self.update(&fd, n, ino, depth).map(|_| ()).or_else(|e| self.lose(n, e))
    }

    /// Bring one changed directory (open at `fd`, now with inode `ino`) up to date: only
    /// its own entries when it is the directory we knew; the whole subtree when another
    /// directory took its name or it was unreadable before. `Ok(true)`: only its own
    /// entries were read, so its children still need refreshing.
    fn update(&mut self, fd: &OwnedFd, n: u32, ino: u64, depth: u32) -> io::Result<bool> {
        if ino == self.nodes[n as usize].ino && self.nodes[n as usize].flags & UNREADABLE == 0 {
            self.reread(fd, n, depth)?;
            return Ok(true);
        }
        self.free_children(n);
        self.nodes[n as usize].flags &= !UNREADABLE;
        self.scan_subtree(fd, n, depth)?;
        Ok(false)
    }

    /// A directory that cannot be read now: the root's error is the scan's; any other is
    /// counted as unreadable, with nothing below it.
    fn lose(&mut self, n: u32, e: io::Error) -> io::Result<()> {
        if n == 0 {
            return Err(e);
        }
        self.free_children(n);
        self.mark_unreadable(n, e);
        Ok(())
    }

    fn depth_of(&self, mut n: u32) -> u32 {
        let mut d = 0;
        while n != 0 && n != NONE {
            n = self.nodes[n as usize].parent;
            d += 1;
        }
        d
    }

    fn counts(&self) -> Counts {
        let mut c = Counts::default();
        for (i, n) in self.nodes.iter().enumerate() {
            if n.flags & FREE != 0 {
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
        let live = self.nodes.iter().filter(|n| n.flags & FREE == 0).count().max(1);
        (self.nodes.capacity() * std::mem::size_of::<Node>() + (self.free.capacity() + self.wd_node.capacity()) * 4)
            as f64
            / live as f64
    }

    fn name(&self, node: u32) -> &[u8] {
        let n = &self.nodes[node as usize];
        &self.names[n.name_off as usize..n.name_off as usize + n.name_len as usize]
    }

    /// Full path of a node, for log messages only.
    fn path_of(&self, node: u32) -> PathBuf {
        let mut parts = Vec::new();
        let mut n = node;
        while n != 0 && n != NONE {
            parts.push(self.name(n).to_vec());
            n = self.nodes[n as usize].parent;
        }
        let mut p = self.root.clone();
        for part in parts.iter().rev() {
            p.push(std::ffi::OsStr::from_bytes(part));
        }
        p
    }

    /// Paths and reasons of directories that became unreadable in the latest scan.
    pub fn take_newly_unreadable(&mut self) -> Vec<(PathBuf, io::Error)> {
        let list = std::mem::take(&mut self.newly_unreadable);
        list.into_iter().map(|(n, e)| (self.path_of(n), e)).collect()
    }

    fn mark_unreadable(&mut self, node: u32, err: io::Error) {
        let n = &mut self.nodes[node as usize];
        if n.flags & UNREADABLE == 0 {
            n.flags |= UNREADABLE;
            self.newly_unreadable.push((node, err));
        }
        n.metrics = 0;
    }

    fn add_child(&mut self, parent: u32, name: &[u8]) -> u32 {
        add_child(&mut self.nodes, &mut self.names, &mut self.free, parent, name)
    }

    /// Release a node and everything below it.
    fn free_subtree(&mut self, node: u32) {
        let mut stack = vec![node];
        while let Some(n) = stack.pop() {
            let mut c = self.nodes[n as usize].first_child;
            while c != NONE {
                stack.push(c);
                c = self.nodes[c as usize].next_sibling;
            }
            let wd = self.nodes[n as usize].wd;
            if wd != 0 {
                if let Some(w) = &self.watcher {
                    w.remove(wd);
                }
                if let Some(slot) = self.wd_node.get_mut(wd as usize) {
                    *slot = NONE;
                }
            }
            self.nodes[n as usize].flags = FREE;
            self.nodes[n as usize].wd = 0;
            self.nodes[n as usize].first_child = NONE;
            self.free.push(n);
        }
    }

    fn free_children(&mut self, node: u32) {
        let mut c = self.nodes[node as usize].first_child;
        while c != NONE {
            let next = self.nodes[c as usize].next_sibling;
            self.free_subtree(c);
            c = next;
        }
        self.nodes[node as usize].first_child = NONE;
    }

    /// Read the directory open at `fd` into `node`, and everything below it. Only an
    /// error on `node` itself is returned; errors below mark those directories.
    fn scan_subtree(&mut self, fd: &OwnedFd, node: u32, depth: u32) -> io::Result<()> {
        let (ino, mtime_ns) = stamp(fd)?;
        {
            let n = &mut self.nodes[node as usize];
            n.ino = ino;
            n.mtime_ns = mtime_ns;
            n.flags = if is_racy(mtime_ns) { RACY } else { 0 };
        }
        if depth > MAX_DEPTH {
            self.mark_unreadable(node, io::Error::other("deeper than 256 levels"));
            return Ok(());
        }
        self.dirs_read += 1;
        let mut buf = self.take_buf();
        let mut metrics = 0u32;
        let (nodes, names, free) = (&mut self.nodes, &mut self.names, &mut self.free);
        let read =
            read_entries(fd.as_raw_fd(), &mut buf, |name, d_type| match classify(fd.as_raw_fd(), name, d_type) {
                Kind::Dir => {
                    add_child(nodes, names, free, node, name);
                }
                Kind::Metric => metrics += 1,
                Kind::Other => {}
            });
        self.buf = buf;
        if let Err(e) = read {
            if node == 0 {
                return Err(e);
            }
            self.mark_unreadable(node, e);
        }
        self.nodes[node as usize].metrics = metrics;
        let mut c = self.nodes[node as usize].first_child;
        while c != NONE {
            self.scan_child(fd, c, depth + 1);
            c = self.nodes[c as usize].next_sibling;
        }
        Ok(())
    }

    /// Open child `c` relative to its parent's descriptor and scan it whole.
    fn scan_child(&mut self, parent_fd: &OwnedFd, c: u32, depth: u32) {
        match open_at(parent_fd.as_raw_fd(), self.name(c)) {
            Ok(cfd) => {
                if let Err(e) = self.scan_subtree(&cfd, c, depth) {
                    self.mark_unreadable(c, e);
                }
            }
            Err(e) => self.mark_unreadable(c, e),
        }
    }

    /// Bring the root and everything below it up to date.
    fn refresh_root(&mut self) -> io::Result<()> {
        let fd = open_root(&self.root)?;
        let known = self.nodes[0];
        let now = stamp(&fd)?;
        let changed = now != (known.ino, known.mtime_ns) || known.flags & RACY != 0;
        if !changed || self.update(&fd, 0, now.0, 0)? {
            self.refresh_children(&fd, 0, 0);
        }
        Ok(())
    }

    /// Refresh every child of `node` (open at `fd`): a `fstatat` each, re-reading only
    /// those that changed and opening only those that have children of their own.
    fn refresh_children(&mut self, fd: &OwnedFd, node: u32, depth: u32) {
        let mut c = self.nodes[node as usize].first_child;
        while c != NONE {
            self.refresh_child(fd, c, depth + 1);
            c = self.nodes[c as usize].next_sibling;
        }
    }

    /// Refresh one non-root directory through its parent's descriptor.
    fn refresh_child(&mut self, parent_fd: &OwnedFd, c: u32, depth: u32) {
        let known = self.nodes[c as usize];
        if known.flags & FRESH != 0 {
            // Scanned whole earlier in this pass.
            self.nodes[c as usize].flags &= !FRESH;
            return;
        }
        // Errors here are never the root's, so `lose` only records them. A directory that
        // vanished since its parent was read shows in the parent's mtime next time.
        let now = match dir_stamp_at(parent_fd.as_raw_fd(), self.name(c)) {
            Ok(s) => s,
            Err(e) => return self.lose(c, e).unwrap_or(()),
        };
        let unchanged = now == (known.ino, known.mtime_ns) && known.flags & (RACY | UNREADABLE) == 0;
        if unchanged && known.first_child == NONE {
            return; // a leaf that did not change: nothing to open
        }
        let fd = match open_at(parent_fd.as_raw_fd(), self.name(c)) {
            Ok(fd) => fd,
            Err(e) => return self.lose(c, e).unwrap_or(()),
        };
        if !unchanged {
            match self.update(&fd, c, now.0, depth) {
                Ok(true) => {}
                Ok(false) => return, // read whole just now
                Err(e) => return self.lose(c, e).unwrap_or(()),
            }
        }
        self.refresh_children(&fd, c, depth);
    }

    /// Re-read one changed directory: its own metric count, and which subdirectories
    /// came or went. New subdirectories are scanned whole; kept ones are refreshed by
    /// the caller.
    fn reread(&mut self, fd: &OwnedFd, node: u32, depth: u32) -> io::Result<()> {
        let (ino, mtime_ns) = stamp(fd)?;
        self.dirs_read += 1;
        let mut buf = self.take_buf();
        let mut metrics = 0u32;
        let mut subdirs: HashSet<Vec<u8>> = HashSet::new();
        let read =
            read_entries(fd.as_raw_fd(), &mut buf, |name, d_type| match classify(fd.as_raw_fd(), name, d_type) {
                Kind::Dir => {
                    subdirs.insert(name.to_vec());
                }
                Kind::Metric => metrics += 1,
                Kind::Other => {}
            });
        self.buf = buf;
        read?;
        {
            let n = &mut self.nodes[node as usize];
            n.ino = ino;
            n.mtime_ns = mtime_ns;
            n.metrics = metrics;
            n.flags = if is_racy(mtime_ns) { RACY } else { 0 };
        }
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
        for name in subdirs {
            let child = self.add_child(node, &name);
            self.scan_child(fd, child, depth + 1);
            self.nodes[child as usize].flags |= FRESH;
        }
        Ok(())
    }
}

fn add_child(nodes: &mut Vec<Node>, names: &mut Vec<u8>, free: &mut Vec<u32>, parent: u32, name: &[u8]) -> u32 {
    debug_assert!(name.len() <= 255, "Linux names are at most NAME_MAX bytes");
    let node = Node {
        ino: 0,
        mtime_ns: 0,
        parent,
        first_child: NONE,
        next_sibling: nodes[parent as usize].first_child,
        metrics: 0,
        name_off: names.len() as u32,
        wd: 0,
        name_len: name.len() as u8,
        flags: 0,
    };
    names.extend_from_slice(name);
    let idx = match free.pop() {
        Some(i) => {
            nodes[i as usize] = node;
            i
        }
        None => {
            // Grow by an eighth, not the default doubling, so the slack never takes a
            // directory's cost past 64 bytes.
            if nodes.len() == nodes.capacity() {
                nodes.reserve_exact(nodes.len() / 8 + 64);
            }
            nodes.push(node);
            (nodes.len() - 1) as u32
        }
    };
    nodes[parent as usize].first_child = idx;
    idx
}

fn root_error(root: &Path, e: io::Error) -> anyhow::Error {
    if e.kind() == io::ErrorKind::NotFound {
        anyhow::anyhow!("whisper root {} does not exist", root.display())
    } else {
        anyhow::Error::new(e).context(format!("cannot read whisper root {}", root.display()))
    }
}

fn is_racy(mtime_ns: i64) -> bool {
    mtime_ns >= crate::timefmt::now_unix_ms() * 1_000_000 - RACY_NS
}

enum Kind {
    Dir,
    Metric,
    Other,
}

/// graphite-web's `fnmatch(name, '*.wsp')`: case-sensitive, and a bare `.wsp` matches.
fn is_wsp(name: &[u8]) -> bool {
    name.ends_with(b".wsp")
}

/// Decide what an entry is from its `d_type`, stat'ing only when that cannot tell.
fn classify(dirfd: RawFd, name: &[u8], d_type: u8) -> Kind {
    match d_type {
        libc::DT_DIR => Kind::Dir,
        libc::DT_LNK if is_wsp(name) => match stat_at(dirfd, name, true) {
            // os.walk files a symlink to a directory under dirs (not walked, not a metric).
            Ok(mode) if mode & libc::S_IFMT == libc::S_IFDIR => Kind::Other,
            _ => Kind::Metric,
        },
        libc::DT_UNKNOWN => match stat_at(dirfd, name, false) {
            Ok(mode) if mode & libc::S_IFMT == libc::S_IFDIR => Kind::Dir,
            Ok(mode) if mode & libc::S_IFMT == libc::S_IFLNK => classify(dirfd, name, libc::DT_LNK),
            _ if is_wsp(name) => Kind::Metric,
            _ => Kind::Other,
        },
        _ if is_wsp(name) => Kind::Metric,
        _ => Kind::Other,
    }
}

/// Run `f` on `name` as a NUL-terminated string on the stack: a directory entry name is
/// at most 255 bytes, and this runs once per directory.
fn with_name<T>(name: &[u8], f: impl FnOnce(*const libc::c_char) -> T) -> io::Result<T> {
    let mut buf = [0u8; 256];
    if name.len() >= buf.len() || name.contains(&0) {
        return Err(io::Error::from(io::ErrorKind::InvalidInput));
    }
    buf[..name.len()].copy_from_slice(name);
    Ok(f(buf.as_ptr().cast()))
}

fn stat_at(dirfd: RawFd, name: &[u8], follow: bool) -> io::Result<u32> {
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    // SAFETY: valid descriptor, NUL-terminated name, and a stat buffer of the right type.
    if with_name(name, |c| unsafe { libc::fstatat(dirfd, c, &mut st, flags) })? != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(st.st_mode)
}

/// Inode and mtime of the directory `name` in `dirfd`, without following a symlink.
fn dir_stamp_at(dirfd: RawFd, name: &[u8]) -> io::Result<(u64, i64)> {
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: as in stat_at.
    if with_name(name, |c| unsafe { libc::fstatat(dirfd, c, &mut st, libc::AT_SYMLINK_NOFOLLOW) })? != 0 {
        return Err(io::Error::last_os_error());
    }
    if st.st_mode & libc::S_IFMT != libc::S_IFDIR {
        return Err(io::Error::from_raw_os_error(libc::ENOTDIR));
    }
    Ok((st.st_ino, st.st_mtime * 1_000_000_000 + st.st_mtime_nsec))
}

/// Inode and mtime (ns since the epoch) of an open directory.
fn stamp(fd: &OwnedFd) -> io::Result<(u64, i64)> {
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: valid descriptor and stat buffer.
    if unsafe { libc::fstat(fd.as_raw_fd(), &mut st) } != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok((st.st_ino, st.st_mtime * 1_000_000_000 + st.st_mtime_nsec))
}

const DIR_FLAGS: libc::c_int = libc::O_RDONLY | libc::O_DIRECTORY | libc::O_CLOEXEC;

/// The root may be a symlink (whisper on another mount is common); nothing below it is
/// followed.
fn open_root(root: &Path) -> io::Result<OwnedFd> {
    let c = CString::new(root.as_os_str().as_bytes()).map_err(|_| io::Error::from(io::ErrorKind::InvalidInput))?;
    // SAFETY: NUL-terminated path; the returned descriptor is owned by the OwnedFd.
    owned(unsafe { libc::open(c.as_ptr(), DIR_FLAGS) })
}

fn open_path_nofollow(path: &Path) -> io::Result<OwnedFd> {
    let c = CString::new(path.as_os_str().as_bytes()).map_err(|_| io::Error::from(io::ErrorKind::InvalidInput))?;
    // SAFETY: NUL-terminated path; the returned descriptor is owned by the OwnedFd.
    owned(unsafe { libc::open(c.as_ptr(), DIR_FLAGS | libc::O_NOFOLLOW) })
}

fn open_at(dirfd: RawFd, name: &[u8]) -> io::Result<OwnedFd> {
    // SAFETY: valid parent descriptor, NUL-terminated name.
    owned(with_name(name, |c| unsafe { libc::openat(dirfd, c, DIR_FLAGS | libc::O_NOFOLLOW) })?)
}

fn owned(fd: libc::c_int) -> io::Result<OwnedFd> {
    if fd < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: a descriptor just returned by the kernel, owned by nobody else.
    Ok(unsafe { OwnedFd::from_raw_fd(fd) })
}

/// Call `f(name, d_type)` for every entry but `.` and `..`.
fn read_entries(fd: RawFd, buf: &mut [u8], mut f: impl FnMut(&[u8], u8)) -> io::Result<()> {
    loop {
        // SAFETY: the buffer is valid for its length; the kernel writes whole records.
        let n = unsafe { libc::syscall(libc::SYS_getdents64, fd, buf.as_mut_ptr(), buf.len()) };
        if n < 0 {
            return Err(io::Error::last_os_error());
        }
        if n == 0 {
            return Ok(());
        }
        let mut off = 0usize;
        while off < n as usize {
            // struct linux_dirent64 { u64 d_ino; i64 d_off; u16 d_reclen; u8 d_type; char d_name[]; }
            let reclen = u16::from_ne_bytes([buf[off + 16], buf[off + 17]]) as usize;
            let d_type = buf[off + 18];
            let raw = &buf[off + 19..off + reclen];
            let name = &raw[..raw.iter().position(|&b| b == 0).unwrap_or(raw.len())];
            if name != b"." && name != b".." {
                f(name, d_type);
            }
            off += reclen;
        }
    }
}

/// The collector. Polled every `POLL`: a full scan first and every `full_every`; between
/// them, with inotify, it re-reads what the events name as soon as they come (and writes
/// only when the counts changed or `interval` has passed); without, an mtime walk every
/// `interval`.
pub struct Whisper {
    tree: Tree,
    interval: Duration,
    full_every: Duration,
    last_full: Option<Instant>,
    last_report: Option<(Instant, Counts)>,
    /// Unreadable directories already named in the log (bounded).
    logged: HashSet<PathBuf>,
    /// inotify fallbacks already announced, by kind.
    said: HashSet<String>,
}

impl Whisper {
    pub fn new(root: &Path, interval: Duration, full_every: Duration, threads: usize, inotify: bool) -> Self {
        Whisper {
            tree: Tree::new(root).with_threads(threads).with_inotify(inotify),
            interval,
            full_every,
            last_full: None,
            last_report: None,
            logged: HashSet::new(),
            said: HashSet::new(),
        }
    }

    fn scan(&mut self) -> Result<Option<(Counts, ScanKind)>> {
        let full_due = !self.tree.is_scanned() || self.last_full.map_or(true, |t| t.elapsed() >= self.full_every);
        if full_due {
            let c = self.tree.full_scan()?;
            self.last_full = Some(Instant::now());
            if self.tree.is_watching() {
                log::info!(target: NAME, "following changes with inotify on {} directories", c.dirs + 1);
            }
            return Ok(Some((c, ScanKind::Full)));
        }
        let report_due = self.last_report.map_or(true, |(t, _)| t.elapsed() >= self.interval);
        if !(report_due || self.tree.is_watching() && self.tree.has_pending_events()) {
            return Ok(None);
        }
        let c = self.tree.incremental()?;
        if !report_due && self.last_report.map(|(_, last)| last) == Some(c) {
            return Ok(None); // events, but the counts did not move
        }
        Ok(Some((c, ScanKind::Incremental)))
    }
}

impl Collector for Whisper {
    type Reading = WhisperCount;

    fn collect(&mut self) -> Result<Option<WhisperCount>> {
        let scanned = self.scan();
        if let Some(why) = self.tree.take_watch_lost() {
            // One INFO line per kind of fallback, however often it recurs.
            if self.said.insert(why.chars().filter(|c| !c.is_ascii_digit()).collect()) {
                log::info!(target: NAME, "{why}");
            }
        }
        let (counts, scan) = match scanned {
            Ok(Some(done)) => done,
            Ok(None) => return Ok(None),
            Err(e) => {
                self.last_full = None;
                self.last_report = None;
                bail!(e);
            }
        };
        self.last_report = Some((Instant::now(), counts));
        let newly = self.tree.take_newly_unreadable();
        let mut named = 0;
        for (path, err) in &newly {
            if named < LOG_UNREADABLE && self.logged.len() < 10_000 && self.logged.insert(path.clone()) {
                log::warn!(target: NAME, "cannot read {}: {err} (counted in unreadable_dirs)", path.display());
                named += 1;
            }
        }
        if newly.len() > named && named == LOG_UNREADABLE {
            log::warn!(target: NAME, "... and {} more unreadable directories", newly.len() - named);
        }
        Ok(Some(WhisperCount {
            root: self.tree.root.display().to_string(),
            hosts: counts.hosts,
            metrics: counts.metrics,
            dirs: counts.dirs,
            unreadable_dirs: counts.unreadable_dirs,
            scan,
        }))
    }
}

pub fn spec(settings: &Settings) -> Spec {
    let s = settings.clone();
    let mut spec = Spec::new(NAME, POLL.min(s.whisper_interval), s.whisper_state.clone(), move || {
        Ok(Whisper::new(
            &s.whisper_root,
            s.whisper_interval,
            s.whisper_full_every,
            s.whisper_threads,
            s.whisper_inotify,
        ))
    });
    // A full scan of a cold 10^7-file tree takes minutes: time out on the real interval,
    // not on the poll.
    spec.timeout = (settings.whisper_interval * 2).max(Duration::from_secs(600));
    spec
}
