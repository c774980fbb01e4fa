//! Prometheus: the text exposition (format 0.0.4) of every collector's latest good
//! samples, plus gatherer's own: each collector's success, duration and last success,
//! and each output's spool and counters. Families sorted by name, series by labels,
//! HELP and TYPE lines, no timestamps.
//!
//! Served on the HTTP endpoint's `/metrics`, and written atomically after every cycle to
//! `--prometheus-textfile` for node_exporter's textfile collector. node_exporter already
//! exports the `node_*` families itself, and two sources of one series make its scrape
//! log errors, so the textfile leaves them out unless `--prometheus-textfile-node` says
//! that node_exporter's own collectors are off.

use super::board::{Board, OutputStats};
use crate::engine::sample::{MetricKind, Sample};
use crate::engine::sink::{Report, Sink};
use crate::state::Status;
use crate::util::lane::Lane;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

struct Family {
    help: String,
    kind: &'static str,
    /// Label text (`{a="b"}`) → value, sorted; the first of a duplicate wins.
    series: BTreeMap<String, f64>,
}

/// A metric or label name made valid (`[a-zA-Z_:][a-zA-Z0-9_:]*`; labels without `:`).
fn name_ok(s: &str, colon: bool) -> String {
    let mut out: String =
        s.chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' || (colon && c == ':') { c } else { '_' }).collect();
    if out.starts_with(|c: char| c.is_ascii_digit()) || out.is_empty() {
        out.insert(0, '_');
    }
    out
}

fn label_value(out: &mut String, v: &str) {
    for c in v.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
}

fn labels_text(labels: &[(&str, &str)]) -> String {
    if labels.is_empty() {
        return String::new();
    }
    let mut sorted: Vec<&(&str, &str)> = labels.iter().collect();
    sorted.sort_by_key(|(k, _)| *k);
    let mut out = String::from("{");
    for (i, (k, v)) in sorted.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&name_ok(k, false));
        out.push_str("=\"");
        label_value(&mut out, v);
        out.push('"');
    }
    out.push('}');
    out
}

fn number(v: f64) -> String {
    if v.is_nan() {
        "NaN".into()
    } else if v.is_infinite() {
        if v > 0.0 { "+Inf" } else { "-Inf" }.into()
    } else {
        format!("{v}")
    }
}

#[derive(Default)]
struct Exposition {
    families: BTreeMap<String, Family>,
}

impl Exposition {
    fn add(&mut self, name: &str, help: &str, kind: &'static str, labels: &[(&str, &str)], value: f64) {
        let f = self.families.entry(name_ok(name, true)).or_insert_with(|| Family {
            help: help.to_string(),
            kind,
            series: BTreeMap::new(),
        });
        f.series.entry(labels_text(labels)).or_insert(value);
    }

    fn sample(&mut self, s: &Sample) {
        let kind = match s.metric.kind {
            MetricKind::Counter => "counter",
            MetricKind::Gauge | MetricKind::Info => "gauge",
        };
        let labels: Vec<(&str, &str)> = s.labels.iter().map(|l| (l.key, l.value.as_str())).collect();
        self.add(&s.prom_name(), &s.help(), kind, &labels, s.value);
    }

    fn text(&self) -> String {
        let mut out = String::new();
        for (name, f) in &self.families {
            let help = f.help.replace('\\', "\\\\").replace('\n', "\\n");
            let _ = writeln!(out, "# HELP {name} {help}");
            let _ = writeln!(out, "# TYPE {name} {}", f.kind);
            for (labels, v) in &f.series {
                let _ = writeln!(out, "{name}{labels} {}", number(*v));
            }
        }
        out
    }
}

/// The whole exposition; `node` says whether node_exporter's `node_*` families are in.
pub fn exposition(board: &Board, node: bool) -> String {
    let mut e = Exposition::default();
    let latest = board.latest();
    for name in board.running() {
        let Some(r) = latest.get(name) else { continue };
        collector_metrics(&mut e, r);
        // Only a good latest attempt's values: a failing collector's last values are
        // not passed off as current (its success says why they are missing).
        if r.envelope.status != Status::Ok {
            continue;
        }
        if let Some(m) = &r.measured {
            for s in m.samples.iter().filter(|s| node || !s.metric.prom.starts_with("node_")) {
                e.sample(s);
            }
        }
    }
    for o in board.outputs() {
        output_metrics(&mut e, &o);
    }
    e.add("gatherer_build_info", "gatherer's version, as a label", "gauge", &[("version", crate::VERSION)], 1.0);
    e.text()
}

fn collector_metrics(e: &mut Exposition, r: &Report) {
    let l = [("collector", r.collector)];
    let ok = f64::from(u8::from(r.envelope.status == Status::Ok));
    e.add("gatherer_collector_success", "1 when the collector's latest attempt succeeded", "gauge", &l, ok);
    e.add(
        "gatherer_collector_duration_seconds",
        "How long the collector's latest attempt took",
        "gauge",
        &l,
        r.envelope.duration_ms as f64 / 1000.0,
    );
    if let Some(t) = r.envelope.measured_at_unix {
        e.add(
            "gatherer_collector_last_success_timestamp_seconds",
            "When the collector last measured, Unix time",
            "gauge",
            &l,
            t as f64,
        );
    }
}

fn output_metrics(e: &mut Exposition, o: &OutputStats) {
    let l = [("output", o.kind), ("destination", o.destination.as_str())];
    let g = OutputStats::get;
    e.add(
        "gatherer_output_connected",
        "1 while the output's connection is up",
        "gauge",
        &l,
        f64::from(u8::from(o.connected.load(Ordering::Relaxed))),
    );
    e.add(
        "gatherer_output_queued_points_total",
        "Points handed to the output",
        "counter",
        &l,
        g(&o.queued_points) as f64,
    );
    e.add("gatherer_output_sent_points_total", "Points the output sent", "counter", &l, g(&o.sent_points) as f64);
    e.add(
        "gatherer_output_dropped_points_total",
        "Points dropped: the spool was full (oldest first), or the destination refused them",
        "counter",
        &l,
        g(&o.dropped_points) as f64,
    );
    e.add(
        "gatherer_output_spool_points",
        "Points waiting in the output's spool",
        "gauge",
        &l,
        g(&o.spooled_points) as f64,
    );
    e.add(
        "gatherer_output_spool_bytes",
        "Bytes waiting in the output's spool",
        "gauge",
        &l,
        g(&o.spooled_bytes) as f64,
    );
}

/// How long the textfile waits after a cycle's report before it writes: the collectors'
/// cycles start in the same slot and end within milliseconds of each other, and one
/// write then covers them all. Without it the file was written about five times per
/// round of eight collectors, each time the whole exposition (docs/design.md, "Footprint").
const SETTLE: Duration = Duration::from_millis(100);

/// `--prometheus-textfile`: the exposition rewritten after every cycle (after the cycles
/// that end together, once).
pub struct Textfile {
    lane: Lane<()>,
    path: PathBuf,
    outcome: Arc<Mutex<Result<(), String>>>,
    /// Reports delivered so far; the lane writes only when there is one it has not seen.
    delivered: Arc<AtomicU64>,
    /// Times the file was written.
    #[cfg(test)]
    writes: Arc<AtomicU64>,
}

impl Textfile {
    pub fn new(path: PathBuf, node: bool, board: Arc<Board>) -> Textfile {
        Textfile::settling(path, node, board, SETTLE)
    }

    fn settling(path: PathBuf, node: bool, board: Arc<Board>, settle: Duration) -> Textfile {
        let outcome: Arc<Mutex<Result<(), String>>> = Arc::new(Mutex::new(Ok(())));
        let (delivered, writes) = (Arc::new(AtomicU64::new(0)), Arc::new(AtomicU64::new(0)));
        let (p, o, d, w) = (path.clone(), outcome.clone(), delivered.clone(), writes.clone());
        let seen = AtomicU64::new(0);
        let lane = Lane::new("prometheus-textfile", move |()| {
            std::thread::sleep(settle);
            // Reports that came while this waited are in this write: the job they queued
            // behind it finds nothing new.
            let now = d.load(Ordering::SeqCst);
            if seen.swap(now, Ordering::SeqCst) == now {
                return;
            }
            w.fetch_add(1, Ordering::Relaxed);
            let text = exposition(&board, node);
            let written = crate::util::atomic::write_atomic(&p, text.as_bytes())
                .map_err(|e| format!("cannot write {}: {e:#}", p.display()));
            let mut last = o.lock().unwrap_or_else(|e| e.into_inner());
            match (&*last, &written) {
                (Ok(()), Err(e)) => log::error!("{e}"),
                (Err(_), Ok(())) => log::info!("writing {} works again", p.display()),
                (Err(old), Err(e)) if old != e => log::error!("{e}"),
                _ => {}
            }
            *last = written;
        });
        Textfile {
            lane,
            path,
            outcome,
            delivered,
            #[cfg(test)]
            writes,
        }
    }
}

impl Sink for Textfile {
    fn name(&self) -> &'static str {
        "prometheus-textfile"
    }

    fn deliver(&self, _report: &Arc<Report>) {
        // The board has the report already; the newest write replaces a waiting one.
        self.delivered.fetch_add(1, Ordering::SeqCst);
        self.lane.submit(());
    }

    fn flush(&self, _collector: &str, limit: Duration) -> Result<(), String> {
        if !self.lane.wait_idle(limit) {
            return Err(format!("writing {} did not finish within {limit:?}", self.path.display()));
        }
        self.outcome.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    fn close(&self, limit: Duration) {
        self.lane.wait_idle(limit);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{Envelope, SCHEMA};

    fn report(collector: &'static str) -> Arc<Report> {
        let envelope = Envelope {
            schema: SCHEMA,
            collector: collector.into(),
            host: "h".into(),
            status: Status::Ok,
            error: None,
            measured_at: None,
            measured_at_unix: None,
            attempted_at_unix: 0,
            duration_ms: 0,
        };
        Arc::new(Report { collector, state_path: PathBuf::new(), envelope, measured: None })
    }

    /// Cycles that end a few milliseconds apart are written once, and a later one again.
    #[test]
    fn the_textfile_is_written_once_for_cycles_that_end_together() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("gatherer.prom");
        let t = Textfile::settling(path.clone(), false, Arc::new(Board::default()), Duration::from_millis(300));
        for c in ["cpu", "memory", "network", "filesystems", "temperatures", "inventory", "diskstats", "vmware"] {
            t.deliver(&report(c));
            std::thread::sleep(Duration::from_millis(10));
        }
        t.flush("cpu", Duration::from_secs(10)).unwrap();
        // Each report found the lane busy or settling: one write (two if this machine
        // stalled the loop past the settling time), where each used to write its own.
        let first = t.writes.load(Ordering::SeqCst);
        assert!((1..=2).contains(&first), "{first} writes");
        assert!(path.is_file());
        t.deliver(&report("cpu"));
        t.flush("cpu", Duration::from_secs(10)).unwrap();
        assert_eq!(t.writes.load(Ordering::SeqCst), first + 1);
    }

    #[test]
    fn families_sorted_labels_escaped_duplicates_dropped() {
        let mut e = Exposition::default();
        e.add("b_total", "B\nhelp", "counter", &[("x", "1")], 2.0);
        e.add("a", "A", "gauge", &[("z", "q\"\\\n"), ("m", "n")], f64::NAN);
        e.add("b_total", "B", "counter", &[("x", "1")], 3.0);
        e.add("9bad-name", "C", "gauge", &[], f64::INFINITY);
        assert_eq!(
            e.text(),
            "# HELP _9bad_name C\n# TYPE _9bad_name gauge\n_9bad_name +Inf\n\
             # HELP a A\n# TYPE a gauge\na{m=\"n\",z=\"q\\\"\\\\\\n\"} NaN\n\
             # HELP b_total B\\nhelp\n# TYPE b_total counter\nb_total{x=\"1\"} 2\n"
        );
    }
}
