//! The providers to poll, from `--providers NAME=URL[ OPTION...],...` and
//! `--providers-file` (one a line), checked before anything starts. A URL may hold
//! credentials (sent as HTTP basic authentication); nothing shown or written ever holds
//! them: every URL on the way out goes through `redact_url`.

use crate::util::file;
use crate::util::setting::redact_url;
use std::path::Path;

/// A providers file is a list of lines: far below this.
const MAX_FILE_BYTES: u64 = 1 << 20;
/// Provider names are labels, Graphite path components and munin field names.
const MAX_NAME: usize = 64;

/// How a provider's answer is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Format {
    /// Tahoe-LAFS's `{"counters": {...}, "stats": {...}}` when the answer has that
    /// shape, any JSON object of numbers otherwise.
    Auto,
    Tahoe,
    Json,
}

/// One provider: its name, its URL and how to read and type its answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Provider {
    pub(crate) name: String,
    /// As given (credentials included): only ever sent, never shown.
    pub(crate) url: String,
    pub(crate) format: Format,
    /// Names (`*` globs) of a generic JSON answer that are counters, or gauges, whatever
    /// the naming rule says; gauges are looked at first.
    pub(crate) counters: Vec<String>,
    pub(crate) gauges: Vec<String>,
}

impl Provider {
    /// The URL as it may be shown: without credentials.
    pub(crate) fn shown_url(&self) -> String {
        redact_url(&self.url)
    }

    /// Whether its URL holds a user or a password.
    pub(crate) fn has_credentials(&self) -> bool {
        reqwest::Url::parse(&self.url).is_ok_and(|u| !u.username().is_empty() || u.password().is_some())
    }
}

/// One entry: `NAME=URL`, then options separated by blanks (`format=auto|tahoe|json`,
/// `counter=GLOB`, `gauge=GLOB`, each of the last two as often as needed).
pub(crate) fn parse_entry(text: &str) -> Result<Provider, String> {
    let mut words = text.split_whitespace();
    let first = words.next().ok_or("empty entry")?;
    let (name, url) = first.split_once('=').ok_or("expected NAME=URL")?;
    check_name(name)?;
    check_url(name, url)?;
    let mut p =
        Provider { name: name.into(), url: url.into(), format: Format::Auto, counters: Vec::new(), gauges: Vec::new() };
    for word in words {
        match word.split_once('=') {
            Some(("format", "auto")) => p.format = Format::Auto,
            Some(("format", "tahoe")) => p.format = Format::Tahoe,
            Some(("format", "json")) => p.format = Format::Json,
            Some(("format", other)) => return Err(format!("{name}: format {other:?} is not auto, tahoe or json")),
            Some(("counter", glob)) if !glob.is_empty() => p.counters.push(glob.into()),
            Some(("gauge", glob)) if !glob.is_empty() => p.gauges.push(glob.into()),
            _ => {
                return Err(format!(
                    "{name}: unknown option {:?} (format=auto|tahoe|json, counter=GLOB, gauge=GLOB)",
                    redact_url(word)
                ))
            }
        }
    }
    Ok(p)
}

fn check_name(name: &str) -> Result<(), String> {
    let ok = !name.is_empty()
        && name.len() <= MAX_NAME
        && name.starts_with(|c: char| c.is_ascii_alphanumeric())
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if ok {
        Ok(())
    } else {
        Err(format!(
            "provider name {name:?}: 1 to {MAX_NAME} letters, digits, '_' or '-', starting with a letter or digit"
        ))
    }
}

fn check_url(name: &str, url: &str) -> Result<(), String> {
    // Text that is no URL is left out: a password with a raw `/`, `?` or `#` is what
    // breaks it, and redaction cannot tell where such a password ends.
    let parsed = reqwest::Url::parse(url).map_err(|e| format!("{name}: not a URL ({e})"))?;
    let shown = redact_url(url);
    match parsed.scheme() {
        "http" => {}
        #[cfg(feature = "tls")]
        "https" => {}
        #[cfg(not(feature = "tls"))]
        "https" => return Err(format!("{shown}: https needs a gatherer built with the tls feature")),
        other => return Err(format!("{shown}: scheme {other:?} is not http or https")),
    }
    if parsed.host_str().map_or(true, str::is_empty) {
        return Err(format!("{shown}: no host"));
    }
    Ok(())
}

/// `--providers`: entries separated by commas (a URL with a comma goes in the file).
pub(crate) fn parse_list(value: &str) -> Result<Vec<Provider>, String> {
    let mut out = Vec::new();
    for (i, entry) in value.split(',').map(str::trim).filter(|e| !e.is_empty()).enumerate() {
        out.push(parse_entry(entry).map_err(|why| format!("entry {}: {why}", i + 1))?);
    }
    Ok(out)
}

/// `--providers-file`: one entry a line; blank lines and lines starting with `#` are
/// left out. Errors name the file and line.
///
/// A file with a user or password in any URL is held to a password file's rules (root's
/// or the daemon's user's, unreadable by group and others), checked on the descriptor
/// that was read.
pub(crate) fn read_file(path: &Path) -> Result<Vec<Provider>, String> {
    let cannot = |e: &dyn std::fmt::Display| format!("cannot read {}: {e}", path.display());
    let mut bytes = Vec::new();
    let st = file::read_into(path, file::Links::Follow, MAX_FILE_BYTES, &mut bytes).map_err(|e| cannot(&e))?;
    let text = std::str::from_utf8(&bytes).map_err(|_| cannot(&"not UTF-8 text"))?;
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        out.push(parse_entry(line).map_err(|why| format!("{} line {}: {why}", path.display(), n + 1))?);
    }
    if out.iter().any(Provider::has_credentials) {
        crate::util::secret::check_private(&st, path, "--providers-file", crate::util::secret::Switch::Stays)
            .map_err(|e| format!("{e:#}: it holds a password"))?;
    }
    Ok(out)
}

/// Whether `name` matches `glob`, where `*` stands for any run of characters (dots
/// included). Iterative, with one backtrack point: linear in practice, never recursive.
pub(crate) fn glob_match(glob: &str, name: &str) -> bool {
    let (g, n) = (glob.as_bytes(), name.as_bytes());
    let (mut gi, mut ni) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while ni < n.len() {
        if gi < g.len() && g[gi] == b'*' {
            star = Some((gi, ni));
            gi += 1;
        } else if gi < g.len() && g[gi] == n[ni] {
            gi += 1;
            ni += 1;
        } else if let Some((sg, sn)) = star {
            gi = sg + 1;
            ni = sn + 1;
            star = Some((sg, sn + 1));
        } else {
            return false;
        }
    }
    g[gi..].iter().all(|&b| b == b'*')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_parse_with_their_options() {
        let p = parse_entry("node1=http://127.0.0.1:3456/statistics?t=json").unwrap();
        assert_eq!((p.name.as_str(), p.format), ("node1", Format::Auto));
        let p = parse_entry("app=https://h/stats format=json counter=*.hits gauge=queue.* counter=x").unwrap();
        assert_eq!(p.format, Format::Json);
        assert_eq!(p.counters, ["*.hits", "x"]);
        assert_eq!(p.gauges, ["queue.*"]);
    }

    #[test]
    fn bad_entries_say_why_and_never_show_a_password() {
        for (entry, why) in [
            ("node1", "NAME=URL"),
            ("=http://h/", "provider name"),
            ("a.b=http://h/", "provider name"),
            ("n=ftp://h/", "scheme"),
            ("n=not a url", "not a URL"),
            ("n=http://h/ format=xml", "format"),
            ("n=http://h/ colour=red", "unknown option"),
        ] {
            let e = parse_entry(entry).unwrap_err();
            assert!(e.contains(why), "{entry}: {e}");
        }
        let e = parse_entry("n=ftp://user:s3cret@h/").unwrap_err();
        assert!(!e.contains("s3cret"), "{e}");
        let e = parse_list("a=http://h/,b=http://u:s3cret@h/ bogus").unwrap_err();
        assert!(e.starts_with("entry 2: b: unknown option") && !e.contains("s3cret"), "{e}");
        // A password with a raw `/`, `?` or `#` makes no URL, and redaction cannot tell
        // where it ends: the message leaves the value out.
        for sep in ['/', '?', '#'] {
            let e = parse_list(&format!("a=http://h/,b=http://u:s3{sep}cret@h/")).unwrap_err();
            assert!(e.starts_with("entry 2: b: not a URL (") && !e.contains("cret"), "{e}");
        }
    }

    #[test]
    fn a_file_skips_comments_and_names_the_line_of_a_bad_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("providers");
        std::fs::write(&path, "# the grid\n\nnode1=http://127.0.0.1:1/\n  # more\nnode2 http://x/\n").unwrap();
        let e = read_file(&path).unwrap_err();
        assert!(e.contains(&format!("{} line 5: expected NAME=URL", path.display())), "{e}");
        std::fs::write(&path, "# the grid\n\nnode1=http://127.0.0.1:1/\n").unwrap();
        assert_eq!(read_file(&path).unwrap().len(), 1);
        let fifo = dir.path().join("fifo");
        crate::util::file::mkfifo(&fifo);
        assert!(read_file(&fifo).unwrap_err().contains("cannot read"));
    }

    /// A file with a password in it is held to a password file's rules; one without is
    /// not.
    #[test]
    fn a_file_with_passwords_must_be_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("providers");
        std::fs::write(&path, "a=http://127.0.0.1:1/\n").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        assert_eq!(read_file(&path).unwrap().len(), 1);
        std::fs::write(&path, "a=http://127.0.0.1:1/\nb=http://u:s3cret@127.0.0.1:2/\n").unwrap();
        let e = read_file(&path).unwrap_err();
        assert!(e.contains(&path.display().to_string()) && e.contains("group or others"), "{e}");
        assert!(!e.contains("s3cret"), "{e}");
        std::fs::write(&path, "b=http://u@127.0.0.1:2/\n").unwrap();
        assert!(read_file(&path).unwrap_err().contains("group or others"));
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        assert_eq!(read_file(&path).unwrap()[0].name, "b");
        if rustix::process::geteuid().is_root() {
            rustix::fs::chown(&path, Some(rustix::process::Uid::from_raw(54_321)), None).unwrap();
            let e = read_file(&path).unwrap_err();
            assert!(e.contains("owned by uid 54321") && e.contains(&path.display().to_string()), "{e}");
        }
    }

    #[test]
    fn globs_match_runs_of_any_characters() {
        for (g, n, want) in [
            ("*", "a.b", true),
            ("a.*", "a.b.c", true),
            ("*.hits", "web.hits", true),
            ("*.hits", "web.hits.x", false),
            ("a*b*c", "aXXbYYc", true),
            ("a*b*c", "aXXbYY", false),
            ("exact", "exact", true),
            ("exact", "exactly", false),
        ] {
            assert_eq!(glob_match(g, n), want, "{g} {n}");
        }
        // Many stars on a long name: no blow-up.
        let long = "a".repeat(10_000);
        assert!(!glob_match("*a*a*a*a*a*b", &long));
    }
}
