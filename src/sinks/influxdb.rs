//! InfluxDB 1.x: every new measurement in line protocol, POSTed to `/write?db=...`
//! (precision seconds), through the same spool as Graphite.
//!
//! One line per collector and label set: the measurement is the collector (`cpu`), the
//! tags are `host` and the sample's labels, the fields are the metrics' short names:
//! `cpu,host=web01,cpu=0,mode=user seconds=1234.5,percent=3.2 1795316400`. Every value
//! is a float, so a field never changes type.
//!
//! The HTTP client is a few lines of HTTP/1.1 with keep-alive (and rustls for https):
//! reqwest would bring an async runtime thread and several MiB for one POST a minute.

use super::board::{Board, OutputStats};
use super::forward::{Forwarder, Sent, Transport};
use crate::engine::sample::MetricKind;
use crate::engine::sink::{Report, Sink};
use crate::util::secret::Secret;
use crate::util::setting::{bad, BadSetting};
use std::fmt::Write as _;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(10);
/// A response larger than this is not InfluxDB's.
const MAX_RESPONSE: usize = 64 << 10;

/// Where and how to write, from `--influxdb URL`.
#[derive(Clone, PartialEq, Eq)]
pub struct Target {
    pub tls: bool,
    pub host: String,
    pub port: u16,
    /// `/write?db=NAME&precision=s` (and any other parameters given, such as `rp`).
    pub path_query: String,
    pub user: Option<String>,
    pub password: Option<Secret>,
}

impl std::fmt::Debug for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.describe())
    }
}

impl Target {
    /// `http://host:8086/write?db=x`: the destination as logs show it (never a password).
    pub fn describe(&self) -> String {
        format!("{}://{}:{}{}", if self.tls { "https" } else { "http" }, self.host, self.port, self.path_query)
    }

    /// Parse `--influxdb`: `http[s]://HOST[:PORT][/write]?db=NAME[&rp=...]`. Credentials
    /// never go in the URL (logs and `ps` would show them): `--influxdb-user` and
    /// `--influxdb-password-file`.
    pub fn parse(url: &str) -> Result<Target, String> {
        let (tls, rest) = if let Some(r) = url.strip_prefix("http://") {
            (false, r)
        } else if let Some(r) = url.strip_prefix("https://") {
            (true, r)
        } else {
            return Err("must start with http:// or https://".into());
        };
        let (authority, path_query) = match rest.find(['/', '?']) {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, ""),
        };
        if authority.contains('@') {
            return Err("must not hold credentials: use --influxdb-user and --influxdb-password-file".into());
        }
        let (host, port) = match authority.rsplit_once(':') {
            Some((h, p)) if !h.ends_with(']') || authority.starts_with('[') => (
                h.trim_start_matches('[').trim_end_matches(']'),
                p.parse::<u16>().map_err(|_| format!("port {p:?} is not a number"))?,
            ),
            _ => (authority, if tls { 443 } else { 8086 }),
        };
        if host.is_empty() || host.contains(|c: char| c.is_whitespace() || c.is_control()) {
            return Err("has no host".into());
        }
        let (path, query) = match path_query.split_once('?') {
            Some((p, q)) => (p, q),
            None => (path_query, ""),
        };
        let path = if path.is_empty() || path == "/" { "/write" } else { path };
        if path != "/write" && !path.ends_with("/write") {
            return Err(format!("path {path:?} is not InfluxDB's /write"));
        }
        let params: Vec<&str> = query.split('&').filter(|p| !p.is_empty()).collect();
        if !params.iter().any(|p| p.strip_prefix("db=").is_some_and(|d| !d.is_empty())) {
            return Err("names no database: add ?db=NAME".into());
        }
        if params.iter().any(|p| p.starts_with("u=") || p.starts_with("p=")) {
            return Err("must not hold credentials (u=, p=): use --influxdb-user and --influxdb-password-file".into());
        }
        if params.iter().any(|p| p.bytes().any(|b| b <= b' ' || b == 0x7f)) {
            return Err("has spaces or control characters in its parameters".into());
        }
        let mut q: Vec<&str> = params.into_iter().filter(|p| !p.starts_with("precision=")).collect();
        q.push("precision=s");
        Ok(Target {
            tls,
            host: host.to_string(),
            port,
            path_query: format!("{path}?{}", q.join("&")),
            user: None,
            password: None,
        })
    }
}

/// Escape a measurement name (`,` and space), a tag key, tag value or field key (`,`,
/// `=`, space), as line protocol wants them. A newline cannot be escaped (it ends the
/// line), nor any other control character: each becomes a space, escaped as any space
/// is (unescaped, it would end the tags or the fields). A backslash (which
/// InfluxDB 1.x takes literally, but which would escape a separator after it) becomes `/`.
fn escape(out: &mut String, s: &str, measurement: bool) {
    for c in s.chars() {
        match c {
            ',' => out.push_str("\\,"),
            c if c == ' ' || c.is_control() => out.push_str("\\ "),
            '=' if !measurement => out.push_str("\\="),
            '\\' => out.push('/'),
            c => out.push(c),
        }
    }
}

/// A line being built: its fields (its series, measurement and tags, is its key in the
/// map that finds it).
struct Row {
    fields: String,
    /// Where each field's key is in `fields`, to keep the first of a key seen twice.
    keys: Vec<(usize, usize)>,
}

/// What [`lines`] wrote of a report.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Written {
    /// Lines written: InfluxDB's points.
    pub lines: u64,
    /// Values left out for having no name (a template filled with an empty field): line
    /// protocol has no empty field key, and one would make InfluxDB refuse the batch.
    pub nameless: u64,
    /// Lines left out because none of their values had a name.
    pub lines_left_out: u64,
}

/// Line protocol for one report.
pub fn lines(report: &Report, host: &str, out: &mut Vec<u8>) -> Written {
    let mut written = Written::default();
    let (Some(m), Some(ts)) = (&report.measured, report.envelope.measured_at_unix) else { return written };
    // Samples with the same labels share one line, in first-seen order. One scratch
    // string for each sample's series and a map looked up by it: a new line allocates
    // (its series once, as the map's key, and its fields), another field of a line does
    // not (this ran a few allocations and a scan of the line's fields per sample, on the
    // engine's thread: docs/design.md, "Footprint").
    let mut rows: Vec<Row> = Vec::new();
    let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut series = String::new();
    for s in &m.samples {
        if s.metric.kind == MetricKind::Info || !s.value.is_finite() {
            continue;
        }
        series.clear();
        escape(&mut series, report.collector, true);
        series.push_str(",host=");
        escape(&mut series, host, false);
        for l in s.labels.iter().filter(|l| !l.value.is_empty()) {
            series.push(',');
            escape(&mut series, l.key, false);
            series.push('=');
            escape(&mut series, &l.value, false);
        }
        let i = match index.get(series.as_str()) {
            Some(&i) => i,
            None => {
                index.insert(series.clone(), rows.len());
                rows.push(Row { fields: String::new(), keys: Vec::new() });
                rows.len() - 1
            }
        };
        let row = &mut rows[i];
        let undo = row.fields.len();
        if !row.fields.is_empty() {
            row.fields.push(',');
        }
        let start = row.fields.len();
        for part in s.name_parts() {
            escape(&mut row.fields, part, false);
        }
        let end = row.fields.len();
        let key = &row.fields[start..end];
        if key.is_empty() {
            row.fields.truncate(undo);
            written.nameless += 1;
            continue;
        }
        // The same field twice in a line: the first one counts.
        if row.keys.iter().any(|&(a, b)| &row.fields[a..b] == key) {
            row.fields.truncate(undo);
            continue;
        }
        row.keys.push((start, end));
        let _ = write!(row.fields, "={}", s.value);
    }
    // Each line's series, from the map, in the lines' order.
    let mut series_of = vec![""; rows.len()];
    for (series, &i) in &index {
        series_of[i] = series;
    }
    for (r, series) in rows.iter().zip(series_of) {
        // Every value of it was nameless: no line (one needs a field).
        if r.fields.is_empty() {
            written.lines_left_out += 1;
            continue;
        }
        out.extend_from_slice(series.as_bytes());
        out.push(b' ');
        out.extend_from_slice(r.fields.as_bytes());
        let _ = writeln!(out, " {ts}");
        written.lines += 1;
    }
    written
}

trait Stream: Read + Write + Send {}
impl<T: Read + Write + Send> Stream for T {}

/// An HTTP/1.1 connection to InfluxDB.
pub struct Http {
    target: Target,
    conn: Option<BufReader<Box<dyn Stream>>>,
    #[cfg(feature = "tls")]
    tls: Option<Arc<rustls::ClientConfig>>,
}

impl Http {
    pub fn new(target: Target) -> Http {
        Http {
            target,
            conn: None,
            #[cfg(feature = "tls")]
            tls: None,
        }
    }

    fn tcp(&self) -> Result<TcpStream, String> {
        let authority = format!("{}:{}", self.target.host, self.target.port);
        let addrs = authority.to_socket_addrs().map_err(|e| format!("cannot resolve {authority}: {e}"))?;
        let mut last = format!("{authority} resolves to no address");
        for a in addrs {
            match TcpStream::connect_timeout(&a, TIMEOUT) {
                Ok(s) => {
                    let _ = s.set_nodelay(true);
                    let _ = s.set_read_timeout(Some(TIMEOUT));
                    let _ = s.set_write_timeout(Some(TIMEOUT));
                    return Ok(s);
                }
                Err(e) => last = format!("cannot connect to {a}: {e}"),
            }
        }
        Err(last)
    }

    #[cfg(feature = "tls")]
    fn wrap(&mut self, tcp: TcpStream) -> Result<Box<dyn Stream>, String> {
        if !self.target.tls {
            return Ok(Box::new(tcp));
        }
        let config = match &self.tls {
            Some(c) => c.clone(),
            None => {
                let mut roots = rustls::RootCertStore::empty();
                for cert in rustls_native_certs::load_native_certs().certs {
                    let _ = roots.add(cert);
                }
                let c = Arc::new(rustls::ClientConfig::builder().with_root_certificates(roots).with_no_client_auth());
                self.tls = Some(c.clone());
                c
            }
        };
        let name = rustls::pki_types::ServerName::try_from(self.target.host.clone())
            .map_err(|e| format!("{}: {e}", self.target.host))?;
        let conn = rustls::ClientConnection::new(config, name).map_err(|e| format!("TLS: {e}"))?;
        Ok(Box::new(rustls::StreamOwned::new(conn, tcp)))
    }

    #[cfg(not(feature = "tls"))]
    fn wrap(&mut self, tcp: TcpStream) -> Result<Box<dyn Stream>, String> {
        if self.target.tls {
            return Err("https needs a gatherer built with the tls feature".into());
        }
        Ok(Box::new(tcp))
    }

    /// One POST; the status code and the start of the body.
    fn post(&mut self, body: &[u8]) -> Result<(u16, String), String> {
        let conn = self.conn.as_mut().ok_or("not connected")?;
        let mut head = format!(
            "POST {} HTTP/1.1\r\nHost: {}:{}\r\nUser-Agent: gatherer/{}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {}\r\n",
            self.target.path_query,
            self.target.host,
            self.target.port,
            crate::VERSION,
            body.len()
        );
        if let (Some(u), Some(p)) = (&self.target.user, &self.target.password) {
            use base64::Engine as _;
            let token = base64::engine::general_purpose::STANDARD.encode(format!("{u}:{}", p.expose()));
            head.push_str(&format!("Authorization: Basic {token}\r\n"));
        }
        head.push_str("\r\n");
        let s = conn.get_mut();
        s.write_all(head.as_bytes())
            .and_then(|_| s.write_all(body))
            .and_then(|_| s.flush())
            .map_err(|e| format!("cannot send: {e}"))?;
        // The response: status line, headers, a body by Content-Length.
        let mut line = String::new();
        conn.read_line(&mut line).map_err(|e| format!("no response: {e}"))?;
        let status: u16 = line
            .split_whitespace()
            .nth(1)
            .and_then(|c| c.parse().ok())
            .ok_or_else(|| format!("not an HTTP response: {:?}", line.trim_end()))?;
        let (mut length, mut close) = (0usize, false);
        loop {
            line.clear();
            conn.read_line(&mut line).map_err(|e| format!("response cut short: {e}"))?;
            let l = line.trim_end();
            if l.is_empty() {
                break;
            }
            if line.len() > MAX_RESPONSE {
                return Err("response header too long".into());
            }
            let (k, v) = l.split_once(':').unwrap_or((l, ""));
            match k.trim().to_ascii_lowercase().as_str() {
                "content-length" => length = v.trim().parse().unwrap_or(0),
                "connection" => close |= v.trim().eq_ignore_ascii_case("close"),
                "transfer-encoding" => close = true, // not read: the connection is not reused
                _ => {}
            }
        }
        let mut body = vec![0u8; length.min(MAX_RESPONSE)];
        conn.read_exact(&mut body).map_err(|e| format!("response body cut short: {e}"))?;
        if close || length > MAX_RESPONSE {
            self.conn = None;
        }
        Ok((status, String::from_utf8_lossy(&body).chars().take(300).collect()))
    }
}

impl Transport for Http {
    fn connect(&mut self) -> Result<(), String> {
        let tcp = self.tcp()?;
        let stream = self.wrap(tcp)?;
        self.conn = Some(BufReader::new(stream));
        Ok(())
    }

    fn is_connected(&self) -> bool {
        self.conn.is_some()
    }

    fn alive(&mut self) -> bool {
        self.conn.is_some()
    }

    fn send(&mut self, batch: &[u8]) -> Sent {
        let what = self.target.describe();
        match self.post(batch) {
            Ok((204 | 200, _)) => Sent::Ok,
            // Points InfluxDB will never take (a field type conflict, a malformed line):
            // sending them again would block everything behind them.
            Ok((400, body)) => Sent::Refused(format!("{what} refused points: {}", body.trim())),
            Ok((code, body)) => {
                self.conn = None;
                Sent::Lost(format!("{what} answered {code}: {}", body.trim()))
            }
            Err(e) => {
                self.conn = None;
                Sent::Lost(format!("{what}: {e}"))
            }
        }
    }

    fn disconnect(&mut self) {
        self.conn = None;
    }

    fn resends(&self) -> bool {
        false // every batch is acknowledged
    }
}

/// The InfluxDB output.
pub struct InfluxDb {
    host: String,
    forwarder: Forwarder,
    stats: Arc<OutputStats>,
    board: Arc<Board>,
    /// Collectors whose nameless values were logged: once each, not every round.
    nameless_said: std::sync::Mutex<Vec<&'static str>>,
}

impl InfluxDb {
    pub fn start(target: Target, host: &str, spool: &super::SpoolSettings, board: Arc<Board>) -> InfluxDb {
        let destination = target.describe();
        let stats = Arc::new(OutputStats::new("influxdb", destination.clone()));
        let dir: Option<PathBuf> = spool
            .dir
            .as_ref()
            .map(|s| s.join(super::spool_name("influxdb", &format!("{}:{}", target.host, target.port))));
        let forwarder = Forwarder::start(
            format!("influxdb {destination}"),
            Http::new(target),
            dir,
            spool.max_bytes,
            Duration::ZERO,
            stats.clone(),
        );
        board.add_output(stats.clone());
        InfluxDb { host: host.to_string(), forwarder, stats, board, nameless_said: Default::default() }
    }
}

impl Sink for InfluxDb {
    fn name(&self) -> &'static str {
        "influxdb"
    }

    fn deliver(&self, report: &Arc<Report>) {
        if !report.is_new() {
            return;
        }
        let mut out = Vec::new();
        let written = lines(report, &self.host, &mut out);
        if written.nameless > 0 {
            // As a batch InfluxDB refuses: the points are counted as dropped, the error
            // logged; once per collector, as every round would repeat it.
            self.forwarder.refuse(written.lines_left_out);
            let mut said = self.nameless_said.lock().unwrap_or_else(|e| e.into_inner());
            if !said.contains(&report.collector) {
                said.push(report.collector);
                log::error!(
                    "influxdb {}: {} values of {} have no name (a template filled with an empty field), which line \
                     protocol cannot carry: left out ({} points dropped), now and in later rounds",
                    self.stats.destination,
                    written.nameless,
                    report.collector,
                    written.lines_left_out
                );
            }
        }
        self.forwarder.push(out, written.lines);
    }

    fn flush(&self, _collector: &str, limit: Duration) -> Result<(), String> {
        self.forwarder.flush(limit)
    }

    fn close(&self, limit: Duration) {
        self.forwarder.close(limit);
        self.board.remove_output(&self.stats);
    }
}

/// `--influxdb` and its settings.
#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "Output: InfluxDB")]
#[group(id = "influxdb-output")]
pub(crate) struct Args {
    /// Send every measurement to InfluxDB 1.x: http[s]://HOST:PORT/write?db=NAME [default: off]
    #[arg(long, env = "GATHERER_INFLUXDB", value_name = "URL")]
    pub influxdb: Option<String>,

    /// InfluxDB user name (with --influxdb-password-file)
    #[arg(long, env = "GATHERER_INFLUXDB_USER", value_name = "NAME")]
    pub influxdb_user: Option<String>,

    /// File holding the InfluxDB password on its first line; refused if group or others can read it
    #[arg(long, env = "GATHERER_INFLUXDB_PASSWORD_FILE", value_name = "PATH")]
    pub influxdb_password_file: Option<PathBuf>,
}

/// The validated InfluxDB settings.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Settings {
    pub target: Target,
    pub spool: super::SpoolSettings,
}

pub(crate) struct Kind;
pub(crate) static KIND: super::Kind<Kind> = super::Kind::NEW;

impl super::OutputKind for Kind {
    const NAME: &'static str = "influxdb";
    const DIRS: &'static [&'static str] = &[super::DEFAULT_SPOOL_DIR];
    type Args = Args;

    fn settings(a: Args, cx: &super::Context) -> Result<Option<Box<dyn super::Output>>, BadSetting> {
        let Some(url) = super::given(&a.influxdb) else { return Ok(None) };
        let mut t =
            Target::parse(&url).map_err(|why| bad("influxdb", &crate::util::setting::redact_url(&url), &why))?;
        t.user = super::given(&a.influxdb_user);
        if let Some(p) = &a.influxdb_password_file {
            let secret = crate::util::secret::read(p, "--influxdb-password-file")
                .map_err(|e| BadSetting { flag: "influxdb-password-file".into(), message: format!("{e:#}") })?;
            t.password = Some(secret);
        }
        if t.user.is_some() != t.password.is_some() {
            return Err(bad(
                "influxdb-user",
                t.user.as_deref().unwrap_or(""),
                "--influxdb-user and --influxdb-password-file go together",
            ));
        }
        Ok(Some(Box::new(Settings { target: t, spool: cx.spool.clone() })))
    }
}

impl super::Output for Settings {
    fn start(&self, cx: &super::Start) -> anyhow::Result<Arc<dyn Sink>> {
        log::info!("sending to InfluxDB at {}", self.target.describe());
        Ok(Arc::new(InfluxDb::start(self.target.clone(), cx.host, &cx.spool(&self.spool), cx.board.clone())))
    }

    fn dirs_to_prepare(&self) -> Vec<PathBuf> {
        self.spool.dir.iter().cloned().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_checked_and_never_hold_credentials() {
        let t = Target::parse("http://127.0.0.1:8086/write?db=gatherer").unwrap();
        assert_eq!(
            (t.host.as_str(), t.port, t.path_query.as_str()),
            ("127.0.0.1", 8086, "/write?db=gatherer&precision=s")
        );
        let t = Target::parse("https://influx.example?db=x&rp=week&precision=ns").unwrap();
        assert_eq!((t.tls, t.port, t.path_query.as_str()), (true, 443, "/write?db=x&rp=week&precision=s"));
        assert_eq!(Target::parse("http://[::1]:9999/write?db=x").unwrap().host, "::1");
        for (bad, why) in [
            ("influx:8086?db=x", "http://"),
            ("http://u:p@h/write?db=x", "credentials"),
            ("http://h/write?db=x&u=a&p=b", "credentials"),
            ("http://h/write", "database"),
            ("http://h/query?db=x", "/write"),
            ("http://h:x/write?db=x", "port"),
        ] {
            let e = Target::parse(bad).unwrap_err();
            assert!(e.contains(why), "{bad}: {e}");
        }
    }

    /// Samples with the same labels share a line, in first-seen order; a field seen twice
    /// keeps its first value; a template's field names the field; annotations and
    /// values that are not numbers are left out.
    #[test]
    fn lines_group_fields_by_series() {
        use crate::engine::sample::{Metric, MetricKind, Sample, Unit};
        static A: Metric = Metric { name: "rx", prom: "p", help: "", kind: MetricKind::Counter, unit: Unit::Bytes };
        static T: Metric = Metric { name: "{}_bytes", prom: "p", help: "", kind: MetricKind::Gauge, unit: Unit::Bytes };
        static I: Metric = Metric { name: "model", prom: "p", help: "", kind: MetricKind::Info, unit: Unit::Number };
        let samples = vec![
            Sample::new(&A, 1.0).label("device", "eth 0"),
            Sample::of_field(&T, "Mem Free", 2.5).label("device", "eth 0"),
            Sample::new(&A, 9.0).label("device", "eth 0"),
            Sample::new(&A, 3.0).label("device", "lo"),
            Sample::new(&A, f64::NAN).label("device", "wlan0"),
            Sample::new(&I, 1.0).label("device", "eth 0"),
        ];
        let mut out = Vec::new();
        let n = lines(&crate::engine::sink::report_of("network", samples, 1_700_000_000), "web 1", &mut out);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "network,host=web\\ 1,device=eth\\ 0 rx=1,Mem\\ Free_bytes=2.5 1700000000\n\
             network,host=web\\ 1,device=lo rx=3 1700000000\n"
        );
        assert_eq!(n, Written { lines: 2, nameless: 0, lines_left_out: 0 });
    }

    /// A value whose name is empty (a template filled with an empty field) is left out,
    /// and its line if it had no other value: line protocol has no empty field key.
    #[test]
    fn nameless_values_are_left_out_and_counted() {
        use crate::engine::sample::{Metric, MetricKind, Sample, Unit};
        static T: Metric = Metric { name: "{}", prom: "p", help: "", kind: MetricKind::Gauge, unit: Unit::Bytes };
        let samples = vec![
            Sample::of_field(&T, "", 1.0).label("device", "a"),
            Sample::of_field(&T, "free", 2.0).label("device", "a"),
            Sample::of_field(&T, "", 3.0).label("device", "b"),
        ];
        let mut out = Vec::new();
        let n = lines(&crate::engine::sink::report_of("memory", samples, 7), "h", &mut out);
        assert_eq!(String::from_utf8(out).unwrap(), "memory,host=h,device=a free=2 7\n");
        assert_eq!(n, Written { lines: 1, nameless: 2, lines_left_out: 1 });
    }

    /// Output points of a report: nameless values counted as dropped, the rest queued.
    #[test]
    fn a_line_left_out_is_counted_as_dropped() {
        use crate::engine::sample::{Metric, MetricKind, Sample, Unit};
        static T: Metric = Metric { name: "{}", prom: "p", help: "", kind: MetricKind::Gauge, unit: Unit::Bytes };
        let board = Arc::new(Board::default());
        let target = Target::parse("http://127.0.0.1:9/write?db=x").unwrap();
        let spool = super::super::SpoolSettings { dir: None, max_bytes: 1 << 20 };
        let out = InfluxDb::start(target, "h", &spool, board);
        let samples = vec![Sample::of_field(&T, "", 1.0).label("device", "b"), Sample::of_field(&T, "free", 2.0)];
        out.deliver(&crate::engine::sink::report_of("memory", samples, 7));
        let g = |c: &std::sync::atomic::AtomicU64| OutputStats::get(c);
        let (queued, dropped) = (g(&out.stats.queued_points), g(&out.stats.dropped_points));
        out.close(Duration::from_millis(100));
        assert_eq!((queued, dropped), (2, 1));
    }

    #[test]
    fn escaping() {
        let mut s = String::new();
        escape(&mut s, "a b,c=d\\e\n", false);
        assert_eq!(s, "a\\ b\\,c\\=d/e\\ ");
        let mut s = String::new();
        escape(&mut s, "m=1,x", true);
        assert_eq!(s, "m=1\\,x");
    }

    /// A label with a newline or a tab still gives one valid line: the control
    /// characters are escaped spaces, in the measurement, tags and field keys alike.
    #[test]
    fn control_characters_become_escaped_spaces() {
        use crate::engine::sample::{Metric, MetricKind, Sample, Unit};
        static T: Metric = Metric { name: "{}", prom: "p", help: "", kind: MetricKind::Gauge, unit: Unit::Bytes };
        let samples = vec![Sample::of_field(&T, "x\ty", 1.0).label("device", "a\nb").info("label", "c\rd")];
        let mut out = Vec::new();
        lines(&crate::engine::sink::report_of("m\u{1b}n", samples, 7), "h\n", &mut out);
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text, "m\\ n,host=h\\ ,device=a\\ b,label=c\\ d x\\ y=1 7\n");
        // Line protocol's own reading: three sections separated by unescaped spaces.
        let line = text.strip_suffix('\n').unwrap();
        assert!(!line.contains('\n'));
        let mut sections = 0;
        let mut escaped = false;
        for c in line.chars() {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                ' ' => sections += 1,
                _ => {}
            }
        }
        assert_eq!(sections + 1, 3, "{line}");
    }
}
