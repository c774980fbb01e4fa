//! Per-second rates of named kernel counters between two readings, for the checks and
//! munin graphs of collectors that keep raw counters (vmstat, netstat). A counter that
//! went down (a reset, or a file that is no longer the same) gives no rate for that
//! window, never a negative one.

use std::collections::BTreeMap;
use std::time::Instant;

/// The previous values of the counters followed, and when they were read.
#[derive(Default)]
pub(crate) struct Rates {
    last: Option<(Instant, Vec<Option<f64>>)>,
}

impl Rates {
    /// The rates of `names` (looked up in `now`) since the previous call: `None` on the
    /// first call; a name missing from either reading, or whose counter went down, is
    /// left out.
    pub(crate) fn step(
        &mut self,
        at: Instant,
        names: &[&str],
        now: &BTreeMap<String, f64>,
    ) -> Option<BTreeMap<String, f64>> {
        let values: Vec<Option<f64>> = names.iter().map(|n| now.get(*n).copied()).collect();
        let (then, old) = self.last.replace((at, values.clone()))?;
        let secs = at.duration_since(then).as_secs_f64();
        if secs <= 0.0 {
            return None;
        }
        let mut out = BTreeMap::new();
        for ((name, old), new) in names.iter().zip(old).zip(values) {
            if let (Some(old), Some(new)) = (old, new) {
                if new >= old {
                    // Rounded to the millionth: the state file need not carry float noise.
                    out.insert(name.to_string(), ((new - old) / secs * 1e6).round() / 1e6);
                }
            }
        }
        Some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn rates_skip_the_first_reading_and_counters_that_went_down() {
        let t0 = Instant::now();
        let mut r = Rates::default();
        let m = |a: f64, b: f64| BTreeMap::from([("a".to_string(), a), ("b".to_string(), b)]);
        assert_eq!(r.step(t0, &["a", "b", "c"], &m(10.0, 50.0)), None);
        let got = r.step(t0 + Duration::from_secs(2), &["a", "b", "c"], &m(30.0, 40.0)).unwrap();
        assert_eq!(got, BTreeMap::from([("a".to_string(), 10.0)]), "b went down, c never existed");
        let got = r.step(t0 + Duration::from_secs(4), &["a", "b"], &m(30.0, 44.0)).unwrap();
        assert_eq!(got, BTreeMap::from([("a".to_string(), 0.0), ("b".to_string(), 2.0)]));
    }
}
