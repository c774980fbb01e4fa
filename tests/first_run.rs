//! A first run as a new operator meets it, on a host without Graphite: no error at start,
//! the right lines in the log, the real cause named, whole usage messages, and the
//! commands that say what the settings are.

mod common;
use common::*;
use std::fs;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// `gatherer run` with default settings but for where state files go (so this machine's
/// /tmp and /dev/shm are left alone) and a whisper root that does not exist here.
fn run_defaults(dir: &Path, extra: &[&str]) -> Child {
    let (proc_root, sys_root) = fixture_roots(dir);
    gatherer(dir)
        .env_remove("GATHERER_COLLECTORS")
        .arg("run")
        .arg("--whisper-root")
        .arg(dir.join("no/graphite/whisper"))
        .arg("--whisper-state")
        .arg(dir.join("no/graphite/whisper.nb_metrics"))
        .arg("--diskstats-state")
        .arg(dir.join("d.json"))
        .arg("--vmware-state")
        .arg(dir.join("v.json"))
        .arg("--proc-root")
        .arg(&proc_root)
        .arg("--sys-root")
        .arg(&sys_root)
        .args(extra)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn stop(child: Child) -> String {
    // SAFETY: plain kill(2) on our own child.
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn the_readme_run_command_starts_quietly_on_a_host_without_graphite() {
    let dir = tempfile::tempdir().unwrap();
    let child = run_defaults(dir.path(), &["--diskstats-interval", "0.3"]);
    eventually(10, "the first diskstats window", || dir.path().join("d.json").exists().then_some(()));
    let log = stop(child);
    assert!(!log.contains("ERROR") && !log.contains("WARN"), "a clean start: {log}");
    assert_eq!(log.matches("whisper collector off by default here").count(), 1, "said once, at INFO: {log}");
    assert!(log.contains("INFO") && log.contains("no/graphite/whisper"), "{log}");
    assert!(log.contains("[diskstats] measuring:"), "the first good measurement is logged: {log}");
}

#[test]
fn naming_whisper_on_such_a_host_is_a_clear_error_and_show_and_the_check_say_why() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let missing = d.join("no/graphite/whisper");
    let o = gatherer(d)
        .args(["once", "--collectors", "whisper", "--whisper-root"])
        .arg(&missing)
        .arg("--whisper-state")
        .arg(d.join("w.json"))
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(text(&o).contains(&format!("whisper root {} does not exist", missing.display())), "{}", text(&o));

    let o = gatherer(d)
        .env_remove("GATHERER_COLLECTORS")
        .arg("show")
        .arg("--whisper-root")
        .arg(&missing)
        .arg("--diskstats-state")
        .arg(d.join("d.json"))
        .arg("--vmware-state")
        .arg(d.join("v.json"))
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("whisper: off by default here: no whisper tree at"), "{out}");

    let o = gatherer(d)
        .args(["check", "whisper", "--whisper-state"])
        .arg(d.join("no/graphite/whisper.nb_metrics"))
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(3));
    assert!(out.contains("does not exist") && !out.contains("is it running"), "the real cause: {out}");
}

#[test]
fn once_sets_up_no_inotify_and_prints_no_schedule() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let root = d.join("whisper/h1");
    fs::create_dir_all(&root).unwrap();
    fs::write(root.join("a.wsp"), b"").unwrap();
    let o = gatherer(d)
        .args(["once", "--collectors", "whisper", "--whisper-root"])
        .arg(d.join("whisper"))
        .arg("--whisper-state")
        .arg(d.join("w.json"))
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    let all = text(&o);
    assert!(!all.contains("inotify") && !all.contains(", writing "), "{all}");
    assert!(
        all.contains("full scan of") && all.contains(" took "),
        "a scan says when it starts and how long it took: {all}"
    );
}

#[test]
fn the_whisper_line_shows_its_real_interval_and_every_start_logs_a_first_measurement() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let root = d.join("whisper/h1");
    fs::create_dir_all(&root).unwrap();
    fs::write(root.join("a.wsp"), b"").unwrap();
    for round in 0..2 {
        let before = fs::metadata(d.join("w.json")).and_then(|m| m.modified()).ok();
        let mut child = gatherer(d)
            .args(["run", "--collectors", "whisper", "--whisper-interval", "300", "--whisper-root"])
            .arg(d.join("whisper"))
            .arg("--whisper-state")
            .arg(d.join("w.json"))
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Written by this run (the first cycle may wait for the middle of a second).
        eventually(10, "a state file", || {
            let now = fs::metadata(d.join("w.json")).and_then(|m| m.modified()).ok()?;
            (Some(now) != before).then_some(())
        });
        std::thread::sleep(Duration::from_millis(300));
        // SAFETY: our own child.
        unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
        let mut log = String::new();
        std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut log).unwrap();
        child.wait().unwrap();
        assert!(log.contains("every 300s"), "round {round}: the configured interval, not the poll: {log}");
        assert!(log.contains("[whisper] measuring: 1 hosts, 1 metrics"), "round {round}, old state file or not: {log}");
    }
}

#[test]
fn usage_errors_print_the_whole_message_and_munin_answers_in_its_own_form() {
    let dir = tempfile::tempdir().unwrap();
    let o = gatherer(dir.path()).arg("check").output().unwrap();
    assert_eq!(o.status.code(), Some(3));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.starts_with("GATHERER UNKNOWN - "), "{out}");
    assert!(out.contains("disk-util") && out.lines().count() > 3, "clap's whole message: {out}");

    let o = gatherer(dir.path()).arg("munin").output().unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(o.stdout.is_empty(), "nothing on munin's channel: {}", text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("--graph") && err.contains("Usage:"), "the whole message on stderr: {err}");

    let o = gatherer(dir.path()).arg("frobnicate").output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("Usage:"), "{}", text(&o));
}

#[test]
fn config_says_each_value_and_where_it_came_from() {
    let dir = tempfile::tempdir().unwrap();
    let env_file = dir.path().join("defaults");
    fs::write(&env_file, "# comment\nGATHERER_WHISPER_THREADS=2\nGATHERER_VSPHERE_URL=https://u:hunter2@vc/sdk\n")
        .unwrap();
    let o = gatherer(dir.path())
        .env("GATHERER_ENV_FILE", &env_file)
        .env("GATHERER_VMWARE_INTERVAL", "90")
        .args(["config", "--diskstats-interval", "15"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    let line = |flag: &str| {
        out.lines()
            .find(|l| l.starts_with(&format!("--{flag}=")))
            .unwrap_or_else(|| panic!("{flag}: {out}"))
            .to_string()
    };
    assert!(
        line("diskstats-interval").starts_with("--diskstats-interval=15\t")
            && line("diskstats-interval").ends_with("flag")
    );
    assert!(line("vmware-interval").contains("=90\t") && line("vmware-interval").ends_with("environment"));
    assert!(line("whisper-threads").contains("=2\t") && line("whisper-threads").ends_with("env file line 2"));
    assert!(line("whisper-full-every").contains("=3600\t") && line("whisper-full-every").ends_with("default"));
    assert!(line("whisper-threads").contains("GATHERER_WHISPER_THREADS"));
    assert!(!out.contains("hunter2") && line("vsphere-url").contains("***@vc"), "never a password: {out}");
}

#[test]
fn show_json_is_one_object_of_every_state_file() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (proc_root, sys_root) = fixture_roots(d);
    let o = gatherer(d)
        .args(["once", "--diskstats-interval", "0.1", "--proc-root"])
        .arg(&proc_root)
        .arg("--sys-root")
        .arg(&sys_root)
        .arg("--diskstats-state")
        .arg(d.join("d.json"))
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    let o = gatherer(d).args(["show", "--json", "--diskstats-state"]).arg(d.join("d.json")).output().unwrap();
    assert!(o.status.success(), "{}", text(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["diskstats"]["state"]["status"], "ok", "{v}");
    assert_eq!(v["diskstats"]["state"], json(&d.join("d.json")));
    let raw = fs::read(d.join("d.json")).unwrap();
    assert_eq!(raw.last(), Some(&b'\n'), "state files end with a newline");
}

#[test]
fn boolean_settings_are_switches() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let root = d.join("whisper/h1");
    fs::create_dir_all(&root).unwrap();
    for args in [
        vec!["--vsphere-insecure"],
        vec!["--vsphere-insecure", "0"],
        vec!["--whisper-inotify"],
        vec!["--whisper-inotify", "0"],
        vec!["--whisper-inotify=no"],
        vec!["--debug"],
    ] {
        let o = gatherer(d)
            .args(["once", "--collectors", "whisper,vmware"])
            .args(&args)
            .arg("--whisper-root")
            .arg(d.join("whisper"))
            .arg("--whisper-state")
            .arg(d.join("w.json"))
            .arg("--vmware-state")
            .arg(d.join("v.json"))
            .output()
            .unwrap();
        assert!(o.status.success(), "{args:?}: {}", text(&o));
    }
    let o = Command::new(bin())
        .args(["once", "--whisper-inotify", "perhaps"])
        .env("GATHERER_ENV_FILE", "/none")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
}

/// As a user who cannot write /run/gatherer, with `--state-dir` left alone, the node
/// collectors write to that user's runtime directory, say so, and that user's checks find
/// the files there; a runtime directory someone else made is refused.
#[test]
fn a_user_who_cannot_write_run_gatherer_gets_their_own_state_directory() {
    if !is_root() || !have("setpriv") {
        return peer_missing("root and setpriv (util-linux), to run as nobody");
    }
    let dir = tempfile::tempdir().unwrap();
    let runtime = dir.path().join("runtime");
    fs::create_dir(&runtime).unwrap();
    std::os::unix::fs::chown(&runtime, Some(65534), Some(65534)).unwrap();
    fs::set_permissions(dir.path(), std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let (proc_root, _) = fixture_roots(dir.path());
    let as_nobody = |args: &[&str]| {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"]).arg(bin()).args(args);
        c.env_clear()
            .env("GATHERER_ENV_FILE", "/nonexistent")
            .env("XDG_RUNTIME_DIR", &runtime)
            .env("PATH", "/usr/bin:/bin");
        c.output().unwrap()
    };
    // No collector of the state directory's: nothing is made there, nothing said of it.
    let own_state = dir.path().join("diskstats.json");
    let o = as_nobody(&[
        "once",
        "--collectors",
        "diskstats",
        "--diskstats-interval",
        "0.1",
        "--proc-root",
        proc_root.to_str().unwrap(),
        "--diskstats-state",
        own_state.to_str().unwrap(),
    ]);
    assert!(!runtime.join("gatherer").exists(), "an unused state directory is not made: {}", text(&o));
    assert!(!text(&o).contains("go to"), "{}", text(&o));

    let once = ["once", "--collectors", "memory", "--proc-root", proc_root.to_str().unwrap()];
    let o = as_nobody(&once);
    assert!(o.status.success(), "{}", text(&o));
    let mine = runtime.join("gatherer/memory.json");
    assert!(mine.exists(), "written to the user's runtime directory: {}", text(&o));
    assert!(text(&o).contains(&format!("go to {}", runtime.join("gatherer").display())), "and said so: {}", text(&o));
    let o = as_nobody(&["check", "memory"]);
    if Path::new("/run/gatherer/memory.json").exists() {
        // This host runs the packaged daemon: its file, in the default place, comes first.
        assert!(!text(&o).contains("never written"), "the host daemon's file is read: {}", text(&o));
    } else {
        assert_eq!(o.status.code(), Some(0), "the same user's check finds it: {}", text(&o));
        assert!(String::from_utf8_lossy(&o.stdout).starts_with("GATHERER MEMORY OK - used 25%"), "{}", text(&o));
    }

    // A `gatherer` directory in the runtime directory that belongs to someone else.
    fs::remove_dir_all(runtime.join("gatherer")).unwrap();
    fs::create_dir(runtime.join("gatherer")).unwrap();
    // Refused, it falls back to /tmp/gatherer-65534: removed after, unless it was there.
    let fallback = Path::new("/tmp/gatherer-65534");
    let had_fallback = fallback.exists();
    let o = as_nobody(&once);
    if !had_fallback {
        let _ = fs::remove_dir_all(fallback);
    }
    assert!(text(&o).contains("refusing it"), "{}", text(&o));
    assert_eq!(fs::read_dir(runtime.join("gatherer")).unwrap().count(), 0, "nothing written into it");
}
