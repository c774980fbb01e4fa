//! The outputs: the JSON state file of each collector (always on), and the sinks an
//! operator configures.

pub mod state_file;
