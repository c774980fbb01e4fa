//! The board: the latest report of every collector, and every output's own counters.
//! It is a sink (it keeps what the engine hands it) that the Prometheus exposition and
//! the HTTP endpoint read; it lives as long as the daemon, across reloads.

use crate::engine::sink::{Report, Sink};
use crate::util::sync;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};

/// What one output (a Graphite destination, an InfluxDB) says about itself.
#[derive(Debug, Default)]
pub struct OutputStats {
    /// `graphite`, `influxdb`.
    pub kind: &'static str,
    /// The destination, credentials never included (`127.0.0.1:2003`).
    pub destination: String,
    pub connected: AtomicBool,
    /// Points taken from the collectors.
    pub queued_points: AtomicU64,
    /// Points handed to the destination (for Graphite: written to its socket).
    pub sent_points: AtomicU64,
    /// Points dropped because the spool was full (the oldest go first).
    pub dropped_points: AtomicU64,
    /// Points and bytes waiting in the spool.
    pub spooled_points: AtomicU64,
    pub spooled_bytes: AtomicU64,
}

impl OutputStats {
    pub(crate) fn new(kind: &'static str, destination: String) -> OutputStats {
        OutputStats { kind, destination, ..OutputStats::default() }
    }

    pub(crate) fn get(v: &AtomicU64) -> u64 {
        v.load(Ordering::Relaxed)
    }
}

#[derive(Default)]
pub struct Board {
    latest: RwLock<BTreeMap<&'static str, Arc<Report>>>,
    outputs: Mutex<Vec<Arc<OutputStats>>>,
    /// Collectors that run, in registry order: the ones not yet reported count as
    /// starting (not failing) on the health page.
    running: RwLock<Vec<&'static str>>,
}

impl Board {
    /// The latest report of every collector that has reported, by name.
    pub(crate) fn latest(&self) -> BTreeMap<&'static str, Arc<Report>> {
        sync::read(&self.latest).clone()
    }

    pub(crate) fn report(&self, collector: &str) -> Option<Arc<Report>> {
        sync::read(&self.latest).get(collector).cloned()
    }

    /// Which collectors run now (set at start and on every reload); reports of the
    /// others are forgotten.
    pub(crate) fn set_running(&self, names: Vec<&'static str>) {
        sync::write(&self.latest).retain(|n, _| names.contains(n));
        *sync::write(&self.running) = names;
    }

    pub(crate) fn running(&self) -> Vec<&'static str> {
        sync::read(&self.running).clone()
    }

    /// An output's counters, shown by the exposition while it exists.
    pub(crate) fn add_output(&self, stats: Arc<OutputStats>) {
        sync::lock(&self.outputs).push(stats);
    }

    pub(crate) fn remove_output(&self, stats: &Arc<OutputStats>) {
        sync::lock(&self.outputs).retain(|s| !Arc::ptr_eq(s, stats));
    }

    pub(crate) fn outputs(&self) -> Vec<Arc<OutputStats>> {
        sync::lock(&self.outputs).clone()
    }
}

impl Sink for Board {
    fn name(&self) -> &'static str {
        "board"
    }

    fn deliver(&self, report: &Arc<Report>) {
        sync::write(&self.latest).insert(report.collector, report.clone());
    }
}
