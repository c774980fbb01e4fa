//! The page and the history files of the HTTP endpoint (`--http-secret-file`), from the
//! outside: the real curl and raw sockets against a daemon whose `--history-dir` holds
//! files made by hand in the history's layout, and the page drawn by a real headless
//! Chromium. Only under the secret; a wrong secret, an odd path, a dot-file or a planted
//! symlink is the same 404 as any unknown path; big files stream without the daemon's
//! memory growing; the secret shows in no log line and no `gatherer config`.

mod common;
use common::*;
use std::fs;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

/// A secret as `openssl rand -hex 16` makes one.
const SECRET: &str = "3f9c2a7d1e8b4c6f0a5d9e2b7c1f4a8d";

/// The daemon, killed and reaped however the test ends.
struct Daemon(Child);
impl Drop for Daemon {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// Today and the days before it, in UTC, as the history names them.
fn day(days_ago: u64) -> String {
    let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() - days_ago * 86_400;
    let o = Command::new("date").args(["-u", "-d", &format!("@{t}"), "+%F"]).output().unwrap();
    String::from_utf8(o.stdout).unwrap().trim().to_string()
}

fn secret_file(dir: &Path, text: &str, mode: u32) -> PathBuf {
    let p = dir.join("secret");
    fs::write(&p, text).unwrap();
    fs::set_permissions(&p, fs::Permissions::from_mode(mode)).unwrap();
    p
}

/// `gatherer run` (diskstats on fixture roots, a long interval: the daemon's own samples
/// play no part) serving on a free port, with `extra`; returns once it answers.
fn serving(dir: &Path, extra: &[&str]) -> (Daemon, u16) {
    fixture_roots(dir);
    let port = free_port();
    let child = gatherer(dir)
        .args(["run", "--collectors", "diskstats", "--diskstats-interval", "3600", "--debug"])
        .arg("--proc-root")
        .arg(dir.join("proc"))
        .arg("--sys-root")
        .arg(dir.join("sys"))
        .arg("--log-file")
        .arg(dir.join("gatherer.log"))
        .args(["--http-listen", &format!("127.0.0.1:{port}")])
        .args(extra)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut d = Daemon(child);
    eventually(10, "the endpoint to accept", || {
        assert!(d.0.try_wait().unwrap().is_none(), "gatherer exited: {}", log(dir));
        TcpStream::connect(("127.0.0.1", port)).ok().map(drop)
    });
    (d, port)
}

fn log(dir: &Path) -> String {
    fs::read_to_string(dir.join("gatherer.log")).unwrap_or_default()
}

struct Resp {
    status: u16,
    head: String,
    body: Vec<u8>,
}

impl Resp {
    fn header(&self, name: &str) -> Option<String> {
        self.head.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.trim().eq_ignore_ascii_case(name).then(|| v.trim().to_string())
        })
    }
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

impl std::fmt::Debug for Resp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let body = String::from_utf8_lossy(&self.body[..self.body.len().min(600)]).into_owned();
        write!(f, "{}\n{}\n[body]\n{body}", self.status, self.head)
    }
}

fn parse(raw: &[u8]) -> Resp {
    let end = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap_or_else(|| panic!("no head end in {raw:?}"));
    let head = String::from_utf8_lossy(&raw[..end]).into_owned();
    let status = head.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap();
    Resp { status, head, body: raw[end + 4..].to_vec() }
}

/// The real curl, the path sent as it is (`--path-as-is`).
fn curl(port: u16, args: &[&str], path: &str) -> Resp {
    let o = Command::new("curl")
        .args(["-s", "-S", "-i", "--path-as-is", "--max-time", "30"])
        .args(args)
        .arg(format!("http://127.0.0.1:{port}{path}"))
        .output()
        .unwrap();
    assert!(o.status.success(), "curl {args:?} {path}: {}", text(&o));
    parse(&o.stdout)
}

fn get(port: u16, path: &str) -> Resp {
    curl(port, &[], path)
}

/// `request` as it is on a new connection; the whole answer.
fn raw(port: u16, request: &[u8]) -> Resp {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    s.write_all(request).unwrap();
    let mut out = Vec::new();
    s.read_to_end(&mut out).unwrap();
    parse(&out)
}

fn need(program: &str, package: &str) -> bool {
    if have(program) {
        true
    } else {
        peer_missing(&format!("{program} (apt-get install {package})"));
        false
    }
}

/// A CSV file as the history sink writes it: a header of `time` and `columns` (quoted as
/// RFC 4180 says), then `rows` rows 10 s apart, the first `first` times 10 s ago, each
/// value `value(column, row)` (`None`: an empty cell).
fn csv(path: &Path, columns: &[&str], first: usize, rows: usize, value: impl Fn(usize, usize) -> Option<f64>) {
    let quote = |s: &str| {
        if s.contains([',', '"', '\n']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_string()
        }
    };
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as usize;
    let mut out = String::from("time");
    for c in columns {
        out.push(',');
        out.push_str(&quote(c));
    }
    out.push('\n');
    for r in 0..rows {
        out.push_str(&(now - (first - r) * 10).to_string());
        for c in 0..columns.len() {
            out.push(',');
            if let Some(v) = value(c, r) {
                out.push_str(&v.to_string());
            }
        }
        out.push('\n');
    }
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, out).unwrap();
}

/// Today's files of six collectors, as the history sink writes them: counters ending in
/// `_total`, labels with commas and quotes, a second part with a new series and one gone,
/// empty cells.
fn todays_files(history: &Path) -> Vec<&'static str> {
    let today = history.join(day(0));
    let wave = |r: usize| 50.0 + 30.0 * (r as f64 / 15.0).sin();
    let cpu = ["seconds_total{cpu=0,mode=user}", "seconds_total{cpu=0,mode=idle}", "busy_pct{cpu=all}", "load1"];
    csv(&today.join("cpu.csv"), &cpu, 180, 120, |c, r| {
        Some(if c < 2 { (r * (c + 1)) as f64 * 3.5 } else { wave(r + c) })
    });
    // As the sink starts a part: the columns of the report that made it, so load1,
    // gone from it, is not carried over.
    let cpu2 = [&cpu[..3], &["busy_pct{cpu=0}"]].concat();
    csv(&today.join("cpu.2.csv"), &cpu2, 60, 60, |c, r| {
        Some(if c < 2 { ((r + 120) * (c + 1)) as f64 * 3.5 } else { wave(r + 120 + c) })
    });
    csv(&today.join("memory.csv"), &["used", "used_pct", "swap_used"], 180, 180, |c, r| match c {
        0 => Some(1.5e9 + 1e8 * wave(r)),
        1 => Some(wave(r)),
        _ => (r % 7 != 0).then_some(0.0),
    });
    csv(
        &today.join("network.csv"),
        &["rx_bytes_total{device=eth0}", "tx_bytes_total{device=eth0}", "rx_bytes_total{device=lo}"],
        180,
        180,
        |c, r| Some((r * r * (c + 1)) as f64 * 100.0),
    );
    csv(&today.join("filesystems.csv"), &["used_pct{mount=/}", "used_pct{mount=/srv/a,\"b\"}"], 180, 180, |c, r| {
        Some(40.0 + c as f64 * 10.0 + r as f64 / 50.0)
    });
    csv(&today.join("temperatures.csv"), &["celsius{sensor=platform_coretemp_0/Package id 0}"], 180, 180, |_, r| {
        Some(45.0 + wave(r) / 10.0)
    });
    csv(
        &today.join("processes.csv"),
        &["cpu_seconds_total{user=slapuser0}", "procs{user=slapuser0}", "procs{user=www-data}"],
        180,
        180,
        |c, r| Some(if c == 0 { r as f64 * 0.7 } else { (10 + r % 4 + c) as f64 }),
    );
    vec!["cpu", "filesystems", "memory", "network", "processes", "temperatures"]
}

/// `DAY.tar.gz` in `history`, as the sink leaves a finished day: member `DAY/cpu.csv`.
fn archive(history: &Path, day: &str) -> Vec<u8> {
    let work = history.parent().unwrap().join("work");
    csv(&work.join(day).join("cpu.csv"), &["load1"], 3, 3, |_, r| Some(r as f64));
    let out = history.join(format!("{day}.tar.gz"));
    let o = Command::new("tar").arg("-C").arg(&work).arg("-czf").arg(&out).arg(day).output().unwrap();
    assert!(o.status.success(), "{}", text(&o));
    fs::read(out).unwrap()
}

fn repo(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(p)
}

#[test]
fn the_page_and_the_history_files_are_served_under_the_secret_only() {
    if !need("curl", "curl") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let history = dir.path().join("history");
    fs::create_dir(&history).unwrap();
    let secret = secret_file(dir.path(), &format!("{SECRET}\n"), 0o600);
    let (_d, port) = serving(
        dir.path(),
        &["--http-secret-file", secret.to_str().unwrap(), "--history-dir", history.to_str().unwrap()],
    );
    // Made after the daemon started: a history sink that finishes old days at start
    // leaves these alone.
    let (today, yesterday, before) = (day(0), day(1), day(2));
    todays_files(&history);
    let yesterday_bytes = archive(&history, &yesterday);
    archive(&history, &before);
    fs::write(history.join(format!(".{today}.tar.gz.tmp")), "half an archive").unwrap();
    fs::write(history.join(&today).join(".hidden.csv"), "time\n1,2\n").unwrap();
    let s = format!("/{SECRET}");

    // The page: today's files named in it, its assets, headers that keep the URL private.
    let r = get(port, &format!("{s}/"));
    assert_eq!(r.status, 200, "{r:?}");
    assert_eq!(r.header("Content-Type").as_deref(), Some("text/html; charset=utf-8"));
    assert_eq!(r.header("Referrer-Policy").as_deref(), Some("no-referrer"));
    let csp = r.header("Content-Security-Policy").unwrap();
    assert!(csp.contains("default-src 'none'") && csp.contains("script-src 'self'"), "{csp}");
    let page = r.text();
    let data = page.split("type=\"application/json\">").nth(1).unwrap().split("</script>").next().unwrap();
    let data: serde_json::Value = serde_json::from_str(data).unwrap();
    assert_eq!(data["day"], today.as_str());
    assert_eq!(data["history"], true);
    assert_eq!(data["collectors"]["cpu"], serde_json::json!(["cpu.csv", "cpu.2.csv"]), "{data}");
    assert_eq!(data["collectors"]["memory"], serde_json::json!(["memory.csv"]), "{data}");
    assert!(!page.contains(".hidden") && !page.contains(SECRET), "{page}");
    let r = get(port, &s);
    assert_eq!((r.status, r.header("Location")), (308, Some(format!("{s}/"))), "{r:?}");
    for (asset, file, kind) in [
        ("uplot/uPlot.iife.min.js", "web/vendor/uplot-1.6.32/uPlot.iife.min.js", "text/javascript; charset=utf-8"),
        ("uplot/uPlot.min.css", "web/vendor/uplot-1.6.32/uPlot.min.css", "text/css; charset=utf-8"),
        ("uplot/LICENSE", "web/vendor/uplot-1.6.32/LICENSE", "text/plain; charset=utf-8"),
        ("page.js", "web/page.js", "text/javascript; charset=utf-8"),
        ("page.css", "web/page.css", "text/css; charset=utf-8"),
    ] {
        let r = get(port, &format!("{s}/{asset}"));
        assert_eq!((r.status, r.header("Content-Type").as_deref()), (200, Some(kind)), "{asset}: {r:?}");
        assert_eq!(r.body, fs::read(repo(file)).unwrap(), "{asset}");
    }

    // The days, newest first: today's folder, then the archives; no dot-file.
    let r = get(port, &format!("{s}/history/"));
    assert_eq!((r.status, r.header("Content-Type").as_deref()), (200, Some("text/html; charset=utf-8")), "{r:?}");
    let listing = r.text();
    let at = |name: &str| listing.find(&format!("href=\"{name}\"")).unwrap_or_else(|| panic!("{name}: {listing}"));
    assert!(at(&format!("{today}/")) < at(&format!("{yesterday}.tar.gz")), "{listing}");
    assert!(at(&format!("{yesterday}.tar.gz")) < at(&format!("{before}.tar.gz")), "{listing}");
    assert!(!listing.contains(".tmp") && !listing.contains(&format!(".{today}")), "{listing}");
    assert!(!listing.contains(SECRET), "{listing}");
    // A day's files, each served as it is on disk.
    let r = get(port, &format!("{s}/history/{today}/"));
    assert_eq!(r.status, 200, "{r:?}");
    let listing = r.text();
    for f in ["cpu.csv", "cpu.2.csv", "memory.csv", "network.csv", "processes.csv"] {
        assert!(listing.contains(&format!("href=\"{f}\"")), "{f}: {listing}");
        let on_disk = fs::read(history.join(&today).join(f)).unwrap();
        let r = get(port, &format!("{s}/history/{today}/{f}"));
        assert_eq!((r.status, r.header("Content-Type").as_deref()), (200, Some("text/csv; charset=utf-8")), "{r:?}");
        assert_eq!(r.header("Content-Length"), Some(on_disk.len().to_string()), "{f}");
        assert_eq!(r.body, on_disk, "{f}");
    }
    assert!(!listing.contains(".hidden"), "{listing}");
    let r = get(port, &format!("{s}/history/{yesterday}.tar.gz"));
    assert_eq!((r.status, r.header("Content-Type").as_deref()), (200, Some("application/gzip")), "{r:?}");
    assert_eq!(r.header("Content-Length"), Some(yesterday_bytes.len().to_string()));
    assert_eq!(r.body, yesterday_bytes);
    // HEAD: the file's length, no body; a query string is no part of the path.
    let r = curl(port, &["-I"], &format!("{s}/history/{today}/cpu.csv"));
    let size = fs::metadata(history.join(&today).join("cpu.csv")).unwrap().len();
    assert_eq!((r.status, r.header("Content-Length")), (200, Some(size.to_string())), "{r:?}");
    assert!(r.body.is_empty(), "{r:?}");
    assert_eq!(get(port, &format!("{s}/history/{today}/cpu.csv?x=1")).body.len() as u64, size);

    // Symlinks and other things planted inside the history: never followed, never listed.
    let planted_day = day(3);
    std::os::unix::fs::symlink(history.join(&today), history.join(&planted_day)).unwrap();
    std::os::unix::fs::symlink("/etc/passwd", history.join(&today).join("passwd.csv")).unwrap();
    std::os::unix::fs::symlink(history.join(format!("{yesterday}.tar.gz")), history.join(format!("{}.tar.gz", day(4))))
        .unwrap();
    std::os::unix::fs::symlink("/etc", history.join(day(5))).unwrap();
    nix::unistd::mkfifo(&history.join(&today).join("fifo.csv"), nix::sys::stat::Mode::from_bits_truncate(0o644))
        .unwrap();
    fs::create_dir(history.join(&today).join("folder.csv")).unwrap();
    let listing = get(port, &format!("{s}/history/")).text();
    for name in [&planted_day, &day(4), &day(5)] {
        assert!(!listing.contains(name.as_str()), "{name} listed: {listing}");
    }
    let listing = get(port, &format!("{s}/history/{today}/")).text();
    for name in ["passwd.csv", "fifo.csv", "folder.csv"] {
        assert!(!listing.contains(name), "{name} listed: {listing}");
    }

    // Everything that is not one of the routes gets the answer of any unknown path,
    // whole: a wrong secret cannot be told from it.
    let unknown = get(port, "/no-such-path");
    assert_eq!(unknown.status, 404, "{unknown:?}");
    let mut wrong: Vec<String> = Vec::new();
    let mut flipped = SECRET.to_string().into_bytes();
    flipped[31] = b'e';
    let flipped = String::from_utf8(flipped).unwrap();
    for bad in [flipped.as_str(), &SECRET[..31], &format!("{SECRET}0"), &SECRET.to_uppercase(), "", "x"] {
        for rest in ["/", "/history/", &format!("/history/{today}/cpu.csv"), "/uplot/LICENSE"] {
            wrong.push(format!("/{bad}{rest}"));
        }
    }
    let passwd = fs::read_to_string("/etc/passwd").unwrap();
    let odd = [
        format!("{s}/history/../../../../etc/passwd"),
        format!("{s}/history/{today}/../../secret"),
        format!("{s}/history/{today}/../{today}/cpu.csv"),
        format!("{s}/./history/"),
        format!("{s}//history/"),
        format!("{s}/history//"),
        format!("{s}/history/{today}//cpu.csv"),
        format!("{s}/history/{today}/cpu.csv/"),
        format!("{s}/history/{today}/cpu.CSV"),
        format!("{s}/history/{today}/cpu"),
        format!("{s}/history/{today}"),
        format!("{s}/history"),
        format!("{s}/history/{today}/.hidden.csv"),
        format!("{s}/history/.{today}.tar.gz.tmp"),
        format!("{s}/history/{today}.tar.gz"),
        format!("{s}/history/{today}/passwd.csv"),
        format!("{s}/history/{today}/fifo.csv"),
        format!("{s}/history/{today}/folder.csv"),
        format!("{s}/history/{planted_day}/"),
        format!("{s}/history/{planted_day}/cpu.csv"),
        format!("{s}/history/{}.tar.gz", day(4)),
        format!("{s}/history/{}/passwd", day(5)),
        format!("{s}/history/%2e%2e/%2e%2e/etc/passwd"),
        format!("{s}/history/{today}/%63pu.csv"),
        format!("{s}/history/{today}%2fcpu.csv"),
        format!("{s}/history/{today}/..%2f..%2fsecret"),
        format!("{s}/%2e/history/"),
        format!("{s}%2fhistory/"),
        format!("/%33{}/", &SECRET[1..]),
        format!("{s}/uplot/"),
        format!("{s}/uplot/../page.js"),
        format!("{s}/index.html"),
        format!("{s}/secret"),
        format!("{s}/history/{today}/cpu.csv%00"),
        format!("{s}/history/-{}", &today[1..]),
    ];
    let started = Instant::now();
    for path in wrong.iter().chain(&odd) {
        let r = get(port, path);
        assert_eq!((r.status, &r.head, &r.body), (404, &unknown.head, &unknown.body), "{path}: {r:?}");
        assert!(!r.text().contains(passwd.lines().next().unwrap()), "{path}");
    }
    assert!(started.elapsed() < Duration::from_secs(20), "no path hung on the FIFO");
    // Raw requests, for what curl would tidy or refuse to send.
    for path in [
        format!("{s}/history/{today}/cpu.csv#x"),
        format!("{s}/history\\..\\..\\etc\\passwd"),
        format!("{s}/history/{today}/cpu.csv\\"),
        format!("http://127.0.0.1{s}/"),
        format!("{s}/history/{today}/\u{2024}\u{2024}/secret"),
        format!("{s}/history/..\u{2215}..\u{2215}etc"),
    ] {
        let r = raw(port, format!("GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").as_bytes());
        assert_eq!((r.status, &r.body), (404, &unknown.body), "{path}: {r:?}");
    }
    let r = raw(port, format!("GET {s}/history/{today}/cpu.csv HTTP/1.0\r\n\r\n").as_bytes());
    assert_eq!(r.body.len() as u64, size, "{r:?}");

    // The secret shows in no log line, whatever was asked.
    let logged = log(dir.path());
    assert!(logged.contains("the page at /<secret>/") && logged.contains(secret.to_str().unwrap()), "{logged}");
    assert!(!logged.contains(SECRET) && !logged.contains(&SECRET[..16]), "{logged}");
}

/// Without `--history-dir` the page says the history is off, and `/history/` is 404;
/// without a secret there is no page at all.
#[test]
fn without_a_history_the_page_says_so_and_without_a_secret_there_is_no_page() {
    if !need("curl", "curl") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let secret = secret_file(dir.path(), SECRET, 0o600);
    let (_d, port) = serving(dir.path(), &["--http-secret-file", secret.to_str().unwrap()]);
    let unknown = get(port, "/no-such-path");
    let r = get(port, &format!("/{SECRET}/"));
    assert_eq!(r.status, 200, "{r:?}");
    assert!(r.text().contains("\"history\":false"), "{r:?}");
    for path in ["/history/", &format!("/history/{}/", day(0)), &format!("/history/{}/cpu.csv", day(0))] {
        let r = get(port, &format!("/{SECRET}{path}"));
        assert_eq!((r.status, &r.body), (404, &unknown.body), "{path}: {r:?}");
    }
    assert!(log(dir.path()).contains("the history is off"), "{}", log(dir.path()));

    let dir = tempfile::tempdir().unwrap();
    let history = dir.path().join("history");
    todays_files(&history);
    let (_d, port) = serving(dir.path(), &["--history-dir", history.to_str().unwrap()]);
    for path in [format!("/{SECRET}/"), format!("/{SECRET}/history/"), format!("/{SECRET}/history/{}/cpu.csv", day(0))]
    {
        let r = get(port, &path);
        assert_eq!((r.status, &r.body), (404, &unknown.body), "{path}: {r:?}");
    }
}

/// A new secret written into the same file takes effect on reload (SIGHUP), though no
/// flag changed: the old one is then 404.
#[test]
fn a_new_secret_takes_effect_on_reload() {
    if !need("curl", "curl") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let secret = secret_file(dir.path(), SECRET, 0o600);
    let (d, port) = serving(dir.path(), &["--http-secret-file", secret.to_str().unwrap()]);
    assert_eq!(get(port, &format!("/{SECRET}/")).status, 200);
    let new = "Zx_9-new-secret-0123456789";
    fs::write(&secret, format!("{new}\n")).unwrap();
    // SAFETY: kill(2) of the daemon this test started.
    assert_eq!(unsafe { libc::kill(d.0.id() as i32, libc::SIGHUP) }, 0);
    // The endpoint restarts: between the two, the port may refuse a connection.
    let status = |path: String| {
        let o = Command::new("curl")
            .args(["-s", "-o", "/dev/null", "-w", "%{http_code}", "--max-time", "5"])
            .arg(format!("http://127.0.0.1:{port}{path}"))
            .output()
            .unwrap();
        String::from_utf8_lossy(&o.stdout).into_owned()
    };
    eventually(10, "the new secret", || (status(format!("/{new}/")) == "200").then_some(()));
    assert_eq!(status(format!("/{SECRET}/")), "404");
    let logged = log(dir.path());
    assert!(logged.contains("a file an output reads"), "{logged}");
    assert!(!logged.contains(new) && !logged.contains(SECRET), "{logged}");
}

/// Spawn `c`, wait for it to exit (at most 10 s).
fn exits(mut c: Command) -> Output {
    c.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut d = Daemon(c.spawn().unwrap());
    eventually(10, "gatherer to exit", || d.0.try_wait().unwrap());
    let mut out = Output { status: d.0.wait().unwrap(), stdout: Vec::new(), stderr: Vec::new() };
    d.0.stdout.take().unwrap().read_to_end(&mut out.stdout).unwrap();
    d.0.stderr.take().unwrap().read_to_end(&mut out.stderr).unwrap();
    out
}

/// A secret file that is not owner-only, a symlink, or holds no fit secret: gatherer does
/// not start (exit 2), and says why naming the file, never the text in it. `gatherer
/// config` names the file, never the secret.
#[test]
fn a_bad_secret_file_is_refused_at_start_naming_it_never_its_text() {
    let dir = tempfile::tempdir().unwrap();
    let (proc_root, _) = fixture_roots(dir.path());
    let run = |file: &Path, by_env: bool| {
        let mut c = gatherer(dir.path());
        c.args(["run", "--collectors", "memory", "--proc-root"]).arg(&proc_root);
        c.args(["--http-listen", &free_port().to_string()]);
        if by_env {
            c.env("GATHERER_HTTP_SECRET_FILE", file);
        } else {
            c.arg("--http-secret-file").arg(file);
        }
        exits(c)
    };
    let cases: [(&str, u32, &str); 6] = [
        ("tooshort-0123", 0o600, "13 characters"),
        ("has space 0123456789abcdef", 0o600, "other than A-Z"),
        ("slash/0123456789abcdef", 0o600, "other than A-Z"),
        ("pct%410123456789abcdef", 0o600, "other than A-Z"),
        ("", 0o600, "0 characters"),
        (SECRET, 0o640, "chmod 600"),
    ];
    for (i, (content, mode, why)) in cases.into_iter().enumerate() {
        let file = secret_file(dir.path(), &format!("{content}\n"), mode);
        let o = run(&file, i % 2 == 1);
        assert_eq!(o.status.code(), Some(2), "{content:?}: {}", text(&o));
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains("--http-secret-file") && err.contains(file.to_str().unwrap()), "{err}");
        assert!(err.contains(why), "{content:?}: {err}");
        assert!(content.is_empty() || !err.contains(content), "the text shown: {err}");
    }
    let file = secret_file(dir.path(), SECRET, 0o600);
    let link = dir.path().join("link");
    std::os::unix::fs::symlink(&file, &link).unwrap();
    let o = run(&link, false);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.code() == Some(2) && err.contains("symlink") && !err.contains(SECRET), "{}", text(&o));

    let mut c = gatherer(dir.path());
    c.args(["config", "--http-listen", "9123", "--http-secret-file"]).arg(&file);
    let o = c.output().unwrap();
    let out = text(&o);
    assert!(o.status.success(), "{out}");
    assert!(out.contains(&format!("--http-secret-file={}", file.display())), "{out}");
    assert!(!out.contains(SECRET), "{out}");
}

/// /proc/PID/smaps_rollup's `Anonymous`, in KiB: the memory the process itself fills.
fn anonymous_kib(pid: u32) -> u64 {
    let t = fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).unwrap();
    let line = t.lines().find(|l| l.starts_with("Anonymous:")).unwrap();
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

/// A day's CSV of 96 MiB is sent whole, several times and to 16 slow readers at once,
/// while the daemon's anonymous memory stays within 2 MiB of what it was (it is sent
/// from the page cache, never read into the daemon); the 17th request is told "busy",
/// and while a slow reader holds a download, others are served at once.
#[test]
fn big_files_stream_without_the_daemons_memory_growing() {
    if !need("curl", "curl") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let history = dir.path().join("history");
    let today = history.join(day(0));
    fs::create_dir_all(&today).unwrap();
    let secret = secret_file(dir.path(), SECRET, 0o600);
    let (d, port) = serving(
        dir.path(),
        &["--http-secret-file", secret.to_str().unwrap(), "--history-dir", history.to_str().unwrap()],
    );
    let big = today.join("big.csv");
    {
        let mut f = std::io::BufWriter::new(fs::File::create(&big).unwrap());
        writeln!(f, "time,x").unwrap();
        let mut t = 1_700_000_000u64;
        while f.get_ref().metadata().unwrap().len() < 96 << 20 {
            for _ in 0..10_000 {
                writeln!(f, "{t},{}", t % 977).unwrap();
                t += 1;
            }
            f.flush().unwrap();
        }
    }
    let size = fs::metadata(&big).unwrap().len();
    let path = format!("/{SECRET}/history/{}/big.csv", day(0));
    // Warm: the first answers make what any answer needs (the thread's buffers).
    let _ = get(port, &format!("/{SECRET}/"));
    let _ = curl(port, &["-I"], &path);
    let before = anonymous_kib(d.0.id());
    for _ in 0..3 {
        let o = Command::new("curl")
            .args(["-s", "-S", "-o", "/dev/null", "-w", "%{http_code} %{size_download}"])
            .arg(format!("http://127.0.0.1:{port}{path}"))
            .output()
            .unwrap();
        assert_eq!(String::from_utf8_lossy(&o.stdout), format!("200 {size}"), "{}", text(&o));
    }
    // The bytes themselves, once.
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.write_all(format!("GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").as_bytes()).unwrap();
    let mut got = Vec::new();
    s.read_to_end(&mut got).unwrap();
    let r = parse(&got);
    assert_eq!(r.body.len() as u64, size);
    assert!(r.body == fs::read(&big).unwrap(), "the file's bytes, in order");
    drop((r, got, s));
    // Each connection is gone from the endpoint once its client has closed.
    std::thread::sleep(Duration::from_millis(300));

    // 16 slow readers: each has asked for the file and reads a little.
    let mut slow: Vec<TcpStream> = (0..16)
        .map(|_| {
            let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
            s.write_all(format!("GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").as_bytes()).unwrap();
            s
        })
        .collect();
    for s in &mut slow {
        let mut buf = [0u8; 4096];
        s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        s.read_exact(&mut buf).unwrap();
        assert!(buf.starts_with(b"HTTP/1.1 200 "), "{:?}", String::from_utf8_lossy(&buf[..60]));
    }
    std::thread::sleep(Duration::from_millis(300));
    let r = get(port, "/");
    assert!(r.status == 503 && r.text().contains("busy"), "the 17th is told busy: {r:?}");
    let during = anonymous_kib(d.0.id());
    // One slow reader left: everyone else is served at once.
    slow.truncate(1);
    std::thread::sleep(Duration::from_millis(300));
    let t = Instant::now();
    let r = get(port, "/");
    assert_eq!(r.status, 200, "{r:?}");
    assert!(t.elapsed() < Duration::from_secs(1), "{:?}", t.elapsed());
    let after = anonymous_kib(d.0.id());
    eprintln!("anonymous memory: {before} KiB before, {during} KiB with 16 downloads in flight, {after} KiB after ({} MiB served 4 times)", size >> 20);
    assert!(during < before + 2048 && after < before + 2048, "{before} -> {during} -> {after} KiB");
    drop(slow);
}

/// The page in a real headless Chromium: loads with no console message at all, draws at
/// least one plot for each collector with files today, every one of them with points
/// (the page marks each plot with the points it drew), and a screenshot is kept in
/// target/test-artifacts/page.png. Without a history the page says so.
#[test]
fn the_page_draws_every_collector_in_chromium() {
    if !need("curl", "curl") || !need("chromium", "chromium") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let history = dir.path().join("history");
    fs::create_dir(&history).unwrap();
    let secret = secret_file(dir.path(), SECRET, 0o600);
    let (_d, port) = serving(
        dir.path(),
        &["--http-secret-file", secret.to_str().unwrap(), "--history-dir", history.to_str().unwrap()],
    );
    let collectors = todays_files(&history);
    let url = format!("http://127.0.0.1:{port}/{SECRET}/");
    let (dom, console) = chromium(dir.path(), &url, &["--dump-dom"]);
    assert!(console.is_empty(), "console messages:\n{}", console.join("\n"));
    let body = dom.split("<body").nth(1).and_then(|b| b.split('>').next()).unwrap_or_else(|| panic!("{dom}"));
    assert!(body.contains("data-state=\"ready\""), "the page did not finish: {body}\n{dom}");
    let plots: Vec<(String, String, u64)> = dom
        .split("class=\"plot\"")
        .skip(1)
        .map(|p| {
            let attr = |name: &str| {
                let v = p.split(&format!("{name}=\"")).nth(1).unwrap_or_else(|| panic!("{name} in {p}"));
                v.split('"').next().unwrap().to_string()
            };
            (attr("data-collector"), attr("data-sample"), attr("data-points").parse().unwrap())
        })
        .collect();
    for c in &collectors {
        let mine: Vec<_> = plots.iter().filter(|p| p.0 == *c).collect();
        assert!(!mine.is_empty(), "no plot for {c}: {plots:?}");
        for (_, sample, points) in mine {
            assert!(*points > 0, "{c} {sample}: no points: {plots:?}");
        }
    }
    let find = |c: &str, s: &str| plots.iter().find(|p| p.0 == c && p.1 == s).map(|p| p.2);
    // Both of cpu's parts, joined: 180 rows of busy_pct{cpu=all}, 60 of cpu=0.
    assert_eq!(find("cpu", "busy_pct"), Some(240), "{plots:?}");
    // A series of the first part only: its rows there, none after.
    assert_eq!(find("cpu", "load1"), Some(120), "{plots:?}");
    // A counter is drawn as a rate: one point fewer than its values.
    assert_eq!(find("network", "rx_bytes_total"), Some(2 * 179), "{plots:?}");
    assert_eq!(find("memory", "swap_used"), Some(180 - 26), "empty cells are no points: {plots:?}");

    let artifacts = repo("target/test-artifacts");
    fs::create_dir_all(&artifacts).unwrap();
    let png = artifacts.join("page.png");
    let _ = fs::remove_file(&png);
    let shot = format!("--screenshot={}", png.display());
    let (_, console) = chromium(dir.path(), &url, &[&shot, "--window-size=1280,2600", "--hide-scrollbars"]);
    assert!(console.is_empty(), "console messages:\n{}", console.join("\n"));
    let image = fs::read(&png).unwrap_or_else(|e| panic!("{}: {e}", png.display()));
    assert!(
        image.starts_with(b"\x89PNG") && image.len() > 50_000,
        "a screenshot of drawn plots: {} bytes",
        image.len()
    );

    // No history: the page says so, and still no console message.
    let dir = tempfile::tempdir().unwrap();
    let secret = secret_file(dir.path(), SECRET, 0o600);
    let (_d, port) = serving(dir.path(), &["--http-secret-file", secret.to_str().unwrap()]);
    let (dom, console) = chromium(dir.path(), &format!("http://127.0.0.1:{port}/{SECRET}/"), &["--dump-dom"]);
    assert!(console.is_empty(), "console messages:\n{}", console.join("\n"));
    assert!(dom.contains("data-state=\"ready\"") && dom.contains("The history is off"), "{dom}");
}

/// Chromium, headless, on `url` with `args`, a profile of its own in `dir`: its standard
/// output, and the console messages of the page (from its log on standard error). Its
/// whole process group is killed after.
fn chromium(dir: &Path, url: &str, args: &[&str]) -> (String, Vec<String>) {
    use std::os::unix::process::CommandExt;
    let profile = tempfile::tempdir_in(dir).unwrap();
    let mut c = Command::new("chromium");
    c.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--enable-logging=stderr",
        "--v=0",
        "--virtual-time-budget=15000",
    ])
    .arg(format!("--user-data-dir={}", profile.path().display()))
    .args(args)
    .arg(url)
    .env("HOME", dir)
    .env("TMPDIR", dir)
    .stdin(Stdio::null())
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .process_group(0);
    let mut child = c.spawn().unwrap();
    let group = child.id() as i32;
    let (mut out, mut err) = (child.stdout.take().unwrap(), child.stderr.take().unwrap());
    let stdout = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = out.read_to_string(&mut s);
        s
    });
    let stderr = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = err.read_to_string(&mut s);
        s
    });
    let started = Instant::now();
    let status = loop {
        match child.try_wait().unwrap() {
            Some(s) => break Some(s),
            None if started.elapsed() > Duration::from_secs(90) => break None,
            None => std::thread::sleep(Duration::from_millis(50)),
        }
    };
    // SAFETY: kill(2) of the process group this test made for Chromium, and only it.
    unsafe { libc::kill(-group, libc::SIGKILL) };
    let _ = child.wait();
    let (dom, log) = (stdout.join().unwrap(), stderr.join().unwrap());
    assert!(status.is_some_and(|s| s.success()), "chromium {args:?}: {status:?}\n{log}");
    let console = log.lines().filter(|l| l.contains(":CONSOLE")).map(str::to_string).collect();
    (dom, console)
}

/// End to end: the daemon's own history sink writes today's files from the real /proc
/// and /sys, and the page in Chromium draws them, every collector with points, counters
/// as rates (`node_cpu_seconds_total` is a counter of the cpu collector).
#[test]
fn the_page_draws_what_the_history_sink_wrote() {
    if !need("chromium", "chromium") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let history = dir.path().join("history");
    let secret = secret_file(dir.path(), SECRET, 0o600);
    let port = free_port();
    let mut c = gatherer(dir.path());
    c.args(["run", "--collectors", "cpu,memory,network"])
        .args(["--cpu-interval", "0.2", "--memory-interval", "0.2", "--network-interval", "0.2"])
        .arg("--state-dir")
        .arg(dir.path().join("state"))
        .arg("--log-file")
        .arg(dir.path().join("gatherer.log"))
        .args(["--http-listen", &format!("127.0.0.1:{port}"), "--http-secret-file", secret.to_str().unwrap()])
        .arg("--history-dir")
        .arg(&history)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    let _d = Daemon(c.spawn().unwrap());
    let today = history.join(day(0));
    // At least five rows of every collector, over its parts (the rates of cpu and
    // network appear from their second sample on: a new part).
    let rows = |c: &str| -> usize {
        let Ok(files) = fs::read_dir(&today) else { return 0 };
        files
            .flatten()
            .filter(|f| f.file_name().to_string_lossy().starts_with(&format!("{c}.")))
            .map(|f| fs::read_to_string(f.path()).unwrap_or_default().lines().count().saturating_sub(1))
            .sum()
    };
    eventually(30, "five rows of each collector in today's history", || {
        ["cpu", "memory", "network"].iter().all(|c| rows(c) >= 5).then_some(())
    });
    let url = format!("http://127.0.0.1:{port}/{SECRET}/");
    let (dom, console) = chromium(dir.path(), &url, &["--dump-dom"]);
    assert!(console.is_empty(), "console messages:\n{}", console.join("\n"));
    assert!(dom.contains("data-state=\"ready\""), "the page did not finish: {dom}");
    let plots: Vec<(String, String, u64)> = dom
        .split("class=\"plot\"")
        .skip(1)
        .map(|p| {
            let attr = |name: &str| {
                let v = p.split(&format!("{name}=\"")).nth(1).unwrap_or_else(|| panic!("{name} in {p}"));
                v.split('"').next().unwrap().to_string()
            };
            (attr("data-collector"), attr("data-sample"), attr("data-points").parse().unwrap())
        })
        .collect();
    for c in ["cpu", "memory", "network"] {
        assert!(plots.iter().any(|p| p.0 == c && p.2 > 0), "no plot with points for {c}: {plots:?}");
    }
    let rate = plots.iter().find(|p| p.0 == "cpu" && p.1 == "node_cpu_seconds_total");
    assert!(rate.is_some_and(|p| p.2 > 0), "node_cpu_seconds_total drawn as a rate: {plots:?}");
}
