//! The history on disk (`--history-dir`): every new sample of every collector appended
//! to `YYYY-MM-DD/<collector>.csv` (UTC days), finished days compressed to
//! `YYYY-MM-DD.tar.gz`, old days expired. docs/history.md has the layout.

use crate::engine::sink::{Report, Sink};
use crate::util::setting::BadSetting;
use std::path::PathBuf;
use std::sync::Arc;

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

impl super::OutputKind for Kind {
    const NAME: &'static str = "history";
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
        Ok(Arc::new(History))
    }

    fn dirs_to_prepare(&self) -> Vec<PathBuf> {
        vec![self.dir.clone()]
    }
}

/// Being written: takes every report and keeps nothing yet.
struct History;

impl Sink for History {
    fn name(&self) -> &'static str {
        "history"
    }

    fn deliver(&self, _report: &Arc<Report>) {}
}
