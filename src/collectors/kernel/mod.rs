//! The kernel's tables against their sizes, each from one small file: open file handles
//! (`<proc-root>/sys/fs/file-nr`), the entropy pool (`sys/kernel/random/entropy_avail`,
//! `poolsize`) and the connection-tracking table (`sys/net/netfilter/nf_conntrack_count`,
//! `nf_conntrack_max`). A file that is missing (nf_conntrack not loaded) is "absent, no
//! series", never an error; one that is there but unreadable or not a number is.

mod kind;

use crate::engine::collector::{Collector, Reading};
use crate::engine::sample::Sample;
use crate::util::file;
use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

pub(crate) const NAME: &str = "kernel";

/// What the state file holds. `None`: the kernel does not have that table here.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
pub struct KernelTables {
    /// File handles allocated (file-nr's first field).
    pub filefd_allocated: Option<u64>,
    /// The most the kernel will allocate (file-nr's third field, `fs.file-max`).
    pub filefd_maximum: Option<u64>,
    /// allocated / maximum, in percent.
    pub filefd_used_pct: Option<f64>,
    pub entropy_available_bits: Option<u64>,
    pub entropy_pool_size_bits: Option<u64>,
    /// Connections tracked by netfilter; absent when nf_conntrack is not loaded.
    pub conntrack_entries: Option<u64>,
    pub conntrack_limit: Option<u64>,
    /// entries / limit, in percent.
    pub conntrack_used_pct: Option<f64>,
}

/// `part / whole` in percent, to three decimals; none of an empty whole.
pub(crate) fn percent(part: Option<u64>, whole: Option<u64>) -> Option<f64> {
    match (part, whole) {
        (Some(p), Some(w)) if w > 0 => Some((p as f64 / w as f64 * 100_000.0).round() / 1000.0),
        _ => None,
    }
}

impl Reading for KernelTables {
    fn summary(&self) -> String {
        let show = |used: Option<u64>, max: Option<u64>, pct: Option<f64>| match (used, max, pct) {
            (Some(u), Some(m), Some(p)) => format!("{u} of {m} ({p:.1}%)"),
            (Some(u), _, _) => format!("{u}"),
            _ => "absent".to_string(),
        };
        format!(
            "file handles {}, conntrack {}, entropy {} of {} bits",
            show(self.filefd_allocated, self.filefd_maximum, self.filefd_used_pct),
            show(self.conntrack_entries, self.conntrack_limit, self.conntrack_used_pct),
            self.entropy_available_bits.map_or("?".into(), |v| v.to_string()),
            self.entropy_pool_size_bits.map_or("?".into(), |v| v.to_string()),
        )
    }

    fn samples(&self, out: &mut Vec<Sample>) {
        kind::samples(self, out);
    }
}

pub struct Kernel {
    file_nr: PathBuf,
    entropy_avail: PathBuf,
    poolsize: PathBuf,
    conntrack_count: PathBuf,
    conntrack_max: PathBuf,
    buf: Vec<u8>,
}

impl Kernel {
    pub fn new(proc_root: &Path) -> Kernel {
        let sys = proc_root.join("sys");
        Kernel {
            file_nr: sys.join("fs/file-nr"),
            entropy_avail: sys.join("kernel/random/entropy_avail"),
            poolsize: sys.join("kernel/random/poolsize"),
            conntrack_count: sys.join("net/netfilter/nf_conntrack_count"),
            conntrack_max: sys.join("net/netfilter/nf_conntrack_max"),
            buf: Vec::new(),
        }
    }
}

/// The whitespace-separated numbers of a small file, or `None` when it does not exist.
fn numbers<const N: usize>(path: &Path, buf: &mut Vec<u8>) -> Result<Option<[u64; N]>> {
    let text = match file::read_str(path, 4096, buf) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
    };
    let mut out = [0u64; N];
    let mut fields = text.split_ascii_whitespace();
    for (i, v) in out.iter_mut().enumerate() {
        let f = fields.next().with_context(|| format!("{}: {text:?} has fewer than {N} numbers", path.display()))?;
        *v = f.parse().with_context(|| format!("{}: field {} is {f:?}, not a number", path.display(), i + 1))?;
    }
    Ok(Some(out))
}

impl Collector for Kernel {
    type Reading = KernelTables;

    fn collect(&mut self) -> Result<Option<KernelTables>> {
        let buf = &mut self.buf;
        let file_nr = numbers::<3>(&self.file_nr, buf)?;
        let one = |p: &Path, buf: &mut Vec<u8>| numbers::<1>(p, buf).map(|n| n.map(|[v]| v));
        let (filefd_allocated, filefd_maximum) = (file_nr.map(|f| f[0]), file_nr.map(|f| f[2]));
        let conntrack_entries = one(&self.conntrack_count, buf)?;
        let conntrack_limit = one(&self.conntrack_max, buf)?;
        Ok(Some(KernelTables {
            filefd_allocated,
            filefd_maximum,
            filefd_used_pct: percent(filefd_allocated, filefd_maximum),
            entropy_available_bits: one(&self.entropy_avail, buf)?,
            entropy_pool_size_bits: one(&self.poolsize, buf)?,
            conntrack_entries,
            conntrack_limit,
            conntrack_used_pct: percent(conntrack_entries, conntrack_limit),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn put(root: &Path, rel: &str, text: &str) {
        let p = root.join(rel);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, text).unwrap();
    }

    #[test]
    fn tables_and_their_sizes_and_absent_conntrack() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        put(d, "sys/fs/file-nr", "4949\t0\t2466246\n");
        put(d, "sys/kernel/random/entropy_avail", "256\n");
        put(d, "sys/kernel/random/poolsize", "256\n");
        let mut k = Kernel::new(d);
        let r = k.collect().unwrap().unwrap();
        assert_eq!((r.filefd_allocated, r.filefd_maximum), (Some(4949), Some(2466246)));
        assert_eq!(r.filefd_used_pct, Some(0.201));
        assert_eq!((r.entropy_available_bits, r.entropy_pool_size_bits), (Some(256), Some(256)));
        assert_eq!((r.conntrack_entries, r.conntrack_limit, r.conntrack_used_pct), (None, None, None));
        let mut s = Vec::new();
        r.samples(&mut s);
        assert!(!s.iter().any(|s| s.metric.prom.contains("conntrack")), "absent: no series");
        put(d, "sys/net/netfilter/nf_conntrack_count", "131072\n");
        put(d, "sys/net/netfilter/nf_conntrack_max", "262144\n");
        let r = k.collect().unwrap().unwrap();
        assert_eq!(
            (r.conntrack_entries, r.conntrack_limit, r.conntrack_used_pct),
            (Some(131072), Some(262144), Some(50.0))
        );
    }

    #[test]
    fn a_malformed_file_is_an_error_naming_it() {
        let dir = tempfile::tempdir().unwrap();
        put(dir.path(), "sys/fs/file-nr", "12 0\n");
        let e = format!("{:#}", Kernel::new(dir.path()).collect().unwrap_err());
        assert!(e.contains("file-nr") && e.contains("fewer than 3"), "{e}");
        put(dir.path(), "sys/fs/file-nr", "1 0 x\n");
        let e = format!("{:#}", Kernel::new(dir.path()).collect().unwrap_err());
        assert!(e.contains("file-nr: field 3"), "{e}");
    }

    #[test]
    fn a_fifo_planted_at_a_name_is_refused_not_waited_on() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("sys/fs")).unwrap();
        crate::util::file::mkfifo(&dir.path().join("sys/fs/file-nr"));
        let e = format!("{:#}", Kernel::new(dir.path()).collect().unwrap_err());
        assert!(e.contains("file-nr"), "{e}");
    }
}
