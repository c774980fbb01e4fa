//! Helpers shared by the integration tests: the binary, fixture roots, and the rule for
//! missing real peers (fail in CI, skip loudly on a laptop).
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_gatherer"))
}

/// A `gatherer` command that ignores the host's env file and environment settings, and
/// runs only the diskstats collector unless the test says `--collectors` itself (the
/// whisper collector fails, rightly, where /opt/graphite does not exist).
pub fn gatherer(dir: &Path) -> Command {
    gatherer_at(&bin(), dir)
}

/// [`gatherer`], run from the program at `program` (a copy of [`bin`]).
pub fn gatherer_at(program: &Path, dir: &Path) -> Command {
    let mut c = Command::new(program);
    for (k, _) in std::env::vars_os() {
        if k.to_string_lossy().starts_with("GATHERER_") {
            c.env_remove(&k);
        }
    }
    // Nor the harness's systemd: under it, `run` would log to /var/log/gatherer.
    c.env_remove("INVOCATION_ID");
    c.env("GATHERER_ENV_FILE", dir.join("no-env-file"));
    c.env("GATHERER_COLLECTORS", "diskstats");
    // Never the host's /run/gatherer.
    c.env("GATHERER_STATE_DIR", dir.join("state"));
    c
}

/// Call when a real peer (a program, root, a package) is missing. With
/// `GATHERER_REQUIRE_PEERS=1` (set by the test script and CI) the test fails; otherwise
/// it says loudly that it skipped. Returns normally only when skipping is allowed.
pub fn peer_missing(what: &str) {
    if std::env::var("GATHERER_REQUIRE_PEERS").as_deref() == Ok("1") {
        panic!("required peer missing: {what} (GATHERER_REQUIRE_PEERS=1)");
    }
    eprintln!("\n*** SKIPPED: {what}; run tests/run-all.sh to install the real peers ***\n");
}

pub fn have(program: &str) -> bool {
    Command::new("sh")
        .arg("-c")
        .arg(format!("command -v {program}"))
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

pub fn is_root() -> bool {
    // SAFETY: geteuid cannot fail.
    unsafe { libc::geteuid() == 0 }
}

pub fn text(o: &Output) -> String {
    format!(
        "status {:?}\nstdout:\n{}\nstderr:\n{}",
        o.status.code(),
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// A fixture `/proc` + `/sys` with one physical disk `sda`.
pub fn fixture_roots(dir: &Path) -> (PathBuf, PathBuf) {
    let (proc_root, sys_root) = (dir.join("proc"), dir.join("sys"));
    let w = |p: PathBuf, text: &str| {
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    };
    std::fs::create_dir_all(sys_root.join("block/sda")).unwrap();
    std::os::unix::fs::symlink("../../devices/x", sys_root.join("block/sda/device")).unwrap();
    w(proc_root.join("diskstats"), "8 0 sda 100 0 1000 50 100 0 2000 50 0 1000 100\n");
    // Enough of a node for every node-stats collector to read something real.
    w(proc_root.join("stat"), "cpu  100 0 50 1000 5 0 1 0 0 0\ncpu0 100 0 50 1000 5 0 1 0 0 0\nintr 500\nctxt 900\nbtime 1700000000\nprocesses 40\nprocs_running 1\nprocs_blocked 0\n");
    w(proc_root.join("loadavg"), "0.10 0.20 0.30 1/80 4000\n");
    w(proc_root.join("meminfo"), "MemTotal:       2000000 kB\nMemFree:         500000 kB\nMemAvailable:   1500000 kB\nBuffers:          10000 kB\nCached:          900000 kB\nSwapTotal:            0 kB\nSwapFree:             0 kB\n");
    w(
        proc_root.join("net/dev"),
        "Inter-|   Receive |  Transmit\n face |bytes packets|bytes packets\n    lo: 100 1 0 0 0 0 0 0 100 1 0 0 0 0 0 0\n  eth0: 5000 10 0 0 0 0 0 0 7000 12 0 0 0 0 0 0\n",
    );
    // The kernel's network-stack and VM tables, a few lines of each.
    w(
        proc_root.join("vmstat"),
        "nr_free_pages 1000\npgpgin 800\npgpgout 1500\npswpin 0\npswpout 0\npgfault 38000\npgmajfault 75\noom_kill 0\n",
    );
    w(proc_root.join("net/netstat"), "TcpExt: SyncookiesSent ListenOverflows ListenDrops TCPTimeouts\nTcpExt: 0 0 0 3\nIpExt: InOctets OutOctets\nIpExt: 14000 13500\n");
    w(proc_root.join("net/snmp"), "Ip: Forwarding DefaultTTL\nIp: 2 64\nTcp: MaxConn ActiveOpens PassiveOpens CurrEstab InSegs OutSegs RetransSegs InErrs OutRsts\nTcp: -1 30 20 2 3600 3500 2 0 48\nUdp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors\nUdp: 80 9 0 81 0 0\n");
    w(
        proc_root.join("net/sockstat"),
        "sockets: used 31\nTCP: inuse 4 orphan 0 tw 1 alloc 4 mem 101\nUDP: inuse 0 mem 0\nFRAG: inuse 0 memory 0\n",
    );
    w(proc_root.join("net/softnet_stat"), "001e5fd7 00000000 00000006 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000\n");
    w(proc_root.join("net/udp"), "   sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops\n  152: 00000000:0044 00000000:0000 07 00000000:00000a00 00:00000000 00000000     0        0 17349 2 0000000000000000 0\n");
    w(proc_root.join("net/arp"), "IP address       HW type     Flags       HW address            Mask     Device\n192.0.2.1        0x1         0x2         02:fc:00:00:00:05     *        eth0\n");
    w(proc_root.join("1/mountinfo"), "22 1 254:0 / / rw,relatime shared:1 - ext4 /dev/vda rw\n");
    // One process for the processes collector, started 50 s after boot, 1200 s ago.
    w(proc_root.join("uptime"), "1250.00 2400.00\n");
    w(
        proc_root.join("4242/stat"),
        "4242 (slapos) S 1 4242 4242 0 -1 4194560 10 0 0 0 150 50 7 3 20 0 2 0 5000 100000 77 0\n",
    );
    // Its main thread, and the kernel's limits, for the proctable collector.
    w(
        proc_root.join("4242/task/4242/stat"),
        "4242 (slapos) S 1 4242 4242 0 -1 4194560 10 0 0 0 150 50 7 3 20 0 2 0 5000 100000 77 0\n",
    );
    w(proc_root.join("sys/kernel/pid_max"), "4194304\n");
    w(proc_root.join("sys/kernel/threads-max"), "191693\n");
    w(proc_root.join("4242/statm"), "2500 250 100 10 0 300 0\n");
    w(proc_root.join("4242/status"), "Name:\tslapos\nUid:\t0\t0\t0\t0\n");
    w(proc_root.join("4242/io"), "rchar: 9\nwchar: 9\nsyscr: 3\nsyscw: 4\nread_bytes: 4096\nwrite_bytes: 8192\n");
    w(proc_root.join("partitions"), "major minor  #blocks  name\n\n 254        0   10485760 vda\n");
    w(proc_root.join("cpuinfo"), "processor\t: 0\nmodel name\t: Fixture CPU\n\n");
    w(sys_root.join("devices/system/cpu/online"), "0\n");
    w(sys_root.join("class/net/eth0/ifindex"), "2\n");
    w(sys_root.join("class/net/lo/ifindex"), "1\n");
    w(sys_root.join("class/net/lo/type"), "772\n");
    w(sys_root.join("class/net/eth0/operstate"), "up\n");
    w(sys_root.join("class/net/eth0/mtu"), "1500\n");
    w(proc_root.join("pressure/cpu"), "some avg10=1.00 avg60=2.00 avg300=3.00 total=4000000\n");
    w(proc_root.join("sys/fs/file-nr"), "1000\t0\t100000\n");
    let hwmon = sys_root.join("devices/platform/coretemp.0/hwmon/hwmon0");
    w(hwmon.join("name"), "coretemp\n");
    w(hwmon.join("temp1_input"), "45000\n");
    w(hwmon.join("temp1_max"), "80000\n");
    w(hwmon.join("temp1_crit"), "100000\n");
    w(hwmon.join("temp1_label"), "Package id 0\n");
    std::os::unix::fs::symlink("../../../coretemp.0", hwmon.join("device")).unwrap();
    std::fs::create_dir_all(sys_root.join("class/hwmon")).unwrap();
    std::os::unix::fs::symlink("../../devices/platform/coretemp.0/hwmon/hwmon0", sys_root.join("class/hwmon/hwmon0"))
        .unwrap();
    (proc_root, sys_root)
}

pub fn json(path: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))).unwrap()
}

/// Poll until `f` returns Some, or panic after `secs`.
pub fn eventually<T>(secs: u64, what: &str, mut f: impl FnMut() -> Option<T>) -> T {
    let until = Instant::now() + Duration::from_secs(secs);
    loop {
        if let Some(v) = f() {
            return v;
        }
        assert!(Instant::now() < until, "timed out after {secs} s waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Names of the writer's temp files (`.NAME.RANDOM.tmp`) left in `dir`.
pub fn temp_files(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect()
}

/// Make (or reuse) `depth` nested directories named `name` under `top` (created if
/// needed), with a file `file` in every level where `file_at(level)` holds; returns how
/// many levels got the file. Works at any depth: every call is relative to the directory
/// above, so no path is ever longer than one name. With `leaf`, every level also gets a
/// subdirectory of that name holding `file` (a comb, which a walk must come back up to).
pub fn deep_chain(
    top: &Path,
    name: &str,
    depth: usize,
    file: &str,
    leaf: Option<&str>,
    file_at: impl Fn(usize) -> bool,
) -> u64 {
    use rustix::fs::{Mode, OFlags};
    std::fs::create_dir_all(top).unwrap();
    let dir_flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC;
    let mut fd = rustix::fs::open(top, dir_flags, Mode::empty()).unwrap();
    let mut metrics = 0;
    let mkdir = |fd: &std::os::fd::OwnedFd, name: &str| match rustix::fs::mkdirat(fd, name, Mode::from_raw_mode(0o755))
    {
        Ok(()) | Err(rustix::io::Errno::EXIST) => rustix::fs::openat(fd, name, dir_flags, Mode::empty()).unwrap(),
        Err(e) => panic!("mkdir {name}: {e}"),
    };
    let touch = |fd: &std::os::fd::OwnedFd| {
        drop(rustix::fs::openat(fd, file, OFlags::CREATE | OFlags::WRONLY, Mode::from_raw_mode(0o644)).unwrap())
    };
    for level in 0..depth {
        fd = mkdir(&fd, name);
        if file_at(level) {
            touch(&fd);
            metrics += 1;
        }
        if let Some(leaf) = leaf {
            touch(&mkdir(&fd, leaf));
        }
    }
    metrics
}

/// Remove a tree of any depth under `top` (std's remove_dir_all recurses, one descriptor
/// per level): first move every directory up to be a child of `top`, then remove.
pub fn remove_deep(top: &Path) {
    use rustix::fs::{Mode, OFlags};
    let dir_flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC | OFlags::NOFOLLOW;
    let top_fd = rustix::fs::open(top, dir_flags, Mode::empty()).unwrap();
    let mut n = 0u64;
    let mut todo: Vec<String> =
        std::fs::read_dir(top).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    while let Some(name) = todo.pop() {
        let Ok(fd) = rustix::fs::openat(&top_fd, name.as_str(), dir_flags, Mode::empty()) else { continue };
        let subdirs: Vec<String> = {
            let mut buf = vec![std::mem::MaybeUninit::uninit(); 64 << 10];
            let mut it = rustix::fs::RawDir::new(&fd, &mut buf);
            let mut out = Vec::new();
            while let Some(e) = it.next() {
                let e = e.unwrap();
                let n = e.file_name().to_string_lossy().into_owned();
                if e.file_type() == rustix::fs::FileType::Directory && n != "." && n != ".." {
                    out.push(n);
                }
            }
            out
        };
        for s in subdirs {
            let flat = format!(".flat{n}");
            n += 1;
            rustix::fs::renameat(&fd, s.as_str(), &top_fd, flat.as_str()).unwrap();
            todo.push(flat);
        }
    }
    std::fs::remove_dir_all(top).unwrap();
}

/// A child killed when the test ends, also by a failed assertion: a daemon left behind
/// would hold the test's output open and stall the suite.
pub struct Reaped(pub std::process::Child);

impl Drop for Reaped {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The carbon-cache (and whisper) virtualenv the test command makes: GATHERER_CARBON_VENV,
/// else target/carbon-venv; `None`, said as a missing peer, when carbon-cache is not there.
pub fn carbon_venv() -> Option<PathBuf> {
    let dir = std::env::var_os("GATHERER_CARBON_VENV")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target/carbon-venv"));
    if dir.join("bin/carbon-cache.py").exists() {
        Some(dir)
    } else {
        peer_missing(&format!("carbon-cache in {} (pip install carbon whisper)", dir.display()));
        None
    }
}

/// The Tahoe-LAFS virtualenv the test command makes: GATHERER_TAHOE_VENV, else
/// target/tahoe-venv; `None`, said as a missing peer, when `tahoe` is not there.
pub fn tahoe_venv() -> Option<PathBuf> {
    let dir = std::env::var_os("GATHERER_TAHOE_VENV")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target/tahoe-venv"));
    if dir.join("bin/tahoe").exists() {
        Some(dir)
    } else {
        peer_missing(&format!("tahoe in {} (pip install tahoe-lafs==1.20.0)", dir.display()));
        None
    }
}

/// A stand-in for a stats provider's web port, for tests about shapes and settings
/// (tests/providers.rs runs real Tahoe nodes): every request gets `body` as JSON, until
/// the test process ends. Returns its port on 127.0.0.1.
pub fn serve_json(body: &'static str) -> u16 {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for mut conn in listener.incoming().flatten() {
            let mut buf = [0u8; 4096];
            let _ = conn.read(&mut buf);
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = conn.write_all(head.as_bytes());
            let _ = conn.write_all(body.as_bytes());
        }
    });
    port
}

/// A tmpfs of `size` (`16k`, `64k`) mounted at `at` (made here), unmounted when dropped:
/// lazily if something still holds it, so a test never leaves a mount behind.
/// `Err(why)`: no tmpfs could be mounted (not root, no mount namespace).
pub struct SmallTmpfs(PathBuf);

impl SmallTmpfs {
    #[allow(dead_code)] // not every test binary mounts one
    pub fn mount(at: &Path, size: &str) -> Result<SmallTmpfs, String> {
        std::fs::create_dir(at).map_err(|e| e.to_string())?;
        let o = Command::new("mount").args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"]).arg(at).output();
        match o {
            Ok(o) if o.status.success() => Ok(SmallTmpfs(at.to_path_buf())),
            Ok(o) => Err(text(&o)),
            Err(e) => Err(e.to_string()),
        }
    }
}

impl Drop for SmallTmpfs {
    fn drop(&mut self) {
        let plain = Command::new("umount").arg(&self.0).stderr(std::process::Stdio::null()).status();
        if !plain.is_ok_and(|s| s.success()) {
            let _ = Command::new("umount").arg("-l").arg(&self.0).status();
        }
    }
}

/// Copy the program to `to`, ready to run. A thread of this test binary that forks while
/// the copy is open for writing gives its child that descriptor until the child execs;
/// meanwhile running the copy fails with ETXTBSY. Once one run of it starts, no process
/// holds it open for writing any more (new children never inherit a closed descriptor).
#[allow(dead_code)] // not every test binary copies the program
pub fn copy_program(to: &Path) {
    std::fs::copy(bin(), to).unwrap();
    let until = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        match Command::new(to).arg("--version").output() {
            Err(e) if e.raw_os_error() == Some(libc::ETXTBSY) && std::time::Instant::now() < until => {
                std::thread::sleep(std::time::Duration::from_millis(10))
            }
            Err(e) => panic!("cannot run the copy {}: {e}", to.display()),
            Ok(_) => return,
        }
    }
}
