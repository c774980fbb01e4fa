//! End to end with a real carbon-cache (pip `carbon` and `whisper`, in the venv that
//! tests/run-all.sh builds at target/carbon-venv, or $GATHERER_CARBON_VENV), listening on
//! loopback only: plaintext metrics become whisper files, and `gatherer run` reports the
//! new hosts and metrics within an interval, and drops deleted ones.

mod common;
use common::*;
use std::fs;
use std::io::Write;
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Command, Stdio};

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// Start carbon-cache in the foreground with everything under `dir`.
fn start_carbon(venv: &Path, dir: &Path) -> (Reaped, u16) {
    let conf = dir.join("conf");
    fs::create_dir_all(&conf).unwrap();
    for f in ["storage-schemas.conf", "storage-aggregation.conf"] {
        fs::copy(venv.join("conf").join(format!("{f}.example")), conf.join(f)).unwrap();
    }
    let (line_port, query_port) = (free_port(), free_port());
    let storage = dir.join("storage");
    fs::write(
        conf.join("carbon.conf"),
        format!(
            "[cache]\nSTORAGE_DIR = {s}\nLOCAL_DATA_DIR = {s}/whisper\nCONF_DIR = {c}\nLOG_DIR = {s}/log\nPID_DIR = {s}\n\
             USER =\nMAX_CACHE_SIZE = inf\nMAX_UPDATES_PER_SECOND = inf\nMAX_CREATES_PER_MINUTE = inf\n\
             LINE_RECEIVER_INTERFACE = 127.0.0.1\nLINE_RECEIVER_PORT = {line_port}\nENABLE_UDP_LISTENER = False\n\
             PICKLE_RECEIVER_INTERFACE = 127.0.0.1\nPICKLE_RECEIVER_PORT = 0\n\
             CACHE_QUERY_INTERFACE = 127.0.0.1\nCACHE_QUERY_PORT = {query_port}\nCARBON_METRIC_INTERVAL = 0\n\
             LOG_LISTENER_CONNECTIONS = False\n",
            s = storage.display(),
            c = conf.display()
        ),
    )
    .unwrap();
    fs::create_dir_all(storage.join("whisper")).unwrap();
    fs::create_dir_all(storage.join("log")).unwrap();
    let child = Command::new(venv.join("bin/python"))
        .arg(venv.join("bin/carbon-cache.py"))
        .arg(format!("--config={}", conf.join("carbon.conf").display()))
        .args(["--debug", "start"])
        .env("GRAPHITE_ROOT", dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let carbon = Reaped(child);
    eventually(60, "carbon-cache to listen", || TcpStream::connect(("127.0.0.1", line_port)).ok().map(|_| ()));
    (carbon, line_port)
}

fn send(port: u16, lines: &[&str]) {
    let now = gatherer::util::timefmt::now_unix_ms() / 1000;
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    for l in lines {
        writeln!(s, "{l} 1 {now}").unwrap();
    }
}

#[test]
fn a_real_carbon_cache_feeds_the_counts() {
    let Some(venv) = carbon_venv() else { return };
    let dir = tempfile::tempdir().unwrap();
    let (_carbon, port) = start_carbon(&venv, dir.path());
    let root = dir.path().join("storage/whisper");
    let state = dir.path().join("storage/whisper.nb_metrics");
    let _daemon = Reaped(
        gatherer(dir.path())
            .args(["run", "--collectors", "whisper", "--whisper-interval", "1", "--whisper-root"])
            .arg(&root)
            .arg("--whisper-state")
            .arg(&state)
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let counts = || {
        state
            .exists()
            .then(|| json(&state))
            .filter(|s| s["status"] == "ok")
            .map(|s| (s["hosts"].as_u64().unwrap(), s["metrics"].as_u64().unwrap()))
    };
    eventually(30, "an empty tree counted", || counts().filter(|c| *c == (0, 0)));

    send(port, &["web1.cpu.user", "web1.cpu.system", "db.example.load"]);
    eventually(30, "carbon to create the files", || root.join("db/example/load.wsp").exists().then_some(()));
    eventually(30, "2 hosts and 3 metrics", || counts().filter(|c| *c == (2, 3)));

    send(port, &["mail.queue.size", "web1.cpu.iowait"]);
    eventually(30, "a new host and metric", || counts().filter(|c| *c == (3, 5)));

    fs::remove_file(root.join("web1/cpu/system.wsp")).unwrap();
    fs::remove_dir_all(root.join("db")).unwrap();
    eventually(30, "deleted metrics and host gone", || counts().filter(|c| *c == (2, 3)));
}
