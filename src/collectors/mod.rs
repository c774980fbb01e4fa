//! One module per collector; `crate::registry` lists them.

pub mod diskstats;
pub mod vmware;
pub mod whisper;
