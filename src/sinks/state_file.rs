//! The JSON state file of each collector: the first sink, and the contract the checks,
//! munin and `show` read. Each file has its own lane (one write in flight; the newest
//! report replaces one waiting), so a state file on a hung mount stalls only itself.

use crate::engine::sink::{Report, Sink};
use crate::state::State;
use crate::util::atomic::write_atomic;
use crate::util::lane::Lane;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[derive(Default)]
pub struct StateFiles {
    files: Mutex<HashMap<&'static str, Arc<File>>>,
}

struct File {
    path: PathBuf,
    lane: Lane<Arc<Report>>,
    /// How the latest write went: `Err` with its text.
    outcome: Arc<Mutex<Result<(), String>>>,
}

fn write(report: &Report, outcome: &Mutex<Result<(), String>>) {
    let state = State { envelope: report.envelope.clone(), reading: report.measured.as_ref().map(|m| &m.fields) };
    let written = state.to_json().and_then(|json| write_atomic(&report.state_path, &json));
    let mut last = outcome.lock().unwrap_or_else(|e| e.into_inner());
    let name = report.collector;
    match written {
        Ok(()) => {
            if last.is_err() {
                log::info!(target: name, "writing {} works again", report.state_path.display());
            }
            *last = Ok(());
        }
        Err(e) => {
            let text = format!("cannot write state file: {e:#}");
            // Once per distinct reason, not every cycle.
            if last.as_ref().err() != Some(&text) {
                log::error!(target: name, "{text}");
            }
            *last = Err(text);
        }
    }
}

impl Sink for StateFiles {
    fn name(&self) -> &'static str {
        "state-file"
    }

    fn deliver(&self, report: &Arc<Report>) {
        let mut files = self.files.lock().unwrap_or_else(|e| e.into_inner());
        let stale = files.get(report.collector).is_some_and(|f| f.path != report.state_path);
        if stale {
            files.remove(report.collector);
        }
        let file = files.entry(report.collector).or_insert_with(|| {
            let outcome = Arc::new(Mutex::new(Ok(())));
            let o = outcome.clone();
            Arc::new(File {
                path: report.state_path.clone(),
                lane: Lane::new(format!("state-{}", report.collector), move |r: Arc<Report>| write(&r, &o)),
                outcome,
            })
        });
        file.lane.submit(report.clone());
    }

    fn close(&self, limit: Duration) {
        let until = std::time::Instant::now() + limit;
        let files: Vec<Arc<File>> = self.files.lock().unwrap_or_else(|e| e.into_inner()).values().cloned().collect();
        for f in files {
            if !f.lane.wait_idle(until.saturating_duration_since(std::time::Instant::now())) {
                log::warn!("stopping without waiting longer for {} (its write hangs)", f.path.display());
            }
        }
    }

    fn flush(&self, collector: &str, limit: Duration) -> Result<(), String> {
        // Not holding the map's lock while waiting: other collectors keep delivering.
        let file = self.files.lock().unwrap_or_else(|e| e.into_inner()).get(collector).cloned();
        let Some(file) = file else { return Ok(()) };
        if !file.lane.wait_idle(limit) {
            return Err(format!("writing {} did not finish within {limit:?}", file.path.display()));
        }
        let outcome = file.outcome.lock().unwrap_or_else(|e| e.into_inner()).clone();
        outcome
    }
}
