//! End to end with the real Prometheus tools of Debian 12, every one run here in the
//! foreground on loopback, on one rich fixture /proc + /sys:
//! - `promtool check metrics`: the textfile is clean; every problem promtool finds in
//!   `/metrics` is one it finds in node_exporter's own `/metrics` for the same fixture;
//! - a real Prometheus (2.42) scrapes `/metrics` every second: what its query API answers
//!   is what gatherer's state files say;
//! - node_exporter's (1.5) textfile collector reads the textfile, with and without
//!   `--prometheus-textfile-node`: no parse error, no duplicate, every series as written;
//! - node_exporter and gatherer on the same fixture: every series both expose has the
//!   same value (and each shared family the same type).
//!
//! Packages: prometheus (prometheus, promtool), prometheus-node-exporter.

mod common;
use common::*;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

const PROMTOOL: &str = "/usr/bin/promtool";
const PROMETHEUS: &str = "/usr/bin/prometheus";
const NODE_EXPORTER: &str = "/usr/bin/prometheus-node-exporter";

/// A child process killed (and reaped) when dropped, panics included; its output goes to
/// a log file in the test's temporary directory.
struct Kill {
    child: Child,
    log: PathBuf,
}

impl Kill {
    fn spawn(mut cmd: Command, log: PathBuf) -> Kill {
        let out = fs::File::create(&log).unwrap();
        let child = cmd
            .stdin(Stdio::null())
            .stdout(out.try_clone().unwrap())
            .stderr(out)
            .spawn()
            .unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
        Kill { child, log }
    }

    fn log(&self) -> String {
        fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Stop it now (SIGKILL) and wait for it.
    fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Kill {
    fn drop(&mut self) {
        self.stop();
    }
}

fn peers(programs: &[&str]) -> bool {
    for p in programs {
        if !Path::new(p).exists() {
            peer_missing(&format!("{p} (apt-get install prometheus prometheus-node-exporter)"));
            return false;
        }
    }
    true
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// One HTTP/1.0 GET on loopback (no chunked answers): the status and the body.
fn http_get(port: u16, target: &str) -> Result<(u16, String), String> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).map_err(|e| e.to_string())?;
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    write!(s, "GET {target} HTTP/1.0\r\nHost: 127.0.0.1:{port}\r\n\r\n").map_err(|e| e.to_string())?;
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).map_err(|e| e.to_string())?;
    let text = String::from_utf8(buf).map_err(|e| e.to_string())?;
    let (head, body) = text.split_once("\r\n\r\n").ok_or("no end of headers")?;
    let code = head.split_whitespace().nth(1).and_then(|c| c.parse().ok()).ok_or("no status")?;
    Ok((code, body.to_string()))
}

/// The body of a 200 answer, waiting up to `secs` for one.
fn get_ok(port: u16, target: &str, secs: u64) -> String {
    eventually(secs, &format!("200 from 127.0.0.1:{port}{target}"), || match http_get(port, target) {
        Ok((200, body)) => Some(body),
        _ => None,
    })
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

// ---------------------------------------------------------------------------------------
// The text exposition format, parsed independently of gatherer's writer.

#[derive(Default, Debug)]
struct Expo {
    /// `name{a="x",b="y"}` (labels sorted by name) → value.
    series: BTreeMap<String, f64>,
    /// Every sample line's key, in order (a duplicate shows here twice).
    keys: Vec<String>,
    types: BTreeMap<String, String>,
    help: BTreeMap<String, String>,
}

fn family(key: &str) -> &str {
    key.split('{').next().unwrap()
}

fn escape_label(v: &str) -> String {
    v.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
}

fn parse_value(v: &str) -> f64 {
    match v {
        "NaN" => f64::NAN,
        "+Inf" | "Inf" => f64::INFINITY,
        "-Inf" => f64::NEG_INFINITY,
        v => v.parse().unwrap_or_else(|e| panic!("value {v:?}: {e}")),
    }
}

/// `name{labels} value [timestamp]` → (canonical key, value).
fn parse_sample(line: &str) -> (String, f64) {
    let name_end = line.find(['{', ' ']).unwrap_or_else(|| panic!("no value: {line:?}"));
    let name = &line[..name_end];
    assert!(
        !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':'),
        "bad metric name in {line:?}"
    );
    let mut labels: Vec<(String, String)> = Vec::new();
    let mut rest = &line[name_end..];
    if let Some(r) = rest.strip_prefix('{') {
        let mut chars = r.char_indices().peekable();
        let end;
        loop {
            while matches!(chars.peek(), Some((_, ' ' | ','))) {
                chars.next();
            }
            match chars.peek() {
                Some((i, '}')) => {
                    end = *i + 1;
                    break;
                }
                None => panic!("unterminated labels in {line:?}"),
                _ => {}
            }
            let mut key = String::new();
            for (_, c) in chars.by_ref() {
                if c == '=' {
                    break;
                }
                key.push(c);
            }
            assert_eq!(chars.next().map(|(_, c)| c), Some('"'), "label {key} of {line:?}");
            let mut value = String::new();
            loop {
                match chars.next().map(|(_, c)| c) {
                    Some('\\') => match chars.next().map(|(_, c)| c) {
                        Some('n') => value.push('\n'),
                        Some(c) => value.push(c),
                        None => panic!("bad escape in {line:?}"),
                    },
                    Some('"') => break,
                    Some(c) => value.push(c),
                    None => panic!("unterminated label value in {line:?}"),
                }
            }
            labels.push((key.trim().to_string(), value));
        }
        rest = &r[end..];
    }
    labels.sort();
    let value = rest.split_whitespace().next().unwrap_or_else(|| panic!("no value: {line:?}"));
    let key = if labels.is_empty() {
        name.to_string()
    } else {
        let l: Vec<String> = labels.iter().map(|(k, v)| format!("{k}=\"{}\"", escape_label(v))).collect();
        format!("{name}{{{}}}", l.join(","))
    };
    (key, parse_value(value))
}

fn parse_expo(text: &str) -> Expo {
    let mut e = Expo::default();
    for line in text.lines() {
        if line.trim().is_empty() {
            continue;
        }
        if let Some(r) = line.strip_prefix("# TYPE ") {
            let (n, t) = r.split_once(' ').unwrap();
            e.types.insert(n.to_string(), t.to_string());
        } else if let Some(r) = line.strip_prefix("# HELP ") {
            let (n, h) = r.split_once(' ').unwrap_or((r, ""));
            e.help.insert(n.to_string(), h.to_string());
        } else if line.starts_with('#') {
            continue;
        } else {
            let (k, v) = parse_sample(line);
            e.keys.push(k.clone());
            e.series.insert(k, v);
        }
    }
    e
}

fn duplicates(e: &Expo) -> Vec<String> {
    let mut seen = BTreeSet::new();
    e.keys.iter().filter(|k| !seen.insert(k.as_str())).cloned().collect()
}

#[test]
fn the_exposition_parser_reads_what_node_exporter_writes() {
    let e = parse_expo(
        "# HELP a_total x\n# TYPE a_total counter\na_total{z=\"1\",b=\"q\\\"\\\\\\n\"} 1.7e+09\n\
         b 0.018000000000000002\nc{x=\"a b, c\"} NaN\nd{} -Inf\n",
    );
    assert_eq!(e.series["a_total{b=\"q\\\"\\\\\\n\",z=\"1\"}"], 1.7e9);
    assert_eq!(e.series["b"], 0.018000000000000002);
    assert!(e.series["c{x=\"a b, c\"}"].is_nan());
    assert_eq!(e.series["d"], f64::NEG_INFINITY);
    assert_eq!(e.types["a_total"], "counter");
}

// ---------------------------------------------------------------------------------------
// The fixture: enough of a machine for every node collector of both programs.

struct Fixture {
    proc_root: PathBuf,
    sys_root: PathBuf,
}

fn write(p: &Path, text: &str) {
    fs::create_dir_all(p.parent().unwrap()).unwrap();
    fs::write(p, text).unwrap();
}

const MEMINFO: &str = "MemTotal:        8000000 kB
MemFree:         1000000 kB
MemAvailable:    4000000 kB
Buffers:          200000 kB
Cached:          2500000 kB
SwapCached:         1024 kB
Active:          1794076 kB
Inactive:        2298608 kB
Active(anon):     300000 kB
Inactive(anon):   393756 kB
Active(file):    1792416 kB
Inactive(file):   700000 kB
Unevictable:       18056 kB
Mlocked:           17192 kB
SwapTotal:       2000000 kB
SwapFree:        1500000 kB
Zswap:                 0 kB
Zswapped:              0 kB
Dirty:              4816 kB
Writeback:             0 kB
AnonPages:        404572 kB
Mapped:           234976 kB
Shmem:              8976 kB
KReclaimable:     698612 kB
Slab:             755000 kB
SReclaimable:     698612 kB
SUnreclaim:        56388 kB
KernelStack:        2088 kB
PageTables:         5036 kB
SecPageTables:         0 kB
NFS_Unstable:          0 kB
Bounce:                0 kB
WritebackTmp:          0 kB
CommitLimit:    12342040 kB
Committed_AS:     238940 kB
VmallocTotal:   34359738367 kB
VmallocUsed:       14860 kB
VmallocChunk:          0 kB
Percpu:              688 kB
HardwareCorrupted:     0 kB
AnonHugePages:         0 kB
ShmemHugePages:        0 kB
ShmemPmdMapped:        0 kB
FileHugePages:     63488 kB
FilePmdMapped:         0 kB
HugePages_Total:       4
HugePages_Free:        3
HugePages_Rsvd:        1
HugePages_Surp:        0
Hugepagesize:       2048 kB
Hugetlb:            8192 kB
DirectMap4k:       26624 kB
DirectMap2M:     2070528 kB
DirectMap1G:    25165824 kB
";

/// Mount-table escaping of a path (space, tab, newline, backslash).
fn mount_escape(p: &Path) -> String {
    p.to_str().unwrap().replace('\\', "\\134").replace(' ', "\\040").replace('\t', "\\011").replace('\n', "\\012")
}

fn rich_fixture(dir: &Path) -> Fixture {
    let f = dir.join("fixture");
    let (p, s) = (f.join("proc"), f.join("sys"));
    write(
        &p.join("stat"),
        "cpu  1500 30 700 90000 120 0 45 7 11 3\n\
         cpu0 1000 20 500 50000 100 0 40 5 10 2\n\
         cpu1 500 10 200 40000 20 0 5 2 1 1\n\
         intr 123456 1 2 3 0 0\nctxt 987654\nbtime 1700000000\nprocesses 4321\nprocs_running 3\n\
         procs_blocked 1\nsoftirq 5000 1 2 3 4 5 6 7 8 9 10\n",
    );
    write(&p.join("loadavg"), "0.52 1.25 2.50 3/456 7890\n");
    write(&p.join("meminfo"), MEMINFO);
    write(
        &p.join("net/dev"),
        "Inter-|   Receive                                                |  Transmit\n \
         face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed\n    \
         lo: 2546815594 67540 0 0 0 0 0 0 2546815594 67540 0 0 0 0 0 0\n  \
         eth0: 9876543210 1234567 1 2 3 4 5 6 1234567890 654321 7 8 9 10 11 12\n\
         eth0.100: 18446744073709551 99 0 0 0 0 0 3 777 5 0 0 0 0 0 0\n",
    );
    // 20 fields (kernel 5.5+), 14 fields (before 4.18), 18 fields (4.18 to 5.4), a
    // partition and a device-mapper volume.
    write(
        &p.join("diskstats"),
        "   8       0 sda 1000 10 20000 3000 2000 20 40000 5000 2 6000 8000 30 3 600 70 40 90\n   \
         8       1 sda1 100 1 2000 300 200 2 4000 500 0 600 800 0 0 0 0 0 0\n   \
         8      16 sdb 11 12 13 14 15 16 17 18 19 20 21\n \
         259       0 nvme0n1 5 6 7 8 9 10 11 12 0 13 14 15 16 17 18\n \
         253       0 dm-0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17\n",
    );
    // The mount table: the real root file system, a real directory of this test
    // (mounted, for the fixture, at a path with a space) and a mount point that does not
    // exist (statfs fails). The same in mountinfo (gatherer) and mounts (node_exporter).
    let spaced = dir.join("with space");
    fs::create_dir_all(&spaced).unwrap();
    let gone = dir.join("gone");
    let mounts = [
        ("254:0", "/".to_string(), "ext4", "/dev/fixture-root"),
        ("254:1", mount_escape(&spaced), "ext4", "/dev/fixture-spaced"),
        ("254:2", mount_escape(&gone), "xfs", "/dev/fixture-gone"),
    ];
    let mut mountinfo = String::new();
    let mut proc_mounts = String::new();
    for (i, (devno, point, fstype, source)) in mounts.iter().enumerate() {
        mountinfo.push_str(&format!("{} 1 {devno} / {point} rw,relatime shared:1 - {fstype} {source} rw\n", 30 + i));
        proc_mounts.push_str(&format!("{source} {point} {fstype} rw,relatime 0 0\n"));
    }
    mountinfo.push_str("40 30 0:5 / /proc rw,nosuid,nodev,noexec,relatime shared:12 - proc proc rw\n");
    proc_mounts.push_str("proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0\n");
    write(&p.join("1/mountinfo"), &mountinfo);
    write(&p.join("1/mounts"), &proc_mounts);
    write(
        &p.join("partitions"),
        "major minor  #blocks  name\n\n   8        0   10485760 sda\n   8        1   10484736 sda1\n",
    );
    write(
        &p.join("cpuinfo"),
        "processor\t: 0\nmodel name\t: Fixture CPU\nphysical id\t: 0\ncore id\t\t: 0\n\n\
         processor\t: 1\nmodel name\t: Fixture CPU\nphysical id\t: 0\ncore id\t\t: 1\n\n",
    );
    write(&p.join("sys/kernel/hostname"), "fixture-host\n");
    write(&p.join("sys/kernel/osrelease"), "6.1.0-fixture\n");

    write(&s.join("devices/system/cpu/online"), "0-1\n");
    write(&s.join("devices/system/cpu/present"), "0-1\n");
    for (dev, link) in [("sda", true), ("sdb", true), ("nvme0n1", true), ("dm-0", false)] {
        fs::create_dir_all(s.join("block").join(dev)).unwrap();
        if link {
            std::os::unix::fs::symlink("../../devices/fixture-disk", s.join("block").join(dev).join("device")).unwrap();
        }
    }
    for (n, (dev, idx)) in [("lo", 1), ("eth0", 2), ("eth0.100", 3)].iter().enumerate() {
        write(&s.join(format!("class/net/{dev}/ifindex")), &format!("{idx}\n"));
        write(&s.join(format!("class/net/{dev}/type")), if n == 0 { "772\n" } else { "1\n" });
    }
    // hwmon: a platform chip reached through a class symlink, a plain chip with a name,
    // a chip with neither name nor device.
    let coretemp = s.join("devices/platform/coretemp.0/hwmon/hwmon0");
    for (file, v) in [
        ("name", "coretemp"),
        ("temp1_input", "45000"),
        ("temp1_max", "80000"),
        ("temp1_crit", "100000"),
        ("temp1_crit_alarm", "0"),
        ("temp1_label", "Package id 0"),
        ("temp2_input", "47500"),
        ("temp2_max", "80000"),
        ("temp2_crit", "100000"),
        ("temp2_label", "Core 0"),
    ] {
        write(&coretemp.join(file), &format!("{v}\n"));
    }
    std::os::unix::fs::symlink("../../../coretemp.0", coretemp.join("device")).unwrap();
    fs::create_dir_all(s.join("class/hwmon")).unwrap();
    std::os::unix::fs::symlink("../../devices/platform/coretemp.0/hwmon/hwmon0", s.join("class/hwmon/hwmon0")).unwrap();
    let nct = s.join("class/hwmon/hwmon1");
    for (file, v) in [("name", "nct6775"), ("temp1_input", "30000"), ("temp1_max", "75500"), ("fan1_input", "1200")] {
        write(&nct.join(file), &format!("{v}\n"));
    }
    write(&s.join("class/hwmon/hwmon2/temp1_input"), "-2500\n");
    // Chips laid out as the kernel lays them out (a chip's `device` link names its
    // parent device): AMD's k10temp on PCI (a `:` in its name), the ACPI thermal zone's
    // hwmon (tenths of a kelvin, so millidegrees in steps of 100), and an NVMe drive
    // (whole kelvins: steps of 1000 offset by 150; 84850 is a common warning limit).
    for (n, chip, link, name, temps) in [
        (
            "3",
            "pci0000:00/0000:00:18.3/hwmon/hwmon3",
            "../../../0000:00:18.3",
            "k10temp",
            &[("1", "41125", "Tctl")][..],
        ),
        ("4", "virtual/thermal/thermal_zone1/hwmon4", "../../thermal_zone1", "acpitz", &[("1", "30400", "")][..]),
        (
            "5",
            "pci0000:00/0000:00:01.3/0000:01:00.0/nvme/nvme0/hwmon5",
            "../../nvme0",
            "nvme",
            &[("1", "37850", "Composite"), ("2", "41850", "Sensor 1")][..],
        ),
    ] {
        let dir = s.join("devices").join(chip);
        write(&dir.join("name"), &format!("{name}\n"));
        for (i, input, label) in temps {
            write(&dir.join(format!("temp{i}_input")), &format!("{input}\n"));
            write(&dir.join(format!("temp{i}_max")), "84850\n");
            write(&dir.join(format!("temp{i}_crit")), "105000\n");
            if !label.is_empty() {
                write(&dir.join(format!("temp{i}_label")), &format!("{label}\n"));
            }
        }
        std::os::unix::fs::symlink(link, dir.join("device")).unwrap();
        std::os::unix::fs::symlink(format!("../../devices/{chip}"), s.join(format!("class/hwmon/hwmon{n}"))).unwrap();
    }
    // Thermal zones, with the files node_exporter requires (type, temp, policy).
    for (n, ty, temp) in [(0, "x86_pkg_temp", "52000"), (1, "acpitz", "27800")] {
        let z = s.join(format!("class/thermal/thermal_zone{n}"));
        write(&z.join("type"), &format!("{ty}\n"));
        write(&z.join("temp"), &format!("{temp}\n"));
        write(&z.join("policy"), "step_wise\n");
        write(&z.join("mode"), "enabled\n");
        write(&z.join("trip_point_0_type"), "critical\n");
        write(&z.join("trip_point_0_temp"), "105000\n");
    }
    fs::create_dir_all(f.join("udev")).unwrap();
    Fixture { proc_root: p, sys_root: s }
}

/// `gatherer run` on the fixture with every collector enabled by default (none named),
/// every interval 1 s, every file under `dir`.
fn gatherer_on(dir: &Path, fx: &Fixture) -> Command {
    let mut c = gatherer(dir);
    c.env_remove("GATHERER_COLLECTORS");
    let state = dir.join("state");
    c.arg("run")
        .arg("--proc-root")
        .arg(&fx.proc_root)
        .arg("--sys-root")
        .arg(&fx.sys_root)
        .arg("--state-dir")
        .arg(&state)
        .arg("--diskstats-state")
        .arg(state.join("diskstats.json"))
        .arg("--vmware-state")
        .arg(state.join("vmware.dat"))
        .arg("--whisper-root")
        .arg(dir.join("no-whisper-tree"))
        .arg("--whisper-state")
        .arg(state.join("whisper.nb_metrics"))
        .arg("--spool-dir")
        .arg(dir.join("spool"));
    for flag in ["diskstats", "cpu", "memory", "network", "filesystems", "temperatures", "inventory"] {
        c.arg(format!("--{flag}-interval")).arg("1");
    }
    c
}

/// Whether an exposition holds what only a second sample gives (rates, the raw disk
/// counters): every default collector has reported completely.
fn complete(text: &str) -> bool {
    [
        "\nnode_disk_reads_completed_total{",
        "\ngatherer_network_receive_bytes_per_second{",
        "\nnode_cpu_seconds_total{",
        "\nnode_filesystem_size_bytes{",
        "\nnode_thermal_zone_temp{",
        "\ngatherer_inventory_info{",
    ]
    .iter()
    .all(|s| text.contains(s))
}

/// The same for an exposition without node_exporter's families.
fn complete_without_node(text: &str) -> bool {
    [
        "gatherer_disk_util_percent{",
        "gatherer_network_receive_bytes_per_second{",
        "gatherer_cpu_threads ",
        "gatherer_filesystem_used_bytes{",
        "gatherer_inventory_info{",
    ]
    .iter()
    .all(|s| text.contains(s))
}

/// Wait for gatherer's `/metrics` to be complete; returns it.
fn complete_metrics(port: u16, g: &Kill) -> String {
    let mut last = String::new();
    let found = (0..300).find_map(|_| {
        std::thread::sleep(Duration::from_millis(100));
        match http_get(port, "/metrics") {
            Ok((200, body)) if complete(&body) => Some(body),
            Ok((_, body)) => {
                last = body;
                None
            }
            Err(_) => None,
        }
    });
    found.unwrap_or_else(|| panic!("gatherer's /metrics never complete; last:\n{last}\nlog:\n{}", g.log()))
}

/// node_exporter on the fixture, with the collectors that measure what gatherer does.
fn node_exporter_on(fx: &Fixture, port: u16, extra: &[&str]) -> Command {
    let mut c = Command::new(NODE_EXPORTER);
    c.arg(format!("--web.listen-address=127.0.0.1:{port}"))
        .arg("--web.disable-exporter-metrics")
        .arg(format!("--path.procfs={}", fx.proc_root.display()))
        .arg(format!("--path.sysfs={}", fx.sys_root.display()))
        .arg(format!("--path.udev.data={}", fx.proc_root.parent().unwrap().join("udev").display()))
        .args([
            "--collector.disable-defaults",
            "--collector.cpu",
            "--collector.stat",
            "--collector.loadavg",
            "--collector.meminfo",
            "--collector.netdev",
            "--no-collector.netdev.netlink",
            "--collector.filesystem",
            "--collector.hwmon",
            "--collector.thermal_zone",
            "--collector.diskstats",
        ])
        .args(extra);
    c
}

/// `promtool check metrics` on `text`: its exit code and its problem lines.
fn promtool(text: &str) -> (Option<i32>, Vec<String>) {
    let mut child = Command::new(PROMTOOL)
        .args(["check", "metrics"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    let lines = String::from_utf8_lossy(&out.stdout)
        .lines()
        .chain(String::from_utf8_lossy(&out.stderr).lines())
        .filter(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect();
    (out.status.code(), lines)
}

// ---------------------------------------------------------------------------------------

#[test]
fn promtool_finds_the_textfile_clean_and_no_problem_node_exporter_does_not_have() {
    if !peers(&[PROMTOOL, NODE_EXPORTER]) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let fx = rich_fixture(dir.path());
    let (gport, nport) = (free_port(), free_port());
    let textfile = dir.path().join("textfile/gatherer.prom");
    fs::create_dir_all(textfile.parent().unwrap()).unwrap();
    // Every output on, so its own families are linted too (the push outputs point at a
    // closed port: their points wait in the spool).
    let closed = free_port();
    let mut cmd = gatherer_on(dir.path(), &fx);
    cmd.arg("--http-listen")
        .arg(format!("127.0.0.1:{gport}"))
        .arg("--prometheus-textfile")
        .arg(&textfile)
        .arg("--influxdb")
        .arg(format!("http://127.0.0.1:{closed}/write?db=x"))
        .arg("--graphite")
        .arg(format!("127.0.0.1:{closed}"));
    let g = Kill::spawn(cmd, dir.path().join("gatherer.log"));
    let ne = Kill::spawn(node_exporter_on(&fx, nport, &[]), dir.path().join("node_exporter.log"));

    let metrics = complete_metrics(gport, &g);
    assert!(metrics.contains("\ngatherer_output_spool_points{"), "{metrics}");
    let text = eventually(20, "a complete textfile", || {
        fs::read_to_string(&textfile).ok().filter(|t| complete_without_node(t))
    });
    assert!(text.contains("\ngatherer_output_spool_points{"), "{text}");
    let (code, problems) = promtool(&text);
    assert_eq!((code, problems.clone()), (Some(0), vec![]), "promtool on the textfile:\n{text}");

    let ne_metrics = get_ok(nport, "/metrics", 20);
    let (ne_code, ne_problems) = promtool(&ne_metrics);
    let (g_code, g_problems) = promtool(&metrics);
    // 0: clean, 3: lint problems only; 1 would be a parse error.
    assert!(matches!(ne_code, Some(0 | 3)), "promtool on node_exporter: {ne_code:?} {ne_problems:?}");
    assert!(matches!(g_code, Some(0 | 3)), "promtool on gatherer: {g_code:?} {g_problems:?}\n{metrics}");
    let ne_set: BTreeSet<&String> = ne_problems.iter().collect();
    let extra: Vec<&String> = g_problems.iter().filter(|p| !ne_set.contains(p)).collect();
    eprintln!("promtool on gatherer's /metrics ({} problems):", g_problems.len());
    for p in &g_problems {
        eprintln!("  {p}");
    }
    eprintln!("promtool on node_exporter's /metrics: {} problems", ne_problems.len());
    assert!(extra.is_empty(), "problems promtool finds in gatherer's /metrics only: {extra:#?}\n{metrics}");
    // Both were linted for real: the camelCase names of /proc/meminfo are in both.
    let camel = "node_memory_MemTotal_bytes metric names should be written in 'snake_case' not 'camelCase'";
    assert!(ne_set.contains(&camel.to_string()), "{ne_problems:#?}");
    assert!(g_problems.iter().any(|p| p == camel), "{g_problems:#?}");
    drop(ne);
}

/// Query a Prometheus instant vector: each series' labels and value.
fn prom_query(port: u16, q: &str) -> Vec<(BTreeMap<String, String>, f64)> {
    let body = get_ok(port, &format!("/api/v1/query?query={}", urlencode(q)), 20);
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["status"], "success", "{body}");
    assert_eq!(v["data"]["resultType"], "vector", "{body}");
    v["data"]["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let labels = r["metric"]
                .as_object()
                .unwrap()
                .iter()
                .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_string()))
                .collect();
            (labels, parse_value(r["value"][1].as_str().unwrap()))
        })
        .collect()
}

#[test]
fn a_real_prometheus_scrapes_what_the_state_files_say() {
    if !peers(&[PROMETHEUS]) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let fx = rich_fixture(dir.path());
    let (gport, pport) = (free_port(), free_port());
    // The default collectors, and whisper on a tree that does not exist: one failing
    // collector, so success is not 1 everywhere.
    let mut cmd = gatherer_on(dir.path(), &fx);
    cmd.arg("--http-listen")
        .arg(format!("127.0.0.1:{gport}"))
        .args(["--collectors", "diskstats,whisper,vmware,cpu,memory,network,filesystems,temperatures,inventory"]);
    let g = Kill::spawn(cmd, dir.path().join("gatherer.log"));
    complete_metrics(gport, &g);

    let conf = dir.path().join("prometheus.yml");
    fs::write(
        &conf,
        format!(
            "global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\n  evaluation_interval: 1s\n\
             scrape_configs:\n  - job_name: gatherer\n    static_configs:\n      - targets: ['127.0.0.1:{gport}']\n"
        ),
    )
    .unwrap();
    let mut p = Command::new(PROMETHEUS);
    p.arg(format!("--config.file={}", conf.display()))
        .arg(format!("--storage.tsdb.path={}", dir.path().join("tsdb").display()))
        .arg(format!("--web.listen-address=127.0.0.1:{pport}"))
        .arg("--log.level=warn");
    let prom = Kill::spawn(p, dir.path().join("prometheus.log"));
    get_ok(pport, "/-/ready", 60);
    let up = eventually(60, "Prometheus to have scraped gatherer", || {
        let r = prom_query(pport, "node_load1");
        (!r.is_empty()).then_some(r)
    });

    // The target is healthy: Prometheus parsed the whole exposition.
    let targets: serde_json::Value = serde_json::from_str(&get_ok(pport, "/api/v1/targets", 20)).unwrap();
    let active = targets["data"]["activeTargets"].as_array().unwrap();
    assert_eq!(active.len(), 1, "{targets}");
    let t = &active[0];
    assert_eq!((t["health"].as_str(), t["lastError"].as_str()), (Some("up"), Some("")), "{t}\n{}", prom.log());

    let state =
        |c: &str| -> serde_json::Value { serde_json::from_str(&get_ok(gport, &format!("/state/{c}"), 20)).unwrap() };
    let cpu = state("cpu");
    let mem = state("memory");
    let instance = format!("127.0.0.1:{gport}");
    let job_labels = |extra: &[(&str, &str)], name: &str| -> BTreeMap<String, String> {
        let mut m: BTreeMap<String, String> = [("__name__", name), ("instance", &instance), ("job", "gatherer")]
            .iter()
            .chain(extra)
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        m.retain(|_, v| !v.is_empty());
        m
    };

    assert_eq!(up, vec![(job_labels(&[], "node_load1"), cpu["load1"].as_f64().unwrap())]);
    assert_eq!(
        prom_query(pport, "node_memory_MemTotal_bytes"),
        vec![(job_labels(&[], "node_memory_MemTotal_bytes"), mem["meminfo"]["MemTotal"].as_f64().unwrap())]
    );
    assert_eq!(
        prom_query(pport, "node_memory_HugePages_Total"),
        vec![(job_labels(&[], "node_memory_HugePages_Total"), mem["meminfo"]["HugePages_Total"].as_f64().unwrap())]
    );

    // Every CPU and mode of the state file, and nothing else.
    let mut expected: Vec<(BTreeMap<String, String>, f64)> = Vec::new();
    for (n, modes) in cpu["per_cpu_seconds"].as_object().unwrap() {
        for mode in ["user", "nice", "system", "idle", "iowait", "irq", "softirq", "steal"] {
            let labels = job_labels(&[("cpu", n), ("mode", mode)], "node_cpu_seconds_total");
            expected.push((labels, modes[mode].as_f64().unwrap()));
        }
    }
    expected.sort_by(|a, b| a.0.cmp(&b.0));
    let mut got = prom_query(pport, "node_cpu_seconds_total");
    got.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(expected.len(), 16);
    assert_eq!(got, expected);

    // Each collector's success is its state file's status.
    let mut successes = prom_query(pport, "gatherer_collector_success");
    successes.sort_by(|a, b| a.0.cmp(&b.0));
    let names: Vec<String> = successes.iter().map(|(l, _)| l["collector"].clone()).collect();
    assert_eq!(
        names,
        ["cpu", "diskstats", "filesystems", "inventory", "memory", "network", "temperatures", "vmware", "whisper"]
    );
    for (labels, v) in &successes {
        let c = &labels["collector"];
        assert_eq!(labels, &job_labels(&[("collector", c)], "gatherer_collector_success"));
        let s = state(c);
        let ok = s["status"] == "ok";
        assert_eq!(*v, if ok { 1.0 } else { 0.0 }, "{c}: state file {s}");
    }
    assert!(successes.iter().any(|(_, v)| *v == 0.0), "whisper fails on a missing tree: {successes:?}");
    assert!(successes.iter().filter(|(_, v)| *v == 1.0).count() >= 8, "{successes:?}");
    assert_eq!(prom_query(pport, "up"), vec![(job_labels(&[], "up"), 1.0)]);
    // Prometheus took the TYPE lines too.
    for (metric, kind) in [("node_cpu_seconds_total", "counter"), ("node_load1", "gauge")] {
        let body = get_ok(pport, &format!("/api/v1/metadata?metric={metric}"), 20);
        let v: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(v["data"][metric][0]["type"], kind, "{body}");
    }
    drop(prom);
}

#[test]
fn node_exporters_textfile_collector_reads_the_textfile() {
    if !peers(&[NODE_EXPORTER]) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let fx = rich_fixture(dir.path());

    for node in [false, true] {
        let tdir = dir.path().join(if node { "textfile-node" } else { "textfile" });
        fs::create_dir_all(&tdir).unwrap();
        let textfile = tdir.join("gatherer.prom");
        let gport = free_port();
        let mut cmd = gatherer_on(dir.path(), &fx);
        cmd.arg("--http-listen")
            .arg(format!("127.0.0.1:{gport}"))
            .arg("--prometheus-textfile")
            .arg(&textfile)
            .arg("--prometheus-textfile-node")
            .arg(if node { "1" } else { "0" });
        let mut g = Kill::spawn(cmd, dir.path().join(format!("gatherer-{node}.log")));
        complete_metrics(gport, &g);
        eventually(20, "a complete textfile", || {
            let t = fs::read_to_string(&textfile).ok()?;
            (complete_without_node(&t) && (!node || complete(&t))).then_some(())
        });
        // Stopped, so node_exporter reads the very file checked here.
        g.stop();
        let text = fs::read_to_string(&textfile).unwrap();
        let written = parse_expo(&text);
        assert!(duplicates(&written).is_empty(), "{text}");
        let node_families: Vec<&String> = written.types.keys().filter(|n| n.starts_with("node_")).collect();
        if node {
            for f in [
                "node_load1",
                "node_cpu_seconds_total",
                "node_memory_MemTotal_bytes",
                "node_disk_io_time_seconds_total",
            ] {
                assert!(written.types.contains_key(f), "{f} missing from the textfile:\n{text}");
            }
        } else {
            assert!(
                node_families.is_empty(),
                "node_* in the textfile without --prometheus-textfile-node: {node_families:?}"
            );
        }
        assert!(written.series.keys().any(|k| k.starts_with("gatherer_disk_util_percent{")), "{text}");

        // Without node_*: node_exporter's own collectors run beside the textfile, as on a
        // real machine. With: only the textfile collector, as the flag's help says.
        let nport = free_port();
        let mut extra =
            vec!["--collector.textfile".to_string(), format!("--collector.textfile.directory={}", tdir.display())];
        let mut ne_cmd = if node {
            let mut c = Command::new(NODE_EXPORTER);
            c.arg(format!("--web.listen-address=127.0.0.1:{nport}")).arg("--collector.disable-defaults");
            c
        } else {
            node_exporter_on(&fx, nport, &[])
        };
        ne_cmd.args(extra.drain(..));
        let ne = Kill::spawn(ne_cmd, dir.path().join(format!("node_exporter-{node}.log")));
        let exposed_text = get_ok(nport, "/metrics", 20);
        let exposed = parse_expo(&exposed_text);
        assert_eq!(exposed.series.get("node_textfile_scrape_error"), Some(&0.0), "{exposed_text}\n{}", ne.log());
        assert_eq!(
            exposed.series.get("node_scrape_collector_success{collector=\"textfile\"}"),
            Some(&1.0),
            "{exposed_text}"
        );
        let mtime_key = format!("node_textfile_mtime_seconds{{file=\"{}\"}}", escape_label(textfile.to_str().unwrap()));
        assert!(exposed.series.contains_key(&mtime_key), "{mtime_key} not in\n{exposed_text}");
        assert!(duplicates(&exposed).is_empty(), "{:?}", duplicates(&exposed));
        let log = ne.log();
        assert!(!log.contains("collected before") && !log.contains("level=error"), "node_exporter complained:\n{log}");
        // Every series written is exposed as written, with its type.
        let mut differ = Vec::new();
        for (k, v) in &written.series {
            match exposed.series.get(k) {
                Some(e) if e.to_bits() == v.to_bits() => {}
                other => differ.push(format!("{k}: written {v}, exposed {other:?}")),
            }
        }
        for (f, t) in &written.types {
            if exposed.types.get(f) != Some(t) {
                differ.push(format!("TYPE {f}: written {t}, exposed {:?}", exposed.types.get(f)));
            }
        }
        assert!(differ.is_empty(), "node_exporter's textfile collector (node={node}):\n{}", differ.join("\n"));
        assert!(written.series.len() >= if node { 150 } else { 80 }, "{} series", written.series.len());
        // Without node_*, node_exporter's own node_load1 is there once, not gatherer's.
        if !node {
            assert_eq!(exposed.keys.iter().filter(|k| *k == "node_load1").count(), 1);
        }
        eprintln!(
            "textfile (node={node}): {} families, {} series, all read by node_exporter",
            written.types.len(),
            written.series.len()
        );
    }
}

/// Families whose values come from statfs of the live root file system, which other
/// processes write to between gatherer's statfs and node_exporter's: compared to 1%.
const LIVE: [&str; 3] = ["node_filesystem_free_bytes", "node_filesystem_avail_bytes", "node_filesystem_files_free"];

#[test]
fn node_exporter_and_gatherer_agree_on_the_same_fixture() {
    if !peers(&[NODE_EXPORTER]) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let fx = rich_fixture(dir.path());
    let (gport, nport) = (free_port(), free_port());
    let mut cmd = gatherer_on(dir.path(), &fx);
    cmd.arg("--http-listen").arg(format!("127.0.0.1:{gport}"));
    let g = Kill::spawn(cmd, dir.path().join("gatherer.log"));
    let ne = Kill::spawn(node_exporter_on(&fx, nport, &[]), dir.path().join("node_exporter.log"));
    let g_text = complete_metrics(gport, &g);
    let ne_text = get_ok(nport, "/metrics", 20);
    let (gx, nx) = (parse_expo(&g_text), parse_expo(&ne_text));
    assert!(duplicates(&gx).is_empty(), "{:?}", duplicates(&gx));
    // node_exporter read the whole fixture.
    for c in ["cpu", "stat", "loadavg", "meminfo", "netdev", "filesystem", "hwmon", "thermal_zone", "diskstats"] {
        let k = format!("node_scrape_collector_success{{collector=\"{c}\"}}");
        assert_eq!(nx.series.get(&k), Some(&1.0), "{k}\n{ne_text}\n{}", ne.log());
    }

    let mut shared: BTreeMap<&str, usize> = BTreeMap::new();
    let mut differ = Vec::new();
    // Each side's own collectors, by each side's names and timings: not a quantity of the
    // host, so not compared.
    let own = |k: &str| family(k).starts_with("node_scrape_collector_");
    for (k, nv) in nx.series.iter().filter(|(k, _)| !own(k)) {
        let Some(gv) = gx.series.get(k) else { continue };
        *shared.entry(family(k)).or_default() += 1;
        let same =
            if LIVE.contains(&family(k)) { (gv - nv).abs() <= nv.abs() * 0.01 } else { gv.to_bits() == nv.to_bits() };
        if !same {
            differ.push(format!("{k}: gatherer {gv:?}, node_exporter {nv:?}"));
        }
    }
    for f in shared.keys() {
        if gx.types.get(*f) != nx.types.get(*f) {
            differ.push(format!("TYPE {f}: gatherer {:?}, node_exporter {:?}", gx.types.get(*f), nx.types.get(*f)));
        }
    }
    let total: usize = shared.values().sum();
    eprintln!("{} shared families, {total} shared series:", shared.len());
    for (f, n) in &shared {
        let help = if gx.help.get(*f) == nx.help.get(*f) { "" } else { " (HELP differs)" };
        eprintln!("  {f}: {n}{help}");
    }
    // Series of shared families that only one side has.
    let only = |a: &Expo, b: &Expo| -> Vec<String> {
        a.series.keys().filter(|k| shared.contains_key(family(k)) && !b.series.contains_key(*k)).cloned().collect()
    };
    let (only_ne, only_g) = (only(&nx, &gx), only(&gx, &nx));
    eprintln!("only node_exporter has {} series of shared families: {only_ne:#?}", only_ne.len());
    eprintln!("only gatherer has {} series of shared families: {only_g:#?}", only_g.len());
    // By design gatherer has the loopback interface (Debian's node_exporter leaves it
    // out) and only physical disks (node_exporter also has dm-0). Anything else that
    // node_exporter reports and gatherer does not is a quantity gatherer misses.
    for k in only_ne.iter().filter(|k| !k.contains("{device=\"dm-0\"}")) {
        differ.push(format!("{k}: gatherer has no such series, node_exporter {:?}", nx.series[k]));
    }
    assert!(differ.is_empty(), "{} disagreements:\n{}", differ.len(), differ.join("\n"));
    assert!(only_g.iter().all(|k| k.contains("{device=\"lo\"}")), "{only_g:#?}");
    // Not vacuous: every node collector contributes.
    for f in [
        "node_cpu_seconds_total",
        "node_cpu_guest_seconds_total",
        "node_context_switches_total",
        "node_boot_time_seconds",
        "node_load1",
        "node_memory_MemTotal_bytes",
        "node_memory_VmallocTotal_bytes",
        "node_memory_HugePages_Total",
        "node_network_receive_bytes_total",
        "node_filesystem_size_bytes",
        "node_filesystem_device_error",
        "node_hwmon_temp_celsius",
        "node_hwmon_sensor_label",
        "node_thermal_zone_temp",
        "node_disk_io_time_seconds_total",
        "node_disk_flush_requests_total",
    ] {
        assert!(shared.contains_key(f), "{f} is not shared");
    }
    assert!(shared.len() >= 110, "{} shared families", shared.len());
    assert!(total >= 190, "{total} shared series");
    drop((g, ne));
}
