//! Validated settings: everything past the CLI layer takes `&Settings` and never sees a
//! raw string that still needs checking.

use crate::registry;
use std::path::PathBuf;
use std::time::Duration;

/// Raw values as clap collected them (flag, else environment, else env file, else default).
/// Typed fields that can be malformed stay strings here so the error can name both the
/// flag and its variable.
#[derive(clap::Args, Debug, Clone)]
pub struct RawSettings {
    /// Env file with KEY=VALUE lines (GATHERER_* names) filling unset settings; a missing file is fine
    #[arg(
        long,
        env = "GATHERER_ENV_FILE",
        default_value = "/etc/default/gatherer",
        global = true,
        value_name = "PATH"
    )]
    pub env_file: PathBuf,

    /// Collectors to run, comma-separated [default: every collector enabled by default]
    #[arg(long, env = "GATHERER_COLLECTORS", global = true, value_name = "LIST")]
    pub collectors: Option<String>,

    /// Where procfs is mounted (tests point this at a fixture tree)
    #[arg(long, env = "GATHERER_PROC_ROOT", default_value = "/proc", global = true, value_name = "DIR")]
    pub proc_root: PathBuf,

    /// Where sysfs is mounted
    #[arg(long, env = "GATHERER_SYS_ROOT", default_value = "/sys", global = true, value_name = "DIR")]
    pub sys_root: PathBuf,

    /// Length of one disk %util window, in seconds
    #[arg(long, env = "GATHERER_DISKSTATS_INTERVAL", default_value = "30", global = true, value_name = "SECONDS")]
    pub diskstats_interval: String,

    /// State file of the diskstats collector
    #[arg(
        long,
        env = "GATHERER_DISKSTATS_STATE",
        default_value = "/tmp/__check_graphite_iostats.tmp",
        global = true,
        value_name = "PATH"
    )]
    pub diskstats_state: PathBuf,

    /// Root of the Graphite whisper tree to count
    #[arg(
        long,
        env = "GATHERER_WHISPER_ROOT",
        default_value = "/opt/graphite/storage/whisper",
        global = true,
        value_name = "DIR"
    )]
    pub whisper_root: PathBuf,

    /// State file of the whisper collector
    #[arg(
        long,
        env = "GATHERER_WHISPER_STATE",
        default_value = "/opt/graphite/storage/whisper.nb_metrics",
        global = true,
        value_name = "PATH"
    )]
    pub whisper_state: PathBuf,

    /// Seconds between whisper counts (incremental between full scans)
    #[arg(long, env = "GATHERER_WHISPER_INTERVAL", default_value = "300", global = true, value_name = "SECONDS")]
    pub whisper_interval: String,

    /// Seconds between full rescans of the whisper tree, bounding any drift
    #[arg(long, env = "GATHERER_WHISPER_FULL_EVERY", default_value = "3600", global = true, value_name = "SECONDS")]
    pub whisper_full_every: String,

    /// Threads reading directories in a full whisper scan (several reads in flight help a cold cache)
    #[arg(long, env = "GATHERER_WHISPER_THREADS", default_value = "4", global = true, value_name = "N")]
    pub whisper_threads: String,

    /// Follow whisper changes with inotify between full scans, while the watch budget allows (1/0)
    #[arg(long, env = "GATHERER_WHISPER_INOTIFY", default_value = "1", global = true, value_name = "BOOL", num_args = 0..=1, default_missing_value = "1")]
    pub whisper_inotify: String,

    /// State file of the vmware collector
    #[arg(
        long,
        env = "GATHERER_VMWARE_STATE",
        default_value = "/dev/shm/vmware_stats_export.dat",
        global = true,
        value_name = "PATH"
    )]
    pub vmware_state: PathBuf,

    /// Seconds between VMware CPU ready polls
    #[arg(long, env = "GATHERER_VMWARE_INTERVAL", default_value = "60", global = true, value_name = "SECONDS")]
    pub vmware_interval: String,

    /// vCenter or ESXi SDK URL, e.g. https://vcenter.example.com/sdk [default: none: use guest steal time]
    #[arg(long, env = "GATHERER_VSPHERE_URL", global = true, value_name = "URL")]
    pub vsphere_url: Option<String>,

    /// vSphere user (read-only is enough)
    #[arg(long, env = "GATHERER_VSPHERE_USER", global = true, value_name = "NAME")]
    pub vsphere_user: Option<String>,

    /// File holding the vSphere password on its first line; must not be readable by group or others
    #[arg(long, env = "GATHERER_VSPHERE_PASSWORD_FILE", global = true, value_name = "PATH")]
    pub vsphere_password_file: Option<PathBuf>,

    /// PEM file of the CA(s) that signed the vSphere server's certificate (added to the system's)
    #[arg(long, env = "GATHERER_VSPHERE_CA_FILE", global = true, value_name = "PATH")]
    pub vsphere_ca_file: Option<PathBuf>,

    /// Do not check the vSphere server's certificate (logged as a warning)
    #[arg(long, env = "GATHERER_VSPHERE_INSECURE", default_value = "0", global = true, value_name = "BOOL", num_args = 0..=1, default_missing_value = "1")]
    pub vsphere_insecure: String,

    /// Allow an http:// vSphere URL, which sends the password in clear text (refused otherwise)
    #[arg(long, env = "GATHERER_VSPHERE_ALLOW_HTTP", default_value = "0", global = true, value_name = "BOOL", num_args = 0..=1, default_missing_value = "1")]
    pub vsphere_allow_http: String,

    /// Seconds one vSphere request may take
    #[arg(long, env = "GATHERER_VSPHERE_TIMEOUT", default_value = "30", global = true, value_name = "SECONDS")]
    pub vsphere_timeout: String,

    /// This VM in vSphere, when its BIOS UUID cannot be read: a moref (vm-42), an inventory path or a name
    #[arg(long, env = "GATHERER_VSPHERE_VM", global = true, value_name = "VM")]
    pub vsphere_vm: Option<String>,

    /// Log file [default: standard error; for `start`: /var/log/gatherer/gatherer.log]
    #[arg(long, env = "GATHERER_LOG_FILE", global = true, value_name = "PATH")]
    pub log_file: Option<PathBuf>,

    /// Pidfile of `start`, `stop` and `status` (held locked while the daemon runs)
    #[arg(long, env = "GATHERER_PIDFILE", default_value = "/run/gatherer.pid", global = true, value_name = "PATH")]
    pub pidfile: PathBuf,

    /// Seconds `stop` waits after SIGTERM before it sends SIGKILL
    #[arg(long, env = "GATHERER_STOP_TIMEOUT", default_value = "30", global = true, value_name = "SECONDS")]
    pub stop_timeout: String,

    /// User to run as once the pidfile and log file are open (requires starting as root)
    #[arg(long, env = "GATHERER_USER", global = true, value_name = "NAME")]
    pub user: Option<String>,

    /// Group to run as [default: the user's primary group]
    #[arg(long, env = "GATHERER_GROUP", global = true, value_name = "NAME")]
    pub group: Option<String>,

    /// Log at DEBUG instead of INFO (1/0, true/false, yes/no, on/off)
    #[arg(long, env = "GATHERER_DEBUG", global = true, value_name = "BOOL", num_args = 0..=1, default_missing_value = "1")]
    pub debug: Option<String>,
}

/// Ready-to-use settings.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// Enabled collectors, in registry order.
    pub collectors: Vec<&'static str>,
    pub proc_root: PathBuf,
    pub sys_root: PathBuf,
    pub diskstats_interval: Duration,
    pub diskstats_state: PathBuf,
    pub whisper_root: PathBuf,
    pub whisper_state: PathBuf,
    pub whisper_interval: Duration,
    pub whisper_full_every: Duration,
    pub whisper_threads: usize,
    pub whisper_inotify: bool,
    pub vmware_state: PathBuf,
    pub vmware_interval: Duration,
    pub vsphere_url: Option<String>,
    pub vsphere_user: Option<String>,
    pub vsphere_password_file: Option<PathBuf>,
    pub vsphere_ca_file: Option<PathBuf>,
    pub vsphere_insecure: bool,
    pub vsphere_allow_http: bool,
    pub vsphere_timeout: Duration,
    pub vsphere_vm: Option<String>,
    pub log_file: Option<PathBuf>,
    pub debug: bool,
    pub pidfile: PathBuf,
    pub stop_timeout: Duration,
    pub user: Option<String>,
    pub group: Option<String>,
}

/// A setting with a bad value: which one, and what was wrong.
#[derive(Debug)]
pub struct BadSetting(pub String);

impl std::fmt::Display for BadSetting {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for BadSetting {}

fn bad(flag: &str, value: &str, why: &str) -> BadSetting {
    let var = format!("GATHERER_{}", flag.trim_start_matches('-').replace('-', "_").to_uppercase());
    BadSetting(format!("invalid value {value:?} for --{flag} ({var}): {why}"))
}

impl Settings {
    pub fn from_raw(raw: &RawSettings) -> Result<Settings, BadSetting> {
        Ok(Settings {
            collectors: collectors(raw.collectors.as_deref())?,
            proc_root: raw.proc_root.clone(),
            sys_root: raw.sys_root.clone(),
            diskstats_interval: seconds("diskstats-interval", &raw.diskstats_interval)?,
            diskstats_state: raw.diskstats_state.clone(),
            whisper_root: raw.whisper_root.clone(),
            whisper_state: raw.whisper_state.clone(),
            whisper_interval: seconds("whisper-interval", &raw.whisper_interval)?,
            whisper_full_every: seconds("whisper-full-every", &raw.whisper_full_every)?,
            whisper_threads: count("whisper-threads", &raw.whisper_threads, 1..=64)?,
            whisper_inotify: boolean("whisper-inotify", &raw.whisper_inotify)?,
            vmware_state: raw.vmware_state.clone(),
            vmware_interval: seconds("vmware-interval", &raw.vmware_interval)?,
            vsphere_url: vsphere_url(raw)?,
            vsphere_user: raw.vsphere_user.clone().filter(|u| !u.is_empty()),
            vsphere_password_file: raw.vsphere_password_file.clone(),
            vsphere_ca_file: raw.vsphere_ca_file.clone(),
            vsphere_insecure: boolean("vsphere-insecure", &raw.vsphere_insecure)?,
            vsphere_allow_http: boolean("vsphere-allow-http", &raw.vsphere_allow_http)?,
            vsphere_timeout: seconds("vsphere-timeout", &raw.vsphere_timeout)?,
            vsphere_vm: raw.vsphere_vm.clone().filter(|v| !v.is_empty()),
            log_file: raw.log_file.clone(),
            debug: match &raw.debug {
                None => false,
                Some(v) => boolean("debug", v)?,
            },
            pidfile: raw.pidfile.clone(),
            stop_timeout: seconds("stop-timeout", &raw.stop_timeout)?,
            user: raw.user.clone().filter(|u| !u.is_empty()),
            group: raw.group.clone().filter(|g| !g.is_empty()),
        })
    }
}

/// A URL as it may be shown: any `user:password@` part replaced by `***@`.
pub fn redact_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else { return url.to_string() };
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    match rest[..host_end].rfind('@') {
        Some(at) => format!("{scheme}://***@{}", &rest[at + 1..]),
        None => url.to_string(),
    }
}

/// `--vsphere-url`: https (http only when explicitly allowed), no credentials inside,
/// and a user and password file to log in with. Errors never show the URL's userinfo.
fn vsphere_url(raw: &RawSettings) -> Result<Option<String>, BadSetting> {
    let Some(url) = raw.vsphere_url.as_deref().filter(|u| !u.is_empty()) else { return Ok(None) };
    let shown = redact_url(url);
    let fail = |why: &str| Err(bad("vsphere-url", &shown, why));
    let parsed = match reqwest::Url::parse(url) {
        Ok(u) => u,
        Err(e) => return fail(&format!("not a URL ({e})")),
    };
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return fail("credentials do not belong in the URL; use --vsphere-user and --vsphere-password-file");
    }
    match parsed.scheme() {
        "https" => {}
        "http" if boolean("vsphere-allow-http", &raw.vsphere_allow_http)? => {}
        "http" => {
            return fail(
                "http:// would send the vSphere password in clear text; use https:// \
                         (or set --vsphere-allow-http if you must)",
            )
        }
        other => return fail(&format!("scheme {other:?} is not https")),
    }
    if parsed.host_str().is_none_or(str::is_empty) {
        return fail("no host");
    }
    let missing: Vec<&str> = [
        ("--vsphere-user", raw.vsphere_user.as_deref().is_none_or(str::is_empty)),
        ("--vsphere-password-file", raw.vsphere_password_file.as_deref().is_none_or(|p| p.as_os_str().is_empty())),
    ]
    .into_iter()
    .filter_map(|(flag, absent)| absent.then_some(flag))
    .collect();
    if !missing.is_empty() {
        return fail(&format!("a vSphere URL needs {} as well", missing.join(" and ")));
    }
    Ok(Some(url.to_string()))
}

fn collectors(list: Option<&str>) -> Result<Vec<&'static str>, BadSetting> {
    let Some(list) = list else {
        return Ok(registry::default_names());
    };
    let wanted: Vec<&str> = list.split(',').map(str::trim).filter(|s| !s.is_empty()).collect();
    if wanted.is_empty() {
        return Err(bad("collectors", list, "names no collector"));
    }
    for w in &wanted {
        if !registry::names().any(|n| n == *w) {
            let why = format!("unknown collector {w:?}; known: {}", registry::names().collect::<Vec<_>>().join(", "));
            return Err(bad("collectors", list, &why));
        }
    }
    Ok(registry::names().filter(|n| wanted.contains(n)).collect())
}

/// A positive number of seconds, fractions allowed (tests use short windows), at most a day.
pub fn seconds(flag: &str, value: &str) -> Result<Duration, BadSetting> {
    match value.trim().parse::<f64>() {
        Ok(s) if (0.01..=86_400.0).contains(&s) => Ok(Duration::from_secs_f64(s)),
        _ => Err(bad(flag, value, "expected a number of seconds from 0.01 to 86400")),
    }
}

pub fn count(flag: &str, value: &str, range: std::ops::RangeInclusive<usize>) -> Result<usize, BadSetting> {
    match value.trim().parse::<usize>() {
        Ok(n) if range.contains(&n) => Ok(n),
        _ => Err(bad(flag, value, &format!("expected a whole number from {} to {}", range.start(), range.end()))),
    }
}

pub fn boolean(flag: &str, value: &str) -> Result<bool, BadSetting> {
    match value.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Ok(true),
        "" | "0" | "false" | "no" | "off" => Ok(false),
        _ => Err(bad(flag, value, "expected 1/0, true/false, yes/no or on/off")),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Settings as every default gives them, for tests elsewhere in the crate.
    pub(crate) fn defaults() -> Settings {
        use clap::Parser;
        #[derive(clap::Parser)]
        struct Only {
            #[command(flatten)]
            raw: RawSettings,
        }
        Settings::from_raw(&Only::try_parse_from(["gatherer"]).unwrap().raw).unwrap()
    }

    #[test]
    fn seconds_accepts_fractions_and_names_the_variable_on_error() {
        assert_eq!(seconds("diskstats-interval", "2.5").unwrap(), Duration::from_millis(2500));
        for bad_value in ["0", "-1", "abc", "", "NaN", "1e9"] {
            let err = seconds("diskstats-interval", bad_value).unwrap_err().to_string();
            assert!(err.contains("--diskstats-interval") && err.contains("GATHERER_DISKSTATS_INTERVAL"), "{err}");
            assert!(err.contains(&format!("{bad_value:?}")), "{err}");
        }
    }

    #[test]
    fn booleans() {
        assert!(boolean("debug", "1").unwrap());
        assert!(boolean("debug", "Yes").unwrap());
        assert!(!boolean("debug", "0").unwrap());
        assert!(boolean("debug", "maybe").unwrap_err().to_string().contains("GATHERER_DEBUG"));
    }

    #[test]
    fn urls_are_redacted_for_display() {
        assert_eq!(redact_url("https://u:hunter2@vc.example/sdk"), "https://***@vc.example/sdk");
        assert_eq!(redact_url("https://vc.example/sdk?a=b@c"), "https://vc.example/sdk?a=b@c");
        assert_eq!(redact_url("nonsense"), "nonsense");
    }

    #[test]
    fn collectors_are_checked_against_the_registry() {
        assert_eq!(collectors(Some(" diskstats ,")).unwrap(), ["diskstats"]);
        assert_eq!(collectors(None).unwrap(), registry::default_names());
        let err = collectors(Some("diskstats,nope")).unwrap_err().to_string();
        assert!(err.contains("\"nope\"") && err.contains("GATHERER_COLLECTORS"), "{err}");
        assert!(collectors(Some(",")).is_err());
    }
}
