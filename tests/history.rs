//! The history on disk from the outside: `gatherer run` killed with SIGKILL hundreds of
//! times while it writes rows and archives days left from before, and a history whose
//! disk fills up while the rest of the daemon goes on. Every CSV is read with Python's
//! `csv` module and every archive checked with `gzip -t` and `tar -t`.

mod common;
use common::*;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const DAY: i64 = 86_400;

/// Reads every CSV named, as the page and an operator's script would: the header first,
/// `time` an integer, every cell empty or a number, one column count per file. A last
/// line without its newline is the row in flight at a kill: left out, and named on
/// stdout ("torn PATH"), unless `--whole` says none may be.
const CHECK_CSV: &str = r#"
import csv, io, sys
whole = sys.argv[1] == "--whole"
for path in sys.argv[2:]:
    with open(path, newline="") as f:
        text = f.read()
    if text and not text.endswith("\n"):
        if whole:
            sys.exit(f"{path}: a torn last line {text[text.rfind(chr(10)) + 1:]!r}")
        print("torn", path)
        text = text[: text.rfind("\n") + 1]
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows:
        continue
    if rows[0][0] != "time":
        sys.exit(f"{path}: no header first: {rows[0][:3]}")
    n = len(rows[0])
    last = None
    for i, r in enumerate(rows[1:], 2):
        if len(r) != n:
            sys.exit(f"{path}:{i}: {len(r)} columns, the header has {n}")
        t = int(r[0])
        if last is not None and t < last:
            sys.exit(f"{path}:{i}: time {t} after {last}")
        last = t
        for v in r[1:]:
            if v:
                float(v)
"#;

fn today() -> i64 {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    now.div_euclid(DAY)
}

/// `YYYY-MM-DD` of a day, as `date -u` writes it.
fn date(day: i64) -> String {
    let o = Command::new("date").args(["-u", "-d", &format!("@{}", day * DAY), "+%F"]).output().unwrap();
    String::from_utf8(o.stdout).unwrap().trim().to_string()
}

/// Every CSV under the history (its day folders), and every archive.
fn contents(history: &Path) -> (Vec<PathBuf>, Vec<PathBuf>) {
    let (mut csvs, mut archives) = (Vec::new(), Vec::new());
    for e in fs::read_dir(history).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        if name.ends_with(".tar.gz") {
            archives.push(p);
        } else if p.is_dir() {
            for f in fs::read_dir(&p).unwrap() {
                let f = f.unwrap().path();
                if f.extension().is_some_and(|x| x == "csv") {
                    csvs.push(f);
                }
            }
        }
    }
    (csvs, archives)
}

/// Check every CSV of the history, and every archive not in `seen` (by name, size and
/// time); the CSVs with a torn last line.
fn check(history: &Path, whole: bool, seen: &mut std::collections::HashSet<(PathBuf, u64, i64)>) -> Vec<PathBuf> {
    let (csvs, archives) = contents(history);
    let o = Command::new("/usr/bin/python3")
        .arg("-c")
        .arg(CHECK_CSV)
        .arg(if whole { "--whole" } else { "--any" })
        .args(&csvs)
        .output()
        .unwrap();
    assert!(o.status.success(), "a CSV does not parse: {}", text(&o));
    for a in &archives {
        let m = fs::metadata(a).unwrap();
        if !seen.insert((a.clone(), m.len(), std::os::unix::fs::MetadataExt::mtime_nsec(&m))) {
            continue;
        }
        let gz = Command::new("gzip").arg("-t").arg(a).output().unwrap();
        assert!(gz.status.success(), "{} is no whole gzip: {}", a.display(), text(&gz));
        let tar = Command::new("tar").arg("-tzf").arg(a).output().unwrap();
        assert!(tar.status.success(), "{} is no whole tar: {}", a.display(), text(&tar));
        let date = a.file_name().unwrap().to_string_lossy().trim_end_matches(".tar.gz").to_string();
        for member in String::from_utf8_lossy(&tar.stdout).lines() {
            assert!(member.starts_with(&format!("{date}/")) && member.ends_with(".csv"), "{member}");
        }
    }
    String::from_utf8_lossy(&o.stdout).lines().filter_map(|l| l.strip_prefix("torn ")).map(PathBuf::from).collect()
}

/// A finished day's folder as the sink leaves it: a CSV of `rows` rows (a few MB, so
/// compressing it takes long enough for kills to land in the middle).
fn plant_day(history: &Path, day: i64, rows: usize) {
    let folder = history.join(date(day));
    fs::create_dir(&folder).unwrap();
    let mut text = String::from("time,busy,\"used{mount=/a,b}\",reads_total{disk=sda}\n");
    let mut x: u64 = day as u64;
    for i in 0..rows {
        x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        text.push_str(&format!("{},{},{},{}\n", day * DAY + i as i64, x % 10_000, (x >> 20) % 977, i * 4096));
    }
    fs::write(folder.join("cpu.csv"), &text).unwrap();
    // A last row torn by a kill on that day, never mended (no start came before midnight).
    fs::write(folder.join("memory.2.csv"), &text[..text.len() / 3]).unwrap();
}

fn daemon(d: &Path, history: &Path, extra: &[&str]) -> Command {
    let mut c = gatherer(d);
    c.args(["run", "--collectors", "cpu,memory", "--cpu-interval", "0.02", "--memory-interval", "0.02"])
        .arg("--proc-root")
        .arg(d.join("proc"))
        .arg("--sys-root")
        .arg(d.join("sys"))
        .arg("--history-dir")
        .arg(history)
        .arg("--log-file")
        .arg(d.join("gatherer.log"))
        .args(extra)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    c
}

fn rows(path: &Path) -> usize {
    fs::read_to_string(path).map_or(0, |t| t.lines().count().saturating_sub(1))
}

/// 200 kills with SIGKILL at any moment of a daemon writing rows every 20 ms and
/// archiving days planted before its start: every CSV parses after every kill (but
/// for the row in flight), every archive under its final name is whole, and at the end
/// nothing torn is left and every planted day was archived.
#[test]
fn two_hundred_kills_leave_every_file_whole() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fixture_roots(d);
    let history = d.join("history");
    fs::create_dir(&history).unwrap();
    // The marker the sink makes in an empty directory: days are planted before its
    // first start.
    fs::write(history.join(".gatherer-history"), "").unwrap();
    let today = today();
    let (mut torn, mut archived, mut seen) = (0, 0, std::collections::HashSet::new());
    let today_csv = history.join(date(today)).join("cpu.csv");
    let mut amid_rows = 0u64;
    let started = Instant::now();
    let kills: u64 = std::env::var("HISTORY_KILLS").map_or(200, |v| v.parse().unwrap());
    for i in 0..kills {
        // A day of the last ten, planted again once archived: the start's upkeep has
        // a day to compress under nearly every kill.
        let day = today - 1 - (i % 10) as i64;
        let _ = fs::remove_file(history.join(format!("{}.tar.gz", date(day))));
        if !history.join(date(day)).exists() {
            plant_day(&history, day, 12_000);
        }
        let rows_before = rows(&today_csv);
        let mut child = Reaped(daemon(d, &history, &[]).spawn().unwrap());
        // Spread over the start, the upkeep and the steady rows (a fixed sequence,
        // so a failure can be run again). How long the upkeep takes depends on the
        // machine's load, so every fourth kill waits for rows to begin, then lands
        // among them.
        if i % 4 == 3 {
            let until = Instant::now() + Duration::from_secs(20);
            while rows(&today_csv) <= rows_before {
                assert!(Instant::now() < until, "no rows within 20 s of a start");
                std::thread::sleep(Duration::from_millis(5));
            }
        }
        let wait = if i % 4 == 3 { (i * 7919) % 100 } else { 30 + (i * 7919) % 700 };
        std::thread::sleep(Duration::from_millis(wait));
        // SAFETY: plain kill(2) on our own child.
        assert_eq!(unsafe { libc::kill(child.0.id() as i32, libc::SIGKILL) }, 0);
        child.0.wait().unwrap();
        // The planted days' torn rows are their own; those of today are the daemon's.
        let today_folder = history.join(date(today));
        torn += check(&history, false, &mut seen).iter().filter(|p| p.starts_with(&today_folder)).count();
        archived += usize::from(history.join(format!("{}.tar.gz", date(day))).exists());
        amid_rows += u64::from(rows(&today_csv) > rows_before);
    }
    eprintln!(
        "{kills} kills in {:?}: {torn} times a torn last row of today at the kill; the day \
         planted archived before {archived} of them; {amid_rows} came after rows began",
        started.elapsed()
    );
    assert!(archived as u64 >= kills / 10, "archives made under the kills: {archived}");
    assert!(amid_rows >= kills / 4, "kills after rows began: {amid_rows}");
    // One more run, stopped with SIGTERM: every torn line was cut, every day archived.
    let mut child = Reaped(daemon(d, &history, &[]).spawn().unwrap());
    let csv = history.join(date(today)).join("cpu.csv");
    let before = rows(&csv);
    let log = || fs::read_to_string(d.join("gatherer.log")).unwrap_or_default();
    let until = Instant::now() + Duration::from_secs(30);
    while rows(&csv) <= before + 5 {
        let text = log();
        let tail: Vec<&str> = text.lines().rev().take(20).collect();
        assert!(Instant::now() < until, "no rows after the kills; the log ends:\n{}", tail.join("\n"));
        std::thread::sleep(Duration::from_millis(50));
    }
    // SAFETY: as above.
    unsafe { libc::kill(child.0.id() as i32, libc::SIGTERM) };
    assert!(eventually(30, "exit", || child.0.try_wait().unwrap()).success());
    assert_eq!(check(&history, true, &mut seen), Vec::<PathBuf>::new());
    let (csvs, archives) = contents(&history);
    assert!(csvs.iter().all(|c| c.starts_with(history.join(date(today)))), "only today's folder: {csvs:?}");
    assert_eq!(archives.len(), 10, "{archives:?}");
    let left: Vec<String> = fs::read_dir(&history)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.') && n != ".gatherer-history")
        .collect();
    assert!(left.is_empty(), "temporaries left: {left:?}");
}

/// The history's disk fills up: said once, the rows stop, and the state files and the
/// textfile go on; once space comes back the rows go on, said once too.
#[test]
fn a_full_history_disk_pauses_the_history_alone() {
    if !is_root() {
        return peer_missing("root (to mount a tiny tmpfs)");
    }
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fixture_roots(d);
    let small = d.join("small");
    let _tmpfs = match SmallTmpfs::mount(&small, "256k") {
        Ok(t) => t,
        Err(why) => return peer_missing(&format!("a tmpfs mount ({why})")),
    };
    let history = small.join("history");
    let textfile = d.join("gatherer.prom");
    let mut child = Reaped(
        daemon(d, &history, &["--prometheus-textfile", textfile.to_str().unwrap(), "--history-max-bytes", "1M"])
            .spawn()
            .unwrap(),
    );
    let csv = history.join(date(today())).join("cpu.csv");
    eventually(15, "the first rows", || (rows(&csv) > 2).then_some(()));
    // Fill the disk under it.
    let filler = small.join("filler");
    {
        use std::io::Write;
        let mut f = fs::File::create(&filler).unwrap();
        while f.write_all(&[b'x'; 4096]).is_ok() {}
    }
    let log = || fs::read_to_string(d.join("gatherer.log")).unwrap_or_default();
    eventually(15, "the pause said", || log().contains("rows are not written until space comes back").then_some(()));
    let stopped = fs::metadata(&csv).unwrap().len();
    let state = d.join("state/memory.json");
    let (state_before, prom_before) = (fs::read(&state).unwrap(), fs::read(&textfile).unwrap());
    std::thread::sleep(Duration::from_millis(2500));
    assert_ne!(fs::read(&state).unwrap(), state_before, "the state file goes on");
    assert_ne!(fs::read(&textfile).unwrap(), prom_before, "the textfile goes on");
    assert_eq!(fs::metadata(&csv).unwrap().len(), stopped, "no row while the disk is full");
    fs::remove_file(&filler).unwrap();
    eventually(15, "the rows again", || (fs::metadata(&csv).unwrap().len() > stopped).then_some(()));
    // SAFETY: plain kill(2) on our own child.
    unsafe { libc::kill(child.0.id() as i32, libc::SIGTERM) };
    assert!(eventually(30, "exit", || child.0.try_wait().unwrap()).success());
    let text = log();
    let full: Vec<&str> = text.lines().filter(|l| l.contains("No space left")).collect();
    assert_eq!(full.len(), 1, "said once:\n{}", full.join("\n"));
    assert!(full[0].contains("ERROR") && full[0].contains("history"), "{}", full[0]);
    assert_eq!(text.matches("space came back").count(), 1, "{text}");
    assert_eq!(check(&history, true, &mut Default::default()), Vec::<PathBuf>::new());
}
