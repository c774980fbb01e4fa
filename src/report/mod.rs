//! `gatherer report`: the scripts' last outputs bundled into a reproducible `tar.gz` and
//! submitted with this node's UUID, as OpenVZ's vzstats does; off until `--report-url`
//! is set, and stopped by an opt-out file whatever the settings say.
//!
//! A run without a URL, or with the opt-out file present, sends nothing, says so and ends
//! with status 0, so the monthly timer and cron job are harmless wherever they are
//! installed. Each attempt is recorded in `<state-dir>/report.json`; a failed one is
//! simply tried again at the next run.

mod bundle;
mod node_id;
mod submit;

use crate::util::setting::{bad, boolean, redact_url_query, seconds, text, BadSetting};
use crate::util::timefmt;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The report's settings: in the env file like every other.
#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "Usage report (gatherer report)")]
#[group(id = "report-settings")]
pub(crate) struct Args {
    /// Where `gatherer report` POSTs the scripts' outputs and this node's UUID (https://...) [default: none: nothing is ever sent]
    #[arg(long, env = "GATHERER_REPORT_URL", value_name = "URL")]
    pub(crate) report_url: Option<String>,

    /// Seconds a submission may take: the connection, sending and the answer
    #[arg(long, env = "GATHERER_REPORT_TIMEOUT", default_value = "30", value_name = "SECONDS")]
    pub(crate) report_timeout: String,

    /// Allow an http:// report URL, which sends the report in clear text (refused otherwise)
    #[arg(long, env = "GATHERER_REPORT_ALLOW_HTTP", default_value = "0", value_name = "BOOL", num_args = 0..=1, default_missing_value = "1")]
    pub(crate) report_allow_http: String,

    /// File keeping this node's UUID, made at the first submission
    #[arg(long, env = "GATHERER_REPORT_UUID_FILE", default_value = "/var/lib/gatherer/uuid", value_name = "PATH")]
    pub(crate) report_uuid_file: PathBuf,

    /// While this file exists nothing is submitted (`gatherer report --disable` makes it)
    #[arg(
        long,
        env = "GATHERER_REPORT_DISABLE_FILE",
        default_value = "/etc/gatherer/report-disable",
        value_name = "PATH"
    )]
    pub(crate) report_disable_file: PathBuf,
}

/// What `gatherer report` is asked to do besides submitting: at most one.
#[derive(clap::Args, Debug, Clone)]
#[group(id = "report-action", multiple = false)]
pub(crate) struct Actions {
    /// Print what would be sent (the UUID, the listing, each file), and send nothing
    #[arg(long)]
    pub(crate) view: bool,
    /// Opt this node out: make the opt-out file (--report-disable-file)
    #[arg(long)]
    pub(crate) disable: bool,
    /// Opt this node back in: remove the opt-out file
    #[arg(long)]
    pub(crate) enable: bool,
    /// Say whether reports are sent, where to, and how the last attempt went
    #[arg(long)]
    pub(crate) status: bool,
}

/// How `gatherer report` ended, for its exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ended {
    /// Sent, or nothing to do (no URL, opted out), or an action done: status 0.
    Ok,
    /// The submission or the action failed: status 1.
    Failed,
}

/// The validated settings.
struct Settings {
    /// `None`: no URL set.
    url: Option<reqwest::Url>,
    timeout: Duration,
    uuid_file: PathBuf,
    disable_file: PathBuf,
    state_dir: PathBuf,
}

impl Settings {
    fn new(args: &Args, state_dir: PathBuf) -> Result<Settings, BadSetting> {
        Ok(Settings {
            url: report_url(args)?,
            timeout: seconds("report-timeout", &args.report_timeout)?,
            uuid_file: args.report_uuid_file.clone(),
            disable_file: args.report_disable_file.clone(),
            state_dir,
        })
    }

    fn report_json(&self) -> PathBuf {
        self.state_dir.join("report.json")
    }
}

/// `--report-url`: https (http only when allowed), a host, no credentials inside.
fn report_url(args: &Args) -> Result<Option<reqwest::Url>, BadSetting> {
    let Some(url) = text(&args.report_url) else { return Ok(None) };
    let shown = redact_url_query(&url);
    let fail = |why: &str| Err(bad("report-url", &shown, why));
    let mut parsed = match reqwest::Url::parse(url.trim()) {
        Ok(u) => u,
        Err(e) => return fail(&format!("not a URL ({e})")),
    };
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return fail("must not hold credentials (logs and `gatherer config` would show them)");
    }
    match parsed.scheme() {
        "https" if cfg!(feature = "tls") => {}
        "https" => return fail("https needs a gatherer built with the tls feature"),
        "http" if boolean("report-allow-http", &args.report_allow_http)? => {}
        "http" => {
            return fail(
                "http:// would send the report in clear text; use https:// (or set --report-allow-http if you must)",
            )
        }
        other => return fail(&format!("scheme {other:?} is not https")),
    }
    if parsed.host_str().map_or(true, str::is_empty) {
        return fail("no host");
    }
    parsed.set_fragment(None);
    Ok(Some(parsed))
}

/// `gatherer report`: the action asked for, or a submission. A bad setting is returned
/// as such (the caller says it, with where it was set); the opt-out actions need only
/// their file, so a broken URL never stands in the way of opting out.
/// Every other failure is said on stderr and ends as [`Ended::Failed`].
pub(crate) fn run(args: &Args, actions: &Actions, state_dir: PathBuf) -> Result<Ended, BadSetting> {
    if actions.disable {
        return Ok(disable(&args.report_disable_file));
    }
    if actions.enable {
        return Ok(enable(&args.report_disable_file));
    }
    let s = Settings::new(args, state_dir)?;
    Ok(if actions.status {
        status(&s)
    } else if actions.view {
        view(&s)
    } else {
        submit(&s)
    })
}

/// Whether the opt-out file is there, with what to say. A path that cannot be looked at
/// counts as there: in doubt, nothing is sent.
fn opted_out(path: &Path) -> Option<String> {
    match std::fs::symlink_metadata(path) {
        Ok(_) => Some(format!("opted out: {} exists", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => {
            Some(format!("cannot tell whether the opt-out file {} exists ({e}); taken as opted out", path.display()))
        }
    }
}

fn disable(path: &Path) -> Ended {
    const TEXT: &str = "# gatherer report: this node is opted out; nothing is submitted while this file exists.\n\
                        # `gatherer report --enable` (or removing this file) opts it back in.\n";
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty() && !d.exists()) {
        use std::os::unix::fs::DirBuilderExt;
        if let Err(e) = std::fs::DirBuilder::new().mode(0o755).create(dir) {
            eprintln!("gatherer report: cannot create directory {}: {e}", dir.display());
            return Ended::Failed;
        }
    }
    match crate::util::atomic::create_exclusive(path, TEXT.as_bytes()) {
        Ok(true) => say!("report: disabled: {} made; nothing will be submitted", path.display()),
        Ok(false) => say!("report: already disabled: {} exists", path.display()),
        Err(e) => {
            eprintln!("gatherer report: cannot disable: {e:#}");
            return Ended::Failed;
        }
    }
    Ended::Ok
}

fn enable(path: &Path) -> Ended {
    match std::fs::remove_file(path) {
        Ok(()) => say!("report: enabled: {} removed", path.display()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            say!("report: already enabled: {} does not exist", path.display())
        }
        Err(e) => {
            eprintln!("gatherer report: cannot enable: cannot remove {}: {e}", path.display());
            return Ended::Failed;
        }
    }
    Ended::Ok
}

fn destination(s: &Settings) -> String {
    match &s.url {
        Some(u) => redact_url_query(u.as_str()),
        None => "none: no --report-url (GATHERER_REPORT_URL) set, nothing is sent".into(),
    }
}

fn uuid_line(s: &Settings) -> (String, bool) {
    match node_id::read(&s.uuid_file) {
        Ok(Some(id)) => (format!("{} ({})", id.as_str(), s.uuid_file.display()), true),
        Ok(None) => (format!("none yet: made in {} at the first submission", s.uuid_file.display()), true),
        Err(e) => (format!("{e:#}"), false),
    }
}

fn status(s: &Settings) -> Ended {
    match opted_out(&s.disable_file) {
        Some(why) => say!("submissions: disabled ({why})"),
        None => say!("submissions: enabled (no {})", s.disable_file.display()),
    }
    say!("destination: {}", destination(s));
    let (uuid, ok) = uuid_line(s);
    say!("uuid: {uuid}");
    match LastReport::read(&s.report_json()) {
        Some(last) => {
            say!("last attempt: {}", last.describe());
            match last.last_sent_at_unix {
                Some(t) => say!("last sent: {}", timefmt::rfc3339(t)),
                None => say!("last sent: never"),
            }
        }
        None => say!("last attempt: none recorded in {}", s.report_json().display()),
    }
    if ok {
        Ended::Ok
    } else {
        Ended::Failed
    }
}

fn view(s: &Settings) -> Ended {
    say!("gatherer report --view: what a submission would send now; nothing is sent, nothing is written");
    say!("destination: {}", destination(s));
    match opted_out(&s.disable_file) {
        Some(why) => say!("submissions: disabled ({why})"),
        None => say!("submissions: enabled"),
    }
    let (uuid, ok) = uuid_line(s);
    say!("field uuid: {uuid}");
    let b = match bundle::build(&s.state_dir) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("gatherer report: {e:#}");
            return Ended::Failed;
        }
    };
    for why in &b.left_out {
        eprintln!("gatherer report: left out: {why}");
    }
    say!("field file: {}, {} bytes (application/gzip), {} files:", bundle::FILE_NAME, b.gz.len(), b.entries.len());
    for e in &b.entries {
        say!("  -rw-r--r-- root/root {:>9} 1970-01-01 00:00 {}", e.data.len(), e.name);
    }
    for e in &b.entries {
        say!("\n==> {} <==", e.name);
        match std::str::from_utf8(&e.data) {
            Ok(t) => {
                use std::io::Write as _;
                let _ = std::io::stdout().write_all(t.as_bytes());
                if !t.is_empty() && !t.ends_with('\n') {
                    say!("\n(no newline at the end)");
                }
            }
            Err(_) => say!("({} bytes, not UTF-8 text: not shown)", e.data.len()),
        }
    }
    if ok {
        Ended::Ok
    } else {
        Ended::Failed
    }
}

fn submit(s: &Settings) -> Ended {
    let now = timefmt::now_unix_ms().div_euclid(1000);
    let previous = LastReport::read(&s.report_json());
    let mut rec = LastReport {
        attempted_at_unix: now,
        attempted_at: timefmt::rfc3339(now),
        result: Outcome::Failed,
        reason: None,
        url: s.url.as_ref().map(|u| redact_url_query(u.as_str())),
        http_status: None,
        bytes: None,
        scripts: None,
        last_sent_at_unix: previous.and_then(|p| p.last_sent_at_unix),
    };
    // Nothing to do: said on stdout (a cron job mails only what goes to stderr), and
    // recorded only where the state directory already is.
    if let Some(why) = opted_out(&s.disable_file) {
        say!("report: not sent: {why}");
        rec.result = Outcome::Disabled;
        rec.reason = Some(why);
        record(s, &rec, false);
        return Ended::Ok;
    }
    let Some(url) = &s.url else {
        say!("report: not sent: no --report-url (GATHERER_REPORT_URL) set");
        rec.result = Outcome::NoUrl;
        record(s, &rec, false);
        return Ended::Ok;
    };
    let failed = |rec: &mut LastReport, why: String| {
        eprintln!("gatherer report: not sent to {}: {why}", redact_url_query(url.as_str()));
        rec.reason = Some(why);
        record(s, rec, true);
        Ended::Failed
    };
    let b = match bundle::build(&s.state_dir) {
        Ok(b) => b,
        Err(e) => return failed(&mut rec, format!("{e:#}")),
    };
    for why in &b.left_out {
        eprintln!("gatherer report: left out: {why}");
    }
    rec.bytes = Some(b.gz.len() as u64);
    rec.scripts = Some(b.entries.len());
    let id = match node_id::load_or_create(&s.uuid_file) {
        Ok(id) => id,
        Err(e) => return failed(&mut rec, format!("{e:#}")),
    };
    match submit::post(url, id.as_str(), &b.gz, s.timeout) {
        submit::Posted::Taken { status } => {
            rec.result = Outcome::Sent;
            rec.http_status = Some(status);
            rec.last_sent_at_unix = Some(now);
            say!(
                "report: sent to {}: {} scripts, {} bytes, HTTP {status}",
                redact_url_query(url.as_str()),
                b.entries.len(),
                b.gz.len()
            );
            if record(s, &rec, true) {
                Ended::Ok
            } else {
                Ended::Failed
            }
        }
        submit::Posted::Refused { status, text } => {
            rec.http_status = Some(status);
            failed(&mut rec, format!("the server answered {status}: {text}"))
        }
        submit::Posted::NoAnswer(why) => failed(&mut rec, why),
    }
}

/// Write report.json; say a failure. `needed`: the state directory should be there (a
/// submission), so a missing one is said too. Returns whether it was written.
fn record(s: &Settings, rec: &LastReport, needed: bool) -> bool {
    let path = s.report_json();
    if !s.state_dir.is_dir() {
        if needed {
            eprintln!("gatherer report: {} not written: {} is not a directory", path.display(), s.state_dir.display());
        }
        return !needed;
    }
    let mut json = serde_json::to_vec_pretty(rec).expect("plain data serializes");
    json.push(b'\n');
    match crate::util::atomic::write_atomic(&path, &json) {
        Ok(()) => true,
        Err(e) => {
            eprintln!("gatherer report: {e:#}");
            false
        }
    }
}

/// The result of the last attempt, as report.json says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Outcome {
    /// The server answered 2xx.
    Sent,
    /// Not sent: see `reason`; tried again at the next run.
    Failed,
    /// Not sent: the opt-out file exists.
    Disabled,
    /// Not sent: no `--report-url`.
    NoUrl,
}

/// `<state-dir>/report.json`: the last attempt. docs/report.md describes each field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct LastReport {
    pub(crate) attempted_at_unix: i64,
    pub(crate) attempted_at: String,
    pub(crate) result: Outcome,
    #[serde(default)]
    pub(crate) reason: Option<String>,
    /// The destination, without any password.
    #[serde(default)]
    pub(crate) url: Option<String>,
    #[serde(default)]
    pub(crate) http_status: Option<u16>,
    /// The bundle's size (gzipped), when one was built.
    #[serde(default)]
    pub(crate) bytes: Option<u64>,
    #[serde(default)]
    pub(crate) scripts: Option<usize>,
    /// When a report was last taken by the server, by this or an earlier attempt.
    #[serde(default)]
    pub(crate) last_sent_at_unix: Option<i64>,
}

impl LastReport {
    /// The file's record; `None` when it is missing or unreadable (it is only history).
    fn read(path: &Path) -> Option<LastReport> {
        let mut bytes = Vec::new();
        crate::util::file::read_into(path, crate::util::file::Links::Refuse, 1 << 20, &mut bytes).ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    fn describe(&self) -> String {
        let what = match self.result {
            Outcome::Sent => "sent",
            Outcome::Failed => "failed",
            Outcome::Disabled => "not sent (opted out)",
            Outcome::NoUrl => "not sent (no URL)",
        };
        let mut s = format!("{} {what}", self.attempted_at);
        if let Some(code) = self.http_status {
            s.push_str(&format!(", HTTP {code}"));
        }
        if let Some(b) = self.bytes {
            s.push_str(&format!(", {b} bytes"));
        }
        if let (Outcome::Failed, Some(r)) = (self.result, &self.reason) {
            s.push_str(&format!(": {r}"));
        }
        s
    }
}
