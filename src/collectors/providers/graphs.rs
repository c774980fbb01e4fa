//! munin graphs of the providers' state file, one line per provider.
//!
//! Tahoe-LAFS's old `tahoe-stats` plugin was linked under the name of each graph
//! (`tahoe_storage_allocated`, ...) and read the stats gatherer's file named by an
//! environment variable starting with `statsfile`; `gatherer munin` linked under the same
//! names draws the same graphs from this collector's state file (or the file such a
//! variable names). The built-in table has the graphs whose stats current nodes still
//! publish; `GONE` the old ones with no source any more. More come from a file of graph
//! definitions (`env.graphs`), from the wildcard `tahoe_server_latency_OPERATION_PERCENTILE`
//! (as Tahoe's own latency plugin was linked) and from `gatherer_providers_<stat>` for any
//! numeric stat. Counters are DERIVE with min 0; a provider whose last good fetch is older
//! than `env.max_age` (300 s, as the old plugin had it) is `U`.

use super::kind::STALE_AFTER_S;
use super::{ProviderState, ProviderStats, NAME};
use crate::checks::munin::field_name;
use crate::checks::{text_safe, DynGraph};
use crate::state::{State, StateSource, Trust};
use crate::util::file;
use crate::util::timefmt::now_unix_ms;
use std::fmt::Write as _;
use std::path::PathBuf;

/// One graph: what it draws, whatever it came from.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Def {
    pub(crate) link: String,
    pub(crate) title: String,
    pub(crate) vlabel: String,
    pub(crate) category: String,
    pub(crate) info: String,
    pub(crate) args: String,
    /// The stat drawn for each provider: the first of these it has, or with `max` the
    /// largest.
    pub(crate) stats: Vec<String>,
    pub(crate) max: bool,
    /// DERIVE (a counter) or GAUGE; `None`: as the state file has the stat.
    pub(crate) counter: Option<bool>,
}

/// A graph of the built-in table.
pub(crate) struct Builtin {
    link: &'static str,
    title: &'static str,
    vlabel: &'static str,
    category: &'static str,
    info: &'static str,
    args: &'static str,
    stats: &'static [&'static str],
    max: bool,
    counter: bool,
}

impl Builtin {
    fn def(&self) -> Def {
        Def {
            link: self.link.into(),
            title: self.title.into(),
            vlabel: self.vlabel.into(),
            category: self.category.into(),
            info: self.info.into(),
            args: self.args.into(),
            stats: self.stats.iter().map(|s| s.to_string()).collect(),
            max: self.max,
            counter: Some(self.counter),
        }
    }
}

const fn gauge(
    link: &'static str,
    title: &'static str,
    vlabel: &'static str,
    category: &'static str,
    args: &'static str,
    stat: &'static [&'static str],
    info: &'static str,
) -> Builtin {
    Builtin { link, title, vlabel, category, info, args, stats: stat, max: false, counter: false }
}

const fn counter(
    link: &'static str,
    title: &'static str,
    vlabel: &'static str,
    category: &'static str,
    stat: &'static [&'static str],
    info: &'static str,
) -> Builtin {
    Builtin { link, title, vlabel, category, info, args: "", stats: stat, max: false, counter: true }
}

const SS: &str = "tahoe_storage_server";
const HELPER: &str = "tahoe_helper";
const TRAFFIC: &str = "tahoe_traffic";
const CPU: &[&str] = &["cpu_monitor.1min_avg", "cpu_monitor.5min_avg", "cpu_monitor.15min_avg"];

/// The graphs current Tahoe nodes still have stats for, by the old plugin's names.
pub(crate) static TABLE: [Builtin; 22] = [
    gauge(
        "tahoe_runtime_load_avg",
        "Tahoe Runtime Load Average",
        "CPU seconds per second",
        "tahoe",
        "--lower-limit 0",
        &["cpu_monitor.5min_avg"],
        "CPU time the node used per second over 5 minutes (cpu_monitor.5min_avg; the reactor delay this graph \
         once drew, load_monitor, is gone from Tahoe)",
    ),
    Builtin {
        max: true,
        ..gauge(
            "tahoe_runtime_load_peak",
            "Tahoe Runtime Load Peak",
            "CPU seconds per second",
            "tahoe",
            "--lower-limit 0",
            CPU,
            "The highest of the node's 1-, 5- and 15-minute CPU averages (cpu_monitor.*)",
        )
    },
    gauge(
        "tahoe_storage_allocated",
        "Tahoe Storage Server Space Allocated",
        "bytes",
        SS,
        "--base 1024",
        &["storage_server.allocated"],
        "Space allocated to shares being written (storage_server.allocated)",
    ),
    gauge(
        "tahoe_storage_used",
        "Tahoe Storage Server Disk Used",
        "bytes",
        SS,
        "--base 1024",
        &["storage_server.disk_used"],
        "Space used on the storage server's disk (storage_server.disk_used)",
    ),
    gauge(
        "tahoe_storage_free",
        "Tahoe Storage Server Space Available",
        "bytes",
        SS,
        "--base 1024",
        &["storage_server.disk_avail"],
        "Space left for shares: free space less the reserve (storage_server.disk_avail)",
    ),
    counter(
        "tahoe_storage_bytes_added",
        "Tahoe Storage Server Bytes Added",
        "bytes per second",
        SS,
        &["storage_server.bytes_added"],
        "Bytes of shares added (storage_server.bytes_added)",
    ),
    counter(
        "tahoe_storage_operations_allocate",
        "Tahoe Storage Server Allocate_Bucket Operations",
        "operations per second",
        SS,
        &["storage_server.allocate"],
        "allocate_buckets operations: one per server for each immutable file upload",
    ),
    counter(
        "tahoe_storage_operations_get",
        "Tahoe Storage Server get_bucket Operations",
        "operations per second",
        SS,
        &["storage_server.get"],
        "get_bucket operations: one per server for each immutable file download or check",
    ),
    counter(
        "tahoe_storage_operations_writev",
        "Tahoe Storage Server writev Operations",
        "operations per second",
        SS,
        &["storage_server.writev"],
        "writev operations: one per server for each mutable file or directory write",
    ),
    counter(
        "tahoe_storage_operations_readv",
        "Tahoe Storage Server readv Operations",
        "operations per second",
        SS,
        &["storage_server.readv"],
        "readv operations: one per server for each directory or mutable file read",
    ),
    gauge(
        "tahoe_helper_incoming_files",
        "Tahoe Upload Helper Incoming File Count",
        "n files",
        HELPER,
        "",
        &["chk_upload_helper.incoming_count"],
        "Files being received by the helper",
    ),
    gauge(
        "tahoe_helper_incoming_filesize",
        "Tahoe Upload Helper Incoming File Size",
        "bytes",
        HELPER,
        "--base 1024",
        &["chk_upload_helper.incoming_size"],
        "Total size of the files being received",
    ),
    gauge(
        "tahoe_helper_incoming_files_old",
        "Tahoe Upload Helper Incoming Old Files",
        "bytes",
        HELPER,
        "--base 1024",
        &["chk_upload_helper.incoming_size_old"],
        "Total size of incoming files older than 48 hours",
    ),
    gauge(
        "tahoe_helper_encoding_files",
        "Tahoe Upload Helper Encoding File Count",
        "n files",
        HELPER,
        "",
        &["chk_upload_helper.encoding_count"],
        "Files being encoded by the helper",
    ),
    gauge(
        "tahoe_helper_encoding_filesize",
        "Tahoe Upload Helper Encoding File Size",
        "bytes",
        HELPER,
        "--base 1024",
        &["chk_upload_helper.encoding_size"],
        "Total size of the files being encoded",
    ),
    gauge(
        "tahoe_helper_encoding_files_old",
        "Tahoe Upload Helper Encoding Old Files",
        "bytes",
        HELPER,
        "--base 1024",
        &["chk_upload_helper.encoding_size_old"],
        "Total size of files being encoded for more than 48 hours",
    ),
    gauge(
        "tahoe_helper_active_uploads",
        "Tahoe Upload Helper Active Files",
        "n files",
        HELPER,
        "",
        &["chk_upload_helper.active_uploads"],
        "Files the helper is working on",
    ),
    counter(
        "tahoe_helper_upload_requests",
        "Tahoe Upload Helper Upload Requests",
        "requests per second",
        HELPER,
        &["chk_upload_helper.upload_requests"],
        "Upload requests arriving at the helper",
    ),
    counter(
        "tahoe_helper_upload_already_present",
        "Tahoe Upload Helper Uploads Already Present",
        "requests per second",
        HELPER,
        &["chk_upload_helper.upload_already_present"],
        "Uploads whose file is already in the grid",
    ),
    counter(
        "tahoe_helper_upload_need_upload",
        "Tahoe Upload Helper Uploads Needing Upload",
        "requests per second",
        HELPER,
        &["chk_upload_helper.upload_need_upload"],
        "Uploads whose file is not yet in the grid",
    ),
    counter(
        "tahoe_helper_encoded_bytes",
        "Tahoe Upload Helper Encoded Bytes",
        "bytes per second",
        HELPER,
        &["chk_upload_helper.encoded_bytes"],
        "Bytes encoded by the helper",
    ),
    counter(
        "tahoe_helper_fetched_bytes",
        "Tahoe Upload Helper Fetched Bytes",
        "bytes per second",
        HELPER,
        &["chk_upload_helper.fetched_bytes"],
        "Bytes fetched by the helper",
    ),
];

/// The uploader's and mutable files' graphs, after the helper's.
pub(crate) static TRAFFIC_TABLE: [Builtin; 4] = [
    counter(
        "tahoe_uploader_bytes_uploaded",
        "Tahoe Uploader Bytes Uploaded",
        "bytes per second",
        TRAFFIC,
        &["uploader.bytes_uploaded"],
        "Bytes of immutable files uploaded",
    ),
    counter(
        "tahoe_uploader_files_uploaded",
        "Tahoe Uploader Files Uploaded",
        "files per second",
        TRAFFIC,
        &["uploader.files_uploaded"],
        "Immutable files uploaded",
    ),
    counter(
        "tahoe_mutable_files_published",
        "Tahoe Mutable Files Published",
        "files per second",
        TRAFFIC,
        &["mutable.files_published"],
        "Mutable files published",
    ),
    counter(
        "tahoe_mutable_files_retrieved",
        "Tahoe Mutable Files Retrieved",
        "files per second",
        TRAFFIC,
        &["mutable.files_retrieved"],
        "Mutable files retrieved",
    ),
];

/// Graphs of the old plugin whose stat current nodes no longer publish: (link, stat).
pub(crate) const GONE: [(&str, &str); 2] = [
    ("tahoe_storage_consumed", "storage_server.consumed"),
    ("tahoe_storage_bytes_freed", "storage_server.bytes_freed"),
];

/// `tahoe_server_latency_OPERATION_PERCENTILE`, as Tahoe's latency plugin was linked.
pub(crate) struct Latency;
const LATENCY: &str = "tahoe_server_latency_";

/// `gatherer_providers_<stat>` for any numeric stat, and every other `tahoe_*` name (from
/// the definitions file, or a clear error).
pub(crate) struct Family;
const GENERIC: &str = "gatherer_providers_";

/// Every graph of the collector, built-in names first.
pub(crate) static GRAPHS: &[&dyn DynGraph] = &[
    &TABLE[0],
    &TABLE[1],
    &TABLE[2],
    &TABLE[3],
    &TABLE[4],
    &TABLE[5],
    &TABLE[6],
    &TABLE[7],
    &TABLE[8],
    &TABLE[9],
    &TABLE[10],
    &TABLE[11],
    &TABLE[12],
    &TABLE[13],
    &TABLE[14],
    &TABLE[15],
    &TABLE[16],
    &TABLE[17],
    &TABLE[18],
    &TABLE[19],
    &TABLE[20],
    &TABLE[21],
    &TRAFFIC_TABLE[0],
    &TRAFFIC_TABLE[1],
    &TRAFFIC_TABLE[2],
    &TRAFFIC_TABLE[3],
    &Latency,
    &Family,
];

/// What munin's plugin environment says, read once per run.
struct Env {
    /// The state file: the first variable starting with `statsfile` (sorted by name), as
    /// the old plugin read it; else the collector's own.
    path: PathBuf,
    max_age: u64,
    graphs: Option<PathBuf>,
}

impl Env {
    fn read(src: &StateSource) -> Result<Env, String> {
        let mut statsfile: Vec<(String, std::ffi::OsString)> = std::env::vars_os()
            .filter_map(|(k, v)| Some((k.into_string().ok()?, v)))
            .filter(|(k, _)| k.starts_with("statsfile"))
            .collect();
        statsfile.sort();
        let path = statsfile.into_iter().next().map_or_else(|| src.path.clone(), |(_, v)| PathBuf::from(v));
        let max_age = match std::env::var("max_age") {
            Err(_) => STALE_AFTER_S,
            Ok(v) => v.trim().parse().map_err(|_| format!("env.max_age {v:?}: expected a whole number of seconds"))?,
        };
        let graphs = std::env::var_os("graphs").filter(|v| !v.is_empty()).map(PathBuf::from);
        Ok(Env { path, max_age, graphs })
    }

    fn stats(&self) -> Result<ProviderStats, String> {
        self.stats_if_any()?
            .ok_or_else(|| format!("{}: no such file; is gatherer running with --providers?", self.path.display()))
    }

    /// The state file's providers; `None` only when there is no file (yet).
    fn stats_if_any(&self) -> Result<Option<ProviderStats>, String> {
        match State::<ProviderStats>::read(&self.path, NAME, Trust::Anyone) {
            Ok(Some(State { reading: Some(r), .. })) => Ok(Some(r)),
            Ok(Some(_)) => Err(format!("{}: no good fetch yet", self.path.display())),
            Ok(None) => Ok(None),
            Err(e) => Err(format!("{e:#}")),
        }
    }
}

impl DynGraph for Builtin {
    fn link(&self) -> &'static str {
        self.link
    }

    fn answer(&self, link: &str, action: Option<&str>, src: &StateSource) -> Result<String, String> {
        let env = Env::read(src)?;
        // A definitions file may redraw a built-in graph its own way.
        let def = match file_def(&env, link)? {
            Some(d) => d,
            None => self.def(),
        };
        answer(&def, action, &env)
    }
}

impl DynGraph for Latency {
    fn link(&self) -> &'static str {
        LATENCY
    }

    fn answers_to(&self, link: &str) -> bool {
        link.starts_with(LATENCY)
    }

    fn answer(&self, link: &str, action: Option<&str>, src: &StateSource) -> Result<String, String> {
        let env = Env::read(src)?;
        let suffix = &link[LATENCY.len()..];
        if suffix.is_empty() {
            return match action {
                Some("suggest") => suggest(&env, link),
                Some("autoconf") => Ok(autoconf(&env)),
                _ => Err(format!("link it as {LATENCY}OPERATION_PERCENTILE (e.g. {LATENCY}get_99_9)")),
            };
        }
        let def = latency_def(link, suffix).ok_or_else(|| {
            format!("{link}: expected {LATENCY}OPERATION_PERCENTILE, PERCENTILE one of mean, 01_0, 10_0, ... 99_9")
        })?;
        answer(&def, action, &env)
    }
}

/// `get_99_9` → the 99.9th percentile of `get`; `get_mean` → its mean.
fn latency_def(link: &str, suffix: &str) -> Option<Def> {
    let (op, stat, what) = if let Some(op) = suffix.strip_suffix("_mean") {
        (op, "mean".to_string(), "mean".to_string())
    } else {
        let (op, pct) = suffix.split_at(suffix.len().checked_sub(5).filter(|&c| suffix.is_char_boundary(c))?);
        let p = pct.as_bytes();
        let ok =
            p[0] == b'_' && p[1].is_ascii_digit() && p[2].is_ascii_digit() && p[3] == b'_' && p[4].is_ascii_digit();
        if !ok {
            return None;
        }
        (op, format!("{}_percentile", &pct[1..]), format!("{}.{} percentile", &pct[1..3], &pct[4..]))
    };
    if op.is_empty() {
        return None;
    }
    Some(Def {
        link: link.into(),
        title: format!("Tahoe Server '{op}' Latency ({what})"),
        vlabel: "seconds".into(),
        category: "tahoe".into(),
        info: format!(
            "How long '{op}' operations took on the storage server, the {what} over its last thousand operations"
        ),
        args: "--lower-limit 0".into(),
        stats: vec![format!("storage_server.latencies.{op}.{stat}")],
        max: false,
        counter: Some(false),
    })
}

impl DynGraph for Family {
    fn link(&self) -> &'static str {
        GENERIC
    }

    fn answers_to(&self, link: &str) -> bool {
        link.starts_with(GENERIC) || link.starts_with("tahoe_")
    }

    fn answer(&self, link: &str, action: Option<&str>, src: &StateSource) -> Result<String, String> {
        let env = Env::read(src)?;
        if link == GENERIC {
            return match action {
                Some("suggest") => suggest(&env, link),
                Some("autoconf") => Ok(autoconf(&env)),
                _ => Err(format!("link it as {GENERIC}STAT (the stat's name with '_' for its dots)")),
            };
        }
        if let Some(def) = file_def(&env, link)? {
            return answer(&def, action, &env);
        }
        let Some(wanted) = link.strip_prefix(GENERIC) else {
            let why = match GONE.iter().find(|(l, _)| *l == link) {
                Some((_, stat)) => format!("Tahoe nodes no longer publish {stat}, which it drew"),
                None => "no such graph in the built-in table".into(),
            };
            let file = env.graphs.as_ref().map_or("no env.graphs file".into(), |f| format!("nor in {}", f.display()));
            return Err(format!("no graph named {link:?}: {why} ({file}; see docs/providers.md)"));
        };
        if matches!(action, Some("suggest") | Some("autoconf")) {
            return answer(&generic_def(link, wanted.to_string(), None), action, &env);
        }
        // The stat whose name, made a munin name, is the link's end; before the daemon
        // has written its file, the link's end stands for it.
        let Some(stats) = env.stats_if_any()? else {
            return answer(&generic_def(link, wanted.to_string(), None), action, &env);
        };
        let found = stats
            .providers
            .values()
            .flat_map(|p| p.counters.keys().chain(p.gauges.keys()))
            .find(|s| field_name(s) == wanted)
            .cloned()
            .ok_or_else(|| format!("no provider in {} has a stat named {wanted:?}", env.path.display()))?;
        answer(&generic_def(link, found.clone(), None), action, &env)
    }
}

fn generic_def(link: &str, stat: String, counter: Option<bool>) -> Def {
    Def {
        link: link.into(),
        title: stat.clone(),
        vlabel: String::new(),
        category: "providers".into(),
        info: format!("{stat} of each stats provider"),
        args: String::new(),
        stats: vec![stat],
        max: false,
        counter,
    }
}

/// `link`'s definition in the `env.graphs` file, if there is one.
fn file_def(env: &Env, link: &str) -> Result<Option<Def>, String> {
    let Some(path) = &env.graphs else { return Ok(None) };
    let text =
        file::read_text(path, 1 << 20).map_err(|e| format!("env.graphs: cannot read {}: {e}", path.display()))?;
    let defs = parse_defs(&text).map_err(|why| format!("{} {why}", path.display()))?;
    Ok(defs.into_iter().find(|d| d.link == link))
}

/// A file of graph definitions: a `[link_name]` line, then `key = value` lines (`stat`,
/// required: one or more stats separated by blanks; `title`, `vlabel`, `category`,
/// `info`, `args`; `pick = first|max`; `type = DERIVE|GAUGE`). Blank lines and lines
/// starting with `#` are left out.
pub(crate) fn parse_defs(text: &str) -> Result<Vec<Def>, String> {
    let mut defs: Vec<Def> = Vec::new();
    let mut stat_line = 0;
    let missing_stat = |d: &Def, line: usize| format!("line {line}: [{}] has no stat", d.link);
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim();
        let n = n + 1;
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            if let Some(d) = defs.last().filter(|d| d.stats.is_empty()) {
                return Err(missing_stat(d, stat_line));
            }
            let name = name.trim();
            if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                return Err(format!("line {n}: graph name {name:?}: letters, digits and '_' only"));
            }
            if defs.iter().any(|d| d.link == name) {
                return Err(format!("line {n}: graph {name:?} defined twice"));
            }
            defs.push(Def {
                link: name.into(),
                title: String::new(),
                vlabel: String::new(),
                category: "tahoe".into(),
                info: String::new(),
                args: String::new(),
                stats: Vec::new(),
                max: false,
                counter: None,
            });
            stat_line = n;
            continue;
        }
        let Some(d) = defs.last_mut() else {
            return Err(format!("line {n}: expected a [graph_name] line first"));
        };
        let Some((key, value)) = line.split_once('=') else {
            return Err(format!("line {n}: expected key = value"));
        };
        let value = value.trim().to_string();
        match key.trim() {
            "stat" => d.stats = value.split_whitespace().map(String::from).collect(),
            "title" => d.title = value,
            "vlabel" => d.vlabel = value,
            "category" => d.category = value,
            "info" => d.info = value,
            "args" => d.args = value,
            "pick" if value == "first" || value == "max" => d.max = value == "max",
            "type" if value == "DERIVE" || value == "GAUGE" => d.counter = Some(value == "DERIVE"),
            "pick" | "type" => return Err(format!("line {n}: {} {value:?}: see docs/providers.md", key.trim())),
            other => return Err(format!("line {n}: unknown key {other:?}")),
        }
    }
    if let Some(d) = defs.last().filter(|d| d.stats.is_empty()) {
        return Err(missing_stat(d, stat_line));
    }
    for d in defs.iter_mut().filter(|d| d.title.is_empty()) {
        d.title = d.stats.join(" ");
    }
    Ok(defs)
}

/// A value as munin takes it: a DERIVE's a whole number (rrdtool refuses fractions).
fn munin_number(v: f64, counter: bool) -> String {
    if counter {
        format!("{:.0}", v.round())
    } else {
        format!("{v}")
    }
}

/// The graph's value for one provider, and whether the stat there is a counter.
fn pick(def: &Def, p: &ProviderState) -> Option<(f64, bool)> {
    let mut found = def.stats.iter().filter_map(|s| p.value(s));
    if def.max {
        found.reduce(|a, b| if b.0 > a.0 { b } else { a })
    } else {
        found.next()
    }
}

fn autoconf(env: &Env) -> String {
    match env.stats() {
        Ok(s) if s.providers.is_empty() => "no (no providers in the state file)\n".into(),
        Ok(_) => "yes\n".into(),
        Err(why) => format!("no ({})\n", text_safe(&why)),
    }
}

/// The graphs there is data for: link names (for the wildcard bases linked as such, the
/// part after the base, as munin's wildcard plugins answer).
fn suggest(env: &Env, link: &str) -> Result<String, String> {
    let stats = env.stats()?;
    let mut names = std::collections::BTreeSet::new();
    for p in stats.providers.values() {
        for stat in p.counters.keys().chain(p.gauges.keys()) {
            names.insert(format!("{GENERIC}{}", field_name(stat)));
            let latency = stat.strip_prefix("storage_server.latencies.").and_then(|rest| {
                let (op, what) = rest.split_once('.')?;
                let what = what.strip_suffix("_percentile").unwrap_or(what);
                let suffix = format!("{op}_{what}");
                // The key is the provider's: munin-node-configure makes a link of every
                // line, so only a link name (no newline, slash or space) that this
                // graph reads back is suggested.
                let link_name = op.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
                let link = format!("{LATENCY}{suffix}");
                (link_name && latency_def(&link, &suffix).is_some()).then_some(link)
            });
            names.extend(latency);
        }
        for b in TABLE.iter().chain(TRAFFIC_TABLE.iter()) {
            if pick(&b.def(), p).is_some() {
                names.insert(b.link.to_string());
            }
        }
    }
    let mut out = String::new();
    for n in names {
        match link {
            GENERIC | LATENCY => {
                if let Some(rest) = n.strip_prefix(link) {
                    let _ = writeln!(out, "{rest}");
                }
            }
            _ => {
                let _ = writeln!(out, "{n}");
            }
        }
    }
    Ok(out)
}

/// Each provider's munin field name, in the providers' order: `a-b` and `a_b` make the
/// same one, so a name taken already gets `_2`, `_3` ... (the same in `config` and fetch,
/// both in the providers' sorted order).
fn field_names(stats: &ProviderStats) -> Vec<String> {
    let mut taken = std::collections::HashSet::new();
    stats
        .providers
        .keys()
        .map(|name| {
            let base = field_name(name);
            let mut f = base.clone();
            let mut n = 1;
            while !taken.insert(f.clone()) {
                n += 1;
                f = format!("{base}_{n}");
            }
            f
        })
        .collect()
}

/// munin's protocol for one graph.
fn answer(def: &Def, action: Option<&str>, env: &Env) -> Result<String, String> {
    let mut out = String::new();
    match action {
        Some("autoconf") => return Ok(autoconf(env)),
        Some("suggest") => return suggest(env, &def.link),
        Some("config") => {
            let _ = writeln!(out, "graph_title {}", text_safe(&def.title));
            let _ = writeln!(out, "graph_vlabel {}", text_safe(&def.vlabel));
            let _ = writeln!(out, "graph_category {}", text_safe(&def.category));
            if !def.args.is_empty() {
                let _ = writeln!(out, "graph_args {}", text_safe(&def.args));
            }
            let _ = writeln!(out, "graph_info {} Read from gatherer's providers state file.", text_safe(&def.info));
            // No state file yet: a graph with no lines, not an error munin would log
            // every five minutes while the daemon starts. Any other fault is said.
            let Some(stats) = env.stats_if_any()? else { return Ok(out) };
            let counter =
                def.counter.unwrap_or_else(|| stats.providers.values().any(|p| pick(def, p).is_some_and(|v| v.1)));
            for (name, f) in stats.providers.keys().zip(field_names(&stats)) {
                let _ = writeln!(out, "{f}.label {}", text_safe(name));
                if counter {
                    let _ = writeln!(out, "{f}.type DERIVE\n{f}.min 0");
                }
            }
        }
        None | Some("fetch") => {
            let Some(stats) = env.stats_if_any()? else { return Ok(out) };
            let counter =
                def.counter.unwrap_or_else(|| stats.providers.values().any(|p| pick(def, p).is_some_and(|v| v.1)));
            let now = now_unix_ms().div_euclid(1000);
            for ((_, p), f) in stats.providers.iter().zip(field_names(&stats)) {
                let fresh =
                    p.last_ok_unix.is_some_and(|at| crate::state::age_at(now, at).is_ok_and(|a| a <= env.max_age));
                let v = pick(def, p).filter(|_| fresh).map_or("U".into(), |(v, _)| munin_number(v, counter));
                let _ = writeln!(out, "{f}.value {v}");
            }
        }
        Some(other) => return Err(format!("unknown munin action {other:?} (config, autoconf, suggest, or none)")),
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_graph_is_in_the_registry_once() {
        let links: Vec<&str> = GRAPHS.iter().map(|g| g.link()).collect();
        assert_eq!(links.len(), TABLE.len() + TRAFFIC_TABLE.len() + 2);
        let mut sorted = links.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), links.len(), "duplicates in {links:?}");
        for (gone, _) in GONE {
            assert!(!links.contains(&gone), "{gone} has no source: not built in");
            assert!(Family.answers_to(gone), "{gone} reaches the family, which explains");
        }
    }

    #[test]
    fn latency_links_name_an_operation_and_a_percentile() {
        let d = latency_def("x", "get_99_9").unwrap();
        assert_eq!(d.stats, ["storage_server.latencies.get.99_9_percentile"]);
        assert!(d.title.contains("99.9 percentile"), "{}", d.title);
        let d = latency_def("x", "add-lease_mean").unwrap();
        assert_eq!(d.stats, ["storage_server.latencies.add-lease.mean"]);
        for bad in ["get", "_99_9", "get_9_9", "get_99x9", ""] {
            assert!(latency_def("x", bad).is_none(), "{bad}");
        }
    }

    /// A provider's keys are its own: one with a newline, a slash or a space in the
    /// operation must not become a line of its own, or a path, in `suggest`'s answer
    /// (munin-node-configure makes a link of every line).
    #[test]
    fn latency_suggestions_are_link_names_only() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("providers.json");
        let now = now_unix_ms() / 1000;
        let s = serde_json::json!({
            "schema": 1, "collector": "providers", "host": "h", "status": "ok", "error": null,
            "measured_at": "2026-11-22T03:00:00Z", "measured_at_unix": now, "attempted_at_unix": now,
            "duration_ms": 1,
            "providers": {"n1": {"url": "http://h/", "format": "tahoe", "status": "ok", "error": null,
                "fetched_at_unix": now, "fetch_ms": 1, "last_ok_unix": now, "skipped": 0, "counters": {},
                "gauges": {
                    "storage_server.latencies.get.99_9_percentile": 0.5,
                    "storage_server.latencies.add-lease.mean": 0.5,
                    "storage_server.latencies.x\nrm -rf /.mean": 0.5,
                    "storage_server.latencies.a/b.99_9_percentile": 0.5,
                    "storage_server.latencies.a b.mean": 0.5,
                    "storage_server.latencies.put.not_a_percentile": 0.5
                }}}
        });
        std::fs::write(&path, serde_json::to_vec(&s).unwrap()).unwrap();
        let env = Env { path, max_age: 300, graphs: None };
        let out = suggest(&env, LATENCY).unwrap();
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines, ["add-lease_mean", "get_99_9"], "{out:?}");
        for l in lines {
            assert!(latency_def(&format!("{LATENCY}{l}"), l).is_some(), "{l} is not a link it reads");
        }
    }

    #[test]
    fn definitions_parse_and_bad_lines_are_named() {
        let defs = parse_defs(
            "# mine\n[tahoe_downloads]\nstat = downloader.files_downloaded\ntitle = Downloads\ntype = DERIVE\n\n\
             [tahoe_cpu]\nstat = cpu_monitor.1min_avg cpu_monitor.5min_avg\npick = max\n",
        )
        .unwrap();
        assert_eq!(defs.len(), 2);
        assert_eq!(
            (defs[0].link.as_str(), defs[0].counter, defs[0].title.as_str()),
            ("tahoe_downloads", Some(true), "Downloads")
        );
        assert!(defs[1].max && defs[1].stats.len() == 2);
        for (text, why) in [
            ("stat = x\n", "line 1: expected a [graph_name] line first"),
            ("[a b]\n", "line 1: graph name"),
            ("[a]\ncolour = red\n", "line 2: unknown key"),
            ("[a]\ntitle = t\n[b]\nstat = x\n", "line 1: [a] has no stat"),
            ("[a]\nstat = x\ntype = COUNTER\n", "line 3: type"),
            ("[a]\nstat = x\n[a]\nstat = y\n", "line 3: graph \"a\" defined twice"),
            ("[a]\nno equals\n", "line 2: expected key = value"),
        ] {
            let e = parse_defs(text).unwrap_err();
            assert!(e.contains(why), "{text:?}: {e}");
        }
    }

    #[test]
    fn counters_print_whole_and_peaks_take_the_largest() {
        assert_eq!(munin_number(12.6, true), "13");
        assert_eq!(munin_number(0.000012, false), "0.000012");
        let mut p = ProviderState::empty("", crate::state::Status::Ok, None);
        p.gauges.insert("cpu_monitor.1min_avg".into(), 0.5);
        p.gauges.insert("cpu_monitor.5min_avg".into(), 0.75);
        assert_eq!(pick(&TABLE[1].def(), &p), Some((0.75, false)));
        assert_eq!(pick(&TABLE[0].def(), &p), Some((0.75, false)));
        assert_eq!(pick(&TABLE[2].def(), &p), None);
    }
}
