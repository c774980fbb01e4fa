//! The one small trait every collector implements, and the type-erased `Spec` the runner
//! schedules. A collector only measures: it knows nothing of state files, schedules or
//! the envelope, which the runner adds.

use crate::state::{State, Trust};
use anyhow::{Context, Result};
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// What one collector measures, as it appears in its state file beside the envelope.
pub trait Reading: Serialize + DeserializeOwned + Send + 'static {
    /// One short human line for `gatherer once` and `gatherer show`.
    fn summary(&self) -> String;
}

pub trait Collector: Send + 'static {
    type Reading: Reading;

    /// Take one measurement. `Ok(None)` means there is nothing to report yet (a rate
    /// needs a second sample): the runner writes nothing and asks again next interval.
    fn collect(&mut self) -> Result<Option<Self::Reading>>;
}

/// A reading as the runner carries it: already in its state-file shape, plus its summary.
#[derive(Clone, Debug, PartialEq)]
pub struct Measured {
    pub fields: serde_json::Map<String, serde_json::Value>,
    pub summary: String,
}

impl Measured {
    fn of<R: Reading>(reading: &R) -> Result<Self> {
        let fields = match serde_json::to_value(reading).context("encoding reading")? {
            serde_json::Value::Object(map) => map,
            other => anyhow::bail!("reading encoded as {other}, not an object"),
        };
        Ok(Measured { fields, summary: reading.summary() })
    }
}

/// Object-safe face of a `Collector`, so the runner can hold any of them.
pub trait DynCollector: Send {
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

type Factory = Box<dyn Fn() -> Result<Box<dyn DynCollector>> + Send + Sync>;

/// Everything the runner needs to schedule one collector.
pub struct Spec {
    pub name: &'static str,
    pub interval: Duration,
    /// A cycle that has not answered after this long is abandoned and reported as hung.
    pub timeout: Duration,
    pub state_path: PathBuf,
    make: Factory,
    read: fn(&Path, &str, Trust) -> Result<Option<State<Measured>>>,
}

impl Spec {
    pub fn new<C: Collector>(
        name: &'static str,
        interval: Duration,
        state_path: PathBuf,
        make: impl Fn() -> Result<C> + Send + Sync + 'static,
    ) -> Spec {
        Spec {
            name,
            interval,
            timeout: default_timeout(interval),
            state_path,
            make: Box::new(move || Ok(Box::new(make()?) as Box<dyn DynCollector>)),
            read: read_typed::<C::Reading>,
        }
    }

    /// A fresh collector instance (at start, and after one panicked or hung).
    pub fn make(&self) -> Result<Box<dyn DynCollector>> {
        (self.make)()
    }

    /// Read this collector's state file through its own reading type.
    pub fn read_state(&self, trust: Trust) -> Result<Option<State<Measured>>> {
        (self.read)(&self.state_path, self.name, trust)
    }
}

/// Twice the interval, but never under a minute: slow trees and slow servers are normal.
fn default_timeout(interval: Duration) -> Duration {
    (interval * 2).max(Duration::from_secs(60))
}

fn read_typed<R: Reading>(path: &Path, name: &str, trust: Trust) -> Result<Option<State<Measured>>> {
    let Some(state) = State::<R>::read(path, name, trust)? else {
        return Ok(None);
    };
    let reading = state.reading.as_ref().map(Measured::of).transpose()?;
    Ok(Some(State { envelope: state.envelope, reading }))
}
