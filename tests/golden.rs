//! The state files are a contract the checks, munin and other people's scripts read:
//! one golden file per collector pins the exact bytes of a state file for fixed values,
//! and a live run on fixture roots must produce the same structure.
//!
//! `GATHERER_REGENERATE=1 cargo test --test golden` rewrites the golden files (review the
//! diff: a changed golden file is a changed contract).

mod common;
use common::*;
use gatherer::collectors::diskstats::{DiskUtil, DiskWindow};
use gatherer::collectors::vmware::CpuReady;
use gatherer::collectors::whisper::{ScanKind, WhisperCount};
use gatherer::state::{Envelope, State, Status, SCHEMA};
use std::fs;
use std::path::{Path, PathBuf};

fn golden(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(format!("{name}.json"))
}

fn envelope(collector: &str) -> Envelope {
    Envelope {
        schema: SCHEMA,
        collector: collector.into(),
        host: "graphite01".into(),
        status: Status::Ok,
        error: None,
        measured_at: Some("2026-11-22T03:00:00Z".into()),
        measured_at_unix: Some(1_795_316_400),
        attempted_at_unix: 1_795_316_400,
        duration_ms: 12,
    }
}

/// The bytes the daemon writes for `reading`: through the engine's `Measured`, as the
/// state-file sink encodes every report.
fn check_golden<R: gatherer::engine::collector::Reading>(collector: &str, reading: R) {
    let measured = gatherer::engine::collector::Measured::of(&reading).unwrap();
    let bytes = State { envelope: envelope(collector), reading: Some(&measured.fields) }.to_json().unwrap();
    let path = golden(collector);
    if std::env::var_os("GATHERER_REGENERATE").is_some() {
        fs::write(&path, &bytes).unwrap();
    }
    let want = fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert_eq!(String::from_utf8_lossy(&bytes), String::from_utf8_lossy(&want), "{collector}: format changed");
}

#[test]
fn diskstats_state_file_format() {
    let w = DiskWindow {
        util_pct: 12.5,
        r_s: 10.0,
        w_s: 2.5,
        rkb_s: 40.0,
        wkb_s: 80.0,
        r_await_ms: 0.8,
        w_await_ms: 1.25,
        aqu_sz: 0.02,
    };
    check_golden(
        "diskstats",
        DiskUtil { interval_s: 30.000412, disks: [("sda".to_string(), w)].into(), counters: Default::default() },
    );
}

#[test]
fn whisper_state_file_format() {
    check_golden(
        "whisper",
        WhisperCount {
            root: "/opt/graphite/storage/whisper".into(),
            hosts: 3,
            metrics: 1200,
            dirs: 240,
            unreadable_dirs: 0,
            scan: ScanKind::Incremental,
        },
    );
}

#[test]
fn vmware_state_file_format() {
    check_golden(
        "vmware",
        CpuReady {
            is_vmware: true,
            source: Some("vsphere".into()),
            vm: Some("vm-42".into()),
            vm_name: Some("graphite01".into()),
            num_cpu: Some(4),
            cpu_ready_ms: Some(2000),
            interval_s: Some(20.0),
            cpu_ready_pct: Some(2.5),
            cpu_ready_pct_total: Some(10.0),
            note: None,
        },
    );
}

/// The shape of a JSON value: object keys (recursively) and the type of every leaf.
fn shape(v: &serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match v {
        Value::Object(m) => Value::Object(m.iter().map(|(k, v)| (k.clone(), shape(v))).collect()),
        Value::Array(a) => Value::Array(a.iter().take(1).map(shape).collect()),
        Value::Null => "null".into(),
        Value::Bool(_) => "bool".into(),
        Value::Number(_) => "number".into(),
        Value::String(_) => "string".into(),
    }
}

/// Every `"key":` of a pretty-printed JSON text, with its indent, in the order written.
fn keys_in_order(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| {
            let t = l.trim_start();
            let key = t.strip_prefix('"')?.split('"').next()?;
            t[key.len() + 2..].starts_with(':').then(|| format!("{}{key}", &l[..l.len() - t.len()]))
        })
        .collect()
}

#[test]
fn live_state_files_have_the_golden_shape() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (proc_root, sys_root) = fixture_roots(d);
    let whisper = d.join("whisper/h1");
    fs::create_dir_all(&whisper).unwrap();
    fs::write(whisper.join("a.wsp"), b"").unwrap();
    let dmi = sys_root.join("class/dmi/id");
    fs::create_dir_all(&dmi).unwrap();
    fs::write(dmi.join("sys_vendor"), "VMware, Inc.\n").unwrap();
    fs::write(proc_root.join("stat"), "cpu  10 0 10 100 0 0 0 5 0 0\ncpu0 10 0 10 100 0 0 0 5 0 0\n").unwrap();
    let o = gatherer(d)
        .args([
            "once",
            "--collectors",
            "diskstats,whisper,vmware",
            "--diskstats-interval",
            "0.1",
            "--vmware-interval",
            "0.1",
        ])
        .arg("--proc-root")
        .arg(&proc_root)
        .arg("--sys-root")
        .arg(&sys_root)
        .arg("--whisper-root")
        .arg(d.join("whisper"))
        .arg("--diskstats-state")
        .arg(d.join("diskstats.json"))
        .arg("--whisper-state")
        .arg(d.join("whisper.json"))
        .arg("--vmware-state")
        .arg(d.join("vmware.json"))
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    for collector in ["diskstats", "whisper", "vmware"] {
        let live = json(&d.join(format!("{collector}.json")));
        let want: serde_json::Value = serde_json::from_slice(&fs::read(golden(collector)).unwrap()).unwrap();
        // The steal-time source leaves the vSphere-only names null; so does the golden
        // file's note: compare the keys, and the types where both have a value.
        let (mut a, mut b) = (shape(&live), shape(&want));
        if collector == "vmware" {
            for s in [&mut a, &mut b] {
                for k in ["vm", "vm_name", "note"] {
                    s[k] = "string-or-null".into();
                }
            }
        }
        assert_eq!(a, b, "{collector}: live state file differs from the golden shape: {live}");
        let raw = fs::read_to_string(d.join(format!("{collector}.json"))).unwrap();
        assert!(raw.ends_with("}\n"), "{collector}: ends with a newline");
        assert_eq!(keys_in_order(&raw), keys_in_order(&fs::read_to_string(golden(collector)).unwrap()), "{collector}");
    }
}
