//! Monitoring Plugins threshold ranges and performance data.
//!
//! A range `[@]start:end` alerts when the value is outside start..=end (ends inclusive),
//! or inside it with `@`. `10` means `0:10`, `10:` means `10:` to infinity, `~:10` means
//! minus infinity to 10. Perfdata is `'label'=value[UOM];warn;crit;min;max`, the label
//! always quoted, a quote in it doubled.

use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Range {
    start: f64,
    end: f64,
    inside: bool,
    text: String,
}

impl Range {
    /// `~:limit`: alerts above `limit` (a sensor's own maximum, say).
    pub(crate) fn up_to(limit: f64) -> Range {
        Range { start: f64::NEG_INFINITY, end: limit, inside: false, text: format!("~:{}", number(limit)) }
    }

    /// Whether `value` should raise this range's state.
    pub(crate) fn alerts(&self, value: f64) -> bool {
        let within = self.start <= value && value <= self.end;
        if self.inside {
            within
        } else {
            !within
        }
    }
}

impl fmt::Display for Range {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl FromStr for Range {
    type Err = String;

    fn from_str(s: &str) -> Result<Range, String> {
        let bad = |why: &str| format!("invalid range {s:?}: {why}");
        let (inside, body) = match s.strip_prefix('@') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let num = |t: &str| {
            t.parse::<f64>().map_err(|_| bad(&format!("{t:?} is not a number"))).and_then(|v| {
                if v.is_finite() {
                    Ok(v)
                } else {
                    Err(bad("not a finite number"))
                }
            })
        };
        let (start, end) = match body.split_once(':') {
            None if body.is_empty() => return Err(bad("empty")),
            None => (0.0, num(body)?),
            Some((a, b)) => {
                let start = match a {
                    "~" => f64::NEG_INFINITY,
                    "" => 0.0,
                    a => num(a)?,
                };
                let end = if b.is_empty() { f64::INFINITY } else { num(b)? };
                (start, end)
            }
        };
        if start > end {
            return Err(bad("start is greater than end"));
        }
        Ok(Range { start, end, inside, text: s.to_string() })
    }
}

/// A name from a state file, made safe for a plugin's text: no control characters (a
/// newline would end the one line Nagios reads) and no `|` (which starts perfdata).
pub(crate) fn text_safe(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_control() {
                '?'
            } else if c == '|' {
                '/'
            } else {
                c
            }
        })
        .collect()
}

/// One perfdata item.
pub(crate) fn perfdata(
    label: &str,
    value: f64,
    uom: &str,
    warn: Option<&Range>,
    crit: Option<&Range>,
    min: Option<f64>,
    max: Option<f64>,
) -> String {
    let opt = |r: Option<&Range>| r.map(|r| r.to_string()).unwrap_or_default();
    let num = |v: Option<f64>| v.map(number).unwrap_or_default();
    let item = format!(
        "'{}'={}{uom};{};{};{};{}",
        text_safe(label).replace('\'', "''"),
        number(value),
        opt(warn),
        opt(crit),
        num(min),
        num(max)
    );
    item.trim_end_matches(';').to_string()
}

/// A number as plugins print it: no needless decimals.
pub(crate) fn number(v: f64) -> String {
    // Rounded to 3 decimals, unless that overflows (a planted 1e308 must not print `inf`,
    // which is not perfdata).
    let r = Some((v * 1000.0).round() / 1000.0).filter(|r| r.is_finite()).unwrap_or(v);
    if r.fract() == 0.0 && r.abs() < 1e15 {
        format!("{}", r as i64)
    } else {
        format!("{r}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_print_without_needless_decimals_and_never_as_inf() {
        assert_eq!(number(12.0), "12");
        assert_eq!(number(12.3456), "12.346");
        assert!(!number(1e308).contains("inf") && number(1e308).starts_with("1000"), "{}", number(1e308));
        assert!(!number(-1e308).contains("inf"));
    }

    /// The guideline's table: range, then values that must alert and values that must not.
    #[test]
    fn guideline_examples() {
        let table: &[(&str, &[f64], &[f64])] = &[
            ("10", &[-1.0, 10.1, 11.0], &[0.0, 5.0, 10.0]),
            ("10:", &[-1.0, 9.9], &[10.0, 11.0, 1e12]),
            ("~:10", &[10.1, 11.0], &[-1e12, 0.0, 10.0]),
            ("10:20", &[9.9, 20.1], &[10.0, 15.0, 20.0]),
            ("@10:20", &[10.0, 15.0, 20.0], &[9.9, 20.1]),
            ("@10", &[0.0, 5.0, 10.0], &[-0.1, 10.1]),
            ("0.5:1.5", &[0.4, 1.6], &[0.5, 1.5]),
            ("-5:-1", &[-5.1, 0.0], &[-5.0, -1.0]),
        ];
        for (text, alert, quiet) in table {
            let r: Range = text.parse().unwrap();
            for v in *alert {
                assert!(r.alerts(*v), "{text} should alert on {v}");
            }
            for v in *quiet {
                assert!(!r.alerts(*v), "{text} should not alert on {v}");
            }
        }
    }

    #[test]
    fn bad_ranges_say_why() {
        for bad in ["", "abc", "20:10", "@", "1:x", "inf", "NaN"] {
            let err = bad.parse::<Range>().unwrap_err();
            assert!(err.contains(&format!("{bad:?}")), "{err}");
        }
    }

    #[test]
    fn perfdata_quoting_and_layout() {
        let w: Range = "80".parse().unwrap();
        let c: Range = "95".parse().unwrap();
        assert_eq!(perfdata("sda", 12.3, "%", Some(&w), Some(&c), Some(0.0), Some(100.0)), "'sda'=12.3%;80;95;0;100");
        assert_eq!(perfdata("it's", 4.0, "", None, None, Some(0.0), None), "'it''s'=4;;;0");
        assert_eq!(perfdata("a b=c", 1.25, "", None, None, None, None), "'a b=c'=1.25");
        assert_eq!(number(999840.0), "999840");
        assert_eq!(perfdata("sd\na|b", 1.0, "", None, None, None, None), "'sd?a/b'=1");
        assert_eq!(text_safe("x\r\ny\t|"), "x??y?/");
    }
}
