//! Whisper counter against `find ROOT -name '*.wsp' -type f | wc -l`, in the same run, on
//! generated trees of 10^5 and 10^6 metrics laid out like a real Graphite server (many
//! hosts, nested directories, few files per directory).
//!
//!     cargo bench --bench whisper                 # both sizes
//!     WHISPER_BENCH_SIZES=100000 cargo bench --bench whisper
//!     WHISPER_BENCH_DIR=/srv/bench cargo bench --bench whisper   # where trees are kept
//!     WHISPER_BENCH_THREADS=1,2,8 cargo bench --bench whisper    # full-scan threads to try
//!
//! Prints, per size: full scan warm vs find (target ratio <= 0.5), full scan cold vs find
//! (when run as root: caches dropped before each), incremental with no change and after
//! 1% new files (vs the full scan), bytes per directory, and the peak RSS of `gatherer
//! once` against find's.

use gatherer::collectors::whisper::Tree;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CATEGORIES: usize = 6;
const INSTANCES: usize = 10;
const FILES_PER_DIR: usize = 4;
const PER_HOST: usize = CATEGORIES * INSTANCES * FILES_PER_DIR;

fn generate(root: &Path, files: usize) {
    let marker = root.join(".complete");
    if marker.exists() {
        return;
    }
    let _ = fs::remove_dir_all(root);
    eprintln!("generating {files} metrics under {} ...", root.display());
    let started = Instant::now();
    for h in 0..files / PER_HOST {
        for c in 0..CATEGORIES {
            for i in 0..INSTANCES {
                let d = root.join(format!("servers/host{h:05}/cat{c}/inst{i}"));
                fs::create_dir_all(&d).unwrap();
                for m in 0..FILES_PER_DIR {
                    fs::File::create(d.join(format!("metric{m}.wsp"))).unwrap();
                }
            }
        }
    }
    fs::write(&marker, b"").unwrap();
    eprintln!("generated in {:.1?}", started.elapsed());
}

fn drop_caches() -> bool {
    Command::new("sync").status().map(|s| s.success()).unwrap_or(false)
        && fs::write("/proc/sys/vm/drop_caches", b"3\n").is_ok()
}

/// `find | wc -l`, as a shell pipeline, with its count.
fn run_find(root: &Path) -> (Duration, u64) {
    let started = Instant::now();
    let out = Command::new("sh")
        .arg("-c")
        .arg("find \"$1\" -name '*.wsp' -type f | wc -l")
        .arg("sh")
        .arg(root)
        .output()
        .unwrap();
    let took = started.elapsed();
    (took, String::from_utf8_lossy(&out.stdout).trim().parse().unwrap())
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Peak RSS (KiB) of a running process, from the kernel's high-water mark. (wait4's
/// ru_maxrss is no use here: a child spawned with vfork inherits this process's mark.)
fn vm_hwm_kib(pid: u32) -> Option<u64> {
    let status = fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Peak RSS of a command that runs to completion: sampled until it exits.
fn peak_rss_until_exit(cmd: &mut Command) -> u64 {
    let mut child = cmd.stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
    let mut peak = 0;
    while child.try_wait().unwrap().is_none() {
        peak = peak.max(vm_hwm_kib(child.id()).unwrap_or(0));
        std::thread::sleep(Duration::from_millis(2));
    }
    peak
}

/// Peak RSS of `gatherer run` once it has written its first whisper count.
fn gatherer_peak_rss(root: &Path, state: &Path) -> u64 {
    let _ = fs::remove_file(state);
    let mut child = Command::new(env!("CARGO_BIN_EXE_gatherer"))
        .env("GATHERER_ENV_FILE", "/nonexistent")
        .args(["run", "--collectors", "whisper", "--whisper-root"])
        .arg(root)
        .arg("--whisper-state")
        .arg(state)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    while !state.exists() {
        std::thread::sleep(Duration::from_millis(20));
    }
    let peak = vm_hwm_kib(child.id()).unwrap();
    let _ = child.kill();
    let _ = child.wait();
    peak
}

fn bench(base: &Path, requested: usize) {
    // Whole hosts only.
    let files = requested / PER_HOST * PER_HOST;
    let root = base.join(format!("tree-{files}"));
    generate(&root, files);
    println!("\n== {files} metrics ({} hosts)", files / PER_HOST);

    run_find(&root); // warm the cache
    let (find_warm, _) = run_find(&root);
    let mut find_cold = None;
    let thread_counts: Vec<usize> = std::env::var("WHISPER_BENCH_THREADS")
        .unwrap_or_else(|_| "1,4".into())
        .split(',')
        .map(|t| t.trim().parse().expect("WHISPER_BENCH_THREADS: comma-separated numbers"))
        .collect();
    for threads in thread_counts {
        let mut tree = Tree::new(&root).with_threads(threads);
        let mut find_t = vec![find_warm];
        let mut full_t = Vec::new();
        for _ in 0..3 {
            let (t, n) = run_find(&root);
            assert_eq!(n as usize, files);
            find_t.push(t);
            let started = Instant::now();
            let c = tree.full_scan().unwrap();
            full_t.push(started.elapsed());
            assert_eq!(c.metrics as usize, files, "counts agree with find");
        }
        let (find_warm, full_warm) = (median(find_t), median(full_t));
        println!("find warm:             {find_warm:>10.3?}");
        println!(
            "full scan warm, {threads} thr: {full_warm:>10.3?}  ratio to find {:.2} (target <= 0.50)",
            full_warm.as_secs_f64() / find_warm.as_secs_f64()
        );
        if drop_caches() {
            let find_cold = *find_cold.get_or_insert_with(|| run_find(&root).0);
            drop_caches();
            let started = Instant::now();
            tree.full_scan().unwrap();
            let full_cold = started.elapsed();
            println!("find cold:             {find_cold:>10.3?}");
            println!(
                "full scan cold, {threads} thr: {full_cold:>10.3?}  ratio to find {:.2} (target < 1)",
                full_cold.as_secs_f64() / find_cold.as_secs_f64()
            );
        } else {
            println!("cold cache: skipped (needs root to drop the page cache)");
        }
    }
    let mut tree = Tree::new(&root);
    let full_warm = {
        let started = Instant::now();
        tree.full_scan().unwrap();
        started.elapsed()
    };
    let dirs = tree.full_scan().unwrap().dirs;

    // Age the tree so the incremental scan is not re-reading racy directories.
    std::thread::sleep(Duration::from_millis(2100));
    tree.full_scan().unwrap();
    let inc: Vec<Duration> = (0..3)
        .map(|_| {
            let started = Instant::now();
            let c = tree.incremental().unwrap();
            assert_eq!(c.metrics as usize, files);
            started.elapsed()
        })
        .collect();
    let inc_same = median(inc);
    println!(
        "incremental, no change:{inc_same:>10.3?}  ratio to full {:.2}, to find {:.2}",
        inc_same.as_secs_f64() / full_warm.as_secs_f64(),
        inc_same.as_secs_f64() / find_warm.as_secs_f64()
    );

    // 1% new metrics: half in existing leaf directories, half in new directories.
    let new = files / 100;
    for k in 0..new {
        let h = k % (files / PER_HOST);
        let d = if k % 2 == 0 {
            root.join(format!("servers/host{h:05}/cat0/inst0"))
        } else {
            root.join(format!("servers/host{h:05}/newcat/inst{}", k % 3))
        };
        fs::create_dir_all(&d).unwrap();
        fs::File::create(d.join(format!("new{k}.wsp"))).unwrap();
    }
    let started = Instant::now();
    let c = tree.incremental().unwrap();
    let inc_new = started.elapsed();
    assert_eq!(c.metrics as usize, files + new, "incremental sees the new files");
    println!(
        "incremental, +1% files:{inc_new:>10.3?}  ratio to full {:.2}, to find {:.2}; re-read {} of {} dirs",
        inc_new.as_secs_f64() / full_warm.as_secs_f64(),
        inc_new.as_secs_f64() / find_warm.as_secs_f64(),
        tree.dirs_read(),
        c.dirs
    );
    println!("tree memory:           {:.1} bytes/dir (target < 64) over {dirs} dirs", tree.bytes_per_dir());

    // The same change followed by inotify, where the watch budget allows.
    let mut watched = Tree::new(&root).with_inotify(true);
    let started = Instant::now();
    watched.full_scan().unwrap();
    let setup = started.elapsed();
    if watched.is_watching() {
        for k in 0..new {
            fs::File::create(root.join(format!("servers/host{:05}/cat1/inst1/ino{k}.wsp", k % (files / PER_HOST))))
                .unwrap();
        }
        let started = Instant::now();
        let c = watched.incremental().unwrap();
        let t = started.elapsed();
        assert_eq!(c.metrics as usize, files + 2 * new);
        println!("inotify, +1% files:    {t:>10.3?}  ratio to full {:.3}; full scan with watches {setup:.3?}; {:.1} bytes/dir", t.as_secs_f64() / full_warm.as_secs_f64(), watched.bytes_per_dir());
        for k in 0..new {
            let _ =
                fs::remove_file(root.join(format!("servers/host{:05}/cat1/inst1/ino{k}.wsp", k % (files / PER_HOST))));
        }
    } else {
        println!("inotify:               not used: {}", watched.take_watch_lost().unwrap_or_default());
    }

    let ours = gatherer_peak_rss(&root, &base.join("state.json"));
    let theirs = peak_rss_until_exit(Command::new("find").arg(&root).args(["-name", "*.wsp", "-type", "f"]));
    println!(
        "peak RSS:              gatherer run {ours} KiB after its first full scan, find {theirs} KiB, ratio {:.2}",
        ours as f64 / theirs as f64
    );

    // Leave the tree as generated for the next run.
    for k in 0..new {
        let h = k % (files / PER_HOST);
        if k % 2 == 0 {
            let _ = fs::remove_file(root.join(format!("servers/host{h:05}/cat0/inst0/new{k}.wsp")));
        } else {
            let _ = fs::remove_dir_all(root.join(format!("servers/host{h:05}/newcat")));
        }
    }
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return; // cargo test --benches asks for a listing
    }
    let base: PathBuf = std::env::var_os("WHISPER_BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_TARGET_TMPDIR")).join("whisper-bench"));
    fs::create_dir_all(&base).unwrap();
    let sizes = std::env::var("WHISPER_BENCH_SIZES").unwrap_or_else(|_| "100000,1000000".into());
    for size in sizes.split(',') {
        bench(&base, size.trim().parse().expect("WHISPER_BENCH_SIZES: comma-separated numbers"));
    }
}
