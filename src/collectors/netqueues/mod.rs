//! Two small socket-table counts node_exporter 1.5.0 has as its `udp_queues` and `arp`
//! collectors: the bytes queued in the kernel for UDP sockets (`tx_queue` and `rx_queue`
//! of `<proc-root>/net/udp` and `net/udp6`, summed), and the ARP (IPv4 neighbour) entries
//! per device in `net/arp`. Each file that is absent (`udp6` without IPv6) leaves its
//! series out.

mod kind;

use crate::engine::collector::{Collector, Reading};
use crate::engine::sample::Sample;
use crate::util::file::{self, Links};
use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

pub(crate) const NAME: &str = "netqueues";

/// The bytes queued on the UDP sockets of one address family.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct UdpQueues {
    pub tx_bytes: u64,
    pub rx_bytes: u64,
    /// How many sockets the file lists.
    pub sockets: u64,
}

/// What the state file holds.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct NetQueues {
    /// `/proc/net/udp` (null when absent).
    pub udp_v4: Option<UdpQueues>,
    /// `/proc/net/udp6` (null when absent).
    pub udp_v6: Option<UdpQueues>,
    /// ARP entries per device (null when `/proc/net/arp` is absent).
    pub arp_entries: Option<BTreeMap<String, u64>>,
}

impl Reading for NetQueues {
    fn summary(&self) -> String {
        let q = |u: &Option<UdpQueues>| {
            u.map_or("absent".into(), |u| format!("{} B in, {} B out on {} sockets", u.rx_bytes, u.tx_bytes, u.sockets))
        };
        let arp = self.arp_entries.as_ref().map_or("absent".into(), |a| a.values().sum::<u64>().to_string());
        format!("UDP queues: IPv4 {}, IPv6 {}; ARP entries {arp}", q(&self.udp_v4), q(&self.udp_v6))
    }

    fn samples(&self, out: &mut Vec<Sample>) {
        kind::samples(self, out);
    }
}

/// At most this much of a socket table is read: about 2 million sockets.
const TABLE_LIMIT: u64 = 256 << 20;
/// At most this much of one line: a socket's line is about 130 bytes.
const LINE_LIMIT: u64 = 4096;

/// Sum `tx_queue:rx_queue` (the fifth column, hex) over the lines of a UDP socket table,
/// one line at a time (a busy host lists many thousands), each line and the whole
/// bounded.
pub(crate) fn udp_queues(r: impl Read, path: &Path) -> Result<UdpQueues> {
    let mut r = BufReader::new(r.take(TABLE_LIMIT + 1));
    let (mut line, mut n, mut read) = (String::new(), 0usize, 0u64);
    let mut q = UdpQueues::default();
    loop {
        line.clear();
        let len = (&mut r)
            .take(LINE_LIMIT + 1)
            .read_line(&mut line)
            .with_context(|| format!("cannot read {}", path.display()))?;
        if len == 0 {
            break;
        }
        n += 1;
        if len as u64 > LINE_LIMIT {
            bail!("{} line {n} is longer than {LINE_LIMIT} bytes; refusing the table", path.display());
        }
        read += len as u64;
        if read > TABLE_LIMIT {
            bail!("{} is larger than {TABLE_LIMIT} bytes; refusing it", path.display());
        }
        if n == 1 || line.trim().is_empty() {
            continue; // the header
        }
        let queues = line.split_ascii_whitespace().nth(4);
        let parsed = queues
            .and_then(|f| f.split_once(':'))
            .and_then(|(tx, rx)| Some((u64::from_str_radix(tx, 16).ok()?, u64::from_str_radix(rx, 16).ok()?)));
        let Some((tx, rx)) = parsed else {
            bail!(
                "{} line {n}: no `tx_queue:rx_queue` in hex as the fifth column: {:?}",
                path.display(),
                line.trim_end()
            );
        };
        q.tx_bytes = q.tx_bytes.saturating_add(tx);
        q.rx_bytes = q.rx_bytes.saturating_add(rx);
        q.sockets += 1;
    }
    Ok(q)
}

/// Entries per device of `/proc/net/arp` (its sixth column), header left out.
pub(crate) fn arp_entries(text: &str, path: &Path) -> Result<BTreeMap<String, u64>> {
    let mut out = BTreeMap::new();
    for (i, line) in text.lines().enumerate().skip(1) {
        let f: Vec<&str> = line.split_ascii_whitespace().collect();
        match f.len() {
            0 => continue,
            6 => *out.entry(f[5].to_string()).or_insert(0) += 1,
            n => bail!("{} line {}: {n} columns, not 6: {line:?}", path.display(), i + 1),
        }
    }
    Ok(out)
}

pub struct Netqueues {
    udp: [PathBuf; 2],
    arp: PathBuf,
    buf: Vec<u8>,
}

impl Netqueues {
    pub fn new(proc_root: &Path) -> Netqueues {
        let net = proc_root.join("net");
        Netqueues { udp: [net.join("udp"), net.join("udp6")], arp: net.join("arp"), buf: Vec::new() }
    }
}

fn read_udp(path: &Path) -> Result<Option<UdpQueues>> {
    match file::open_regular(path, Links::Follow) {
        Ok((f, _)) => udp_queues(f, path).map(Some),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
    }
}

impl Collector for Netqueues {
    type Reading = NetQueues;

    fn collect(&mut self) -> Result<Option<NetQueues>> {
        let udp_v4 = read_udp(&self.udp[0])?;
        let udp_v6 = read_udp(&self.udp[1])?;
        // About 100 bytes an entry: room for 160,000 neighbours.
        let text = file::read_str_if_present(&self.arp, 16 << 20, &mut self.buf)
            .with_context(|| format!("cannot read {}", self.arp.display()))?;
        let arp_entries = text.map(|t| arp_entries(t, &self.arp)).transpose()?;
        Ok(Some(NetQueues { udp_v4, udp_v6, arp_entries }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const UDP: &str = "   sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops\n\
  152: 00000000:0044 00000000:0000 07 00000000:00000a00 00:00000000 00000000     0        0 17349 2 0000000000000000 0\n\
  153: 0100007F:0035 00000000:0000 07 00000100:00000001 00:00000000 00000000   101        0 17350 2 0000000000000000 0\n";

    #[test]
    fn udp_queues_are_summed_and_bad_lines_named() {
        let p = Path::new("/x/net/udp");
        let q = udp_queues(UDP.as_bytes(), p).unwrap();
        assert_eq!(q, UdpQueues { tx_bytes: 0x100, rx_bytes: 0xa01, sockets: 2 });
        let e = format!("{:#}", udp_queues("header\n 1: a b 07 zz:00\n".as_bytes(), p).unwrap_err());
        assert!(e.contains("/x/net/udp line 2"), "{e}");
    }

    /// A line without end (a planted file of one endless line) is refused at the line
    /// limit, not read into memory up to the table's.
    #[test]
    fn an_overlong_line_is_refused_naming_the_file_and_line() {
        let p = Path::new("/proc/net/udp");
        let long = format!("header\n{}\n", "1".repeat(LINE_LIMIT as usize + 1));
        let e = format!("{:#}", udp_queues(long.as_bytes(), p).unwrap_err());
        assert!(e.contains("/proc/net/udp line 2") && e.contains("longer than 4096 bytes"), "{e}");
        let endless = std::io::repeat(b'1').take(TABLE_LIMIT);
        let e = format!("{:#}", udp_queues(endless, p).unwrap_err());
        assert!(e.contains("/proc/net/udp line 1") && e.contains("longer than"), "{e}");
    }

    #[test]
    fn arp_entries_by_device() {
        let p = Path::new("/x/net/arp");
        let text = "IP address       HW type     Flags       HW address            Mask     Device\n\
                    192.0.2.1        0x1         0x2         02:fc:00:00:00:05     *        eth0\n\
                    192.0.2.9        0x1         0x0         00:00:00:00:00:00     *        eth0\n\
                    10.0.0.1         0x1         0x2         02:fc:00:00:00:06     *        eth1\n";
        let a = arp_entries(text, p).unwrap();
        assert_eq!(a, BTreeMap::from([("eth0".to_string(), 2), ("eth1".to_string(), 1)]));
        let e = format!("{:#}", arp_entries("h\n1 2 3\n", p).unwrap_err());
        assert!(e.contains("/x/net/arp line 2: 3 columns"), "{e}");
    }

    #[test]
    fn absent_files_leave_their_series_out() {
        let dir = tempfile::tempdir().unwrap();
        let mut n = Netqueues::new(dir.path());
        assert_eq!(n.collect().unwrap().unwrap(), NetQueues { udp_v4: None, udp_v6: None, arp_entries: None });
        std::fs::create_dir(dir.path().join("net")).unwrap();
        std::fs::write(dir.path().join("net/udp"), UDP).unwrap();
        let r = n.collect().unwrap().unwrap();
        assert_eq!((r.udp_v4.map(|q| q.rx_bytes), r.udp_v6), (Some(0xa01), None));
    }
}
