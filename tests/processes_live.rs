//! The processes collector live, against psutil (Debian's python3-psutil) read at the
//! same moment, on processes this test starts: by pid only, never by name, under a uid
//! of their own that no passwd entry names (its name is then the uid in decimal, for
//! psutil as for gatherer), so whatever else runs on the host is never compared.
//!
//! * Frozen processes (SIGSTOP after they did some CPU work, wrote to disk, started
//!   threads, reaped a child): every field equals psutil's, and the CPU % since their
//!   start lies between the values for the uptimes read just before and after gatherer.
//! * A shell that runs 20 short children, each ending between two snapshots: the user's
//!   CPU counter grows by exactly the shell's own and children's time, tick for tick.
//! * The unit's hardening (a procfs mounted `hidepid=invisible`, the unit's capability
//!   bounding set): another user's processes are seen; their I/O only with
//!   CAP_SYS_PTRACE, as docs/processes.md says.
//!
//! Needs root (setpriv to another uid, mounting a procfs).

mod common;
use common::*;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// A uid no one else uses: unnamed, so selecting it selects only this test's processes.
fn test_uid() -> u32 {
    3_000_000 + std::process::id() % 1_000_000
}

/// `sh -c script` run as `uid`, in its own process group (killed, with its children,
/// when dropped).
struct Group(Vec<std::process::Child>);

impl Drop for Group {
    fn drop(&mut self) {
        for c in &mut self.0 {
            // SAFETY: signalling process groups this test made (process_group(0)).
            unsafe {
                libc::kill(-(c.id() as i32), libc::SIGKILL);
            }
            let _ = c.wait();
        }
    }
}

fn spawn_as(uid: u32, script: &str, cwd: &Path) -> std::process::Child {
    use std::os::unix::process::CommandExt;
    Command::new("setpriv")
        .args([format!("--reuid={uid}"), format!("--regid={uid}"), "--clear-groups".into()])
        .args(["sh", "-c", script])
        .current_dir(cwd)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn()
        .unwrap()
}

fn stat_fields(pid: u32) -> Option<Vec<String>> {
    let s = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let rest = &s[s.rfind(')')? + 2..];
    Some(rest.split_whitespace().map(str::to_string).collect())
}

/// Field `n` (proc(5) numbering) of /proc/PID/stat.
fn stat_field(pid: u32, n: usize) -> Option<u64> {
    stat_fields(pid)?.get(n - 3)?.parse().ok()
}

fn uptime() -> f64 {
    std::fs::read_to_string("/proc/uptime").unwrap().split_whitespace().next().unwrap().parse().unwrap()
}

/// psutil's view of `pids`, as JSON, one object per pid.
fn psutil(pids: &[u32]) -> Value {
    let script = r#"
import json, sys, psutil
out = {}
for pid in map(int, sys.argv[1:]):
    p = psutil.Process(pid)
    with p.oneshot():
        t = p.cpu_times()
        try:
            io = p.io_counters()
            io = [io.read_bytes, io.write_bytes, io.read_count, io.write_count]
        except psutil.AccessDenied:
            io = None
        out[pid] = dict(user=p.username(), name=p.name(), status=p.status(), ppid=p.ppid(),
                        create_time=p.create_time(), user_s=t.user, system_s=t.system,
                        children_user=t.children_user, children_system=t.children_system,
                        threads=p.num_threads(), rss=p.memory_info().rss,
                        memory_percent=p.memory_percent(), io=io, boot_time=psutil.boot_time())
print(json.dumps(out))
"#;
    let o =
        Command::new("/usr/bin/python3").arg("-c").arg(script).args(pids.iter().map(u32::to_string)).output().unwrap();
    assert!(o.status.success(), "psutil: {}", text(&o));
    serde_json::from_slice(&o.stdout).unwrap()
}

fn have_psutil() -> bool {
    Command::new("/usr/bin/python3").args(["-c", "import psutil"]).output().is_ok_and(|o| o.status.success())
}

fn can_run() -> bool {
    if !is_root() {
        peer_missing("root (to run processes as another uid)");
        return false;
    }
    if !have("setpriv") || !have_psutil() {
        peer_missing("setpriv and python3-psutil (apt-get install util-linux python3-psutil)");
        return false;
    }
    true
}

fn by_pid(state: &Value, pid: u32) -> &Value {
    state["processes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["pid"].as_u64() == Some(u64::from(pid)))
        .unwrap_or_else(|| panic!("pid {pid} not in {state}"))
}

#[test]
fn frozen_processes_equal_psutil_field_by_field() {
    if !can_run() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let work = d.join("work");
    std::fs::create_dir(&work).unwrap();
    std::fs::set_permissions(&work, std::os::unix::fs::PermissionsExt::from_mode(0o777)).unwrap();
    let uid = test_uid();
    // CPU work, a child reaped (children times), a file written and synced (I/O), then
    // a wait; and a process with threads.
    let burn = "i=0; while [ $i -lt 200000 ]; do i=$((i+1)); done";
    let scripts = [
        format!("{burn}; (i=0; while [ $i -lt 100000 ]; do i=$((i+1)); done); dd if=/dev/zero of=f1 bs=64k count=16 conv=fsync 2>/dev/null; echo > done1; exec sleep 600"),
        "exec python3 -c 'import threading,time,os\nfor _ in range(3): threading.Thread(target=time.sleep, args=(600,), daemon=True).start()\nx=sum(range(3000000))\nopen(\"done2\",\"w\").close()\ntime.sleep(600)'".to_string(),
        format!("{burn}; echo > done3; exec sleep 600"),
    ];
    let group = Group(scripts.iter().map(|s| spawn_as(uid, s, &work)).collect());
    eventually(60, "the workloads to finish their work", || {
        ["done1", "done2", "done3"].iter().all(|f| work.join(f).exists()).then_some(())
    });
    // Each runs as `sh -c` (or exec'd into sleep): the pids are the children's own.
    let pids: Vec<u32> = group.0.iter().map(|c| c.id()).collect();
    // setpriv execs sh, so the pid is the workload's; wait until each is asleep.
    eventually(10, "the workloads asleep", || {
        pids.iter().all(|p| stat_fields(*p).is_some_and(|f| f[0] == "S")).then_some(())
    });
    for p in &pids {
        // SAFETY: stopping processes this test started.
        unsafe { libc::kill(*p as i32, libc::SIGSTOP) };
    }
    eventually(10, "the workloads stopped", || {
        pids.iter().all(|p| stat_fields(*p).is_some_and(|f| f[0] == "T")).then_some(())
    });

    let state_dir = d.join("state");
    let before = uptime();
    let o = gatherer(d)
        .args(["once", "--collectors", "processes", "--processes-names", "--processes-users"])
        .arg(uid.to_string())
        .arg("--state-dir")
        .arg(&state_dir)
        .output()
        .unwrap();
    let after = uptime();
    assert!(o.status.success(), "{}", text(&o));
    let ps = psutil(&pids);
    let state = json(&state_dir.join("processes.json"));
    assert_eq!(state["processes"].as_array().unwrap().len(), 3, "exactly this test's processes: {state}");
    for pid in &pids {
        let (g, p) = (by_pid(&state, *pid), &ps[pid.to_string()]);
        let f = |k: &str| g[k].clone();
        assert_eq!(f("user"), p["user"], "{pid} user");
        assert_eq!(f("user"), Value::from(uid.to_string()));
        assert_eq!(f("name"), p["name"], "{pid} name");
        assert_eq!(f("state"), p["status"], "{pid} state");
        assert_eq!(f("state"), "stopped");
        assert_eq!(f("ppid"), p["ppid"], "{pid} ppid");
        assert_eq!(f("started_unix"), p["create_time"], "{pid} create_time");
        assert_eq!(f("cpu_user_s"), p["user_s"], "{pid} user time");
        assert_eq!(f("cpu_system_s"), p["system_s"], "{pid} system time");
        assert_eq!(f("children_user_s"), p["children_user"], "{pid} children user time");
        assert_eq!(f("children_system_s"), p["children_system"], "{pid} children system time");
        assert_eq!(f("threads"), p["threads"], "{pid} threads");
        assert_eq!(f("rss_bytes"), p["rss"], "{pid} rss");
        let mem = p["memory_percent"].as_f64().unwrap();
        assert!((f("memory_pct").as_f64().unwrap() - mem).abs() <= 0.0005 + 1e-12, "{pid} memory % {mem} {g}");
        let io: Vec<Value> = ["read_bytes", "write_bytes", "read_calls", "write_calls"].iter().map(|k| f(k)).collect();
        assert_eq!(Value::from(io), p["io"], "{pid} io");
        let start_ticks = ((p["create_time"].as_f64().unwrap() - p["boot_time"].as_f64().unwrap()) * 100.0).round();
        assert_eq!(f("id"), Value::from(format!("{pid}-{start_ticks}")), "{pid} id");
        // First seen: its own CPU since its start, for an uptime between the two reads.
        let own = p["user_s"].as_f64().unwrap() + p["system_s"].as_f64().unwrap();
        let started = start_ticks / 100.0;
        let (lo, hi) = (own / (after - started) * 100.0, own / (before - started) * 100.0);
        let pct = f("cpu_pct").as_f64().unwrap();
        assert!(f("first_seen") == true && lo - 0.0015 <= pct && pct <= hi + 0.0015, "{pid}: {pct} not in {lo}..{hi}");
        assert!(own > 0.0, "{pid} did some work");
    }
    let first = by_pid(&state, pids[0]);
    assert!(first["children_user_s"].as_f64().unwrap() + first["children_system_s"].as_f64().unwrap() > 0.0);
    assert!(first["write_bytes"].as_u64().unwrap() >= 1 << 20, "{first}");
    assert_eq!(by_pid(&state, pids[1])["threads"], 4);
    let u = &state["users"][uid.to_string()];
    assert_eq!(u["processes"], 3);
    drop(group);
}

/// The state file once its `interval_s` is set and `pred` holds.
fn wait_state(path: &Path, secs: u64, pred: impl Fn(&Value) -> bool) -> Value {
    eventually(secs, "a state file", || {
        let v: Value = serde_json::from_slice(&std::fs::read(path).ok()?).ok()?;
        pred(&v).then_some(v)
    })
}

#[test]
fn short_lived_children_are_counted_through_their_parent_tick_for_tick() {
    if !can_run() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let uid = test_uid() + 1;
    let state_dir = d.join("state");
    let path = state_dir.join("processes.json");
    let mut daemon = Reaped(
        gatherer(d)
            .args(["run", "--collectors", "processes", "--processes-interval", "0.5", "--processes-users"])
            .arg(uid.to_string())
            .arg("--state-dir")
            .arg(&state_dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    // A snapshot before the workload exists, so the workload is wholly after it.
    wait_state(&path, 20, |v| v["interval_s"].is_number());
    let child = "i=0; while [ $i -lt 30000 ]; do i=$((i+1)); done";
    let script = format!("n=0; while [ $n -lt 20 ]; do sh -c '{child}'; n=$((n+1)); done; exec sleep 600");
    let group = Group(vec![spawn_as(uid, &script, d)]);
    let pid = group.0[0].id();
    eventually(120, "the shell done with its children", || {
        (std::fs::read_to_string(format!("/proc/{pid}/comm")).ok()?.trim() == "sleep").then_some(())
    });
    let total: u64 = [14, 15, 16, 17].iter().map(|n| stat_field(pid, *n).unwrap()).sum();
    assert!(total > 10, "the children used some CPU: {total} ticks");
    // Two more snapshots: the last reap is settled by then.
    let seen = wait_state(&path, 10, |v| v["processes"].as_array().is_some_and(|p| !p.is_empty()));
    let at = seen["measured_at_unix"].as_i64().unwrap();
    let v = wait_state(&path, 10, |v| v["measured_at_unix"].as_i64().unwrap_or(0) > at + 1);
    let u = &v["users"][uid.to_string()];
    let counted = u["cpu_user_s"].as_f64().unwrap() + u["cpu_system_s"].as_f64().unwrap();
    assert_eq!((counted * 100.0).round() as u64, total, "every tick of the shell and its 20 children, once: {u}");
    // And psutil agrees on the shell's share.
    let p = &psutil(&[pid])[pid.to_string()];
    let ps_total =
        ["user_s", "system_s", "children_user", "children_system"].iter().map(|k| p[k].as_f64().unwrap()).sum::<f64>();
    assert_eq!((ps_total * 100.0).round() as u64, total);
    drop(group);
    let _ = daemon.0.kill();
}

/// The unit's capability bounding set, as the shipped unit says it.
fn unit_caps() -> Vec<String> {
    let unit = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("systemd/gatherer.service")).unwrap();
    let line = unit.lines().find_map(|l| l.strip_prefix("CapabilityBoundingSet=")).expect("a bounding set");
    line.split_whitespace().map(|c| c.trim_start_matches("CAP_").to_lowercase()).collect()
}

/// procfs mounted with `hidepid=invisible` (what `ProtectProc=invisible` mounts),
/// unmounted when dropped.
struct HiddenProc(PathBuf);

impl Drop for HiddenProc {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

#[test]
fn the_units_hardening_hides_io_without_the_drop_in() {
    if !can_run() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mnt = d.join("proc");
    std::fs::create_dir(&mnt).unwrap();
    let o = Command::new("mount").args(["-t", "proc", "-o", "hidepid=invisible", "proc"]).arg(&mnt).output().unwrap();
    if !o.status.success() {
        peer_missing(&format!("mounting a procfs with hidepid=invisible: {}", text(&o)));
        return;
    }
    let _mounted = HiddenProc(mnt.clone());
    let uid = test_uid() + 2;
    let group = Group(vec![spawn_as(uid, "exec sleep 600", d)]);
    let pid = group.0[0].id();
    eventually(10, "the process as its user", || {
        std::fs::metadata(format!("/proc/{pid}")).ok().filter(|m| std::os::unix::fs::MetadataExt::uid(m) == uid)
    });
    let run = |extra: &str, name: &str| {
        let caps: Vec<String> = unit_caps().into_iter().chain((!extra.is_empty()).then(|| extra.to_string())).collect();
        let bounding = format!("-all,{}", caps.iter().map(|c| format!("+{c}")).collect::<Vec<_>>().join(","));
        let state_dir = d.join(name);
        let o = Command::new("setpriv")
            .arg(format!("--bounding-set={bounding}"))
            .arg("--inh-caps=-all")
            .arg(bin())
            .args(["once", "--collectors", "processes", "--processes-users"])
            .arg(uid.to_string())
            .arg("--proc-root")
            .arg(&mnt)
            .arg("--state-dir")
            .arg(&state_dir)
            .env("GATHERER_ENV_FILE", d.join("no-env-file"))
            .env_remove("GATHERER_COLLECTORS")
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", text(&o));
        json(&state_dir.join("processes.json"))
    };
    let v = run("", "unit");
    let p = by_pid(&v, pid);
    assert_eq!(p["user"], Value::from(uid.to_string()), "seen under hidepid=invisible");
    assert!(p["read_bytes"].is_null() && p["write_calls"].is_null(), "io needs CAP_SYS_PTRACE: {p}");
    assert_eq!(v["users"][uid.to_string()]["io_unreadable"], 1);
    let v = run("sys_ptrace", "drop-in");
    let p = by_pid(&v, pid);
    assert!(p["read_bytes"].is_u64() && p["write_calls"].is_u64(), "with the drop-in: {p}");
    drop(group);
}
