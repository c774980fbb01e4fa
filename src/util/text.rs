//! Text from outside (a server's answer, a state file, a name a guest chose) made safe
//! for a terminal or a log line: a newline would forge a line, an escape sequence clear
//! the screen or retitle the window.

use std::borrow::Cow;

/// `text` with its control characters written as escapes (`\u{1b}`, `\n`), so what
/// they were stays readable.
pub(crate) fn escape_controls(text: &str) -> Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return text.into();
    }
    text.chars().map(|c| if c.is_control() { c.escape_default().to_string() } else { c.to_string() }).collect()
}

/// The start of a server's answer on one line: blanks collapsed, control characters
/// left out, invalid UTF-8 replaced, at most `max_chars` characters.
pub(crate) fn one_line(answer: &[u8], max_chars: usize) -> String {
    let text = String::from_utf8_lossy(answer);
    let words = text.split_whitespace().map(|w| w.chars().filter(|c| !c.is_control()).collect::<String>());
    words.filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ").chars().take(max_chars).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_escaped() {
        assert!(matches!(escape_controls("web-1 é"), Cow::Borrowed("web-1 é")));
        assert_eq!(escape_controls("a\x1b[2Jb\nc\rd"), "a\\u{1b}[2Jb\\nc\\rd");
    }

    /// A newline would forge a log line; an escape sequence clear or retitle a terminal.
    #[test]
    fn an_answer_is_one_line_without_control_characters() {
        let body = b"{\"error\":\"partial write\"}\n2026-01-01T00:00:00Z INFO  [x] forged\r\x1b]0;owned\x07 \xff";
        assert_eq!(
            one_line(body, 300),
            "{\"error\":\"partial write\"} 2026-01-01T00:00:00Z INFO [x] forged ]0;owned \u{fffd}"
        );
        assert_eq!(one_line(b"bad \x1b[2J request\r\n\tagain", 300), "bad [2J request again");
        assert_eq!(one_line("é".repeat(400).as_bytes(), 200).chars().count(), 200);
    }
}
