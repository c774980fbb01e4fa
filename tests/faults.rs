//! What a hostile or unlucky host does to the daemon and its tools: planted FIFOs and
//! files, timestamps from the future, a stranger's lock on the pidfile, users without the
//! right to signal, bad vSphere URLs, names that would break a plugin's line, a full
//! disk, leftovers of a kill -9. Each test is one fault from the fault matrix.

mod common;
use common::*;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn mkfifo(p: &Path) {
    rustix::fs::mknodat(rustix::fs::CWD, p, rustix::fs::FileType::Fifo, rustix::fs::Mode::from_raw_mode(0o666), 0)
        .unwrap();
}

/// Run `cmd` and fail the test if it does not end within `secs` (a hang is the bug).
fn within(secs: u64, mut cmd: Command) -> Output {
    let mut child = cmd.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let until = Instant::now() + Duration::from_secs(secs);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > until {
            let _ = child.kill();
            panic!("hung for more than {secs} s: {cmd:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

fn now() -> i64 {
    gatherer::util::timefmt::now_unix_ms() / 1000
}

/// A diskstats state file measured at `measured` (Unix seconds) with one disk named `disk`.
fn diskstats_state(path: &Path, measured: i64, disk: &str) {
    let v = serde_json::json!({
        "schema": 1, "collector": "diskstats", "host": "h", "status": "ok", "error": null,
        "measured_at": "2026-01-01T00:00:00Z", "measured_at_unix": measured,
        "attempted_at_unix": measured, "duration_ms": 1, "interval_s": 30.0,
        "disks": { disk: { "util_pct": 12.5, "r_s": 0.0, "w_s": 0.0, "rkb_s": 0.0, "wkb_s": 0.0,
                           "r_await_ms": 0.0, "w_await_ms": 0.0, "aqu_sz": 0.0 } }
    });
    fs::write(path, serde_json::to_vec(&v).unwrap()).unwrap();
}

#[test]
fn fifos_at_every_state_path_neither_freeze_nor_stop_the_daemon() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (proc_root, sys_root) = fixture_roots(d);
    let whisper = d.join("whisper/h1");
    fs::create_dir_all(&whisper).unwrap();
    fs::write(whisper.join("a.wsp"), b"").unwrap();
    let states = [d.join("d.json"), d.join("w.json"), d.join("v.json")];
    for s in &states {
        mkfifo(s);
    }
    let mut child = gatherer(d)
        .args(["run", "--collectors", "diskstats,whisper,vmware", "--diskstats-interval", "0.2"])
        .args(["--vmware-interval", "0.2", "--whisper-root"])
        .arg(d.join("whisper"))
        .arg("--diskstats-state")
        .arg(&states[0])
        .arg("--whisper-state")
        .arg(&states[1])
        .arg("--vmware-state")
        .arg(&states[2])
        .arg("--proc-root")
        .arg(&proc_root)
        .arg("--sys-root")
        .arg(&sys_root)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    for s in &states {
        eventually(15, "every collector to replace its FIFO with a state file", || {
            fs::symlink_metadata(s).ok().filter(|m| m.file_type().is_file()).map(|_| ())
        });
    }
    for s in &states {
        assert_eq!(json(s)["status"], "ok", "{}: {}", s.display(), json(s));
    }
    // SAFETY: plain kill(2) on our own child.
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    let status = eventually(10, "SIGTERM to be obeyed", || child.try_wait().unwrap());
    assert_eq!(status.code(), Some(0));
    let mut err = String::new();
    std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut err).unwrap();
    assert!(err.contains("FIFO"), "the planted file is named in the log: {err}");
}

#[test]
fn start_with_a_fifo_at_a_state_path_returns_and_stops() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (proc_root, sys_root) = fixture_roots(d);
    let state = d.join("d.json");
    mkfifo(&state);
    let with = |sub: &str| {
        let mut c = gatherer(d);
        c.arg(sub)
            .arg("--pidfile")
            .arg(d.join("g.pid"))
            .arg("--log-file")
            .arg(d.join("g.log"))
            .args(["--diskstats-interval", "0.2", "--diskstats-state"])
            .arg(&state)
            .arg("--proc-root")
            .arg(&proc_root)
            .arg("--sys-root")
            .arg(&sys_root);
        c
    };
    let o = within(20, with("start"));
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    eventually(10, "the state file", || fs::symlink_metadata(&state).ok().filter(|m| m.is_file()).map(|_| ()));
    assert_eq!(within(10, with("status")).status.code(), Some(0));
    let o = within(20, with("stop"));
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert_eq!(within(10, with("status")).status.code(), Some(3));
}

#[test]
fn show_munin_checks_and_the_env_file_never_hang_on_a_fifo() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("state.fifo");
    mkfifo(&fifo);
    let mut show = gatherer(dir.path());
    show.arg("show").arg("--diskstats-state").arg(&fifo);
    let o = within(5, show);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(text(&o).contains("FIFO"), "{}", text(&o));

    let mut munin = gatherer(dir.path());
    munin.args(["munin", "--graph", "gatherer_diskutil"]).env("statefile", &fifo);
    let o = within(5, munin);
    assert!(!String::from_utf8_lossy(&o.stdout).contains("value 12"), "{}", text(&o));

    let mut check = gatherer(dir.path());
    check.args(["check", "disk-util", "--diskstats-state"]).arg(&fifo);
    let o = within(5, check);
    assert_eq!(o.status.code(), Some(3), "{}", text(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("FIFO"), "{}", text(&o));

    let mut env = gatherer(dir.path());
    env.arg("show").env("GATHERER_ENV_FILE", &fifo);
    let o = within(5, env);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(text(&o).contains("FIFO") && text(&o).contains("state.fifo"), "{}", text(&o));
}

#[test]
fn data_from_the_future_is_unknown_not_fresh() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("d.json");
    let check = || {
        let o = gatherer(dir.path()).args(["check", "disk-util", "--diskstats-state"]).arg(&state).output().unwrap();
        (o.status.code(), String::from_utf8_lossy(&o.stdout).into_owned())
    };
    diskstats_state(&state, now() + 10 * 365 * 86_400, "sda");
    let (code, out) = check();
    assert_eq!(code, Some(3), "{out}");
    assert!(out.contains("in the future"), "{out}");
    // A few seconds ahead is a clock adjustment, not a fault.
    diskstats_state(&state, now() + 5, "sda");
    assert_eq!(check().0, Some(0));
    // The extremes never wrap around into "fresh".
    diskstats_state(&state, i64::MAX, "sda");
    assert_eq!(check().0, Some(3));
    diskstats_state(&state, i64::MIN, "sda");
    let (code, out) = check();
    assert_eq!(code, Some(3), "i64::MIN is ancient, so stale (UNKNOWN by default): {out}");
    assert!(out.contains("old"), "{out}");

    diskstats_state(&state, now() + 7200, "sda");
    let o = gatherer(dir.path()).arg("show").arg("--diskstats-state").arg(&state).output().unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("2 h in the future") && !out.contains("future ago"), "{out}");
    let o =
        gatherer(dir.path()).args(["munin", "--graph", "gatherer_diskutil"]).env("statefile", &state).output().unwrap();
    assert!(!String::from_utf8_lossy(&o.stdout).contains("12.5"), "future data is not graphed as current");
}

#[test]
fn names_from_a_state_file_never_break_a_plugin_line() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("d.json");
    diskstats_state(&state, now(), "sd\nx|y\r");
    let o = gatherer(dir.path()).args(["check", "disk-util", "--diskstats-state"]).arg(&state).output().unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(out.lines().count(), 1, "one line: {out:?}");
    assert_eq!(out.matches('|').count(), 1, "only the perfdata separator: {out:?}");
    assert_eq!(o.status.code(), Some(0), "{out}");
    for action in ["config", "fetch"] {
        let o = gatherer(dir.path())
            .args(["munin", "--graph", "gatherer_diskutil", action])
            .env("statefile", &state)
            .output()
            .unwrap();
        for line in String::from_utf8_lossy(&o.stdout).lines() {
            let (key, _) = line.split_once(' ').unwrap_or((line, ""));
            assert!(
                key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.'),
                "munin {action}: bad line {line:?}"
            );
        }
    }
}

/// A process holding a read lock on `path` as `uid` until killed (python's lockf).
fn read_locker(path: &Path, uid: u32) -> std::process::Child {
    let script = "import fcntl,sys,time\nf=open(sys.argv[1])\nfcntl.lockf(f, fcntl.LOCK_SH)\nprint('locked', flush=True)\ntime.sleep(600)\n";
    let mut child = Command::new("setpriv")
        .args([format!("--reuid={uid}"), format!("--regid={uid}"), "--clear-groups".into()])
        .args(["/usr/bin/python3", "-c", script])
        .arg(path)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufRead::read_line(&mut std::io::BufReader::new(child.stdout.as_mut().unwrap()), &mut line).unwrap();
    assert_eq!(line.trim(), "locked");
    child
}

#[test]
fn a_strangers_read_lock_on_the_pidfile_neither_blocks_start_nor_gets_signalled() {
    if !is_root() || !have("setpriv") || !Path::new("/usr/bin/python3").exists() {
        return peer_missing("root, setpriv and Debian's python3 (a user holding a read lock on the pidfile)");
    }
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::set_permissions(d, fs::Permissions::from_mode(0o755)).unwrap();
    let (proc_root, sys_root) = fixture_roots(d);
    let pidfile = d.join("g.pid");
    // What a crash leaves: a 0644 pidfile nobody holds; then a user read-locks it.
    fs::write(&pidfile, "12345\n").unwrap();
    fs::set_permissions(&pidfile, fs::Permissions::from_mode(0o644)).unwrap();
    let mut locker = read_locker(&pidfile, 65534);
    let run = |sub: &str| {
        let mut c = gatherer(d);
        c.arg(sub)
            .arg("--pidfile")
            .arg(&pidfile)
            .arg("--log-file")
            .arg(d.join("g.log"))
            .args(["--diskstats-interval", "0.2", "--diskstats-state"])
            .arg(d.join("d.json"))
            .arg("--proc-root")
            .arg(&proc_root)
            .arg("--sys-root")
            .arg(&sys_root);
        within(20, c)
    };
    let o = run("status");
    assert_eq!(o.status.code(), Some(1), "not running, pidfile present: {}", text(&o));
    assert!(text(&o).contains("read-locked") && text(&o).contains(&locker.id().to_string()), "{}", text(&o));
    let o = run("stop");
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(locker.try_wait().unwrap().is_none(), "stop never signals the stranger");
    let o = run("start");
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(text(&o).contains("started"), "a read lock does not stop start: {}", text(&o));
    let o = run("status");
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let daemon_pid: i32 = fs::read_to_string(&pidfile).unwrap().trim().parse().unwrap();
    assert_ne!(daemon_pid, locker.id() as i32);
    assert!(text(&o).contains(&daemon_pid.to_string()), "{}", text(&o));
    let o = run("stop");
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(locker.try_wait().unwrap().is_none(), "the stranger is still alive");
    let _ = locker.kill();
    let _ = locker.wait();
}

#[test]
fn reload_and_stop_without_the_right_to_signal_fail_with_lsb_4() {
    if !is_root() || !have("setpriv") {
        return peer_missing("root and setpriv (a user who may not signal the daemon)");
    }
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::set_permissions(d, fs::Permissions::from_mode(0o755)).unwrap();
    let (proc_root, sys_root) = fixture_roots(d);
    let pidfile = d.join("g.pid");
    let args = |c: &mut Command| {
        c.arg("--pidfile")
            .arg(&pidfile)
            .arg("--log-file")
            .arg(d.join("g.log"))
            .args(["--diskstats-interval", "0.2", "--diskstats-state"])
            .arg(d.join("d.json"))
            .arg("--proc-root")
            .arg(&proc_root)
            .arg("--sys-root")
            .arg(&sys_root);
    };
    let mut start = gatherer(d);
    start.arg("start");
    args(&mut start);
    assert_eq!(within(20, start).status.code(), Some(0));
    let bin = d.join("gatherer");
    fs::copy(bin_path(), &bin).unwrap();
    for action in ["reload", "stop"] {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(&bin)
            .env_clear()
            .env("GATHERER_ENV_FILE", "/nonexistent")
            .arg(action);
        args(&mut c);
        let o = within(10, c);
        assert_eq!(o.status.code(), Some(4), "{action} as nobody: {}", text(&o));
        assert!(text(&o).contains("not allowed"), "{}", text(&o));
    }
    let mut status = gatherer(d);
    status.arg("status");
    args(&mut status);
    assert_eq!(within(10, status).status.code(), Some(0), "still running");
    let mut stop = gatherer(d);
    stop.arg("stop");
    args(&mut stop);
    assert_eq!(within(20, stop).status.code(), Some(0));
}

fn bin_path() -> PathBuf {
    common::bin()
}

#[test]
fn vsphere_urls_are_checked_at_start_and_never_echo_a_password() {
    let dir = tempfile::tempdir().unwrap();
    let pw = dir.path().join("pw");
    fs::write(&pw, "x\n").unwrap();
    fs::set_permissions(&pw, fs::Permissions::from_mode(0o600)).unwrap();
    let try_url = |sub: &str, url: &str, extra: &[&str]| {
        let mut c = gatherer(dir.path());
        c.args([sub, "--collectors", "vmware", "--vsphere-url", url])
            .arg("--pidfile")
            .arg(dir.path().join("g.pid"))
            .arg("--vmware-state")
            .arg(dir.path().join("v.json"))
            .args(extra);
        within(20, c)
    };
    let full = ["--vsphere-user", "u", "--vsphere-password-file", pw.to_str().unwrap()];
    for sub in ["once", "start"] {
        let o = try_url(sub, "http://vc.example/sdk", &full);
        assert_eq!(o.status.code(), Some(2), "{sub}: {}", text(&o));
        assert!(text(&o).contains("clear text") && text(&o).contains("--vsphere-allow-http"), "{}", text(&o));
        let o = try_url(sub, "https://admin:hunter2-secret@vc.example/sdk", &full);
        assert_eq!(o.status.code(), Some(2), "{sub}: {}", text(&o));
        assert!(!text(&o).contains("hunter2"), "the password is never shown: {}", text(&o));
        assert!(text(&o).contains("***@vc.example"), "{}", text(&o));
        let o = try_url(sub, "https://vc.example/sdk", &[]);
        assert_eq!(o.status.code(), Some(2), "{sub}: {}", text(&o));
        assert!(text(&o).contains("--vsphere-user and --vsphere-password-file"), "{}", text(&o));
        let o = try_url(sub, "ftp://vc.example/sdk", &full);
        assert_eq!(o.status.code(), Some(2), "{sub}: {}", text(&o));
    }
    // Allowed explicitly, http is accepted (this host is not a VMware VM, so nothing is sent).
    let o = try_url("once", "http://vc.example/sdk", &[&full[..], &["--vsphere-allow-http"]].concat());
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
}

#[test]
fn a_full_disk_is_logged_once_not_every_cycle() {
    if !is_root() {
        return peer_missing("root (to mount a tiny tmpfs)");
    }
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (proc_root, sys_root) = fixture_roots(d);
    let small = d.join("small");
    let _tmpfs = match SmallTmpfs::mount(&small, "16k") {
        Ok(t) => t,
        Err(why) => return peer_missing(&format!("a tmpfs mount ({why})")),
    };
    // Fill it: the state write gets ENOSPC.
    let _ = fs::write(small.join("filler"), vec![0u8; 64 << 10]);
    let log = d.join("g.log");
    let mut child = gatherer(d)
        .args(["run", "--diskstats-interval", "0.1", "--diskstats-state"])
        .arg(small.join("d.json"))
        .arg("--proc-root")
        .arg(&proc_root)
        .arg("--sys-root")
        .arg(&sys_root)
        .arg("--log-file")
        .arg(&log)
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(2500));
    // SAFETY: plain kill(2) on our own child.
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    assert_eq!(eventually(10, "exit", || child.try_wait().unwrap()).code(), Some(0));
    let text = fs::read_to_string(&log).unwrap();
    assert_eq!(text.matches("ERROR").count(), 1, "once per distinct reason, not per cycle: {text}");
    assert!(text.contains("No space left"), "{text}");
    assert!(common::temp_files(&small).is_empty(), "no temp file left on the full disk");
}

#[test]
fn temp_files_left_by_a_kill_are_removed_at_start() {
    let dir = tempfile::tempdir().unwrap();
    let (proc_root, sys_root) = fixture_roots(dir.path());
    let left = dir.path().join(".d.json.00112233aabbccdd.tmp");
    let other = dir.path().join(".d.json.notours.tmp");
    fs::write(&left, b"{ half").unwrap();
    fs::write(&other, b"x").unwrap();
    let o = gatherer(dir.path())
        .args(["once", "--diskstats-interval", "0.1", "--diskstats-state"])
        .arg(dir.path().join("d.json"))
        .arg("--proc-root")
        .arg(&proc_root)
        .arg("--sys-root")
        .arg(&sys_root)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    assert!(!left.exists(), "our own leftover is removed");
    assert!(other.exists(), "a name that is not our pattern is left alone");
}

#[test]
fn a_root_daemon_never_adopts_values_from_a_state_file_another_user_planted() {
    if !is_root() {
        return peer_missing("root (to plant a file owned by another user)");
    }
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("d.json");
    diskstats_state(&state, now() - 10, "planted");
    std::os::unix::fs::chown(&state, Some(65534), Some(65534)).unwrap();
    // The source fails, so the file keeps only what the daemon adopted as last good.
    let o = gatherer(dir.path())
        .args(["once", "--diskstats-interval", "0.1", "--proc-root"])
        .arg(dir.path().join("no-proc"))
        .arg("--diskstats-state")
        .arg(&state)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let s = json(&state);
    assert_eq!(s["status"], "error");
    assert!(s.get("disks").is_none() && s["measured_at"].is_null(), "planted values not adopted: {s}");
    assert!(text(&o).contains("not adopting"), "{}", text(&o));
}

/// A /proc/stat cut short after its aggregate line, and a /sys without CPUs: the cpu and
/// inventory collectors fail naming the files (never "ok: 0 CPUs"), and their checks
/// are not OK.
#[test]
fn no_cpu_lines_and_no_cpus_are_errors_not_zero_cpus() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (proc_root, sys_root) = fixture_roots(d);
    fs::write(proc_root.join("stat"), "cpu  100 0 50 1000 5 0 1 0 0 0\nintr 500\nctxt 900\n").unwrap();
    fs::remove_file(sys_root.join("devices/system/cpu/online")).unwrap();
    let o = gatherer(d)
        .args(["once", "--collectors", "cpu,inventory", "--cpu-interval", "0.1", "--proc-root"])
        .arg(&proc_root)
        .arg("--sys-root")
        .arg(&sys_root)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    let stat = proc_root.join("stat").display().to_string();
    assert!(out.contains("cpu: FAILED") && out.contains("no per-CPU line"), "{out}");
    assert!(out.contains("inventory: FAILED") && out.contains("no CPU") && out.contains(&stat), "{out}");
    assert!(!out.contains("0 CPUs"), "{out}");
    for check in ["cpu", "inventory"] {
        let o = gatherer(d).args(["check", check]).output().unwrap();
        assert_ne!(o.status.code(), Some(0), "check {check}: {}", text(&o));
        assert!(!String::from_utf8_lossy(&o.stdout).contains(" OK"), "check {check}: {}", text(&o));
    }
}
