//! Pressure stall information (PSI) from `<proc-root>/pressure/{cpu,io,memory,irq}`: for
//! each resource, the share of time some tasks (`some`) or all non-idle tasks (`full`)
//! were stalled on it, averaged over 10, 60 and 300 s, and the total stall time. Kernels
//! without PSI (before 4.20) have no such files, and one booted with `psi=0` has them but
//! reading says EOPNOTSUPP: either is "absent, no series", never an error. The totals are the kernel's counters, read
//! raw, so they never go back across a reload.

mod kind;

use crate::engine::collector::{Collector, Reading};
use crate::engine::sample::Sample;
use crate::util::file;
use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub(crate) const NAME: &str = "pressure";

/// The resources the kernel reports on, in node_exporter's order.
pub(crate) const RESOURCES: [&str; 4] = ["cpu", "io", "memory", "irq"];

/// One line of a pressure file (`some avg10=0.12 avg60=... avg300=... total=...`).
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Default)]
pub struct Stall {
    /// Percent of the last 10, 60 and 300 seconds.
    pub avg10: f64,
    pub avg60: f64,
    pub avg300: f64,
    /// Microseconds stalled since boot.
    pub total_us: u64,
}

/// One resource: `full` is missing for cpu on kernels before 5.13, `some` for irq.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Default)]
pub struct Resource {
    pub some: Option<Stall>,
    pub full: Option<Stall>,
}

/// What the state file holds: the resources this kernel reports (none without PSI).
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
pub struct Pressure {
    pub resources: BTreeMap<String, Resource>,
}

impl Pressure {
    /// The highest `some` average over `avg` (10 or 60 s) of cpu, io and memory, and its
    /// resource.
    pub(crate) fn worst_some(&self, avg: fn(&Stall) -> f64) -> Option<(&str, f64)> {
        self.resources.iter().filter_map(|(name, r)| Some((name.as_str(), avg(r.some.as_ref()?)))).fold(
            None,
            |best, (n, v)| match best {
                Some((_, b)) if b >= v => best,
                _ => Some((n, v)),
            },
        )
    }
}

impl Reading for Pressure {
    fn summary(&self) -> String {
        if self.resources.is_empty() {
            return "no pressure stall information on this kernel".into();
        }
        let parts: Vec<String> =
            self.resources.iter().filter_map(|(n, r)| r.some.map(|s| format!("{n} {:.2}%", s.avg60))).collect();
        format!("some avg60: {}", parts.join(", "))
    }

    fn samples(&self, out: &mut Vec<Sample>) {
        kind::samples(self, out);
    }
}

pub struct PressureCollector {
    dir: PathBuf,
    buf: Vec<u8>,
}

impl PressureCollector {
    pub fn new(proc_root: &Path) -> PressureCollector {
        PressureCollector { dir: proc_root.join("pressure"), buf: Vec::new() }
    }
}

/// `some avg10=0.00 avg60=0.00 avg300=0.00 total=0`.
fn parse_stall(rest: &str) -> Result<Stall, String> {
    let mut s = Stall::default();
    // Which of avg10, avg60, avg300 and total were given, one bit each.
    let mut seen = 0u8;
    for kv in rest.split_ascii_whitespace() {
        let (k, v) = kv.split_once('=').ok_or_else(|| format!("{kv:?} is not key=value"))?;
        let bad = || format!("{k} is {v:?}, not a number");
        // A share of time: NaN, infinity (which JSON cannot hold) or below 0 is not one.
        let percent = || match v.parse::<f64>() {
            Ok(p) if p.is_finite() && p >= 0.0 => Ok(p),
            Ok(_) => Err(format!("{k} is {v:?}, not a percentage")),
            Err(_) => Err(bad()),
        };
        let bit = match k {
            "avg10" => 1,
            "avg60" => 2,
            "avg300" => 4,
            "total" => 8,
            _ => continue, // a field a later kernel adds
        };
        if seen & bit != 0 {
            return Err(format!("{k} twice"));
        }
        match bit {
            1 => s.avg10 = percent()?,
            2 => s.avg60 = percent()?,
            4 => s.avg300 = percent()?,
            _ => s.total_us = v.parse().map_err(|_| bad())?,
        }
        seen |= bit;
    }
    if seen != 15 {
        return Err("missing some of avg10, avg60, avg300 and total".into());
    }
    Ok(s)
}

pub(crate) fn parse(path: &Path, text: &str) -> Result<Resource> {
    let mut r = Resource::default();
    for (i, line) in text.lines().enumerate() {
        let (kind, rest) = line.split_once(' ').unwrap_or((line, ""));
        let slot = match kind {
            "some" => &mut r.some,
            "full" => &mut r.full,
            "" => continue,
            _ => bail!("{} line {}: {line:?} is neither `some` nor `full`", path.display(), i + 1),
        };
        if slot.is_some() {
            bail!("{} line {}: a second `{kind}` line", path.display(), i + 1);
        }
        *slot = Some(parse_stall(rest).map_err(|e| anyhow::anyhow!("{} line {}: {e}", path.display(), i + 1))?);
    }
    Ok(r)
}

impl Collector for PressureCollector {
    type Reading = Pressure;

    fn collect(&mut self) -> Result<Option<Pressure>> {
        let mut out = Pressure::default();
        for name in RESOURCES {
            let path = self.dir.join(name);
            let text = match file::read_str(&path, 4096, &mut self.buf) {
                Ok(t) => t,
                // No PSI here (old kernel, no irq accounting), or PSI turned off at boot.
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) if e.raw_os_error() == Some(rustix::io::Errno::OPNOTSUPP.raw_os_error()) => continue,
                Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
            };
            out.resources.insert(name.to_string(), parse(&path, text)?);
        }
        Ok(Some(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn every_resource_some_and_full_and_none_without_psi() {
        let dir = tempfile::tempdir().unwrap();
        let mut c = PressureCollector::new(dir.path());
        let r = c.collect().unwrap().unwrap();
        assert!(r.resources.is_empty(), "no /proc/pressure: absent, not an error");
        assert!(r.worst_some(|s| s.avg60).is_none());
        let p = dir.path().join("pressure");
        fs::create_dir(&p).unwrap();
        fs::write(p.join("cpu"), "some avg10=43.87 avg60=50.44 avg300=42.70 total=3309329856\n").unwrap();
        fs::write(
            p.join("io"),
            "some avg10=0.13 avg60=2.10 avg300=1.96 total=299641432\nfull avg10=0.00 avg60=0.21 avg300=0.38 total=164335286\n",
        )
        .unwrap();
        let r = c.collect().unwrap().unwrap();
        assert_eq!(r.resources.keys().collect::<Vec<_>>(), ["cpu", "io"]);
        assert_eq!(r.resources["cpu"].some.unwrap().total_us, 3309329856);
        assert!(r.resources["cpu"].full.is_none());
        assert_eq!(r.resources["io"].full.unwrap().avg300, 0.38);
        assert_eq!(r.worst_some(|s| s.avg60), Some(("cpu", 50.44)));
        let mut s = Vec::new();
        r.samples(&mut s);
        let find = |prom: &str| s.iter().find(|s| s.metric.prom == prom).map(|s| s.value);
        assert_eq!(find("node_pressure_cpu_waiting_seconds_total"), Some(3309329856.0 / 1000.0 / 1000.0));
        assert_eq!(find("node_pressure_io_stalled_seconds_total"), Some(164335286.0 / 1000.0 / 1000.0));
        assert_eq!(find("node_pressure_memory_waiting_seconds_total"), None, "absent: no series");
    }

    #[test]
    fn a_malformed_line_names_the_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("pressure");
        fs::create_dir(&p).unwrap();
        fs::write(p.join("memory"), "some avg10=0.00 avg60=0.00 avg300=0.00 total=0\nfull avg10=x\n").unwrap();
        let e = format!("{:#}", PressureCollector::new(dir.path()).collect().unwrap_err());
        assert!(e.contains("pressure/memory line 2") && e.contains("avg10 is \"x\""), "{e}");
    }

    /// A field given twice is an error, not a count of four that hides a missing one
    /// (avg300 read as 0), and so is a `some` or `full` line given twice.
    #[test]
    fn a_field_or_a_line_given_twice_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("pressure");
        fs::create_dir(&p).unwrap();
        fs::write(p.join("io"), "some avg10=1.00 avg10=2.00 avg60=3.00 total=4\n").unwrap();
        let e = format!("{:#}", PressureCollector::new(dir.path()).collect().unwrap_err());
        assert!(e.contains("pressure/io line 1") && e.contains("avg10 twice"), "{e}");
        let line = "full avg10=1.00 avg60=1.00 avg300=1.00 total=1\n";
        fs::write(p.join("io"), format!("{line}{line}")).unwrap();
        let e = format!("{:#}", PressureCollector::new(dir.path()).collect().unwrap_err());
        assert!(e.contains("pressure/io line 2") && e.contains("second `full`"), "{e}");
    }

    /// An average that is no share of time (NaN, infinite, negative) is refused naming
    /// the file, line and field: JSON has no NaN or infinity, so it would be written as
    /// null, and the state file then fails to read back (checks, the last good values).
    #[test]
    fn an_average_that_is_no_percentage_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("pressure");
        fs::create_dir(&p).unwrap();
        for (avg, bad) in [("avg10", "NaN"), ("avg60", "inf"), ("avg300", "-infinity"), ("avg10", "-0.5")] {
            let line = "some avg10=1.00 avg60=1.00 avg300=1.00 total=0\n"
                .replace(&format!("{avg}=1.00"), &format!("{avg}={bad}"));
            fs::write(p.join("cpu"), line).unwrap();
            let e = format!("{:#}", PressureCollector::new(dir.path()).collect().unwrap_err());
            assert!(e.contains("pressure/cpu line 1") && e.contains(&format!("{avg} is {bad:?}")), "{bad}: {e}");
        }
    }
}
