//! One module per collector; `crate::registry` lists them.

pub mod diskstats;
pub mod whisper;
