//! Prometheus: the text exposition (format 0.0.4) of every collector's latest good
//! samples, plus gatherer's own: each collector's success, duration and last success,
//! and each output's spool and counters. Families sorted by name, series by labels,
//! HELP and TYPE lines, no timestamps.
//!
//! Served on the HTTP endpoint's `/metrics`, and written atomically after every cycle to
//! `--prometheus-textfile` for node_exporter's textfile collector. node_exporter already
//! exports the `node_*` families itself, and two sources of one series make its scrape
//! log errors, so the textfile leaves them out unless `--prometheus-textfile-node` says
//! that node_exporter's own collectors are off. `node_scrape_collector_*` stays out of
//! the textfile even then: node_exporter serves both families itself whatever collectors
//! run, with its own help text, and its registry refuses a second source of a family
//! (an error logged on every scrape, and its own series lost).

use super::board::{Board, OutputStats};
use crate::engine::sample::{MetricKind, Sample};
use crate::engine::sink::{Report, Sink, SETTLE};
use crate::state::Status;
use crate::util::crew::{Crew, Rules};
use crate::util::sync;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Append a metric or label name made valid (`[a-zA-Z_:][a-zA-Z0-9_:]*`; labels without
/// `:`), from its parts. Whole valid parts (nearly all) are copied as they are.
pub(crate) fn push_name(out: &mut String, parts: [&str; 3], colon: bool) {
    let ok = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || (colon && b == b':');
    let start = out.len();
    for p in parts {
        if p.bytes().all(ok) {
            out.push_str(p);
        } else {
            out.extend(p.chars().map(|c| if c.is_ascii() && ok(c as u8) { c } else { '_' }));
        }
    }
    if out.len() == start || out.as_bytes()[start].is_ascii_digit() {
        out.insert(start, '_');
    }
}

/// Append `s` with backslashes and newlines escaped, and double quotes if `quotes` (a
/// label value; HELP text leaves them). The runs between are copied whole.
fn push_escaped(out: &mut String, s: &str, quotes: bool) {
    let mut rest = s;
    // Only ASCII bytes are looked for, so every position found is a character boundary.
    while let Some(i) = rest.bytes().position(|b| b == b'\\' || b == b'\n' || (quotes && b == b'"')) {
        out.push_str(&rest[..i]);
        out.push_str(match rest.as_bytes()[i] {
            b'\\' => "\\\\",
            b'\n' => "\\n",
            _ => "\\\"",
        });
        rest = &rest[i + 1..];
    }
    out.push_str(rest);
}

fn push_number(out: &mut String, v: f64) {
    if v.is_nan() {
        out.push_str("NaN");
    } else if v.is_infinite() {
        out.push_str(if v > 0.0 { "+Inf" } else { "-Inf" });
    } else {
        let _ = write!(out, "{v}");
    }
}

/// One series: its name, label text and help are ranges of the exposition's text.
struct Row {
    /// `text[start..name_end]` is the name, `text[name_end..end]` the labels (`{a="b"}`).
    start: usize,
    name_end: usize,
    end: usize,
    help: (usize, usize),
    kind: &'static str,
    value: f64,
}

/// The series gathered so far. Every name, label text and help goes into one string, so
/// a render of some 600 series allocates a handful of times, not a few per series: it
/// runs once per round for the textfile and once per scrape.
#[derive(Default)]
struct Exposition {
    text: String,
    rows: Vec<Row>,
    /// Scratch for ordering a row's labels.
    order: Vec<usize>,
    /// Scratch: where the names of a row's labels so far are in `text`.
    names: Vec<(usize, usize)>,
}

impl Exposition {
    /// Add a series (the first of a duplicate wins); `label(i)` is its `i`th of `labels`.
    fn row<'a>(
        &mut self,
        name: [&str; 3],
        help: [&str; 3],
        kind: &'static str,
        labels: usize,
        label: impl Fn(usize) -> (&'a str, &'a str),
        value: f64,
    ) {
        let start = self.text.len();
        push_name(&mut self.text, name, true);
        let name_end = self.text.len();
        if labels > 0 {
            // Sorted by key (stable: a duplicate key keeps its place), through scratch
            // lists kept between rows, so a row allocates nothing.
            let mut order = std::mem::take(&mut self.order);
            let mut names = std::mem::take(&mut self.names);
            order.clear();
            order.extend(0..labels);
            order.sort_by_key(|&i| label(i).0);
            names.clear();
            self.text.push('{');
            for &i in &order {
                let (key, v) = label(i);
                let undo = self.text.len();
                if !names.is_empty() {
                    self.text.push(',');
                }
                let at = self.text.len();
                push_name(&mut self.text, [key, "", ""], false);
                let name = (at, self.text.len());
                // Keys that are one name once made valid (`a-b` and `a_b`), or one key
                // twice: Prometheus refuses a series with a label twice, and with it the
                // whole scrape. The first, by key, is kept.
                let t = &self.text;
                if names.iter().any(|&(a, b)| t[a..b] == t[name.0..name.1]) {
                    self.text.truncate(undo);
                    continue;
                }
                names.push(name);
                self.text.push_str("=\"");
                push_escaped(&mut self.text, v, true);
                self.text.push('"');
            }
            self.order = order;
            self.names = names;
            self.text.push('}');
        }
        let end = self.text.len();
        help.iter().for_each(|h| self.text.push_str(h));
        let help = (end, self.text.len());
        self.rows.push(Row { start, name_end, end, help, kind, value });
    }

    fn add(&mut self, name: &str, help: &str, kind: &'static str, labels: &[(&str, &str)], value: f64) {
        self.row([name, "", ""], [help, "", ""], kind, labels.len(), |i| labels[i], value);
    }

    fn sample(&mut self, s: &Sample) {
        let kind = match s.metric.kind {
            MetricKind::Counter => "counter",
            MetricKind::Gauge | MetricKind::Info => "gauge",
            MetricKind::Untyped => "untyped",
        };
        let labels = &s.labels;
        let label = |i: usize| (labels[i].key, labels[i].value.as_str());
        self.row(s.prom_parts(), s.help_parts(), kind, labels.len(), label, s.value);
    }

    fn text(&self) -> String {
        let t = self.text.as_str();
        let span = |a: usize, b: usize| &t[a..b];
        let name = |r: &Row| span(r.start, r.name_end);
        let key = |r: &Row| span(r.start, r.end);
        // Stable: of duplicates (and of a family's rows, for its help and type), the one
        // added first comes first.
        let mut order: Vec<(&str, usize)> = self.rows.iter().enumerate().map(|(i, r)| (key(r), i)).collect();
        order.sort_by(|a, b| name(&self.rows[a.1]).cmp(name(&self.rows[b.1])).then(a.0.cmp(b.0)));
        let mut out = String::with_capacity(t.len() + self.rows.len() * 24);
        let mut i = 0;
        while i < order.len() {
            let family = name(&self.rows[order[i].1]);
            let end =
                order[i..].iter().position(|&(_, r)| name(&self.rows[r]) != family).map_or(order.len(), |n| i + n);
            let first = &self.rows[order[i..end].iter().map(|&(_, r)| r).min().unwrap_or(order[i].1)];
            out.push_str("# HELP ");
            out.push_str(family);
            out.push(' ');
            push_escaped(&mut out, span(first.help.0, first.help.1), false);
            out.push_str("\n# TYPE ");
            out.push_str(family);
            out.push(' ');
            out.push_str(first.kind);
            out.push('\n');
            let mut last: Option<&str> = None;
            for &(k, r) in &order[i..end] {
                if last == Some(k) {
                    continue;
                }
                last = Some(k);
                out.push_str(k);
                out.push(' ');
                push_number(&mut out, self.rows[r].value);
                out.push('\n');
            }
            i = end;
        }
        out
    }
}

/// Who reads an exposition.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Reader {
    /// A Prometheus server on `/metrics`: every family, node_exporter's included.
    Scrape,
    /// node_exporter's textfile collector: the `node_*` samples only if `node`, and never
    /// the `node_scrape_collector_*` families node_exporter makes itself.
    Textfile { node: bool },
}

/// The whole exposition, for `reader`.
pub(crate) fn exposition(board: &Board, reader: Reader) -> String {
    let node = reader != Reader::Textfile { node: false };
    let mut e = Exposition::default();
    let latest = board.latest();
    for name in board.running() {
        let Some(r) = latest.get(name) else { continue };
        collector_metrics(&mut e, r, reader == Reader::Scrape);
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

/// Each collector's success and duration, as gatherer's own families and, if `scrape`
/// (`/metrics`), under node_exporter's names too: dashboards made for node_exporter
/// ("Node Exporter Full") show those, with gatherer's collector names as `collector`.
fn collector_metrics(e: &mut Exposition, r: &Report, scrape: bool) {
    let l = [("collector", r.collector)];
    let ok = f64::from(u8::from(r.envelope.status == Status::Ok));
    let seconds = r.envelope.duration_ms as f64 / 1000.0;
    if scrape {
        e.add("node_scrape_collector_success", "gatherer: Whether a collector succeeded.", "gauge", &l, ok);
        e.add(
            "node_scrape_collector_duration_seconds",
            "gatherer: How long the collector's latest attempt took.",
            "gauge",
            &l,
            seconds,
        );
    }
    e.add("gatherer_collector_success", "1 when the collector's latest attempt succeeded", "gauge", &l, ok);
    e.add("gatherer_collector_duration_seconds", "How long the collector's latest attempt took", "gauge", &l, seconds);
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

/// `--prometheus-textfile`: the exposition rewritten after every cycle (after the cycles
/// that end together, once).
pub(crate) struct Textfile {
    lane: Crew<()>,
    path: PathBuf,
    outcome: Arc<Mutex<Result<(), String>>>,
    /// Reports delivered so far; the lane writes only when there is one it has not seen.
    delivered: Arc<AtomicU64>,
    /// Times the file was written.
    #[cfg(test)]
    writes: Arc<AtomicU64>,
}

impl Textfile {
    pub(crate) fn new(path: PathBuf, node: bool, board: Arc<Board>) -> Textfile {
        Textfile::settling(path, node, board, SETTLE)
    }

    fn settling(path: PathBuf, node: bool, board: Arc<Board>, settle: Duration) -> Textfile {
        let outcome: Arc<Mutex<Result<(), String>>> = Arc::new(Mutex::new(Ok(())));
        let (delivered, writes) = (Arc::new(AtomicU64::new(0)), Arc::new(AtomicU64::new(0)));
        let (p, o, d, w) = (path.clone(), outcome.clone(), delivered.clone(), writes.clone());
        let seen = AtomicU64::new(0);
        let lane = Crew::new(Rules::lane("prometheus-textfile"), move |()| {
            std::thread::sleep(settle);
            // Reports that came while this waited are in this write: the job they queued
            // behind it finds nothing new.
            let now = d.load(Ordering::SeqCst);
            if seen.swap(now, Ordering::SeqCst) == now {
                return;
            }
            w.fetch_add(1, Ordering::Relaxed);
            let text = exposition(&board, Reader::Textfile { node });
            let written = crate::util::atomic::write_snapshot(&p, text.as_bytes())
                .map_err(|e| format!("cannot write {}: {e:#}", p.display()));
            let mut last = sync::lock(&o);
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
        if let crate::util::crew::Submitted::Dropped(_, why) = self.lane.submit(()) {
            // No thread to write it (a limit reached): said by the crew; `once` says it too.
            *sync::lock(&self.outcome) = Err(format!("not written: no thread to write it ({why})"));
        }
    }

    fn flush(&self, _collector: &str, limit: Duration) -> Result<(), String> {
        if !self.lane.wait_idle(limit) {
            return Err(format!("writing {} did not finish within {limit:?}", self.path.display()));
        }
        sync::lock(&self.outcome).clone()
    }

    fn close(&self, limit: Duration) {
        self.lane.wait_idle(limit);
    }
}

/// `--prometheus-textfile` and its settings.
#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "Output: Prometheus textfile")]
#[group(id = "prometheus-output")]
pub(crate) struct Args {
    /// Write the Prometheus exposition here after every cycle, for node_exporter's textfile collector (a .prom file) [default: off]
    #[arg(long, env = "GATHERER_PROMETHEUS_TEXTFILE", value_name = "PATH")]
    pub(crate) prometheus_textfile: Option<PathBuf>,

    /// Put node_exporter's own families (node_*) in the textfile too: only when node_exporter's collectors for them are off
    #[arg(long, env = "GATHERER_PROMETHEUS_TEXTFILE_NODE", default_value = "0", value_name = "BOOL", num_args = 0..=1, default_missing_value = "1")]
    pub(crate) prometheus_textfile_node: String,
}

/// The validated textfile settings.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Settings {
    pub(crate) path: PathBuf,
    /// Whether node_exporter's own families go in too.
    pub(crate) node: bool,
}

pub(crate) struct Kind;
pub(crate) static KIND: super::Kind<Kind> = super::Kind::NEW;

/// node_exporter's textfile directory as Debian's package sets it.
pub(crate) const TEXTFILE_DIR: &str = "/var/lib/prometheus/node-exporter";

impl super::OutputKind for Kind {
    const NAME: &'static str = "prometheus-textfile";
    const DIRS: &'static [&'static str] = &[TEXTFILE_DIR];
    type Args = Args;

    fn settings(
        a: Args,
        _cx: &super::Context,
    ) -> Result<Option<Box<dyn super::Output>>, crate::util::setting::BadSetting> {
        let Some(path) = a.prometheus_textfile.filter(|p| !p.as_os_str().is_empty()) else { return Ok(None) };
        if path.extension().and_then(|e| e.to_str()) != Some("prom") {
            return Err(crate::util::setting::bad(
                "prometheus-textfile",
                &path.display().to_string(),
                "must end in .prom: node_exporter's textfile collector reads only those",
            ));
        }
        let node = crate::util::setting::boolean("prometheus-textfile-node", &a.prometheus_textfile_node)?;
        Ok(Some(Box::new(Settings { path, node })))
    }
}

impl super::Output for Settings {
    fn start(&self, cx: &super::Start) -> anyhow::Result<Arc<dyn Sink>> {
        log::info!("writing the Prometheus exposition to {}", self.path.display());
        Ok(Arc::new(Textfile::new(self.path.clone(), self.node, cx.board.clone())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::sample::Metric;
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

    /// A template's field fills its name and help; labels sorted by key; a family's help
    /// and type come from its first series; a name made valid.
    #[test]
    fn samples_name_their_series() {
        use crate::engine::sample::Unit;
        static T: Metric = Metric {
            name: "{}",
            prom: "node_memory_{}_bytes",
            help: "Memory {} in bytes",
            kind: MetricKind::Gauge,
            unit: Unit::Bytes,
        };
        let mut e = Exposition::default();
        e.sample(&Sample::of_field(&T, "Mem(anon)", 5.0).label("z", "1").label("a", "2"));
        e.sample(&Sample::of_field(&T, "Mem(anon)", 6.0).label("z", "1").label("a", "2"));
        e.sample(&Sample::of_field(&T, "Active", 1.5));
        assert_eq!(
            e.text(),
            "# HELP node_memory_Active_bytes Memory Active in bytes\n# TYPE node_memory_Active_bytes gauge\n\
             node_memory_Active_bytes 1.5\n\
             # HELP node_memory_Mem_anon__bytes Memory Mem(anon) in bytes\n\
             # TYPE node_memory_Mem_anon__bytes gauge\nnode_memory_Mem_anon__bytes{a=\"2\",z=\"1\"} 5\n"
        );
    }

    /// node_exporter's per-collector families name gatherer's collectors, beside
    /// gatherer's own, and stay out of the textfile (node_exporter makes them itself).
    #[test]
    fn each_collector_has_node_exporters_scrape_families() {
        let mut envelope = report("pressure").envelope.clone();
        envelope.duration_ms = 1500;
        envelope.status = Status::Error;
        let r = Report { collector: "pressure", state_path: PathBuf::new(), envelope, measured: None };
        let mut e = Exposition::default();
        collector_metrics(&mut e, &r, true);
        let text = e.text();
        assert!(text.contains("node_scrape_collector_success{collector=\"pressure\"} 0\n"), "{text}");
        assert!(text.contains("node_scrape_collector_duration_seconds{collector=\"pressure\"} 1.5\n"), "{text}");
        assert!(text.contains("# TYPE node_scrape_collector_success gauge\n"), "{text}");
        assert!(text.contains("gatherer_collector_success{collector=\"pressure\"} 0\n"), "{text}");
        let mut e = Exposition::default();
        collector_metrics(&mut e, &r, false);
        assert!(!e.text().contains("node_scrape"), "{}", e.text());
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

    /// Label keys that are one name once made valid, and a key given twice: the first
    /// by key is kept, the later ones left out (Prometheus would refuse the scrape).
    #[test]
    fn a_label_name_is_written_once() {
        let mut e = Exposition::default();
        e.add("m", "M", "gauge", &[("a_b", "2"), ("a-b", "1"), ("a.c", "3"), ("a_b", "4")], 1.0);
        e.add("n", "N", "gauge", &[("x", "1"), ("x", "2")], 1.0);
        assert_eq!(
            e.text(),
            "# HELP m M\n# TYPE m gauge\nm{a_b=\"1\",a_c=\"3\"} 1\n# HELP n N\n# TYPE n gauge\nn{x=\"1\"} 1\n"
        );
    }

    #[test]
    fn every_label_is_kept_however_many() {
        let keys: Vec<String> = (0..20).rev().map(|i| format!("k{i:02}")).collect();
        let labels: Vec<(&str, &str)> = keys.iter().map(|k| (k.as_str(), "v")).collect();
        let mut e = Exposition::default();
        e.add("m", "M", "gauge", &labels, 1.0);
        let want: Vec<String> = (0..20).map(|i| format!("k{i:02}=\"v\"")).collect();
        assert!(e.text().contains(&format!("m{{{}}} 1\n", want.join(","))), "{}", e.text());
    }
}
