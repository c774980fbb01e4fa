//! The outputs: the JSON state file of each collector (always on), and those an operator
//! configures — Graphite, InfluxDB, a Prometheus textfile, an HTTP endpoint — each off
//! until its setting is given. Every one is a `Sink` of the engine, so a slow or dead
//! output never delays a collector or another output.

pub mod board;
pub mod forward;
pub mod graphite;
pub mod history;
pub mod http;
pub mod influxdb;
pub mod page;
pub mod prometheus;
pub mod spool;
pub mod state_file;

use crate::engine::sink::Sink;
use crate::util::setting::BadSetting;
use board::Board;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

/// The built-in `--spool-dir`.
pub(crate) const DEFAULT_SPOOL_DIR: &str = "/var/spool/gatherer";

/// The registry of outputs, in the order they start. Adding one is its module (its
/// settings, `Output` impl and `KIND`) plus one line here; the command line, the reload,
/// `config`, the directories the service prepares and the unit's `ReadWritePaths` (kept
/// in step by a test) all follow from it.
pub(crate) static KINDS: &[&dyn DynKind] =
    &[&http::KIND, &graphite::KIND, &influxdb::KIND, &prometheus::KIND, &history::KIND];

/// The settings every spooled output shares: one spool directory (a subdirectory per
/// destination) and one size limit for all of them.
#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "Outputs")]
#[group(id = "spool")]
pub(crate) struct SpoolArgs {
    /// Where points wait until Graphite or InfluxDB has them (a directory per destination)
    #[arg(long, env = "GATHERER_SPOOL_DIR", default_value = DEFAULT_SPOOL_DIR, value_name = "DIR")]
    pub(crate) spool_dir: PathBuf,

    /// Size limit of the spool, all destinations together; when full the oldest points are dropped, and counted (K, M, G suffixes)
    #[arg(long, env = "GATHERER_SPOOL_MAX_BYTES", default_value = "64M", value_name = "BYTES")]
    pub(crate) spool_max_bytes: String,
}

/// Where and how much to spool.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpoolSettings {
    pub dir: Option<PathBuf>,
    pub max_bytes: u64,
}

/// What an output's settings are validated with.
pub(crate) struct Context<'a> {
    /// This machine's host name.
    pub(crate) host: &'a str,
    pub(crate) spool: &'a SpoolSettings,
    /// Who the daemon runs as once started: whose password files it may read.
    pub(crate) run_as: crate::util::secret::Switch,
    /// `--history-dir`, when given: what the page and `/history/` read.
    pub(crate) history_dir: Option<&'a std::path::Path>,
}

/// What a configured output starts with.
pub(crate) struct Start<'a> {
    pub(crate) host: &'a str,
    /// Where outputs show their state (the health endpoint, `/metrics`' own families).
    pub(crate) board: &'a Arc<Board>,
    /// Keep points in memory only, whatever `--spool-dir` says (`gatherer once` beside a
    /// daemon that holds the spool).
    pub(crate) memory_spool: bool,
}

impl Start<'_> {
    /// The spool an output uses: its settings', or memory only.
    pub(crate) fn spool(&self, s: &SpoolSettings) -> SpoolSettings {
        SpoolSettings { dir: s.dir.clone().filter(|_| !self.memory_spool), max_bytes: s.max_bytes }
    }
}

/// A kind of output: its flags, and how they become a configured [`Output`].
pub(crate) trait OutputKind: 'static {
    /// Its name in logs and `config`.
    const NAME: &'static str;
    /// The directories it writes with its default settings: the unit's `ReadWritePaths`
    /// and the package's directories follow them (a unit test here checks).
    const DIRS: &'static [&'static str] = &[];
    /// Its flags, variables and defaults, under a help heading of its own.
    type Args: clap::Args + clap::FromArgMatches;
    /// Validate them: `None` while the output is off (its main setting not given).
    fn settings(args: Self::Args, cx: &Context) -> Result<Option<Box<dyn Output>>, BadSetting>;
}

/// A configured output, compared on reload (equal: it keeps running untouched).
pub(crate) trait Output: std::fmt::Debug + Send + Sync + SameAs {
    /// Start it. Its sink takes every report; `close` stops it.
    fn start(&self, cx: &Start) -> anyhow::Result<Arc<dyn Sink>>;
    /// Whether `gatherer once` starts it too (an endpoint has nothing to serve after one
    /// run).
    fn in_once(&self) -> bool {
        true
    }
    /// Directories to make (as root, given to `--user`) before privileges are dropped.
    fn dirs_to_prepare(&self) -> Vec<PathBuf> {
        Vec::new()
    }
}

/// Equality between configured outputs of any kind: the same type and equal settings.
/// (A `Box<dyn Output>` has the blanket impl too: call these on `&dyn Output`.)
pub(crate) trait SameAs {
    fn same_as(&self, other: &dyn std::any::Any) -> bool;
    fn as_any(&self) -> &dyn std::any::Any;
}

impl<T: PartialEq + 'static> SameAs for T {
    fn same_as(&self, other: &dyn std::any::Any) -> bool {
        other.downcast_ref::<T>() == Some(self)
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl PartialEq for dyn Output {
    fn eq(&self, other: &dyn Output) -> bool {
        self.same_as(other.as_any())
    }
}

/// An [`OutputKind`] as the registry holds it.
pub(crate) trait DynKind: Sync {
    fn name(&self) -> &'static str;
    fn dirs(&self) -> &'static [&'static str];
    fn add_args(&self, cmd: clap::Command) -> clap::Command;
    fn settings(&self, m: &clap::ArgMatches, cx: &Context) -> Result<Option<Box<dyn Output>>, BadSetting>;
}

/// The registry's entry for an output kind `K`.
pub(crate) struct Kind<K>(std::marker::PhantomData<fn() -> K>);

impl<K> Kind<K> {
    pub(crate) const NEW: Kind<K> = Kind(std::marker::PhantomData);
}

impl<K: OutputKind> DynKind for Kind<K> {
    fn name(&self) -> &'static str {
        K::NAME
    }
    fn dirs(&self) -> &'static [&'static str] {
        K::DIRS
    }
    fn add_args(&self, cmd: clap::Command) -> clap::Command {
        <K::Args as clap::Args>::augment_args(cmd)
    }
    fn settings(&self, m: &clap::ArgMatches, cx: &Context) -> Result<Option<Box<dyn Output>>, BadSetting> {
        let args = <K::Args as clap::FromArgMatches>::from_arg_matches(m).expect("every output's flags are defined");
        K::settings(args, cx)
    }
}

/// Every output's flags, for the commands that run collectors.
pub(crate) fn add_args(cmd: clap::Command) -> clap::Command {
    KINDS.iter().fold(<SpoolArgs as clap::Args>::augment_args(cmd), |c, k| k.add_args(c))
}

/// An optional text setting: unset and blank are the same.
pub(crate) fn given(v: &Option<String>) -> Option<String> {
    v.clone().filter(|v| !v.trim().is_empty())
}

/// `64M`, `1G`, `500000`: bytes (K, M, G are powers of 1024), at least 64K.
pub(crate) fn bytes(flag: &str, value: &str) -> Result<u64, BadSetting> {
    crate::util::setting::bytes_in(flag, value, 64 << 10..=u64::MAX)
}

/// The directory name of one destination's spool.
pub(crate) fn spool_name(kind: &str, destination: &str) -> String {
    let clean: String =
        destination.chars().map(|c| if c.is_ascii_alphanumeric() || c == '.' || c == '-' { c } else { '_' }).collect();
    format!("{kind}-{clean}")
}

/// The validated output settings. Compared on reload: equal means the outputs keep
/// running untouched.
#[derive(Debug, PartialEq)]
pub(crate) struct Outputs {
    pub(crate) spool: SpoolSettings,
    pub(crate) configured: Vec<(&'static str, Box<dyn Output>)>,
}

impl Outputs {
    /// Validate every output's settings; `host` is this machine's host name.
    pub(crate) fn from_matches(
        m: &clap::ArgMatches,
        host: &str,
        run_as: crate::util::secret::Switch,
    ) -> Result<Outputs, BadSetting> {
        let a = <SpoolArgs as clap::FromArgMatches>::from_arg_matches(m).expect("the spool's flags are defined");
        let spool = SpoolSettings {
            dir: Some(a.spool_dir.clone()).filter(|d| !d.as_os_str().is_empty()),
            max_bytes: bytes("spool-max-bytes", &a.spool_max_bytes)?,
        };
        let history_dir = history::dir(m);
        let mut configured = Vec::new();
        for kind in KINDS {
            if let Some(o) =
                kind.settings(m, &Context { host, spool: &spool, run_as, history_dir: history_dir.as_deref() })?
            {
                configured.push((kind.name(), o));
            }
        }
        Ok(Outputs { spool, configured })
    }

    /// Whether any output is configured.
    #[cfg(test)]
    fn any(&self) -> bool {
        !self.configured.is_empty()
    }

    /// The directories the configured outputs write, to be made before privileges drop.
    pub(crate) fn dirs_to_prepare(&self) -> Vec<PathBuf> {
        let mut dirs: Vec<PathBuf> = self.configured.iter().flat_map(|(_, o)| o.dirs_to_prepare()).collect();
        // Each once, whichever outputs name it and in whatever order the registry lists them.
        dirs.sort();
        dirs.dedup();
        dirs
    }
}

/// Running outputs: one sink each.
#[derive(Default)]
pub(crate) struct Running {
    pub(crate) sinks: Vec<Arc<dyn Sink>>,
}

impl Running {
    /// Start the configured outputs. `once`: for `gatherer once`, which starts only those
    /// that make sense for a single run.
    pub(crate) fn start(o: &Outputs, cx: &Start, once: bool) -> anyhow::Result<Running> {
        let mut r = Running::default();
        for (_, output) in o.configured.iter().filter(|(_, o)| !once || o.in_once()) {
            match output.start(cx) {
                Ok(sink) => r.sinks.push(sink),
                Err(e) => {
                    r.stop(Duration::from_secs(1));
                    return Err(e);
                }
            }
        }
        Ok(r)
    }

    /// Stop them, letting each finish within `limit`.
    pub(crate) fn stop(&self, limit: Duration) {
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

    fn outputs(args: &[&str], host: &str) -> Result<Outputs, BadSetting> {
        let cmd = add_args(clap::Command::new("t").no_binary_name(true));
        let m = cmd.try_get_matches_from(args).unwrap();
        Outputs::from_matches(&m, host, crate::util::secret::Switch::Stays)
    }

    #[test]
    fn off_until_configured_and_checked_when_given() {
        let o = outputs(&[], "web01.example.com").unwrap();
        assert!(!o.any());
        let o = outputs(&["--graphite", "carbon1:2003, carbon2:2004", "--http-listen", "9123"], "web01.example.com")
            .unwrap();
        let names: Vec<&str> = o.configured.iter().map(|(n, _)| *n).collect();
        assert_eq!(names, ["http", "graphite"]);
        let g = (*o.configured[1].1).as_any().downcast_ref::<graphite::Settings>().unwrap();
        assert_eq!(g.destinations, ["carbon1:2003", "carbon2:2004"]);
        let twice = outputs(&["--graphite", "c:2003,c:2003, c:2003"], "h").unwrap();
        let once = (*twice.configured[0].1).as_any().downcast_ref::<graphite::Settings>().unwrap();
        assert_eq!(once.destinations, ["c:2003"], "a destination named twice is one destination");
        assert_eq!(g.prefix, "servers.web01");
        let h = (*o.configured[0].1).as_any().downcast_ref::<http::Settings>().unwrap();
        assert_eq!(h.addr.to_string(), "127.0.0.1:9123");
        let e = outputs(&["--graphite", "carbon1"], "h").unwrap_err();
        assert!(e.to_string().contains("GATHERER_GRAPHITE"), "{e}");
        let e = outputs(&["--prometheus-textfile", "/var/lib/prometheus/node-exporter/gatherer.txt"], "h").unwrap_err();
        assert!(e.to_string().contains(".prom"), "{e}");
        let e = outputs(&["--influxdb", "http://u:secret@influx/write?db=x"], "h").unwrap_err().to_string();
        assert!(e.contains("credentials") && !e.contains("secret"), "{e}");
    }

    /// The spool directory Graphite and InfluxDB share is prepared once; the textfile's
    /// directory is node_exporter's, not made by gatherer.
    #[test]
    fn each_directory_to_prepare_is_named_once() {
        let o = outputs(
            &[
                "--graphite",
                "c:2003",
                "--influxdb",
                "http://i:8086/write?db=x",
                "--spool-dir",
                "/s",
                "--http-listen",
                "1",
            ],
            "h",
        )
        .unwrap();
        assert_eq!(o.dirs_to_prepare(), [PathBuf::from("/s")]);
    }

    /// A reload compares the configured outputs: equal settings keep an output running,
    /// any difference (or another kind) restarts them.
    #[test]
    fn configured_outputs_compare_by_kind_and_settings() {
        let a = outputs(&["--graphite", "c:2003", "--http-listen", "9123"], "h").unwrap();
        assert_eq!(a, outputs(&["--http-listen", "9123", "--graphite", "c:2003"], "h").unwrap());
        assert_ne!(a, outputs(&["--graphite", "c:2004", "--http-listen", "9123"], "h").unwrap());
        assert_ne!(a, outputs(&["--graphite", "c:2003"], "h").unwrap());
        assert_ne!(
            a,
            outputs(&["--graphite", "c:2003", "--http-listen", "9123", "--spool-max-bytes", "1M"], "h").unwrap()
        );
    }

    /// Each output's default directories are writable under the unit's
    /// `ProtectSystem=strict`, and those that are gatherer's own are made by the package
    /// and removed at purge.
    #[test]
    fn the_unit_and_the_package_know_every_outputs_directories() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let read = |p: &str| std::fs::read_to_string(root.join(p)).unwrap();
        let unit = read("systemd/gatherer.service");
        let writable: Vec<&str> = unit
            .lines()
            .filter_map(|l| l.strip_prefix("ReadWritePaths="))
            .flat_map(|l| l.split_whitespace())
            .map(|p| p.trim_start_matches('-'))
            .collect();
        let (postinst, postrm) = (read("packaging/debian/postinst"), read("packaging/debian/postrm"));
        for kind in KINDS {
            for dir in kind.dirs() {
                assert!(writable.contains(dir), "{}: {dir} not in the unit's ReadWritePaths", kind.name());
                if dir.contains("gatherer") {
                    assert!(
                        postinst.contains(&format!("mkdir -p {dir}")),
                        "{}: postinst does not make {dir}",
                        kind.name()
                    );
                    assert!(postrm.contains(dir), "{}: postrm does not remove {dir}", kind.name());
                }
            }
        }
    }
}
