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

/// Make (or reuse) `depth` nested directories named `name` under `top` (created if
/// needed), with a file `file` in every level where `file_at(level)` holds; returns how
/// many levels got the file. Works at any depth: every call is relative to the directory
/// above, so no path is ever longer than one name. With `leaf`, every level also gets a
/// subdirectory of that name holding `file` (a comb, which a walk must come back up to).
pub fn deep_chain(
    top: &Path,
    name: &str,
    depth: usize,
    file: &str,
    leaf: Option<&str>,
    file_at: impl Fn(usize) -> bool,
) -> u64 {
    use rustix::fs::{Mode, OFlags};
    std::fs::create_dir_all(top).unwrap();
    let dir_flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC;
    let mut fd = rustix::fs::open(top, dir_flags, Mode::empty()).unwrap();
    let mut metrics = 0;
    let mkdir = |fd: &std::os::fd::OwnedFd, name: &str| match rustix::fs::mkdirat(fd, name, Mode::from_raw_mode(0o755))
    {
        Ok(()) | Err(rustix::io::Errno::EXIST) => rustix::fs::openat(fd, name, dir_flags, Mode::empty()).unwrap(),
        Err(e) => panic!("mkdir {name}: {e}"),
    };
    let touch = |fd: &std::os::fd::OwnedFd| {
        drop(rustix::fs::openat(fd, file, OFlags::CREATE | OFlags::WRONLY, Mode::from_raw_mode(0o644)).unwrap())
    };
    for level in 0..depth {
        fd = mkdir(&fd, name);
        if file_at(level) {
            touch(&fd);
            metrics += 1;
        }
        if let Some(leaf) = leaf {
            touch(&mkdir(&fd, leaf));
        }
    }
    metrics
}

/// Remove a tree of any depth under `top` (std's remove_dir_all recurses, one descriptor
/// per level): first move every directory up to be a child of `top`, then remove.
pub fn remove_deep(top: &Path) {
    use rustix::fs::{Mode, OFlags};
    let dir_flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC | OFlags::NOFOLLOW;
    let top_fd = rustix::fs::open(top, dir_flags, Mode::empty()).unwrap();
    let mut n = 0u64;
    let mut todo: Vec<String> =
        std::fs::read_dir(top).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    while let Some(name) = todo.pop() {
        let Ok(fd) = rustix::fs::openat(&top_fd, name.as_str(), dir_flags, Mode::empty()) else { continue };
        let subdirs: Vec<String> = {
            let mut buf = vec![std::mem::MaybeUninit::uninit(); 64 << 10];
            let mut it = rustix::fs::RawDir::new(&fd, &mut buf);
            let mut out = Vec::new();
            while let Some(e) = it.next() {
                let e = e.unwrap();
                let n = e.file_name().to_string_lossy().into_owned();
                if e.file_type() == rustix::fs::FileType::Directory && n != "." && n != ".." {
                    out.push(n);
                }
            }
            out
        };
        for s in subdirs {
            let flat = format!(".flat{n}");
            n += 1;
            rustix::fs::renameat(&fd, s.as_str(), &top_fd, flat.as_str()).unwrap();
            todo.push(flat);
        }
    }
    std::fs::remove_dir_all(top).unwrap();
}
