//! gatherer: a background helper daemon for monitoring hosts. Collectors measure slow
//! or awkward things on their own schedule; the daemon writes each result atomically to
//! a small JSON state file that monitoring checks read, and hands every sample to the
//! outputs an operator configures.
//!
//! Layers, and which way they depend: `app` (command line, plan, dispatch) uses all the
//! others and nothing uses it; `service` (pidfile, detach, signals, logging) runs a plan
//! on the `engine` (scheduling, isolation, samples, the sink contract); `collectors` and
//! `sinks` build on the engine and `state` (the state-file contract); `checks` read state
//! files; `report` (the usage report) reads the scripts collector's outputs; `util` is
//! used by all.

/// A line to stdout, as `println!` writes it, except that one that cannot be written (a
/// full disk, a reader gone) is not a panic: a check's or `status`'s exit status still
/// says what it found.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

pub mod app;
pub mod checks;
pub mod collectors;
pub mod engine;
pub(crate) mod report;
pub mod service;
pub mod sinks;
pub mod state;
pub mod util;

/// The version `--version` prints.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
/// `--version` with the commit and build date (set by build.rs).
pub(crate) const LONG_VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (commit ",
    env!("GATHERER_COMMIT"),
    ", built ",
    env!("GATHERER_BUILD_DATE"),
    ")"
);

#[cfg(test)]
mod alloc_count;
