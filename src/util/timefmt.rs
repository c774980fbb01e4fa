//! UTC timestamps for state files and log lines.
//!
//! The daemon only ever formats "now" or a stored Unix time, so a 20-line civil-date
//! conversion beats pulling a date-time crate into a binary that must stay small.

use std::time::{SystemTime, UNIX_EPOCH};

/// Milliseconds since the Unix epoch, by the wall clock.
pub fn now_unix_ms() -> i64 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_millis() as i64,
        // A clock set before 1970 is a broken host; report it as negative time rather than panic.
        Err(e) => -(e.duration().as_millis() as i64),
    }
}

/// `2026-11-22T02:53:35Z` for a Unix time in seconds.
pub fn rfc3339(unix_s: i64) -> String {
    let (date, secs_of_day) = split_day(unix_s);
    format!("{date}T{}Z", hms(secs_of_day))
}

/// `2026-11-22T02:53:35.123Z` for a Unix time in milliseconds (log lines).
pub(crate) fn rfc3339_ms(unix_ms: i64) -> String {
    let (date, secs_of_day) = split_day(unix_ms.div_euclid(1000));
    format!("{date}T{}.{:03}Z", hms(secs_of_day), unix_ms.rem_euclid(1000))
}

fn hms(secs_of_day: i64) -> String {
    format!("{:02}:{:02}:{:02}", secs_of_day / 3600, secs_of_day / 60 % 60, secs_of_day % 60)
}

fn split_day(unix_s: i64) -> (String, i64) {
    let days = unix_s.div_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    (format!("{y:04}-{m:02}-{d:02}"), unix_s.rem_euclid(86_400))
}

/// `2026-11-22`: the UTC date of a day counted from 1970-01-01 (a Unix time's
/// `div_euclid(86_400)`).
pub(crate) fn date(day: i64) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The day count of a `YYYY-MM-DD` date, exactly as [`date`] writes it (`None` for any
/// other text: `2026-2-1`, `2026-02-30`).
pub(crate) fn day_of_date(text: &str) -> Option<i64> {
    let b = text.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<i64> {
        b[r].iter().try_fold(0i64, |n, c| c.is_ascii_digit().then(|| n * 10 + i64::from(c - b'0')))
    };
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let (y, m, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // H. Hinnant's days_from_civil; a date past its month's end comes back as another
    // text, and is refused.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let day = era * 146_097 + doe - 719_468;
    (date(day) == text).then_some(day)
}

/// `42 s`, `5 min`, `3 h`, `2 d`.
pub(crate) fn age(secs: u64) -> String {
    match secs {
        s if s < 120 => format!("{s} s"),
        s if s < 7200 => format!("{} min", s / 60),
        s if s < 172_800 => format!("{} h", s / 3600),
        s => format!("{} d", s / 86_400),
    }
}

/// Proleptic Gregorian date of a day count since 1970-01-01 (H. Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_known_instants() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        // `date -u -d @951782400` = leap day of a century leap year.
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(rfc3339(1_795_315_999), "2026-11-22T02:53:19Z");
        assert_eq!(rfc3339(-1), "1969-12-31T23:59:59Z");
        assert_eq!(rfc3339_ms(1_795_315_999_007), "2026-11-22T02:53:19.007Z");
    }

    #[test]
    fn dates_and_back() {
        assert_eq!(date(0), "1970-01-01");
        assert_eq!(date(951_782_400 / 86_400), "2000-02-29");
        assert_eq!(date(-1), "1969-12-31");
        for day in [-1, 0, 11_016, 20_000, 2_932_896] {
            assert_eq!(day_of_date(&date(day)), Some(day), "{}", date(day));
        }
        for bad in ["2026-02-30", "2026-2-01", "2026-13-01", "2026-00-10", "20260201", "2026-02-01x", "２026-02-01"] {
            assert_eq!(day_of_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn ages() {
        assert_eq!(age(5), "5 s");
        assert_eq!(age(600), "10 min");
        assert_eq!(age(10_800), "3 h");
    }

    #[test]
    fn agrees_with_gnu_date() {
        // Pairs printed by `date -u -d @T +%Y-%m-%dT%H:%M:%SZ`.
        for (t, want) in [
            (4_102_444_799, "2099-12-31T23:59:59Z"),
            (1_709_164_800, "2024-02-29T00:00:00Z"),
            (1_234_567_890, "2009-02-13T23:31:30Z"),
            (2_147_483_647, "2038-01-19T03:14:07Z"),
            (253_402_300_799, "9999-12-31T23:59:59Z"),
        ] {
            assert_eq!(rfc3339(t), want, "unix time {t}");
        }
    }
}
