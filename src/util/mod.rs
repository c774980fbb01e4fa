//! Small helpers every layer uses: safe file reads.

pub mod file;
