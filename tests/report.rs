//! `gatherer report` against a receiver on 127.0.0.1: a small Python `http.server` that
//! parses each POST with Python's own `email` package (a multipart parser that is not
//! ours) and keeps what it got. What went out is checked with the tools an operator
//! would use: `gzip -t`, `tar -tvzf`. Also the opt-out, the timeout, the refusal of
//! http://, `--view`, and the packaged timer, service and cron script.

mod common;
use common::*;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The receiver: answers each POST as the file `mode` in its directory says when the
/// request arrives (`ok`, a status code, or `hang`: never answers), and keeps each
/// request's fields in a numbered directory: `fields` (their names in order), `uuid`,
/// `file`, `filename`, `content-type`.
const RECEIVER: &str = r#"
import email, email.policy, http.server, os, sys, threading, time
out = sys.argv[1]
# Requests are handled on threads of their own: numbering them takes turns.
numbering = threading.Lock()

class H(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        try:
            mode = open(os.path.join(out, "mode")).read().strip()
        except FileNotFoundError:
            mode = "ok"
        with numbering:
            d = os.path.join(out, "req%d" % len([n for n in os.listdir(out) if n.startswith("req")]))
            os.mkdir(d + ".tmp")
        head = b"Content-Type: " + self.headers["Content-Type"].encode() + b"\r\n\r\n"
        msg = email.message_from_bytes(head + body, policy=email.policy.HTTP)
        names = []
        for part in msg.iter_parts():
            name = part.get_param("name", header="content-disposition")
            names.append(name)
            payload = part.get_payload(decode=True)
            open(os.path.join(d + ".tmp", name), "wb").write(payload)
            if name == "file":
                open(os.path.join(d + ".tmp", "filename"), "w").write(part.get_filename())
                open(os.path.join(d + ".tmp", "content-type"), "w").write(part.get_content_type())
        open(os.path.join(d + ".tmp", "fields"), "w").write(" ".join(names))
        os.rename(d + ".tmp", d)
        if mode == "hang":
            time.sleep(3600)
        code = 200 if mode == "ok" else int(mode)
        self.send_response(code)
        self.send_header("Content-Length", "9")
        self.end_headers()
        self.wfile.write(b"answered\n")

    def log_message(self, *args):
        pass

srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
srv.daemon_threads = True
print(srv.server_address[1], flush=True)
srv.serve_forever()
"#;

struct Receiver {
    child: Child,
    dir: PathBuf,
    url: String,
}

impl Receiver {
    fn start(dir: &Path) -> Option<Receiver> {
        if !Path::new("/usr/bin/python3").exists() {
            peer_missing("/usr/bin/python3 (Debian package python3)");
            return None;
        }
        let dir = dir.join("received");
        std::fs::create_dir_all(&dir).unwrap();
        let script = dir.join("receiver.py");
        std::fs::write(&script, RECEIVER).unwrap();
        let mut child = Command::new("/usr/bin/python3")
            .arg(&script)
            .arg(&dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let mut line = String::new();
        use std::io::BufRead;
        std::io::BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
        let port: u16 = line.trim().parse().unwrap_or_else(|_| panic!("receiver said {line:?}"));
        Some(Receiver { child, dir, url: format!("http://127.0.0.1:{port}/submit") })
    }

    fn set_mode(&self, mode: &str) {
        std::fs::write(self.dir.join("mode"), mode).unwrap();
    }

    /// The requests received so far, oldest first.
    fn requests(&self) -> Vec<PathBuf> {
        let mut v: Vec<(usize, PathBuf)> = std::fs::read_dir(&self.dir)
            .unwrap()
            .filter_map(|e| {
                let e = e.unwrap();
                let n = e.file_name().to_string_lossy().into_owned();
                let k = n.strip_prefix("req")?.parse().ok()?;
                Some((k, e.path()))
            })
            .collect();
        v.sort();
        v.into_iter().map(|(_, p)| p).collect()
    }
}

impl Drop for Receiver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A node: its state directory with script outputs, and where its UUID and opt-out go.
struct Node {
    dir: tempfile::TempDir,
}

impl Node {
    fn new(outputs: &[(&str, &str)]) -> Node {
        let dir = tempfile::tempdir().unwrap();
        let scripts = dir.path().join("state/scripts");
        std::fs::create_dir_all(&scripts).unwrap();
        for (name, text) in outputs {
            std::fs::write(scripts.join(name), text).unwrap();
        }
        // The collector's state file: only the scripts it lists are sent.
        let listed: serde_json::Map<String, serde_json::Value> = outputs
            .iter()
            .map(|(n, _)| {
                let s =
                    serde_json::json!({"interval_s": 300.0, "running": false, "runs": 1, "overruns": 0, "values": {}});
                (n.to_string(), s)
            })
            .collect();
        let state = serde_json::json!({
            "schema": 1, "collector": "scripts", "host": "h", "status": "ok", "error": null,
            "measured_at": "2024-01-01T00:00:00Z", "measured_at_unix": 1704067200,
            "attempted_at_unix": 1704067200, "duration_ms": 0,
            "dir": "/etc/gatherer/scripts.d", "timeout_s": 30.0, "scripts": listed, "refused": {}
        });
        std::fs::write(dir.path().join("state/scripts.json"), state.to_string()).unwrap();
        Node { dir }
    }

    fn path(&self, p: &str) -> PathBuf {
        self.dir.path().join(p)
    }

    /// `gatherer report` with this node's paths (and the receiver's URL when given).
    fn report(&self, url: Option<&str>) -> Command {
        let mut c = gatherer(self.dir.path());
        c.arg("report")
            .arg("--report-uuid-file")
            .arg(self.path("lib/uuid"))
            .arg("--report-disable-file")
            .arg(self.path("etc/report-disable"));
        if let Some(u) = url {
            c.args(["--report-url", u, "--report-allow-http"]);
        }
        c
    }

    fn last(&self) -> serde_json::Value {
        json(&self.path("state/report.json"))
    }
}

fn is_v4_uuid(s: &str) -> bool {
    let b = s.as_bytes();
    s.len() == 36
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => matches!(c, b'0'..=b'9' | b'a'..=b'f'),
        })
        && b[14] == b'4'
        && matches!(b[19], b'8' | b'9' | b'a' | b'b')
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
fn sends_the_uuid_and_a_reproducible_tar_gz_as_vzstats_does() {
    let node = Node::new(&[("os-release", "ID=debian\nVERSION_ID=12\n"), ("cpus", "2\n"), ("empty", "")]);
    let Some(rx) = Receiver::start(node.dir.path()) else { return };
    let o = node.report(Some(&rx.url)).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("report: sent to http://127.0.0.1:"), "{}", text(&o));
    let reqs = rx.requests();
    assert_eq!(reqs.len(), 1);
    let req = &reqs[0];
    assert_eq!(read(&req.join("fields")), "uuid file");
    let uuid = read(&req.join("uuid"));
    assert!(is_v4_uuid(&uuid), "{uuid:?}");
    assert_eq!(read(&node.path("lib/uuid")), format!("{uuid}\n"), "the UUID sent is the one kept");
    use std::os::unix::fs::MetadataExt;
    assert_eq!(std::fs::metadata(node.path("lib/uuid")).unwrap().mode() & 0o777, 0o644);
    assert_eq!(read(&req.join("filename")), "gatherer-report.tar.gz");
    assert_eq!(read(&req.join("content-type")), "application/gzip");

    let file = req.join("file");
    let gz = Command::new("gzip").arg("-t").arg(&file).output().unwrap();
    assert!(gz.status.success(), "gzip -t: {}", text(&gz));
    let tv = Command::new("tar").arg("-tvzf").arg(&file).env("TZ", "UTC").output().unwrap();
    assert!(tv.status.success(), "tar -tvzf: {}", text(&tv));
    let listing: Vec<String> = String::from_utf8_lossy(&tv.stdout)
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    // One file per script, named after it, and nothing else.
    assert_eq!(
        listing,
        [
            "-rw-r--r-- root/root 2 1970-01-01 00:00 cpus",
            "-rw-r--r-- root/root 0 1970-01-01 00:00 empty",
            "-rw-r--r-- root/root 24 1970-01-01 00:00 os-release",
        ]
    );
    let x = Command::new("tar").arg("-xzOf").arg(&file).arg("os-release").output().unwrap();
    assert_eq!(String::from_utf8_lossy(&x.stdout), "ID=debian\nVERSION_ID=12\n");

    let last = node.last();
    assert_eq!(last["result"], "sent");
    assert_eq!(last["http_status"], 200);
    assert_eq!(last["bytes"], std::fs::metadata(&file).unwrap().len());
    assert_eq!(last["scripts"], 3);
    assert_eq!(last["last_sent_at_unix"], last["attempted_at_unix"]);

    // A second run, from another process, later: the same UUID and the same bytes.
    std::thread::sleep(Duration::from_millis(1100));
    let o = node.report(Some(&rx.url)).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let reqs = rx.requests();
    assert_eq!(reqs.len(), 2);
    assert_eq!(read(&reqs[1].join("uuid")), uuid);
    assert_eq!(std::fs::read(reqs[1].join("file")).unwrap(), std::fs::read(&file).unwrap(), "reproducible");
}

/// The opt-out file stops every submission, whatever the settings; `--enable` lifts it.
#[test]
fn the_opt_out_file_stops_the_post() {
    let node = Node::new(&[("a", "1\n")]);
    let Some(rx) = Receiver::start(node.dir.path()) else { return };
    let o = node.report(None).arg("--disable").output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(node.path("etc/report-disable").is_file());
    let o = node.report(Some(&rx.url)).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("opted out"), "{}", text(&o));
    assert!(o.stderr.is_empty(), "nothing for cron to mail: {}", text(&o));
    assert!(rx.requests().is_empty(), "nothing was posted");
    assert!(!node.path("lib/uuid").exists(), "no UUID made for a node that opted out");
    assert_eq!(node.last()["result"], "disabled");
    let o = node.report(Some(&rx.url)).arg("--status").output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("submissions: disabled"), "{}", text(&o));
    // Whatever is at the path counts, a dangling symlink included.
    std::fs::remove_file(node.path("etc/report-disable")).unwrap();
    std::os::unix::fs::symlink(node.path("nowhere"), node.path("etc/report-disable")).unwrap();
    let o = node.report(Some(&rx.url)).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(rx.requests().is_empty(), "nothing was posted");

    let o = node.report(None).arg("--enable").output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(std::fs::symlink_metadata(node.path("etc/report-disable")).is_err());
    let o = node.report(Some(&rx.url)).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert_eq!(rx.requests().len(), 1);
}

/// A receiver that never answers is cut off at --report-timeout; the run says so, exits
/// 1, and report.json records the failure. The next run that gets an answer sends.
#[test]
fn a_receiver_that_hangs_is_cut_off_by_the_timeout_and_the_next_run_retries() {
    let node = Node::new(&[("a", "1\n")]);
    let Some(rx) = Receiver::start(node.dir.path()) else { return };
    rx.set_mode("hang");
    let started = Instant::now();
    let o = node.report(Some(&rx.url)).args(["--report-timeout", "1"]).output().unwrap();
    let took = started.elapsed();
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(took < Duration::from_secs(4), "ended {took:?} after start, timeout 1 s");
    assert!(String::from_utf8_lossy(&o.stderr).contains("not sent to"), "{}", text(&o));
    assert_eq!(rx.requests().len(), 1, "the request did arrive");
    let last = node.last();
    assert_eq!(last["result"], "failed");
    assert!(last["reason"].as_str().unwrap().contains("1 s"), "{last}");
    assert_eq!(last["last_sent_at_unix"], serde_json::Value::Null);

    rx.set_mode("503");
    let o = node.report(Some(&rx.url)).output().unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let last = node.last();
    assert_eq!((last["result"].as_str(), last["http_status"].as_u64()), (Some("failed"), Some(503)), "{last}");
    assert!(last["reason"].as_str().unwrap().contains("answered 503: answered"), "{last}");

    rx.set_mode("ok");
    let o = node.report(Some(&rx.url)).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert_eq!(node.last()["result"], "sent");
    let uuids: Vec<String> = rx.requests().iter().map(|r| read(&r.join("uuid"))).collect();
    assert_eq!(uuids.len(), 3);
    assert!(uuids.iter().all(|u| *u == uuids[0]), "{uuids:?}");
}

/// http:// is a malformed setting unless allowed: exit 2, nothing sent, nothing made.
#[test]
fn http_is_refused_without_report_allow_http() {
    let node = Node::new(&[("a", "1\n")]);
    let Some(rx) = Receiver::start(node.dir.path()) else { return };
    let o = node.report(None).args(["--report-url", &rx.url]).output().unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("--report-url") && err.contains("GATHERER_REPORT_URL") && err.contains("--report-allow-http"));
    assert!(rx.requests().is_empty());
    assert!(!node.path("lib/uuid").exists() && !node.path("state/report.json").exists());
    // Opting out still works with a setting that is wrong.
    let o = node.report(None).args(["--report-url", &rx.url, "--disable"]).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
}

/// `--view` shows the destination, the UUID (none yet), the listing and each file; it
/// sends nothing and makes nothing.
#[test]
fn view_sends_nothing_and_makes_nothing() {
    let node = Node::new(&[("kernel", "6.1.0\n"), ("binary", "\u{0}\u{1}")]);
    std::fs::write(node.path("state/scripts/binary"), [0xff, 0xfe, 0]).unwrap();
    let Some(rx) = Receiver::start(node.dir.path()) else { return };
    let o = node.report(Some(&rx.url)).arg("--view").output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    for want in [
        "nothing is sent",
        &format!("destination: {}", rx.url),
        "field uuid: none yet",
        "field file: gatherer-report.tar.gz",
        "-rw-r--r-- root/root         6 1970-01-01 00:00 kernel",
        "==> kernel <==\n6.1.0\n",
        "(3 bytes, not UTF-8 text: not shown)",
    ] {
        assert!(out.contains(want), "{want:?} in:\n{out}");
    }
    assert!(rx.requests().is_empty());
    assert!(!node.path("lib").exists(), "no UUID file or directory made");
    assert!(!node.path("state/report.json").exists());
}

/// Without a URL: nothing sent, nothing made but the record, exit 0, quiet on stderr.
#[test]
fn without_a_url_nothing_happens() {
    let node = Node::new(&[("a", "1\n")]);
    let o = node.report(None).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("no --report-url"), "{}", text(&o));
    assert!(o.stderr.is_empty(), "{}", text(&o));
    assert!(!node.path("lib").exists());
    assert_eq!(node.last()["result"], "no_url");
    // Nor does it make the state directory where there is none.
    let bare = tempfile::tempdir().unwrap();
    let o = gatherer(bare.path()).arg("report").output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(!bare.path().join("state").exists());
}

/// Two first runs at once send the same UUID.
#[test]
fn concurrent_first_runs_send_one_uuid() {
    let node = Node::new(&[("a", "1\n")]);
    let Some(rx) = Receiver::start(node.dir.path()) else { return };
    let children: Vec<Child> =
        (0..3).map(|_| node.report(Some(&rx.url)).stdout(Stdio::null()).spawn().unwrap()).collect();
    for mut c in children {
        assert!(c.wait().unwrap().success());
    }
    let uuids: Vec<String> = rx.requests().iter().map(|r| read(&r.join("uuid"))).collect();
    assert_eq!(uuids.len(), 3);
    assert!(uuids.iter().all(|u| *u == uuids[0]), "{uuids:?}");
    assert_eq!(read(&node.path("lib/uuid")), format!("{}\n", uuids[0]));
}

/// A corrupt UUID file is an error naming it, and is not replaced.
#[test]
fn a_corrupt_uuid_file_fails_naming_it() {
    let node = Node::new(&[("a", "1\n")]);
    let Some(rx) = Receiver::start(node.dir.path()) else { return };
    std::fs::create_dir_all(node.path("lib")).unwrap();
    std::fs::write(node.path("lib/uuid"), "garbage\n").unwrap();
    let o = node.report(Some(&rx.url)).output().unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains(&node.path("lib/uuid").display().to_string()) && err.contains("holds no UUID"), "{err}");
    assert_eq!(read(&node.path("lib/uuid")), "garbage\n");
    assert!(rx.requests().is_empty());
    assert_eq!(node.last()["result"], "failed");
}

fn repo(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(p)
}

/// The timer and its service verify, and the service runs `gatherer report` with the
/// env file.
#[test]
fn the_timer_and_its_service_verify() {
    if !have("systemd-analyze") {
        return peer_missing("systemd-analyze (Debian package systemd)");
    }
    let dir = tempfile::tempdir().unwrap();
    let timer = read(&repo("systemd/gatherer-report.timer"));
    for must in ["OnCalendar=monthly", "RandomizedDelaySec=", "Persistent=true", "WantedBy=timers.target"] {
        assert!(timer.contains(must), "timer lacks {must}");
    }
    let service = read(&repo("systemd/gatherer-report.service"));
    for must in ["Type=oneshot", "ExecStart=/usr/sbin/gatherer report --env-file=/etc/default/gatherer"] {
        assert!(service.contains(must), "service lacks {must}");
    }
    std::fs::write(dir.path().join("gatherer-report.timer"), &timer).unwrap();
    std::fs::write(
        dir.path().join("gatherer-report.service"),
        service.replace("/usr/sbin/gatherer", &bin().display().to_string()),
    )
    .unwrap();
    for unit in ["gatherer-report.service", "gatherer-report.timer"] {
        let v = Command::new("systemd-analyze").arg("verify").arg(dir.path().join(unit)).output().unwrap();
        assert!(v.status.success() && v.stdout.is_empty() && v.stderr.is_empty(), "verify {unit}: {}", text(&v));
    }
    let s = Command::new("systemd-analyze")
        .args(["security", "--offline=true", "--no-pager"])
        .arg(dir.path().join("gatherer-report.service"))
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&s.stdout);
    let exposure: f64 = out
        .lines()
        .find_map(|l| l.split("exposure level for gatherer-report.service: ").nth(1))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no exposure line: {}", text(&s)));
    assert!(exposure < 3.0, "exposure {exposure}");
}

/// The cron.monthly script: quiet and harmless without a URL, and it leaves the work to
/// the timer where systemd runs it.
#[test]
fn the_cron_script_is_quiet_without_a_url_and_yields_to_the_timer() {
    let dir = tempfile::tempdir().unwrap();
    let script = read(&repo("cron/gatherer-report"));
    assert!(script.starts_with("#!/bin/sh\n"));
    let env_file = dir.path().join("default");
    std::fs::write(&env_file, format!("GATHERER_STATE_DIR={}\n", dir.path().join("state").display())).unwrap();
    let systemd_dir = dir.path().join("run-systemd-system");
    // A systemctl that says every unit is inactive: an operator who stopped the timer.
    let systemctl = dir.path().join("systemctl");
    std::fs::write(&systemctl, format!("#!/bin/sh\necho \"$@\" >> {}\nexit 3\n", dir.path().join("asked").display()))
        .unwrap();
    std::fs::set_permissions(&systemctl, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let local = script
        .replace("/usr/sbin/gatherer", &bin().display().to_string())
        .replace("/etc/default/gatherer", &env_file.display().to_string())
        .replace("/run/systemd/system", &systemd_dir.display().to_string())
        .replace("systemctl", &systemctl.display().to_string());
    let path = dir.path().join("gatherer-report");
    std::fs::write(&path, local).unwrap();
    // Not systemd: it runs the report, which finds no URL and says nothing on stderr,
    // and nothing on stdout either (cron mails any output).
    let mut c = Command::new("sh");
    c.arg(&path);
    for (k, _) in std::env::vars_os().filter(|(k, _)| k.to_string_lossy().starts_with("GATHERER_")) {
        c.env_remove(k);
    }
    let o = c.output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(o.stdout.is_empty() && o.stderr.is_empty(), "{}", text(&o));
    std::fs::create_dir(dir.path().join("state")).unwrap();
    let o = c.output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert_eq!(json(&dir.path().join("state/report.json"))["result"], "no_url", "the report did run");
    // A systemd host: the timer's alone, even stopped or disabled (then the operator
    // stopped the reports); the script does nothing at all.
    std::fs::remove_file(dir.path().join("state/report.json")).unwrap();
    std::fs::create_dir(&systemd_dir).unwrap();
    let o = c.output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(o.stdout.is_empty() && o.stderr.is_empty(), "{}", text(&o));
    assert!(!dir.path().join("state/report.json").exists(), "skipped on a systemd host, timer stopped");
}

/// A symlink at the outputs directory is never followed, and neither the directory nor a
/// file in it is taken from a user other than root or the state directory's owner, nor
/// from a group- or world-writable directory: the report runs as root.
#[test]
fn a_planted_outputs_directory_or_file_is_refused() {
    let node = Node::new(&[("fine", "ok\n"), ("theirs", "planted\n"), ("shadow", "")]);
    let scripts = node.path("state/scripts");
    let real = node.path("state/real");
    std::fs::rename(&scripts, &real).unwrap();
    let elsewhere = node.path("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    std::fs::write(elsewhere.join("shadow"), "root-only secret\n").unwrap();
    std::fs::set_permissions(elsewhere.join("shadow"), std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
    std::os::unix::fs::symlink(&elsewhere, &scripts).unwrap();
    let o = node.report(None).arg("--view").output().unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(!text(&o).contains("root-only secret"), "{}", text(&o));
    assert!(text(&o).contains(&format!("{} is a symlink", scripts.display())), "{}", text(&o));

    std::fs::remove_file(&scripts).unwrap();
    std::fs::rename(&real, &scripts).unwrap();
    if is_root() {
        std::os::unix::fs::chown(scripts.join("theirs"), Some(4242), None).unwrap();
        let o = node.report(None).arg("--view").output().unwrap();
        assert_eq!(o.status.code(), Some(0), "{}", text(&o));
        assert!(text(&o).contains("==> fine <==") && !text(&o).contains("planted"), "{}", text(&o));
        assert!(text(&o).contains("is owned by uid 4242"), "{}", text(&o));
    }
    std::fs::set_permissions(&scripts, std::os::unix::fs::PermissionsExt::from_mode(0o777)).unwrap();
    let o = node.report(None).arg("--view").output().unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(text(&o).contains("group- or world-writable"), "{}", text(&o));
}

/// A token in the URL's query never shows: not on stdout or stderr, not in report.json,
/// not in `--view` or `--status`.
#[test]
fn query_values_of_the_url_never_show() {
    let node = Node::new(&[("cpus", "2\n")]);
    let Some(rx) = Receiver::start(node.dir.path()) else { return };
    let url = format!("{}?token=s3cret-tok&site=acme-private", rx.url);
    let mut seen = String::new();
    for mode in ["ok", "500"] {
        rx.set_mode(mode);
        let o = node.report(Some(&url)).output().unwrap();
        seen.push_str(&text(&o));
        seen.push_str(&read(&node.path("state/report.json")));
    }
    for action in ["--view", "--status"] {
        seen.push_str(&text(&node.report(Some(&url)).arg(action).output().unwrap()));
    }
    assert_eq!(rx.requests().len(), 2, "{seen}");
    assert!(seen.contains("/submit?token=***&site=***"), "{seen}");
    assert!(!seen.contains("s3cret") && !seen.contains("acme-private"), "{seen}");
}
