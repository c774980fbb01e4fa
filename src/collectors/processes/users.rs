//! User names of uids, as psutil's `username()` gives them: the system's user database
//! (`getpwuid_r` through nix, so NSS sources count too), the uid in decimal for a uid
//! with no name. Names are cached, and the cache is dropped when `/etc/passwd` changes
//! (one `stat` per snapshot), so a renamed or new user shows at the next snapshot.

use std::collections::HashMap;
use std::path::PathBuf;

pub(crate) struct Users {
    passwd: PathBuf,
    /// Inode, size and mtime of the passwd file when the cache was last trusted.
    stamp: Option<(u64, i64, i64, i64)>,
    names: HashMap<u32, String>,
}

impl Users {
    pub(crate) fn new() -> Users {
        Users { passwd: PathBuf::from("/etc/passwd"), stamp: None, names: HashMap::new() }
    }

    /// Call once per snapshot: forget every name if the passwd file changed (then true).
    pub(crate) fn refresh(&mut self) -> bool {
        let stamp =
            rustix::fs::stat(&self.passwd).ok().map(|st| (st.st_ino, st.st_size, st.st_mtime, st.st_mtime_nsec as i64));
        if stamp == self.stamp {
            return false;
        }
        self.names.clear();
        self.stamp = stamp;
        true
    }

    pub(crate) fn name(&mut self, uid: u32) -> &str {
        self.names.entry(uid).or_insert_with(|| match nix::unistd::User::from_uid(nix::unistd::Uid::from_raw(uid)) {
            Ok(Some(u)) => u.name,
            _ => uid.to_string(),
        })
    }
}
