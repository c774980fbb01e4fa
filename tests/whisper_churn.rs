//! The whisper collector inside the daemon while directories churn under it (`mkdir -p`
//! and `rm -rf` of hundreds of directories, as carbon and an operator's cleanup do):
//! it keeps writing on time, the other collectors keep writing, nothing aborts when the
//! daemon is stopped or killed at any moment, and once the churn stops the counts equal
//! graphite-web's own (`os.walk`).

mod common;
use common::*;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

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

/// Threads that create and remove directory trees under `root` until told to stop. Two
/// `mkdir -p` a few hundred directories a round, some of them 40 levels deep, with
/// metrics, and `rm -rf` what the round before last made; a third runs the shell loop
/// `mkdir -p t/{1..300}; rm -rf t`, so directories vanish between being read and being
/// watched, and new ones keep appearing while the collector reads the ones before them.
fn churn(root: PathBuf, stop: Arc<AtomicBool>) -> std::thread::JoinHandle<u64> {
    std::thread::spawn(move || {
        let workers: Vec<_> = (0..2)
            .map(|w| {
                let (root, stop) = (root.clone(), stop.clone());
                std::thread::spawn(move || {
                    let mut round = 0u64;
                    let deep: PathBuf = (0..40).map(|i| format!("l{i}")).collect();
                    while !stop.load(Ordering::Relaxed) {
                        for i in 0..40 {
                            let base = root.join(format!("h{}/w{w}r{round}/b{i}", i % 12));
                            let d = if i % 8 == 0 { base.join(&deep) } else { base.join("c/d") };
                            let _ = fs::create_dir_all(&d);
                            let _ = fs::write(d.join("m.wsp"), b"");
                        }
                        if round >= 2 {
                            for h in 0..12 {
                                let _ = fs::remove_dir_all(root.join(format!("h{h}/w{w}r{}", round - 2)));
                            }
                        }
                        round += 1;
                    }
                    round
                })
            })
            .chain(std::iter::once({
                let (root, stop) = (root.clone(), stop.clone());
                std::thread::spawn(move || {
                    let t = root.join("h0/t");
                    let mut loops = 0;
                    while !stop.load(Ordering::Relaxed) {
                        for i in 1..=300 {
                            let _ = fs::create_dir_all(t.join(i.to_string()));
                        }
                        let _ = fs::remove_dir_all(&t);
                        loops += 1;
                    }
                    loops
                })
            }))
            .collect();
        workers.into_iter().map(|w| w.join().unwrap()).sum()
    })
}

fn seed(root: &Path) {
    for h in 0..12 {
        let d = root.join(format!("h{h}/base"));
        fs::create_dir_all(&d).unwrap();
        fs::write(d.join("m.wsp"), b"").unwrap();
    }
}

fn spawn(dir: &Path, root: &Path, log: &Path) -> Child {
    let (proc_root, sys_root) = (dir.join("proc"), dir.join("sys"));
    gatherer(dir)
        .args(["run", "--collectors", "whisper,diskstats", "--whisper-interval", "2", "--diskstats-interval", "0.5"])
        .arg("--whisper-root")
        .arg(root)
        .arg("--whisper-state")
        .arg(dir.join("w.json"))
        .arg("--diskstats-state")
        .arg(dir.join("d.json"))
        .arg("--proc-root")
        .arg(&proc_root)
        .arg("--sys-root")
        .arg(&sys_root)
        .arg("--log-file")
        .arg(log)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

fn attempted(path: &Path) -> Option<i64> {
    let bytes = fs::read(path).ok()?;
    serde_json::from_slice::<serde_json::Value>(&bytes).ok()?["attempted_at_unix"].as_i64()
}

#[test]
fn under_sustained_churn_the_daemon_writes_on_time_and_is_exact_after() {
    let dir = tempfile::tempdir().unwrap();
    fixture_roots(dir.path());
    let root = dir.path().join("whisper");
    seed(&root);
    let log = dir.path().join("gatherer.log");
    let mut child = spawn(dir.path(), &root, &log);
    let (w, d) = (dir.path().join("w.json"), dir.path().join("d.json"));
    eventually(20, "a first whisper count", || attempted(&w));
    let stop = Arc::new(AtomicBool::new(false));
    let churner = churn(root.clone(), stop.clone());
    // Watch both state files for 12 s of churn: note when each write appears.
    let (mut last_w, mut last_d) = (attempted(&w), attempted(&d));
    let (mut seen_w, mut seen_d) = (Instant::now(), Instant::now());
    let (mut worst_w, mut worst_d) = (Duration::ZERO, Duration::ZERO);
    let until = Instant::now() + Duration::from_secs(12);
    while Instant::now() < until {
        std::thread::sleep(Duration::from_millis(50));
        let (now_w, now_d) = (attempted(&w), attempted(&d));
        if now_w.is_some() && now_w != last_w {
            worst_w = worst_w.max(seen_w.elapsed());
            (last_w, seen_w) = (now_w, Instant::now());
        }
        if now_d.is_some() && now_d != last_d {
            worst_d = worst_d.max(seen_d.elapsed());
            (last_d, seen_d) = (now_d, Instant::now());
        }
    }
    worst_w = worst_w.max(seen_w.elapsed());
    worst_d = worst_d.max(seen_d.elapsed());
    stop.store(true, Ordering::Relaxed);
    let rounds = churner.join().unwrap();
    assert!(rounds > 5, "the churn ran ({rounds} rounds)");
    assert!(
        child.try_wait().unwrap().is_none(),
        "the daemon survived the churn: {}",
        fs::read_to_string(&log).unwrap()
    );
    // attempted_at_unix has whole seconds: a write every 2 s shows as a change every 1-3 s.
    // At most one interval late: no gap above two intervals (plus that rounding).
    assert!(worst_w <= Duration::from_millis(5_000), "whisper writes stalled for {worst_w:?}");
    assert!(worst_d <= Duration::from_millis(2_500), "diskstats writes stalled for {worst_d:?}");
    let want = reference(&root);
    let got = eventually(20, "the count to settle on the independent one", || {
        let s = json(&w);
        let got = (s["hosts"].as_u64()?, s["metrics"].as_u64()?, s["dirs"].as_u64()?);
        (Some(got) == want || want.is_none()).then_some(got)
    });
    unsafe_kill(&child, libc::SIGTERM);
    assert_eq!(eventually(10, "exit", || child.try_wait().unwrap()).code(), Some(0));
    let log = fs::read_to_string(&log).unwrap();
    assert!(!log.contains("panicked"), "{log}");
    assert_eq!(json(&w)["status"], "ok", "{got:?}");
}

fn unsafe_kill(child: &Child, sig: i32) {
    // SAFETY: plain kill(2) on our own child.
    assert_eq!(unsafe { libc::kill(child.id() as i32, sig) }, 0);
}

/// Start, churn, stop (SIGTERM) or kill (SIGKILL) at an arbitrary moment, over and over,
/// for a bounded time. A SIGTERM always ends in exit 0, nothing ever aborts (the old
/// recursion died with SIGABRT, exit 134), and every state file left is whole JSON.
#[test]
fn churn_and_kill_never_aborts_and_leaves_whole_state_files() {
    let dir = tempfile::tempdir().unwrap();
    fixture_roots(dir.path());
    let root = dir.path().join("whisper");
    seed(&root);
    let log = dir.path().join("gatherer.log");
    let stop = Arc::new(AtomicBool::new(false));
    let churner = churn(root.clone(), stop.clone());
    let started = Instant::now();
    let mut rounds = 0u64;
    while started.elapsed() < Duration::from_secs(20) {
        let mut child = spawn(dir.path(), &root, &log);
        // An arbitrary moment: early (during the first scan) to late (while following).
        std::thread::sleep(Duration::from_millis(150 + (rounds * 397) % 1500));
        let sig = if rounds % 2 == 0 { libc::SIGTERM } else { libc::SIGKILL };
        unsafe_kill(&child, sig);
        let status = eventually(15, "the daemon to end", || child.try_wait().unwrap());
        use std::os::unix::process::ExitStatusExt;
        if sig == libc::SIGTERM {
            assert_eq!(status.code(), Some(0), "round {rounds}: SIGTERM ends cleanly: {status:?}");
        } else {
            assert_eq!(status.signal(), Some(libc::SIGKILL), "round {rounds}: {status:?}");
        }
        for f in ["w.json", "d.json"] {
            let p = dir.path().join(f);
            if let Ok(bytes) = fs::read(&p) {
                assert!(serde_json::from_slice::<serde_json::Value>(&bytes).is_ok(), "round {rounds}: {f} torn");
            }
        }
        rounds += 1;
    }
    stop.store(true, Ordering::Relaxed);
    churner.join().unwrap();
    assert!(rounds >= 8, "{rounds} rounds");
    let log_text = fs::read_to_string(&log).unwrap_or_default();
    assert!(!log_text.contains("panicked"), "{log_text}");
    // Quiet now: one more daemon counts exactly.
    let mut child = spawn(dir.path(), &root, &log);
    let want = reference(&root);
    let w = dir.path().join("w.json");
    eventually(20, "an exact count after the storm", || {
        let s = fs::read(&w).ok().and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok())?;
        let got = (s["hosts"].as_u64()?, s["metrics"].as_u64()?, s["dirs"].as_u64()?);
        (Some(got) == want || want.is_none()).then_some(())
    });
    unsafe_kill(&child, libc::SIGTERM);
    assert_eq!(eventually(10, "exit", || child.try_wait().unwrap()).code(), Some(0));
}
