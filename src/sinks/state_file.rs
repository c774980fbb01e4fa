//! The JSON state file of each collector: the first sink, and the contract the checks,
//! munin and `show` read. The files of one directory share a lane (one write in flight;
//! each file's newest report replaces its own waiting one), so a state file on a hung
//! mount stalls only the files beside it, on the same mount, and costs one thread (a
//! lane per file would cost a thread per collector).

use crate::engine::sink::{Report, Sink, SETTLE};
use crate::util::atomic::write_atomic;
use crate::util::crew::{Crew, Rules};
use crate::util::sync;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[derive(Default)]
pub(crate) struct StateFiles {
    files: Mutex<HashMap<&'static str, Arc<File>>>,
    dirs: Mutex<HashMap<PathBuf, Arc<Dir>>>,
}

struct File {
    path: PathBuf,
    dir: Arc<Dir>,
    /// How the latest write went: `Err` with its text.
    outcome: Mutex<Result<(), String>>,
}

/// Each collector's newest report not yet written, and its file.
type Waiting = Arc<Mutex<BTreeMap<&'static str, (Arc<Report>, Arc<File>)>>>;

/// The state files of one directory: the reports waiting (one per collector, the
/// newest), and the lane that writes them in turn.
struct Dir {
    waiting: Waiting,
    lane: Crew<()>,
}

impl Dir {
    fn new() -> Dir {
        let waiting: Waiting = Arc::default();
        let w = waiting.clone();
        let lane = Crew::new(Rules::lane("state-files"), move |()| {
            // The other files of the round: written in this turn (reports coming meanwhile
            // queue a job that finds nothing left).
            std::thread::sleep(SETTLE);
            // Each report is taken out before it is written: one coming meanwhile for the
            // same file waits for the next turn, and the lane's next job writes it.
            loop {
                // Its own statement: the lock is not held while writing.
                let next = sync::lock(&w).pop_first();
                let Some((_, (report, file))) = next else { break };
                write(&report, &file.outcome);
            }
        });
        Dir { waiting, lane }
    }
}

fn write(report: &Report, outcome: &Mutex<Result<(), String>>) {
    let json = crate::state::state_json(&report.envelope, report.measured.as_ref().map(|m| &*m.fields));
    let written = json.and_then(|json| write_atomic(&report.state_path, &json));
    let mut last = sync::lock(outcome);
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
        let file = {
            let mut files = sync::lock(&self.files);
            match files.get(report.collector) {
                Some(f) if f.path == report.state_path => f.clone(),
                _ => {
                    let file = Arc::new(File {
                        path: report.state_path.clone(),
                        dir: self.dir_of(&report.state_path),
                        outcome: Mutex::new(Ok(())),
                    });
                    files.insert(report.collector, file.clone());
                    file
                }
            }
        };
        sync::lock(&file.dir.waiting).insert(report.collector, (report.clone(), file.clone()));
        if let crate::util::crew::Submitted::Dropped(_, why) = file.dir.lane.submit(()) {
            // No thread to write it (a limit reached): said by the crew; `once` says it too.
            sync::lock(&file.dir.waiting).remove(report.collector);
            *sync::lock(&file.outcome) = Err(format!("not written: no thread to write it ({why})"));
        }
    }

    fn close(&self, limit: Duration) {
        let until = std::time::Instant::now() + limit;
        let dirs: Vec<(PathBuf, Arc<Dir>)> =
            sync::lock(&self.dirs).iter().map(|(p, d)| (p.clone(), d.clone())).collect();
        for (path, dir) in dirs {
            if !dir.lane.wait_idle(until.saturating_duration_since(std::time::Instant::now())) {
                log::warn!("stopping without waiting longer for the state files in {} (a write hangs)", path.display());
            }
        }
    }

    fn flush(&self, collector: &str, limit: Duration) -> Result<(), String> {
        // Not holding the map's lock while waiting: other collectors keep delivering.
        let file = sync::lock(&self.files).get(collector).cloned();
        let Some(file) = file else { return Ok(()) };
        if !file.dir.lane.wait_idle(limit) {
            return Err(format!("writing {} did not finish within {limit:?}", file.path.display()));
        }
        let outcome = sync::lock(&file.outcome).clone();
        outcome
    }
}

impl StateFiles {
    /// The lane of the directory `path` is in.
    fn dir_of(&self, path: &Path) -> Arc<Dir> {
        let parent = path.parent().unwrap_or(Path::new("")).to_path_buf();
        sync::lock(&self.dirs).entry(parent).or_insert_with(|| Arc::new(Dir::new())).clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{Envelope, Status, Trust, SCHEMA};

    fn report(collector: &'static str, path: &Path, attempt: i64) -> Arc<Report> {
        Arc::new(Report {
            collector,
            state_path: path.to_path_buf(),
            envelope: Envelope {
                schema: SCHEMA,
                collector: collector.into(),
                host: "h".into(),
                status: Status::Error,
                error: Some("e".into()),
                measured_at: None,
                measured_at_unix: None,
                attempted_at_unix: attempt,
                duration_ms: 0,
            },
            measured: None,
        })
    }

    fn attempt(path: &Path, name: &str) -> i64 {
        crate::state::State::<serde_json::Value>::read(path, name, Trust::Anyone)
            .unwrap()
            .unwrap()
            .envelope
            .attempted_at_unix
    }

    /// Files of one directory share a lane, but each keeps its own newest report: one
    /// file's report never replaces another's while they wait.
    #[test]
    fn every_file_of_a_shared_lane_gets_its_newest_report() {
        let dir = tempfile::tempdir().unwrap();
        let other = tempfile::tempdir().unwrap();
        let names: [&'static str; 4] = ["a", "b", "c", "d"];
        let sink = StateFiles::default();
        for n in 1..=50 {
            for name in names {
                let base = if name == "d" { other.path() } else { dir.path() };
                sink.deliver(&report(name, &base.join(format!("{name}.json")), n));
            }
        }
        for name in names {
            assert_eq!(sink.flush(name, Duration::from_secs(10)), Ok(()));
        }
        for name in names {
            let base = if name == "d" { other.path() } else { dir.path() };
            assert_eq!(attempt(&base.join(format!("{name}.json")), name), 50, "{name}");
        }
        assert_eq!(sink.dirs.lock().unwrap().len(), 2, "a lane per directory, not per file");
    }

    /// A failed write is that file's outcome alone, in the same directory.
    #[test]
    fn a_file_that_cannot_be_written_fails_only_its_own_flush() {
        let dir = tempfile::tempdir().unwrap();
        let sink = StateFiles::default();
        // A directory where the file should be: the rename over it fails.
        std::fs::create_dir(dir.path().join("bad.json")).unwrap();
        sink.deliver(&report("bad", &dir.path().join("bad.json"), 1));
        sink.deliver(&report("good", &dir.path().join("good.json"), 1));
        let failed = sink.flush("bad", Duration::from_secs(10)).unwrap_err();
        assert!(failed.starts_with("cannot write state file"), "{failed}");
        assert_eq!(sink.flush("good", Duration::from_secs(10)), Ok(()));
        assert_eq!(attempt(&dir.path().join("good.json"), "good"), 1);
    }
}
