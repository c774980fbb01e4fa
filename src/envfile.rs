//! `/etc/default/gatherer`: `KEY=VALUE` lines that fill in settings the environment and
//! the command line leave unset.
//!
//! The same file is sourced by the init script, so shell-ish details are accepted:
//! comments, blank lines, an `export ` prefix and one level of matching quotes.

use anyhow::{bail, Context, Result};
use std::path::Path;

/// One `KEY=VALUE` line of the file, with where it was.
#[derive(Debug, PartialEq, Eq)]
pub struct Entry {
    pub key: String,
    pub value: String,
    pub line: usize,
}

/// Read the env file; a missing file is no entries.
pub fn read(path: &Path) -> Result<Vec<Entry>> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e).with_context(|| format!("cannot read env file {}", path.display())),
    };
    parse(&text).with_context(|| format!("env file {}", path.display()))
}

pub fn parse(text: &str) -> Result<Vec<Entry>> {
    let mut entries = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let line = line.strip_prefix("export ").map(str::trim_start).unwrap_or(line);
        let Some((key, value)) = line.split_once('=') else {
            bail!("line {}: expected KEY=VALUE, got {raw:?}", i + 1);
        };
        let key = key.trim();
        if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            bail!("line {}: {key:?} is not a variable name", i + 1);
        }
        entries.push(Entry { key: key.to_string(), value: unquote(value.trim()).to_string(), line: i + 1 });
    }
    Ok(entries)
}

fn unquote(v: &str) -> &str {
    for q in ['"', '\''] {
        if v.len() >= 2 && v.starts_with(q) && v.ends_with(q) {
            return &v[1..v.len() - 1];
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_shell_style_lines() {
        let got =
            parse("# comment\n\nGATHERER_A=1\nexport GATHERER_B = \"two words\"\nGATHERER_C='x=y'\nGATHERER_D=\n")
                .unwrap();
        let kv: Vec<_> = got.iter().map(|e| (e.key.as_str(), e.value.as_str(), e.line)).collect();
        assert_eq!(
            kv,
            [("GATHERER_A", "1", 3), ("GATHERER_B", "two words", 4), ("GATHERER_C", "x=y", 5), ("GATHERER_D", "", 6)]
        );
    }

    #[test]
    fn malformed_line_names_its_number() {
        let err = parse("GATHERER_A=1\njunk line\n").unwrap_err().to_string();
        assert!(err.contains("line 2") && err.contains("junk line"), "{err}");
        assert!(parse("BAD KEY=1").unwrap_err().to_string().contains("BAD KEY"));
    }

    #[test]
    fn missing_file_is_empty() {
        assert!(read(Path::new("/nonexistent/gatherer-env")).unwrap().is_empty());
    }
}
