//! Packet processing per CPU from `<proc-root>/net/softnet_stat`: packets processed,
//! dropped because the backlog was full, and times the softirq ran out of its budget
//! with work left ("squeezed"), as node_exporter 1.5.0 reports them: one line per CPU,
//! the `cpu` label being the line's position (0, 1, ...), hex counters.

mod kind;

use crate::engine::collector::{Collector, Reading};
use crate::engine::sample::Sample;
use crate::util::file;
use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

pub(crate) const NAME: &str = "softnet";

/// One line of softnet_stat.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
pub struct CpuSoftnet {
    /// The line's position, node_exporter 1.5.0's `cpu` label.
    pub cpu: u32,
    pub processed: u64,
    pub dropped: u64,
    pub times_squeezed: u64,
}

/// What the state file holds.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct SoftnetStats {
    /// One per line (empty when the file is absent).
    pub cpus: Vec<CpuSoftnet>,
}

impl Reading for SoftnetStats {
    fn summary(&self) -> String {
        let sum = |f: fn(&CpuSoftnet) -> u64| self.cpus.iter().map(f).fold(0u64, u64::saturating_add);
        format!(
            "{} CPUs: {} packets processed, {} dropped, {} times squeezed",
            self.cpus.len(),
            sum(|c| c.processed),
            sum(|c| c.dropped),
            sum(|c| c.times_squeezed)
        )
    }

    fn samples(&self, out: &mut Vec<Sample>) {
        kind::samples(self, out);
    }
}

pub(crate) fn parse(text: &str, path: &Path) -> Result<Vec<CpuSoftnet>> {
    let mut cpus = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let mut f = line.split_ascii_whitespace();
        let mut next = |what: &str| -> Result<u64> {
            let v = f.next().with_context(|| format!("{} line {}: no {what} column", path.display(), i + 1))?;
            u64::from_str_radix(v, 16)
                .with_context(|| format!("{} line {}: {what} is {v:?}, not hex", path.display(), i + 1))
        };
        let (processed, dropped, times_squeezed) = (next("processed")?, next("dropped")?, next("time_squeeze")?);
        let Ok(cpu) = u32::try_from(cpus.len()) else {
            bail!("{}: more lines than CPUs can be", path.display());
        };
        cpus.push(CpuSoftnet { cpu, processed, dropped, times_squeezed });
    }
    Ok(cpus)
}

pub struct Softnet {
    path: PathBuf,
    buf: Vec<u8>,
}

impl Softnet {
    pub fn new(proc_root: &Path) -> Softnet {
        Softnet { path: proc_root.join("net/softnet_stat"), buf: Vec::new() }
    }
}

impl Collector for Softnet {
    type Reading = SoftnetStats;

    fn collect(&mut self) -> Result<Option<SoftnetStats>> {
        // About 150 bytes a CPU: 4 MiB is room for 25,000 of them.
        let text = file::read_str_if_present(&self.path, 4 << 20, &mut self.buf)
            .with_context(|| format!("cannot read {}", self.path.display()))?;
        let cpus = match text {
            Some(text) => parse(text, &self.path)?,
            None => Vec::new(),
        };
        Ok(Some(SoftnetStats { cpus }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_columns_by_line_and_bad_lines_named() {
        let p = Path::new("/x/net/softnet_stat");
        let text = "001e5fd7 00000001 00000006 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000\n\
                    0019a285 00000000 0000000a 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000003\n";
        let c = parse(text, p).unwrap();
        assert_eq!(c[0], CpuSoftnet { cpu: 0, processed: 0x1e5fd7, dropped: 1, times_squeezed: 6 });
        assert_eq!(c[1], CpuSoftnet { cpu: 1, processed: 0x19a285, dropped: 0, times_squeezed: 10 });
        for (bad, says) in
            [("0001 0002\n", "line 1: no time_squeeze"), ("1 2 3\nzz 1 1\n", "line 2: processed is \"zz\"")]
        {
            let e = format!("{:#}", parse(bad, p).unwrap_err());
            assert!(e.contains("/x/net/softnet_stat") && e.contains(says), "{e}");
        }
    }
}
