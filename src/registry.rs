//! The only place that names every collector. Adding a collector means adding its module
//! and one line here.

use crate::collector::Spec;
use crate::collectors::{diskstats, vmware, whisper};
use crate::settings::Settings;

struct Entry {
    name: &'static str,
    /// Whether it runs when `--collectors` is not given.
    by_default: bool,
    spec: fn(&Settings) -> Spec,
}

const ENTRIES: &[Entry] = &[
    Entry { name: diskstats::NAME, by_default: true, spec: diskstats::spec },
    Entry { name: whisper::NAME, by_default: true, spec: whisper::spec },
    Entry { name: vmware::NAME, by_default: true, spec: vmware::spec },
];

/// Every collector name, in the order they are run and shown.
pub fn names() -> impl Iterator<Item = &'static str> {
    ENTRIES.iter().map(|e| e.name)
}

pub fn default_names() -> Vec<&'static str> {
    ENTRIES.iter().filter(|e| e.by_default).map(|e| e.name).collect()
}

/// Specs of the enabled collectors.
pub fn specs(settings: &Settings) -> Vec<Spec> {
    ENTRIES.iter().filter(|e| settings.collectors.contains(&e.name)).map(|e| (e.spec)(settings)).collect()
}
