//! `gatherer run` as a process: signals, logging, and recovery from bad input.

mod common;
use common::*;
use std::fs;
use std::path::Path;
use std::process::{Child, Stdio};

fn spawn_run(dir: &Path, extra: &[&str], debug: bool) -> Child {
    let (proc_root, sys_root) = (dir.join("proc"), dir.join("sys"));
    let mut c = gatherer(dir);
    c.args(["run", "--diskstats-interval", "0.2", "--log-file"])
        .arg(dir.join("log/gatherer.log"))
        .arg("--proc-root")
        .arg(&proc_root)
        .arg("--sys-root")
        .arg(&sys_root)
        .arg("--diskstats-state")
        .arg(dir.join("d.json"))
        .args(extra)
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    if debug {
        c.env("GATHERER_DEBUG", "1");
    }
    c.spawn().unwrap()
}

fn signal(child: &Child, sig: i32) {
    // SAFETY: plain kill(2) on our own child's pid.
    assert_eq!(unsafe { libc::kill(child.id() as i32, sig) }, 0);
}

fn wait_exit(child: &mut Child, secs: u64) -> std::process::ExitStatus {
    eventually(secs, "the daemon to exit", || child.try_wait().unwrap())
}

/// `/proc/PID/status` of a process, read once for the fields asked of it.
fn proc_status(pid: u32) -> Option<String> {
    fs::read_to_string(format!("/proc/{pid}/status")).ok()
}

/// One field's value in that text (`Threads:` gives `"7"`).
fn status_field<'a>(status: &'a str, name: &str) -> Option<&'a str> {
    status.lines().find_map(|l| l.strip_prefix(name)).map(str::trim)
}

fn log_text(dir: &Path) -> String {
    fs::read_to_string(dir.join("log/gatherer.log")).unwrap_or_default()
}

#[test]
fn sigterm_exits_0_with_a_complete_state_file() {
    let dir = tempfile::tempdir().unwrap();
    fixture_roots(dir.path());
    let mut child = spawn_run(dir.path(), &[], false);
    let state = dir.path().join("d.json");
    eventually(10, "a first state write", || state.exists().then_some(()));
    signal(&child, libc::SIGTERM);
    let status = wait_exit(&mut child, 10);
    assert_eq!(status.code(), Some(0));
    assert_eq!(json(&state)["status"], "ok");
    let log = log_text(dir.path());
    assert!(log.contains("SIGTERM") && log.contains("stopped"), "{log}");
    assert!(!log.contains("DEBUG"), "INFO by default: {log}");
    assert_eq!(temp_files(dir.path()), Vec::<String>::new(), "temp files left");
}

#[test]
fn a_vanishing_source_is_an_error_state_that_recovers_by_itself() {
    let dir = tempfile::tempdir().unwrap();
    fixture_roots(dir.path());
    let mut child = spawn_run(dir.path(), &[], true);
    let state = dir.path().join("d.json");
    eventually(10, "ok", || (state.exists() && json(&state)["status"] == "ok").then_some(()));
    let diskstats = dir.path().join("proc/diskstats");
    let good = fs::read(&diskstats).unwrap();
    fs::remove_file(&diskstats).unwrap();
    let s = eventually(10, "error", || Some(json(&state)).filter(|s| s["status"] == "error"));
    assert!(s["error"].as_str().unwrap().contains("diskstats"), "{s}");
    assert!(s["disks"]["sda"].is_object(), "last good values kept: {s}");
    // Garbage lines are skipped, the good line still counts.
    let mut bad = b"total garbage\n8 16 sdb 1 2\n".to_vec();
    bad.extend_from_slice(&good);
    fs::write(&diskstats, bad).unwrap();
    eventually(10, "recovery", || Some(json(&state)).filter(|s| s["status"] == "ok"));
    assert!(child.try_wait().unwrap().is_none(), "still running");
    signal(&child, libc::SIGINT);
    assert_eq!(wait_exit(&mut child, 10).code(), Some(0));
    let log = log_text(dir.path());
    assert!(log.contains("DEBUG") && log.contains("cycle"), "GATHERER_DEBUG=1 logs every cycle: {log}");
    assert_eq!(log.matches("skipping malformed line \"total garbage\"").count(), 1, "warned once: {log}");
}

#[test]
fn sighup_reopens_the_log_file() {
    let dir = tempfile::tempdir().unwrap();
    fixture_roots(dir.path());
    let mut child = spawn_run(dir.path(), &[], false);
    let log = dir.path().join("log/gatherer.log");
    eventually(10, "the log file", || log_text(dir.path()).contains("starting").then_some(()));
    fs::rename(&log, dir.path().join("log/gatherer.log.1")).unwrap();
    signal(&child, libc::SIGHUP);
    eventually(10, "a new log file", || log_text(dir.path()).contains("reopened").then_some(()));
    signal(&child, libc::SIGTERM);
    assert_eq!(wait_exit(&mut child, 10).code(), Some(0));
    assert!(log_text(dir.path()).contains("stopped"));
    assert!(!fs::read_to_string(dir.path().join("log/gatherer.log.1")).unwrap().contains("stopped"));
}

/// Started set-user-ID, glibc drops the tunable from the environment of the start again
/// (`AT_SECURE`): the daemon must still start itself again only once, not forever (which
/// it did: 74,534 execs in 3 s, never past its start).
#[test]
fn a_set_user_id_daemon_starts_itself_again_only_once() {
    if !rustix::process::geteuid().is_root() {
        return peer_missing("root (to make a set-user-ID copy of the binary)");
    }
    let fixture = tempfile::tempdir().unwrap();
    fixture_roots(fixture.path());
    // Beside the build (or in /var/tmp): /tmp may be mounted nosuid.
    for place in [Path::new(env!("CARGO_TARGET_TMPDIR")), Path::new("/var/tmp")] {
        let Ok(dir) = tempfile::Builder::new().prefix("setuid").tempdir_in(place) else { continue };
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
        let copy = dir.path().join("gatherer");
        fs::copy(bin(), &copy).unwrap();
        std::os::unix::fs::chown(&copy, Some(65534), Some(65534)).unwrap();
        fs::set_permissions(&copy, fs::Permissions::from_mode(0o4755)).unwrap();
        let mut c = std::process::Command::new(&copy);
        c.env_clear().env("PATH", "/usr/bin:/bin").env("GATHERER_ENV_FILE", fixture.path().join("none"));
        c.args(["run", "--collectors", "diskstats", "--diskstats-interval", "0.2", "--proc-root"]);
        c.arg(fixture.path().join("proc")).arg("--sys-root").arg(fixture.path().join("sys"));
        c.arg("--diskstats-state").arg(dir.path().join("d.json")).arg("--state-dir").arg(dir.path().join("state"));
        let mut child = Reaped(c.stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap());
        let pid = child.0.id();
        let threads = |text: &str| status_field(text, "Threads:").and_then(|t| t.parse::<u32>().ok());
        // Past its start: its collector's threads exist (a process that starts itself
        // again forever stays at one thread).
        let text = eventually(10, "the set-user-ID daemon to get past its start", || {
            let text = proc_status(pid)?;
            (threads(&text)? > 1).then_some(text)
        });
        // Real, effective, saved and filesystem uids.
        if status_field(&text, "Uid:").and_then(|u| u.split_whitespace().nth(1)) != Some("65534") {
            continue; // set-user-ID not honoured here (a nosuid mount)
        }
        let environ = fs::read(format!("/proc/{pid}/environ")).unwrap();
        assert!(
            environ.split(|b| *b == 0).any(|kv| kv == b"GATHERER_STARTED_AGAIN=gatherer"),
            "it started itself again, once: {}",
            String::from_utf8_lossy(&environ)
        );
        // Still the same image a second later (an endless start again would have left
        // its threads behind).
        std::thread::sleep(std::time::Duration::from_secs(1));
        let now = proc_status(pid).unwrap();
        assert!(threads(&now).unwrap() > 1, "{now}");
        signal(&child.0, libc::SIGTERM);
        assert_eq!(wait_exit(&mut child.0, 10).code(), Some(0));
        return;
    }
    peer_missing("a directory that honours set-user-ID (target/tmp, /var/tmp)");
}

/// The daemon starts itself again once, with glibc's per-thread malloc caches off and one
/// arena (src/service/memory.rs): same pid, same arguments, the tunable in its environment, and
/// a signal sent meanwhile is still handled, never the default death.
#[test]
fn the_daemon_restarts_itself_without_thread_caches_and_keeps_early_signals() {
    let dir = tempfile::tempdir().unwrap();
    fixture_roots(dir.path());
    // Reaped: a failed assertion must not leave a daemon behind.
    let mut child = Reaped(spawn_run(dir.path(), &[], false));
    let environ = Path::new("/proc").join(child.0.id().to_string()).join("environ");
    let tunables = eventually(10, "the restarted daemon's environment", || {
        let env = fs::read(&environ).ok()?;
        env.split(|b| *b == 0).find(|kv| kv.starts_with(b"GLIBC_TUNABLES=")).map(|kv| kv.to_vec())
    });
    // glibc 2.36 rewrites the variable as it reads it, and shows only the first tunable;
    // the second, one malloc arena, shows in the address space: each arena of its own
    // reserves 64 MiB (about 400 MB with arena_max=8 and these threads, 12 MB with one).
    assert!(
        String::from_utf8_lossy(&tunables).starts_with("GLIBC_TUNABLES=glibc.malloc.tcache_count=0"),
        "{}",
        String::from_utf8_lossy(&tunables)
    );
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let status = proc_status(child.0.id()).unwrap();
    let vm_kib: u64 = status_field(&status, "VmSize:").and_then(|v| v.split_whitespace().next()?.parse().ok()).unwrap();
    assert!(vm_kib < 64 << 10, "one malloc arena: VmSize {vm_kib} KiB");
    let cmdline = fs::read(Path::new("/proc").join(child.0.id().to_string()).join("cmdline")).unwrap();
    assert!(cmdline.starts_with(bin().as_os_str().as_encoded_bytes()), "{}", String::from_utf8_lossy(&cmdline));
    // Still named after its file, not "exe" (the file it started again from): ps, pgrep,
    // pidof and check_procs -C go by this name.
    let comm = fs::read_to_string(Path::new("/proc").join(child.0.id().to_string()).join("comm")).unwrap();
    assert_eq!(comm.trim_end(), "gatherer");
    signal(&child.0, libc::SIGTERM);
    assert_eq!(wait_exit(&mut child.0, 10).code(), Some(0));

    // SIGTERM as soon as the first process holds it back or catches it (before that, in
    // the loader, nothing can): whether it lands before the exec, during it or after, it is
    // handled.
    let held = |pid: u32| {
        let status = proc_status(pid)?;
        let has = |field: &str| {
            let mask = status_field(&status, field).unwrap_or("0");
            u64::from_str_radix(mask, 16).unwrap_or(0) & (1 << (libc::SIGTERM - 1)) != 0
        };
        (has("SigBlk:") || has("SigCgt:")).then_some(())
    };
    for round in 0..10 {
        let mut child = Reaped(spawn_run(dir.path(), &[], false));
        let until = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while held(child.0.id()).is_none() {
            assert!(std::time::Instant::now() < until, "SIGTERM never held back");
            std::thread::yield_now();
        }
        signal(&child.0, libc::SIGTERM);
        let status = wait_exit(&mut child.0, 10);
        assert_eq!(status.code(), Some(0), "round {round}: {status:?}");
    }

    // An operator's own setting wins and is kept as it is.
    let mut c = gatherer(dir.path());
    c.env("GLIBC_TUNABLES", "glibc.malloc.tcache_count=2:glibc.malloc.arena_max=2");
    c.args(["run", "--diskstats-interval", "1", "--proc-root"]).arg(dir.path().join("proc"));
    c.arg("--sys-root").arg(dir.path().join("sys")).arg("--diskstats-state").arg(dir.path().join("d.json"));
    let mut child = Reaped(c.stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap());
    std::thread::sleep(std::time::Duration::from_millis(300));
    let env = fs::read(Path::new("/proc").join(child.0.id().to_string()).join("environ")).unwrap();
    let tunables: Vec<&[u8]> = env.split(|b| *b == 0).filter(|kv| kv.starts_with(b"GLIBC_TUNABLES=")).collect();
    // (glibc itself may shorten what /proc shows of the variable; the count is what matters.)
    let shown: Vec<String> = tunables.iter().map(|t| String::from_utf8_lossy(t).into_owned()).collect();
    assert!(
        shown.len() == 1
            && shown[0].contains("tcache_count=2")
            && !shown[0].contains("tcache_count=0")
            && !shown[0].contains("arena_max=1"),
        "{shown:?}"
    );
    signal(&child.0, libc::SIGTERM);
    assert_eq!(wait_exit(&mut child.0, 10).code(), Some(0));
}

/// The resident KiB of the daemon's own program file in its read-only private mappings
/// (code and read-only data), from `/proc/PID/smaps`.
fn program_rss_kib(pid: u32) -> u64 {
    let smaps = fs::read_to_string(format!("/proc/{pid}/smaps")).unwrap();
    let exe = bin().canonicalize().unwrap();
    let (mut ours, mut total) = (false, 0);
    for line in smaps.lines() {
        let words: Vec<&str> = line.split_ascii_whitespace().collect();
        if words.first().is_some_and(|w| w.contains('-') && !w.ends_with(':')) && words.len() >= 5 {
            let perms = words[1].as_bytes();
            ours = words.get(5).is_some_and(|p| Path::new(p) == exe) && perms[1] != b'w' && perms[3] == b'p';
        } else if ours && words.first() == Some(&"Rss:") {
            total += words[1].parse::<u64>().unwrap();
        }
    }
    total
}

/// The pages of `file` in the page cache within `ranges` (offset, length), and all of them:
/// mincore(2) over a fresh shared mapping of the file reports the page cache, not any
/// process's mappings.
fn cached_pages(file: &Path, ranges: &[(u64, u64)]) -> (usize, usize) {
    use std::os::fd::AsRawFd;
    let f = fs::File::open(file).unwrap();
    let len = f.metadata().unwrap().len() as usize;
    // SAFETY: a read-only shared mapping of a file this test owns, unmapped below; only
    // its residency is asked, nothing is read through it.
    unsafe {
        let at = libc::mmap(std::ptr::null_mut(), len, libc::PROT_READ, libc::MAP_SHARED, f.as_raw_fd(), 0);
        assert_ne!(at, libc::MAP_FAILED);
        let page = 4096;
        let mut resident = vec![0u8; len.div_ceil(page)];
        assert_eq!(libc::mincore(at, len, resident.as_mut_ptr()), 0);
        libc::munmap(at, len);
        let pages = ranges
            .iter()
            .flat_map(|&(off, n)| (off as usize / page)..((off + n) as usize).div_ceil(page).min(resident.len()));
        pages.fold((0, 0), |(cached, all), i| (cached + usize::from(resident[i] & 1 == 1), all + 1))
    }
}

/// The give-back also drops the program's read-only data from the page cache (where no
/// other process maps it), so the kernel does not map its neighbours back with every page
/// the cycles fault in (docs/design.md, "Footprint"). On a copy of the program that only
/// this daemon runs, written, synced and read (so wholly cached) first.
#[test]
fn the_given_back_read_only_data_leaves_the_page_cache() {
    let dir = tempfile::tempdir().unwrap();
    let (proc_root, sys_root) = fixture_roots(dir.path());
    // Not in a tmpfs, whose pages are the file itself and cannot be dropped: beside the
    // build, or else in /var/tmp.
    let tmpfs = |d: &str| rustix::fs::statfs(d).is_ok_and(|s| s.f_type == 0x0102_1994);
    let place = [env!("CARGO_TARGET_TMPDIR"), "/var/tmp"].into_iter().find(|d| !tmpfs(d));
    let copies = tempfile::tempdir_in(place.expect("a directory on a disk filesystem for the program's copy")).unwrap();
    let program = copies.path().join("gatherer");
    fs::copy(bin(), &program).unwrap();
    fs::File::open(&program).unwrap().sync_all().unwrap();
    let _ = fs::read(&program).unwrap();
    let mut c = gatherer_at(&program, dir.path());
    c.args(["run", "--collectors", "memory,cpu", "--memory-interval", "3600", "--cpu-interval", "1"]);
    c.arg("--log-file").arg(dir.path().join("log/gatherer.log")).arg("--state-dir").arg(dir.path());
    c.arg("--proc-root").arg(&proc_root).arg("--sys-root").arg(&sys_root).env("GATHERER_DEBUG", "1");
    let size = fs::metadata(&program).unwrap().len();
    let (cached, all) = cached_pages(&program, &[(0, size)]);
    assert!(cached * 10 >= all * 9, "only {cached} of {all} pages of the copy cached to begin with");
    let mut child = Reaped(c.stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap());
    eventually(20, "the start's pages given back", || {
        log_text(dir.path()).contains("gave back the start's pages").then_some(())
    });
    // A cycle later, what the cycles use is back, one page at a time.
    std::thread::sleep(std::time::Duration::from_millis(1500));
    // The read-only data: the program's mappings neither writable nor executable, nor
    // ever written (`ac`: the relocated data, whose pages are the daemon's own copies).
    let smaps = fs::read_to_string(format!("/proc/{}/smaps", child.0.id())).unwrap();
    let mut ranges: Vec<(u64, u64)> = Vec::new();
    let mut this = None;
    for line in smaps.lines() {
        let w: Vec<&str> = line.split_ascii_whitespace().collect();
        if w.len() >= 6 && w[0].contains('-') && !w[0].ends_with(':') {
            let (lo, hi) = w[0].split_once('-').unwrap();
            let len = u64::from_str_radix(hi, 16).unwrap() - u64::from_str_radix(lo, 16).unwrap();
            this =
                (Path::new(w[5]) == program && w[1] == "r--p").then(|| (u64::from_str_radix(w[2], 16).unwrap(), len));
        } else if w.first() == Some(&"VmFlags:") {
            ranges.extend(this.take().filter(|_| !w.contains(&"ac")));
        }
    }
    let (cached, all) = cached_pages(&program, &ranges);
    assert!(all > 0 && cached * 2 < all, "{cached} of {all} pages of read-only data still cached after the give-back");
    signal(&child.0, libc::SIGTERM);
    assert_eq!(wait_exit(&mut child.0, 10).code(), Some(0));
}

/// Once started, the daemon gives back the pages of its program that only its start used
/// (docs/design.md, "Footprint"), and again after a reload; it goes on working.
#[test]
fn the_daemon_gives_back_the_pages_only_its_start_used() {
    let dir = tempfile::tempdir().unwrap();
    let (proc_root, sys_root) = fixture_roots(dir.path());
    let mut c = gatherer(dir.path());
    // memory once an hour, cpu every second: the cycles after the give-back must go on.
    c.args(["run", "--collectors", "memory,cpu", "--memory-interval", "3600", "--cpu-interval", "1"]);
    c.arg("--log-file").arg(dir.path().join("log/gatherer.log")).arg("--state-dir").arg(dir.path());
    c.arg("--proc-root").arg(&proc_root).arg("--sys-root").arg(&sys_root).env("GATHERER_DEBUG", "1");
    let mut child = Reaped(c.stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap());
    let gave_back = |n: usize| {
        let log = log_text(dir.path());
        let line = log.lines().filter(|l| l.contains("gave back the start's pages")).nth(n)?.to_string();
        let figures: Vec<u64> = line.split_ascii_whitespace().filter_map(|w| w.parse().ok()).collect();
        Some((figures[0], figures[1]))
    };
    // The daemon's own reading of its smaps, just before and just after the advice.
    let (before, after) = eventually(20, "the start's pages given back", || gave_back(0));
    assert!(before > 0 && after < before / 2, "from {before} to {after} KiB");
    // Read independently, later: still under what the start had touched (the cycles map
    // some of it again, and the kernel maps whole large folios of the page cache at a
    // fault, so how much comes back depends on how the file sits in the page cache).
    std::thread::sleep(std::time::Duration::from_millis(500));
    let now = program_rss_kib(child.0.id());
    assert!(now < before, "{now} KiB of the program resident, {before} KiB after the start");
    // A reload parses the command line again, and gives that back too.
    signal(&child.0, libc::SIGHUP);
    let (again, after) = eventually(20, "the pages given back after the reload", || gave_back(1));
    assert!(again > 0 && after < again, "from {again} to {after} KiB after the reload");
    // The cycles go on after both: the cpu state file is rewritten with newer samples.
    let stamp = |s: &str| {
        s.split("\"attempted_at_unix\":")
            .nth(1)
            .and_then(|r| r.trim_start().split(|ch: char| !ch.is_ascii_digit()).next()?.parse::<i64>().ok())
    };
    let cpu = dir.path().join("cpu.json");
    let first = eventually(10, "a cpu state file", || stamp(&fs::read_to_string(&cpu).ok()?));
    eventually(10, "a newer cpu state file", || (stamp(&fs::read_to_string(&cpu).ok()?)? > first).then_some(()));
    signal(&child.0, libc::SIGTERM);
    assert_eq!(wait_exit(&mut child.0, 10).code(), Some(0));
}
