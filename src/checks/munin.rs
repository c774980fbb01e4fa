//! The munin plugin protocol, generic over graphs: `autoconf`, `config`, and the values.
//! Each collector says what its graph shows (`Graph`); stale or missing data is `U`
//! (unknown), never an old value passed off as new.

use super::{default_max_age, latest, text_safe};
use crate::engine::collector::Reading;
use crate::state::{State, StateSource, Trust};

/// One line of a graph.
pub(crate) struct Field {
    /// The munin field name; made safe (`[A-Za-z_][A-Za-z0-9_]*`) on output.
    pub(crate) name: String,
    pub(crate) label: String,
    pub(crate) value: Option<f64>,
    /// Whether `warning`/`critical` (munin's plugin environment, or the graph's
    /// defaults) apply to it: the main figures, not totals.
    pub(crate) thresholds: bool,
    /// Its own limits (a sensor's max and crit), shown when `thresholds` is not set.
    pub(crate) limits: (Option<f64>, Option<f64>),
    /// munin's `draw` (`AREA`, `STACK`); munin's default, a line, when `None`.
    pub(crate) draw: Option<&'static str>,
    /// Whether munin draws it (`graph no` when not: still stored, and still checked
    /// against its warning and critical).
    pub(crate) drawn: bool,
}

impl Field {
    pub(crate) fn new(name: impl Into<String>, label: impl Into<String>, value: Option<f64>) -> Field {
        Field {
            name: name.into(),
            label: label.into(),
            value,
            thresholds: false,
            limits: (None, None),
            draw: None,
            drawn: true,
        }
    }

    /// Drawn as `draw` (`AREA` for the first of a stack, `STACK` for the rest).
    pub(crate) fn draw(mut self, draw: &'static str) -> Field {
        self.draw = Some(draw);
        self
    }

    /// Kept off the graph (`graph no`).
    pub(crate) fn not_drawn(mut self) -> Field {
        self.drawn = false;
        self
    }

    pub(crate) fn with_thresholds(mut self) -> Field {
        self.thresholds = true;
        self
    }

    /// Its own warning and critical upper limits.
    pub(crate) fn with_limits(mut self, warning: Option<f64>, critical: Option<f64>) -> Field {
        self.limits = (warning, critical);
        self
    }
}

/// One munin graph of one collector's state file.
pub(crate) struct Graph<R> {
    /// The name the plugin is linked as in munin's plugins directory.
    pub(crate) link: &'static str,
    pub(crate) title: &'static str,
    pub(crate) vlabel: &'static str,
    pub(crate) category: &'static str,
    pub(crate) args: &'static str,
    /// Thresholds shown on the graph unless munin's plugin environment sets `warning`
    /// and `critical` (empty: none).
    pub(crate) warning: &'static str,
    pub(crate) critical: &'static str,
    /// Its fields, from a reading (`None`: no fresh data, so every value is unknown).
    pub(crate) fields: fn(Option<&R>) -> Vec<Field>,
    /// `autoconf`'s answer once the state file exists: `Err(why)` to say no.
    pub(crate) autoconf: fn(Option<&R>) -> Result<(), String>,
}

/// `autoconf` for a graph that any readable state file can feed.
pub(crate) fn always<R>(_reading: Option<&R>) -> Result<(), String> {
    Ok(())
}

/// The registry's face of a graph.
pub trait DynGraph: Sync {
    /// The name it is installed as (a wildcard plugin's ends in `_`).
    fn link(&self) -> &'static str;
    /// Whether it draws the graph linked as `link`: its own name, or for a family of
    /// graphs (a wildcard plugin, graphs defined in a file) any of theirs.
    fn answers_to(&self, link: &str) -> bool {
        link == self.link()
    }
    /// munin's answer to `action` (`config`, `autoconf`, `suggest`, or none for the
    /// values) for the graph linked as `link`.
    fn answer(&self, link: &str, action: Option<&str>, src: &StateSource) -> Result<String, String>;
}

/// A munin field name: `[a-zA-Z_][a-zA-Z0-9_]*`.
pub fn field_name(name: &str) -> String {
    let mut f: String = name.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
    if !f.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
        f.insert(0, '_');
    }
    f
}

/// Each field's munin name, in order. Names from the system (users, mounts, guests) can
/// be one munin name once made safe (`john.doe` and `john-doe`): each after the first
/// gets `_2`, `_3` ..., so every one keeps its line, the same in config and fetch (both
/// list the fields in the state file's order).
pub(crate) fn field_names(fields: &[Field]) -> Vec<String> {
    let mut taken = std::collections::HashSet::new();
    fields
        .iter()
        .map(|f| {
            let name = crate::util::names::first_free(&field_name(&f.name), |n| taken.contains(n));
            taken.insert(name.clone());
            name
        })
        .collect()
}

impl<R: Reading> DynGraph for Graph<R> {
    fn link(&self) -> &'static str {
        self.link
    }

    fn answer(&self, _link: &str, action: Option<&str>, src: &StateSource) -> Result<String, String> {
        let mut out = String::new();
        let mut line = |s: String| {
            out.push_str(&s);
            out.push('\n');
        };
        let limit = |name: &str, default: &str| std::env::var(name).unwrap_or_else(|_| default.to_string());
        match action {
            Some("autoconf") => {
                // "yes" only for a state file this user can read and parse: a FIFO, a
                // directory or an unreadable file there would give no values.
                let answer = match State::<R>::read(&src.path, src.collector, Trust::Anyone) {
                    Err(e) => format!("no ({})", text_safe(&format!("{e:#}"))),
                    Ok(None) => format!("no ({}: no such file; is gatherer running?)", src.path.display()),
                    Ok(Some(r)) => match (self.autoconf)(r.reading.as_ref()) {
                        Ok(()) => "yes".into(),
                        Err(why) => format!("no ({why})"),
                    },
                };
                line(answer);
            }
            Some("config") => {
                let (warn, crit) = (limit("warning", self.warning), limit("critical", self.critical));
                line(format!("graph_title {}", self.title));
                line(format!("graph_vlabel {}", self.vlabel));
                line(format!("graph_category {}", self.category));
                line(format!("graph_args {}", self.args));
                line("graph_info Read from gatherer's state file by gatherer munin.".into());
                let r = State::<R>::read(&src.path, src.collector, Trust::Anyone).ok().flatten();
                let fields = (self.fields)(r.as_ref().and_then(|s| s.reading.as_ref()));
                for (f, name) in fields.iter().zip(field_names(&fields)) {
                    line(format!("{name}.label {}", text_safe(&f.label)));
                    line(format!("{name}.min 0"));
                    if let Some(draw) = f.draw {
                        line(format!("{name}.draw {draw}"));
                    }
                    if !f.drawn {
                        line(format!("{name}.graph no"));
                    }
                    if f.thresholds && !warn.is_empty() {
                        line(format!("{name}.warning {warn}"));
                    }
                    if f.thresholds && !crit.is_empty() {
                        line(format!("{name}.critical {crit}"));
                    }
                    if let (false, Some(w)) = (f.thresholds, f.limits.0) {
                        line(format!("{name}.warning {}", super::number(w)));
                    }
                    if let (false, Some(c)) = (f.thresholds, f.limits.1) {
                        line(format!("{name}.critical {}", super::number(c)));
                    }
                }
            }
            None | Some("fetch") => {
                // Stale data: the fields its graph has (a filesystem, a sensor), each U.
                let r = latest::<R>(src, default_max_age(src.interval));
                let fresh = r.as_ref().is_some_and(|(_, fresh)| *fresh);
                let fields = (self.fields)(r.as_ref().map(|(r, _)| r));
                for (f, name) in fields.iter().zip(field_names(&fields)) {
                    let v = f.value.filter(|_| fresh).map(super::number).unwrap_or_else(|| "U".into());
                    line(format!("{name}.value {v}"));
                }
            }
            Some(other) => return Err(format!("unknown munin action {other:?} (config, autoconf, or none)")),
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    /// Values by name, as a collector's state file has a user's or a mount's.
    #[derive(serde::Serialize, serde::Deserialize)]
    struct Named {
        values: BTreeMap<String, f64>,
    }

    impl Reading for Named {
        fn summary(&self) -> String {
            String::new()
        }
        fn samples(&self, _out: &mut Vec<crate::engine::sample::Sample>) {}
    }

    fn named_fields(r: Option<&Named>) -> Vec<Field> {
        r.map(|r| r.values.iter().map(|(n, v)| Field::new(n, n, Some(*v))).collect()).unwrap_or_default()
    }

    const NAMED: Graph<Named> = Graph {
        link: "gatherer_named",
        title: "t",
        vlabel: "v",
        category: "c",
        args: "",
        warning: "",
        critical: "",
        fields: named_fields,
        autoconf: always,
    };

    /// Names that are one munin name once made safe (users `john.doe` and `john-doe`,
    /// mounts `/srv/a-b` and `/srv/a_b`) are each a line of the graph, not the first
    /// alone: the others were left out of config and fetch alike, without a word.
    #[test]
    fn names_made_alike_each_keep_a_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("named.json");
        let now = crate::util::timefmt::now_unix_ms() / 1000;
        let s = serde_json::json!({
            "schema": 1, "collector": "named", "host": "h", "status": "ok", "error": null,
            "measured_at": "2026-11-22T03:00:00Z", "measured_at_unix": now, "attempted_at_unix": now,
            "duration_ms": 1, "values": {"john-doe": 1.0, "john.doe": 2.0, "john_doe": 3.0, "john_doe_2": 4.0}
        });
        std::fs::write(&path, serde_json::to_vec(&s).unwrap()).unwrap();
        let src = StateSource { collector: "named", path, interval: std::time::Duration::from_secs(60) };
        let config = NAMED.answer("gatherer_named", Some("config"), &src).unwrap();
        let labels: Vec<&str> = config.lines().filter(|l| l.contains(".label ")).collect();
        assert_eq!(
            labels,
            [
                "john_doe.label john-doe",
                "john_doe_2.label john.doe",
                "john_doe_3.label john_doe",
                "john_doe_2_2.label john_doe_2"
            ],
            "{config}"
        );
        let fetch = NAMED.answer("gatherer_named", None, &src).unwrap();
        assert_eq!(fetch, "john_doe.value 1\njohn_doe_2.value 2\njohn_doe_3.value 3\njohn_doe_2_2.value 4\n");
    }
}
