//! The guests collector against the real things: libvirt's test driver through the real
//! virsh, real cgroup v1 groups made here (as root), a real veth pair into a network
//! namespace made here, and a virsh that hangs.

mod common;
use common::*;
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output};
use std::time::{Duration, Instant};

fn virsh(cmd: &str) -> String {
    let o = Command::new("virsh").args(["-c", "test:///default", cmd]).output().unwrap();
    assert!(o.status.success(), "virsh {cmd}: {}", text(&o));
    String::from_utf8(o.stdout).unwrap()
}

/// `DEV key value` lines (domblkstat, domifstat) as a map.
fn dev_stats(out: &str) -> std::collections::BTreeMap<String, u64> {
    out.lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            Some((f.get(1)?.to_string(), f.get(2)?.parse().ok()?))
        })
        .collect()
}

fn once(d: &Path, extra: &[&str]) -> (Output, Value, Duration) {
    let state = d.join("state");
    let started = Instant::now();
    let mut c = gatherer(d);
    c.args(["once", "--collectors", "guests"]);
    if !extra.contains(&"--guests-interval") {
        c.args(["--guests-interval", "0.5"]);
    }
    let o = c.args(extra).arg("--state-dir").arg(&state).output().unwrap();
    let took = started.elapsed();
    assert!(o.status.success(), "{}", text(&o));
    (o, json(&state.join("guests.json")), took)
}

#[test]
fn the_test_driver_reads_as_virsh_shows_it_at_the_same_moment() {
    if !have("virsh") {
        return peer_missing("virsh (Debian's libvirt-clients)");
    }
    let dir = tempfile::tempdir().unwrap();
    // The driver's disk and interface counters grow with the clock: every value read
    // must lie between virsh's own reading just before and just after.
    let before = (dev_stats(&virsh("domblkstat test vda")), dev_stats(&virsh("domifstat test testnet0")));
    // virsh's timeout is at most the interval: 3 s leaves room for its runs on a loaded
    // machine, which this test is not about.
    let (_, s, _) = once(
        dir.path(),
        &[
            "--guests-libvirt-uri",
            "test:///default",
            "--guests-cgroup-roots",
            "/gatherer-none",
            "--guests-interval",
            "3",
        ],
    );
    let after = (dev_stats(&virsh("domblkstat test vda")), dev_stats(&virsh("domifstat test testnet0")));
    let d = &s["libvirt"]["domains"]["test"];
    assert_eq!(d["uuid"], "6695eb01-f6a4-8304-79aa-97f2502e193f", "{s}");
    let info = virsh("dominfo test");
    let field = |k: &str| info.lines().find_map(|l| l.strip_prefix(k)).unwrap().trim().to_string();
    assert_eq!(d["state"], field("State:"));
    assert_eq!(d["vcpus"], field("CPU(s):").parse::<u64>().unwrap());
    let kib = |k: &str| field(k).split_whitespace().next().unwrap().parse::<u64>().unwrap() * 1024;
    assert_eq!(d["memory_max_bytes"], kib("Max memory:"));
    assert_eq!(d["memory_current_bytes"], kib("Used memory:"));
    let mem = dev_stats(&format!("x {}", virsh("dommemstat test").replace('\n', "\nx ")));
    assert_eq!(d["balloon_bytes"], mem["actual"] * 1024);
    // cpu-stats' total, every nanosecond kept.
    let cpu = virsh("cpu-stats test --total");
    let secs = cpu.lines().find_map(|l| l.trim().strip_prefix("cpu_time")).unwrap().split_whitespace().next().unwrap();
    let (a, b) = secs.split_once('.').unwrap();
    assert_eq!(
        d["cpu_time_ns"],
        a.parse::<u64>().unwrap() * 1_000_000_000 + format!("{b:0<9}").parse::<u64>().unwrap()
    );
    let within = |what: &str, got: &Value, lo: u64, hi: u64| {
        let got = got.as_u64().unwrap_or_else(|| panic!("{what}: {got}"));
        assert!(lo <= got && got <= hi, "{what}: {got} not within virsh's {lo}..={hi}");
    };
    for (ours, theirs) in
        [("rd_reqs", "rd_req"), ("rd_bytes", "rd_bytes"), ("wr_reqs", "wr_req"), ("wr_bytes", "wr_bytes")]
    {
        within(ours, &d["disks"]["vda"][ours], before.0[theirs], after.0[theirs]);
    }
    for k in ["rx_bytes", "rx_packets", "rx_errs", "rx_drop", "tx_bytes", "tx_packets", "tx_errs", "tx_drop"] {
        within(k, &d["interfaces"]["testnet0"][k], before.1[k], after.1[k]);
    }
    assert_eq!(d["interfaces"]["testnet0"]["source"], "libvirt");
    // The second sample has a CPU % (the driver's CPU time stands still: 0).
    assert_eq!(d["cpu_pct"], 0.0, "{s}");
}

/// A v1 cgroup made under every hierarchy here, removed (after its tasks) on drop.
struct V1Group {
    dirs: Vec<PathBuf>,
    child: Option<Child>,
}

impl Drop for V1Group {
    fn drop(&mut self) {
        if let Some(c) = &mut self.child {
            let _ = c.kill();
            let _ = c.wait();
        }
        for d in self.dirs.iter().rev() {
            let _ = fs::remove_dir(d);
        }
    }
}

fn v1_available() -> bool {
    ["cpuacct", "memory", "pids", "blkio"]
        .iter()
        .all(|h| Path::new("/sys/fs/cgroup").join(h).join("cgroup.procs").exists())
}

#[test]
fn a_busy_child_in_a_real_v1_cgroup_reads_as_the_kernel_counts_it() {
    if !is_root() || !v1_available() {
        return peer_missing("root and cgroup v1 hierarchies (cpuacct, memory, pids, blkio)");
    }
    let root = format!("gatherer-test-{}", std::process::id());
    let mut g = V1Group { dirs: Vec::new(), child: None };
    for h in ["cpuacct", "memory", "pids", "blkio"] {
        let top = Path::new("/sys/fs/cgroup").join(h).join(&root);
        fs::create_dir(&top).unwrap();
        g.dirs.push(top.clone());
        fs::create_dir(top.join("busy")).unwrap();
        g.dirs.push(top.join("busy"));
    }
    let child = Command::new("sh").args(["-c", "while :; do :; done"]).spawn().unwrap();
    let pid = child.id();
    g.child = Some(child);
    for h in ["cpuacct", "memory", "pids", "blkio"] {
        fs::write(Path::new("/sys/fs/cgroup").join(h).join(&root).join("busy/cgroup.procs"), pid.to_string()).unwrap();
    }
    std::thread::sleep(Duration::from_millis(300));
    let dir = tempfile::tempdir().unwrap();
    let args = ["--guests-libvirt-uri", "", "--guests-cgroup-roots"];
    let (_, s, _) = once(dir.path(), &[&args[..], &[&format!("/{root}")]].concat());
    let id = format!("/{root}/busy");
    let busy = &s["cgroups"]["guests"][&id];
    assert_eq!(s["cgroups"]["version"], 1);
    let pct = busy["cpu_pct"].as_f64().unwrap_or_else(|| panic!("{s}"));
    // A loop that never sleeps, on a shared 2-core host that other tests load: clearly
    // above an idle group's 0, never above one CPU.
    assert!(pct > 5.0 && pct < 110.0, "a busy loop's CPU % of one CPU: {pct}");
    // Stopped, its counters stand still: the collector's must be the kernel's.
    rustix::process::kill_process(rustix::process::Pid::from_raw(pid as i32).unwrap(), rustix::process::Signal::STOP)
        .unwrap();
    std::thread::sleep(Duration::from_millis(100));
    let read = |h: &str, f: &str| -> u64 {
        fs::read_to_string(Path::new("/sys/fs/cgroup").join(h).join(&root).join("busy").join(f))
            .unwrap()
            .trim()
            .parse()
            .unwrap()
    };
    let (_, s, _) = once(dir.path(), &[&args[..], &[&format!("/{root}")]].concat());
    let busy = &s["cgroups"]["guests"][&id];
    let kernel = read("cpuacct", "cpuacct.usage");
    let ours = busy["cpu_time_ns"].as_u64().unwrap();
    assert!(
        (ours as f64 - kernel as f64).abs() <= kernel as f64 * 0.02,
        "cpu time {ours} against cpuacct.usage {kernel}"
    );
    assert!(kernel > 100_000_000, "the loop ran: {kernel} ns");
    assert_eq!(busy["pids"], read("pids", "pids.current"));
    assert_eq!(busy["pids"], 1);
    assert_eq!(busy["memory_bytes"], read("memory", "memory.usage_in_bytes"));
    assert_eq!(busy["memory_peak_bytes"], read("memory", "memory.max_usage_in_bytes"));
    assert!(busy["io_read_bytes"].is_u64(), "{busy}");
    drop(g);
    assert!(!Path::new("/sys/fs/cgroup/cpuacct").join(&root).exists(), "the test's cgroups are removed");
}

/// A network namespace and a veth pair into it, removed on drop.
struct Netns {
    ns: String,
    host: String,
}

impl Drop for Netns {
    fn drop(&mut self) {
        let _ = Command::new("ip").args(["link", "del", &self.host]).status();
        let _ = Command::new("ip").args(["netns", "del", &self.ns]).status();
    }
}

fn ip(args: &[&str]) {
    let o = Command::new("ip").args(args).output().unwrap();
    assert!(o.status.success(), "ip {args:?}: {}", text(&o));
}

/// A stand-in for virsh that answers the collector's questions with fixed text: the last
/// argument is virsh's command string.
fn fake_virsh(dir: &Path, answer: &str) -> PathBuf {
    let path = dir.join("virsh");
    fs::write(
        &path,
        format!(
            "#!/bin/sh\nfor c; do :; done\ncase \"$c\" in\n\"help domstats\") echo '--nowait';;\n*) {answer};;\nesac\n"
        ),
    )
    .unwrap();
    fs::set_permissions(&path, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    path
}

#[test]
fn packets_a_guest_sends_count_as_its_transmit() {
    if !is_root() || !have("ip") || !have("ping") {
        return peer_missing("root, ip and ping");
    }
    let n = std::process::id() % 100_000;
    let net = Netns { ns: format!("gth-{n}"), host: format!("gvh{n}") };
    let guest = format!("gvg{n}");
    ip(&["netns", "add", &net.ns]);
    ip(&["link", "add", &net.host, "type", "veth", "peer", "name", &guest]);
    ip(&["link", "set", &guest, "netns", &net.ns]);
    // No IPv6 (its neighbour discovery would add packets both ways while the test reads).
    let no_ipv6 = |dev: &str| format!("net.ipv6.conf.{dev}.disable_ipv6=1");
    let _ = Command::new("sysctl").args(["-qw", &no_ipv6(&net.host)]).status();
    let _ = Command::new("ip").args(["netns", "exec", &net.ns, "sysctl", "-qw", &no_ipv6(&guest)]).status();
    let (a, b) = (n % 250 + 1, n / 250 % 250);
    ip(&["addr", "add", &format!("10.{b}.{a}.1/30"), "dev", &net.host]);
    ip(&["link", "set", &net.host, "up"]);
    ip(&["-n", &net.ns, "addr", "add", &format!("10.{b}.{a}.2/30"), "dev", &guest]);
    ip(&["-n", &net.ns, "link", "set", &guest, "up"]);
    // Pings to the link's broadcast address from inside: sent, never answered (the host
    // ignores broadcast echoes), so the guest's transmit is well above its receive.
    let _ = Command::new("ip")
        .args(["netns", "exec", &net.ns, "ping", "-b", "-c", "20", "-i", "0.01", "-W", "1", &format!("10.{b}.{a}.3")])
        .output()
        .unwrap();
    let inside = |f: &str| -> u64 {
        let o = Command::new("ip")
            .args(["netns", "exec", &net.ns, "cat", &format!("/sys/class/net/{guest}/statistics/{f}")])
            .output()
            .unwrap();
        String::from_utf8_lossy(&o.stdout).trim().parse().unwrap()
    };
    let dir = tempfile::tempdir().unwrap();
    let answer = format!(
        "printf '%s\\n' '00000000-0000-0000-0000-000000000001 vm1' '' '@@domstats' \"Domain: 'vm1'\" '  state.state=1' \
         '  cpu.time=1000' '  vcpu.current=1' '  net.count=1' '  net.0.name={}' '  net.0.rx.bytes=1' '  net.0.tx.bytes=2' \
         '  net.0.rx.pkts=1' '  net.0.rx.errs=0' '  net.0.rx.drop=0' '  net.0.tx.pkts=1' '  net.0.tx.errs=0' '  net.0.tx.drop=0'",
        net.host
    );
    let virsh = fake_virsh(dir.path(), &answer);
    let before = (inside("tx_packets"), inside("rx_packets"), inside("tx_bytes"));
    let (_, s, _) = once(
        dir.path(),
        &[
            "--guests-libvirt-uri",
            "qemu:///fake",
            "--guests-cgroup-roots",
            "/gatherer-none",
            "--guests-virsh",
            virsh.to_str().unwrap(),
        ],
    );
    let after = (inside("tx_packets"), inside("rx_packets"), inside("tx_bytes"));
    let i = &s["libvirt"]["domains"]["vm1"]["interfaces"][&net.host];
    assert_eq!(i["source"], "host", "{s}");
    assert!(before.0 >= before.1 + 20, "the guest sent more than it received: {before:?}");
    let tx = i["tx_packets"].as_u64().unwrap();
    assert!(
        before.0 >= 5 && (before.0..=after.0).contains(&tx),
        "guest transmit {tx}: the guest's own {before:?}..{after:?}"
    );
    let rx = i["rx_packets"].as_u64().unwrap();
    assert!((before.1..=after.1).contains(&rx), "guest receive {rx}: the guest's own {before:?}..{after:?}");
    assert!((before.2..=after.2).contains(&i["tx_bytes"].as_u64().unwrap()), "{i}");
}

#[test]
fn a_hanging_virsh_is_killed_and_the_cgroups_are_reported_on_time() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // Answers once (after its `help`), then hangs with a child in its group.
    let answer = format!(
        "n=$(cat {c} 2>/dev/null || echo 0); echo $((n+1)) > {c}; \
         if [ $n -ge 1 ]; then sleep 60 & echo $! > {p}; wait; fi; \
         printf '%s\\n' '00000000-0000-0000-0000-000000000001 vm1' '' '@@domstats' \"Domain: 'vm1'\" '  state.state=1' '  cpu.time=1000'",
        c = d.join("count").display(),
        p = d.join("sleeper").display()
    );
    let virsh = fake_virsh(d, &answer);
    let sys = d.join("sys");
    let vm = sys.join("fs/cgroup/machine.slice/vm2.scope");
    fs::create_dir_all(&vm).unwrap();
    fs::write(sys.join("fs/cgroup/cgroup.controllers"), "cpu memory\n").unwrap();
    fs::write(vm.join("cpu.stat"), "usage_usec 5\n").unwrap();
    let (o, s, took) = once(
        d,
        &[
            "--guests-libvirt-uri",
            "qemu:///fake",
            "--guests-timeout",
            "1",
            "--guests-interval",
            "1",
            "--guests-virsh",
            virsh.to_str().unwrap(),
            "--sys-root",
            sys.to_str().unwrap(),
        ],
    );
    assert!(took < Duration::from_secs(8), "took {took:?}: {}", text(&o));
    assert_eq!(s["cgroups"]["guests"]["/machine.slice/vm2.scope"]["cpu_time_ns"], 5000, "{s}");
    assert_eq!(s["libvirt"]["stuck"], serde_json::json!(["vm1"]), "{s}");
    assert!(s["libvirt"]["error"].as_str().unwrap().contains("did not answer"), "{s}");
    // The hung call's whole process group was killed: its child is gone too.
    let sleeper: i32 = fs::read_to_string(d.join("sleeper")).unwrap().trim().parse().unwrap();
    eventually(5, "the hung virsh's child killed", || {
        let stat = fs::read_to_string(format!("/proc/{sleeper}/stat")).unwrap_or_default();
        let alive = stat.rsplit_once(") ").map(|(_, r)| !r.starts_with('Z')).unwrap_or(false);
        (!alive).then_some(())
    });
}

#[test]
fn nowait_is_found_once_libvirt_comes_up_after_the_daemon() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let up = d.join("up");
    // Like the real virsh: `help` answers without a connection (no `-c`); anything with
    // `-c` fails until libvirt is up. Until then even `help` fails, as a virsh that
    // cannot start at all would, so an early failure must not be kept as the answer.
    let path = d.join("virsh");
    fs::write(
        &path,
        format!(
            "#!/bin/sh\necho \"$*\" >> {log}\n[ -e {up} ] || {{ echo 'error: failed to connect' >&2; exit 1; }}\n\
             if [ \"$1\" = -c ]; then shift 2; fi\ncase \"$1\" in\n\"help domstats\") echo '--nowait';;\n\
             *) printf '%s\\n' '00000000-0000-0000-0000-000000000001 vm1' '' '@@domstats' \"Domain: 'vm1'\" \
             '  state.state=1' '  cpu.time=1000';;\nesac\n",
            log = d.join("log").display(),
            up = up.display()
        ),
    )
    .unwrap();
    fs::set_permissions(&path, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let state = d.join("state");
    let _daemon = Reaped(
        gatherer(d)
            .args(["run", "--collectors", "guests", "--guests-interval", "0.3", "--guests-libvirt-uri", "qemu:///fake"])
            .args(["--guests-cgroup-roots", "/gatherer-none", "--guests-virsh"])
            .arg(&path)
            .arg("--state-dir")
            .arg(&state)
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap(),
    );
    let file = state.join("guests.json");
    eventually(20, "a round while libvirt is down", || {
        (file.exists() && json(&file)["libvirt"]["error"].is_string()).then_some(())
    });
    fs::write(&up, "").unwrap();
    let s = eventually(20, "vm1 read once libvirt is up", || {
        let s = file.exists().then(|| json(&file))?;
        s["libvirt"]["domains"]["vm1"].is_object().then_some(s)
    });
    assert_eq!(s["libvirt"]["method"], "domstats --nowait", "{s}");
    let log = fs::read_to_string(d.join("log")).unwrap();
    let helps: Vec<&str> = log.lines().filter(|l| l.contains("help domstats")).collect();
    assert!(!helps.is_empty() && helps.iter().all(|l| *l == "help domstats"), "asked without -c: {log}");
}

#[test]
fn a_remote_uri_never_takes_this_hosts_interface_counters() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // This host has a vnet0 too; the remote domain's vnet0 is another interface.
    let stats = d.join("sys/class/net/vnet0/statistics");
    fs::create_dir_all(&stats).unwrap();
    for f in ["rx_bytes", "rx_packets", "rx_errors", "rx_dropped", "tx_bytes", "tx_packets", "tx_errors", "tx_dropped"]
    {
        fs::write(stats.join(f), "999\n").unwrap();
    }
    let answer = "printf '%s\\n' '00000000-0000-0000-0000-000000000001 vm1' '' '@@domstats' \"Domain: 'vm1'\" \
                  '  state.state=1' '  cpu.time=1000' '  net.count=1' '  net.0.name=vnet0' '  net.0.rx.bytes=1' \
                  '  net.0.tx.bytes=2' '  net.0.rx.pkts=1' '  net.0.rx.errs=0' '  net.0.rx.drop=0' '  net.0.tx.pkts=1' \
                  '  net.0.tx.errs=0' '  net.0.tx.drop=0'";
    let virsh = fake_virsh(d, answer);
    let sys = d.join("sys");
    for (uri, source, rx) in [("qemu+ssh://kvm2/system", "libvirt", 1), ("qemu:///fake", "host", 999)] {
        let (_, s, _) = once(
            d,
            &[
                "--guests-libvirt-uri",
                uri,
                "--guests-virsh",
                virsh.to_str().unwrap(),
                "--sys-root",
                sys.to_str().unwrap(),
            ],
        );
        let i = &s["libvirt"]["domains"]["vm1"]["interfaces"]["vnet0"];
        assert_eq!((i["source"].as_str(), i["rx_bytes"].as_u64()), (Some(source), Some(rx)), "{uri}: {s}");
    }
}

#[test]
fn a_lasting_note_is_logged_once() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // domstats gives vm1 no CPU time, so it is asked with dominfo, whose every answer
    // carries the same complaint on stderr.
    let answer = "case \"$c\" in list*) printf '%s\\n' '00000000-0000-0000-0000-000000000001 vm1' '' '@@domstats' \
                  \"Domain: 'vm1'\" '  state.state=1';; *) echo 'error: something noted' >&2;; esac";
    let virsh = fake_virsh(d, answer);
    let log = d.join("gatherer.log");
    let state = d.join("state");
    let _daemon = Reaped(
        gatherer(d)
            .args(["run", "--collectors", "guests", "--guests-interval", "0.2", "--guests-libvirt-uri", "qemu:///fake"])
            .args(["--guests-cgroup-roots", "/gatherer-none", "--guests-virsh"])
            .arg(&virsh)
            .arg("--state-dir")
            .arg(&state)
            .arg("--log-file")
            .arg(&log)
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap(),
    );
    // Rounds after the first that noted it.
    let file = state.join("guests.json");
    let first = eventually(20, "a round", || file.exists().then(|| json(&file)["measured_at_unix"].clone()));
    eventually(10, "rounds in a later second", || (json(&file)["measured_at_unix"] != first).then_some(()));
    let text = fs::read_to_string(&log).unwrap();
    let notes = text.lines().filter(|l| l.contains("something noted")).count();
    assert_eq!(notes, 1, "{text}");
}

/// What virsh says on stderr comes from libvirt, and from a remote host's libvirtd with
/// a remote URI: its control characters (a terminal's escape sequences, a carriage
/// return that hides what came before) must not reach the log as they are.
#[test]
fn virsh_words_reach_the_log_without_control_characters() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let answer = "case \"$c\" in list*) printf '%s\\n' '00000000-0000-0000-0000-000000000001 vm1' '' '@@domstats' \
                  \"Domain: 'vm1'\" '  state.state=1';; *) printf 'error: bad\\033[2Jdomain\\rfake line\\n' >&2;; esac";
    let virsh = fake_virsh(d, answer);
    let log = d.join("gatherer.log");
    let state = d.join("state");
    let o = gatherer(d)
        .args(["once", "--collectors", "guests", "--guests-interval", "0.5", "--guests-libvirt-uri", "qemu:///fake"])
        .args(["--guests-cgroup-roots", "/gatherer-none", "--guests-virsh"])
        .arg(&virsh)
        .arg("--state-dir")
        .arg(&state)
        .arg("--log-file")
        .arg(&log)
        .output()
        .unwrap();
    let text = fs::read_to_string(&log).unwrap_or_default();
    assert!(text.contains("fake line"), "{}: {text}", self::text(&o));
    assert!(!text.contains('\u{1b}') && !text.contains('\r'), "{text:?}");
}
