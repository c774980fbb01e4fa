//! gatherer: a background helper daemon for monitoring hosts. Collectors measure slow
//! or awkward things on their own schedule; the daemon writes each result atomically to
//! a small JSON state file that monitoring checks read.

pub mod atomic;
pub mod check;
pub mod cli;
pub mod collector;
pub mod collectors;
pub mod daemon;
pub mod envfile;
pub mod logger;
pub mod registry;
pub mod runner;
pub mod settings;
pub mod show;
pub mod state;
pub mod timefmt;
pub mod util;
