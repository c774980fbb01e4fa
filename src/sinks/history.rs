//! The history on disk (`--history-dir`): every new sample of every collector appended
//! to `YYYY-MM-DD/<collector>.csv` (UTC days), finished days compressed to
//! `YYYY-MM-DD.tar.gz`, old days expired. docs/history.md has the layout.
//!
//! `deliver` only queues the report; the `history` lane writes it: one row per report,
//! one `write` on a file opened with `O_APPEND`, built in a reused buffer. The sink
//! holds the open files and their headers, never the rows. A full disk stops the rows
//! (said once) and the next row that fits starts them again; nothing else waits on it.

mod csv;
pub(crate) mod days;
mod place;

use crate::engine::sample::{MetricKind, Sample};
use crate::engine::sink::{Report, Sink};
use crate::util::crew::{Crew, Rules};
use crate::util::setting::BadSetting;
use crate::util::sync;
use rustix::fd::OwnedFd;
use std::collections::{HashMap, VecDeque};
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The built-in `--history-days`, as SlapOS keeps.
pub(crate) const DEFAULT_DAYS: u32 = 15;

#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "Output: history on disk")]
#[group(id = "history-output")]
pub(crate) struct Args {
    /// Keep every sample in a CSV file per day and collector under DIR, finished days compressed (the package suggests /var/lib/gatherer/history) [default: off]
    #[arg(long, env = "GATHERER_HISTORY_DIR", value_name = "DIR")]
    pub(crate) history_dir: Option<PathBuf>,

    /// Delete days older than this many days
    #[arg(long, env = "GATHERER_HISTORY_DAYS", default_value_t = DEFAULT_DAYS, value_name = "DAYS")]
    pub(crate) history_days: u32,

    /// Size limit of the history; beyond it the oldest days are deleted (K, M, G suffixes)
    #[arg(long, env = "GATHERER_HISTORY_MAX_BYTES", default_value = "256M", value_name = "BYTES")]
    pub(crate) history_max_bytes: String,
}

/// `--history-dir` as given (blank is off), for outputs that read the history (the page).
pub(crate) fn dir(m: &clap::ArgMatches) -> Option<PathBuf> {
    let a = <Args as clap::FromArgMatches>::from_arg_matches(m).expect("the history's flags are defined");
    a.history_dir.filter(|d| !d.as_os_str().is_empty())
}

/// The validated history settings.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Settings {
    pub(crate) dir: PathBuf,
    pub(crate) days: u32,
    pub(crate) max_bytes: u64,
}

pub(crate) struct Kind;
pub(crate) static KIND: super::Kind<Kind> = super::Kind::NEW;

/// Where the package suggests the history (the unit lets the daemon write there).
pub(crate) const SUGGESTED_DIR: &str = "/var/lib/gatherer/history";

impl super::OutputKind for Kind {
    const NAME: &'static str = "history";
    const DIRS: &'static [&'static str] = &[SUGGESTED_DIR];
    type Args = Args;

    fn settings(a: Args, _cx: &super::Context) -> Result<Option<Box<dyn super::Output>>, BadSetting> {
        let Some(dir) = a.history_dir.filter(|d| !d.as_os_str().is_empty()) else { return Ok(None) };
        if a.history_days == 0 {
            return Err(crate::util::setting::bad("history-days", "0", "expected at least 1 day"));
        }
        let max_bytes = super::bytes("history-max-bytes", &a.history_max_bytes)?;
        Ok(Some(Box::new(Settings { dir, days: a.history_days, max_bytes })))
    }
}

impl super::Output for Settings {
    fn start(&self, _cx: &super::Start) -> anyhow::Result<Arc<dyn Sink>> {
        log::info!(
            "keeping the history in {} ({} days, at most {} bytes)",
            self.dir.display(),
            self.days,
            self.max_bytes
        );
        let keep = days::Keep { days: self.days, max_bytes: self.max_bytes };
        Ok(Arc::new(History::new(Writer::new(self.dir.clone(), keep))))
    }

    /// `gatherer once` leaves the history to the daemon: two writers of one day's
    /// files could each start a part.
    fn in_once(&self) -> bool {
        false
    }

    fn dirs_to_prepare(&self) -> Vec<PathBuf> {
        vec![self.dir.clone()]
    }
}

/// Seconds in a day; days are UTC.
const DAY: i64 = 86_400;

/// How long after midnight the day before is archived: a report measured just before
/// midnight but delivered after a report of the new day still finds its folder.
const GRACE: i64 = 60;

/// Reports waiting for the lane at most; beyond, the oldest are dropped (and counted).
/// At the usual intervals that is hours of rows: only a disk that hangs gets there.
const MAX_WAITING: usize = 10_000;

/// Free space on the history's filesystem after which rows are tried again once a
/// write found it full.
const ROOM: u64 = 64 << 10;

/// The most parts of one collector in one day (a collector whose series change every
/// report would otherwise make a file per row).
const MAX_PARTS: u32 = 1_000;

/// The sink: reports wait in a queue, and the `history` lane writes them in turn.
pub(crate) struct History {
    shared: Arc<Shared>,
    lane: Crew<()>,
}

struct Shared {
    waiting: Mutex<Waiting>,
    writer: Mutex<Writer>,
}

#[derive(Default)]
struct Waiting {
    reports: VecDeque<Arc<Report>>,
    /// Reports dropped because the lane was that far behind, not yet said.
    dropped: u64,
}

impl History {
    fn new(writer: Writer) -> History {
        let shared = Arc::new(Shared { waiting: Mutex::default(), writer: Mutex::new(writer) });
        let s = shared.clone();
        // Rust's default stack, not a lane's small one: the deflate state of an archive
        // is built on the stack before it is boxed (a debug build overflowed 256 KiB).
        let rules = Rules { stack: None, ..Rules::lane("history") };
        let lane = Crew::new(rules, move |()| {
            let mut w = sync::lock(&s.writer);
            w.tick(crate::util::timefmt::now_unix_ms().div_euclid(1000));
            loop {
                let (next, dropped) = {
                    let mut q = sync::lock(&s.waiting);
                    (q.reports.pop_front(), std::mem::take(&mut q.dropped))
                };
                if dropped > 0 {
                    log::error!("history: {dropped} reports dropped: the history's disk is too slow to keep up");
                }
                let Some(report) = next else { break };
                w.write(&report);
            }
        });
        let h = History { shared, lane };
        // The upkeep at start (days left from before), before the first report.
        h.lane.submit(());
        h
    }
}

impl Sink for History {
    fn name(&self) -> &'static str {
        "history"
    }

    fn deliver(&self, report: &Arc<Report>) {
        if !report.is_new() {
            return;
        }
        {
            let mut q = sync::lock(&self.shared.waiting);
            if q.reports.len() >= MAX_WAITING {
                q.reports.pop_front();
                q.dropped += 1;
            }
            q.reports.push_back(report.clone());
        }
        // No thread to write it now (said by the crew): it waits for the next report's.
        let _ = self.lane.submit(());
    }

    fn flush(&self, collector: &str, limit: Duration) -> Result<(), String> {
        if !self.lane.wait_idle(limit) {
            return Err(format!("the history was not written within {limit:?}"));
        }
        let w = sync::lock(&self.shared.writer);
        match w.slots.get(collector).and_then(|s| s.error.clone()) {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    fn close(&self, limit: Duration) {
        if !self.lane.wait_idle(limit) {
            log::warn!("stopping without waiting longer for the history (a write hangs)");
        }
    }
}

/// Writes reports as rows, and looks after the days. Driven by the lane, or by a test
/// with the times it chooses.
pub(crate) struct Writer {
    dir: PathBuf,
    keep: days::Keep,
    root: Option<OwnedFd>,
    /// Why the history directory cannot be used, said once until it can.
    root_error: Option<String>,
    /// The day of the last upkeep: the days before it are finished (archived).
    upkept: Option<i64>,
    /// Rows left out since the last upkeep because their day is archived already.
    late: u64,
    day: Option<OpenDay>,
    slots: HashMap<&'static str, Slot>,
    /// Bytes the history holds: the last upkeep's count, plus what was written since.
    used: u64,
    stop: Option<Stop>,
    /// What upkeeps left alone as not the history's, said once each.
    left_said: std::collections::HashSet<String>,
    /// Whether the directory's lack of the marker was said.
    unmarked_said: bool,
    /// Reused for every row: a steady report allocates nothing here.
    row: Vec<u8>,
    name: String,
    values: Vec<f64>,
    fresh: Vec<Box<str>>,
}

/// The folder of the day rows go to.
struct OpenDay {
    day: i64,
    fd: OwnedFd,
    shown: PathBuf,
}

/// Why rows are not written at all for now, and how many were not.
enum Stop {
    /// The disk (or the user's quota) is full: every row is tried, the first that fits
    /// ends this.
    NoSpace { lost: u64 },
    /// Today alone is over `--history-max-bytes`: no row until the day changes.
    OverSize { day: i64, lost: u64 },
}

/// One collector's file of the day.
#[derive(Default)]
struct Slot {
    part: Option<Part>,
    /// Why its rows cannot be written (said once until they can), and how many were not.
    error: Option<String>,
    lost: u64,
    /// The bytes of its parts of the open day (counted when its part is opened).
    bytes: u64,
    /// Set when it alone holds half of `--history-max-bytes` of a day.
    over: Option<Over>,
}

/// A collector stopped for the day `day`, and how many of its rows were not written.
#[derive(Debug)]
struct Over {
    day: i64,
    lost: u64,
}

/// The part rows are appended to: `<collector>.csv`, `<collector>.N.csv`.
struct Part {
    n: u32,
    file: File,
    size: u64,
    columns: Vec<Box<str>>,
    index: HashMap<Box<str>, usize>,
    /// Whether the header is on disk; when not, `columns` are those it will start with.
    header: bool,
    shown: PathBuf,
}

impl Part {
    fn new(n: u32, file: File, size: u64, columns: Vec<Box<str>>, header: bool, shown: PathBuf) -> Part {
        let mut p = Part { n, file, size, columns: Vec::new(), index: HashMap::new(), header, shown };
        p.set_columns(columns);
        p
    }

    fn set_columns(&mut self, columns: Vec<Box<str>>) {
        self.index = columns.iter().enumerate().map(|(i, c)| (c.clone(), i)).collect();
        self.columns = columns;
    }

    /// Append `bytes` in one write; on failure cut back what went in, so the file never
    /// keeps half a line.
    fn append(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        match (&self.file).write_all(bytes) {
            Ok(()) => {
                self.size += bytes.len() as u64;
                Ok(())
            }
            Err(e) => {
                let _ = self.file.set_len(self.size);
                Err(e)
            }
        }
    }
}

fn part_name(collector: &str, n: u32) -> String {
    match n {
        1 => format!("{collector}.csv"),
        n => format!("{collector}.{n}.csv"),
    }
}

/// A sample's column: its Prometheus family name (the documented, node_exporter-style
/// name, unique across collectors), then its identifying labels as `{k=v,k=v}`. A
/// counter's name ends in `_total` (as Prometheus names them; added should a family
/// lack it), and only a counter's: a reader tells counters, to turn into rates, by it.
fn series_name(s: &Sample, out: &mut String) {
    out.clear();
    // As /metrics writes it: a field with dots or dashes (a provider's stat, a script's
    // value) becomes the same name in both, so a series is found by one name.
    super::prometheus::push_name(out, s.prom_parts(), true);
    if s.metric.kind == MetricKind::Counter && !out.ends_with("_total") {
        out.push_str("_total");
    }
    let mut first = true;
    for l in s.labels.iter().filter(|l| l.identifies) {
        out.push(if first { '{' } else { ',' });
        first = false;
        out.push_str(l.key);
        out.push('=');
        out.push_str(&l.value);
    }
    if !first {
        out.push('}');
    }
}

/// Whether [`ROOM`] bytes are free to write, given the filesystem's free blocks: those
/// free to anyone (`bavail`), and all of them (`bfree`), which root may write into
/// down to the last (ext4 reserves 5% for root by default).
fn room_in(bavail: u64, bfree: u64, frsize: u64, root_user: bool) -> bool {
    let free = if root_user { bfree } else { bavail };
    free.saturating_mul(frsize) >= ROOM
}

fn no_space(e: &std::io::Error) -> bool {
    matches!(place::os_code(e), Some(libc::ENOSPC) | Some(libc::EDQUOT))
}

impl Writer {
    pub(crate) fn new(dir: PathBuf, keep: days::Keep) -> Writer {
        Writer {
            dir,
            keep,
            root: None,
            root_error: None,
            upkept: None,
            late: 0,
            day: None,
            slots: HashMap::new(),
            used: 0,
            stop: None,
            left_said: std::collections::HashSet::new(),
            unmarked_said: false,
            row: Vec::new(),
            name: String::new(),
            values: Vec::new(),
            fresh: Vec::new(),
        }
    }

    /// The history directory, opened (and made) once: a directory of ours that nobody
    /// else may write in, reached through no other user's symlink.
    fn root(&mut self) -> Option<&OwnedFd> {
        if self.root.is_none() {
            match open_root(&self.dir) {
                Ok(fd) => {
                    if self.root_error.take().is_some() {
                        log::info!("history: {} can be used again", self.dir.display());
                    }
                    self.root = Some(fd);
                }
                Err(e) => {
                    let text = format!("{e:#}");
                    if self.root_error.as_ref() != Some(&text) {
                        log::error!("history: {text}; no rows are written until it can be used");
                    }
                    self.root_error = Some(text);
                }
            }
        }
        self.root.as_ref()
    }

    /// Whether the history's filesystem has [`ROOM`] free for this daemon (or cannot say).
    fn room(&self) -> bool {
        let Some(root) = &self.root else { return true };
        let root_user = rustix::process::geteuid().is_root();
        rustix::fs::fstatvfs(root).map_or(true, |st| room_in(st.f_bavail, st.f_bfree, st.f_frsize, root_user))
    }

    /// At `now` (Unix seconds): when the day (less the grace) is not the one of the last
    /// upkeep, archive the days before it and apply the retention.
    pub(crate) fn tick(&mut self, now: i64) {
        let today = (now - GRACE).div_euclid(DAY);
        match self.upkept {
            Some(u) if u == today => return,
            Some(u) if u > today => log::warn!(
                "history: the clock went back from {} to {}; the days are looked after from {} on",
                crate::util::timefmt::date(u),
                crate::util::timefmt::date(today),
                crate::util::timefmt::date(today)
            ),
            _ => {}
        }
        self.upkeep(today, 0);
    }

    /// Look after the days as of `today`, making `room` bytes below the size limit.
    fn upkeep(&mut self, today: i64, room: u64) {
        let keep = days::Keep { max_bytes: self.keep.max_bytes.saturating_sub(room), ..self.keep };
        let dir = self.dir.clone();
        let Some(root) = self.root() else { return };
        let up = days::upkeep(root, &dir, today, keep);
        say(&dir, &up, self.keep);
        for l in &up.left {
            if self.left_said.insert(l.clone()) {
                log::warn!("history: {l}");
            }
        }
        if up.unmarked && !std::mem::replace(&mut self.unmarked_said, true) {
            log::warn!(
                "history: {} held files already when the history was first opened there and has no {} file: \
                 rows are written, but nothing there is archived or deleted (touch {} if the days in it are \
                 gatherer's)",
                dir.display(),
                days::MARKER,
                dir.join(days::MARKER).display()
            );
        }
        // A directory that could not be listed keeps the last count, so the bound
        // still holds.
        if up.listed {
            self.used = up.bytes;
        }
        // Set, not only moved forward: after a clock set back, the days from today on
        // are written and archived again in turn.
        self.upkept = Some(today);
        if self.late > 0 {
            log::warn!(
                "history: {} rows measured on days already archived were left out since the last upkeep",
                self.late
            );
            self.late = 0;
        }
        // A folder archived here may be the one rows went to.
        if self.day.as_ref().is_some_and(|d| d.day < today) {
            self.day = None;
            self.slots.values_mut().for_each(|s| s.part = None);
        }
        for (collector, slot) in &mut self.slots {
            if let Some(over) = slot.over.as_ref().filter(|o| o.day < today) {
                log::info!("history: a new day; {collector} rows are written again ({} were not)", over.lost);
                slot.over = None;
            }
        }
        if let Some(Stop::OverSize { day, lost }) = self.stop {
            if day < today {
                log::info!("history: a new day; rows are written again ({lost} were not)");
                self.stop = None;
            }
        }
    }

    /// Whether `day`'s archive is in place: its rows are left out.
    fn is_archived(&mut self, day: i64) -> bool {
        let name = days::archive_name(&crate::util::timefmt::date(day));
        self.root().is_some_and(|root| place::look(root, name.as_str()).is_ok())
    }

    /// Append the report's row to its collector's file of its day.
    pub(crate) fn write(&mut self, report: &Report) {
        let (Some(t), Some(measured)) = (report.envelope.measured_at_unix, report.measured.as_ref()) else { return };
        let day = t.div_euclid(DAY);
        if self.day.as_ref().map(|d| d.day) != Some(day) && self.is_archived(day) {
            // Measured that late, or the clock went back past midnight: its folder
            // would be removed as already archived.
            self.late += 1;
            if self.late == 1 {
                log::warn!(
                    "history: a row of {} measured on {}, a day already archived, is left out (counted)",
                    report.collector,
                    crate::util::timefmt::date(day)
                );
            }
            return;
        }
        let room = self.room();
        match &mut self.stop {
            Some(Stop::OverSize { lost, .. }) => {
                *lost += 1;
                return;
            }
            // Not tried until there is room: a row would often still fit in the last
            // block of its file, and the pause would be said over and over.
            Some(Stop::NoSpace { lost }) if !room => {
                *lost += 1;
                return;
            }
            _ => {}
        }
        let collector = report.collector;
        if let Some(over) = self.slots.get_mut(collector).and_then(|s| s.over.as_mut()) {
            if over.day == day {
                over.lost += 1;
                return;
            }
        }
        if self.root().is_none() {
            // Said once by `root`; the row is counted as the collector's.
            self.slots.entry(collector).or_default().lost += 1;
            return;
        }
        match self.row_for(collector, day, t, &measured.samples) {
            Ok(()) => self.put(collector, day),
            Err(e) => self.failed(collector, e),
        }
    }

    /// Open what the row goes to and build it (and a new part's header) in `row`.
    fn row_for(&mut self, collector: &'static str, day: i64, t: i64, samples: &[Sample]) -> std::io::Result<()> {
        if self.day.as_ref().map(|d| d.day) != Some(day) {
            self.day = None;
            self.slots.values_mut().for_each(|s| s.part = None);
            let dir = self.dir.clone();
            let Some(root) = self.root() else {
                return Err(std::io::Error::other(format!("{} cannot be used", dir.display())));
            };
            let date = crate::util::timefmt::date(day);
            let shown = dir.join(&date);
            let fd = place::make_dir(root, &date, &shown)?;
            self.day = Some(OpenDay { day, fd, shown });
        }
        let open = self.day.as_ref().expect("opened above");
        let slot = self.slots.entry(collector).or_default();
        if slot.part.is_none() {
            let (part, bytes) = open_part(&open.fd, &open.shown, collector)?;
            slot.part = Some(part);
            slot.bytes = bytes;
        }
        let part = slot.part.as_mut().expect("opened above");

        // Whether every sample has its column.
        let mut known = part.header;
        for s in samples.iter().filter(|s| s.metric.kind != MetricKind::Info) {
            if !known {
                break;
            }
            series_name(s, &mut self.name);
            known = part.index.contains_key(self.name.as_str());
        }
        self.row.clear();
        if !known {
            // The columns of this report, each once: a series gone is not carried over,
            // so a collector whose series keep changing does not drag them all along.
            self.fresh.clear();
            let mut seen = std::collections::HashSet::new();
            for s in samples.iter().filter(|s| s.metric.kind != MetricKind::Info) {
                series_name(s, &mut self.name);
                if seen.insert(self.name.clone()) {
                    self.fresh.push(self.name.as_str().into());
                }
            }
            let columns = std::mem::take(&mut self.fresh);
            if part.header {
                *part = new_part(&open.fd, &open.shown, collector, part.n + 1, columns)?;
            } else {
                part.set_columns(columns);
            }
            csv::push_header(&mut self.row, &part.columns);
        }
        self.values.clear();
        self.values.resize(part.columns.len(), f64::NAN);
        for s in samples.iter().filter(|s| s.metric.kind != MetricKind::Info) {
            series_name(s, &mut self.name);
            if let Some(&i) = part.index.get(self.name.as_str()) {
                self.values[i] = s.value;
            }
        }
        let _ = write!(self.row, "{t}");
        for v in &self.values {
            self.row.push(b',');
            if v.is_finite() {
                let _ = write!(self.row, "{v}");
            }
        }
        self.row.push(b'\n');
        Ok(())
    }

    /// Write the row built in `row`, within the size limit.
    fn put(&mut self, collector: &'static str, day: i64) {
        let len = self.row.len() as u64;
        let half = self.keep.max_bytes / 2;
        if let Some(slot) = self.slots.get_mut(collector).filter(|s| s.bytes + len > half) {
            log::warn!(
                "history: {collector} alone holds {} bytes of {}, half of --history-max-bytes {}: its rows are not \
                 written until the day changes (do its series change at every report?); the other collectors' are",
                slot.bytes,
                crate::util::timefmt::date(day),
                self.keep.max_bytes
            );
            slot.over = Some(Over { day, lost: 1 });
            return;
        }
        if self.used + len > self.keep.max_bytes {
            // As of the last tick's day, not the row's: within the grace after midnight
            // the day before is not archived yet.
            self.upkeep(self.upkept.map_or(day, |u| u.min(day)), len);
            if self.used + len > self.keep.max_bytes {
                log::warn!(
                    "history: today alone holds {} bytes, at --history-max-bytes {}: today's rows are not written \
                     until the day changes",
                    self.used,
                    self.keep.max_bytes
                );
                self.stop = Some(Stop::OverSize { day, lost: 1 });
                return;
            }
        }
        // The upkeep above never lets go of the day's files: the part is still open.
        let Some(part) = self.slots.get_mut(collector).and_then(|s| s.part.as_mut()) else { return };
        match part.append(&self.row) {
            Ok(()) => {
                part.header = true;
                self.used += len;
                let slot = self.slots.get_mut(collector).expect("found above");
                slot.bytes += len;
                if slot.error.take().is_some() {
                    log::info!("history: {collector} rows are written again ({} were not)", slot.lost);
                    slot.lost = 0;
                }
                if let Some(Stop::NoSpace { lost }) = self.stop.take() {
                    log::info!("history: space came back; rows are written again ({lost} were not)");
                }
            }
            Err(e) => {
                let e = place::named(e, "write", &part.shown);
                self.failed(collector, e);
            }
        }
    }

    fn failed(&mut self, collector: &'static str, e: std::io::Error) {
        if no_space(&e) {
            match &mut self.stop {
                Some(Stop::NoSpace { lost }) => *lost += 1,
                _ => {
                    log::error!("history: {e}; rows are not written until space comes back (counted)");
                    self.stop = Some(Stop::NoSpace { lost: 1 });
                }
            }
            return;
        }
        let slot = self.slots.entry(collector).or_default();
        // Opened again at the next row: its header read back, a torn line cut.
        slot.part = None;
        slot.lost += 1;
        let text = format!("history: {e}");
        if slot.error.as_ref() != Some(&text) {
            log::error!("{text}; its rows are not written (counted)");
        }
        slot.error = Some(text);
    }
}

/// Open the history directory `dir`, made if missing: a directory of this daemon's user
/// that no one else may write in, reached through no other user's symlink.
fn open_root(dir: &Path) -> anyhow::Result<OwnedFd> {
    use anyhow::Context;
    use std::os::unix::fs::DirBuilderExt;
    crate::util::file::refuse_foreign_symlinks(dir, &[place::me()])
        .with_context(|| format!("cannot use history directory {}", dir.display()))?;
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(place::DIR_MODE)
        .create(dir)
        .with_context(|| format!("cannot create history directory {}", dir.display()))?;
    let flags = rustix::fs::OFlags::RDONLY
        | rustix::fs::OFlags::DIRECTORY
        | rustix::fs::OFlags::NOFOLLOW
        | rustix::fs::OFlags::NONBLOCK
        | rustix::fs::OFlags::CLOEXEC;
    let fd = rustix::fs::open(dir, flags, rustix::fs::Mode::empty()).map_err(|e| match e {
        rustix::io::Errno::LOOP | rustix::io::Errno::NOTDIR => {
            anyhow::anyhow!("history directory {} is not a directory (or is a symlink); refusing it", dir.display())
        }
        e => anyhow::anyhow!("cannot open history directory {}: {e}", dir.display()),
    })?;
    let st = rustix::fs::fstat(&fd)?;
    if st.st_uid != place::me() {
        anyhow::bail!(
            "history directory {} belongs to uid {}, not to this daemon (uid {}); refusing it",
            dir.display(),
            st.st_uid,
            place::me()
        );
    }
    if st.st_mode & 0o022 != 0 {
        anyhow::bail!(
            "history directory {} is writable by others (mode {:o}), who could plant or swap its files; refusing it \
             (chmod go-w)",
            dir.display(),
            st.st_mode & 0o7777
        );
    }
    // An empty directory becomes the history's; one that held files already is not
    // taken over (days::MARKER says why).
    if !days::is_marked(&fd) && place::entries(&fd).is_ok_and(|e| e.is_empty()) {
        let shown = dir.join(days::MARKER);
        let mut f = place::create_new(&fd, days::MARKER, &shown)?;
        f.write_all(days::MARKER_TEXT.as_bytes()).with_context(|| format!("cannot write {}", shown.display()))?;
        // The history may be private: the service makes the directory with the umask's
        // mode (0755).
        rustix::fs::fchmod(&fd, rustix::fs::Mode::from_raw_mode(place::DIR_MODE))
            .with_context(|| format!("cannot chmod {}", dir.display()))?;
    }
    Ok(fd)
}

/// The part of `collector` rows go to in the day's folder `day`: the highest that
/// exists, its header read back and a torn last line cut; or the first, made. With the
/// bytes of all its parts that day.
fn open_part(day: &OwnedFd, shown: &Path, collector: &str) -> std::io::Result<(Part, u64)> {
    let mut n = 1;
    let mut before = 0;
    while n < MAX_PARTS && place::look(day, part_name(collector, n + 1).as_str()).is_ok() {
        before += place::look(day, part_name(collector, n).as_str()).map_or(0, |st| st.st_size as u64);
        n += 1;
    }
    let part = open_highest(day, shown, collector, n)?;
    let bytes = before + part.size;
    Ok((part, bytes))
}

fn open_highest(day: &OwnedFd, shown: &Path, collector: &str, mut n: u32) -> std::io::Result<Part> {
    loop {
        let name = part_name(collector, n);
        let path = shown.join(&name);
        let (file, _) = place::open_file(day, &name, true, &path)?;
        match csv::read_head(&file).map_err(|e| place::named(e, "read", &path))? {
            csv::Head::Columns(columns, len) => {
                let size = csv::cut_torn_tail(&file, len).map_err(|e| place::named(e, "mend", &path))?;
                return Ok(Part::new(n, file, size, columns, true, path));
            }
            csv::Head::Empty | csv::Head::Torn => {
                // Made, or its header cut short, by a kill: written anew, with the
                // columns of the next report.
                file.set_len(0).map_err(|e| place::named(e, "mend", &path))?;
                return Ok(Part::new(n, file, 0, Vec::new(), false, path));
            }
            csv::Head::Foreign => {
                log::warn!(
                    "history: {} does not start with a header of ours; rows go to the next part",
                    path.display()
                );
                n += 1;
                if n > MAX_PARTS {
                    return Err(too_many_parts(shown, collector));
                }
            }
        }
    }
}

/// A new part `n` (or the next free one) of `collector`, to start with `columns`.
fn new_part(day: &OwnedFd, shown: &Path, collector: &str, mut n: u32, columns: Vec<Box<str>>) -> std::io::Result<Part> {
    loop {
        if n > MAX_PARTS {
            return Err(too_many_parts(shown, collector));
        }
        let name = part_name(collector, n);
        let path = shown.join(&name);
        let (file, st) = place::open_file(day, &name, true, &path)?;
        if st.st_size == 0 {
            return Ok(Part::new(n, file, 0, columns, false, path));
        }
        n += 1;
    }
}

fn too_many_parts(shown: &Path, collector: &str) -> std::io::Error {
    std::io::Error::other(format!(
        "{}: {collector} has {MAX_PARTS} parts today (its series change at every report?); no more are made today",
        shown.display()
    ))
}

/// Log what an upkeep did: the days archived and deleted, each counted.
fn say(dir: &Path, up: &days::Upkeep, keep: days::Keep) {
    for e in &up.errors {
        log::error!("history: {e}");
    }
    if !up.did_something() {
        return;
    }
    let mut parts = Vec::new();
    let list = |v: &[String]| v.join(", ");
    if !up.archived.is_empty() {
        parts.push(format!("archived {} days ({})", up.archived.len(), list(&up.archived)));
    }
    if !up.leftover_folders.is_empty() {
        parts.push(format!(
            "removed {} folders already archived ({})",
            up.leftover_folders.len(),
            list(&up.leftover_folders)
        ));
    }
    if up.temporaries > 0 {
        parts.push(format!("removed {} unfinished archives", up.temporaries));
    }
    if !up.expired.is_empty() {
        parts.push(format!(
            "deleted {} days older than --history-days {} ({})",
            up.expired.len(),
            keep.days,
            list(&up.expired)
        ));
    }
    if !up.over_size.is_empty() {
        parts.push(format!(
            "deleted {} days over --history-max-bytes {} ({})",
            up.over_size.len(),
            keep.max_bytes,
            list(&up.over_size)
        ));
    }
    log::info!("history {}: {}; it holds {} bytes", dir.display(), parts.join("; "), up.bytes);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::sample::{Metric, Unit};
    use crate::engine::sink::report_of;

    static BUSY: Metric =
        Metric { name: "busy", prom: "busy", help: "h", kind: MetricKind::Gauge, unit: Unit::Percent };
    static USED: Metric =
        Metric { name: "used_{}", prom: "node_used_{}_bytes", help: "h", kind: MetricKind::Gauge, unit: Unit::Bytes };
    static INFO: Metric = Metric { name: "info", prom: "i", help: "h", kind: MetricKind::Info, unit: Unit::Number };
    static TOTAL: Metric =
        Metric { name: "reads_total", prom: "reads_total", help: "h", kind: MetricKind::Counter, unit: Unit::Number };
    static BYTES: Metric =
        Metric { name: "rx_bytes", prom: "rx_bytes", help: "h", kind: MetricKind::Counter, unit: Unit::Bytes };

    /// A day well inside any clock's range: 2026-03-02.
    const D: i64 = 20_514;

    fn keep() -> days::Keep {
        days::Keep { days: 15, max_bytes: 1 << 30 }
    }

    fn writer(dir: &Path) -> Writer {
        Writer::new(dir.to_path_buf(), keep())
    }

    fn at(day: i64, secs: i64) -> i64 {
        day * DAY + secs
    }

    fn read(path: &Path) -> String {
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    fn samples(busy: f64) -> Vec<Sample> {
        vec![
            Sample::new(&BUSY, busy),
            Sample::of_field(&USED, "root", 5.0).label("mount", "/a,b").info("fstype", "ext4"),
            Sample::new(&INFO, 1.0).info("model", "x"),
            Sample::new(&TOTAL, 1e21).label("disk", "sda").label("q", "say \"hi\""),
            Sample::new(&BYTES, 7.0).label("device", "eth0"),
        ]
    }

    /// The header names every series as the contract says; a row per report; NaN and a
    /// series missing from a report are empty cells; annotations are left out.
    #[test]
    fn rows_follow_the_header() {
        let dir = tempfile::tempdir().unwrap();
        let mut w = writer(dir.path());
        w.tick(at(D, 3600));
        w.write(&report_of("cpu", samples(12.5), at(D, 3600)));
        w.write(&report_of("cpu", samples(f64::NAN), at(D, 3601)));
        let mut fewer = samples(f64::INFINITY);
        fewer.remove(1);
        w.write(&report_of("cpu", fewer, at(D, 3602)));
        let date = crate::util::timefmt::date(D);
        assert_eq!(date, "2026-03-02");
        let t = at(D, 3600);
        assert_eq!(
            read(&dir.path().join("2026-03-02/cpu.csv")),
            format!(
                "time,busy,\"node_used_root_bytes{{mount=/a,b}}\",\"reads_total{{disk=sda,q=say \"\"hi\"\"}}\",\
                 rx_bytes_total{{device=eth0}}\n\
                 {t},12.5,5,1000000000000000000000,7\n{},,5,1000000000000000000000,7\n\
                 {},,,1000000000000000000000,7\n",
                t + 1,
                t + 2
            )
        );
    }

    /// A field that is no valid Prometheus name part (a provider's dotted stat, a
    /// script's `foo.bar`) is named in the header as /metrics names it.
    #[test]
    fn a_fields_column_is_named_as_on_metrics() {
        static TAHOE: Metric = Metric {
            name: "c.{}",
            prom: "tahoe_counters_{}",
            help: "h",
            kind: MetricKind::Counter,
            unit: Unit::Number,
        };
        let dir = tempfile::tempdir().unwrap();
        let mut w = writer(dir.path());
        let t = at(D, 100);
        let s = Sample::of_field(&TAHOE, "storage_server.allocate", 3.0).label("provider", "n1");
        w.write(&report_of("providers", vec![s], t));
        assert_eq!(
            read(&dir.path().join("2026-03-02/providers.csv")),
            format!("time,tahoe_counters_storage_server_allocate_total{{provider=n1}}\n{t},3\n")
        );
    }

    /// A series that appears mid-day starts part 2 holding the columns of that report
    /// only (a series gone is not carried over); a restart goes on in the highest part.
    #[test]
    fn a_new_series_starts_a_part_with_the_reports_columns() {
        let dir = tempfile::tempdir().unwrap();
        let mut w = writer(dir.path());
        let t = at(D, 100);
        w.write(&report_of("mem", vec![Sample::new(&BUSY, 1.0)], t));
        w.write(&report_of("mem", vec![Sample::of_field(&USED, "x", 2.0)], t + 1));
        w.write(&report_of("mem", vec![Sample::new(&BUSY, 3.0)], t + 2));
        let day = dir.path().join("2026-03-02");
        assert_eq!(read(&day.join("mem.csv")), format!("time,busy\n{t},1\n"));
        assert_eq!(read(&day.join("mem.2.csv")), format!("time,node_used_x_bytes\n{},2\n", t + 1));
        assert_eq!(read(&day.join("mem.3.csv")), format!("time,busy\n{},3\n", t + 2));
        drop(w);
        let mut w = writer(dir.path());
        w.write(&report_of("mem", vec![Sample::new(&BUSY, 4.0)], t + 3));
        assert!(read(&day.join("mem.3.csv")).ends_with(&format!("{},4\n", t + 3)));
        assert!(!day.join("mem.4.csv").exists());
    }

    /// A collector whose series change at every report (a new interface each time):
    /// the parts grow with the series of a report, not with every series of the day,
    /// and once it holds half of `--history-max-bytes` today it alone stops; the other
    /// collectors go on.
    #[test]
    fn a_collector_whose_series_keep_changing_stops_alone() {
        static RX: Metric =
            Metric { name: "rx", prom: "rx_bytes", help: "h", kind: MetricKind::Counter, unit: Unit::Bytes };
        let dir = tempfile::tempdir().unwrap();
        let mut w = Writer::new(dir.path().to_path_buf(), days::Keep { days: 15, max_bytes: 256 << 10 });
        let day = dir.path().join("2026-03-02");
        let mut t = at(D, 0);
        for i in 0..400 {
            let net: Vec<Sample> =
                (i.max(3) - 3..=i).map(|k| Sample::new(&RX, 1.0).label("device", format!("veth{k}"))).collect();
            w.write(&report_of("network", net, t));
            w.write(&report_of("cpu", samples(1.0), t));
            t += 1;
        }
        let net_bytes: u64 = std::fs::read_dir(&day)
            .unwrap()
            .map(|e| e.unwrap())
            .filter(|e| e.file_name().to_string_lossy().starts_with("network"))
            .map(|e| e.metadata().unwrap().len())
            .sum();
        let last = std::fs::read_dir(&day)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with("network."))
            .map(|n| read(&day.join(n)).lines().next().unwrap_or("").split(',').count())
            .max()
            .unwrap();
        assert!(last <= 5, "a part holds the columns of its report: {last}");
        assert!(net_bytes < 128 << 10, "{net_bytes}");
        assert!(w.stop.is_none(), "the sink goes on");
        assert_eq!(read(&day.join("cpu.csv")).lines().count(), 401, "every cpu row written");
        let before = read(&day.join("cpu.csv")).len();
        // Over half the bound: network alone stops.
        let big: Vec<Sample> = (0..2000).map(|k| Sample::new(&RX, 1.0).label("device", format!("veth{k}"))).collect();
        for _ in 0..10 {
            w.write(&report_of("network", big.clone(), t));
            w.write(&report_of("cpu", samples(1.0), t));
            t += 1;
        }
        assert!(w.slots["network"].over.is_some());
        assert!(w.stop.is_none());
        assert!(read(&day.join("cpu.csv")).len() > before);
        w.tick(at(D + 1, GRACE + 1));
        assert!(w.slots["network"].over.is_none(), "a new day starts it again");
    }

    /// A kill mid-row leaves a line with no newline: at the next start it is cut, and
    /// the rows go on after the last whole one. A part left empty (a kill right after
    /// it was made) gets a header with the columns of the next report.
    #[test]
    fn a_torn_row_and_an_empty_part_are_mended_at_start() {
        let dir = tempfile::tempdir().unwrap();
        let day = dir.path().join("2026-03-02");
        std::fs::create_dir_all(&day).unwrap();
        std::fs::write(day.join("cpu.csv"), "time,busy\n1,2\n3,4\n5,").unwrap();
        let mut w = writer(dir.path());
        w.write(&report_of("cpu", vec![Sample::new(&BUSY, 9.0)], at(D, 7)));
        assert_eq!(read(&day.join("cpu.csv")), format!("time,busy\n1,2\n3,4\n{},9\n", at(D, 7)));

        std::fs::write(day.join("net.csv"), "time,a,b\n1,2,3\n").unwrap();
        std::fs::write(day.join("net.2.csv"), "time,a,b,").unwrap();
        w.write(&report_of("net", vec![Sample::new(&BUSY, 1.0)], at(D, 8)));
        assert_eq!(read(&day.join("net.2.csv")), format!("time,busy\n{},1\n", at(D, 8)));
        assert_eq!(read(&day.join("net.csv")), "time,a,b\n1,2,3\n", "the part before is left as it was");
    }

    /// A steady report's row allocates nothing: the sink does not grow with the day.
    #[test]
    fn a_steady_row_allocates_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let mut w = writer(dir.path());
        let r = report_of("cpu", samples(1.0), at(D, 0));
        w.write(&r);
        w.write(&r);
        let (n, ()) = crate::alloc_count::allocations(|| w.write(&r));
        assert_eq!(n, 0);
        assert_eq!(read(&dir.path().join("2026-03-02/cpu.csv")).lines().count(), 4);
    }

    /// At the day change (after the grace) the day before is archived and its folder
    /// removed; a row measured on it afterwards is left out, and counted.
    #[test]
    fn the_day_change_archives_the_day_before() {
        let dir = tempfile::tempdir().unwrap();
        let mut w = writer(dir.path());
        w.tick(at(D, 86_000));
        w.write(&report_of("cpu", samples(1.0), at(D, 86_399)));
        w.write(&report_of("cpu", samples(2.0), at(D + 1, 1)));
        w.tick(at(D + 1, 30));
        assert!(dir.path().join("2026-03-02").is_dir(), "within the grace");
        w.tick(at(D + 1, GRACE + 1));
        assert!(!dir.path().join("2026-03-02").exists());
        let members = days::tests::members(&dir.path().join("2026-03-02.tar.gz"));
        assert_eq!(members.len(), 1);
        assert_eq!(members[0].0, "2026-03-02/cpu.csv");
        assert!(members[0].1.ends_with(&format!("{},1,5,1000000000000000000000,7\n", at(D, 86_399))));
        w.write(&report_of("cpu", samples(3.0), at(D, 86_399)));
        assert_eq!(w.late, 1);
        assert!(!dir.path().join("2026-03-02").exists(), "not made again");
        w.write(&report_of("cpu", samples(4.0), at(D + 1, 90)));
        assert_eq!(read(&dir.path().join("2026-03-03/cpu.csv")).lines().count(), 3);
    }

    /// A clock stepped forward (days) then back: the upkeep's day goes back with it (said
    /// at WARN), rows of today are written again, and the future day's folder is
    /// archived once its day is over.
    #[test]
    fn a_clock_stepped_back_resets_the_day_of_the_upkeep() {
        let dir = tempfile::tempdir().unwrap();
        let mut w = writer(dir.path());
        w.tick(at(D + 5, 100));
        w.write(&report_of("cpu", samples(1.0), at(D + 5, 100)));
        w.tick(at(D, 100));
        assert_eq!(w.upkept, Some(D));
        w.write(&report_of("cpu", samples(2.0), at(D, 101)));
        assert_eq!(w.late, 0);
        assert_eq!(read(&dir.path().join("2026-03-02/cpu.csv")).lines().count(), 2);
        w.tick(at(D + 6, GRACE + 1));
        assert!(dir.path().join("2026-03-02.tar.gz").is_file());
        assert!(dir.path().join(format!("{}.tar.gz", crate::util::timefmt::date(D + 5))).is_file());
    }

    /// Only a day whose archive exists refuses rows, also after a restart (they went to
    /// a new folder, later removed as "already archived"); the rows left out are
    /// counted, said at the next upkeep, and counted anew after it.
    #[test]
    fn rows_of_an_archived_day_are_refused_and_said_at_each_upkeep() {
        let dir = tempfile::tempdir().unwrap();
        let mut w = writer(dir.path());
        w.write(&report_of("cpu", samples(1.0), at(D, 100)));
        w.tick(at(D + 1, GRACE + 1));
        assert!(dir.path().join("2026-03-02.tar.gz").is_file());
        drop(w);
        let mut w = writer(dir.path());
        w.write(&report_of("cpu", samples(2.0), at(D, 200)));
        assert_eq!(w.late, 1);
        assert!(!dir.path().join("2026-03-02").exists(), "no folder made for an archived day");
        w.tick(at(D + 1, GRACE + 2));
        assert_eq!(w.late, 0, "said and reset at the upkeep");
        w.write(&report_of("cpu", samples(2.0), at(D, 300)));
        assert_eq!(w.late, 1);
    }

    /// A symlink or a FIFO planted at a day's folder or at a file's name is refused,
    /// said with its path, and never followed; the other collectors go on.
    #[test]
    fn planted_symlinks_and_fifos_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let elsewhere = tempfile::tempdir().unwrap();
        let h = dir.path().join("h");
        std::fs::create_dir(&h).unwrap();
        // The sink runs on the clock: today.
        let t = crate::util::timefmt::now_unix_ms() / 1000;
        let date = crate::util::timefmt::date(t.div_euclid(DAY));
        let day = h.join(&date);
        std::os::unix::fs::symlink(elsewhere.path(), &day).unwrap();
        let sink = History::new(writer(&h));
        sink.deliver(&report_of("cpu", samples(1.0), t));
        let e = sink.flush("cpu", Duration::from_secs(10)).unwrap_err();
        assert!(e.contains(&format!("{date} is a symlink")) && e.contains("refusing"), "{e}");
        assert_eq!(std::fs::read_dir(elsewhere.path()).unwrap().count(), 0, "nothing made where it points");

        std::fs::remove_file(&day).unwrap();
        std::fs::create_dir(&day).unwrap();
        let fifo = day.join("cpu.csv");
        crate::util::file::mkfifo(&fifo);
        std::os::unix::fs::symlink(elsewhere.path().join("x"), day.join("mem.csv")).unwrap();
        let started = std::time::Instant::now();
        sink.deliver(&report_of("cpu", samples(1.0), t));
        sink.deliver(&report_of("mem", samples(1.0), t));
        sink.deliver(&report_of("net", samples(1.0), t));
        let e = sink.flush("cpu", Duration::from_secs(10)).unwrap_err();
        assert!(started.elapsed() < Duration::from_secs(5), "a FIFO never blocks");
        assert!(e.contains("cpu.csv is a FIFO"), "{e}");
        let e = sink.flush("mem", Duration::from_secs(10)).unwrap_err();
        assert!(e.contains("mem.csv is a symlink"), "{e}");
        assert!(!elsewhere.path().join("x").exists());
        assert_eq!(sink.flush("net", Duration::from_secs(10)), Ok(()));
        assert_eq!(read(&day.join("net.csv")).lines().count(), 2);
    }

    /// A root daemon writes into the blocks reserved for root: after a full disk it
    /// resumes once there is room in those, not only once usage drops below them.
    #[test]
    fn root_counts_the_reserved_blocks_as_room() {
        // 25% reserved and all of it free, nothing free for others.
        assert!(room_in(0, 1000, 4096, true));
        assert!(!room_in(0, 1000, 4096, false));
        assert!(room_in(16, 1000, 4096, false));
        assert!(!room_in(0, 15, 4096, true), "less than ROOM in all");
        assert!(!room_in(15, 15, 4096, false));
    }

    /// Files and folders of another user are refused (root only: the test gives them
    /// away).
    #[test]
    fn another_users_files_are_refused() {
        if !rustix::process::geteuid().is_root() {
            // The test command runs as root and requires it; elsewhere, said and skipped.
            assert!(std::env::var_os("GATHERER_REQUIRE_PEERS").map_or(true, |v| v != "1"), "needs root");
            eprintln!("skipped: needs root");
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let day = dir.path().join("2026-03-02");
        std::fs::create_dir(&day).unwrap();
        std::fs::write(day.join("cpu.csv"), "time,busy\n").unwrap();
        std::os::unix::fs::chown(day.join("cpu.csv"), Some(65534), Some(65534)).unwrap();
        let mut w = writer(dir.path());
        w.write(&report_of("cpu", samples(1.0), at(D, 0)));
        let e = w.slots["cpu"].error.clone().unwrap();
        assert!(e.contains("cpu.csv belongs to uid 65534"), "{e}");
        assert_eq!(read(&day.join("cpu.csv")), "time,busy\n");
    }

    /// An upkeep that cannot list the directory keeps the count of bytes it had.
    #[test]
    fn a_failed_listing_keeps_the_count() {
        let dir = tempfile::tempdir().unwrap();
        let mut w = writer(dir.path());
        w.tick(at(D, 100));
        w.write(&report_of("cpu", samples(1.0), at(D, 100)));
        let used = w.used;
        assert!(used > 0);
        // Not a directory: reading its entries fails.
        let file = dir.path().join("f");
        std::fs::write(&file, "").unwrap();
        w.root = Some(rustix::fs::open(&file, rustix::fs::OFlags::RDONLY, rustix::fs::Mode::empty()).unwrap());
        w.upkeep(D, 0);
        assert_eq!(w.used, used);
    }

    /// A size-triggered upkeep within the grace after midnight leaves the day before
    /// in place: a late report of it still finds its folder.
    #[test]
    fn a_size_upkeep_keeps_the_grace() {
        let dir = tempfile::tempdir().unwrap();
        let mut w = writer(dir.path());
        w.tick(at(D, 86_000));
        w.write(&report_of("cpu", samples(1.0), at(D, 86_399)));
        w.tick(at(D + 1, 10));
        w.used = w.keep.max_bytes;
        w.write(&report_of("cpu", samples(1.0), at(D + 1, 10)));
        assert!(dir.path().join("2026-03-02").is_dir(), "archived within the grace");
        w.write(&report_of("cpu", samples(2.0), at(D, 86_399)));
        assert_eq!(w.late, 0);
    }

    /// The sink marks an empty directory as the history's, and not one that held files
    /// already: there it archives and deletes nothing.
    #[test]
    fn only_an_empty_directory_is_marked_as_the_historys() {
        let dir = tempfile::tempdir().unwrap();
        let mut w = writer(dir.path());
        w.tick(at(D, 100));
        assert_eq!(read(&dir.path().join(days::MARKER)), days::MARKER_TEXT);
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(dir.path()).unwrap().permissions().mode() & 0o777, place::DIR_MODE);

        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("2026-03-01")).unwrap();
        std::fs::write(dir.path().join("2026-03-01/cpu.csv"), "time,a\n1,2\n").unwrap();
        let mut w = writer(dir.path());
        w.tick(at(D, 100));
        w.write(&report_of("cpu", samples(1.0), at(D, 100)));
        assert!(!dir.path().join(days::MARKER).exists());
        assert!(w.unmarked_said);
        assert_eq!(read(&dir.path().join("2026-03-01/cpu.csv")), "time,a\n1,2\n", "not archived");
        assert_eq!(read(&dir.path().join("2026-03-02/cpu.csv")).lines().count(), 2, "rows are written");
    }

    /// A history directory others may write in, or another user's, is refused: said
    /// once, no row written, used once it is fixed.
    #[test]
    fn a_history_directory_others_may_write_in_is_refused() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let h = dir.path().join("h");
        std::fs::create_dir(&h).unwrap();
        std::fs::set_permissions(&h, std::fs::Permissions::from_mode(0o777)).unwrap();
        let mut w = writer(&h);
        w.write(&report_of("cpu", samples(1.0), at(D, 0)));
        let e = w.root_error.clone().unwrap();
        assert!(e.contains("writable by others") && e.contains(&h.display().to_string()), "{e}");
        assert_eq!(std::fs::read_dir(&h).unwrap().count(), 0);
        std::fs::set_permissions(&h, std::fs::Permissions::from_mode(0o750)).unwrap();
        w.write(&report_of("cpu", samples(1.0), at(D, 1)));
        assert!(w.root_error.is_none());
        assert_eq!(read(&h.join("2026-03-02/cpu.csv")).lines().count(), 2);
    }

    /// Today alone over `--history-max-bytes`: older days go first; then today's rows
    /// stop until the day changes.
    #[test]
    fn over_the_size_older_days_go_then_today_stops() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("2026-03-01")).unwrap();
        std::fs::write(dir.path().join("2026-03-01/cpu.csv"), vec![b'1'; 40_000]).unwrap();
        std::fs::write(dir.path().join(days::MARKER), "").unwrap();
        let mut w = Writer::new(dir.path().to_path_buf(), days::Keep { days: 15, max_bytes: 64 << 10 });
        w.tick(at(D, 3600));
        assert!(dir.path().join("2026-03-01.tar.gz").is_file());
        let mut t = at(D, 3600);
        // Three collectors, none of them alone at half the bound before the whole is.
        let three = ["cpu", "mem", "net"];
        while w.stop.is_none() {
            for c in three {
                w.write(&report_of(c, samples(1.0), t));
            }
            t += 1;
            assert!(t < at(D, 20_000), "never stopped");
        }
        assert!(matches!(w.stop, Some(Stop::OverSize { .. })));
        assert!(w.slots.values().all(|s| s.over.is_none()));
        assert!(!dir.path().join("2026-03-01.tar.gz").exists(), "the older day went first");
        let today = || -> u64 {
            three.iter().map(|c| std::fs::metadata(dir.path().join(format!("2026-03-02/{c}.csv"))).unwrap().len()).sum()
        };
        let size = today();
        assert!(size <= 64 << 10 && size > 60 << 10, "{size}");
        w.write(&report_of("cpu", samples(1.0), t));
        assert_eq!(today(), size);
        w.tick(at(D + 1, GRACE + 1));
        assert!(w.stop.is_none());
        w.write(&report_of("cpu", samples(1.0), at(D + 1, GRACE + 1)));
        assert!(dir.path().join("2026-03-03/cpu.csv").is_file());
    }
}
