//! The outputs: the JSON state file of each collector (always on), and those an operator
//! configures — Graphite, InfluxDB, a Prometheus textfile, an HTTP endpoint — each off
//! until its setting is given. Every one is a `Sink` of the engine, so a slow or dead
//! output never delays a collector or another output.

pub mod board;
pub mod forward;
pub mod graphite;
pub mod http;
pub mod influxdb;
pub mod prometheus;
pub mod spool;
pub mod state_file;

use crate::engine::sink::Sink;
use crate::util::setting::{bad, boolean, seconds, BadSetting};
use board::Board;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

/// The built-in `--spool-dir`.
pub const DEFAULT_SPOOL_DIR: &str = "/var/spool/gatherer";

/// Every output setting, flattened into the commands that run collectors.
#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "Outputs")]
pub struct OutputArgs {
    /// Send every measurement to carbon (plaintext protocol over TCP): HOST:PORT, several comma-separated [default: off]
    #[arg(long, env = "GATHERER_GRAPHITE", value_name = "HOST:PORT[,...]")]
    pub graphite: Option<String>,

    /// Prefix of every Graphite path [default: servers.<short host name>]
    #[arg(long, env = "GATHERER_GRAPHITE_PREFIX", value_name = "PREFIX")]
    pub graphite_prefix: Option<String>,

    /// After a lost carbon connection, send again what was sent this many seconds before it (carbon may not have written it yet)
    #[arg(long, env = "GATHERER_GRAPHITE_RESEND", default_value = "120", value_name = "SECONDS")]
    pub graphite_resend: String,

    /// Send every measurement to InfluxDB 1.x: http[s]://HOST:PORT/write?db=NAME [default: off]
    #[arg(long, env = "GATHERER_INFLUXDB", value_name = "URL")]
    pub influxdb: Option<String>,

    /// InfluxDB user name (with --influxdb-password-file)
    #[arg(long, env = "GATHERER_INFLUXDB_USER", value_name = "NAME")]
    pub influxdb_user: Option<String>,

    /// File holding the InfluxDB password on its first line; refused if group or others can read it
    #[arg(long, env = "GATHERER_INFLUXDB_PASSWORD_FILE", value_name = "PATH")]
    pub influxdb_password_file: Option<PathBuf>,

    /// Where points wait until Graphite or InfluxDB has them (a directory per destination)
    #[arg(long, env = "GATHERER_SPOOL_DIR", default_value = DEFAULT_SPOOL_DIR, value_name = "DIR")]
    pub spool_dir: PathBuf,

    /// Size limit of the spool, all destinations together; when full the oldest points are dropped, and counted (K, M, G suffixes)
    #[arg(long, env = "GATHERER_SPOOL_MAX_BYTES", default_value = "64M", value_name = "BYTES")]
    pub spool_max_bytes: String,

    /// Write the Prometheus exposition here after every cycle, for node_exporter's textfile collector (a .prom file) [default: off]
    #[arg(long, env = "GATHERER_PROMETHEUS_TEXTFILE", value_name = "PATH")]
    pub prometheus_textfile: Option<PathBuf>,

    /// Put node_exporter's own families (node_*) in the textfile too: only when node_exporter's collectors for them are off
    #[arg(long, env = "GATHERER_PROMETHEUS_TEXTFILE_NODE", default_value = "0", value_name = "BOOL", num_args = 0..=1, default_missing_value = "1")]
    pub prometheus_textfile_node: String,

    /// Serve / (health), /metrics and /state/<collector> over HTTP on ADDR: PORT (127.0.0.1), or HOST:PORT [default: off]
    #[arg(long, env = "GATHERER_HTTP_LISTEN", value_name = "ADDR")]
    pub http_listen: Option<String>,
}

/// Where and how much to spool.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpoolSettings {
    pub dir: Option<PathBuf>,
    pub max_bytes: u64,
}

/// The validated output settings. Compared on reload: equal means the outputs keep
/// running untouched.
#[derive(Debug, Clone, PartialEq)]
pub struct Outputs {
    pub graphite: Vec<String>,
    pub graphite_prefix: String,
    pub graphite_resend: Duration,
    pub influxdb: Option<influxdb::Target>,
    pub spool: SpoolSettings,
    pub textfile: Option<(PathBuf, bool)>,
    pub http: Option<std::net::SocketAddr>,
}

/// `64M`, `1G`, `500000`: bytes (K, M, G are powers of 1024).
pub fn bytes(flag: &str, value: &str) -> Result<u64, BadSetting> {
    let v = value.trim();
    let (num, mult) = match v.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((i, _)) => {
            let unit = v[i..].trim().to_ascii_uppercase();
            let mult: u64 = match unit.trim_end_matches("IB").trim_end_matches('B') {
                "K" => 1 << 10,
                "M" => 1 << 20,
                "G" => 1 << 30,
                "" => 1,
                _ => return Err(bad(flag, value, "expected a number of bytes, with K, M or G")),
            };
            (&v[..i], mult)
        }
        None => (v, 1),
    };
    match num.parse::<u64>().ok().and_then(|n| n.checked_mul(mult)) {
        Some(n) if n >= 64 << 10 => Ok(n),
        _ => Err(bad(flag, value, "expected a number of bytes of at least 64K, with K, M or G")),
    }
}

/// The directory name of one destination's spool.
pub fn spool_name(kind: &str, destination: &str) -> String {
    let clean: String =
        destination.chars().map(|c| if c.is_ascii_alphanumeric() || c == '.' || c == '-' { c } else { '_' }).collect();
    format!("{kind}-{clean}")
}

impl Outputs {
    /// Validate the output settings; `host` is this machine's host name.
    pub fn from_args(a: &OutputArgs, host: &str) -> Result<Outputs, BadSetting> {
        let text = |v: &Option<String>| v.clone().filter(|v| !v.trim().is_empty());
        let mut graphite = Vec::new();
        if let Some(list) = text(&a.graphite) {
            for d in list.split(',').map(str::trim).filter(|d| !d.is_empty()) {
                let port = d.rsplit_once(':').map(|(h, p)| (h, p.parse::<u16>()));
                match port {
                    Some((h, Ok(p))) if !h.is_empty() && p > 0 => graphite.push(d.to_string()),
                    _ => return Err(bad("graphite", &list, &format!("{d:?} is not HOST:PORT"))),
                }
            }
        }
        let short = host.split('.').next().unwrap_or(host);
        let graphite_prefix = match text(&a.graphite_prefix) {
            Some(p) => graphite::clean_prefix(&p),
            None => format!("servers.{}", graphite::clean_prefix(short)),
        };
        let resend = match a.graphite_resend.trim() {
            "0" => Duration::ZERO,
            v => seconds("graphite-resend", v)?,
        };
        let influxdb = match text(&a.influxdb) {
            None => None,
            Some(url) => {
                let mut t = influxdb::Target::parse(&url)
                    .map_err(|why| bad("influxdb", &crate::util::setting::redact_url(&url), &why))?;
                t.user = text(&a.influxdb_user);
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
                Some(t)
            }
        };
        let textfile = match &a.prometheus_textfile {
            Some(p) if !p.as_os_str().is_empty() => {
                if p.extension().and_then(|e| e.to_str()) != Some("prom") {
                    return Err(bad(
                        "prometheus-textfile",
                        &p.display().to_string(),
                        "must end in .prom: node_exporter's textfile collector reads only those",
                    ));
                }
                Some((p.clone(), boolean("prometheus-textfile-node", &a.prometheus_textfile_node)?))
            }
            _ => None,
        };
        let http = match text(&a.http_listen) {
            Some(l) => Some(http::parse_listen(&l).map_err(|why| bad("http-listen", &l, &why))?),
            None => None,
        };
        Ok(Outputs {
            graphite,
            graphite_prefix,
            graphite_resend: resend,
            influxdb,
            spool: SpoolSettings {
                dir: Some(a.spool_dir.clone()).filter(|d| !d.as_os_str().is_empty()),
                max_bytes: bytes("spool-max-bytes", &a.spool_max_bytes)?,
            },
            textfile,
            http,
        })
    }

    /// Whether any output is configured.
    pub fn any(&self) -> bool {
        !self.graphite.is_empty() || self.influxdb.is_some() || self.textfile.is_some() || self.http.is_some()
    }
}

/// Running outputs: their sinks, and the HTTP endpoint.
#[derive(Default)]
pub struct Running {
    pub sinks: Vec<Arc<dyn Sink>>,
    pub endpoint: Option<http::Endpoint>,
}

impl Running {
    /// Start the configured outputs. `serve`: whether the HTTP endpoint is wanted (not
    /// for `gatherer once`).
    pub fn start(o: &Outputs, host: &str, board: &Arc<Board>, serve: bool) -> anyhow::Result<Running> {
        let mut r = Running::default();
        if serve {
            if let Some(addr) = o.http {
                r.endpoint = Some(http::Endpoint::start(addr, board.clone())?);
            }
        }
        if !o.graphite.is_empty() {
            r.sinks.push(Arc::new(graphite::Graphite::start(
                &o.graphite,
                &o.graphite_prefix,
                &o.spool,
                o.graphite_resend,
                board.clone(),
            )?));
            log::info!("sending to Graphite at {} as {}.*", o.graphite.join(", "), o.graphite_prefix);
        }
        if let Some(t) = &o.influxdb {
            log::info!("sending to InfluxDB at {}", t.describe());
            r.sinks.push(Arc::new(influxdb::InfluxDb::start(t.clone(), host, &o.spool, board.clone())));
        }
        if let Some((path, node)) = &o.textfile {
            log::info!("writing the Prometheus exposition to {}", path.display());
            r.sinks.push(Arc::new(prometheus::Textfile::new(path.clone(), *node, board.clone())));
        }
        Ok(r)
    }

    /// Stop them, letting each finish within `limit`.
    pub fn stop(&self, limit: Duration) {
        if let Some(e) = &self.endpoint {
            e.stop();
        }
        let until = std::time::Instant::now() + limit;
        for s in &self.sinks {
            s.close(until.saturating_duration_since(std::time::Instant::now()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_sizes() {
        assert_eq!(bytes("x", "64M").unwrap(), 64 << 20);
        assert_eq!(bytes("x", "1G").unwrap(), 1 << 30);
        assert_eq!(bytes("x", "100KiB").unwrap(), 100 << 10);
        assert_eq!(bytes("x", "67108864").unwrap(), 64 << 20);
        assert!(bytes("x", "10").unwrap_err().to_string().contains("at least 64K"));
        assert!(bytes("x", "5T").is_err());
        assert!(bytes("x", "-1").is_err());
    }

    fn args() -> OutputArgs {
        OutputArgs {
            graphite: None,
            graphite_prefix: None,
            graphite_resend: "120".into(),
            influxdb: None,
            influxdb_user: None,
            influxdb_password_file: None,
            spool_dir: "/var/spool/gatherer".into(),
            spool_max_bytes: "64M".into(),
            prometheus_textfile: None,
            prometheus_textfile_node: "0".into(),
            http_listen: None,
        }
    }

    #[test]
    fn off_until_configured_and_checked_when_given() {
        let o = Outputs::from_args(&args(), "web01.example.com").unwrap();
        assert!(!o.any());
        assert_eq!(o.graphite_prefix, "servers.web01");
        let mut a = args();
        a.graphite = Some("carbon1:2003, carbon2:2004".into());
        a.http_listen = Some("9123".into());
        let o = Outputs::from_args(&a, "h").unwrap();
        assert_eq!(o.graphite, ["carbon1:2003", "carbon2:2004"]);
        assert_eq!(o.http.unwrap().to_string(), "127.0.0.1:9123");
        a.graphite = Some("carbon1".into());
        assert!(Outputs::from_args(&a, "h").unwrap_err().to_string().contains("GATHERER_GRAPHITE"));
        let mut a = args();
        a.prometheus_textfile = Some("/var/lib/prometheus/node-exporter/gatherer.txt".into());
        assert!(Outputs::from_args(&a, "h").unwrap_err().to_string().contains(".prom"));
        let mut a = args();
        a.influxdb = Some("http://u:secret@influx/write?db=x".into());
        let e = Outputs::from_args(&a, "h").unwrap_err().to_string();
        assert!(e.contains("credentials") && !e.contains("secret"), "{e}");
    }
}
