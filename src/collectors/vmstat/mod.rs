//! Paging, swapping, page faults and OOM kills from `<proc-root>/vmstat`: the fields
//! node_exporter 1.5.0 keeps by default (`--collector.vmstat.fields`
//! `^(oom_kill|pgpg|pswp|pg.*fault).*`), raw as the kernel counts them, and their rates
//! per second over the last interval for the munin graphs.

mod kind;

use crate::engine::collector::{Collector, Reading};
use crate::engine::sample::Sample;
use crate::util::file;
use crate::util::rates::Rates;
use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

pub(crate) const NAME: &str = "vmstat";

/// The counters whose rates the graphs show.
const RATED: [&str; 7] = ["pgfault", "pgmajfault", "pgpgin", "pgpgout", "pswpin", "pswpout", "oom_kill"];

/// What the state file holds.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct VmStats {
    /// The kept fields of /proc/vmstat, by their names there (empty when the file is
    /// absent).
    pub fields: BTreeMap<String, f64>,
    /// Per second over the last interval, for pgfault, pgmajfault, pgpgin, pgpgout,
    /// pswpin, pswpout and oom_kill (null on the first reading).
    pub per_second: Option<BTreeMap<String, f64>>,
}

impl Reading for VmStats {
    fn summary(&self) -> String {
        if self.fields.is_empty() {
            return "no /proc/vmstat fields".into();
        }
        let r = |k: &str| self.per_second.as_ref().and_then(|p| p.get(k)).map_or("?".into(), |v| format!("{v:.1}"));
        format!(
            "{} fields; page faults {}/s (major {}/s), swap in {}/s, out {}/s",
            self.fields.len(),
            r("pgfault"),
            r("pgmajfault"),
            r("pswpin"),
            r("pswpout")
        )
    }

    fn samples(&self, out: &mut Vec<Sample>) {
        kind::samples(self, out);
    }
}

/// Whether node_exporter keeps this /proc/vmstat field by default: its regexp
/// `^(oom_kill|pgpg|pswp|pg.*fault).*`, written out.
pub(crate) fn kept(name: &str) -> bool {
    name.starts_with("oom_kill")
        || name.starts_with("pgpg")
        || name.starts_with("pswp")
        || name.strip_prefix("pg").is_some_and(|rest| rest.contains("fault"))
}

pub struct Vmstat {
    path: PathBuf,
    buf: Vec<u8>,
    rates: Rates,
}

impl Vmstat {
    pub fn new(proc_root: &Path) -> Vmstat {
        Vmstat { path: proc_root.join("vmstat"), buf: Vec::new(), rates: Rates::default() }
    }
}

/// The kept fields of a /proc/vmstat text (`name value` lines).
pub(crate) fn parse(text: &str, path: &Path) -> Result<BTreeMap<String, f64>> {
    let mut fields = BTreeMap::new();
    for (i, line) in text.lines().enumerate() {
        let mut f = line.split_ascii_whitespace();
        let Some(name) = f.next() else { continue };
        if !kept(name) {
            continue;
        }
        let value: f64 = f
            .next()
            .and_then(|v| v.parse::<i64>().ok().map(|v| v as f64).or_else(|| v.parse::<u64>().ok().map(|v| v as f64)))
            .with_context(|| format!("{} line {}: {line:?} is not `name number`", path.display(), i + 1))?;
        if fields.insert(name.to_string(), value).is_some() {
            bail!("{} line {}: {name} is listed twice", path.display(), i + 1);
        }
    }
    Ok(fields)
}

impl Collector for Vmstat {
    type Reading = VmStats;

    fn collect(&mut self) -> Result<Option<VmStats>> {
        let now = Instant::now();
        let text = file::read_str_if_present(&self.path, 1 << 20, &mut self.buf)
            .with_context(|| format!("cannot read {}", self.path.display()))?;
        let fields = match text {
            Some(text) => parse(text, &self.path)?,
            None => BTreeMap::new(),
        };
        let per_second = self.rates.step(now, &RATED, &fields);
        Ok(Some(VmStats { fields, per_second }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_node_exporters_default_fields_only() {
        for name in ["pgpgin", "pgpgout", "pswpin", "pswpout", "pgfault", "pgmajfault", "oom_kill"] {
            assert!(kept(name), "{name}");
        }
        for name in ["nr_free_pages", "pgalloc_normal", "thp_fault_alloc", "pgsteal_kswapd", "workingset_refault_anon"]
        {
            assert!(!kept(name), "{name}");
        }
    }

    #[test]
    fn reads_rates_and_absent_file() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = Vmstat::new(dir.path());
        let s = v.collect().unwrap().unwrap();
        assert!(s.fields.is_empty() && s.per_second.is_none(), "absent: no fields, no error");
        std::fs::write(dir.path().join("vmstat"), "nr_free_pages 5\npgfault 100\npgmajfault 3\noom_kill 0\n").unwrap();
        let s = v.collect().unwrap().unwrap();
        assert_eq!(s.fields.keys().collect::<Vec<_>>(), ["oom_kill", "pgfault", "pgmajfault"]);
        assert_eq!(s.fields["pgfault"], 100.0);
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(dir.path().join("vmstat"), "pgfault 200\npgmajfault 3\noom_kill 0\n").unwrap();
        let s = v.collect().unwrap().unwrap();
        let p = s.per_second.unwrap();
        assert!(p["pgfault"] > 0.0 && p["pgmajfault"] == 0.0, "{p:?}");
        std::fs::write(dir.path().join("vmstat"), "pgfault lots\n").unwrap();
        let e = format!("{:#}", v.collect().unwrap_err());
        assert!(e.contains("vmstat line 1"), "{e}");
    }

    /// A kept field listed twice is an error naming the file, line and field, not the
    /// last of the two taken silently.
    #[test]
    fn a_field_listed_twice_is_refused() {
        let p = Path::new("/x/vmstat");
        let e = format!("{:#}", parse("pgfault 1\npgmajfault 2\npgfault 3\n", p).unwrap_err());
        assert!(e.contains("/x/vmstat line 3") && e.contains("pgfault is listed twice"), "{e}");
        // Fields left out may repeat: they are not read.
        assert_eq!(parse("nr_free_pages 1\nnr_free_pages 2\n", p).unwrap().len(), 0);
    }
}
