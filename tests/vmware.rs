//! The vmware collector against the real vSphere simulator (govmomi's, built by
//! tests/run-all.sh from Debian's golang-github-vmware-govmomi-dev into
//! target/vcsim-helper, or $GATHERER_VCSIM), on loopback with TLS.

mod common;
use common::*;
use gatherer::collectors::vmware::soap;
use std::fs;
use std::io::{BufRead, BufReader};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::Duration;

const UUID: &str = "4228130f-5d5b-4b6c-a5d3-1234567890ab";
const SERIAL: &str = "VMware-42 28 13 0f 5d 5b 4b 6c-a5 d3 12 34 56 78 90 ab";
const PASSWORD: &str = "s3cr3t-Pass-4-vcsim";

struct Vcsim {
    child: Child,
    info: serde_json::Value,
    /// The simulator's own temp directory (its datastores, its CA), removed with it.
    _tmp: tempfile::TempDir,
}

impl Drop for Vcsim {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Vcsim {
    fn url(&self) -> &str {
        self.info["url"].as_str().unwrap()
    }
    fn ca(&self) -> &str {
        self.info["ca_file"].as_str().unwrap()
    }
}

fn helper() -> Option<PathBuf> {
    let p = std::env::var_os("GATHERER_VCSIM")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target/vcsim-helper"));
    if p.exists() {
        Some(p)
    } else {
        peer_missing(&format!("the vSphere simulator at {} (tests/run-all.sh builds it)", p.display()));
        None
    }
}

fn vcsim(helper: &Path, args: &[&str]) -> Vcsim {
    // Go's temp files follow TMPDIR: keep the simulator's out of /tmp.
    let tmp = tempfile::tempdir().unwrap();
    let mut child = Command::new(helper)
        .env("TMPDIR", tmp.path())
        .args(["-pass", PASSWORD, "-uuid", UUID])
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let info = serde_json::from_str(&line).unwrap_or_else(|e| panic!("vcsim said {line:?}: {e}"));
    Vcsim { child, info, _tmp: tmp }
}

/// A fake VMware guest: sys_vendor and product_serial for UUID, and a 0600 password file.
fn guest(dir: &Path, password: &str) -> (PathBuf, PathBuf) {
    let dmi = dir.join("sys/class/dmi/id");
    fs::create_dir_all(&dmi).unwrap();
    fs::write(dmi.join("sys_vendor"), "VMware, Inc.\n").unwrap();
    fs::write(dmi.join("product_serial"), format!("{SERIAL}\n")).unwrap();
    let pw = dir.join("password");
    fs::write(&pw, format!("{password}\n")).unwrap();
    fs::set_permissions(&pw, fs::Permissions::from_mode(0o600)).unwrap();
    (dir.join("sys"), pw)
}

fn vmware_cmd(dir: &Path, sim: &Vcsim, pw: &Path, sub: &str) -> Command {
    let mut c = gatherer(dir);
    c.args([sub, "--collectors", "vmware", "--vsphere-url", sim.url(), "--vsphere-user", "user"])
        .arg("--vsphere-password-file")
        .arg(pw)
        .arg("--sys-root")
        .arg(dir.join("sys"))
        .arg("--vmware-state")
        .arg(dir.join("vmware.dat"));
    c
}

fn check_figures(s: &serde_json::Value, cpus: u64) {
    assert_eq!(s["status"], "ok", "{s}");
    assert_eq!((s["is_vmware"].as_bool(), s["source"].as_str()), (Some(true), Some("vsphere")));
    assert_eq!(s["num_cpu"].as_u64(), Some(cpus));
    let (ms, iv) = (s["cpu_ready_ms"].as_f64().unwrap(), s["interval_s"].as_f64().unwrap());
    assert_eq!(iv, 20.0, "the realtime interval, from the response");
    let total = ms / (iv * 1000.0) * 100.0;
    assert!((s["cpu_ready_pct_total"].as_f64().unwrap() - total).abs() < 0.001, "{s}");
    assert!((s["cpu_ready_pct"].as_f64().unwrap() - total / cpus as f64).abs() < 0.001, "{s}");
}

#[test]
fn vcenter_and_esxi_models_give_this_vms_cpu_ready() {
    let Some(h) = helper() else { return };
    for model in ["vpx", "esx"] {
        let dir = tempfile::tempdir().unwrap();
        let sim = vcsim(&h, &["-model", model, "-cpus", "4"]);
        let (_, pw) = guest(dir.path(), PASSWORD);
        let o = vmware_cmd(dir.path(), &sim, &pw, "once").args(["--vsphere-ca-file", sim.ca()]).output().unwrap();
        assert!(o.status.success(), "{model}: {}", text(&o));
        let s = json(&dir.path().join("vmware.dat"));
        check_figures(&s, 4);
        assert_eq!(s["vm"], sim.info["vm"], "{model}: found by its BIOS UUID");
        assert_eq!(s["vm_name"], sim.info["vm_name"]);
    }
}

#[test]
fn the_vm_can_be_named_by_moref_path_or_name() {
    let Some(h) = helper() else { return };
    let sim = vcsim(&h, &["-cpus", "2"]);
    let name = sim.info["vm_name"].as_str().unwrap().to_string();
    for vm in [sim.info["vm"].as_str().unwrap().to_string(), format!("DC0/vm/{name}"), name.clone()] {
        let dir = tempfile::tempdir().unwrap();
        let (sys, pw) = guest(dir.path(), PASSWORD);
        fs::remove_file(sys.join("class/dmi/id/product_serial")).unwrap(); // as a non-root daemon sees it
        let o = vmware_cmd(dir.path(), &sim, &pw, "once")
            .args(["--vsphere-ca-file", sim.ca(), "--vsphere-vm", &vm])
            .output()
            .unwrap();
        assert!(o.status.success(), "--vsphere-vm {vm}: {}", text(&o));
        assert_eq!(json(&dir.path().join("vmware.dat"))["vm_name"], name.as_str());
    }
}

#[test]
fn steady_state_polls_cost_two_requests() {
    let Some(h) = helper() else { return };
    let sim = vcsim(&h, &[]);
    let dir = tempfile::tempdir().unwrap();
    let (_, pw) = guest(dir.path(), PASSWORD);
    let mut client = soap::Client::new(soap::Config {
        url: sim.url().into(),
        user: "user".into(),
        password_file: pw,
        ca_file: Some(sim.ca().into()),
        insecure: false,
        timeout: Duration::from_secs(10),
    })
    .unwrap();
    let target = soap::Target::Uuids(vec![UUID.into()]);
    let first = client.sample(&target).unwrap();
    assert_eq!(first.num_cpu, 4);
    let after_setup = client.requests;
    assert_eq!(after_setup, 6, "service content, login, FindByUuid, perfCounter, numCPU, QueryPerf");
    for _ in 0..3 {
        client.sample(&target).unwrap();
    }
    assert_eq!(client.requests - after_setup, 6, "two requests a poll");
}

#[test]
fn wrong_password_is_an_error_and_no_password_is_ever_written() {
    let Some(h) = helper() else { return };
    let sim = vcsim(&h, &[]);
    let wrong = "Wr0ng-Passw0rd-XYZZY";
    for (password, should_work) in [(wrong, false), (PASSWORD, true)] {
        let dir = tempfile::tempdir().unwrap();
        let (_, pw) = guest(dir.path(), password);
        let log = dir.path().join("gatherer.log");
        let o = vmware_cmd(dir.path(), &sim, &pw, "once")
            .args(["--vsphere-ca-file", sim.ca(), "--debug"])
            .arg("--log-file")
            .arg(&log)
            .output()
            .unwrap();
        assert_eq!(o.status.success(), should_work, "{}", text(&o));
        let state = fs::read_to_string(dir.path().join("vmware.dat")).unwrap();
        let everything = format!("{}{}{state}", text(&o), fs::read_to_string(&log).unwrap());
        assert!(everything.contains("DEBUG"), "debug logging was on");
        assert!(!everything.contains(password), "the password leaked:\n{everything}");
        if !should_work {
            let s: serde_json::Value = serde_json::from_str(&state).unwrap();
            assert_eq!(s["status"], "error");
            assert!(s["error"].as_str().unwrap().contains("login as user failed"), "{s}");
        }
    }
}

#[test]
fn tls_is_checked_against_the_ca_file_and_only_skipped_when_asked() {
    let Some(h) = helper() else { return };
    let sim = vcsim(&h, &[]);
    let dir = tempfile::tempdir().unwrap();
    let (_, pw) = guest(dir.path(), PASSWORD);
    let o = vmware_cmd(dir.path(), &sim, &pw, "once").output().unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let err = json(&dir.path().join("vmware.dat"))["error"].as_str().unwrap().to_string();
    assert!(err.to_lowercase().contains("certificate"), "refused for its certificate: {err}");

    let o = vmware_cmd(dir.path(), &sim, &pw, "once").args(["--vsphere-insecure", "1"]).output().unwrap();
    assert!(o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("WARN") && text(&o).contains("NOT checked"), "{}", text(&o));

    let o = vmware_cmd(dir.path(), &sim, &pw, "once").args(["--vsphere-ca-file", sim.ca()]).output().unwrap();
    assert!(o.status.success(), "{}", text(&o));
    assert!(!text(&o).contains("NOT checked"));
}

#[test]
fn a_readable_password_file_is_refused() {
    let Some(h) = helper() else { return };
    let sim = vcsim(&h, &[]);
    let dir = tempfile::tempdir().unwrap();
    let (_, pw) = guest(dir.path(), PASSWORD);
    fs::set_permissions(&pw, fs::Permissions::from_mode(0o640)).unwrap();
    let o: Output = vmware_cmd(dir.path(), &sim, &pw, "once").args(["--vsphere-ca-file", sim.ca()]).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o).contains("readable by group or others") && text(&o).contains("chmod 600"), "{}", text(&o));
}

#[test]
fn simulator_down_keeps_the_last_values_and_recovery_is_automatic() {
    let Some(h) = helper() else { return };
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let dir = tempfile::tempdir().unwrap();
    let tls = dir.path().join("tls");
    fs::create_dir(&tls).unwrap();
    let listen = format!("127.0.0.1:{port}");
    let args = ["-listen", listen.as_str(), "-tls-dir", tls.to_str().unwrap()];
    let sim = vcsim(&h, &args);
    let (_, pw) = guest(dir.path(), PASSWORD);
    let state = dir.path().join("vmware.dat");
    let mut daemon = vmware_cmd(dir.path(), &sim, &pw, "run")
        .args(["--vsphere-ca-file", sim.ca(), "--vmware-interval", "0.5", "--vsphere-timeout", "2"])
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let status = || state.exists().then(|| json(&state)).filter(|s| s["status"].is_string());
    eventually(20, "a first good poll", || status().filter(|s| s["status"] == "ok"));
    drop(sim);
    let down = eventually(20, "the error state", || status().filter(|s| s["status"] == "error"));
    assert_eq!(down["num_cpu"].as_u64(), Some(4), "last values kept: {down}");
    assert!(down["vm"].is_string() && down["measured_at_unix"].is_i64());
    let _sim = vcsim(&h, &args);
    let back = eventually(20, "recovery", || status().filter(|s| s["status"] == "ok"));
    check_figures(&back, 4);
    let _ = daemon.kill();
    let _ = daemon.wait();
}

#[test]
fn an_expired_session_means_a_new_login_not_an_outage() {
    let Some(h) = helper() else { return };
    let sim = vcsim(&h, &["-session-idle", "1s"]);
    let dir = tempfile::tempdir().unwrap();
    let (_, pw) = guest(dir.path(), PASSWORD);
    let log = dir.path().join("gatherer.log");
    let state = dir.path().join("vmware.dat");
    let mut daemon = vmware_cmd(dir.path(), &sim, &pw, "run")
        .args(["--vsphere-ca-file", sim.ca(), "--vmware-interval", "1.5"])
        .arg("--log-file")
        .arg(&log)
        .spawn()
        .unwrap();
    eventually(30, "two re-logins", || {
        (fs::read_to_string(&log).unwrap_or_default().matches("session expired; logging in again").count() >= 2)
            .then_some(())
    });
    let _ = daemon.kill();
    let _ = daemon.wait();
    let s = json(&state);
    check_figures(&s, 4);
    assert!(!fs::read_to_string(&log).unwrap().contains("WARN"), "no failure was ever reported");
}
