//! Protocol counters from `<proc-root>/net/netstat`, `net/snmp` and `net/snmp6` (IP, ICMP,
//! TCP, UDP, UDP-Lite, their IPv6 twins and the kernel's extensions): the fields
//! node_exporter 1.5.0 keeps by default (`--collector.netstat.fields`), raw, and the rates
//! per second of the TCP ones an operator watches, for the listen-queue check and the
//! munin graph. `snmp6` is absent on a kernel without IPv6, and so are its fields.

mod kind;

use crate::engine::collector::{Collector, Reading};
use crate::engine::sample::Sample;
use crate::util::file;
use crate::util::rates::Rates;
use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

pub(crate) const NAME: &str = "netstat";

/// The counters whose rates the check and the graph use.
const RATED: [&str; 8] = [
    "TcpExt_ListenDrops",
    "TcpExt_ListenOverflows",
    "Tcp_ActiveOpens",
    "Tcp_PassiveOpens",
    "Tcp_RetransSegs",
    "Tcp_OutSegs",
    "Tcp_OutRsts",
    "Tcp_InErrs",
];

/// What the state file holds.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct NetstatStats {
    /// The kept fields, as `Protocol_Field` (`Tcp_ActiveOpens`, `TcpExt_ListenDrops`,
    /// `Ip6_InOctets`), as node_exporter names them.
    pub fields: BTreeMap<String, f64>,
    /// Per second over the last interval, for the TCP counters of the check and graph
    /// (null on the first reading).
    pub per_second: Option<BTreeMap<String, f64>>,
}

impl NetstatStats {
    pub(crate) fn rate(&self, name: &str) -> Option<f64> {
        self.per_second.as_ref().and_then(|p| p.get(name).copied())
    }
}

impl Reading for NetstatStats {
    fn summary(&self) -> String {
        let f = |k: &str| self.fields.get(k).map_or("?".into(), |v| v.to_string());
        let r = |k: &str| self.rate(k).map_or("?".into(), |v| format!("{v:.1}"));
        format!(
            "{} fields; TCP established {}, opens {}/s active {}/s passive, retransmits {}/s, listen drops {}/s",
            self.fields.len(),
            f("Tcp_CurrEstab"),
            r("Tcp_ActiveOpens"),
            r("Tcp_PassiveOpens"),
            r("Tcp_RetransSegs"),
            r("TcpExt_ListenDrops")
        )
    }

    fn samples(&self, out: &mut Vec<Sample>) {
        kind::samples(self, out);
    }
}

/// Whether node_exporter keeps `protocol_field` by default: its regexp, written out:
/// `^(.*_(InErrors|InErrs)|Ip_Forwarding|Ip(6|Ext)_(InOctets|OutOctets)|Icmp6?_(InMsgs|OutMsgs)|
/// TcpExt_(Listen.*|Syncookies.*|TCPSynRetrans|TCPTimeouts)|Tcp_(ActiveOpens|InSegs|OutSegs|
/// OutRsts|PassiveOpens|RetransSegs|CurrEstab)|Udp6?_(InDatagrams|OutDatagrams|NoPorts|
/// RcvbufErrors|SndbufErrors))$`.
pub(crate) fn kept(key: &str) -> bool {
    if key.ends_with("_InErrors") || key.ends_with("_InErrs") {
        return true;
    }
    let Some((protocol, field)) = key.split_once('_') else { return false };
    match protocol {
        "Ip" => field == "Forwarding",
        "Ip6" | "IpExt" => matches!(field, "InOctets" | "OutOctets"),
        "Icmp" | "Icmp6" => matches!(field, "InMsgs" | "OutMsgs"),
        "TcpExt" => {
            field.starts_with("Listen")
                || field.starts_with("Syncookies")
                || matches!(field, "TCPSynRetrans" | "TCPTimeouts")
        }
        "Tcp" => matches!(
            field,
            "ActiveOpens" | "InSegs" | "OutSegs" | "OutRsts" | "PassiveOpens" | "RetransSegs" | "CurrEstab"
        ),
        "Udp" | "Udp6" => {
            matches!(field, "InDatagrams" | "OutDatagrams" | "NoPorts" | "RcvbufErrors" | "SndbufErrors")
        }
        _ => false,
    }
}

fn number(v: &str, path: &Path, line: usize, name: &str) -> Result<f64> {
    // Counters are unsigned; a few fields are signed (Tcp MaxConn is -1).
    v.parse::<i64>()
        .map(|v| v as f64)
        .or_else(|_| v.parse::<u64>().map(|v| v as f64))
        .with_context(|| format!("{} line {line}: {name} is {v:?}, not a number", path.display()))
}

/// Add a kept field to `out`; one the files gave already is an error: the kernel gives
/// each once, across the three files too.
fn keep(out: &mut BTreeMap<String, f64>, key: String, value: f64, path: &Path, line: usize) -> Result<()> {
    match out.entry(key) {
        std::collections::btree_map::Entry::Vacant(e) => {
            e.insert(value);
            Ok(())
        }
        std::collections::btree_map::Entry::Occupied(e) => {
            bail!("{} line {line}: {} is given twice", path.display(), e.key())
        }
    }
}

/// The kept fields of `/proc/net/netstat` or `/proc/net/snmp`: pairs of lines, names
/// then values, each line starting with `Protocol:`.
pub(crate) fn parse_pairs(text: &str, path: &Path, out: &mut BTreeMap<String, f64>) -> Result<()> {
    let mut lines = text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty());
    while let Some((i, names)) = lines.next() {
        let Some((j, values)) = lines.next() else {
            bail!("{} line {}: a line of names without its line of values", path.display(), i + 1);
        };
        let (Some((p1, names)), Some((p2, values))) = (names.split_once(':'), values.split_once(':')) else {
            bail!("{} lines {}-{}: not `Protocol: ...` lines", path.display(), i + 1, j + 1);
        };
        if p1 != p2 {
            bail!("{} lines {}-{}: names of {p1} but values of {p2}", path.display(), i + 1, j + 1);
        }
        let (names, values): (Vec<&str>, Vec<&str>) =
            (names.split_ascii_whitespace().collect(), values.split_ascii_whitespace().collect());
        if names.len() != values.len() {
            bail!(
                "{} lines {}-{}: {p1} has {} names but {} values",
                path.display(),
                i + 1,
                j + 1,
                names.len(),
                values.len()
            );
        }
        for (name, value) in names.iter().zip(values) {
            let key = format!("{p1}_{name}");
            if kept(&key) {
                keep(out, key, number(value, path, j + 1, name)?, path, j + 1)?;
            }
        }
    }
    Ok(())
}

/// The kept fields of `/proc/net/snmp6`: `Ip6InOctets  123` lines, the protocol being
/// the name up to its first `6`.
pub(crate) fn parse_snmp6(text: &str, path: &Path, out: &mut BTreeMap<String, f64>) -> Result<()> {
    for (i, line) in text.lines().enumerate() {
        let mut f = line.split_ascii_whitespace();
        let (Some(name), Some(value)) = (f.next(), f.next()) else { continue };
        let split = name.find('6').map_or(0, |p| p + 1);
        let key = format!("{}_{}", &name[..split], &name[split..]);
        if kept(&key) {
            keep(out, key, number(value, path, i + 1, name)?, path, i + 1)?;
        }
    }
    Ok(())
}

pub struct Netstat {
    netstat: PathBuf,
    snmp: PathBuf,
    snmp6: PathBuf,
    buf: Vec<u8>,
    rates: Rates,
}

impl Netstat {
    pub fn new(proc_root: &Path) -> Netstat {
        let net = proc_root.join("net");
        Netstat {
            netstat: net.join("netstat"),
            snmp: net.join("snmp"),
            snmp6: net.join("snmp6"),
            buf: Vec::new(),
            rates: Rates::default(),
        }
    }
}

impl Collector for Netstat {
    type Reading = NetstatStats;

    fn collect(&mut self) -> Result<Option<NetstatStats>> {
        let now = Instant::now();
        let mut fields = BTreeMap::new();
        for path in [&self.netstat, &self.snmp, &self.snmp6] {
            let text = file::read_str_if_present(path, 1 << 20, &mut self.buf)
                .with_context(|| format!("cannot read {}", path.display()))?;
            match text {
                None => {}
                Some(text) if path == &self.snmp6 => parse_snmp6(text, path, &mut fields)?,
                Some(text) => parse_pairs(text, path, &mut fields)?,
            }
        }
        let per_second = self.rates.step(now, &RATED, &fields);
        Ok(Some(NetstatStats { fields, per_second }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_node_exporters_default_fields() {
        for k in [
            "Tcp_InErrs",
            "Udp_InErrors",
            "UdpLite6_InErrors",
            "Ip_Forwarding",
            "Ip6_InOctets",
            "IpExt_OutOctets",
            "Icmp6_OutMsgs",
            "TcpExt_ListenDrops",
            "TcpExt_SyncookiesSent",
            "TcpExt_TCPTimeouts",
            "Tcp_CurrEstab",
            "Udp6_RcvbufErrors",
        ] {
            assert!(kept(k), "{k}");
        }
        for k in ["Ip_InReceives", "Ip6_InReceives", "TcpExt_TCPOFOQueue", "Tcp_MaxConn", "UdpLite_InDatagrams", "Foo"]
        {
            assert!(!kept(k), "{k}");
        }
    }

    #[test]
    fn parses_pairs_and_snmp6_and_names_bad_lines() {
        let p = Path::new("/x/net/snmp");
        let mut out = BTreeMap::new();
        parse_pairs("Tcp: MaxConn ActiveOpens CurrEstab\nTcp: -1 5 2\nIp: Forwarding\nIp: 1\n", p, &mut out).unwrap();
        parse_snmp6("Ip6InOctets   256\nIp6InReceives 2\nUdpLite6InErrors 1\n", p, &mut out).unwrap();
        let want = [("Ip6_InOctets", 256.0), ("Ip_Forwarding", 1.0), ("Tcp_ActiveOpens", 5.0), ("Tcp_CurrEstab", 2.0)];
        let mut want: BTreeMap<String, f64> = want.iter().map(|(k, v)| (k.to_string(), *v)).collect();
        want.insert("UdpLite6_InErrors".into(), 1.0);
        assert_eq!(out, want);
        for (bad, says) in [
            ("Tcp: A B\nTcp: 1\n", "lines 1-2: Tcp has 2 names but 1 values"),
            ("Tcp: A\nUdp: 1\n", "names of Tcp but values of Udp"),
            ("Tcp: A\n", "line 1: a line of names without"),
            ("Tcp: CurrEstab\nTcp: x\n", "line 2: CurrEstab is \"x\""),
        ] {
            let e = format!("{:#}", parse_pairs(bad, p, &mut out).unwrap_err());
            assert!(e.contains("/x/net/snmp") && e.contains(says), "{bad:?}: {e}");
        }
    }

    #[test]
    fn absent_snmp6_leaves_its_fields_out_and_rates_follow() {
        let dir = tempfile::tempdir().unwrap();
        let mut n = Netstat::new(dir.path());
        let s = n.collect().unwrap().unwrap();
        assert!(s.fields.is_empty(), "no files: no fields, no error");
        std::fs::create_dir(dir.path().join("net")).unwrap();
        let w = |drops: u32| {
            std::fs::write(
                dir.path().join("net/netstat"),
                format!("TcpExt: ListenOverflows ListenDrops\nTcpExt: {drops} {drops}\n"),
            )
            .unwrap()
        };
        w(10);
        std::fs::write(dir.path().join("net/snmp"), "Tcp: ActiveOpens\nTcp: 7\n").unwrap();
        n.collect().unwrap().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        w(20);
        let s = n.collect().unwrap().unwrap();
        assert_eq!(s.fields.len(), 3);
        assert!(s.rate("TcpExt_ListenDrops").unwrap() > 0.0 && s.rate("Tcp_ActiveOpens") == Some(0.0), "{s:?}");
    }

    /// A kept field given twice (in one file, or in two: `Ip6: InOctets` in snmp and
    /// `Ip6InOctets` in snmp6) is an error naming the file, line and field, not the last
    /// one taken silently.
    #[test]
    fn a_field_given_twice_is_refused() {
        let p = Path::new("/x/net/snmp");
        let mut out = BTreeMap::new();
        let e = format!("{:#}", parse_pairs("Tcp: InSegs InSegs\nTcp: 1 2\n", p, &mut out).unwrap_err());
        assert!(e.contains("/x/net/snmp line 2") && e.contains("Tcp_InSegs is given twice"), "{e}");
        let mut out = BTreeMap::new();
        parse_pairs("Tcp: InSegs\nTcp: 1\n", p, &mut out).unwrap();
        let e = format!("{:#}", parse_pairs("Tcp: OutSegs\nTcp: 1\nTcp: InSegs\nTcp: 2\n", p, &mut out).unwrap_err());
        assert!(e.contains("/x/net/snmp line 4") && e.contains("Tcp_InSegs is given twice"), "{e}");
        let p6 = Path::new("/x/net/snmp6");
        let mut out = BTreeMap::new();
        parse_pairs("Ip6: InOctets\nIp6: 1\n", p, &mut out).unwrap();
        let e = format!("{:#}", parse_snmp6("Ip6InOctets 2\n", p6, &mut out).unwrap_err());
        assert!(e.contains("/x/net/snmp6 line 1") && e.contains("Ip6_InOctets is given twice"), "{e}");
        // Fields left out may repeat: they are not read.
        parse_pairs("Tcp: MaxConn MaxConn\nTcp: -1 -1\n", p, &mut BTreeMap::new()).unwrap();
    }
}
