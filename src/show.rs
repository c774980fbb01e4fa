//! `gatherer show`: what each state file holds and how old it is, for a human.

use crate::collector::Spec;
use crate::state::Status;
use crate::timefmt::now_unix_ms;
use anyhow::Result;
use std::io::Write;

/// Print every collector's state; `Ok(false)` when a file is missing or unreadable.
pub fn print(specs: &[Spec], out: &mut impl Write) -> Result<bool> {
    let now = now_unix_ms().div_euclid(1000);
    let mut all_good = true;
    for spec in specs {
        writeln!(out, "{}: {}", spec.name, spec.state_path.display())?;
        match spec.read_state(crate::state::Trust::Anyone) {
            Ok(None) => {
                all_good = false;
                writeln!(out, "  never written (no such file): is the daemon running?")?;
            }
            Err(e) => {
                all_good = false;
                writeln!(out, "  UNREADABLE: {e:#}")?;
            }
            Ok(Some(state)) => {
                let env = &state.envelope;
                let status = match env.status {
                    Status::Ok => "ok".to_string(),
                    Status::Error => format!("ERROR: {}", env.error.as_deref().unwrap_or("?")),
                };
                writeln!(out, "  status: {status}")?;
                writeln!(out, "  last attempt {}, took {} ms", ago(now, env.attempted_at_unix), env.duration_ms)?;
                match (&env.measured_at, env.measured_at_unix, &state.reading) {
                    (Some(at), Some(t), Some(r)) => {
                        writeln!(out, "  measured at {at} ({}): {}", ago(now, t), r.summary)?
                    }
                    _ => writeln!(out, "  no good measurement yet")?,
                }
            }
        }
    }
    Ok(all_good)
}

/// `42 s`, `5 min`, `3 h`, `2 d`.
pub fn age(secs: u64) -> String {
    match secs {
        s if s < 120 => format!("{s} s"),
        s if s < 7200 => format!("{} min", s / 60),
        s if s < 172_800 => format!("{} h", s / 3600),
        s => format!("{} d", s / 86_400),
    }
}

/// `42 s ago`, or `5 min in the future (clock skew?)` for a time ahead of `now`.
pub fn ago(now: i64, t: i64) -> String {
    match crate::state::age_at(now, t) {
        Ok(a) => format!("{} ago", age(a)),
        Err(ahead) => format!("{} in the future: a clock stepped back, or not gatherer's file", age(ahead)),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn ages() {
        assert_eq!(super::age(5), "5 s");
        assert_eq!(super::age(600), "10 min");
        assert_eq!(super::age(10_800), "3 h");
        assert_eq!(super::ago(100, 95), "5 s ago");
        assert!(super::ago(100, 100 + 7200).starts_with("2 h in the future"));
        assert!(super::ago(100, i64::MIN).ends_with(" d ago"));
    }
}
