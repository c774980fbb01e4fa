//! Graphite: every new measurement as carbon plaintext lines (`path value timestamp`)
//! over TCP to one or more carbon destinations, each with its own spool.
//!
//! A path is `<prefix>.<collector>.<what>.<name>`: `<what>` are the values of the
//! sample's identifying labels in order (a CPU and mode, a disk, a mount point, a chip
//! and sensor), `<name>` the metric's short name. Each component is escaped: anything
//! but `[A-Za-z0-9_-]` (dots, slashes, spaces) becomes `_`, and a mount point `/` is
//! `root` (`/var/log` is `var_log`). For example
//! `servers.web01.cpu.0.user.seconds`, `servers.web01.filesystems.var_log.used_pct`,
//! `servers.web01.memory.MemAvailable`.

use super::board::{Board, OutputStats};
use super::forward::{Format, Forwarder, Sent, Transport};
use crate::engine::sample::{MetricKind, Sample};
use crate::engine::sink::{Report, Sink};
use crate::util::setting::{bad, seconds, BadSetting};
use std::io::Write;
use std::net::{TcpStream, ToSocketAddrs};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
const WRITE_TIMEOUT: Duration = Duration::from_secs(10);

/// One path component, escaped.
pub(crate) fn component(out: &mut String, value: &str) {
    component_of_parts(out, [value, "", ""]);
}

/// One path component, escaped, from the parts of its text (a template's name and the
/// field that fills it), as their concatenation would be, without making it: this runs
/// for every sample of every report.
fn component_of_parts(out: &mut String, parts: [&str; 3]) {
    let len: usize = parts.iter().map(|p| p.len()).sum();
    let mut chars = parts.into_iter().flat_map(str::chars).peekable();
    if chars.peek() == Some(&'/') {
        if len == 1 {
            out.push_str("root");
            return;
        }
        chars.next();
    }
    let start = out.len();
    out.extend(chars.map(|c| if c.is_ascii_alphanumeric() || c == '_' || c == '-' { c } else { '_' }));
    if out.len() == start {
        out.push('_');
    }
}

/// A prefix as given (`servers.web01`): its components escaped, its dots kept.
pub(crate) fn clean_prefix(prefix: &str) -> String {
    let mut out = String::new();
    for (i, part) in prefix.split('.').filter(|p| !p.is_empty()).enumerate() {
        if i > 0 {
            out.push('.');
        }
        component(&mut out, part);
    }
    out
}

/// Append the sample's path after the prefix.
fn push_path(p: &mut String, collector: &str, s: &Sample) {
    component(p, collector);
    for l in s.labels.iter().filter(|l| l.identifies) {
        p.push('.');
        component(p, &l.value);
    }
    p.push('.');
    component_of_parts(p, s.name_parts());
}

/// The samples of a report that become lines, and their time: those with a value (a
/// number), not annotations; none without a time of measurement.
fn carried(report: &Report) -> (impl Iterator<Item = &Sample>, i64) {
    let (samples, ts) = match (&report.measured, report.envelope.measured_at_unix) {
        (Some(m), Some(ts)) => (&m.samples[..], ts),
        _ => (&[][..], 0),
    };
    (samples.iter().filter(|s| s.value.is_finite() && s.metric.kind != MetricKind::Info), ts)
}

/// Carbon lines of one report's samples; returns how many. One line buffer for them all:
/// this runs for every report (on each destination's appending thread).
pub(crate) fn lines(report: &Report, prefix: &str, out: &mut Vec<u8>) -> u64 {
    let mut n = 0;
    let mut line = String::with_capacity(128);
    let (samples, ts) = carried(report);
    for s in samples {
        line.clear();
        if !prefix.is_empty() {
            line.push_str(prefix);
            line.push('.');
        }
        push_path(&mut line, report.collector, s);
        let _ = std::fmt::Write::write_fmt(&mut line, format_args!(" {} {ts}\n", s.value));
        out.extend_from_slice(line.as_bytes());
        n += 1;
    }
    n
}

/// A carbon plaintext connection.
pub(crate) struct Tcp {
    destination: String,
    stream: Option<TcpStream>,
}

impl Tcp {
    pub(crate) fn new(destination: String) -> Tcp {
        Tcp { destination, stream: None }
    }
}

impl Transport for Tcp {
    fn connect(&mut self) -> Result<(), String> {
        let addrs =
            self.destination.to_socket_addrs().map_err(|e| format!("cannot resolve {}: {e}", self.destination))?;
        let mut last = format!("{} resolves to no address", self.destination);
        for a in addrs {
            match TcpStream::connect_timeout(&a, CONNECT_TIMEOUT) {
                Ok(s) => {
                    let _ = s.set_nodelay(true);
                    let _ = s.set_write_timeout(Some(WRITE_TIMEOUT));
                    self.stream = Some(s);
                    return Ok(());
                }
                Err(e) => last = format!("cannot connect to {a}: {e}"),
            }
        }
        Err(last)
    }

    fn is_connected(&self) -> bool {
        self.stream.is_some()
    }

    /// carbon never writes on this connection: anything readable, or a hang-up, means
    /// it closed (a restart, a kill): writing now would lose the batch.
    fn alive(&mut self) -> bool {
        let Some(s) = &self.stream else { return false };
        let mut fds = [rustix::event::PollFd::new(s, rustix::event::PollFlags::IN | rustix::event::PollFlags::RDHUP)];
        match rustix::event::poll(&mut fds, Some(&rustix::event::Timespec { tv_sec: 0, tv_nsec: 0 })) {
            Ok(0) => true,
            Ok(_) => false,
            Err(_) => false,
        }
    }

    fn send(&mut self, batch: &[u8]) -> Sent {
        let Some(s) = &mut self.stream else { return Sent::Lost("not connected".into()) };
        match s.write_all(batch) {
            Ok(()) => Sent::Ok,
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock || e.kind() == std::io::ErrorKind::TimedOut => {
                Sent::Lost(format!("writing to {} took over {}s", self.destination, WRITE_TIMEOUT.as_secs()))
            }
            Err(e) => Sent::Lost(format!("cannot write to {}: {e}", self.destination)),
        }
    }

    fn disconnect(&mut self) {
        self.stream = None;
    }

    fn resends(&self) -> bool {
        true
    }

    fn well_formed(&self, line: &[u8]) -> bool {
        carbon_line(line)
    }
}

/// Whether `line` is a carbon plaintext line as this output writes them: `PATH VALUE
/// TIMESTAMP\n`, a path of printable characters, a finite number, whole seconds.
pub(crate) fn carbon_line(line: &[u8]) -> bool {
    let Some(body) = line.strip_suffix(b"\n") else { return false };
    // One pass over the bytes (a drained spool checks millions of lines): the path up to
    // the first space, the value up to the second, the timestamp to the end.
    let Some(p) = memchr::memchr(b' ', body) else { return false };
    let (path, rest) = (&body[..p], &body[p + 1..]);
    let Some(v) = memchr::memchr(b' ', rest) else { return false };
    let (value, ts) = (&rest[..v], &rest[v + 1..]);
    let digits = ts.strip_prefix(b"-").unwrap_or(ts);
    !path.is_empty()
        && path.iter().all(|&b| b > b' ' && b < 0x7f)
        && finite_number(value)
        && (1..=19).contains(&digits.len())
        && digits.iter().all(u8::is_ascii_digit)
}

/// Whether `v` is a finite decimal number as carbon reads one (`42`, `-0.5`, `1e-3`).
/// Checked by its bytes, which is several times cheaper than parsing it, and a spool of
/// millions of lines is checked line by line on its way out; only an exponent, which can
/// overflow to infinity, is parsed.
fn finite_number(v: &[u8]) -> bool {
    let body = v.strip_prefix(b"-").or_else(|| v.strip_prefix(b"+")).unwrap_or(v);
    let (mantissa, exponent) = match body.iter().position(|&b| b == b'e' || b == b'E') {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (int, frac) = match mantissa.iter().position(|&b| b == b'.') {
        Some(i) => (&mantissa[..i], &mantissa[i + 1..]),
        None => (mantissa, &mantissa[..0]),
    };
    let digits = |d: &[u8]| d.iter().all(u8::is_ascii_digit);
    if int.len() + frac.len() == 0 || !digits(int) || !digits(frac) {
        return false;
    }
    let parsed = || std::str::from_utf8(v).ok().and_then(|v| v.parse::<f64>().ok()).is_some_and(f64::is_finite);
    match exponent {
        // Over 308 digits before the point, too large for a double.
        None => int.len() < 300 || parsed(),
        Some(e) => {
            let e = e.strip_prefix(b"-").or_else(|| e.strip_prefix(b"+")).unwrap_or(e);
            !e.is_empty() && digits(e) && parsed()
        }
    }
}

/// Carbon lines under a prefix, made by each destination's appending thread.
struct Carbon {
    prefix: String,
}

impl Format for Carbon {
    fn lines(&self, report: &Report, out: &mut Vec<u8>) -> u64 {
        lines(report, &self.prefix, out)
    }

    fn count(&self, report: &Report) -> u64 {
        carried(report).0.count() as u64
    }
}

/// The Graphite output: one forwarder per destination.
pub(crate) struct Graphite {
    format: Arc<dyn Format>,
    destinations: Vec<(Forwarder, Arc<OutputStats>)>,
    board: Arc<Board>,
}

impl Graphite {
    pub(crate) fn start(
        destinations: &[String],
        prefix: &str,
        spool: &super::SpoolSettings,
        resend: Duration,
        board: Arc<Board>,
    ) -> anyhow::Result<Graphite> {
        let share = spool.max_bytes / destinations.len().max(1) as u64;
        let format = Arc::new(Carbon { prefix: clean_prefix(prefix) });
        let mut started = Graphite { format, destinations: Vec::new(), board: board.clone() };
        for d in destinations {
            let stats = Arc::new(OutputStats::new("graphite", d.clone()));
            let dir: Option<PathBuf> = spool.dir.as_ref().map(|s| s.join(super::spool_name("graphite", d)));
            match Forwarder::try_start(format!("graphite {d}"), Tcp::new(d.clone()), dir, share, resend, stats.clone())
            {
                Ok(f) => {
                    // Shown once its spool is open and counted, never as empty before.
                    board.add_output(stats.clone());
                    started.destinations.push((f, stats));
                }
                Err(e) => {
                    // Those started let their spools go at once.
                    started.close(Duration::ZERO);
                    return Err(e.context(format!("graphite {d}")));
                }
            }
        }
        Ok(started)
    }
}

impl Sink for Graphite {
    fn name(&self) -> &'static str {
        "graphite"
    }

    fn deliver(&self, report: &Arc<Report>) {
        if !report.is_new() {
            return;
        }
        // Only queued: each destination's appending thread makes the lines.
        for (f, _) in &self.destinations {
            f.push_report(report, &self.format);
        }
    }

    fn flush(&self, _collector: &str, limit: Duration) -> Result<(), String> {
        let until = std::time::Instant::now() + limit;
        for (f, _) in &self.destinations {
            f.flush(until.saturating_duration_since(std::time::Instant::now()))?;
        }
        Ok(())
    }

    fn close(&self, limit: Duration) {
        let until = std::time::Instant::now() + limit;
        for (f, stats) in &self.destinations {
            f.close(until.saturating_duration_since(std::time::Instant::now()));
            self.board.remove_output(stats);
        }
    }
}

/// `--graphite` and its settings.
#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "Output: Graphite")]
#[group(id = "graphite-output")]
pub(crate) struct Args {
    /// Send every measurement to carbon (plaintext protocol over TCP): HOST:PORT, several comma-separated [default: off]
    #[arg(long, env = "GATHERER_GRAPHITE", value_name = "HOST:PORT[,...]")]
    pub(crate) graphite: Option<String>,

    /// Prefix of every Graphite path [default: servers.<short host name>]
    #[arg(long, env = "GATHERER_GRAPHITE_PREFIX", value_name = "PREFIX")]
    pub(crate) graphite_prefix: Option<String>,

    /// After a lost carbon connection, send again what was sent this many seconds before it (carbon may not have written it yet)
    #[arg(long, env = "GATHERER_GRAPHITE_RESEND", default_value = "120", value_name = "SECONDS")]
    pub(crate) graphite_resend: String,
}

/// The validated Graphite settings.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Settings {
    pub(crate) destinations: Vec<String>,
    pub(crate) prefix: String,
    pub(crate) resend: Duration,
    pub(crate) spool: super::SpoolSettings,
}

pub(crate) struct Kind;
pub(crate) static KIND: super::Kind<Kind> = super::Kind::NEW;

impl super::OutputKind for Kind {
    const NAME: &'static str = "graphite";
    const DIRS: &'static [&'static str] = &[super::DEFAULT_SPOOL_DIR];
    type Args = Args;

    fn settings(a: Args, cx: &super::Context) -> Result<Option<Box<dyn super::Output>>, BadSetting> {
        let Some(list) = super::given(&a.graphite) else { return Ok(None) };
        let mut destinations = Vec::new();
        for d in list.split(',').map(str::trim).filter(|d| !d.is_empty()) {
            match d.rsplit_once(':').map(|(h, p)| (h, p.parse::<u16>())) {
                // Named twice, it is one destination: two senders would share its spool.
                Some(_) if destinations.iter().any(|x| x == d) => {}
                Some((h, Ok(p))) if !h.is_empty() && p > 0 => destinations.push(d.to_string()),
                _ => return Err(bad("graphite", &list, &format!("{d:?} is not HOST:PORT"))),
            }
        }
        if destinations.is_empty() {
            return Ok(None);
        }
        let short = cx.host.split('.').next().unwrap_or(cx.host);
        let prefix = match super::given(&a.graphite_prefix) {
            Some(p) => clean_prefix(&p),
            None => format!("servers.{}", clean_prefix(short)),
        };
        let resend = match a.graphite_resend.trim() {
            "0" => Duration::ZERO,
            v => seconds("graphite-resend", v)?,
        };
        Ok(Some(Box::new(Settings { destinations, prefix, resend, spool: cx.spool.clone() })))
    }
}

impl super::Output for Settings {
    fn start(&self, cx: &super::Start) -> anyhow::Result<Arc<dyn Sink>> {
        let g =
            Graphite::start(&self.destinations, &self.prefix, &cx.spool(&self.spool), self.resend, cx.board.clone())?;
        log::info!("sending to Graphite at {} as {}.*", self.destinations.join(", "), self.prefix);
        Ok(Arc::new(g))
    }

    fn dirs_to_prepare(&self) -> Vec<PathBuf> {
        self.spool.dir.iter().cloned().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte check of a value agrees with parsing it as a finite double, on every
    /// string of up to six characters of the number alphabet (and a few longer ones).
    #[test]
    fn a_value_is_checked_as_parsing_would_judge_it() {
        let alphabet = b"09.-+eE";
        let mut all: Vec<Vec<u8>> = vec![Vec::new()];
        let mut last = all.clone();
        for _ in 0..6 {
            last = last.iter().flat_map(|p| alphabet.iter().map(move |c| [p.as_slice(), &[*c]].concat())).collect();
            all.extend(last.iter().cloned());
        }
        let longer = ["1".repeat(400), format!("{}.5", "9".repeat(320)), "1e400".into(), "1e-400".into()];
        all.extend(longer.into_iter().map(String::into_bytes));
        for v in &all {
            let want = std::str::from_utf8(v).unwrap().parse::<f64>().is_ok_and(f64::is_finite);
            assert_eq!(finite_number(v), want, "{:?}", String::from_utf8_lossy(v));
        }
        for bad in ["inf", "NaN", "0x10", "1_0", " 1", "1,5"] {
            assert!(!finite_number(bad.as_bytes()), "{bad}");
        }
    }
    use crate::engine::sample::{Metric, Unit};

    static M: Metric = Metric { name: "used_pct", prom: "x", help: "", kind: MetricKind::Gauge, unit: Unit::Percent };

    /// A line per sample with a value: prefix, path, value, time; a template's field in
    /// the name; annotations and values that are not numbers left out.
    #[test]
    fn lines_of_a_report() {
        static T: Metric = Metric { name: "{}", prom: "x", help: "", kind: MetricKind::Gauge, unit: Unit::Bytes };
        static I: Metric = Metric { name: "model", prom: "x", help: "", kind: MetricKind::Info, unit: Unit::Number };
        let samples = vec![
            Sample::new(&M, 12.5).label("mountpoint", "/"),
            Sample::of_field(&T, "Mem.Free", 3.0),
            Sample::new(&M, f64::INFINITY).label("mountpoint", "/x"),
            Sample::new(&I, 1.0),
        ];
        let mut out = Vec::new();
        let n = lines(&crate::engine::sink::report_of("memory", samples.clone(), 1_700_000_000), "servers.h", &mut out);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "servers.h.memory.root.used_pct 12.5 1700000000\nservers.h.memory.Mem_Free 3 1700000000\n"
        );
        assert_eq!(n, 2);
        let report = crate::engine::sink::report_of("memory", samples, 1_700_000_000);
        assert_eq!(Carbon { prefix: String::new() }.count(&report), 2, "counted as made");
        let mut out = Vec::new();
        let s = vec![Sample::new(&M, 1.0)];
        lines(&crate::engine::sink::report_of("cpu", s, 7), "", &mut out);
        assert_eq!(out, b"cpu.used_pct 1 7\n", "no prefix, no leading dot");
    }

    /// A template's name filled with its field is escaped as one string would be, and
    /// written without a string of its own: a report's lines take one line buffer.
    #[test]
    fn a_filled_name_is_escaped_whole_without_allocating() {
        for parts in [["/", "", ""], ["", "/", ""], ["", "", ""], ["/", "a b", ".c"], ["x", "", "/"], ["/", "", "/"]] {
            let (mut one, mut whole) = (String::new(), String::new());
            component_of_parts(&mut one, parts);
            component(&mut whole, &parts.concat());
            assert_eq!(one, whole, "{parts:?}");
        }
        static T: Metric = Metric { name: "{}_kb", prom: "x", help: "", kind: MetricKind::Gauge, unit: Unit::Bytes };
        let samples: Vec<Sample> = (0..50).map(|i| Sample::of_field(&T, &format!("Mem{i}"), 1.0)).collect();
        let report = crate::engine::sink::report_of("memory", samples, 7);
        let mut out = Vec::with_capacity(64 << 10);
        let (allocations, n) = crate::alloc_count::allocations(|| lines(&report, "servers.h", &mut out));
        assert_eq!(n, 50);
        assert!(out.starts_with(b"servers.h.memory.Mem0_kb 1 7\n"));
        assert!(allocations <= 1, "{allocations} allocations for 50 lines: only the line buffer");
    }

    #[test]
    fn paths_escape_dots_slashes_and_spaces() {
        let path = |collector, s: &Sample| {
            let mut p = String::new();
            push_path(&mut p, collector, s);
            p
        };
        let s = Sample::new(&M, 1.0).info("device", "/dev/sda1").label("mountpoint", "/var/log");
        assert_eq!(path("filesystems", &s), "filesystems.var_log.used_pct");
        let s = Sample::new(&M, 1.0).label("mountpoint", "/");
        assert_eq!(path("filesystems", &s), "filesystems.root.used_pct");
        let s = Sample::new(&M, 1.0).label("chip", "pci0000:00_0000:00:18_3").label("sensor", "Core 0.x");
        assert_eq!(path("temperatures", &s), "temperatures.pci0000_00_0000_00_18_3.Core_0_x.used_pct");
        assert_eq!(clean_prefix("servers.web 01..x"), "servers.web_01.x");
    }
}
