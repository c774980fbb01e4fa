//! Sockets in use per protocol from `<proc-root>/net/sockstat` and `net/sockstat6`: every
//! `PROTO: key value ...` pair as node_exporter names it (`TCP_inuse`, `TCP6_inuse`,
//! `FRAG_memory`), `sockets_used`, and the `mem` fields (pages) also in bytes
//! (`TCP_mem_bytes`, × this host's page size, as node_exporter does). `sockstat6` is
//! absent on a kernel without IPv6, and so are its fields.

mod kind;

use crate::engine::collector::{Collector, Reading};
use crate::engine::sample::Sample;
use crate::util::file;
use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub(crate) const NAME: &str = "sockstat";

/// What the state file holds.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct SockStats {
    /// `sockets: used N` (null when sockstat is absent).
    pub sockets_used: Option<u64>,
    /// Every other pair, as `PROTO_key` (`TCP_inuse`, `UDP6_inuse`, `TCP_mem_bytes`).
    pub fields: BTreeMap<String, u64>,
}

impl Reading for SockStats {
    fn summary(&self) -> String {
        let f = |k: &str| self.fields.get(k).map_or("?".into(), |v| v.to_string());
        format!(
            "sockets used {}, TCP in use {} (IPv6 {}), time-wait {}, orphans {}, UDP in use {} (IPv6 {})",
            self.sockets_used.map_or("?".into(), |v| v.to_string()),
            f("TCP_inuse"),
            f("TCP6_inuse"),
            f("TCP_tw"),
            f("TCP_orphan"),
            f("UDP_inuse"),
            f("UDP6_inuse")
        )
    }

    fn samples(&self, out: &mut Vec<Sample>) {
        kind::samples(self, out);
    }
}

/// Parse one sockstat file into `out`, with `mem` also as `mem_bytes` (pages × `page`).
pub(crate) fn parse(text: &str, path: &Path, page: u64, out: &mut SockStats) -> Result<()> {
    for (i, line) in text.lines().enumerate() {
        let Some((proto, rest)) = line.split_once(':') else {
            if line.trim().is_empty() {
                continue;
            }
            bail!("{} line {}: {line:?} is not `PROTO: key value ...`", path.display(), i + 1);
        };
        let words: Vec<&str> = rest.split_ascii_whitespace().collect();
        if words.len() % 2 != 0 {
            bail!("{} line {}: {line:?} is not key value pairs", path.display(), i + 1);
        }
        for pair in words.chunks(2) {
            let (key, v) = (pair[0], pair[1]);
            let value: u64 =
                v.parse().with_context(|| format!("{} line {}: {proto} {key} is {v:?}", path.display(), i + 1))?;
            if proto == "sockets" && key == "used" {
                out.sockets_used = Some(value);
                continue;
            }
            out.fields.insert(format!("{proto}_{key}"), value);
            if key == "mem" {
                out.fields.insert(format!("{proto}_mem_bytes"), value.saturating_mul(page));
            }
        }
    }
    Ok(())
}

pub struct Sockstat {
    paths: [PathBuf; 2],
    page: u64,
    buf: Vec<u8>,
}

impl Sockstat {
    pub fn new(proc_root: &Path) -> Sockstat {
        let net = proc_root.join("net");
        Sockstat {
            paths: [net.join("sockstat"), net.join("sockstat6")],
            page: rustix::param::page_size() as u64,
            buf: Vec::new(),
        }
    }
}

impl Collector for Sockstat {
    type Reading = SockStats;

    fn collect(&mut self) -> Result<Option<SockStats>> {
        let mut out = SockStats { sockets_used: None, fields: BTreeMap::new() };
        for path in &self.paths {
            let text = file::read_str_if_present(path, 1 << 16, &mut self.buf)
                .with_context(|| format!("cannot read {}", path.display()))?;
            if let Some(text) = text {
                parse(text, path, self.page, &mut out)?;
            }
        }
        Ok(Some(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_mem_in_bytes_and_bad_lines_named() {
        let p = Path::new("/x/net/sockstat");
        let mut s = SockStats { sockets_used: None, fields: BTreeMap::new() };
        parse(
            "sockets: used 31\nTCP: inuse 4 orphan 0 tw 1 alloc 4 mem 101\nFRAG: inuse 0 memory 0\n",
            p,
            4096,
            &mut s,
        )
        .unwrap();
        assert_eq!(s.sockets_used, Some(31));
        assert_eq!((s.fields["TCP_inuse"], s.fields["TCP_mem"], s.fields["TCP_mem_bytes"]), (4, 101, 413_696));
        assert_eq!(s.fields["FRAG_memory"], 0);
        assert!(!s.fields.contains_key("FRAG_memory_bytes"), "FRAG memory is bytes already");
        for (bad, says) in [("TCP: inuse\n", "line 1"), ("TCP: inuse x\n", "TCP inuse is \"x\""), ("junk\n", "line 1")]
        {
            let e = format!("{:#}", parse(bad, p, 4096, &mut s).unwrap_err());
            assert!(e.contains("/x/net/sockstat") && e.contains(says), "{bad:?}: {e}");
        }
    }

    #[test]
    fn absent_files_give_no_fields() {
        let dir = tempfile::tempdir().unwrap();
        let s = Sockstat::new(dir.path()).collect().unwrap().unwrap();
        assert_eq!((s.sockets_used, s.fields.len()), (None, 0));
    }
}
