//! Small helpers every layer uses.

pub mod atomic;
pub(crate) mod crew;
pub mod file;
pub(crate) mod http;
pub mod names;
pub(crate) mod rates;
pub mod secret;
pub mod setting;
pub(crate) mod sync;
pub(crate) mod text;
pub mod timefmt;
