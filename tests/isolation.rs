//! A malformed setting of one collector never changes what another collector's check or
//! munin plugin answers. Derived from the registry: every check and graph of every
//! collector, against malformed values in every setting of every other collector, given
//! as environment variables or in the env file.

mod common;
use common::*;
use gatherer::collectors::{DynKind, KINDS};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The `GATHERER_*` variables of one collector's settings, and the flag of its state
/// file (`None`: it lives in `--state-dir`).
fn settings_of(kind: &dyn DynKind) -> (Vec<String>, Option<String>) {
    let cmd = kind.add_args(clap::Command::new("x"));
    let vars = cmd.get_arguments().filter_map(|a| Some(a.get_env()?.to_string_lossy().into_owned())).collect();
    let state = kind.add_state_args(clap::Command::new("x"));
    let flag = state.get_arguments().filter_map(|a| a.get_long()).find(|l| l.ends_with("-state")).map(str::to_string);
    (vars, flag)
}

/// Fresh state files for every collector, written by `gatherer once` on fixture roots:
/// (the arguments that name it, its path).
fn state_files(dir: &Path) -> Vec<(Vec<String>, PathBuf)> {
    let (proc_root, sys_root) = fixture_roots(dir);
    let whisper = dir.join("whisper/h1");
    fs::create_dir_all(&whisper).unwrap();
    fs::write(whisper.join("a.wsp"), b"").unwrap();
    let state_dir = dir.join("node-state");
    let mut once = gatherer(dir);
    // Every collector, those off by default too.
    let all: Vec<&str> = gatherer::collectors::names().collect();
    once.arg("once")
        .env_remove("GATHERER_COLLECTORS")
        .args(["--collectors", &all.join(",")])
        .arg("--proc-root")
        .arg(&proc_root)
        .arg("--sys-root")
        .arg(&sys_root)
        .arg("--state-dir")
        .arg(&state_dir);
    once.args(["--diskstats-interval", "0.1", "--cpu-interval", "0.1", "--network-interval", "0.1", "--whisper-root"])
        .arg(dir.join("whisper"));
    // The scripts collector runs by default where its directory exists: an empty one.
    fs::create_dir_all(dir.join("scripts.d")).unwrap();
    once.arg("--scripts-dir").arg(dir.join("scripts.d"));
    // providers runs only with a provider.
    let port = serve_json(r#"{"counters": {"a": 1}, "stats": {"b": 2}}"#);
    once.arg("--providers").arg(format!("p=http://127.0.0.1:{port}/"));
    // The guests collector runs by default where VMs have cgroups: one, in a v2 tree.
    fs::create_dir_all(sys_root.join("fs/cgroup/machine.slice/vm1.scope")).unwrap();
    fs::write(sys_root.join("fs/cgroup/cgroup.controllers"), "cpu\n").unwrap();
    once.args(["--guests-interval", "0.1"]);
    let mut files = Vec::new();
    for kind in KINDS {
        let (path, args) = match settings_of(*kind).1 {
            Some(flag) => {
                let path = dir.join(format!("{}.json", kind.name()));
                once.arg(format!("--{flag}")).arg(&path);
                (path.clone(), vec![format!("--{flag}"), path.display().to_string()])
            }
            None => (
                state_dir.join(format!("{}.json", kind.name())),
                vec!["--state-dir".into(), state_dir.display().to_string()],
            ),
        };
        files.push((args, path));
    }
    let o = once.output().unwrap();
    assert!(o.status.success(), "{}", text(&o));
    for (_, path) in &files {
        assert!(path.exists(), "{} written: {}", path.display(), text(&o));
    }
    files
}

#[test]
fn another_collectors_bad_setting_changes_no_check_and_no_graph() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let files = state_files(d);
    let mut asked = 0;
    for (i, kind) in KINDS.iter().enumerate() {
        // Malformed values for every setting of every other collector.
        let bad: Vec<(String, &str)> = KINDS
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .flat_map(|(_, k)| settings_of(*k).0)
            .map(|v| (v, "%%malformed%%"))
            .collect();
        assert!(!bad.is_empty());
        let env_file = d.join(format!("bad-{}.env", kind.name()));
        let text_of: String = bad.iter().map(|(k, v)| format!("{k}='{v}'\n")).collect();
        fs::write(&env_file, text_of).unwrap();
        let (state_args, path) = &files[i];
        let mut plugins: Vec<Vec<String>> = kind
            .checks()
            .iter()
            .map(|c| [vec!["check".into(), c.name().into()], state_args.clone()].concat())
            .collect();
        for g in kind.graphs() {
            // A wildcard plugin's base (`name_`) is only ever asked what to link.
            let actions: &[&str] = if g.link().ends_with('_') { &["suggest"] } else { &["config", "fetch"] };
            for &action in actions {
                plugins.push(vec!["munin".into(), "--graph".into(), g.link().into(), action.into()]);
            }
        }
        for args in plugins {
            let run = |env: &[(String, &str)], env_file: Option<&Path>| {
                let mut c = gatherer(d);
                c.args(&args).env("statefile", path);
                for (k, v) in env {
                    c.env(k, v);
                }
                if let Some(f) = env_file {
                    c.env("GATHERER_ENV_FILE", f);
                }
                let o = c.output().unwrap();
                (o.status.code(), String::from_utf8_lossy(&o.stdout).into_owned())
            };
            let clean = run(&[], None);
            // A CPU percentage needs ticks to pass, which a fixture's /proc/stat never has.
            // A check of the real kernel (the clock's sync state) may rightly warn on this
            // host; only UNKNOWN says a check could not read its state.
            assert!(
                clean.0.is_some_and(|c| c <= 2) || clean.1.contains("yet"),
                "{args:?} works when nothing is malformed: {clean:?}"
            );
            assert_eq!(run(&bad, None), clean, "{args:?} with other collectors' settings malformed in the environment");
            assert_eq!(run(&[], Some(&env_file)), clean, "{args:?} with them malformed in the env file");
            asked += 1;
        }
    }
    assert!(asked >= 21, "every check and graph was asked ({asked})");
}

#[test]
fn the_issues_own_examples() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let files = state_files(d);
    let disk = &files[0].1;
    let o = gatherer(d)
        .env("GATHERER_VSPHERE_TIMEOUT", "30s")
        .args(["check", "disk-util", "--diskstats-state"])
        .arg(disk)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("GATHERER DISK-UTIL OK"), "{}", text(&o));
    let env_file = d.join("env");
    fs::write(&env_file, "GATHERER_WHISPER_THREADS=0\n").unwrap();
    let link = d.join("gatherer_diskutil");
    std::os::unix::fs::symlink(bin(), &link).unwrap();
    let o = Command::new(&link).env("GATHERER_ENV_FILE", &env_file).env("statefile", disk).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains(".value "), "{}", text(&o));
    // The daemon, which runs whisper, does refuse it, naming where it came from.
    let o = gatherer(d).env("GATHERER_ENV_FILE", &env_file).args(["once", "--collectors", "whisper"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(text(&o).contains("GATHERER_WHISPER_THREADS") && text(&o).contains("line 1"), "{}", text(&o));
}
