//! Outputs. The engine hands every cycle's report to each sink; a sink must take it at
//! once (queue it, hand it to a lane) so that a slow or failing output never delays a
//! collector or another output. A panic inside a sink is caught and logged.

use super::collector::Measured;
use crate::state::Envelope;
use crate::util::sync;
use std::path::PathBuf;
use std::sync::{Arc, RwLock};
use std::time::Duration;

/// How long a sink that writes per round (the textfile, the state files of a directory, a
/// destination's spool) waits after a report before it writes: the collectors' cycles
/// start in the same slot and end within milliseconds of each other, and one wake and
/// one write then cover them all, where each report would otherwise cost its own wake,
/// write and send (the whole textfile, several times a round).
pub(crate) const SETTLE: Duration = Duration::from_millis(100);

/// One cycle of one collector: the envelope and, when there ever was a good measurement,
/// the last good reading.
#[derive(Debug)]
pub struct Report {
    pub collector: &'static str,
    /// Where this collector's state file lives.
    pub state_path: PathBuf,
    pub envelope: Envelope,
    pub measured: Option<Arc<Measured>>,
}

impl Report {
    /// Whether this report carries a measurement taken in this very cycle (outputs that
    /// keep history send only these, so nothing is sent twice).
    pub(crate) fn is_new(&self) -> bool {
        self.envelope.status == crate::state::Status::Ok
            && self.envelope.measured_at_unix == Some(self.envelope.attempted_at_unix)
            && self.measured.is_some()
    }
}

pub(crate) trait Sink: Send + Sync {
    fn name(&self) -> &'static str;

    /// Take one report. Returns at once, whatever happens to the output behind it.
    fn deliver(&self, report: &Arc<Report>);

    /// For `gatherer once`: wait at most `limit` until this collector's reports are out,
    /// and say how the last one went.
    fn flush(&self, _collector: &str, _limit: Duration) -> Result<(), String> {
        Ok(())
    }

    /// The daemon is stopping: finish what was taken (at most `limit`), so a stop after a
    /// report never leaves it half written.
    fn close(&self, _limit: Duration) {}
}

/// Every configured sink, delivered to in turn. Clones share one list, which a reload
/// may replace (`set`) while collectors run.
#[derive(Clone, Default)]
pub(crate) struct Sinks(Arc<RwLock<Vec<Arc<dyn Sink>>>>);

impl Sinks {
    pub(crate) fn new(sinks: Vec<Arc<dyn Sink>>) -> Sinks {
        Sinks(Arc::new(RwLock::new(sinks)))
    }

    fn list(&self) -> Vec<Arc<dyn Sink>> {
        sync::read(&self.0).clone()
    }

    /// Deliver from now on to these sinks instead.
    pub(crate) fn set(&self, sinks: Vec<Arc<dyn Sink>>) {
        *sync::write(&self.0) = sinks;
    }

    pub(crate) fn deliver(&self, report: &Arc<Report>) {
        for s in self.list() {
            if std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| s.deliver(report))).is_err() {
                log::error!("output {} panicked taking a report of {}; it is skipped", s.name(), report.collector);
            }
        }
    }

    /// Let every sink finish what it holds, all within `limit`.
    pub(crate) fn close(&self, limit: Duration) {
        let until = std::time::Instant::now() + limit;
        for s in self.list() {
            s.close(until.saturating_duration_since(std::time::Instant::now()));
        }
    }

    /// Flush every sink for `collector`; the first failure, if any.
    pub(crate) fn flush(&self, collector: &str, limit: Duration) -> Result<(), String> {
        self.list().iter().map(|s| s.flush(collector, limit)).find(Result::is_err).unwrap_or(Ok(()))
    }
}

/// A report of `samples`, measured now at `ts` (for the sinks' tests).
#[cfg(test)]
pub(crate) fn report_of(collector: &'static str, samples: Vec<super::sample::Sample>, ts: i64) -> Arc<Report> {
    let envelope = Envelope {
        schema: crate::state::SCHEMA,
        collector: collector.into(),
        host: "h".into(),
        status: crate::state::Status::Ok,
        error: None,
        measured_at: None,
        measured_at_unix: Some(ts),
        attempted_at_unix: ts,
        duration_ms: 0,
    };
    let measured = Measured { fields: "{}".into(), summary: String::new(), samples };
    Arc::new(Report { collector, state_path: PathBuf::new(), envelope, measured: Some(Arc::new(measured)) })
}
