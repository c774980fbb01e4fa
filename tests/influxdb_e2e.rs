//! End to end with a real InfluxDB 1.6 (Debian's `influxd`, run here in the foreground
//! with everything under a temporary directory, HTTP on loopback) and its own client
//! (`influx`) reading back what gatherer wrote:
//! - every collector's points are there, with the values and timestamps of its state
//!   file;
//! - while InfluxDB is down the points wait in the spool; once it is back every
//!   timestamp is there exactly once, none missing;
//! - with authentication on: `--influxdb-user` and an owner-only password file work, a
//!   password file others can read is refused at start (exit 2, naming it), and the
//!   password appears neither in the log nor in `gatherer config`.
//!
//! Packages: influxdb (influxd), influxdb-client (influx).

mod common;
use common::*;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const INFLUXD: &str = "/usr/bin/influxd";
const INFLUX: &str = "/usr/bin/influx";

/// A child process killed (and reaped) when dropped, panics included; its output goes to
/// a log file in the test's temporary directory.
struct Kill {
    child: Child,
    log: PathBuf,
}

impl Kill {
    fn spawn(mut cmd: Command, log: PathBuf) -> Kill {
        let out = fs::OpenOptions::new().create(true).append(true).open(&log).unwrap();
        let child = cmd
            .stdin(Stdio::null())
            .stdout(out.try_clone().unwrap())
            .stderr(out)
            .spawn()
            .unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
        Kill { child, log }
    }

    fn log(&self) -> String {
        fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// SIGTERM, and wait up to `secs` for it to exit (then SIGKILL); its exit code.
    fn terminate(&mut self, secs: u64) -> Option<i32> {
        // SAFETY: kill(2) on our own child's pid.
        unsafe { libc::kill(self.child.id() as libc::pid_t, libc::SIGTERM) };
        let until = Instant::now() + Duration::from_secs(secs);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.code();
            }
            if Instant::now() >= until {
                let _ = self.child.kill();
                let _ = self.child.wait();
                panic!("did not exit within {secs} s of SIGTERM; log:\n{}", self.log());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Kill {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn peers() -> bool {
    for p in [INFLUXD, INFLUX] {
        if !Path::new(p).exists() {
            peer_missing(&format!("{p} (apt-get install influxdb influxdb-client)"));
            return false;
        }
    }
    true
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// One HTTP/1.0 request on loopback: the status and the body.
fn http(port: u16, method: &str, target: &str, body: &str) -> Result<(u16, String), String> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).map_err(|e| e.to_string())?;
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    write!(s, "{method} {target} HTTP/1.0\r\nHost: 127.0.0.1:{port}\r\nContent-Length: {}\r\n\r\n{body}", body.len())
        .map_err(|e| e.to_string())?;
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).map_err(|e| e.to_string())?;
    let text = String::from_utf8_lossy(&buf).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").ok_or("no end of headers")?;
    let code = head.split_whitespace().nth(1).and_then(|c| c.parse().ok()).ok_or("no status")?;
    Ok((code, body.to_string()))
}

/// influxd in the foreground, everything under `dir`, HTTP on a loopback port.
struct Influxd {
    dir: PathBuf,
    port: u16,
    conf: PathBuf,
    child: Option<Kill>,
    /// `(user, password)` for the client once authentication is on.
    creds: Option<(String, String)>,
}

impl Influxd {
    fn new(dir: &Path, auth: bool) -> Influxd {
        let dir = dir.join("influxdb");
        fs::create_dir_all(&dir).unwrap();
        let (port, rpc) = (free_port(), free_port());
        let conf = dir.join("influxdb.conf");
        let d = dir.display();
        fs::write(
            &conf,
            format!(
                "reporting-disabled = true\nbind-address = \"127.0.0.1:{rpc}\"\n\
                 [meta]\n  dir = \"{d}/meta\"\n\
                 [data]\n  dir = \"{d}/data\"\n  wal-dir = \"{d}/wal\"\n  query-log-enabled = false\n\
                 [monitor]\n  store-enabled = false\n\
                 [http]\n  bind-address = \"127.0.0.1:{port}\"\n  auth-enabled = {auth}\n  log-enabled = false\n\
                 [logging]\n  level = \"warn\"\n  suppress-logo = true\n"
            ),
        )
        .unwrap();
        let mut i = Influxd { dir, port, conf, child: None, creds: None };
        i.start();
        i
    }

    fn start(&mut self) {
        let mut c = Command::new(INFLUXD);
        c.args(["run", "-config"]).arg(&self.conf);
        self.child = Some(Kill::spawn(c, self.dir.join("influxd.log")));
        let port = self.port;
        eventually(60, "influxd to answer /ping", || match http(port, "GET", "/ping", "") {
            Ok((204, _)) => Some(()),
            _ => None,
        });
    }

    fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            c.terminate(30);
        }
    }

    fn log(&self) -> String {
        fs::read_to_string(self.dir.join("influxd.log")).unwrap_or_default()
    }

    /// `influx -execute` (JSON, timestamps in seconds): the results.
    fn query(&self, db: &str, q: &str) -> Value {
        let mut c = Command::new(INFLUX);
        c.args(["-host", "127.0.0.1", "-port", &self.port.to_string(), "-format", "json", "-precision", "s"]);
        if let Some((u, p)) = &self.creds {
            c.args(["-username", u, "-password", p]);
        }
        if !db.is_empty() {
            c.args(["-database", db]);
        }
        let out = c.args(["-execute", q]).output().unwrap();
        assert!(out.status.success(), "influx {q:?}: {}\ninfluxd log:\n{}", text(&out), self.log());
        let stdout = String::from_utf8_lossy(&out.stdout);
        if stdout.trim().is_empty() {
            return Value::Null;
        }
        let v: Value = serde_json::from_str(stdout.trim()).unwrap_or_else(|e| panic!("{q}: {e}: {stdout}"));
        for r in v["results"].as_array().into_iter().flatten() {
            assert!(r.get("error").is_none(), "{q}: {r}");
        }
        v
    }
}

/// A row of an answer: column → value.
type Row = BTreeMap<String, Value>;

/// The series of the answer to one statement: (tags, rows as column → value). (The
/// client's JSON puts each series of a grouped answer in a result of its own.)
fn series(v: &Value) -> Vec<(BTreeMap<String, String>, Vec<Row>)> {
    v["results"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|r| r["series"].as_array().into_iter().flatten())
        .map(|s| {
            let tags = s["tags"]
                .as_object()
                .into_iter()
                .flatten()
                .map(|(k, v)| (k.clone(), v.as_str().unwrap_or("").to_string()))
                .collect();
            let columns: Vec<String> =
                s["columns"].as_array().unwrap().iter().map(|c| c.as_str().unwrap().to_string()).collect();
            let rows = s["values"]
                .as_array()
                .unwrap()
                .iter()
                .map(|row| columns.iter().cloned().zip(row.as_array().unwrap().iter().cloned()).collect())
                .collect();
            (tags, rows)
        })
        .collect()
}

/// The only row of a single-series answer.
fn one_row(v: &Value) -> Row {
    let s = series(v);
    assert_eq!(s.len(), 1, "{v}");
    assert_eq!(s[0].1.len(), 1, "{v}");
    s[0].1[0].clone()
}

fn num(v: &Value) -> f64 {
    v.as_f64().unwrap_or_else(|| panic!("not a number: {v}"))
}

/// A gatherer command on the fixture: every file under `dir`, every interval `interval`.
fn gatherer_cmd(dir: &Path, sub: &str, interval: &str) -> Command {
    let (proc_root, sys_root) = (dir.join("proc"), dir.join("sys"));
    if !proc_root.exists() {
        fixture_roots(dir);
    }
    let state = dir.join("state");
    let mut c = gatherer(dir);
    c.env_remove("GATHERER_COLLECTORS");
    c.arg(sub)
        .arg("--proc-root")
        .arg(&proc_root)
        .arg("--sys-root")
        .arg(&sys_root)
        .arg("--state-dir")
        .arg(&state)
        .arg("--diskstats-state")
        .arg(state.join("diskstats.json"))
        .arg("--vmware-state")
        .arg(state.join("vmware.dat"))
        .arg("--whisper-root")
        .arg(dir.join("no-whisper-tree"))
        .arg("--whisper-state")
        .arg(state.join("whisper.nb_metrics"))
        .arg("--spool-dir")
        .arg(dir.join("spool"));
    for flag in ["diskstats", "cpu", "memory", "network", "filesystems", "temperatures", "inventory"] {
        c.arg(format!("--{flag}-interval")).arg(interval);
    }
    c
}

fn url(port: u16, db: &str) -> String {
    format!("http://127.0.0.1:{port}/write?db={db}")
}

#[test]
fn every_collectors_points_are_its_state_file_and_an_outage_loses_none() {
    if !peers() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut influx = Influxd::new(dir.path(), false);
    influx.query("", "CREATE DATABASE test");
    influx.query("", "CREATE DATABASE outage");

    // 1. `gatherer once`, every default collector: what InfluxDB has is the state files.
    let out = gatherer_cmd(dir.path(), "once", "1").arg("--influxdb").arg(url(influx.port, "test")).output().unwrap();
    assert!(out.status.success(), "{}", text(&out));
    let state = |c: &str| json(&dir.path().join("state").join(format!("{c}.json")));
    let measurements: BTreeSet<String> = series(&influx.query("test", "SHOW MEASUREMENTS"))
        .into_iter()
        .flat_map(|(_, rows)| rows.into_iter().map(|r| r["name"].as_str().unwrap().to_string()))
        .collect();
    // Every collector `once` ran (each says `NAME: ok: ...`), which must include these.
    let ran: BTreeSet<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.split_once(": ok: ").map(|(name, _)| name.to_string()))
        .filter(|name| !name.starts_with("output "))
        .collect();
    for c in ["cpu", "diskstats", "filesystems", "inventory", "memory", "network", "temperatures", "vmware"] {
        assert!(ran.contains(c), "{c} ran by default: {}", text(&out));
    }
    assert_eq!(measurements, ran, "{}", text(&out));

    // memory: one point, at the state file's time, one field per meminfo field.
    let mem = state("memory");
    let row = one_row(&influx.query("test", "SELECT * FROM memory"));
    assert_eq!(row["time"].as_i64(), mem["measured_at_unix"].as_i64(), "{row:?}");
    assert_eq!(row["host"].as_str(), mem["host"].as_str(), "{row:?}");
    let meminfo = mem["meminfo"].as_object().unwrap();
    assert!(meminfo.len() >= 7, "{mem}");
    for (field, v) in meminfo {
        let name = field.replace(['(', ')'], "_").trim_end_matches('_').to_string();
        assert_eq!(row.get(&name).map(num), Some(num(v)), "memory field {name}: {row:?}");
    }
    assert_eq!(num(&row["MemTotal"]), 2_000_000.0 * 1024.0);
    for f in ["used", "used_pct", "swap_used"] {
        assert_eq!(row.get(f).map(num), Some(num(&mem[f])), "{f}: {row:?}");
    }

    // cpu: a point per CPU and mode with its seconds, and one for the machine.
    let cpu = state("cpu");
    let per_cpu = cpu["per_cpu_seconds"].as_object().unwrap();
    let counts = one_row(&influx.query("test", "SELECT count(seconds), count(load1) FROM cpu"));
    assert_eq!(counts["count"].as_u64(), Some(8 * per_cpu.len() as u64), "{counts:?}");
    assert_eq!(counts["count_1"].as_u64(), Some(1), "{counts:?}");
    let by_mode = series(&influx.query("test", "SELECT seconds FROM cpu WHERE mode <> '' GROUP BY cpu, mode"));
    assert_eq!(by_mode.len(), 8 * per_cpu.len());
    for (tags, rows) in &by_mode {
        assert_eq!(rows.len(), 1);
        let want = &per_cpu[&tags["cpu"]][&tags["mode"]];
        assert_eq!(num(&rows[0]["seconds"]), num(want), "{tags:?}");
        assert_eq!(rows[0]["time"].as_i64(), cpu["measured_at_unix"].as_i64());
    }
    let machine =
        one_row(&influx.query("test", "SELECT load1, load15, context_switches, forks FROM cpu WHERE cpu = ''"));
    for f in ["load1", "load15", "context_switches", "forks"] {
        assert_eq!(num(&machine[f]), num(&cpu[f]), "{f}");
    }

    // network and filesystems: the counters and sizes of their state files.
    let net = state("network");
    let rx =
        series(&influx.query("test", "SELECT rx_bytes, tx_packets FROM network WHERE device <> '' GROUP BY device"));
    let ifaces = net["interfaces"].as_object().unwrap();
    let with_rows: BTreeSet<&String> =
        rx.iter().filter(|(_, r)| r[0]["rx_bytes"].is_number()).map(|(t, _)| &t["device"]).collect();
    assert_eq!(with_rows, ifaces.keys().collect::<BTreeSet<_>>());
    for (tags, rows) in &rx {
        if let Some(i) = ifaces.get(&tags["device"]) {
            assert_eq!(num(&rows[0]["rx_bytes"]), num(&i["counters"]["rx_bytes"]), "{tags:?}");
            assert_eq!(num(&rows[0]["tx_packets"]), num(&i["counters"]["tx_packets"]), "{tags:?}");
        }
    }
    let fs_state = state("filesystems");
    let root = one_row(&influx.query("test", "SELECT size, inodes FROM filesystems WHERE mountpoint = '/'"));
    assert_eq!(num(&root["size"]), num(&fs_state["filesystems"]["/"]["size"]));
    assert_eq!(num(&root["inodes"]), num(&fs_state["filesystems"]["/"]["inodes"]));

    // 2. An outage: memory every 2 s (a timestamp per point, precision s), InfluxDB
    // stopped for a while, then started again.
    let gport = free_port();
    let mut cmd = gatherer_cmd(dir.path(), "run", "1");
    cmd.args(["--collectors", "memory", "--memory-interval", "2", "--http-listen"])
        .arg(format!("127.0.0.1:{gport}"))
        .arg("--influxdb")
        .arg(url(influx.port, "outage"));
    // The state file of `once` is not one of this run's.
    let mem_path = dir.path().join("state/memory.json");
    fs::remove_file(&mem_path).unwrap();
    let mut g = Kill::spawn(cmd, dir.path().join("gatherer.log"));
    let mut seen: BTreeSet<i64> = BTreeSet::new();
    let watch = |seen: &mut BTreeSet<i64>| {
        if let Some(t) = fs::read(&mem_path).ok().and_then(|b| serde_json::from_slice::<Value>(&b).ok()) {
            if let Some(t) = t["measured_at_unix"].as_i64() {
                seen.insert(t);
            }
        }
    };
    let times = |influx: &Influxd| -> Vec<i64> {
        series(&influx.query("outage", "SELECT MemTotal FROM memory"))
            .iter()
            .flat_map(|(_, rows)| rows.iter().map(|r| r["time"].as_i64().unwrap()).collect::<Vec<_>>())
            .collect()
    };
    let spooled = || -> Option<f64> {
        let (_, body) = http(gport, "GET", "/metrics", "").ok()?;
        let line = body.lines().find(|l| l.starts_with("gatherer_output_spool_points{") && l.contains("influxdb"))?;
        line.rsplit(' ').next()?.parse().ok()
    };
    // Whether gatherer has InfluxDB's answer for every point it queued: a point InfluxDB
    // shows may still wait for its answer, and one whose answer a stop cuts off is sent
    // again (at least once), which would be counted twice on the wire below.
    let answered = || -> bool {
        let Ok((_, body)) = http(gport, "GET", "/metrics", "") else { return false };
        let count = |name: &str| -> Option<f64> {
            let line = body.lines().find(|l| l.starts_with(&format!("{name}{{")) && l.contains("influxdb"))?;
            line.rsplit(' ').next()?.parse().ok()
        };
        let q = count("gatherer_output_queued_points_total");
        let s = count("gatherer_output_sent_points_total");
        let d = count("gatherer_output_dropped_points_total");
        matches!((q, s, d), (Some(q), Some(s), Some(d)) if q > 0.0 && s + d == q)
    };
    let until = Instant::now() + Duration::from_secs(30);
    // Stop InfluxDB just after a point arrived and was answered (the next one is 2 s
    // away), so what it had before the outage is known.
    let mut last_len = 0;
    let before = loop {
        assert!(Instant::now() < until, "no points in InfluxDB; gatherer log:\n{}", g.log());
        watch(&mut seen);
        let have = times(&influx);
        if have.len() >= 2 && last_len > 0 && have.len() > last_len && answered() {
            break have.into_iter().collect::<BTreeSet<i64>>();
        }
        last_len = have.len();
        std::thread::sleep(Duration::from_millis(20));
    };
    influx.stop();
    let down = seen.iter().max().copied().unwrap();
    let (mut max_spooled, until) = (0.0f64, Instant::now() + Duration::from_secs(7));
    while Instant::now() < until {
        watch(&mut seen);
        max_spooled = max_spooled.max(spooled().unwrap_or(0.0));
        std::thread::sleep(Duration::from_millis(50));
    }
    let during: Vec<i64> = seen.iter().copied().filter(|t| *t > down).collect();
    assert!(during.len() >= 2, "measured while InfluxDB was down: {during:?}");
    assert!(max_spooled >= 2.0, "points waiting in the spool while InfluxDB was down: {max_spooled}");
    influx.start();
    // Every point measured so far reaches InfluxDB (the reconnection backoff is at most
    // 8 s after this short an outage).
    let until = Instant::now() + Duration::from_secs(40);
    loop {
        watch(&mut seen);
        let have: BTreeSet<i64> = times(&influx).into_iter().collect();
        if seen.iter().filter(|t| **t <= *during.last().unwrap() + 2).all(|t| have.contains(t)) {
            break;
        }
        assert!(Instant::now() < until, "points lost: seen {seen:?}, in InfluxDB {have:?}\n{}", g.log());
        std::thread::sleep(Duration::from_millis(200));
    }
    // A graceful stop sends what is left.
    assert_eq!(g.terminate(30), Some(0), "{}", g.log());
    watch(&mut seen);
    let buckets = series(&influx.query(
        "outage",
        &format!(
            "SELECT count(MemTotal) FROM memory WHERE time >= {}s AND time <= {}s GROUP BY time(1s) fill(none)",
            seen.first().unwrap(),
            seen.last().unwrap()
        ),
    ));
    assert_eq!(buckets.len(), 1, "one series: {buckets:?}");
    let per_second: BTreeMap<i64, u64> =
        buckets[0].1.iter().map(|r| (r["time"].as_i64().unwrap(), r["count"].as_u64().unwrap())).collect();
    assert!(per_second.values().all(|n| *n == 1), "a timestamp more than once: {per_second:?}");
    assert_eq!(per_second.keys().copied().collect::<BTreeSet<i64>>(), seen, "InfluxDB vs state file timestamps");
    let all = times(&influx);
    assert_eq!(all.len(), seen.len(), "{all:?} vs {seen:?}");
    // On the wire too, each point once: what the restarted InfluxDB took is exactly the
    // points it did not have before the outage (its counters start at 0 with it).
    let stats = series(&influx.query("", "SHOW STATS FOR 'httpd'"));
    assert_eq!(stats.len(), 1, "{stats:?}");
    let written = stats[0].1[0]["pointsWrittenOK"].as_u64().unwrap();
    let after: Vec<&i64> = seen.iter().filter(|t| !before.contains(t)).collect();
    assert_eq!(written, after.len() as u64, "points written after the restart; new timestamps {after:?}");
    let values = series(&influx.query("outage", "SELECT MemTotal FROM memory"));
    assert!(values[0].1.iter().all(|r| num(&r["MemTotal"]) == 2_000_000.0 * 1024.0));
    eprintln!("{} timestamps, {} measured while InfluxDB was down, all there once", seen.len(), during.len());
    influx.stop();
}

#[test]
fn with_authentication_an_owner_only_password_file_works_and_never_shows() {
    if !peers() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut influx = Influxd::new(dir.path(), true);
    let password = "Gath3rer-pw-5e3f9a";
    // The first user of an InfluxDB with authentication on may be created without one.
    influx.query("", &format!("CREATE USER admin WITH PASSWORD '{password}' WITH ALL PRIVILEGES"));
    influx.creds = Some(("admin".into(), password.into()));
    influx.query("", "CREATE DATABASE test");
    // Authentication is on for real: a write without credentials is refused.
    // influxd may reset the connection as it refuses (seen once in CI): ask again then.
    let (code, body) = (0..5)
        .find_map(|_| http(influx.port, "POST", "/write?db=test", "memory x=1 1").ok())
        .expect("influxd answers the write");
    assert_eq!(code, 401, "{body}");

    let secrets = [password.to_string(), {
        use base64::Engine as _;
        base64::engine::general_purpose::STANDARD.encode(format!("admin:{password}"))
    }];
    let shows_no_secret = |what: &str, s: &str| {
        for secret in &secrets {
            assert!(!s.contains(secret.as_str()), "{what} shows the password ({secret}):\n{s}");
        }
    };
    let pw = dir.path().join("influx-password");
    fs::write(&pw, format!("{password}\n")).unwrap();
    fs::set_permissions(&pw, fs::Permissions::from_mode(0o600)).unwrap();
    let with_auth = |c: &mut Command, file: &Path| {
        c.arg("--influxdb").arg(url(influx.port, "test")).args([
            "--influxdb-user",
            "admin",
            "--influxdb-password-file",
        ]);
        c.arg(file);
    };

    // Owner-only: the points arrive; nothing printed or logged shows the password.
    let mut once = gatherer_cmd(dir.path(), "once", "1");
    once.args(["--collectors", "memory", "--debug", "1"]);
    with_auth(&mut once, &pw);
    let out = once.output().unwrap();
    assert!(out.status.success(), "{}", text(&out));
    shows_no_secret("gatherer once", &text(&out));
    let mem = json(&dir.path().join("state/memory.json"));
    let row = one_row(&influx.query("test", "SELECT MemTotal FROM memory"));
    assert_eq!(row["time"].as_i64(), mem["measured_at_unix"].as_i64());
    assert_eq!(num(&row["MemTotal"]), num(&mem["meminfo"]["MemTotal"]));

    // `gatherer config` names the file, never its content.
    let mut config = gatherer_cmd(dir.path(), "config", "1");
    with_auth(&mut config, &pw);
    let out = config.output().unwrap();
    assert!(out.status.success(), "{}", text(&out));
    let shown = text(&out);
    assert!(shown.contains(pw.to_str().unwrap()) && shown.contains("admin"), "{shown}");
    shows_no_secret("gatherer config", &shown);

    // A wrong password: InfluxDB's 401 is logged, the password is not.
    let wrong = dir.path().join("wrong-password");
    fs::write(&wrong, "not-the-Password-71c\n").unwrap();
    fs::set_permissions(&wrong, fs::Permissions::from_mode(0o600)).unwrap();
    let mut run = gatherer_cmd(dir.path(), "run", "1");
    run.args(["--collectors", "memory", "--debug", "1"]);
    with_auth(&mut run, &wrong);
    let mut g = Kill::spawn(run, dir.path().join("gatherer-wrong.log"));
    let log = eventually(30, "gatherer to log InfluxDB's refusal", || {
        let l = g.log();
        l.contains("401").then_some(l)
    });
    assert_eq!(g.terminate(30), Some(0));
    let log = log + &g.log();
    assert!(!log.contains("not-the-Password-71c"), "{log}");
    shows_no_secret("gatherer run (wrong password)", &log);

    // Readable by others: refused at start, exit 2, naming the file.
    let open = dir.path().join("open-password");
    fs::write(&open, format!("{password}\n")).unwrap();
    fs::set_permissions(&open, fs::Permissions::from_mode(0o644)).unwrap();
    for sub in ["run", "once"] {
        let mut c = gatherer_cmd(dir.path(), sub, "1");
        c.args(["--collectors", "memory"]);
        with_auth(&mut c, &open);
        let mut child = Kill::spawn(c, dir.path().join(format!("gatherer-open-{sub}.log")));
        let code = eventually(20, "gatherer to refuse the password file", || child.child.try_wait().unwrap());
        let log = child.log();
        assert_eq!(code.code(), Some(2), "{sub}: {log}");
        assert!(log.contains(open.to_str().unwrap()) && log.contains("0644"), "{sub}: {log}");
        shows_no_secret(&format!("gatherer {sub} (open password file)"), &log);
    }
    influx.stop();
}

/// An HTTP server of the test's own on loopback that answers every request with the
/// status it is set to (the fault under test), keep-alive, and counts the requests.
struct Faulty {
    port: u16,
    status: std::sync::Arc<std::sync::atomic::AtomicU16>,
    requests: std::sync::Arc<std::sync::atomic::AtomicUsize>,
    connections: std::sync::Arc<std::sync::atomic::AtomicUsize>,
    /// The lines of the requests answered 204.
    taken: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

/// The body of every answer but a 204: the reason gatherer is to log once.
const FAULT_BODY: &str = "{\"error\":\"fault-7d1c\"}";

impl Faulty {
    fn start(status: u16) -> Faulty {
        use std::sync::atomic::{AtomicBool, AtomicU16, AtomicUsize, Ordering};
        use std::sync::Arc;
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let port = listener.local_addr().unwrap().port();
        let (st, requests, stop) =
            (Arc::new(AtomicU16::new(status)), Arc::new(AtomicUsize::new(0)), Arc::new(AtomicBool::new(false)));
        let taken = Arc::new(std::sync::Mutex::new(Vec::new()));
        let connections = Arc::new(AtomicUsize::new(0));
        let (s, n, t, halt, accepted) =
            (st.clone(), requests.clone(), taken.clone(), stop.clone(), connections.clone());
        let thread = std::thread::spawn(move || {
            let mut conns = Vec::new();
            while !halt.load(Ordering::Relaxed) {
                if let Ok((c, _)) = listener.accept() {
                    accepted.fetch_add(1, Ordering::Relaxed);
                    let (s, n, t, halt) = (s.clone(), n.clone(), t.clone(), halt.clone());
                    conns.push(std::thread::spawn(move || Faulty::serve(c, &s, &n, &t, &halt)));
                }
                std::thread::sleep(Duration::from_millis(10));
            }
            for c in conns {
                let _ = c.join();
            }
        });
        Faulty { port, status: st, requests, connections, taken, stop, thread: Some(thread) }
    }

    /// Requests on one connection until the peer closes it or the test ends.
    fn serve(
        mut c: TcpStream,
        status: &std::sync::atomic::AtomicU16,
        requests: &std::sync::atomic::AtomicUsize,
        taken: &std::sync::Mutex<Vec<String>>,
        halt: &std::sync::atomic::AtomicBool,
    ) {
        use std::sync::atomic::Ordering;
        c.set_nonblocking(false).unwrap();
        c.set_read_timeout(Some(Duration::from_millis(100))).unwrap();
        let mut buf: Vec<u8> = Vec::new();
        let mut chunk = [0u8; 8192];
        while !halt.load(Ordering::Relaxed) {
            match c.read(&mut chunk) {
                Ok(0) => return,
                Ok(n) => buf.extend_from_slice(&chunk[..n]),
                Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => continue,
                Err(_) => return,
            }
            // Not HTTP (a TLS handshake): answered as an HTTP server answers it.
            if buf.first().is_some_and(|b| !b.is_ascii_uppercase()) {
                let _ = c.write_all(b"HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
                return;
            }
            // Whole requests: a head, and a body of its Content-Length.
            while let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                let head = String::from_utf8_lossy(&buf[..end]).to_ascii_lowercase();
                let length: usize = head
                    .lines()
                    .find_map(|l| l.strip_prefix("content-length:"))
                    .and_then(|v| v.trim().parse().ok())
                    .unwrap_or(0);
                if buf.len() < end + 4 + length {
                    break;
                }
                let body: Vec<u8> = buf.drain(..end + 4 + length).skip(end + 4).collect();
                requests.fetch_add(1, Ordering::Relaxed);
                let code = status.load(Ordering::Relaxed);
                if code == 204 {
                    taken.lock().unwrap().extend(String::from_utf8_lossy(&body).lines().map(str::to_string));
                }
                let answer = if code == 204 {
                    "HTTP/1.1 204 No Content\r\n\r\n".to_string()
                } else {
                    format!(
                        "HTTP/1.1 {code} Fault\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{FAULT_BODY}",
                        FAULT_BODY.len()
                    )
                };
                if c.write_all(answer.as_bytes()).is_err() {
                    return;
                }
            }
        }
    }

    fn requests(&self) -> usize {
        self.requests.load(std::sync::atomic::Ordering::Relaxed)
    }
}

impl Drop for Faulty {
    fn drop(&mut self) {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// InfluxDB answering 500 or 401 gets a request after 1 s, 2 s, 4 s ... (at most 30 s
/// apart), not one every second; the reason is logged once, and the recovery once. The
/// same for a TLS handshake that fails (https:// to a plain HTTP server).
#[test]
fn a_failing_influxdb_is_retried_with_backoff_and_logged_once() {
    let dir = tempfile::tempdir().unwrap();
    for status in [500u16, 401] {
        let server = Faulty::start(status);
        let mut cmd = gatherer_cmd(dir.path(), "run", "1");
        cmd.args(["--collectors", "memory", "--memory-interval", "1", "--debug", "1", "--spool-dir"])
            .arg(dir.path().join(format!("spool-{status}")))
            .arg("--influxdb")
            .arg(url(server.port, "x"));
        let mut g = Kill::spawn(cmd, dir.path().join(format!("gatherer-{status}.log")));
        eventually(20, "a first request", || (server.requests() > 0).then_some(()));
        let first = Instant::now();
        // Backoff from the first failure: requests at about 0, 1, 3 and 7 s (a quarter more
        // at most each); one every second would be 9 by 8.5 s.
        std::thread::sleep(Duration::from_millis(8500) - first.elapsed());
        let during = server.requests();
        let log = g.log();
        let reasons = log.lines().filter(|l| l.contains("fault-7d1c")).count();
        assert!((3..=5).contains(&during), "{status}: {during} requests in 8.5 s; log:\n{log}");
        assert_eq!(reasons, 1, "{status}: the reason logged {reasons} times:\n{log}");
        assert!(
            !log.lines().any(|l| l.contains("influxdb") && l.contains("again")),
            "{status}: no recovery yet:\n{log}"
        );
        // It recovers: the waiting points go, and that is said once.
        server.status.store(204, std::sync::atomic::Ordering::Relaxed);
        let recovered = |l: &str| l.contains("influxdb") && l.contains("again");
        eventually(40, "the recovery to be logged", || g.log().lines().any(recovered).then_some(()));
        std::thread::sleep(Duration::from_millis(2500));
        assert_eq!(g.terminate(30), Some(0), "{}", g.log());
        let log = g.log();
        let again = log.lines().filter(|l| recovered(l)).count();
        assert_eq!(again, 1, "{status}: recovery logged {again} times:\n{log}");
        assert_eq!(log.lines().filter(|l| l.contains("fault-7d1c")).count(), 1, "{status}:\n{log}");
        // The points that waited went, each once (the batch that was retried is not
        // sent again after it went).
        let taken = server.taken.lock().unwrap().clone();
        let unique: BTreeSet<&String> = taken.iter().collect();
        assert_eq!(unique.len(), taken.len(), "{status}: a point sent twice: {taken:?}");
        assert!(taken.len() >= 9, "{status}: {} points taken: {taken:?}", taken.len());
    }
    if cfg!(not(feature = "tls")) {
        return;
    }
    let server = Faulty::start(204);
    let mut cmd = gatherer_cmd(dir.path(), "run", "1");
    cmd.args(["--collectors", "memory", "--memory-interval", "1", "--spool-dir"])
        .arg(dir.path().join("spool-tls"))
        .arg("--influxdb")
        .arg(format!("https://127.0.0.1:{}/write?db=x", server.port));
    let mut g = Kill::spawn(cmd, dir.path().join("gatherer-tls.log"));
    let connections = || server.connections.load(std::sync::atomic::Ordering::Relaxed);
    eventually(20, "a first connection", || (connections() > 0).then_some(()));
    let first = Instant::now();
    std::thread::sleep(Duration::from_millis(8500) - first.elapsed());
    let during = connections();
    assert_eq!(g.terminate(30), Some(0), "{}", g.log());
    let log = g.log();
    let port = format!("127.0.0.1:{}", server.port);
    let said = log.lines().filter(|l| l.contains(&port) && (l.contains("WARN") || l.contains("ERROR"))).count();
    assert!((3..=5).contains(&during), "TLS: {during} connections in 8.5 s; log:\n{log}");
    assert_eq!(said, 1, "TLS: the failure said {said} times:\n{log}");
    assert_eq!(server.requests(), 0, "no HTTP request in clear");
}

/// A password in a URL's query (`p=`, as InfluxDB would take it) never shows: not in
/// `gatherer config`'s listing, nor in the error that refuses the URL.
#[test]
fn a_password_in_a_urls_query_is_never_shown() {
    let dir = tempfile::tempdir().unwrap();
    let secret = "pw-9c2e51";
    // A URL that is otherwise fine is listed by `config`, its password masked.
    let mut c = gatherer_cmd(dir.path(), "config", "1");
    c.args(["--collectors", "vmware", "--vsphere-user", "u", "--vsphere-password-file", "/nonexistent"])
        .arg("--vsphere-url")
        .arg(format!("https://127.0.0.1:1/sdk?p={secret}"));
    let out = c.output().unwrap();
    let shown = text(&out);
    assert!(out.status.success(), "{shown}");
    assert!(shown.contains("https://127.0.0.1:1/sdk?p=***"), "{shown}");
    assert!(!shown.contains(secret), "{shown}");
    // InfluxDB's URL with u= and p= is refused by the commands that use it; `config`
    // lists it as given, masked, and the refusal masks it too.
    for url in [
        format!("http://127.0.0.1:8086/write?db=x&u=me&p={secret}"),
        format!("http://127.0.0.1:port/write?db=x&p={secret}"),
    ] {
        let out = gatherer_cmd(dir.path(), "config", "1")
            .args(["--collectors", "memory", "--influxdb", &url])
            .output()
            .unwrap();
        let shown = text(&out);
        assert!(shown.contains("--influxdb=http://127.0.0.1:") && shown.contains("p=***"), "config {url}: {shown}");
        assert!(!shown.contains(secret), "config {url}: {shown}");
        let out = gatherer_cmd(dir.path(), "once", "1")
            .args(["--collectors", "memory", "--influxdb", &url])
            .output()
            .unwrap();
        let shown = text(&out);
        assert_eq!(out.status.code(), Some(2), "once {url}: {shown}");
        assert!(shown.contains("--influxdb") && shown.contains("p=***"), "once {url}: {shown}");
        assert!(!shown.contains(secret), "once {url}: {shown}");
    }
}

/// A symlink at `--influxdb-password-file` is refused at start (exit 2), naming it, even
/// when it points to an owner-only file: it could point to any root-only file.
#[test]
fn a_symlinked_password_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("root-only");
    fs::write(&target, "pw-first-line-41d\n").unwrap();
    fs::set_permissions(&target, fs::Permissions::from_mode(0o600)).unwrap();
    let link = dir.path().join("influx-password");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    for sub in ["once", "run"] {
        let out = gatherer_cmd(dir.path(), sub, "1")
            .args(["--collectors", "memory", "--influxdb", "http://127.0.0.1:1/write?db=x", "--influxdb-user", "u"])
            .arg("--influxdb-password-file")
            .arg(&link)
            .output()
            .unwrap();
        let shown = text(&out);
        assert_eq!(out.status.code(), Some(2), "{sub}: {shown}");
        assert!(shown.contains(link.to_str().unwrap()) && shown.contains("symlink"), "{sub}: {shown}");
        assert!(!shown.contains("pw-first-line-41d"), "{sub}: {shown}");
    }
}

/// InfluxDB refusing every batch as malformed (400) drops those points, counted, and
/// says so once, not once per batch; when points are taken again, that is said once.
#[test]
fn points_refused_batch_after_batch_are_said_once() {
    let dir = tempfile::tempdir().unwrap();
    let server = Faulty::start(400);
    let mut cmd = gatherer_cmd(dir.path(), "run", "1");
    cmd.args(["--collectors", "memory", "--memory-interval", "0.3", "--spool-dir"])
        .arg(dir.path().join("spool"))
        .arg("--influxdb")
        .arg(url(server.port, "x"));
    let mut g = Kill::spawn(cmd, dir.path().join("gatherer.log"));
    eventually(20, "five refused batches", || (server.requests() >= 5).then_some(()));
    let refused = |log: &str| log.lines().filter(|l| l.contains("ERROR") && l.contains("fault-7d1c")).count();
    assert_eq!(refused(&g.log()), 1, "{}", g.log());
    server.status.store(204, std::sync::atomic::Ordering::Relaxed);
    let taken = |l: &str| l.contains("influxdb") && l.contains("taken again");
    eventually(20, "points taken again, said", || g.log().lines().any(taken).then_some(()));
    assert_eq!(g.terminate(30), Some(0), "{}", g.log());
    let log = g.log();
    assert_eq!(log.lines().filter(|l| taken(l)).count(), 1, "{log}");
    assert_eq!(refused(&log), 1, "{log}");
}

/// A server that answers every request with `head` (a status line and headers, no body)
/// and keeps each request's first line.
fn answering(head: &'static str) -> (u16, Arc<Mutex<Vec<String>>>) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let s = seen.clone();
    std::thread::spawn(move || {
        for conn in listener.incoming() {
            let Ok(mut c) = conn else { return };
            let s = s.clone();
            std::thread::spawn(move || {
                let _ = c.set_read_timeout(Some(Duration::from_secs(5)));
                let mut reader = std::io::BufReader::new(c.try_clone().unwrap());
                loop {
                    let mut line = String::new();
                    if std::io::BufRead::read_line(&mut reader, &mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    s.lock().unwrap().push(line.trim_end().to_string());
                    let mut length = 0;
                    loop {
                        let mut h = String::new();
                        if std::io::BufRead::read_line(&mut reader, &mut h).unwrap_or(0) == 0 {
                            return;
                        }
                        if let Some(v) = h.to_ascii_lowercase().strip_prefix("content-length:") {
                            length = v.trim().parse().unwrap_or(0);
                        }
                        if h.trim().is_empty() {
                            break;
                        }
                    }
                    let mut body = vec![0; length];
                    if std::io::Read::read_exact(&mut reader, &mut body).is_err() {
                        return;
                    }
                    if std::io::Write::write_all(&mut c, head.as_bytes()).is_err() {
                        return;
                    }
                }
            });
        }
    });
    (port, seen)
}

/// `gatherer once` of the memory collector, sending to InfluxDB at `port`.
fn once_to(dir: &Path, port: u16) -> (std::process::Output, String) {
    let mut c = gatherer_cmd(dir, "once", "0.1");
    c.args(["--collectors", "memory", "--spool-dir"]).arg(dir.join("spool")).arg("--influxdb").arg(url(port, "x"));
    let o = c.output().unwrap();
    let out = text(&o);
    (o, out)
}

/// A redirect is not followed: the points are not taken for written (a GET's 200 would
/// have been), they wait in the spool, and no request goes where the redirect points.
#[test]
fn a_redirect_is_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    let (port, seen) = answering("HTTP/1.1 302 Found\r\nLocation: /moved\r\nContent-Length: 0\r\n\r\n");
    let (o, out) = once_to(dir.path(), port);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(out.contains("NOT SENT"), "{out}");
    let seen = seen.lock().unwrap().clone();
    assert!(!seen.is_empty() && seen.iter().all(|l| l.starts_with("POST /write?")), "{seen:?}");
}

/// `once` with points the destination refuses (400) says they were dropped, not "ok".
#[test]
fn once_says_refused_points_were_dropped() {
    let dir = tempfile::tempdir().unwrap();
    let (port, _seen) = answering("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
    let (o, out) = once_to(dir.path(), port);
    assert_eq!(o.status.code(), Some(0), "the collectors measured: {out}");
    let line = out.lines().find(|l| l.starts_with("output influxdb")).unwrap_or_default();
    assert!(line.contains("DROPPED") && !line.contains(": ok:"), "{out}");
}
