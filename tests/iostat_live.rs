//! The diskstats collector against sysstat's own `iostat -dxy N 1 -o JSON`, run over the
//! same window on this machine's real disks while the test generates reads and writes.

mod common;
use common::*;
use std::fs::{self, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::unix::io::AsRawFd;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

const WINDOW_S: u64 = 5;

/// Steady mixed I/O that reaches the disk: write + fdatasync, drop the cache, read back.
fn load(dir: &std::path::Path, stop: Arc<AtomicBool>) -> std::thread::JoinHandle<u64> {
    let path = dir.join("load.bin");
    std::thread::spawn(move || {
        let mut f = OpenOptions::new().create(true).read(true).write(true).truncate(true).open(&path).unwrap();
        let chunk = vec![0x5au8; 256 << 10];
        let mut back = vec![0u8; chunk.len()];
        let mut rounds = 0;
        while !stop.load(Ordering::Relaxed) {
            let off = (rounds % 16) * chunk.len() as u64;
            f.seek(SeekFrom::Start(off)).unwrap();
            f.write_all(&chunk).unwrap();
            f.sync_data().unwrap();
            // SAFETY: advisory call on our own open descriptor.
            unsafe { libc::posix_fadvise(f.as_raw_fd(), 0, 0, libc::POSIX_FADV_DONTNEED) };
            f.seek(SeekFrom::Start(off)).unwrap();
            f.read_exact(&mut back).unwrap();
            rounds += 1;
        }
        rounds
    })
}

fn close(what: &str, disk: &str, ours: f64, theirs: f64, rel: f64, abs: f64) {
    let diff = (ours - theirs).abs();
    assert!(
        diff <= theirs.abs() * rel + abs,
        "{disk} {what}: gatherer {ours} vs iostat {theirs} (tolerance {rel}×+{abs})"
    );
}

#[test]
fn matches_iostat_on_the_real_disks() {
    if !have("iostat") {
        return peer_missing("iostat (Debian package sysstat)");
    }
    let physical: Vec<String> = fs::read_dir("/sys/block")
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .filter(|e| e.path().join("device").exists())
                .map(|e| e.file_name().to_string_lossy().replace('!', "/"))
                .collect()
        })
        .unwrap_or_default();
    if physical.is_empty() {
        return peer_missing("a physical disk in /sys/block");
    }
    // Load on the disk that holds the build directory: a real disk, unlike a tmpfs /tmp.
    let load_dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let loader = load(load_dir.path(), stop.clone());
    std::thread::sleep(Duration::from_secs(1));

    let state_dir = tempfile::tempdir().unwrap();
    let state = state_dir.path().join("d.json");
    let iostat = Command::new("iostat")
        .args(["-dxy", &WINDOW_S.to_string(), "1", "-o", "JSON"])
        .env("LC_ALL", "C")
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let ours = gatherer(state_dir.path())
        .args(["once", "--diskstats-interval", &WINDOW_S.to_string(), "--diskstats-state"])
        .arg(&state)
        .output()
        .unwrap();
    let theirs = iostat.wait_with_output().unwrap();
    stop.store(true, Ordering::Relaxed);
    let rounds = loader.join().unwrap();
    assert!(ours.status.success(), "{}", text(&ours));
    assert!(theirs.status.success(), "iostat failed");

    let iostat_json: serde_json::Value = serde_json::from_slice(&theirs.stdout).unwrap();
    let their_disks =
        iostat_json["sysstat"]["hosts"][0]["statistics"][0]["disk"].as_array().expect("iostat disk list").clone();
    let s = json(&state);
    let interval = s["interval_s"].as_f64().unwrap();
    assert!((interval - WINDOW_S as f64).abs() < 0.5, "real elapsed window: {interval}");
    let our_disks = s["disks"].as_object().unwrap();
    let mut ours_names: Vec<&String> = our_disks.keys().collect();
    ours_names.sort();
    let mut want = physical.clone();
    want.sort();
    assert_eq!(ours_names, want.iter().collect::<Vec<_>>(), "exactly the physical disks");

    let mut compared = 0;
    let mut busiest_w = 0.0f64;
    for (name, d) in our_disks {
        let Some(t) = their_disks.iter().find(|t| t["disk_device"] == name.as_str()) else {
            continue;
        };
        let f = |k: &str| d[k].as_f64().unwrap();
        let g = |k: &str| t[k].as_f64().unwrap();
        eprintln!("{name}: gatherer {d}\n{name}: iostat   {t}");
        close("util", name, f("util_pct"), g("util"), 0.10, 5.0);
        close("r/s", name, f("r_s"), g("r/s"), 0.10, 2.0);
        close("w/s", name, f("w_s"), g("w/s"), 0.10, 2.0);
        close("rkB/s", name, f("rkb_s"), g("rkB/s"), 0.10, 64.0);
        close("wkB/s", name, f("wkb_s"), g("wkB/s"), 0.10, 64.0);
        close("r_await", name, f("r_await_ms"), g("r_await"), 0.25, 0.5);
        close("w_await", name, f("w_await_ms"), g("w_await"), 0.25, 0.5);
        close("aqu-sz", name, f("aqu_sz"), g("aqu-sz"), 0.25, 0.05);
        busiest_w = busiest_w.max(f("w_s"));
        compared += 1;
    }
    eprintln!("load rounds: {rounds}; disks compared: {compared}");
    assert!(compared > 0, "iostat and gatherer share no disk: iostat said {their_disks:?}");
    assert!(busiest_w > 1.0, "the load reached a disk, so the comparison is not all zeros");
}
