//! What a measurement is once it leaves its collector: typed samples that every output
//! understands (name, labels, value, gauge or counter, unit), beside the collector's own
//! JSON reading that goes to its state file unchanged.

/// Whether a value can go down (gauge) or only grows, but for resets (counter); or is an
/// annotation whose labels are the information and whose value is always 1 (a Prometheus
/// gauge; outputs without labels, Graphite, leave it out); or untyped, as node_exporter
/// declares the raw fields of /proc/vmstat and /proc/net/{netstat,snmp} (counters and
/// gauges mixed, under the file's own names), so a series keeps node_exporter's TYPE.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MetricKind {
    Gauge,
    Counter,
    Info,
    Untyped,
}

/// The unit of a value, for HELP texts and documentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    /// A plain number (a count, a queue length, a flag 0/1).
    Number,
    Percent,
    Seconds,
    Bytes,
    BytesPerSecond,
    PerSecond,
    Celsius,
    Hertz,
}

impl Unit {}

/// A metric family: what every sample of it measures. A family whose members vary (one
/// per `/proc/meminfo` field) is a template: `{}` in `name`, `prom` and `help` stands for
/// the sample's `field`.
#[derive(Debug, PartialEq)]
pub(crate) struct Metric {
    /// Its name within its collector, lower_snake_case: a Graphite path's leaf and an
    /// InfluxDB field name.
    pub(crate) name: &'static str,
    /// Its Prometheus family name: node_exporter's where node_exporter measures the same
    /// quantity in the same unit, `gatherer_<collector>_<name>` otherwise.
    pub(crate) prom: &'static str,
    pub(crate) help: &'static str,
    pub(crate) kind: MetricKind,
    pub(crate) unit: Unit,
}

/// A label of a sample.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Label {
    pub(crate) key: &'static str,
    pub(crate) value: String,
    /// Whether it says *which* thing was measured (a CPU, a disk, a mount point), so it
    /// is part of a Graphite path; descriptive labels (a filesystem's type, a sensor's
    /// label) are not.
    pub(crate) identifies: bool,
}

/// One value of one metric, for one combination of labels (a disk, a CPU and mode).
#[derive(Clone, Debug, PartialEq)]
pub struct Sample {
    pub(crate) metric: &'static Metric,
    /// What fills the `{}` of a template metric.
    pub(crate) field: Option<Box<str>>,
    pub(crate) labels: Vec<Label>,
    pub(crate) value: f64,
}

/// `template` with its first `{}` filled by `field` (or as it is, without a field or a
/// `{}`), as three parts (before, in and after its `{}`): sinks write names a character
/// at a time and need no string of their own.
fn fill_parts<'a>(template: &'static str, field: Option<&'a str>) -> [&'a str; 3] {
    // The field first: most samples have none, and then the template is not searched.
    match field.and_then(|f| Some((f, template.split_once("{}")?))) {
        Some((f, (a, b))) => [a, f, b],
        None => [template, "", ""],
    }
}

impl Sample {
    pub(crate) fn new(metric: &'static Metric, value: f64) -> Sample {
        Sample { metric, field: None, labels: Vec::new(), value }
    }

    /// A sample of a template metric, for `field`.
    pub(crate) fn of_field(metric: &'static Metric, field: &str, value: f64) -> Sample {
        Sample { metric, field: Some(field.into()), labels: Vec::new(), value }
    }

    /// Its name within its collector (the metric's, filled with the field), in parts.
    pub(crate) fn name_parts(&self) -> [&str; 3] {
        fill_parts(self.metric.name, self.field.as_deref())
    }

    /// Its Prometheus family name, in parts.
    pub(crate) fn prom_parts(&self) -> [&str; 3] {
        fill_parts(self.metric.prom, self.field.as_deref())
    }

    /// Its help text, in parts.
    pub(crate) fn help_parts(&self) -> [&str; 3] {
        fill_parts(self.metric.help, self.field.as_deref())
    }

    /// A label that says which thing this is (part of a Graphite path).
    pub(crate) fn label(mut self, key: &'static str, value: impl Into<String>) -> Sample {
        self.labels.push(Label { key, value: value.into(), identifies: true });
        self
    }

    /// A label that only describes the thing (a Prometheus label and an InfluxDB tag,
    /// not part of a Graphite path).
    pub(crate) fn info(mut self, key: &'static str, value: impl Into<String>) -> Sample {
        self.labels.push(Label { key, value: value.into(), identifies: false });
        self
    }
}
