//! gatherer's hand-written /proc readers against procfs-core's, on the same files in the
//! same run: time per read, heap allocations and bytes allocated per read, and the ratios
//! gatherer / procfs-core; then small experiments on what procfs-core's types keep of each
//! file (the semantic reasons docs/design.md gives for hand-writing them).
//!
//!     cargo bench --bench procfs
//!     PROCFS_BENCH_SECS=3 cargo bench --bench procfs    # seconds per measurement (1)
//!
//! Fixtures, in a temporary directory removed at the end: a /proc/stat of 64 CPUs (10
//! columns, intr with 512 IRQs, softirq), /proc/loadavg, this machine's /proc/meminfo,
//! a /proc/net/dev of 50 interfaces (with their sysfs ifindex and type files), a
//! /proc/1/mountinfo of 200 mounts and a /proc/diskstats of 40 disks (20 fields, each with
//! a sys/block/NAME/device link, so gatherer treats them as physical).
//!
//! gatherer is measured in its steady state: the collector is built and warmed up once,
//! then its public read step (`Cpu::read`, `Memory::read`, `Network::read`,
//! `Filesystems::refresh_mounts`, `Diskstats::take_sample`) is timed. procfs-core opens
//! and parses the file each time with its own `from_file`, as a caller of it would. The
//! mount table is measured twice: unchanged (gatherer compares the text and does not parse
//! it again) and changing before every read (two versions alternate; the swap is not timed).
//! gatherer's network read also reads every interface's sysfs `ifindex` (to tell a
//! re-created interface): it is measured with those files and without sysfs.
//!
//! Each time is the median of 5 batches (with the fastest and slowest batch). Allocations
//! and bytes are counted on this thread by the bench's own counting global allocator. An
//! "I/O floor" row per file opens and reads the same files into a reused buffer, parsing
//! nothing; the ratio "time - floor" compares what each reader spends beyond that (its
//! parsing and bookkeeping), and is noisy where the floor is most of the time.

use gatherer::collectors::cpu::Cpu;
use gatherer::collectors::diskstats::{self, Diskstats};
use gatherer::collectors::filesystems::{Filesystems, Selection};
use gatherer::collectors::memory::Memory;
use gatherer::collectors::network::Network;
use gatherer::engine::collector::Collector;
use procfs_core::net::InterfaceDeviceStatus;
use procfs_core::prelude::*;
use procfs_core::process::MountInfos;
use procfs_core::{DiskStats, ExplicitSystemInfo, KernelStats, LoadAverage, Meminfo};
use std::collections::HashSet;
use std::fmt::Write as _;
use std::fs;
use std::hint::black_box;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

// Allocations and bytes asked for are counted on this thread by allocation-counter's
// allocator (a dev-dependency: test and bench builds only).

// ---- Measuring. ----

const BATCHES: u32 = 5;

#[derive(Clone, Copy)]
struct Figure {
    /// Median over the batches, and the fastest and slowest batch: ns per read.
    ns: f64,
    lo: f64,
    hi: f64,
    allocs: f64,
    bytes: f64,
    reads: u64,
}

/// Time `op` for about `budget`, in `BATCHES` batches. With `prep`, it runs before every
/// read, untimed and uncounted (each read is then timed on its own).
fn measure(budget: Duration, mut prep: Option<&mut dyn FnMut(u64)>, op: &mut dyn FnMut()) -> Figure {
    // Warm up, and size the batches from the warm-up's pace.
    let started = Instant::now();
    let mut n = 0u64;
    while started.elapsed() < budget / 20 || n < 3 {
        if let Some(p) = prep.as_mut() {
            p(n);
        }
        op();
        n += 1;
    }
    let per = started.elapsed().as_secs_f64() / n as f64;
    let batch = ((budget.as_secs_f64() * 0.95 / f64::from(BATCHES)) / per).max(1.0) as u64;
    let (mut times, mut allocs, mut bytes) = (Vec::new(), 0u64, 0u64);
    let mut i = n;
    for _ in 0..BATCHES {
        let took = match prep.as_mut() {
            None => {
                let mut took = Duration::ZERO;
                let info = allocation_counter::measure(|| {
                    let t0 = Instant::now();
                    for _ in 0..batch {
                        op();
                    }
                    took = t0.elapsed();
                });
                allocs += info.count_total;
                bytes += info.bytes_total;
                took
            }
            Some(p) => {
                let mut took = Duration::ZERO;
                for _ in 0..batch {
                    p(i);
                    i += 1;
                    let info = allocation_counter::measure(|| {
                        let t0 = Instant::now();
                        op();
                        took += t0.elapsed();
                    });
                    allocs += info.count_total;
                    bytes += info.bytes_total;
                }
                took
            }
        };
        times.push(took.as_secs_f64() * 1e9 / batch as f64);
    }
    times.sort_by(f64::total_cmp);
    let reads = batch * u64::from(BATCHES);
    Figure {
        ns: times[times.len() / 2],
        lo: times[0],
        hi: times[times.len() - 1],
        allocs: allocs as f64 / reads as f64,
        bytes: bytes as f64 / reads as f64,
        reads,
    }
}

fn time(ns: f64) -> String {
    if ns >= 1e6 {
        format!("{:.2} ms", ns / 1e6)
    } else if ns >= 1e3 {
        format!("{:.2} µs", ns / 1e3)
    } else {
        format!("{ns:.0} ns")
    }
}

fn amount(x: f64) -> String {
    if x >= 100.0 || x == x.round() {
        format!("{x:.0}")
    } else {
        format!("{x:.2}")
    }
}

fn ratio(ours: f64, theirs: f64) -> String {
    if theirs == 0.0 {
        if ours == 0.0 {
            "both 0".into()
        } else {
            "n/a".into()
        }
    } else {
        format!("{:.3}", ours / theirs)
    }
}

// ---- Fixtures. ----

/// A small deterministic generator, so every run reads the same files.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) % below
    }
}

fn stat_text(r: &mut Lcg) -> String {
    let mut per_cpu = Vec::new();
    let mut total = [0u64; 10];
    for _ in 0..64 {
        let m = [
            r.next(5_000_000),
            r.next(50_000),
            r.next(2_000_000),
            r.next(90_000_000),
            r.next(300_000),
            0,
            r.next(40_000),
            r.next(10_000),
            0,
            0,
        ];
        for (t, v) in total.iter_mut().zip(m) {
            *t += v;
        }
        per_cpu.push(m);
    }
    let row = |m: &[u64; 10]| m.iter().map(u64::to_string).collect::<Vec<_>>().join(" ");
    let mut s = format!("cpu  {}\n", row(&total));
    for (n, m) in per_cpu.iter().enumerate() {
        let _ = writeln!(s, "cpu{n} {}", row(m));
    }
    let irqs: Vec<u64> = (0..512).map(|i| if i % 3 == 0 { r.next(10_000_000) } else { 0 }).collect();
    let _ = write!(s, "intr {}", irqs.iter().sum::<u64>());
    for v in &irqs {
        let _ = write!(s, " {v}");
    }
    let softirqs: Vec<u64> = (0..10).map(|_| r.next(50_000_000)).collect();
    let _ = write!(
        s,
        "\nctxt 98765432101\nbtime 1760000000\nprocesses 4567890\nprocs_running 3\nprocs_blocked 1\nsoftirq {}",
        softirqs.iter().sum::<u64>()
    );
    for v in &softirqs {
        let _ = write!(s, " {v}");
    }
    s.push('\n');
    s
}

fn interface_names() -> Vec<String> {
    let mut names = vec!["lo".to_string(), "eth0".into(), "eth1".into(), "eth2".into(), "eth3".into()];
    names.push("docker0".into());
    names.push("br-4f0c9e2a1b7d".into());
    names.push("wg0".into());
    for i in 0..42 {
        names.push(format!("veth{:07x}", 0x1a2b3c4 + i * 7919));
    }
    assert_eq!(names.len(), 50);
    names
}

/// `/proc/net/dev` as the kernel prints it (`%6s: %7llu %7llu %4llu ...`).
fn net_dev_text(r: &mut Lcg, names: &[String]) -> String {
    let mut s = String::from(
        "Inter-|   Receive                                                |  Transmit\n \
         face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed\n",
    );
    for name in names {
        let v: Vec<u64> = (0..16)
            .map(|i| match i {
                0 | 8 => r.next(1 << 40),
                1 | 9 => r.next(1 << 30),
                7 => r.next(100_000),
                _ => r.next(4) * r.next(100),
            })
            .collect();
        let _ = writeln!(
            s,
            "{name:>6}: {:>7} {:>7} {:>4} {:>4} {:>4} {:>5} {:>10} {:>9} {:>8} {:>7} {:>4} {:>4} {:>4} {:>5} {:>7} {:>10}",
            v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13], v[14], v[15]
        );
    }
    s
}

fn sys_net(sys: &Path, names: &[String]) {
    for (i, name) in names.iter().enumerate() {
        let d = sys.join("class/net").join(name);
        fs::create_dir_all(&d).unwrap();
        fs::write(d.join("ifindex"), format!("{}\n", i + 1)).unwrap();
        fs::write(d.join("type"), if name == "lo" { "772\n" } else { "1\n" }).unwrap();
        if name.starts_with("eth") {
            std::os::unix::fs::symlink(format!("../../../devices/pci0000:00/0000:00:0{i}.0"), d.join("device"))
                .unwrap();
        }
    }
}

/// 200 mounts as a container host has them: the root, the kernel's pseudo filesystems,
/// tmpfs, NFS, bind mounts and overlay layers, with the kernel's octal escapes.
fn mountinfo_text(r: &mut Lcg, mounts: usize) -> String {
    let mut s = String::from(
        "1 0 254:1 / / rw,relatime shared:1 - ext4 /dev/mapper/vg0-root rw,errors=remount-ro\n\
         22 1 0:21 / /proc rw,nosuid,nodev,noexec,relatime shared:12 - proc proc rw\n\
         23 1 0:22 / /sys rw,nosuid,nodev,noexec,relatime shared:2 - sysfs sysfs rw\n\
         24 1 0:6 / /dev rw,nosuid,relatime shared:8 - devtmpfs udev rw,size=12334460k,nr_inodes=3083615,mode=755\n\
         25 24 0:23 / /dev/shm rw,nosuid,nodev shared:9 - tmpfs tmpfs rw,inode64\n\
         26 23 0:24 / /sys/fs/cgroup rw,nosuid,nodev,noexec,relatime shared:4 - cgroup2 cgroup2 rw,nsdelegate,memory_recursiveprot\n\
         27 1 0:25 / /run rw,nosuid,nodev,noexec,relatime shared:5 - tmpfs tmpfs rw,size=2468412k,mode=755,inode64\n\
         28 1 8:1 / /boot rw,relatime shared:30 - ext4 /dev/sda1 rw\n\
         29 1 254:2 / /srv/my\\040data rw,relatime shared:31 - xfs /dev/mapper/vg0-data rw,attr2,inode64,logbufs=8,logbsize=32k,noquota\n",
    );
    let mut id = 100;
    while s.lines().count() < mounts {
        id += 1;
        let line = match id % 4 {
            0 => format!(
                "{id} 1 0:{id} / /mnt/nfs/share{id} rw,relatime shared:{id} - nfs4 filer{}.example.com:/export/vol{id} \
                 rw,vers=4.2,rsize=1048576,wsize=1048576,namlen=255,hard,proto=tcp,timeo=600,retrans=2,sec=sys,clientaddr=10.0.0.5,local_lock=none,addr=10.0.0.{}\n",
                r.next(9),
                r.next(250)
            ),
            1 => format!(
                "{id} 27 0:{id} / /run/user/{} rw,nosuid,nodev,relatime shared:{id} - tmpfs tmpfs rw,size=2468408k,nr_inodes=617102,mode=700,uid={0},gid={0},inode64\n",
                1000 + id
            ),
            2 => format!(
                "{id} 1 254:1 /var/lib/containers/vol{id} /srv/bind/vol{id} rw,relatime shared:1 - ext4 /dev/mapper/vg0-root rw,errors=remount-ro\n"
            ),
            _ => {
                let layer = |r: &mut Lcg| format!("{:016x}{:016x}", r.next(u64::MAX), r.next(u64::MAX));
                let (a, b, c) = (layer(r), layer(r), layer(r));
                format!(
                    "{id} 1 0:{id} / /var/lib/docker/overlay2/{a}/merged rw,relatime shared:{id} - overlay overlay \
                     rw,lowerdir=/var/lib/docker/overlay2/l/{b}:/var/lib/docker/overlay2/l/{c},upperdir=/var/lib/docker/overlay2/{a}/diff,workdir=/var/lib/docker/overlay2/{a}/work,nouserxattr\n"
                )
            }
        };
        s.push_str(&line);
    }
    s
}

fn disk_names() -> Vec<String> {
    let mut names: Vec<String> = (b'a'..=b'z').map(|c| format!("sd{}", c as char)).collect();
    names.extend((0..14).map(|i| format!("nvme{i}n1")));
    assert_eq!(names.len(), 40);
    names
}

/// `/proc/diskstats` with 20 fields a line (kernels 5.5 and later).
fn diskstats_text(r: &mut Lcg, names: &[String]) -> String {
    let mut s = String::new();
    for (i, name) in names.iter().enumerate() {
        let (major, minor) = if name.starts_with("sd") { (8, i * 16) } else { (259, i) };
        let _ = write!(s, "{major:>4} {minor:>7} {name}");
        for f in 0..17 {
            let v = match f {
                8 => r.next(32),
                _ => r.next(1 << 34),
            };
            let _ = write!(s, " {v}");
        }
        s.push('\n');
    }
    s
}

struct Fixture {
    proc_root: PathBuf,
    sys_root: PathBuf,
    /// The two mount tables the changing case alternates, and the path readers use.
    mountinfo: [PathBuf; 2],
    mountinfo_path: PathBuf,
}

fn build(root: &Path) -> Fixture {
    let mut r = Lcg(0x5eed);
    let proc_root = root.join("proc");
    let sys_root = root.join("sys");
    fs::create_dir_all(proc_root.join("net")).unwrap();
    fs::create_dir_all(proc_root.join("1")).unwrap();
    fs::write(proc_root.join("stat"), stat_text(&mut r)).unwrap();
    fs::write(proc_root.join("loadavg"), "0.52 0.58 0.59 3/467 12345\n").unwrap();
    fs::copy("/proc/meminfo", proc_root.join("meminfo")).unwrap();
    let names = interface_names();
    fs::write(proc_root.join("net/dev"), net_dev_text(&mut r, &names)).unwrap();
    sys_net(&sys_root, &names);
    let table = mountinfo_text(&mut r, 200);
    assert_eq!(table.lines().count(), 200);
    // The second version: one more mount (a container started), as the table changes.
    let changed = format!(
        "{table}9999 1 0:9999 / /var/lib/docker/overlay2/ffff/merged rw,relatime - overlay overlay rw,lowerdir=/l/a,upperdir=/u,workdir=/w\n"
    );
    let mountinfo = [proc_root.join("1/mountinfo.a"), proc_root.join("1/mountinfo.b")];
    fs::write(&mountinfo[0], table).unwrap();
    fs::write(&mountinfo[1], changed).unwrap();
    let mountinfo_path = proc_root.join("1/mountinfo");
    fs::hard_link(&mountinfo[0], &mountinfo_path).unwrap();
    let disks = disk_names();
    fs::write(proc_root.join("diskstats"), diskstats_text(&mut r, &disks)).unwrap();
    for d in &disks {
        let dir = sys_root.join("block").join(d);
        fs::create_dir_all(&dir).unwrap();
        std::os::unix::fs::symlink(
            "../../devices/pci0000:00/0000:00:1f.2/ata1/host0/target0:0:0/0:0:0:0",
            dir.join("device"),
        )
        .unwrap();
    }
    Fixture { proc_root, sys_root, mountinfo, mountinfo_path }
}

/// Put version `v` of the mount table at the readers' path: a hard link renamed over it,
/// so the path stays a regular file and the swap is atomic.
fn swap_mountinfo(f: &Fixture, v: usize) {
    let next = f.mountinfo_path.with_extension("next");
    fs::hard_link(&f.mountinfo[v], &next).unwrap();
    fs::rename(&next, &f.mountinfo_path).unwrap();
    // Renaming a link over another link to the same file does nothing: take it away.
    let _ = fs::remove_file(&next);
}

fn empty_selection() -> Selection {
    Selection { skip_types: HashSet::new(), skip_mounts: Vec::new(), only_mounts: Vec::new() }
}

fn system_info() -> ExplicitSystemInfo {
    ExplicitSystemInfo {
        boot_time_secs: 0,
        ticks_per_second: rustix::param::clock_ticks_per_second(),
        page_size: 4096,
        is_little_endian: cfg!(target_endian = "little"),
    }
}

/// Both readers see the same fixture the same way before anything is timed.
fn check_agreement(f: &Fixture) {
    let si = system_info();
    let p = &f.proc_root;
    let cpu = Collector::collect(&mut Cpu::new(p)).unwrap().unwrap();
    let ks = KernelStats::from_file(p.join("stat"), &si).unwrap();
    assert_eq!((cpu.cpus as usize, ks.cpu_time.len()), (64, 64));
    assert_eq!((cpu.context_switches, ks.ctxt), (98765432101, 98765432101));
    let mem = Collector::collect(&mut Memory::new(p)).unwrap().unwrap();
    let mi = Meminfo::from_file(p.join("meminfo")).unwrap();
    assert_eq!(mem.total, mi.mem_total);
    let net = Collector::collect(&mut Network::new(p, &f.sys_root)).unwrap().unwrap();
    let dev = InterfaceDeviceStatus::from_file(p.join("net/dev")).unwrap();
    assert_eq!((net.interfaces.len(), dev.0.len()), (50, 50));
    assert_eq!(net.interfaces["eth0"].counters.rx_bytes, dev.0["eth0"].recv_bytes);
    assert!(net.interfaces["eth0"].physical && !net.interfaces["veth1a2b3c4"].physical);
    let mounts = MountInfos::from_file(&f.mountinfo_path).unwrap();
    assert_eq!(mounts.0.len(), 200);
    let mut d = Diskstats::new(p, &f.sys_root);
    Collector::collect(&mut d).unwrap();
    std::thread::sleep(Duration::from_millis(5));
    let disks = Collector::collect(&mut d).unwrap().unwrap();
    assert_eq!((disks.disks.len(), DiskStats::from_file(p.join("diskstats")).unwrap().0.len()), (40, 40));
}

struct Row {
    file: &'static str,
    gatherer: (&'static str, Figure),
    procfs: (&'static str, Figure),
    /// Opening and reading the same file(s) into a reused buffer, parsing nothing: the
    /// I/O both readers pay.
    floor: Figure,
    /// Where gatherer reads more than procfs-core (sysfs, for net/dev): its own floor.
    gatherer_floor: Option<(&'static str, Figure)>,
}

fn run(f: &Fixture, budget: Duration) -> Vec<Row> {
    let si = system_info();
    let p = f.proc_root.clone();
    let (stat, loadavg, meminfo, dev, diskstats_path) =
        (p.join("stat"), p.join("loadavg"), p.join("meminfo"), p.join("net/dev"), p.join("diskstats"));
    let mounts = f.mountinfo_path.clone();
    let m = |prep: Option<&mut dyn FnMut(u64)>, op: &mut dyn FnMut()| measure(budget, prep, op);
    let mut buf = Vec::new();
    // Open and read each file; one that does not exist costs its failed open.
    let mut floor = |paths: &[&PathBuf]| {
        measure(budget / 2, None, &mut || {
            for p in paths {
                buf.clear();
                if let Ok(mut file) = fs::File::open(p) {
                    file.read_to_end(&mut buf).unwrap();
                }
                black_box(&buf);
            }
        })
    };
    let mut rows = Vec::new();

    let mut cpu = Cpu::new(&p);
    cpu.read().unwrap();
    let g = m(None, &mut || cpu.read().unwrap());
    let c = m(None, &mut || {
        black_box(KernelStats::from_file(&stat, &si).unwrap());
        black_box(LoadAverage::from_file(&loadavg).unwrap());
    });
    rows.push(Row {
        file: "stat + loadavg",
        gatherer: ("Cpu::read", g),
        procfs: ("KernelStats + LoadAverage", c),
        floor: floor(&[&stat, &loadavg]),
        gatherer_floor: None,
    });

    let mut mem = Memory::new(&p);
    mem.read().unwrap();
    let g = m(None, &mut || mem.read().unwrap());
    let c = m(None, &mut || {
        black_box(Meminfo::from_file(&meminfo).unwrap());
    });
    rows.push(Row {
        file: "meminfo",
        gatherer: ("Memory::read", g),
        procfs: ("Meminfo", c),
        floor: floor(&[&meminfo]),
        gatherer_floor: None,
    });

    let mut net = Network::new(&p, &f.sys_root);
    net.read().unwrap();
    net.read().unwrap();
    let g = m(None, &mut || net.read().unwrap());
    let c = m(None, &mut || {
        black_box(InterfaceDeviceStatus::from_file(&dev).unwrap());
    });
    let dev_floor = floor(&[&dev]);
    // gatherer also reads each interface's sysfs ifindex every sample (a new ifindex under
    // an old name is a re-created interface). Its floor: net/dev and those 50 files.
    let ifindex = |sys: &Path| -> Vec<PathBuf> {
        std::iter::once(dev.clone())
            .chain(interface_names().iter().map(|n| sys.join("class/net").join(n).join("ifindex")))
            .collect()
    };
    let paths = ifindex(&f.sys_root);
    let g_floor = floor(&paths.iter().collect::<Vec<_>>());
    rows.push(Row {
        file: "net/dev + sysfs",
        gatherer: ("Network::read", g),
        procfs: ("InterfaceDeviceStatus", c),
        floor: dev_floor,
        gatherer_floor: Some(("net/dev + 50 sysfs ifindex reads", g_floor)),
    });
    // The same without sysfs: each ifindex lookup fails at once.
    let no_sys = f.sys_root.with_file_name("no-sys");
    let mut bare = Network::new(&p, &no_sys);
    bare.read().unwrap();
    bare.read().unwrap();
    let g = m(None, &mut || bare.read().unwrap());
    let paths = ifindex(&no_sys);
    let g_floor = floor(&paths.iter().collect::<Vec<_>>());
    rows.push(Row {
        file: "net/dev, sysfs absent",
        gatherer: ("Network::read", g),
        procfs: ("InterfaceDeviceStatus", c),
        floor: dev_floor,
        gatherer_floor: Some(("net/dev + 50 failed opens", g_floor)),
    });

    let mut fsys = Filesystems::new(&p, empty_selection(), Duration::from_secs(1));
    fsys.refresh_mounts().unwrap();
    let g = m(None, &mut || fsys.refresh_mounts().unwrap());
    let c = m(None, &mut || {
        black_box(MountInfos::from_file(&mounts).unwrap());
    });
    let mounts_floor = floor(&[&mounts]);
    rows.push(Row {
        file: "1/mountinfo, unchanged",
        gatherer: ("Filesystems::refresh_mounts", g),
        procfs: ("MountInfos", c),
        floor: mounts_floor,
        gatherer_floor: None,
    });
    let mut alternate = |i: u64| swap_mountinfo(f, (i % 2) as usize);
    let g = m(Some(&mut alternate), &mut || fsys.refresh_mounts().unwrap());
    let c = m(Some(&mut alternate), &mut || {
        black_box(MountInfos::from_file(&mounts).unwrap());
    });
    swap_mountinfo(f, 0);
    rows.push(Row {
        file: "1/mountinfo, changing",
        gatherer: ("Filesystems::refresh_mounts", g),
        procfs: ("MountInfos", c),
        floor: mounts_floor,
        gatherer_floor: None,
    });

    let mut disks = Diskstats::new(&p, &f.sys_root);
    disks.take_sample().unwrap();
    let g = m(None, &mut || {
        disks.take_sample().unwrap();
    });
    let c = m(None, &mut || {
        black_box(DiskStats::from_file(&diskstats_path).unwrap());
    });
    rows.push(Row {
        file: "diskstats",
        gatherer: ("Diskstats::take_sample", g),
        procfs: ("DiskStats", c),
        floor: floor(&[&diskstats_path]),
        gatherer_floor: None,
    });
    rows
}

fn print_table(rows: &[Row]) {
    println!(
        "\n{:<23} {:<11} {:<34} {:>10} {:>21} {:>8} {:>8} {:>7}",
        "file", "reader", "call", "time/read", "batches min-max", "allocs", "bytes", "reads"
    );
    let line = |file: &str, who: &str, call: &str, f: &Figure| {
        println!(
            "{file:<23} {who:<11} {call:<34} {:>10} {:>21} {:>8} {:>8} {:>7}",
            time(f.ns),
            format!("{}-{}", time(f.lo), time(f.hi)),
            amount(f.allocs),
            amount(f.bytes),
            f.reads
        );
    };
    for r in rows {
        line(r.file, "gatherer", r.gatherer.0, &r.gatherer.1);
        line("", "procfs-core", r.procfs.0, &r.procfs.1);
        line("", "I/O floor", "open + read_to_end, reused buffer", &r.floor);
        if let Some((what, f)) = &r.gatherer_floor {
            line("", "I/O floor", what, f);
        }
    }
    println!("\nratios gatherer / procfs-core (below 1: gatherer takes less; allocs and bytes are per read;");
    println!("time - floor: each reader's time less the I/O it does, i.e. its parsing and bookkeeping)");
    println!("{:<23} {:>8} {:>15} {:>8} {:>8}", "file", "time", "time - floor", "allocs", "bytes");
    for r in rows {
        let (g, c) = (&r.gatherer.1, &r.procfs.1);
        let g_floor = r.gatherer_floor.as_ref().map_or(&r.floor, |(_, f)| f);
        println!(
            "{:<23} {:>8} {:>15} {:>8} {:>8}",
            r.file,
            ratio(g.ns, c.ns),
            ratio((g.ns - g_floor.ns).max(0.0), (c.ns - r.floor.ns).max(0.0)),
            ratio(g.allocs, c.allocs),
            ratio(g.bytes, c.bytes)
        );
    }
}

// ---- Semantics: what procfs-core's types keep, by experiment. ----

fn say(topic: &str, procfs: String, gatherer: String) {
    println!("- {topic}\n    procfs-core: {procfs}\n    gatherer:    {gatherer}");
}

fn err<T, E: std::fmt::Display>(r: Result<T, E>) -> String {
    match r {
        Ok(_) => "parsed".into(),
        Err(e) => {
            // procfs-core's internal errors name the source file by its registry path.
            let msg = e.to_string();
            let msg = msg.lines().next().unwrap_or_default();
            match (msg.find(" at /"), msg.rfind("/src/")) {
                (Some(a), Some(b)) if a < b => format!("error: {} at {}", &msg[..a], &msg[b + 5..]),
                _ => format!("error: {msg}"),
            }
        }
    }
}

fn semantics(f: &Fixture, scratch: &Path) {
    println!("\nsemantics (experiments run now, on procfs-core {})", procfs_core_version());
    let si = system_info();

    // meminfo: which of this machine's fields the type keeps, found by planting a
    // sentinel value in one field at a time and looking for it in the parsed struct.
    let real = fs::read_to_string(f.proc_root.join("meminfo")).unwrap();
    let real = format!("{real}FutureField:    7 kB\n"); // a name no release knows yet
    let lines: Vec<&str> = real.lines().collect();
    let sentinel = 987_654_321u64;
    let mut lost = Vec::new();
    let mut required = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let (name, rest) = l.split_once(':').unwrap();
        let kb = rest.trim_end().ends_with("kB");
        let planted: Vec<String> = lines
            .iter()
            .enumerate()
            .map(
                |(j, o)| {
                    if i == j {
                        format!("{name}: {sentinel}{}", if kb { " kB" } else { "" })
                    } else {
                        o.to_string()
                    }
                },
            )
            .collect();
        let want = if kb { sentinel * 1024 } else { sentinel };
        let parsed = Meminfo::from_read(planted.join("\n").as_bytes()).unwrap();
        if !format!("{parsed:?}").contains(&want.to_string()) {
            lost.push(name.to_string());
        }
        let without: Vec<&str> = lines.iter().enumerate().filter(|(j, _)| *j != i).map(|(_, o)| *o).collect();
        if Meminfo::from_read(without.join("\n").as_bytes()).is_err() {
            required.push(name.to_string());
        }
    }
    let dir = scratch.join("meminfo");
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("meminfo"), &real).unwrap();
    let ours = Collector::collect(&mut Memory::new(&dir)).unwrap().unwrap();
    say(
        &format!("meminfo: every field? ({} fields: this machine's and FutureField)", lines.len()),
        format!("a fixed struct; drops {} of them: {}", lost.len(), lost.join(", ")),
        format!(
            "{} of {} kept, by name (FutureField = {} bytes)",
            ours.meminfo.len(),
            lines.len(),
            ours.meminfo["FutureField"]
        ),
    );
    let mut ours_required = Vec::new();
    for i in 0..lines.len() {
        let without: Vec<&str> = lines.iter().enumerate().filter(|(j, _)| *j != i).map(|(_, o)| *o).collect();
        fs::write(dir.join("meminfo"), without.join("\n")).unwrap();
        if Collector::collect(&mut Memory::new(&dir)).is_err() {
            ours_required.push(lines[i].split(':').next().unwrap());
        }
    }
    say(
        "meminfo: fields whose absence refuses the whole file (each line removed in turn)",
        format!("{} fields: {}", required.len(), required.join(", ")),
        format!("{}: {}", ours_required.len(), ours_required.join(", ")),
    );
    let huge = "MemTotal: 1000 kB\nMemFree: 1 kB\nBuffers: 1 kB\nCached: 1 kB\nSwapCached: 0 kB\nActive: 1 kB\nInactive: 1 kB\n\
                SwapTotal: 0 kB\nSwapFree: 0 kB\nDirty: 0 kB\nWriteback: 0 kB\nMapped: 1 kB\nSlab: 1 kB\nCommitted_AS: 1 kB\n\
                VmallocTotal: 1 kB\nVmallocUsed: 0 kB\nVmallocChunk: 0 kB\nHugePages_Total: 4\nHugePages_Free: 3\nHugepagesize: 2048 kB\n";
    let parsed = Meminfo::from_read(huge.as_bytes()).unwrap();
    fs::write(dir.join("meminfo"), huge).unwrap();
    let ours = Collector::collect(&mut Memory::new(&dir)).unwrap().unwrap();
    say(
        "meminfo: HugePages_Total 4, HugePages_Free 3, Hugepagesize 2048 kB",
        format!(
            "hugepages_total {:?}, hugepages_free {:?} (counts), hugepagesize {:?} (bytes)",
            parsed.hugepages_total, parsed.hugepages_free, parsed.hugepagesize
        ),
        format!(
            "HugePages_Total {}, HugePages_Free {}, Hugepagesize {}",
            ours.meminfo["HugePages_Total"], ours.meminfo["HugePages_Free"], ours.meminfo["Hugepagesize"]
        ),
    );

    // /proc/stat.
    let tail = "intr 4242424242 1 2 3\nctxt 10\nbtime 1700000000\nprocesses 30\nprocs_running 2\nprocs_blocked 1\n";
    let dir = scratch.join("stat");
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("loadavg"), "12.34 0.40 0.30 2/345 6789\n").unwrap();
    let ours_stat = |text: &str| {
        fs::write(dir.join("stat"), text).unwrap();
        Collector::collect(&mut Cpu::new(&dir))
    };
    let eight = format!("cpu  10 20 30 40 50 60 70 80\ncpu0 10 20 30 40 50 60 70 80\n{tail}");
    let four = format!("cpu  10 20 30 40\ncpu0 10 20 30 40\n{tail}");
    let theirs = |t: &str| KernelStats::from_read(t.as_bytes(), &si);
    say(
        "stat: 8-column cpu lines (no guest, kernels before 2.6.24) and 4-column ones (2.4)",
        format!(
            "8 columns: {}, steal {:?}, guest {:?}; 4 columns: {}, iowait {:?}",
            err(theirs(&eight)),
            theirs(&eight).map(|k| k.total.steal).ok().flatten(),
            theirs(&eight).map(|k| k.total.guest).ok().flatten(),
            err(theirs(&four)),
            theirs(&four).map(|k| k.total.iowait).ok().flatten()
        ),
        format!("8 columns: {} (guest = 0); 4 columns: {}", err(ours_stat(&eight)), err(ours_stat(&four))),
    );
    let gap = format!("cpu  20 0 20 80\ncpu0 10 0 10 40\ncpu2 10 0 10 40\n{tail}");
    let ks = theirs(&gap).unwrap();
    let ours = ours_stat(&gap).unwrap().unwrap();
    say(
        "stat: cpu1 offline (lines cpu0, cpu2), and the intr total 4242424242",
        format!(
            "cpu_time is a Vec of {} with no CPU number (cpu2 is cpu_time[1]); intr total {}",
            ks.cpu_time.len(),
            if format!("{ks:?}").contains("4242424242") { "kept" } else { "not kept (no field)" }
        ),
        format!(
            "per CPU by number: {:?}; interrupts {}",
            ours.per_cpu_seconds.keys().collect::<Vec<_>>(),
            ours.interrupts
        ),
    );
    let ticks = |tps: u64| {
        let info = ExplicitSystemInfo { ticks_per_second: tps, ..si };
        let t = format!("cpu  {tps} 0 0 0\n{tail}");
        KernelStats::from_read(t.as_bytes(), &info).unwrap().total.user_ms()
    };
    say(
        "stat: clock ticks (one second of user time at USER_HZ 100, 300, 1024)",
        format!(
            "takes ticks from the caller (no sysconf in -core); user_ms() = {}, {}, {} (1000 is right)",
            ticks(100),
            ticks(300),
            ticks(1024)
        ),
        format!(
            "sysconf(_SC_CLK_TCK) through rustix: {} here; seconds = ticks / hz in f64, exact for any hz",
            rustix::param::clock_ticks_per_second()
        ),
    );
    let load = LoadAverage::from_read("12.34 0.40 0.30 2/345 6789\n".as_bytes()).unwrap();
    let ours = ours_stat(&eight).unwrap().unwrap();
    say("loadavg 12.34", format!("f32: {} as f64", f64::from(load.one)), format!("f64: {}", ours.load1));

    // /proc/net/dev.
    let head = "Inter-|   Receive                                                |  Transmit\n face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed\n";
    let dir = scratch.join("net");
    fs::create_dir_all(dir.join("net")).unwrap();
    let ours_dev = |text: &str| {
        fs::write(dir.join("net/dev"), text).unwrap();
        Collector::collect(&mut Network::new(&dir, &scratch.join("no-sys")))
    };
    let tight = format!("{head}  eth0:123456789 2 0 0 0 0 0 0 5 6 0 0 0 0 0 0\n");
    let long = format!("{head}abcdefghijklmno:       1       2    0    0    0     0          0         0        3       4    0    0    0     0       0          0\n");
    let theirs_dev = |t: &str| InterfaceDeviceStatus::from_read(t.as_bytes());
    say(
        "net/dev: counter touching the colon (`eth0:123456789 2 ...`), and a 15-character name",
        format!(
            "touching: {}; long name: {}",
            err(theirs_dev(&tight)),
            theirs_dev(&long)
                .map(|d| d.0.keys().cloned().collect::<Vec<_>>().join(","))
                .unwrap_or_else(|e| e.to_string())
        ),
        format!(
            "touching: rx_bytes {}; long name: {}",
            ours_dev(&tight).unwrap().unwrap().interfaces["eth0"].counters.rx_bytes,
            ours_dev(&long).unwrap().unwrap().interfaces.keys().cloned().collect::<Vec<_>>().join(",")
        ),
    );

    // mountinfo, with lines as this kernel writes them for `mount -t tmpfs 'my src'
    // '/srv/a b'` and `mount -t tmpfs none <dir>`.
    let dir = scratch.join("mounts");
    fs::create_dir_all(dir.join("1")).unwrap();
    let here = dir.to_str().unwrap();
    let text = format!(
        "63 43 0:39 / /srv/a\\040b rw,relatime - tmpfs my\\040src rw\n64 43 0:40 / {here} rw,relatime - tmpfs none rw\n"
    );
    fs::write(dir.join("1/mountinfo"), &text).unwrap();
    let theirs = MountInfos::from_read(text.as_bytes()).unwrap();
    let ours =
        Collector::collect(&mut Filesystems::new(&dir, empty_selection(), Duration::from_secs(5))).unwrap().unwrap();
    say(
        "mountinfo: octal escapes (`/srv/a\\040b`, source `my\\040src`) and the source `none`",
        format!(
            "mount_point {:?}, mount_source {:?}; source none: {:?}",
            theirs.0[0].mount_point, theirs.0[0].mount_source, theirs.0[1].mount_source
        ),
        format!(
            "mount points {:?}; source none: {:?}",
            ours.errors.keys().chain(ours.filesystems.keys()).map(|k| k.replace(here, "<dir>")).collect::<Vec<_>>(),
            ours.filesystems.get(here).map(|f| f.device.as_str())
        ),
    );

    // diskstats.
    let good = "   8       0 sda 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17\n";
    let old = format!("{good}   8       1 sda1 10 20 30 40\n");
    let bad = format!("{good}   8      16 sdb 1 2 x 4 5 6 7 8 9 10 11\n");
    let dir = scratch.join("disks");
    fs::create_dir_all(&dir).unwrap();
    let ours_disks = |text: &str| {
        fs::write(dir.join("diskstats"), text).unwrap();
        let mut d = Diskstats::new(&dir, &scratch.join("no-sys"));
        d.take_sample().map(|_| ())
    };
    say(
        "diskstats: a 7-field partition line (2.6-era kernels), and one malformed line",
        format!(
            "partition line: {}; malformed line: {}",
            err(DiskStats::from_read(old.as_bytes())),
            err(DiskStats::from_read(bad.as_bytes()))
        ),
        format!(
            "partition line: {} ({:?}); malformed line: {} (that line skipped, warned once)",
            err(ours_disks(&old)),
            diskstats::parse_line("   8       1 sda1 10 20 30 40").unwrap(),
            err(ours_disks(&bad))
        ),
    );
}

fn procfs_core_version() -> &'static str {
    let lock = include_str!("../Cargo.lock");
    lock.split("[[package]]")
        .find(|p| p.contains("name = \"procfs-core\""))
        .and_then(|p| p.lines().find_map(|l| l.strip_prefix("version = \"")))
        .map(|v| v.trim_end_matches('"'))
        .unwrap_or("?")
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return; // cargo test --benches asks for a listing
    }
    // `cargo bench` passes --bench; run as a test (cargo test --benches), a quick pass
    // checks that everything still reads and agrees.
    let default = if std::env::args().any(|a| a == "--bench") { 1.0 } else { 0.02 };
    let secs: f64 = std::env::var("PROCFS_BENCH_SECS")
        .ok()
        .map(|s| s.parse().expect("PROCFS_BENCH_SECS: seconds per measurement"))
        .unwrap_or(default);
    let dir = tempfile::tempdir().unwrap();
    let fixture = build(dir.path());
    check_agreement(&fixture);
    println!(
        "gatherer vs procfs-core {} (default-features = false), {:.1} s per measurement, USER_HZ {}",
        procfs_core_version(),
        secs,
        rustix::param::clock_ticks_per_second()
    );
    let rows = run(&fixture, Duration::from_secs_f64(secs));
    print_table(&rows);
    semantics(&fixture, &dir.path().join("experiments"));
}
