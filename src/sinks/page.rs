//! The page of the HTTP endpoint, behind a secret (`--http-secret-file`): `/<secret>/`
//! plots today's history (`--history-dir`) per collector with the vendored uPlot, and
//! `/<secret>/history/` lists and serves the history files read-only, its URLs mirroring
//! the directory. docs/outputs.md has the routes.
//!
//! Only strict names are looked up (a day `YYYY-MM-DD`, a file `[A-Za-z0-9_.-]+.csv` not
//! starting with a dot, an archive `YYYY-MM-DD.tar.gz`); every `%`-encoded or other path
//! is the endpoint's one 404, the same as for a wrong secret. A day folder is opened with
//! `O_DIRECTORY | O_NOFOLLOW` relative to the history directory and a file with
//! `O_NOFOLLOW | O_NONBLOCK` relative to its folder, and must be a regular file of the
//! daemon's user (as the history sink takes only those for its own): a symlink planted
//! inside the history is never followed, another user's file never served.

use super::http::{Body, Reply};
use crate::util::secret::Switch;
use crate::util::setting::BadSetting;
use rustix::fd::OwnedFd;
use rustix::fs::{AtFlags, FileType, Mode, OFlags};
use std::path::{Path, PathBuf};

/// The page and its script, and uPlot as published on the npm registry
/// (web/vendor/README.md).
const PAGE_HTML: &str = include_str!("../../web/page.html");
const PAGE_JS: &[u8] = include_bytes!("../../web/page.js");
const PAGE_CSS: &[u8] = include_bytes!("../../web/page.css");
const UPLOT_JS: &[u8] = include_bytes!("../../web/vendor/uplot-1.6.32/uPlot.iife.min.js");
const UPLOT_CSS: &[u8] = include_bytes!("../../web/vendor/uplot-1.6.32/uPlot.min.css");
const UPLOT_LICENSE: &[u8] = include_bytes!("../../web/vendor/uplot-1.6.32/LICENSE");

/// The shortest secret taken: 16 characters of 64 kinds, 96 bits.
const MIN_SECRET: usize = 16;
const MAX_SECRET: usize = 256;
/// Directory entries read for one listing at most (a folder someone filled with junk
/// costs a bounded read), and entries listed at most.
const MAX_SCAN: usize = 100_000;
const MAX_LISTED: usize = 2_000;

/// The page's secret: it never prints (`Debug` is `<secret>`).
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct PageSecret(String);

impl std::fmt::Debug for PageSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<secret>")
    }
}

impl PageSecret {
    /// A secret is the first line of its file, whitespace trimmed: at least 16 and at
    /// most 256 of `A-Z a-z 0-9 _ -`, so it is one URL path segment as it is. `why` is
    /// said without the text itself.
    fn parse(line: &str) -> Result<PageSecret, String> {
        let s = line.trim();
        let ok_chars = s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
        if !ok_chars {
            return Err("its first line holds characters other than A-Z a-z 0-9 _ -".into());
        }
        if s.len() < MIN_SECRET || s.len() > MAX_SECRET {
            return Err(format!(
                "its first line is {} characters long; a secret is {MIN_SECRET} to {MAX_SECRET} of A-Z a-z 0-9 _ - (openssl rand -hex 16 makes one)",
                s.len()
            ));
        }
        Ok(PageSecret(s.to_string()))
    }

    /// Whether `given` is the secret, in time that does not depend on where they differ
    /// (only on their lengths, which give nothing useful away).
    fn matches(&self, given: &str) -> bool {
        use subtle::ConstantTimeEq;
        self.0.as_bytes().ct_eq(given.as_bytes()).into()
    }
}

/// The page's validated settings, compared on reload.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PageSettings {
    secret: PageSecret,
    secret_file: PathBuf,
    history: Option<PathBuf>,
}

impl PageSettings {
    /// Read the secret from `file` as a password file is read (owner-only, root's or the
    /// daemon's user's, no symlink); `history` is `--history-dir`.
    pub(crate) fn read(file: &Path, history: Option<&Path>, run_as: Switch) -> Result<PageSettings, BadSetting> {
        let flag = "http-secret-file";
        let refused = |message: String| BadSetting { flag: flag.into(), message };
        let line =
            crate::util::secret::read_as(file, "--http-secret-file", run_as).map_err(|e| refused(format!("{e:#}")))?;
        let secret = PageSecret::parse(line.expose())
            .map_err(|why| refused(format!("refusing --http-secret-file {}: {why}", file.display())))?;
        Ok(PageSettings { secret, secret_file: file.to_path_buf(), history: history.map(Path::to_path_buf) })
    }
}

/// The page as the endpoint serves it.
pub(crate) struct Page {
    settings: PageSettings,
    host: String,
}

impl Page {
    pub(crate) fn new(settings: PageSettings, host: &str) -> Page {
        Page { settings, host: host.to_string() }
    }

    pub(crate) fn secret_file(&self) -> &Path {
        &self.settings.secret_file
    }

    pub(crate) fn history_on(&self) -> bool {
        self.settings.history.is_some()
    }

    /// The answer to `path` (the request target less its query) when it is one of the
    /// page's; `None` for anything else, which the endpoint answers as any unknown path.
    pub(crate) fn route(&self, path: &str) -> Option<Reply> {
        let rest = path.strip_prefix('/')?;
        let (first, rest) = match rest.split_once('/') {
            Some((first, rest)) => (first, Some(rest)),
            None => (rest, None),
        };
        if !self.settings.secret.matches(first) {
            return None;
        }
        // Nothing encoded is ever needed, and `.` or `..` never names anything here.
        let Some(rest) = rest else {
            // `/<secret>`: to the page, whose relative links need the slash.
            return Some(Reply {
                code: 308,
                kind: "text/plain",
                extra: format!("Location: /{first}/\r\n"),
                body: Body::Static(b""),
            });
        };
        if rest.contains('%') || rest.split('/').any(|s| s == "." || s == "..") {
            return None;
        }
        let asset = |kind: &'static str, body: &'static [u8]| {
            Some(Reply { code: 200, kind, extra: PRIVATE.into(), body: Body::Static(body) })
        };
        match rest {
            "" => Some(Reply {
                code: 200,
                kind: "text/html; charset=utf-8",
                extra: format!("{PRIVATE}{CSP}"),
                body: Body::Bytes(self.html()),
            }),
            "page.js" => asset("text/javascript; charset=utf-8", PAGE_JS),
            "page.css" => asset("text/css; charset=utf-8", PAGE_CSS),
            "uplot/uPlot.iife.min.js" => asset("text/javascript; charset=utf-8", UPLOT_JS),
            "uplot/uPlot.min.css" => asset("text/css; charset=utf-8", UPLOT_CSS),
            "uplot/LICENSE" => asset("text/plain; charset=utf-8", UPLOT_LICENSE),
            r => self.history(r.strip_prefix("history/")?),
        }
    }

    /// `/<secret>/history/...`: `rest` is what follows `history/`.
    fn history(&self, rest: &str) -> Option<Reply> {
        let root = self.settings.history.as_deref()?;
        let root = open_root(root).ok()?;
        if rest.is_empty() {
            return Some(html(listing_page("history", &days(&root)?, true)));
        }
        if let Some(day) = rest.strip_suffix(".tar.gz").filter(|d| is_day(d)) {
            let (file, len) = open_file(&root, &format!("{day}.tar.gz"))?;
            return Some(file_reply("application/gzip", file, len));
        }
        let (day, name) = rest.split_once('/')?;
        if !is_day(day) {
            return None;
        }
        let day_dir = open_day(&root, day)?;
        if name.is_empty() {
            let files = csv_files(&day_dir)?;
            let rows: Vec<(String, String, u64)> = files.into_iter().map(|(n, size)| (n.clone(), n, size)).collect();
            return Some(html(listing_page(day, &rows, false)));
        }
        if !is_csv_name(name) {
            return None;
        }
        let (file, len) = open_file(&day_dir, name)?;
        Some(file_reply("text/csv; charset=utf-8", file, len))
    }

    /// The page, with today's files named in it: the script fetches them from
    /// `history/DAY/` (relative, so the secret is in no script).
    fn html(&self) -> Vec<u8> {
        let day = today();
        let files: Option<Vec<String>> = self.settings.history.as_deref().map(|dir| {
            let listed = open_root(dir).ok().and_then(|root| open_day(&root, &day)).and_then(|d| csv_files(&d));
            listed.unwrap_or_default().into_iter().map(|(name, _)| name).collect()
        });
        let data = serde_json::json!({
            "host": self.host,
            "day": day,
            "history": files.is_some(),
            "collectors": files.map(|f| by_collector(&f)).unwrap_or_default(),
        });
        // Inside a <script> element: no `<` may close it.
        let data = data.to_string().replace('<', "\\u003c");
        PAGE_HTML.replace("__DATA__", &data).into_bytes()
    }
}

/// On every answer under the secret: the URL holds the secret, so no page of it hands
/// the URL on as a referrer, and nothing is kept by caches.
const PRIVATE: &str = "Referrer-Policy: no-referrer\r\n";
/// The page loads its own files only: nothing from elsewhere, ever.
const CSP: &str = "Content-Security-Policy: default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'\r\n";

fn html(body: Vec<u8>) -> Reply {
    Reply { code: 200, kind: "text/html; charset=utf-8", extra: format!("{PRIVATE}{CSP}"), body: Body::Bytes(body) }
}

fn file_reply(kind: &'static str, file: std::fs::File, len: u64) -> Reply {
    Reply { code: 200, kind, extra: PRIVATE.into(), body: Body::File(file, len) }
}

/// Today's date in UTC, as the history's folders are named.
fn today() -> String {
    crate::util::timefmt::rfc3339(crate::util::timefmt::now_unix_ms().div_euclid(1000))[..10].to_string()
}

/// `YYYY-MM-DD`, digits and dashes only.
fn is_day(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10 && b.iter().enumerate().all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() })
}

/// A history file's name: `[A-Za-z0-9_.-]+` ending `.csv`, not starting with a dot.
fn is_csv_name(s: &str) -> bool {
    s.len() > 4
        && s.len() <= 255
        && !s.starts_with('.')
        && s.ends_with(".csv")
        && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.' || b == b'-')
}

/// The history directory as configured (a symlink there is the operator's own choice).
fn open_root(dir: &Path) -> rustix::io::Result<OwnedFd> {
    rustix::fs::open(dir, OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC, Mode::empty())
}

/// Whether the daemon's user owns what `st` describes: the history sink takes nothing
/// else for its own, so nothing else is listed or served.
fn ours(st: &rustix::fs::Stat) -> bool {
    st.st_uid == rustix::process::geteuid().as_raw()
}

/// A day's folder inside the history, of the daemon's user: a symlink there is refused
/// (ELOOP or ENOTDIR).
fn open_day(root: &OwnedFd, day: &str) -> Option<OwnedFd> {
    let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC | OFlags::NONBLOCK;
    let fd = rustix::fs::openat(root, day, flags, Mode::empty()).ok()?;
    ours(&rustix::fs::fstat(&fd).ok()?).then_some(fd)
}

/// A file in `dir`, without following a symlink and without blocking (a FIFO opens at
/// once), kept only if it is a regular file of the daemon's user; with its size now.
fn open_file(dir: &OwnedFd, name: &str) -> Option<(std::fs::File, u64)> {
    let flags = OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::NONBLOCK | OFlags::CLOEXEC | OFlags::NOCTTY;
    let fd = rustix::fs::openat(dir, name, flags, Mode::empty()).ok()?;
    let st = rustix::fs::fstat(&fd).ok()?;
    (FileType::from_raw_mode(st.st_mode) == FileType::RegularFile && ours(&st))
        .then(|| (std::fs::File::from(fd), st.st_size as u64))
}

/// The names in `dir` that `keep` takes, with their type and size as they are (a
/// symlink is a symlink, not what it points to), of the daemon's user only; at most
/// `MAX_SCAN` entries read.
fn entries(dir: &OwnedFd, keep: impl Fn(&str) -> bool) -> Option<Vec<(String, FileType, u64)>> {
    let mut out = Vec::new();
    let mut d = rustix::fs::Dir::read_from(dir).ok()?;
    for entry in d.by_ref().take(MAX_SCAN) {
        let Ok(entry) = entry else { break };
        let Ok(name) = entry.file_name().to_str() else { continue };
        if !keep(name) {
            continue;
        }
        let Ok(st) = rustix::fs::statat(dir, name, AtFlags::SYMLINK_NOFOLLOW) else { continue };
        if !ours(&st) {
            continue;
        }
        out.push((name.to_string(), FileType::from_raw_mode(st.st_mode), st.st_size as u64));
    }
    Some(out)
}

/// The history's days, newest first: (link, name, size) of each folder (size 0) and
/// archive.
fn days(root: &OwnedFd) -> Option<Vec<(String, String, u64)>> {
    let is_archive = |n: &str| n.strip_suffix(".tar.gz").is_some_and(is_day);
    let mut rows: Vec<(String, String, u64)> = entries(root, |n| is_day(n) || is_archive(n))?
        .into_iter()
        .filter_map(|(name, kind, size)| match kind {
            FileType::Directory if is_day(&name) => Some((format!("{name}/"), format!("{name}/"), 0)),
            FileType::RegularFile if is_archive(&name) => Some((name.clone(), name, size)),
            _ => None,
        })
        .collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1));
    Some(rows)
}

/// A day folder's CSV files (regular files only), by name, with their sizes.
fn csv_files(day: &OwnedFd) -> Option<Vec<(String, u64)>> {
    let mut files: Vec<(String, u64)> = entries(day, is_csv_name)?
        .into_iter()
        .filter(|(_, kind, _)| *kind == FileType::RegularFile)
        .map(|(name, _, size)| (name, size))
        .collect();
    files.sort();
    Some(files)
}

/// Today's files by collector, each collector's parts in order: `cpu.csv`, `cpu.2.csv`,
/// ... `cpu.10.csv`.
fn by_collector(files: &[String]) -> std::collections::BTreeMap<String, Vec<String>> {
    let mut map: std::collections::BTreeMap<String, Vec<(u64, String)>> = Default::default();
    for f in files {
        let stem = &f[..f.len() - ".csv".len()];
        let (collector, part) = match stem.rsplit_once('.') {
            Some((c, n)) if !c.is_empty() && !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => {
                (c, n.parse().unwrap_or(u64::MAX))
            }
            _ => (stem, 1),
        };
        map.entry(collector.to_string()).or_default().push((part, f.clone()));
    }
    map.into_iter()
        .map(|(c, mut parts)| {
            parts.sort();
            (c, parts.into_iter().map(|(_, f)| f).collect())
        })
        .collect()
}

/// An HTML listing: (link, name, size) rows; `days` for the list of days (no sizes for
/// folders).
fn listing_page(title: &str, rows: &[(String, String, u64)], days: bool) -> Vec<u8> {
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"referrer\" content=\"no-referrer\"><title>{t}</title><link rel=\"stylesheet\" href=\"{up}page.css\"></head><body>\n<h1>{t}</h1>\n<p><a href=\"../\">up</a></p>\n<table class=\"listing\">\n<tr><th>name</th><th>bytes</th></tr>\n",
        t = escape(title),
        up = if days { "../" } else { "../../" },
    );
    for (link, name, size) in rows.iter().take(MAX_LISTED) {
        let size = if days && name.ends_with('/') { String::new() } else { size.to_string() };
        out.push_str(&format!(
            "<tr><td><a href=\"{}\">{}</a></td><td class=\"n\">{size}</td></tr>\n",
            escape(link),
            escape(name)
        ));
    }
    out.push_str("</table>\n");
    if rows.len() > MAX_LISTED {
        out.push_str(&format!("<p>{} more not listed.</p>\n", rows.len() - MAX_LISTED));
    }
    out.push_str("</body></html>\n");
    out.into_bytes()
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_secret_is_16_to_256_url_safe_characters_and_never_printed() {
        let s = PageSecret::parse("  0123456789abcdef_-XYZ \t").unwrap();
        assert!(s.matches("0123456789abcdef_-XYZ"));
        assert!(!s.matches("0123456789abcdef_-XYz"));
        assert!(!s.matches("0123456789abcdef_-XY"));
        assert!(!s.matches(""));
        assert_eq!(format!("{s:?}"), "<secret>");
        for bad in ["", "short", "0123456789abcde", "0123456789abcdef/", "0123456789abcdef%41", "0123456789 abcdefgh"] {
            let why = PageSecret::parse(bad).unwrap_err();
            assert!(bad.len() < 4 || !why.contains(bad), "{why}");
        }
        assert!(PageSecret::parse(&"a".repeat(256)).is_ok());
        assert!(PageSecret::parse(&"a".repeat(257)).is_err());
    }

    #[test]
    fn the_settings_debug_output_hides_the_secret() {
        let s = PageSettings {
            secret: PageSecret::parse("verysecretvalue-0123").unwrap(),
            secret_file: "/etc/gatherer/secret".into(),
            history: None,
        };
        let shown = format!("{s:?}");
        assert!(!shown.contains("verysecretvalue") && shown.contains("<secret>"), "{shown}");
    }

    #[test]
    fn only_strict_names_are_days_and_files() {
        assert!(is_day("2026-03-01"));
        for bad in ["2026-3-01", "2026-03-01/", "20260301xx", "2026_03_01", "../03-01-1", "２026-03-01"] {
            assert!(!is_day(bad), "{bad}");
        }
        assert!(is_csv_name("cpu.csv") && is_csv_name("cpu.2.csv") && is_csv_name("a_b-c.csv"));
        for bad in [".cpu.csv", ".csv", "cpu.txt", "cpu", "a/b.csv", "..", "a b.csv", "cpu.csv\0", "é.csv"] {
            assert!(!is_csv_name(bad), "{bad}");
        }
    }

    /// What the history sink does not take for its own (another user's file planted
    /// in the history, at a CSV's or an archive's name) is neither listed nor served.
    #[test]
    fn another_users_files_are_neither_listed_nor_served() {
        if !rustix::process::geteuid().is_root() {
            // The test command runs as root and requires it; elsewhere, said and skipped.
            assert!(std::env::var_os("GATHERER_REQUIRE_PEERS").map_or(true, |v| v != "1"), "needs root");
            eprintln!("skipped: needs root");
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir(d.join("2026-03-02")).unwrap();
        std::fs::write(d.join("2026-03-02/cpu.csv"), "time,a\n1,2\n").unwrap();
        std::fs::write(d.join("2026-03-02/other.csv"), "theirs\n").unwrap();
        std::fs::write(d.join("2026-03-01.tar.gz"), "theirs").unwrap();
        for planted in ["2026-03-02/other.csv", "2026-03-01.tar.gz"] {
            std::os::unix::fs::chown(d.join(planted), Some(65534), Some(65534)).unwrap();
        }
        let secret = "0123456789abcdef0123";
        let page = Page::new(
            PageSettings {
                secret: PageSecret::parse(secret).unwrap(),
                secret_file: "/nonexistent".into(),
                history: Some(d.to_path_buf()),
            },
            "host",
        );
        let text = |path: &str| match page.route(&format!("/{secret}/{path}")).map(|r| r.body) {
            Some(Body::Bytes(b)) => Some(String::from_utf8(b).unwrap()),
            Some(Body::File(..)) => Some("(a file)".to_string()),
            Some(Body::Static(_)) | None => None,
        };
        assert_eq!(text("history/2026-03-02/cpu.csv").as_deref(), Some("(a file)"));
        assert_eq!(text("history/2026-03-02/other.csv"), None);
        assert_eq!(text("history/2026-03-01.tar.gz"), None);
        let day = text("history/2026-03-02/").unwrap();
        assert!(day.contains("cpu.csv") && !day.contains("other.csv"), "{day}");
        let days = text("history/").unwrap();
        assert!(days.contains("2026-03-02/") && !days.contains("2026-03-01.tar.gz"), "{days}");
    }

    #[test]
    fn parts_are_grouped_by_collector_in_order() {
        let files: Vec<String> =
            ["cpu.10.csv", "cpu.2.csv", "cpu.csv", "memory.csv", "a.b.csv"].iter().map(|s| s.to_string()).collect();
        let m = by_collector(&files);
        assert_eq!(m["cpu"], ["cpu.csv", "cpu.2.csv", "cpu.10.csv"]);
        assert_eq!(m["memory"], ["memory.csv"]);
        assert_eq!(m["a.b"], ["a.b.csv"]);
    }
}
