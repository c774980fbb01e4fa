//! `gatherer run` as a process: signals, logging, and recovery from bad input.

mod common;
use common::*;
use std::fs;
use std::path::Path;
use std::process::{Child, Stdio};

fn spawn_run(dir: &Path, extra: &[&str], debug: bool) -> Child {
    let (proc_root, sys_root) = (dir.join("proc"), dir.join("sys"));
    let mut c = gatherer(dir);
    c.args(["run", "--diskstats-interval", "0.2", "--log-file"])
        .arg(dir.join("log/gatherer.log"))
        .arg("--proc-root")
        .arg(&proc_root)
        .arg("--sys-root")
        .arg(&sys_root)
        .arg("--diskstats-state")
        .arg(dir.join("d.json"))
        .args(extra)
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    if debug {
        c.env("GATHERER_DEBUG", "1");
    }
    c.spawn().unwrap()
}

fn signal(child: &Child, sig: i32) {
    // SAFETY: plain kill(2) on our own child's pid.
    assert_eq!(unsafe { libc::kill(child.id() as i32, sig) }, 0);
}

fn wait_exit(child: &mut Child, secs: u64) -> std::process::ExitStatus {
    eventually(secs, "the daemon to exit", || child.try_wait().unwrap())
}

/// `/proc/PID/status` of a process, read once for the fields asked of it.
fn proc_status(pid: u32) -> Option<String> {
    fs::read_to_string(format!("/proc/{pid}/status")).ok()
}

/// One field's value in that text (`Threads:` gives `"7"`).
fn status_field<'a>(status: &'a str, name: &str) -> Option<&'a str> {
    status.lines().find_map(|l| l.strip_prefix(name)).map(str::trim)
}

fn log_text(dir: &Path) -> String {
    fs::read_to_string(dir.join("log/gatherer.log")).unwrap_or_default()
}

#[test]
fn sigterm_exits_0_with_a_complete_state_file() {
    let dir = tempfile::tempdir().unwrap();
    fixture_roots(dir.path());
    let mut child = spawn_run(dir.path(), &[], false);
    let state = dir.path().join("d.json");
    eventually(10, "a first state write", || state.exists().then_some(()));
    signal(&child, libc::SIGTERM);
    let status = wait_exit(&mut child, 10);
    assert_eq!(status.code(), Some(0));
    assert_eq!(json(&state)["status"], "ok");
    let log = log_text(dir.path());
    assert!(log.contains("SIGTERM") && log.contains("stopped"), "{log}");
    assert!(!log.contains("DEBUG"), "INFO by default: {log}");
    assert_eq!(temp_files(dir.path()), Vec::<String>::new(), "temp files left");
}

#[test]
fn a_vanishing_source_is_an_error_state_that_recovers_by_itself() {
    let dir = tempfile::tempdir().unwrap();
    fixture_roots(dir.path());
    let mut child = spawn_run(dir.path(), &[], true);
    let state = dir.path().join("d.json");
    eventually(10, "ok", || (state.exists() && json(&state)["status"] == "ok").then_some(()));
    let diskstats = dir.path().join("proc/diskstats");
    let good = fs::read(&diskstats).unwrap();
    fs::remove_file(&diskstats).unwrap();
    let s = eventually(10, "error", || Some(json(&state)).filter(|s| s["status"] == "error"));
    assert!(s["error"].as_str().unwrap().contains("diskstats"), "{s}");
    assert!(s["disks"]["sda"].is_object(), "last good values kept: {s}");
    // Garbage lines are skipped, the good line still counts.
    let mut bad = b"total garbage\n8 16 sdb 1 2\n".to_vec();
    bad.extend_from_slice(&good);
    fs::write(&diskstats, bad).unwrap();
    eventually(10, "recovery", || Some(json(&state)).filter(|s| s["status"] == "ok"));
    assert!(child.try_wait().unwrap().is_none(), "still running");
    signal(&child, libc::SIGINT);
    assert_eq!(wait_exit(&mut child, 10).code(), Some(0));
    let log = log_text(dir.path());
    assert!(log.contains("DEBUG") && log.contains("cycle"), "GATHERER_DEBUG=1 logs every cycle: {log}");
    assert_eq!(log.matches("skipping malformed line \"total garbage\"").count(), 1, "warned once: {log}");
}

#[test]
fn sighup_reopens_the_log_file() {
    let dir = tempfile::tempdir().unwrap();
    fixture_roots(dir.path());
    let mut child = spawn_run(dir.path(), &[], false);
    let log = dir.path().join("log/gatherer.log");
    eventually(10, "the log file", || log_text(dir.path()).contains("starting").then_some(()));
    fs::rename(&log, dir.path().join("log/gatherer.log.1")).unwrap();
    signal(&child, libc::SIGHUP);
    eventually(10, "a new log file", || log_text(dir.path()).contains("reopened").then_some(()));
    signal(&child, libc::SIGTERM);
    assert_eq!(wait_exit(&mut child, 10).code(), Some(0));
    assert!(log_text(dir.path()).contains("stopped"));
    assert!(!fs::read_to_string(dir.path().join("log/gatherer.log.1")).unwrap().contains("stopped"));
}

/// A signal sent while the daemon is still starting (reading its settings) is handled,
/// never met by the default disposition (dying without a word).
#[test]
fn a_signal_during_the_start_is_handled() {
    let dir = tempfile::tempdir().unwrap();
    fixture_roots(dir.path());
    // SIGTERM as soon as the process holds it back or catches it (before that, in the
    // loader, nothing can).
    let held = |pid: u32| {
        let status = proc_status(pid)?;
        let has = |field: &str| {
            let mask = status_field(&status, field).unwrap_or("0");
            u64::from_str_radix(mask, 16).unwrap_or(0) & (1 << (libc::SIGTERM - 1)) != 0
        };
        (has("SigBlk:") || has("SigCgt:")).then_some(())
    };
    for round in 0..10 {
        let mut child = Reaped(spawn_run(dir.path(), &[], false));
        let until = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while held(child.0.id()).is_none() {
            assert!(std::time::Instant::now() < until, "SIGTERM never held back");
            std::thread::yield_now();
        }
        signal(&child.0, libc::SIGTERM);
        let status = wait_exit(&mut child.0, 10);
        assert_eq!(status.code(), Some(0), "round {round}: {status:?}");
    }
}

/// A reload parses the settings again and the cycles go on after it.
#[test]
fn the_cycles_go_on_after_a_reload() {
    let dir = tempfile::tempdir().unwrap();
    let (proc_root, sys_root) = fixture_roots(dir.path());
    let mut c = gatherer(dir.path());
    c.args(["run", "--collectors", "memory,cpu", "--memory-interval", "3600", "--cpu-interval", "1"]);
    c.arg("--log-file").arg(dir.path().join("log/gatherer.log")).arg("--state-dir").arg(dir.path());
    c.arg("--proc-root").arg(&proc_root).arg("--sys-root").arg(&sys_root).env("GATHERER_DEBUG", "1");
    let mut child = Reaped(c.stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap());
    let cpu = dir.path().join("cpu.json");
    eventually(10, "a cpu state file", || fs::metadata(&cpu).ok());
    signal(&child.0, libc::SIGHUP);
    eventually(10, "the reload logged", || log_text(dir.path()).contains("SIGHUP").then_some(()));
    // The cycles go on: the cpu state file is rewritten with newer samples.
    let stamp = |s: &str| {
        s.split("\"attempted_at_unix\":")
            .nth(1)
            .and_then(|r| r.trim_start().split(|ch: char| !ch.is_ascii_digit()).next()?.parse::<i64>().ok())
    };
    let first = eventually(10, "a cpu state file", || stamp(&fs::read_to_string(&cpu).ok()?));
    eventually(10, "a newer cpu state file", || (stamp(&fs::read_to_string(&cpu).ok()?)? > first).then_some(()));
    signal(&child.0, libc::SIGTERM);
    assert_eq!(wait_exit(&mut child.0, 10).code(), Some(0));
}

/// `gatherer run` logging to a terminal says every cycle's reading at INFO (the CPU
/// percentages among them, from the second cycle on); logging to a pipe or a file it
/// says a collector's first reading only, and the rest at DEBUG. The terminal is a real
/// pseudo-terminal, from util-linux's script(1).
#[test]
fn on_a_terminal_every_reading_is_logged_at_info() {
    if !have("script") || !have("timeout") {
        return peer_missing("script (util-linux) and timeout (coreutils)");
    }
    let dir = tempfile::tempdir().unwrap();
    // This host's own /proc: a fixture's frozen counters have no percentages.
    let run = format!("timeout -s INT 2 {} run --collectors cpu --cpu-interval 0.2", bin().display());
    let with_env = |c: &mut std::process::Command| {
        for (k, _) in std::env::vars_os() {
            if k.to_string_lossy().starts_with("GATHERER_") {
                c.env_remove(&k);
            }
        }
        c.env("GATHERER_ENV_FILE", dir.path().join("no-env-file")).env("GATHERER_STATE_DIR", dir.path().join("state"));
    };
    // Lines at INFO with the CPU percentages in them.
    let percent_lines = |out: &str| out.lines().filter(|l| l.contains("INFO") && l.contains("busy")).count();

    let mut on_terminal = std::process::Command::new("script");
    on_terminal.args(["-q", "-e", "-c", &run, "/dev/null"]).stdin(Stdio::null());
    with_env(&mut on_terminal);
    let o = on_terminal.output().unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(percent_lines(&out) >= 3, "every cycle's percentages at INFO on a terminal:\n{}", text(&o));

    let mut piped = std::process::Command::new("sh");
    piped.arg("-c").arg(&run).stdin(Stdio::null());
    with_env(&mut piped);
    let o = piped.output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("INFO") && err.contains("measuring"), "the first reading at INFO: {}", text(&o));
    assert_eq!(percent_lines(&err), 0, "no reading after the first at INFO into a pipe: {}", text(&o));
}
