//! The CSV of the history: fields quoted as RFC 4180 says, a header read back at a
//! restart, and a torn last line cut off. The writer is ours and writes only this
//! shape (a header of names, rows of numbers), so a page of code does what the csv
//! crate would, without its dependencies.

use std::fs::File;
use std::io;
use std::os::unix::fs::FileExt;

/// The longest header read back: a processes collector with per-process series writes a
/// few hundred KiB; a file whose first line is longer is not taken for one of ours.
pub(crate) const MAX_HEADER: usize = 4 << 20;

/// Append `field` to `out`, quoted when it holds a comma, a quote or a line break.
pub(crate) fn push_field(out: &mut Vec<u8>, field: &str) {
    if !field.bytes().any(|b| matches!(b, b',' | b'"' | b'\n' | b'\r')) {
        out.extend_from_slice(field.as_bytes());
        return;
    }
    out.push(b'"');
    for b in field.bytes() {
        if b == b'"' {
            out.push(b'"');
        }
        out.push(b);
    }
    out.push(b'"');
}

/// A header line: `time`, then the columns.
pub(crate) fn push_header(out: &mut Vec<u8>, columns: &[Box<str>]) {
    out.extend_from_slice(b"time");
    for c in columns {
        out.push(b',');
        push_field(out, c);
    }
    out.push(b'\n');
}

/// What the start of a part holds.
#[derive(Debug, PartialEq)]
pub(crate) enum Head {
    /// Nothing: a part made but not yet written, or cut back to nothing.
    Empty,
    /// A header that ends before its newline: the write of it was cut short.
    Torn,
    /// A whole header: its columns (after `time`) and its length with the newline.
    Columns(Vec<Box<str>>, u64),
    /// Not a header of ours (no `time` first, or longer than [`MAX_HEADER`]).
    Foreign,
}

/// Read the header at the start of `file`, in chunks, up to [`MAX_HEADER`].
pub(crate) fn read_head(file: &File) -> io::Result<Head> {
    let mut parser = Parser::default();
    let mut chunk = [0u8; 8192];
    let mut at = 0u64;
    loop {
        let n = match file.read_at(&mut chunk, at) {
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if n == 0 {
            return Ok(if at == 0 { Head::Empty } else { Head::Torn });
        }
        if let Some(used) = parser.feed(&chunk[..n]) {
            let len = at + used as u64;
            let mut fields = std::mem::take(&mut parser.fields).into_iter();
            return Ok(match fields.next() {
                Some(first) if &*first == "time" => Head::Columns(fields.collect(), len),
                _ => Head::Foreign,
            });
        }
        at += n as u64;
        if at > MAX_HEADER as u64 {
            return Ok(Head::Foreign);
        }
    }
}

/// A header's fields, fed in chunks: RFC 4180 quoting, a record ended by an unquoted
/// newline (a `\r` before it dropped).
#[derive(Default)]
struct Parser {
    fields: Vec<Box<str>>,
    field: Vec<u8>,
    quoted: bool,
    /// Inside quotes, the last byte was a quote: the end of the quotes, or the first of
    /// a doubled one.
    quote_seen: bool,
}

impl Parser {
    /// Take `bytes`; `Some(n)` once the record ends, `n` bytes of this chunk into it.
    fn feed(&mut self, bytes: &[u8]) -> Option<usize> {
        for (i, &b) in bytes.iter().enumerate() {
            if self.quoted {
                match (self.quote_seen, b) {
                    (false, b'"') => self.quote_seen = true,
                    (false, _) => self.field.push(b),
                    (true, b'"') => {
                        self.field.push(b'"');
                        self.quote_seen = false;
                    }
                    (true, _) => {
                        self.quoted = false;
                        self.quote_seen = false;
                        if self.end_of_field(b) {
                            return Some(i + 1);
                        }
                    }
                }
                continue;
            }
            if b == b'"' && self.field.is_empty() {
                self.quoted = true;
            } else if self.end_of_field(b) {
                return Some(i + 1);
            }
        }
        None
    }

    /// An unquoted byte: a separator ends the field, a newline the record.
    fn end_of_field(&mut self, b: u8) -> bool {
        match b {
            b',' | b'\n' => {
                if b == b'\n' && self.field.last() == Some(&b'\r') {
                    self.field.pop();
                }
                let field = String::from_utf8_lossy(&std::mem::take(&mut self.field)).into();
                self.fields.push(field);
                b == b'\n'
            }
            _ => {
                self.field.push(b);
                false
            }
        }
    }
}

/// Cut a last line that has no newline (a write cut short by a crash or a full disk)
/// back to the last newline at or after `keep` (the header's end); the file's new
/// length.
pub(crate) fn cut_torn_tail(file: &File, keep: u64) -> io::Result<u64> {
    let len = file.metadata()?.len();
    let whole = whole_len(file, len, keep)?;
    if whole != len {
        file.set_len(whole)?;
    }
    Ok(whole)
}

/// How much of the first `len` bytes of `file` is whole lines: up to the last newline,
/// or `keep` if there is none after it. Read backwards in chunks: a day's file is never
/// read whole.
pub(crate) fn whole_len(file: &File, len: u64, keep: u64) -> io::Result<u64> {
    let mut end = len;
    let mut chunk = [0u8; 4096];
    while end > keep {
        let start = end.saturating_sub(chunk.len() as u64).max(keep);
        let buf = &mut chunk[..(end - start) as usize];
        file.read_exact_at(buf, start)?;
        if let Some(i) = memchr::memrchr(b'\n', buf) {
            return Ok(start + i as u64 + 1);
        }
        end = start;
    }
    Ok(keep.min(len))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file_with(bytes: &[u8]) -> (tempfile::TempDir, File) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.csv");
        std::fs::write(&path, bytes).unwrap();
        let f = std::fs::OpenOptions::new().read(true).write(true).open(&path).unwrap();
        (dir, f)
    }

    #[test]
    fn fields_are_quoted_only_when_they_must_be() {
        let mut out = Vec::new();
        let cols: Vec<Box<str>> =
            ["busy", "used{mount=/a,b}", "say \"hi\"", "two\nlines"].into_iter().map(Into::into).collect();
        push_header(&mut out, &cols);
        assert_eq!(out, b"time,busy,\"used{mount=/a,b}\",\"say \"\"hi\"\"\",\"two\nlines\"\n");
        let (_d, f) = file_with(&out);
        assert_eq!(read_head(&f).unwrap(), Head::Columns(cols, out.len() as u64), "read back as written");
    }

    #[test]
    fn a_header_is_whole_torn_empty_or_foreign() {
        let (_d, f) = file_with(b"time,a\r\n1,2\n");
        assert_eq!(read_head(&f).unwrap(), Head::Columns(vec!["a".into()], 8));
        let (_d, f) = file_with(b"time,\"a,b");
        assert_eq!(read_head(&f).unwrap(), Head::Torn);
        let (_d, f) = file_with(b"");
        assert_eq!(read_head(&f).unwrap(), Head::Empty);
        let (_d, f) = file_with(b"when,a\n");
        assert_eq!(read_head(&f).unwrap(), Head::Foreign);
        let (_d, f) = file_with(&vec![b'x'; MAX_HEADER + 10_000]);
        assert_eq!(read_head(&f).unwrap(), Head::Foreign);
        // A header longer than a read chunk, with a quoted newline across chunks.
        let long: Vec<Box<str>> = (0..3000).map(|i| format!("s{i}{{k=v,w=\n}}").into()).collect();
        let mut out = Vec::new();
        push_header(&mut out, &long);
        out.extend_from_slice(b"1,2\n");
        let (_d, f) = file_with(&out);
        assert_eq!(read_head(&f).unwrap(), Head::Columns(long, out.len() as u64 - 4));
    }

    #[test]
    fn a_torn_last_line_is_cut_back_to_the_last_newline() {
        let (_d, f) = file_with(b"time,a\n1,2\n3,");
        assert_eq!(cut_torn_tail(&f, 7).unwrap(), 11);
        assert_eq!(f.metadata().unwrap().len(), 11);
        let (_d, f) = file_with(b"time,a\n1,2\n");
        assert_eq!(cut_torn_tail(&f, 7).unwrap(), 11, "whole: untouched");
        let (_d, f) = file_with(b"time,a\n123");
        assert_eq!(cut_torn_tail(&f, 7).unwrap(), 7, "back to the header");
        // A torn line longer than a chunk.
        let mut big = b"time,a\n1,2\n".to_vec();
        big.extend(std::iter::repeat(b'9').take(10_000));
        let (_d, f) = file_with(&big);
        assert_eq!(cut_torn_tail(&f, 7).unwrap(), 11);
    }
}
