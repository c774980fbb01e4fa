//! The output rule: what a script printed becomes named values, recognised from the output
//! itself (docs/scripts.md has the rule with examples). In order:
//!
//! 1. nothing but white space: no values;
//! 2. first non-blank character `{`: one JSON object; its numbers (and booleans, as 1 and
//!    0) become values, nested keys joined with `.`, array items by their index;
//! 3. Nagios plugin output: the first line carries `|` and performance data after it, or
//!    names a state (`OK`, `WARNING`, `CRITICAL`, `UNKNOWN`) in its first three words;
//!    the exit code becomes `status`, each performance value a value of its own;
//! 4. otherwise `name value [timestamp]` lines (Graphite's plaintext), `#` lines and blank
//!    lines skipped.
//!
//! What cannot be read is counted and the first few pieces kept for the state file; it is
//! never fatal to the rest.

use serde_json::Value;
use std::collections::BTreeMap;

/// At most this many values from one run; the rest are counted as not read.
pub(crate) const MAX_VALUES: usize = 10_000;
/// The longest value name taken.
pub(crate) const MAX_NAME: usize = 200;
/// How many of the pieces not read are kept, each cut to `MAX_SHOWN` bytes.
const KEPT: usize = 5;
const MAX_SHOWN: usize = 120;

/// Which rule an output was read by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Format {
    Empty,
    Json,
    Nagios,
    Lines,
}

impl Format {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Format::Empty => "empty",
            Format::Json => "json",
            Format::Nagios => "nagios",
            Format::Lines => "lines",
        }
    }
}

/// How a run ended, as far as the Nagios state is concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ending {
    /// Exited with this code.
    Exited(i32),
    /// Killed (by its timeout, or a signal of its own).
    Killed,
}

/// What one output says.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Parsed {
    pub(crate) format: Option<Format>,
    pub(crate) values: BTreeMap<String, f64>,
    /// Names of the values that are counters (perfdata unit `c`).
    pub(crate) counters: Vec<String>,
    /// How many lines (or items) could not be read.
    pub(crate) unparsed: u64,
    /// The first few of them, each with why.
    pub(crate) unparsed_lines: Vec<String>,
}

impl Parsed {
    fn refuse(&mut self, what: &str, why: &str) {
        self.unparsed += 1;
        if self.unparsed_lines.len() < KEPT {
            // Cut before it is copied: `what` may be a whole output.
            let mut shown = String::new();
            for c in what.chars() {
                if shown.len() + c.len_utf8() > MAX_SHOWN {
                    shown.push_str("...");
                    break;
                }
                shown.push(if c.is_control() { ' ' } else { c });
            }
            self.unparsed_lines.push(format!("{shown}: {why}"));
        }
    }

    fn put(&mut self, name: &str, value: f64, counter: bool) {
        if name.is_empty() || name.len() > MAX_NAME {
            return self.refuse(name, &format!("a name must have 1 to {MAX_NAME} bytes"));
        }
        if !value.is_finite() {
            return self.refuse(name, "not a finite number");
        }
        if self.values.len() >= MAX_VALUES && !self.values.contains_key(name) {
            return self.refuse(name, &format!("more than {MAX_VALUES} values"));
        }
        let name: String = name.chars().map(|c| if c.is_control() { '_' } else { c }).collect();
        if counter {
            self.counters.push(name.clone());
        }
        self.values.insert(name, value);
    }
}

/// Read `text`, the output of a run that ended so. `truncated`: the output was cut at
/// the cap, so a last line without its newline is left out (it may be cut short).
pub(crate) fn parse(text: &str, ending: Ending, truncated: bool) -> Parsed {
    let mut p = Parsed::default();
    let text = match (truncated, text.rfind('\n')) {
        (true, Some(i)) => &text[..=i],
        (true, None) => "",
        (false, _) => text,
    };
    let trimmed = text.trim_start();
    if trimmed.is_empty() {
        p.format = Some(Format::Empty);
    } else if trimmed.starts_with('{') {
        p.format = Some(Format::Json);
        json(trimmed, &mut p);
    } else if is_nagios(first_line(text)) {
        p.format = Some(Format::Nagios);
        nagios(text, ending, &mut p);
    } else {
        p.format = Some(Format::Lines);
        for line in text.lines() {
            let t = line.trim();
            if t.is_empty() || t.starts_with('#') {
                continue;
            }
            match plain_line(t) {
                Ok((name, v)) => p.put(name, v, false),
                Err(why) => p.refuse(t, why),
            }
        }
    }
    p.counters.sort_unstable();
    p.counters.dedup();
    p
}

fn first_line(text: &str) -> &str {
    text.trim_start_matches(['\n', '\r']).lines().next().unwrap_or("")
}

/// `name value [timestamp]`: the name, and the value.
fn plain_line(line: &str) -> Result<(&str, f64), &'static str> {
    let mut words = line.split_whitespace();
    let (Some(name), Some(value)) = (words.next(), words.next()) else {
        return Err("expected `name value [timestamp]`");
    };
    let v = number(value).ok_or("the value is not a finite number")?;
    match (words.next(), words.next()) {
        (None, _) => {}
        (Some(ts), None) if number(ts).is_some() => {}
        (Some(_), None) => return Err("the timestamp is not a number"),
        _ => return Err("expected `name value [timestamp]`"),
    }
    Ok((name, v))
}

/// A decimal number as Graphite and Nagios write them (no `inf`, no `nan`, no hex).
fn number(s: &str) -> Option<f64> {
    let ok = !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+' | b'e' | b'E'));
    s.parse::<f64>().ok().filter(|v| ok && v.is_finite())
}

const STATES: [&str; 4] = ["OK", "WARNING", "CRITICAL", "UNKNOWN"];

/// Whether a first line is a Nagios plugin's: performance data after a `|`, or a state
/// word among its first three words (`DISK OK - ...`, `OK: ...`), unless it reads as a
/// `name value` line.
fn is_nagios(line: &str) -> bool {
    let (text, perf) = match line.split_once('|') {
        Some((t, p)) => (t, Some(p)),
        None => (line, None),
    };
    if let Some(perf) = perf {
        let mut probe = Parsed::default();
        if perfdata(perf, &mut probe) > 0 && probe.unparsed == 0 {
            return true;
        }
    }
    let named = text.split_whitespace().take(3).any(|w| {
        STATES.contains(&w.trim_end_matches([':', '-', ','])) && w.starts_with(|c: char| c.is_ascii_uppercase())
    });
    named && plain_line(line.trim()).is_err()
}

/// A Nagios output: `status` from the exit code, and the performance data of the first
/// line and of the long output (from the first later line with a `|` to the end).
fn nagios(text: &str, ending: Ending, p: &mut Parsed) {
    let status = match ending {
        Ending::Exited(c @ 0..=3) => c,
        _ => 3,
    };
    p.put("status", f64::from(status), false);
    let mut lines = text.trim_start_matches(['\n', '\r']).lines();
    if let Some((_, perf)) = lines.next().and_then(|l| l.split_once('|')) {
        perfdata(perf, p);
    }
    let mut in_perf = false;
    for line in lines {
        if in_perf {
            perfdata(line, p);
        } else if let Some((_, perf)) = line.split_once('|') {
            in_perf = true;
            perfdata(perf, p);
        }
    }
}

/// Add the performance data items of `s` (`'label'=value[UOM];warn;crit;min;max`, space
/// separated) to `p`; returns how many were taken.
fn perfdata(s: &str, p: &mut Parsed) -> usize {
    let mut taken = 0;
    let mut rest = s.trim_start();
    while !rest.is_empty() {
        let (label, after) = match label(rest) {
            Ok(x) => x,
            Err(why) => {
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                p.refuse(&rest[..end], why);
                rest = rest[end..].trim_start();
                continue;
            }
        };
        let end = after.find(char::is_whitespace).unwrap_or(after.len());
        let item = &after[..end];
        rest = after[end..].trim_start();
        let value = item.split(';').next().unwrap_or("");
        if value == "U" {
            continue; // the plugin could not say: no value, not an error
        }
        match measure(value) {
            Ok(_) if label == "status" => p.refuse(&label, "`status` is the exit code's name"),
            // A counter only grows from zero: a negative one would reach every output as
            // a `_total` series that rate() and derivatives read as a reset.
            Ok((v, true)) if v < 0.0 => p.refuse(&format!("{label}={item}"), "a counter (unit c) cannot be negative"),
            Ok((v, counter)) => {
                p.put(&label, v, counter);
                taken += 1;
            }
            Err(why) => p.refuse(&format!("{label}={item}"), why),
        }
    }
    taken
}

/// A perfdata label (quoted with `'`, a quote inside doubled, or bare) up to its `=`;
/// the label and what follows the `=`.
fn label(s: &str) -> Result<(String, &str), &'static str> {
    if let Some(q) = s.strip_prefix('\'') {
        let mut out = String::new();
        let mut chars = q.char_indices();
        while let Some((i, c)) = chars.next() {
            if c != '\'' {
                out.push(c);
                continue;
            }
            if q[i + 1..].starts_with('\'') {
                out.push('\'');
                chars.next();
                continue;
            }
            return match q[i + 1..].strip_prefix('=') {
                Some(after) => Ok((out, after)),
                None => Err("expected `=` after the quoted label"),
            };
        }
        return Err("unterminated quoted label");
    }
    let word = &s[..s.find(char::is_whitespace).unwrap_or(s.len())];
    match word.split_once('=') {
        Some((l, _)) if !l.is_empty() => Ok((l.to_string(), &s[l.len() + 1..])),
        _ => Err("expected `label=value`"),
    }
}

/// A perfdata value with its unit, in seconds or bytes; and whether it is a counter.
fn measure(s: &str) -> Result<(f64, bool), &'static str> {
    let split = s.find(|c: char| !(c.is_ascii_digit() || matches!(c, '.' | '-' | '+'))).unwrap_or(s.len());
    let (num, unit) = s.split_at(split);
    let v = number(num).ok_or("the value is not a number")?;
    let (scale, counter) = match unit {
        "" | "%" => (1.0, false),
        "s" => (1.0, false),
        "ms" => (1e-3, false),
        "us" => (1e-6, false),
        "B" => (1.0, false),
        "KB" | "kB" => (1024.0, false),
        "MB" => (1024.0 * 1024.0, false),
        "GB" => (1024.0 * 1024.0 * 1024.0, false),
        "TB" => (1024.0 * 1024.0 * 1024.0 * 1024.0, false),
        "c" => (1.0, true),
        _ => return Err("unknown unit (s, ms, us, %, B, KB, MB, GB, TB or c)"),
    };
    Ok((v * scale, counter))
}

/// The children of one JSON object or array, taken one at a time.
enum Children<'a> {
    Object(serde_json::map::Iter<'a>),
    Array(std::iter::Enumerate<std::slice::Iter<'a, Value>>),
}

impl<'a> Children<'a> {
    fn of(v: &'a Value) -> Option<Children<'a>> {
        match v {
            Value::Object(m) => Some(Children::Object(m.iter())),
            Value::Array(a) => Some(Children::Array(a.iter().enumerate())),
            _ => None,
        }
    }
}

/// One JSON object: its numbers and booleans, nested keys joined with `.`. Walked with a
/// stack of its own (serde_json's parser stops at 128 levels), one frame per level, each
/// naming its children one at a time: what the walk holds is bounded by the depth and
/// `MAX_NAME`, not by how many children an object has nor how long its keys are.
fn json(text: &str, p: &mut Parsed) {
    let root: Value = match serde_json::from_str(text) {
        Ok(v @ Value::Object(_)) => v,
        Ok(_) => return p.refuse(text, "not a JSON object"),
        Err(e) => return p.refuse(text, &format!("not one JSON object: {e}")),
    };
    let mut stack: Vec<(String, Children)> = Children::of(&root).map(|c| (String::new(), c)).into_iter().collect();
    let mut index = String::new();
    while let Some((prefix, children)) = stack.last_mut() {
        let (key, v) = match children {
            Children::Object(it) => match it.next() {
                Some((k, v)) => (k.as_str(), v),
                None => {
                    stack.pop();
                    continue;
                }
            },
            Children::Array(it) => match it.next() {
                Some((i, v)) => {
                    index.clear();
                    index.push_str(&i.to_string());
                    (index.as_str(), v)
                }
                None => {
                    stack.pop();
                    continue;
                }
            },
        };
        if matches!(v, Value::String(_) | Value::Null) {
            continue;
        }
        if p.values.len() >= MAX_VALUES {
            let at = if prefix.is_empty() { key } else { prefix.as_str() };
            p.refuse(at, &format!("more than {MAX_VALUES} values: the rest of the object is not read"));
            return;
        }
        let dot = usize::from(!prefix.is_empty());
        if prefix.len() + dot + key.len() > MAX_NAME {
            // Refused once, with everything under it: its children's names are longer.
            let shown = format!("{prefix}{}{}", if dot == 1 { "." } else { "" }, &key[..floor(key, MAX_SHOWN)]);
            p.refuse(&shown, &format!("a name must have 1 to {MAX_NAME} bytes"));
            continue;
        }
        let mut name = String::with_capacity(prefix.len() + dot + key.len());
        name.push_str(prefix);
        if dot == 1 {
            name.push('.');
        }
        name.push_str(key);
        match v {
            Value::Number(n) => match n.as_f64() {
                Some(f) => p.put(&name, f, false),
                None => p.refuse(&name, "not a finite number"),
            },
            Value::Bool(b) => p.put(&name, if *b { 1.0 } else { 0.0 }, false),
            _ => {
                if let Some(c) = Children::of(v) {
                    stack.push((name, c));
                }
            }
        }
    }
}

/// The largest char boundary of `s` at or below `at`.
fn floor(s: &str, at: usize) -> usize {
    let mut cut = at.min(s.len());
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(p: &Parsed) -> Vec<(&str, f64)> {
        p.values.iter().map(|(k, v)| (k.as_str(), *v)).collect()
    }

    #[test]
    fn one_json_object_nested_keys_joined() {
        let p = parse(
            r#"{"load": 0.5, "disk": {"sda": {"busy": 12}}, "ok": true, "name": "x", "l": [1, 2]}"#,
            Ending::Exited(0),
            false,
        );
        assert_eq!(p.format, Some(Format::Json));
        assert_eq!(values(&p), [("disk.sda.busy", 12.0), ("l.0", 1.0), ("l.1", 2.0), ("load", 0.5), ("ok", 1.0)]);
        assert_eq!(p.unparsed, 0);
        let bad = parse("{\"a\": 1,", Ending::Exited(0), false);
        assert_eq!((bad.format, bad.unparsed, bad.values.len()), (Some(Format::Json), 1, 0));
        assert!(bad.unparsed_lines[0].contains("not one JSON object"), "{:?}", bad.unparsed_lines);
    }

    #[test]
    fn deep_json_is_refused_not_a_crash() {
        let deep = format!("{}{}", "{\"a\":".repeat(100_000), "}".repeat(100_000));
        let p = parse(&deep, Ending::Exited(0), false);
        assert_eq!(p.unparsed, 1);
    }

    #[test]
    fn nagios_output_with_perfdata_and_units() {
        let out = "DISK WARNING - free space: / 3326 MB (56%);| '/ used'=2643MB;5948;5958;0;5968 time=12ms 'a b'=1;2;3;0;10 pkts=42c\n\
                   second line of long output\n\
                   more | rta=0.5s load=U\n\
                   'it''s'=50%;80;90\n";
        let p = parse(out, Ending::Exited(1), false);
        assert_eq!(p.format, Some(Format::Nagios));
        assert_eq!(
            values(&p),
            [
                ("/ used", 2643.0 * 1024.0 * 1024.0),
                ("a b", 1.0),
                ("it's", 50.0),
                ("pkts", 42.0),
                ("rta", 0.5),
                ("status", 1.0),
                ("time", 0.012)
            ]
        );
        assert_eq!(p.counters, ["pkts"]);
        assert_eq!(p.unparsed, 0, "{:?}", p.unparsed_lines);
    }

    #[test]
    fn nagios_state_word_without_perfdata_and_exit_codes() {
        let p = parse("PROCS CRITICAL: 0 processes\n", Ending::Exited(2), false);
        assert_eq!((p.format, values(&p)), (Some(Format::Nagios), vec![("status", 2.0)]));
        let p = parse("OK - fine | x=1\n", Ending::Exited(7), false);
        assert_eq!(values(&p), [("status", 3.0), ("x", 1.0)]);
        let p = parse("text|x=1\n", Ending::Killed, false);
        assert_eq!(values(&p), [("status", 3.0), ("x", 1.0)]);
        let p = parse("OK 1\n", Ending::Exited(0), false);
        assert_eq!(p.format, Some(Format::Lines), "a name value line named OK");
        let p = parse("CHECK OK | x=1zz\n", Ending::Exited(0), false);
        assert_eq!(p.format, Some(Format::Nagios));
        assert_eq!(p.unparsed, 1);
        assert!(p.unparsed_lines[0].starts_with("x=1zz: unknown unit"), "{:?}", p.unparsed_lines);
    }

    /// A counter only grows (but for resets to zero): `-5c` is no counter's value, and
    /// a negative `_total` series is one every rate() would read as a reset.
    #[test]
    fn a_negative_counter_is_refused() {
        let p = parse("OK | pkts=-5c ok=3c gauge=-2\n", Ending::Exited(0), false);
        assert_eq!(values(&p), [("gauge", -2.0), ("ok", 3.0), ("status", 0.0)]);
        assert_eq!(p.counters, ["ok"]);
        assert_eq!(p.unparsed, 1);
        assert!(p.unparsed_lines[0].starts_with("pkts=-5c: "), "{:?}", p.unparsed_lines);
    }

    #[test]
    fn plain_lines_and_what_is_not_read() {
        let out = "# comment\napp.requests 12 1700000000\n\nload 0.25\nbroken\nx nan\ny 1 2 3\nz 1 soon\n";
        let p = parse(out, Ending::Exited(0), false);
        assert_eq!(p.format, Some(Format::Lines));
        assert_eq!(values(&p), [("app.requests", 12.0), ("load", 0.25)]);
        assert_eq!(p.unparsed, 4);
        assert_eq!(p.unparsed_lines[0], "broken: expected `name value [timestamp]`");
        assert_eq!(p.unparsed_lines[1], "x nan: the value is not a finite number");
    }

    #[test]
    fn truncated_output_loses_its_last_partial_line() {
        let p = parse("a 1\nb 2\nc 3", Ending::Exited(0), true);
        assert_eq!(values(&p), [("a", 1.0), ("b", 2.0)]);
        assert_eq!(parse("  \n", Ending::Exited(0), false).format, Some(Format::Empty));
    }

    #[test]
    fn long_names_times_many_children_stay_small() {
        // 106 KB of output: a 100,000-byte key over 3,000 items. Naming every item in
        // full first would hold 300 MB at once.
        let out = format!("{{\"{}\": [{}1]}}", "x".repeat(100_000), "1,".repeat(2_999));
        let (peak, p) = crate::alloc_count::peak_bytes(|| parse(&out, Ending::Exited(0), false));
        assert!(peak < 4 << 20, "the parse held {peak} bytes at once");
        assert_eq!((p.values.len(), p.unparsed), (0, 1), "{:?}", p.unparsed_lines);
        // As many children as values are taken, and no more pushed.
        let wide = format!("{{\"a\": [{}1]}}", "1,".repeat(3 * MAX_VALUES));
        let (peak, p) = crate::alloc_count::peak_bytes(|| parse(&wide, Ending::Exited(0), false));
        assert_eq!(p.values.len(), MAX_VALUES);
        assert!(peak < 8 << 20, "the parse held {peak} bytes at once");
    }

    #[test]
    fn values_are_bounded() {
        let out: String = (0..MAX_VALUES + 5).map(|i| format!("v{i} {i}\n")).collect();
        let p = parse(&out, Ending::Exited(0), false);
        assert_eq!((p.values.len(), p.unparsed, p.unparsed_lines.len()), (MAX_VALUES, 5, 5));
    }
}
