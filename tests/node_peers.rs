//! The node-stats collectors (cpu, memory, network, filesystems, diskstats, temperatures,
//! inventory) against the real peers, on the same fixture trees of /proc and /sys, in the
//! same run:
//!
//! * psutil 5.9.4 (`python3-psutil`) with `psutil.PROCFS_PATH` at the fixture's proc dir;
//!   for what psutil reads from a hard-coded `/sys` (sensors, physical cores, online CPUs)
//!   python runs in a private mount namespace with the fixture's sys bound over `/sys`;
//! * node_exporter 1.5.0 (`prometheus-node-exporter`) with `--path.procfs/--path.sysfs` at
//!   the fixture, scraped over 127.0.0.1;
//! * `lscpu --sysroot` and `lsblk --sysroot` (util-linux) for the inventory;
//! * `free -b -w` (procps) with the fixture's meminfo bound over /proc/meminfo, and
//!   `df -B1` (coreutils) on filesystems made the same in each peer's own namespace.
//!
//! Root is needed for the mount namespaces (`unshare --mount`); nothing mounted there
//! outlives the process.
//!
//! Where gatherer's definition differs on purpose from a peer's (documented in the
//! collector), the comparable part is compared and a comment says why. Tolerances exist
//! only where the peers round differently: psutil rounds percentages to 1 decimal,
//! gatherer to 3 (percent) or 2 (disk figures); rates are per second of gatherer's own
//! measured interval, which it reports rounded to the microsecond.

mod common;
use common::*;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const PYTHON: &str = "/usr/bin/python3";
const NODE_EXPORTER: &str = "/usr/bin/prometheus-node-exporter";

// ------------------------------------------------------------------------------------
// Small helpers
// ------------------------------------------------------------------------------------

fn put(path: &Path, text: &str) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

fn link(target: &str, at: &Path) {
    fs::create_dir_all(at.parent().unwrap()).unwrap();
    std::os::unix::fs::symlink(target, at).unwrap();
}

/// Replace a file at once, as a reader of the kernel's files sees them change.
fn swap_in(path: &Path, text: &str) {
    let tmp = path.with_file_name(format!(".{}.new", path.file_name().unwrap().to_string_lossy()));
    fs::write(&tmp, text).unwrap();
    fs::rename(&tmp, path).unwrap();
}

/// A child process that is killed (and reaped) whatever happens to the test.
struct Reaped(Child);

impl Drop for Reaped {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn close(what: &str, ours: f64, theirs: f64, tolerance: f64) {
    assert!((ours - theirs).abs() <= tolerance, "{what}: gatherer {ours} vs peer {theirs} (tolerance {tolerance})");
}

fn num(v: &Value, pointer: &str) -> f64 {
    v.pointer(pointer).and_then(Value::as_f64).unwrap_or_else(|| panic!("no number at {pointer} in {v}"))
}

fn int(v: &Value, pointer: &str) -> u64 {
    v.pointer(pointer).and_then(Value::as_u64).unwrap_or_else(|| panic!("no integer at {pointer} in {v}"))
}

/// Which peers this test needs; says which is missing (and fails under
/// GATHERER_REQUIRE_PEERS=1) otherwise.
#[derive(Clone, Copy)]
struct Needs {
    psutil: bool,
    node_exporter: bool,
    lscpu: bool,
    /// A private mount namespace (root, unshare, mount) to show psutil a fixture /sys.
    namespace: bool,
}

fn peers_present(n: Needs) -> bool {
    if n.psutil {
        let ok = Command::new(PYTHON)
            .args(["-c", "import psutil"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            peer_missing("psutil for /usr/bin/python3 (Debian package python3-psutil)");
            return false;
        }
    }
    if n.node_exporter && !Path::new(NODE_EXPORTER).exists() {
        peer_missing("node_exporter (Debian package prometheus-node-exporter)");
        return false;
    }
    if n.lscpu && !have("lscpu") {
        peer_missing("lscpu (Debian package util-linux)");
        return false;
    }
    if n.namespace && !(is_root() && have("unshare") && have("mount") && have("free") && have("df")) {
        peer_missing(
            "root, unshare, mount, free (procps), df (coreutils): peers that read hard-coded paths see the fixture in a private mount namespace",
        );
        return false;
    }
    true
}

// ------------------------------------------------------------------------------------
// psutil
// ------------------------------------------------------------------------------------

/// psutil's view of fixture trees, as JSON. Modes: `windows ROOT...` (every phase, and
/// every window between consecutive phases), `memory ROOT`, `fs ROOT PREFIX` (the mounts
/// under PREFIX and their usage), `temps` and `cpus ROOT` (these two read /sys, which must
/// be the fixture's).
const PSUTIL: &str = r#"
import json, sys, warnings
import psutil
warnings.simplefilter("ignore")  # psutil warns about meminfo/vmstat fields a fixture lacks

def nt(x):
    if hasattr(x, "_asdict"):
        return {k: nt(v) for k, v in x._asdict().items()}
    if isinstance(x, (list, tuple)):
        return [nt(i) for i in x]
    if isinstance(x, dict):
        return {k: nt(v) for k, v in x.items()}
    return x

def at(root):
    psutil.PROCFS_PATH = root + "/proc"

def cpu_names(root):
    # psutil's per-CPU lists are positional, in /proc/stat line order: these are their numbers.
    with open(root + "/proc/stat") as f:
        return [l.split()[0][3:] for l in f if l.startswith("cpu") and l[3:4].isdigit()]

def phase(root):
    at(root)
    return {
        "cpu_times": nt(psutil.cpu_times()),
        "per_cpu_times": dict(zip(cpu_names(root), nt(psutil.cpu_times(percpu=True)))),
        "cpu_stats": nt(psutil.cpu_stats()),
        "boot_time": psutil.boot_time(),
        "net": nt(psutil.net_io_counters(pernic=True, nowrap=False)),
        "net_total": nt(psutil.net_io_counters(pernic=False, nowrap=False)),
        "disks": nt(psutil.disk_io_counters(perdisk=True, nowrap=False)),
    }

def window(a, b):
    at(a)
    t0, p0 = psutil.cpu_times(), psutil.cpu_times(percpu=True)
    old = dict(zip(cpu_names(a), p0))
    at(b)
    names = cpu_names(b)
    p1 = psutil.cpu_times(percpu=True)
    # Exactly what a second non-blocking call does: the earlier sample is psutil's "last".
    psutil._last_cpu_times = psutil._last_cpu_times_2 = t0
    # psutil pairs per-CPU samples by position (zip), which pairs two different CPUs once
    # one went offline; pair them by CPU number instead (psutil's own arithmetic).
    seed = [old.get(n, t) for n, t in zip(names, p1)]
    psutil._last_per_cpu_times = psutil._last_per_cpu_times_2 = seed
    busy, times = psutil.cpu_percent(), nt(psutil.cpu_times_percent())
    per_busy, per_times = psutil.cpu_percent(percpu=True), nt(psutil.cpu_times_percent(percpu=True))
    per = {n: {"cpu_percent": b, "cpu_times_percent": t}
           for n, b, t in zip(names, per_busy, per_times) if n in old}
    return {"cpu_percent": busy, "cpu_times_percent": times, "per_cpu": per}

mode, args = sys.argv[1], sys.argv[2:]
out = {"version": psutil.__version__}
if mode == "windows":
    out["phases"] = [phase(r) for r in args]
    out["windows"] = [window(a, b) for a, b in zip(args, args[1:])]
elif mode == "memory":
    at(args[0])
    out["virtual_memory"] = nt(psutil.virtual_memory())
    out["swap_memory"] = nt(psutil.swap_memory())
elif mode == "temps":
    out["public"] = nt(psutil.sensors_temperatures())
    # The platform layer's tuples, before the public API copies high into a missing
    # critical (and the reverse).
    out["raw"] = nt(psutil._psplatform.sensors_temperatures())
elif mode == "fs":
    at(args[0])
    parts = [p for p in psutil.disk_partitions(all=True) if p.mountpoint.startswith(args[1])]
    out["partitions"] = nt(parts)
    out["usage"] = {p.mountpoint: nt(psutil.disk_usage(p.mountpoint)) for p in parts}
elif mode == "cpus":
    at(args[0])
    out["logical"] = psutil.cpu_count()
    out["cores"] = psutil.cpu_count(logical=False)
print(json.dumps(out))
"#;

/// A command that runs in a private mount namespace (its mounts vanish with it), once
/// the shell `setup` has run there with `setup_args` as $1...; `setup` ends by shifting
/// them away and `exec "$@"`: the program and its arguments, added by the caller.
fn namespaced(setup: &str, setup_args: &[&Path]) -> Command {
    let mut c = Command::new("unshare");
    c.args(["--mount", "--propagation", "private", "sh", "-c", setup, "sh"]).args(setup_args);
    c
}

/// Shows a fixture's sys dir as /sys.
const BIND_SYS: &str = r#"sys=$1; shift; mount --bind "$sys" /sys && exec "$@""#;

/// Run the psutil harness; with `sys`, where the fixture's sys dir is /sys (psutil
/// hard-codes /sys).
fn psutil(sys: Option<&Path>, args: &[&str]) -> Value {
    match sys {
        Some(sys) => psutil_in(namespaced(BIND_SYS, &[sys]), args),
        None => psutil_in(Command::new(PYTHON), args),
    }
}

/// Run the psutil harness with `c`: python itself, or a wrapper that ends in running it.
fn psutil_in(mut c: Command, args: &[&str]) -> Value {
    if c.get_program() != PYTHON {
        c.arg(PYTHON);
    }
    c.env_clear()
        .env("PATH", "/usr/sbin:/usr/bin:/sbin:/bin")
        .env("LC_ALL", "C")
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .arg("-c")
        .arg(PSUTIL)
        .args(args);
    let o = c.output().unwrap();
    assert!(o.status.success(), "psutil harness failed: {}", text(&o));
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("psutil harness output: {e}: {}", text(&o)))
}

/// procps' `free -b -w` on a fixture meminfo: free reads the hard-coded /proc/meminfo, so
/// the fixture file is bound over it in a private mount namespace. Keys: the columns of
/// its Mem line, and swap_total, swap_used, swap_free.
fn free(meminfo: &Path) -> BTreeMap<String, u64> {
    let o = namespaced(r#"mount --bind "$1" /proc/meminfo && exec free -b -w"#, &[meminfo])
        .env("LC_ALL", "C")
        .output()
        .unwrap();
    assert!(o.status.success(), "free: {}", text(&o));
    let out = String::from_utf8(o.stdout).unwrap();
    let mut lines = out.lines();
    let header: Vec<&str> = lines.next().unwrap().split_whitespace().collect();
    let mut columns = BTreeMap::new();
    for line in lines {
        let mut f = line.split_whitespace();
        let (prefix, names) = match f.next() {
            Some("Mem:") => ("", header.clone()),
            Some("Swap:") => ("swap_", vec!["total", "used", "free"]),
            other => panic!("free printed {other:?}: {out}"),
        };
        for (name, v) in names.iter().zip(f) {
            columns.insert(format!("{prefix}{name}"), v.parse().unwrap());
        }
    }
    columns
}

// ------------------------------------------------------------------------------------
// node_exporter
// ------------------------------------------------------------------------------------

/// Samples of one scrape: (name, labels, value).
struct Prom(Vec<(String, BTreeMap<String, String>, f64)>);

impl Prom {
    fn parse(body: &str) -> Prom {
        let mut out = Vec::new();
        for line in body.lines() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let name_end = line.find(['{', ' ']).unwrap_or_else(|| panic!("bad sample line {line:?}"));
            let name = line[..name_end].to_string();
            let mut labels = BTreeMap::new();
            let mut rest = &line[name_end..];
            if let Some(r) = rest.strip_prefix('{') {
                let mut chars = r.char_indices().peekable();
                let end = loop {
                    let (i, c) = chars.next().unwrap_or_else(|| panic!("unterminated labels in {line:?}"));
                    if c == '}' {
                        break i;
                    }
                    if c == ',' || c == ' ' {
                        continue;
                    }
                    let mut key = String::from(c);
                    for (_, c) in chars.by_ref() {
                        if c == '=' {
                            break;
                        }
                        key.push(c);
                    }
                    assert_eq!(chars.next().map(|(_, c)| c), Some('"'), "label value of {line:?}");
                    let mut value = String::new();
                    while let Some((_, c)) = chars.next() {
                        match c {
                            '"' => break,
                            '\\' => match chars.next().map(|(_, c)| c) {
                                Some('n') => value.push('\n'),
                                Some(c) => value.push(c),
                                None => {}
                            },
                            c => value.push(c),
                        }
                    }
                    labels.insert(key, value);
                };
                rest = &r[end + 1..];
            }
            let value = rest.split_whitespace().next().unwrap_or_else(|| panic!("no value in {line:?}"));
            let value: f64 = value.parse().unwrap_or_else(|_| panic!("bad value in {line:?}"));
            out.push((name, labels, value));
        }
        Prom(out)
    }

    fn series<'a>(&'a self, name: &'a str) -> impl Iterator<Item = (&'a BTreeMap<String, String>, f64)> + 'a {
        self.0.iter().filter(move |(n, ..)| n == name).map(|(_, l, v)| (l, *v))
    }

    fn get(&self, name: &str, labels: &[(&str, &str)]) -> Option<f64> {
        self.series(name)
            .find(|(l, _)| {
                l.len() == labels.len() && labels.iter().all(|(k, v)| l.get(*k).map(String::as_str) == Some(*v))
            })
            .map(|(_, v)| v)
    }

    fn must(&self, name: &str, labels: &[(&str, &str)]) -> f64 {
        self.get(name, labels).unwrap_or_else(|| panic!("node_exporter has no {name}{labels:?}"))
    }

    fn assert_success(&self, collectors: &[&str]) {
        for c in collectors {
            assert_eq!(
                self.get("node_scrape_collector_success", &[("collector", c)]),
                Some(1.0),
                "node_exporter's {c} collector failed on the fixture"
            );
        }
    }
}

fn http_get(port: u16, path: &str) -> Result<String, String> {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).map_err(|e| e.to_string())?;
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    write!(s, "GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").map_err(|e| e.to_string())?;
    let mut reply = String::new();
    s.read_to_string(&mut reply).map_err(|e| e.to_string())?;
    let (head, body) = reply.split_once("\r\n\r\n").ok_or("no HTTP header")?;
    if !head.starts_with("HTTP/1.0 200") && !head.starts_with("HTTP/1.1 200") {
        return Err(format!("HTTP status: {head}"));
    }
    Ok(body.to_string())
}

/// node_exporter on a fixture root, listening on a free port of 127.0.0.1.
struct NodeExporter {
    port: u16,
    log: PathBuf,
    _child: Reaped,
}

impl NodeExporter {
    fn start(root: &Path, log: PathBuf) -> NodeExporter {
        Self::start_in(|| Command::new(NODE_EXPORTER), root, log, &[])
    }

    /// `command` gives node_exporter itself, or a wrapper that ends in running it.
    fn start_in(command: impl Fn() -> Command, root: &Path, log: PathBuf, extra: &[&str]) -> NodeExporter {
        for _attempt in 0..5 {
            let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
            let mut c = command();
            if c.get_program() != NODE_EXPORTER {
                c.arg(NODE_EXPORTER);
            }
            let child = c
                .arg(format!("--path.procfs={}", root.join("proc").display()))
                .arg(format!("--path.sysfs={}", root.join("sys").display()))
                .args([
                    "--collector.disable-defaults",
                    "--collector.cpu",
                    "--collector.stat",
                    "--collector.loadavg",
                    "--collector.meminfo",
                    "--collector.netdev",
                    "--no-collector.netdev.netlink",
                    "--collector.hwmon",
                    "--collector.thermal_zone",
                    "--collector.diskstats",
                    "--web.disable-exporter-metrics",
                ])
                .args(extra)
                .arg(format!("--web.listen-address=127.0.0.1:{port}"))
                .env_clear()
                .env("LC_ALL", "C")
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(fs::File::create(&log).unwrap())
                .spawn()
                .unwrap();
            let mut child = Reaped(child);
            let until = Instant::now() + Duration::from_secs(20);
            while Instant::now() < until {
                if child.0.try_wait().unwrap().is_some() {
                    break; // the port was taken meanwhile: another one
                }
                if http_get(port, "/metrics").is_ok() {
                    return NodeExporter { port, log, _child: child };
                }
                std::thread::sleep(Duration::from_millis(50));
            }
        }
        panic!("node_exporter did not come up: {}", fs::read_to_string(&log).unwrap_or_default());
    }

    fn scrape(&self) -> Prom {
        let body = http_get(self.port, "/metrics").unwrap_or_else(|e| {
            panic!("scraping node_exporter: {e}\n{}", fs::read_to_string(&self.log).unwrap_or_default())
        });
        Prom::parse(&body)
    }
}

// ------------------------------------------------------------------------------------
// gatherer
// ------------------------------------------------------------------------------------

/// `gatherer once` on a fixture root; returns its state dir (`<root>.state`).
fn gatherer_once(dir: &Path, root: &Path, collectors: &str) -> PathBuf {
    let state = root.with_extension("state");
    fs::create_dir_all(&state).unwrap();
    let o = gatherer(dir)
        .args(["once", "--collectors", collectors, "--proc-root"])
        .arg(root.join("proc"))
        .arg("--sys-root")
        .arg(root.join("sys"))
        .arg("--state-dir")
        .arg(&state)
        .arg("--diskstats-state")
        .arg(state.join("diskstats.json"))
        .args(["--cpu-interval", "0.2", "--network-interval", "0.2", "--diskstats-interval", "0.2"])
        .output()
        .unwrap();
    assert!(o.status.success(), "gatherer once: {}", text(&o));
    state
}

fn state_of(state: &Path, collector: &str) -> Value {
    let v = json(&state.join(format!("{collector}.json")));
    assert_eq!(v["status"], "ok", "{collector} state: {v}");
    v
}

// ------------------------------------------------------------------------------------
// The "hardware" fixture: a two-socket Xeon with an offline CPU, two NVMe drives, a SATA
// disk with drivetemp, ACPI thermal zones, and a full 6.x meminfo
// ------------------------------------------------------------------------------------

/// A 6.1 kernel's /proc/meminfo (every field it prints, in its order).
const MEMINFO: &str = "MemTotal:       16303412 kB
MemFree:         1234567 kB
MemAvailable:    9876543 kB
Buffers:          456789 kB
Cached:          7654321 kB
SwapCached:        12345 kB
Active:          5432109 kB
Inactive:        6543210 kB
Active(anon):    2345678 kB
Inactive(anon):   345678 kB
Active(file):    3086431 kB
Inactive(file):  6197532 kB
Unevictable:       65432 kB
Mlocked:           32100 kB
SwapTotal:       8388604 kB
SwapFree:        8123456 kB
Zswap:                 0 kB
Zswapped:              0 kB
Dirty:              1234 kB
Writeback:             0 kB
AnonPages:       2654321 kB
Mapped:           876543 kB
Shmem:            234567 kB
KReclaimable:     765432 kB
Slab:            1098765 kB
SReclaimable:     765432 kB
SUnreclaim:       333333 kB
KernelStack:       23456 kB
PageTables:        45678 kB
SecPageTables:         0 kB
NFS_Unstable:          0 kB
Bounce:                0 kB
WritebackTmp:          0 kB
CommitLimit:    16540308 kB
Committed_AS:   12345678 kB
VmallocTotal:   34359738367 kB
VmallocUsed:       98765 kB
VmallocChunk:          0 kB
Percpu:            12345 kB
HardwareCorrupted:     0 kB
AnonHugePages:    204800 kB
ShmemHugePages:        0 kB
ShmemPmdMapped:        0 kB
FileHugePages:         0 kB
FilePmdMapped:         0 kB
CmaTotal:              0 kB
CmaFree:               0 kB
Unaccepted:            0 kB
HugePages_Total:      16
HugePages_Free:        8
HugePages_Rsvd:        2
HugePages_Surp:        0
Hugepagesize:       2048 kB
Hugetlb:           32768 kB
DirectMap4k:      456789 kB
DirectMap2M:    12345678 kB
DirectMap1G:     4194304 kB
";

const MODEL: &str = "Intel(R) Xeon(R) CPU E5-2620 v4 @ 2.10GHz";

/// (cpu, socket, core id) of the 2 sockets × 2 cores × 2 threads; core ids 0 and 4, as
/// Xeons number them (not 0..n), and both sockets have a core 0.
const TOPOLOGY: [(u32, u32, u32); 8] =
    [(0, 0, 0), (1, 0, 4), (2, 1, 0), (3, 1, 4), (4, 0, 0), (5, 0, 4), (6, 1, 0), (7, 1, 4)];
/// Offline (echo 0 > cpu5/online): no topology dir, not in cpuinfo or /proc/stat.
const OFFLINE_CPU: u32 = 5;

fn cpu_mask(cpus: &[u32]) -> String {
    format!("{:02x}", cpus.iter().fold(0u32, |m, c| m | (1 << c)))
}

fn cpu_list(cpus: &[u32]) -> String {
    cpus.iter().map(u32::to_string).collect::<Vec<_>>().join(",")
}

/// /sys/devices/system/cpu and /proc/cpuinfo of the two-socket machine.
fn cpus(root: &Path) {
    let (proc, cpu) = (root.join("proc"), root.join("sys/devices/system/cpu"));
    put(&cpu.join("possible"), "0-7\n");
    put(&cpu.join("present"), "0-7\n");
    put(&cpu.join("online"), "0-4,6-7\n");
    put(&cpu.join("offline"), "5\n");
    put(&cpu.join("kernel_max"), "8191\n");
    let online: Vec<(u32, u32, u32)> = TOPOLOGY.iter().copied().filter(|(c, ..)| *c != OFFLINE_CPU).collect();
    let mut cpuinfo = String::new();
    for (n, socket, core) in TOPOLOGY {
        let dir = cpu.join(format!("cpu{n}"));
        if n != 0 {
            put(&dir.join("online"), if n == OFFLINE_CPU { "0\n" } else { "1\n" });
        }
        if n == OFFLINE_CPU {
            continue;
        }
        // The kernel's sibling masks hold online CPUs only.
        let threads: Vec<u32> = online.iter().filter(|(_, s, c)| (*s, *c) == (socket, core)).map(|t| t.0).collect();
        let package: Vec<u32> = online.iter().filter(|(_, s, _)| *s == socket).map(|t| t.0).collect();
        let t = dir.join("topology");
        put(&t.join("physical_package_id"), &format!("{socket}\n"));
        put(&t.join("die_id"), "0\n");
        put(&t.join("core_id"), &format!("{core}\n"));
        put(&t.join("cluster_id"), &format!("{}\n", core + 100 * socket));
        for (name, set) in [("core_cpus", &threads), ("thread_siblings", &threads), ("cluster_cpus", &threads)] {
            put(&t.join(name), &format!("{}\n", cpu_mask(set)));
            put(&t.join(format!("{name}_list")), &format!("{}\n", cpu_list(set)));
        }
        for name in ["core_siblings", "package_cpus", "die_cpus"] {
            put(&t.join(name), &format!("{}\n", cpu_mask(&package)));
            put(&t.join(format!("{name}_list")), &format!("{}\n", cpu_list(&package)));
        }
        // Turbo Boost Max 3.0: the favoured cores of socket 0 go higher.
        let max_khz = if socket == 0 && core == 0 { 3_200_000 } else { 3_000_000 };
        let f = dir.join("cpufreq");
        put(&f.join("cpuinfo_max_freq"), &format!("{max_khz}\n"));
        put(&f.join("cpuinfo_min_freq"), "1200000\n");
        put(&f.join("scaling_cur_freq"), "2100000\n");
        put(&f.join("scaling_max_freq"), &format!("{max_khz}\n"));
        put(&f.join("scaling_min_freq"), "1200000\n");
        cpuinfo += &format!(
            "processor\t: {n}\nvendor_id\t: GenuineIntel\ncpu family\t: 6\nmodel\t\t: 79\nmodel name\t: {MODEL}\n\
             stepping\t: 1\nmicrocode\t: 0xb000040\ncpu MHz\t\t: 2100.000\ncache size\t: 20480 KB\n\
             physical id\t: {socket}\nsiblings\t: {}\ncore id\t\t: {core}\ncpu cores\t: 2\napicid\t\t: {}\n\
             initial apicid\t: {}\nfpu\t\t: yes\nfpu_exception\t: yes\ncpuid level\t: 20\nwp\t\t: yes\n\
             flags\t\t: fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush dts acpi mmx fxsr sse sse2 ss ht tm pbe syscall nx pdpe1gb rdtscp lm constant_tsc\n\
             bogomips\t: 4200.00\nclflush size\t: 64\ncache_alignment\t: 64\naddress sizes\t: 46 bits physical, 48 bits virtual\npower management:\n\n",
            package.len(),
            socket * 16 + core * 2 + u32::from(n >= 4),
            socket * 16 + core * 2 + u32::from(n >= 4),
        );
    }
    put(&proc.join("cpuinfo"), &cpuinfo);
}

/// One hwmon temperature sensor: number, label ("" for none), input, max, crit, in
/// millidegrees.
type TempSpec<'a> = (u32, &'a str, i64, Option<i64>, Option<i64>);

/// A hwmon chip: `devices/<device>/hwmon/hwmonN` (or `devices/<device>/hwmonN`) holding
/// `name` and the sensors, its `device` link, and `class/hwmon/hwmonN` pointing at it.
fn hwmon(sys: &Path, n: u32, device: &str, under_hwmon: bool, name: &str, sensors: &[TempSpec<'_>]) {
    let rel = if under_hwmon { format!("{device}/hwmon/hwmon{n}") } else { format!("{device}/hwmon{n}") };
    let dir = sys.join("devices").join(&rel);
    put(&dir.join("name"), &format!("{name}\n"));
    let dev_name = Path::new(device).file_name().unwrap().to_str().unwrap();
    link(&format!("{}{dev_name}", if under_hwmon { "../../../" } else { "../../" }), &dir.join("device"));
    for (i, label, input, max, crit) in sensors {
        put(&dir.join(format!("temp{i}_input")), &format!("{input}\n"));
        if !label.is_empty() {
            put(&dir.join(format!("temp{i}_label")), &format!("{label}\n"));
        }
        if let Some(m) = max {
            put(&dir.join(format!("temp{i}_max")), &format!("{m}\n"));
        }
        if let Some(c) = crit {
            put(&dir.join(format!("temp{i}_crit")), &format!("{c}\n"));
            put(&dir.join(format!("temp{i}_crit_alarm")), "0\n");
        }
    }
    link(&format!("../../devices/{rel}"), &sys.join(format!("class/hwmon/hwmon{n}")));
}

/// ACPI thermal zones: zone 0 an acpitz with four trip points (critical, hot, passive,
/// active), zone 1 the package sensor (two passive trips at 0, as x86_pkg_temp has), zone 2
/// a second acpitz with one critical trip point.
fn thermal_zones(sys: &Path) {
    /// (trip point type, millidegrees)
    type Trips = &'static [(&'static str, i64)];
    let zones: [(u32, &str, i64, Trips); 3] = [
        (0, "acpitz", 27800, &[("critical", 105_000), ("hot", 100_000), ("passive", 95_000), ("active", 70_000)]),
        (1, "x86_pkg_temp", 52000, &[("passive", 0), ("passive", 0)]),
        (2, "acpitz", 29800, &[("critical", 119_000)]),
    ];
    for (n, ty, temp, trips) in zones {
        let dir = sys.join(format!("devices/virtual/thermal/thermal_zone{n}"));
        put(&dir.join("type"), &format!("{ty}\n"));
        put(&dir.join("temp"), &format!("{temp}\n"));
        put(&dir.join("policy"), "step_wise\n");
        put(&dir.join("mode"), "enabled\n");
        put(&dir.join("available_policies"), "fair_share bang_bang step_wise user_space\n");
        for (i, (kind, t)) in trips.iter().enumerate() {
            put(&dir.join(format!("trip_point_{i}_type")), &format!("{kind}\n"));
            put(&dir.join(format!("trip_point_{i}_temp")), &format!("{t}\n"));
            put(&dir.join(format!("trip_point_{i}_hyst")), "0\n");
        }
        link(
            &format!("../../devices/virtual/thermal/thermal_zone{n}"),
            &sys.join(format!("class/thermal/thermal_zone{n}")),
        );
    }
}

/// The hwmon chips: acpitz (the thermal zone's own hwmon), two NVMe drives that both call
/// their sensor "Composite", two coretemp sockets that both have a "Core 0", drivetemp, a
/// PCH sensor with no device, a nameless chip.
fn hwmon_chips(sys: &Path) {
    let nvme0 = "pci0000:00/0000:00:1d.0/0000:3d:00.0/nvme/nvme0";
    let nvme1 = "pci0000:00/0000:00:1c.4/0000:3e:00.0/nvme/nvme1";
    let disk = "pci0000:00/0000:00:17.0/ata1/host0/target0:0:0/0:0:0:0";
    hwmon(sys, 0, "virtual/thermal/thermal_zone0", false, "acpitz", &[(1, "", 27800, None, Some(105_000))]);
    hwmon(
        sys,
        1,
        nvme0,
        false,
        "nvme",
        &[
            (1, "Composite", 38850, Some(81850), Some(84850)),
            (2, "Sensor 1", 38850, Some(65_261_850), None),
            (3, "Sensor 2", 45850, Some(65_261_850), None),
        ],
    );
    for (n, socket, base) in [(2u32, 0u32, 45000i64), (3, 1, 52000)] {
        hwmon(
            sys,
            n,
            &format!("platform/coretemp.{socket}"),
            true,
            "coretemp",
            &[
                (1, &format!("Package id {socket}"), base, Some(84000), Some(100_000)),
                (2, "Core 0", base - 2000, Some(84000), Some(100_000)),
                (6, "Core 4", base - 1000, Some(84000), Some(100_000)),
            ],
        );
    }
    hwmon(sys, 4, nvme1, false, "nvme", &[(1, "Composite", 41850, Some(81850), Some(84850))]);
    hwmon(sys, 5, disk, true, "drivetemp", &[(1, "", 33000, Some(60000), Some(70000))]);
    let d = sys.join("devices").join(disk).join("hwmon/hwmon5");
    put(&d.join("temp1_lowest"), "20000\n");
    put(&d.join("temp1_highest"), "45000\n");
    put(&d.join("temp1_min"), "0\n");
    put(&d.join("temp1_lcrit"), "-40000\n");
    // A chip with no device (named by its `name` file), and one with neither (`hwmonN`).
    for (n, name, input) in [(6u32, Some("pch_cannonlake"), 48000), (7, None, 25000)] {
        let dir = sys.join(format!("devices/virtual/hwmon/hwmon{n}"));
        if let Some(name) = name {
            put(&dir.join("name"), &format!("{name}\n"));
        }
        put(&dir.join("temp1_input"), &format!("{input}\n"));
        link(&format!("../../devices/virtual/hwmon/hwmon{n}"), &sys.join(format!("class/hwmon/hwmon{n}")));
    }
}

/// Block devices: /proc/partitions, /sys/class/block (partitions have a `partition`
/// file and sit under their disk), /sys/block, and the mounts.
fn block_devices(root: &Path) {
    let (proc, sys) = (root.join("proc"), root.join("sys"));
    let sata = "devices/pci0000:00/0000:00:17.0/ata1/host0/target0:0:0/0:0:0:0/block";
    let nvme = "devices/pci0000:00/0000:00:1d.0/0000:3d:00.0/nvme/nvme0/nvme0n1";
    /// (major, minor, 1K blocks, name, device dir under sys, partition number)
    type Dev = (u32, u32, u64, &'static str, String, Option<u32>);
    let devs: [Dev; 7] = [
        (259, 0, 500_107_608, "nvme0n1", nvme.to_string(), None),
        (259, 1, 524_288, "nvme0n1p1", format!("{nvme}/nvme0n1p1"), Some(1)),
        (259, 2, 499_582_279, "nvme0n1p2", format!("{nvme}/nvme0n1p2"), Some(2)),
        (8, 0, 3_907_018_584, "sda", format!("{sata}/sda"), None),
        (8, 1, 3_907_017_543, "sda1", format!("{sata}/sda/sda1"), Some(1)),
        (253, 0, 104_857_600, "dm-0", "devices/virtual/block/dm-0".to_string(), None),
        (7, 0, 65_536, "loop0", "devices/virtual/block/loop0".to_string(), None),
    ];
    let mut partitions = String::from("major minor  #blocks  name\n\n");
    for (major, minor, blocks, name, dir, part) in &devs {
        partitions += &format!("{major:4} {minor:7} {blocks:10} {name}\n");
        put(&sys.join(dir).join("dev"), &format!("{major}:{minor}\n"));
        put(&sys.join(dir).join("size"), &format!("{}\n", blocks * 2));
        link(&format!("../../{dir}"), &sys.join("class/block").join(name));
        link(&format!("../../{dir}"), &sys.join(format!("dev/block/{major}:{minor}")));
        match part {
            Some(p) => put(&sys.join(dir).join("partition"), &format!("{p}\n")),
            None => link(&format!("../{dir}"), &sys.join("block").join(name)),
        }
    }
    put(&proc.join("partitions"), &partitions);
    put(&sys.join("devices/virtual/block/dm-0/dm/name"), "vg0-mysql\n");
    let mountinfo = "22 1 259:2 / / rw,relatime shared:1 - ext4 /dev/nvme0n1p2 rw,errors=remount-ro\n\
        23 22 0:21 / /proc rw,nosuid,nodev,noexec,relatime shared:12 - proc proc rw\n\
        24 22 0:22 / /sys rw,nosuid,nodev,noexec,relatime shared:7 - sysfs sysfs rw\n\
        25 22 259:1 / /boot/efi rw,relatime shared:29 - vfat /dev/nvme0n1p1 rw,fmask=0077,dmask=0077\n\
        26 22 8:1 / /srv/data rw,noatime shared:31 - xfs /dev/sda1 rw,attr2,inode64\n\
        27 26 8:1 /backups /var/backups rw,noatime shared:31 - xfs /dev/sda1 rw,attr2,inode64\n\
        28 22 253:0 / /var/lib/mysql rw,relatime shared:33 - ext4 /dev/mapper/vg0-mysql rw\n";
    put(&proc.join("1/mountinfo"), mountinfo);
    put(&proc.join("self/mountinfo"), mountinfo);
}

/// The whole hardware fixture under `root`.
fn hardware(root: &Path) {
    let (proc, sys) = (root.join("proc"), root.join("sys"));
    cpus(root);
    hwmon_chips(&sys);
    thermal_zones(&sys);
    block_devices(root);
    put(&proc.join("meminfo"), MEMINFO);
    put(&proc.join("loadavg"), "0.52 1.25 2.50 3/456 7890\n");
    let mut stat = String::from("cpu  7000 70 3500 700000 700 0 70 0 0 0\n");
    for (n, ..) in TOPOLOGY.iter().filter(|(n, ..)| *n != OFFLINE_CPU) {
        stat += &format!("cpu{n} 1000 10 500 100000 100 0 10 0 0 0\n");
    }
    stat += "intr 123456\nctxt 987654\nbtime 1700000000\nprocesses 4321\nprocs_running 3\nprocs_blocked 1\n";
    put(&proc.join("stat"), &stat);
    put(&proc.join("diskstats"), "259 0 nvme0n1 5 6 7 8 9 10 11 12 0 13 14 15 16 17 18 19 20\n");
    put(
        &proc.join("net/dev"),
        "Inter-|   Receive                                                |  Transmit\n face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed\n    lo: 100 1 0 0 0 0 0 0 100 1 0 0 0 0 0 0\n",
    );
    put(&proc.join("sys/kernel/osrelease"), "6.1.0-18-amd64\n");
    put(&proc.join("sys/kernel/hostname"), "fixture\n");
}

// ------------------------------------------------------------------------------------
// temperatures
// ------------------------------------------------------------------------------------

fn milli(c: f64) -> i64 {
    (c * 1000.0).round() as i64
}

/// A sensor's value as millidegrees, or None.
fn milli_of(v: &Value) -> Option<i64> {
    v.as_f64().map(milli)
}

#[test]
fn temperatures_match_node_exporter_and_psutil() {
    let needs = Needs { psutil: true, node_exporter: true, lscpu: false, namespace: true };
    if !peers_present(needs) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("hw");
    hardware(&root);
    let ne = NodeExporter::start(&root, dir.path().join("node_exporter.log"));
    let prom = ne.scrape();
    prom.assert_success(&["hwmon", "thermal_zone"]);
    let g = state_of(&gatherer_once(dir.path(), &root, "temperatures"), "temperatures");
    assert_eq!(g["errors"], serde_json::json!({}), "every fixture sensor is readable");
    let sensors: BTreeMap<&String, &Value> = g["sensors"].as_object().unwrap().iter().collect();
    let hw: BTreeMap<&String, &Value> =
        sensors.iter().filter(|(_, s)| s["source"] == "hwmon").map(|(k, s)| (*k, *s)).collect();
    let zones: Vec<&Value> = sensors.values().copied().filter(|s| s["source"] == "thermal_zone").collect();

    // --- node_exporter's hwmon collector: the same chips, named the same way. ---
    let mut ne_temps: BTreeMap<String, f64> =
        prom.series("node_hwmon_temp_celsius").map(|(l, v)| (format!("{}/{}", l["chip"], l["sensor"]), v)).collect();
    // node_exporter also scans each chip's `device` dir, and the acpitz chip's device is
    // the thermal zone, whose bare `temp` file it takes for a sensor "temp0". It is not a
    // hwmon attribute (those are tempN_input); gatherer, like psutil, leaves it out.
    let zone0 = prom.must("node_thermal_zone_temp", &[("type", "acpitz"), ("zone", "0")]);
    assert_eq!(
        ne_temps.remove("thermal_thermal_zone0/temp0"),
        Some(zone0),
        "node_exporter's extra temp0 is zone 0's temp"
    );
    assert_eq!(
        hw.keys().map(|k| k.as_str()).collect::<Vec<_>>(),
        ne_temps.keys().map(String::as_str).collect::<Vec<_>>(),
        "the same hwmon sensors, keyed <chip>/<sensor> as node_exporter's labels"
    );
    assert!(ne_temps.len() >= 12, "node_exporter saw {} hwmon temperatures", ne_temps.len());
    for (key, s) in &hw {
        let (chip, sensor) = (s["chip"].as_str().unwrap(), s["sensor"].as_str().unwrap());
        assert_eq!(format!("{chip}/{sensor}"), **key);
        let at = [("chip", chip), ("sensor", sensor)];
        // node_exporter multiplies by 0.001, gatherer divides by 1000: both are the same
        // integer millidegrees (84850 * 0.001 prints 84.85000000000001), compared as such.
        assert_eq!(milli(num(s, "/celsius")), milli(ne_temps[*key]), "{key} celsius");
        assert_eq!(milli_of(&s["max"]), prom.get("node_hwmon_temp_max_celsius", &at).map(milli), "{key} max");
        assert_eq!(milli_of(&s["crit"]), prom.get("node_hwmon_temp_crit_celsius", &at).map(milli), "{key} crit");
        let ne_label = prom
            .series("node_hwmon_sensor_label")
            .find(|(l, _)| l["chip"] == chip && l["sensor"] == sensor)
            .map(|(l, _)| l["label"].clone());
        assert_eq!(s["label"].as_str().map(str::to_string), ne_label, "{key} label");
        let ne_chip_name =
            prom.series("node_hwmon_chip_names").find(|(l, _)| l["chip"] == chip).map(|(l, _)| l["chip_name"].clone());
        assert_eq!(s["chip_name"].as_str().map(str::to_string), ne_chip_name, "{key} chip_name");
    }
    // The fixture's point: sensors with the same label on different chips stay apart.
    for label in ["Core 0", "Composite"] {
        let ne_chips: BTreeSet<String> = prom
            .series("node_hwmon_sensor_label")
            .filter(|(l, _)| l["label"] == label)
            .map(|(l, _)| l["chip"].clone())
            .collect();
        let ours: BTreeSet<String> =
            hw.values().filter(|s| s["label"] == label).map(|s| s["chip"].as_str().unwrap().to_string()).collect();
        assert_eq!(ne_chips.len(), 2, "node_exporter: two chips have a {label:?}: {ne_chips:?}");
        assert_eq!(ours, ne_chips, "{label:?}");
    }

    // --- node_exporter's thermal_zone collector. ---
    let ne_zones: BTreeMap<(String, String), f64> =
        prom.series("node_thermal_zone_temp").map(|(l, v)| ((l["zone"].clone(), l["type"].clone()), v)).collect();
    let our_zones: BTreeMap<(String, String), f64> = zones
        .iter()
        .map(|s| {
            (
                (s["sensor"].as_str().unwrap().to_string(), s["chip_name"].as_str().unwrap().to_string()),
                num(s, "/celsius"),
            )
        })
        .collect();
    assert_eq!(ne_zones.len(), 3, "node_exporter saw {ne_zones:?}");
    assert_eq!(our_zones, ne_zones, "zone temperatures by (zone, type); both divide by 1000");

    // --- psutil (hwmon branch): by the chip's `name`, chips of one name merged. ---
    let ps = psutil(Some(&root.join("sys")), &["temps"]);
    let raw = ps["raw"].as_object().unwrap();
    // (label, current, high = tempN_max, critical = tempN_crit): psutil computes
    // float(text) / 1000 as gatherer does, so the values are compared exactly.
    let entry = |label: &Value, c: &Value, high: &Value, crit: &Value| {
        (label.as_str().unwrap_or("").to_string(), c.as_f64().unwrap(), high.as_f64(), crit.as_f64())
    };
    let mut names = BTreeSet::new();
    for (name, list) in raw {
        names.insert(name.clone());
        let mut theirs: Vec<_> = list.as_array().unwrap().iter().map(|t| entry(&t[0], &t[1], &t[2], &t[3])).collect();
        let mut ours: Vec<_> = hw
            .values()
            .filter(|s| s["chip_name"] == name.as_str())
            .map(|s| entry(&s["label"], &s["celsius"], &s["max"], &s["crit"]))
            .collect();
        theirs.sort_by(|a, b| (&a.0, milli(a.1)).cmp(&(&b.0, milli(b.1))));
        ours.sort_by(|a, b| (&a.0, milli(a.1)).cmp(&(&b.0, milli(b.1))));
        assert_eq!(ours, theirs, "chip name {name}: (label, current, high, critical)");
    }
    let our_names: BTreeSet<String> = hw.values().filter_map(|s| s["chip_name"].as_str().map(str::to_string)).collect();
    assert_eq!(our_names, names, "psutil's chip names");
    // psutil skips a chip without a `name`; gatherer and node_exporter name it hwmonN.
    assert!(hw.values().any(|s| s["chip_name"].is_null() && s["chip"] == "hwmon7"), "the nameless chip");
    let count = |name: &str, label: &str| raw[name].as_array().unwrap().iter().filter(|t| t[0] == label).count();
    assert_eq!(
        (count("coretemp", "Core 0"), count("nvme", "Composite")),
        (2, 2),
        "psutil merges same-named chips: {raw:?}"
    );
    assert_eq!(ps["public"].as_object().unwrap().len(), raw.len());

    // --- psutil's thermal-zone branch runs only where no hwmon sensor exists. ---
    let zroot = dir.path().join("zones");
    thermal_zones(&zroot.join("sys"));
    fs::create_dir_all(zroot.join("proc")).unwrap();
    let zg = state_of(&gatherer_once(dir.path(), &zroot, "temperatures"), "temperatures");
    let zps = psutil(Some(&zroot.join("sys")), &["temps"]);
    let zraw = zps["raw"].as_object().unwrap();
    assert_eq!(zraw.values().map(|l| l.as_array().unwrap().len()).sum::<usize>(), 3, "psutil saw 3 zones: {zraw:?}");
    let mut crits = 0;
    for (ty, list) in zraw {
        // psutil lists zones in path order (thermal_zone0, 1, 2 here: no zone 10).
        let mut ours: Vec<&Value> =
            zg["sensors"].as_object().unwrap().values().filter(|s| s["chip_name"] == ty.as_str()).collect();
        ours.sort_by_key(|s| s["sensor"].as_str().unwrap().parse::<u32>().unwrap());
        let list = list.as_array().unwrap();
        assert_eq!(ours.len(), list.len(), "zones of type {ty}");
        for (s, t) in ours.iter().zip(list) {
            let zone = s["sensor"].as_str().unwrap();
            assert_eq!(s["celsius"].as_f64(), t[1].as_f64(), "zone {zone} ({ty}) temp");
            // psutil looks for a trip point of type "high", which Linux does not have (its
            // types: critical, hot, passive, active): no peer for gatherer's `max` (hot).
            assert_eq!(t[2], Value::Null, "psutil high of zone {zone}");
            // psutil 5.9.4 divides the critical trip point by 1000 once per trip point
            // still to be looked at (the conversion sits inside its loop over a set), so
            // its value is right only for a zone with one trip point.
            let trips = fs::read_dir(zroot.join(format!("sys/class/thermal/thermal_zone{zone}/")))
                .unwrap()
                .filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().ends_with("_type"))
                .count();
            if trips == 1 {
                assert_eq!(s["crit"].as_f64(), t[3].as_f64(), "zone {zone} ({ty}) critical trip point");
                crits += usize::from(t[3].is_number());
            }
        }
    }
    assert_eq!(crits, 1, "a zone's critical trip point was compared");
}

/// Kernels before the hwmon class got its own attributes (2.6.x, e.g. CentOS 6) kept a
/// chip's `name` and `temp*` files in its device's directory: /sys/class/hwmon/hwmon0 has
/// only the `device` link.
#[test]
fn temperatures_in_the_device_dir_of_old_kernels_match_node_exporter_and_psutil() {
    let needs = Needs { psutil: true, node_exporter: true, lscpu: false, namespace: true };
    if !peers_present(needs) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("old");
    let sys = root.join("sys");
    fs::create_dir_all(root.join("proc")).unwrap();
    for socket in 0..2u32 {
        let dev = sys.join(format!("devices/platform/coretemp.{socket}"));
        put(&dev.join("name"), "coretemp\n");
        for (n, label, input) in [(2, "Core 0", 41000 + 5000 * socket), (4, "Core 2", 43000 + 5000 * socket)] {
            put(&dev.join(format!("temp{n}_input")), &format!("{input}\n"));
            put(&dev.join(format!("temp{n}_label")), &format!("{label}\n"));
            put(&dev.join(format!("temp{n}_max")), "85000\n");
            put(&dev.join(format!("temp{n}_crit")), "95000\n");
        }
        let hw = dev.join(format!("hwmon/hwmon{socket}"));
        link(&format!("../../../coretemp.{socket}"), &hw.join("device"));
        link(
            &format!("../../devices/platform/coretemp.{socket}/hwmon/hwmon{socket}"),
            &sys.join(format!("class/hwmon/hwmon{socket}")),
        );
    }
    let ne = NodeExporter::start(&root, dir.path().join("node_exporter.log"));
    let prom = ne.scrape();
    prom.assert_success(&["hwmon"]);
    let g = state_of(&gatherer_once(dir.path(), &root, "temperatures"), "temperatures");
    let sensors = g["sensors"].as_object().unwrap();
    let ne_temps: BTreeMap<String, f64> =
        prom.series("node_hwmon_temp_celsius").map(|(l, v)| (format!("{}/{}", l["chip"], l["sensor"]), v)).collect();
    assert_eq!(ne_temps.len(), 4, "{ne_temps:?}");
    assert_eq!(
        sensors.keys().cloned().collect::<BTreeSet<_>>(),
        ne_temps.keys().cloned().collect::<BTreeSet<_>>(),
        "the same sensors, keyed <chip>/<sensor> as node_exporter's labels"
    );
    for (key, s) in sensors {
        let at = [("chip", s["chip"].as_str().unwrap()), ("sensor", s["sensor"].as_str().unwrap())];
        assert_eq!(milli(num(s, "/celsius")), milli(ne_temps[key]), "{key}");
        assert_eq!(milli_of(&s["max"]), prom.get("node_hwmon_temp_max_celsius", &at).map(milli), "{key} max");
        assert_eq!(milli_of(&s["crit"]), prom.get("node_hwmon_temp_crit_celsius", &at).map(milli), "{key} crit");
    }
    // psutil reads the chip's name where its sensors are (`<dir>/device/name`); gatherer
    // reads those sensors there too, so its chip_name must be that file.
    let ps = psutil(Some(&sys), &["temps"]);
    let raw = ps["raw"].as_object().unwrap();
    assert_eq!(raw.len(), 1, "psutil merges the two sockets under the name it read: {raw:?}");
    let (name, list) = raw.iter().next().unwrap();
    let entry = |label: &Value, c: &Value, high: &Value, crit: &Value| {
        (label.as_str().unwrap_or("").to_string(), c.as_f64().unwrap(), high.as_f64(), crit.as_f64())
    };
    let mut theirs: Vec<_> = list.as_array().unwrap().iter().map(|t| entry(&t[0], &t[1], &t[2], &t[3])).collect();
    let mut ours: Vec<_> = sensors.values().map(|s| entry(&s["label"], &s["celsius"], &s["max"], &s["crit"])).collect();
    theirs.sort_by(|a, b| (&a.0, milli(a.1)).cmp(&(&b.0, milli(b.1))));
    ours.sort_by(|a, b| (&a.0, milli(a.1)).cmp(&(&b.0, milli(b.1))));
    assert_eq!(ours, theirs, "(label, current, high, critical)");
    for (key, s) in sensors {
        assert_eq!(
            s["chip_name"].as_str(),
            Some(name.as_str()),
            "{key}: chip_name, the `name` file beside its sensors"
        );
    }
}

// ------------------------------------------------------------------------------------
// inventory
// ------------------------------------------------------------------------------------

/// A kernel CPU list (`0-4,6,7`) as the CPUs in it.
fn expand_cpu_list(list: &str) -> Vec<u32> {
    let mut out = Vec::new();
    for part in list.trim().split(',').filter(|p| !p.is_empty()) {
        match part.split_once('-') {
            Some((a, b)) => out.extend(a.parse::<u32>().unwrap()..=b.parse::<u32>().unwrap()),
            None => out.push(part.parse().unwrap()),
        }
    }
    out
}

fn util_linux(program: &str, root: &Path, args: &[&str]) -> String {
    let o = Command::new(program).arg("--sysroot").arg(root).args(args).env("LC_ALL", "C").output().unwrap();
    assert!(o.status.success(), "{program} {args:?}: {}", text(&o));
    String::from_utf8(o.stdout).unwrap()
}

#[test]
fn inventory_matches_lscpu_lsblk_and_psutil() {
    let needs = Needs { psutil: true, node_exporter: false, lscpu: true, namespace: true };
    if !peers_present(needs) {
        return;
    }
    if !have("lsblk") {
        return peer_missing("lsblk (Debian package util-linux)");
    }
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("hw");
    hardware(&root);
    let g = state_of(&gatherer_once(dir.path(), &root, "inventory"), "inventory");

    // --- lscpu: its summary (JSON) and its per-CPU table of the online CPUs. ---
    let summary: Value = serde_json::from_str(&util_linux("lscpu", &root, &["-J"])).unwrap();
    let mut fields = BTreeMap::new();
    let mut todo: Vec<&Value> = summary["lscpu"].as_array().unwrap().iter().collect();
    while let Some(f) = todo.pop() {
        fields.insert(
            f["field"].as_str().unwrap().trim_end_matches(':').to_string(),
            f["data"].as_str().unwrap_or("").to_string(),
        );
        todo.extend(f["children"].as_array().into_iter().flatten());
    }
    let table: Vec<(u32, u32, u32)> = util_linux("lscpu", &root, &["-p=CPU,CORE,SOCKET"])
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| {
            let v: Vec<u32> = l.split(',').map(|x| x.parse().unwrap()).collect();
            (v[0], v[1], v[2])
        })
        .collect();
    let online = expand_cpu_list(&fields["On-line CPU(s) list"]);
    assert!(
        !fields.get("Off-line CPU(s) list").map_or(true, String::is_empty),
        "the fixture has an offline CPU: {fields:?}"
    );
    assert_eq!(table.iter().map(|t| t.0).collect::<Vec<_>>(), online, "lscpu -p lists the online CPUs");
    let cores: BTreeSet<(u32, u32)> = table.iter().map(|&(_, core, socket)| (socket, core)).collect();
    let sockets: BTreeSet<u32> = table.iter().map(|t| t.2).collect();
    assert_eq!(int(&g, "/logical_cpus"), online.len() as u64, "CPUs online");
    assert_eq!(int(&g, "/present_cpus"), fields["CPU(s)"].parse::<u64>().unwrap(), "lscpu's CPU(s): present CPUs");
    assert_eq!(int(&g, "/physical_cores"), cores.len() as u64, "distinct (socket, core) of the online CPUs");
    assert_eq!(int(&g, "/sockets"), sockets.len() as u64);
    assert_eq!(int(&g, "/sockets"), fields["Socket(s)"].parse::<u64>().unwrap());
    assert!(sockets.len() == 2 && cores.len() == 4, "two sockets, each with its own core 0: {table:?}");
    assert_eq!(g["cpu_model"].as_str(), Some(fields["Model name"].as_str()));
    assert_eq!(num(&g, "/max_mhz"), fields["CPU max MHz"].parse::<f64>().unwrap(), "the highest cpuinfo_max_freq");

    // --- psutil: cpu_count() (glibc reads /sys/devices/system/cpu/online) and
    // cpu_count(logical=False) (distinct core_cpus_list); memory sizes. ---
    let ps = psutil(Some(&root.join("sys")), &["cpus", root.to_str().unwrap()]);
    assert_eq!(int(&g, "/logical_cpus"), int(&ps, "/logical"), "psutil.cpu_count()");
    assert_eq!(int(&g, "/physical_cores"), int(&ps, "/cores"), "psutil.cpu_count(logical=False)");
    let mem = psutil(None, &["memory", root.to_str().unwrap()]);
    assert_eq!(int(&g, "/memory_bytes"), int(&mem, "/virtual_memory/total"), "memory (psutil)");
    assert_eq!(int(&g, "/swap_bytes"), int(&mem, "/swap_memory/total"), "swap (psutil)");

    // --- lsblk --sysroot: every block device, its size, its disk, where it is mounted. ---
    let tree: Value =
        serde_json::from_str(&util_linux("lsblk", &root, &["-J", "-b", "-o", "KNAME,MAJ:MIN,SIZE,PKNAME,MOUNTPOINTS"]))
            .unwrap();
    let mut lsblk = BTreeMap::new();
    let mut todo: Vec<&Value> = tree["blockdevices"].as_array().unwrap().iter().collect();
    while let Some(d) = todo.pop() {
        let points: BTreeSet<String> =
            d["mountpoints"].as_array().unwrap().iter().filter_map(|m| m.as_str().map(str::to_string)).collect();
        let row = (
            d["maj:min"].as_str().unwrap().to_string(),
            d["size"].as_u64().unwrap(),
            d["pkname"].as_str().map(str::to_string),
            points,
        );
        lsblk.insert(d["kname"].as_str().unwrap().to_string(), row);
        todo.extend(d["children"].as_array().into_iter().flatten());
    }
    let mut ours = BTreeMap::new();
    for p in g["partitions"].as_array().unwrap() {
        let points: BTreeSet<String> =
            p["mountpoints"].as_array().unwrap().iter().map(|m| m.as_str().unwrap().to_string()).collect();
        let row = (
            format!("{}:{}", p["major"], p["minor"]),
            int(p, "/size_bytes"),
            p["disk"].as_str().map(str::to_string),
            points,
        );
        ours.insert(p["name"].as_str().unwrap().to_string(), row);
    }
    assert_eq!(ours, lsblk, "(major:minor, size, disk, mount points) by kernel name");
    assert!(
        lsblk.values().any(|r| r.3.len() == 2) && lsblk.values().filter(|r| r.2.is_some()).count() >= 3,
        "{lsblk:?}"
    );

    // Without topology in sysfs (old kernels, some containers) both fall back to
    // /proc/cpuinfo: psutil sums "cpu cores" per "physical id", gatherer counts the
    // distinct ("physical id", "core id") pairs. (lscpu then reports 0 cores.)
    let bare = dir.path().join("no-topology");
    hardware(&bare);
    for (n, ..) in TOPOLOGY {
        let _ = fs::remove_dir_all(bare.join(format!("sys/devices/system/cpu/cpu{n}/topology")));
    }
    let g = state_of(&gatherer_once(dir.path(), &bare, "inventory"), "inventory");
    let ps = psutil(Some(&bare.join("sys")), &["cpus", bare.to_str().unwrap()]);
    assert_eq!(int(&g, "/physical_cores"), int(&ps, "/cores"), "cores from cpuinfo (psutil)");
    assert_eq!(int(&g, "/logical_cpus"), int(&ps, "/logical"), "CPUs online (psutil)");
}

// ------------------------------------------------------------------------------------
// memory
// ------------------------------------------------------------------------------------

#[test]
fn memory_matches_node_exporter_psutil_and_free() {
    let needs = Needs { psutil: true, node_exporter: true, lscpu: false, namespace: true };
    if !peers_present(needs) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("hw");
    hardware(&root);
    let ne = NodeExporter::start(&root, dir.path().join("node_exporter.log"));
    let prom = ne.scrape();
    prom.assert_success(&["meminfo"]);
    let g = state_of(&gatherer_once(dir.path(), &root, "memory"), "memory");
    let meminfo = g["meminfo"].as_object().unwrap();

    // node_exporter: node_memory_<field> with `(x)` as `_x`, and `_bytes` (×1024) for the
    // fields in kB: each one the same value as gatherer's meminfo[<field>].
    let ne_fields: BTreeMap<&str, f64> =
        prom.0.iter().filter_map(|(n, _, v)| n.strip_prefix("node_memory_").map(|f| (f, *v))).collect();
    assert_eq!(ne_fields.len(), MEMINFO.lines().count(), "node_exporter reads every field");
    assert_eq!(meminfo.len(), ne_fields.len(), "gatherer reads every field: {meminfo:?}");
    for (field, v) in meminfo {
        let name = field.replace('(', "_").replace(')', "");
        let theirs = match (ne_fields.get(format!("{name}_bytes").as_str()), ne_fields.get(name.as_str())) {
            (Some(b), None) => *b,
            (None, Some(n)) => *n,
            other => panic!("{field}: node_exporter has {other:?}"),
        };
        assert_eq!(v.as_u64().unwrap() as f64, theirs, "{field}");
    }

    // psutil.virtual_memory() / swap_memory() of the same file.
    let ps = psutil(None, &["memory", root.to_str().unwrap()]);
    let vm = |f: &str| int(&ps, &format!("/virtual_memory/{f}"));
    assert_eq!(int(&g, "/total"), vm("total"), "total (psutil)");
    assert_eq!(int(&g, "/available"), vm("available"), "available (psutil)");
    assert_eq!(int(&g, "/free"), vm("free"), "free (psutil)");
    assert_eq!(int(&g, "/shared"), vm("shared"), "shared (psutil)");
    // psutil's cached is Cached + SReclaimable, as free(1)'s cache.
    assert_eq!(int(&g, "/buff_cache"), vm("buffers") + vm("cached"), "buff/cache (psutil)");
    // gatherer's used is free(1)'s (total - available), which is psutil's percent's
    // numerator; psutil's own `used` (total - free - buffers - cached) is another definition.
    assert_eq!(int(&g, "/used"), vm("total") - vm("available"), "used = total - available (psutil)");
    close("used_pct (psutil rounds to 0.1)", num(&g, "/used_pct"), num(&ps, "/virtual_memory/percent"), 0.05 + 0.0005);
    for (field, key) in [("Active", "active"), ("Inactive", "inactive"), ("Slab", "slab")] {
        assert_eq!(int(&g, &format!("/meminfo/{field}")), vm(key), "{field}");
    }
    let sw = |f: &str| int(&ps, &format!("/swap_memory/{f}"));
    assert_eq!(
        (int(&g, "/swap_total"), int(&g, "/swap_used"), int(&g, "/swap_free")),
        (sw("total"), sw("used"), sw("free"))
    );
    assert!(sw("used") > 0 && vm("shared") > 0, "non-trivial swap and shmem");

    // procps' free(1), whose definitions gatherer's fields follow.
    let f = free(&root.join("proc/meminfo"));
    let ours = [
        ("total", "/total"),
        ("used", "/used"),
        ("free", "/free"),
        ("shared", "/shared"),
        ("available", "/available"),
        ("swap_total", "/swap_total"),
        ("swap_used", "/swap_used"),
        ("swap_free", "/swap_free"),
    ];
    for (column, pointer) in ours {
        assert_eq!(int(&g, pointer), f[column], "free -b's {column}");
    }
    assert_eq!(int(&g, "/buff_cache"), f["buffers"] + f["cache"], "free -b -w's buffers + cache");
}

/// MemAvailable above MemTotal (seen with lxcfs and some containers): procps 4.0.2's
/// free(1) then takes MemFree as available, and so does psutil.
#[test]
fn memory_with_available_above_total_as_free_and_psutil() {
    let needs = Needs { psutil: true, node_exporter: false, lscpu: false, namespace: true };
    if !peers_present(needs) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("lxc");
    put(
        &root.join("proc/meminfo"),
        "MemTotal:        2097152 kB\nMemFree:          524288 kB\nMemAvailable:    2202009 kB\nBuffers:               0 kB\n\
         Cached:           786432 kB\nSwapCached:            0 kB\nActive:           900000 kB\nInactive:         400000 kB\n\
         SwapTotal:             0 kB\nSwapFree:              0 kB\nShmem:             65536 kB\nSlab:                  0 kB\n\
         SReclaimable:          0 kB\n",
    );
    fs::create_dir_all(root.join("sys")).unwrap();
    let g = state_of(&gatherer_once(dir.path(), &root, "memory"), "memory");
    let ps = psutil(None, &["memory", root.to_str().unwrap()]);
    assert!(int(&g, "/meminfo/MemAvailable") > int(&g, "/total"), "the fixture's point");
    let f = free(&root.join("proc/meminfo"));
    assert_eq!(f["available"], int(&ps, "/virtual_memory/available"), "the two peers agree");
    assert_eq!((int(&g, "/available"), int(&g, "/used")), (f["available"], f["used"]), "free -b's available and used");
    assert_eq!(int(&g, "/available"), int(&ps, "/virtual_memory/available"), "available (procps and psutil: MemFree)");
    assert_eq!(int(&g, "/used"), int(&ps, "/virtual_memory/total") - int(&ps, "/virtual_memory/available"));
    close("used_pct", num(&g, "/used_pct"), num(&ps, "/virtual_memory/percent"), 0.05 + 0.0005);
}

// ------------------------------------------------------------------------------------
// filesystems
// ------------------------------------------------------------------------------------

/// Real filesystems for the fixture's mount table, made in each peer's own private mount
/// namespace, each time the same: tmpfs `fixa` (64 MiB, 4096 inodes, 1 MiB written),
/// tmpfs `fixb` (8 MiB, 512 inodes, 4 KiB written, read-only), `fixa` bound again at
/// `c`, and a proc at `p`. $1 is the directory holding a, b, c and p.
const MOUNT_FS: &str = r#"set -e
m=$1; shift
mount -t tmpfs -o size=64m,nr_inodes=4096 fixa "$m/a"
head -c 1048576 /dev/zero > "$m/a/data"; : > "$m/a/empty"; mkdir "$m/a/sub"
mount -t tmpfs -o size=8m,nr_inodes=512 fixb "$m/b"
head -c 4096 /dev/zero > "$m/b/small"
mount -o remount,ro "$m/b"
mount --bind "$m/a" "$m/c"
mount -t proc proc "$m/p"
exec "$@""#;

#[test]
fn filesystems_match_df_psutil_and_node_exporter() {
    let needs = Needs { psutil: true, node_exporter: true, lscpu: false, namespace: true };
    if !peers_present(needs) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("fs");
    let mnt = dir.path().join("mnt");
    for d in ["a", "b", "c", "p"] {
        fs::create_dir_all(mnt.join(d)).unwrap();
    }
    let m = mnt.to_str().unwrap();
    assert!(!m.contains(char::is_whitespace), "{m}");
    let proc = root.join("proc");
    put(
        &proc.join("1/mountinfo"),
        &format!(
            "22 1 254:0 / / rw,relatime shared:1 - ext4 /dev/vda rw\n\
             95 22 0:43 / {m}/a rw,relatime - tmpfs fixa rw,size=65536k,nr_inodes=4096\n\
             96 22 0:44 / {m}/b ro,relatime - tmpfs fixb ro,size=8192k,nr_inodes=512\n\
             97 22 0:43 / {m}/c rw,relatime - tmpfs fixa rw,size=65536k,nr_inodes=4096\n\
             98 22 0:45 / {m}/p rw,nosuid,nodev,noexec,relatime - proc proc rw\n"
        ),
    );
    let mounts = format!(
        "/dev/vda / ext4 rw,relatime 0 0\nfixa {m}/a tmpfs rw,relatime,size=65536k,nr_inodes=4096 0 0\n\
         fixb {m}/b tmpfs ro,relatime,size=8192k,nr_inodes=512 0 0\nfixa {m}/c tmpfs rw,relatime,size=65536k,nr_inodes=4096 0 0\n\
         proc {m}/p proc rw,nosuid,nodev,noexec,relatime 0 0\n"
    );
    put(&proc.join("1/mounts"), &mounts);
    put(&proc.join("self/mounts"), &mounts);
    put(&proc.join("filesystems"), "nodev\tsysfs\nnodev\ttmpfs\nnodev\tproc\n\text4\n");
    fs::create_dir_all(root.join("sys")).unwrap();

    // gatherer, in its own namespace with the same filesystems.
    let state = root.with_extension("state");
    fs::create_dir_all(&state).unwrap();
    let plain = gatherer(dir.path());
    let mut c = namespaced(MOUNT_FS, &[&mnt]);
    for (k, v) in plain.get_envs() {
        match v {
            Some(v) => c.env(k, v),
            None => c.env_remove(k),
        };
    }
    let o = c
        .arg(bin())
        .args(["once", "--collectors", "filesystems", "--filesystems-only-mounts", m, "--proc-root"])
        .arg(&proc)
        .arg("--sys-root")
        .arg(root.join("sys"))
        .arg("--state-dir")
        .arg(&state)
        .output()
        .unwrap();
    assert!(o.status.success(), "gatherer once: {}", text(&o));
    let g = state_of(&state, "filesystems");
    assert_eq!((g["stuck"].clone(), g["errors"].clone()), (serde_json::json!({}), serde_json::json!({})));
    let ours = g["filesystems"].as_object().unwrap();

    // df -B1 (coreutils), given the mount points: no deduplication of its own.
    let points: Vec<String> = ["a", "b", "c"].iter().map(|d| format!("{m}/{d}")).collect();
    let o = namespaced(MOUNT_FS, &[&mnt])
        .args(["df", "-B1", "--output=source,fstype,size,used,avail,pcent,target,itotal,iused,iavail,ipcent"])
        .args(&points)
        .env("LC_ALL", "C")
        .output()
        .unwrap();
    assert!(o.status.success(), "df: {}", text(&o));
    let df: BTreeMap<String, Vec<String>> = String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .skip(1)
        .map(|l| {
            let f: Vec<String> = l.split_whitespace().map(str::to_string).collect();
            (f[6].clone(), f)
        })
        .collect();
    assert_eq!(df.len(), 3, "{df:?}");

    // node_exporter's filesystem collector, in a namespace of its own.
    let ne = NodeExporter::start_in(
        || {
            let mut c = namespaced(MOUNT_FS, &[&mnt]);
            c.env("LC_ALL", "C");
            c
        },
        &root,
        dir.path().join("node_exporter.log"),
        &["--collector.filesystem"],
    );
    let prom = ne.scrape();
    prom.assert_success(&["filesystem"]);
    let ne_points: BTreeSet<String> = prom
        .series("node_filesystem_size_bytes")
        .map(|(l, _)| l["mountpoint"].clone())
        .filter(|p| p.starts_with(m))
        .collect();

    // psutil: disk_partitions(all=True) of the fixture's mounts, disk_usage of each.
    let ps = psutil_in(namespaced(MOUNT_FS, &[&mnt]), &["fs", root.to_str().unwrap(), m]);

    // Which: the pseudo filesystem is left out by gatherer and node_exporter; the bind
    // mount `c` is the filesystem of `a` again, which gatherer (as df without arguments)
    // reports once, at its first mount point, and node_exporter reports twice.
    let a = format!("{m}/a");
    let c_point = format!("{m}/c");
    assert_eq!(ne_points, points.iter().cloned().collect::<BTreeSet<_>>(), "node_exporter's mounts");
    assert_eq!(
        ours.keys().cloned().collect::<BTreeSet<_>>(),
        ne_points.iter().filter(|p| **p != c_point).cloned().collect::<BTreeSet<_>>()
    );
    for metric in ["node_filesystem_size_bytes", "node_filesystem_avail_bytes", "node_filesystem_files_free"] {
        let of = |p: &str| prom.series(metric).find(|(l, _)| l["mountpoint"] == p).map(|(_, v)| v);
        assert_eq!(of(&c_point), of(&a), "{metric}: c is a's filesystem");
    }
    assert_eq!(ps["partitions"].as_array().unwrap().len(), 4, "psutil lists every mount: {}", ps["partitions"]);

    for (point, f) in ours {
        let row = &df[point];
        let n = |i: usize| row[i].parse::<u64>().unwrap();
        let pct = |i: usize| row[i].trim_end_matches('%').parse::<f64>().unwrap();
        assert_eq!(
            (f["device"].as_str().unwrap(), f["fstype"].as_str().unwrap()),
            (row[0].as_str(), row[1].as_str()),
            "{point}"
        );
        assert_eq!(
            (int(f, "/size"), int(f, "/used"), int(f, "/available")),
            (n(2), n(3), n(4)),
            "{point}: df's size, used, avail"
        );
        assert_eq!(num(f, "/used_pct"), pct(5), "{point}: df's Use% (rounded up)");
        assert_eq!(
            (int(f, "/inodes"), int(f, "/inodes_used"), int(f, "/inodes_free")),
            (n(7), n(8), n(9)),
            "{point}: df's inodes"
        );
        assert_eq!(num(f, "/inodes_used_pct"), pct(10), "{point}: df's IUse%");
        let u = &ps["usage"][point];
        assert_eq!(
            (int(f, "/size"), int(f, "/used"), int(f, "/available")),
            (int(u, "/total"), int(u, "/used"), int(u, "/free")),
            "{point}: psutil.disk_usage"
        );
        let part = ps["partitions"].as_array().unwrap().iter().find(|p| p["mountpoint"] == point.as_str()).unwrap();
        let ro = part["opts"].as_str().unwrap().split(',').any(|o| o == "ro");
        assert_eq!(f["readonly"].as_bool(), Some(ro), "{point}: read-only (psutil's options)");
        let at = [("device", row[0].as_str()), ("fstype", row[1].as_str()), ("mountpoint", point.as_str())];
        assert_eq!(int(f, "/size") as f64, prom.must("node_filesystem_size_bytes", &at), "{point}");
        assert_eq!(int(f, "/available") as f64, prom.must("node_filesystem_avail_bytes", &at), "{point}");
        assert_eq!(
            (int(f, "/size") - int(f, "/used")) as f64,
            prom.must("node_filesystem_free_bytes", &at),
            "{point}: free = size - used"
        );
        assert_eq!(int(f, "/inodes") as f64, prom.must("node_filesystem_files", &at), "{point}");
        assert_eq!(int(f, "/inodes_free") as f64, prom.must("node_filesystem_files_free", &at), "{point}");
        assert_eq!(
            f["readonly"].as_bool().map(|r| if r { 1.0 } else { 0.0 }),
            prom.get("node_filesystem_readonly", &at),
            "{point}"
        );
    }
    assert!(ours.values().any(|f| f["readonly"] == true) && ours.values().all(|f| int(f, "/used") > 0), "{ours:?}");
}

// ------------------------------------------------------------------------------------
// Windows: cpu, network and diskstats over fixture states t0 → t1 → ..., gatherer running
// ------------------------------------------------------------------------------------

const MODES: [&str; 10] =
    ["user", "nice", "system", "idle", "iowait", "irq", "softirq", "steal", "guest", "guest_nice"];
/// node_exporter's modes of node_cpu_seconds_total (the guest ones are their own family).
const NE_MODES: [&str; 8] = ["user", "nice", "system", "idle", "iowait", "irq", "softirq", "steal"];
/// /proc/net/dev's columns: gatherer's counter names and node_exporter's metric keys.
const NET: [(&str, &str); 16] = [
    ("rx_bytes", "receive_bytes"),
    ("rx_packets", "receive_packets"),
    ("rx_errors", "receive_errs"),
    ("rx_dropped", "receive_drop"),
    ("rx_fifo", "receive_fifo"),
    ("rx_frame", "receive_frame"),
    ("rx_compressed", "receive_compressed"),
    ("rx_multicast", "receive_multicast"),
    ("tx_bytes", "transmit_bytes"),
    ("tx_packets", "transmit_packets"),
    ("tx_errors", "transmit_errs"),
    ("tx_dropped", "transmit_drop"),
    ("tx_fifo", "transmit_fifo"),
    ("tx_collisions", "transmit_colls"),
    ("tx_carrier", "transmit_carrier"),
    ("tx_compressed", "transmit_compressed"),
];
/// The counters psutil has (and gatherer's rates): gatherer's name, psutil's.
const PS_NET: [(&str, &str); 8] = [
    ("rx_bytes", "bytes_recv"),
    ("rx_packets", "packets_recv"),
    ("rx_errors", "errin"),
    ("rx_dropped", "dropin"),
    ("tx_bytes", "bytes_sent"),
    ("tx_packets", "packets_sent"),
    ("tx_errors", "errout"),
    ("tx_dropped", "dropout"),
];

/// One state of the fixture's changing files.
#[derive(Clone)]
struct Phase {
    /// Columns of the cpu lines: 8 (kernels 2.6.11 to 2.6.23, up to steal) or 10.
    cols: usize,
    /// The online CPUs' ticks, in MODES order.
    cpus: BTreeMap<u32, [u64; 10]>,
    /// Offline CPUs: no line of their own, still summed in the `cpu` line (the kernel sums
    /// every possible CPU there).
    offline: BTreeMap<u32, [u64; 10]>,
    ctxt: u64,
    intr: u64,
    forks: u64,
    running: u64,
    blocked: u64,
    /// Interfaces: name, ifindex, physical, the 16 counters.
    net: Vec<(&'static str, u64, bool, [u64; 16])>,
    /// Block devices: major, minor, name, a whole physical disk (`/sys/block/NAME/device`),
    /// the counters after the name (11, 15 or 17 of them: 14, 18 or 20 fields).
    disks: Vec<(u32, u32, &'static str, bool, Vec<u64>)>,
}

impl Phase {
    fn total(&self) -> [u64; 10] {
        let mut t = [0; 10];
        for c in self.cpus.values().chain(self.offline.values()) {
            for (t, c) in t.iter_mut().zip(c) {
                *t += c;
            }
        }
        t
    }

    fn stat(&self) -> String {
        let line = |name: &str, t: &[u64; 10]| {
            format!("{name} {}\n", t[..self.cols].iter().map(u64::to_string).collect::<Vec<_>>().join(" "))
        };
        let mut s = line("cpu ", &self.total());
        for (n, t) in &self.cpus {
            s += &line(&format!("cpu{n}"), t);
        }
        s + &format!(
            "intr {} 9 0 0 0 0 0 0 0 1 0 0 0 0\nctxt {}\nbtime 1700000000\nprocesses {}\nprocs_running {}\nprocs_blocked {}\n\
             softirq 5000 1 2 3 4 5 6 7 8 9 10\n",
            self.intr, self.ctxt, self.forks, self.running, self.blocked
        )
    }

    fn net_dev(&self) -> String {
        let mut s = String::from(
            "Inter-|   Receive                                                |  Transmit\n face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed\n",
        );
        for (name, _, _, c) in &self.net {
            s += &format!("{name:>6}: {}\n", c.iter().map(u64::to_string).collect::<Vec<_>>().join(" "));
        }
        s
    }

    fn diskstats(&self) -> String {
        let mut s = String::new();
        for (major, minor, name, _, v) in &self.disks {
            s +=
                &format!("{major:4} {minor:7} {name} {}\n", v.iter().map(u64::to_string).collect::<Vec<_>>().join(" "));
        }
        s
    }

    fn cpu(&mut self, n: u32, d: [i64; 10]) {
        let t = self.cpus.get_mut(&n).unwrap();
        for (t, d) in t.iter_mut().zip(d) {
            *t = t.checked_add_signed(d).unwrap();
        }
    }

    fn iface(&mut self, name: &str, d: [u64; 16]) {
        let (.., c) = self.net.iter_mut().find(|i| i.0 == name).unwrap();
        for (c, d) in c.iter_mut().zip(d) {
            *c += d;
        }
    }

    fn disk(&mut self, name: &str, d: &[u64]) {
        let (.., v) = self.disks.iter_mut().find(|i| i.2 == name).unwrap();
        assert_eq!(v.len(), d.len(), "{name}");
        for (v, d) in v.iter_mut().zip(d) {
            *v += d;
        }
    }

    /// The next phase: counters grow, by `k` for what must differ from phase to phase.
    fn next(&self, k: u64) -> Phase {
        let mut p = self.clone();
        p.ctxt += 12_345 + k;
        p.intr += 54_321 + k;
        p.forks += 37 + k;
        p.running = 1 + k % 3;
        p.blocked = k % 2;
        p.iface("lo", [10_000 + 1_000 * k, 80, 0, 0, 0, 0, 0, 0, 10_000 + 1_000 * k, 80, 0, 0, 0, 0, 0, 0]);
        p.iface("eth0", [1_500_000, 1_100, 1, 2, 0, 1, 0, 10, 300_000, 800, 0, 1, 0, 0, 0, 0]);
        // sda's read await is 2 + k/2 ms in window k.
        let ios = 100 + 20 * k;
        let sda: Vec<u64> = [
            ios,
            10,
            ios * 16,
            ios * (4 + k) / 2,
            50 + 10 * k,
            5,
            (50 + 10 * k) * 8,
            (50 + 10 * k) * 3,
            0,
            400,
            900 + 100 * k,
        ]
        .into_iter()
        .chain([3, 0, 2048, 4, 7, 9])
        .take(self.disks.iter().find(|d| d.2 == "sda").unwrap().4.len())
        .collect();
        p.disk("sda", &sda);
        let (.., sda_now) = p.disks.iter_mut().find(|d| d.2 == "sda").unwrap();
        sda_now[8] = k % 3; // in flight: a gauge
        p
    }
}

/// The fixture's own consistency: the `cpu` line is comparable between psutil (which
/// clamps each field's delta at 0 against the previous raw sample) and gatherer (which
/// keeps counters monotonic, as node_exporter): only iowait ever goes down there, and
/// once it has, it never rises again; every window has at least 1 s of CPU time per CPU
/// (psutil's cpu_times_percent does not normalise a smaller one).
fn check_fixture(phases: &[Phase]) {
    let mut dipped = false;
    for w in phases.windows(2) {
        let (a, b) = (w[0].total(), w[1].total());
        for (i, mode) in MODES.iter().enumerate() {
            if *mode == "iowait" {
                assert!(!(dipped && b[i] > a[i]), "aggregate iowait rises again after going down");
                dipped |= b[i] < a[i];
            } else {
                assert!(b[i] >= a[i], "aggregate {mode} goes down");
            }
        }
        for (n, t) in &w[1].cpus {
            if let Some(o) = w[0].cpus.get(n) {
                let all: i64 = (0..8).map(|i| (t[i] as i64 - o[i] as i64).max(0)).sum();
                assert!(all >= 100 || o[3] > t[3] + 300, "cpu{n}: {all} ticks in a window");
            }
        }
    }
}

/// A modern kernel (10 cpu columns, diskstats lines of 14, 18 and 20 fields) through:
/// t1 iowait going down (cpu0, and so the total), t2 cpu2 offline, t3 cpu2 back with
/// restarted counters, t4 cpu1 offline and back between two samples (its idle drops by
/// 22 s); the network: eth1 re-created (new ifindex, counters from 0) at t2, wlan0's
/// counters reset by its driver at t3, ppp0 new at t3; the disks: sdc hot-plugged at t2,
/// nvme0n1 removed and re-added at t3.
///
/// The CPU that goes offline is not the last one: node_exporter resets every CPU's
/// counters when the number of cpu lines changes (it pads a gap with a zero CPU instead),
/// which would undo cpu0's clamped iowait on its side only.
fn modern_kernel() -> Vec<Phase> {
    let t0 = Phase {
        cols: 10,
        cpus: BTreeMap::from([
            (0, [10_000, 200, 5_000, 500_000, 3_000, 100, 400, 50, 1_000, 20]),
            (1, [300, 10, 200, 1_500, 100, 5, 20, 3, 50, 1]),
            (2, [150, 0, 80, 900, 20, 0, 5, 0, 0, 0]),
            (3, [7_000, 0, 3_500, 530_000, 500, 20, 100, 10, 0, 0]),
        ]),
        offline: BTreeMap::new(),
        ctxt: 4_000_000,
        intr: 9_000_000,
        forks: 50_000,
        running: 1,
        blocked: 0,
        net: vec![
            ("lo", 1, false, [5_000_000, 40_000, 0, 0, 0, 0, 0, 0, 5_000_000, 40_000, 0, 0, 0, 0, 0, 0]),
            (
                "eth0",
                2,
                true,
                [9_876_543_210, 12_345_678, 3, 120, 0, 1, 0, 4_567, 1_234_567_890, 2_345_678, 0, 0, 0, 0, 0, 0],
            ),
            ("eth1", 3, false, [123_456, 789, 0, 0, 0, 0, 0, 0, 654_321, 987, 0, 0, 0, 0, 0, 0]),
            ("wlan0", 4, true, [55_555_555, 66_666, 7, 8, 0, 2, 0, 99, 11_111_111, 22_222, 1, 0, 0, 3, 2, 0]),
        ],
        disks: vec![
            (
                8,
                0,
                "sda",
                true,
                vec![
                    120_000, 3_000, 9_600_000, 240_000, 80_000, 5_000, 6_400_000, 400_000, 2, 300_000, 650_000, 100, 0,
                    80_000, 50, 2_000, 3_000,
                ],
            ),
            (
                8,
                1,
                "sda1",
                false,
                vec![
                    110_000, 2_000, 9_000_000, 200_000, 70_000, 4_000, 6_000_000, 300_000, 0, 250_000, 500_000, 90, 0,
                    70_000, 40, 0, 0,
                ],
            ),
            (8, 16, "sdb", true, vec![11, 12, 13, 14, 15, 16, 17, 18, 0, 20, 21]),
            (
                259,
                0,
                "nvme0n1",
                true,
                vec![
                    500_000, 0, 40_000_000, 100_000, 300_000, 0, 24_000_000, 200_000, 0, 150_000, 300_000, 1_000, 0,
                    2_000_000, 500,
                ],
            ),
            (
                259,
                1,
                "nvme0n1p1",
                false,
                vec![
                    400_000, 0, 32_000_000, 90_000, 250_000, 0, 20_000_000, 150_000, 0, 120_000, 240_000, 800, 0,
                    1_600_000, 400,
                ],
            ),
            (
                253,
                0,
                "dm-0",
                false,
                vec![60_000, 0, 4_800_000, 50_000, 40_000, 0, 3_200_000, 90_000, 0, 70_000, 140_000, 0, 0, 0, 0, 0, 0],
            ),
            (7, 0, "loop0", false, vec![1_000, 0, 8_000, 100, 0, 0, 0, 0, 0, 50, 100, 0, 0, 0, 0, 0, 0]),
        ],
    };
    let grow = |p: &mut Phase| {
        p.iface("eth1", [20_000, 30, 0, 0, 0, 0, 0, 0, 40_000, 50, 0, 0, 0, 0, 0, 0]);
        p.iface("wlan0", [250_000, 300, 0, 1, 0, 0, 0, 2, 50_000, 90, 0, 0, 0, 0, 0, 0]);
        p.disk("sdb", &[5, 0, 40, 10, 3, 0, 24, 6, 0, 30, 16]);
        p.disk("nvme0n1", &[300, 0, 2_400, 60, 200, 0, 1_600, 80, 0, 100, 140, 5, 0, 4_096, 2]);
        p.disk("nvme0n1p1", &[300, 0, 2_400, 60, 200, 0, 1_600, 80, 0, 100, 140, 5, 0, 4_096, 2]);
        p.disk("dm-0", &[40, 0, 320, 30, 20, 0, 160, 40, 0, 50, 70, 0, 0, 0, 0, 0, 0]);
        p.disk("sda1", &[90, 5, 1_440, 200, 40, 4, 320, 100, 0, 300, 300, 2, 0, 1_024, 2, 0, 0]);
        if p.disks.iter().any(|d| d.2 == "sdc") {
            p.disk("sdc", &[20, 0, 160, 30, 10, 0, 80, 20, 1, 50, 60, 0, 0, 0, 0, 1, 1]);
        }
        if p.net.iter().any(|i| i.0 == "ppp0") {
            p.iface("ppp0", [3_000, 4, 0, 0, 0, 0, 0, 0, 2_000, 3, 0, 0, 0, 0, 0, 0]);
        }
    };
    let mut t1 = t0.next(1);
    grow(&mut t1);
    t1.cpu(0, [120, 5, 40, 150, -200, 2, 3, 5, 20, 1]); // iowait goes down
    t1.cpu(1, [60, 0, 30, 200, 10, 1, 2, 1, 10, 0]);
    t1.cpu(2, [20, 0, 10, 150, 5, 0, 1, 0, 0, 0]);
    t1.cpu(3, [40, 0, 20, 220, 20, 0, 1, 0, 0, 0]);
    let mut t2 = t1.next(2);
    grow(&mut t2);
    let cpu2 = t2.cpus.remove(&2).unwrap(); // offline
    t2.offline.insert(2, cpu2);
    t2.cpu(0, [100, 0, 50, 200, 0, 1, 2, 3, 10, 0]);
    t2.cpu(1, [80, 10, 40, 180, 0, 0, 1, 0, 0, 0]);
    t2.cpu(3, [90, 0, 30, 210, 0, 1, 1, 2, 0, 0]);
    let eth1 = t2.net.iter_mut().find(|i| i.0 == "eth1").unwrap();
    (eth1.1, eth1.3) = (7, [2_000, 5, 0, 0, 0, 0, 0, 0, 1_000, 4, 0, 0, 0, 0, 0, 0]); // re-created
    t2.disks.push((8, 32, "sdc", true, vec![10, 0, 80, 5, 5, 0, 40, 3, 0, 8, 8, 0, 0, 0, 0, 0, 0])); // hot-plugged
    let mut t3 = t2.next(3);
    grow(&mut t3);
    t3.offline.clear();
    t3.cpus.insert(2, [10, 0, 5, 40, 0, 0, 1, 0, 0, 0]); // back, counters restarted
    t3.cpu(0, [100, 0, 60, 400, 0, 1, 3, 2, 10, 0]);
    t3.cpu(1, [90, 0, 50, 380, 0, 0, 2, 1, 0, 0]);
    t3.cpu(3, [85, 0, 40, 420, 0, 0, 2, 0, 0, 0]);
    t3.net.iter_mut().find(|i| i.0 == "wlan0").unwrap().3 = [1_000, 10, 0, 0, 0, 0, 0, 0, 500, 5, 0, 0, 0, 0, 0, 0];
    t3.net.push(("ppp0", 9, false, [100, 1, 0, 0, 0, 0, 0, 0, 80, 1, 0, 0, 0, 0, 0, 0])); // a new interface
    t3.disks.iter_mut().find(|d| d.2 == "nvme0n1").unwrap().4 =
        vec![40, 0, 320, 8, 10, 0, 80, 4, 0, 12, 12, 0, 0, 0, 0];
    let mut t4 = t3.next(4);
    grow(&mut t4);
    t4.cpus.insert(1, [20, 0, 10, 50, 0, 0, 1, 0, 0, 0]); // offline and back within the window
    t4.cpu(0, [250, 25, 150, 900, 0, 4, 10, 6, 70, 2]);
    t4.cpu(2, [150, 0, 100, 800, 0, 0, 8, 0, 0, 0]);
    t4.cpu(3, [200, 0, 120, 700, 0, 4, 10, 0, 0, 0]);
    vec![t0, t1, t2, t3, t4]
}

/// A 2.6.2x kernel: 8 cpu columns (no guest), diskstats lines of 14 fields only.
fn old_kernel() -> Vec<Phase> {
    let t0 = Phase {
        cols: 8,
        cpus: BTreeMap::from([
            (0, [5_000, 100, 2_000, 300_000, 1_000, 50, 200, 30, 0, 0]),
            (1, [4_000, 50, 1_500, 310_000, 800, 20, 100, 10, 0, 0]),
        ]),
        offline: BTreeMap::new(),
        ctxt: 700_000,
        intr: 800_000,
        forks: 9_000,
        running: 2,
        blocked: 0,
        net: vec![
            ("lo", 1, false, [700_000, 7_000, 0, 0, 0, 0, 0, 0, 700_000, 7_000, 0, 0, 0, 0, 0, 0]),
            (
                "eth0",
                2,
                true,
                [3_000_000_000, 4_000_000, 0, 5, 0, 0, 0, 100, 2_000_000_000, 3_000_000, 0, 0, 0, 7, 0, 0],
            ),
        ],
        disks: vec![
            (
                8,
                0,
                "sda",
                true,
                vec![50_000, 1_000, 4_000_000, 90_000, 30_000, 2_000, 2_400_000, 150_000, 1, 100_000, 240_000],
            ),
            (
                8,
                1,
                "sda1",
                false,
                vec![49_000, 900, 3_900_000, 89_000, 29_000, 1_900, 2_300_000, 140_000, 0, 99_000, 229_000],
            ),
            (9, 0, "md0", false, vec![10_000, 0, 800_000, 0, 5_000, 0, 400_000, 0, 0, 0, 0]),
        ],
    };
    let mut t1 = t0.next(1);
    t1.cpu(0, [150, 5, 60, 250, 20, 3, 4, 6, 0, 0]);
    t1.cpu(1, [100, 0, 40, 300, 10, 1, 2, 2, 0, 0]);
    t1.disk("md0", &[20, 0, 160, 0, 10, 0, 80, 0, 0, 0, 0]);
    vec![t0, t1]
}

/// The proc files of a phase under `root/proc`.
fn write_proc(root: &Path, p: &Phase) {
    let proc = root.join("proc");
    put(&proc.join("stat"), &p.stat());
    put(&proc.join("net/dev"), &p.net_dev());
    put(&proc.join("diskstats"), &p.diskstats());
    put(&proc.join("loadavg"), "0.52 1.25 2.50 3/456 7890\n");
}

/// The sys side of the interfaces and disks that `p` has and `root` has not yet: network
/// interfaces (ifindex, type, a device for physical ones) and the whole disks in
/// /sys/block (a `device` for physical ones; partitions are not there).
fn add_sys(root: &Path, p: &Phase) {
    let sys = root.join("sys");
    for (i, (name, ifindex, physical, _)) in p.net.iter().enumerate() {
        let dir = sys.join("class/net").join(name);
        if dir.exists() {
            continue;
        }
        put(&dir.join("ifindex"), &format!("{ifindex}\n"));
        put(&dir.join("type"), if *name == "lo" { "772\n" } else { "1\n" });
        if *physical {
            let dev = format!("devices/pci0000:00/0000:00:1{i}.0");
            fs::create_dir_all(sys.join(&dev)).unwrap();
            link(&format!("../../../{dev}"), &dir.join("device"));
        }
    }
    for (_, _, name, physical, _) in &p.disks {
        if p.disks.iter().any(|d| d.2 != *name && name.starts_with(d.2)) {
            continue; // a partition
        }
        let dir = sys.join("block").join(name);
        if dir.exists() {
            continue;
        }
        fs::create_dir_all(&dir).unwrap();
        if *physical {
            let dev = format!("devices/pci0000:00/0000:00:17.0/{name}");
            fs::create_dir_all(sys.join(&dev)).unwrap();
            link(&format!("../../{dev}"), &dir.join("device"));
        }
    }
    fs::create_dir_all(sys.join("devices/system/cpu")).unwrap();
}

/// What every peer and gatherer said at every phase.
struct Run {
    cpu: Vec<Value>,
    net: Vec<Value>,
    disk: Vec<Value>,
    ne: Vec<Prom>,
    psutil: Value,
}

/// Run gatherer (`run`, 1 s intervals) on a live fixture tree that goes through `phases`;
/// at each phase, scrape node_exporter once and keep each collector's first state file
/// showing that phase (its window is from the phase before). Then psutil on copies of
/// every phase.
fn run_phases(dir: &Path, phases: &[Phase]) -> Run {
    check_fixture(phases);
    // SAFETY: sysconf has no preconditions.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    assert_eq!(hz, 100, "node_exporter divides ticks by a hard-coded USER_HZ of 100, gatherer by CLK_TCK");
    let live = dir.join("live");
    for (k, p) in phases.iter().enumerate() {
        write_proc(&dir.join(format!("t{k}")), p);
    }
    write_proc(&live, &phases[0]);
    add_sys(&live, &phases[0]);
    let ne = NodeExporter::start(&live, dir.join("node_exporter.log"));
    let state = dir.join("state");
    fs::create_dir_all(&state).unwrap();
    let log = dir.join("gatherer.log");
    let child = gatherer(dir)
        .args(["run", "--collectors", "cpu,network,diskstats", "--proc-root"])
        .arg(live.join("proc"))
        .arg("--sys-root")
        .arg(live.join("sys"))
        .arg("--state-dir")
        .arg(&state)
        .arg("--diskstats-state")
        .arg(state.join("diskstats.json"))
        .args(["--cpu-interval", "1", "--network-interval", "1", "--diskstats-interval", "1"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(fs::File::create(&log).unwrap())
        .spawn()
        .unwrap();
    let mut child = Reaped(child);
    let read = |name: &str| -> Option<Value> { serde_json::from_slice(&fs::read(state.join(name)).ok()?).ok() };
    let mut run = Run { cpu: Vec::new(), net: Vec::new(), disk: Vec::new(), ne: Vec::new(), psutil: Value::Null };
    for (k, p) in phases.iter().enumerate() {
        if k > 0 {
            let proc = live.join("proc");
            add_sys(&live, p);
            // The new ifindex first: an interface is never seen re-created with old counters
            // that then go down.
            for (name, ifindex, ..) in &p.net {
                if phases[k - 1].net.iter().any(|i| i.0 == *name && i.1 != *ifindex) {
                    swap_in(&live.join(format!("sys/class/net/{name}/ifindex")), &format!("{ifindex}\n"));
                }
            }
            swap_in(&proc.join("stat"), &p.stat());
            swap_in(&proc.join("net/dev"), &p.net_dev());
            swap_in(&proc.join("diskstats"), &p.diskstats());
        }
        run.ne.push(ne.scrape());
        let lo_rx = p.net.iter().find(|i| i.0 == "lo").unwrap().3[0];
        // The diskstats window from t(k-1): the first state after the one kept for t(k-1)
        // that shows any I/O (the windows in between, within t(k-1), show none).
        let previous_disk = run.disk.last().cloned();
        let window_of_k = |v: &Value| match &previous_disk {
            None => true,
            Some(before) => {
                v != before
                    && v["disks"].as_object().is_some_and(|d| {
                        d.values().any(|w| w.as_object().is_some_and(|w| w.values().any(|x| x.as_f64() != Some(0.0))))
                    })
            }
        };
        let (mut cpu, mut net, mut disk) = (None, None, None);
        let until = Instant::now() + Duration::from_secs(15);
        while cpu.is_none() || net.is_none() || disk.is_none() {
            if Instant::now() > until || child.0.try_wait().unwrap().is_some() {
                panic!(
                    "gatherer's samples of phase t{k}: cpu {}, network {}, diskstats {}\nlast states:\n{:?}\n{:?}\n{:?}\nlog:\n{}",
                    cpu.is_some(),
                    net.is_some(),
                    disk.is_some(),
                    read("cpu.json"),
                    read("network.json"),
                    read("diskstats.json"),
                    fs::read_to_string(&log).unwrap_or_default()
                );
            }
            cpu = cpu.or_else(|| read("cpu.json").filter(|v| v["context_switches"] == p.ctxt));
            net = net.or_else(|| {
                read("network.json").filter(|v| v.pointer("/interfaces/lo/counters/rx_bytes") == Some(&lo_rx.into()))
            });
            disk = disk.or_else(|| read("diskstats.json").filter(window_of_k));
            std::thread::sleep(Duration::from_millis(10));
        }
        run.cpu.push(cpu.unwrap());
        run.net.push(net.unwrap());
        run.disk.push(disk.unwrap());
    }
    // SAFETY: kill(2) on our own child.
    unsafe { libc::kill(child.0.id() as i32, libc::SIGTERM) };
    let until = Instant::now() + Duration::from_secs(10);
    while child.0.try_wait().unwrap().is_none() && Instant::now() < until {
        std::thread::sleep(Duration::from_millis(20));
    }
    let roots: Vec<String> = (0..phases.len()).map(|k| dir.join(format!("t{k}")).display().to_string()).collect();
    let mut args = vec!["windows"];
    args.extend(roots.iter().map(String::as_str));
    run.psutil = psutil(None, &args);
    run
}

/// A rate's tolerance: gatherer rounds it (to 3 decimals, or 2 for disks) and divides by
/// the exact elapsed time, which it reports rounded to the microsecond (a relative error
/// below 1e-6 for windows above 0.5 s).
fn rate_tolerance(rate: f64, decimals: i32) -> f64 {
    0.5 * 10f64.powi(-decimals) + rate.abs() * 1e-6 + 1e-9
}

/// psutil's percentages are rounded to 1 decimal, gatherer's to 3.
const PCT_TOLERANCE: f64 = 0.05 + 0.0005 + 1e-9;

fn cpus_of(v: &Value) -> BTreeSet<u32> {
    v.as_object().unwrap().keys().map(|k| k.parse().unwrap()).collect()
}

fn compare_cpu(phases: &[Phase], run: &Run) {
    let ps = &run.psutil;
    let mut restarts = 0;
    let mut running_max: BTreeMap<String, f64> = BTreeMap::new();
    for (k, g) in run.cpu.iter().enumerate() {
        let (ne, pp) = (&run.ne[k], &ps["phases"][k]);
        let ours = cpus_of(&g["per_cpu_seconds"]);
        assert_eq!(ours, cpus_of(&pp["per_cpu_times"]), "t{k}: the online CPUs (psutil)");
        assert_eq!(int(g, "/cpus"), ours.len() as u64, "t{k}");
        // node_exporter: counters kept monotonic the same way (a mode that goes back keeps
        // its value; a CPU whose idle drops by 3 s or more restarts from its new values).
        let ne_cpus: BTreeSet<u32> =
            ne.series("node_cpu_seconds_total").map(|(l, _)| l["cpu"].parse().unwrap()).collect();
        for c in ne_cpus.difference(&ours) {
            // node_exporter fills a gap in the CPU numbers (an offline cpu2 with cpu3
            // online) with an all-zero CPU; gatherer lists the online CPUs only.
            assert!(*c < *ne_cpus.iter().max().unwrap(), "t{k}: node_exporter's cpu{c} is not a gap");
            for mode in NE_MODES {
                assert_eq!(
                    ne.must("node_cpu_seconds_total", &[("cpu", &c.to_string()), ("mode", mode)]),
                    0.0,
                    "t{k}: gap cpu{c}"
                );
            }
        }
        assert!(ours.is_subset(&ne_cpus), "t{k}: {ours:?} vs node_exporter {ne_cpus:?}");
        for c in &ours {
            let cpu = c.to_string();
            for mode in NE_MODES {
                let theirs = ne.must("node_cpu_seconds_total", &[("cpu", &cpu), ("mode", mode)]);
                // Both are ticks / 100.0 (node_exporter's USER_HZ, this machine's CLK_TCK).
                assert_eq!(num(g, &format!("/per_cpu_seconds/{cpu}/{mode}")), theirs, "t{k} cpu{cpu} {mode}");
            }
            for (mode, ours) in [("user", "guest"), ("nice", "guest_nice")] {
                let theirs = ne.must("node_cpu_guest_seconds_total", &[("cpu", &cpu), ("mode", mode)]);
                assert_eq!(num(g, &format!("/per_cpu_seconds/{cpu}/{ours}")), theirs, "t{k} cpu{cpu} guest {mode}");
            }
            if k == 0 {
                // Nothing went back yet: psutil's raw times are gatherer's.
                for mode in MODES {
                    let theirs = pp["per_cpu_times"][&cpu][mode].as_f64().unwrap_or(0.0); // 8 columns: no guest
                    assert_eq!(
                        num(g, &format!("/per_cpu_seconds/{cpu}/{mode}")),
                        theirs,
                        "t0 cpu{cpu} {mode} (psutil)"
                    );
                }
            }
        }
        // The `cpu` line, which node_exporter does not export: psutil's raw times made
        // monotonic (node_exporter's rule, which gatherer follows; the fixture's total never
        // loses 3 s of idle).
        for mode in MODES {
            let raw = pp["cpu_times"][mode].as_f64().unwrap_or(0.0);
            let m = running_max.entry(mode.to_string()).or_insert(raw);
            *m = m.max(raw);
            assert_eq!(num(g, &format!("/seconds/{mode}")), *m, "t{k} total {mode} (psutil, kept monotonic)");
        }
        // /proc/stat's other lines, and loadavg.
        let stats = &pp["cpu_stats"];
        assert_eq!(int(g, "/context_switches"), int(stats, "/ctx_switches"), "t{k}");
        assert_eq!(int(g, "/context_switches") as f64, ne.must("node_context_switches_total", &[]));
        assert_eq!(int(g, "/interrupts"), int(stats, "/interrupts"), "t{k}");
        assert_eq!(int(g, "/interrupts") as f64, ne.must("node_intr_total", &[]));
        assert_eq!(int(g, "/forks") as f64, ne.must("node_forks_total", &[]));
        assert_eq!(int(g, "/procs_running") as f64, ne.must("node_procs_running", &[]));
        assert_eq!(int(g, "/procs_blocked") as f64, ne.must("node_procs_blocked", &[]));
        assert_eq!(int(g, "/boot_time") as f64, num(pp, "/boot_time"));
        assert_eq!(int(g, "/boot_time") as f64, ne.must("node_boot_time_seconds", &[]));
        for l in ["load1", "load5", "load15"] {
            assert_eq!(num(g, &format!("/{l}")), ne.must(&format!("node_{l}"), &[]), "t{k} {l}");
        }
        if k == 0 {
            assert_eq!(g["percent"], Value::Null, "no percentages from one sample");
            continue;
        }

        // --- The window t(k-1) → t(k): psutil's cpu_percent and cpu_times_percent. ---
        let w = &ps["windows"][k - 1];
        let interval = num(g, "/interval_s");
        let p = &g["percent"];
        close(&format!("t{k} busy_pct"), num(p, "/busy_pct"), num(w, "/cpu_percent"), PCT_TOLERANCE);
        let times = w["cpu_times_percent"].as_object().unwrap();
        assert!(times.len() >= 8, "{times:?}");
        for (mode, theirs) in times {
            close(&format!("t{k} {mode} %"), num(p, &format!("/{mode}")), theirs.as_f64().unwrap(), PCT_TOLERANCE);
        }
        // Active (collectd's: everything but idle) is 100 - psutil's idle share.
        close(
            &format!("t{k} active_pct"),
            num(p, "/active_pct"),
            100.0 - num(w, "/cpu_times_percent/idle"),
            PCT_TOLERANCE,
        );
        let per = g["per_cpu_percent"].as_object().unwrap();
        let mut expected = BTreeSet::new();
        for (cpu, theirs) in w["per_cpu"].as_object().unwrap() {
            let old = num(&ps["phases"][k - 1], &format!("/per_cpu_times/{cpu}/idle"));
            let new = num(pp, &format!("/per_cpu_times/{cpu}/idle"));
            if old - new >= 3.0 {
                // Offline and back between the samples, counters restarted: gatherer (as
                // node_exporter) starts this CPU afresh and it sits this window out; psutil
                // clamps every delta to 0 and has nothing meaningful to say.
                restarts += 1;
                assert!(!per.contains_key(cpu), "t{k} cpu{cpu} restarted: no percentages");
                continue;
            }
            expected.insert(cpu.clone());
            let ours = &per[cpu];
            close(
                &format!("t{k} cpu{cpu} busy_pct"),
                num(ours, "/busy_pct"),
                num(theirs, "/cpu_percent"),
                PCT_TOLERANCE,
            );
            for (mode, v) in theirs["cpu_times_percent"].as_object().unwrap() {
                close(
                    &format!("t{k} cpu{cpu} {mode} %"),
                    num(ours, &format!("/{mode}")),
                    v.as_f64().unwrap(),
                    PCT_TOLERANCE,
                );
            }
        }
        // A CPU that came back (cpu2 at t3) has no earlier sample in psutil either.
        assert_eq!(per.keys().cloned().collect::<BTreeSet<_>>(), expected, "t{k}: CPUs with percentages");
        let before = &ps["phases"][k - 1];
        let delta = |p: &str| num(pp, p) - num(before, p);
        let rate = |p: &str| num(g, p);
        let ctx = delta("/cpu_stats/ctx_switches") / interval;
        close(&format!("t{k} context_switches_per_s"), rate("/context_switches_per_s"), ctx, rate_tolerance(ctx, 3));
        let intr = delta("/cpu_stats/interrupts") / interval;
        close(&format!("t{k} interrupts_per_s"), rate("/interrupts_per_s"), intr, rate_tolerance(intr, 3));
        let forks = (run.ne[k].must("node_forks_total", &[]) - run.ne[k - 1].must("node_forks_total", &[])) / interval;
        close(&format!("t{k} forks_per_s"), rate("/forks_per_s"), forks, rate_tolerance(forks, 3));
    }
    let offline_seen = phases.iter().any(|p| !p.offline.is_empty());
    if offline_seen {
        assert!(restarts > 0, "the fixture restarts a CPU in place");
    }
}

fn compare_network(run: &Run) {
    let ps = &run.psutil;
    let (mut resets, mut new) = (0, 0);
    for (k, g) in run.net.iter().enumerate() {
        let (ne, pp) = (&run.ne[k], &ps["phases"][k]);
        let ifaces = g["interfaces"].as_object().unwrap();
        assert_eq!(
            ifaces.keys().collect::<Vec<_>>(),
            pp["net"].as_object().unwrap().keys().collect::<BTreeSet<_>>().into_iter().collect::<Vec<_>>(),
            "t{k} interfaces (psutil)"
        );
        let ne_devices: BTreeSet<String> =
            ne.series("node_network_receive_bytes_total").map(|(l, _)| l["device"].clone()).collect();
        // Debian's node_exporter leaves lo out (--collector.netdev.device-exclude=^lo$).
        let ours_no_lo: BTreeSet<String> = ifaces.keys().filter(|n| *n != "lo").cloned().collect();
        assert_eq!(ne_devices, ours_no_lo, "t{k} interfaces (node_exporter)");
        let mut sum_no_lo = [0.0f64; 16];
        for (name, i) in ifaces {
            for (ours, theirs) in PS_NET {
                assert_eq!(
                    int(i, &format!("/counters/{ours}")),
                    int(&pp["net"][name], &format!("/{theirs}")),
                    "t{k} {name} {ours} (psutil)"
                );
            }
            if name == "lo" {
                assert_eq!(i["loopback"], true);
                continue;
            }
            for (j, (ours, key)) in NET.iter().enumerate() {
                let theirs = ne.must(&format!("node_network_{key}_total"), &[("device", name)]);
                assert_eq!(int(i, &format!("/counters/{ours}")) as f64, theirs, "t{k} {name} {ours} (node_exporter)");
                sum_no_lo[j] += theirs;
            }
        }
        for (ours, theirs) in PS_NET {
            assert_eq!(
                int(g, &format!("/total/counters/{ours}")),
                int(pp, &format!("/net_total/{theirs}")),
                "t{k} total {ours}"
            );
        }
        for (j, (ours, _)) in NET.iter().enumerate() {
            assert_eq!(
                int(g, &format!("/total_without_loopback/counters/{ours}")) as f64,
                sum_no_lo[j],
                "t{k} total without lo {ours}"
            );
        }
        if k == 0 {
            continue;
        }
        // --- Rates over the window. ---
        let interval = num(g, "/interval_s");
        let before = &ps["phases"][k - 1]["net"];
        let mut sum = [0.0f64; 8];
        for (name, i) in ifaces {
            let Some(old) = before.get(name) else {
                assert_eq!(i["per_second"], Value::Null, "t{k} {name} is new");
                new += 1;
                continue;
            };
            // A reset: some counter went down (psutil's, or node_exporter's 16).
            let mut reset =
                PS_NET.iter().any(|(_, t)| int(&pp["net"][name], &format!("/{t}")) < int(old, &format!("/{t}")));
            if name != "lo" {
                reset |= NET.iter().any(|(_, key)| {
                    let m = format!("node_network_{key}_total");
                    ne.must(&m, &[("device", name)]) < run.ne[k - 1].must(&m, &[("device", name)])
                });
            }
            if reset {
                resets += 1;
                assert_eq!(i["per_second"], Value::Null, "t{k} {name}: counters went down, no rate");
                continue;
            }
            for (j, (ours, theirs)) in PS_NET.iter().enumerate() {
                let r =
                    (int(&pp["net"][name], &format!("/{theirs}")) - int(old, &format!("/{theirs}"))) as f64 / interval;
                close(
                    &format!("t{k} {name} {ours}/s"),
                    num(i, &format!("/per_second/{ours}")),
                    r,
                    rate_tolerance(r, 3),
                );
                sum[j] += r;
            }
        }
        for (j, (ours, _)) in PS_NET.iter().enumerate() {
            close(
                &format!("t{k} total {ours}/s"),
                num(g, &format!("/total/per_second/{ours}")),
                sum[j],
                rate_tolerance(sum[j], 3) * 5.0,
            );
        }
    }
    if run.net.len() > 2 {
        assert!(resets >= 2 && new > 0, "the fixture re-creates an interface, resets another, adds one");
    }
}

fn compare_diskstats(run: &Run, live_sys: &Path) {
    let ps = &run.psutil;
    let (mut resets, mut new) = (0, 0);
    for (k, g) in run.disk.iter().enumerate().skip(1) {
        let (ne, pp, before) = (&run.ne[k], &ps["phases"][k]["disks"], &ps["phases"][k - 1]["disks"]);
        let interval = num(g, "/interval_s");
        let disks = g["disks"].as_object().unwrap();
        // gatherer reports the whole disks backed by hardware: of node_exporter's devices
        // (its default leaves partitions, loop and ram devices out), those with a
        // /sys/block/NAME/device (dm-0 and md0 have none).
        let ne_devices: BTreeSet<String> = ne.series("node_disk_info").map(|(l, _)| l["device"].clone()).collect();
        let physical: BTreeSet<String> =
            ne_devices.iter().filter(|d| live_sys.join("block").join(d).join("device").exists()).cloned().collect();
        assert!(physical.len() < ne_devices.len() && !physical.is_empty(), "t{k}: {ne_devices:?}");
        let mut expected = BTreeSet::new();
        for name in &physical {
            if before.get(name).is_none() {
                // Hot-plugged: no window before its second sample.
                assert!(!disks.contains_key(name), "t{k} {name} is new: no window yet");
                new += 1;
                continue;
            }
            let d = |f: &str| int(&pp[name], &format!("/{f}")) as i64 - int(&before[name], &format!("/{f}")) as i64;
            if d("read_count") < 0 || d("write_count") < 0 {
                // Removed and re-added: the disk sits the window out (iostat would print
                // nonsense from its unsigned subtraction).
                resets += 1;
                assert!(!disks.contains_key(name), "t{k} {name}: counters went down, no window");
                continue;
            }
            expected.insert(name.clone());
            let ours = &disks[name];
            let per_s = |x: i64| x as f64 / interval;
            let check = |what: &str, theirs: f64| {
                close(
                    &format!("t{k} {name} {what}"),
                    num(ours, &format!("/{what}")),
                    theirs,
                    rate_tolerance(theirs, 2),
                );
            };
            check("r_s", per_s(d("read_count")));
            check("w_s", per_s(d("write_count")));
            check("rkb_s", per_s(d("read_bytes")) / 1024.0);
            check("wkb_s", per_s(d("write_bytes")) / 1024.0);
            let await_ms = |t: i64, n: i64| if n > 0 { t as f64 / n as f64 } else { 0.0 };
            check("r_await_ms", await_ms(d("read_time"), d("read_count")));
            check("w_await_ms", await_ms(d("write_time"), d("write_count")));
            check("util_pct", (per_s(d("busy_time")) / 1000.0 * 100.0).min(100.0));
            // The weighted time is not in psutil: node_exporter's (ms × 0.001).
            let m = "node_disk_io_time_weighted_seconds_total";
            let weighted = ne.must(m, &[("device", name)]) - run.ne[k - 1].must(m, &[("device", name)]);
            check("aqu_sz", weighted / interval);
        }
        assert_eq!(disks.keys().cloned().collect::<BTreeSet<_>>(), expected, "t{k}: disks with a window");
        assert!(disks.values().all(|d| num(d, "/util_pct") > 0.0 || num(d, "/r_s") > 0.0), "t{k}: every disk had I/O");
    }
    if run.disk.len() > 2 {
        assert!(resets > 0 && new > 0, "the fixture re-adds a disk and hot-plugs one");
    }
}

#[test]
fn windows_on_a_modern_kernel_match_psutil_and_node_exporter() {
    let needs = Needs { psutil: true, node_exporter: true, lscpu: false, namespace: false };
    if !peers_present(needs) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let phases = modern_kernel();
    let run = run_phases(dir.path(), &phases);
    // diskstats lines of 20, 18 and 14 fields: node_exporter exports 17, 15 and 11 figures.
    let ne = &run.ne[0];
    let has = |m: &str, d: &str| ne.get(m, &[("device", d)]).is_some();
    assert!(has("node_disk_flush_requests_total", "sda") && has("node_disk_discards_completed_total", "nvme0n1"));
    assert!(!has("node_disk_flush_requests_total", "nvme0n1") && !has("node_disk_discards_completed_total", "sdb"));
    assert!(has("node_disk_io_time_weighted_seconds_total", "sdb"));
    compare_cpu(&phases, &run);
    compare_network(&run);
    compare_diskstats(&run, &dir.path().join("live/sys"));
}

#[test]
fn windows_on_an_old_kernel_match_psutil_and_node_exporter() {
    let needs = Needs { psutil: true, node_exporter: true, lscpu: false, namespace: false };
    if !peers_present(needs) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let phases = old_kernel();
    let run = run_phases(dir.path(), &phases);
    // 8 columns: psutil has no guest times at all; 14-field lines: no discards.
    assert!(run.psutil["phases"][0]["cpu_times"].get("guest").is_none(), "psutil saw the 8 columns");
    assert!(run.ne[0].series("node_disk_discards_completed_total").next().is_none());
    compare_cpu(&phases, &run);
    compare_network(&run);
    compare_diskstats(&run, &dir.path().join("live/sys"));
}

// ------------------------------------------------------------------------------------
// pressure, kernel tables, network link state, timex: node_exporter's families, series
// for series
// ------------------------------------------------------------------------------------

/// `gatherer once` on a fixture root with the node_* families in a textfile: its scrape.
fn gatherer_exposition(dir: &Path, root: &Path, collectors: &str) -> Prom {
    let prom = dir.join("gatherer.prom");
    let o = gatherer(dir)
        .args(["once", "--collectors", collectors, "--network-interval", "0.2", "--proc-root"])
        .arg(root.join("proc"))
        .arg("--sys-root")
        .arg(root.join("sys"))
        .arg("--state-dir")
        .arg(dir.join("state"))
        .arg("--prometheus-textfile")
        .arg(&prom)
        .arg("--prometheus-textfile-node")
        .output()
        .unwrap();
    assert!(o.status.success(), "gatherer once: {}", text(&o));
    Prom::parse(&fs::read_to_string(&prom).unwrap())
}

/// Both scrapes have the same series of `family`, value for value; returns how many.
fn same_series(family: &str, ours: &Prom, theirs: &Prom) -> usize {
    let set = |p: &Prom| -> BTreeMap<String, f64> { p.series(family).map(|(l, v)| (format!("{l:?}"), v)).collect() };
    let (a, b) = (set(ours), set(theirs));
    assert_eq!(a, b, "{family}: gatherer vs node_exporter");
    a.len()
}

/// A host with PSI (irq too), 3000 of 9000 file handles, the entropy pool, conntrack
/// loaded, and four interfaces: up with a known speed, up with an unknown one (-1),
/// down (carrier and speed refused, so missing), and the loopback.
fn tables_and_links(root: &Path) {
    let p = root.join("proc");
    put(
        &p.join("pressure/cpu"),
        "some avg10=43.87 avg60=50.44 avg300=42.70 total=3309329856\nfull avg10=0.00 avg60=0.00 avg300=0.00 total=0\n",
    );
    put(&p.join("pressure/io"), "some avg10=0.13 avg60=2.10 avg300=1.96 total=299641432\nfull avg10=0.00 avg60=0.21 avg300=0.38 total=164335286\n");
    put(
        &p.join("pressure/memory"),
        "some avg10=0.00 avg60=0.06 avg300=0.03 total=182760\nfull avg10=0.00 avg60=0.02 avg300=0.00 total=73836\n",
    );
    put(&p.join("pressure/irq"), "full avg10=0.00 avg60=0.00 avg300=0.00 total=12345\n");
    put(&p.join("sys/fs/file-nr"), "3000\t0\t9000\n");
    put(&p.join("sys/kernel/random/entropy_avail"), "256\n");
    put(&p.join("sys/kernel/random/poolsize"), "256\n");
    put(&p.join("sys/net/netfilter/nf_conntrack_count"), "1234\n");
    put(&p.join("sys/net/netfilter/nf_conntrack_max"), "262144\n");
    put(
        &p.join("net/stat/nf_conntrack"),
        "entries  searched found new invalid ignore delete delete_list insert insert_failed drop early_drop icmp_error  expect_new expect_create expect_delete search_restart\n\
         000004d2  00000000 00000000 00000000 00000003 0000588a 00000000 00000000 00000000 00000000 00000000 00000000 00000000  00000000 00000000 00000000 00000000\n",
    );
    let line = |n: &str| format!("{n}: 100 1 0 0 0 0 0 0 200 2 0 0 0 0 0 0\n");
    put(
        &p.join("net/dev"),
        &format!(
            "Inter-|   Receive |  Transmit\n face |bytes packets|bytes packets\n{}{}{}{}",
            line("lo"),
            line("eth0"),
            line("eth1"),
            line("wg0")
        ),
    );
    let net = root.join("sys/class/net");
    // (name, operstate, carrier, mtu, speed, address, broadcast, duplex, ifalias, type)
    let links = [
        ("lo", "unknown", Some("1"), "65536", None, "00:00:00:00:00:00", "00:00:00:00:00:00", None, "", "772"),
        (
            "eth0",
            "up",
            Some("1"),
            "1500",
            Some("1000"),
            "52:54:00:12:34:56",
            "ff:ff:ff:ff:ff:ff",
            Some("full"),
            "uplink",
            "1",
        ),
        (
            "eth1",
            "up",
            Some("1"),
            "1400",
            Some("-1"),
            "02:fc:00:00:00:01",
            "ff:ff:ff:ff:ff:ff",
            Some("unknown"),
            "",
            "1",
        ),
        ("wg0", "down", None, "1420", None, "", "", None, "", "65534"),
    ];
    for (name, oper, carrier, mtu, speed, address, broadcast, duplex, alias, kind) in links {
        let d = net.join(name);
        put(&d.join("operstate"), &format!("{oper}\n"));
        put(&d.join("mtu"), &format!("{mtu}\n"));
        put(&d.join("address"), &format!("{address}\n"));
        put(&d.join("broadcast"), &format!("{broadcast}\n"));
        put(&d.join("ifalias"), &format!("{alias}\n"));
        put(&d.join("type"), &format!("{kind}\n"));
        if let Some(c) = carrier {
            put(&d.join("carrier"), &format!("{c}\n"));
        }
        if let Some(s) = speed {
            put(&d.join("speed"), &format!("{s}\n"));
        }
        if let Some(x) = duplex {
            put(&d.join("duplex"), &format!("{x}\n"));
        }
    }
}

#[test]
fn pressure_kernel_tables_and_link_state_match_node_exporter() {
    let needs = Needs { psutil: false, node_exporter: true, lscpu: false, namespace: false };
    if !peers_present(needs) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("host");
    tables_and_links(&root);
    let extra = [
        "--collector.pressure",
        "--collector.filefd",
        "--collector.entropy",
        "--collector.conntrack",
        "--collector.netclass",
    ];
    let ne = NodeExporter::start_in(|| Command::new(NODE_EXPORTER), &root, dir.path().join("ne.log"), &extra);
    let theirs = ne.scrape();
    theirs.assert_success(&["pressure", "filefd", "entropy", "conntrack", "netclass"]);
    let ours = gatherer_exposition(dir.path(), &root, "pressure,kernel,network");
    let families = [
        ("node_pressure_cpu_waiting_seconds_total", 1),
        ("node_pressure_io_waiting_seconds_total", 1),
        ("node_pressure_io_stalled_seconds_total", 1),
        ("node_pressure_memory_waiting_seconds_total", 1),
        ("node_pressure_memory_stalled_seconds_total", 1),
        ("node_filefd_allocated", 1),
        ("node_filefd_maximum", 1),
        ("node_entropy_available_bits", 1),
        ("node_entropy_pool_size_bits", 1),
        ("node_nf_conntrack_entries", 1),
        ("node_nf_conntrack_entries_limit", 1),
        ("node_network_up", 4),
        ("node_network_carrier", 3),
        ("node_network_mtu_bytes", 4),
        ("node_network_speed_bytes", 2),
        ("node_network_info", 4),
    ];
    for (family, n) in families {
        assert_eq!(same_series(family, &ours, &theirs), n, "{family}: series compared");
    }
    assert_eq!(theirs.must("node_network_speed_bytes", &[("device", "eth1")]), -125000.0, "unknown speed");
    // node_exporter 1.5 has no irq pressure; later ones name it so.
    assert_eq!(ours.get("node_pressure_irq_stalled_seconds_total", &[]), Some(0.012345));
}

/// adjtimex has no fixture: gatherer and node_exporter ask the same running kernel.
#[test]
fn timex_matches_node_exporter_on_this_host() {
    let needs = Needs { psutil: false, node_exporter: true, lscpu: false, namespace: false };
    if !peers_present(needs) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("host");
    fs::create_dir_all(root.join("proc")).unwrap();
    fs::create_dir_all(root.join("sys")).unwrap();
    let ne = NodeExporter::start_in(
        || Command::new(NODE_EXPORTER),
        &root,
        dir.path().join("ne.log"),
        &["--collector.timex", "--collector.time"],
    );
    let theirs = ne.scrape();
    theirs.assert_success(&["timex", "time"]);
    let ours = gatherer_exposition(dir.path(), &root, "timex");
    for family in [
        "node_timex_sync_status",
        "node_timex_status",
        "node_timex_tick_seconds",
        "node_timex_tai_offset_seconds",
        "node_timex_loop_time_constant",
        "node_timex_pps_shift_seconds",
        "node_timex_pps_calibration_total",
        "node_timex_pps_error_total",
        "node_timex_pps_jitter_total",
        "node_timex_pps_stability_exceeded_total",
        "node_timex_pps_frequency_hertz",
        "node_timex_pps_stability_hertz",
        "node_timex_pps_jitter_seconds",
    ] {
        assert_eq!(same_series(family, &ours, &theirs), 1, "{family}");
    }
    // These move while the two ask (an NTP daemon slews the clock; the error grows by
    // 500 µs a second while unsynchronised): close, not equal.
    for (family, tolerance) in [
        ("node_timex_frequency_adjustment_ratio", 1e-6),
        ("node_timex_maxerror_seconds", 0.05),
        ("node_timex_estimated_error_seconds", 0.05),
        ("node_timex_offset_seconds", 0.01),
        ("node_time_seconds", 30.0),
    ] {
        close(family, ours.must(family, &[]), theirs.must(family, &[]), tolerance);
    }
}

// ------------------------------------------------------------------------------------
// proctable: node_exporter's processes collector, on a process table of a fixture
// ------------------------------------------------------------------------------------

/// A `stat` line of a 6.x kernel (52 fields).
fn stat_line(pid: u32, comm: &str, state: char, threads: u32) -> String {
    format!(
        "{pid} ({comm}) {state} 1 {pid} {pid} 0 -1 4194560 100 0 0 0 10 5 0 0 20 0 {threads} 0 500 1000000 200 \
         18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n"
    )
}

/// A fixture process: (pid, name, state, [(tid, its own state)]).
type Process = (u32, &'static str, char, &'static [(u32, char)]);

/// Processes in six states, threads in seven: a name with `) S (` in it, a main thread
/// whose own task file disagrees with its process (both count the process's state), a
/// process without a task directory, one whose files are gone (exited mid-walk), and
/// the `self` link.
#[test]
fn process_table_matches_node_exporter() {
    let needs = Needs { psutil: false, node_exporter: true, lscpu: false, namespace: false };
    if !peers_present(needs) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("host");
    let p = root.join("proc");
    fs::create_dir_all(root.join("sys")).unwrap();
    put(&p.join("sys/kernel/pid_max"), "4194304\n");
    put(&p.join("sys/kernel/threads-max"), "95846\n");
    let table: [Process; 7] = [
        (1, "systemd", 'S', &[(1, 'S')]),
        (100, "kworker/0:1", 'I', &[(100, 'I')]),
        (200, "app", 'R', &[(200, 'S'), (201, 'S'), (202, 'D')]),
        (300, "defunct", 'Z', &[(300, 'Z')]),
        (400, "a) S (b", 'T', &[(400, 'T'), (401, 't')]),
        (500, "notask", 'S', &[]),
        (600, "blocked", 'D', &[(600, 'D'), (601, 'R'), (602, 'S'), (603, 'S')]),
    ];
    for (pid, name, state, tasks) in table {
        let n = if tasks.is_empty() { 1 } else { tasks.len() as u32 };
        put(&p.join(format!("{pid}/stat")), &stat_line(pid, name, state, n));
        for &(tid, s) in tasks {
            put(&p.join(format!("{pid}/task/{tid}/stat")), &stat_line(tid, name, s, n));
        }
    }
    fs::create_dir_all(p.join("700/task/700")).unwrap();
    link("1", &p.join("self"));
    let ne = NodeExporter::start_in(
        || Command::new(NODE_EXPORTER),
        &root,
        dir.path().join("ne.log"),
        &["--collector.processes"],
    );
    let theirs = ne.scrape();
    theirs.assert_success(&["processes"]);
    let ours = gatherer_exposition(dir.path(), &root, "proctable");
    for (family, n) in [
        ("node_processes_pids", 1),
        ("node_processes_threads", 1),
        ("node_processes_max_processes", 1),
        ("node_processes_max_threads", 1),
        ("node_processes_state", 6),
        ("node_processes_threads_state", 7),
    ] {
        assert_eq!(same_series(family, &ours, &theirs), n, "{family}: series compared");
    }
    assert_eq!(ours.must("node_processes_pids", &[]), 7.0);
    assert_eq!(ours.must("node_processes_threads", &[]), 13.0);
    assert_eq!(ours.must("node_processes_threads_state", &[("thread_state", "R")]), 2.0, "200's main thread and 601");
}

/// `node_uname_info` on this host: node_exporter's uname collector reads uname(2);
/// gatherer's inventory reads the same strings from /proc/sys/kernel (the machine from
/// uname(2)). Both run on the real /proc: the uname collector has no fixture root.
#[test]
fn uname_info_matches_node_exporter_on_this_host() {
    let needs = Needs { psutil: false, node_exporter: true, lscpu: false, namespace: false };
    if !peers_present(needs) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let ne = NodeExporter::start_in(
        || Command::new(NODE_EXPORTER),
        Path::new("/"),
        dir.path().join("ne.log"),
        &["--collector.uname"],
    );
    let theirs = ne.scrape();
    theirs.assert_success(&["uname"]);
    let ours = gatherer_exposition(dir.path(), Path::new("/"), "inventory");
    assert_eq!(same_series("node_uname_info", &ours, &theirs), 1);
    let (labels, _) = ours.series("node_uname_info").next().unwrap();
    assert_eq!(
        labels.keys().map(String::as_str).collect::<Vec<_>>(),
        ["domainname", "machine", "nodename", "release", "sysname", "version"]
    );
}
