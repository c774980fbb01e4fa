//! The checks as a monitoring engine runs them: exit code and first line for fresh,
//! stale, missing, error and unparseable state files; munin's own munin-run; and a real
//! Nagios 4 executing them.

mod common;
use common::*;
use gatherer::collectors::diskstats::{DiskUtil, DiskWindow};
use gatherer::collectors::vmware::CpuReady;
use gatherer::collectors::whisper::{ScanKind, WhisperCount};
use gatherer::state::{Envelope, State, Status, SCHEMA};
use serde::Serialize;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn now() -> i64 {
    gatherer::util::timefmt::now_unix_ms() / 1000
}

/// Write a state file through the types the daemon writes with.
fn write_state<R: Serialize>(
    path: &Path,
    collector: &str,
    measured: Option<i64>,
    error: Option<&str>,
    reading: Option<R>,
) {
    let s = State {
        envelope: Envelope {
            schema: SCHEMA,
            collector: collector.into(),
            host: "h".into(),
            status: if error.is_some() { Status::Error } else { Status::Ok },
            error: error.map(str::to_string),
            measured_at: measured.map(gatherer::util::timefmt::rfc3339),
            measured_at_unix: measured,
            attempted_at_unix: now(),
            duration_ms: 1,
        },
        reading,
    };
    fs::write(path, s.to_json().unwrap()).unwrap();
}

fn disks(utils: &[(&str, f64)]) -> DiskUtil {
    let w = |u: f64| DiskWindow {
        util_pct: u,
        r_s: 1.0,
        w_s: 1.0,
        rkb_s: 1.0,
        wkb_s: 1.0,
        r_await_ms: 1.0,
        w_await_ms: 1.0,
        aqu_sz: 0.1,
    };
    DiskUtil {
        interval_s: 30.0,
        disks: utils.iter().map(|(n, u)| (n.to_string(), w(*u))).collect(),
        counters: Default::default(),
    }
}

fn count(hosts: u64, metrics: u64) -> WhisperCount {
    WhisperCount { root: "/w".into(), hosts, metrics, dirs: hosts * 3, unreadable_dirs: 0, scan: ScanKind::Full }
}

fn ready(per: f64, vmware: bool) -> CpuReady {
    CpuReady {
        is_vmware: vmware,
        source: vmware.then(|| "vsphere".into()),
        vm: None,
        vm_name: None,
        num_cpu: vmware.then_some(4),
        cpu_ready_ms: vmware.then_some((per * 4.0 * 200.0) as u64),
        interval_s: vmware.then_some(20.0),
        cpu_ready_pct: vmware.then_some(per),
        cpu_ready_pct_total: vmware.then_some(per * 4.0),
        note: None,
    }
}

fn check(dir: &Path, args: &[&str]) -> (i32, String) {
    let o: Output = gatherer(dir)
        .arg("check")
        .args(args)
        .arg("--diskstats-state")
        .arg(dir.join("d.json"))
        .arg("--whisper-state")
        .arg(dir.join("w.json"))
        .arg("--vmware-state")
        .arg(dir.join("v.json"))
        .output()
        .unwrap();
    let first = String::from_utf8_lossy(&o.stdout).lines().next().unwrap_or_default().to_string();
    assert_eq!(String::from_utf8_lossy(&o.stdout).lines().count(), 1, "one line: {}", text(&o));
    (o.status.code().unwrap(), first)
}

#[test]
fn disk_util_states_and_thresholds() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let p = d.join("d.json");
    assert_eq!(
        check(d, &["disk-util"]),
        (3, format!("GATHERER DISK-UTIL UNKNOWN - gatherer has never written {}; is it running?", p.display()))
    );

    write_state(&p, "diskstats", Some(now()), None, Some(disks(&[("sda", 12.34), ("sdb", 4.0)])));
    assert_eq!(
        check(d, &["disk-util"]),
        (0, "GATHERER DISK-UTIL OK - sda 12.3%, sdb 4.0% | 'sda'=12.34%;80;95;0;100 'sdb'=4%;80;95;0;100".into())
    );
    assert_eq!(check(d, &["disk-util", "-w", "10", "-c", "50"]).0, 1);
    assert_eq!(check(d, &["disk-util", "-w", "10", "-c", "12"]).0, 2);
    let (code, line) = check(d, &["disk-util", "-w", "10", "--disk", "sdb"]);
    assert_eq!((code, line.as_str()), (0, "GATHERER DISK-UTIL OK - sdb 4.0% | 'sdb'=4%;10;95;0;100"));
    let (code, line) = check(d, &["disk-util", "--disk", "sdz"]);
    assert!(code == 3 && line.contains("sdz") && line.contains("sda, sdb"), "{line}");
    assert_eq!(check(d, &["disk-util", "-c", "@0:5"]).0, 2, "inside-range alerting");

    write_state(&p, "diskstats", Some(now() - 3600), None, Some(disks(&[("sda", 1.0)])));
    let (code, line) = check(d, &["disk-util"]);
    assert!(code == 3 && line.contains("60 min old") && line.contains("max 90 s"), "stale: {line}");
    assert_eq!(check(d, &["disk-util", "--stale-state", "critical"]).0, 2);
    assert_eq!(check(d, &["disk-util", "--max-age", "7200"]).0, 0);

    write_state(
        &p,
        "diskstats",
        Some(now() - 60),
        Some("cannot read /proc/diskstats: gone"),
        Some(disks(&[("sda", 1.0)])),
    );
    let (code, line) = check(d, &["disk-util"]);
    assert!(
        code == 3 && line.contains("cannot read /proc/diskstats: gone") && line.contains("last good data 60 s old"),
        "{line}"
    );
    assert_eq!(check(d, &["disk-util", "--error-state", "warning"]).0, 1);

    fs::write(&p, b"{ torn").unwrap();
    let (code, line) = check(d, &["disk-util"]);
    assert!(code == 3 && line.contains(&p.display().to_string()), "unparseable names the file: {line}");
}

#[test]
fn whisper_thresholds_on_metrics_and_hosts() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write_state(&d.join("w.json"), "whisper", Some(now()), None, Some(count(40, 1000)));
    assert_eq!(
        check(d, &["whisper"]),
        (
            0,
            "GATHERER WHISPER OK - 40 hosts, 1000 metrics | 'metrics'=1000;;;0 'hosts'=40;;;0 'unreadable_dirs'=0;;;0"
                .into()
        )
    );
    assert_eq!(check(d, &["whisper", "-w", "1100:"]).0, 1, "metrics dropped below the warning floor");
    assert_eq!(check(d, &["whisper", "-w", "1100:", "-c", "1050:"]).0, 2);
    assert_eq!(check(d, &["whisper", "--hosts-critical", "50:"]).0, 2);
    let (code, line) = check(d, &["whisper", "--min-metrics", "5000"]);
    assert!(code == 2 && line.contains("fewer than 5000"), "{line}");
    write_state(&d.join("w.json"), "whisper", Some(now() - 10_000), None, Some(count(40, 1000)));
    assert_eq!(check(d, &["whisper"]).0, 3, "older than 3 x 300 s");
}

#[test]
fn vmware_ready_per_vcpu_and_not_vmware() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write_state(&d.join("v.json"), "vmware", Some(now()), None, Some(ready(0.0, false)));
    assert_eq!(check(d, &["vmware-ready"]), (0, "GATHERER VMWARE-READY OK - not a VMware VM, nothing to check".into()));
    write_state(&d.join("v.json"), "vmware", Some(now()), None, Some(ready(6.5, true)));
    let (code, line) = check(d, &["vmware-ready"]);
    assert_eq!(code, 1, "6.5% per vCPU is over the default warning of 5: {line}");
    assert!(
        line.contains("6.5% per vCPU (26% total over 4 vCPUs") && line.contains("'cpu_ready'=6.5%;5;10;0;100"),
        "{line}"
    );
    assert_eq!(check(d, &["vmware-ready", "-c", "6"]).0, 2);
}

#[test]
fn usage_errors_are_unknown_and_help_and_version_work() {
    let dir = tempfile::tempdir().unwrap();
    let usage = |args: &[&str]| {
        let o = gatherer(dir.path()).arg("check").args(args).output().unwrap();
        (o.status.code().unwrap(), String::from_utf8_lossy(&o.stdout).into_owned())
    };
    // A usage error is UNKNOWN; its first line is the status line, and clap's whole
    // message follows as the plugin's long output.
    let (code, out) = usage(&["disk-util", "-w", "20:10"]);
    let line = out.lines().next().unwrap_or_default();
    assert!(
        code == 3 && line.starts_with("GATHERER UNKNOWN - ") && line.contains("start is greater than end"),
        "{out}"
    );
    assert!(out.contains("--help"), "the whole message: {out}");
    let (code, out) = usage(&["no-such-check"]);
    assert_eq!(code, 3, "{out}");
    assert!(out.lines().next().unwrap().starts_with("GATHERER UNKNOWN - "), "{out}");
    let (code, out) = usage(&[]);
    assert_eq!(code, 3, "{out}");
    assert!(out.contains("disk-util") && out.contains("whisper"), "lists the checks: {out}");
    let help = gatherer(dir.path()).args(["check", "--help"]).output().unwrap();
    assert!(help.status.success() && String::from_utf8_lossy(&help.stdout).contains("vmware-ready"), "{}", text(&help));
    let help = gatherer(dir.path()).args(["check", "disk-util", "--help"]).output().unwrap();
    let out = String::from_utf8_lossy(&help.stdout);
    assert!(help.status.success() && out.contains("--max-age") && out.contains("--diskstats-state"), "{out}");
    for daemon_setting in ["--whisper-threads", "--vsphere-timeout", "--pidfile", "--user", "--proc-root"] {
        assert!(!out.contains(daemon_setting), "a check's help shows only its own settings: {out}");
    }
    let version = gatherer(dir.path()).args(["check", "disk-util", "--version"]).output().unwrap();
    assert!(String::from_utf8_lossy(&version.stdout).contains(env!("CARGO_PKG_VERSION")), "{}", text(&version));
}

#[test]
fn symlink_names_work_as_plugins() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write_state(&d.join("d.json"), "diskstats", Some(now()), None, Some(disks(&[("sda", 99.0)])));
    let link = d.join("check_gatherer_disk_util");
    std::os::unix::fs::symlink(bin(), &link).unwrap();
    let o = Command::new(&link)
        .env("GATHERER_ENV_FILE", "/nonexistent")
        .arg("--diskstats-state")
        .arg(d.join("d.json"))
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("GATHERER DISK-UTIL CRITICAL - sda 99.0%"));
}

#[test]
fn munin_run_reads_config_and_values() {
    if !have("munin-run") {
        return peer_missing("munin-run (Debian package munin-node)");
    }
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (plugins, conf) = (d.join("plugins"), d.join("plugin-conf.d"));
    fs::create_dir_all(&plugins).unwrap();
    fs::create_dir_all(&conf).unwrap();
    let state = d.join("iostat.json");
    write_state(&state, "diskstats", Some(now()), None, Some(disks(&[("sda", 42.5), ("cciss/c0d0", 7.0)])));
    write_state(&d.join("w.json"), "whisper", Some(now()), None, Some(count(3, 77)));
    for name in ["gatherer_diskutil", "gatherer_whisper"] {
        std::os::unix::fs::symlink(bin(), plugins.join(name)).unwrap();
    }
    fs::write(
        conf.join("gatherer"),
        format!(
            "[gatherer_diskutil]\nuser root\nenv.statefile {}\nenv.warning 70\nenv.GATHERER_ENV_FILE /nonexistent\n\n\
             [gatherer_whisper]\nuser root\nenv.statefile {}\nenv.GATHERER_ENV_FILE /nonexistent\n",
            state.display(),
            d.join("w.json").display()
        ),
    )
    .unwrap();
    let run = |plugin: &str, arg: Option<&str>| {
        let mut c = Command::new("munin-run");
        c.arg("--servicedir").arg(&plugins).arg("--sconfdir").arg(&conf).arg("--ignore-systemd-properties").arg(plugin);
        if let Some(a) = arg {
            c.arg(a);
        }
        let o = c.output().unwrap();
        assert!(o.status.success(), "munin-run {plugin} {arg:?}: {}", text(&o));
        String::from_utf8_lossy(&o.stdout).into_owned()
    };
    let config = run("gatherer_diskutil", Some("config"));
    for line in [
        "graph_title Disk utilization",
        "graph_vlabel %",
        "sda.label sda",
        "sda.warning 70",
        "sda.critical 95",
        "cciss_c0d0.label cciss/c0d0",
    ] {
        assert!(config.contains(line), "config lacks {line:?}:\n{config}");
    }
    let values = run("gatherer_diskutil", None);
    assert!(values.contains("sda.value 42.5") && values.contains("cciss_c0d0.value 7"), "{values}");
    assert_eq!(run("gatherer_diskutil", Some("autoconf")).trim(), "yes");
    let w = run("gatherer_whisper", None);
    assert!(w.contains("metrics.value 77") && w.contains("hosts.value 3"), "{w}");

    write_state(&state, "diskstats", Some(now() - 3600), None, Some(disks(&[("sda", 42.5)])));
    let stale = run("gatherer_diskutil", None);
    assert_eq!(stale.trim(), "sda.value U", "a stale disk is unknown, never its old value");
    fs::remove_file(d.join("w.json")).unwrap();
    let w = run("gatherer_whisper", None);
    assert!(w.contains("metrics.value U"), "missing data is U: {w}");
}

/// munin's cpu graph as munin's own cpu plugin draws it: the modes stacked (AREA, then
/// STACK) up to 100 %, and `busy`, the sum of the non-idle modes that the warning and
/// critical apply to, kept out of the stack (not drawn, or it would count twice). Real
/// percentages from this host's /proc, read by munin-run.
#[test]
fn munin_cpu_graph_stacks_the_modes_to_100() {
    if !have("munin-run") {
        return peer_missing("munin-run (Debian package munin-node)");
    }
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let o = gatherer(d)
        .args(["once", "--collectors", "cpu", "--cpu-interval", "0.5", "--state-dir"])
        .arg(d)
        .output()
        .unwrap();
    let state = d.join("cpu.json");
    assert!(o.status.success(), "{}", text(&o));
    let (plugins, conf) = (d.join("plugins"), d.join("plugin-conf.d"));
    fs::create_dir_all(&plugins).unwrap();
    fs::create_dir_all(&conf).unwrap();
    std::os::unix::fs::symlink(bin(), plugins.join("gatherer_cpu")).unwrap();
    fs::write(
        conf.join("gatherer"),
        format!("[gatherer_cpu]\nuser root\nenv.statefile {}\nenv.GATHERER_ENV_FILE /nonexistent\n", state.display()),
    )
    .unwrap();
    let run = |arg: Option<&str>| {
        let mut c = Command::new("munin-run");
        c.arg("--servicedir").arg(&plugins).arg("--sconfdir").arg(&conf).arg("--ignore-systemd-properties");
        c.arg("gatherer_cpu").args(arg);
        let o = c.output().unwrap();
        assert!(o.status.success(), "munin-run gatherer_cpu {arg:?}: {}", text(&o));
        String::from_utf8_lossy(&o.stdout).into_owned()
    };
    let config = run(Some("config"));
    let draw = |field: &str| config.lines().find_map(|l| l.strip_prefix(&format!("{field}.draw ")).map(str::to_string));
    let stacked = ["user", "nice", "system", "irq", "softirq", "steal", "iowait", "idle"];
    assert_eq!(draw(stacked[0]).as_deref(), Some("AREA"), "{config}");
    for f in &stacked[1..] {
        assert_eq!(draw(f).as_deref(), Some("STACK"), "{f}: {config}");
    }
    assert!(config.contains("busy.graph no"), "{config}");
    let values = run(None);
    let value = |field: &str| -> f64 {
        values
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{field}.value ")))
            .unwrap_or_else(|| panic!("no {field} in {values}"))
            .parse()
            .unwrap_or_else(|_| panic!("{field} is not a number in {values}"))
    };
    let sum: f64 = stacked.iter().map(|f| value(f)).sum();
    assert!((sum - 100.0).abs() < 0.05, "the stack reaches 100 %: {sum}\n{values}");
    let busy: f64 = stacked[..6].iter().map(|f| value(f)).sum();
    assert!((busy - value("busy")).abs() < 0.05, "busy is the top of the non-idle modes: {busy}\n{values}");
}

#[test]
fn nagios_runs_the_checks_and_sees_the_right_states() {
    let nagios = Path::new("/usr/sbin/nagios4");
    if !nagios.exists() || !Path::new("/usr/lib/nagios/plugins/check_dummy").exists() {
        return peer_missing("nagios4 and check_dummy (Debian packages nagios4-core, monitoring-plugins-basic)");
    }
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write_state(&d.join("d.json"), "diskstats", Some(now()), None, Some(disks(&[("sda", 12.0)])));
    write_state(&d.join("v.json"), "vmware", Some(now()), None, Some(ready(12.0, true)));
    write_state(&d.join("busy.json"), "diskstats", Some(now()), None, Some(disks(&[("sda", 88.0)])));
    fs::create_dir_all(d.join("checkresults")).unwrap();
    let b = bin();
    let user = if is_root() { "root" } else { "nobody" };
    let check = |extra: &str| format!("{} check {extra} --env-file /nonexistent", b.display());
    let services: &[(&str, String, i32)] = &[
        ("disk_ok", check(&format!("disk-util --diskstats-state {}/d.json", d.display())), 0),
        ("disk_busy", check(&format!("disk-util --diskstats-state {}/busy.json", d.display())), 1),
        ("ready_critical", check(&format!("vmware-ready --vmware-state {}/v.json", d.display())), 2),
        ("whisper_missing", check(&format!("whisper --whisper-state {}/none.json", d.display())), 3),
    ];
    let mut objects = String::from(
        "define timeperiod{\n timeperiod_name always\n alias always\n sunday 00:00-24:00\n monday 00:00-24:00\n tuesday 00:00-24:00\n \
         wednesday 00:00-24:00\n thursday 00:00-24:00\n friday 00:00-24:00\n saturday 00:00-24:00\n}\n\
         define command{\n command_name ok\n command_line /usr/lib/nagios/plugins/check_dummy 0\n}\n\
         define contact{\n contact_name nobody\n host_notifications_enabled 0\n service_notifications_enabled 0\n \
         host_notification_period always\n service_notification_period always\n host_notification_options n\n \
         service_notification_options n\n host_notification_commands ok\n service_notification_commands ok\n}\n\
         define host{\n host_name gatherer-test\n address 127.0.0.1\n check_command ok\n max_check_attempts 1\n \
         check_period always\n contacts nobody\n}\n",
    );
    for (name, cmd, _) in services {
        objects += &format!(
            "define command{{\n command_name cmd_{name}\n command_line {cmd}\n}}\n\
             define service{{\n host_name gatherer-test\n service_description {name}\n check_command cmd_{name}\n \
             max_check_attempts 1\n check_interval 1\n retry_interval 1\n check_period always\n contacts nobody\n}}\n"
        );
    }
    fs::write(d.join("objects.cfg"), objects).unwrap();
    let p = |f: &str| d.join(f).display().to_string();
    fs::write(
        d.join("nagios.cfg"),
        format!(
            "cfg_file={}\nlog_file={}\nstatus_file={}\nstatus_update_interval=1\ncheck_result_path={}\nlock_file={}\n\
             temp_file={}\ntemp_path={}\ncommand_file={}\ncheck_external_commands=0\nnagios_user={user}\nnagios_group={user}\n\
             interval_length=1\nmax_service_check_spread=1\nmax_host_check_spread=1\nservice_inter_check_delay_method=n\n\
             host_inter_check_delay_method=n\nenable_notifications=0\nretain_state_information=0\ncheck_result_reaper_frequency=1\n\
             object_cache_file={}\nprecached_object_file={}\nstate_retention_file={}\nillegal_macro_output_chars=`~$&|'\"<>\n",
            p("objects.cfg"), p("nagios.log"), p("status.dat"), p("checkresults"), p("nagios.lock"), p("nagios.tmp"),
            d.display(), p("nagios.cmd"), p("objects.cache"), p("objects.precache"), p("retention.dat")
        ),
    )
    .unwrap();
    let verify = Command::new(nagios).arg("-v").arg(d.join("nagios.cfg")).output().unwrap();
    assert!(verify.status.success(), "nagios -v: {}", text(&verify));
    let mut child = Command::new(nagios).arg(d.join("nagios.cfg")).stdout(std::process::Stdio::null()).spawn().unwrap();
    let status_path: PathBuf = d.join("status.dat");
    let states = eventually(60, "nagios to run every check", || {
        let status = fs::read_to_string(&status_path).ok()?;
        let mut found = Vec::new();
        for block in status.split("servicestatus {").skip(1) {
            let field =
                |k: &str| block.lines().find_map(|l| l.trim().strip_prefix(&format!("{k}="))).unwrap_or("").to_string();
            if field("has_been_checked") == "1" {
                found.push((field("service_description"), field("current_state"), field("plugin_output")));
            }
        }
        (found.len() == services.len()).then_some(found)
    });
    let _ = child.kill();
    let _ = child.wait();
    for (name, _, want) in services {
        let (_, state, output) = states.iter().find(|(n, _, _)| n == name).unwrap();
        assert_eq!(state, &want.to_string(), "{name}: {output}");
        assert!(output.starts_with("GATHERER "), "{name}: {output}");
    }
}

/// What an operator's shell or a planted file can do to the readers: a stdout that cannot
/// be written is no panic (the exit status still says the state), `show` never copies a
/// state file's control characters to the terminal, and `show --json` gives a large
/// state file as it is.
#[test]
fn readers_survive_a_full_stdout_and_hostile_state_files() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let p = d.join("d.json");
    write_state(&p, "diskstats", Some(now()), None, Some(disks(&[("sda", 99.0)])));
    for args in [
        &["check", "disk-util"][..],
        &["munin", "--graph", "gatherer_diskutil"],
        &["status", "--pidfile", "/nonexistent/p"],
    ] {
        let o = gatherer(d)
            .args(args)
            .arg("--diskstats-state")
            .arg(&p)
            .stdout(fs::File::create("/dev/full").unwrap())
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        let want = match args[0] {
            "check" => 2, // CRITICAL, said by the exit status alone
            "munin" => 1, // munin never got its answer
            _ => 3,       // not running (LSB)
        };
        assert_eq!(o.status.code(), Some(want), "{args:?}: {err}");
    }

    // munin's autoconf says yes only for a state file it can read.
    let autoconf = |path: &Path| {
        let o = gatherer(d)
            .args(["munin", "--graph", "gatherer_diskutil", "autoconf", "--diskstats-state"])
            .arg(path)
            .output()
            .unwrap();
        String::from_utf8_lossy(&o.stdout).trim().to_string()
    };
    assert_eq!(autoconf(&p), "yes");
    fs::create_dir(d.join("a-dir")).unwrap();
    for bad in [d.join("a-dir"), d.join("missing.json")] {
        let said = autoconf(&bad);
        assert!(said.starts_with("no (") && said.contains(&bad.display().to_string()), "{said}");
    }

    // An error text with an escape sequence, a bell and a forged line.
    write_state(&p, "diskstats", Some(now()), Some("boom\n\x1b[2J\x1b]0;pwned\x07"), Some(disks(&[("sda", 1.0)])));
    let o = gatherer(d).args(["show", "--collectors", "diskstats", "--diskstats-state"]).arg(&p).output().unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(!out.contains('\x1b') && !out.contains('\x07'), "{out:?}");
    assert!(out.contains("boom\\n\\u{1b}[2J"), "shown escaped: {out}");

    // A valid state file of 8 MB (a field that is not ours): read, and shown as it is.
    let json = fs::read_to_string(&p).unwrap();
    let big = json.replacen('{', &format!("{{\"x\": \"{}\",", "y".repeat(8 << 20)), 1);
    fs::write(&p, big).unwrap();
    let o = gatherer(d)
        .args(["show", "--json", "--collectors", "diskstats", "--diskstats-state"])
        .arg(&p)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["diskstats"]["state"]["collector"], "diskstats", "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(v["diskstats"]["state"]["x"].as_str().map(str::len), Some(8 << 20));
}
