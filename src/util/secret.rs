//! Passwords: read from owner-only files, never printed.

use anyhow::{bail, Context, Result};
use std::io::Read;
use std::path::Path;

/// A password that never prints (its `Debug` is `Secret(***)`).
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(***)")
    }
}

impl Secret {
    /// The password itself, for the one place that sends it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// Read the first line of the password file given by `flag`, refusing one that group or
/// others can read. The mode is checked on the descriptor that is read, so a file swapped
/// in between cannot slip by.
pub fn read(path: &Path, flag: &str) -> Result<Secret> {
    let what = || format!("{flag} {}", path.display());
    let (file, st) = crate::util::file::open_regular(path, crate::util::file::Links::Follow).with_context(what)?;
    let mode = st.st_mode & 0o777;
    if mode & 0o077 != 0 {
        bail!("refusing {flag} {}: readable by group or others (mode {mode:04o}); chmod 600 it", path.display());
    }
    let mut text = String::new();
    file.take(64 << 10).read_to_string(&mut text).with_context(what)?;
    Ok(Secret(text.lines().next().unwrap_or("").to_string()))
}
