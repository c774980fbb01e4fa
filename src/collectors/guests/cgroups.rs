//! Guests as cgroups: each child of a configured root (`/machine.slice/<child>`) is one,
//! named by its path from the hierarchy's root as cAdvisor writes it. cgroup v2 (one
//! unified tree with `cgroup.controllers` at its root) or v1 (one hierarchy per
//! controller: `cpuacct`, `memory`, `blkio`, `pids`), read under `--sys-root`.

use crate::util::file::{self, Links};
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
        self.children(roots, &mut Vec::new()).map(|c| !c.is_empty()).unwrap_or(false)
    }

    /// Every child of every root, as `/root/child`, in every hierarchy (a v1 group may
    /// exist in some controllers only). A child that cannot be named (not UTF-8) is left
    /// out with an error in `errors`.
    pub(crate) fn children(&self, roots: &[String], errors: &mut Vec<String>) -> Result<BTreeSet<String>, String> {
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
                    n += 1;
                    if n > CHILDREN_MAX {
                        return Err(format!(
                            "{} has more than {CHILDREN_MAX} children; not a root of guests",
                            dir.display()
                        ));
                    }
                    let file_name = entry.file_name();
                    let Some(name) = file_name.to_str().map(str::to_string) else {
                        use std::os::unix::ffi::OsStrExt;
                        let shown = file_name.as_bytes().escape_ascii();
                        errors.push(format!("{}: a child named {shown} is not UTF-8; not read", dir.display()));
                        continue;
                    };
                    ids.insert(if rel.is_empty() { format!("/{name}") } else { format!("/{rel}/{name}") });
                }
            }
        }
        Ok(ids)
    }

    /// Read the counters of the cgroup `id` (`/machine.slice/x`); `None` if it is gone
    /// from every hierarchy. A file that cannot be read or is malformed leaves its
    /// fields null and adds an error naming it to `errors`; a missing one is a
    /// controller not enabled there, and no error.
    ///
    /// With it, which group this is: the inode of the directory its CPU time is read
    /// in. A group removed and made again under the same name (a container or a VM
    /// restarted) is another, whose CPU time started again.
    pub(crate) fn read(
        &self,
        id: &str,
        buf: &mut Vec<u8>,
        errors: &mut Vec<String>,
    ) -> Option<(CgroupGuest, Option<u64>)> {
        let rel = id.trim_start_matches('/');
        let mut g = CgroupGuest::default();
        let (cpu_dir, made) = match self {
            Layout::V1 { cpuacct, .. } => cpuacct.as_deref().and_then(|h| group_dir(h, rel, errors)),
            Layout::V2(base) => group_dir(base, rel, errors),
        }
        .unzip();
        // Whether the group is in any hierarchy.
        let mut found = cpu_dir.is_some();
        match self {
            Layout::V1 { memory, blkio, pids, .. } => {
                let mut dir = |h: &Option<PathBuf>, errors: &mut Vec<String>| {
                    let d = group_dir(h.as_deref()?, rel, errors).map(|(d, _)| d);
                    found |= d.is_some();
                    d
                };
                let (memory, blkio, pids) = (dir(memory, errors), dir(blkio, errors), dir(pids, errors));
                if let Some(d) = &cpu_dir {
                    g.cpu_time_ns = parsed(&d.join("cpuacct.usage"), buf, errors, number);
                }
                if let Some(d) = &memory {
                    g.memory_bytes = parsed(&d.join("memory.usage_in_bytes"), buf, errors, number);
                    g.memory_peak_bytes = parsed(&d.join("memory.max_usage_in_bytes"), buf, errors, number);
                }
                if let Some(d) = &pids {
                    g.pids = parsed(&d.join("pids.current"), buf, errors, number);
                }
                if let Some(d) = &blkio {
                    let bytes = parsed(&d.join("blkio.throttle.io_service_bytes"), buf, errors, blkio_totals);
                    (g.io_read_bytes, g.io_write_bytes) = bytes.unzip();
                    let ops = parsed(&d.join("blkio.throttle.io_serviced"), buf, errors, blkio_totals);
                    (g.io_reads, g.io_writes) = ops.unzip();
                }
            }
            Layout::V2(_) => {
                let Some(d) = &cpu_dir else { return None };
                g.cpu_time_ns = parsed(&d.join("cpu.stat"), buf, errors, |t| {
                    keyed(t, "usage_usec")?.checked_mul(1000).ok_or_else(|| "usage_usec overflows u64 ns".to_string())
                });
                g.memory_bytes = parsed(&d.join("memory.current"), buf, errors, number);
                g.memory_peak_bytes = parsed(&d.join("memory.peak"), buf, errors, number);
                g.pids = parsed(&d.join("pids.current"), buf, errors, number);
                if let Some(s) = parsed(&d.join("io.stat"), buf, errors, io_stat_totals) {
                    (g.io_read_bytes, g.io_write_bytes, g.io_reads, g.io_writes) =
                        (Some(s[0]), Some(s[1]), Some(s[2]), Some(s[3]));
                }
            }
        }
        found.then_some((g, made))
    }
}

/// The group `rel`'s directory in the hierarchy `h`, if it is one there, and its inode.
/// A symlink or anything else at its name is an error: the kernel makes only directories
/// there, and a planted link would have its files read wherever it points.
fn group_dir(h: &Path, rel: &str, errors: &mut Vec<String>) -> Option<(PathBuf, u64)> {
    use std::os::unix::fs::MetadataExt;
    let d = h.join(rel);
    match std::fs::symlink_metadata(&d) {
        Ok(m) if m.is_dir() => Some((d, m.ino())),
        Ok(m) => {
            let what = if m.file_type().is_symlink() { "a symlink" } else { "not a directory" };
            errors.push(format!("{} is {what}; not read", d.display()));
            None
        }
        Err(_) => None,
    }
}

/// The file at `path` read and parsed by `parse`; `None` when it is missing, or (with an
/// error naming it in `errors`) when it cannot be read or parse refuses it. A symlink is
/// refused: the kernel makes none in a cgroup, and one planted there could publish a
/// number from a file its planter may not read.
fn parsed<T>(
    path: &Path,
    buf: &mut Vec<u8>,
    errors: &mut Vec<String>,
    parse: impl FnOnce(&str) -> Result<T, String>,
) -> Option<T> {
    let read = file::read_into(path, Links::Refuse, FILE_MAX, buf).and_then(|_| {
        std::str::from_utf8(buf)
            .map_err(|_| std::io::Error::new(std::io::ErrorKind::InvalidData, "not UTF-8 text".to_string()))
    });
    let text = match read {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
        Err(e) => {
            errors.push(format!("cannot read {}: {e}", path.display()));
            return None;
        }
    };
    parse(text).map_err(|e| errors.push(format!("{}: {e}", path.display()))).ok()
}

/// A value as shown in an error: its start only, a file can be a megabyte of it.
fn shown(v: &str) -> String {
    let end = v.char_indices().nth(32).map_or(v.len(), |(i, _)| i);
    format!("{:?}", &v[..end])
}

/// A file holding one number.
fn number(text: &str) -> Result<u64, String> {
    let v = text.trim();
    v.parse().map_err(|_| format!("{} is not a number", shown(v)))
}

/// The value of `key` in `key value` lines (cpu.stat), given once.
fn keyed(text: &str, key: &str) -> Result<u64, String> {
    let mut found = None;
    for (i, line) in text.lines().enumerate() {
        let Some(v) = line.strip_prefix(key).and_then(|r| r.strip_prefix(' ')) else { continue };
        if found.is_some() {
            return Err(format!("line {}: {key} twice", i + 1));
        }
        let v = v.trim();
        found = Some(v.parse().map_err(|_| format!("line {}: {key} is {}, not a number", i + 1, shown(v)))?);
    }
    found.ok_or_else(|| format!("no {key}"))
}

/// Read and Write summed over every device of a v1 `blkio.throttle.*` file (lines
/// `MAJ:MIN Read N`; its `Total` line is left out, as are other operations).
fn blkio_totals(text: &str) -> Result<(u64, u64), String> {
    let (mut r, mut w) = (0u64, 0u64);
    let mut seen = BTreeSet::new();
    for (i, line) in text.lines().enumerate() {
        let mut f = line.split_ascii_whitespace();
        let (Some(dev), Some(op), Some(v)) = (f.next(), f.next(), f.next()) else { continue };
        let sum = match op {
            "Read" => &mut r,
            "Write" => &mut w,
            _ => continue,
        };
        // A device counted twice would add its bytes twice.
        if !seen.insert((dev, op)) {
            return Err(format!("line {}: {dev} {op} twice", i + 1));
        }
        let v: u64 = v.parse().map_err(|_| format!("line {}: {dev} {op} is {}, not a number", i + 1, shown(v)))?;
        *sum = sum.checked_add(v).ok_or_else(|| format!("line {}: the sum of {op} overflows u64", i + 1))?;
    }
    Ok((r, w))
}

/// rbytes, wbytes, rios and wios summed over every device of a v2 `io.stat`.
fn io_stat_totals(text: &str) -> Result<[u64; 4], String> {
    let mut s = [0u64; 4];
    let mut devices = BTreeSet::new();
    for (n, line) in text.lines().enumerate() {
        let mut f = line.split_ascii_whitespace();
        let Some(dev) = f.next() else { continue };
        // A device counted twice would add its bytes twice.
        if !devices.insert(dev) {
            return Err(format!("line {}: device {dev} twice", n + 1));
        }
        let mut seen = [false; 4];
        for kv in f {
            let Some((k, v)) = kv.split_once('=') else { continue };
            let i = match k {
                "rbytes" => 0,
                "wbytes" => 1,
                "rios" => 2,
                "wios" => 3,
                _ => continue,
            };
            if std::mem::replace(&mut seen[i], true) {
                return Err(format!("line {}: {k} twice", n + 1));
            }
            let v: u64 = v.parse().map_err(|_| format!("line {}: {k} is {}, not a number", n + 1, shown(v)))?;
            s[i] = s[i].checked_add(v).ok_or_else(|| format!("line {}: the sum of {k} overflows u64", n + 1))?;
        }
    }
    Ok(s)
}

/// The cgroups of one cycle.
#[derive(Debug, Default)]
pub(crate) struct Cycle {
    pub(crate) guests: BTreeMap<String, CgroupGuest>,
    /// Which group each is (see [`Layout::read`]), where known.
    pub(crate) made: BTreeMap<String, u64>,
    /// What could not be read of them, each naming its file.
    pub(crate) errors: Vec<String>,
}

/// The cgroups of one cycle, by id.
pub(crate) fn read_all(layout: &Layout, roots: &[String]) -> Result<Cycle, String> {
    let mut buf = Vec::new();
    let mut c = Cycle::default();
    for id in layout.children(roots, &mut c.errors)? {
        let Some((g, made)) = layout.read(&id, &mut buf, &mut c.errors) else { continue };
        if let Some(made) = made {
            c.made.insert(id.clone(), made);
        }
        c.guests.insert(id, g);
    }
    Ok(c)
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
        let Cycle { guests: all, errors, .. } = read_all(&layout, &roots).unwrap();
        assert!(errors.is_empty(), "{errors:?}");
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
        assert_eq!(blkio_totals(t), Ok((4196, 512)));
        assert_eq!(keyed("usage_usec 5\nuser_usec 3\n", "user_usec"), Ok(3));
        assert!(keyed("usage_usecs 5\n", "usage_usec").is_err());
    }

    /// A v2 tree whose one guest, `/machine.slice/vm`, has the given files.
    fn v2_guest(files: &[(&str, &str)]) -> (tempfile::TempDir, Layout, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let cg = dir.path().join("fs/cgroup");
        let g = cg.join("machine.slice/vm");
        fs::create_dir_all(&g).unwrap();
        fs::write(cg.join("cgroup.controllers"), "cpu io memory pids\n").unwrap();
        for (name, text) in files {
            fs::write(g.join(name), text).unwrap();
        }
        let layout = Layout::find(dir.path()).unwrap();
        (dir, layout, g)
    }

    fn read_vm(layout: &Layout) -> (CgroupGuest, Vec<String>) {
        let c = read_all(layout, &["/machine.slice".to_string()]).unwrap();
        (c.guests["/machine.slice/vm"].clone(), c.errors)
    }

    /// A value that is no number, a key or device given twice, or a sum past u64 used to
    /// count as 0 (or as the first, or as u64::MAX): a counter that then dropped, which a
    /// rate reads as a reset and the whole value again at the next good reading.
    #[test]
    fn malformed_counters_are_refused_naming_the_file_and_field() {
        let cases: [(&str, &str, &str); 9] = [
            ("io.stat", "8:0 rbytes=abc wbytes=1 rios=1 wios=1\n", "rbytes is \"abc\""),
            ("io.stat", "8:0 rbytes=1 wbytes=1 rios=1 wios=1\n8:0 rbytes=1 wbytes=1 rios=1 wios=1\n", "8:0 twice"),
            ("io.stat", "8:0 rbytes=1 rbytes=2 wbytes=1 rios=1 wios=1\n", "rbytes twice"),
            ("io.stat", "8:0 rbytes=18446744073709551615\n8:16 rbytes=1\n", "overflows"),
            ("io.stat", "8:0 rbytes=-5 wbytes=1 rios=1 wios=1\n", "rbytes is \"-5\""),
            ("cpu.stat", "usage_usec 5\nuser_usec 1\nusage_usec 7\n", "usage_usec twice"),
            ("cpu.stat", "usage_usec NaN\n", "usage_usec is \"NaN\""),
            ("memory.current", "-1\n", "\"-1\""),
            ("pids.current", "12abc", "\"12abc\""),
        ];
        for (file, text, said) in cases {
            let (_dir, layout, _) = v2_guest(&[(file, text)]);
            let (g, errors) = read_vm(&layout);
            assert_eq!(g.cpu_time_ns.or(g.memory_bytes).or(g.pids).or(g.io_read_bytes), None, "{file} {text:?}: {g:?}");
            let e = errors.join("; ");
            assert!(e.contains(&format!("machine.slice/vm/{file}")) && e.contains(said), "{file} {text:?}: {e}");
        }
    }

    #[test]
    fn v1_blkio_refuses_a_device_given_twice_and_garbage() {
        assert!(blkio_totals("8:0 Read 1\n8:0 Read 1\n").unwrap_err().contains("8:0 Read twice"));
        assert!(blkio_totals("8:0 Read x\n").unwrap_err().contains("\"x\""));
        assert!(blkio_totals("8:0 Write 18446744073709551615\n8:16 Write 1\n").unwrap_err().contains("overflows"));
    }

    /// A FIFO, a directory, a symlink or a huge file at a counter's name: refused at once,
    /// named, and the guest's other counters read as usual. A missing file is no error.
    #[test]
    fn what_is_planted_at_a_counters_name_is_refused_and_named() {
        let (_dir, layout, g) = v2_guest(&[("cpu.stat", "usage_usec 5\n"), ("io.stat", &"x".repeat(2 << 20))]);
        let fifo = g.join("memory.current");
        crate::util::file::mkfifo(&fifo);
        fs::create_dir(g.join("memory.peak")).unwrap();
        fs::write(g.parent().unwrap().join("secret"), "4242\n").unwrap();
        std::os::unix::fs::symlink("../secret", g.join("pids.current")).unwrap();
        let started = std::time::Instant::now();
        let (vm, errors) = read_vm(&layout);
        assert!(started.elapsed() < std::time::Duration::from_secs(2));
        assert_eq!(vm.cpu_time_ns, Some(5000));
        assert_eq!((vm.memory_bytes, vm.memory_peak_bytes, vm.pids, vm.io_read_bytes), (None, None, None, None));
        let e = errors.join("; ");
        for said in
            ["memory.current is a FIFO", "memory.peak is a directory", "pids.current is a symlink", "io.stat is larger"]
        {
            assert!(e.contains(said), "{said}: {e}");
        }
        let (_dir, layout, _) = v2_guest(&[("cpu.stat", "usage_usec 5\n")]);
        assert_eq!(read_vm(&layout).1, Vec::<String>::new());
    }

    /// A child whose name is not UTF-8 cannot be named in the state file: it used to be
    /// left out with nothing said, a guest unseen.
    #[test]
    fn a_child_named_in_no_utf8_is_said_not_skipped_silently() {
        use std::os::unix::ffi::OsStrExt;
        let (_dir, layout, g) = v2_guest(&[("cpu.stat", "usage_usec 5\n")]);
        fs::create_dir(g.parent().unwrap().join(std::ffi::OsStr::from_bytes(b"bad\xffname"))).unwrap();
        let c = read_all(&layout, &["/machine.slice".to_string()]).unwrap();
        assert_eq!(c.guests.keys().collect::<Vec<_>>(), ["/machine.slice/vm"]);
        let e = c.errors.join("; ");
        assert!(e.contains("machine.slice") && e.contains("bad\\xffname") && e.contains("not UTF-8"), "{e}");
    }

    /// A v1 group is listed from every hierarchy; in one of them a symlink at its name
    /// had its files read wherever it pointed.
    #[test]
    fn a_v1_group_that_is_a_symlink_in_one_hierarchy_is_refused_there() {
        let dir = tempfile::tempdir().unwrap();
        let cg = dir.path().join("fs/cgroup");
        fs::create_dir_all(cg.join("cpuacct/machine.slice/vm")).unwrap();
        fs::write(cg.join("cpuacct/machine.slice/vm/cpuacct.usage"), "5\n").unwrap();
        fs::create_dir_all(cg.join("memory/machine.slice")).unwrap();
        let elsewhere = dir.path().join("elsewhere");
        fs::create_dir(&elsewhere).unwrap();
        fs::write(elsewhere.join("memory.usage_in_bytes"), "4242\n").unwrap();
        std::os::unix::fs::symlink(&elsewhere, cg.join("memory/machine.slice/vm")).unwrap();
        let layout = Layout::find(dir.path()).unwrap();
        let (vm, errors) = read_vm(&layout);
        assert_eq!((vm.cpu_time_ns, vm.memory_bytes), (Some(5), None), "{vm:?}");
        assert!(errors.iter().any(|e| e.contains("memory/machine.slice/vm is a symlink")), "{errors:?}");
    }

    #[test]
    fn a_plain_directory_without_cgroups_is_no_layout() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(Layout::find(dir.path()), None);
        fs::create_dir_all(dir.path().join("fs/cgroup/memory")).unwrap();
        assert!(matches!(Layout::find(dir.path()), Some(Layout::V1 { memory: Some(_), cpuacct: None, .. })));
    }
}
