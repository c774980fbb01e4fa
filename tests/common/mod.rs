//! Helpers shared by the integration tests: the binary, fixture roots, and the rule for
//! missing real peers (fail in CI, skip loudly on a laptop).
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_gatherer"))
}

/// A `gatherer` command that ignores the host's env file and environment settings, and
/// runs only the diskstats collector unless the test says `--collectors` itself (the
/// whisper collector fails, rightly, where /opt/graphite does not exist).
pub fn gatherer(dir: &Path) -> Command {
    let mut c = Command::new(bin());
    for (k, _) in std::env::vars_os() {
        if k.to_string_lossy().starts_with("GATHERER_") {
            c.env_remove(&k);
        }
    }
    c.env("GATHERER_ENV_FILE", dir.join("no-env-file"));
    c.env("GATHERER_COLLECTORS", "diskstats");
    c
}

/// Call when a real peer (a program, root, a package) is missing. With
/// `GATHERER_REQUIRE_PEERS=1` (set by the test script and CI) the test fails; otherwise
/// it says loudly that it skipped. Returns normally only when skipping is allowed.
pub fn peer_missing(what: &str) {
    if std::env::var("GATHERER_REQUIRE_PEERS").as_deref() == Ok("1") {
        panic!("required peer missing: {what} (GATHERER_REQUIRE_PEERS=1)");
    }
    eprintln!("\n*** SKIPPED: {what}; run tests/run-all.sh to install the real peers ***\n");
}

pub fn have(program: &str) -> bool {
    Command::new("sh")
        .arg("-c")
        .arg(format!("command -v {program}"))
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

pub fn is_root() -> bool {
    // SAFETY: geteuid cannot fail.
    unsafe { libc::geteuid() == 0 }
}

pub fn text(o: &Output) -> String {
    format!(
        "status {:?}\nstdout:\n{}\nstderr:\n{}",
        o.status.code(),
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// A fixture `/proc` + `/sys` with one physical disk `sda`.
pub fn fixture_roots(dir: &Path) -> (PathBuf, PathBuf) {
    let (proc_root, sys_root) = (dir.join("proc"), dir.join("sys"));
    std::fs::create_dir_all(&proc_root).unwrap();
    std::fs::create_dir_all(sys_root.join("block/sda")).unwrap();
    std::os::unix::fs::symlink("../../devices/x", sys_root.join("block/sda/device")).unwrap();
    std::fs::write(proc_root.join("diskstats"), "8 0 sda 100 0 1000 50 100 0 2000 50 0 1000 100\n").unwrap();
    (proc_root, sys_root)
}

pub fn json(path: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))).unwrap()
}

/// Poll until `f` returns Some, or panic after `secs`.
pub fn eventually<T>(secs: u64, what: &str, mut f: impl FnMut() -> Option<T>) -> T {
    let until = Instant::now() + Duration::from_secs(secs);
    loop {
        if let Some(v) = f() {
            return v;
        }
        assert!(Instant::now() < until, "timed out after {secs} s waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Names of the writer's temp files (`.NAME.RANDOM.tmp`) left in `dir`.
pub fn temp_files(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect()
}
