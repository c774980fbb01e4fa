//! The Graphite spool from the outside: `gatherer run` and `gatherer once` on one spool
//! directory, a planted huge segment at start, a full spool disk, and `once` against a
//! destination that is down.

mod common;
use common::*;
use std::fs;
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

/// A daemon, killed and reaped however the test ends.
struct Daemon(Child);
impl Drop for Daemon {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A port nobody listens on (checked).
fn dead_port() -> u16 {
    let p = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    assert!(TcpStream::connect(("127.0.0.1", p)).is_err(), "port {p} should be dead");
    p
}

/// `gatherer SUB` with `collectors` every 0.2 s on the fixture roots of `dir`, sending to
/// carbon at `port` through the spool `spool`, logging to `log`, plus `extra`.
fn command(dir: &Path, sub: &str, collectors: &str, port: u16, spool: &Path, log: &Path, extra: &[&str]) -> Command {
    let mut c = gatherer(dir);
    c.args([sub, "--collectors", collectors])
        .args(collectors.split(',').flat_map(|c| [format!("--{c}-interval"), "0.2".into()]))
        .arg("--proc-root")
        .arg(dir.join("proc"))
        .arg("--sys-root")
        .arg(dir.join("sys"))
        .arg("--graphite")
        .arg(format!("127.0.0.1:{port}"))
        .arg("--spool-dir")
        .arg(spool)
        .arg("--log-file")
        .arg(log)
        .args(extra)
        .stdin(Stdio::null());
    c
}

fn run_daemon(c: &mut Command) -> Daemon {
    Daemon(c.stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap())
}

/// Run `c` to its end, failing the test past `secs`.
fn within(secs: u64, mut c: Command) -> (Output, Duration) {
    let started = Instant::now();
    let mut child = c.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(secs) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("did not end within {secs} s: {c:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    (child.wait_with_output().unwrap(), started.elapsed())
}

/// The destination's own spool directory.
fn destination_dir(spool: &Path, port: u16) -> PathBuf {
    spool.join(format!("graphite-127.0.0.1_{port}"))
}

/// Every line in the segments of `dir`.
fn spooled(dir: &Path) -> String {
    let mut out = String::new();
    let Ok(entries) = fs::read_dir(dir) else { return out };
    for e in entries {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "spool") {
            out.push_str(&String::from_utf8_lossy(&fs::read(&p).unwrap()));
        }
    }
    out
}

/// A second daemon on the spool a first one uses refuses to start, naming the first's
/// pid; `once` beside the daemon keeps out of its spool (its points stay in memory),
/// says so, and says how each output went apart from the collectors.
#[test]
fn a_spool_in_use_is_refused_by_a_second_daemon_and_kept_out_of_by_once() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fixture_roots(d);
    let (port, spool) = (dead_port(), d.join("spool"));
    let first = run_daemon(&mut command(d, "run", "memory", port, &spool, &d.join("1.log"), &[]));
    let dest = destination_dir(&spool, port);
    eventually(15, "the first daemon's points in its spool", || spooled(&dest).contains(".memory.").then_some(()));

    let (o, _) = within(30, command(d, "run", "memory", port, &spool, &d.join("2.log"), &[]));
    let log2 = fs::read_to_string(d.join("2.log")).unwrap_or_default();
    assert_ne!(o.status.code(), Some(0), "{}", text(&o));
    let pid = format!("pid {}", first.0.id());
    assert!(text(&o).contains(&pid) || log2.contains(&pid), "the holder named: {}\n{log2}", text(&o));

    let (o, took) = within(30, command(d, "once", "cpu", port, &spool, &d.join("3.log"), &[]));
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "every collector measured: {}", text(&o));
    assert!(out.contains(&pid) && out.contains("in memory only"), "{}", text(&o));
    assert!(out.lines().any(|l| l.starts_with("cpu: ok")), "{}", text(&o));
    assert!(out.lines().any(|l| l.starts_with("output graphite ") && l.contains("NOT SENT")), "{}", text(&o));
    assert!(took < Duration::from_secs(15), "once took {took:?}");
    std::thread::sleep(Duration::from_millis(500));
    assert!(!spooled(&dest).contains(".cpu."), "once wrote into the daemon's spool");
    drop(first);
}

/// `once` with Graphite down: the collector's line says ok, the output's own line says
/// it was not sent, within seconds, and the exit status is 0.
#[test]
fn once_with_graphite_down_reports_the_output_apart_and_exits_0() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fixture_roots(d);
    let (port, spool) = (dead_port(), d.join("spool"));
    let (o, took) = within(60, command(d, "once", "memory", port, &spool, &d.join("g.log"), &[]));
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(out.lines().any(|l| l.starts_with("memory: ok")), "{}", text(&o));
    let line = out.lines().find(|l| l.starts_with(&format!("output graphite 127.0.0.1:{port}:")));
    assert!(line.is_some_and(|l| l.contains("NOT SENT") && l.contains("wait in its spool")), "{}", text(&o));
    assert!(took < Duration::from_secs(10), "once took {took:?}");
    assert_eq!(json(&d.join("state/memory.json"))["status"], "ok");
    // What was not sent waits for the next start, on disk.
    assert!(spooled(&destination_dir(&spool, port)).contains(".memory."));
}

/// A planted 8 GB sparse segment neither delays the start (collectors write within
/// seconds) nor goes without a word: the log names it as removed.
#[test]
fn a_planted_huge_segment_delays_nothing_and_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fixture_roots(d);
    let (port, spool) = (dead_port(), d.join("spool"));
    let dest = destination_dir(&spool, port);
    fs::create_dir_all(&dest).unwrap();
    fs::set_permissions(&dest, std::os::unix::fs::PermissionsExt::from_mode(0o700)).unwrap();
    let huge = dest.join("0000000000000001.spool");
    fs::File::create(&huge).unwrap().set_len(8 << 30).unwrap();
    let log = d.join("g.log");
    let started = Instant::now();
    let _daemon = run_daemon(&mut command(d, "run", "memory", port, &spool, &log, &[]));
    let state = d.join("state/memory.json");
    eventually(10, "the first state file", || (state.exists() && json(&state)["status"] == "ok").then_some(()));
    assert!(started.elapsed() < Duration::from_secs(8), "first state after {:?}", started.elapsed());
    assert!(!huge.exists());
    let text = fs::read_to_string(&log).unwrap();
    assert!(text.contains("0000000000000001.spool") && text.contains("removed unread"), "{text}");
}

/// A full spool disk: said once at ERROR, not at every segment; no empty segment file
/// is left behind; points go on in memory.
#[test]
fn a_full_spool_disk_is_logged_once_and_leaves_no_empty_segment() {
    if !is_root() {
        return peer_missing("root (to mount a tiny tmpfs)");
    }
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fixture_roots(d);
    let small = d.join("small");
    let _tmpfs = match SmallTmpfs::mount(&small, "64k") {
        Ok(t) => t,
        Err(why) => return peer_missing(&format!("a tmpfs mount ({why})")),
    };
    let port = dead_port();
    let spool = small.join("spool");
    let log = d.join("g.log");
    // A spool bound of 64 KiB: 16 KiB segments, so a new one is tried every few rounds.
    let mut daemon =
        run_daemon(&mut command(d, "run", "memory,cpu,network", port, &spool, &log, &["--spool-max-bytes", "64K"]));
    let dest = destination_dir(&spool, port);
    eventually(15, "the spool directory", || dest.exists().then_some(()));
    // Fill the disk under it.
    let _ = fs::write(small.join("filler"), vec![1u8; 128 << 10]);
    std::thread::sleep(Duration::from_secs(6));
    // SAFETY: plain kill(2) on our own child.
    unsafe { libc::kill(daemon.0.id() as i32, libc::SIGTERM) };
    eventually(15, "exit", || daemon.0.try_wait().unwrap());
    let text = fs::read_to_string(&log).unwrap();
    // (Saving the cursor at the stop fails too: another reason, said once as well.)
    let errors: Vec<&str> = text.lines().filter(|l| l.contains("ERROR") && l.contains("cannot append")).collect();
    assert_eq!(errors.len(), 1, "once per distinct reason:\n{}", errors.join("\n"));
    assert!(errors[0].contains("No space left"), "{}", errors[0]);
    let empty: Vec<String> = fs::read_dir(&dest)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "spool") && fs::metadata(p).unwrap().len() == 0)
        .map(|p| p.display().to_string())
        .collect();
    assert!(empty.is_empty(), "empty segments left: {empty:?}");
}

/// A reload that changes an output setting restarts the outputs: the old destination's
/// spool is let go before the new one takes it, so the restart neither waits on the
/// daemon's own lock nor fails ("in use by pid <itself>").
#[test]
fn a_reload_that_restarts_the_outputs_takes_the_spool_back_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fixture_roots(d);
    let (spool, log, env_file) = (d.join("spool"), d.join("gatherer.log"), d.join("env"));
    let free = || TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let (first, second) = (free(), free());
    fs::write(&env_file, format!("GATHERER_HTTP_LISTEN=127.0.0.1:{first}\n")).unwrap();
    // A carbon that takes every line: the destination is connected when the reload comes.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let carbon = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for conn in listener.incoming() {
            let Ok(mut conn) = conn else { return };
            std::thread::spawn(move || std::io::copy(&mut conn, &mut std::io::sink()));
        }
    });
    let mut c = command(d, "run", "memory", carbon, &spool, &log, &["--debug", "1"]);
    c.env("GATHERER_ENV_FILE", &env_file);
    let daemon = run_daemon(&mut c);
    eventually(10, "the first endpoint", || TcpStream::connect(("127.0.0.1", first)).ok());
    eventually(10, "points sent", || fs::read_to_string(&log).ok()?.contains("connected").then_some(()));
    std::thread::sleep(Duration::from_millis(500));
    fs::write(&env_file, format!("GATHERER_HTTP_LISTEN=127.0.0.1:{second}\n")).unwrap();
    let hup = Instant::now();
    let _ = Command::new("kill").args(["-HUP", &daemon.0.id().to_string()]).status();
    let restarted = |t: &str| t.matches("sending to Graphite at").count() == 2;
    eventually(30, "Graphite restarted", || fs::read_to_string(&log).ok().filter(|t| restarted(t)));
    let took = hup.elapsed();
    assert!(TcpStream::connect(("127.0.0.1", second)).is_ok(), "the second endpoint answers");
    let text = fs::read_to_string(&log).unwrap();
    assert!(!text.contains("in use by"), "{text}");
    assert!(took < Duration::from_secs(5), "the outputs came back after {took:?}:\n{text}");
    assert!(text.contains("restarting the outputs"), "{text}");
}

/// A reload to a --spool-dir reached through another user's symlink (in a sticky
/// directory, on a host without fs.protected_symlinks) is refused as at start: nothing is
/// made where the link points, and the points stay in memory. Root only.
#[test]
fn a_new_spool_dir_through_another_users_symlink_is_refused_at_a_reload() {
    if !is_root() {
        peer_missing("root, to plant a symlink owned by another user");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fixture_roots(d);
    let (log, env_file, target) = (d.join("gatherer.log"), d.join("env"), d.join("target"));
    fs::create_dir(&target).unwrap();
    let link = d.join("planted");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    std::os::unix::fs::lchown(&link, Some(65534), None).unwrap();
    fs::write(&env_file, format!("GATHERER_SPOOL_DIR={}\n", d.join("spool").display())).unwrap();
    // The spool directory comes from the env file alone, so that a reload can change it:
    // the flag `command` gives is left out.
    let flags: Vec<_> = command(d, "run", "memory", dead_port(), Path::new("unused"), &log, &[])
        .get_args()
        .map(|a| a.to_os_string())
        .collect();
    let at = flags.iter().position(|a| a == "--spool-dir").unwrap();
    let mut c = gatherer(d);
    c.args(flags[..at].iter().chain(&flags[at + 2..])).env("GATHERER_ENV_FILE", &env_file);
    let daemon = run_daemon(&mut c);
    let _ = eventually(10, "the first spool", || fs::read_dir(d.join("spool")).ok()?.next());
    fs::write(&env_file, format!("GATHERER_SPOOL_DIR={}\n", link.join("spool").display())).unwrap();
    let _ = Command::new("kill").args(["-HUP", &daemon.0.id().to_string()]).status();
    eventually(10, "the refusal logged", || {
        fs::read_to_string(&log).ok()?.contains(&format!("{}", link.display())).then_some(())
    });
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(fs::read_dir(&target).unwrap().count(), 0, "something was made through the planted link");
}
