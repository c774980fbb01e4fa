//! libvirt domains through `virsh`: one `domstats` call for every domain (with
//! `--nowait` where virsh has it, so a domain holding its state-change lock answers what
//! it can at once), and for the domains it gives no CPU time (drivers without the bulk
//! stats groups, as the test driver) one batch of `dominfo`, `dommemstat`, `cpu-stats`,
//! `domblklist` and `domiflist`, then one of `domblkstat` and `domifstat`. Every batch is
//! one virsh process, one connection, under the round's one deadline.
//!
//! Interfaces are counted from the guest's point of view. libvirt's own numbers already
//! are (it swaps a tap's rx and tx). For a URI without a host (`qemu:///system`,
//! `test:///default`: the domains run here), where the interface's host side is in
//! `<sys-root>/class/net` its kernel counters are read instead, at the same moment as
//! the cgroups, swapped for a tap or veth (the host's transmit is the guest's receive)
//! and as they are for a macvtap (whose counters are the guest's already, as libvirt
//! treats them).

use super::virsh::{self, Failed};
use crate::util::file;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// One domain.
#[derive(Serialize, Deserialize, Debug, Clone, Default, PartialEq)]
pub struct Domain {
    pub uuid: String,
    /// running, blocked, paused, shutdown, shutoff, crashed, pmsuspended, nostate.
    pub state: String,
    pub vcpus: Option<u64>,
    /// CPU time of the whole domain, in nanoseconds (a counter).
    pub cpu_time_ns: Option<u64>,
    /// Over the interval, in percent of one host CPU; null on the first sample.
    pub cpu_pct: Option<f64>,
    /// The same, in percent of its vCPUs (100: every vCPU busy).
    pub cpu_pct_of_vcpus: Option<f64>,
    /// Each vCPU's busy time over the interval in percent (where libvirt gives
    /// `vcpu.N.time`).
    pub vcpu_pct: BTreeMap<String, f64>,
    pub memory_current_bytes: Option<u64>,
    pub memory_max_bytes: Option<u64>,
    /// The balloon's actual size, where a balloon driver reports it.
    pub balloon_bytes: Option<u64>,
    pub disks: BTreeMap<String, Disk>,
    pub interfaces: BTreeMap<String, Interface>,
    /// Where its numbers came from: `domstats`, or `dominfo` and its kin.
    pub source: String,
}

#[derive(Serialize, Deserialize, Debug, Clone, Default, PartialEq)]
pub struct Disk {
    pub rd_reqs: u64,
    pub rd_bytes: u64,
    pub wr_reqs: u64,
    pub wr_bytes: u64,
}

/// An interface's counters from the guest's point of view: `rx` is what the guest
/// received.
#[derive(Serialize, Deserialize, Debug, Clone, Default, PartialEq)]
pub struct Interface {
    pub rx_bytes: u64,
    pub rx_packets: u64,
    pub rx_errs: u64,
    pub rx_drop: u64,
    pub tx_bytes: u64,
    pub tx_packets: u64,
    pub tx_errs: u64,
    pub tx_drop: u64,
    /// `libvirt`, or `host` when read from the host side's kernel counters.
    pub source: String,
}

impl Interface {
    /// From libvirt's eight counters, in the order of the struct's fields (rx bytes,
    /// packets, errors, drops, then tx the same).
    fn from_libvirt(k: &[u64]) -> Interface {
        Interface {
            rx_bytes: k[0],
            rx_packets: k[1],
            rx_errs: k[2],
            rx_drop: k[3],
            tx_bytes: k[4],
            tx_packets: k[5],
            tx_errs: k[6],
            tx_drop: k[7],
            source: "libvirt".into(),
        }
    }
}

/// One round's answer.
#[derive(Debug, Default)]
pub(crate) struct Answer {
    pub(crate) domains: BTreeMap<String, Domain>,
    /// Per-domain vCPU times (ns), for the vCPU percentages.
    pub(crate) vcpu_ns: BTreeMap<String, BTreeMap<String, u64>>,
    /// What failed without failing the round (a domain gone between two calls).
    pub(crate) notes: Vec<String>,
}

/// How the domains are asked.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Query {
    pub(crate) virsh: PathBuf,
    pub(crate) uri: String,
    pub(crate) sys_root: PathBuf,
}

/// domstats' groups asked for.
const GROUPS: &str = "--state --cpu-total --balloon --vcpu --interface --block";

impl Query {
    /// Whether this virsh has `domstats --nowait` (libvirt 4.5 and later); `None` when
    /// virsh did not answer. Asked without `-c`: with a URI virsh connects before it
    /// answers `help`, so a libvirtd down at that moment would read as "no --nowait".
    pub(crate) fn has_nowait(&self, deadline: Instant) -> Option<bool> {
        virsh::run(&self.virsh, None, "help domstats", deadline).ok().map(|(o, _)| o.contains("--nowait"))
    }

    pub(crate) fn ask(&self, nowait: bool, deadline: Instant) -> Result<Answer, Failed> {
        let nowait = if nowait { " --nowait" } else { "" };
        let cmd = format!("list --all --uuid --name; echo @@domstats; domstats --raw{nowait} {GROUPS}");
        let (out, _) = virsh::run(&self.virsh, Some(&self.uri), &cmd, deadline)?;
        // Markers are whole lines: a name can hold `@@`, but no newline.
        let out = format!("\n{out}");
        let (list, stats) = out.split_once("\n@@domstats\n").unwrap_or((&out, ""));
        let mut uuids = BTreeMap::new();
        for line in list.lines() {
            // The UUID is put in later virsh commands unquoted: a line whose first word
            // is anything else is not taken.
            if let Some((uuid, name)) = line.trim().split_once(' ').filter(|(u, _)| is_uuid(u)) {
                uuids.insert(name.trim().to_string(), uuid.to_string());
            }
        }
        let mut answer = Answer::default();
        for (name, kv) in parse_domstats(stats) {
            let Some(uuid) = uuids.get(&name) else { continue };
            let (d, vcpu) = from_domstats(uuid, &kv);
            answer.vcpu_ns.insert(name.clone(), vcpu);
            answer.domains.insert(name, d);
        }
        // Domains listed but not in domstats (gone in between) are left out: the next
        // round lists them no more, or again.
        let fallback: Vec<String> = answer
            .domains
            .iter()
            .filter(|(_, d)| d.cpu_time_ns.is_none() && d.state == "running")
            .map(|(n, _)| n.clone())
            .collect();
        if !fallback.is_empty() {
            self.ask_each(&fallback, &mut answer, deadline)?;
        }
        // A remote host's interfaces are not in this host's /sys, whatever their names.
        let local = on_this_host(&self.uri);
        for d in answer.domains.values_mut().filter(|_| local) {
            for (dev, i) in d.interfaces.iter_mut() {
                if let Some(host) = host_side(&self.sys_root, dev) {
                    *i = host;
                }
            }
        }
        Ok(answer)
    }

    /// The second and third batches, for domains domstats gave no CPU time.
    fn ask_each(&self, names: &[String], answer: &mut Answer, deadline: Instant) -> Result<(), Failed> {
        let mut cmd = String::new();
        for n in names {
            let u = &answer.domains[n].uuid;
            cmd += &format!(
                "echo @@dom {u}; dominfo {u}; echo @@mem; dommemstat {u}; echo @@cpu; cpu-stats {u} --total; \
                 echo @@blk; domblklist {u}; echo @@if; domiflist {u}; "
            );
        }
        // virsh exits with its last command's status, and that command may be about a
        // domain gone since the list: a batch ends on one that cannot fail, so such a
        // domain costs only itself.
        cmd += "echo @@end";
        let (out, err) = virsh::run(&self.virsh, Some(&self.uri), &cmd, deadline)?;
        if !err.is_empty() {
            answer.notes.push(err.clone());
        }
        let mut stats = String::new();
        let mut answered = Vec::new();
        // Markers are whole lines (a domain's name in its dominfo can hold `@@dom `).
        for part in format!("\n{out}").split("\n@@dom ").skip(1) {
            let Some((uuid, rest)) = part.split_once('\n') else { continue };
            let Some((name, d)) = answer.domains.iter_mut().find(|(_, d)| d.uuid == uuid.trim()) else { continue };
            let sections = sections(rest);
            let info = sections.get("").map(String::as_str).unwrap_or("");
            if !fill_from_dominfo(d, info) {
                continue;
            }
            answered.push(name.clone());
            d.balloon_bytes = keyed_u64(sections.get("mem").map(String::as_str).unwrap_or(""), "actual", ' ')
                .and_then(|k| k.checked_mul(1024));
            d.cpu_time_ns = cpu_stats_total(sections.get("cpu").map(String::as_str).unwrap_or(""));
            d.source = "dominfo".into();
            for dev in table_column(sections.get("blk").map(String::as_str).unwrap_or(""), 0) {
                if safe_word(&dev) {
                    stats += &format!("echo @@blk {uuid} {dev}; domblkstat {uuid} {dev}; ");
                }
            }
            for dev in table_column(sections.get("if").map(String::as_str).unwrap_or(""), 0) {
                if safe_word(&dev) {
                    stats += &format!("echo @@if {uuid} {dev}; domifstat {uuid} {dev}; ");
                }
            }
        }
        // A domain without a dominfo is gone since the list (virsh said so on stderr):
        // left out, as one gone before domstats is. None answering is no such thing.
        if answered.is_empty() {
            return Err(Failed::Other(format!("dominfo answered for none of {} domains: {err}", names.len())));
        }
        for n in names.iter().filter(|n| !answered.contains(n)) {
            answer.domains.remove(n);
            answer.vcpu_ns.remove(n);
        }
        if stats.is_empty() {
            return Ok(());
        }
        stats += "echo @@end";
        let (out, err) = virsh::run(&self.virsh, Some(&self.uri), &stats, deadline)?;
        if !err.is_empty() {
            answer.notes.push(err);
        }
        for part in format!("\n{out}").split("\n@@").skip(1) {
            let Some((head, rest)) = part.split_once('\n') else { continue };
            let mut h = head.split_ascii_whitespace();
            let (Some(what), Some(uuid), Some(dev)) = (h.next(), h.next(), h.next()) else { continue };
            let Some(d) = answer.domains.values_mut().find(|d| d.uuid == uuid) else { continue };
            // Lines `DEV key value`.
            let kv: BTreeMap<&str, u64> = rest
                .lines()
                .filter_map(|l| {
                    let mut f = l.split_ascii_whitespace();
                    let (_, k, v) = (f.next()?, f.next()?, f.next()?);
                    Some((k, v.parse().ok()?))
                })
                .collect();
            // All of a device's counters or it is left out, as with domstats.
            let all = |keys: &[&str]| -> Option<Vec<u64>> { keys.iter().map(|k| kv.get(k).copied()).collect() };
            match what {
                "blk" => {
                    let Some(k) = all(&["rd_req", "rd_bytes", "wr_req", "wr_bytes"]) else { continue };
                    d.disks
                        .insert(dev.to_string(), Disk { rd_reqs: k[0], rd_bytes: k[1], wr_reqs: k[2], wr_bytes: k[3] });
                }
                "if" => {
                    let keys = [
                        "rx_bytes",
                        "rx_packets",
                        "rx_errs",
                        "rx_drop",
                        "tx_bytes",
                        "tx_packets",
                        "tx_errs",
                        "tx_drop",
                    ];
                    let Some(k) = all(&keys) else { continue };
                    d.interfaces.insert(dev.to_string(), Interface::from_libvirt(&k));
                }
                _ => {}
            }
        }
        Ok(())
    }
}

/// A device or domain word safe to put in a virsh command line unquoted.
fn safe_word(s: &str) -> bool {
    !s.is_empty() && s.len() <= 255 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.:".contains(&b))
}

/// A UUID as virsh writes it: 36 characters, hex digits and dashes at 8-4-4-4-12.
fn is_uuid(s: &str) -> bool {
    s.len() == 36
        && s.bytes()
            .enumerate()
            .all(|(i, b)| if [8, 13, 18, 23].contains(&i) { b == b'-' } else { b.is_ascii_hexdigit() })
}

/// Text split at `@@NAME` lines; what comes before the first is under "".
fn sections(text: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut key = String::new();
    for line in text.lines() {
        if let Some(k) = line.strip_prefix("@@") {
            key = k.trim().to_string();
            continue;
        }
        let e: &mut String = out.entry(key.clone()).or_default();
        e.push_str(line);
        e.push('\n');
    }
    out
}

/// The first column of a virsh table (after its header and dashes line).
fn table_column(text: &str, col: usize) -> Vec<String> {
    text.lines()
        .skip_while(|l| !l.trim_start().starts_with("---"))
        .skip(1)
        .filter_map(|l| l.split_ascii_whitespace().nth(col).map(str::to_string))
        .collect()
}

/// `key<sep>value` lines: the value of `key` as a number.
fn keyed_u64(text: &str, key: &str, sep: char) -> Option<u64> {
    text.lines().find_map(|l| {
        let (k, v) = l.trim().split_once(sep)?;
        (k.trim() == key).then(|| v.trim().split_ascii_whitespace().next()?.parse().ok())?
    })
}

/// cpu-stats' `Total:` block: `cpu_time  48.772617035 seconds`, in nanoseconds with
/// every digit kept.
fn cpu_stats_total(text: &str) -> Option<u64> {
    let total = text.split_once("Total:")?.1;
    let v = total.lines().find_map(|l| l.trim().strip_prefix("cpu_time"))?.split_ascii_whitespace().next()?;
    decimal_ns(v)
}

/// `S.FFFFFFFFF` seconds as nanoseconds, without a trip through floating point.
pub(crate) fn decimal_ns(v: &str) -> Option<u64> {
    let (s, f) = v.split_once('.').unwrap_or((v, ""));
    if f.len() > 9 || !f.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let frac: u64 = if f.is_empty() { 0 } else { format!("{f:0<9}").parse().ok()? };
    s.parse::<u64>().ok()?.checked_mul(1_000_000_000)?.checked_add(frac)
}

/// Fill `d` from `dominfo`'s answer; false if there is none (no `State:`).
fn fill_from_dominfo(d: &mut Domain, info: &str) -> bool {
    let field = |k: &str| {
        info.lines().find_map(|l| Some(l.split_once(':').filter(|(a, _)| a.trim() == k)?.1.trim().to_string()))
    };
    let Some(state) = field("State") else { return false };
    d.state = state.replace(' ', "");
    d.vcpus = field("CPU(s)").and_then(|v| v.parse().ok());
    let kib = |v: Option<String>| v?.split_ascii_whitespace().next()?.parse::<u64>().ok()?.checked_mul(1024);
    d.memory_max_bytes = kib(field("Max memory"));
    d.memory_current_bytes = kib(field("Used memory"));
    true
}

/// `domstats --raw`: each domain's `key=value` lines.
fn parse_domstats(text: &str) -> Vec<(String, BTreeMap<String, String>)> {
    let mut out: Vec<(String, BTreeMap<String, String>)> = Vec::new();
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("Domain: '") {
            let name = rest.strip_suffix('\'').unwrap_or(rest);
            out.push((name.to_string(), BTreeMap::new()));
        } else if let (Some((_, kv)), Some((k, v))) = (out.last_mut(), line.trim().split_once('=')) {
            kv.insert(k.to_string(), v.to_string());
        }
    }
    out
}

/// virDomainState's numbers, as virsh names them.
fn state_name(n: &str) -> &'static str {
    match n {
        "1" => "running",
        "2" => "blocked",
        "3" => "paused",
        "4" => "shutdown",
        "5" => "shutoff",
        "6" => "crashed",
        "7" => "pmsuspended",
        _ => "nostate",
    }
}

fn from_domstats(uuid: &str, kv: &BTreeMap<String, String>) -> (Domain, BTreeMap<String, u64>) {
    let n = |k: &str| kv.get(k).and_then(|v| v.parse::<u64>().ok());
    let mut d = Domain {
        uuid: uuid.to_string(),
        state: state_name(kv.get("state.state").map(String::as_str).unwrap_or("")).to_string(),
        vcpus: n("vcpu.current"),
        cpu_time_ns: n("cpu.time"),
        memory_current_bytes: n("balloon.current").and_then(|k| k.checked_mul(1024)),
        memory_max_bytes: n("balloon.maximum").and_then(|k| k.checked_mul(1024)),
        balloon_bytes: n("balloon.current").and_then(|k| k.checked_mul(1024)),
        source: "domstats".into(),
        ..Domain::default()
    };
    let mut vcpu = BTreeMap::new();
    for i in 0..n("vcpu.maximum").or(n("vcpu.current")).unwrap_or(0).min(4096) {
        if let Some(t) = n(&format!("vcpu.{i}.time")) {
            vcpu.insert(i.to_string(), t);
        }
    }
    // A device's counters, all of them or none: libvirt gives a disk only its name when
    // it cannot ask QEMU (`--nowait` while the domain holds its job: a migration, a
    // backup), and a counter read as 0 then is a reset, its whole value counted again
    // as growth once the job ends. Such a device is left out of the sample.
    let all = |group: &str, i: u64, fields: &[&str]| -> Option<Vec<u64>> {
        fields.iter().map(|f| n(&format!("{group}.{i}.{f}"))).collect()
    };
    for i in 0..n("block.count").unwrap_or(0).min(4096) {
        let Some(name) = kv.get(&format!("block.{i}.name")) else { continue };
        let Some(k) = all("block", i, &["rd.reqs", "rd.bytes", "wr.reqs", "wr.bytes"]) else { continue };
        d.disks.insert(name.clone(), Disk { rd_reqs: k[0], rd_bytes: k[1], wr_reqs: k[2], wr_bytes: k[3] });
    }
    for i in 0..n("net.count").unwrap_or(0).min(4096) {
        let Some(name) = kv.get(&format!("net.{i}.name")) else { continue };
        let fields = ["rx.bytes", "rx.pkts", "rx.errs", "rx.drop", "tx.bytes", "tx.pkts", "tx.errs", "tx.drop"];
        let Some(k) = all("net", i, &fields) else { continue };
        d.interfaces.insert(name.clone(), Interface::from_libvirt(&k));
    }
    (d, vcpu)
}

/// The guest's view of an interface from its host side's kernel counters, if the host
/// has it: a tap's or veth's transmit is the guest's receive; a macvtap's counters are
/// the guest's already.
/// Whether libvirt's URI names this host: no host between `//` and the path
/// (`qemu:///system`, `test:///default`), as against `qemu+ssh://kvm2/system`.
fn on_this_host(uri: &str) -> bool {
    uri.split_once("://").is_some_and(|(_, rest)| rest.starts_with('/'))
}

pub(crate) fn host_side(sys_root: &Path, dev: &str) -> Option<Interface> {
    if !safe_word(dev) || dev.contains("..") {
        return None;
    }
    let base = sys_root.join("class/net").join(dev);
    let stats = base.join("statistics");
    let mut buf = Vec::new();
    let mut v =
        |name: &str| -> Option<u64> { file::read_str(&stats.join(name), 64, &mut buf).ok()?.trim().parse().ok() };
    let host = [
        v("rx_bytes")?,
        v("rx_packets")?,
        v("rx_errors")?,
        v("rx_dropped")?,
        v("tx_bytes")?,
        v("tx_packets")?,
        v("tx_errors")?,
        v("tx_dropped")?,
    ];
    let macvtap = base.join("macvtap").is_dir();
    let (rx, tx) = if macvtap { (&host[..4], &host[4..]) } else { (&host[4..], &host[..4]) };
    Some(Interface {
        rx_bytes: rx[0],
        rx_packets: rx[1],
        rx_errs: rx[2],
        rx_drop: rx[3],
        tx_bytes: tx[0],
        tx_packets: tx[1],
        tx_errs: tx[2],
        tx_drop: tx[3],
        source: "host".into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_uri_without_a_host_is_this_host() {
        for uri in ["qemu:///system", "test:///default", "qemu+unix:///session", "lxc:///"] {
            assert!(on_this_host(uri), "{uri}");
        }
        for uri in ["qemu+ssh://root@kvm2/system", "qemu+tcp://10.0.0.2/system", "xen://h/", "qemu"] {
            assert!(!on_this_host(uri), "{uri}");
        }
    }

    #[test]
    fn domstats_raw_becomes_a_domain() {
        let text = "Domain: 'vm 1'\n  state.state=1\n  state.reason=1\n  cpu.time=123456789012\n  balloon.current=1048576\n  \
                    balloon.maximum=2097152\n  vcpu.current=2\n  vcpu.maximum=2\n  vcpu.0.time=5000\n  vcpu.1.time=7000\n  \
                    net.count=1\n  net.0.name=vnet0\n  net.0.rx.bytes=10\n  net.0.rx.pkts=1\n  net.0.rx.errs=0\n  net.0.rx.drop=0\n  \
                    net.0.tx.bytes=20\n  net.0.tx.pkts=2\n  net.0.tx.errs=0\n  net.0.tx.drop=0\n  \
                    block.count=1\n  block.0.name=vda\n  block.0.rd.reqs=3\n  block.0.rd.bytes=4096\n  block.0.wr.reqs=4\n  block.0.wr.bytes=8192\n\n\
                    Domain: 'off'\n  state.state=5\n";
        let parsed = parse_domstats(text);
        assert_eq!(parsed.len(), 2);
        let (d, vcpu) = from_domstats("u-1", &parsed[0].1);
        assert_eq!(parsed[0].0, "vm 1");
        assert_eq!((d.state.as_str(), d.vcpus, d.cpu_time_ns), ("running", Some(2), Some(123_456_789_012)));
        assert_eq!((d.memory_current_bytes, d.memory_max_bytes), (Some(1 << 30), Some(2 << 30)));
        assert_eq!(vcpu, [("0".to_string(), 5000), ("1".to_string(), 7000)].into());
        assert_eq!(d.disks["vda"], Disk { rd_reqs: 3, rd_bytes: 4096, wr_reqs: 4, wr_bytes: 8192 });
        assert_eq!((d.interfaces["vnet0"].rx_bytes, d.interfaces["vnet0"].tx_packets), (10, 2));
        assert_eq!(from_domstats("u-2", &parsed[1].1).0.state, "shutoff");
    }

    /// A stand-in for virsh: answers `list` and `domstats` itself with `domains`, and
    /// passes every other batch to the real virsh on libvirt's test driver.
    fn virsh_before(dir: &Path, domains: &str) -> PathBuf {
        let path = dir.join("virsh");
        let body = format!(
            "#!/bin/sh\nfor c; do :; done\ncase \"$c\" in\nlist*) {domains};;\n*) exec virsh -c test:///default \"$c\";;\nesac\n"
        );
        std::fs::write(&path, body).unwrap();
        std::fs::set_permissions(&path, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
        path
    }

    /// virsh exits with its last command's status: when that command was about a domain
    /// gone since the list, the whole batch used to read as failed, every domain lost.
    #[test]
    fn a_domain_gone_before_its_dominfo_costs_only_itself() {
        if !Path::new("/usr/bin/virsh").exists() {
            eprintln!("no virsh (Debian's libvirt-clients): skipped");
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        // `test` is the test driver's domain; `zz-gone` (asked last) no longer exists.
        let list = "printf '%s\\n' '6695eb01-f6a4-8304-79aa-97f2502e193f test' \
                    '00000000-0000-0000-0000-0000000000ff zz-gone' '' '@@domstats' \"Domain: 'test'\" \
                    '  state.state=1' \"Domain: 'zz-gone'\" '  state.state=1'";
        let q =
            Query { virsh: virsh_before(dir.path(), list), uri: "test:///default".into(), sys_root: dir.path().into() };
        let a = q.ask(false, Instant::now() + std::time::Duration::from_secs(30)).unwrap();
        assert_eq!(a.domains.keys().collect::<Vec<_>>(), ["test"], "{a:?}");
        let d = &a.domains["test"];
        assert_eq!((d.cpu_time_ns, d.disks.len(), d.interfaces.len()), (Some(48_772_617_035), 1, 1), "{d:?}");
        assert!(a.notes.iter().any(|n| n.contains("00000000-0000-0000-0000-0000000000ff")), "{a:?}");
    }

    /// Only a UUID goes into virsh's command line: anything else in the list's first
    /// column (a garbled line, a name with a newline from an old libvirt) would be run
    /// as virsh commands after a `;`.
    #[test]
    fn only_a_uuid_is_put_in_a_virsh_command() {
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("log");
        let path = dir.path().join("virsh");
        let body = format!(
            "#!/bin/sh\nfor c; do :; done\ncase \"$c\" in\nlist*) printf '%s\\n' 'x;destroy vm' '' '@@domstats' \
             \"Domain: 'vm'\" '  state.state=1';;\n*) echo \"$c\" >> {};;\nesac\n",
            log.display()
        );
        std::fs::write(&path, body).unwrap();
        std::fs::set_permissions(&path, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
        let q = Query { virsh: path, uri: "test:///default".into(), sys_root: dir.path().into() };
        let _ = q.ask(false, Instant::now() + std::time::Duration::from_secs(10));
        let asked = std::fs::read_to_string(&log).unwrap_or_default();
        assert!(!asked.contains("destroy"), "{asked}");
    }

    /// With `--nowait`, a domain holding its job (a migration, a backup) gets no block
    /// counters, only each disk's name: read as 0 they were a counter reset, and the
    /// whole value again as growth once the job ended.
    #[test]
    fn a_device_without_its_counters_is_left_out_not_zero() {
        let text = "Domain: 'vm'\n  state.state=1\n  cpu.time=5\n  block.count=2\n  block.0.name=vda\n  block.0.path=/x\n  \
                    block.1.name=vdb\n  block.1.rd.reqs=1\n  block.1.rd.bytes=2\n  block.1.wr.reqs=x\n  block.1.wr.bytes=4\n  \
                    net.count=2\n  net.0.name=vnet0\n  net.1.name=vnet1\n  net.1.rx.bytes=1\n  net.1.rx.pkts=1\n  \
                    net.1.rx.errs=0\n  net.1.rx.drop=0\n  net.1.tx.bytes=2\n  net.1.tx.pkts=2\n  net.1.tx.errs=0\n  net.1.tx.drop=0\n";
        let parsed = parse_domstats(text);
        let (d, _) = from_domstats("u", &parsed[0].1);
        assert!(d.disks.is_empty(), "{:?}", d.disks);
        assert_eq!(d.interfaces.keys().collect::<Vec<_>>(), ["vnet1"]);
    }

    /// The markers echoed between virsh's commands are whole lines: a domain named
    /// `a@@domstats` used to cut the list there, and every domain listed after it was
    /// left out of the answer.
    #[test]
    fn a_domain_named_with_a_marker_hides_no_other() {
        let dir = tempfile::tempdir().unwrap();
        let list = "printf '%s\\n' '00000000-0000-0000-0000-000000000001 a@@domstats' \
                    '00000000-0000-0000-0000-000000000002 b' '' '@@domstats' \"Domain: 'a@@domstats'\" \
                    '  state.state=1' '  cpu.time=1' \"Domain: 'b'\" '  state.state=1' '  cpu.time=2'";
        let q =
            Query { virsh: virsh_before(dir.path(), list), uri: "test:///default".into(), sys_root: dir.path().into() };
        let a = q.ask(false, Instant::now() + std::time::Duration::from_secs(10)).unwrap();
        assert_eq!(a.domains.keys().collect::<Vec<_>>(), ["a@@domstats", "b"], "{a:?}");
    }

    #[test]
    fn seconds_keep_every_digit() {
        assert_eq!(decimal_ns("48.772617035"), Some(48_772_617_035));
        assert_eq!(decimal_ns("1796623287.7"), Some(1_796_623_287_700_000_000));
        assert_eq!(decimal_ns("3"), Some(3_000_000_000));
        assert_eq!(decimal_ns("1.0000000001"), None);
        assert_eq!(cpu_stats_total("Total:\n\tcpu_time            48.772617035 seconds\n"), Some(48_772_617_035));
        assert!(!safe_word("vda; destroy x") && safe_word("vnet0") && !safe_word(""));
    }
}
