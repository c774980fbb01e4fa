//! The state files are a contract the checks, munin and other people's scripts read:
//! one golden file per collector pins the exact bytes of a state file for fixed values,
//! and a live run on fixture roots must produce the same structure.
//!
//! `GATHERER_REGENERATE=1 cargo test --test golden` rewrites the golden files (review the
//! diff: a changed golden file is a changed contract).

mod common;
use common::*;
use gatherer::collectors::diskstats::{DiskUtil, DiskWindow};
use gatherer::collectors::providers::{ProviderState, ProviderStats};
use gatherer::collectors::scripts::{LastRun, Script, ScriptsReading};
use gatherer::collectors::vmware::CpuReady;
use gatherer::collectors::whisper::{ScanKind, WhisperCount};
use gatherer::collectors::{
    cpu, filesystems, inventory, kernel, memory, netqueues, netstat, network, pressure, processes, proctable, sockstat,
    softnet, temperatures, timex, vmstat,
};
use gatherer::state::{Envelope, Status, SCHEMA};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

fn golden(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(format!("{name}.json"))
}

fn envelope(collector: &str) -> Envelope {
    Envelope {
        schema: SCHEMA,
        collector: collector.into(),
        host: "graphite01".into(),
        status: Status::Ok,
        error: None,
        measured_at: Some("2026-11-22T03:00:00Z".into()),
        measured_at_unix: Some(1_795_316_400),
        attempted_at_unix: 1_795_316_400,
        duration_ms: 12,
    }
}

/// The bytes the daemon writes for `reading`: through the engine's `Measured`, as the
/// state-file sink encodes every report.
fn check_golden<R: gatherer::engine::collector::Reading>(collector: &str, reading: R) {
    let measured = gatherer::engine::collector::Measured::of(&reading).unwrap();
    let bytes = gatherer::state::state_json(&envelope(collector), Some(&measured.fields)).unwrap();
    // A reading's field named as one of the envelope's would make the state file unreadable
    // to every check (a duplicate key).
    if let Err(e) = serde_json::from_slice::<gatherer::state::Envelope>(&bytes) {
        panic!("{collector}: the state file does not read back: {e}");
    }
    let path = golden(collector);
    if std::env::var_os("GATHERER_REGENERATE").is_some() {
        fs::write(&path, &bytes).unwrap();
    }
    let want = fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert_eq!(String::from_utf8_lossy(&bytes), String::from_utf8_lossy(&want), "{collector}: format changed");
}

#[test]
fn diskstats_state_file_format() {
    let w = DiskWindow {
        util_pct: 12.5,
        r_s: 10.0,
        w_s: 2.5,
        rkb_s: 40.0,
        wkb_s: 80.0,
        r_await_ms: 0.8,
        w_await_ms: 1.25,
        aqu_sz: 0.02,
    };
    check_golden(
        "diskstats",
        DiskUtil { interval_s: 30.000412, disks: [("sda".to_string(), w)].into(), counters: Default::default() },
    );
}

#[test]
fn guests_state_file_format() {
    use gatherer::collectors::guests::{
        CgroupGuest, CgroupGuests, Disk, Domain, GuestsReading, Interface, LibvirtGuests,
    };
    let domain = Domain {
        uuid: "6695eb01-f6a4-8304-79aa-97f2502e193f".into(),
        state: "running".into(),
        vcpus: Some(2),
        cpu_time_ns: Some(48_772_617_035),
        cpu_pct: Some(25.5),
        cpu_pct_of_vcpus: Some(12.75),
        vcpu_pct: [("0".to_string(), 20.0), ("1".to_string(), 5.5)].into(),
        memory_current_bytes: Some(2 << 30),
        memory_max_bytes: Some(8 << 30),
        balloon_bytes: Some(2 << 30),
        disks: [("vda".to_string(), Disk { rd_reqs: 10, rd_bytes: 40960, wr_reqs: 5, wr_bytes: 20480 })].into(),
        interfaces: [(
            "vnet0".to_string(),
            Interface {
                rx_bytes: 1000,
                rx_packets: 10,
                rx_errs: 0,
                rx_drop: 0,
                tx_bytes: 2000,
                tx_packets: 20,
                tx_errs: 0,
                tx_drop: 1,
                source: "host".into(),
            },
        )]
        .into(),
        source: "domstats".into(),
    };
    let cgroup = CgroupGuest {
        cpu_time_ns: Some(5_000_000_000),
        cpu_pct: Some(3.25),
        memory_bytes: Some(104_857_600),
        memory_peak_bytes: Some(209_715_200),
        io_read_bytes: Some(4096),
        io_write_bytes: Some(8192),
        io_reads: Some(1),
        io_writes: Some(2),
        pids: Some(7),
    };
    check_golden(
        "guests",
        GuestsReading {
            interval_s: Some(60.0),
            note: None,
            libvirt: Some(LibvirtGuests {
                uri: "qemu:///system".into(),
                method: "domstats --nowait".into(),
                error: None,
                stuck: vec![],
                domains: [("vm1".to_string(), domain)].into(),
            }),
            cgroups: CgroupGuests {
                version: Some(1),
                roots: vec!["/machine.slice".into(), "/system.slice".into()],
                error: None,
                guests: [("/system.slice/cron.service".to_string(), cgroup)].into(),
            },
            missing: vec!["domain vm2".into()],
        },
    );
}

#[test]
fn whisper_state_file_format() {
    check_golden(
        "whisper",
        WhisperCount {
            root: "/opt/graphite/storage/whisper".into(),
            hosts: 3,
            metrics: 1200,
            dirs: 240,
            unreadable_dirs: 0,
            scan: ScanKind::Incremental,
        },
    );
}

#[test]
fn vmware_state_file_format() {
    check_golden(
        "vmware",
        CpuReady {
            is_vmware: true,
            source: Some("vsphere".into()),
            vm: Some("vm-42".into()),
            vm_name: Some("graphite01".into()),
            num_cpu: Some(4),
            cpu_ready_ms: Some(2000),
            interval_s: Some(20.0),
            cpu_ready_pct: Some(2.5),
            cpu_ready_pct_total: Some(10.0),
            note: None,
        },
    );
}

#[test]
fn cpu_state_file_format() {
    let m = cpu::Modes {
        user: 10.5,
        nice: 0.0,
        system: 4.25,
        idle: 300.0,
        iowait: 1.5,
        irq: 0.0,
        softirq: 0.5,
        steal: 0.0,
        guest: 0.0,
        guest_nice: 0.0,
    };
    let p = cpu::Percent {
        user: 20.0,
        nice: 0.0,
        system: 10.0,
        idle: 60.0,
        iowait: 5.0,
        irq: 0.0,
        softirq: 5.0,
        steal: 0.0,
        guest: 0.0,
        guest_nice: 0.0,
        busy_pct: 35.0,
        active_pct: 40.0,
    };
    check_golden(
        "cpu",
        cpu::CpuStats {
            cpus: 1,
            seconds: m,
            per_cpu_seconds: [(0, m)].into(),
            context_switches: 9000,
            interrupts: 5000,
            forks: 40,
            procs_running: 1,
            procs_blocked: 0,
            threads: 80,
            load1: 0.1,
            load5: 0.2,
            load15: 0.3,
            boot_time: Some(1_700_000_000),
            interval_s: Some(60.000125),
            percent: Some(p),
            per_cpu_percent: Some([(0, p)].into()),
            context_switches_per_s: Some(150.0),
            interrupts_per_s: Some(83.333),
            forks_per_s: Some(0.667),
        },
    );
}

#[test]
fn memory_state_file_format() {
    let kib = |k: u64| k * 1024;
    let meminfo: BTreeMap<String, u64> = [
        ("MemTotal", kib(2_000_000)),
        ("MemFree", kib(500_000)),
        ("MemAvailable", kib(1_500_000)),
        ("HugePages_Total", 0),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    check_golden(
        "memory",
        memory::MemStats {
            meminfo,
            total: kib(2_000_000),
            used: kib(500_000),
            free: kib(500_000),
            shared: kib(1000),
            buff_cache: kib(910_000),
            available: kib(1_500_000),
            used_pct: 25.0,
            swap_total: 0,
            swap_used: 0,
            swap_free: 0,
        },
    );
}

#[test]
fn network_state_file_format() {
    let c = network::Counters { rx_bytes: 5000, rx_packets: 10, tx_bytes: 7000, tx_packets: 12, ..Default::default() };
    let r = network::Rates {
        rx_bytes: 83.333,
        rx_packets: 0.167,
        tx_bytes: 116.667,
        tx_packets: 0.2,
        ..Default::default()
    };
    let class = network::NetClass {
        operstate: "up".into(),
        carrier: Some(1),
        mtu: Some(1500),
        speed_mbps: Some(1000),
        address: "52:54:00:12:34:56".into(),
        broadcast: "ff:ff:ff:ff:ff:ff".into(),
        duplex: "full".into(),
        ifalias: String::new(),
        rx_nohandler: Some(0),
    };
    let eth0 =
        network::Interface { physical: true, loopback: false, counters: c, per_second: Some(r), class: Some(class) };
    check_golden(
        "network",
        network::NetStats {
            interval_s: Some(60.000125),
            interfaces: [("eth0".to_string(), eth0)].into(),
            total: network::Total { counters: c, per_second: Some(r) },
            total_without_loopback: network::Total { counters: c, per_second: Some(r) },
        },
    );
}

fn map<V: Copy>(pairs: &[(&str, V)]) -> BTreeMap<String, V> {
    pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
}

#[test]
fn vmstat_state_file_format() {
    check_golden(
        "vmstat",
        vmstat::VmStats {
            fields: map(&[("oom_kill", 0.0), ("pgfault", 383343322.0), ("pgmajfault", 75862.0), ("pswpin", 0.0)]),
            per_second: Some(map(&[("oom_kill", 0.0), ("pgfault", 1250.5), ("pgmajfault", 0.25), ("pswpin", 0.0)])),
        },
    );
}

#[test]
fn netstat_state_file_format() {
    check_golden(
        "netstat",
        netstat::NetstatStats {
            fields: map(&[("Tcp_ActiveOpens", 306483.0), ("Tcp_CurrEstab", 2.0), ("TcpExt_ListenDrops", 0.0)]),
            per_second: Some(map(&[("Tcp_ActiveOpens", 5.1), ("TcpExt_ListenDrops", 0.0)])),
        },
    );
}

#[test]
fn sockstat_state_file_format() {
    check_golden(
        "sockstat",
        sockstat::SockStats {
            sockets_used: Some(31),
            fields: map(&[("TCP_inuse", 4), ("TCP_mem", 101), ("TCP_mem_bytes", 413696), ("TCP6_inuse", 0)]),
        },
    );
}

#[test]
fn softnet_state_file_format() {
    let cpu = |cpu, processed| softnet::CpuSoftnet { cpu, processed, dropped: 0, times_squeezed: 6 };
    check_golden("softnet", softnet::SoftnetStats { cpus: vec![cpu(0, 1990602), cpu(1, 1680004)] });
}

#[test]
fn netqueues_state_file_format() {
    let q = netqueues::UdpQueues { tx_bytes: 0, rx_bytes: 2560, sockets: 3 };
    check_golden(
        "netqueues",
        netqueues::NetQueues { udp_v4: Some(q), udp_v6: None, arp_entries: Some(map(&[("eth0", 1)])) },
    );
}

#[test]
fn pressure_state_file_format() {
    let stall = |avg10, avg60, avg300, total_us| pressure::Stall { avg10, avg60, avg300, total_us };
    let cpu = pressure::Resource { some: Some(stall(1.5, 2.25, 3.0, 4_000_000)), full: None };
    let io =
        pressure::Resource { some: Some(stall(0.5, 0.25, 0.1, 900_000)), full: Some(stall(0.1, 0.05, 0.0, 300_000)) };
    check_golden(
        "pressure",
        pressure::Pressure { resources: [("cpu".to_string(), cpu), ("io".to_string(), io)].into() },
    );
}

#[test]
fn kernel_state_file_format() {
    check_golden(
        "kernel",
        kernel::KernelTables {
            filefd_allocated: Some(4949),
            filefd_maximum: Some(2_466_246),
            filefd_used_pct: Some(0.201),
            entropy_available_bits: Some(256),
            entropy_pool_size_bits: Some(256),
            conntrack_entries: None,
            conntrack_limit: None,
            conntrack_used_pct: None,
        },
    );
}

#[test]
fn proctable_state_file_format() {
    let states = |v: &[(&str, u64)]| v.iter().map(|(k, n)| (k.to_string(), *n)).collect();
    check_golden(
        "proctable",
        proctable::ProcessTable {
            pids: 143,
            threads: 260,
            max_processes: Some(4_194_304),
            max_threads: Some(191_693),
            pids_used_pct: Some(0.006),
            threads_used_pct: Some(0.136),
            states: states(&[("I", 40), ("R", 1), ("S", 102)]),
            thread_states: states(&[("I", 40), ("R", 2), ("S", 218)]),
        },
    );
}

#[test]
fn timex_state_file_format() {
    check_golden(
        "timex",
        timex::Clock {
            time_s: 1_795_316_400.25,
            synchronised: true,
            status: 8193,
            offset_s: -0.000012,
            frequency_adjustment_ratio: 1.0000125,
            maxerror_s: 0.0415,
            estimated_error_s: 0.000125,
            loop_time_constant: 7,
            tick_s: 0.01,
            tai_offset_s: 37.0,
            ..Default::default()
        },
    );
}

#[test]
fn filesystems_state_file_format() {
    let root = filesystems::Filesystem {
        device: "/dev/vda".into(),
        fstype: "ext4".into(),
        readonly: false,
        size: 10_737_418_240,
        used: 4_294_967_296,
        available: 5_905_580_032,
        used_pct: Some(43.0),
        inodes: 655_360,
        inodes_used: 65_536,
        inodes_free: 589_824,
        inodes_used_pct: Some(10.0),
    };
    let stuck = filesystems::Stuck { device: "nfs01:/export".into(), fstype: "nfs4".into(), since_unix: 1_795_316_000 };
    check_golden(
        "filesystems",
        filesystems::FsStats {
            filesystems: [("/".to_string(), root)].into(),
            stuck: [("/mnt/nfs".to_string(), stuck)].into(),
            errors: [(
                "/mnt/gone".to_string(),
                filesystems::Failed {
                    device: "/dev/sdc1".into(),
                    fstype: "xfs".into(),
                    error: "No such file or directory (os error 2)".into(),
                },
            )]
            .into(),
        },
    );
}

#[test]
fn temperatures_state_file_format() {
    let core = temperatures::Sensor {
        source: temperatures::Source::Hwmon,
        chip: "platform_coretemp_0".into(),
        chip_name: Some("coretemp".into()),
        sensor: "temp1".into(),
        label: Some("Package id 0".into()),
        celsius: 45.0,
        max: Some(80.0),
        crit: Some(100.0),
        alarm: 0,
    };
    let zone = temperatures::Sensor {
        source: temperatures::Source::ThermalZone,
        chip: "thermal_zone".into(),
        chip_name: Some("acpitz".into()),
        sensor: "0".into(),
        label: None,
        celsius: 27.8,
        max: None,
        crit: Some(98.0),
        alarm: 0,
    };
    check_golden(
        "temperatures",
        temperatures::TempStats {
            sensors: [("platform_coretemp_0/temp1".to_string(), core), ("thermal_zone/acpitz".to_string(), zone)]
                .into(),
            errors: [("target0:0:0_0:0:0:0/temp1".to_string(), "Input/output error (os error 5)".to_string())].into(),
        },
    );
}

#[test]
fn inventory_state_file_format() {
    let vda = inventory::Partition {
        name: "vda1".into(),
        major: 254,
        minor: 1,
        size_bytes: 10_736_369_664,
        disk: Some("vda".into()),
        mountpoints: vec!["/".into()],
        fstype: Some("ext4".into()),
    };
    check_golden(
        "inventory",
        inventory::Inventory {
            hostname: Some("graphite01".into()),
            kernel: Some("6.1.0-13-amd64".into()),
            sysname: Some("Linux".into()),
            kernel_version: Some("#1 SMP PREEMPT_DYNAMIC Debian 6.1.55-1 (2023-09-29)".into()),
            machine: Some("x86_64".into()),
            domainname: Some("(none)".into()),
            logical_cpus: 8,
            present_cpus: 8,
            physical_cores: 4,
            sockets: 1,
            cpu_model: Some("Intel(R) Xeon(R) CPU E3-1230 v5 @ 3.40GHz".into()),
            max_mhz: Some(3800.0),
            memory_bytes: 33_554_432_000,
            swap_bytes: 0,
            partitions: vec![vda],
        },
    );
}

#[test]
fn scripts_state_file_format() {
    let last = LastRun {
        started_at: "2026-11-22T03:00:00Z".into(),
        started_at_unix: 1_795_316_400,
        duration_ms: 40,
        exit_status: Some(0),
        signal: None,
        timed_out: false,
        error: None,
        format: "lines".into(),
        samples: 1,
        unparsed: 0,
        unparsed_lines: vec![],
        stdout_bytes: 10,
        stdout_dropped_bytes: 0,
        stderr_bytes: 0,
        descendants_killed: 0,
    };
    let script = Script {
        interval_s: 300.0,
        running: false,
        runs: 1,
        overruns: 0,
        last: Some(last),
        values: [("load".to_string(), 0.25)].into(),
        counters: vec![],
    };
    check_golden(
        "scripts",
        ScriptsReading {
            dir: "/etc/gatherer/scripts.d".into(),
            timeout_s: 30.0,
            scripts: [("10-load".to_string(), script)].into(),
            refused: BTreeMap::new(),
        },
    );
}

#[test]
fn processes_state_file_format() {
    let p = processes::Process {
        pid: 4242,
        id: "4242-5000".into(),
        ppid: 1,
        user: "slapuser0".into(),
        name: None,
        state: "sleeping".into(),
        started_unix: 1_795_315_200.5,
        cpu_user_s: 1.5,
        cpu_system_s: 0.5,
        children_user_s: 0.07,
        children_system_s: 0.03,
        cpu_pct: 2.5,
        first_seen: false,
        threads: 2,
        rss_bytes: 1_024_000,
        memory_pct: 0.05,
        read_bytes: Some(4096),
        write_bytes: Some(8192),
        read_calls: Some(3),
        write_calls: Some(4),
    };
    let u = processes::UserTotals {
        processes: 1,
        threads: 2,
        rss_bytes: 1_024_000,
        memory_pct: 0.05,
        cpu_pct: 3.0,
        cpu_user_s: 120.5,
        cpu_system_s: 30.25,
        read_bytes: 40960,
        write_bytes: 81920,
        read_calls: 30,
        write_calls: 40,
        io_unreadable: 0,
    };
    check_golden(
        "processes",
        processes::ProcStats {
            interval_s: Some(60.01),
            processes: vec![p],
            users: [("slapuser0".to_string(), u)].into(),
            vanished: 0,
            unreadable: 0,
            unreadable_error: None,
            per_process: false,
        },
    );
}

/// Tahoe's answer as the live test's stand-in node serves it: the golden file's keys.
const TAHOE_ANSWER: &str = r#"{"counters": {"uploader.files_uploaded": 2},
 "stats": {"storage_server.allocated": 0, "storage_server.latencies.get.99_9_percentile": null,
           "storage_server.disk_avail": 60863234048}}"#;

#[test]
fn providers_state_file_format() {
    let node = ProviderState {
        url: "http://127.0.0.1:3456/statistics?t=json".into(),
        format: Some("tahoe".into()),
        status: Status::Ok,
        error: None,
        fetched_at_unix: 1_795_316_400,
        fetch_ms: 4,
        last_ok_unix: Some(1_795_316_400),
        counters: [("uploader.files_uploaded".to_string(), 2.0)].into(),
        gauges: [
            ("storage_server.allocated".to_string(), 0.0),
            ("storage_server.disk_avail".to_string(), 60863234048.0),
        ]
        .into(),
        skipped: 0,
    };
    check_golden("providers", ProviderStats { providers: [("node1".to_string(), node)].into() });
}

/// The shape of a JSON value: object keys (recursively) and the type of every leaf.
fn shape(v: &serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match v {
        Value::Object(m) => Value::Object(m.iter().map(|(k, v)| (k.clone(), shape(v))).collect()),
        Value::Array(a) => Value::Array(a.iter().take(1).map(shape).collect()),
        Value::Null => "null".into(),
        Value::Bool(_) => "bool".into(),
        Value::Number(_) => "number".into(),
        Value::String(_) => "string".into(),
    }
}

/// Every `"key":` of a pretty-printed JSON text, with its indent, in the order written.
fn keys_in_order(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| {
            let t = l.trim_start();
            let key = t.strip_prefix('"')?.split('"').next()?;
            t[key.len() + 2..].starts_with(':').then(|| format!("{}{key}", &l[..l.len() - t.len()]))
        })
        .collect()
}

/// Whether two shapes agree, a `null` on either side matching anything (a rate is null
/// on a first sample; a fixture has no swap).
fn agrees(a: &serde_json::Value, b: &serde_json::Value) -> bool {
    use serde_json::Value;
    match (a, b) {
        (Value::String(x), _) | (_, Value::String(x)) if x == "null" => true,
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| agrees(v, w)))
        }
        (Value::Array(x), Value::Array(y)) => x.iter().zip(y).all(|(v, w)| agrees(v, w)),
        _ => a == b,
    }
}

/// `shape`, with the fields that are maps keyed by the machine (CPUs, interfaces, mount
/// points, sensors) reduced to the shape of one value under `*`.
fn shape_with_maps(v: &serde_json::Value, maps: &[&str]) -> serde_json::Value {
    let mut s = shape(v);
    for m in maps {
        if let Some(map) = v.get(m).and_then(|x| x.as_object()) {
            s[*m] = match map.values().next() {
                Some(first) => serde_json::json!({ "*": shape(first) }),
                None => "null".into(), // empty here: nothing to compare
            };
        }
    }
    s
}

/// The node collectors, run on the fixture tree by the first live test below.
const NODE: [&str; 16] = [
    "cpu",
    "memory",
    "network",
    "pressure",
    "kernel",
    "timex",
    "filesystems",
    "temperatures",
    "inventory",
    "vmstat",
    "netstat",
    "sockstat",
    "softnet",
    "netqueues",
    "processes",
    "proctable",
];
/// The others, each with its own state file setting, run by the second.
const OTHERS: [&str; 6] = ["diskstats", "whisper", "vmware", "scripts", "providers", "guests"];

/// Every collector of the registry is in the live golden tests, has a golden state file
/// and a docs page linked from docs/README.md: a new collector that misses one fails here.
#[test]
fn every_registered_collector_has_its_golden_file_page_and_live_test() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let index = fs::read_to_string(root.join("docs/README.md")).unwrap();
    let mut tested: Vec<&str> = NODE.iter().chain(OTHERS.iter()).copied().collect();
    let mut registered: Vec<&str> = gatherer::collectors::names().collect();
    for name in &registered {
        assert!(golden(name).exists(), "{name}: no tests/golden/{name}.json");
        assert!(root.join(format!("docs/{name}.md")).exists(), "{name}: no docs/{name}.md");
        assert!(index.contains(&format!("({name}.md)")), "{name}: docs/README.md does not link {name}.md");
    }
    tested.sort_unstable();
    registered.sort_unstable();
    assert_eq!(tested, registered, "the live golden tests run exactly the registered collectors");
}

#[test]
fn live_node_state_files_have_the_golden_shape() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (proc_root, sys_root) = fixture_roots(d);
    let state = d.join("node");
    let collectors = NODE;
    let o = gatherer(d)
        .args(["once", "--collectors", &collectors.join(","), "--cpu-interval", "0.1", "--network-interval", "0.1"])
        .arg("--proc-root")
        .arg(&proc_root)
        .arg("--sys-root")
        .arg(&sys_root)
        .arg("--state-dir")
        .arg(&state)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    let maps: &[&str] = &[
        "per_cpu_seconds",
        "per_cpu_percent",
        "meminfo",
        "interfaces",
        "filesystems",
        "stuck",
        "errors",
        "sensors",
        "fields",
        "per_second",
        "arp_entries",
        "resources",
        "users",
        "states",
        "thread_states",
    ];
    for collector in collectors {
        let path = state.join(format!("{collector}.json"));
        let live = json(&path);
        let want: serde_json::Value = serde_json::from_slice(&fs::read(golden(collector)).unwrap()).unwrap();
        let (a, b) = (shape_with_maps(&live, maps), shape_with_maps(&want, maps));
        assert!(agrees(&a, &b), "{collector}: live state file differs from the golden shape:\nlive {a}\ngolden {b}");
        let raw = fs::read_to_string(&path).unwrap();
        assert!(raw.ends_with("}\n"), "{collector}: ends with a newline");
    }
}

#[test]
fn live_state_files_have_the_golden_shape() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (proc_root, sys_root) = fixture_roots(d);
    let whisper = d.join("whisper/h1");
    fs::create_dir_all(&whisper).unwrap();
    fs::write(whisper.join("a.wsp"), b"").unwrap();
    let dmi = sys_root.join("class/dmi/id");
    fs::create_dir_all(&dmi).unwrap();
    fs::write(dmi.join("sys_vendor"), "VMware, Inc.\n").unwrap();
    fs::write(proc_root.join("stat"), "cpu  10 0 10 100 0 0 0 5 0 0\ncpu0 10 0 10 100 0 0 0 5 0 0\n").unwrap();
    let scripts = d.join("scripts.d");
    fs::create_dir(&scripts).unwrap();
    fs::write(scripts.join("10-load"), "#!/bin/sh\necho 'load 0.25'\n").unwrap();
    fs::set_permissions(scripts.join("10-load"), std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    // One cgroup v2 guest; libvirt is not asked (its shape is the golden file's only).
    let vm = sys_root.join("fs/cgroup/machine.slice/vm1.scope");
    fs::create_dir_all(&vm).unwrap();
    fs::write(sys_root.join("fs/cgroup/cgroup.controllers"), "cpu io memory pids\n").unwrap();
    for (f, v) in [("cpu.stat", "usage_usec 1000\n"), ("memory.current", "4096\n"), ("memory.peak", "8192\n")] {
        fs::write(vm.join(f), v).unwrap();
    }
    fs::write(vm.join("io.stat"), "8:0 rbytes=1 wbytes=2 rios=3 wios=4\n").unwrap();
    fs::write(vm.join("pids.current"), "1\n").unwrap();
    let o = gatherer(d)
        .args(["once", "--collectors", &OTHERS.join(","), "--diskstats-interval", "0.1", "--vmware-interval", "0.1"])
        .args(["--guests-interval", "0.1", "--guests-libvirt-uri", ""])
        .arg("--proc-root")
        .arg(&proc_root)
        .arg("--sys-root")
        .arg(&sys_root)
        .arg("--whisper-root")
        .arg(d.join("whisper"))
        .arg("--diskstats-state")
        .arg(d.join("diskstats.json"))
        .arg("--whisper-state")
        .arg(d.join("whisper.json"))
        .arg("--vmware-state")
        .arg(d.join("vmware.json"))
        .arg("--scripts-dir")
        .arg(&scripts)
        .arg("--providers")
        .arg(format!("node1=http://127.0.0.1:{}/statistics?t=json", serve_json(TAHOE_ANSWER)))
        .arg("--state-dir")
        .arg(d)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    for collector in OTHERS {
        let live = json(&d.join(format!("{collector}.json")));
        let want: serde_json::Value = serde_json::from_slice(&fs::read(golden(collector)).unwrap()).unwrap();
        // The steal-time source leaves the vSphere-only names null; so does the golden
        // file's note: compare the keys, and the types where both have a value.
        if collector == "guests" {
            // Its guests and domains are maps keyed by the host's; libvirt is null here.
            let reduce = |v: &serde_json::Value| {
                let mut s = shape(v);
                s["cgroups"] = shape_with_maps(&v["cgroups"], &["guests"]);
                if let Some(l) = v["libvirt"].as_object() {
                    s["libvirt"] = shape_with_maps(&serde_json::Value::Object(l.clone()), &["domains"]);
                }
                s
            };
            let (a, b) = (reduce(&live), reduce(&want));
            assert!(agrees(&a, &b), "guests: live state file differs from the golden shape:\nlive {a}\ngolden {b}");
            assert_eq!(live["cgroups"]["guests"]["/machine.slice/vm1.scope"]["cpu_time_ns"], 1_000_000);
            continue;
        }
        let (mut a, mut b) = (shape(&live), shape(&want));
        if collector == "vmware" {
            for s in [&mut a, &mut b] {
                for k in ["vm", "vm_name", "note"] {
                    s[k] = "string-or-null".into();
                }
            }
        }
        assert_eq!(a, b, "{collector}: live state file differs from the golden shape: {live}");
        let raw = fs::read_to_string(d.join(format!("{collector}.json"))).unwrap();
        assert!(raw.ends_with("}\n"), "{collector}: ends with a newline");
        assert_eq!(keys_in_order(&raw), keys_in_order(&fs::read_to_string(golden(collector)).unwrap()), "{collector}");
    }
}

/// docs/outputs.md names every Prometheus family the collectors produce (the meminfo
/// families by their pattern), so the operator's list cannot fall behind the code.
#[test]
fn every_prometheus_family_is_documented() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (proc_root, sys_root) = fixture_roots(d);
    let prom = d.join("all.prom");
    let o = gatherer(d)
        .args(["once", "--collectors"])
        .arg("cpu,memory,network,pressure,kernel,timex,filesystems,temperatures,inventory,diskstats,vmware,vmstat,netstat,sockstat,softnet,netqueues,processes,proctable")
        .args(["--cpu-interval", "0.1", "--network-interval", "0.1", "--diskstats-interval", "0.1"])
        .arg("--proc-root")
        .arg(&proc_root)
        .arg("--sys-root")
        .arg(&sys_root)
        .arg("--diskstats-state")
        .arg(d.join("d.json"))
        .arg("--vmware-state")
        .arg(d.join("v.json"))
        .arg("--prometheus-textfile")
        .arg(&prom)
        .arg("--prometheus-textfile-node")
        .arg("--processes-per-process")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    let doc = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/outputs.md")).unwrap();
    let exposition = fs::read_to_string(&prom).unwrap();
    let families: Vec<&str> = exposition.lines().filter_map(|l| l.strip_prefix("# TYPE ")?.split(' ').next()).collect();
    assert!(families.len() > 60, "a rich fixture: {families:?}");
    let missing: Vec<&&str> = families
        .iter()
        .filter(|f| {
            // Families named after a file's fields are documented by their pattern.
            let patterns = [
                ("node_memory_", "`node_memory_<Field>"),
                ("node_vmstat_", "`node_vmstat_<field>`"),
                ("node_netstat_", "`node_netstat_<Protocol>_<Field>`"),
                ("node_sockstat_", "`node_sockstat_<PROTO>_<state>`"),
            ];
            let pattern = patterns.iter().any(|(prefix, doc_name)| f.starts_with(prefix) && doc.contains(doc_name));
            !(doc.contains(&format!("`{f}")) || pattern)
        })
        .collect();
    assert!(missing.is_empty(), "families not in docs/outputs.md: {missing:?}");
}
