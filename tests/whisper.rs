//! The whisper counter on fixture trees, checked against an independent count: Python's
//! `os.walk` with `fnmatch('*.wsp')`, which is what graphite-web's own finder runs.

mod common;
use common::*;
use gatherer::collectors::whisper::{Counts, Tree};
use std::fs;
use std::os::unix::fs::symlink;
use std::path::Path;
use std::process::Command;

const REFERENCE: &str = r#"
import fnmatch, os, sys
root = sys.argv[1]
hosts = metrics = dirs = 0
for here, subdirs, files in os.walk(root):
    real = [d for d in subdirs if not os.path.islink(os.path.join(here, d))]
    dirs += len(real)
    if here == root:
        hosts = len(real)
    metrics += sum(1 for f in files if fnmatch.fnmatch(f, '*.wsp'))
print(hosts, metrics, dirs)
"#;

/// (hosts, metrics, dirs) by graphite-web's rules, or None when python3 is missing.
fn reference(root: &Path) -> Option<(u64, u64, u64)> {
    if !have("python3") {
        peer_missing("python3 (the independent os.walk count)");
        return None;
    }
    let o = Command::new("python3").arg("-c").arg(REFERENCE).arg(root).output().unwrap();
    assert!(o.status.success(), "{}", text(&o));
    let v: Vec<u64> = String::from_utf8_lossy(&o.stdout).split_whitespace().map(|x| x.parse().unwrap()).collect();
    Some((v[0], v[1], v[2]))
}

fn hmd(c: Counts) -> (u64, u64, u64) {
    (c.hosts, c.metrics, c.dirs)
}

fn touch(p: &Path) {
    fs::create_dir_all(p.parent().unwrap()).unwrap();
    fs::write(p, b"").unwrap();
}

/// Set every directory's mtime a minute back, so nothing is "racy" for the next scan.
fn age(root: &Path) {
    let past = libc::timespec { tv_sec: (gatherer::util::timefmt::now_unix_ms() / 1000) - 60, tv_nsec: 0 };
    let times = [past, past];
    let mut stack = vec![root.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).unwrap() {
            let e = e.unwrap();
            if e.file_type().unwrap().is_dir() {
                stack.push(e.path());
            }
        }
        let c = std::ffi::CString::new(d.as_os_str().as_encoded_bytes()).unwrap();
        // SAFETY: NUL-terminated path and a two-element timespec array.
        assert_eq!(unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), times.as_ptr(), 0) }, 0);
    }
}

/// Every edge case the docs decide, in one tree.
fn edge_tree(root: &Path) {
    for f in [
        "web1/cpu/user.wsp",
        "web1/cpu/system.wsp",
        "web1/cpu/.hidden.wsp",    // hidden: os.walk lists it, fnmatch matches
        "web1/cpu/.wsp",           // bare: '*' matches the empty name
        "web1/cpu/idle.wsp.tmp",   // carbon's temp file: not a metric
        "web1/cpu/.user.wsp.lock", // lock file: not a metric
        "web1/cpu/USER.WSP",       // fnmatch is case-sensitive on POSIX
        "web1/disk/sda/util.wsp",
        "db.example.com/load.wsp", // dots in names are fine
        "carbon/agents/graphite-a/cpuUsage.wsp",
        "carbon/agents/graphite-a/metricsReceived.wsp",
        "top.wsp", // a metric directly under the root, not a host
        "README",
        "empty-host/.keep",
        "weird.wsp/inner.wsp", // a directory named *.wsp is walked, not counted
    ] {
        touch(&root.join(f));
    }
    symlink("user.wsp", root.join("web1/cpu/alias.wsp")).unwrap(); // symlink to a file: a metric
    symlink("nowhere.wsp", root.join("web1/cpu/dangling.wsp")).unwrap(); // os.walk lists it too
    symlink("web1", root.join("web1-link")).unwrap(); // directory symlink: not a host, not walked
    symlink("../disk", root.join("web1/cpu/disk.wsp")).unwrap(); // dir symlink named *.wsp: not a metric
    fs::create_dir_all(root.join("web1/deep/a/b/c/d/e")).unwrap();
    touch(&root.join("web1/deep/a/b/c/d/e/x.wsp"));
    fs::create_dir(root.join(".hidden-host")).unwrap();
    touch(&root.join(".hidden-host/m.wsp"));
    std::os::unix::net::UnixListener::bind(root.join("web1/cpu/socket.wsp")).unwrap();
    // not a dir: os.walk files it
}

#[test]
fn counts_every_edge_case_like_graphite_web() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("whisper");
    edge_tree(&root);
    let Some(want) = reference(&root) else { return };
    let mut tree = Tree::new(&root);
    let got = tree.full_scan().unwrap();
    assert_eq!(hmd(got), want, "full scan vs os.walk");
    // Spelled out, so a shared mistake in the reference would show too.
    assert_eq!(got.hosts, 6, "web1 db.example.com carbon empty-host weird.wsp .hidden-host; links are not hosts");
    // web1/cpu: user system .hidden .wsp alias dangling socket (7); util, x (9); load (10);
    // carbon's 2 (12); top (13); weird.wsp/inner (14); .hidden-host/m (15).
    assert_eq!(got.metrics, 15);
    assert_eq!(got.dirs, 17);
    assert_eq!(got.unreadable_dirs, 0);
    let threaded = Tree::new(&root).with_threads(4).full_scan().unwrap();
    assert_eq!(threaded, got, "hosts scanned on 4 threads count the same");
}

#[test]
fn incremental_scans_follow_every_kind_of_change() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("whisper");
    edge_tree(&root);
    for h in 0..20 {
        for m in 0..5 {
            touch(&root.join(format!("servers/h{h}/cpu/m{m}.wsp")));
        }
    }
    age(&root);
    // Threads for the full scan, so the grafted tree is what the incremental scans walk.
    let mut tree = Tree::new(&root).with_threads(3);
    let full = tree.full_scan().unwrap();
    let Some(want) = reference(&root) else { return };
    assert_eq!(hmd(full), want);

    let same = tree.incremental().unwrap();
    assert_eq!(same, full);
    assert_eq!(tree.dirs_read(), 0, "nothing changed: every directory only stat'ed");

    // New metrics in an old dir, a new host with a nested tree, a removed subtree, a
    // renamed directory, a directory replaced by another of the same name.
    touch(&root.join("servers/h3/cpu/new.wsp"));
    for m in 0..7 {
        touch(&root.join(format!("newhost/a/b/m{m}.wsp")));
    }
    fs::remove_dir_all(root.join("servers/h5")).unwrap();
    fs::rename(root.join("servers/h6"), root.join("servers/h6-renamed")).unwrap();
    fs::remove_dir_all(root.join("servers/h7/cpu")).unwrap();
    touch(&root.join("servers/h7/cpu/only.wsp"));
    fs::remove_file(root.join("web1/cpu/user.wsp")).unwrap();
    let inc = tree.incremental().unwrap();
    let want = reference(&root).unwrap();
    assert_eq!(hmd(inc), want, "incremental after changes vs os.walk");
    assert_eq!(hmd(tree.full_scan().unwrap()), want, "and a full rescan agrees");
    assert!(tree.dirs_read() > 0);
}

#[test]
fn a_change_in_the_same_tick_as_the_read_is_not_missed() {
    // No aging: every directory is fresh ("racy") and must be re-read, however quickly
    // the next change and the next scan follow.
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("whisper");
    touch(&root.join("h/cpu/a.wsp"));
    let mut tree = Tree::new(&root);
    assert_eq!(tree.full_scan().unwrap().metrics, 1);
    for i in 0..50 {
        touch(&root.join(format!("h/cpu/b{i}.wsp")));
        assert_eq!(tree.incremental().unwrap().metrics, 2 + i, "change {i} seen");
    }
}

#[test]
fn missing_root_is_an_error_that_recovers() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("whisper");
    let mut tree = Tree::new(&root);
    let err = format!("{:#}", tree.full_scan().unwrap_err());
    assert!(err.contains("does not exist") && err.contains(&root.display().to_string()), "{err}");
    touch(&root.join("h/m.wsp"));
    assert_eq!(tree.full_scan().unwrap().metrics, 1);
    fs::remove_dir_all(&root).unwrap();
    assert!(tree.incremental().is_err(), "root vanished");
    assert!(!tree.is_scanned(), "the next scan is a full one");
}

#[test]
fn memory_stays_under_64_bytes_a_directory() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("whisper");
    for h in 0..200 {
        for d in 0..10 {
            fs::create_dir_all(root.join(format!("h{h}/d{d}"))).unwrap();
        }
    }
    let mut tree = Tree::new(&root).with_inotify(true);
    let c = tree.full_scan().unwrap();
    assert_eq!(c.dirs, 2200);
    assert!(tree.is_watching());
    assert!(tree.bytes_per_dir() < 64.0, "after a full scan: {}", tree.bytes_per_dir());
    for h in 200..230 {
        fs::create_dir_all(root.join(format!("h{h}/d0"))).unwrap();
    }
    assert_eq!(tree.incremental().unwrap().dirs, 2260);
    assert!(tree.bytes_per_dir() < 64.0, "after growing: {}", tree.bytes_per_dir());
}

#[test]
fn files_churning_during_scans_never_leave_a_wrong_count_once_quiet() {
    churn(false);
}

#[test]
fn files_churning_under_inotify_never_leave_a_wrong_count_once_quiet() {
    churn(true);
}

fn churn(inotify: bool) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("whisper");
    for h in 0..10 {
        touch(&root.join(format!("h{h}/base.wsp")));
    }
    let mut tree = Tree::new(&root).with_inotify(inotify);
    tree.full_scan().unwrap();
    assert_eq!(tree.is_watching(), inotify);
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let churn = {
        let (root, stop) = (root.clone(), stop.clone());
        std::thread::spawn(move || {
            let mut i = 0u64;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let h = i % 10;
                let d = root.join(format!("h{h}/sub{}", i % 7));
                let _ = fs::create_dir_all(&d);
                let _ = fs::write(d.join(format!("m{i}.wsp")), b"");
                if i % 3 == 0 {
                    let _ = fs::remove_file(d.join(format!("m{}.wsp", i.saturating_sub(9))));
                }
                if i % 11 == 0 {
                    let _ = fs::remove_dir_all(root.join(format!("h{}/sub{}", (i + 5) % 10, i % 7)));
                }
                i += 1;
            }
        })
    };
    for _ in 0..200 {
        tree.incremental().unwrap();
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    churn.join().unwrap();
    let Some(want) = reference(&root) else { return };
    assert_eq!(hmd(tree.incremental().unwrap()), want, "first quiet incremental scan is exact");
}

#[test]
fn unreadable_directories_are_counted_and_never_stop_the_scan() {
    if !is_root() || !have("setpriv") {
        return peer_missing("root and setpriv (to make a directory unreadable to the daemon's user)");
    }
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
    let root = dir.path().join("whisper");
    for f in ["a/cpu/x.wsp", "a/cpu/y.wsp", "secret/inner/z.wsp", "b/w.wsp"] {
        touch(&root.join(f));
    }
    fs::set_permissions(root.join("secret"), fs::Permissions::from_mode(0o700)).unwrap();
    let bin = dir.path().join("gatherer");
    common::copy_program(&bin);
    let out_dir = dir.path().join("out");
    fs::create_dir(&out_dir).unwrap();
    std::os::unix::fs::chown(&out_dir, Some(65534), Some(65534)).unwrap();
    let state = out_dir.join("whisper.nb_metrics");
    let o = Command::new("setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .arg(&bin)
        .env_clear()
        .env("GATHERER_ENV_FILE", "/nonexistent")
        .args(["once", "--collectors", "whisper", "--whisper-root"])
        .arg(&root)
        .arg("--whisper-state")
        .arg(&state)
        .output()
        .unwrap();
    assert!(o.status.success(), "an unreadable directory is not a failure: {}", text(&o));
    assert!(text(&o).contains("cannot read") && text(&o).contains("secret"), "logged: {}", text(&o));
    let s = json(&state);
    assert_eq!(
        (s["hosts"].as_u64(), s["metrics"].as_u64(), s["unreadable_dirs"].as_u64()),
        (Some(3), Some(3), Some(1)),
        "{s}"
    );
    assert_eq!(s["scan"], "full");
}

#[test]
fn inotify_rereads_only_the_directories_that_changed() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("whisper");
    for h in 0..30 {
        for m in 0..3 {
            touch(&root.join(format!("h{h}/cpu/m{m}.wsp")));
        }
    }
    age(&root);
    let mut tree = Tree::new(&root).with_inotify(true);
    let full = tree.full_scan().unwrap();
    assert!(tree.is_watching(), "a 61-directory tree fits any watch budget");
    assert!(!tree.has_pending_events());
    assert_eq!(tree.incremental().unwrap(), full);
    assert_eq!(tree.dirs_read(), 0);

    touch(&root.join("h4/cpu/new.wsp"));
    for m in 0..4 {
        touch(&root.join(format!("fresh/a/b/m{m}.wsp")));
    }
    fs::remove_dir_all(root.join("h9")).unwrap();
    assert!(tree.has_pending_events());
    let inc = tree.incremental().unwrap();
    let Some(want) = reference(&root) else { return };
    assert_eq!(hmd(inc), want);
    assert!(tree.dirs_read() < 20, "only the named directories and the new ones: {}", tree.dirs_read());
    // Directories created under a new one after it was read are caught too.
    touch(&root.join("fresh/a/b/c/deeper.wsp"));
    assert_eq!(hmd(tree.incremental().unwrap()), reference(&root).unwrap());
}

#[test]
fn the_daemon_shows_new_metrics_within_seconds_not_at_the_interval() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("whisper");
    touch(&root.join("h1/cpu/a.wsp"));
    let state = dir.path().join("whisper.nb_metrics");
    let mut child = gatherer(dir.path())
        .args(["run", "--collectors", "whisper", "--whisper-interval", "300", "--whisper-root"])
        .arg(&root)
        .arg("--whisper-state")
        .arg(&state)
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let metrics = || state.exists().then(|| json(&state)).and_then(|s| s["metrics"].as_u64().map(|m| (m, s)));
    eventually(10, "the first full scan", || metrics().filter(|(m, _)| *m == 1));
    touch(&root.join("h2/mem/b.wsp"));
    touch(&root.join("h1/cpu/c.wsp"));
    let (_, s) = eventually(15, "new metrics within seconds", || metrics().filter(|(m, _)| *m == 3));
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(s["scan"], "incremental");
    assert_eq!(s["hosts"], 2);
}

#[test]
fn paths_longer_than_path_max_are_counted_and_followed() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("whisper");
    let long = "x".repeat(240);
    // 20 names of 240 characters under a host: 4,800 bytes, past PATH_MAX (4,096).
    assert_eq!(deep_chain(&root.join("host"), &long, 20, "m.wsp", None, |level| level >= 17), 3);
    for inotify in [true, false] {
        let mut tree = Tree::new(&root).with_inotify(inotify);
        assert_eq!(hmd(tree.full_scan().unwrap()), (1, 3, 21), "inotify {inotify}");
        assert_eq!(tree.is_watching(), inotify, "every directory watched, however long its path");
        assert_eq!(tree.counts().unreadable_dirs, 0);
        // A new branch past PATH_MAX, a new metric at the very bottom, then the branch goes.
        deep_chain(&root.join("host2"), &long, 25, "m.wsp", None, |level| level == 24);
        assert_eq!(hmd(tree.incremental().unwrap()), (2, 4, 47), "inotify {inotify}: new branch");
        deep_chain(&root.join("host"), &long, 20, &format!("n{inotify}.wsp"), None, |level| level == 19);
        assert_eq!(hmd(tree.incremental().unwrap()), (2, 5, 47), "inotify {inotify}: new metric at the bottom");
        remove_deep(&root.join("host2"));
        assert_eq!(hmd(tree.incremental().unwrap()), (1, 4, 21), "inotify {inotify}: branch removed");
        assert_eq!(tree.counts().unreadable_dirs, 0);
        // Leave the bottom as it was for the next round.
        let bottom_file = format!("n{inotify}.wsp");
        let mut p = root.join("host");
        for _ in 0..20 {
            p.push(&long);
        }
        let _ = p; // too long for a path call; remove through the chain instead
        deep_chain(&root.join("host"), &long, 20, &bottom_file, None, |_| false);
        remove_bottom_file(&root.join("host"), &long, 20, &bottom_file);
    }
    remove_deep(&root);
}

/// Unlink `file` from the bottom of a `depth`-long chain of `name` under `top`.
fn remove_bottom_file(top: &Path, name: &str, depth: usize, file: &str) {
    use rustix::fs::{AtFlags, Mode, OFlags};
    let flags = OFlags::RDONLY | OFlags::DIRECTORY;
    let mut fd = rustix::fs::open(top, flags, Mode::empty()).unwrap();
    for _ in 0..depth {
        fd = rustix::fs::openat(&fd, name, flags, Mode::empty()).unwrap();
    }
    rustix::fs::unlinkat(&fd, file, AtFlags::empty()).unwrap();
}

#[test]
fn a_tree_20000_levels_deep_is_counted_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("whisper");
    let metrics = deep_chain(&root.join("h"), "d", 20_000, "m.wsp", None, |level| level % 7 == 0 || level % 13 == 0);
    assert!(metrics > 3000);
    // A comb: every level of a 2,000-deep chain also holds a leaf directory with a
    // metric, so a walk must come back up to every level (descriptors stay bounded).
    deep_chain(&root.join("comb"), "c", 2_000, "m.wsp", Some("leaf"), |_| false);
    let want = (2, metrics + 2_000, 20_001 + 1 + 4_000);
    for (threads, inotify) in [(1, true), (3, true), (1, false)] {
        let mut tree = Tree::new(&root).with_threads(threads).with_inotify(inotify);
        assert_eq!(hmd(tree.full_scan().unwrap()), want, "{threads} threads, inotify {inotify}");
        assert_eq!(tree.counts().unreadable_dirs, 0);
        assert_eq!(tree.is_watching(), inotify, "26,000 directories fit the watch budget");
        // A change at the very bottom of the deep chain, and at the bottom of the comb.
        let tag = format!("t{threads}{inotify}.wsp");
        deep_chain(&root.join("h"), "d", 20_000, &tag, None, |level| level == 19_999);
        deep_chain(&root.join("comb"), "c", 2_000, &tag, None, |level| level == 1_999);
        let after = tree.incremental().unwrap();
        assert_eq!(hmd(after), (2, want.1 + 2, want.2), "{threads} threads, inotify {inotify}");
        remove_bottom_file(&root.join("h"), "d", 20_000, &tag);
        remove_bottom_file(&root.join("comb"), "c", 2_000, &tag);
        assert_eq!(hmd(tree.incremental().unwrap()), want);
    }
    remove_deep(&root);
}
