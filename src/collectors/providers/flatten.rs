//! A provider's JSON answer as two flat maps of numbers: counters and gauges.
//!
//! Tahoe-LAFS (`{"counters": {...}, "stats": {...}}`, each a flat map of dotted names):
//! its counters are counters, its stats gauges. Any other JSON object: nested keys joined
//! with `.`; a name is a counter when its last part ends in `_total` or `_count` or is
//! `total` or `count` (Prometheus's and StatsD's habits), a gauge otherwise, unless the
//! provider's `counter=`/`gauge=` globs say otherwise. `null` is no value (no series);
//! strings, booleans and arrays are left out and counted. The object is walked with an
//! explicit stack, its depth and its number of values bounded.

use super::list::{glob_match, Format, Provider};
use serde_json::Value;
use std::collections::BTreeMap;

/// Deeper objects are left out (counted as skipped): no stats format nests this far.
pub(crate) const MAX_DEPTH: usize = 16;
/// More values than this make the answer an error: a Tahoe node has about a hundred.
pub(crate) const MAX_VALUES: usize = 20_000;
/// The longest name taken (a key, or keys joined with `.`); a longer one is skipped with
/// everything under it. Tahoe's longest is under 60 bytes.
pub(crate) const MAX_NAME: usize = 200;

/// What one answer held.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Flat {
    /// `"tahoe"` or `"json"`: how it was read.
    pub(crate) format: &'static str,
    pub(crate) counters: BTreeMap<String, f64>,
    pub(crate) gauges: BTreeMap<String, f64>,
    /// Strings, booleans, arrays and too-deep objects left out.
    pub(crate) skipped: u64,
}

impl Flat {
    fn put(&mut self, counter: bool, name: String, v: f64) -> Result<(), String> {
        if self.counters.len() + self.gauges.len() >= MAX_VALUES {
            return Err(format!("more than {MAX_VALUES} values; refusing the answer"));
        }
        if counter {
            self.counters.insert(name, v);
        } else {
            self.gauges.insert(name, v);
        }
        Ok(())
    }
}

/// Whether `v` is Tahoe's shape: exactly `counters` and `stats`, both objects.
fn is_tahoe(v: &Value) -> bool {
    v.as_object().is_some_and(|m| {
        m.len() == 2 && m.get("counters").is_some_and(Value::is_object) && m.get("stats").is_some_and(Value::is_object)
    })
}

/// The naming rule for a generic answer's value (see the module's comment).
pub(crate) fn named_counter(name: &str) -> bool {
    let last = name.rsplit('.').next().unwrap_or(name);
    last.ends_with("_total") || last.ends_with("_count") || last == "total" || last == "count"
}

/// Read one answer of provider `p`.
pub(crate) fn parse(body: &[u8], p: &Provider) -> Result<Flat, String> {
    // serde_json bounds its own nesting (128 levels) while parsing.
    let v: Value = serde_json::from_slice(body).map_err(|e| format!("not JSON: {e}"))?;
    if !v.is_object() {
        return Err("not a JSON object".into());
    }
    let tahoe = match p.format {
        Format::Tahoe if !is_tahoe(&v) => return Err("not Tahoe's {\"counters\": {...}, \"stats\": {...}}".into()),
        Format::Tahoe => true,
        Format::Json => false,
        Format::Auto => is_tahoe(&v),
    };
    if tahoe {
        let mut flat = Flat { format: "tahoe", ..Flat::default() };
        for (section, counter) in [("counters", true), ("stats", false)] {
            for (k, v) in v[section].as_object().into_iter().flatten() {
                if k.len() > MAX_NAME {
                    flat.skipped += 1;
                    continue;
                }
                match v {
                    Value::Number(n) => flat.put(counter, k.clone(), n.as_f64().unwrap_or(f64::NAN))?,
                    Value::Null => {}
                    _ => flat.skipped += 1,
                }
            }
        }
        return Ok(flat);
    }
    let mut flat = Flat { format: "json", ..Flat::default() };
    let kind = |name: &str| {
        if p.gauges.iter().any(|g| glob_match(g, name)) {
            false
        } else if p.counters.iter().any(|g| glob_match(g, name)) {
            true
        } else {
            named_counter(name)
        }
    };
    // One frame per level open: its entries, taken one at a time, and the length of its
    // name in `name`. What the walk holds is bounded by MAX_DEPTH and MAX_NAME, not by how
    // many children an object has nor how long its keys are.
    let Value::Object(root) = &v else { return Err("not a JSON object".into()) };
    let mut stack = vec![(root.iter(), 0)];
    let mut name = String::new();
    while let Some((entries, at)) = stack.last_mut() {
        let at = *at;
        let Some((k, child)) = entries.next() else {
            stack.pop();
            continue;
        };
        name.truncate(at);
        let dot = usize::from(at > 0);
        if at + dot + k.len() > MAX_NAME {
            flat.skipped += 1;
            continue;
        }
        if at > 0 {
            name.push('.');
        }
        name.push_str(k);
        match child {
            Value::Object(m) if stack.len() < MAX_DEPTH => stack.push((m.iter(), name.len())),
            Value::Number(n) => flat.put(kind(&name), name.clone(), n.as_f64().unwrap_or(f64::NAN))?,
            Value::Null => {}
            _ => flat.skipped += 1,
        }
    }
    Ok(flat)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn provider(format: Format) -> Provider {
        Provider { name: "n".into(), url: "http://h/".into(), format, counters: vec![], gauges: vec![] }
    }

    #[test]
    fn tahoe_counters_are_counters_stats_gauges_and_null_no_value() {
        let body = br#"{"counters": {"uploader.files_uploaded": 2},
            "stats": {"storage_server.allocated": 0, "storage_server.latencies.get.99_9_percentile": null,
                      "cpu_monitor.1min_avg": 0.25, "node.nickname": "x"}}"#;
        let f = parse(body, &provider(Format::Auto)).unwrap();
        assert_eq!(f.format, "tahoe");
        assert_eq!(f.counters, [("uploader.files_uploaded".to_string(), 2.0)].into());
        assert_eq!(f.gauges.len(), 2, "{f:?}");
        assert_eq!(f.gauges["cpu_monitor.1min_avg"], 0.25);
        assert!(!f.gauges.contains_key("storage_server.latencies.get.99_9_percentile"));
        assert_eq!(f.skipped, 1);
    }

    #[test]
    fn generic_objects_flatten_with_dots_and_type_by_name_unless_overridden() {
        let body = br#"{"http": {"requests_total": 10, "in_flight": 3, "by": {"get_count": 7}},
                        "up": true, "version": "1.2", "list": [1, 2], "gone": null, "total": 4}"#;
        let f = parse(body, &provider(Format::Auto)).unwrap();
        assert_eq!(f.format, "json");
        let c: Vec<&str> = f.counters.keys().map(String::as_str).collect();
        assert_eq!(c, ["http.by.get_count", "http.requests_total", "total"]);
        assert_eq!(f.gauges.keys().collect::<Vec<_>>(), ["http.in_flight"]);
        assert_eq!(f.skipped, 3);
        let mut p = provider(Format::Auto);
        p.counters.push("http.in_*".into());
        p.gauges.push("total".into());
        let f = parse(body, &p).unwrap();
        assert!(f.counters.contains_key("http.in_flight") && f.gauges.contains_key("total"), "{f:?}");
    }

    #[test]
    fn a_forced_format_is_held_to() {
        let tahoe = br#"{"counters": {"a": 1}, "stats": {"b": 2}}"#;
        let f = parse(tahoe, &provider(Format::Json)).unwrap();
        assert_eq!(f.gauges.keys().collect::<Vec<_>>(), ["counters.a", "stats.b"]);
        let e = parse(br#"{"a": 1}"#, &provider(Format::Tahoe)).unwrap_err();
        assert!(e.contains("not Tahoe's"), "{e}");
        assert!(parse(b"[1]", &provider(Format::Auto)).unwrap_err().contains("not a JSON object"));
        assert!(parse(b"<html>", &provider(Format::Auto)).unwrap_err().contains("not JSON"));
    }

    /// A long key above many children (a 4 MiB answer can hold a 100 KB key over 300,000
    /// of them) must not become a copy of that key per child: names are bounded, and the
    /// walk holds no more than one name per level.
    #[test]
    fn a_long_key_over_many_children_is_skipped_not_copied_into_each() {
        let key = "k".repeat(20_000);
        let children: Vec<String> = (0..5000).map(|i| format!("\"a{i}\":{{\"b\":0}}")).collect();
        let body = format!("{{\"{key}\":{{{}}},\"ok\":1}}", children.join(","));
        let (peak, f) = crate::alloc_count::peak_bytes(|| parse(body.as_bytes(), &provider(Format::Auto)));
        let f = f.unwrap();
        assert_eq!(f.gauges.keys().collect::<Vec<_>>(), ["ok"]);
        assert_eq!(f.skipped, 1, "the long key, with everything under it");
        // What the walk adds to the parsed answer is small, whatever the key's length.
        let (tree, _) = crate::alloc_count::peak_bytes(|| serde_json::from_slice::<Value>(body.as_bytes()).unwrap());
        assert!(peak < tree + (1 << 20), "peak {peak} bytes, the parsed answer alone {tree}");
        let long = format!("{{\"counters\": {{\"{key}\": 1}}, \"stats\": {{\"s\": 2}}}}");
        let f = parse(long.as_bytes(), &provider(Format::Auto)).unwrap();
        assert!(f.counters.is_empty() && f.gauges.len() == 1 && f.skipped == 1, "{f:?}");
        let name = "n".repeat(MAX_NAME);
        let f = parse(format!("{{\"{name}\": 1}}").as_bytes(), &provider(Format::Auto)).unwrap();
        assert!(f.gauges.contains_key(&name), "a name of MAX_NAME bytes is taken");
    }

    #[test]
    fn depth_and_size_are_bounded() {
        // 100 levels (serde_json takes up to 128): the part below MAX_DEPTH is skipped.
        let deep = format!("{}1{}", "{\"a\":".repeat(100), "}".repeat(100));
        let f = parse(deep.as_bytes(), &provider(Format::Auto)).unwrap();
        assert!(f.counters.is_empty() && f.gauges.is_empty());
        assert_eq!(f.skipped, 1);
        let many: String =
            format!("{{{}}}", (0..=MAX_VALUES).map(|i| format!("\"k{i}\":1")).collect::<Vec<_>>().join(","));
        assert!(parse(many.as_bytes(), &provider(Format::Auto)).unwrap_err().contains("more than"));
    }
}
