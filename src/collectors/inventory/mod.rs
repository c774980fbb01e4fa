//! What the machine is: CPUs (logical, physical cores, sockets), CPU model and maximum
//! frequency, memory and swap size, the block devices and partitions with their sizes
//! and mount points, the kernel. It rarely changes, so it is looked at every interval
//! (60 s) but written only when something changed, and at least once a day
//! (`--inventory-interval`), so a check can still tell a dead daemon from a quiet one.
//!
//! Sources, all under the injectable roots: `<sys>/devices/system/cpu/{online,present}`,
//! `cpuN/topology/{physical_package_id,core_id}`, `cpuN/cpufreq/cpuinfo_max_freq`;
//! `<proc>/cpuinfo` (model, and topology where sysfs has none), `<proc>/meminfo`,
//! `<proc>/partitions`, `<sys>/class/block/NAME/partition`, `<proc>/1/mountinfo` (else
//! `self`), `<proc>/sys/kernel/{ostype,osrelease,version,hostname,domainname}`, and the machine
//! (`x86_64`) from uname(2), as /proc has no file for it.

mod kind;

use crate::engine::collector::{Collector, Reading};
use crate::engine::sample::Sample;
use crate::util::file;
use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub(crate) const NAME: &str = "inventory";

/// A block device or partition, from `/proc/partitions`.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub struct Partition {
    pub name: String,
    pub major: u32,
    pub minor: u32,
    pub size_bytes: u64,
    /// A partition of `disk` (sysfs has a `partition` file for it); `None` for a whole
    /// device.
    pub disk: Option<String>,
    /// Where it is mounted, first mount first; empty when it is not.
    pub mountpoints: Vec<String>,
    /// Its filesystem type when mounted.
    pub fstype: Option<String>,
}

/// What the state file holds.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Inventory {
    /// uname(2)'s nodename.
    pub hostname: Option<String>,
    /// uname(2)'s release.
    pub kernel: Option<String>,
    /// uname(2)'s sysname, version (the kernel's build string), machine and NIS domain
    /// name: with the two above, node_exporter's `node_uname_info`, which Grafana's
    /// dashboards take their host list from. Absent from state files of older versions.
    #[serde(default)]
    pub sysname: Option<String>,
    #[serde(default)]
    pub kernel_version: Option<String>,
    #[serde(default)]
    pub machine: Option<String>,
    #[serde(default)]
    pub domainname: Option<String>,
    /// CPUs online (what `nproc` and psutil's `cpu_count()` say).
    pub logical_cpus: u32,
    /// CPUs present, online or not.
    pub present_cpus: u32,
    /// Distinct (socket, core) pairs among online CPUs (psutil's
    /// `cpu_count(logical=False)`; lscpu's cores per socket × sockets).
    pub physical_cores: u32,
    pub sockets: u32,
    pub cpu_model: Option<String>,
    /// The highest `cpuinfo_max_freq` of any CPU (lscpu's "CPU max MHz"); null where the
    /// kernel has no cpufreq (most VMs).
    pub max_mhz: Option<f64>,
    pub memory_bytes: u64,
    pub swap_bytes: u64,
    pub partitions: Vec<Partition>,
}

impl Reading for Inventory {
    fn summary(&self) -> String {
        let gib = self.memory_bytes as f64 / (1u64 << 30) as f64;
        format!(
            "{} ({} sockets, {} cores, {} CPUs{}), {gib:.1} GiB memory, {} block devices",
            self.cpu_model.as_deref().unwrap_or("unknown CPU"),
            self.sockets,
            self.physical_cores,
            self.logical_cpus,
            self.max_mhz.map(|m| format!(", max {m} MHz")).unwrap_or_default(),
            self.partitions.len()
        )
    }

    fn samples(&self, out: &mut Vec<Sample>) {
        kind::samples(self, out);
    }
}

/// A kernel CPU list (`0-3,8,10-11`) as a count; `None` if it is not one.
pub(crate) fn cpu_list_count(list: &str) -> Option<u32> {
    let list = list.trim();
    if list.is_empty() {
        return Some(0);
    }
    let mut n = 0u32;
    for part in list.split(',') {
        let more = match part.split_once('-') {
            Some((a, b)) => {
                let (a, b): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
                b.checked_sub(a)?.checked_add(1)?
            }
            None => {
                part.parse::<u32>().ok()?;
                1
            }
        };
        n = n.checked_add(more)?;
    }
    Some(n)
}

pub(crate) struct Inventories {
    proc_root: PathBuf,
    sys_root: PathBuf,
    /// How long an unchanged inventory may go unwritten.
    rewrite: Duration,
    /// When it was last reported.
    reported: Option<Instant>,
    /// The files whose bytes say whether anything may have changed (see `fingerprint`).
    watched: [PathBuf; 8],
    /// Their bytes at the last full read, and now.
    fingerprint: Vec<u8>,
    next: Vec<u8>,
    buf: Vec<u8>,
}

impl Inventories {
    pub(crate) fn new(proc_root: &Path, sys_root: &Path, rewrite: Duration) -> Inventories {
        let cpu = sys_root.join("devices/system/cpu");
        Inventories {
            proc_root: proc_root.to_path_buf(),
            sys_root: sys_root.to_path_buf(),
            rewrite,
            reported: None,
            watched: [
                proc_root.join("meminfo"),
                cpu.join("online"),
                cpu.join("present"),
                proc_root.join("partitions"),
                proc_root.join("1/mountinfo"),
                proc_root.join("self/mountinfo"),
                // A host renamed shows in `node_uname_info` at once, as in node_exporter.
                proc_root.join("sys/kernel/hostname"),
                proc_root.join("sys/kernel/domainname"),
            ],
            fingerprint: Vec::new(),
            next: Vec::new(),
            buf: Vec::new(),
        }
    }

    /// The bytes of everything an inventory change shows up in, into `self.next`: the
    /// memory and swap sizes, the online and present CPU lists (a CPU hot-plugged), the
    /// block devices and the mount table. Reading them every minute allocates nothing;
    /// the full inventory (every CPU's sysfs files, cpuinfo) is read only when they
    /// changed, or when the rewrite is due.
    fn fingerprint(&mut self) {
        self.next.clear();
        for (i, path) in self.watched.iter().enumerate() {
            match file::read_into(path, file::Links::Follow, 16 << 20, &mut self.buf) {
                // meminfo: only the two sizes; its other fields change all the time.
                Ok(_) if i == 0 => {
                    for line in self
                        .buf
                        .split(|&b| b == b'\n')
                        .filter(|l| l.starts_with(b"MemTotal:") || l.starts_with(b"SwapTotal:"))
                    {
                        self.next.extend_from_slice(line);
                    }
                }
                Ok(_) => self.next.extend_from_slice(&self.buf),
                Err(_) => self.next.push(0xff), // missing: a byte no text file holds
            }
            self.next.push(0);
        }
    }

    fn text(&mut self, path: &Path) -> Option<String> {
        file::read_str(path, 1 << 20, &mut self.buf).ok().map(|t| t.trim().to_string())
    }

    fn read(&mut self) -> Result<Inventory> {
        let (proc, sys) = (self.proc_root.clone(), self.sys_root.clone());
        let cpu_dir = sys.join("devices/system/cpu");
        let cpuinfo = self.text(&proc.join("cpuinfo")).unwrap_or_default();
        let stat_cpus = || -> Option<u32> {
            let stat = file::read_text(&proc.join("stat"), 16 << 20).ok()?;
            Some(
                stat.lines()
                    .filter(|l| l.starts_with("cpu") && l.as_bytes().get(3).is_some_and(u8::is_ascii_digit))
                    .count() as u32,
            )
        };
        // An empty or missing `online` (a /sys without CPUs) falls back to /proc/stat; a
        // machine has at least one CPU, so none anywhere is an error, not an inventory.
        let online = cpu_dir.join("online");
        let logical = self
            .text(&online)
            .and_then(|l| cpu_list_count(&l))
            .filter(|&n| n > 0)
            .or_else(stat_cpus)
            .filter(|&n| n > 0)
            .with_context(|| {
                format!(
                    "no CPU found: {} is missing or lists none, and {} has no cpuN line",
                    online.display(),
                    proc.join("stat").display()
                )
            })?;
        let present = self.text(&cpu_dir.join("present")).and_then(|l| cpu_list_count(&l)).unwrap_or(logical);

        // Topology from sysfs; from cpuinfo's "physical id" and "core id" where sysfs has
        // none (some VMs and old kernels).
        let mut cores = BTreeSet::new();
        let mut sockets = BTreeSet::new();
        let mut max_khz: Option<u64> = None;
        if let Ok(entries) = std::fs::read_dir(&cpu_dir) {
            for e in entries.flatten() {
                let name = e.file_name();
                let is_cpu = name
                    .to_str()
                    .and_then(|n| n.strip_prefix("cpu"))
                    .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
                if !is_cpu {
                    continue;
                }
                let dir = e.path();
                // An offline CPU (online = 0) keeps its directory; cpu0 often has no
                // `online` file at all.
                if self.text(&dir.join("online")).is_some_and(|o| o == "0") {
                    continue;
                }
                let package = self.text(&dir.join("topology/physical_package_id"));
                let core = self.text(&dir.join("topology/core_id"));
                if let (Some(p), Some(c)) = (package, core) {
                    sockets.insert(p.clone());
                    cores.insert((p, c));
                }
                if let Some(khz) = self.text(&dir.join("cpufreq/cpuinfo_max_freq")).and_then(|k| k.parse::<u64>().ok())
                {
                    max_khz = Some(max_khz.map_or(khz, |m| m.max(khz)));
                }
            }
        }
        let mut model = None;
        if cores.is_empty() {
            let (mut package, mut core): (Option<String>, Option<String>) = (None, None);
            for line in cpuinfo.lines().chain(std::iter::once("")) {
                if line.trim().is_empty() {
                    if let (Some(p), Some(c)) = (package.take(), core.take()) {
                        sockets.insert(p.clone());
                        cores.insert((p, c));
                    }
                    continue;
                }
                let Some((k, v)) = line.split_once(':') else { continue };
                match k.trim() {
                    "physical id" => package = Some(v.trim().to_string()),
                    "core id" => core = Some(v.trim().to_string()),
                    _ => {}
                }
            }
        }
        for key in ["model name", "cpu model", "Processor", "cpu", "Hardware"] {
            model = cpuinfo
                .lines()
                .filter_map(|l| l.split_once(':'))
                .find(|(k, _)| k.trim() == key)
                .map(|(_, v)| v.trim().to_string());
            if model.as_deref().is_some_and(|m| !m.is_empty()) {
                break;
            }
        }
        let (memory_bytes, swap_bytes) = self.memory()?;
        Ok(Inventory {
            hostname: self.text(&proc.join("sys/kernel/hostname")),
            kernel: self.text(&proc.join("sys/kernel/osrelease")),
            sysname: self.text(&proc.join("sys/kernel/ostype")),
            kernel_version: self.text(&proc.join("sys/kernel/version")),
            machine: Some(rustix::system::uname().machine().to_string_lossy().into_owned()),
            domainname: self.text(&proc.join("sys/kernel/domainname")),
            logical_cpus: logical,
            present_cpus: present.max(logical),
            // Without any topology, each CPU counts as a core of one socket.
            physical_cores: if cores.is_empty() { logical } else { cores.len() as u32 },
            sockets: if sockets.is_empty() { u32::from(logical > 0) } else { sockets.len() as u32 },
            cpu_model: model.filter(|m| !m.is_empty()),
            max_mhz: max_khz.map(|k| k as f64 / 1000.0),
            memory_bytes,
            swap_bytes,
            partitions: self.partitions()?,
        })
    }

    fn memory(&mut self) -> Result<(u64, u64)> {
        let path = self.proc_root.join("meminfo");
        let text =
            file::read_str(&path, 1 << 20, &mut self.buf).with_context(|| format!("cannot read {}", path.display()))?;
        let field = |name: &str| {
            text.lines()
                .find_map(|l| l.strip_prefix(name)?.strip_prefix(':'))
                .and_then(|v| v.split_ascii_whitespace().next()?.parse::<u64>().ok())
                .map(|kb| kb.saturating_mul(1024))
        };
        let total = field("MemTotal").with_context(|| format!("{}: no MemTotal", path.display()))?;
        Ok((total, field("SwapTotal").unwrap_or(0)))
    }

    fn partitions(&mut self) -> Result<Vec<Partition>> {
        let path = self.proc_root.join("partitions");
        let text = file::read_text(&path, 4 << 20).with_context(|| format!("cannot read {}", path.display()))?;
        let mounts = self.mounts();
        let mut out = Vec::new();
        for line in text.lines().skip(1) {
            let f: Vec<&str> = line.split_ascii_whitespace().collect();
            let [major, minor, blocks, name] = f[..] else { continue };
            let (Ok(major), Ok(minor), Ok(blocks)) =
                (major.parse::<u32>(), minor.parse::<u32>(), blocks.parse::<u64>())
            else {
                continue;
            };
            let class = self.sys_root.join("class/block").join(name.replace('/', "!"));
            // /proc/partitions rounds an odd number of sectors down to whole KiB; sysfs
            // counts 512-byte sectors exactly (lsblk's SIZE).
            let size_bytes = self
                .text(&class.join("size"))
                .and_then(|s| s.parse::<u64>().ok())
                .map_or(blocks.saturating_mul(1024), |sectors| sectors.saturating_mul(512));
            let disk = if class.join("partition").exists() {
                std::fs::canonicalize(&class)
                    .ok()
                    .and_then(|p| Some(p.parent()?.file_name()?.to_string_lossy().replace('!', "/")))
            } else {
                None
            };
            let here = mounts.get(&(major, minor));
            out.push(Partition {
                name: name.to_string(),
                major,
                minor,
                size_bytes,
                disk,
                mountpoints: here.map(|m| m.iter().map(|(p, _)| p.clone()).collect()).unwrap_or_default(),
                fstype: here.and_then(|m| m.first()).map(|(_, t)| t.clone()),
            });
        }
        Ok(out)
    }

    /// Mount points and types by device number, in mount order.
    fn mounts(&mut self) -> BTreeMap<(u32, u32), Vec<(String, String)>> {
        let mut out: BTreeMap<(u32, u32), Vec<(String, String)>> = BTreeMap::new();
        // Bytes: a mount point that is not UTF-8 must not hide all the others.
        let text = ["1/mountinfo", "self/mountinfo"]
            .iter()
            .find_map(|f| file::read(&self.proc_root.join(f), 16 << 20).ok())
            .unwrap_or_default();
        for line in text.split(|b| *b == b'\n') {
            let Ok(m) = crate::collectors::filesystems::parse_mountinfo_line(line) else { continue };
            out.entry(m.dev).or_default().push((m.point, m.fstype));
        }
        out
    }
}

impl Collector for Inventories {
    type Reading = Inventory;

    fn collect(&mut self) -> Result<Option<Inventory>> {
        let now = Instant::now();
        self.fingerprint();
        let due = self.reported.map_or(true, |at| now.duration_since(at) >= self.rewrite);
        if !due && self.next == self.fingerprint {
            return Ok(None); // unchanged, and written recently enough
        }
        let inv = self.read()?;
        // Copied, not swapped: both buffers keep their capacity for the next look.
        self.fingerprint.clear();
        self.fingerprint.extend_from_slice(&self.next);
        self.reported = Some(now);
        Ok(Some(inv))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn write(path: &Path, text: &str) {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }

    /// Two sockets of two cores with two threads each; cpu7 offline.
    fn fixture(root: &Path) {
        let (proc, sys) = (root.join("proc"), root.join("sys"));
        let cpu = sys.join("devices/system/cpu");
        write(&cpu.join("online"), "0-6\n");
        write(&cpu.join("present"), "0-7\n");
        for n in 0..8u32 {
            let d = cpu.join(format!("cpu{n}"));
            write(&d.join("topology/physical_package_id"), &format!("{}\n", n / 4));
            write(&d.join("topology/core_id"), &format!("{}\n", (n % 4) / 2));
            write(&d.join("cpufreq/cpuinfo_max_freq"), &format!("{}\n", 3_000_000 + n * 100_000));
            if n > 0 {
                write(&d.join("online"), if n == 7 { "0\n" } else { "1\n" });
            }
        }
        write(&proc.join("cpuinfo"), "processor\t: 0\nmodel name\t: Intel(R) Xeon(R) Gold 6130 CPU @ 2.10GHz\n\n");
        write(&proc.join("meminfo"), "MemTotal:       16000000 kB\nSwapTotal:       1000 kB\n");
        write(&proc.join("partitions"), "major minor  #blocks  name\n\n   8        0  488386584 sda\n   8        1     524288 sda1\n 259        0  1000 nvme0n1\n");
        write(
            &proc.join("1/mountinfo"),
            "29 1 8:1 / /boot rw,relatime shared:1 - ext4 /dev/sda1 rw\n30 1 8:1 / /mnt/boot rw - ext4 /dev/sda1 rw\n",
        );
        write(&proc.join("sys/kernel/osrelease"), "6.1.0-13-amd64\n");
        write(&proc.join("sys/kernel/ostype"), "Linux\n");
        write(&proc.join("sys/kernel/version"), "#1 SMP PREEMPT_DYNAMIC Debian 6.1.55-1 (2023-09-29)\n");
        write(&proc.join("sys/kernel/domainname"), "(none)\n");
        let block = sys.join("devices/pci0000:00/0000:00:17.0/ata1/host0/target0:0:0/0:0:0:0/block/sda");
        write(&block.join("sda1/partition"), "1\n");
        write(&block.join("sda1/size"), "1048577\n"); // an odd number of sectors
        fs::create_dir_all(sys.join("class/block")).unwrap();
        std::os::unix::fs::symlink(block.join("sda1"), sys.join("class/block/sda1")).unwrap();
        std::os::unix::fs::symlink(&block, sys.join("class/block/sda")).unwrap();
    }

    #[test]
    fn cpus_cores_sockets_memory_and_partitions() {
        let dir = tempfile::tempdir().unwrap();
        fixture(dir.path());
        let mut c = Inventories::new(&dir.path().join("proc"), &dir.path().join("sys"), Duration::from_secs(86400));
        let inv = Collector::collect(&mut c).unwrap().unwrap();
        assert_eq!((inv.logical_cpus, inv.present_cpus, inv.physical_cores, inv.sockets), (7, 8, 4, 2));
        assert_eq!(inv.max_mhz, Some(3600.0), "the highest of the online CPUs");
        assert_eq!(inv.cpu_model.as_deref(), Some("Intel(R) Xeon(R) Gold 6130 CPU @ 2.10GHz"));
        assert_eq!((inv.memory_bytes, inv.swap_bytes), (16_000_000 * 1024, 1000 * 1024));
        assert_eq!(inv.kernel.as_deref(), Some("6.1.0-13-amd64"));
        assert_eq!(
            (inv.sysname.as_deref(), inv.kernel_version.as_deref(), inv.domainname.as_deref()),
            (Some("Linux"), Some("#1 SMP PREEMPT_DYNAMIC Debian 6.1.55-1 (2023-09-29)"), Some("(none)"))
        );
        assert_eq!(inv.machine.as_deref(), Some(std::env::consts::ARCH), "uname(2)'s machine");
        let names: Vec<&str> = inv.partitions.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["sda", "sda1", "nvme0n1"]);
        let sda1 = &inv.partitions[1];
        assert_eq!(
            (sda1.disk.as_deref(), sda1.size_bytes, sda1.fstype.as_deref()),
            (Some("sda"), 1_048_577 * 512, Some("ext4")),
            "sysfs's sectors, not /proc/partitions' rounded KiB"
        );
        assert_eq!(inv.partitions[2].size_bytes, 1000 * 1024, "no sysfs entry: /proc/partitions' KiB");
        assert_eq!(sda1.mountpoints, ["/boot", "/mnt/boot"]);
        assert_eq!(inv.partitions[0].disk, None);

        // Unchanged: nothing to write until a day has passed; a change is written at once.
        write(
            &dir.path().join("proc/meminfo"),
            "MemTotal:       16000000 kB\nMemFree: 5 kB\nSwapTotal:       1000 kB\n",
        );
        let (n, unchanged) = crate::alloc_count::allocations(|| Collector::collect(&mut c).unwrap());
        assert_eq!((unchanged, n), (None, 0), "free memory is no inventory change, and looking costs no allocation");
        write(&dir.path().join("proc/meminfo"), "MemTotal:       8000000 kB\n");
        let inv = Collector::collect(&mut c).unwrap().unwrap();
        assert_eq!((inv.memory_bytes, inv.swap_bytes), (8_000_000 * 1024, 0));
        let mut daily = Inventories::new(&dir.path().join("proc"), &dir.path().join("sys"), Duration::ZERO);
        Collector::collect(&mut daily).unwrap().unwrap();
        assert!(Collector::collect(&mut daily).unwrap().is_some(), "rewritten once the rewrite interval has passed");
    }

    #[test]
    fn topology_from_cpuinfo_when_sysfs_has_none() {
        let dir = tempfile::tempdir().unwrap();
        let proc = dir.path().join("proc");
        let cpuinfo: String = (0..4)
            .map(|n| format!("processor\t: {n}\nmodel name\t: X\nphysical id\t: {}\ncore id\t\t: {}\n\n", n / 2, n % 2))
            .collect();
        write(&proc.join("cpuinfo"), &cpuinfo);
        write(&proc.join("stat"), "cpu  1 1 1 1\ncpu0 1 1 1 1\ncpu1 1 1 1 1\ncpu2 1 1 1 1\ncpu3 1 1 1 1\n");
        write(&proc.join("meminfo"), "MemTotal: 1 kB\n");
        write(&proc.join("partitions"), "major minor  #blocks  name\n");
        let inv =
            Collector::collect(&mut Inventories::new(&proc, &dir.path().join("sys"), Duration::ZERO)).unwrap().unwrap();
        assert_eq!((inv.logical_cpus, inv.physical_cores, inv.sockets, inv.max_mhz), (4, 4, 2, None));
    }

    /// No CPU anywhere (sysfs without `online`, or an empty one, and a /proc/stat without
    /// a cpuN line) is an error naming both files, never an inventory of 0 CPUs.
    #[test]
    fn no_cpu_at_all_is_an_error_naming_the_files() {
        let dir = tempfile::tempdir().unwrap();
        let proc = dir.path().join("proc");
        let online = dir.path().join("sys/devices/system/cpu/online");
        write(&proc.join("stat"), "cpu  1 1 1 1\nintr 1\n");
        write(&proc.join("meminfo"), "MemTotal: 1 kB\n");
        write(&proc.join("partitions"), "major minor  #blocks  name\n");
        for online_text in [None, Some(""), Some("\n")] {
            if let Some(t) = online_text {
                write(&online, t);
            }
            let mut c = Inventories::new(&proc, &dir.path().join("sys"), Duration::ZERO);
            let err = format!("{:#}", Collector::collect(&mut c).unwrap_err());
            assert!(err.contains("no CPU"), "{online_text:?}: {err}");
            assert!(err.contains(&online.display().to_string()), "{online_text:?}: {err}");
            assert!(err.contains(&proc.join("stat").display().to_string()), "{online_text:?}: {err}");
        }
    }

    #[test]
    fn cpu_lists() {
        assert_eq!(cpu_list_count("0-3,8,10-11\n"), Some(7));
        assert_eq!(cpu_list_count("0"), Some(1));
        assert_eq!(cpu_list_count(""), Some(0));
        assert_eq!(cpu_list_count("3-1"), None);
        assert_eq!(cpu_list_count("x"), None);
        assert_eq!(cpu_list_count("0-4294967295"), None, "more CPUs than a count holds");
        assert_eq!(cpu_list_count("0-4294967294,1"), None);
    }
}
