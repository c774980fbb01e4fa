//! The node-stats collectors against the standard tools, live on this machine, for the
//! same window, while the test loads it.
//!
//! * `cpu` and `network` over one 5 s window under `stress-ng` load (a 60 % worker and a
//!   sync() worker pinned to CPU 0, a niced 40 % worker pinned to CPU 1) with 100 MiB of
//!   TCP pushed through the loopback in the middle: against `mpstat -P ALL 5 1 -o JSON`,
//!   `sadc 5 2` + `sadf -j` (sar -u ALL -P ALL -w -n DEV) and `vmstat 5 2`, all started
//!   together with gatherer; `ip -s -s -j link` bracketing both ends of the window;
//!   `/proc/loadavg` bracketing its end.
//! * `memory`, `filesystems` and `inventory`, each sample bracketed by its peer run just
//!   before and just after: `free -b -w`, `df -B1 --output=...`, `lsblk -b -J`, and `nproc`,
//!   `lscpu -J`, /proc/meminfo; with a tmpfs and a loop disk of known contents (an MBR with
//!   an even- and an odd-sized partition, the first ext4 and mounted) as exact cases.
//!
//! Peers always run with `LC_ALL=C` (sysstat prints `12,34` in a comma locale, even in
//! JSON). Needs root (mounts, loop device) and the Debian packages stress-ng and sysstat
//! besides the base system (procps, coreutils, iproute2, util-linux, e2fsprogs).

mod common;
use common::*;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Held by the test that loads the machine while its stress-ng runs, and by the test
/// that mounts while its mounts exist: stress-ng's io stressor opens every mount point
/// it finds at its start (to syncfs each) and keeps them open, so a tmpfs mounted just
/// before it started could not be unmounted ("target is busy") while it ran.
static MOUNTS_OR_STRESS: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn serial() -> std::sync::MutexGuard<'static, ()> {
    MOUNTS_OR_STRESS.lock().unwrap_or_else(|e| e.into_inner())
}

const WINDOW_S: u64 = 5;
const MIB: u64 = 1 << 20;
/// Bytes pushed through the loopback inside the window.
const LO_PAYLOAD: u64 = 100 * MIB;
/// Per-mode CPU tolerance, percentage points. Both tools difference the same kernel
/// counters; only their windows differ: by the few ms between the starts of processes
/// spawned together (and so between their ends), plus one 10 ms tick at each end. Under
/// the steady load the unshared slivers hold the same mix of modes as the rest, so the
/// shares barely move (observed: well under 1 point); even in the worst case, all the
/// unshared time in one mode, 30 ms of misalignment at each end moves a share by
/// 100·2·(30+10) ms/5 s = 1.6 points. 3 leaves room for a scheduling hiccup on a busy
/// 2-CPU box.
const CPU_PP: f64 = 3.0;
/// Sanity bound on how far apart the windows can be, from when each process was spawned
/// and seen to exit (loose: it counts process start-up and exit, which take no part in
/// the windows, and which stretch when other work shares the two CPUs): beyond it the
/// samplers did not run together. The comparisons' own tolerances (`CPU_PP` above) do
/// not depend on it.
const MAX_SLACK_S: f64 = 1.0;

/// A command for a peer tool, in the C locale.
fn peer(program: &str) -> Command {
    let mut c = Command::new(program);
    c.env("LC_ALL", "C").env_remove("OMP_NUM_THREADS").env_remove("OMP_THREAD_LIMIT");
    c
}

fn run_ok(c: &mut Command) -> Output {
    let o = c.output().unwrap_or_else(|e| panic!("{c:?}: {e}"));
    assert!(o.status.success(), "{c:?}: {}", text(&o));
    o
}

fn stdout_json(o: &Output) -> Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", text(o)))
}

fn num(v: &Value, k: &str) -> f64 {
    v[k].as_f64().unwrap_or_else(|| panic!("no number {k:?} in {v}"))
}

fn int(v: &Value, k: &str) -> u64 {
    v[k].as_u64().unwrap_or_else(|| panic!("no integer {k:?} in {v}"))
}

/// Every program the tests need, or the first that is missing.
fn missing(programs: &[&str]) -> Option<String> {
    programs.iter().find(|p| !have(p)).map(|p| format!("{p} (apt-get install stress-ng sysstat iproute2 util-linux)"))
}

/// Processes in their own process group, killed (group and all) however the test ends;
/// `--timeout` on stress-ng is the backstop should this process itself be killed.
struct Killed(Vec<Child>);

impl Drop for Killed {
    fn drop(&mut self) {
        for c in &mut self.0 {
            let group = -(c.id() as i32);
            // SAFETY: signalling the process group we created (process_group(0)).
            unsafe { libc::kill(group, libc::SIGKILL) };
            let _ = c.wait();
            // The workers too: one inside sync() dies only when that returns.
            let until = Instant::now() + Duration::from_secs(10);
            // SAFETY: signal 0 only asks whether any process of the group is left.
            while unsafe { libc::kill(group, 0) } == 0 && Instant::now() < until {
                std::thread::sleep(Duration::from_millis(20));
            }
        }
    }
}

/// A child run to completion on its own thread, with when it was spawned (just before)
/// and when it was seen to exit (just after): its sampling window lies between.
struct Timed {
    spawned: Instant,
    exited: Instant,
    out: Output,
}

fn timed(mut c: Command) -> JoinHandle<Timed> {
    std::thread::spawn(move || {
        let spawned = Instant::now();
        let out = c.output().unwrap_or_else(|e| panic!("{c:?}: {e}"));
        Timed { spawned, exited: Instant::now(), out }
    })
}

/// The sixteen /proc/net/dev columns (gatherer's `counters`), by name.
const NET_COLS: [&str; 16] = [
    "rx_bytes",
    "rx_packets",
    "rx_errors",
    "rx_dropped",
    "rx_fifo",
    "rx_frame",
    "rx_compressed",
    "rx_multicast",
    "tx_bytes",
    "tx_packets",
    "tx_errors",
    "tx_dropped",
    "tx_fifo",
    "tx_collisions",
    "tx_carrier",
    "tx_compressed",
];

/// One `ip -s -s -j link` snapshot as /proc/net/dev columns (the kernel's net-procfs.c
/// folds rx_missed into drop, four rx errors into frame, four tx errors into carrier),
/// with the instants just before it started and just after it ended.
struct Links {
    before: Instant,
    after: Instant,
    ifaces: BTreeMap<String, [u64; 16]>,
}

fn ip_links() -> Links {
    let before = Instant::now();
    let o = run_ok(peer("ip").args(["-s", "-s", "-j", "link"]));
    let after = Instant::now();
    let mut ifaces = BTreeMap::new();
    for l in stdout_json(&o).as_array().expect("ip -j link: an array") {
        let (rx, tx) = (&l["stats64"]["rx"], &l["stats64"]["tx"]);
        let opt = |v: &Value, k: &str| v[k].as_u64().unwrap_or(0); // printed only when not 0
        ifaces.insert(
            l["ifname"].as_str().unwrap().to_string(),
            [
                int(rx, "bytes"),
                int(rx, "packets"),
                int(rx, "errors"),
                int(rx, "dropped") + int(rx, "missed_errors"),
                int(rx, "fifo_errors"),
                int(rx, "length_errors") + int(rx, "over_errors") + int(rx, "crc_errors") + int(rx, "frame_errors"),
                opt(rx, "compressed"),
                int(rx, "multicast"),
                int(tx, "bytes"),
                int(tx, "packets"),
                int(tx, "errors"),
                int(tx, "dropped"),
                int(tx, "fifo_errors"),
                int(tx, "collisions"),
                int(tx, "carrier_errors")
                    + int(tx, "aborted_errors")
                    + int(tx, "window_errors")
                    + int(tx, "heartbeat_errors"),
                opt(tx, "compressed"),
            ],
        );
    }
    Links { before, after, ifaces }
}

/// `/proc/loadavg`'s three averages, and when the read ended.
fn loadavg() -> ([f64; 3], Instant) {
    let t = std::fs::read_to_string("/proc/loadavg").unwrap();
    let f: Vec<f64> = t.split_whitespace().take(3).map(|v| v.parse().unwrap()).collect();
    ([f[0], f[1], f[2]], Instant::now())
}

/// Push `bytes` through a TCP connection on 127.0.0.1; returns what the far end read.
fn lo_transfer(bytes: u64) -> u64 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let reader = std::thread::spawn(move || {
        let (mut s, _) = listener.accept().unwrap();
        let mut buf = vec![0u8; MIB as usize];
        let mut n = 0u64;
        loop {
            match s.read(&mut buf).unwrap() {
                0 => return n,
                k => n += k as u64,
            }
        }
    });
    let mut s = TcpStream::connect(addr).unwrap();
    let chunk = vec![0xa5u8; MIB as usize];
    for _ in 0..bytes / MIB {
        s.write_all(&chunk).unwrap();
    }
    s.shutdown(Shutdown::Write).unwrap();
    reader.join().unwrap()
}

/// Collects every comparison, so one run shows all disagreements at once.
#[derive(Default)]
struct Report {
    lines: Vec<String>,
    failures: Vec<String>,
}

impl Report {
    fn check(&mut self, ok: bool, what: String) {
        if ok {
            self.lines.push(format!("ok   {what}"));
        } else {
            self.failures.push(what.clone());
            self.lines.push(format!("FAIL {what}"));
        }
    }

    /// |ours - theirs| <= tol.
    fn close(&mut self, what: &str, ours: f64, theirs: f64, tol: f64) {
        let d = (ours - theirs).abs();
        self.check(d <= tol, format!("{what}: gatherer {ours} vs {theirs} (diff {d:.3}, tolerance {tol})"));
    }

    fn finish(self, name: &str) {
        eprintln!("--- {name}\n{}", self.lines.join("\n"));
        assert!(
            self.failures.is_empty(),
            "{name}: {} disagreements:\n{}",
            self.failures.len(),
            self.failures.join("\n")
        );
    }
}

/// `sysstat.hosts[0].statistics[0]` of mpstat's or sadf's JSON.
fn sysstat_stats(v: &Value) -> &Value {
    &v["sysstat"]["hosts"][0]["statistics"][0]
}

/// Compare gatherer's percentages of one CPU (or all) with a sysstat `cpu-load` entry.
/// sysstat's usr and nice leave out guest and guest_nice (mpstat.c, pr_stats.c); gatherer's
/// user and nice hold them, as /proc/stat does.
fn compare_cpu(r: &mut Report, who: &str, cpu: &str, g: &Value, s: &Value) {
    let p = |k: &str| num(g, k);
    let pairs = [
        ("usr", p("user") - p("guest"), num(s, "usr")),
        ("nice", p("nice") - p("guest_nice"), num(s, "nice")),
        ("sys", p("system"), num(s, "sys")),
        ("iowait", p("iowait"), num(s, "iowait")),
        ("irq", p("irq"), num(s, "irq")),
        ("soft", p("softirq"), num(s, "soft")),
        ("steal", p("steal"), num(s, "steal")),
        ("guest", p("guest"), num(s, "guest")),
        ("idle", p("idle"), num(s, "idle")),
        // psutil's busy: iowait is idle; collectd's active: iowait is busy.
        ("busy_pct=100-idle-iowait", p("busy_pct"), 100.0 - num(s, "idle") - num(s, "iowait")),
        ("active_pct=100-idle", p("active_pct"), 100.0 - num(s, "idle")),
    ];
    for (k, ours, theirs) in pairs {
        r.close(&format!("cpu {cpu} {k} vs {who}"), ours, theirs, CPU_PP);
    }
}

#[test]
fn cpu_and_network_agree_with_mpstat_sar_and_ip_under_load() {
    if let Some(m) = missing(&["stress-ng", "mpstat", "sadf", "vmstat", "ip", "nice"]) {
        return peer_missing(&m);
    }
    let Some(sadc) = ["/usr/lib/sysstat/sadc", "/usr/libexec/sysstat/sadc"].into_iter().find(|p| Path::new(p).exists())
    else {
        return peer_missing("sadc (Debian package sysstat)");
    };
    // Dropped last: after the load is killed and gone.
    let _serial = serial();
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state");
    let sa = dir.path().join("sa.bin");

    // Steady load: 60 % user on CPU 0 (plus a sync() worker there), niced 40 % on CPU 1.
    let stress = |c: &mut Command| {
        c.current_dir(dir.path()).stdout(Stdio::null()).stderr(Stdio::null()).process_group(0).spawn().unwrap()
    };
    let mut load = Killed(Vec::new());
    load.0.push(stress(
        peer("stress-ng")
            .args(["--cpu", "1", "--cpu-load", "60", "--io", "1", "--taskset", "0", "--timeout", "40s", "--temp-path"])
            .arg(dir.path()),
    ));
    load.0.push(stress(
        peer("nice")
            .args([
                "-n",
                "10",
                "stress-ng",
                "--cpu",
                "1",
                "--cpu-load",
                "40",
                "--taskset",
                "1",
                "--timeout",
                "40s",
                "--temp-path",
            ])
            .arg(dir.path()),
    ));
    std::thread::sleep(Duration::from_secs(1));

    // The window: gatherer and the three peer samplers started together (gatherer first:
    // a debug build takes 40-150 ms here from exec to its first /proc/stat read, the C
    // tools a few ms, so its window trails theirs by about that much).
    let links_a = ip_links();
    let mut mp = peer("mpstat");
    mp.args(["-P", "ALL", &WINDOW_S.to_string(), "1", "-o", "JSON"]);
    let mut sar = peer(sadc);
    sar.args([&WINDOW_S.to_string(), "2"]).arg(&sa);
    let mut vmstat = peer("vmstat");
    vmstat.args(["-n", &WINDOW_S.to_string(), "2"]);
    let mut ours = gatherer(dir.path());
    ours.args(["once", "--collectors", "cpu,network", "--state-dir"]).arg(&state).args([
        "--cpu-interval",
        &WINDOW_S.to_string(),
        "--network-interval",
        &WINDOW_S.to_string(),
    ]);
    let t0 = Instant::now();
    let ours = timed(ours);
    let (mp, sar, vmstat) = (timed(mp), timed(sar), timed(vmstat));

    std::thread::sleep(Duration::from_millis(1000).saturating_sub(t0.elapsed()));
    let links_b = ip_links();
    let traffic_start = Instant::now();
    let moved = lo_transfer(LO_PAYLOAD);
    let traffic_end = Instant::now();
    std::thread::sleep(Duration::from_millis(4500).saturating_sub(t0.elapsed()));
    let links_c = ip_links();
    let (load_e, load_e_at) = loadavg();
    let ours = ours.join().unwrap();
    let (load_f, _) = loadavg();
    let links_d = ip_links();
    let (mp, sar, vmstat) = (mp.join().unwrap(), sar.join().unwrap(), vmstat.join().unwrap());
    drop(load);

    assert!(ours.out.status.success(), "gatherer: {}", text(&ours.out));
    assert!(mp.out.status.success(), "mpstat: {}", text(&mp.out));
    assert!(sar.out.status.success(), "sadc: {}", text(&sar.out));
    assert!(vmstat.out.status.success(), "vmstat: {}", text(&vmstat.out));
    assert_eq!(moved, LO_PAYLOAD, "the loopback transfer completed");
    let sadf = run_ok(peer("sadf").arg("-j").arg(&sa).args(["--", "-u", "ALL", "-P", "ALL", "-w", "-n", "DEV"]));
    let sar_json = stdout_json(&sadf);
    let sar_stats = sysstat_stats(&sar_json);
    let mp_json = stdout_json(&mp.out);
    let mp_stats = sysstat_stats(&mp_json);
    let cpu = json(&state.join("cpu.json"));
    let net = json(&state.join("network.json"));
    let mut r = Report::default();

    // ---- cpu
    let cpu_len = num(&cpu, "interval_s");
    r.check((cpu_len - WINDOW_S as f64).abs() < 0.2, format!("cpu window {cpu_len} s is the asked {WINDOW_S} s"));
    // Where the windows can lie (each inside its process's life, mpstat's and sadc's >= 5 s
    // by alarm(5)): an upper bound on the distance between their starts plus their ends.
    let w = WINDOW_S as f64;
    let slack = |t: &Timed, len: f64| {
        let start = (ours.exited - Duration::from_secs_f64(cpu_len)).max(t.exited - Duration::from_secs_f64(len))
            - ours.spawned.min(t.spawned);
        let end = ours.exited.max(t.exited)
            - (ours.spawned + Duration::from_secs_f64(cpu_len)).min(t.spawned + Duration::from_secs_f64(len));
        (start + end).as_secs_f64()
    };
    let (mp_slack, sar_slack) = (slack(&mp, w), slack(&sar, w));
    for (n, t) in [("gatherer", &ours), ("mpstat", &mp), ("sadc", &sar), ("vmstat", &vmstat)] {
        eprintln!(
            "{n}: spawned +{:.4} s, lived {:.4} s",
            (t.spawned - t0).as_secs_f64(),
            (t.exited - t.spawned).as_secs_f64()
        );
    }
    r.check(mp_slack <= MAX_SLACK_S, format!("mpstat and gatherer ran together: slack {mp_slack:.4} s"));
    r.check(sar_slack <= MAX_SLACK_S, format!("sadc and gatherer ran together: slack {sar_slack:.4} s"));

    let ncpu = int(&cpu, "cpus");
    r.check(
        ncpu == int(&mp_json["sysstat"]["hosts"][0], "number-of-cpus"),
        format!("{ncpu} CPUs, as mpstat's number-of-cpus"),
    );
    let per_cpu = cpu["per_cpu_percent"].as_object().expect("per-CPU percentages");
    r.check(per_cpu.len() as u64 == ncpu, format!("a percentage set for each of the {ncpu} CPUs"));
    for (who, stats) in [("mpstat", mp_stats), ("sar", sar_stats)] {
        let loads = stats["cpu-load"].as_array().unwrap_or_else(|| panic!("{who}: no cpu-load in {stats}"));
        r.check(loads.len() as u64 == ncpu + 1, format!("{who} lists all + {ncpu} CPUs"));
        for l in loads {
            let name = l["cpu"].as_str().unwrap();
            let ours = if name == "all" { &cpu["percent"] } else { &per_cpu[name] };
            compare_cpu(&mut r, who, name, ours, l);
        }
    }
    // The load really ran: CPU 0 busy by both counts, CPU 1 niced by both (the niced
    // worker is the only niced work here; against nice-0 builds on the same CPU it gets a
    // weight of 110 to their 1024 each, so a few percent, not its 40).
    let mp_cpu = |n: &str| mp_stats["cpu-load"].as_array().unwrap().iter().find(|l| l["cpu"] == n).unwrap().clone();
    let (mp0, mp1) = (mp_cpu("0"), mp_cpu("1"));
    let busy0 = (num(&per_cpu["0"], "busy_pct"), 100.0 - num(&mp0, "idle") - num(&mp0, "iowait"));
    r.check(busy0.0 >= 30.0 && busy0.1 >= 30.0, format!("CPU 0 under load: busy {busy0:?} >= 30 %"));
    let nice1 = (num(&per_cpu["1"], "nice"), num(&mp1, "nice"));
    r.check(nice1.0 >= 1.0 && nice1.1 >= 1.0, format!("CPU 1 runs the niced worker: nice {nice1:?} >= 1 %"));

    // Event rates: the same /proc/stat counters over near-identical windows, vs sar -w
    // (which divides by the /proc/uptime interval, in 10 ms steps) and vmstat's in and cs
    // (Δ over the nominal 5 s, rounded to an integer). Bursty background work can land in
    // the few ms the windows do not share: 10 % + 10/s. Not `sar -I SUM`: that sums the
    // rows of /proc/interrupts, which on x86 include TLB shootdowns that /proc/stat's
    // `intr` total (gatherer's, psutil's, vmstat's) leaves out: hundreds per second here.
    let pcs = &sar_stats["process-and-context-switch"];
    let vm = String::from_utf8(vmstat.out.stdout.clone()).unwrap();
    let vm_lines: Vec<Vec<&str>> = vm.lines().map(|l| l.split_whitespace().collect()).collect();
    let vm_head = vm_lines.iter().find(|l| l.first() == Some(&"r")).expect("vmstat header");
    let vm_col = |k: &str| -> f64 {
        let i = vm_head.iter().position(|h| *h == k).unwrap_or_else(|| panic!("vmstat has no {k}: {vm}"));
        vm_lines.last().unwrap()[i].parse().unwrap()
    };
    for (k, who, theirs) in [
        ("context_switches_per_s", "sar cswch/s", num(pcs, "cswch")),
        ("context_switches_per_s", "vmstat cs", vm_col("cs")),
        ("forks_per_s", "sar proc/s", num(pcs, "proc")),
        ("interrupts_per_s", "vmstat in", vm_col("in")),
    ] {
        r.close(&format!("{k} vs {who}"), num(&cpu, k), theirs, theirs * 0.10 + 10.0);
    }

    // Load averages: the kernel recomputes them every 5 s, so what gatherer read at the
    // end of its window is what /proc/loadavg showed just before or just after.
    let ours_load = [num(&cpu, "load1"), num(&cpu, "load5"), num(&cpu, "load15")];
    r.check(
        load_e_at <= ours.spawned + Duration::from_secs_f64(cpu_len),
        "the first /proc/loadavg read precedes gatherer's last sample".into(),
    );
    r.check(
        ours_load == load_e || ours_load == load_f,
        format!("load averages {ours_load:?} are /proc/loadavg's just before {load_e:?} or after {load_f:?}"),
    );

    // ---- network
    let net_len = num(&net, "interval_s");
    r.check((net_len - WINDOW_S as f64).abs() < 0.2, format!("network window {net_len} s"));
    // The brackets hold only if A and B precede/follow gatherer's first sample and C and D
    // its last: its window starts after its spawn and ends before its exit.
    let (first_latest, last_earliest) =
        (ours.exited - Duration::from_secs_f64(net_len), ours.spawned + Duration::from_secs_f64(net_len));
    r.check(links_b.before >= first_latest, "ip snapshot B follows gatherer's first network sample".into());
    r.check(links_c.after <= last_earliest, "ip snapshot C precedes gatherer's last network sample".into());
    r.check(
        traffic_start >= first_latest && traffic_end <= last_earliest,
        format!("the transfer ({:.3} s) lies inside gatherer's window", (traffic_end - traffic_start).as_secs_f64()),
    );
    let ifaces = net["interfaces"].as_object().expect("interfaces");
    for name in links_b.ifaces.keys().filter(|n| links_c.ifaces.contains_key(*n)) {
        r.check(ifaces.contains_key(name), format!("gatherer lists {name}, which ip lists throughout"));
    }
    let mut total = [0u64; 16];
    let mut total_nolo = [0u64; 16];
    for (name, i) in ifaces {
        let (Some(a), Some(b), Some(c), Some(d)) =
            (links_a.ifaces.get(name), links_b.ifaces.get(name), links_c.ifaces.get(name), links_d.ifaces.get(name))
        else {
            r.check(false, format!("{name}: gatherer lists it, ip did not throughout the window"));
            continue;
        };
        let mut bad = Vec::new();
        for (k, col) in NET_COLS.iter().enumerate() {
            let g = int(&i["counters"], col);
            total[k] += g;
            if i["loopback"] != true {
                total_nolo[k] += g;
            }
            if !(c[k] <= g && g <= d[k]) {
                bad.push(format!("{col} {g} not in ip's [{}, {}]", c[k], d[k]));
            }
        }
        r.check(bad.is_empty(), format!("{name}: all 16 counters inside ip's end bracket {bad:?}"));
        // Growth over the window, from the rates: between C-B and D-A.
        let rates = &i["per_second"];
        for (k, col) in [(0, "rx_bytes"), (1, "rx_packets"), (2, "rx_errors"), (3, "rx_dropped")].into_iter().chain([
            (8, "tx_bytes"),
            (9, "tx_packets"),
            (10, "tx_errors"),
            (11, "tx_dropped"),
        ]) {
            let grew = num(rates, col) * net_len;
            let (lo, hi) = (c[k].saturating_sub(b[k]) as f64, d[k].saturating_sub(a[k]) as f64);
            let slop = 0.01 + grew * 1e-6; // rate rounded to 0.001, interval to 1 µs
            r.check(
                lo - slop <= grew && grew <= hi + slop,
                format!("{name} {col}/s × {net_len} s = {grew:.1} inside ip's growth [{lo}, {hi}]"),
            );
        }
    }
    let lo = &ifaces["lo"];
    r.check(lo["loopback"] == true, "lo is the loopback".into());
    let lo_rx = num(&lo["per_second"], "rx_bytes");
    r.check(
        lo_rx * net_len >= LO_PAYLOAD as f64,
        format!("lo rx {lo_rx} B/s × {net_len} s holds the {LO_PAYLOAD} B pushed through it"),
    );
    for (k, col) in NET_COLS.iter().enumerate() {
        r.check(int(&net["total"]["counters"], col) == total[k], format!("total {col} is the sum of the interfaces"));
        r.check(
            int(&net["total_without_loopback"]["counters"], col) == total_nolo[k],
            format!("total_without_loopback {col} is the sum without lo"),
        );
    }
    // sar -n DEV for the same window: kB = 1024 B (sysstat's pr_stats.c); the transfer lies inside both
    // windows, so only background traffic and sar's 10 ms uptime steps differ: 3 %.
    let sar_lo = sar_stats["network"]["net-dev"]
        .as_array()
        .and_then(|a| a.iter().find(|i| i["iface"] == "lo"))
        .expect("sar lists lo");
    r.close("lo rx B/s vs sar rxkB/s×1024", lo_rx, num(sar_lo, "rxkB") * 1024.0, lo_rx * 0.03);
    r.close(
        "lo tx B/s vs sar txkB/s×1024",
        num(&lo["per_second"], "tx_bytes"),
        num(sar_lo, "txkB") * 1024.0,
        lo_rx * 0.03,
    );
    let lo_pk = num(&lo["per_second"], "rx_packets");
    r.close("lo rx packets/s vs sar rxpck/s", lo_pk, num(sar_lo, "rxpck"), lo_pk * 0.05 + 20.0);
    eprintln!("window slack: mpstat {mp_slack:.4} s, sadc {sar_slack:.4} s");
    r.finish("cpu and network");
}

// ------------------------------------------------------------------------------------

/// Mounts and a loop device made by the test, undone however it ends (before the
/// temporary directory they live in goes).
#[derive(Default)]
struct Undo {
    mounts: Vec<PathBuf>,
    loop_dev: Option<String>,
}

impl Drop for Undo {
    fn drop(&mut self) {
        for m in self.mounts.iter().rev() {
            // Busy only while something outside this test holds it (a stress-ng --io of
            // another run on this machine keeps every mount point it found open until it
            // ends): wait for that, then detach it lazily as the last resort, saying so.
            let until = Instant::now() + Duration::from_secs(20);
            let mut last = None;
            while Instant::now() < until {
                match Command::new("umount").arg(m).output() {
                    Ok(o) if o.status.success() => {
                        last = None;
                        break;
                    }
                    Ok(o) => last = Some(String::from_utf8_lossy(&o.stderr).into_owned()),
                    Err(e) => last = Some(e.to_string()),
                }
                std::thread::sleep(Duration::from_millis(200));
            }
            if let Some(why) = last {
                eprintln!("{} still busy after 20 s ({}); detaching it (umount -l)", m.display(), why.trim());
                let _ = Command::new("umount").arg("-l").arg(m).status();
            }
        }
        if let Some(d) = &self.loop_dev {
            let _ = Command::new("losetup").arg("-d").arg(d).status();
        }
    }
}

/// An MBR with Linux partitions at (start, sectors).
fn mbr(parts: &[(u32, u32)]) -> [u8; 512] {
    let mut b = [0u8; 512];
    for (i, (start, len)) in parts.iter().enumerate() {
        let e = 446 + 16 * i;
        b[e + 4] = 0x83;
        b[e + 8..e + 12].copy_from_slice(&start.to_le_bytes());
        b[e + 12..e + 16].copy_from_slice(&len.to_le_bytes());
    }
    b[510] = 0x55;
    b[511] = 0xaa;
    b
}

/// `free -b -w`: Mem (total used free shared buffers cache available), Swap (total used free).
fn free() -> (Vec<u64>, Vec<u64>) {
    let o = run_ok(peer("free").args(["-b", "-w"]));
    let s = String::from_utf8(o.stdout).unwrap();
    let row = |name: &str| -> Vec<u64> {
        let l = s.lines().find(|l| l.starts_with(name)).unwrap_or_else(|| panic!("free: no {name} in {s}"));
        l.split_whitespace().skip(1).map(|v| v.parse().unwrap()).collect()
    };
    (row("Mem:"), row("Swap:"))
}

/// One `df` line.
#[derive(Debug, Clone, PartialEq)]
struct Df {
    source: String,
    fstype: String,
    size: u64,
    used: u64,
    avail: u64,
    pcent: Option<f64>,
    itotal: Option<u64>,
    iused: Option<u64>,
    iavail: Option<u64>,
    ipcent: Option<f64>,
}

/// `df -B1 --output=...` by mount point, of every filesystem or of those holding
/// `targets`. df exits 1 when some mount cannot be read (someone's dead FUSE mount): its
/// other lines still stand. A hung one (NFS, FUSE: the very thing gatherer's lanes guard
/// against; other tests on this machine make them) blocks df's statfs for ever: `None`
/// after 20 s.
fn df(targets: &[&Path]) -> Option<BTreeMap<String, Df>> {
    let o = peer("timeout")
        .args(["-s", "KILL", "20", "df", "-B1"])
        .arg("--output=source,fstype,size,used,avail,pcent,target,itotal,iused,iavail,ipcent")
        .args(targets)
        .output()
        .unwrap();
    if o.status.code() == Some(137) {
        eprintln!("df hung on some mount for 20 s: {}", text(&o));
        return None;
    }
    let s = String::from_utf8(o.stdout.clone()).unwrap();
    let mut out = BTreeMap::new();
    for l in s.lines().skip(1) {
        let f: Vec<&str> = l.split_whitespace().collect();
        if f.len() != 11 {
            continue; // a name with a space: not one of the mounts compared here
        }
        let n = |v: &str| v.parse::<u64>().ok();
        let pct = |v: &str| v.strip_suffix('%').and_then(|p| p.parse::<f64>().ok());
        out.insert(
            f[6].to_string(),
            Df {
                source: f[0].into(),
                fstype: f[1].into(),
                size: f[2].parse().unwrap(),
                used: f[3].parse().unwrap(),
                avail: f[4].parse().unwrap(),
                pcent: pct(f[5]),
                itotal: n(f[7]),
                iused: n(f[8]),
                iavail: n(f[9]),
                ipcent: pct(f[10]),
            },
        );
    }
    assert!(out.contains_key("/"), "df lists /: {}", text(&o));
    Some(out)
}

/// Every `{field, data}` of `lscpu -J` (children included).
fn lscpu_fields(v: &Value, out: &mut BTreeMap<String, String>) {
    if let (Some(f), Some(d)) = (v["field"].as_str(), v["data"].as_str()) {
        out.insert(f.trim_end_matches(':').to_string(), d.to_string());
    }
    for c in v["lscpu"].as_array().into_iter().chain(v["children"].as_array()).flatten() {
        lscpu_fields(c, out);
    }
}

/// One `lsblk` device.
#[derive(Debug, PartialEq)]
struct Blk {
    majmin: String,
    size: u64,
    kind: String,
    parent: Option<String>,
    mounts: BTreeSet<String>,
}

/// `lsblk` devices flattened, by name.
fn lsblk_flat(v: &Value, parent: Option<&str>, out: &mut BTreeMap<String, Blk>) {
    for d in v.as_array().into_iter().flatten() {
        let name = d["name"].as_str().unwrap().to_string();
        let mounts = d["mountpoints"].as_array().into_iter().flatten().filter_map(|m| m.as_str().map(String::from));
        out.insert(
            name.clone(),
            Blk {
                majmin: d["maj:min"].as_str().unwrap().to_string(),
                size: d["size"].as_u64().unwrap(),
                kind: d["type"].as_str().unwrap().to_string(),
                parent: parent.map(String::from),
                mounts: mounts.collect(),
            },
        );
        lsblk_flat(&d["children"], Some(&name), out);
    }
}

#[test]
fn memory_filesystems_and_inventory_agree_with_free_df_lscpu_lsblk() {
    if !is_root() {
        return peer_missing("root (to mount a tmpfs and set up a loop disk)");
    }
    if let Some(m) =
        missing(&["free", "df", "lscpu", "lsblk", "nproc", "losetup", "partx", "mkfs.ext4", "mount", "umount"])
    {
        return peer_missing(&m);
    }
    // Dropped last: after the mounts are undone.
    let _serial = serial();
    let dir = tempfile::tempdir().unwrap();
    let mut undo = Undo::default();
    let page = rustix::param::page_size() as u64;

    // A tmpfs of known size and fill: 10 MiB + two 1-byte files (a page each).
    let tmpfs = dir.path().join("tmpfs");
    std::fs::create_dir(&tmpfs).unwrap();
    run_ok(Command::new("mount").args(["-t", "tmpfs", "-o", "size=64m,nr_inodes=1000", "gatherer-live"]).arg(&tmpfs));
    undo.mounts.push(tmpfs.clone());
    std::fs::write(tmpfs.join("a"), vec![1u8; 10 * MIB as usize]).unwrap();
    std::fs::write(tmpfs.join("b"), b"b").unwrap();
    std::fs::write(tmpfs.join("c"), b"c").unwrap();

    // A 64 MiB loop disk: p1 20 MiB (ext4, mounted, 4 MiB file), p2 an odd 20481 sectors
    // (as a last partition ending at a disk's end often is), unmounted.
    let img = dir.path().join("disk.img");
    {
        let mut f = std::fs::File::create(&img).unwrap();
        f.write_all(&mbr(&[(2048, 40960), (43008, 20481)])).unwrap();
        f.set_len(64 * MIB).unwrap();
    }
    let o = run_ok(Command::new("losetup").args(["-P", "-f", "--show"]).arg(&img));
    let dev = String::from_utf8(o.stdout).unwrap().trim().to_string();
    undo.loop_dev = Some(dev.clone());
    let base = dev.trim_start_matches("/dev/").to_string();
    let (p1, p2) = (format!("{base}p1"), format!("{base}p2"));
    // A kernel built without partition-table parsers (this VM's) finds none on `-P`: then
    // add them as util-linux reads the MBR (BLKPG), which is what the kernel would list.
    if !Path::new("/sys/class/block").join(&p2).exists() {
        run_ok(Command::new("partx").args(["-a"]).arg(&dev));
    }
    eventually(10, "the loop partitions", || Path::new(&format!("/dev/{p2}")).exists().then_some(()));
    run_ok(
        Command::new("mkfs.ext4")
            .args(["-q", "-F", "-E", "lazy_itable_init=0,lazy_journal_init=0"])
            .arg(format!("/dev/{p1}")),
    );
    let ext4 = dir.path().join("ext4");
    std::fs::create_dir(&ext4).unwrap();
    run_ok(Command::new("mount").arg(format!("/dev/{p1}")).arg(&ext4));
    undo.mounts.push(ext4.clone());
    {
        let mut f = std::fs::File::create(ext4.join("data")).unwrap();
        f.write_all(&vec![7u8; 4 * MIB as usize]).unwrap();
        f.sync_all().unwrap();
        rustix::fs::syncfs(&f).unwrap();
    }

    let state = dir.path().join("state");
    let once = |collectors: &str| {
        let o = gatherer(dir.path())
            .args(["once", "--collectors", collectors, "--state-dir"])
            .arg(&state)
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", text(&o));
    };
    // Each gatherer sample bracketed by its peer, as tightly as two processes allow.
    let (mem_1, swap_1) = free();
    once("memory");
    let (mem_2, swap_2) = free();
    // Every filesystem, unless a hung mount elsewhere stops df: then just ours and /.
    let ours_only = [Path::new("/"), &tmpfs, &ext4];
    let (df_all, df_1) = match df(&[]) {
        Some(d) => (true, d),
        None => (false, df(&ours_only).expect("df of / and our own mounts")),
    };
    let lsblk_1 = run_ok(peer("lsblk").args(["-b", "-J", "-o", "NAME,SIZE,MAJ:MIN,TYPE,MOUNTPOINTS"]));
    once("filesystems,inventory");
    let df_2 = df(if df_all { &[] } else { &ours_only }).expect("df again");
    let lsblk_2 = run_ok(peer("lsblk").args(["-b", "-J", "-o", "NAME,SIZE,MAJ:MIN,TYPE,MOUNTPOINTS"]));
    let nproc = String::from_utf8(run_ok(&mut peer("nproc")).stdout).unwrap().trim().parse::<u64>().unwrap();
    let mut lscpu = BTreeMap::new();
    lscpu_fields(&stdout_json(&run_ok(peer("lscpu").arg("-J"))), &mut lscpu);
    let meminfo_total = std::fs::read_to_string("/proc/meminfo")
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("MemTotal:"))
        .and_then(|v| v.split_whitespace().next()?.parse::<u64>().ok())
        .unwrap()
        * 1024;
    let mem = json(&state.join("memory.json"));
    let fs = json(&state.join("filesystems.json"));
    let inv = json(&state.join("inventory.json"));
    let mut r = Report::default();

    // ---- memory
    // /proc/meminfo moves all the time (the load, other processes): gatherer's value must
    // lie between free's just before and just after, give or take 16 MiB for what can move
    // back and forth in the few ms between (page cache and slab churn of a busy box).
    const MEM_TOL: u64 = 16 * MIB;
    let within = |r: &mut Report, what: &str, ours: u64, a: u64, b: u64, tol: u64| {
        let (lo, hi) = (a.min(b).saturating_sub(tol), a.max(b) + tol);
        r.check(
            lo <= ours && ours <= hi,
            format!("{what}: gatherer {ours} in free's [{}, {}] ± {tol}", a.min(b), a.max(b)),
        );
    };
    r.check(int(&mem, "total") == mem_1[0] && mem_1[0] == mem_2[0], format!("memory total {} = free's", mem_1[0]));
    for (k, i) in [("used", 1), ("free", 2), ("shared", 3), ("available", 6)] {
        within(&mut r, &format!("memory {k}"), int(&mem, k), mem_1[i], mem_2[i], MEM_TOL);
    }
    within(&mut r, "memory buff_cache", int(&mem, "buff_cache"), mem_1[4] + mem_1[5], mem_2[4] + mem_2[5], MEM_TOL);
    for (k, i) in [("swap_total", 0), ("swap_used", 1), ("swap_free", 2)] {
        within(&mut r, &format!("memory {k}"), int(&mem, k), swap_1[i], swap_2[i], if i == 0 { 0 } else { MEM_TOL });
    }
    // The definitions, exactly, on gatherer's own /proc/meminfo snapshot (procps 4.0 meminfo.c).
    let mi = &mem["meminfo"];
    r.check(
        int(&mem, "used") == int(&mem, "total") - int(&mem, "available"),
        "memory used = total - available (free 4.0)".into(),
    );
    r.check(
        int(&mem, "buff_cache") == int(mi, "Buffers") + int(mi, "Cached") + int(mi, "SReclaimable"),
        "memory buff_cache = Buffers + Cached + SReclaimable".into(),
    );
    for (k, m) in [("total", "MemTotal"), ("free", "MemFree"), ("shared", "Shmem"), ("available", "MemAvailable")] {
        r.check(int(&mem, k) == int(mi, m), format!("memory {k} = meminfo {m}"));
    }

    // ---- filesystems
    let ours_fs = fs["filesystems"].as_object().expect("filesystems");
    let (tmpfs_s, ext4_s) = (tmpfs.to_str().unwrap(), ext4.to_str().unwrap());
    for m in ["/", tmpfs_s, ext4_s] {
        r.check(
            ours_fs.contains_key(m) && df_1.contains_key(m) && df_2.contains_key(m),
            format!("{m}: gatherer and df both list it"),
        );
    }
    // Busy filesystems (/ is where every build writes): 64 MiB of slack around df's bracket.
    const FS_TOL: u64 = 64 * MIB;
    let mut compared = 0;
    for (m, g) in ours_fs {
        let (Some(a), Some(b)) = (df_1.get(m), df_2.get(m)) else { continue };
        compared += 1;
        let gi = |k: &str| int(g, k);
        let gp = |k: &str| g[k].as_f64();
        r.check(
            g["device"] == a.source.as_str() && g["fstype"] == a.fstype.as_str(),
            format!("{m}: device {} type {} as df's {} {}", g["device"], g["fstype"], a.source, a.fstype),
        );
        r.check(gi("size") == a.size && a.size == b.size, format!("{m}: size {} = df's {}", gi("size"), a.size));
        r.check(
            Some(gi("inodes")) == a.itotal.or(Some(0)) || a.itotal.is_none(),
            format!("{m}: inodes {} = df's {:?}", gi("inodes"), a.itotal),
        );
        // Use% is df's ceil(100·used/(used+avail)) on gatherer's own numbers, always.
        let (u, av) = (gi("used"), gi("available"));
        let ceil = (u + av > 0).then(|| ((u as u128 * 100).div_ceil((u + av) as u128)) as f64);
        r.check(
            gp("used_pct") == ceil,
            format!("{m}: Use% {:?} = ceil rule on its used/avail {ceil:?}", gp("used_pct")),
        );
        let quiet = a == b;
        if m == tmpfs_s || m == ext4_s {
            r.check(quiet, format!("{m}: ours, untouched between the two df runs"));
        }
        if quiet && (u, av) == (a.used, a.avail) {
            r.check(gp("used_pct") == a.pcent, format!("{m}: Use% {:?} = df's {:?} exactly", gp("used_pct"), a.pcent));
        }
        let exact = m == tmpfs_s || m == ext4_s;
        for (k, x, y) in [("used", a.used, b.used), ("available", a.avail, b.avail)] {
            let tol = if exact { 0 } else { FS_TOL };
            let (lo, hi) = (x.min(y).saturating_sub(tol), x.max(y) + tol);
            r.check(lo <= gi(k) && gi(k) <= hi, format!("{m}: {k} {} in df's [{lo}, {hi}]", gi(k)));
        }
        if let (Some(x), Some(y), Some(_)) = (a.iused, b.iused, a.itotal) {
            let tol = if exact { 0 } else { 1000 };
            let (lo, hi) = (x.min(y).saturating_sub(tol), x.max(y) + tol);
            let ours = gi("inodes_used");
            r.check(lo <= ours && ours <= hi, format!("{m}: inodes_used {ours} in df's [{lo}, {hi}]"));
            r.check(gi("inodes_free") + ours == gi("inodes"), format!("{m}: inodes_free + inodes_used = inodes"));
            if exact {
                r.check(Some(gi("inodes_free")) == a.iavail, format!("{m}: inodes_free = df's IFree"));
                r.check(gp("inodes_used_pct") == a.ipcent, format!("{m}: IUse% = df's {:?}", a.ipcent));
            }
        }
    }
    // The known fill of the tmpfs, from first principles rather than from df.
    let t = &ours_fs[tmpfs_s];
    r.check(int(t, "size") == 64 * MIB, format!("tmpfs size {} = the mounted 64 MiB", t["size"]));
    r.check(
        int(t, "used") == 10 * MIB + 2 * page,
        format!("tmpfs used {} = 10 MiB + two pages ({})", t["used"], 10 * MIB + 2 * page),
    );
    r.check(int(t, "inodes") == 1000, format!("tmpfs inodes {} = nr_inodes 1000", t["inodes"]));
    r.check(int(t, "inodes_used") == 4, format!("tmpfs inodes_used {} = its root and three files", t["inodes_used"]));
    r.check(compared >= 3, format!("{compared} filesystems compared"));
    // The same selection as df's, but for gatherer's documented exclusions (pseudo
    // filesystem types, /dev /proc /sys ...): both ways, for mounts df saw both times.
    if df_all {
        use gatherer::collectors::filesystems::{PSEUDO_TYPES, SKIPPED_MOUNTS};
        let pseudo: BTreeSet<&str> = PSEUDO_TYPES.split(',').collect();
        let skipped = |m: &str| SKIPPED_MOUNTS.split(',').any(|p| m == p || m.starts_with(&format!("{p}/")));
        let listed = |m: &str| ["filesystems", "stuck", "errors"].iter().any(|k| fs[k].get(m).is_some());
        for (m, d) in &df_1 {
            if df_2.get(m) != Some(d) && df_2.get(m).map(|x| &x.source) != Some(&d.source) {
                continue; // came or went meanwhile
            }
            if !pseudo.contains(d.fstype.as_str()) && !skipped(m) {
                r.check(listed(m), format!("{m} ({} {}): df lists it, so does gatherer", d.source, d.fstype));
            }
        }
        for m in ours_fs.keys() {
            r.check(df_1.contains_key(m) || df_2.contains_key(m), format!("{m}: gatherer lists it, so does df"));
        }
    }

    // ---- inventory
    let model = lscpu.get("Model name").cloned();
    r.check(int(&inv, "logical_cpus") == nproc, format!("logical_cpus {} = nproc {nproc}", inv["logical_cpus"]));
    let lint =
        |k: &str| lscpu.get(k).and_then(|v| v.parse::<u64>().ok()).unwrap_or_else(|| panic!("lscpu {k}: {lscpu:?}"));
    r.check(int(&inv, "logical_cpus") == lint("CPU(s)"), format!("logical_cpus = lscpu CPU(s) {}", lint("CPU(s)")));
    r.check(int(&inv, "sockets") == lint("Socket(s)"), format!("sockets {} = lscpu Socket(s)", inv["sockets"]));
    r.check(
        int(&inv, "physical_cores") == lint("Core(s) per socket") * lint("Socket(s)"),
        format!("physical_cores {} = lscpu cores per socket × sockets", inv["physical_cores"]),
    );
    r.check(
        inv["cpu_model"].as_str().map(String::from) == model,
        format!("cpu_model {} = lscpu {model:?}", inv["cpu_model"]),
    );
    let max_mhz = lscpu.get("CPU max MHz").map(|v| v.parse::<f64>().unwrap());
    r.check(inv["max_mhz"].as_f64() == max_mhz, format!("max_mhz {} = lscpu CPU max MHz {max_mhz:?}", inv["max_mhz"]));
    r.check(
        int(&inv, "memory_bytes") == meminfo_total && meminfo_total == mem_1[0],
        format!("memory_bytes {} = MemTotal = free total", inv["memory_bytes"]),
    );
    r.check(int(&inv, "swap_bytes") == swap_1[0], format!("swap_bytes {} = free's swap total", inv["swap_bytes"]));

    let mut blk = BTreeMap::new();
    lsblk_flat(&stdout_json(&lsblk_1)["blockdevices"], None, &mut blk);
    let mut blk_2 = BTreeMap::new();
    lsblk_flat(&stdout_json(&lsblk_2)["blockdevices"], None, &mut blk_2);
    let parts = inv["partitions"].as_array().expect("partitions");
    let by_name: BTreeMap<&str, &Value> = parts.iter().map(|p| (p["name"].as_str().unwrap(), p)).collect();
    for n in [base.as_str(), &p1, &p2] {
        r.check(by_name.contains_key(n) && blk.contains_key(n), format!("{n}: in gatherer's inventory and lsblk"));
    }
    for (name, b) in &blk {
        // lsblk lists empty devices (a zram or loop with nothing behind it) that
        // /proc/partitions leaves out; RAM disks (major 1) it hides by default.
        if b.size == 0 || blk_2.get(name) != Some(b) {
            continue;
        }
        let Some(p) = by_name.get(name.as_str()) else {
            r.check(false, format!("{name}: lsblk lists it ({} B), gatherer does not", b.size));
            continue;
        };
        let ours_mm = format!("{}:{}", p["major"], p["minor"]);
        r.check(ours_mm == b.majmin, format!("{name}: {ours_mm} = lsblk {}", b.majmin));
        r.check(
            int(p, "size_bytes") == b.size,
            format!("{name}: size_bytes {} = lsblk SIZE {}", p["size_bytes"], b.size),
        );
        let ours_parent = p["disk"].as_str().map(String::from);
        let want_parent = if b.kind == "part" { b.parent.clone() } else { None };
        r.check(
            ours_parent == want_parent,
            format!("{name}: disk {ours_parent:?} = lsblk parent of a {} {want_parent:?}", b.kind),
        );
        let ours_mounts: BTreeSet<String> =
            p["mountpoints"].as_array().unwrap().iter().map(|m| m.as_str().unwrap().to_string()).collect();
        r.check(ours_mounts == b.mounts, format!("{name}: mount points {ours_mounts:?} = lsblk {:?}", b.mounts));
    }
    for p in parts {
        let n = p["name"].as_str().unwrap();
        r.check(blk.contains_key(n) || p["major"] == 1, format!("{n}: gatherer lists it, so does lsblk"));
    }
    r.check(by_name.get(p1.as_str()).is_some_and(|p| p["fstype"] == "ext4"), format!("{p1}: fstype ext4"));
    r.check(
        by_name.get(p2.as_str()).is_some_and(|p| p["mountpoints"].as_array().is_some_and(|m| m.is_empty())),
        format!("{p2}: not mounted"),
    );
    drop(undo);
    r.finish("memory, filesystems and inventory");
}
