//! The vmware collector as gatherer sees it: its settings (with the vSphere URL checked
//! before anything starts), its samples, its check and its munin graph.

use super::{soap, CpuReady, Vmware, NAME};
use crate::checks::{
    grade, number, perfdata, Check, DynCheck, DynGraph, Field, Graph, NoArgs, PluginState, Thresholds,
};
use crate::collectors::{CollectorKind, Common, Schedule};
use crate::engine::collector::Cancel;
use crate::engine::sample::{Metric, MetricKind, Sample, Unit};
use crate::state::StateSource;
use crate::util::setting::{bad, boolean, redact_url, seconds, text, BadSetting};
use anyhow::Result;
use std::path::PathBuf;
use std::time::Duration;

/// What the vmware state file needs.
#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "VMware CPU ready (vmware collector)")]
#[group(id = "vmware-state")]
pub(crate) struct StateArgs {
    /// State file of the vmware collector
    #[arg(
        long,
        env = "GATHERER_VMWARE_STATE",
        default_value = "/dev/shm/vmware_stats_export.dat",
        value_name = "PATH"
    )]
    pub(crate) vmware_state: PathBuf,

    /// Seconds between VMware CPU ready polls
    #[arg(long, env = "GATHERER_VMWARE_INTERVAL", default_value = "60", value_name = "SECONDS")]
    pub(crate) vmware_interval: String,
}

/// Every vmware setting.
#[derive(clap::Args, Debug, Clone)]
#[group(id = "vmware")]
pub(crate) struct Args {
    #[command(flatten)]
    pub(crate) state: StateArgs,

    /// vCenter or ESXi SDK URL, e.g. https://vcenter.example.com/sdk [default: none: use guest steal time]
    #[arg(long, env = "GATHERER_VSPHERE_URL", value_name = "URL")]
    pub(crate) vsphere_url: Option<String>,

    /// vSphere user (read-only is enough)
    #[arg(long, env = "GATHERER_VSPHERE_USER", value_name = "NAME")]
    pub(crate) vsphere_user: Option<String>,

    /// File holding the vSphere password on its first line: a regular file (no symlink, one name) of root or the daemon's user, readable by its owner only
    #[arg(long, env = "GATHERER_VSPHERE_PASSWORD_FILE", value_name = "PATH")]
    pub(crate) vsphere_password_file: Option<PathBuf>,

    /// PEM file of the CA(s) that signed the vSphere server's certificate (added to the system's)
    #[arg(long, env = "GATHERER_VSPHERE_CA_FILE", value_name = "PATH")]
    pub(crate) vsphere_ca_file: Option<PathBuf>,

    /// Do not check the vSphere server's certificate (logged as a warning)
    #[arg(long, env = "GATHERER_VSPHERE_INSECURE", default_value = "0", value_name = "BOOL", num_args = 0..=1, default_missing_value = "1")]
    pub(crate) vsphere_insecure: String,

    /// Allow an http:// vSphere URL, which sends the password in clear text (refused otherwise)
    #[arg(long, env = "GATHERER_VSPHERE_ALLOW_HTTP", default_value = "0", value_name = "BOOL", num_args = 0..=1, default_missing_value = "1")]
    pub(crate) vsphere_allow_http: String,

    /// Seconds one vSphere request may take, answer included
    #[arg(long, env = "GATHERER_VSPHERE_TIMEOUT", default_value = "30", value_name = "SECONDS")]
    pub(crate) vsphere_timeout: String,

    /// This VM in vSphere, when its BIOS UUID cannot be read: a moref (vm-42), an inventory path or a name
    #[arg(long, env = "GATHERER_VSPHERE_VM", value_name = "VM")]
    pub(crate) vsphere_vm: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Settings {
    pub(crate) proc_root: PathBuf,
    pub(crate) sys_root: PathBuf,
    pub(crate) state_path: PathBuf,
    pub(crate) interval: Duration,
    /// How to reach vSphere; `None`: the guest's steal time.
    pub(crate) vsphere: Option<soap::Config>,
    pub(crate) vm: Option<String>,
}

impl CollectorKind for Vmware {
    const NAME: &'static str = NAME;
    const ABOUT: &'static str = "whether this host is a VMware VM and its vCPUs' CPU ready % (vSphere, or steal time)";
    type Args = Args;
    type StateArgs = StateArgs;
    type Settings = Settings;
    type Collector = Vmware;

    fn settings(args: Args, common: &Common) -> Result<Settings, BadSetting> {
        let state = Self::state(args.state.clone(), &common.state_dir)?;
        let insecure = boolean("vsphere-insecure", &args.vsphere_insecure)?;
        let timeout = seconds("vsphere-timeout", &args.vsphere_timeout)?;
        let vsphere = vsphere_url(&args)?.map(|url| soap::Config {
            url,
            user: text(&args.vsphere_user).unwrap_or_default(),
            password_file: args.vsphere_password_file.clone().unwrap_or_default(),
            ca_file: args.vsphere_ca_file.clone().filter(|p| !p.as_os_str().is_empty()),
            insecure,
            timeout,
        });
        Ok(Settings {
            proc_root: common.proc_root.clone(),
            sys_root: common.sys_root.clone(),
            state_path: state.path,
            interval: state.interval,
            vsphere,
            vm: text(&args.vsphere_vm),
        })
    }

    fn state(args: StateArgs, _state_dir: &std::path::Path) -> Result<StateSource, BadSetting> {
        Ok(StateSource {
            collector: NAME,
            path: args.vmware_state,
            interval: seconds("vmware-interval", &args.vmware_interval)?,
        })
    }

    fn schedule(s: &Settings) -> Schedule {
        Schedule::every(s.interval, &s.state_path)
    }

    fn build(s: &Settings, _cancel: &Cancel) -> Result<Vmware> {
        if let Some(c) = &s.vsphere {
            soap::read_password(&c.password_file)?; // refuse a readable password file at once
        }
        Ok(Vmware::new(&s.sys_root, &s.proc_root, s.vsphere.clone(), s.vm.clone()))
    }

    fn checks() -> &'static [&'static dyn DynCheck] {
        &[&READY_CHECK]
    }

    fn graphs() -> &'static [&'static dyn DynGraph] {
        &[&READY_GRAPH]
    }
}

/// `--vsphere-url`: https (http only when explicitly allowed), no credentials inside,
/// and a user and password file to log in with. Errors never show the URL's userinfo.
fn vsphere_url(args: &Args) -> Result<Option<String>, BadSetting> {
    let Some(url) = text(&args.vsphere_url) else { return Ok(None) };
    let shown = redact_url(&url);
    let fail = |why: &str| Err(bad("vsphere-url", &shown, why));
    let parsed = match reqwest::Url::parse(&url) {
        Ok(u) => u,
        Err(e) => return fail(&format!("not a URL ({e})")),
    };
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return fail("credentials do not belong in the URL; use --vsphere-user and --vsphere-password-file");
    }
    match parsed.scheme() {
        "https" => {}
        "http" if boolean("vsphere-allow-http", &args.vsphere_allow_http)? => {}
        "http" => {
            return fail(
                "http:// would send the vSphere password in clear text; use https:// (or set --vsphere-allow-http if \
                 you must)",
            )
        }
        other => return fail(&format!("scheme {other:?} is not https")),
    }
    if parsed.host_str().map_or(true, str::is_empty) {
        return fail("no host");
    }
    let missing: Vec<&str> = [
        ("--vsphere-user", text(&args.vsphere_user).is_none()),
        ("--vsphere-password-file", args.vsphere_password_file.as_deref().map_or(true, |p| p.as_os_str().is_empty())),
    ]
    .into_iter()
    .filter_map(|(flag, absent)| absent.then_some(flag))
    .collect();
    if !missing.is_empty() {
        return fail(&format!("a vSphere URL needs {} as well", missing.join(" and ")));
    }
    Ok(Some(url))
}

const fn gauge(name: &'static str, prom: &'static str, help: &'static str, unit: Unit) -> Metric {
    Metric { name, prom, help, kind: MetricKind::Gauge, unit }
}

pub(crate) static IS_VMWARE: Metric =
    gauge("is_vmware", "gatherer_vmware_guest", "1 when this host is a VMware VM", Unit::Number);
pub(crate) static READY_PCT: Metric = gauge(
    "cpu_ready_pct",
    "gatherer_vmware_cpu_ready_percent",
    "CPU ready time per vCPU over the latest sample",
    Unit::Percent,
);
pub(crate) static READY_TOTAL: Metric = gauge(
    "cpu_ready_pct_total",
    "gatherer_vmware_cpu_ready_total_percent",
    "CPU ready time summed over vCPUs over the latest sample",
    Unit::Percent,
);
pub(crate) static READY_SECONDS: Metric = gauge(
    "cpu_ready_seconds",
    "gatherer_vmware_cpu_ready_seconds",
    "CPU ready time summed over vCPUs during the latest sample",
    Unit::Seconds,
);
pub(crate) static VCPUS: Metric = gauge("num_cpu", "gatherer_vmware_vcpus", "vCPUs of this VM", Unit::Number);

pub(super) fn samples(r: &CpuReady, out: &mut Vec<Sample>) {
    out.push(Sample::new(&IS_VMWARE, f64::from(u8::from(r.is_vmware))));
    for (metric, v) in [
        (&READY_PCT, r.cpu_ready_pct),
        (&READY_TOTAL, r.cpu_ready_pct_total),
        (&READY_SECONDS, r.cpu_ready_ms.map(|ms| ms as f64 / 1000.0)),
        (&VCPUS, r.num_cpu.map(f64::from)),
    ] {
        if let Some(v) = v {
            out.push(Sample::new(metric, v));
        }
    }
}

/// `gatherer check vmware-ready`: per-vCPU CPU ready against VMware's guidance.
pub(crate) const READY_CHECK: Check<CpuReady, NoArgs> = Check {
    name: "vmware-ready",
    service: "VMWARE-READY",
    about: "VMware CPU ready % per vCPU (OK on a host that is not a VMware VM)",
    warning_help: "Warning range on CPU ready % per vCPU [default: 5]",
    critical_help: "Critical range on CPU ready % per vCPU [default: 10]",
    judge: judge_ready,
};

fn judge_ready(_: &NoArgs, t: &Thresholds, r: &CpuReady) -> (PluginState, String) {
    if !r.is_vmware {
        return (PluginState::Ok, "not a VMware VM, nothing to check".into());
    }
    let (Some(per), Some(total)) = (r.cpu_ready_pct, r.cpu_ready_pct_total) else {
        return (PluginState::Unknown, "VMware VM without a CPU ready figure yet".into());
    };
    let (w, c) = (t.warning_or("5"), t.critical_or("10"));
    let state = grade(per, Some(&w), Some(&c));
    let source = r.source.as_deref().unwrap_or("?");
    let text = format!(
        "CPU ready {}% per vCPU ({}% total over {} vCPUs, from {source})",
        number(per),
        number(total),
        r.num_cpu.unwrap_or(0)
    );
    let perf = [
        perfdata("cpu_ready", per, "%", Some(&w), Some(&c), Some(0.0), Some(100.0)),
        perfdata("cpu_ready_total", total, "%", None, None, Some(0.0), None),
    ];
    (state, format!("{text} | {}", perf.join(" ")))
}

/// munin's `gatherer_vmware_ready`.
pub(crate) const READY_GRAPH: Graph<CpuReady> = Graph {
    link: "gatherer_vmware_ready",
    title: "VMware CPU ready",
    vlabel: "%",
    category: "virtualization",
    args: "--base 1000 --lower-limit 0",
    warning: "5",
    critical: "10",
    fields: ready_fields,
    autoconf: ready_autoconf,
};

fn ready_fields(r: Option<&CpuReady>) -> Vec<Field> {
    vec![
        Field::new("ready", "per vCPU", r.and_then(|r| r.cpu_ready_pct)).with_thresholds(),
        Field::new("ready_total", "total", r.and_then(|r| r.cpu_ready_pct_total)),
    ]
}

fn ready_autoconf(r: Option<&CpuReady>) -> Result<(), String> {
    match r {
        Some(r) if !r.is_vmware => Err("not a VMware VM".into()),
        _ => Ok(()),
    }
}
