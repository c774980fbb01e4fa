//! The filesystems collector against a real hung mount: tests/slowfs/slowfs.c, a FUSE
//! filesystem whose statfs never answers (for an hour), beside a healthy tmpfs of a known
//! size and the host's `/`.
//!
//! `gatherer run` must go on rewriting its state file every cycle, on time, with the
//! healthy mounts measured and the hung one listed under `stuck`; it must ask the hung
//! mount once and then leave it alone, so exactly one of its threads waits in statfs
//! however many cycles pass (counted in /proc/PID/task, and independently by slowfs, which
//! holds one thread per statfs it has not answered). When slowfs dies the mount leaves
//! `stuck` (an error while the dead mount stays, gone once unmounted) and the stuck thread
//! ends. `gatherer once` must report the hung mount as stuck, exit 0 and return (its
//! output closed, the process reapable) in about the timeout; and `gatherer run` must stop
//! on SIGTERM while a mount hangs.
//!
//! Each test runs in a mount namespace of its own (unshared by its thread, `/` made
//! private), so the hung mount is invisible to the host's other processes (monitoring
//! agents that statfs every mount would hang in it) and the mounts end with the test
//! whatever happens. gatherer is pointed at that namespace with a `--proc-root` holding
//! only `self` (it reads `1/mountinfo`, else `self/mountinfo`), and probes only `/` and
//! the test's mounts (`--filesystems-skip-mounts` lists every other mount).
//!
//! A thread blocked in statfs on a FUSE mount cannot be killed (not even by SIGKILL) until
//! the filesystem answers or its server dies, and its process cannot be reaped before.
//! So every process this test starts is owned by a `Rig` whose `Drop` kills slowfs before
//! waiting for anything, then unmounts, then removes the temporary directory: nothing is
//! left behind, even when an assertion fails half-way.
//!
//! Needs root (mounting, /dev/fuse), gcc, pkg-config and libfuse3-dev
//! (`apt-get install -y gcc pkg-config libfuse3-dev fuse3`).

mod common;

use common::{gatherer, have, is_root, peer_missing, text};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::MetadataExt;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// `--filesystems-timeout`, and the interval.
const TIMEOUT: Duration = Duration::from_secs(1);
/// What a cycle may take beyond the timeout (a debug build on 2 busy cores).
const SLACK: Duration = Duration::from_millis(500);
/// The healthy tmpfs: `size=16m,nr_inodes=1000`, holding one file of 1 MiB.
const TMPFS_SOURCE: &str = "gatherer-slowfs-test";
const TMPFS_SIZE: u64 = 16 << 20;
const TMPFS_INODES: u64 = 1000;
const FILLER: u64 = 1 << 20;
const POLL: Duration = Duration::from_millis(50);

/// Every test hangs a mount and times gatherer: one at a time, so that they do not share
/// the two cores.
static SERIAL: Mutex<()> = Mutex::new(());

fn peers_present() -> bool {
    let pkg_fuse3 =
        || Command::new("pkg-config").args(["--exists", "fuse3"]).status().map(|s| s.success()).unwrap_or(false);
    let missing = if !is_root() {
        Some("root (mounting FUSE and tmpfs)")
    } else if !Path::new("/dev/fuse").exists() {
        Some("/dev/fuse")
    } else if !have("gcc") {
        Some("gcc")
    } else if !have("pkg-config") {
        Some("pkg-config")
    } else if !pkg_fuse3() {
        Some("libfuse3-dev (pkg-config fuse3)")
    } else if !have("stat") {
        Some("stat (coreutils)")
    } else {
        None
    };
    match missing {
        Some(what) => {
            peer_missing(what);
            false
        }
        None => true,
    }
}

/// Move this test's thread (and every process it starts from now on) into a mount
/// namespace of its own, where nothing propagates back to the host. The host's monitoring
/// (collectd, node_exporter, another gatherer) would otherwise find the hung mount and
/// block in it, and skew the count of statfs calls slowfs holds; and whatever happens,
/// the mounts end with the namespace.
fn private_mount_namespace() {
    let root = CString::new("/").unwrap();
    // SAFETY: unshare(2) and mount(2) with valid arguments; they change this thread only.
    unsafe {
        assert_eq!(libc::unshare(libc::CLONE_NEWNS), 0, "unshare(CLONE_NEWNS): {}", std::io::Error::last_os_error());
        let flags = libc::MS_REC | libc::MS_PRIVATE;
        let rc = libc::mount(std::ptr::null(), root.as_ptr(), std::ptr::null(), flags, std::ptr::null());
        assert_eq!(rc, 0, "make / private: {}", std::io::Error::last_os_error());
    }
}

fn now_unix() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs() as i64
}

fn signal(pid: u32, sig: libc::c_int) {
    // SAFETY: plain kill(2) on a child of ours that has not been reaped yet.
    unsafe {
        libc::kill(pid as libc::pid_t, sig);
    }
}

fn cstr(p: &Path) -> CString {
    CString::new(p.as_os_str().as_bytes()).unwrap()
}

/// Unmount `p`, lazily if it is busy; whether it was unmounted.
fn unmount(p: &Path) -> bool {
    let c = cstr(p);
    // SAFETY: umount2 with a valid C string.
    unsafe { libc::umount2(c.as_ptr(), 0) == 0 || libc::umount2(c.as_ptr(), libc::MNT_DETACH) == 0 }
}

/// The kernel's octal escapes in mountinfo (`\040` for a space).
fn unescape(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' && i + 4 <= b.len() && b[i + 1..i + 4].iter().all(|c| (b'0'..=b'7').contains(c)) {
            out.push((b[i + 1] - b'0') * 64 + (b[i + 2] - b'0') * 8 + (b[i + 3] - b'0'));
            i += 4;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// One mountinfo line: mount point, fstype, source.
#[derive(Debug, Clone, PartialEq)]
struct MountLine {
    point: String,
    fstype: String,
    source: String,
}

fn mountinfo(path: &str) -> Vec<MountLine> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .lines()
        .filter_map(|l| {
            let (left, right) = l.split_once(" - ")?;
            let point = unescape(left.split_ascii_whitespace().nth(4)?);
            let mut r = right.split_ascii_whitespace();
            Some(MountLine { point, fstype: r.next()?.to_string(), source: unescape(r.next()?) })
        })
        .collect()
}

/// The mount table of this thread's namespace (the test's private one).
const OURS: &str = "/proc/thread-self/mountinfo";

/// Mounts at or below `dir` in the mount table `table`.
fn mounts_under(table: &str, dir: &Path) -> Vec<MountLine> {
    let d = dir.to_str().unwrap();
    mountinfo(table)
        .into_iter()
        .filter(|m| m.point == d || m.point.strip_prefix(d).is_some_and(|r| r.starts_with('/')))
        .collect()
}

fn is_mounted(p: &Path) -> bool {
    mountinfo(OURS).iter().any(|m| Path::new(&m.point) == p)
}

fn statvfs(p: &Path) -> libc::statvfs {
    let c = cstr(p);
    // SAFETY: a zeroed statvfs is a valid out-buffer; the path is a valid C string.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    assert_eq!(unsafe { libc::statvfs(c.as_ptr(), &mut st) }, 0, "statvfs {}", p.display());
    st
}

/// A process's threads: how many, and which are blocked in the statfs syscall.
#[derive(Debug, Clone, Default)]
struct Tasks {
    total: usize,
    in_statfs: BTreeSet<u32>,
}

fn tasks(pid: u32) -> Tasks {
    let mut t = Tasks::default();
    let Ok(dir) = std::fs::read_dir(format!("/proc/{pid}/task")) else { return t };
    for e in dir.flatten() {
        t.total += 1;
        let tid: u32 = e.file_name().to_string_lossy().parse().unwrap();
        // "NR args... sp pc" while blocked in a syscall, "running" while on a CPU.
        let syscall = std::fs::read_to_string(e.path().join("syscall")).unwrap_or_default();
        if syscall.split_ascii_whitespace().next().and_then(|n| n.parse::<libc::c_long>().ok())
            == Some(libc::SYS_statfs)
        {
            t.in_statfs.insert(tid);
        }
    }
    t
}

/// Whether the process's main thread has exited (a zombie leader, whatever its other
/// threads do).
fn leader_exited(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .map(|s| s.rsplit_once(')').is_some_and(|(_, rest)| rest.trim_start().starts_with(['Z', 'X'])))
        .unwrap_or(true)
}

/// The temporary directory, slowfs and its FUSE mount, the tmpfs, and every child. Its
/// `Drop` cleans up in the only order that cannot hang: stop the children (without
/// waiting), kill slowfs (which frees every thread stuck in its statfs), unmount, reap.
struct Rig {
    dir: tempfile::TempDir,
    slowfs: Option<Child>,
    fuse: PathBuf,
    tmpfs: PathBuf,
    tmpfs_mounted: bool,
    children: Vec<Child>,
}

impl Rig {
    /// Build slowfs, mount the tmpfs (with its 1 MiB file) and slowfs (statfs sleeps an
    /// hour) under a new temporary directory.
    fn new() -> Rig {
        let dir = tempfile::tempdir().unwrap();
        let (fuse, tmpfs) = (dir.path().join("hung"), dir.path().join("healthy"));
        let mut rig = Rig { dir, slowfs: None, fuse, tmpfs, tmpfs_mounted: false, children: Vec::new() };
        for d in [&rig.fuse, &rig.tmpfs, &rig.dir().join("state"), &rig.dir().join("proc")] {
            std::fs::create_dir(d).unwrap();
        }
        // gatherer reads `PROC_ROOT/1/mountinfo`, else `PROC_ROOT/self/mountinfo`: with
        // only `self`, it reads its own mount table, the test's private namespace.
        std::os::unix::fs::symlink("/proc/self", rig.dir().join("proc/self")).unwrap();

        let flags = Command::new("pkg-config").args(["--cflags", "--libs", "fuse3"]).output().unwrap();
        assert!(flags.status.success(), "pkg-config fuse3: {}", text(&flags));
        let bin = rig.dir().join("slowfs");
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/slowfs/slowfs.c");
        let built = Command::new("gcc")
            .args(["-O2", "-Wall", "-o"])
            .arg(&bin)
            .arg(&src)
            .args(String::from_utf8(flags.stdout).unwrap().split_ascii_whitespace())
            .output()
            .unwrap();
        assert!(built.status.success(), "building slowfs: {}", text(&built));

        let source = CString::new(TMPFS_SOURCE).unwrap();
        let fstype = CString::new("tmpfs").unwrap();
        let opts = CString::new(format!("size={TMPFS_SIZE},nr_inodes={TMPFS_INODES}")).unwrap();
        let target = cstr(&rig.tmpfs);
        // SAFETY: mount(2) with valid C strings.
        let rc = unsafe { libc::mount(source.as_ptr(), target.as_ptr(), fstype.as_ptr(), 0, opts.as_ptr().cast()) };
        assert_eq!(rc, 0, "mount tmpfs: {}", std::io::Error::last_os_error());
        rig.tmpfs_mounted = true;
        std::fs::write(rig.tmpfs.join("filler"), vec![7u8; FILLER as usize]).unwrap();

        let log = std::fs::File::create(rig.dir().join("slowfs.log")).unwrap();
        let child = Command::new(&bin)
            .arg("--statfs-sleep=3600")
            .arg(&rig.fuse)
            .stdin(Stdio::null())
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .unwrap();
        rig.slowfs = Some(child);
        let until = Instant::now() + Duration::from_secs(10);
        while !mountinfo(OURS).iter().any(|m| Path::new(&m.point) == rig.fuse && m.fstype == "fuse.slowfs") {
            if let Some(st) = rig.slowfs.as_mut().unwrap().try_wait().unwrap() {
                panic!("slowfs exited ({st}) before mounting: {}", rig.log("slowfs.log"));
            }
            assert!(Instant::now() < until, "slowfs did not mount within 10 s: {}", rig.log("slowfs.log"));
            std::thread::sleep(Duration::from_millis(20));
        }
        rig
    }

    fn dir(&self) -> &Path {
        self.dir.path()
    }

    fn point(p: &Path) -> String {
        p.to_str().unwrap().to_string()
    }

    fn log(&self, name: &str) -> String {
        std::fs::read_to_string(self.dir().join(name)).unwrap_or_default()
    }

    fn spawn(&mut self, mut cmd: Command) -> u32 {
        let child = cmd.spawn().unwrap();
        let pid = child.id();
        self.children.push(child);
        pid
    }

    fn child(&mut self, pid: u32) -> &mut Child {
        self.children.iter_mut().find(|c| c.id() == pid).unwrap()
    }

    /// Wait up to `limit` for a child of ours to end; its status, if it did.
    fn wait_for(&mut self, pid: u32, limit: Duration) -> Option<ExitStatus> {
        let until = Instant::now() + limit;
        loop {
            if let Some(st) = self.child(pid).try_wait().unwrap() {
                return Some(st);
            }
            if Instant::now() >= until {
                return None;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Threads of slowfs: its loop, plus one per statfs it holds unanswered.
    fn slowfs_tasks(&self) -> usize {
        tasks(self.slowfs.as_ref().expect("slowfs runs").id()).total
    }

    /// Prove the mount hangs: a `stat -f` on it has not returned after 2 s (it stays
    /// blocked until slowfs dies; the rig reaps it). Returns its pid.
    fn assert_hangs(&mut self) -> u32 {
        let before = self.slowfs_tasks();
        let mut cmd = Command::new("stat");
        cmd.arg("-f").arg(&self.fuse).stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null());
        let pid = self.spawn(cmd);
        let started = Instant::now();
        let st = self.wait_for(pid, Duration::from_secs(2));
        assert!(
            st.is_none(),
            "stat -f {} returned ({st:?}) after {:?}: the mount does not hang",
            self.fuse.display(),
            started.elapsed()
        );
        assert_eq!(tasks(pid).in_statfs.len(), 1, "stat -f is blocked in statfs");
        assert_eq!(self.slowfs_tasks(), before + 1, "slowfs holds the statfs of stat -f unanswered");
        // Meanwhile the rest of the mount answers, and so does the tmpfs.
        assert!(std::fs::metadata(&self.fuse).unwrap().is_dir());
        assert_eq!(statvfs(&self.tmpfs).f_blocks * statvfs(&self.tmpfs).f_frsize, TMPFS_SIZE);
        pid
    }

    /// Kill slowfs with `sig` and reap it. SIGTERM unmounts; SIGKILL leaves a dead mount.
    fn kill_slowfs(&mut self, sig: libc::c_int) -> Option<ExitStatus> {
        let mut child = self.slowfs.take()?;
        signal(child.id(), sig);
        let until = Instant::now() + Duration::from_secs(5);
        loop {
            if let Some(st) = child.try_wait().unwrap() {
                return Some(st);
            }
            if Instant::now() >= until {
                signal(child.id(), libc::SIGKILL);
                return child.wait().ok();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Everything, in the order that cannot hang. Idempotent.
    fn clean_up(&mut self) {
        for c in &mut self.children {
            if matches!(c.try_wait(), Ok(None)) {
                signal(c.id(), libc::SIGKILL);
            }
        }
        self.kill_slowfs(libc::SIGTERM);
        if is_mounted(&self.fuse) && !unmount(&self.fuse) {
            eprintln!("cannot unmount {}: {}", self.fuse.display(), std::io::Error::last_os_error());
        }
        if self.tmpfs_mounted && is_mounted(&self.tmpfs) {
            if !unmount(&self.tmpfs) {
                eprintln!("cannot unmount {}: {}", self.tmpfs.display(), std::io::Error::last_os_error());
            }
            self.tmpfs_mounted = false;
        }
        // Nothing is blocked on slowfs any more: every child can end and be reaped.
        let until = Instant::now() + Duration::from_secs(10);
        for c in &mut self.children {
            loop {
                match c.try_wait() {
                    Ok(Some(_)) | Err(_) => break,
                    Ok(None) if Instant::now() < until => std::thread::sleep(Duration::from_millis(20)),
                    Ok(None) => {
                        eprintln!("child {} did not end; leaving it", c.id());
                        break;
                    }
                }
            }
        }
        self.children.clear();
    }
}

impl Drop for Rig {
    fn drop(&mut self) {
        self.clean_up();
    }
}

/// What the test knows of the host's mounts before gatherer starts.
struct Host {
    /// `--filesystems-skip-mounts`: every mount point but `/` and those above our
    /// directory, so gatherer probes `/` and our mounts only (the host's other mounts are
    /// none of this test's business; `--filesystems-only-mounts /,DIR` would not do,
    /// as everything is below `/`).
    skip: String,
    /// Mount points gatherer may report besides `/` and ours (those above our
    /// directory, and any whose name the comma-separated list cannot hold).
    extra: BTreeSet<String>,
    /// `/` as the mount table shows it.
    root: MountLine,
    root_size: u64,
    root_inodes: u64,
}

impl Host {
    fn read(dir: &Path) -> Host {
        let d = dir.to_str().unwrap();
        let table = mountinfo(OURS);
        let above = |p: &str| p == "/" || d.strip_prefix(p).is_some_and(|r| r.starts_with('/'));
        let mine = |p: &str| p.strip_prefix(d).is_some_and(|r| r.is_empty() || r.starts_with('/'));
        let mut skip = BTreeSet::new();
        let mut extra = BTreeSet::new();
        for m in &table {
            if m.point == "/" || mine(&m.point) {
                continue;
            }
            if above(&m.point) || m.point.contains(',') {
                extra.insert(m.point.clone());
            } else {
                skip.insert(m.point.clone());
            }
        }
        let root = table.iter().rev().find(|m| m.point == "/").expect("/ in the mount table").clone();
        let st = statvfs(Path::new("/"));
        Host {
            skip: skip.into_iter().collect::<Vec<_>>().join(","),
            extra,
            root,
            root_size: st.f_blocks * st.f_frsize,
            root_inodes: st.f_files,
        }
    }
}

/// One rewrite of the state file, as the test saw it.
struct Write {
    /// When gatherer wrote it (the file's mtime).
    written: SystemTime,
    seen: Instant,
    seen_unix: i64,
    state: Value,
}

/// One look at gatherer's threads (and slowfs's).
struct Sample {
    /// How many writes had been seen.
    writes: usize,
    tasks: Tasks,
    slowfs_tasks: Option<usize>,
}

/// Polls the state file (a rewrite is a new file: a new inode or mtime) and the threads.
struct Watch {
    pid: u32,
    path: PathBuf,
    last: Option<(u64, i64, i64)>,
    writes: Vec<Write>,
    samples: Vec<Sample>,
}

impl Watch {
    fn new(pid: u32, path: PathBuf) -> Watch {
        Watch { pid, path, last: None, writes: Vec::new(), samples: Vec::new() }
    }

    fn poll(&mut self, rig: &Rig) {
        // One open file is one version: the writer renames a new file over the old one.
        if let Ok(mut f) = std::fs::File::open(&self.path) {
            let md = f.metadata().unwrap();
            let key = (md.ino(), md.mtime(), md.mtime_nsec());
            if self.last != Some(key) {
                self.last = Some(key);
                let mut bytes = Vec::new();
                std::io::Read::read_to_end(&mut f, &mut bytes).unwrap();
                let state = serde_json::from_slice(&bytes).unwrap();
                let written = md.modified().unwrap();
                self.writes.push(Write { written, seen: Instant::now(), seen_unix: now_unix(), state });
            }
        }
        let slowfs_tasks = rig.slowfs.as_ref().map(|_| rig.slowfs_tasks());
        self.samples.push(Sample { writes: self.writes.len(), tasks: tasks(self.pid), slowfs_tasks });
    }

    /// Poll for `d`.
    fn run_for(&mut self, rig: &Rig, d: Duration) {
        let until = Instant::now() + d;
        while Instant::now() < until {
            self.poll(rig);
            std::thread::sleep(POLL);
        }
    }

    /// Poll until a write satisfies `f` (its index), or panic after `limit`.
    fn until(&mut self, rig: &Rig, limit: Duration, what: &str, f: impl Fn(&Value) -> bool) -> usize {
        let until = Instant::now() + limit;
        let from = self.writes.len();
        loop {
            self.poll(rig);
            if let Some(i) = (from..self.writes.len()).find(|&i| f(&self.writes[i].state)) {
                return i;
            }
            assert!(
                Instant::now() < until,
                "no state file within {limit:?} showed {what}; last: {:#}",
                self.writes.last().map(|w| &w.state).unwrap_or(&Value::Null)
            );
            std::thread::sleep(POLL);
        }
    }

    /// The fewest threads seen between write `k` and write `k + 1`, for every complete
    /// cycle from write `from` on.
    fn cycle_minimums(&self, from: usize) -> Vec<usize> {
        (from.max(1)..self.writes.len())
            .filter_map(|k| self.samples.iter().filter(|s| s.writes == k).map(|s| s.tasks.total).min())
            .collect()
    }
}

/// What every state file of the run must show, whatever phase: a fresh, ok envelope
/// written within the time a cycle takes, the tmpfs exactly as mounted, `/` as the host
/// has it, nothing else of ours in `filesystems`. Returns the `stuck`, `errors` maps.
fn check_write(w: &Write, rig: &Rig, host: &Host) -> (BTreeMap<String, Value>, BTreeMap<String, Value>) {
    let s = &w.state;
    let ctx = format!("state file: {s:#}");
    assert_eq!(s["status"], "ok", "{ctx}");
    assert_eq!(s["error"], Value::Null, "{ctx}");
    let measured = s["measured_at_unix"].as_i64().expect("measured_at_unix");
    assert_eq!(Some(measured), s["attempted_at_unix"].as_i64(), "an ok cycle measured when it attempted; {ctx}");
    assert!(
        (w.seen_unix - 2..=w.seen_unix).contains(&measured),
        "seen at {} but measured at {measured}: not fresh; {ctx}",
        w.seen_unix
    );
    let took = s["duration_ms"].as_u64().expect("duration_ms");
    assert!(
        took <= (TIMEOUT + SLACK).as_millis() as u64,
        "a cycle took {took} ms, more than the timeout allows; {ctx}"
    );

    let fs = s["filesystems"].as_object().expect("filesystems");
    let (healthy, hung) = (Rig::point(&rig.tmpfs), Rig::point(&rig.fuse));
    let t = fs.get(&healthy).unwrap_or_else(|| panic!("the healthy tmpfs {healthy} is not reported; {ctx}"));
    let expect = serde_json::json!({
        "device": TMPFS_SOURCE,
        "fstype": "tmpfs",
        "readonly": false,
        "size": TMPFS_SIZE,
        "used": FILLER,
        "available": TMPFS_SIZE - FILLER,
        "used_pct": 7.0,
        "inodes": TMPFS_INODES,
        "inodes_used": 2,
        "inodes_free": TMPFS_INODES - 2,
        "inodes_used_pct": 1.0,
    });
    assert_eq!(t, &expect, "the tmpfs as mounted (df -B1 and df -i show the same); {ctx}");
    let root = fs.get("/").unwrap_or_else(|| panic!("/ is not reported; {ctx}"));
    assert_eq!(root["device"], host.root.source.as_str(), "{ctx}");
    assert_eq!(root["fstype"], host.root.fstype.as_str(), "{ctx}");
    assert_eq!(root["size"].as_u64(), Some(host.root_size), "/ size as statvfs gives it; {ctx}");
    assert_eq!(root["inodes"].as_u64(), Some(host.root_inodes), "{ctx}");
    let (used, avail) = (root["used"].as_u64().unwrap(), root["available"].as_u64().unwrap());
    assert!(used > 0 && used + avail <= host.root_size, "{ctx}");
    assert!(!fs.contains_key(&hung), "the hung mount must never be under filesystems; {ctx}");
    for k in fs.keys() {
        assert!(k == "/" || *k == healthy || host.extra.contains(k), "unexpected mount {k} reported; {ctx}");
    }
    let map = |k: &str| -> BTreeMap<String, Value> {
        s[k].as_object()
            .unwrap_or_else(|| panic!("no {k}; {ctx}"))
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    };
    (map("stuck"), map("errors"))
}

fn run_args(rig: &Rig, host: &Host, sub: &str) -> Command {
    let mut cmd = gatherer(rig.dir());
    cmd.args([sub, "--collectors", "filesystems", "--filesystems-interval", "1", "--filesystems-timeout", "1"])
        .arg("--state-dir")
        .arg(rig.dir().join("state"))
        .arg("--filesystems-skip-mounts")
        .arg(&host.skip)
        .arg("--proc-root")
        .arg(rig.dir().join("proc"))
        .stdin(Stdio::null());
    cmd
}

#[test]
fn a_hung_mount_is_reported_stuck_every_cycle_with_one_thread_and_leaves_when_it_dies() {
    let _one_at_a_time = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    if !peers_present() {
        return;
    }
    private_mount_namespace();
    let started = Instant::now();
    let mut rig = Rig::new();
    let prober = rig.assert_hangs();
    let host = Host::read(rig.dir());
    let hung = Rig::point(&rig.fuse);
    let slowfs_before = rig.slowfs_tasks();

    let log = std::fs::File::create(rig.dir().join("gatherer.log")).unwrap();
    let mut cmd = run_args(&rig, &host, "run");
    cmd.stdout(log.try_clone().unwrap()).stderr(log);
    let spawned = Instant::now();
    let pid = rig.spawn(cmd);
    let mut watch = Watch::new(pid, rig.dir().join("state/filesystems.json"));

    // Phase 1: the mount hangs, for eight or nine cycles.
    watch.until(&rig, TIMEOUT + Duration::from_secs(3), "a first cycle", |_| true);
    let first_write_after = watch.writes[0].seen - spawned;
    watch.run_for(&rig, Duration::from_millis(8500));
    let ctx = |rig: &Rig| format!("gatherer's log:\n{}", rig.log("gatherer.log"));
    let w1 = &watch.writes;
    assert!(w1.len() >= 8, "only {} state files in {:?}; {}", w1.len(), w1[0].seen.elapsed(), ctx(&rig));
    let mut since0 = None;
    let mut sinces = Vec::new();
    for (i, w) in w1.iter().enumerate() {
        let (stuck, errors) = check_write(w, &rig, &host);
        assert!(errors.is_empty(), "no errors while hung: {errors:?}");
        assert_eq!(stuck.keys().collect::<Vec<_>>(), [&hung], "the hung mount, and it alone, is stuck: {:#}", w.state);
        let s = &stuck[&hung];
        assert_eq!((s["device"].as_str(), s["fstype"].as_str()), (Some("slowfs"), Some("fuse.slowfs")), "{s}");
        let since = s["since_unix"].as_i64().unwrap();
        // The same call all along: the time it was made, recorded once.
        let since0 = *since0.get_or_insert(since);
        sinces.push(since - since0);
        assert!(
            since == since0 && since <= w.state["attempted_at_unix"].as_i64().unwrap(),
            "stuck since the same call: {since} vs {since0}"
        );
        if i > 0 {
            // The stuck mount is not asked again: no later cycle waits for it.
            let took = w.state["duration_ms"].as_u64().unwrap();
            assert!(took < 500, "cycle {i} took {took} ms: it waited for the mount already stuck");
            let gap = w.written.duration_since(w1[i - 1].written).unwrap_or_default();
            assert!(gap <= TIMEOUT + SLACK, "state file {i} was written {gap:?} after the previous one");
            let d =
                w.state["measured_at_unix"].as_i64().unwrap() - w1[i - 1].state["measured_at_unix"].as_i64().unwrap();
            assert!((0..=2).contains(&d), "measured_at_unix moved by {d} between two cycles");
        }
    }
    let first_cycle_ms = w1[0].state["duration_ms"].as_u64().unwrap();
    assert!(
        first_cycle_ms >= TIMEOUT.as_millis() as u64 - 50,
        "the first cycle asked the hung mount and waited the timeout for it: {first_cycle_ms} ms"
    );
    let span = w1.last().unwrap().state["measured_at_unix"].as_i64().unwrap()
        - w1[0].state["measured_at_unix"].as_i64().unwrap();
    assert!(span >= 7, "measured_at_unix advanced {span} s over {} cycles", w1.len());

    // One statfs call, however many cycles pass: slowfs holds exactly one unanswered
    // statfs more than before gatherer started (whoever in gatherer asked), and at most
    // one thread of gatherer, always the same, is blocked in statfs (today's lanes: one;
    // a design that moved the call out of process: none).
    let steady: Vec<&Sample> = watch.samples.iter().filter(|s| s.writes >= 1).collect();
    let mut blocked: BTreeSet<u32> = BTreeSet::new();
    for s in &steady {
        assert!(s.tasks.in_statfs.len() <= 1, "threads of gatherer blocked in statfs: {:?}", s.tasks);
        blocked.extend(&s.tasks.in_statfs);
        assert_eq!(s.slowfs_tasks, Some(slowfs_before + 1), "slowfs holds one statfs of gatherer, no more");
    }
    assert!(blocked.len() <= 1, "one statfs call stuck for all the cycles, not a new one each: {blocked:?}");
    let stuck_tid = blocked.first().copied();
    // From the third state file on: the second cycle may add the lane that takes the
    // healthy mounts (when the first cycle's lane reached the hung mount last).
    let mins1 = watch.cycle_minimums(2);
    let max1 = steady.iter().map(|s| s.tasks.total).max().unwrap();
    assert!(mins1.len() >= 5, "cycles with thread samples: {mins1:?}");
    assert!(mins1.iter().all(|&m| m == mins1[0]), "threads between cycles must stay flat: {mins1:?}");
    // Between cycles: the main thread, the supervisor and its worker, the state file
    // writer, the stuck call's lane and the lane that asks the healthy mounts, all waiting.
    // During a cycle no thread starts, but for the first cycles' second lane.
    let transient = 1;
    assert!(max1 <= mins1[0] + transient, "at most {transient} threads come and go: max {max1}, {mins1:?}");
    let phase1 = watch.writes.len();
    let cycle_ms: Vec<u64> = watch.writes.iter().map(|w| w.state["duration_ms"].as_u64().unwrap()).collect();
    let gaps: Vec<u128> = watch
        .writes
        .windows(2)
        .map(|p| p[1].written.duration_since(p[0].written).unwrap_or_default().as_millis())
        .collect();
    eprintln!(
        "hung: first state file {first_write_after:?} after start; {} cycles, duration_ms {cycle_ms:?}, \
         ms between writes {gaps:?}, stuck since_unix - first {sinces:?}; threads between cycles {mins1:?}, \
         at most {max1}; stuck thread {stuck_tid:?}; slowfs threads {} -> {}",
        phase1,
        slowfs_before,
        slowfs_before + 1
    );

    // Phase 2: slowfs dies (SIGKILL: the dead mount stays). Every stuck statfs fails at
    // once; the mount leaves `stuck` for `errors` (ENOTCONN) and the stuck thread ends.
    let killed = Instant::now();
    rig.kill_slowfs(libc::SIGKILL);
    let st = rig.wait_for(prober, Duration::from_secs(3));
    assert!(st.is_some_and(|s| !s.success()), "stat -f fails once slowfs is dead: {st:?}");
    let i = watch.until(&rig, Duration::from_secs(3), "the mount out of stuck", |s| s["stuck"].get(&hung).is_none());
    let left_after = watch.writes[i].seen - killed;
    for w in &watch.writes[phase1..i] {
        let (stuck, errors) = check_write(w, &rig, &host);
        assert!(stuck.keys().all(|k| *k == hung) && errors.is_empty(), "{:#}", w.state);
    }
    watch.run_for(&rig, Duration::from_millis(3500));
    for w in &watch.writes[i..] {
        let (stuck, errors) = check_write(w, &rig, &host);
        assert!(stuck.is_empty(), "nothing stuck once slowfs is dead: {stuck:?}");
        let e = errors
            .get(&hung)
            .and_then(|f| f["error"].as_str())
            .unwrap_or_else(|| panic!("the dead mount is an error: {:#}", w.state));
        assert_eq!(errors[&hung]["fstype"], "fuse.slowfs", "with its type: {:#}", w.state);
        assert!(e.contains("not connected"), "ENOTCONN from the dead FUSE mount: {e}");
        assert!(w.state["duration_ms"].as_u64().unwrap() < 500, "{:#}", w.state);
    }
    let after: Vec<&Sample> = watch.samples.iter().filter(|s| s.writes > i).collect();
    for s in &after {
        assert!(s.tasks.in_statfs.is_empty(), "no thread blocked in statfs any more: {:?}", s.tasks);
    }
    if let Some(tid) = stuck_tid {
        assert!(!Path::new(&format!("/proc/{pid}/task/{tid}")).exists(), "the stuck thread ended");
    }
    let mins2 = watch.cycle_minimums(i + 1);
    assert!(mins2.len() >= 2, "cycles with thread samples after the mount died: {mins2:?}");
    assert!(
        // The one thread that waited on the stuck call (blocked in statfs itself, or
        // waiting for the child process that is) ends with it.
        mins2.iter().all(|&m| m == mins1[0] - 1),
        "the stuck thread gone once its call returned, no other: {mins1:?} -> {mins2:?}"
    );
    eprintln!("dead: out of stuck {left_after:?} after the kill; threads between cycles {mins2:?}");

    // Phase 3: the dead mount is unmounted; it disappears from the state file.
    assert!(unmount(&rig.fuse), "umount -l {}", rig.fuse.display());
    let j = watch.until(&rig, Duration::from_secs(3), "the mount gone", |s| s["errors"].get(&hung).is_none());
    watch.run_for(&rig, Duration::from_millis(1200));
    for w in &watch.writes[j..] {
        let (stuck, errors) = check_write(w, &rig, &host);
        assert!(stuck.is_empty() && errors.is_empty(), "{:#}", w.state);
    }
    assert!(watch.writes.len() > j + 1, "it goes on writing after the mount is gone");

    // gatherer stops cleanly on SIGTERM: nothing of it is blocked any more.
    signal(pid, libc::SIGTERM);
    let st = rig.wait_for(pid, Duration::from_secs(10)).expect("gatherer run stops within 10 s of SIGTERM");
    assert!(st.success(), "gatherer run exits 0 on SIGTERM: {st} (signal {:?}); {}", st.signal(), ctx(&rig));

    let dir = rig.dir().to_path_buf();
    rig.clean_up();
    assert_eq!(mounts_under(OURS, &dir), [], "no mount left behind");
    assert_eq!(mounts_under("/proc/self/mountinfo", &dir), [], "none in the host's namespace either");
    drop(rig);
    assert!(!dir.exists(), "{} removed", dir.display());
    eprintln!("run time {:?}", started.elapsed());
}

/// How a gatherer process ended, as whoever started it sees it.
#[derive(Debug, Default)]
struct Ending {
    /// When its main thread exited (the process may live on in other threads).
    leader_gone: Option<Duration>,
    /// When it could be reaped: it has returned, for a shell or a service manager.
    reaped: Option<Duration>,
    /// Its threads seen after the main thread exited, if any were.
    left_behind: Tasks,
}

impl Ending {
    /// Watch child `pid` until it is reaped or `limit` after `started`, calling `each`
    /// at every look.
    fn watch(rig: &mut Rig, pid: u32, started: Instant, limit: Duration, mut each: impl FnMut()) -> Ending {
        let mut e = Ending::default();
        while started.elapsed() < limit && e.reaped.is_none() {
            each();
            if e.leader_gone.is_none() && leader_exited(pid) {
                e.leader_gone = Some(started.elapsed());
            }
            if e.leader_gone.is_some() {
                let t = tasks(pid);
                if t.total > 0 {
                    e.left_behind = t;
                }
            }
            if rig.child(pid).try_wait().unwrap().is_some() {
                e.reaped = Some(started.elapsed());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        e
    }
}

#[test]
fn once_reports_a_hung_mount_as_stuck_and_returns_within_the_timeout() {
    let _one_at_a_time = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    if !peers_present() {
        return;
    }
    private_mount_namespace();
    let mut rig = Rig::new();
    let prober = rig.assert_hangs();
    let host = Host::read(rig.dir());
    let hung = Rig::point(&rig.fuse);
    let state_path = rig.dir().join("state/filesystems.json");
    let err = rig.dir().join("once.err");
    let mut cmd = run_args(&rig, &host, "once");
    // Its output through a pipe, as `$(gatherer once)` or a monitoring agent reads it:
    // the caller has its answer at end of file.
    cmd.stdout(Stdio::piped()).stderr(std::fs::File::create(&err).unwrap());
    let limit = TIMEOUT + Duration::from_secs(3);
    let started = Instant::now();
    let pid = rig.spawn(cmd);
    let mut pipe = rig.child(pid).stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut out = String::new();
        let _ = std::io::Read::read_to_string(&mut pipe, &mut out);
        let _ = tx.send((started.elapsed(), out));
    });

    // Watch it for the timeout and a margin: when it wrote its state file, when its main
    // thread exited, when it could be reaped.
    let mut written = None;
    let end = Ending::watch(&mut rig, pid, started, limit, || {
        if written.is_none() {
            if let Ok(b) = std::fs::read(&state_path) {
                let state: Value = serde_json::from_slice(&b).unwrap();
                let at = std::fs::metadata(&state_path).unwrap().modified().unwrap();
                written = Some(Write { written: at, seen: Instant::now(), seen_unix: now_unix(), state });
            }
        }
    });
    let eof_in_time = rx.try_recv().ok();
    // Whatever happened, slowfs goes now: then gatherer can end in any case.
    rig.kill_slowfs(libc::SIGTERM);
    let status = rig.wait_for(pid, Duration::from_secs(10));
    let ended_late = started.elapsed();
    let (eof, stdout) = match eof_in_time {
        Some(e) => e,
        None => rx.recv_timeout(Duration::from_secs(5)).expect("gatherer once's stdout ends with it"),
    };
    assert!(rig.wait_for(prober, Duration::from_secs(3)).is_some(), "stat -f ends with slowfs");
    let ctx = format!("stdout:\n{stdout}stderr:\n{}", std::fs::read_to_string(&err).unwrap());

    let w = written.unwrap_or_else(|| panic!("no state file within {limit:?}; {ctx}"));
    let (stuck, errors) = check_write(&w, &rig, &host);
    let took = w.state["duration_ms"].as_u64().unwrap();
    assert!(took >= TIMEOUT.as_millis() as u64 - 50, "it waited the timeout for the hung mount: {took} ms");
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(stuck.keys().collect::<Vec<_>>(), [&hung], "{:#}", w.state);
    assert_eq!(stuck[&hung]["fstype"], "fuse.slowfs");
    assert!(
        stdout.starts_with("filesystems: ok: ")
            && stdout.contains(&format!("STUCK: {hung} -> {}", state_path.display())),
        "once says the collector is ok and names the stuck mount; {ctx}"
    );
    let status = status.unwrap_or_else(|| panic!("gatherer once never ended, even after slowfs died; {ctx}"));
    assert_eq!(status.code(), Some(0), "a stuck mount is a reported condition, not a failure: {status}; {ctx}");
    let main_exit = end.leader_gone.unwrap_or_else(|| panic!("the main thread of gatherer once never exited; {ctx}"));
    assert!(main_exit <= limit);
    eprintln!(
        "once: state file after {:?}, main thread exited after {main_exit:?}, stdout closed after {eof:?}, \
         reaped after {:?} (threads left once the main thread had exited: {:?})",
        w.seen - started,
        end.reaped.unwrap_or(ended_late),
        end.left_behind
    );
    // For whoever runs it (a shell, cron, a monitoring agent), a command has returned when
    // its output ends and it can be reaped.
    assert!(
        end.reaped.is_some() && eof <= limit,
        "gatherer once wrote its report and its main thread exited after {main_exit:?}, but its stdout stayed \
         open {eof:?} and it could not be reaped within {limit:?}: {} thread(s), {:?} blocked in statfs on the \
         hung mount, kept the process alive; it ended only when slowfs was killed ({ended_late:?})",
        end.left_behind.total,
        end.left_behind.in_statfs
    );

    let dir = rig.dir().to_path_buf();
    rig.clean_up();
    assert_eq!(mounts_under(OURS, &dir), [], "no mount left behind");
    assert_eq!(mounts_under("/proc/self/mountinfo", &dir), [], "none in the host's namespace either");
    drop(rig);
    assert!(!dir.exists(), "{} removed", dir.display());
}

#[test]
fn run_stops_on_sigterm_while_a_mount_hangs() {
    let _one_at_a_time = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    if !peers_present() {
        return;
    }
    private_mount_namespace();
    let mut rig = Rig::new();
    let host = Host::read(rig.dir());
    let hung = Rig::point(&rig.fuse);
    let slowfs_before = rig.slowfs_tasks();
    let log = std::fs::File::create(rig.dir().join("gatherer.log")).unwrap();
    let mut cmd = run_args(&rig, &host, "run");
    cmd.stdout(log.try_clone().unwrap()).stderr(log);
    let pid = rig.spawn(cmd);
    let mut watch = Watch::new(pid, rig.dir().join("state/filesystems.json"));
    let i = watch
        .until(&rig, TIMEOUT + Duration::from_secs(3), "the hung mount stuck", |s| s["stuck"].get(&hung).is_some());
    check_write(&watch.writes[i], &rig, &host);
    assert_eq!(rig.slowfs_tasks(), slowfs_before + 1, "gatherer's statfs waits in slowfs");

    // A service manager stops it: SIGTERM, then it must be gone within a few seconds.
    let limit = Duration::from_secs(5);
    let started = Instant::now();
    signal(pid, libc::SIGTERM);
    let end = Ending::watch(&mut rig, pid, started, limit, || {});
    rig.kill_slowfs(libc::SIGTERM);
    let status = rig.wait_for(pid, Duration::from_secs(10));
    let ended_late = started.elapsed();
    let ctx = format!("gatherer's log:\n{}", rig.log("gatherer.log"));
    let status = status.unwrap_or_else(|| panic!("gatherer run never ended, even after slowfs died; {ctx}"));
    assert_eq!(status.code(), Some(0), "gatherer run exits 0 on SIGTERM: {status}; {ctx}");
    let main_exit = end.leader_gone.unwrap_or_else(|| panic!("the main thread never exited; {ctx}"));
    eprintln!(
        "stop: main thread exited {main_exit:?} after SIGTERM, reaped after {:?} (threads left: {:?})",
        end.reaped.unwrap_or(ended_late),
        end.left_behind
    );
    assert!(
        end.reaped.is_some(),
        "gatherer run's main thread exited {main_exit:?} after SIGTERM, but the process could not be reaped \
         within {limit:?}: {} thread(s), {:?} blocked in statfs on the hung mount, kept it alive (a service \
         manager sees a daemon that does not stop); it ended only when slowfs was killed ({ended_late:?})",
        end.left_behind.total,
        end.left_behind.in_statfs
    );

    let dir = rig.dir().to_path_buf();
    rig.clean_up();
    assert_eq!(mounts_under(OURS, &dir), [], "no mount left behind");
    drop(rig);
    assert!(!dir.exists(), "{} removed", dir.display());
}
