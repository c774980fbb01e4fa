//! InfluxDB 1.x: every new measurement in line protocol, POSTed to `/write?db=...`
//! (precision seconds), through the same spool as Graphite.
//!
//! One line per collector and label set: the measurement is the collector (`cpu`), the
//! tags are `host` and the sample's labels, the fields are the metrics' short names:
//! `cpu,host=web01,cpu=0,mode=user seconds=1234.5,percent=3.2 1795316400`. Every value
//! is a float, so a field never changes type.
//!
//! The HTTP client is reqwest's blocking one (keep-alive; rustls for https with the `tls`
//! feature), the same as the vSphere collector's: one per output, kept for its life, as
//! each has a runtime thread of its own.

use super::board::{Board, OutputStats};
use super::forward::{Forwarder, Sent, Transport};
use crate::engine::sample::MetricKind;
use crate::engine::sink::{Report, Sink};
use crate::util::secret::Secret;
use crate::util::setting::{bad, redact_url, BadSetting};
use crate::util::sync;
use std::fmt::Write as _;
use std::io::{Read, Write};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

/// For the connection, and for a whole request (sending the batch, reading the answer).
const TIMEOUT: Duration = Duration::from_secs(10);
/// How much of an answer's body is read: InfluxDB's are a line of JSON.
const MAX_RESPONSE: u64 = 64 << 10;

/// Where and how to write, from `--influxdb URL`.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct Target {
    pub(crate) tls: bool,
    pub(crate) host: String,
    pub(crate) port: u16,
    /// `/write?db=NAME&precision=s` (and any other parameters given, such as `rp`).
    pub(crate) path_query: String,
    /// The whole URL written to.
    pub(crate) url: reqwest::Url,
    pub(crate) user: Option<String>,
    pub(crate) password: Option<Secret>,
}

impl std::fmt::Debug for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.describe())
    }
}

impl Target {
    /// `http://host:8086/write?db=x`: the destination as logs show it (never a password:
    /// the URL holds none).
    pub(crate) fn describe(&self) -> String {
        self.url.to_string()
    }

    /// Parse `--influxdb`: `http[s]://HOST[:PORT][/write]?db=NAME[&rp=...]`, the port
    /// 8086 for http and 443 for https when none is given. Credentials never go in the URL
    /// (logs and `ps` would show them): `--influxdb-user` and `--influxdb-password-file`.
    pub(crate) fn parse(url: &str) -> Result<Target, String> {
        let mut u = reqwest::Url::parse(url.trim()).map_err(|e| format!("not a URL ({e})"))?;
        let tls = match u.scheme() {
            "http" => false,
            "https" => true,
            _ => return Err("must start with http:// or https://".into()),
        };
        #[cfg(not(feature = "tls"))]
        if tls {
            return Err("https needs a gatherer built with the tls feature".into());
        }
        if !u.username().is_empty() || u.password().is_some() {
            return Err("must not hold credentials: use --influxdb-user and --influxdb-password-file".into());
        }
        let host = u.host_str().unwrap_or("").trim_start_matches('[').trim_end_matches(']').to_string();
        if host.is_empty() {
            return Err("has no host".into());
        }
        // The parsed URL drops a port that is its scheme's default: an explicit `:80` is
        // told from no port at all (InfluxDB's 8086) by the text.
        let authority = url.trim().split_once("://").map_or("", |(_, r)| r.split(['/', '?', '#']).next().unwrap_or(""));
        let explicit =
            authority.rsplit_once(':').is_some_and(|(_, p)| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
        let port = match u.port_or_known_default() {
            Some(p) if u.port().is_some() || explicit || tls => p,
            _ => {
                u.set_port(Some(8086)).map_err(|()| "has no host".to_string())?;
                8086
            }
        };
        let path = match u.path() {
            "" | "/" => "/write".to_string(),
            p if p.ends_with("/write") => p.to_string(),
            p => return Err(format!("path {p:?} is not InfluxDB's /write")),
        };
        let params: Vec<(String, String)> = u.query_pairs().map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
        if !params.iter().any(|(k, v)| k == "db" && !v.is_empty()) {
            return Err("names no database: add ?db=NAME".into());
        }
        if params.iter().any(|(k, _)| k == "u" || k == "p") {
            return Err("must not hold credentials (u=, p=): use --influxdb-user and --influxdb-password-file".into());
        }
        u.set_path(&path);
        u.set_fragment(None);
        u.query_pairs_mut()
            .clear()
            .extend_pairs(params.iter().filter(|(k, _)| k != "precision"))
            .append_pair("precision", "s");
        Ok(Target {
            tls,
            host,
            port,
            path_query: format!("{}?{}", u.path(), u.query().unwrap_or("")),
            url: u,
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
    /// The series' line before this one, when its fields did not fit in one.
    prev: Option<usize>,
}

/// The fields of one line at most, in bytes. The spool sends whole lines of at most a
/// batch (`forward::BATCH_BYTES`, 64 KiB) and skips a longer one as garbage; a series of
/// more fields (a script's thousands of values) goes on in another line with the same
/// tags and time, which InfluxDB merges into the same point. Half a batch leaves room
/// for the tags and one more field (a 200-byte name escaped, a 309-digit value).
const FIELDS_MAX: usize = 32 << 10;

/// What [`lines`] wrote of a report.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Written {
    /// Lines written: InfluxDB's points.
    pub(crate) lines: u64,
    /// Values left out for having no name (a template filled with an empty field): line
    /// protocol has no empty field key, and one would make InfluxDB refuse the batch.
    pub(crate) nameless: u64,
    /// Lines left out because none of their values had a name.
    pub(crate) lines_left_out: u64,
}

/// Line protocol for one report.
pub(crate) fn lines(report: &Report, host: &str, out: &mut Vec<u8>) -> Written {
    let mut written = Written::default();
    let (Some(m), Some(ts)) = (&report.measured, report.envelope.measured_at_unix) else { return written };
    // Samples with the same labels share one line, in first-seen order. One scratch
    // string for each sample's series and a map looked up by it: a new line allocates
    // (its series once, as the map's key, and its fields), another field of a line does
    // not, so a report of many samples costs few allocations.
    let mut rows: Vec<Row> = Vec::new();
    let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut series = String::new();
    let mut field = String::new();
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
        field.clear();
        for part in s.name_parts() {
            escape(&mut field, part, false);
        }
        // InfluxDB drops a field named `time` without a word (it is the points' time):
        // a value of that name (a plugin's `time=12ms`) goes as `time_`.
        if field == "time" {
            field.push('_');
        }
        let mut i = match index.get(series.as_str()) {
            Some(&i) => i,
            None => {
                index.insert(series.clone(), rows.len());
                rows.push(Row { fields: String::new(), keys: Vec::new(), prev: None });
                rows.len() - 1
            }
        };
        if field.is_empty() {
            written.nameless += 1;
            continue;
        }
        // The same field twice in a series (in any of its lines): the first one counts.
        let mut lines = std::iter::successors(Some(i), |&j| rows[j].prev);
        if lines.any(|j| rows[j].keys.iter().any(|&(a, b)| rows[j].fields[a..b] == field)) {
            continue;
        }
        let key_len = field.len();
        let _ = write!(field, "={}", s.value);
        if !rows[i].fields.is_empty() && rows[i].fields.len() + 1 + field.len() > FIELDS_MAX {
            rows.push(Row { fields: String::new(), keys: Vec::new(), prev: Some(i) });
            i = rows.len() - 1;
            index.insert(series.clone(), i);
        }
        let row = &mut rows[i];
        if !row.fields.is_empty() {
            row.fields.push(',');
        }
        let start = row.fields.len();
        row.fields.push_str(&field);
        row.keys.push((start, start + key_len));
    }
    // Each line's series, from the map (which has a series' last line, and that line
    // the one before it), in the lines' order.
    let mut series_of = vec![""; rows.len()];
    for (series, &last) in &index {
        for i in std::iter::successors(Some(last), |&i| rows[i].prev) {
            series_of[i] = series;
        }
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

/// InfluxDB over HTTP: a POST a batch.
///
/// A batch that failed (any answer but 2xx and 400, or no answer) is tried again by
/// [`Transport::connect`], which the forwarder calls with its backoff (1 s doubling to
/// 30 s) and whose errors it logs once per distinct reason: a down or refusing InfluxDB
/// gets a request now and then, not every second, and says so once. Once that batch
/// went, the forwarder's next send of it skips it.
pub(crate) struct Http {
    target: Target,
    /// One client for the output's life: each has a runtime thread of its own.
    client: Result<reqwest::blocking::Client, String>,
    connected: bool,
    /// The batch that could not be sent, and why.
    failed: Option<(Vec<u8>, String)>,
    /// Sent already (by `connect`), not yet taken off the spool: the forwarder's next
    /// batch starts with it.
    delivered: Vec<u8>,
}

impl Http {
    pub(crate) fn new(target: Target) -> Http {
        let client = crate::util::http::client(TIMEOUT, target.tls);
        Http { target, client, connected: false, failed: None, delivered: Vec::new() }
    }

    /// One POST: the status code and the start of the body.
    fn post(&self, body: &[u8]) -> Result<(u16, String), String> {
        let client = self.client.as_ref().map_err(Clone::clone)?;
        let mut req = client
            .post(self.target.url.clone())
            // The whole exchange, the answer's body included: the client's own timeout
            // applies to each read only.
            .timeout(TIMEOUT)
            .header(reqwest::header::CONTENT_TYPE, "text/plain; charset=utf-8")
            .body(body.to_vec());
        if let (Some(u), Some(p)) = (&self.target.user, &self.target.password) {
            // Marked sensitive by reqwest: kept out of its debug output.
            req = req.basic_auth(u, Some(p.expose()));
        }
        let resp = req.send().map_err(crate::util::http::why)?;
        let status = resp.status().as_u16();
        let moved = resp.status().is_redirection().then(|| resp.headers().get(reqwest::header::LOCATION).cloned());
        let mut text = Vec::new();
        let _ = resp.take(MAX_RESPONSE).read_to_end(&mut text);
        let mut body = crate::util::text::one_line(&text, 300);
        if let Some(to) = moved {
            let to = to.as_ref().map_or("nowhere".into(), |t| String::from_utf8_lossy(t.as_bytes()).into_owned());
            body = format!("a redirect to {}, not followed: set --influxdb to the real address", redact_url(&to));
        }
        Ok((status, body))
    }
}

/// Why an answer or an error means "try again later".
fn failure(outcome: Result<(u16, String), String>) -> String {
    match outcome {
        Ok((code, body)) => format!("InfluxDB answered {code}: {body}"),
        Err(e) => e,
    }
}

impl Transport for Http {
    fn connect(&mut self) -> Result<(), String> {
        if let Some((batch, _)) = self.failed.take() {
            match self.post(&batch) {
                Ok((200..=299, _)) => self.delivered.extend_from_slice(&batch),
                // That batch is refused for good: the forwarder sends it again, and drops
                // and counts it.
                Ok((400, _)) => {}
                other => {
                    let reason = failure(other);
                    self.failed = Some((batch, reason.clone()));
                    return Err(reason);
                }
            }
        } else if let Err(e) = &self.client {
            return Err(e.clone());
        }
        self.connected = true;
        Ok(())
    }

    fn is_connected(&self) -> bool {
        self.connected
    }

    fn alive(&mut self) -> bool {
        self.connected
    }

    fn send(&mut self, batch: &[u8]) -> Sent {
        let done = std::mem::take(&mut self.delivered);
        let rest = match batch.strip_prefix(done.as_slice()) {
            Some(rest) => rest,
            None => batch,
        };
        if rest.is_empty() {
            return Sent::Ok;
        }
        match self.post(rest) {
            Ok((200..=299, _)) => Sent::Ok,
            // Points InfluxDB will never take (a field type conflict, a malformed line):
            // sending them again would block everything behind them.
            Ok((400, body)) => Sent::Refused(format!("InfluxDB refused points: {body}")),
            other => {
                let reason = failure(other);
                if rest.len() < batch.len() {
                    self.delivered = done;
                }
                self.failed = Some((rest.to_vec(), reason.clone()));
                self.connected = false;
                Sent::Lost(reason)
            }
        }
    }

    fn disconnect(&mut self) {
        // What failed or went early is kept: it is the spool's next batch still.
        self.connected = false;
    }

    fn resends(&self) -> bool {
        false // every batch is acknowledged
    }
}

/// The InfluxDB output.
pub(crate) struct InfluxDb {
    host: String,
    forwarder: Forwarder,
    stats: Arc<OutputStats>,
    board: Arc<Board>,
    /// Collectors whose nameless values were logged: once each, not every round.
    nameless_said: std::sync::Mutex<Vec<&'static str>>,
}

impl InfluxDb {
    /// Start sending to `target`; a spool another process holds is refused, naming it.
    pub(crate) fn start(
        target: Target,
        host: &str,
        spool: &super::SpoolSettings,
        board: Arc<Board>,
    ) -> anyhow::Result<InfluxDb> {
        let destination = target.describe();
        let stats = Arc::new(OutputStats::new("influxdb", destination.clone()));
        let dir: Option<PathBuf> = spool
            .dir
            .as_ref()
            .map(|s| s.join(super::spool_name("influxdb", &format!("{}:{}", target.host, target.port))));
        let forwarder = Forwarder::try_start(
            format!("influxdb {destination}"),
            Http::new(target),
            dir,
            spool.max_bytes,
            Duration::ZERO,
            stats.clone(),
        )?;
        board.add_output(stats.clone());
        Ok(InfluxDb { host: host.to_string(), forwarder, stats, board, nameless_said: Default::default() })
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
            let mut said = sync::lock(&self.nameless_said);
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
    pub(crate) influxdb: Option<String>,

    /// InfluxDB user name (with --influxdb-password-file)
    #[arg(long, env = "GATHERER_INFLUXDB_USER", value_name = "NAME")]
    pub(crate) influxdb_user: Option<String>,

    /// File holding the InfluxDB password on its first line: a regular file (no symlink, one name) of root or the daemon's user, readable by its owner only
    #[arg(long, env = "GATHERER_INFLUXDB_PASSWORD_FILE", value_name = "PATH")]
    pub(crate) influxdb_password_file: Option<PathBuf>,
}

/// The validated InfluxDB settings.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Settings {
    pub(crate) target: Target,
    pub(crate) spool: super::SpoolSettings,
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
            let secret = crate::util::secret::read_as(p, "--influxdb-password-file", cx.run_as)
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
        Ok(Arc::new(InfluxDb::start(self.target.clone(), cx.host, &cx.spool(&self.spool), cx.board.clone())?))
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
        assert_eq!(
            Target::parse("http://[::1]:9999/write?db=x").unwrap().describe(),
            "http://[::1]:9999/write?db=x&precision=s"
        );
        // No port: InfluxDB's; an explicit one, even the scheme's default, is kept.
        let t = Target::parse("http://influx/write?db=x").unwrap();
        assert_eq!((t.port, t.describe().as_str()), (8086, "http://influx:8086/write?db=x&precision=s"));
        assert_eq!(Target::parse("http://influx:80/write?db=x").unwrap().port, 80);
        let t = Target::parse("http://h:8086/db/write?db=my%20db&rp=a+b#frag").unwrap();
        assert_eq!(t.path_query, "/db/write?db=my+db&rp=a+b&precision=s");
        for (bad, why) in [
            ("influx:8086?db=x", "http://"),
            ("http://u:p@h/write?db=x", "credentials"),
            ("http://h/write?db=x&u=a&p=b", "credentials"),
            ("http://h/write", "database"),
            ("http://h/query?db=x", "/write"),
            ("http://h:x/write?db=x", "port"),
            ("http://h:99999/write?db=x", "port"),
            ("http://:8086/write?db=x", "host"),
            ("http://h/write?db=", "database"),
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
        let out = InfluxDb::start(target, "h", &spool, board).unwrap();
        let samples = vec![Sample::of_field(&T, "", 1.0).label("device", "b"), Sample::of_field(&T, "free", 2.0)];
        out.deliver(&crate::engine::sink::report_of("memory", samples, 7));
        let g = |c: &std::sync::atomic::AtomicU64| OutputStats::get(c);
        let (queued, dropped) = (g(&out.stats.queued_points), g(&out.stats.dropped_points));
        out.close(Duration::from_millis(100));
        assert_eq!((queued, dropped), (2, 1));
    }

    /// InfluxDB 1.x drops a field named `time` without a word (and refuses a point that
    /// has no other): a script's `time=12ms`, the docs' own example, never reached it.
    /// It goes as `time_`; a field already named so keeps its name and comes first.
    #[test]
    fn a_field_named_time_is_sent_as_time_() {
        use crate::engine::sample::{Metric, MetricKind, Sample, Unit};
        static V: Metric = Metric { name: "{}", prom: "p", help: "", kind: MetricKind::Gauge, unit: Unit::Number };
        let samples = vec![
            Sample::of_field(&V, "time", 0.012).label("script", "a"),
            Sample::of_field(&V, "timeout", 1.0).label("script", "a"),
            Sample::of_field(&V, "time_", 2.0).label("script", "b"),
            Sample::of_field(&V, "time", 3.0).label("script", "b"),
        ];
        let mut out = Vec::new();
        lines(&crate::engine::sink::report_of("scripts", samples, 7), "h", &mut out);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "scripts,host=h,script=a time_=0.012,timeout=1 7\nscripts,host=h,script=b time_=2 7\n"
        );
    }

    /// The spool sends whole lines of at most a batch (64 KiB) and skips a longer one as
    /// garbage. One line per series held every value of a script (or a provider): 3,000
    /// values, or 330 with 200-byte names, were one line too long, and none of them, nor
    /// the script's run_* values, ever reached InfluxDB. Such a series goes out as
    /// several lines with the same tags and time, which InfluxDB merges into one point.
    #[test]
    fn a_series_of_many_values_is_split_into_lines_a_batch_can_hold() {
        use crate::engine::sample::{Metric, MetricKind, Sample, Unit};
        static V: Metric = Metric { name: "{}", prom: "p", help: "", kind: MetricKind::Gauge, unit: Unit::Number };
        let name = |i: usize| format!("{i:0>200}");
        let mut samples: Vec<Sample> =
            (0..3_000).map(|i| Sample::of_field(&V, &name(i), i as f64).label("script", "s")).collect();
        // A value seen twice keeps its first, even when the first went on an earlier line.
        samples.push(Sample::of_field(&V, &name(0), 99.0).label("script", "s"));
        let mut out = Vec::new();
        let w = lines(&crate::engine::sink::report_of("scripts", samples, 7), "h", &mut out);
        let text = String::from_utf8(out).unwrap();
        assert!(w.lines > 1 && w.lines == text.lines().count() as u64, "{w:?}");
        let mut fields = std::collections::BTreeMap::new();
        for line in text.lines() {
            assert!(line.len() < crate::sinks::forward::BATCH_BYTES, "a line of {} bytes and its newline", line.len());
            let rest = line.strip_prefix("scripts,host=h,script=s ").unwrap();
            let rest = rest.strip_suffix(" 7").unwrap();
            for f in rest.split(',') {
                let (k, v) = f.split_once('=').unwrap();
                assert!(fields.insert(k.to_string(), v.to_string()).is_none(), "{k} twice");
            }
        }
        assert_eq!(fields.len(), 3_000);
        assert_eq!(fields[&name(0)], "0");
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
