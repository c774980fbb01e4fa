//! Small helpers every layer uses.

pub mod atomic;
pub mod file;
pub mod lane;
pub mod names;
pub mod secret;
pub mod setting;
pub(crate) mod sync;
pub mod timefmt;
