//! Validating one setting's raw value, with errors that name the flag, its variable and
//! the value, so an operator can find it whether it came from a flag, the environment or
//! the env file.

use std::time::Duration;

/// A setting with a bad value: which flag, and what was wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadSetting {
    /// The long flag, without dashes (`diskstats-interval`).
    pub flag: String,
    pub message: String,
}

impl std::fmt::Display for BadSetting {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for BadSetting {}

/// `GATHERER_DISKSTATS_INTERVAL` for `diskstats-interval`.
pub(crate) fn variable(flag: &str) -> String {
    format!("GATHERER_{}", flag.trim_start_matches('-').replace('-', "_").to_uppercase())
}

/// `invalid value "soon" for --diskstats-interval (GATHERER_DISKSTATS_INTERVAL): why`.
pub(crate) fn bad(flag: &str, value: &str, why: &str) -> BadSetting {
    BadSetting {
        flag: flag.to_string(),
        message: format!("invalid value {value:?} for --{flag} ({}): {why}", variable(flag)),
    }
}

/// A positive number of seconds, fractions allowed (tests use short windows), at most a day.
pub(crate) fn seconds(flag: &str, value: &str) -> Result<Duration, BadSetting> {
    match value.trim().parse::<f64>() {
        Ok(s) if (0.01..=86_400.0).contains(&s) => Ok(Duration::from_secs_f64(s)),
        _ => Err(bad(flag, value, "expected a number of seconds from 0.01 to 86400")),
    }
}

pub(crate) fn count(flag: &str, value: &str, range: std::ops::RangeInclusive<usize>) -> Result<usize, BadSetting> {
    match value.trim().parse::<usize>() {
        Ok(n) if range.contains(&n) => Ok(n),
        _ => Err(bad(flag, value, &format!("expected a whole number from {} to {}", range.start(), range.end()))),
    }
}

/// `64M`, `1G`, `500000`: a size in bytes within `range` (K, M, G are powers of 1024),
/// the same spelling for every size setting (spool, history, script output).
pub(crate) fn bytes_in(flag: &str, value: &str, range: std::ops::RangeInclusive<u64>) -> Result<u64, BadSetting> {
    let v = value.trim();
    let (num, mult) = match v.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((i, _)) => {
            let unit = v[i..].trim().to_ascii_uppercase();
            let mult: u64 = match unit.trim_end_matches("IB").trim_end_matches('B') {
                "K" => 1 << 10,
                "M" => 1 << 20,
                "G" => 1 << 30,
                "" => 1,
                _ => return Err(bad(flag, value, "expected a number of bytes, with K, M or G")),
            };
            (&v[..i], mult)
        }
        None => (v, 1),
    };
    match num.parse::<u64>().ok().and_then(|n| n.checked_mul(mult)) {
        Some(n) if range.contains(&n) => Ok(n),
        _ if *range.end() == u64::MAX => Err(bad(
            flag,
            value,
            &format!("expected a number of bytes of at least {}, with K, M or G", short_size(*range.start())),
        )),
        _ => Err(bad(
            flag,
            value,
            &format!(
                "expected a number of bytes from {} to {}, with K, M or G",
                short_size(*range.start()),
                short_size(*range.end())
            ),
        )),
    }
}

/// `65536` as `64K`: a bound in an error as the operator would write it.
fn short_size(n: u64) -> String {
    for (suffix, shift) in [("G", 30), ("M", 20), ("K", 10)] {
        if n >= 1 << shift && n % (1 << shift) == 0 {
            return format!("{}{suffix}", n >> shift);
        }
    }
    n.to_string()
}

pub(crate) fn boolean(flag: &str, value: &str) -> Result<bool, BadSetting> {
    match value.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Ok(true),
        "" | "0" | "false" | "no" | "off" => Ok(false),
        _ => Err(bad(flag, value, "expected 1/0, true/false, yes/no or on/off")),
    }
}

/// A value as it may be shown or logged: a URL's `user:password@` part replaced by
/// `***@`, and the value of a password parameter in its query (`p=`, as InfluxDB takes
/// one, or a name holding `pass`, `pwd`, `token`, `key`, `secret`, `auth`, `sig`,
/// `session` or `cred`) by `***`. Every URL of a list (`a=http://...,b=http://...`,
/// separated by commas or blanks) is redacted on its own.
pub(crate) fn redact_url(value: &str) -> String {
    let mut out = String::new();
    let mut start = 0;
    let is_sep = |c: char| c == ',' || c.is_whitespace();
    for (i, c) in value.char_indices().filter(|&(_, c)| is_sep(c)) {
        let next = i + c.len_utf8();
        let piece_end = value[next..].find(is_sep).map_or(value.len(), |j| next + j);
        // A new URL starts after this separator: what came before is one URL's text.
        if i >= start && split_scheme(&value[next..piece_end]).is_some() {
            out.push_str(&redact(&value[start..i], is_credential));
            out.push(c);
            start = next;
        }
    }
    out.push_str(&redact(&value[start..], is_credential));
    out
}

/// Whether a query parameter's name says its value is a credential.
fn is_credential(name: &str) -> bool {
    let k = name.to_ascii_lowercase();
    k == "p" || CREDENTIAL_WORDS.iter().any(|w| k.contains(w))
}

/// Parts of a query parameter's name that say its value is a credential.
const CREDENTIAL_WORDS: [&str; 9] = ["pass", "pwd", "token", "key", "secret", "auth", "sig", "session", "cred"];

/// As [`redact_url`] for one URL, with every query value replaced by `***`: for a URL
/// whose query is not ours to know (a receiver's, which may carry a token under any name).
pub(crate) fn redact_url_query(value: &str) -> String {
    redact(value, |_| true)
}

/// Schemes whose `:` a URL parser (WHATWG's, as `reqwest::Url`) may follow with any
/// number of `/` or `\`, none included, before the authority: `http:u:pw@h` is
/// `http://u:pw@h`, password and all.
const SPECIAL_SCHEMES: [&str; 6] = ["http", "https", "ws", "wss", "ftp", "file"];

/// `value` cut after its scheme and the separator that follows (`a=http://`, `http:\\`),
/// and the rest, when it reads as a URL with an authority.
fn split_scheme(value: &str) -> Option<(&str, &str)> {
    if let Some(i) = value.find("://") {
        return Some((&value[..i + 3], &value[i + 3..]));
    }
    let colon = value.find(':')?;
    // Leading blanks and control characters are dropped by the parser.
    let scheme = value[..colon].rsplit('=').next().unwrap_or("").trim_start_matches(|c: char| c <= ' ');
    if !SPECIAL_SCHEMES.iter().any(|s| s.eq_ignore_ascii_case(scheme)) {
        return None;
    }
    let after = colon + 1;
    let sep = value[after..].find(|c| c != '/' && c != '\\').map_or(value.len(), |j| after + j);
    Some((&value[..sep], &value[sep..]))
}

fn redact(value: &str, secret: impl Fn(&str) -> bool) -> String {
    let Some((scheme, rest)) = split_scheme(value) else { return value.to_string() };
    // A password may hold a raw `/`, `?` or `#` (never valid, but typed): the authority
    // then seems to end early and holds no `@`. An `@` further on with a `:` before it is
    // then taken as the user part's end (over-masking a query's `user:x@y` is harmless).
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let at = rest[..host_end].rfind('@').or_else(|| rest.find('@').filter(|&at| rest[..at].contains(':')));
    let rest = match at {
        Some(at) => format!("***@{}", &rest[at + 1..]),
        None => rest.to_string(),
    };
    let Some(q) = rest.find('?') else { return format!("{scheme}{rest}") };
    let (query, fragment) = match rest[q + 1..].find('#') {
        Some(h) => (&rest[q + 1..q + 1 + h], &rest[q + 1 + h..]),
        None => (&rest[q + 1..], ""),
    };
    let masked: Vec<String> = query
        .split('&')
        .map(|param| match param.split_once('=') {
            Some((k, _)) if secret(k) => format!("{k}=***"),
            _ => param.to_string(),
        })
        .collect();
    format!("{scheme}{}?{}{fragment}", &rest[..q], masked.join("&"))
}

/// An optional text setting: empty means unset (an env file line `KEY=` unsets it).
pub(crate) fn text(value: &Option<String>) -> Option<String> {
    value.clone().filter(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A password with a raw `/`, `?` or `#` is masked whole.
    #[test]
    fn a_password_that_breaks_the_url_is_masked_whole() {
        for pw in ["pa/ss", "pa?ss", "pa#ss", "12/ab"] {
            let shown = redact_url(&format!("a=http://u:{pw}@h:8080/statistics?t=json"));
            assert!(!shown.contains(pw) && !shown.contains("ss@") && !shown.contains("ab@"), "{shown}");
            assert!(shown.contains("***@h:8080/statistics"), "{shown}");
        }
    }

    /// A URL parser takes `http:u:pw@h`, `http:/u:pw@h` and `http:\\u:pw@h` as
    /// `http://u:pw@h` (and sends the password): shown, they hold no password either.
    #[test]
    fn a_special_scheme_without_its_slashes_is_masked_too() {
        for url in [
            "http:u:s3cret@h:1/x",
            "HTTPS:/u:s3cret@h/x",
            "http:\\\\u:s3cret@h/x",
            "https:\\/u:s3cret@h",
            " https:u:s3cret@h",
        ] {
            assert!(reqwest::Url::parse(url).unwrap().password() == Some("s3cret"), "{url}");
            for shown in [redact_url(url), redact_url_query(url), redact_url(&format!("a={url} format=json"))] {
                assert!(!shown.contains("s3cret") && shown.contains("***@h"), "{url}: {shown}");
            }
        }
        assert_eq!(redact_url("a=http:u:s3cret@h:1/,b=http:v:t0p@h:2/"), "a=http:***@h:1/,b=http:***@h:2/");
        // Not a URL that carries credentials: left as it is.
        assert_eq!(redact_url("host:8080"), "host:8080");
        assert_eq!(redact_url("counter=a:b@c"), "counter=a:b@c");
    }

    #[test]
    fn every_url_of_a_list_is_redacted() {
        assert_eq!(
            redact_url("a=http://u:s3cret@h:1/,b=http://v:t0p@h:2/ format=json"),
            "a=http://***@h:1/,b=http://***@h:2/ format=json"
        );
        assert_eq!(redact_url("http://h/write?db=x&p=a,b"), "http://h/write?db=x&p=***");
        assert_eq!(redact_url("plain, words"), "plain, words");
    }

    #[test]
    fn seconds_accepts_fractions_and_names_the_variable_on_error() {
        assert_eq!(seconds("diskstats-interval", "2.5").unwrap(), Duration::from_millis(2500));
        for bad_value in ["0", "-1", "abc", "", "NaN", "1e9"] {
            let err = seconds("diskstats-interval", bad_value).unwrap_err().to_string();
            assert!(err.contains("--diskstats-interval") && err.contains("GATHERER_DISKSTATS_INTERVAL"), "{err}");
            assert!(err.contains(&format!("{bad_value:?}")), "{err}");
        }
    }

    #[test]
    fn urls_are_redacted_for_display() {
        assert_eq!(redact_url("https://u:hunter2@vc.example/sdk"), "https://***@vc.example/sdk");
        assert_eq!(redact_url("https://vc.example/sdk?a=b@c"), "https://vc.example/sdk?a=b@c");
        assert_eq!(redact_url("nonsense"), "nonsense");
        assert_eq!(
            redact_url("http://h:8086/write?db=x&u=me&p=hunter2&rp=w"),
            "http://h:8086/write?db=x&u=me&p=***&rp=w"
        );
        assert_eq!(redact_url("http://h/write?p=hunter2"), "http://h/write?p=***");
        assert_eq!(redact_url("https://u:pw@h/x?Password=pw2#p=frag"), "https://***@h/x?Password=***#p=frag");
        assert_eq!(redact_url("http://h/write?db=x&pp=1&p"), "http://h/write?db=x&pp=1&p");
        assert_eq!(
            redact_url("https://h/r?access_token=t&API_KEY=k&db=x&X-Amz-Signature=s"),
            "https://h/r?access_token=***&API_KEY=***&db=x&X-Amz-Signature=***"
        );
        assert_eq!(redact_url_query("https://u:pw@h/r?site=a&t=b#f"), "https://***@h/r?site=***&t=***#f");
    }

    #[test]
    fn booleans() {
        assert!(boolean("debug", "1").unwrap());
        assert!(boolean("debug", "Yes").unwrap());
        assert!(!boolean("debug", "0").unwrap());
        assert!(boolean("debug", "maybe").unwrap_err().to_string().contains("GATHERER_DEBUG"));
    }
}
