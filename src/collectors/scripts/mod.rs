//! Scripts of a drop-in directory (`--scripts-dir`), each run on its own schedule, its
//! output read by a documented rule (`parse.rs`) into values every output carries.
//!
//! The collector itself only looks: every tick it lists the directory (`select.rs`),
//! hands each due script to its own lane (a crew of one thread, `util::crew`), and takes
//! in the runs that ended. A run is a helper process (`helper.rs`, `run.rs`) that owns
//! the script and everything it starts, and kills them all at the end. So a hung or slow
//! script holds its own lane only, never another script nor the engine; a script whose
//! last run is still going when it is due again is not started twice (an overrun,
//! counted). Dropping the collector (a stop, a reload that changed its settings) ends
//! every run and waits for it.
//!
//! Each run's stdout is kept in `<state-dir>/scripts/<name>`; its stderr goes to the log,
//! bounded.

mod helper;
mod kind;
mod parse;
mod run;
mod select;

pub(crate) use helper::main as helper_main;

use crate::engine::collector::{Collector, Reading};
use crate::engine::sample::Sample;
use crate::util::crew::{Crew, Rules, Submitted};
use crate::util::sync;
use crate::util::timefmt::{now_unix_ms, rfc3339};
use anyhow::{bail, Result};
use run::Runner;
use select::{FileKey, Verdict};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::os::fd::OwnedFd;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub(crate) const NAME: &str = "scripts";

/// How often the directory is listed and due scripts started: a script runs within this
/// of its slot.
pub(crate) const TICK: Duration = Duration::from_secs(1);
/// How long a stopping collector waits for its runs to end.
const CLOSE: Duration = Duration::from_secs(5);
/// How much of a run's stderr reaches the log: lines, and bytes (the helper keeps 4 KiB).
const LOG_LINES: usize = 10;

/// What the state file holds.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct ScriptsReading {
    /// `--scripts-dir`.
    pub dir: String,
    pub timeout_s: f64,
    /// Every script that runs, by file name.
    pub scripts: BTreeMap<String, Script>,
    /// Every file that does not run, and why (hidden files are not listed).
    pub refused: BTreeMap<String, String>,
}

/// One script.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
pub struct Script {
    /// Seconds between runs: its own `gatherer-interval:` or `--scripts-interval`.
    pub interval_s: f64,
    /// A run is going on now.
    pub running: bool,
    /// Runs ended since the daemon started.
    pub runs: u64,
    /// Slots that came while the previous run still went on (skipped, not queued).
    pub overruns: u64,
    /// The last run that ended.
    pub last: Option<LastRun>,
    /// Its values from the last run.
    pub values: BTreeMap<String, f64>,
    /// The names among `values` that are counters (perfdata unit `c`).
    #[serde(default)]
    pub counters: Vec<String>,
}

/// How the last run went.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
pub struct LastRun {
    pub started_at: String,
    pub started_at_unix: i64,
    pub duration_ms: u64,
    /// Its exit code; null when it was killed.
    pub exit_status: Option<i32>,
    /// The signal that ended it, when not the timeout's.
    pub signal: Option<i32>,
    pub timed_out: bool,
    /// Why it could not run, or was killed; null for a run that ended by itself.
    pub error: Option<String>,
    /// How its output was read: `json`, `nagios`, `lines` or `empty`.
    pub format: String,
    pub samples: u64,
    /// Lines (or perfdata items, or a JSON text) that could not be read, and the first few.
    pub unparsed: u64,
    pub unparsed_lines: Vec<String>,
    pub stdout_bytes: u64,
    /// Stdout past `--scripts-max-output`, read and thrown away.
    pub stdout_dropped_bytes: u64,
    pub stderr_bytes: u64,
    /// Processes the script left behind (even outside its process group), killed.
    pub descendants_killed: u64,
}

impl Reading for ScriptsReading {
    fn summary(&self) -> String {
        let failing = self.scripts.values().filter(|s| s.last.as_ref().is_some_and(kind::failed)).count();
        let values: usize = self.scripts.values().map(|s| s.values.len()).sum();
        format!(
            "{} script(s), {failing} failing, {values} value(s), {} refused",
            self.scripts.len(),
            self.refused.len()
        )
    }

    fn samples(&self, out: &mut Vec<Sample>) {
        kind::samples(self, out);
    }
}

/// The validated settings.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Settings {
    pub(crate) dir: PathBuf,
    pub(crate) state_path: PathBuf,
    /// `<state-dir>/scripts`: each script's last stdout.
    pub(crate) output_dir: PathBuf,
    pub(crate) interval: Duration,
    pub(crate) timeout: Duration,
    pub(crate) max_output: usize,
    pub(crate) oneshot: bool,
}

/// A run handed to a lane.
struct Job {
    name: String,
    fd: OwnedFd,
    started_unix: i64,
}

/// A run that ended, for the collector to take in.
struct Finished {
    name: String,
    last: LastRun,
    values: BTreeMap<String, f64>,
    counters: Vec<String>,
}

/// What the lanes share with the collector.
struct Ctx {
    runs: run::Shared,
    runner: Runner,
    output_dir: PathBuf,
    finished: Mutex<Vec<Finished>>,
}

struct Entry {
    key: FileKey,
    /// Its own `gatherer-interval:`, if it has one.
    asked: Option<Duration>,
    due: Instant,
    running: bool,
    /// No longer listed (removed, or refused now) while its run went on: kept, not
    /// reported and not run, until that run's result comes in, so that the run stays
    /// owned and the script, listed again meanwhile, does not start a second beside it.
    gone: bool,
    lane: Crew<Job>,
    state: Script,
}

pub struct Scripts {
    s: Settings,
    me: u32,
    ctx: Arc<Ctx>,
    entries: BTreeMap<String, Entry>,
    refused: BTreeMap<String, String>,
    dir_error: Option<String>,
    last_emit: Option<Instant>,
    /// The outputs of scripts that no longer run have been deleted (at the first listing).
    pruned: bool,
}

impl Scripts {
    pub(crate) fn new(s: &Settings, helper: PathBuf) -> Scripts {
        let runner = Runner { helper, timeout: s.timeout, max_output: s.max_output };
        let ctx = Ctx {
            runs: run::Shared::default(),
            runner,
            output_dir: s.output_dir.clone(),
            finished: Mutex::new(Vec::new()),
        };
        Scripts {
            s: s.clone(),
            me: rustix::process::geteuid().as_raw(),
            ctx: Arc::new(ctx),
            entries: BTreeMap::new(),
            refused: BTreeMap::new(),
            dir_error: None,
            last_emit: None,
            pruned: false,
        }
    }

    /// Take in the runs that ended: how many.
    fn harvest(&mut self) -> usize {
        let done = std::mem::take(&mut *sync::lock(&self.ctx.finished));
        let n = done.len();
        for f in done {
            if let Some(e) = self.entries.get_mut(&f.name) {
                e.running = false;
                e.state.runs += 1;
                e.state.last = Some(f.last);
                e.state.values = f.values;
                e.state.counters = f.counters;
                if e.gone {
                    self.forget(&f.name);
                }
            }
        }
        n
    }

    /// Follow the directory's listing: new scripts due now, gone ones forgotten, refusals
    /// warned about once. Whether anything changed.
    fn follow(&mut self, list: Vec<(String, Verdict)>, now: Instant) -> bool {
        let mut changed = false;
        let mut refused = BTreeMap::new();
        let mut seen = Vec::new();
        for (name, verdict) in list {
            match verdict {
                Verdict::Refused(why) => {
                    if self.refused.get(&name) != Some(&why) {
                        log::warn!(target: NAME, "{}/{name} is not run: it {why}", self.s.dir.display());
                    }
                    refused.insert(name, why);
                }
                Verdict::Runs { interval, key } => {
                    let every = interval.unwrap_or(self.s.interval);
                    match self.entries.get_mut(&name) {
                        Some(e) => {
                            if e.gone {
                                log::info!(target: NAME, "{}/{name} runs now", self.s.dir.display());
                                e.gone = false;
                                changed = true;
                            }
                            e.key = key;
                            e.asked = interval;
                            e.state.interval_s = every.as_secs_f64();
                        }
                        None => {
                            if self.refused.contains_key(&name) {
                                log::info!(target: NAME, "{}/{name} runs now", self.s.dir.display());
                            }
                            let lane = self.lane(&name);
                            let state = Script { interval_s: every.as_secs_f64(), ..Script::default() };
                            self.entries.insert(
                                name.clone(),
                                Entry { key, asked: interval, due: now, running: false, gone: false, lane, state },
                            );
                            changed = true;
                        }
                    }
                    seen.push(name);
                }
            }
        }
        let gone: Vec<String> =
            self.entries.iter().filter(|(n, e)| !e.gone && !seen.contains(n)).map(|(n, _)| n.clone()).collect();
        for name in gone {
            match self.entries.get_mut(&name) {
                Some(e) if e.running => e.gone = true,
                _ => self.forget(&name),
            }
            changed = true;
        }
        changed |= refused != self.refused;
        self.refused = refused;
        changed
    }

    /// Delete the kept outputs of scripts that no longer run (removed, or refused, while
    /// no collector watched): only regular files of ours, never through a link, and not
    /// the temp files (dot names) of a writer.
    fn prune(&self) {
        use rustix::fs::{AtFlags, FileType, Mode, OFlags};
        let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC;
        let Ok(dir) = rustix::fs::open(&self.s.output_dir, flags, Mode::empty()) else { return };
        let Ok(listing) = rustix::fs::Dir::read_from(&dir) else { return };
        let names: Vec<std::ffi::CString> = listing
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_owned())
            .filter(|n| !n.to_bytes().starts_with(b".") && !self.entries.contains_key(&*n.to_string_lossy()))
            .collect();
        for name in names {
            let Ok(st) = rustix::fs::statat(&dir, name.as_c_str(), AtFlags::SYMLINK_NOFOLLOW) else { continue };
            if FileType::from_raw_mode(st.st_mode) != FileType::RegularFile || st.st_uid != self.me {
                continue;
            }
            match rustix::fs::unlinkat(&dir, name.as_c_str(), AtFlags::empty()) {
                Ok(()) => log::info!(
                    target: NAME,
                    "deleted {}: not a script that runs now",
                    self.s.output_dir.join(name.to_string_lossy().as_ref()).display()
                ),
                Err(e) => log::warn!(
                    target: NAME,
                    "cannot delete {} (not a script that runs now): {e}",
                    self.s.output_dir.join(name.to_string_lossy().as_ref()).display()
                ),
            }
        }
    }

    /// Drop a script no longer listed, and its kept output.
    fn forget(&mut self, name: &str) {
        self.entries.remove(name);
        let _ = std::fs::remove_file(self.s.output_dir.join(name));
    }

    fn lane(&self, name: &str) -> Crew<Job> {
        let ctx = self.ctx.clone();
        Crew::new(Rules::lane(format!("script {name}")), move |job: Job| {
            take_job(&ctx, job, |ctx, job| {
                let out = ctx.runs.run(&ctx.runner, &job.name, job.fd);
                finish(ctx, &job.name, job.started_unix, out)
            });
        })
    }

    /// Start the scripts that are due; a slot that finds the last run still going is an
    /// overrun, skipped.
    fn dispatch(&mut self, dir: &OwnedFd, now: Instant) {
        let mut refused = Vec::new();
        for (name, e) in &mut self.entries {
            if e.gone || now < e.due {
                continue;
            }
            let every = e.asked.unwrap_or(self.s.interval);
            e.due = if self.s.oneshot { now + Duration::from_secs(365 * 86_400) } else { e.due + every };
            if e.due <= now {
                let behind = (now - e.due).as_nanos() / every.as_nanos().max(1) + 1;
                e.due += every * behind as u32;
            }
            if e.running {
                e.state.overruns += 1;
                log::debug!(target: NAME, "{name}: still running at its next slot; that slot is skipped");
                continue;
            }
            let fd = match select::open(dir, name, self.me) {
                Ok(fd) => fd,
                Err(why) => {
                    refused.push((name.clone(), why));
                    continue;
                }
            };
            let job = Job { name: name.clone(), fd, started_unix: now_unix_ms().div_euclid(1000) };
            match e.lane.submit(job) {
                Submitted::Started | Submitted::Queued => e.running = true,
                Submitted::Dropped(_, why) => {
                    e.state.last =
                        Some(LastRun { error: Some(format!("cannot start a thread: {why}")), ..LastRun::default() });
                }
            }
        }
        // Changed between the listing and the open: refused now, listed so next tick.
        for (name, why) in refused {
            log::warn!(target: NAME, "{}/{name} is not run: it {why}", self.s.dir.display());
            self.forget(&name);
            self.refused.insert(name, why);
        }
    }

    fn reading(&self) -> ScriptsReading {
        let scripts = self
            .entries
            .iter()
            .filter(|(_, e)| !e.gone)
            .map(|(n, e)| (n.clone(), Script { running: e.running, ..e.state.clone() }))
            .collect();
        ScriptsReading {
            dir: self.s.dir.display().to_string(),
            timeout_s: self.s.timeout.as_secs_f64(),
            scripts,
            refused: self.refused.clone(),
        }
    }
}

impl Collector for Scripts {
    type Reading = ScriptsReading;

    fn collect(&mut self) -> Result<Option<ScriptsReading>> {
        let now = Instant::now();
        let ended = self.harvest();
        let listed = select::open_dir(&self.s.dir, self.me).and_then(|fd| {
            let entries = &self.entries;
            let known = |name: &str, key: &FileKey| {
                let e = entries.get(name).filter(|e| e.key == *key)?;
                Some(Verdict::Runs { interval: e.asked, key: *key })
            };
            let list = select::list(&fd, self.me, known)?;
            Ok((fd, list))
        });
        let (dir, list) = match listed {
            Ok(x) => x,
            Err(e) => {
                // Nothing new can start; a run going on ends by itself. Said when it
                // changes, and once an interval, not every tick.
                let due = self.last_emit.map_or(true, |t| now >= t + self.s.interval);
                if due || self.dir_error.as_deref() != Some(&e) {
                    self.dir_error = Some(e.clone());
                    self.last_emit = Some(now);
                    bail!("{e}");
                }
                return Ok(None);
            }
        };
        let mut changed = self.dir_error.take().is_some();
        changed |= self.follow(list, now);
        if !self.pruned {
            self.pruned = true;
            self.prune();
        }
        self.dispatch(&dir, now);
        let all_ran = self.entries.values().all(|e| e.gone || e.state.last.is_some());
        let emit = match self.last_emit {
            _ if self.s.oneshot => all_ran && self.entries.values().all(|e| !e.running),
            // The first report waits for every script's first run (each ends by its
            // timeout), so a restart does not show a round of empty values first.
            None => all_ran,
            Some(t) => ended > 0 || changed || now >= t + self.s.interval,
        };
        if !emit {
            return Ok(None);
        }
        self.last_emit = Some(now);
        Ok(Some(self.reading()))
    }
}

impl Drop for Scripts {
    /// A stop or a reload leaves no script running unowned: every run is ended, and
    /// waited for.
    fn drop(&mut self) {
        let left = self.ctx.runs.close(CLOSE);
        if left > 0 {
            log::warn!(target: NAME, "{left} script run(s) still ending after {CLOSE:?}; their helpers were killed (SIGKILL)");
        }
    }
}

/// Do `job` on a lane (`body`: the run and its outcome) and hand what came of it to the
/// collector.
/// A panic is taken in as the run's failure, so the script is not left `running` (and
/// so never run again).
fn take_job(ctx: &Ctx, job: Job, body: impl FnOnce(&Ctx, Job) -> Finished) {
    let (name, started_unix) = (job.name.clone(), job.started_unix);
    let finished = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| body(ctx, job))).unwrap_or_else(|p| {
        let why = crate::engine::panic_text(&p);
        log::error!(target: NAME, "{name}: its run panicked: {why}");
        let last = LastRun {
            started_at: rfc3339(started_unix),
            started_at_unix: started_unix,
            error: Some(format!("the run panicked: {why}")),
            format: parse::Format::Empty.as_str().into(),
            ..LastRun::default()
        };
        Finished { name, last, values: BTreeMap::new(), counters: Vec::new() }
    });
    sync::lock(&ctx.finished).push(finished);
}

/// A run's outcome into what the state file keeps: its output read, its stdout kept in
/// its file, its stderr logged.
fn finish(ctx: &Ctx, name: &str, started_unix: i64, out: Result<run::Output, String>) -> Finished {
    let mut last = LastRun {
        started_at: rfc3339(started_unix),
        started_at_unix: started_unix,
        format: parse::Format::Empty.as_str().into(),
        ..LastRun::default()
    };
    let o = match out {
        Ok(o) => o,
        Err(e) => {
            log::warn!(target: NAME, "{name}: {e}");
            last.error = Some(e);
            return Finished { name: name.into(), last, values: BTreeMap::new(), counters: Vec::new() };
        }
    };
    let r = &o.ran;
    last.duration_ms = r.duration_ms;
    last.exit_status = r.exit_status;
    last.signal = r.signal;
    last.timed_out = r.timed_out;
    last.stdout_dropped_bytes = r.stdout_dropped;
    last.stderr_bytes = r.stderr + r.stderr_dropped;
    last.descendants_killed = r.descendants_killed;
    last.error = if let Some(e) = &r.error {
        Some(e.clone())
    } else if r.timed_out {
        Some(format!("timed out after {:?}: killed with everything it started", ctx.runner.timeout))
    } else if r.cancelled {
        Some("ended early: the collector stopped".into())
    } else {
        r.signal.map(|s| format!("killed by signal {s}"))
    };
    if r.left_running > 0 {
        log::warn!(target: NAME, "{name}: {} process(es) it left could not be killed (uninterruptible sleep?)", r.left_running);
    }
    // NUL bytes removed, as Nagios does: they end C strings in every reader.
    let stdout: Vec<u8> = o.stdout.iter().copied().filter(|&b| b != 0).collect();
    last.stdout_bytes = stdout.len() as u64;
    // A run cut short by a stop or a reload printed only part of its output: the last
    // whole one is kept (and reported) instead.
    if !r.cancelled {
        let path = ctx.output_dir.join(name);
        if let Err(e) = crate::util::atomic::write_snapshot(&path, &stdout) {
            log::warn!(target: NAME, "{name}: cannot keep its output: {e:#}");
        }
    }
    log_stderr(name, &o.stderr, r.stderr_dropped);
    let ending = match (r.exit_status, r.timed_out || r.cancelled) {
        (Some(c), false) => parse::Ending::Exited(c),
        _ => parse::Ending::Killed,
    };
    let p = parse::parse(&String::from_utf8_lossy(&stdout), ending, r.stdout_dropped > 0);
    last.format = p.format.unwrap_or(parse::Format::Empty).as_str().into();
    last.samples = p.values.len() as u64;
    last.unparsed = p.unparsed;
    last.unparsed_lines = p.unparsed_lines;
    Finished { name: name.into(), last, values: p.values, counters: p.counters }
}

/// A run's stderr in the log: its first lines, NUL bytes and control characters removed.
fn log_stderr(name: &str, stderr: &[u8], dropped: u64) {
    if stderr.is_empty() {
        return;
    }
    let text = String::from_utf8_lossy(stderr);
    let mut lines: Vec<String> =
        text.lines().take(LOG_LINES).map(|l| l.chars().filter(|c| !c.is_control() || *c == '\t').collect()).collect();
    let more = text.lines().count().saturating_sub(LOG_LINES);
    if more > 0 || dropped > 0 {
        lines.push(format!("(and {more} more line(s), {dropped} more byte(s))"));
    }
    log::warn!(target: NAME, "{name}: stderr: {}", lines.join(" / "));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(output_dir: &std::path::Path) -> Ctx {
        let runner = Runner { helper: "/nonexistent".into(), timeout: Duration::from_secs(1), max_output: 1024 };
        Ctx {
            runs: run::Shared::default(),
            runner,
            output_dir: output_dir.to_path_buf(),
            finished: Mutex::new(Vec::new()),
        }
    }

    fn output(stdout: &[u8], ran: helper::Ran) -> Result<run::Output, String> {
        Ok(run::Output {
            ran: helper::Ran { stdout: stdout.len() as u64, ..ran },
            stdout: stdout.to_vec(),
            stderr: Vec::new(),
        })
    }

    /// A run whose handling panics is still taken in, as failed, so the script is not
    /// left `running` (and never run again).
    #[test]
    fn a_panicking_run_is_taken_in_as_failed() {
        let dir = tempfile::tempdir().unwrap();
        let c = ctx(dir.path());
        let fd = rustix::fs::open("/dev/null", rustix::fs::OFlags::RDONLY, rustix::fs::Mode::empty()).unwrap();
        let job = Job { name: "s".into(), fd, started_unix: 1_700_000_000 };
        take_job(&c, job, |_, _| panic!("boom"));
        let done = sync::lock(&c.finished);
        assert_eq!(done.len(), 1);
        assert_eq!(done[0].name, "s");
        let error = done[0].last.error.clone().unwrap_or_default();
        assert!(error.contains("panicked") && error.contains("boom"), "{error}");
    }

    /// A run ended early by a stop or a reload keeps the last whole output, not the part
    /// it had printed; a run that ended by itself replaces it.
    #[test]
    fn a_cancelled_run_keeps_the_last_whole_output() {
        let dir = tempfile::tempdir().unwrap();
        let c = ctx(dir.path());
        let kept = dir.path().join("s");
        std::fs::write(&kept, "whole 1\n").unwrap();
        let cancelled = helper::Ran { cancelled: true, ..Default::default() };
        let f = finish(&c, "s", 0, output(b"parti", cancelled));
        assert_eq!(std::fs::read_to_string(&kept).unwrap(), "whole 1\n");
        assert!(f.last.error.unwrap().contains("ended early"));
        let done = helper::Ran { exit_status: Some(0), ..Default::default() };
        finish(&c, "s", 0, output(b"whole 2\n", done));
        assert_eq!(std::fs::read_to_string(&kept).unwrap(), "whole 2\n");
    }
}
