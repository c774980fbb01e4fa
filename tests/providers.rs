//! The providers collector against real Tahoe-LAFS 1.20.0 nodes on loopback (from the
//! PyPI venv the test command makes): their stats in the state file, the same values as
//! the node's own `?t=openmetrics`, munin's `munin-run` drawing the old tahoe-stats
//! graphs, a counter moved by a real upload, and a killed node going `U` and CRITICAL
//! while a second node stays fresh.

mod common;
use common::*;
use std::collections::BTreeMap;
use std::fs;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// One HTTP/1.0 exchange with a node's web port: the body of a 2xx answer.
fn http(port: u16, method: &str, path: &str, body: &[u8]) -> Option<String> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(30))).ok()?;
    let head = format!("{method} {path} HTTP/1.0\r\nHost: 127.0.0.1\r\nContent-Length: {}\r\n\r\n", body.len());
    s.write_all(head.as_bytes()).ok()?;
    s.write_all(body).ok()?;
    let mut answer = String::new();
    s.read_to_string(&mut answer).ok()?;
    let (head, body) = answer.split_once("\r\n\r\n")?;
    head.split(' ').nth(1).filter(|c| c.starts_with('2'))?;
    Some(body.to_string())
}

/// A Tahoe node in its own process group, killed with it and reaped when dropped.
struct Node {
    tahoe: PathBuf,
    dir: PathBuf,
    web: u16,
    child: Option<Child>,
}

impl Node {
    /// A node on loopback with no introducer; `grid`: its own storage server is its
    /// grid (one share of each file, its own furl in private/servers.yaml).
    fn new(venv: &Path, dir: &Path, grid: bool) -> Node {
        let tahoe = venv.join("bin/tahoe");
        let (tub, web) = (free_port(), free_port());
        let o = Command::new(&tahoe)
            .arg("create-node")
            .arg(format!("--port=tcp:{tub}:interface=127.0.0.1"))
            .arg(format!("--location=tcp:127.0.0.1:{tub}"))
            .arg(format!("--webport=tcp:{web}:interface=127.0.0.1"))
            .arg("--nickname=test")
            .arg(dir)
            .output()
            .unwrap();
        assert!(o.status.success(), "tahoe create-node: {}", text(&o));
        let cfg = dir.join("tahoe.cfg");
        let conf = fs::read_to_string(&cfg).unwrap();
        let conf = conf
            .replace("shares.needed = 3", "shares.needed = 1")
            .replace("shares.happy = 7", "shares.happy = 1")
            .replace("shares.total = 10", "shares.total = 1")
            .replace("reserved_space = 1G", "reserved_space = 0");
        fs::write(&cfg, conf).unwrap();
        let mut node = Node { tahoe, dir: dir.to_path_buf(), web, child: None };
        node.start();
        if grid {
            // Its storage furl and key exist once it has run: then name itself its server.
            let furl = dir.join("private/storage.furl");
            eventually(60, "the node's storage furl", || fs::read_to_string(&furl).ok());
            node.stop();
            let key = fs::read_to_string(dir.join("node.pubkey")).unwrap();
            let furl = fs::read_to_string(&furl).unwrap();
            let yaml = format!(
                "storage:\n  {}:\n    ann:\n      nickname: test\n      anonymous-storage-FURL: {}\n",
                key.trim().trim_start_matches("pub-"),
                furl.trim()
            );
            fs::write(dir.join("private/servers.yaml"), yaml).unwrap();
            node.start();
        }
        node
    }

    fn start(&mut self) {
        let log = fs::File::create(self.dir.with_extension("log")).unwrap();
        let child = Command::new(&self.tahoe)
            .arg("run")
            .arg("--allow-stdin-close")
            .arg(&self.dir)
            .stdin(Stdio::null())
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .process_group(0)
            .spawn()
            .unwrap();
        self.child = Some(child);
        let web = self.web;
        eventually(60, "the node's web API", || http(web, "GET", "/statistics?t=json", b""));
    }

    fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            // Its whole group: `tahoe run` may leave children.
            unsafe { libc::kill(-(c.id() as i32), libc::SIGKILL) };
            let _ = c.wait();
        }
    }

    fn url(&self, t: &str) -> String {
        format!("http://127.0.0.1:{}/statistics?t={t}", self.web)
    }

    /// An immutable file of `size` random-ish bytes, through the web API (large enough
    /// not to be a literal: it reaches the storage server).
    fn upload(&self, size: usize, seed: u8) {
        let body: Vec<u8> = (0..size).map(|i| (i as u8).wrapping_mul(31).wrapping_add(seed)).collect();
        http(self.web, "PUT", "/uri", &body).expect("upload through the web API");
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        self.stop();
    }
}

/// `name{labels} value` lines of an exposition, by name and labels (without
/// `provider`), NaN left out.
fn series(text: &str) -> BTreeMap<String, f64> {
    let mut out = BTreeMap::new();
    for line in text.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
        let (key, value) = line.rsplit_once(' ').unwrap();
        let v: f64 = value.parse().unwrap_or_else(|_| panic!("{line}"));
        if v.is_nan() {
            continue;
        }
        let key = match key.split_once('{') {
            Some((name, labels)) => {
                let kept: Vec<&str> = labels
                    .trim_end_matches('}')
                    .split(',')
                    .filter(|l| !l.starts_with("provider=") && !l.is_empty())
                    .collect();
                if kept.is_empty() {
                    name.to_string()
                } else {
                    format!("{name}{{{}}}", kept.join(","))
                }
            }
            None => key.to_string(),
        };
        out.insert(key, v);
    }
    out
}

fn munin_run(plugins: &Path, conf: &Path, plugin: &str, arg: Option<&str>) -> String {
    let mut c = Command::new("munin-run");
    c.arg("--servicedir").arg(plugins).arg("--sconfdir").arg(conf).arg("--ignore-systemd-properties").arg(plugin);
    c.args(arg);
    let o = c.output().unwrap();
    assert!(o.status.success(), "munin-run {plugin} {arg:?}: {}", text(&o));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn value_of(out: &str, field: &str) -> String {
    let prefix = format!("{field}.value ");
    out.lines().find_map(|l| l.strip_prefix(&prefix)).unwrap_or_else(|| panic!("no {field}.value in:\n{out}")).into()
}

fn state(path: &Path) -> serde_json::Value {
    json(path)
}

#[test]
fn tahoe_nodes_polled_graphed_and_checked() {
    let Some(venv) = tahoe_venv() else { return };
    if !have("munin-run") {
        return peer_missing("munin-run (Debian package munin-node)");
    }
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let a = Node::new(&venv, &d.join("a"), true);
    let mut b = Node::new(&venv, &d.join("b"), false);
    // Ten uploads: enough samples for Tahoe to publish its 10th to 90th latency percentiles.
    for i in 0..10 {
        a.upload(2000, i);
    }

    // The values of one fetch are the node's own OpenMetrics values, family by family.
    // Uptime and CPU move between two reads: those must lie between the reads around it.
    let prom = d.join("once.prom");
    let before = series(&http(a.web, "GET", "/statistics?t=openmetrics", b"").unwrap());
    let o = gatherer(d)
        .args(["once", "--collectors", "providers", "--providers"])
        .arg(format!("a={}", a.url("json")))
        .arg("--prometheus-textfile")
        .arg(&prom)
        .output()
        .unwrap();
    let after = series(&http(a.web, "GET", "/statistics?t=openmetrics", b"").unwrap());
    assert!(o.status.success(), "{}", text(&o));
    let ours = series(&fs::read_to_string(&prom).unwrap());
    assert!(before.len() > 30, "a busy node publishes many series: {before:?}");
    assert!(before.keys().any(|k| k.contains("quantile=\"0.500\"")), "percentiles published: {before:?}");
    for (key, &v0) in &before {
        let v1 = after.get(key).copied().unwrap_or(v0);
        let got = *ours.get(key).unwrap_or_else(|| panic!("{key} is not in gatherer's exposition"));
        let (lo, hi) = (v0.min(v1), v0.max(v1));
        assert!(lo <= got && got <= hi, "{key}: gatherer {got}, the node {v0} then {v1}");
    }
    let exposition = fs::read_to_string(&prom).unwrap();
    assert!(exposition.contains("# TYPE tahoe_counters_storage_server_allocate counter"), "{exposition}");
    assert!(exposition.contains("# TYPE tahoe_stats_storage_server_allocated gauge"), "{exposition}");

    // The daemon: the two nodes, a provider that never answers, and one whose password
    // must appear nowhere.
    let hung = TcpListener::bind("127.0.0.1:0").unwrap();
    let hung_port = hung.local_addr().unwrap().port();
    let secret_port = free_port();
    let state_dir = d.join("state");
    let path = state_dir.join("providers.json");
    let textfile = d.join("run.prom");
    let log = d.join("gatherer.log");
    let providers = format!(
        "a={},b={},hung=http://127.0.0.1:{hung_port}/,locked=http://user:s3cret@127.0.0.1:{secret_port}/",
        a.url("json"),
        b.url("json")
    );
    let _daemon = Reaped(
        gatherer(d)
            .args(["run", "--collectors", "providers", "--providers", &providers])
            .args(["--providers-interval", "1", "--providers-timeout", "2"])
            .arg("--state-dir")
            .arg(&state_dir)
            .arg("--prometheus-textfile")
            .arg(&textfile)
            .arg("--log-file")
            .arg(&log)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let s = eventually(30, "both nodes fetched", || {
        let s = fs::read(&path).ok().and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok())?;
        let up = |n: &str| s["providers"][n]["status"] == "ok";
        (up("a") && up("b")).then_some(s)
    });
    let pa = &s["providers"]["a"];
    assert_eq!(pa["format"], "tahoe");
    assert!(pa["counters"]["uploader.files_uploaded"].as_f64().unwrap() >= 10.0, "{pa}");
    assert!(pa["gauges"]["storage_server.disk_avail"].as_f64().unwrap() > 0.0, "{pa}");
    // The hung provider costs its own timeout, not the others' values.
    let hung_state = &s["providers"]["hung"];
    assert_eq!(hung_state["status"], "error", "{hung_state}");
    assert!(s["providers"]["b"]["fetch_ms"].as_u64().unwrap() < 1000, "{s}");
    assert!(s["providers"]["locked"]["url"].as_str().unwrap().contains("***@"), "{s}");

    // munin, linked under the old plugin's names, reading the file `statsfile*` names.
    let (plugins, conf) = (d.join("plugins"), d.join("plugin-conf.d"));
    fs::create_dir_all(&plugins).unwrap();
    fs::create_dir_all(&conf).unwrap();
    let graphs = [
        "tahoe_storage_allocated",
        "tahoe_storage_free",
        "tahoe_uploader_files_uploaded",
        "tahoe_storage_operations_allocate",
        "tahoe_server_latency_allocate_50_0",
        "gatherer_providers_node_uptime",
    ];
    for g in graphs {
        std::os::unix::fs::symlink(bin(), plugins.join(g)).unwrap();
    }
    let write_conf = |max_age: u64| {
        fs::write(
            conf.join("tahoe"),
            format!(
                "[tahoe_*]\nuser root\nenv.statsfile_grid {p}\nenv.max_age {max_age}\nenv.GATHERER_ENV_FILE /nonexistent\n\n\
                 [gatherer_*]\nuser root\nenv.statsfile {p}\nenv.max_age {max_age}\nenv.GATHERER_ENV_FILE /nonexistent\n",
                p = path.display()
            ),
        )
        .unwrap()
    };
    write_conf(300);
    let config = munin_run(&plugins, &conf, "tahoe_uploader_files_uploaded", Some("config"));
    for line in ["graph_title Tahoe Uploader Files Uploaded", "a.label a", "a.type DERIVE", "a.min 0", "b.label b"] {
        assert!(config.contains(line), "config lacks {line:?}:\n{config}");
    }
    let config = munin_run(&plugins, &conf, "tahoe_storage_free", Some("config"));
    assert!(config.contains("a.label a") && !config.contains("DERIVE"), "{config}");
    let free: f64 = value_of(&munin_run(&plugins, &conf, "tahoe_storage_free", None), "a").parse().unwrap();
    assert!(free > 0.0);
    assert_eq!(value_of(&munin_run(&plugins, &conf, "tahoe_storage_allocated", None), "a"), "0");
    let latency: f64 =
        value_of(&munin_run(&plugins, &conf, "tahoe_server_latency_allocate_50_0", None), "a").parse().unwrap();
    assert!(latency > 0.0 && latency < 10.0, "{latency}");
    let uptime: f64 =
        value_of(&munin_run(&plugins, &conf, "gatherer_providers_node_uptime", None), "b").parse().unwrap();
    assert!(uptime > 0.0);
    // A node without storage ops has no such counter: U, not 0.
    assert_eq!(value_of(&munin_run(&plugins, &conf, "tahoe_storage_operations_allocate", None), "b"), "U");
    assert_eq!(munin_run(&plugins, &conf, "tahoe_storage_free", Some("autoconf")).trim(), "yes");
    let suggested = munin_run(&plugins, &conf, "tahoe_storage_free", Some("suggest"));
    assert!(suggested.lines().any(|l| l == "tahoe_storage_operations_allocate"), "{suggested}");

    // A real upload moves the DERIVE graphs' counters.
    let files = |out: &str| value_of(out, "a").parse::<u64>().unwrap();
    let allocs0 = files(&munin_run(&plugins, &conf, "tahoe_storage_operations_allocate", None));
    let files0 = files(&munin_run(&plugins, &conf, "tahoe_uploader_files_uploaded", None));
    let upload = d.join("upload");
    fs::write(&upload, vec![7u8; 5000]).unwrap();
    let o = Command::new(venv.join("bin/tahoe")).arg("-d").arg(&a.dir).arg("put").arg(&upload).output().unwrap();
    assert!(o.status.success(), "tahoe put: {}", text(&o));
    eventually(30, "the upload counted in the state file", || {
        let s = state(&path);
        (s["providers"]["a"]["counters"]["uploader.files_uploaded"].as_f64()? > files0 as f64).then_some(())
    });
    assert!(files(&munin_run(&plugins, &conf, "tahoe_uploader_files_uploaded", None)) > files0);
    assert!(files(&munin_run(&plugins, &conf, "tahoe_storage_operations_allocate", None)) > allocs0);

    let check = |want: i32| {
        let o = gatherer(d)
            .args(["check", "providers", "--providers-interval", "1"])
            .arg("--state-dir")
            .arg(&state_dir)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(want), "{}", text(&o));
        String::from_utf8_lossy(&o.stdout).into_owned()
    };
    let line = check(2);
    assert!(line.contains("2 of 4 providers up; down: hung (") && line.contains("locked ("), "{line}");

    // Kill node b: its values go U once older than env.max_age; a stays fresh.
    b.stop();
    eventually(30, "b's failed fetch", || (state(&path)["providers"]["b"]["status"] == "error").then_some(()));
    write_conf(3);
    let b_last = state(&path)["providers"]["b"]["last_ok_unix"].as_i64().unwrap();
    eventually(30, "b's last good fetch older than 3 s", || {
        (gatherer::util::timefmt::now_unix_ms() / 1000 - b_last > 3).then_some(())
    });
    let values = munin_run(&plugins, &conf, "gatherer_providers_node_uptime", None);
    assert_eq!(value_of(&values, "b"), "U", "{values}");
    assert!(value_of(&values, "a").parse::<f64>().is_ok(), "{values}");
    let s = state(&path);
    assert!(s["providers"]["b"]["gauges"]["node.uptime"].is_number(), "the last good values stay: {s}");
    let line = check(2);
    assert!(line.contains("1 of 4 providers up; down: b (") && line.contains("last good"), "{line}");
    let exposition = eventually(10, "b down in the textfile", || {
        let t = fs::read_to_string(&textfile).ok()?;
        t.contains("gatherer_provider_up{provider=\"b\"} 0").then_some(t)
    });
    assert!(exposition.contains("gatherer_provider_up{provider=\"a\"} 1"), "{exposition}");
    assert!(exposition.contains("tahoe_stats_node_uptime{provider=\"a\"}"), "{exposition}");
    assert!(!exposition.contains("tahoe_stats_node_uptime{provider=\"b\"}"), "no old value as new: {exposition}");

    // The password went nowhere.
    let everything = [fs::read_to_string(&path).unwrap(), fs::read_to_string(&log).unwrap(), exposition, line];
    for t in everything {
        assert!(!t.contains("s3cret"), "{t}");
    }
    drop(hung);
}

/// A state file as the daemon writes it, for the munin tests that need no node.
fn plant_state(path: &Path, last_ok_age: i64) {
    let now = gatherer::util::timefmt::now_unix_ms() / 1000;
    let s = serde_json::json!({
        "schema": 1, "collector": "providers", "host": "h", "status": "ok", "error": null,
        "measured_at": "2026-11-22T03:00:00Z", "measured_at_unix": now, "attempted_at_unix": now, "duration_ms": 1,
        "providers": {
            "n1": {"url": "http://h/", "format": "tahoe", "status": "ok", "error": null, "fetched_at_unix": now,
                   "fetch_ms": 1, "last_ok_unix": now - last_ok_age, "skipped": 0,
                   "counters": {"downloader.files_downloaded": 7.0},
                   "gauges": {"cpu_monitor.1min_avg": 0.5, "cpu_monitor.5min_avg": 0.25}}
        }
    });
    fs::write(path, serde_json::to_vec_pretty(&s).unwrap()).unwrap();
}

#[test]
fn munin_names_unknown_and_gone_graphs_and_reads_a_definitions_file() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let path = d.join("p.json");
    plant_state(&path, 0);
    let munin = |link: &str, arg: Option<&str>, graphs: Option<&Path>| {
        let mut c = gatherer(d);
        c.args(["munin", "--graph", link]).args(arg).env("statsfile_x", &path);
        if let Some(g) = graphs {
            c.env("graphs", g);
        }
        c.output().unwrap()
    };
    let o = munin("tahoe_storage_consumed", None, None);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(text(&o).contains("no longer publish storage_server.consumed"), "{}", text(&o));
    let o = munin("tahoe_no_such", None, None);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(text(&o).contains("no graph named \"tahoe_no_such\": no such graph in the built-in table"), "{}", text(&o));
    // Linked under that name, the same.
    let link = d.join("tahoe_no_such");
    std::os::unix::fs::symlink(bin(), &link).unwrap();
    let o = Command::new(&link).env("statsfile", &path).output().unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(text(&o).contains("no graph named \"tahoe_no_such\""), "{}", text(&o));

    let defs = d.join("graphs.conf");
    fs::write(&defs, "[tahoe_no_such]\nstat = downloader.files_downloaded\ntitle = Downloads\n").unwrap();
    let o = munin("tahoe_no_such", Some("config"), Some(&defs));
    assert!(o.status.success(), "{}", text(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("graph_title Downloads") && out.contains("n1.type DERIVE"), "{out}");
    let o = munin("tahoe_no_such", None, Some(&defs));
    assert_eq!(String::from_utf8_lossy(&o.stdout), "n1.value 7\n");
    fs::write(&defs, "[tahoe_no_such]\ntitle = Downloads\n").unwrap();
    let o = munin("tahoe_no_such", None, Some(&defs));
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o).contains(&format!("{} line 1: [tahoe_no_such] has no stat", defs.display())), "{}", text(&o));

    // The load graphs from cpu_monitor; stale values are U.
    let o = munin("tahoe_runtime_load_peak", None, None);
    assert_eq!(String::from_utf8_lossy(&o.stdout), "n1.value 0.5\n", "{}", text(&o));
    plant_state(&path, 301);
    let o = munin("tahoe_runtime_load_avg", None, None);
    assert_eq!(String::from_utf8_lossy(&o.stdout), "n1.value U\n", "{}", text(&o));
    let o = munin("gatherer_providers_", Some("suggest"), None);
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(out.lines().any(|l| l == "cpu_monitor_1min_avg"), "{out}");
}

#[test]
fn config_shows_no_password_of_any_provider() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let o = gatherer(d)
        .args(["config", "--collectors", "providers", "--providers"])
        .arg("a=http://u:s3cret@127.0.0.1:1/,b=http://v:t0psecret@127.0.0.1:2/")
        .output()
        .unwrap();
    let out = text(&o);
    assert!(o.status.success(), "{out}");
    assert!(out.contains("a=http://***@127.0.0.1:1/"), "{out}");
    assert!(!out.contains("s3cret") && !out.contains("t0psecret"), "{out}");
}

#[test]
fn munin_is_silent_only_without_a_state_file() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let path = d.join("p.json");
    let munin = |link: &str, arg: Option<&str>| {
        gatherer(d).args(["munin", "--graph", link]).args(arg).env("statsfile", &path).output().unwrap()
    };
    // No state file yet (the daemon starting): a graph without lines, no error.
    for link in ["tahoe_storage_free", "gatherer_providers_node_uptime", "tahoe_server_latency_get_mean"] {
        let o = munin(link, Some("config"));
        assert!(o.status.success() && String::from_utf8_lossy(&o.stdout).contains("graph_title"), "{}", text(&o));
        let o = munin(link, None);
        assert!(o.status.success() && o.stdout.is_empty(), "{link}: {}", text(&o));
    }
    // Any other fault is said, naming the file.
    fs::write(&path, "{not json").unwrap();
    for link in ["tahoe_storage_free", "gatherer_providers_node_uptime", "tahoe_server_latency_get_mean"] {
        for arg in [None, Some("config")] {
            let o = munin(link, arg);
            assert_eq!(o.status.code(), Some(1), "{link} {arg:?}: {}", text(&o));
            let err = String::from_utf8_lossy(&o.stderr);
            assert!(err.contains(&path.display().to_string()), "{link} {arg:?}: {err}");
        }
    }
    fs::remove_file(&path).unwrap();
    fs::create_dir(&path).unwrap();
    let o = munin("tahoe_storage_free", None);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(String::from_utf8_lossy(&o.stderr).contains(&path.display().to_string()), "{}", text(&o));
}

#[test]
fn a_password_that_breaks_the_url_is_not_in_the_start_up_error() {
    let dir = tempfile::tempdir().unwrap();
    let o = gatherer(dir.path())
        .args(["once", "--collectors", "providers", "--state-dir"])
        .arg(dir.path())
        .arg("--providers")
        .arg("a=http://127.0.0.1:1/,b=http://u:s3/cr?e#t@127.0.0.1:2/")
        .output()
        .unwrap();
    let out = text(&o);
    assert_eq!(o.status.code(), Some(2), "{out}");
    assert!(out.contains("entry 2: b: not a URL"), "{out}");
    assert!(!out.contains("s3/cr") && !out.contains("e#t"), "{out}");
}

#[test]
fn providers_whose_names_make_the_same_field_each_get_their_own() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let path = d.join("p.json");
    plant_state(&path, 0);
    let mut s: serde_json::Value = serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
    let n1 = s["providers"]["n1"].clone();
    let mut other = n1.clone();
    other["gauges"]["cpu_monitor.1min_avg"] = serde_json::json!(0.125);
    s["providers"] = serde_json::json!({"a-b": n1, "a_b": other});
    fs::write(&path, serde_json::to_vec(&s).unwrap()).unwrap();
    let munin = |arg: Option<&str>| {
        let o = gatherer(d)
            .args(["munin", "--graph", "tahoe_runtime_load_peak"])
            .args(arg)
            .env("statsfile", &path)
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", text(&o));
        String::from_utf8(o.stdout).unwrap()
    };
    let config = munin(Some("config"));
    let labels: Vec<&str> = config.lines().filter(|l| l.contains(".label ")).collect();
    assert_eq!(labels, ["a_b.label a-b", "a_b_2.label a_b"], "{config}");
    assert_eq!(munin(None), "a_b.value 0.5\na_b_2.value 0.25\n");
}
