//! Memory and swap from `<proc-root>/meminfo`: every field (in bytes; the `HugePages_*`
//! counts as counts), `used` as `free(1)` of Debian 12's procps 4.0.2 computes it
//! (MemTotal - MemAvailable), and swap used and free.

mod kind;

use crate::engine::collector::{Collector, Reading};
use crate::engine::sample::Sample;
use crate::util::file;
use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub(crate) const NAME: &str = "memory";

/// What the state file holds.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct MemStats {
    /// Every `/proc/meminfo` field, by its name there: bytes for the fields in kB, counts
    /// for the others (`HugePages_Total`, ...).
    pub meminfo: BTreeMap<String, u64>,
    pub total: u64,
    /// `free(1)`'s used: total - available.
    pub used: u64,
    pub free: u64,
    pub shared: u64,
    /// Buffers + Cached + SReclaimable, as `free(1)`'s buff/cache.
    pub buff_cache: u64,
    pub available: u64,
    /// used / total, in percent.
    pub used_pct: f64,
    pub swap_total: u64,
    pub swap_used: u64,
    pub swap_free: u64,
}

impl Reading for MemStats {
    fn summary(&self) -> String {
        let gib = |b: u64| b as f64 / (1u64 << 30) as f64;
        format!(
            "used {:.1}% ({:.2} of {:.2} GiB, {:.2} GiB available), swap used {:.2} of {:.2} GiB",
            self.used_pct,
            gib(self.used),
            gib(self.total),
            gib(self.available),
            gib(self.swap_used),
            gib(self.swap_total)
        )
    }

    fn samples(&self, out: &mut Vec<Sample>) {
        kind::samples(self, out);
    }
}

pub struct Memory {
    meminfo: PathBuf,
    buf: Vec<u8>,
    fields: BTreeMap<String, u64>,
}

impl Memory {
    pub fn new(proc_root: &Path) -> Memory {
        Memory { meminfo: proc_root.join("meminfo"), buf: Vec::new(), fields: BTreeMap::new() }
    }

    /// Parse `Name:   value [kB]` lines into `self.fields`, updating in place (no
    /// allocation once every name has been seen).
    pub fn read(&mut self) -> Result<()> {
        let path = &self.meminfo;
        let text =
            file::read_str(path, 1 << 20, &mut self.buf).with_context(|| format!("cannot read {}", path.display()))?;
        for v in self.fields.values_mut() {
            *v = u64::MAX; // marks a field that is no longer listed
        }
        for (i, line) in text.lines().enumerate() {
            let Some((name, rest)) = line.split_once(':') else {
                if line.trim().is_empty() {
                    continue;
                }
                bail!("{} line {}: {line:?} is not `Name: value`", path.display(), i + 1);
            };
            let mut f = rest.split_ascii_whitespace();
            let value: u64 = f
                .next()
                .and_then(|v| v.parse().ok())
                .with_context(|| format!("{} line {}: {line:?} has no number", path.display(), i + 1))?;
            let bytes = match f.next() {
                Some("kB") => value.checked_mul(1024),
                _ => Some(value),
            }
            // u64::MAX also marks a field no longer listed (below): no memory is that large.
            .filter(|b| *b != u64::MAX)
            .with_context(|| format!("{} line {}: {line:?} is too large for bytes", path.display(), i + 1))?;
            match self.fields.get_mut(name) {
                Some(v) => *v = bytes,
                None => {
                    self.fields.insert(name.to_string(), bytes);
                }
            }
        }
        self.fields.retain(|_, v| *v != u64::MAX);
        match self.fields.get("MemTotal") {
            None => bail!("{}: no MemTotal", path.display()),
            // Every percentage would be 0 and every check OK.
            Some(0) => bail!("{}: MemTotal is 0", path.display()),
            Some(_) => {}
        }
        Ok(())
    }
}

impl Collector for Memory {
    type Reading = MemStats;

    fn collect(&mut self) -> Result<Option<MemStats>> {
        self.read()?;
        let f = |k: &str| self.fields.get(k).copied().unwrap_or(0);
        let total = f("MemTotal");
        let buff_cache = f("Buffers").saturating_add(f("Cached")).saturating_add(f("SReclaimable"));
        // Kernels before 3.14 have no MemAvailable: estimate it as free + buff/cache. One
        // above MemTotal (lxcfs containers show the host's) is not believable: MemFree
        // then, as free(1) of procps 4 and psutil take it.
        let available = match self.fields.get("MemAvailable").copied() {
            Some(a) if a > total => f("MemFree").min(total),
            Some(a) => a,
            None => f("MemFree").saturating_add(buff_cache).min(total),
        };
        let used = total - available;
        let (swap_total, swap_free) = (f("SwapTotal"), f("SwapFree"));
        Ok(Some(MemStats {
            meminfo: self.fields.clone(),
            total,
            used,
            free: f("MemFree"),
            shared: f("Shmem"),
            buff_cache,
            available,
            used_pct: if total == 0 { 0.0 } else { (used as f64 / total as f64 * 100_000.0).round() / 1000.0 },
            swap_total,
            swap_used: swap_total.saturating_sub(swap_free),
            swap_free,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_in_bytes_and_used_as_procps() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("meminfo"),
            "MemTotal:       1000 kB\nMemFree:         100 kB\nMemAvailable:    600 kB\nBuffers:          50 kB\nCached:          200 kB\n\
             SwapCached:        0 kB\nActive(anon):     10 kB\nShmem:            20 kB\nSReclaimable:     30 kB\nSwapTotal:       400 kB\n\
             SwapFree:        300 kB\nHugePages_Total:       4\nHugepagesize:    2048 kB\n",
        )
        .unwrap();
        let mut m = Memory::new(dir.path());
        let s = Collector::collect(&mut m).unwrap().unwrap();
        assert_eq!(s.meminfo["MemTotal"], 1_024_000);
        assert_eq!(s.meminfo["Active(anon)"], 10_240);
        assert_eq!(s.meminfo["HugePages_Total"], 4, "a count, not kB");
        assert_eq!((s.total, s.used, s.available, s.free), (1_024_000, 409_600, 614_400, 102_400));
        assert_eq!((s.buff_cache, s.shared), (280 * 1024, 20 * 1024));
        assert_eq!(s.used_pct, 40.0);
        assert_eq!((s.swap_total, s.swap_used, s.swap_free), (409_600, 102_400, 307_200));
        // MemAvailable above MemTotal (lxcfs): MemFree, as free(1) and psutil say.
        std::fs::write(
            dir.path().join("meminfo"),
            "MemTotal: 2097152 kB\nMemFree: 524288 kB\nMemAvailable: 2202009 kB\n",
        )
        .unwrap();
        let s = Collector::collect(&mut m).unwrap().unwrap();
        assert_eq!((s.available, s.used, s.used_pct), (536_870_912, 1_610_612_736, 75.0));
        std::fs::write(dir.path().join("meminfo"), "MemTotal: lots\n").unwrap();
        let err = format!("{:#}", Collector::collect(&mut m).unwrap_err());
        assert!(err.contains("meminfo line 1"), "{err}");
        std::fs::write(dir.path().join("meminfo"), "MemTotal: 0 kB\nMemFree: 0 kB\n").unwrap();
        let err = format!("{:#}", Collector::collect(&mut m).unwrap_err());
        assert!(err.contains("meminfo: MemTotal is 0"), "{err}");
    }

    #[test]
    fn a_value_too_large_for_bytes_is_an_error_and_sums_never_wrap() {
        let dir = tempfile::tempdir().unwrap();
        let mut m = Memory::new(dir.path());
        for bad in ["MemTotal: 18014398509481984 kB\n", "MemTotal: 18446744073709551615\n"] {
            std::fs::write(dir.path().join("meminfo"), bad).unwrap();
            let e = format!("{:#}", Collector::collect(&mut m).unwrap_err());
            assert!(e.contains("meminfo line 1") && e.contains("too large"), "{bad}: {e}");
        }
        // No MemAvailable (kernels before 3.14): free + buff/cache, saturated, capped by total.
        let text = "MemTotal: 1000 kB\nMemFree: 100 kB\nBuffers: 1 kB\nCached: 18014398509481983 kB\n";
        std::fs::write(dir.path().join("meminfo"), text).unwrap();
        let s = Collector::collect(&mut m).unwrap().unwrap();
        assert_eq!((s.available, s.used, s.buff_cache), (1000 * 1024, 0, u64::MAX));
    }

    #[test]
    fn a_steady_sample_reads_without_allocating() {
        let dir = tempfile::tempdir().unwrap();
        let text: String = (0..50).map(|i| format!("Field{i}:    {i} kB\n")).collect();
        std::fs::write(dir.path().join("meminfo"), format!("MemTotal: 1000 kB\n{text}")).unwrap();
        let mut m = Memory::new(dir.path());
        m.read().unwrap();
        let (n, r) = crate::alloc_count::allocations(|| m.read());
        r.unwrap();
        assert_eq!(n, 0);
        assert_eq!(m.fields.len(), 51);
    }
}
