//! Network interfaces from `<proc-root>/net/dev`: every counter of every interface, and
//! per-second rates of bytes, packets, errors and drops in and out over each interval;
//! whether each is physical (`<sys-root>/class/net/NAME/device` exists) or the loopback;
//! totals with and without the loopback. A counter that goes down, or an interface that
//! was re-created (another ifindex), gives no rate for that window, never a negative one.

mod kind;

use crate::engine::collector::{Collector, Reading};
use crate::engine::sample::Sample;
use crate::util::{file, names};
use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::time::Instant;

pub(crate) const NAME: &str = "network";

/// `/proc/net/dev`'s sixteen columns, in its order.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counters {
    pub rx_bytes: u64,
    pub rx_packets: u64,
    pub rx_errors: u64,
    pub rx_dropped: u64,
    pub rx_fifo: u64,
    pub rx_frame: u64,
    pub rx_compressed: u64,
    pub rx_multicast: u64,
    pub tx_bytes: u64,
    pub tx_packets: u64,
    pub tx_errors: u64,
    pub tx_dropped: u64,
    pub tx_fifo: u64,
    pub tx_collisions: u64,
    pub tx_carrier: u64,
    pub tx_compressed: u64,
}

impl Counters {
    fn from_array(a: [u64; 16]) -> Counters {
        Counters {
            rx_bytes: a[0],
            rx_packets: a[1],
            rx_errors: a[2],
            rx_dropped: a[3],
            rx_fifo: a[4],
            rx_frame: a[5],
            rx_compressed: a[6],
            rx_multicast: a[7],
            tx_bytes: a[8],
            tx_packets: a[9],
            tx_errors: a[10],
            tx_dropped: a[11],
            tx_fifo: a[12],
            tx_collisions: a[13],
            tx_carrier: a[14],
            tx_compressed: a[15],
        }
    }

    pub(crate) fn to_array(self) -> [u64; 16] {
        [
            self.rx_bytes,
            self.rx_packets,
            self.rx_errors,
            self.rx_dropped,
            self.rx_fifo,
            self.rx_frame,
            self.rx_compressed,
            self.rx_multicast,
            self.tx_bytes,
            self.tx_packets,
            self.tx_errors,
            self.tx_dropped,
            self.tx_fifo,
            self.tx_collisions,
            self.tx_carrier,
            self.tx_compressed,
        ]
    }

    fn add(&mut self, o: &Counters) {
        let (a, b) = (self.to_array(), o.to_array());
        *self = Counters::from_array(std::array::from_fn(|i| a[i].wrapping_add(b[i])));
    }
}

/// Per second over the last interval.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Default)]
pub struct Rates {
    pub rx_bytes: f64,
    pub rx_packets: f64,
    pub rx_errors: f64,
    pub rx_dropped: f64,
    pub tx_bytes: f64,
    pub tx_packets: f64,
    pub tx_errors: f64,
    pub tx_dropped: f64,
}

impl Rates {
    fn between(old: &Counters, new: &Counters, secs: f64) -> Option<Rates> {
        let (o, n) = (old.to_array(), new.to_array());
        if n.iter().zip(&o).any(|(n, o)| n < o) {
            return None; // a counter reset: no rate this window
        }
        let r = |i: usize| ((n[i] - o[i]) as f64 / secs * 1000.0).round() / 1000.0;
        Some(Rates {
            rx_bytes: r(0),
            rx_packets: r(1),
            rx_errors: r(2),
            rx_dropped: r(3),
            tx_bytes: r(8),
            tx_packets: r(9),
            tx_errors: r(10),
            tx_dropped: r(11),
        })
    }

    fn add(&mut self, o: &Rates) {
        self.rx_bytes += o.rx_bytes;
        self.rx_packets += o.rx_packets;
        self.rx_errors += o.rx_errors;
        self.rx_dropped += o.rx_dropped;
        self.tx_bytes += o.tx_bytes;
        self.tx_packets += o.tx_packets;
        self.tx_errors += o.tx_errors;
        self.tx_dropped += o.tx_dropped;
    }
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Interface {
    /// Backed by hardware (`/sys/class/net/NAME/device` exists).
    pub physical: bool,
    pub loopback: bool,
    pub counters: Counters,
    /// Null on its first sample, and for a window in which it was reset or re-created.
    pub per_second: Option<Rates>,
    /// Its properties in `/sys/class/net/NAME`; null where sysfs has no such directory.
    pub class: Option<NetClass>,
}

/// An interface's properties from `/sys/class/net/NAME`, as node_exporter's netclass
/// collector reads them. A file the kernel refuses to read (`carrier` and `speed` of an
/// interface that is down say EINVAL) is null, and so is its series.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
pub struct NetClass {
    /// `operstate`: up, down, unknown (the loopback), dormant, ...
    pub operstate: String,
    pub carrier: Option<u64>,
    pub mtu: Option<u64>,
    /// Megabits per second; -1 when the driver does not know.
    pub speed_mbps: Option<i64>,
    pub address: String,
    pub broadcast: String,
    /// full, half, unknown; empty when there is no such file.
    pub duplex: String,
    pub ifalias: String,
    /// `statistics/rx_nohandler`: packets dropped for want of a protocol handler.
    pub rx_nohandler: Option<u64>,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
pub struct Total {
    pub counters: Counters,
    /// The sum over the interfaces that have a rate this window.
    pub per_second: Option<Rates>,
}

/// What the state file holds.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct NetStats {
    pub interval_s: Option<f64>,
    pub interfaces: BTreeMap<String, Interface>,
    pub total: Total,
    pub total_without_loopback: Total,
}

impl NetStats {
    /// "N interfaces (loopback left out)": the interfaces `total_without_loopback` sums,
    /// said the same way by the log, `show` and the check.
    pub(crate) fn counted(&self) -> String {
        let n = self.interfaces.values().filter(|i| !i.loopback).count();
        format!("{n} interface{} (loopback left out)", if n == 1 { "" } else { "s" })
    }
}

impl Reading for NetStats {
    fn summary(&self) -> String {
        let t = &self.total_without_loopback;
        match &t.per_second {
            Some(r) => format!(
                "{}, in {:.1} KiB/s, out {:.1} KiB/s, errors {:.2}/s, drops {:.2}/s",
                self.counted(),
                r.rx_bytes / 1024.0,
                r.tx_bytes / 1024.0,
                r.rx_errors + r.tx_errors,
                r.rx_dropped + r.tx_dropped
            ),
            None => format!("{}, rates from the next sample", self.counted()),
        }
    }

    fn samples(&self, out: &mut Vec<Sample>) {
        kind::samples(self, out);
    }
}

/// One interface as the samples have seen it, updated in place every sample.
struct Seen {
    ifindex: Option<u64>,
    physical: bool,
    loopback: bool,
    counters: Counters,
    /// Its counters at the sample before, when it was listed then under the same ifindex.
    prev: Option<Counters>,
    /// The sample that last listed it.
    sample: u64,
}

pub struct Network {
    dev: PathBuf,
    sys_net: PathBuf,
    buf: Vec<u8>,
    small: Vec<u8>,
    /// A path under `sys_net`, rebuilt in place for each lookup.
    scratch: PathBuf,
    /// By the name's bytes: Linux allows any bytes but `/`, `:`, blanks and NUL, and the
    /// sysfs directory is asked by those exact bytes.
    seen: BTreeMap<Vec<u8>, Seen>,
    sample: u64,
    last: Option<Instant>,
    /// Report nothing until the rates exist (`gatherer once`).
    complete_only: bool,
}

impl Network {
    pub fn new(proc_root: &Path, sys_root: &Path) -> Network {
        Network {
            dev: proc_root.join("net/dev"),
            sys_net: sys_root.join("class/net"),
            buf: Vec::new(),
            small: Vec::new(),
            scratch: PathBuf::new(),
            seen: BTreeMap::new(),
            sample: 0,
            last: None,
            complete_only: false,
        }
    }

    /// Report only readings with rates: the first sample is kept to itself.
    pub(crate) fn complete_only(mut self, yes: bool) -> Network {
        self.complete_only = yes;
        self
    }

    fn sys_path(&mut self, name: &[u8], file: &str) -> &Path {
        self.scratch.clear();
        self.scratch.push(&self.sys_net);
        self.scratch.push(std::ffi::OsStr::from_bytes(name));
        self.scratch.push(file);
        &self.scratch
    }

    fn sys_number(&mut self, name: &[u8], file: &str) -> Option<u64> {
        self.sys_path(name, file);
        file::read_str(&self.scratch, 64, &mut self.small).ok()?.trim().parse().ok()
    }

    /// A sysfs attribute as text, its trailing newline cut; `None` when it is missing
    /// or the kernel refuses it.
    fn sys_text(&mut self, name: &[u8], file: &str) -> Option<String> {
        self.sys_path(name, file);
        Some(file::read_str(&self.scratch, 4096, &mut self.small).ok()?.trim_end_matches('\n').to_string())
    }

    /// The interface's properties, or `None` without a sysfs directory for it.
    fn class(&mut self, name: &[u8]) -> Option<NetClass> {
        if std::fs::metadata(self.sys_path(name, "")).is_err() {
            return None;
        }
        Some(NetClass {
            operstate: self.sys_text(name, "operstate").unwrap_or_default(),
            carrier: self.sys_number(name, "carrier"),
            mtu: self.sys_number(name, "mtu"),
            speed_mbps: self.sys_text(name, "speed").and_then(|s| s.trim().parse().ok()),
            address: self.sys_text(name, "address").unwrap_or_default(),
            broadcast: self.sys_text(name, "broadcast").unwrap_or_default(),
            duplex: self.sys_text(name, "duplex").unwrap_or_default(),
            ifalias: self.sys_text(name, "ifalias").unwrap_or_default(),
            rx_nohandler: self.sys_number(name, "statistics/rx_nohandler"),
        })
    }

    /// Read `/proc/net/dev` into `self.seen`. Allocates only for an interface not seen
    /// before; a failed read leaves everything as it was.
    pub fn read(&mut self) -> Result<()> {
        let path = &self.dev;
        let mut buf = std::mem::take(&mut self.buf);
        let read = file::read_into(path, file::Links::Follow, 16 << 20, &mut buf)
            .with_context(|| format!("cannot read {}", path.display()));
        if let Err(e) = read {
            self.buf = buf;
            return Err(e);
        }
        // Check every line first: a bad file changes nothing.
        let bad = lines(&buf).enumerate().filter(|(_, l)| !is_header(l)).find_map(|(i, line)| {
            let e = parse_line(line).err()?;
            Some(anyhow::anyhow!("{} line {}: {e}: {:?}", path.display(), i + 1, String::from_utf8_lossy(line)))
        });
        if let Some(err) = bad {
            self.buf = buf;
            return Err(err);
        }
        let this = self.sample + 1;
        for line in lines(&buf).filter(|l| !is_header(l)) {
            let (name, counters) = parse_line(line).expect("checked above");
            let ifindex = self.sys_number(name, "ifindex");
            let known = self.seen.get(name).is_some_and(|s| s.ifindex == ifindex);
            if !known {
                let physical = std::fs::symlink_metadata(self.sys_path(name, "device")).is_ok();
                // ARPHRD_LOOPBACK (772), or by name where sysfs says nothing.
                let loopback = self.sys_number(name, "type").map_or(name == b"lo", |t| t == 772);
                let fresh = Seen { ifindex, physical, loopback, counters, prev: None, sample: this };
                match self.seen.get_mut(name) {
                    Some(s) => *s = fresh, // re-created: a new ifindex
                    None => {
                        self.seen.insert(name.to_vec(), fresh);
                    }
                }
                continue;
            }
            let s = self.seen.get_mut(name).expect("known");
            s.prev = (s.sample == this - 1).then_some(s.counters);
            s.counters = counters;
            s.sample = this;
        }
        self.buf = buf;
        self.seen.retain(|_, s| s.sample == this);
        self.sample = this;
        Ok(())
    }
}

fn lines(buf: &[u8]) -> impl Iterator<Item = &[u8]> {
    buf.split(|b| *b == b'\n')
}

/// The two header lines (`Inter-|   Receive ...`, ` face |bytes ...`) and blank ones: no
/// `name:`, and the headers' `|`. Anything else must be an interface's line, so a file
/// without its headers is read whole instead of losing two interfaces.
fn is_header(line: &[u8]) -> bool {
    line.iter().all(u8::is_ascii_whitespace) || (!line.contains(&b':') && line.contains(&b'|'))
}

/// `  eth0: 1 2 3 ...`: the name (its bytes: it need not be UTF-8) and its sixteen
/// counters.
fn parse_line(line: &[u8]) -> Result<(&[u8], Counters), String> {
    // The last colon: the numbers after it never hold one (a name cannot either).
    let colon = line.iter().rposition(|b| *b == b':').ok_or("no `name:`")?;
    let (name, rest) = (&line[..colon], &line[colon + 1..]);
    let rest = std::str::from_utf8(rest).map_err(|_| "the counters are not text")?;
    let start = name.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(name.len());
    let end = name.iter().rposition(|b| !b.is_ascii_whitespace()).map_or(start, |e| e + 1);
    let name = &name[start..end];
    if name.is_empty() {
        return Err("no interface name".into());
    }
    // Its sysfs directory is looked up by it: the kernel never gives these, and they
    // would lead out of `<sys-root>/class/net` (a leading `/` out of the sys root).
    if name.contains(&b'/') || name == b"." || name == b".." {
        return Err("an interface name cannot hold `/` nor be `.` or `..`".into());
    }
    let mut a = [0u64; 16];
    let mut n = 0;
    for (i, f) in rest.split_ascii_whitespace().enumerate() {
        if i >= 16 {
            break;
        }
        a[i] = f.parse().map_err(|_| format!("column {} is {f:?}, not a counter", i + 1))?;
        n = i + 1;
    }
    if n < 16 {
        return Err(format!("{n} columns, expected 16"));
    }
    Ok((name, Counters::from_array(a)))
}

impl Collector for Network {
    type Reading = NetStats;

    fn collect(&mut self) -> Result<Option<NetStats>> {
        let now = Instant::now();
        self.read()?;
        let secs = self.last.replace(now).map(|t| now.duration_since(t).as_secs_f64()).filter(|s| *s > 0.0);
        if self.complete_only && secs.is_none() {
            return Ok(None);
        }
        let mut interfaces = BTreeMap::new();
        let (mut total, mut without_lo) = (Total::default(), Total::default());
        let (mut rates_all, mut rates_nolo) = (Rates::default(), Rates::default());
        let mut odd = Vec::new();
        let names: Vec<Vec<u8>> = self.seen.keys().cloned().collect();
        let mut classes: Vec<Option<NetClass>> = names.iter().map(|n| self.class(n)).collect();
        for ((name, s), class) in self.seen.iter().zip(classes.iter_mut()) {
            let class = class.take();
            let per_second = match (&s.prev, secs) {
                (Some(old), Some(secs)) => Rates::between(old, &s.counters, secs),
                _ => None,
            };
            total.counters.add(&s.counters);
            if let Some(r) = &per_second {
                rates_all.add(r);
            }
            if !s.loopback {
                without_lo.counters.add(&s.counters);
                if let Some(r) = &per_second {
                    rates_nolo.add(r);
                }
            }
            let interface =
                Interface { physical: s.physical, loopback: s.loopback, counters: s.counters, per_second, class };
            match std::str::from_utf8(name) {
                Ok(name) => {
                    interfaces.insert(name.to_string(), interface);
                }
                // Named after every UTF-8 one, so none of those is the one renamed.
                Err(_) => odd.push((name, interface)),
            }
        }
        for (name, interface) in odd {
            let shown = names::shown(name, |n| interfaces.contains_key(n));
            interfaces.insert(shown, interface);
        }
        total.per_second = secs.map(|_| rates_all);
        without_lo.per_second = secs.map(|_| rates_nolo);
        Ok(Some(NetStats {
            interval_s: secs.map(|s| (s * 1e6).round() / 1e6),
            interfaces,
            total,
            total_without_loopback: without_lo,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    const HEAD: &str = "Inter-|   Receive                                                |  Transmit\n face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed\n";

    fn dev(dir: &Path, lo: u64, eth: u64) {
        fs::write(
            dir.join("proc/net/dev"),
            format!(
                "{HEAD}    lo: {lo} 10 0 0 0 0 0 0 {lo} 10 0 0 0 0 0 0\n  eth0:{eth} 20 1 2 0 0 0 3 {eth} 30 0 0 0 0 0 0\n"
            ),
        )
        .unwrap();
    }

    fn sysfs(dir: &Path, name: &str, ifindex: u32, kind: u32, physical: bool) {
        let d = dir.join("sys/class/net").join(name);
        fs::create_dir_all(&d).unwrap();
        fs::write(d.join("ifindex"), format!("{ifindex}\n")).unwrap();
        fs::write(d.join("type"), format!("{kind}\n")).unwrap();
        if physical {
            let _ = std::os::unix::fs::symlink("../../../devices/pci0000:00/x", d.join("device"));
        }
    }

    /// A fixture with `lo` and a physical `eth0`, their first counters written, and a
    /// collector on it.
    fn loopback_and_eth0() -> (tempfile::TempDir, Network) {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("proc/net")).unwrap();
        sysfs(dir.path(), "lo", 1, 772, false);
        sysfs(dir.path(), "eth0", 2, 1, true);
        dev(dir.path(), 1000, 5000);
        let n = Network::new(&dir.path().join("proc"), &dir.path().join("sys"));
        (dir, n)
    }

    #[test]
    fn counters_rates_totals_and_kinds() {
        let (dir, mut n) = loopback_and_eth0();
        let first = Collector::collect(&mut n).unwrap().unwrap();
        assert_eq!(first.interval_s, None);
        assert!(first.interfaces["eth0"].per_second.is_none() && first.total.per_second.is_none());
        let eth = &first.interfaces["eth0"];
        assert!(eth.physical && !eth.loopback && first.interfaces["lo"].loopback);
        assert_eq!((eth.counters.rx_errors, eth.counters.rx_dropped, eth.counters.rx_multicast), (1, 2, 3));
        assert_eq!(first.total.counters.rx_bytes, 6000);
        assert_eq!(first.total_without_loopback.counters.rx_bytes, 5000);
        std::thread::sleep(std::time::Duration::from_millis(100));
        dev(dir.path(), 2000, 9000);
        let second = Collector::collect(&mut n).unwrap().unwrap();
        let secs = second.interval_s.unwrap();
        let r = second.interfaces["eth0"].per_second.unwrap();
        assert!((r.rx_bytes - 4000.0 / secs).abs() < 1.0, "{r:?} over {secs}");
        let t = second.total_without_loopback.per_second.unwrap();
        assert_eq!(t.rx_bytes, r.rx_bytes, "loopback left out");
        assert!(second.total.per_second.unwrap().rx_bytes > t.rx_bytes);
    }

    /// The log's and `show`'s summary and the check say the same count with the same
    /// meaning: the interfaces of the loopback-free total.
    #[test]
    fn the_summary_and_the_check_count_the_same_interfaces() {
        use crate::checks::Thresholds;
        let (dir, mut n) = loopback_and_eth0();
        let first = Collector::collect(&mut n).unwrap().unwrap();
        assert!(first.summary().starts_with("1 interface (loopback left out)"), "{}", first.summary());
        dev(dir.path(), 2000, 9000);
        let second = Collector::collect(&mut n).unwrap().unwrap();
        let summary = second.summary();
        let t = Thresholds::ranges(None, None);
        let (_, check) = (kind::NETWORK_CHECK.judge)(&crate::checks::NoArgs {}, &t, &second);
        assert!(summary.starts_with("1 interface (loopback left out)"), "{summary}");
        assert!(check.contains("on 1 interface (loopback left out)"), "{check}");
    }

    #[test]
    fn a_reset_or_a_recreated_interface_never_gives_a_negative_rate() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("proc/net")).unwrap();
        sysfs(dir.path(), "eth0", 2, 1, true);
        sysfs(dir.path(), "lo", 1, 772, false);
        dev(dir.path(), 1000, 5000);
        let mut n = Network::new(&dir.path().join("proc"), &dir.path().join("sys"));
        Collector::collect(&mut n).unwrap();
        dev(dir.path(), 1000, 100); // eth0's counters went down
        let s = Collector::collect(&mut n).unwrap().unwrap();
        assert!(s.interfaces["eth0"].per_second.is_none(), "no rate across a reset");
        assert_eq!(s.total_without_loopback.per_second.unwrap().rx_bytes, 0.0);
        dev(dir.path(), 1000, 200);
        assert!(Collector::collect(&mut n).unwrap().unwrap().interfaces["eth0"].per_second.unwrap().rx_bytes > 0.0);
        sysfs(dir.path(), "eth0", 7, 1, true); // deleted and created again: a new ifindex
        dev(dir.path(), 1000, 300);
        let s = Collector::collect(&mut n).unwrap().unwrap();
        assert!(s.interfaces["eth0"].per_second.is_none(), "a new interface under an old name starts over");
    }

    #[test]
    fn a_file_without_its_headers_loses_no_interface() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("proc/net")).unwrap();
        let line = |name: &str| format!("  {name}: 1 2 0 0 0 0 0 0 3 4 0 0 0 0 0 0\n");
        fs::write(dir.path().join("proc/net/dev"), line("eth0") + &line("eth1") + &line("eth2")).unwrap();
        let r = Collector::collect(&mut Network::new(&dir.path().join("proc"), &dir.path().join("sys"))).unwrap();
        assert_eq!(r.unwrap().interfaces.len(), 3);
        fs::write(dir.path().join("proc/net/dev"), format!("{HEAD}{}", line("eth0"))).unwrap();
        let r = Collector::collect(&mut Network::new(&dir.path().join("proc"), &dir.path().join("sys"))).unwrap();
        assert_eq!(r.unwrap().interfaces.keys().collect::<Vec<_>>(), ["eth0"]);
    }

    #[test]
    fn names_that_are_not_utf8_are_reported_and_asked_by_their_bytes() {
        use std::os::unix::ffi::OsStrExt;
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("proc/net")).unwrap();
        // Two names that differ only in bytes that are not UTF-8, and one plain.
        let (odd1, odd2) = (b"caf\xe9".as_slice(), b"caf\xff".as_slice());
        for (name, ifindex) in [(odd1, 5u32), (odd2, 6)] {
            let d = dir.path().join("sys/class/net").join(std::ffi::OsStr::from_bytes(name));
            fs::create_dir_all(&d).unwrap();
            fs::write(d.join("ifindex"), format!("{ifindex}\n")).unwrap();
            fs::write(d.join("type"), "1\n").unwrap();
        }
        std::os::unix::fs::symlink(
            "../../../devices/x",
            dir.path().join("sys/class/net").join(std::ffi::OsStr::from_bytes(odd1)).join("device"),
        )
        .unwrap();
        sysfs(dir.path(), "eth0", 2, 1, true);
        let mut text = HEAD.as_bytes().to_vec();
        // And a UTF-8 name that is what the first would be shown as: it keeps its name.
        let plain = "caf\u{fffd}".as_bytes();
        sysfs(dir.path(), "caf\u{fffd}", 9, 1, false);
        for (name, rx) in [(odd1, 100), (odd2, 200), (b"eth0".as_slice(), 300), (plain, 400)] {
            text.extend_from_slice(b"  ");
            text.extend_from_slice(name);
            text.extend_from_slice(format!(": {rx} 1 0 0 0 0 0 0 0 1 0 0 0 0 0 0\n").as_bytes());
        }
        fs::write(dir.path().join("proc/net/dev"), &text).unwrap();
        let mut n = Network::new(&dir.path().join("proc"), &dir.path().join("sys"));
        let r = Collector::collect(&mut n).unwrap().unwrap();
        assert_eq!(r.interfaces.keys().collect::<Vec<_>>(), ["caf\u{fffd}", "caf\u{fffd}_2", "caf\u{fffd}_3", "eth0"]);
        assert_eq!(r.interfaces["caf\u{fffd}"].counters.rx_bytes, 400);
        assert_eq!(r.interfaces["caf\u{fffd}_2"].counters.rx_bytes, 100);
        assert_eq!(r.interfaces["caf\u{fffd}_3"].counters.rx_bytes, 200);
        // Its sysfs directory was found by its bytes: physical (the one with `device`).
        assert!(r.interfaces["caf\u{fffd}_2"].physical && !r.interfaces["caf\u{fffd}_3"].physical);
        assert_eq!(r.total.counters.rx_bytes, 1000);
        // Each keeps its own history: the next sample gives both a rate.
        std::thread::sleep(std::time::Duration::from_millis(50));
        let r = Collector::collect(&mut n).unwrap().unwrap();
        assert!(r.interfaces.values().all(|i| i.per_second.is_some()), "{:?}", r.interfaces);
    }

    #[test]
    fn malformed_lines_name_the_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("proc/net")).unwrap();
        fs::write(dir.path().join("proc/net/dev"), format!("{HEAD}  eth0: 1 2 x\n")).unwrap();
        let err = format!(
            "{:#}",
            Collector::collect(&mut Network::new(&dir.path().join("proc"), &dir.path().join("sys"))).unwrap_err()
        );
        assert!(err.contains("net/dev line 3"), "{err}");
    }

    /// A name the kernel cannot give (with a `/`, or `.` or `..`) would be looked up
    /// outside `<sys-root>/class/net` (a `/` at its start replaces the whole path): it is
    /// an error naming the file and line, and nothing outside is read.
    #[test]
    fn a_name_that_would_leave_sysfs_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("proc/net")).unwrap();
        let outside = dir.path().join("outside");
        fs::create_dir_all(&outside).unwrap();
        fs::write(outside.join("ifalias"), "not sysfs\n").unwrap();
        fs::create_dir_all(dir.path().join("sys/class/net")).unwrap();
        let absolute = outside.display().to_string();
        for name in [absolute.as_str(), "../../../outside", "a/b", ".", ".."] {
            let text =
                format!("{HEAD}  eth0: 1 2 0 0 0 0 0 0 3 4 0 0 0 0 0 0\n  {name}: 1 2 0 0 0 0 0 0 3 4 0 0 0 0 0 0\n");
            fs::write(dir.path().join("proc/net/dev"), text).unwrap();
            let mut n = Network::new(&dir.path().join("proc"), &dir.path().join("sys"));
            let e = format!("{:#}", Collector::collect(&mut n).unwrap_err());
            assert!(e.contains("net/dev line 4") && e.contains("interface name"), "{name}: {e}");
        }
    }

    #[test]
    fn a_steady_sample_reads_without_allocating() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("proc/net")).unwrap();
        let mut text = HEAD.to_string();
        for i in 0..50 {
            sysfs(dir.path(), &format!("veth{i}"), i + 10, 1, false);
            text += &format!("veth{i}: 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16\n");
        }
        fs::write(dir.path().join("proc/net/dev"), text).unwrap();
        let mut n = Network::new(&dir.path().join("proc"), &dir.path().join("sys"));
        n.read().unwrap();
        n.read().unwrap();
        let (count, r) = crate::alloc_count::allocations(|| n.read());
        r.unwrap();
        assert_eq!(count, 0, "50 interfaces, no allocation");
        assert!(n.seen.values().all(|s| s.prev.is_some()));
    }
}
