//! The state writer in a sticky world-writable directory, as root and as an ordinary
//! user, with files and symlinks planted by someone else. Needs root (to plant files as
//! another user and to become `nobody`).

mod common;
use common::*;
use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const NOBODY: u32 = 65534;

struct Env {
    _dir: tempfile::TempDir,
    root: PathBuf,
    bin: PathBuf,
    sticky: PathBuf,
}

/// A world-readable tree with a copy of the binary, fixture roots, and a /tmp-like dir.
fn setup() -> Option<Env> {
    if !is_root() {
        peer_missing("root (to plant files as another user and run as nobody)");
        return None;
    }
    if !have("setpriv") {
        peer_missing("setpriv (util-linux)");
        return None;
    }
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().to_path_buf();
    fs::set_permissions(&root, fs::Permissions::from_mode(0o755)).unwrap();
    fixture_roots(&root);
    let bin = root.join("gatherer");
    common::copy_program(&bin);
    let sticky = root.join("tmp");
    fs::create_dir(&sticky).unwrap();
    fs::set_permissions(&sticky, fs::Permissions::from_mode(0o1777)).unwrap();
    Some(Env { _dir: dir, root, bin, sticky })
}

impl Env {
    fn once(&self, as_nobody: bool, state: &Path) -> Output {
        let mut c = if as_nobody {
            let mut c = Command::new("setpriv");
            c.args(["--reuid=65534", "--regid=65534", "--clear-groups"]).arg(&self.bin);
            c
        } else {
            Command::new(&self.bin)
        };
        c.env_clear()
            .env("GATHERER_ENV_FILE", self.root.join("none"))
            .args(["once", "--collectors", "diskstats", "--diskstats-interval", "0.1", "--proc-root"])
            .arg(self.root.join("proc"))
            .arg("--sys-root")
            .arg(self.root.join("sys"))
            .arg("--diskstats-state")
            .arg(state)
            .output()
            .unwrap()
    }
}

fn chown(path: &Path, uid: u32) {
    std::os::unix::fs::lchown(path, Some(uid), Some(uid)).unwrap();
}

#[test]
fn root_replaces_a_file_planted_by_another_user_and_owns_the_result() {
    let Some(env) = setup() else { return };
    let target = env.sticky.join("state.json");
    fs::write(&target, b"planted").unwrap();
    chown(&target, NOBODY);
    let o = env.once(false, &target);
    assert!(o.status.success(), "{}", text(&o));
    let meta = fs::symlink_metadata(&target).unwrap();
    assert_eq!((meta.uid(), meta.mode() & 0o7777), (0, 0o644), "root-owned, 0644, never chowned to the planter");
    assert_eq!(json(&target)["status"], "ok");
}

#[test]
fn non_root_daemon_says_clearly_it_cannot_replace_a_planted_file() {
    let Some(env) = setup() else { return };
    let target = env.sticky.join("state.json");
    fs::write(&target, b"planted by root").unwrap();
    let o = env.once(true, &target);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let out = text(&o);
    assert!(out.contains("belongs to uid 0") && out.contains("sticky"), "{out}");
    assert_eq!(fs::read(&target).unwrap(), b"planted by root");
    assert_eq!(temp_files(&env.sticky), Vec::<String>::new(), "no temp file left behind");
}

#[test]
fn non_root_daemon_never_writes_through_a_planted_symlink() {
    let Some(env) = setup() else { return };
    let victim = env.root.join("victim");
    fs::write(&victim, b"precious").unwrap();
    fs::set_permissions(&victim, fs::Permissions::from_mode(0o666)).unwrap();
    let target = env.sticky.join("state.json");
    std::os::unix::fs::symlink(&victim, &target).unwrap();
    let o = env.once(true, &target);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(text(&o).contains("belongs to uid 0"), "{}", text(&o));
    assert_eq!(fs::read(&victim).unwrap(), b"precious", "the link target is untouched even though nobody may write it");
}

#[test]
fn non_root_daemon_owns_and_replaces_its_own_file() {
    let Some(env) = setup() else { return };
    let target = env.sticky.join("state.json");
    for _ in 0..2 {
        let o = env.once(true, &target);
        assert!(o.status.success(), "{}", text(&o));
    }
    assert_eq!(fs::metadata(&target).unwrap().uid(), NOBODY);
}

#[test]
fn read_only_directory_is_a_clear_error() {
    let Some(env) = setup() else { return };
    let ro = env.root.join("ro");
    fs::create_dir(&ro).unwrap();
    fs::set_permissions(&ro, fs::Permissions::from_mode(0o555)).unwrap();
    let o = env.once(true, &ro.join("state.json"));
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let out = text(&o);
    assert!(out.contains("cannot create a temp file in directory") && out.contains(&ro.display().to_string()), "{out}");
    assert!(out.contains("Permission denied"), "{out}");
}

/// This host may have fs.protected_symlinks=0, so the kernel would follow another user's
/// symlink in a sticky directory: a root daemon must refuse it by itself, whether it is
/// a state file's directory or the state directory (or a parent of the one to make), and
/// write nothing into the link's target. A root-owned link there is followed as before.
#[test]
fn another_users_symlink_in_a_sticky_directory_is_never_followed() {
    let Some(env) = setup() else { return };
    let victim = env.root.join("victim");
    fs::create_dir(&victim).unwrap();
    let link = env.sticky.join("link");
    std::os::unix::fs::symlink(&victim, &link).unwrap();
    chown(&link, NOBODY);
    let once = |args: &[&std::ffi::OsStr]| {
        let o = Command::new(&env.bin)
            .env_clear()
            .env("GATHERER_ENV_FILE", env.root.join("none"))
            .args(["once", "--collectors", "memory,diskstats", "--diskstats-interval", "0.1", "--proc-root"])
            .arg(env.root.join("proc"))
            .arg("--sys-root")
            .arg(env.root.join("sys"))
            .args(args)
            .output()
            .unwrap();
        (o.status.code(), text(&o))
    };
    let in_victim = || fs::read_dir(&victim).unwrap().map(|e| e.unwrap().file_name()).collect::<Vec<_>>();
    let named = |out: &str| out.contains(&link.display().to_string()) && out.contains("uid 65534");

    // A state file's directory.
    let state_dir = env.root.join("state");
    let state = link.join("d.json");
    let (code, out) =
        once(&["--diskstats-state".as_ref(), state.as_os_str(), "--state-dir".as_ref(), state_dir.as_os_str()]);
    assert_eq!(code, Some(1), "{out}");
    assert!(named(&out) && out.contains("symlink"), "{out}");
    assert!(in_victim().is_empty(), "nothing written through the link: {:?}", in_victim());

    // The state directory itself, and a directory to make below it.
    for dir in [link.clone(), link.join("sub")] {
        let d = env.root.join("d.json");
        let (code, out) = once(&["--state-dir".as_ref(), dir.as_os_str(), "--diskstats-state".as_ref(), d.as_os_str()]);
        assert_eq!(code, Some(1), "{out}");
        assert!(named(&out), "{}: {out}", dir.display());
        assert!(
            in_victim().is_empty(),
            "{}: nothing made or written through the link: {:?}",
            dir.display(),
            in_victim()
        );
    }

    // Root's own link in the same place is an operator's choice: followed.
    chown(&link, 0);
    let (code, out) =
        once(&["--state-dir".as_ref(), link.as_os_str(), "--diskstats-state".as_ref(), state.as_os_str()]);
    assert_eq!(code, Some(0), "{out}");
    assert!(victim.join("memory.json").exists() && victim.join("d.json").exists(), "{out}");
}
