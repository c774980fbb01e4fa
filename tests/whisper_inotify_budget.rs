//! With a watch budget smaller than the tree, the whisper collector says so at INFO once
//! and counts by mtime walk, still exactly. Alone in its test binary because it lowers
//! the machine-wide fs.inotify.max_user_watches for a moment (root only).

mod common;
use common::*;
use std::fs;

const SYSCTL: &str = "/proc/sys/fs/inotify/max_user_watches";

struct Restore(String);
impl Drop for Restore {
    fn drop(&mut self) {
        let _ = fs::write(SYSCTL, &self.0);
    }
}

#[test]
fn too_small_a_watch_budget_falls_back_to_the_mtime_walk() {
    if !is_root() {
        return peer_missing("root (to lower fs.inotify.max_user_watches for this test)");
    }
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("whisper");
    for h in 0..40 {
        let d = root.join(format!("h{h}/cpu"));
        fs::create_dir_all(&d).unwrap();
        fs::write(d.join("m.wsp"), b"").unwrap();
    }
    let _restore = Restore(fs::read_to_string(SYSCTL).unwrap());
    fs::write(SYSCTL, "20\n").unwrap();
    let state = dir.path().join("whisper.nb_metrics");
    let log = dir.path().join("gatherer.log");
    let mut child = gatherer(dir.path())
        .args(["run", "--collectors", "whisper", "--whisper-interval", "1", "--whisper-root"])
        .arg(&root)
        .arg("--whisper-state")
        .arg(&state)
        .arg("--log-file")
        .arg(&log)
        .spawn()
        .unwrap();
    let metrics = || state.exists().then(|| json(&state)["metrics"].as_u64()).flatten();
    eventually(10, "the first count", || metrics().filter(|m| *m == 40));
    fs::write(root.join("h3/cpu/new.wsp"), b"").unwrap();
    eventually(10, "the mtime walk to see the new metric", || metrics().filter(|m| *m == 41));
    let _ = child.kill();
    let _ = child.wait();
    let text = fs::read_to_string(&log).unwrap();
    assert_eq!(text.matches("max_user_watches").count(), 1, "said once, at INFO: {text}");
    assert!(text.contains("INFO ") && text.contains("mtime walk"), "{text}");
}
