//! %util (and the rest of `iostat -dx`) for every physical disk, from two samples of
//! `<proc-root>/diskstats`, computed the way sysstat computes them.
//!
//! A window is two consecutive samples; the elapsed time is measured, never assumed
//! from the configured interval. The first sample only primes (it would cover the time
//! since boot, which iostat also skips).

use crate::engine::collector::{Collector, Reading};
use crate::engine::sample::Sample;
use crate::util::file;
use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::Instant;

mod kind;

pub(crate) const NAME: &str = "diskstats";

/// The kernel prints the tick counters (`%u`) as 32-bit milliseconds: they wrap.
const TICKS_WRAP: u64 = 1 << 32;
/// Requests a disk can have in flight when sysfs does not say (`queue/nr_requests`).
const DEFAULT_QUEUE_BOUND: u64 = 1024;
/// `/proc/diskstats` of a host with thousands of devices is a few hundred KiB.
const MAX_DISKSTATS: u64 = 16 << 20;

/// What the state file holds.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct DiskUtil {
    /// Real elapsed time of the window, in seconds.
    pub interval_s: f64,
    /// Physical disks by kernel name (`sda`, `nvme0n1`, `cciss/c0d0`).
    pub disks: BTreeMap<String, DiskWindow>,
    /// The same disks' raw counters at the end of the window: samples only (node_disk_*),
    /// not in the state file, whose fields are a contract.
    #[serde(skip)]
    pub counters: BTreeMap<String, Raw>,
}

/// One disk over one window, in the units and meaning of `iostat -dx`.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq)]
pub struct DiskWindow {
    pub util_pct: f64,
    pub r_s: f64,
    pub w_s: f64,
    pub rkb_s: f64,
    pub wkb_s: f64,
    pub r_await_ms: f64,
    pub w_await_ms: f64,
    pub aqu_sz: f64,
}

impl Reading for DiskUtil {
    fn summary(&self) -> String {
        if self.disks.is_empty() {
            return format!("no physical disks (window {:.1} s)", self.interval_s);
        }
        let disks: Vec<String> = self.disks.iter().map(|(n, d)| format!("{n} {:.1}%", d.util_pct)).collect();
        format!("{} (window {:.1} s)", disks.join(", "), self.interval_s)
    }

    fn samples(&self, out: &mut Vec<Sample>) {
        for (name, d) in &self.disks {
            for (metric, value) in kind::window_samples(d) {
                out.push(Sample::new(metric, value).label("device", name));
            }
        }
        for (name, raw) in &self.counters {
            kind::raw_samples(name, raw, out);
        }
    }
}

/// Cumulative counters of one `/proc/diskstats` line, as far as iostat -dx needs them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Counters {
    pub rd_ios: u64,
    pub rd_sectors: u64,
    pub rd_ticks: u64,
    pub wr_ios: u64,
    pub wr_sectors: u64,
    pub wr_ticks: u64,
    pub io_ticks: u64,
    pub rq_ticks: u64,
}

/// Every counter of a `/proc/diskstats` line after the device name, as printed (at most
/// the 17 that kernels up to 6.x print), and how many there were: 11, 15 or 17.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Raw {
    pub values: [u64; RAW_FIELDS],
    pub count: u8,
}

pub(crate) const RAW_FIELDS: usize = 17;

/// How a line of `/proc/diskstats` reads.
// Returned by value for every line: boxing the big variant would allocate per line.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, PartialEq, Eq)]
pub enum Line<'a> {
    Device(&'a str, Counters, Raw),
    /// The 7-field partition lines of 2.6-era kernels: never a whole disk.
    OldPartition,
}

/// Parse one line. Lines have 14 fields, 18 with discards (4.18+), 20 with flushes
/// (5.5+); more are accepted and ignored so a future kernel does not blind us. No
/// allocation: this runs for every line of every sample.
pub fn parse_line(line: &str) -> Result<Line<'_>, String> {
    let mut t = [""; 3 + RAW_FIELDS];
    let mut n = 0;
    for (i, token) in line.split_whitespace().enumerate() {
        if let Some(slot) = t.get_mut(i) {
            *slot = token;
        }
        n = i + 1;
    }
    if n == 7 {
        return Ok(Line::OldPartition);
    }
    if n < 14 {
        return Err(format!("{n} fields, expected 14, 18 or 20"));
    }
    let num = |i: usize| -> Result<u64, String> {
        t[i].parse::<u64>().map_err(|_| format!("field {} is {:?}, not a counter", i + 1, t[i]))
    };
    num(0)?;
    num(1)?;
    let mut raw = Raw { values: [0; RAW_FIELDS], count: (n - 3).min(RAW_FIELDS) as u8 };
    for i in 0..usize::from(raw.count) {
        raw.values[i] = num(3 + i)?;
    }
    let v = &raw.values;
    let counters = Counters {
        rd_ios: v[0],
        rd_sectors: v[2],
        rd_ticks: v[3],
        wr_ios: v[4],
        wr_sectors: v[6],
        wr_ticks: v[7],
        io_ticks: v[9],
        rq_ticks: v[10],
    };
    Ok(Line::Device(t[2], counters, raw))
}

/// Growth of a 32-bit millisecond counter, across one wrap if it went down.
fn tick_delta(prev: u64, cur: u64) -> u64 {
    if cur >= prev {
        cur - prev
    } else if prev < TICKS_WRAP {
        cur + TICKS_WRAP - prev
    } else {
        0
    }
}

/// Growth of a summed-time counter (read, write or queue milliseconds, which grow by up
/// to `bound` ms per ms: one per request in flight), or `None` when it went down by more
/// than a 32-bit wrap can explain: a wrap means it grew by `2^32 - drop` ms, which only
/// fits the window when that is at most `elapsed_ms × bound`. Otherwise the counter was
/// reset, and iostat's unsigned subtraction would report absurd awaits and queue sizes.
fn summed_delta(prev: u64, cur: u64, elapsed_ms: f64, bound: u64) -> Option<u64> {
    let d = tick_delta(prev, cur);
    (cur >= prev || d as f64 <= elapsed_ms * bound as f64).then_some(d)
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// The window between two samples of one disk over `secs` seconds, or `None` when the
/// disk sits this window out and the new sample is the baseline for the next: the I/O
/// counts went down (the device was removed and re-added), or a time counter went down
/// by more than a wrap explains (reset). `bound`: requests the disk can have in flight.
pub(crate) fn window(prev: &Counters, cur: &Counters, secs: f64, bound: u64) -> Option<DiskWindow> {
    if cur.rd_ios < prev.rd_ios || cur.wr_ios < prev.wr_ios || secs <= 0.0 {
        return None;
    }
    let elapsed_ms = secs * 1000.0;
    let rd_ticks = summed_delta(prev.rd_ticks, cur.rd_ticks, elapsed_ms, bound)?;
    let wr_ticks = summed_delta(prev.wr_ticks, cur.wr_ticks, elapsed_ms, bound)?;
    let rq_ticks = summed_delta(prev.rq_ticks, cur.rq_ticks, elapsed_ms, bound)?;
    let (rd_ios, wr_ios) = ((cur.rd_ios - prev.rd_ios) as f64, (cur.wr_ios - prev.wr_ios) as f64);
    // Sector counts are 64-bit and never wrap in practice; a decrease with rising I/O
    // counts is nonsense, so count it as no transfer, as iostat's unsigned maths cannot.
    let rd_sectors = cur.rd_sectors.saturating_sub(prev.rd_sectors) as f64;
    let wr_sectors = cur.wr_sectors.saturating_sub(prev.wr_sectors) as f64;
    let io_ticks = tick_delta(prev.io_ticks, cur.io_ticks) as f64;
    // io_ticks cannot grow faster than the wall clock. A decrease that would mean it did
    // is not a wrap but a counter that went backwards: iostat reports 0 then. The slack
    // covers jiffy granularity and the time between our clock read and the kernel's.
    let util = if cur.io_ticks < prev.io_ticks && io_ticks > elapsed_ms * 1.05 + 1000.0 {
        0.0
    } else {
        (io_ticks / elapsed_ms * 100.0).min(100.0)
    };
    let await_ms = |ticks: u64, ios: f64| if ios > 0.0 { ticks as f64 / ios } else { 0.0 };
    Some(DiskWindow {
        util_pct: round2(util),
        r_s: round2(rd_ios / secs),
        w_s: round2(wr_ios / secs),
        rkb_s: round2(rd_sectors / 2.0 / secs),
        wkb_s: round2(wr_sectors / 2.0 / secs),
        r_await_ms: round2(await_ms(rd_ticks, rd_ios)),
        w_await_ms: round2(await_ms(wr_ticks, wr_ios)),
        aqu_sz: round2(rq_ticks as f64 / elapsed_ms),
    })
}

/// What sysfs says about a device, looked up once per name.
#[derive(Clone, Copy)]
struct Device {
    physical: bool,
    /// Requests it can have in flight, for the wrap test of its time counters.
    queue_bound: u64,
}

/// One device as the samples have seen it. Kept from sample to sample and updated in
/// place, so a steady sample allocates nothing per line.
struct Slot {
    device: Device,
    /// The sample that last listed it.
    seen: u64,
    cur: Option<(Counters, Raw)>,
    /// Its counters at the sample before, if it was listed then.
    prev: Option<Counters>,
}

pub struct Diskstats {
    diskstats: PathBuf,
    sys_block: PathBuf,
    /// Every device of the latest sample, by name.
    devices: HashMap<String, Slot>,
    /// Samples taken so far.
    sample: u64,
    /// When the latest sample was taken.
    at: Option<Instant>,
    /// The file's bytes, reused every sample.
    buf: Vec<u8>,
    /// Lines whose malformation was already reported.
    warned: HashSet<String>,
}

impl Diskstats {
    pub fn new(proc_root: &Path, sys_root: &Path) -> Self {
        Diskstats {
            diskstats: proc_root.join("diskstats"),
            sys_block: sys_root.join("block"),
            devices: HashMap::new(),
            sample: 0,
            at: None,
            buf: Vec::new(),
            warned: HashSet::new(),
        }
    }

    /// A whole disk backed by hardware: `/sys/block/<name>` exists (not a partition) and
    /// has a `device` link (not loop, ram, zram, dm-*, md*). sysfs spells `/` as `!`.
    fn device(sys_block: &Path, name: &str) -> Device {
        let dir = sys_block.join(name.replace('/', "!"));
        let physical = std::fs::symlink_metadata(dir.join("device")).is_ok();
        let number = |p: &str| {
            file::read_text(&dir.join(p), 64).ok().and_then(|t| t.trim().parse::<u64>().ok()).filter(|&n| n > 0)
        };
        // blk-mq: nr_requests is per hardware queue.
        let hw_queues = std::fs::read_dir(dir.join("mq")).map(|d| d.count() as u64).unwrap_or(1).max(1);
        let queue_bound = number("queue/nr_requests").unwrap_or(DEFAULT_QUEUE_BOUND).saturating_mul(hw_queues);
        Device { physical, queue_bound }
    }

    fn warn_once(warned: &mut HashSet<String>, path: &Path, key: String, what: std::fmt::Arguments<'_>) {
        if warned.len() < 1024 && warned.insert(key) {
            log::warn!(target: NAME, "{}: skipping {what}", path.display());
        }
    }

    /// Take a sample into the slots: `cur` becomes `prev` for every device listed again.
    /// A failed sample leaves them as they were, so the next window spans it.
    pub fn take_sample(&mut self) -> Result<Instant> {
        let at = Instant::now();
        file::read_into(&self.diskstats, file::Links::Follow, MAX_DISKSTATS, &mut self.buf)
            .with_context(|| format!("cannot read {}", self.diskstats.display()))?;
        let this = self.sample + 1;
        let (mut good, mut bad) = (0, 0);
        for raw_line in self.buf.split(|&b| b == b'\n').filter(|l| !l.iter().all(u8::is_ascii_whitespace)) {
            let Ok(line) = std::str::from_utf8(raw_line) else {
                bad += 1;
                let shown = String::from_utf8_lossy(raw_line).into_owned();
                Self::warn_once(
                    &mut self.warned,
                    &self.diskstats,
                    shown.clone(),
                    format_args!("a line that is not UTF-8: {shown:?}"),
                );
                continue;
            };
            match parse_line(line) {
                Ok(Line::Device(name, counters, raw)) => {
                    good += 1;
                    let slot = match self.devices.get_mut(name) {
                        Some(slot) => slot,
                        None => self.devices.entry(name.to_string()).or_insert(Slot {
                            device: Self::device(&self.sys_block, name),
                            seen: 0,
                            cur: None,
                            prev: None,
                        }),
                    };
                    if slot.device.physical {
                        slot.prev = if slot.seen == this - 1 { slot.cur.map(|(c, _)| c) } else { None };
                        slot.cur = Some((counters, raw));
                    }
                    slot.seen = this;
                }
                Ok(Line::OldPartition) => good += 1,
                Err(why) => {
                    bad += 1;
                    let key = line.split_whitespace().nth(2).unwrap_or(line).to_string();
                    Self::warn_once(
                        &mut self.warned,
                        &self.diskstats,
                        key,
                        format_args!("malformed line {line:?}: {why}"),
                    );
                }
            }
        }
        if good == 0 && bad > 0 {
            bail!("{}: none of its {bad} lines could be read", self.diskstats.display());
        }
        // Names that left are forgotten, so a device re-added under the same name is
        // looked up again.
        self.devices.retain(|_, s| s.seen == this);
        self.sample = this;
        Ok(at)
    }
}

impl Collector for Diskstats {
    type Reading = DiskUtil;

    fn collect(&mut self) -> Result<Option<DiskUtil>> {
        let at = self.take_sample()?;
        let Some(before) = self.at.replace(at) else {
            return Ok(None); // the first sample only primes
        };
        let secs = at.duration_since(before).as_secs_f64();
        // Disks that appeared since the last sample have no window yet; vanished ones
        // simply drop out.
        let (mut disks, mut counters) = (BTreeMap::new(), BTreeMap::new());
        for (name, slot) in &self.devices {
            let (Some(prev), Some((cur, raw))) = (&slot.prev, &slot.cur) else { continue };
            if let Some(w) = window(prev, cur, secs, slot.device.queue_bound) {
                disks.insert(name.clone(), w);
                counters.insert(name.clone(), *raw);
            }
        }
        Ok(Some(DiskUtil { interval_s: (secs * 1e6).round() / 1e6, disks, counters }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    /// Counters in the order rd_ios, rd_sectors, rd_ticks, wr_ios, wr_sectors, wr_ticks,
    /// io_ticks, rq_ticks.
    fn c([rd_ios, rd_sectors, rd_ticks, wr_ios, wr_sectors, wr_ticks, io_ticks, rq_ticks]: [u64; 8]) -> Counters {
        Counters { rd_ios, rd_sectors, rd_ticks, wr_ios, wr_sectors, wr_ticks, io_ticks, rq_ticks }
    }

    #[test]
    fn parses_14_18_and_20_field_lines_alike() {
        let base = "   8       0 sda 100 5 2000 300 50 7 800 400 2 600 700";
        let want = c([100, 2000, 300, 50, 800, 400, 600, 700]);
        let counters = |line: &str| match parse_line(line).unwrap() {
            Line::Device("sda", c, raw) => (c, raw.count, raw.values),
            other => panic!("{other:?}"),
        };
        let (got, count, values) = counters(base);
        assert_eq!(
            (got, count, values[..11].to_vec()),
            (want, 11, vec![100, 5, 2000, 300, 50, 7, 800, 400, 2, 600, 700])
        );
        let (got, count, values) = counters(&format!("{base} 1 2 3 4"));
        assert_eq!((got, count, values[11..15].to_vec()), (want, 15, vec![1, 2, 3, 4]));
        let (got, count, values) = counters(&format!("{base} 1 2 3 4 5 6 7 8"));
        assert_eq!((got, count, values[16]), (want, 17, 6), "a future kernel's extra fields are ignored");
        assert_eq!(parse_line("   8    1 sda1 10 20 30 40").unwrap(), Line::OldPartition);
    }

    #[test]
    fn malformed_lines_say_why() {
        assert!(parse_line("8 0 sda 1 2 3").unwrap_err().contains("6 fields"));
        let err = parse_line("8 0 sda 1 2 3 x 5 6 7 8 9 10 11").unwrap_err();
        assert!(err.contains("field 7") && err.contains("\"x\""), "{err}");
        assert!(parse_line("8 0 sda 1 2 3 -4 5 6 7 8 9 10 11").is_err(), "negative counters are malformed");
    }

    #[test]
    fn window_matches_iostat_formulas() {
        // 10 s window: 200 reads of 400 sectors total taking 1000 ms, 50 writes of 1000
        // sectors taking 250 ms, 4000 ms busy, 5000 ms weighted queue time.
        let prev = c([1000, 8000, 5000, 300, 6000, 900, 10_000, 20_000]);
        let cur = c([1200, 8400, 6000, 350, 7000, 1150, 14_000, 25_000]);
        let w = window(&prev, &cur, 10.0, 128).unwrap();
        assert_eq!(
            w,
            DiskWindow {
                util_pct: 40.0,
                r_s: 20.0,
                w_s: 5.0,
                rkb_s: 20.0,
                wkb_s: 50.0,
                r_await_ms: 5.0,
                w_await_ms: 5.0,
                aqu_sz: 0.5,
            }
        );
    }

    #[test]
    fn idle_disk_has_zero_awaits_not_nan() {
        let s = c([5, 5, 5, 5, 5, 5, 5, 5]);
        let w = window(&s, &s, 30.0, 128).unwrap();
        assert_eq!((w.util_pct, w.r_await_ms, w.w_await_ms, w.aqu_sz), (0.0, 0.0, 0.0, 0.0));
    }

    #[test]
    fn io_ticks_wrap_at_32_bits_is_followed() {
        let prev = c([1, 0, 0, 1, 0, 0, TICKS_WRAP - 1000, TICKS_WRAP - 10]);
        let cur = c([2, 0, 0, 2, 0, 0, 3000, 90]);
        let w = window(&prev, &cur, 10.0, 128).unwrap();
        assert_eq!(w.util_pct, 40.0, "1000 ms before the wrap + 3000 after, over 10 s");
        assert_eq!(w.aqu_sz, 0.01, "time_in_queue wraps the same way");
    }

    #[test]
    fn io_ticks_going_backwards_reports_zero_like_iostat() {
        // Not a plausible wrap: it would mean 4e9 ms of busy time in 10 s.
        let prev = c([1, 0, 0, 1, 0, 0, 50_000, 0]);
        let cur = c([2, 0, 0, 2, 0, 0, 40_000, 0]);
        assert_eq!(window(&prev, &cur, 10.0, 128).unwrap().util_pct, 0.0);
    }

    #[test]
    fn time_counters_going_back_a_little_are_a_reset_not_a_wrap() {
        // rq_ticks 1000 ms lower: as a wrap that is 4.29e9 ms of queue time in 10 s,
        // which no 128-request queue can do (iostat printed aqu-sz 4294178).
        let prev = c([10, 0, 5000, 10, 0, 5000, 100, 90_000]);
        let cur = c([20, 0, 5100, 20, 0, 5100, 200, 89_000]);
        assert_eq!(window(&prev, &cur, 10.0, 128), None, "queue time reset: the disk sits out");
        let cur = c([20, 0, 4000, 20, 0, 5100, 200, 95_000]);
        assert_eq!(window(&prev, &cur, 10.0, 128), None, "read time reset (await 42949671 ms otherwise)");
        // A real wrap fits: 10 s at up to 128 in flight is 1.28e6 ms of queue time.
        let prev = c([10, 0, TICKS_WRAP - 500, 10, 0, 0, 100, TICKS_WRAP - 20_000]);
        let cur = c([20, 0, 1500, 20, 0, 0, 200, 30_000]);
        let w = window(&prev, &cur, 10.0, 128).expect("a wrap that fits the window");
        assert_eq!((w.r_await_ms, w.aqu_sz), (200.0, 5.0));
    }

    #[test]
    fn util_is_capped_at_100() {
        let prev = c([1, 0, 0, 1, 0, 0, 0, 0]);
        let cur = c([2, 0, 0, 2, 0, 0, 10_050, 0]);
        assert_eq!(window(&prev, &cur, 10.0, 128).unwrap().util_pct, 100.0);
    }

    #[test]
    fn re_added_device_restarts_from_the_new_sample() {
        let prev = c([1000, 10, 10, 1000, 10, 10, 10, 10]);
        let cur = c([3, 1, 1, 2, 1, 1, 1, 1]);
        assert_eq!(window(&prev, &cur, 10.0, 128), None);
    }

    use proptest::prelude::*;

    proptest! {
        #[test]
        fn parse_line_never_panics(line in "\\PC{0,200}") {
            let _ = parse_line(&line);
        }

        #[test]
        fn parse_line_never_panics_on_number_soup(line in "[0-9 a-z/!-]{0,120}") {
            let _ = parse_line(&line);
        }

        /// Lines of every kernel layout read back the counters from the right columns,
        /// whatever the numbers and the spacing.
        #[test]
        fn valid_lines_keep_their_counters(
            major in any::<u32>(), minor in any::<u32>(), name in "[a-z][a-z0-9!/-]{0,12}",
            fields in prop::collection::vec(any::<u64>(), 11), extra in prop::sample::select(vec![0usize, 4, 6]),
            pad in "[ \t]{1,3}",
        ) {
            let mut tokens = vec![major.to_string(), minor.to_string(), name.clone()];
            tokens.extend(fields.iter().map(u64::to_string));
            tokens.extend((0..extra).map(|i| i.to_string()));
            let line = tokens.join(&pad);
            let want = Counters {
                rd_ios: fields[0], rd_sectors: fields[2], rd_ticks: fields[3], wr_ios: fields[4],
                wr_sectors: fields[6], wr_ticks: fields[7], io_ticks: fields[9], rq_ticks: fields[10],
            };
            match parse_line(&line) {
                Ok(Line::Device(n, got, raw)) => {
                    prop_assert_eq!((n, got), (name.as_str(), want));
                    prop_assert_eq!(&raw.values[..11], &fields[..]);
                    prop_assert_eq!(usize::from(raw.count), 11 + extra);
                }
                other => prop_assert!(false, "{:?}", other),
            }
        }

        /// No window is ever negative, NaN or above 100% busy, whatever two samples say.
        #[test]
        fn windows_are_always_sane(a in prop::array::uniform8(0u64..1 << 33), b in prop::array::uniform8(0u64..1 << 33), secs in 0.001f64..100_000.0, bound in 1u64..4096) {
            if let Some(w) = window(&c(a), &c(b), secs, bound) {
                for v in [w.util_pct, w.r_s, w.w_s, w.rkb_s, w.wkb_s, w.r_await_ms, w.w_await_ms, w.aqu_sz] {
                    prop_assert!(v.is_finite() && v >= 0.0, "{w:?}");
                }
                prop_assert!(w.util_pct <= 100.0);
            }
        }
    }

    /// A fixture root: `proc/diskstats` plus `sys/block/<dev>` entries.
    struct Fixture {
        dir: tempfile::TempDir,
    }

    impl Fixture {
        fn new(physical: &[&str], virtual_: &[&str], partitions_of: &[(&str, &str)]) -> Self {
            let dir = tempfile::tempdir().unwrap();
            fs::create_dir_all(dir.path().join("proc")).unwrap();
            for d in physical {
                let p = dir.path().join("sys/block").join(d);
                fs::create_dir_all(&p).unwrap();
                std::os::unix::fs::symlink("../../devices/pci0000:00/x", p.join("device")).unwrap();
            }
            for d in virtual_ {
                fs::create_dir_all(dir.path().join("sys/block").join(d)).unwrap();
            }
            for (disk, part) in partitions_of {
                // Partitions live below their disk, never directly in /sys/block.
                fs::create_dir_all(dir.path().join("sys/block").join(disk).join(part)).unwrap();
            }
            Fixture { dir }
        }

        fn write(&self, text: &str) {
            fs::write(self.dir.path().join("proc/diskstats"), text).unwrap();
        }

        fn collector(&self) -> Diskstats {
            Diskstats::new(&self.dir.path().join("proc"), &self.dir.path().join("sys"))
        }
    }

    const FIRST: &str = "\
   7       0 loop0 10 0 100 1 0 0 0 0 0 5 1 0 0 0 0 0 0
 253       0 zram0 10 0 100 1 0 0 0 0 0 5 1
 252       0 dm-0 10 0 100 1 0 0 0 0 0 5 1 0 0 0 0
   9       0 md0 10 0 100 1 0 0 0 0 0 5 1 0 0 0 0
   1       0 ram0 10 0 100 1 0 0 0 0 0 5 1
   8       0 sda 100 0 1000 50 100 0 2000 50 0 1000 100
   8       1 sda1 100 0 1000 50 100 0 2000 50 0 1000 100
 259       0 nvme0n1 100 0 1000 50 100 0 2000 50 0 1000 100 0 0 0 0
 104       0 cciss/c0d0 100 0 1000 50 100 0 2000 50 0 1000 100 0 0 0 0 0 0
   3       1 hda1 10 20 30 40
   8      16 sdb 1 0 1 1 1 0 1 1 0 1 1 0 0 0 0 0 0
";

    #[test]
    fn selects_physical_disks_only_and_skips_the_first_report() {
        let fx = Fixture::new(
            &["sda", "nvme0n1", "cciss!c0d0", "sdb"],
            &["loop0", "zram0", "dm-0", "md0", "ram0"],
            &[("sda", "sda1")],
        );
        fx.write(FIRST);
        let mut col = fx.collector();
        assert!(Collector::collect(&mut col).unwrap().is_none(), "first sample only primes");
        std::thread::sleep(std::time::Duration::from_millis(50));
        // Second sample: sda gains 100 reads, sdb vanished, sdc appeared.
        fx.write(
            &FIRST.replace("8       0 sda 100 ", "8       0 sda 200 ").replace(" 8      16 sdb", " 8      32 sdc"),
        );
        fs::create_dir_all(fx.dir.path().join("sys/block/sdc")).unwrap();
        std::os::unix::fs::symlink("x", fx.dir.path().join("sys/block/sdc/device")).unwrap();
        let got = Collector::collect(&mut col).unwrap().unwrap();
        let names: Vec<&str> = got.disks.keys().map(String::as_str).collect();
        assert_eq!(names, ["cciss/c0d0", "nvme0n1", "sda"], "no partitions, virtual devices, vanished or new disks");
        assert!(got.interval_s > 0.0);
        let want_r_s = round2(100.0 / got.interval_s);
        assert!((got.disks["sda"].r_s - want_r_s).abs() <= want_r_s * 0.01 + 0.01, "{got:?}");
        assert_eq!(got.disks["nvme0n1"].r_s, 0.0);
    }

    #[test]
    fn malformed_lines_are_skipped_not_fatal() {
        let fx = Fixture::new(&["sda"], &[], &[]);
        let good = "8 0 sda 100 0 1000 50 100 0 2000 50 0 1000 100\n";
        fx.write(&format!("garbage\n8 16 sdb 1 2 x\n{good}"));
        let mut col = fx.collector();
        assert!(Collector::collect(&mut col).unwrap().is_none());
        fx.write(&format!("garbage\n8 16 sdb 1 2 x\n{}", good.replace("sda 100", "sda 150")));
        let got = Collector::collect(&mut col).unwrap().unwrap();
        assert!(got.disks["sda"].r_s > 0.0);
        assert_eq!(col.warned.len(), 2, "each bad line is reported once, not every sample");
    }

    #[test]
    fn a_line_that_is_not_utf8_is_skipped_not_the_file() {
        let fx = Fixture::new(&["sda"], &[], &[]);
        let good = "8 0 sda 100 0 1000 50 100 0 2000 50 0 1000 100\n";
        let mut bytes = b"8 16 sd\xff\xfe 1 0 1 1 1 0 1 1 0 1 1\n".to_vec();
        bytes.extend_from_slice(good.as_bytes());
        fs::write(fx.dir.path().join("proc/diskstats"), &bytes).unwrap();
        let mut col = fx.collector();
        assert!(Collector::collect(&mut col).unwrap().is_none());
        let mut bytes = b"8 16 sd\xff\xfe 1 0 1 1 1 0 1 1 0 1 1\n".to_vec();
        bytes.extend_from_slice(good.replace("sda 100", "sda 150").as_bytes());
        fs::write(fx.dir.path().join("proc/diskstats"), &bytes).unwrap();
        let got = Collector::collect(&mut col).unwrap().unwrap();
        assert!(got.disks["sda"].r_s > 0.0, "{got:?}");
        assert_eq!(col.warned.len(), 1, "reported once");
    }

    #[test]
    fn a_fifo_at_the_diskstats_path_is_an_error_not_a_hang() {
        let fx = Fixture::new(&["sda"], &[], &[]);
        let p = fx.dir.path().join("proc/diskstats");
        crate::util::file::mkfifo(&p);
        let err = format!("{:#}", Collector::collect(&mut fx.collector()).unwrap_err());
        assert!(err.contains("FIFO"), "{err}");
    }

    #[test]
    fn unreadable_or_garbage_file_is_an_error_naming_it() {
        let fx = Fixture::new(&["sda"], &[], &[]);
        let mut col = fx.collector();
        let err = format!("{:#}", Collector::collect(&mut col).unwrap_err());
        assert!(err.contains("proc/diskstats"), "{err}");
        fx.write("nothing useful here\nat all\n");
        let err = format!("{:#}", Collector::collect(&mut col).unwrap_err());
        assert!(err.contains("none of its 2 lines"), "{err}");
    }

    #[test]
    fn a_failed_sample_keeps_the_baseline() {
        let fx = Fixture::new(&["sda"], &[], &[]);
        fx.write("8 0 sda 100 0 1000 50 100 0 2000 50 0 1000 100\n");
        let mut col = fx.collector();
        assert!(Collector::collect(&mut col).unwrap().is_none());
        fs::remove_file(fx.dir.path().join("proc/diskstats")).unwrap();
        assert!(Collector::collect(&mut col).is_err());
        fx.write("8 0 sda 300 0 1000 50 100 0 2000 50 0 1000 100\n");
        let got = Collector::collect(&mut col).unwrap().expect("window spans the failed sample");
        assert!(got.disks["sda"].r_s > 0.0);
    }

    #[test]
    fn a_steady_sample_reads_without_allocating() {
        let names: Vec<String> =
            (0..40).map(|i| format!("sd{}", (b'a' + (i % 26) as u8) as char) + &i.to_string()).collect();
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        let fx = Fixture::new(&refs, &[], &[]);
        let text: String = names
            .iter()
            .enumerate()
            .map(|(i, n)| format!("8 {i} {n} 100 0 1000 50 100 0 2000 50 0 1000 100 0 0 0 0 0 0\n"))
            .collect();
        fx.write(&text);
        let mut col = fx.collector();
        col.take_sample().unwrap();
        let (n, r) = crate::alloc_count::allocations(|| col.take_sample());
        r.unwrap();
        assert_eq!(n, 0, "40 disks, no allocation");
        assert_eq!(col.devices.values().filter(|s| s.prev.is_some()).count(), 40);
    }
}
