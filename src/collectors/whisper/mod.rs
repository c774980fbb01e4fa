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
//! How: a depth-first walk on an explicit stack with `openat` relative to the parent's
//! descriptor and `getdents64` into a 256 KiB buffer, deciding by `d_type` without a
//! per-file stat (only `*.wsp` symlinks and `DT_UNKNOWN` entries are stat'ed). The
//! directory tree is kept (about 48 bytes a directory plus its name, no file names) so a
//! recount only re-reads directories that inotify named, or whose mtime or inode changed,
//! or whose mtime was too close to the moment we read them to prove nothing changed after
//! ("racy", as git says of its index).
//!
//! Files by concern: `sys` (system calls, the one listing routine), `tree` (the arena),
//! `scan` (full scans and the descent every walk uses), `refresh` (incremental recounts),
//! `inotify` (watches and events).

use crate::engine::collector::{Collector, Reading};
use crate::engine::sample::Sample;
use anyhow::{bail, Result};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

mod inotify;
mod kind;
mod refresh;
mod scan;
mod sys;
mod tree;

pub use tree::{Counts, Tree};

pub(crate) const NAME: &str = "whisper";

/// How many newly unreadable directories one scan names in the log.
const LOG_UNREADABLE: usize = 10;
/// How often the collector looks at inotify events; a change shows within this.
pub(crate) const POLL: Duration = Duration::from_secs(5);
/// How often a long full scan says how far it has got.
const PROGRESS_EVERY: Duration = Duration::from_secs(30);

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

    fn samples(&self, out: &mut Vec<Sample>) {
        for (metric, value) in kind::samples(self) {
            out.push(Sample::new(metric, value));
        }
    }
}

fn root_error(root: &Path, e: io::Error) -> anyhow::Error {
    if e.kind() == io::ErrorKind::NotFound {
        anyhow::anyhow!("whisper root {} does not exist", root.display())
    } else {
        anyhow::Error::new(e).context(format!("cannot read whisper root {}", root.display()))
    }
}

/// The collector. Polled every `POLL`: a full scan first and every `full_every`; between
/// them, with inotify, it re-reads what the events name as soon as they come (and writes
/// only when the counts changed or `interval` has passed); without, an mtime walk every
/// `interval`.
pub(crate) struct Whisper {
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
    pub(crate) fn new(root: &Path, interval: Duration, full_every: Duration, threads: usize, inotify: bool) -> Self {
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
            // A first scan of a cold 10^7-file tree takes minutes: say so as it goes.
            let started = Instant::now();
            log::info!(target: NAME, "full scan of {} started", self.tree.root.display());
            self.tree.progress = Some(std::sync::Arc::new(tree::Progress::new(&self.tree.root, PROGRESS_EVERY)));
            let scanned = self.tree.full_scan();
            self.tree.progress = None;
            let c = scanned?;
            log::info!(
                target: NAME,
                "full scan of {} took {:.1?}: {} hosts, {} metrics in {} directories",
                self.tree.root.display(),
                started.elapsed(),
                c.hosts,
                c.metrics,
                c.dirs
            );
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
        let (newly, total) = self.tree.take_newly_unreadable(LOG_UNREADABLE);
        let mut named = 0;
        for (path, err) in &newly {
            if self.logged.len() < 10_000 && self.logged.insert(path.clone()) {
                log::warn!(target: NAME, "cannot read {}: {err} (counted in unreadable_dirs)", path.display());
                named += 1;
            }
        }
        if total > newly.len() && named > 0 {
            log::warn!(target: NAME, "... and {} more unreadable directories", total - newly.len());
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
