//! The scripts collector with real scripts and real processes: a script that hangs, one
//! whose setsid grandchild holds stdout open, one that prints 100 MB, refused files, a
//! Nagios plugin, JSON and plain lines. Every test script writes its pids (and its
//! children's) to a file of the test's own directory; those pids, and nothing found by
//! name, are what "nothing left" is checked on.

mod common;
use common::*;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

/// An unusual sleep, so a pid reused by another process is never mistaken for ours.
const SLEEP: &str = "sleep 4242.25";

fn script(dir: &Path, name: &str, body: &str, mode: u32) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, format!("#!/bin/sh\n{body}")).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(mode)).unwrap();
    path
}

/// The pids a test script wrote to `file`.
fn pids(file: &Path) -> Vec<i32> {
    fs::read_to_string(file).unwrap_or_default().lines().filter_map(|l| l.trim().parse().ok()).collect()
}

/// Whether `pid` is still one of the test's processes (alive or a zombie): its command
/// line is the test's sleep or a shell running one of its scripts.
fn alive(pid: i32, marker: &str) -> bool {
    let cmdline = fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
    let state = fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let zombie = state.rsplit_once(')').is_some_and(|(_, rest)| rest.trim_start().starts_with('Z'));
    !state.is_empty() && (zombie || String::from_utf8_lossy(&cmdline).contains(marker))
}

/// The children of `pid` that are zombies.
fn zombie_children(pid: u32) -> Vec<String> {
    let mut out = Vec::new();
    for e in fs::read_dir("/proc").unwrap().flatten() {
        let Ok(stat) = fs::read_to_string(e.path().join("stat")) else { continue };
        let Some((_, rest)) = stat.rsplit_once(')') else { continue };
        let f: Vec<&str> = rest.split_whitespace().collect();
        if f.len() > 1 && f[1] == pid.to_string() && f[0] == "Z" {
            out.push(stat);
        }
    }
    out
}

fn run_daemon(d: &Path, extra: &[&str]) -> Reaped {
    let mut c = gatherer(d);
    c.args(["run", "--collectors", "scripts", "--scripts-dir"])
        .arg(d.join("scripts.d"))
        .arg("--state-dir")
        .arg(d.join("state"))
        .arg("--log-file")
        .arg(d.join("gatherer.log"))
        .args(extra)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    Reaped(c.spawn().unwrap())
}

fn signal(child: &Child, sig: i32) {
    // SAFETY: plain kill(2) on our own child's pid.
    assert_eq!(unsafe { libc::kill(child.id() as i32, sig) }, 0);
}

fn state(d: &Path) -> serde_json::Value {
    json(&d.join("state/scripts.json"))
}

fn script_state(d: &Path, name: &str) -> Option<serde_json::Value> {
    let s = fs::read(d.join("state/scripts.json")).ok()?;
    let v: serde_json::Value = serde_json::from_slice(&s).ok()?;
    Some(v["scripts"][name].clone())
}

#[test]
fn hung_forking_flooding_and_refused_scripts_leave_nothing_and_delay_no_other() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let dir = d.join("scripts.d");
    fs::create_dir(&dir).unwrap();
    let p = |n: &str| d.join(format!("pids-{n}"));
    script(
        &dir,
        "10-hang",
        &format!("# gatherer-interval: 1\necho $$ >> {}\necho 'before 1'\nexec {SLEEP}\n", p("hang").display()),
        0o755,
    );
    script(
        &dir,
        "20-grandchild",
        &format!(
            "echo $$ >> {f}\nsetsid sh -c 'echo $$ >> {f}; exec {SLEEP}' &\n\
             while [ $(wc -l < {f}) -lt 2 ]; do sleep 0.05; done\necho 'held 1'\nexit 0\n",
            f = p("grandchild").display()
        ),
        0o755,
    );
    script(&dir, "30-big", "yes 'big 1' | head -c 100000000\n", 0o755);
    script(&dir, "40-writable", &format!("echo $$ >> {}\necho 'w 1'\n", p("writable").display()), 0o755);
    fs::set_permissions(dir.join("40-writable"), fs::Permissions::from_mode(0o777)).unwrap();
    let outside = script(d, "outside.sh", &format!("echo $$ >> {}\necho 'l 1'\n", p("link").display()), 0o755);
    std::os::unix::fs::symlink(&outside, dir.join("50-link")).unwrap();
    script(&dir, "60-nagios", "echo 'TEST UNKNOWN - bad | time=500ms;1;2 size=2KB'\nexit 3\n", 0o755);
    script(&dir, "70-json", "echo '{\"app\": {\"requests\": 12}, \"up\": true}'\n", 0o755);
    script(
        &dir,
        "80-lines",
        &format!("# gatherer-interval: 1\necho \"load 0.25 $(date +%s)\"\ndate +%s.%N >> {}\n", p("lines").display()),
        0o755,
    );
    let prom = d.join("node.prom");
    let started = Instant::now();
    let mut daemon = run_daemon(
        d,
        &["--scripts-timeout", "3", "--scripts-max-output", "65536", "--prometheus-textfile", prom.to_str().unwrap()],
    );
    // Three runs of the hung script, each killed at its timeout.
    eventually(30, "three timed-out runs of 10-hang", || {
        let s = script_state(d, "10-hang")?;
        (s["runs"].as_u64()? >= 3).then_some(())
    });
    let took = started.elapsed();
    let st = state(d);
    let s = |n: &str| st["scripts"][n].clone();

    let hang = s("10-hang");
    assert_eq!(hang["last"]["timed_out"], true, "{hang}");
    assert!(hang["last"]["duration_ms"].as_u64().unwrap() >= 3000, "{hang}");
    assert!(hang["overruns"].as_u64().unwrap() >= 2, "a 1 s script running 3 s overruns: {hang}");
    assert_eq!(hang["values"]["before"], 1.0, "{hang}");

    let gc = s("20-grandchild");
    assert_eq!(gc["last"]["timed_out"], false, "{gc}");
    assert!(gc["last"]["duration_ms"].as_u64().unwrap() < 2000, "a held stdout does not hold the run: {gc}");
    assert!(gc["last"]["descendants_killed"].as_u64().unwrap() >= 1, "{gc}");
    assert_eq!(gc["values"]["held"], 1.0, "{gc}");
    assert_eq!(pids(&p("grandchild")).len(), 2, "the script and its grandchild ran");

    let big = s("30-big");
    assert_eq!(big["last"]["timed_out"], false, "{big}");
    assert_eq!(big["last"]["stdout_bytes"], 65536, "{big}");
    assert_eq!(big["last"]["stdout_dropped_bytes"], 100_000_000 - 65536, "{big}");
    assert_eq!(big["values"]["big"], 1.0, "{big}");
    assert_eq!(fs::metadata(d.join("state/scripts/30-big")).unwrap().len(), 65536);

    let refused = &st["refused"];
    assert!(refused["40-writable"].as_str().unwrap().contains("world-writable (mode 0777)"), "{refused}");
    assert!(refused["50-link"].as_str().unwrap().contains("symbolic link"), "{refused}");
    assert!(pids(&p("writable")).is_empty() && pids(&p("link")).is_empty(), "refused scripts never ran");
    assert!(s("40-writable").is_null() && s("50-link").is_null());

    let nagios = s("60-nagios");
    assert_eq!(nagios["last"]["format"], "nagios", "{nagios}");
    assert_eq!(nagios["last"]["exit_status"], 3, "{nagios}");
    assert_eq!(nagios["values"], serde_json::json!({"status": 3.0, "time": 0.5, "size": 2048.0}), "{nagios}");

    let js = s("70-json");
    assert_eq!(js["values"], serde_json::json!({"app.requests": 12.0, "up": 1.0}), "{js}");
    assert_eq!(
        fs::read_to_string(d.join("state/scripts/70-json")).unwrap(),
        "{\"app\": {\"requests\": 12}, \"up\": true}\n"
    );

    // The 1 s script ran on time all along, beside the hung one.
    let times: Vec<f64> =
        fs::read_to_string(p("lines")).unwrap().lines().filter_map(|l| l.trim().parse().ok()).collect();
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs_f64();
    assert!(times.len() >= 6 && now - times[times.len() - 1] < 3.0, "{took:?}, now {now}: {times:?}");
    for w in times.windows(2) {
        assert!(w[1] - w[0] < 2.5, "80-lines late while 10-hang hung: {times:?}");
    }
    assert_eq!(s("80-lines")["values"]["load"], 0.25);

    // The outputs: the Prometheus textfile has the scripts' values.
    let text = eventually(10, "the textfile", || fs::read_to_string(&prom).ok().filter(|t| t.contains("80-lines")));
    for want in [
        "gatherer_script_app_requests{script=\"70-json\"} 12",
        "gatherer_script_load{script=\"80-lines\"} 0.25",
        "gatherer_script_status{script=\"60-nagios\"} 3",
        "gatherer_scripts_run_timed_out{script=\"10-hang\"} 1",
    ] {
        assert!(text.contains(want), "{want} not in:\n{text}");
    }

    // One warning per refused file, however many ticks saw it.
    let log = fs::read_to_string(d.join("gatherer.log")).unwrap();
    assert_eq!(log.matches("40-writable is not run").count(), 1, "{log}");
    assert_eq!(log.matches("50-link is not run").count(), 1, "{log}");

    // Nothing the scripts started is left but the run going on now; no zombie child.
    let hung_now = pids(&p("hang"));
    for pid in &hung_now[..hung_now.len() - 1] {
        assert!(!alive(*pid, "4242"), "10-hang's earlier run {pid} is left");
    }
    for pid in pids(&p("grandchild")) {
        assert!(!alive(pid, "4242"), "20-grandchild's {pid} is left");
    }
    eventually(5, "no zombie child of the daemon", || zombie_children(daemon.0.id()).is_empty().then_some(()));

    signal(&daemon.0, libc::SIGTERM);
    let status = eventually(15, "the daemon to stop", || daemon.0.try_wait().unwrap());
    assert_eq!(status.code(), Some(0));
    for pid in pids(&p("hang")) {
        assert!(!alive(pid, "4242"), "a stop left 10-hang's {pid} running");
    }
}

/// Neither a stop, nor a reload that changes the collector's settings, nor the daemon's
/// death leaves a script (or its setsid child) running.
#[test]
fn a_stop_a_reload_and_a_killed_daemon_leave_no_script_running() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let dir = d.join("scripts.d");
    fs::create_dir(&dir).unwrap();
    let f = d.join("pids");
    script(
        &dir,
        "hang",
        &format!("echo $$ >> {f}\nsetsid sh -c 'echo $$ >> {f}; exec {SLEEP}' &\nexec {SLEEP}\n", f = f.display()),
        0o755,
    );
    let env = d.join("env");
    let running = |n: usize| eventually(10, "the script and its child running", || (pids(&f).len() >= n).then_some(()));
    let gone = |what: &str, from: usize| {
        let all = pids(&f);
        eventually(10, what, || all[from..].iter().all(|p| !alive(*p, "4242")).then_some(()));
    };
    for (how, sig) in [("a stop", libc::SIGTERM), ("a reload", libc::SIGHUP), ("the daemon's death", libc::SIGKILL)] {
        fs::write(&env, "GATHERER_SCRIPTS_TIMEOUT=60\n").unwrap();
        let from = pids(&f).len();
        let mut c = gatherer(d);
        c.env("GATHERER_ENV_FILE", &env);
        c.args(["run", "--collectors", "scripts", "--scripts-dir"]).arg(&dir).arg("--state-dir").arg(d.join("state"));
        let mut daemon =
            Reaped(c.arg("--log-file").arg(d.join("log")).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap());
        running(from + 2);
        if sig == libc::SIGHUP {
            fs::write(&env, "GATHERER_SCRIPTS_TIMEOUT=61\n").unwrap();
        }
        signal(&daemon.0, sig);
        gone(&format!("{how}: the script and its setsid child gone"), from);
        if sig == libc::SIGHUP {
            // The new collector runs it again, owned.
            running(from + 4);
            signal(&daemon.0, libc::SIGTERM);
            gone("after the reload's stop", from);
        }
        let status = eventually(15, "the daemon to end", || daemon.0.try_wait().unwrap());
        assert!(sig == libc::SIGKILL || status.code() == Some(0), "{how}: {status:?}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// `gatherer once` runs each script once and writes what they said.
#[test]
fn once_runs_every_script_and_reports_their_values() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let dir = d.join("scripts.d");
    fs::create_dir(&dir).unwrap();
    script(&dir, "a", "echo 'x 1'\n", 0o755);
    script(&dir, "b", "echo 'y 2'\nexit 1\n", 0o755);
    script(&dir, "c~", "echo 'z 3'\n", 0o755);
    script(&dir, ".hidden", "echo 'h 3'\n", 0o755);
    let o = gatherer(d)
        .args(["once", "--collectors", "scripts", "--scripts-dir"])
        .arg(&dir)
        .arg("--state-dir")
        .arg(d.join("state"))
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    let st = state(d);
    assert_eq!(st["scripts"]["a"]["values"]["x"], 1.0, "{st}");
    assert_eq!(st["scripts"]["b"]["last"]["exit_status"], 1, "{st}");
    assert!(st["refused"]["c~"].as_str().unwrap().contains("leftover"), "{st}");
    assert!(st["refused"].get(".hidden").is_none() && st["scripts"].get(".hidden").is_none(), "{st}");
    // The check sees the failing one.
    let o = gatherer(d).args(["check", "scripts", "--state-dir"]).arg(d.join("state")).output().unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("b failed (exit 1)"), "{}", text(&o));
}

/// A script that leaves the directory (mode 644) and comes back while its run goes on is
/// not started a second time beside it; a reload then ends that run with every other.
#[test]
fn a_script_that_leaves_and_comes_back_mid_run_never_runs_twice() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let dir = d.join("scripts.d");
    fs::create_dir(&dir).unwrap();
    let f = d.join("pids");
    let path = script(&dir, "slow", &format!("echo $$ >> {}\nexec {SLEEP}\n", f.display()), 0o755);
    let env = d.join("env");
    fs::write(&env, "GATHERER_SCRIPTS_TIMEOUT=60\n").unwrap();
    let mut c = gatherer(d);
    c.env("GATHERER_ENV_FILE", &env);
    c.args(["run", "--collectors", "scripts", "--scripts-dir"]).arg(&dir).arg("--state-dir").arg(d.join("state"));
    let log = d.join("log");
    let mut daemon = Reaped(c.arg("--log-file").arg(&log).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap());
    eventually(10, "the first run", || (pids(&f).len() == 1).then_some(()));
    fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
    eventually(10, "the script refused", || {
        fs::read_to_string(&log).ok().filter(|l| l.contains("slow is not run")).map(|_| ())
    });
    fs::set_permissions(&path, fs::Permissions::from_mode(0o755)).unwrap();
    // A few ticks: the run going on is still its own, so no second starts.
    std::thread::sleep(Duration::from_millis(3500));
    let now = pids(&f);
    assert_eq!(now.len(), 1, "a second run started beside the first: {now:?}");
    assert!(alive(now[0], "4242"), "the first run goes on");
    eventually(10, "the script listed again, running", || {
        let s = script_state(d, "slow")?;
        (s["running"] == true).then_some(())
    });

    // A reload that changes a setting ends that run, and the new collector starts one.
    fs::write(&env, "GATHERER_SCRIPTS_TIMEOUT=61\n").unwrap();
    signal(&daemon.0, libc::SIGHUP);
    eventually(10, "the first run ended by the reload", || (!alive(now[0], "4242")).then_some(()));
    eventually(10, "the new collector's run", || (pids(&f).len() == 2).then_some(()));
    std::thread::sleep(Duration::from_millis(1500));
    let all = pids(&f);
    assert_eq!(all.len(), 2, "{all:?}");
    let text = fs::read_to_string(&log).unwrap();
    assert!(!text.contains("still ending"), "{text}");
    signal(&daemon.0, libc::SIGTERM);
    eventually(15, "the daemon to stop", || daemon.0.try_wait().unwrap());
    for pid in all {
        assert!(!alive(pid, "4242"), "a stop left {pid}");
    }
}

/// The output of a script that no longer runs is deleted at the collector's start, and
/// the report never bundles an output scripts.json does not list as a script.
#[test]
fn outputs_of_scripts_that_no_longer_run_are_neither_kept_nor_reported() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let dir = d.join("scripts.d");
    fs::create_dir(&dir).unwrap();
    script(&dir, "a", "echo 'x 1'\n", 0o755);
    let b = script(&dir, "b", "echo 'secret-of-b 2'\n", 0o755);
    let once = || {
        let o = gatherer(d)
            .args(["once", "--collectors", "scripts", "--scripts-dir"])
            .arg(&dir)
            .arg("--state-dir")
            .arg(d.join("state"))
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", text(&o));
    };
    once();
    assert!(d.join("state/scripts/b").exists());
    fs::set_permissions(&b, fs::Permissions::from_mode(0o644)).unwrap();
    // Not ours to delete: a link, and a file of another user.
    let outside = d.join("outside");
    fs::write(&outside, "keep\n").unwrap();
    std::os::unix::fs::symlink(&outside, d.join("state/scripts/link")).unwrap();
    once();
    let st = state(d);
    assert!(st["refused"]["b"].is_string(), "{st}");
    assert!(!d.join("state/scripts/b").exists(), "the refused script's output is kept");
    assert!(d.join("state/scripts/a").exists());
    assert_eq!(fs::read_to_string(&outside).unwrap(), "keep\n");
    assert!(fs::symlink_metadata(d.join("state/scripts/link")).is_ok(), "a link is not ours to delete");
    fs::remove_file(d.join("state/scripts/link")).unwrap();

    // An output left by another (an older daemon): not a script in scripts.json, not sent.
    fs::write(d.join("state/scripts/b"), "secret-of-b 2\n").unwrap();
    let o = gatherer(d)
        .args(["report", "--view", "--state-dir"])
        .arg(d.join("state"))
        .arg("--report-uuid-file")
        .arg(d.join("uuid"))
        .arg("--report-disable-file")
        .arg(d.join("disable"))
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("==> a <==") && !out.contains("secret-of-b"), "{}", text(&o));
}
