//! Is this host a VMware VM, and how much CPU ready time do its vCPUs suffer?
//!
//! Detection reads `<sys-root>/class/dmi/id/sys_vendor`. On a VMware guest with
//! `--vsphere-url`, the VM's `cpu.ready.summation` comes from vSphere (the VM is found by
//! its BIOS UUID, or `--vsphere-vm`); without one, the guest's own steal time from
//! `<proc-root>/stat` stands in, which counts ready time only when the VM has the steal
//! clock enabled. A host that is not a VMware VM makes no network call at all.

use crate::engine::collector::{Collector, Reading};
use crate::engine::sample::Sample;
use crate::util::file;
use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::time::Instant;

mod kind;
pub mod soap;
pub mod xml;

pub(crate) const NAME: &str = "vmware";
const STEAL_NOTE: &str = "guest steal time: counts CPU ready only when the VM has stealclock.enable = \"TRUE\" \
                          (hardware version 13+) and the kernel has paravirt steal clock; otherwise it stays 0";

/// What the state file holds.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct CpuReady {
    pub is_vmware: bool,
    /// `"vsphere"`, `"steal"`, or null when not a VMware VM.
    pub source: Option<String>,
    /// Managed object id of this VM (`vm-42`).
    pub vm: Option<String>,
    pub vm_name: Option<String>,
    pub num_cpu: Option<u32>,
    /// Ready time summed over all vCPUs during the sample, in ms.
    pub cpu_ready_ms: Option<u64>,
    /// Length of the sample, in seconds (vSphere realtime: 20).
    pub interval_s: Option<f64>,
    /// Average per vCPU: the figure VMware's guidance (5% per vCPU) is about.
    pub cpu_ready_pct: Option<f64>,
    /// Sum over vCPUs (what vCenter's chart shows for the VM).
    pub cpu_ready_pct_total: Option<f64>,
    /// Caveat on the source, when there is one.
    pub note: Option<String>,
}

impl CpuReady {
    fn not_vmware() -> Self {
        CpuReady {
            is_vmware: false,
            source: None,
            vm: None,
            vm_name: None,
            num_cpu: None,
            cpu_ready_ms: None,
            interval_s: None,
            cpu_ready_pct: None,
            cpu_ready_pct_total: None,
            note: None,
        }
    }
}

impl Reading for CpuReady {
    fn summary(&self) -> String {
        match (self.is_vmware, self.cpu_ready_pct, &self.source) {
            (false, _, _) => "not a VMware VM".into(),
            (true, Some(pct), Some(src)) => format!(
                "CPU ready {pct:.2}% per vCPU ({:.2}% total over {} vCPUs, from {src})",
                self.cpu_ready_pct_total.unwrap_or(0.0),
                self.num_cpu.unwrap_or(0)
            ),
            _ => "VMware VM, no CPU ready figure".into(),
        }
    }

    fn samples(&self, out: &mut Vec<Sample>) {
        kind::samples(self, out);
    }
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// (% total over vCPUs, % per vCPU) of `ready_ms` over `interval_s` (VMware KB 2002181).
pub(crate) fn ready_percent(ready_ms: f64, interval_s: f64, num_cpu: u32) -> (f64, f64) {
    let total = ready_ms / (interval_s * 1000.0) * 100.0;
    (round3(total), round3(total / f64::from(num_cpu.max(1))))
}

/// A small sysfs or procfs file as text (never blocking on whatever sits at the path).
fn small_text(path: &Path) -> std::io::Result<String> {
    file::read_text(path, 64 << 10)
}

/// Whether the DMI vendor says VMware.
pub(crate) fn is_vmware(sys_root: &Path) -> bool {
    small_text(&sys_root.join("class/dmi/id/sys_vendor")).is_ok_and(|v| v.trim() == "VMware, Inc.")
}

/// BIOS UUIDs to search vSphere for, best first: `product_serial` is in vSphere's byte
/// order; `product_uuid` may have its first three groups byte-swapped, depending on the
/// virtual hardware version, so both orders are tried. Lower case: FindByUuid is
/// case-sensitive on some servers.
pub(crate) fn uuid_candidates(sys_root: &Path) -> Vec<String> {
    let dmi = sys_root.join("class/dmi/id");
    let mut out = Vec::new();
    if let Some(u) = small_text(&dmi.join("product_serial")).ok().and_then(|s| uuid_from_serial(&s)) {
        out.push(u);
    }
    if let Some(u) = small_text(&dmi.join("product_uuid")).ok().and_then(|s| normalize_uuid(&s)) {
        for cand in [u.clone(), swap_uuid(&u)] {
            if !out.contains(&cand) {
                out.push(cand);
            }
        }
    }
    out
}

/// `VMware-42 28 13 f5 5d 5b 4b 6c-a5 d3 12 34 56 78 90 ab` → `422813f5-5d5b-4b6c-a5d3-1234567890ab`.
pub(crate) fn uuid_from_serial(serial: &str) -> Option<String> {
    let hex: String = serial.trim().strip_prefix("VMware-")?.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
    dashed(&hex)
}

fn normalize_uuid(s: &str) -> Option<String> {
    dashed(&s.trim().replace('-', ""))
}

fn dashed(hex: &str) -> Option<String> {
    if hex.len() != 32 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let h = hex.to_ascii_lowercase();
    Some(format!("{}-{}-{}-{}-{}", &h[0..8], &h[8..12], &h[12..16], &h[16..20], &h[20..32]))
}

/// The other byte order of the first three groups (little- vs big-endian fields).
pub(crate) fn swap_uuid(u: &str) -> String {
    let g: Vec<&str> = u.split('-').collect();
    let rev = |s: &str| s.as_bytes().chunks(2).rev().map(|c| std::str::from_utf8(c).unwrap_or("")).collect::<String>();
    format!("{}-{}-{}-{}-{}", rev(g[0]), rev(g[1]), rev(g[2]), g[3], g[4])
}

/// Total steal ticks and CPU count from `/proc/stat`.
fn read_steal(proc_stat: &Path) -> Result<(u64, u32)> {
    let text = file::read_text(proc_stat, 16 << 20).with_context(|| format!("cannot read {}", proc_stat.display()))?;
    let cpu = text
        .lines()
        .find(|l| l.starts_with("cpu "))
        .with_context(|| format!("{}: no cpu line", proc_stat.display()))?;
    let steal = cpu
        .split_whitespace()
        .nth(8)
        .and_then(|v| v.parse().ok())
        .with_context(|| format!("{}: the cpu line has no steal field: {cpu:?}", proc_stat.display()))?;
    let cpus =
        text.lines().filter(|l| l.starts_with("cpu") && l.as_bytes().get(3).is_some_and(u8::is_ascii_digit)).count();
    Ok((steal, cpus.max(1) as u32))
}

/// USER_HZ: the unit of /proc/stat.
fn user_hz() -> f64 {
    f64::from(rustix::param::clock_ticks_per_second().max(1) as u32)
}

pub(crate) struct Vmware {
    sys_root: PathBuf,
    proc_stat: PathBuf,
    vsphere: Option<(soap::Config, soap::Target)>,
    client: Option<soap::Client>,
    last_steal: Option<(Instant, u64)>,
}

impl Vmware {
    pub(crate) fn new(sys_root: &Path, proc_root: &Path, vsphere: Option<soap::Config>, vm: Option<String>) -> Self {
        let target = match vm {
            Some(v) => soap::Target::Named(v),
            None => soap::Target::Uuids(Vec::new()),
        };
        Vmware {
            sys_root: sys_root.to_path_buf(),
            proc_stat: proc_root.join("stat"),
            vsphere: vsphere.map(|c| (c, target)),
            client: None,
            last_steal: None,
        }
    }

    fn poll_vsphere(&mut self) -> Result<CpuReady> {
        let (config, target) = self.vsphere.as_mut().expect("checked by the caller");
        if let soap::Target::Uuids(list) = target {
            if list.is_empty() {
                *list = uuid_candidates(&self.sys_root);
                if list.is_empty() {
                    bail!(
                        "cannot read this VM's BIOS UUID from {}/class/dmi/id/product_serial or product_uuid \
                         (root only); run as root or set --vsphere-vm",
                        self.sys_root.display()
                    );
                }
            }
        }
        if self.client.is_none() {
            if config.insecure {
                log::warn!(target: NAME, "--vsphere-insecure: the vSphere server's certificate is NOT checked");
            }
            if config.url.starts_with("http://") {
                log::warn!(target: NAME, "--vsphere-allow-http: the vSphere password goes over the network in clear text");
            }
            self.client = Some(soap::Client::new(config.clone())?);
        }
        let s = self.client.as_mut().expect("just made").sample(target)?;
        let (total, per) = ready_percent(s.ready_ms as f64, f64::from(s.interval_s), s.num_cpu);
        Ok(CpuReady {
            is_vmware: true,
            source: Some("vsphere".into()),
            vm: Some(s.vm),
            vm_name: Some(s.vm_name),
            num_cpu: Some(s.num_cpu),
            cpu_ready_ms: Some(s.ready_ms),
            interval_s: Some(f64::from(s.interval_s)),
            cpu_ready_pct: Some(per),
            cpu_ready_pct_total: Some(total),
            note: None,
        })
    }

    fn poll_steal(&mut self) -> Result<Option<CpuReady>> {
        let now = Instant::now();
        let (steal, cpus) = read_steal(&self.proc_stat)?;
        let Some((then, before)) = self.last_steal.replace((now, steal)) else { return Ok(None) };
        let secs = now.duration_since(then).as_secs_f64();
        let ms = steal.saturating_sub(before) as f64 * 1000.0 / user_hz();
        let (total, per) = ready_percent(ms, secs, cpus);
        Ok(Some(CpuReady {
            is_vmware: true,
            source: Some("steal".into()),
            num_cpu: Some(cpus),
            cpu_ready_ms: Some(ms.round() as u64),
            interval_s: Some((secs * 1000.0).round() / 1000.0),
            cpu_ready_pct: Some(per),
            cpu_ready_pct_total: Some(total),
            note: Some(STEAL_NOTE.into()),
            ..CpuReady::not_vmware()
        }))
    }
}

impl Collector for Vmware {
    type Reading = CpuReady;

    fn collect(&mut self) -> Result<Option<CpuReady>> {
        if !is_vmware(&self.sys_root) {
            return Ok(Some(CpuReady::not_vmware()));
        }
        if self.vsphere.is_some() {
            self.poll_vsphere().map(Some)
        } else {
            self.poll_steal()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn formula_per_vcpu_and_total() {
        // 4 vCPUs, 2000 ms ready over a 20 s realtime sample: 10% total, 2.5% per vCPU.
        assert_eq!(ready_percent(2000.0, 20.0, 4), (10.0, 2.5));
        assert_eq!(ready_percent(0.0, 20.0, 1), (0.0, 0.0));
        assert_eq!(ready_percent(150.0, 20.0, 2), (0.75, 0.375));
    }

    #[test]
    fn uuid_from_the_serial_and_both_orders_of_product_uuid() {
        assert_eq!(
            uuid_from_serial("VMware-42 28 13 f5 5d 5b 4b 6c-a5 d3 12 34 56 78 90 ab\n").as_deref(),
            Some("422813f5-5d5b-4b6c-a5d3-1234567890ab")
        );
        assert_eq!(uuid_from_serial("Dell-1234"), None);
        assert_eq!(uuid_from_serial("VMware-42 28"), None);
        assert_eq!(swap_uuid("422813f5-5d5b-4b6c-a5d3-1234567890ab"), "f5132842-5b5d-6c4b-a5d3-1234567890ab");
        assert_eq!(
            swap_uuid(&swap_uuid("422813f5-5d5b-4b6c-a5d3-1234567890ab")),
            "422813f5-5d5b-4b6c-a5d3-1234567890ab"
        );

        let dir = tempfile::tempdir().unwrap();
        let dmi = dir.path().join("class/dmi/id");
        fs::create_dir_all(&dmi).unwrap();
        fs::write(dmi.join("product_uuid"), "F5132842-5B5D-6C4B-A5D3-1234567890AB\n").unwrap();
        assert_eq!(
            uuid_candidates(dir.path()),
            ["f5132842-5b5d-6c4b-a5d3-1234567890ab", "422813f5-5d5b-4b6c-a5d3-1234567890ab"],
            "without the (root-only) serial: product_uuid as is, then swapped"
        );
        fs::write(dmi.join("product_serial"), "VMware-42 28 13 f5 5d 5b 4b 6c-a5 d3 12 34 56 78 90 ab\n").unwrap();
        assert_eq!(uuid_candidates(dir.path())[0], "422813f5-5d5b-4b6c-a5d3-1234567890ab", "the serial first");
        assert_eq!(uuid_candidates(dir.path()).len(), 2, "no duplicates");
    }

    #[test]
    fn detection_from_sys_vendor() {
        let dir = tempfile::tempdir().unwrap();
        assert!(!is_vmware(dir.path()), "no DMI at all (containers, some hypervisors)");
        let dmi = dir.path().join("class/dmi/id");
        fs::create_dir_all(&dmi).unwrap();
        fs::write(dmi.join("sys_vendor"), "QEMU\n").unwrap();
        assert!(!is_vmware(dir.path()));
        fs::write(dmi.join("sys_vendor"), "VMware, Inc.\n").unwrap();
        assert!(is_vmware(dir.path()));
    }

    #[test]
    fn not_vmware_makes_no_call_even_with_a_server_configured() {
        let dir = tempfile::tempdir().unwrap();
        let config = soap::Config {
            url: "https://192.0.2.1/sdk".into(), // TEST-NET: must never be contacted
            user: "u".into(),
            password_file: dir.path().join("pw"),
            ca_file: None,
            insecure: false,
            timeout: std::time::Duration::from_millis(1),
        };
        let mut c = Vmware::new(dir.path(), dir.path(), Some(config), None);
        let r = Collector::collect(&mut c).unwrap().unwrap();
        assert_eq!(r, CpuReady::not_vmware());
        assert!(c.client.is_none(), "no client was even built");
    }

    #[test]
    fn steal_fallback_over_two_samples() {
        let dir = tempfile::tempdir().unwrap();
        let dmi = dir.path().join("class/dmi/id");
        fs::create_dir_all(&dmi).unwrap();
        fs::write(dmi.join("sys_vendor"), "VMware, Inc.\n").unwrap();
        let stat = |steal: u64| {
            format!(
                "cpu  10 0 10 100 0 0 0 {steal} 0 0\ncpu0 5 0 5 50 0 0 0 0 0 0\ncpu1 5 0 5 50 0 0 0 0 0 0\nintr 1\n"
            )
        };
        fs::write(dir.path().join("stat"), stat(1000)).unwrap();
        let mut c = Vmware::new(dir.path(), dir.path(), None, None);
        assert!(Collector::collect(&mut c).unwrap().is_none(), "first sample primes");
        std::thread::sleep(std::time::Duration::from_millis(200));
        fs::write(dir.path().join("stat"), stat(1010)).unwrap();
        let r = Collector::collect(&mut c).unwrap().unwrap();
        assert_eq!((r.is_vmware, r.source.as_deref(), r.num_cpu), (true, Some("steal"), Some(2)));
        let ms = 10.0 * 1000.0 / user_hz();
        assert_eq!(r.cpu_ready_ms, Some(ms.round() as u64));
        let secs = r.interval_s.unwrap();
        assert!(secs >= 0.2, "{secs}");
        let (total, per) = (r.cpu_ready_pct_total.unwrap(), r.cpu_ready_pct.unwrap());
        // interval_s is rounded to ms in the file; the percentages used the exact time.
        let expected = ms / (secs * 1000.0) * 100.0;
        assert!((total - expected).abs() < expected * 0.01 && (per - total / 2.0).abs() < 0.001, "{r:?}");
        assert!(r.note.unwrap().contains("stealclock"));
    }

    const PERF_COUNTERS: &str = r#"<val xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="ArrayOfPerfCounterInfo">
      <PerfCounterInfo><key>2</key><nameInfo><key>usage</key></nameInfo><groupInfo><key>cpu</key></groupInfo><rollupType>average</rollupType></PerfCounterInfo>
      <PerfCounterInfo><rollupType>average</rollupType><key>11</key><groupInfo><key>cpu</key></groupInfo><nameInfo><key>ready</key></nameInfo></PerfCounterInfo>
      <PerfCounterInfo><extra>ignored</extra><nameInfo><label>Ready</label><key>ready</key></nameInfo><key>12</key><groupInfo><key>cpu</key></groupInfo><rollupType>summation</rollupType></PerfCounterInfo>
    </val>"#;

    #[test]
    fn counter_found_by_group_name_and_rollup() {
        let list = xml::parse(PERF_COUNTERS.as_bytes()).unwrap();
        assert_eq!(soap::find_ready_counter(&list).unwrap(), 12);
        let none = xml::parse(b"<val><PerfCounterInfo><key>1</key></PerfCounterInfo></val>").unwrap();
        assert!(soap::find_ready_counter(&none).is_err());
    }

    fn perf_response(samples: &[(&str, u32, i64)], prefix: &str) -> xml::Element {
        let p = |n: &str| if prefix.is_empty() { n.to_string() } else { format!("{prefix}:{n}") };
        let infos: String = samples
            .iter()
            .map(|(ts, iv, _)| {
                format!("<{0}><{1}>{ts}</{1}><{2}>{iv}</{2}></{0}>", p("sampleInfo"), p("timestamp"), p("interval"))
            })
            .collect();
        let vals: String = samples.iter().map(|(_, _, v)| format!("<{0}>{v}</{0}>", p("value"))).collect();
        let other = format!(
            "<{0}><{1}><{2}>12</{2}><{3}>0</{3}></{1}><{0}>999</{0}></{0}>",
            p("value"),
            p("id"),
            p("counterId"),
            p("instance")
        );
        let whole = format!(
            "<{0}><{1}><{2}>12</{2}><{3}></{3}></{1}>{vals}</{0}>",
            p("value"),
            p("id"),
            p("counterId"),
            p("instance")
        );
        let doc = format!(
            "<QueryPerfResponse xmlns:{x}=\"urn:vim25\"><{r}><{e} type=\"VirtualMachine\">vm-1</{e}>{infos}{other}{whole}</{r}></QueryPerfResponse>",
            x = if prefix.is_empty() { "v" } else { prefix },
            r = p("returnval"),
            e = p("entity"),
        );
        xml::parse(doc.as_bytes()).unwrap()
    }

    #[test]
    fn newest_sample_whatever_the_order_and_interval_from_the_response() {
        let oldest_first = [("2026-11-22T03:00:00Z", 20, 100), ("2026-11-22T03:00:20Z", 20, 400)];
        let newest_first = [oldest_first[1], oldest_first[0]];
        assert_eq!(soap::latest_ready(&perf_response(&oldest_first, ""), 12).unwrap(), (400, 20), "real vSphere order");
        assert_eq!(
            soap::latest_ready(&perf_response(&newest_first, "vim"), 12).unwrap(),
            (400, 20),
            "vcsim order, prefixed"
        );
        let odd_interval = [("2026-11-22T03:00:00Z", 300, 6000)];
        let (ms, iv) = soap::latest_ready(&perf_response(&odd_interval, ""), 12).unwrap();
        assert_eq!((ms, iv), (6000, 300));
        assert_eq!(ready_percent(ms as f64, f64::from(iv), 2), (2.0, 1.0), "interval taken from the response");
        assert!(soap::latest_ready(&perf_response(&[("t", 20, -1)], ""), 12).is_err(), "-1: no data yet");
        let wrong_type = xml::parse(
            b"<r><returnval><sampleInfo><timestamp>t</timestamp><interval>twenty</interval></sampleInfo>\
              <value><id><counterId>12</counterId><instance/></id><value>5</value></value></returnval></r>",
        )
        .unwrap();
        let err = soap::latest_ready(&wrong_type, 12).unwrap_err().to_string();
        assert!(err.contains("<interval>") && err.contains("twenty"), "a wrong type names the field: {err}");
        let bad_value = xml::parse(
            b"<r><returnval><sampleInfo><timestamp>t</timestamp><interval>20</interval></sampleInfo>\
              <value><id><counterId>12</counterId></id><value>lots</value></value></returnval></r>",
        )
        .unwrap();
        assert!(soap::latest_ready(&bad_value, 12).unwrap_err().to_string().contains("lots"));
        assert!(soap::latest_ready(&xml::parse(b"<QueryPerfResponse/>").unwrap(), 12).is_err());
    }

    #[test]
    fn password_file_readable_by_others_is_refused_and_never_printed() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let pw = dir.path().join("pw");
        fs::write(&pw, "hunter2-secret\n").unwrap();
        fs::set_permissions(&pw, fs::Permissions::from_mode(0o644)).unwrap();
        let err = format!("{:#}", soap::read_password(&pw).unwrap_err());
        assert!(err.contains("0644") && err.contains("chmod 600") && !err.contains("hunter2"), "{err}");
        fs::set_permissions(&pw, fs::Permissions::from_mode(0o600)).unwrap();
        let secret = soap::read_password(&pw).unwrap();
        assert_eq!(format!("{secret:?}"), "Secret(***)");
        // A symlink to it is refused, naming the link: it could point at any root-only file.
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&pw, &link).unwrap();
        let err = format!("{:#}", soap::read_password(&link).unwrap_err());
        assert!(err.contains("symlink") && err.contains("--vsphere-password-file"), "{err}");
        assert!(err.contains(&link.display().to_string()) && !err.contains("hunter2"), "{err}");
    }
}
