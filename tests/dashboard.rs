//! Grafana's "Node Exporter Full" (tests/fixtures/grafana, Apache-2.0) on gatherer's
//! `/metrics`, panel for panel, beside the real node_exporter on the same host.
//!
//! Every panel's queries are read from the dashboard; a query needs the `node_*` families
//! it names (outside quoted strings: label values, `label_replace` arguments); a panel is
//! filled when every family of one of its queries is served. node_exporter 1.5.0
//! (`prometheus-node-exporter`) and gatherer both run with their defaults on 127.0.0.1
//! (gatherer's state files in a temporary directory). Every family any query or variable
//! names that node_exporter serves, gatherer must serve too (a panel counted filled by one
//! of its queries would hide the others' missing lines), but for the few in `NOT_OURS`;
//! the panel counts are printed beside.

mod common;
use common::*;
use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const NODE_EXPORTER: &str = "/usr/bin/prometheus-node-exporter";

/// A child process that is killed (and reaped) whatever happens to the test.
struct Reaped(Child);

impl Drop for Reaped {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// One panel: its title and the families each of its queries needs.
struct Panel {
    title: String,
    queries: Vec<BTreeSet<String>>,
}

impl Panel {
    fn filled_by(&self, served: &BTreeSet<String>) -> bool {
        self.queries.iter().any(|q| q.iter().all(|f| served.contains(f)))
    }
}

/// Families the dashboard asks for and node_exporter serves that gatherer leaves to
/// node_exporter, and why.
const NOT_OURS: &[(&str, &str)] = &[
    // About node_exporter's own textfile directory, which gatherer does not read (it
    // writes a textfile for node_exporter instead).
    ("node_textfile_scrape_error", "node_exporter's textfile collector"),
];

/// The families `needed` that `ne` serves and `g` does not, `NOT_OURS` aside.
fn lacking(needed: &BTreeSet<String>, ne: &BTreeSet<String>, g: &BTreeSet<String>) -> BTreeSet<String> {
    needed
        .iter()
        .filter(|f| ne.contains(*f) && !g.contains(*f) && !NOT_OURS.iter().any(|(n, _)| n == f))
        .cloned()
        .collect()
}

/// The `node_*` names of a PromQL expression: identifiers that start with `node_`, not
/// inside a quoted string, and not the tail of a longer identifier (`$__rate_interval`,
/// `on(instance)`, `by (device)` and function names name no family).
fn families(expr: &str) -> BTreeSet<String> {
    let b = expr.as_bytes();
    let ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c == b':';
    let mut out = BTreeSet::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            q @ (b'"' | b'\'' | b'`') => {
                i += 1;
                while i < b.len() && b[i] != q {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
            }
            c if ident(c) || c == b'$' => {
                let start = i;
                while i < b.len() && (ident(b[i]) || b[i] == b'$') {
                    i += 1;
                }
                let word = &expr[start..i];
                if word.starts_with("node_") {
                    out.insert(word.to_string());
                }
            }
            _ => i += 1,
        }
    }
    out
}

/// Every panel with a `node_*` query, rows' nested panels included (walked with a
/// stack: the dashboard's depth decides nothing here).
fn panels(dashboard: &serde_json::Value) -> Vec<Panel> {
    let mut out = Vec::new();
    let mut stack: Vec<&serde_json::Value> =
        dashboard["panels"].as_array().expect("a panels list").iter().rev().collect();
    while let Some(p) = stack.pop() {
        if let Some(inner) = p["panels"].as_array() {
            stack.extend(inner.iter().rev());
        }
        if p["type"] == "row" {
            continue;
        }
        let queries: Vec<BTreeSet<String>> = p["targets"]
            .as_array()
            .map(|t| t.iter().filter_map(|t| t["expr"].as_str()).map(families).filter(|f| !f.is_empty()).collect())
            .unwrap_or_default();
        if !queries.is_empty() {
            out.push(Panel { title: p["title"].as_str().unwrap_or("").to_string(), queries });
        }
    }
    out
}

/// The `node_*` families the dashboard's variables (`templating.list`) query: `$job`,
/// `$nodename` and `$node` filter every panel, so without these the whole dashboard
/// shows "No data" whatever the panels' own families.
fn variable_families(dashboard: &serde_json::Value) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for v in dashboard["templating"]["list"].as_array().expect("a templating list") {
        let query = &v["query"];
        for q in [query.as_str(), query["query"].as_str(), v["definition"].as_str()].into_iter().flatten() {
            out.extend(families(q));
        }
    }
    out
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn http_get(port: u16, path: &str) -> Option<String> {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    write!(s, "GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").ok()?;
    let mut reply = String::new();
    s.read_to_string(&mut reply).ok()?;
    let (head, body) = reply.split_once("\r\n\r\n")?;
    head.contains(" 200 ").then(|| body.to_string())
}

/// The families of a scrape that have at least one series.
fn served(port: u16) -> Option<BTreeSet<String>> {
    let body = http_get(port, "/metrics")?;
    Some(
        body.lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .filter_map(|l| l.split(['{', ' ']).next())
            .map(str::to_string)
            .collect(),
    )
}

#[test]
fn the_families_of_a_query_are_found_among_its_syntax() {
    let q = r#"100 - ((node_filesystem_avail_bytes{instance="$node",job="$job",device!~'rootfs'} * 100) / on(instance) node_filesystem_size_bytes{mountpoint="node_x"}) + rate(node_vmstat_pgfault[$__rate_interval]) + label_replace(node_uname_info, "a", "node_y", "b", ".*") * ignoring(x) my_node_z"#;
    let f: Vec<String> = families(q).into_iter().collect();
    assert_eq!(
        f,
        ["node_filesystem_avail_bytes", "node_filesystem_size_bytes", "node_uname_info", "node_vmstat_pgfault"]
    );
}

#[test]
fn a_family_missing_from_one_query_is_lacking_though_the_panel_is_filled() {
    let set = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<BTreeSet<String>>();
    let panel = Panel {
        title: "Sockets".into(),
        queries: vec![set(&["node_sockstat_TCP_alloc"]), set(&["node_sockstat_TCP_tw"])],
    };
    let ne = set(&["node_sockstat_TCP_alloc", "node_sockstat_TCP_tw", "node_textfile_scrape_error"]);
    let g = set(&["node_sockstat_TCP_alloc"]);
    assert!(panel.filled_by(&g), "one query served fills the panel");
    let needed: BTreeSet<String> =
        panel.queries.iter().flatten().cloned().chain(set(&["node_textfile_scrape_error"])).collect();
    assert_eq!(lacking(&needed, &ne, &g), set(&["node_sockstat_TCP_tw"]));
}

#[test]
fn every_family_node_exporter_serves_gatherer_serves_too() {
    if !Path::new(NODE_EXPORTER).exists() {
        peer_missing("node_exporter (Debian package prometheus-node-exporter)");
        return;
    }
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/grafana/node-exporter-full.json");
    let dashboard: serde_json::Value = serde_json::from_slice(&std::fs::read(&fixture).unwrap()).unwrap();
    let panels = panels(&dashboard);
    assert!(panels.len() >= 120, "the dashboard's panels: {}", panels.len());
    let variables = variable_families(&dashboard);
    assert!(variables.contains("node_uname_info"), "the variables' families: {variables:?}");
    let needed: BTreeSet<String> =
        panels.iter().flat_map(|p| p.queries.iter().flatten()).chain(&variables).cloned().collect();
    for (name, _) in NOT_OURS {
        assert!(needed.contains(*name), "{name} is allowed missing, but the dashboard does not ask for it");
    }

    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let ne_port = free_port();
    let _ne = Reaped(
        Command::new(NODE_EXPORTER)
            .arg(format!("--web.listen-address=127.0.0.1:{ne_port}"))
            .env_clear()
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(d.join("node_exporter.log")).unwrap())
            .spawn()
            .unwrap(),
    );
    let g_port = free_port();
    // Its defaults, but for where its state files go (not the host's /tmp and /dev/shm).
    let _g = Reaped(
        gatherer(d)
            .env_remove("GATHERER_COLLECTORS")
            .args(["run", "--http-listen", &format!("127.0.0.1:{g_port}")])
            .arg("--state-dir")
            .arg(d.join("state"))
            .arg("--diskstats-state")
            .arg(d.join("diskstats.json"))
            .arg("--vmware-state")
            .arg(d.join("vmware.json"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(d.join("gatherer.log")).unwrap())
            .spawn()
            .unwrap(),
    );

    // Rates need a second sample (diskstats' first comes after its 30 s interval):
    // scrape both until gatherer fills every panel node_exporter fills, or 100 s passed.
    let until = Instant::now() + Duration::from_secs(100);
    let (mut ne, mut g);
    loop {
        std::thread::sleep(Duration::from_secs(2));
        ne = served(ne_port).unwrap_or_default();
        g = served(g_port).unwrap_or_default();
        let behind =
            !lacking(&needed, &ne, &g).is_empty() || panels.iter().any(|p| p.filled_by(&ne) && !p.filled_by(&g));
        if (!ne.is_empty() && !g.is_empty() && !behind) || Instant::now() > until {
            break;
        }
    }
    let log = |name: &str| std::fs::read_to_string(d.join(name)).unwrap_or_default();
    assert!(!ne.is_empty(), "node_exporter served nothing: {}", log("node_exporter.log"));
    assert!(!g.is_empty(), "gatherer served nothing: {}", log("gatherer.log"));

    let by_ne = panels.iter().filter(|p| p.filled_by(&ne)).count();
    let by_g = panels.iter().filter(|p| p.filled_by(&g)).count();
    let missing: Vec<String> = panels
        .iter()
        .filter(|p| p.filled_by(&ne) && !p.filled_by(&g))
        .map(|p| {
            let lacking: BTreeSet<&String> = p.queries.iter().flatten().filter(|f| !g.contains(*f)).collect();
            format!("{:?} needs {lacking:?}", p.title)
        })
        .collect();
    let extra = panels.iter().filter(|p| p.filled_by(&g) && !p.filled_by(&ne)).count();
    eprintln!(
        "panels: {} with node_* queries; node_exporter fills {by_ne}, gatherer fills {by_g} ({extra} that node_exporter does not)",
        panels.len()
    );
    for m in &missing {
        eprintln!("  filled by node_exporter only: {m}");
    }
    assert!(
        missing.is_empty(),
        "{} panels node_exporter fills and gatherer does not:\n{}",
        missing.len(),
        missing.join("\n")
    );
    let lacking = lacking(&needed, &ne, &g);
    assert!(
        lacking.is_empty(),
        "the dashboard asks for these, node_exporter serves them, gatherer does not: {lacking:?}"
    );
}
