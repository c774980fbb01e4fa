//! The command line as an operator meets it: settings precedence, exit codes, messages.

mod common;
use common::*;
use std::fs;

#[test]
fn env_file_fills_in_and_environment_and_flags_win() {
    let dir = tempfile::tempdir().unwrap();
    let (proc_root, sys_root) = fixture_roots(dir.path());
    let env_file = dir.path().join("defaults");
    let (from_file, from_env, from_flag) =
        (dir.path().join("file.json"), dir.path().join("env.json"), dir.path().join("flag.json"));
    fs::write(
        &env_file,
        format!(
            "# comment\nGATHERER_PROC_ROOT={}\nexport GATHERER_SYS_ROOT=\"{}\"\nGATHERER_DISKSTATS_INTERVAL=0.2\nGATHERER_DISKSTATS_STATE={}\nDAEMON_OPTS=ignored\n",
            proc_root.display(),
            sys_root.display(),
            from_file.display()
        ),
    )
    .unwrap();
    let run = |env: Option<&std::path::Path>, flag: Option<&std::path::Path>| {
        let mut c = gatherer(dir.path());
        c.env("GATHERER_ENV_FILE", &env_file);
        if let Some(e) = env {
            c.env("GATHERER_DISKSTATS_STATE", e);
        }
        c.arg("once");
        if let Some(f) = flag {
            c.arg("--diskstats-state").arg(f);
        }
        let o = c.output().unwrap();
        assert!(o.status.success(), "{}", text(&o));
    };
    run(None, None);
    assert!(from_file.exists(), "env file value used");
    run(Some(&from_env), None);
    assert!(from_env.exists(), "environment beats the env file");
    run(Some(&dir.path().join("not-this.json")), Some(&from_flag));
    assert!(from_flag.exists() && !dir.path().join("not-this.json").exists(), "flag beats the environment");
    let state = json(&from_flag);
    assert_eq!(state["status"], "ok");
    assert_eq!(state["collector"], "diskstats");
    assert!(state["disks"]["sda"].is_object(), "{state}");
}

#[test]
fn malformed_values_exit_2_naming_the_setting_and_value() {
    let dir = tempfile::tempdir().unwrap();
    let o = gatherer(dir.path()).args(["once", "--diskstats-interval", "soon"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("--diskstats-interval") && err.contains("GATHERER_DISKSTATS_INTERVAL") && err.contains("\"soon\""),
        "{err}"
    );

    let o = gatherer(dir.path()).env("GATHERER_DEBUG", "perhaps").arg("once").output().unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(String::from_utf8_lossy(&o.stderr).contains("GATHERER_DEBUG"));
    // A command that does not log never reads it, so it is not its business.
    let o = gatherer(dir.path())
        .env("GATHERER_DEBUG", "perhaps")
        .args(["show", "--diskstats-state"])
        .arg(dir.path().join("none"))
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "show is not stopped by another command's setting: {}", text(&o));

    let env_file = dir.path().join("defaults");
    fs::write(&env_file, "GATHERER_COLLECTORS=diskstats\nthis is not a setting\n").unwrap();
    let o = gatherer(dir.path()).env("GATHERER_ENV_FILE", &env_file).arg("show").output().unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains(&env_file.display().to_string()) && err.contains("line 2"), "{err}");

    let o = gatherer(dir.path()).arg("frobnicate").output().unwrap();
    assert_eq!(o.status.code(), Some(2), "unknown subcommand is a usage error: {}", text(&o));
}

#[test]
fn once_exits_1_and_names_the_failed_collector() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("d.json");
    let o = gatherer(dir.path())
        .args(["once", "--diskstats-interval", "0.1", "--proc-root"])
        .arg(dir.path().join("no-proc"))
        .arg("--diskstats-state")
        .arg(&state)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("diskstats: FAILED") && out.contains("no-proc/diskstats"), "{}", text(&o));
    let s = json(&state);
    assert_eq!(s["status"], "error");
    assert!(s["measured_at"].is_null() && s.get("disks").is_none(), "never measured: {s}");
}

#[test]
fn show_tells_never_ran_fresh_and_error_apart() {
    let dir = tempfile::tempdir().unwrap();
    let (proc_root, sys_root) = fixture_roots(dir.path());
    let state = dir.path().join("d.json");
    let show = || gatherer(dir.path()).arg("show").arg("--diskstats-state").arg(&state).output().unwrap();
    let o = show();
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stdout).contains("never written"), "{}", text(&o));

    let once = |proc: &std::path::Path| {
        gatherer(dir.path())
            .args(["once", "--diskstats-interval", "0.1"])
            .arg("--proc-root")
            .arg(proc)
            .arg("--sys-root")
            .arg(&sys_root)
            .arg("--diskstats-state")
            .arg(&state)
            .output()
            .unwrap()
    };
    assert!(once(&proc_root).status.success());
    let o = show();
    assert!(o.status.success(), "{}", text(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("status: ok") && out.contains("sda 0.0%"), "{out}");

    assert_eq!(once(&dir.path().join("gone")).status.code(), Some(1));
    let out = String::from_utf8_lossy(&show().stdout).into_owned();
    assert!(out.contains("status: ERROR") && out.contains("gone/diskstats"), "{out}");
    assert!(out.contains("sda 0.0%"), "last good values still shown: {out}");

    fs::write(&state, b"{ torn").unwrap();
    let o = show();
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stdout).contains("UNREADABLE"), "{}", text(&o));
}

#[test]
fn help_and_version() {
    let dir = tempfile::tempdir().unwrap();
    let o = gatherer(dir.path()).arg("--help").output().unwrap();
    assert!(o.status.success());
    let help = String::from_utf8_lossy(&o.stdout);
    for word in
        ["run", "once", "show", "--diskstats-interval", "GATHERER_DISKSTATS_STATE", "/tmp/__check_graphite_iostats.tmp"]
    {
        assert!(help.contains(word), "help lacks {word}: {help}");
    }
    let o = gatherer(dir.path()).arg("--version").output().unwrap();
    assert!(String::from_utf8_lossy(&o.stdout).contains(env!("CARGO_PKG_VERSION")));
}

/// What `/bin/sh` assigns to `key` after sourcing a file holding `line` (as the init
/// script does, with `set -a`), or `None` when sh fails on it.
fn sh_reads(dir: &std::path::Path, line: &str, key: &str) -> Option<String> {
    let f = dir.join("env");
    fs::write(&f, line).unwrap();
    let o = std::process::Command::new("/bin/sh")
        .arg("-c")
        .arg(format!("set -a; . \"$1\" || exit 1; printf '%s' \"${{{key}-<unset>}}\""))
        .arg("sh")
        .arg(&f)
        .env_clear()
        .env("PATH", "/nonexistent") // nothing a line could run is found
        .env("HOME", "/home/operator") // as an init script has it: `~` expands
        .output()
        .unwrap();
    (o.status.success() && o.stderr.is_empty()).then(|| String::from_utf8(o.stdout).unwrap())
}

#[test]
fn the_env_file_means_what_bin_sh_makes_of_it() {
    let dir = tempfile::tempdir().unwrap();
    // (line, key, what it appears to say). Accepted lines must read exactly as sh reads
    // them; refused lines are those sh fails on, or reads otherwise than they appear to.
    let table: &[(&str, &str, &str)] = &[
        ("GATHERER_A=1\n", "GATHERER_A", "1"),
        ("GATHERER_A=1  # comment\n", "GATHERER_A", "1"),
        ("# GATHERER_A=1\n", "GATHERER_A", "<unset>"),
        ("GATHERER_A=a#b\n", "GATHERER_A", "a#b"),
        ("export GATHERER_A=2\n", "GATHERER_A", "2"),
        ("export GATHERER_A=\"two words\"\n", "GATHERER_A", "two words"),
        ("GATHERER_A='single quoted $HOME'\n", "GATHERER_A", "single quoted $HOME"),
        ("GATHERER_A=\"double \\\"quoted\\\" \\\\ back\"\n", "GATHERER_A", "double \"quoted\" \\ back"),
        ("GATHERER_A=\n", "GATHERER_A", ""),
        ("GATHERER_A=''\n", "GATHERER_A", ""),
        ("GATHERER_A=\"\"\n", "GATHERER_A", ""),
        ("   GATHERER_A=indented\t\n", "GATHERER_A", "indented"),
        ("GATHERER_A=x GATHERER_B=y\n", "GATHERER_B", "y"),
        ("GATHERER_A=1; GATHERER_B=2\n", "GATHERER_B", "2"),
        ("GATHERER_A=a\\ b\n", "GATHERER_A", "a b"),
        ("GATHERER_A=it\\'s\n", "GATHERER_A", "it's"),
        ("GATHERER_A=one\\\ntwo\n", "GATHERER_A", "onetwo"),
        ("GATHERER_A='multi\nline'\n", "GATHERER_A", "multi\nline"),
        ("GATHERER_A=/x/*.wsp\n", "GATHERER_A", "/x/*.wsp"),
        ("GATHERER_A=k=v\n", "GATHERER_A", "k=v"),
        ("GATHERER_A=1\nexport GATHERER_A\n", "GATHERER_A", "1"),
        // Refused: sh fails, runs something, or reads it otherwise than it appears.
        ("GATHERER_A = 1\n", "GATHERER_A", "1"),
        ("export GATHERER_A = \"v\"\n", "GATHERER_A", "v"),
        ("GATHERER_A=1\r\n", "GATHERER_A", "1"),
        ("GATHERER_A=\"1\"\r\n", "GATHERER_A", "1"),
        ("GATHERER_A=$HOME/x\n", "GATHERER_A", "$HOME/x"),
        ("GATHERER_A=~/x\n", "GATHERER_A", "~/x"),
        ("GATHERER_A=`echo x`\n", "GATHERER_A", "`echo x`"),
        ("GATHERER_A=1 extra\n", "GATHERER_A", "1"),
        ("GATHERER_A=a|b\n", "GATHERER_A", "a|b"),
        ("GATHERER_A='unclosed\n", "GATHERER_A", "unclosed"),
    ];
    for &(line, key, appears) in table {
        let ours = gatherer::app::envfile::parse(line);
        let sh = sh_reads(dir.path(), line, key);
        match ours {
            Ok(entries) => {
                let got = entries.iter().rev().find(|e| e.key == key).map_or("<unset>", |e| e.value.as_str());
                assert_eq!(Some(got.to_string()), sh, "{line:?}: ours and sh's differ");
                assert_eq!(got, appears, "{line:?}");
            }
            Err(e) => {
                let e = format!("{e:#}");
                assert!(e.contains("line "), "{line:?}: the error names the line: {e}");
                assert!(sh.as_deref() != Some(appears), "{line:?}: refused, yet sh reads it as it appears ({e})");
            }
        }
    }
}

/// Two documented contracts of the command line (docs/settings.md): flags may stand
/// before the subcommand, and every subcommand accepts every setting (a check given
/// another collector's flag, as old plugin definitions do, still runs; the flag is
/// ignored there).
#[test]
fn flags_before_the_subcommand_and_any_setting_on_any_subcommand() {
    let dir = tempfile::tempdir().unwrap();
    let (proc_root, sys_root) = fixture_roots(dir.path());
    let state = dir.path().join("d.json");
    let o = gatherer(dir.path())
        .args(["--collectors", "diskstats", "--diskstats-state"])
        .arg(&state)
        .arg("--proc-root")
        .arg(&proc_root)
        .arg("--sys-root")
        .arg(&sys_root)
        .args(["once", "--diskstats-interval", "0.2"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    assert_eq!(json(&state)["status"], "ok");
    let o = gatherer(dir.path())
        .args(["check", "disk-util", "--whisper-root", "/nonexistent", "--graphite", "bad", "--diskstats-state"])
        .arg(&state)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("GATHERER DISK-UTIL OK"), "{}", text(&o));
    let o =
        gatherer(dir.path()).args(["status", "--cpu-interval", "5", "--pidfile"]).arg(dir.path().join("p")).output();
    assert_eq!(o.unwrap().status.code(), Some(3), "status takes a collector's flag and ignores it");
}

/// A `GATHERER_*` variable that holds exactly the env file's value at start is a copy of
/// the file (an init script's `set -a`, a unit's `EnvironmentFile=`): after the file is
/// edited, a reload follows the file. A variable with another value is an override and
/// keeps winning across reloads.
#[test]
fn a_copy_of_the_env_file_in_the_environment_yields_to_the_edited_file() {
    let dir = tempfile::tempdir().unwrap();
    let (proc_root, sys_root) = fixture_roots(dir.path());
    let env_file = dir.path().join("defaults");
    let (first, edited, override_) =
        (dir.path().join("first.json"), dir.path().join("edited.json"), dir.path().join("override.json"));
    let file = |state: &std::path::Path, interval: &str| {
        let text = format!(
            "GATHERER_DISKSTATS_STATE={}\nGATHERER_DISKSTATS_INTERVAL={interval}\nGATHERER_COLLECTORS=diskstats\n",
            state.display()
        );
        // Written whole, then renamed: the daemon may read it at any moment.
        let tmp = dir.path().join("defaults.new");
        fs::write(&tmp, text).unwrap();
        fs::rename(&tmp, &env_file).unwrap();
    };
    file(&first, "0.2");
    let mut c = gatherer(dir.path());
    c.env("GATHERER_ENV_FILE", &env_file)
        .env("GATHERER_DISKSTATS_STATE", &first)
        .env("GATHERER_DISKSTATS_INTERVAL", "0.3")
        .arg("run")
        .arg("--proc-root")
        .arg(&proc_root)
        .arg("--sys-root")
        .arg(&sys_root)
        .arg("--state-dir")
        .arg(dir.path());
    let mut daemon = Reaped(c.stdout(std::process::Stdio::null()).stderr(std::process::Stdio::null()).spawn().unwrap());
    eventually(10, "the first state file", || fs::metadata(&first).ok());
    file(&edited, "0.2");
    let hup = |d: &Reaped| {
        let _ = std::process::Command::new("kill").args(["-HUP", &d.0.id().to_string()]).status();
    };
    hup(&daemon);
    eventually(10, "the state file the edited env file names", || fs::metadata(&edited).ok());
    // The interval, set apart in the environment, is an override: it stays 0.3 s.
    let text = json(&edited);
    assert_eq!(text["status"], "ok", "{text}");
    file(&override_, "30");
    hup(&daemon);
    eventually(10, "the state file of the second edit", || fs::metadata(&override_).ok());
    let a = json(&override_)["attempted_at_unix"].as_i64().unwrap();
    eventually(5, "a cycle within a few seconds (the environment's 0.3 s, not the file's 30 s)", || {
        (json(&override_)["attempted_at_unix"].as_i64()? >= a + 2).then_some(())
    });
    let _ = std::process::Command::new("kill").arg(daemon.0.id().to_string()).status();
    let _ = daemon.0.wait();
}

/// `--env-file /dev/null` (and `GATHERER_ENV_FILE=/dev/null`) is an empty env file, as
/// sh reads it: the null device cannot block and reads as empty. Other devices, FIFOs,
/// sockets and directories stay refused, naming the path.
#[test]
fn the_null_device_is_an_empty_env_file_other_special_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (proc_root, sys_root) = fixture_roots(dir.path());
    let state = dir.path().join("d.json");
    let once = |how: &dyn Fn(&mut std::process::Command)| {
        let mut c = gatherer(dir.path());
        c.args(["once", "--diskstats-interval", "0.1", "--proc-root"])
            .arg(&proc_root)
            .arg("--sys-root")
            .arg(&sys_root)
            .arg("--diskstats-state")
            .arg(&state);
        how(&mut c);
        c.output().unwrap()
    };
    let o = once(&|c| {
        c.args(["--env-file", "/dev/null"]);
    });
    assert!(o.status.success(), "--env-file /dev/null: {}", text(&o));
    assert_eq!(json(&state)["status"], "ok");
    let o = once(&|c| {
        c.env("GATHERER_ENV_FILE", "/dev/null");
    });
    assert!(o.status.success(), "GATHERER_ENV_FILE=/dev/null: {}", text(&o));

    let socket = dir.path().join("sock");
    let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    for (path, what) in [
        (std::path::PathBuf::from("/dev/zero"), "character device"),
        (dir.path().to_path_buf(), "directory"),
        (socket.clone(), "socket"),
    ] {
        let o = once(&|c| {
            c.arg("--env-file").arg(&path);
        });
        assert_eq!(o.status.code(), Some(2), "{}: {}", path.display(), text(&o));
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains(what) && err.contains(&path.display().to_string()), "{err}");
    }
}

/// `gatherer report`'s exit contract: 0 with nothing to do (no URL), 2 for a malformed
/// report setting (naming it, and the env file line it came from) or two actions at once.
#[test]
fn report_exits_0_without_a_url_and_2_on_a_bad_setting() {
    let dir = tempfile::tempdir().unwrap();
    let uuid = dir.path().join("uuid");
    let report = || {
        let mut c = gatherer(dir.path());
        c.arg("report").arg("--report-uuid-file").arg(&uuid);
        c
    };
    let o = report().output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("not sent: no --report-url"), "{}", text(&o));
    assert!(!uuid.exists());

    let o = report().args(["--report-timeout", "soon"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(String::from_utf8_lossy(&o.stderr).contains("GATHERER_REPORT_TIMEOUT"), "{}", text(&o));

    let env_file = dir.path().join("defaults");
    fs::write(&env_file, "GATHERER_REPORT_URL=http://stats.example/submit\n").unwrap();
    let o = report().env("GATHERER_ENV_FILE", &env_file).output().unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("--report-allow-http") && err.contains("line 1"), "{err}");

    let o = report().args(["--view", "--status"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    // Every other command takes the report's settings and pays them no heed.
    let o = gatherer(dir.path()).env("GATHERER_ENV_FILE", &env_file).arg("config").output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("GATHERER_REPORT_URL"), "{}", text(&o));
}
