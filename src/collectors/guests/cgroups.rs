//! Guests as cgroups: each child of a configured root (`/machine.slice/<child>`) is one,
//! named by its path from the hierarchy's root as cAdvisor writes it. cgroup v2 (one
//! unified tree with `cgroup.controllers` at its root) or v1 (one hierarchy per
//! controller: `cpuacct`, `memory`, `blkio`, `pids`), read under `--sys-root`.

use crate::util::file;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A cgroup file is never longer (io.stat of a guest with hundreds of devices is a few KiB).
const FILE_MAX: u64 = 1 << 20;
/// At most this many children of one root are read: a root with more is a mistake in
/// `--guests-cgroup-roots` (every user session, say), not a set of guests.
pub(crate) const CHILDREN_MAX: usize = 4096;

/// One cgroup's counters as the kernel shows them.
#[derive(Serialize, Deserialize, Debug, Clone, Default, PartialEq)]
pub struct CgroupGuest {
    /// CPU time of every task in it, in nanoseconds (v1 `cpuacct.usage`; v2 `cpu.stat`
    /// `usage_usec` times 1000).
    pub cpu_time_ns: Option<u64>,
    /// CPU time over the interval in percent of one host CPU; null on the first sample.
    pub cpu_pct: Option<f64>,
    /// `memory.usage_in_bytes` (v1) or `memory.current` (v2).
    pub memory_bytes: Option<u64>,
    /// `memory.max_usage_in_bytes` (v1) or `memory.peak` (v2, kernels 5.19 and later).
    pub memory_peak_bytes: Option<u64>,
    /// Bytes and operations read and written, every device summed (v1 blkio.throttle.*,
    /// v2 io.stat).
    pub io_read_bytes: Option<u64>,
    pub io_write_bytes: Option<u64>,
    pub io_reads: Option<u64>,
    pub io_writes: Option<u64>,
    /// Tasks in it (`pids.current`).
    pub pids: Option<u64>,
}

/// Which cgroup layout the host has.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Layout {
    V2(PathBuf),
    /// The hierarchies of `cpuacct`, `memory`, `blkio` and `pids` (absent ones `None`).
    V1 {
        cpuacct: Option<PathBuf>,
        memory: Option<PathBuf>,
        blkio: Option<PathBuf>,
        pids: Option<PathBuf>,
    },
}

impl Layout {
    /// The layout under `<sys-root>/fs/cgroup`, or `None` without cgroups there.
    pub(crate) fn find(sys_root: &Path) -> Option<Layout> {
        let base = sys_root.join("fs/cgroup");
        if base.join("cgroup.controllers").is_file() {
            return Some(Layout::V2(base));
        }
        // `cpuacct` may be mounted alone or with `cpu` (`cpu,cpuacct`, linked as both).
        let dir = |names: &[&str]| names.iter().map(|n| base.join(n)).find(|p| p.is_dir());
        let layout = Layout::V1 {
            cpuacct: dir(&["cpuacct", "cpu,cpuacct"]),
            memory: dir(&["memory"]),
            blkio: dir(&["blkio"]),
            pids: dir(&["pids"]),
        };
        match &layout {
            Layout::V1 { cpuacct: None, memory: None, blkio: None, pids: None } => None,
            _ => Some(layout),
        }
    }

    pub(crate) fn version(&self) -> u8 {
        match self {
            Layout::V2(_) => 2,
            Layout::V1 { .. } => 1,
        }
    }

    fn hierarchies(&self) -> Vec<&Path> {
        match self {
            Layout::V2(p) => vec![p],
            Layout::V1 { cpuacct, memory, blkio, pids } => {
                [cpuacct, memory, blkio, pids].into_iter().flatten().map(PathBuf::as_path).collect()
            }
        }
    }

    /// Whether any root has a child somewhere: the collector is on by default then.
    pub(crate) fn has_guests(&self, roots: &[String]) -> bool {
        self.children(roots).map(|c| !c.is_empty()).unwrap_or(false)
    }

    /// Every child of every root, as `/root/child`, in every hierarchy (a v1 group may
    /// exist in some controllers only).
    pub(crate) fn children(&self, roots: &[String]) -> Result<BTreeSet<String>, String> {
        let mut ids = BTreeSet::new();
        for root in roots {
            let rel = root.trim_start_matches('/');
            for h in self.hierarchies() {
                let dir = h.join(rel);
                let entries = match std::fs::read_dir(&dir) {
                    Ok(e) => e,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                    Err(e) => return Err(format!("cannot list {}: {e}", dir.display())),
                };
                let mut n = 0;
                for entry in entries.flatten() {
                    // A cgroup is a directory; its files (cgroup.procs ...) are not guests.
                    if !entry.file_type().map(|t| t.is_dir()).unwrap_or(false) {
                        continue;
                    }
                    let Some(name) = entry.file_name().to_str().map(str::to_string) else { continue };
                    n += 1;
                    if n > CHILDREN_MAX {
                        return Err(format!(
                            "{} has more than {CHILDREN_MAX} children; not a root of guests",
                            dir.display()
                        ));
                    }
                    ids.insert(if rel.is_empty() { format!("/{name}") } else { format!("/{rel}/{name}") });
                }
            }
        }
        Ok(ids)
    }

    /// Read the counters of the cgroup `id` (`/machine.slice/x`); `None` if it is gone
    /// from every hierarchy.
    pub(crate) fn read(&self, id: &str, buf: &mut Vec<u8>) -> Option<CgroupGuest> {
        let rel = id.trim_start_matches('/');
        let mut g = CgroupGuest::default();
        let mut found = false;
        let mut num = |dir: &Option<PathBuf>, name: &str, found: &mut bool| -> Option<u64> {
            let d = dir.as_ref()?.join(rel);
            if d.is_dir() {
                *found = true;
            }
            number(&d.join(name), buf)
        };
        match self {
            Layout::V1 { cpuacct, memory, blkio, pids } => {
                g.cpu_time_ns = num(cpuacct, "cpuacct.usage", &mut found);
                g.memory_bytes = num(memory, "memory.usage_in_bytes", &mut found);
                g.memory_peak_bytes = num(memory, "memory.max_usage_in_bytes", &mut found);
                g.pids = num(pids, "pids.current", &mut found);
                if let Some(b) = blkio {
                    let d = b.join(rel);
                    found |= d.is_dir();
                    let bytes = text(&d.join("blkio.throttle.io_service_bytes"), buf).map(|t| blkio_totals(&t));
                    (g.io_read_bytes, g.io_write_bytes) = bytes.unzip();
                    let ops = text(&d.join("blkio.throttle.io_serviced"), buf).map(|t| blkio_totals(&t));
                    (g.io_reads, g.io_writes) = ops.unzip();
                }
            }
            Layout::V2(base) => {
                let d = base.join(rel);
                found = d.is_dir();
                g.cpu_time_ns = text(&d.join("cpu.stat"), buf)
                    .and_then(|t| keyed(&t, "usage_usec"))
                    .and_then(|us| us.checked_mul(1000));
                g.memory_bytes = number(&d.join("memory.current"), buf);
                g.memory_peak_bytes = number(&d.join("memory.peak"), buf);
                g.pids = number(&d.join("pids.current"), buf);
                if let Some(t) = text(&d.join("io.stat"), buf) {
                    let s = io_stat_totals(&t);
                    (g.io_read_bytes, g.io_write_bytes, g.io_reads, g.io_writes) =
                        (Some(s[0]), Some(s[1]), Some(s[2]), Some(s[3]));
                }
            }
        }
        found.then_some(g)
    }
}

fn text(path: &Path, buf: &mut Vec<u8>) -> Option<String> {
    file::read_str(path, FILE_MAX, buf).ok().map(str::to_string)
}

/// A file holding one number (`max` and garbage read as absent).
fn number(path: &Path, buf: &mut Vec<u8>) -> Option<u64> {
    file::read_str(path, FILE_MAX, buf).ok()?.trim().parse().ok()
}

/// The value of `key` in `key value` lines (cpu.stat).
fn keyed(text: &str, key: &str) -> Option<u64> {
    text.lines().find_map(|l| l.strip_prefix(key)?.strip_prefix(' ')?.trim().parse().ok())
}

/// Read and Write summed over every device of a v1 `blkio.throttle.*` file (lines
/// `MAJ:MIN Read N`; its `Total` line is left out, as are other operations).
fn blkio_totals(text: &str) -> (u64, u64) {
    let (mut r, mut w) = (0u64, 0u64);
    for line in text.lines() {
        let mut f = line.split_ascii_whitespace();
        let (Some(_dev), Some(op), Some(v)) = (f.next(), f.next(), f.next()) else { continue };
        let Ok(v) = v.parse::<u64>() else { continue };
        match op {
            "Read" => r = r.saturating_add(v),
            "Write" => w = w.saturating_add(v),
            _ => {}
        }
    }
    (r, w)
}

/// rbytes, wbytes, rios and wios summed over every device of a v2 `io.stat`.
fn io_stat_totals(text: &str) -> [u64; 4] {
    let mut s = [0u64; 4];
    for line in text.lines() {
        for kv in line.split_ascii_whitespace().skip(1) {
            let Some((k, v)) = kv.split_once('=') else { continue };
            let i = match k {
                "rbytes" => 0,
                "wbytes" => 1,
                "rios" => 2,
                "wios" => 3,
                _ => continue,
            };
            s[i] = s[i].saturating_add(v.parse().unwrap_or(0));
        }
    }
    s
}

/// The cgroups of one cycle, by id.
pub(crate) fn read_all(layout: &Layout, roots: &[String]) -> Result<BTreeMap<String, CgroupGuest>, String> {
    let mut buf = Vec::new();
    let ids = layout.children(roots)?;
    Ok(ids.into_iter().filter_map(|id| Some((id.clone(), layout.read(&id, &mut buf)?))).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn a_v2_tree_reads_as_the_kernel_writes_it() {
        let dir = tempfile::tempdir().unwrap();
        let cg = dir.path().join("fs/cgroup");
        let g = cg.join("machine.slice/qemu-1-vm.scope");
        fs::create_dir_all(&g).unwrap();
        fs::create_dir_all(cg.join("system.slice/cron.service")).unwrap();
        fs::write(cg.join("cgroup.controllers"), "cpuset cpu io memory pids\n").unwrap();
        fs::write(g.join("cgroup.procs"), "").unwrap();
        fs::write(g.join("cpu.stat"), "usage_usec 1234567\nuser_usec 1000000\nsystem_usec 234567\n").unwrap();
        fs::write(g.join("memory.current"), "104857600\n").unwrap();
        fs::write(g.join("memory.peak"), "209715200\n").unwrap();
        fs::write(g.join("pids.current"), "7\n").unwrap();
        fs::write(
            g.join("io.stat"),
            "8:0 rbytes=4096 wbytes=8192 rios=1 wios=2 dbytes=0 dios=0\n253:0 rbytes=100 wbytes=0 rios=3 wios=0\n",
        )
        .unwrap();
        let layout = Layout::find(dir.path()).unwrap();
        assert_eq!(layout.version(), 2);
        let roots = vec!["/machine.slice".to_string(), "system.slice".to_string(), "/lxc".to_string()];
        let all = read_all(&layout, &roots).unwrap();
        assert_eq!(all.keys().collect::<Vec<_>>(), ["/machine.slice/qemu-1-vm.scope", "/system.slice/cron.service"]);
        let vm = &all["/machine.slice/qemu-1-vm.scope"];
        assert_eq!(vm.cpu_time_ns, Some(1_234_567_000));
        assert_eq!((vm.memory_bytes, vm.memory_peak_bytes, vm.pids), (Some(104_857_600), Some(209_715_200), Some(7)));
        assert_eq!(
            (vm.io_read_bytes, vm.io_write_bytes, vm.io_reads, vm.io_writes),
            (Some(4196), Some(8192), Some(4), Some(2))
        );
        let cron = &all["/system.slice/cron.service"];
        assert_eq!((cron.cpu_time_ns, cron.memory_bytes), (None, None), "absent files are absent, not 0");
        assert!(layout.has_guests(&roots));
        assert!(!layout.has_guests(&["/lxc".to_string()]));
    }

    #[test]
    fn v1_blkio_sums_read_and_write_of_every_device() {
        let t = "8:0 Read 4096\n8:0 Write 512\n8:0 Sync 0\n8:0 Total 4608\n8:16 Read 100\nTotal 4708\n";
        assert_eq!(blkio_totals(t), (4196, 512));
        assert_eq!(keyed("usage_usec 5\nuser_usec 3\n", "user_usec"), Some(3));
        assert_eq!(keyed("usage_usecs 5\n", "usage_usec"), None);
    }

    #[test]
    fn a_plain_directory_without_cgroups_is_no_layout() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(Layout::find(dir.path()), None);
        fs::create_dir_all(dir.path().join("fs/cgroup/memory")).unwrap();
        assert!(matches!(Layout::find(dir.path()), Some(Layout::V1 { memory: Some(_), cpuacct: None, .. })));
    }
}
