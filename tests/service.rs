//! gatherer as a service: the shipped init script, logrotate config and systemd unit run
//! for real, and the daemon's signals, readiness and privilege drop.

mod common;
use common::*;
use std::fs;
use std::os::unix::net::UnixDatagram;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Duration;

fn repo(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(p)
}

/// Fixture roots and an env file for a fast diskstats-only daemon under `dir`.
fn service_env(dir: &Path, extra: &str) -> PathBuf {
    fixture_roots(dir);
    let defaults = dir.join("defaults");
    fs::write(
        &defaults,
        format!(
            "GATHERER_COLLECTORS=diskstats\nGATHERER_PROC_ROOT={d}/proc\nGATHERER_SYS_ROOT={d}/sys\n\
             GATHERER_DISKSTATS_INTERVAL=0.1\nGATHERER_DISKSTATS_STATE={d}/d.json\nGATHERER_LOG_FILE={d}/log/gatherer.log\n{extra}",
            d = dir.display()
        ),
    )
    .unwrap();
    defaults
}

fn init(dir: &Path, action: &str) -> Output {
    Command::new("sh")
        .arg(repo("init/gatherer"))
        .arg(action)
        .env_clear()
        .env("PATH", "/usr/sbin:/usr/bin:/sbin:/bin")
        .env("DAEMON", bin())
        .env("PIDFILE", dir.join("gatherer.pid"))
        .env("DEFAULTS", dir.join("defaults"))
        .output()
        .unwrap()
}

fn pid_of(dir: &Path) -> i32 {
    fs::read_to_string(dir.join("gatherer.pid")).unwrap().trim().parse().unwrap()
}

/// Running, and not a zombie waiting for init to reap it (the daemon is double-forked).
fn alive(pid: i32) -> bool {
    fs::read_to_string(format!("/proc/{pid}/stat"))
        .map(|s| s.rsplit(')').next().and_then(|rest| rest.split_whitespace().next()) != Some("Z"))
        .unwrap_or(false)
}

/// A config file's settings, comments left out.
fn settings_lines(text: &str) -> String {
    text.lines().filter(|l| !l.trim_start().starts_with('#')).collect::<Vec<_>>().join("\n")
}

#[test]
fn init_script_lifecycle_with_lsb_exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    service_env(dir.path(), "GATHERER_DEBUG=1\n");
    let d = dir.path();
    let code = |o: &Output| o.status.code().unwrap_or(-1);

    let o = init(d, "start");
    assert_eq!(code(&o), 0, "start: {}", text(&o));
    let first = pid_of(d);
    assert!(alive(first));
    assert_eq!(code(&init(d, "status")), 0);
    let o = init(d, "start");
    assert_eq!(code(&o), 0, "second start is a success: {}", text(&o));
    assert!(text(&o).contains("already running"), "{}", text(&o));
    assert_eq!(pid_of(d), first, "and starts nothing");
    eventually(10, "a state file", || d.join("d.json").exists().then_some(()));

    let o = init(d, "stop");
    assert_eq!(code(&o), 0, "stop: {}", text(&o));
    assert!(!alive(first));
    assert!(!d.join("gatherer.pid").exists(), "stop removes the pidfile");
    let o = init(d, "status");
    assert_eq!(code(&o), 3, "not running: {}", text(&o));
    assert_eq!(code(&init(d, "stop")), 0, "stopping a stopped daemon is a success");

    assert_eq!(code(&init(d, "start")), 0);
    let pid = pid_of(d);
    // SAFETY: killing the daemon we started.
    unsafe { libc::kill(pid, libc::SIGKILL) };
    eventually(10, "the kill", || (!alive(pid)).then_some(()));
    let o = init(d, "status");
    assert_eq!(code(&o), 1, "dead with a pidfile: {}", text(&o));

    let o = init(d, "start");
    assert_eq!(code(&o), 0, "a stale pidfile never blocks start: {}", text(&o));
    let before_restart = pid_of(d);
    let o = init(d, "restart");
    assert_eq!(code(&o), 0, "restart: {}", text(&o));
    let after = pid_of(d);
    assert_ne!(after, before_restart);
    assert!(alive(after) && !alive(before_restart));
    assert_eq!(code(&init(d, "status")), 0);
    assert_eq!(code(&init(d, "reload")), 0);
    assert_eq!(code(&init(d, "bogus")), 2);
    assert_eq!(code(&init(d, "stop")), 0);

    let log = fs::read_to_string(d.join("log/gatherer.log")).unwrap();
    assert!(log.contains("DEBUG"), "GATHERER_DEBUG=1 from the env file reached the daemon");
}

#[test]
fn logrotate_with_the_shipped_config_loses_no_line() {
    if !have("logrotate") {
        return peer_missing("logrotate (Debian package logrotate)");
    }
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // The pidfile is set in the env file only: the daemon, logrotate's postrotate and
    // stop must all find it there.
    let pidfile = d.join("custom.pid");
    let defaults = service_env(d, &format!("GATHERER_DEBUG=1\nGATHERER_PIDFILE={}\n", pidfile.display()));
    let log = d.join("log/gatherer.log");
    let shipped = fs::read_to_string(repo("logrotate/gatherer")).unwrap();
    assert!(!settings_lines(&shipped).contains(".pid"), "the postrotate names no pidfile of its own");
    let conf = shipped
        .replace("/var/log/gatherer/gatherer.log", &log.display().to_string())
        .replace("/usr/sbin/gatherer", &bin().display().to_string());
    assert!(!settings_lines(&conf).contains("/var/log/carbon"), "never carbon's logs");
    let conf_path = d.join("logrotate.conf");
    fs::write(&conf_path, conf).unwrap();

    let start = gatherer(d)
        .arg("start")
        .env("GATHERER_ENV_FILE", &defaults)
        .env_remove("GATHERER_COLLECTORS")
        .output()
        .unwrap();
    assert!(start.status.success(), "{}", text(&start));
    assert!(pidfile.exists(), "the env file's pidfile is the one held");
    std::thread::sleep(Duration::from_millis(700));
    let rot = Command::new("logrotate")
        .arg("-f")
        .arg("-s")
        .arg(d.join("logrotate.status"))
        .arg(&conf_path)
        .env("GATHERER_ENV_FILE", &defaults)
        .output()
        .unwrap();
    assert!(rot.status.success(), "logrotate: {}", text(&rot));
    eventually(10, "the reopened log", || fs::read_to_string(&log).ok().filter(|t| t.contains("reopened")).map(|_| ()));
    std::thread::sleep(Duration::from_millis(700));
    let stop = gatherer(d).arg("stop").env("GATHERER_ENV_FILE", &defaults).output().unwrap();
    assert!(stop.status.success(), "{}", text(&stop));

    let old = fs::read_to_string(d.join("log/gatherer.log.1")).expect("delaycompress leaves .1 plain");
    let new = fs::read_to_string(&log).unwrap();
    let cycles = |t: &str| -> Vec<u64> {
        t.lines().filter_map(|l| l.split("cycle ").nth(1)?.split(' ').next()?.parse().ok()).collect()
    };
    let (a, b) = (cycles(&old), cycles(&new));
    assert!(!a.is_empty() && !b.is_empty(), "lines before and after the rotation");
    let all: Vec<u64> = a.iter().chain(&b).copied().collect();
    let want: Vec<u64> = (1..=*all.last().unwrap()).collect();
    assert_eq!(all, want, "every cycle's line is in one of the two files, in order");
    assert!(new.contains("stopped"));
}

#[test]
fn systemd_unit_verifies_and_is_hardened() {
    if !have("systemd-analyze") {
        return peer_missing("systemd-analyze (Debian package systemd)");
    }
    let dir = tempfile::tempdir().unwrap();
    let unit = dir.path().join("gatherer.service");
    let text_unit = fs::read_to_string(repo("systemd/gatherer.service")).unwrap();
    for must in [
        "Type=notify",
        "ExecStart=/usr/sbin/gatherer run --env-file=/etc/default/gatherer",
        "Restart=on-failure",
        "WantedBy=multi-user.target\n",
        "After=network-online.target carbon-cache.service",
    ] {
        assert!(text_unit.contains(must), "unit lacks {must}");
    }
    for never in ["PrivateTmp=yes", "ProcSubset=pid"] {
        assert!(
            !settings_lines(&text_unit).contains(never),
            "{never} would hide state files or /proc/diskstats from the checks"
        );
    }
    // The daemon reads the env file itself at every reload: exporting it into the
    // environment would freeze its values at their start-time value.
    for never in ["EnvironmentFile=", "Environment=GATHERER_"] {
        assert!(!settings_lines(&text_unit).contains(never), "{never}: the env file must not be exported");
    }
    fs::write(&unit, text_unit.replace("/usr/sbin/gatherer", &bin().display().to_string())).unwrap();
    let v = Command::new("systemd-analyze").arg("verify").arg(&unit).output().unwrap();
    assert!(v.status.success() && v.stdout.is_empty() && v.stderr.is_empty(), "verify: {}", text(&v));

    let s =
        Command::new("systemd-analyze").args(["security", "--offline=true", "--no-pager"]).arg(&unit).output().unwrap();
    let out = String::from_utf8_lossy(&s.stdout);
    println!("{out}");
    let exposure: f64 = out
        .lines()
        .find_map(|l| l.split("exposure level for gatherer.service: ").nth(1))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no exposure line: {}", text(&s)));
    assert!(exposure < 5.0, "exposure {exposure}");
}

#[test]
fn tells_systemd_it_is_ready_then_pings_the_watchdog() {
    let dir = tempfile::tempdir().unwrap();
    let defaults = service_env(dir.path(), "");
    let sock_path = dir.path().join("notify.sock");
    let sock = UnixDatagram::bind(&sock_path).unwrap();
    sock.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut child = gatherer(dir.path())
        .arg("run")
        .arg("--env-file")
        .arg(&defaults)
        .env_remove("GATHERER_COLLECTORS")
        .env("NOTIFY_SOCKET", &sock_path)
        .env("WATCHDOG_USEC", "200000")
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut buf = [0u8; 64];
    let mut got = Vec::new();
    while got.len() < 4 {
        let n = sock.recv(&mut buf).expect("a notification within 10 s");
        got.push(String::from_utf8_lossy(&buf[..n]).into_owned());
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(got[0], "READY=1");
    assert!(got[1..].iter().all(|m| m == "WATCHDOG=1"), "{got:?}");
}

#[test]
fn sigterm_at_any_moment_leaves_a_complete_state_file() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fixture_roots(d);
    let state = d.join("d.json");
    for round in 0..15u64 {
        let mut child = gatherer(d)
            .args(["run", "--diskstats-interval", "0.01", "--proc-root"])
            .arg(d.join("proc"))
            .arg("--sys-root")
            .arg(d.join("sys"))
            .arg("--diskstats-state")
            .arg(&state)
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        if round == 0 {
            eventually(10, "a first write", || state.exists().then_some(()));
        }
        std::thread::sleep(Duration::from_millis(20 + round * 7 % 40));
        // SAFETY: our child.
        unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
        assert_eq!(child.wait().unwrap().code(), Some(0));
        let s = json(&state);
        assert_eq!(s["status"], "ok", "round {round}: {s}");
        assert_eq!(temp_files(d), Vec::<String>::new(), "round {round}: temp file left");
    }
}

#[test]
fn sighup_keeps_the_old_settings_when_the_new_ones_are_bad() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let defaults = service_env(d, "");
    let mut child = gatherer(d)
        .arg("run")
        .arg("--env-file")
        .arg(&defaults)
        .env_remove("GATHERER_COLLECTORS")
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let hup = || unsafe { libc::kill(child.id() as i32, libc::SIGHUP) };
    let log = || fs::read_to_string(d.join("log/gatherer.log")).unwrap_or_default();
    eventually(10, "the first state file", || d.join("d.json").exists().then_some(()));

    let good = fs::read_to_string(&defaults).unwrap();
    fs::write(&defaults, good.replace("GATHERER_DISKSTATS_INTERVAL=0.1", "GATHERER_DISKSTATS_INTERVAL=often")).unwrap();
    hup();
    eventually(10, "the rejection", || log().contains("keeping the current settings").then_some(()));
    assert!(log().contains("\"often\"") && log().contains("GATHERER_DISKSTATS_INTERVAL"), "{}", log());
    fs::remove_file(d.join("d.json")).unwrap();
    eventually(10, "the old settings still at work", || d.join("d.json").exists().then_some(()));

    fs::write(&defaults, good.replace("/d.json", "/moved.json")).unwrap();
    hup();
    eventually(10, "the new state path", || d.join("moved.json").exists().then_some(()));
    assert!(log().contains("settings changed"));
    assert!(child.try_wait().unwrap().is_none(), "still running");
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    assert_eq!(child.wait().unwrap().code(), Some(0));
}

#[test]
fn drops_to_the_given_user_and_refuses_an_unknown_one() {
    if !is_root() {
        return peer_missing("root (to start as root and drop to nobody)");
    }
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::set_permissions(d, fs::Permissions::from_mode(0o777)).unwrap();
    let defaults = service_env(d, "");
    let pidfile = d.join("gatherer.pid");
    let start = |user: &str| {
        gatherer(d)
            .arg("start")
            .arg("--env-file")
            .arg(&defaults)
            .arg("--pidfile")
            .arg(&pidfile)
            .args(["--user", user, "--collectors", "diskstats,memory"])
            .env_remove("GATHERER_COLLECTORS")
            .output()
            .unwrap()
    };
    let o = start("no-such-user-here");
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(text(&o).contains("no-such-user-here"), "{}", text(&o));
    assert!(!pidfile.exists() || lock_free(&pidfile), "nothing left running");

    let o = start("nobody");
    assert!(o.status.success(), "{}", text(&o));
    let pid = pid_of(d);
    let status = fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let uid_line = status.lines().find(|l| l.starts_with("Uid:")).unwrap();
    assert_eq!(uid_line.split_whitespace().skip(1).collect::<Vec<_>>(), ["65534"; 4], "real, effective, saved, fs uid");
    eventually(10, "a state file written as nobody", || {
        fs::metadata(d.join("d.json")).ok().filter(|m| m.uid() == 65534).map(|_| ())
    });
    assert_eq!(fs::metadata(d.join("log/gatherer.log")).unwrap().uid(), 65534, "log created for the user");
    assert_eq!(fs::metadata(d.join("state")).unwrap().uid(), 65534, "--state-dir created for the user");
    eventually(10, "a node state file written as nobody", || {
        fs::metadata(d.join("state/memory.json")).ok().filter(|m| m.uid() == 65534).map(|_| ())
    });
    let o = gatherer(d).arg("stop").arg("--pidfile").arg(&pidfile).output().unwrap();
    assert!(o.status.success(), "{}", text(&o));
}

fn lock_free(p: &Path) -> bool {
    gatherer::service::lock_holder(p).map(|h| h.is_none()).unwrap_or(true)
}

/// Lines of the env file as `KEY=value` pairs, the way systemd's `EnvironmentFile=` (or an
/// init script's `set -a; . FILE`) puts them into the daemon's environment.
fn exported(defaults: &Path) -> Vec<(String, String)> {
    gatherer::app::envfile::parse(&fs::read_to_string(defaults).unwrap())
        .unwrap()
        .into_iter()
        .map(|e| (e.key, e.value))
        .collect()
}

#[test]
fn reload_through_the_init_script_uses_the_edited_env_file() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let defaults = service_env(d, "GATHERER_DEBUG=0\n");
    let code = |o: &Output| o.status.code().unwrap_or(-1);
    assert_eq!(code(&init(d, "start")), 0);
    eventually(10, "the first state file", || d.join("d.json").exists().then_some(()));
    let good = fs::read_to_string(&defaults).unwrap();
    fs::write(&defaults, good.replace("/d.json", "/edited.json").replace("GATHERER_DEBUG=0", "GATHERER_DEBUG=1"))
        .unwrap();
    let o = init(d, "reload");
    assert_eq!(code(&o), 0, "{}", text(&o));
    eventually(10, "the edited state path in use", || d.join("edited.json").exists().then_some(()));
    let log = || fs::read_to_string(d.join("log/gatherer.log")).unwrap_or_default();
    eventually(10, "DEBUG lines after the reload", || log().contains("DEBUG").then_some(()));
    assert!(log().contains("--diskstats-state") && log().contains("--debug"), "says which changed: {}", log());
    // force-reload is a reload, not a restart: same pid.
    let pid = pid_of(d);
    assert_eq!(code(&init(d, "force-reload")), 0);
    assert_eq!(pid_of(d), pid, "force-reload does not restart");
    assert_eq!(code(&init(d, "stop")), 0);
}

#[test]
fn reload_uses_the_edited_env_file_even_when_its_values_are_in_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let defaults = service_env(d, "");
    let mut cmd = gatherer(d);
    cmd.arg("run").arg("--env-file").arg(&defaults).env_remove("GATHERER_COLLECTORS").stderr(Stdio::null());
    for (k, v) in exported(&defaults) {
        cmd.env(k, v); // what EnvironmentFile= does at start
    }
    // An operator's own override, unlike the file: it keeps winning after reloads.
    cmd.env("GATHERER_DISKSTATS_INTERVAL", "0.05");
    let mut child = cmd.spawn().unwrap();
    let hup = || unsafe { libc::kill(child.id() as i32, libc::SIGHUP) };
    eventually(10, "the first state file", || d.join("d.json").exists().then_some(()));
    let good = fs::read_to_string(&defaults).unwrap();
    fs::write(&defaults, good.replace("/d.json", "/edited.json").replace("INTERVAL=0.1", "INTERVAL=9")).unwrap();
    hup();
    eventually(10, "the edited state path in use", || d.join("edited.json").exists().then_some(()));
    let log = fs::read_to_string(d.join("log/gatherer.log")).unwrap();
    assert!(!log.contains("--diskstats-interval"), "the environment's own value still wins: {log}");
    let s = json(&d.join("edited.json"));
    // A window of 0.05 s, not 9 s: the environment's value.
    assert!(s["interval_s"].as_f64().unwrap() < 1.0, "{s}");
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    assert_eq!(child.wait().unwrap().code(), Some(0));
}

#[test]
fn a_reload_that_changes_only_logging_restarts_no_collector() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let root = d.join("whisper/h1");
    fs::create_dir_all(&root).unwrap();
    fs::write(root.join("a.wsp"), b"").unwrap();
    let defaults = service_env(
        d,
        &format!(
            "GATHERER_COLLECTORS=diskstats,whisper\nGATHERER_WHISPER_ROOT={0}/whisper\nGATHERER_WHISPER_STATE={0}/w.json\n\
             GATHERER_WHISPER_INTERVAL=0.5\n",
            d.display()
        ),
    );
    let mut child = gatherer(d)
        .arg("run")
        .arg("--env-file")
        .arg(&defaults)
        .env_remove("GATHERER_COLLECTORS")
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let hup = || unsafe { libc::kill(child.id() as i32, libc::SIGHUP) };
    let log = || fs::read_to_string(d.join("log/gatherer.log")).unwrap_or_default();
    let w = d.join("w.json");
    eventually(10, "the first whisper count", || (w.exists() && json(&w)["scan"] == "full").then_some(()));
    eventually(10, "an incremental count", || (json(&w)["scan"] == "incremental").then_some(()));
    fs::write(&defaults, fs::read_to_string(&defaults).unwrap() + "GATHERER_DEBUG=1\n").unwrap();
    hup();
    eventually(10, "the reload", || log().contains("none restarted").then_some(()));
    assert!(log().contains("settings changed: --debug"), "{}", log());
    // A restarted whisper collector would begin with a full scan.
    std::thread::sleep(Duration::from_millis(1500));
    assert_eq!(json(&w)["scan"], "incremental", "whisper kept its tree");
    assert!(!log().contains("restarting"), "{}", log());
    // A whisper setting restarts whisper alone.
    fs::write(&defaults, fs::read_to_string(&defaults).unwrap() + "GATHERER_WHISPER_THREADS=2\n").unwrap();
    hup();
    eventually(10, "whisper restarted", || log().contains("SIGHUP: restarting whisper").then_some(()));
    assert!(!log().contains("restarting diskstats"), "{}", log());
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    assert_eq!(child.wait().unwrap().code(), Some(0));
}

#[test]
fn the_init_script_and_gatherer_agree_on_the_env_files_pidfile() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let pidfile = d.join("elsewhere.pid");
    let defaults = service_env(d, &format!("GATHERER_PIDFILE={}\n", pidfile.display()));
    // The init script as installed: no PIDFILE of its own.
    let init = |action: &str| {
        Command::new("sh")
            .arg(repo("init/gatherer"))
            .arg(action)
            .env_clear()
            .env("PATH", "/usr/sbin:/usr/bin:/sbin:/bin")
            .env("DAEMON", bin())
            .env("DEFAULTS", &defaults)
            .output()
            .unwrap()
    };
    let o = init("start");
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(pidfile.exists());
    assert_eq!(init("status").status.code(), Some(0));
    let o = gatherer(d).arg("status").env("GATHERER_ENV_FILE", &defaults).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "gatherer status reads the same pidfile: {}", text(&o));
    let o = init("stop");
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert_eq!(init("status").status.code(), Some(3));
}

/// GET `path` from 127.0.0.1:`port`: the status code and body, or `None` when nothing
/// listens.
fn http_get(port: u16, path: &str) -> Option<(u16, String)> {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    write!(s, "GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").ok()?;
    let mut text = String::new();
    s.read_to_string(&mut text).ok()?;
    let code = text.split_whitespace().nth(1)?.parse().ok()?;
    Some((code, text.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or_default()))
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// Output settings are applied on reload: the endpoint moves to its new address (the
/// old one is closed), and a collector is not restarted for it.
#[test]
fn a_reload_moves_the_outputs_to_their_new_settings() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (first, second) = (free_port(), free_port());
    let defaults = service_env(d, &format!("GATHERER_HTTP_LISTEN={first}\n"));
    let mut child =
        Reaped(gatherer(d).arg("run").arg("--env-file").arg(&defaults).stderr(Stdio::null()).spawn().unwrap());
    let log = || fs::read_to_string(d.join("log/gatherer.log")).unwrap_or_default();
    let (code, body) = eventually(10, "the endpoint", || http_get(first, "/"));
    assert_eq!((code, body.as_str()), (200, "OK\n"));
    let text = fs::read_to_string(&defaults).unwrap();
    fs::write(
        &defaults,
        text.replace(&format!("GATHERER_HTTP_LISTEN={first}"), &format!("GATHERER_HTTP_LISTEN={second}")),
    )
    .unwrap();
    unsafe { libc::kill(child.0.id() as i32, libc::SIGHUP) };
    let (code, _) = eventually(10, "the endpoint at its new address", || http_get(second, "/metrics"));
    assert_eq!(code, 200);
    eventually(5, "the old address closed", || http_get(first, "/").is_none().then_some(()));
    assert!(log().contains("restarting the outputs"), "{}", log());
    assert!(!log().contains("SIGHUP: restarting diskstats"), "no collector restarted: {}", log());
    unsafe { libc::kill(child.0.id() as i32, libc::SIGTERM) };
    assert_eq!(child.0.wait().unwrap().code(), Some(0));
}

/// A reload that moves `--state-dir` to a directory not made yet makes it, and the
/// collectors write there; at start, a state directory no collector uses is not made.
#[test]
fn a_reload_makes_the_new_state_directory() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let defaults = service_env(d, &format!("GATHERER_STATE_DIR={}/state-a\n", d.display()));
    let mut child = Reaped(
        gatherer(d)
            .arg("run")
            .arg("--env-file")
            .arg(&defaults)
            .env_remove("GATHERER_COLLECTORS")
            .env_remove("GATHERER_STATE_DIR")
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    eventually(10, "the first state file", || d.join("d.json").exists().then_some(()));
    assert!(!d.join("state-a").exists(), "no collector writes there yet");
    let edited = fs::read_to_string(&defaults)
        .unwrap()
        .replace("GATHERER_COLLECTORS=diskstats", "GATHERER_COLLECTORS=diskstats,memory")
        .replace("/state-a", "/state-b/nested");
    fs::write(&defaults, edited).unwrap();
    unsafe { libc::kill(child.0.id() as i32, libc::SIGHUP) };
    let memory = d.join("state-b/nested/memory.json");
    eventually(10, "memory's state file in the new directory", || memory.exists().then_some(()));
    assert_eq!(json(&memory)["collector"], "memory", "{}", fs::read_to_string(&memory).unwrap());
    unsafe { libc::kill(child.0.id() as i32, libc::SIGTERM) };
    assert_eq!(child.0.wait().unwrap().code(), Some(0));
}
