//! `/etc/default/gatherer`: settings as `KEY=VALUE` lines, read with the meaning `/bin/sh`
//! gives them when an init script sources the file, so the daemon, the init script and
//! systemd never disagree about a value.
//!
//! Accepted, as sh reads it: blank lines and `#` comments (also after a value), `export`
//! before assignments (and `export NAME` alone, which assigns nothing), several
//! assignments on a line or separated by `;`, single quotes (literal), double quotes
//! (where `\` escapes `$`, `` ` ``, `"`, `\` and a newline), backslash escapes and line
//! continuations outside quotes, and quoted values spanning lines.
//!
//! Refused, naming the line, because sh would do something a settings file must not
//! (run a command, expand a variable) or read it differently from what was meant: any
//! word that is not an assignment (`KEY = value` runs `KEY`), `$` and backquotes
//! (expansion), an unquoted `~` (tilde expansion), control operators (`|`, `&`, `<`,
//! `>`, `(`, `)`), and a carriage return outside quotes (a file saved with DOS line
//! endings: sh would keep the `\r` in the value).

use anyhow::{bail, Context, Result};
use std::path::Path;

/// One assignment of the file, with the line it starts on.
#[derive(Debug, PartialEq, Eq, Clone)]
pub struct Entry {
    pub key: String,
    pub value: String,
    pub line: usize,
}

/// Read the env file; a missing file is no entries. Never blocks on a FIFO planted there.
pub(crate) fn read(path: &Path) -> Result<Vec<Entry>> {
    let text = match crate::util::file::read_text(path, 1 << 20) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e).with_context(|| format!("cannot read env file {}", path.display())),
    };
    parse(&text).with_context(|| format!("env file {}", path.display()))
}

/// A word as sh splits it: its value, whether any of it was quoted or escaped, and
/// where its unquoted `=` is (the mark of an assignment).
struct Word {
    text: String,
    /// Byte offset in `text` of the first `=` that was not quoted, if any.
    eq: Option<usize>,
    /// The word began with an unquoted character (a name can only be unquoted).
    plain_start: bool,
    line: usize,
}

struct Reader<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    line: usize,
}

enum Token {
    Word(Word),
    /// End of a simple command: newline, `;` or end of input.
    End,
    Eof,
}

impl Reader<'_> {
    fn bump(&mut self) -> Option<char> {
        let c = self.chars.next();
        if c == Some('\n') {
            self.line += 1;
        }
        c
    }

    fn next_token(&mut self) -> Result<Token> {
        // Blanks, comments and line continuations between words.
        loop {
            match self.chars.peek() {
                Some(' ' | '\t') => {
                    self.bump();
                }
                Some('#') => {
                    while self.chars.peek().is_some_and(|&c| c != '\n') {
                        self.bump();
                    }
                }
                Some('\\') => {
                    let mut ahead = self.chars.clone();
                    ahead.next();
                    if ahead.peek() == Some(&'\n') {
                        self.bump();
                        self.bump();
                    } else {
                        break;
                    }
                }
                _ => break,
            }
        }
        match self.chars.peek() {
            None => return Ok(Token::Eof),
            Some('\n' | ';') => {
                self.bump();
                return Ok(Token::End);
            }
            _ => {}
        }
        self.word().map(Token::Word)
    }

    fn word(&mut self) -> Result<Word> {
        let line = self.line;
        let mut w = Word { text: String::new(), eq: None, plain_start: true, line };
        let mut first = true;
        while let Some(&c) = self.chars.peek() {
            match c {
                ' ' | '\t' | '\n' | ';' => break,
                '\'' => {
                    self.bump();
                    w.plain_start &= !first;
                    loop {
                        match self.bump() {
                            Some('\'') => break,
                            Some(c) => w.text.push(c),
                            None => bail!("line {line}: a single quote is never closed"),
                        }
                    }
                }
                '"' => {
                    self.bump();
                    w.plain_start &= !first;
                    loop {
                        match self.bump() {
                            Some('"') => break,
                            Some('\\') => match self.bump() {
                                Some('\n') => {}
                                Some(e @ ('$' | '`' | '"' | '\\')) => w.text.push(e),
                                Some(other) => {
                                    w.text.push('\\');
                                    w.text.push(other);
                                }
                                None => bail!("line {line}: a double quote is never closed"),
                            },
                            Some('$' | '`') => bail!(
                                "line {}: `$` and backquotes expand in sh; write the value itself, or use single quotes",
                                self.line
                            ),
                            Some(c) => w.text.push(c),
                            None => bail!("line {line}: a double quote is never closed"),
                        }
                    }
                }
                '\\' => {
                    self.bump();
                    w.plain_start &= !first;
                    match self.bump() {
                        Some('\n') => {}
                        Some(c) => w.text.push(c),
                        None => {}
                    }
                }
                '$' | '`' => bail!(
                    "line {}: `$` and backquotes expand in sh; write the value itself, or use single quotes",
                    self.line
                ),
                '~' => bail!("line {}: an unquoted `~` is expanded by sh; quote it", self.line),
                '|' | '&' | '<' | '>' | '(' | ')' => {
                    bail!("line {}: {c:?} is shell syntax, not part of a setting; quote the value", self.line)
                }
                '\r' => bail!(
                    "line {}: carriage return (DOS line endings): sh would keep it in the value; convert the file \
                     with dos2unix",
                    self.line
                ),
                '=' => {
                    self.bump();
                    if w.eq.is_none() {
                        w.eq = Some(w.text.len());
                    }
                    w.text.push('=');
                }
                c => {
                    self.bump();
                    w.text.push(c);
                }
            }
            first = false;
        }
        Ok(w)
    }
}

fn is_name(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Parse a whole file.
pub fn parse(text: &str) -> Result<Vec<Entry>> {
    // No variable can hold one; sh drops it or stops there, and a path would be cut short.
    if let Some(at) = text.find('\0') {
        bail!("line {}: a NUL byte (no value can hold one)", text[..at].matches('\n').count() + 1);
    }
    let mut r = Reader { chars: text.chars().peekable(), line: 1 };
    let mut entries = Vec::new();
    // Words of the current simple command, and whether it began with `export`.
    let mut command: Vec<Word> = Vec::new();
    loop {
        let token = r.next_token()?;
        let Token::Word(word) = token else {
            finish(std::mem::take(&mut command), &mut entries)?;
            if matches!(token, Token::Eof) {
                return Ok(entries);
            }
            continue;
        };
        command.push(word);
    }
}

/// Turn one simple command into assignments, or say why sh would not just assign.
fn finish(words: Vec<Word>, entries: &mut Vec<Entry>) -> Result<()> {
    let Some(first) = words.first() else { return Ok(()) };
    let export = first.eq.is_none() && first.plain_start && first.text == "export";
    for w in words.into_iter().skip(usize::from(export)) {
        let name = w.eq.map(|i| &w.text[..i]).filter(|n| w.plain_start && is_name(n));
        match name {
            Some(name) => {
                entries.push(Entry { key: name.to_string(), value: w.text[name.len() + 1..].to_string(), line: w.line })
            }
            // `export NAME`: exports what is already set; assigns nothing.
            None if export && w.plain_start && is_name(&w.text) => {}
            None if export => bail!("line {}: export: {:?} is not a variable name", w.line, w.text),
            None => bail!(
                "line {}: {:?} is not an assignment (sh would run it as a command); write KEY=VALUE, with no \
                 spaces around =",
                w.line,
                w.text
            ),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn kv(text: &str) -> Vec<(String, String)> {
        parse(text).unwrap().into_iter().map(|e| (e.key, e.value)).collect()
    }

    fn one(text: &str) -> String {
        let got = kv(text);
        assert_eq!(got.len(), 1, "{text:?}: {got:?}");
        got[0].1.clone()
    }

    #[test]
    fn values_as_sh_reads_them() {
        assert_eq!(one("A=1"), "1");
        assert_eq!(one("A=1  # a comment"), "1");
        assert_eq!(one("A=a#b"), "a#b", "# inside a word is not a comment");
        assert_eq!(one("export A=\"two words\""), "two words");
        assert_eq!(one("A='x=y'"), "x=y");
        assert_eq!(one("A="), "");
        assert_eq!(one("A=''"), "");
        assert_eq!(one("A=\"a\\\"b\\\\c\\d\""), "a\"b\\c\\d");
        assert_eq!(one("A=a\\ b"), "a b");
        assert_eq!(one("A='it'\\''s'"), "it's");
        assert_eq!(one("A=one\\\ntwo"), "onetwo", "line continuation");
        assert_eq!(one("A='multi\nline'"), "multi\nline");
        assert_eq!(one("A=/path/*.wsp"), "/path/*.wsp", "no globbing in assignments");
        assert_eq!(one("\t  A=1\t"), "1");
        assert_eq!(
            kv("A=1 B=2; C=3\nexport D E=5"),
            [("A", "1"), ("B", "2"), ("C", "3"), ("E", "5")].map(|(k, v)| (k.to_string(), v.to_string()))
        );
        assert!(kv("# only a comment\n\n   \n").is_empty());
    }

    #[test]
    fn what_sh_would_run_expand_or_misread_is_refused_naming_the_line() {
        for (text, line, says) in [
            ("A=1\nKEY = value", 2, "not an assignment"),
            ("export KEY = \"v\"", 1, "not a variable name"),
            ("A=$HOME", 1, "expand"),
            ("A=\"$HOME\"", 1, "expand"),
            ("A=`id`", 1, "expand"),
            ("A=~/x", 1, "~"),
            ("A=1 | true", 1, "shell syntax"),
            ("A=1\r\n", 1, "carriage return"),
            ("A=1\nB=/x\0y", 2, "NUL"),
            ("A='\0'", 1, "NUL"),
            ("\nA='open", 2, "never closed"),
            ("A=1 rm -rf /", 1, "not an assignment"),
            ("1A=x", 1, "not an assignment"),
            ("'A'=x", 1, "not an assignment"),
        ] {
            let err = format!("{:#}", parse(text).unwrap_err());
            assert!(err.contains(&format!("line {line}")) && err.contains(says), "{text:?}: {err}");
        }
    }

    #[test]
    fn lines_are_counted_across_continuations_and_quotes() {
        let got = parse("A='x\ny'\nB=1\\\n2\nC=3").unwrap();
        assert_eq!(got.iter().map(|e| e.line).collect::<Vec<_>>(), [1, 3, 5]);
    }

    #[test]
    fn missing_file_is_empty() {
        assert!(read(Path::new("/nonexistent/gatherer-env")).unwrap().is_empty());
    }

    /// Single-quoting the way a careful operator (or a config tool) writes any value.
    fn sh_quote(v: &str) -> String {
        format!("'{}'", v.replace('\'', "'\\''"))
    }

    proptest! {
        #[test]
        fn never_panics_on_any_text(text in "\\PC*") {
            let _ = parse(&text);
        }

        #[test]
        fn never_panics_on_shell_like_text(text in "[A-Z_=a-z0-9 \t\n'\"\\\\#;$`~|&<>()\r-]{0,60}") {
            let _ = parse(&text);
        }

        /// Any value (no NUL), single-quoted, reads back exactly.
        #[test]
        fn any_quoted_value_reads_back(key in "[A-Z_][A-Z0-9_]{0,20}", value in "[^\u{0}]{0,40}", comment: bool) {
            let line = format!("{key}={}{}\n", sh_quote(&value), if comment { "  # note" } else { "" });
            prop_assert_eq!(kv(&line), vec![(key, value)]);
        }
    }
}
