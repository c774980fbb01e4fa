//! The board: the latest report of every collector, and every output's own counters.
//! It is a sink (it keeps what the engine hands it) that the Prometheus exposition and
//! the HTTP endpoint read; it lives as long as the daemon, across reloads.

use crate::engine::sink::{Report, Sink};
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
    pub fn new(kind: &'static str, destination: String) -> OutputStats {
        OutputStats { kind, destination, ..OutputStats::default() }
    }

    pub fn get(v: &AtomicU64) -> u64 {
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
    pub fn latest(&self) -> BTreeMap<&'static str, Arc<Report>> {
        self.latest.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    pub fn report(&self, collector: &str) -> Option<Arc<Report>> {
        self.latest.read().unwrap_or_else(|e| e.into_inner()).get(collector).cloned()
    }

    /// Which collectors run now (set at start and on every reload); reports of the
    /// others are forgotten.
    pub fn set_running(&self, names: Vec<&'static str>) {
        self.latest.write().unwrap_or_else(|e| e.into_inner()).retain(|n, _| names.contains(n));
        *self.running.write().unwrap_or_else(|e| e.into_inner()) = names;
    }

    pub fn running(&self) -> Vec<&'static str> {
        self.running.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// An output's counters, shown by the exposition while it exists.
    pub fn add_output(&self, stats: Arc<OutputStats>) {
        self.outputs.lock().unwrap_or_else(|e| e.into_inner()).push(stats);
    }

    pub fn remove_output(&self, stats: &Arc<OutputStats>) {
        self.outputs.lock().unwrap_or_else(|e| e.into_inner()).retain(|s| !Arc::ptr_eq(s, stats));
    }

    pub fn outputs(&self) -> Vec<Arc<OutputStats>> {
        self.outputs.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }
}

impl Sink for Board {
    fn name(&self) -> &'static str {
        "board"
    }

    fn deliver(&self, report: &Arc<Report>) {
        self.latest.write().unwrap_or_else(|e| e.into_inner()).insert(report.collector, report.clone());
    }
}
