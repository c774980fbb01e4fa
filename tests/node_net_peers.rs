//! The vmstat, netstat, sockstat, softnet and netqueues collectors against node_exporter
//! 1.5.0 (`prometheus-node-exporter`), run on the same fixture tree
//! (`--path.procfs/--path.sysfs` as gatherer's `--proc-root/--sys-root`) with only its
//! collectors for these families (vmstat, netstat, sockstat, softnet, udp_queues, arp):
//! gatherer's Prometheus textfile and node_exporter's scrape must hold the same families,
//! with the same TYPE, the same series (names and labels) and the same values.
//!
//! Three trees: a checked-in copy of this box's files with the edge cases edited in
//! (queued UDP data, an incomplete ARP entry on a second device, a softnet line per CPU
//! with one CPU offline, swapping, OOM kills, listen drops); the same without the IPv6
//! files (a kernel without IPv6); and a snapshot of this host's own files taken at test
//! time, so both read the same instant of a live kernel.

mod common;
use common::*;
use std::collections::BTreeMap;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const NODE_EXPORTER: &str = "/usr/bin/prometheus-node-exporter";
const FAMILIES: [&str; 6] =
    ["node_vmstat_", "node_netstat_", "node_sockstat_", "node_softnet_", "node_udp_queues", "node_arp_entries"];
/// The files these collectors read, under the proc root.
const FILES: [&str; 10] = [
    "vmstat",
    "net/netstat",
    "net/snmp",
    "net/snmp6",
    "net/sockstat",
    "net/sockstat6",
    "net/softnet_stat",
    "net/udp",
    "net/udp6",
    "net/arp",
];

/// Families of one exposition: name → (TYPE, series "name{labels}" → value).
type Families = BTreeMap<String, (String, BTreeMap<String, f64>)>;

fn parse(body: &str) -> Families {
    let mut out = Families::new();
    for line in body.lines() {
        if let Some(rest) = line.strip_prefix("# TYPE ") {
            let (name, kind) = rest.split_once(' ').unwrap();
            out.entry(name.to_string()).or_default().0 = kind.to_string();
            continue;
        }
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let (series, value) = line.rsplit_once(' ').unwrap_or_else(|| panic!("bad line {line:?}"));
        let family = series.split('{').next().unwrap();
        let value: f64 = value.parse().unwrap_or_else(|_| panic!("bad value in {line:?}"));
        out.entry(family.to_string()).or_default().1.insert(series.to_string(), value);
    }
    out.retain(|name, _| FAMILIES.iter().any(|f| name.starts_with(f)));
    out
}

struct Reaped(Child);

impl Drop for Reaped {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn http_get(port: u16) -> Result<String, String> {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).map_err(|e| e.to_string())?;
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    write!(s, "GET /metrics HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").map_err(|e| e.to_string())?;
    let mut reply = String::new();
    s.read_to_string(&mut reply).map_err(|e| e.to_string())?;
    let (head, body) = reply.split_once("\r\n\r\n").ok_or("no HTTP header")?;
    if !head.starts_with("HTTP/1.1 200") && !head.starts_with("HTTP/1.0 200") {
        return Err(format!("HTTP status: {head}"));
    }
    Ok(body.to_string())
}

/// node_exporter's scrape of `root` (its proc and sys), with only these collectors.
fn node_exporter(root: &Path, log: &Path) -> String {
    for _attempt in 0..5 {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let child = Command::new(NODE_EXPORTER)
            .arg(format!("--path.procfs={}", root.join("proc").display()))
            .arg(format!("--path.sysfs={}", root.join("sys").display()))
            .args([
                "--collector.disable-defaults",
                "--collector.vmstat",
                "--collector.netstat",
                "--collector.sockstat",
                "--collector.softnet",
                "--collector.udp_queues",
                "--collector.arp",
                "--web.disable-exporter-metrics",
            ])
            .arg(format!("--web.listen-address=127.0.0.1:{port}"))
            .env_clear()
            .env("LC_ALL", "C")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(fs::File::create(log).unwrap())
            .spawn()
            .unwrap();
        let mut child = Reaped(child);
        let until = Instant::now() + Duration::from_secs(20);
        while Instant::now() < until {
            if child.0.try_wait().unwrap().is_some() {
                break; // the port was taken meanwhile: another one
            }
            if let Ok(body) = http_get(port) {
                for c in ["vmstat", "netstat", "sockstat", "softnet", "udp_queues", "arp"] {
                    let ok = format!("node_scrape_collector_success{{collector=\"{c}\"}} 1");
                    assert!(body.contains(&ok), "node_exporter's {c} collector failed on the fixture:\n{body}");
                }
                return body;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
    panic!("node_exporter did not come up: {}", fs::read_to_string(log).unwrap_or_default());
}

/// gatherer's Prometheus textfile after `gatherer once` on `root`.
fn gatherer_textfile(dir: &Path, root: &Path) -> String {
    let prom = dir.join("gatherer.prom");
    let o = gatherer(dir)
        .args(["once", "--collectors", "vmstat,netstat,sockstat,softnet,netqueues", "--proc-root"])
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
    fs::read_to_string(&prom).unwrap()
}

/// Both on `root`: every family, its TYPE, every series and value the same.
fn same_as_node_exporter(dir: &Path, root: &Path) -> Families {
    fs::create_dir_all(root.join("sys")).unwrap();
    let theirs = parse(&node_exporter(root, &dir.join("node_exporter.log")));
    let ours = parse(&gatherer_textfile(dir, root));
    let names = |f: &Families| f.keys().cloned().collect::<Vec<_>>();
    assert_eq!(names(&ours), names(&theirs), "the same families");
    for (name, (kind, series)) in &theirs {
        let (our_kind, our_series) = &ours[name];
        assert_eq!(our_kind, kind, "{name}: TYPE");
        assert_eq!(our_series, series, "{name}: series and values");
    }
    theirs
}

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/netnode")
}

fn copy_tree(from: &Path, to: &Path, files: &[&str]) {
    for f in files {
        let (src, dst) = (from.join(f), to.join(f));
        fs::create_dir_all(dst.parent().unwrap()).unwrap();
        match fs::read(&src) {
            Ok(bytes) => fs::write(&dst, bytes).unwrap(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => panic!("{}: {e}", src.display()),
        }
    }
}

fn present() -> bool {
    if !Path::new(NODE_EXPORTER).exists() {
        peer_missing("node_exporter (Debian package prometheus-node-exporter)");
        return false;
    }
    true
}

#[test]
fn the_fixture_matches_node_exporter_family_by_family() {
    if !present() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("root");
    copy_tree(&fixture().join("proc"), &root.join("proc"), &FILES);
    let f = same_as_node_exporter(dir.path(), &root);
    // The edge cases are there, so the comparison compared something.
    let v = |family: &str, series: &str| f[family].1[series];
    assert_eq!(v("node_udp_queues", "node_udp_queues{ip=\"v4\",queue=\"rx\"}"), (0xa00 + 0x3e800) as f64);
    assert_eq!(v("node_udp_queues", "node_udp_queues{ip=\"v6\",queue=\"rx\"}"), 0x1200 as f64);
    assert_eq!(v("node_arp_entries", "node_arp_entries{device=\"eth0\"}"), 2.0, "incomplete entries count");
    assert_eq!(v("node_softnet_dropped_total", "node_softnet_dropped_total{cpu=\"2\"}"), 42.0, "cpu is the line");
    assert_eq!(v("node_vmstat_oom_kill", "node_vmstat_oom_kill"), 2.0);
    assert_eq!(v("node_netstat_TcpExt_ListenDrops", "node_netstat_TcpExt_ListenDrops"), 19.0);
    assert!(f.contains_key("node_netstat_Ip6_InOctets") && f.contains_key("node_sockstat_TCP6_inuse"));
    assert!(f.contains_key("node_sockstat_TCP_mem_bytes"));
    assert!(f.len() > 60, "{} families", f.len());
}

#[test]
fn a_kernel_without_ipv6_matches_node_exporter() {
    if !present() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("root");
    let v4: Vec<&str> = FILES.iter().copied().filter(|f| !f.ends_with('6')).collect();
    copy_tree(&fixture().join("proc"), &root.join("proc"), &v4);
    let f = same_as_node_exporter(dir.path(), &root);
    assert!(!f.keys().any(|k| k.contains("6_")), "no IPv6 family: {:?}", f.keys());
    assert!(f["node_udp_queues"].1.keys().all(|s| s.contains("v4")));
}

#[test]
fn this_hosts_own_files_match_node_exporter() {
    if !present() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("root");
    // One snapshot read by both: the live counters move between two reads.
    copy_tree(Path::new("/proc"), &root.join("proc"), &FILES);
    let f = same_as_node_exporter(dir.path(), &root);
    assert!(f.contains_key("node_netstat_Tcp_ActiveOpens") && f.contains_key("node_vmstat_pgfault"));
}
