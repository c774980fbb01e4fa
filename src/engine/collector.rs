//! The one small trait every collector implements, and what the engine carries from a
//! collector to the outputs. A collector only measures: it knows nothing of state files,
//! schedules, envelopes or outputs.

use super::sample::Sample;
use anyhow::{Context, Result};
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// What one collector measures, as it appears in its state file beside the envelope.
pub trait Reading: Serialize + DeserializeOwned + Send + Sync + 'static {
    /// One short human line for `gatherer once` and `gatherer show`.
    fn summary(&self) -> String;
    /// The reading as typed samples, for every output but the state file.
    fn samples(&self, out: &mut Vec<Sample>);

    /// Whether its fields, and those of every struct inside it, are declared in the
    /// order the state file sorts them (alphabetical) and its maps are sorted ones: then
    /// its state-file text is encoded straight, without the tree of values that sorts
    /// the keys. Its golden file (tests/golden.rs) holds it to the sorted bytes.
    const SORTED: bool = false;
}

pub trait Collector: Send + 'static {
    type Reading: Reading;

    /// Take one measurement. `Ok(None)` means there is nothing to report yet (a rate
    /// needs a second sample): nothing is written, and it is asked again next interval.
    fn collect(&mut self) -> Result<Option<Self::Reading>>;
}

/// Set when a collector's work is no longer wanted (stop, or a reload that changed its
/// settings): long work (a whisper scan) checks it and gives up early.
#[derive(Clone, Default, Debug)]
pub(crate) struct Cancel(Arc<AtomicBool>);

impl Cancel {
    pub(crate) fn cancel(&self) {
        self.0.store(true, Ordering::Relaxed);
    }

    #[cfg(test)]
    pub(crate) fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }

    /// The flag itself, for code that polls it in a hot loop.
    pub(crate) fn flag(&self) -> Arc<AtomicBool> {
        self.0.clone()
    }
}

/// A reading as the engine carries it: its state-file fields, its summary, its samples.
#[derive(Clone, Debug, PartialEq)]
pub struct Measured {
    /// The reading's fields as the state file writes them: a JSON object, pretty-printed.
    /// Text, not a tree of JSON values: each collector's latest reading is kept for the
    /// daemon's life, and a tree takes several times the text's heap.
    pub fields: Box<str>,
    pub summary: String,
    pub samples: Vec<Sample>,
}

impl Measured {
    pub fn of<R: Reading>(reading: &R) -> Result<Self> {
        // Through a tree of values, dropped at once: its maps sort the keys at every
        // level, as the state files (and their golden files) always had them.
        let fields = if R::SORTED {
            serde_json::to_string_pretty(reading).context("encoding reading")?
        } else {
            let tree = serde_json::to_value(reading).context("encoding reading")?;
            if !tree.is_object() {
                anyhow::bail!("reading encoded as {tree}, not an object");
            }
            serde_json::to_string_pretty(&tree).context("encoding reading")?
        };
        let fields = fields.into_boxed_str();
        let mut samples = Vec::new();
        reading.samples(&mut samples);
        Ok(Measured { fields, summary: reading.summary(), samples })
    }
}

/// Object-safe face of a `Collector`, so the engine can hold any of them.
pub(crate) trait DynCollector: Send {
    fn collect(&mut self) -> Result<Option<Measured>>;
}

impl<C: Collector> DynCollector for C {
    fn collect(&mut self) -> Result<Option<Measured>> {
        match Collector::collect(self)? {
            Some(r) => Measured::of(&r).map(Some),
            None => Ok(None),
        }
    }
}
