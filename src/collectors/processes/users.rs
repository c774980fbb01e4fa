//! User names of uids, as psutil's `username()` gives them: the system's user database
//! (`getpwuid_r` through nix, so NSS sources count too), the uid in decimal for a uid
//! with no name. Names are cached and looked up again when `/etc/passwd` changes (one
//! `stat` per snapshot), so a renamed or new user shows at the next snapshot. A lookup
//! that fails (an NSS source such as LDAP unreachable) is not an answer: the last name
//! known (else the uid) stands in, and it is asked again at the next snapshot.

use std::collections::HashMap;
use std::path::PathBuf;

/// Looks a uid up in the user database: its name, `None` for no such user.
type Lookup = fn(u32) -> nix::Result<Option<String>>;

fn getpwuid(uid: u32) -> nix::Result<Option<String>> {
    nix::unistd::User::from_uid(nix::unistd::Uid::from_raw(uid)).map(|u| u.map(|u| u.name))
}

struct Entry {
    name: String,
    /// Whether `name` is the database's answer (else a stand-in after an error).
    sure: bool,
    /// The passwd file's version and the snapshot of the last lookup.
    epoch: u64,
    snapshot: u64,
}

pub(crate) struct Users {
    passwd: PathBuf,
    /// Inode, size and mtime of the passwd file when the cache was last trusted.
    stamp: Option<(u64, i64, i64, i64)>,
    names: HashMap<u32, Entry>,
    lookup: Lookup,
    /// Bumped when the passwd file changes, and at each snapshot.
    epoch: u64,
    snapshot: u64,
}

impl Users {
    pub(crate) fn new() -> Users {
        Users::with(PathBuf::from("/etc/passwd"), getpwuid)
    }

    fn with(passwd: PathBuf, lookup: Lookup) -> Users {
        Users { passwd, stamp: None, names: HashMap::new(), lookup, epoch: 0, snapshot: 0 }
    }

    /// Call once per snapshot: look every name up again if the passwd file changed (then
    /// true).
    pub(crate) fn refresh(&mut self) -> bool {
        self.snapshot += 1;
        let stamp =
            rustix::fs::stat(&self.passwd).ok().map(|st| (st.st_ino, st.st_size, st.st_mtime, st.st_mtime_nsec as i64));
        if stamp == self.stamp {
            return false;
        }
        self.epoch += 1;
        self.stamp = stamp;
        true
    }

    /// The name of `uid`, and whether it is sure (looked up, not a stand-in after an
    /// error of the user database).
    pub(crate) fn lookup(&mut self, uid: u32) -> (&str, bool) {
        let (epoch, snapshot) = (self.epoch, self.snapshot);
        let e = self.names.entry(uid).or_insert_with(|| Entry {
            name: uid.to_string(),
            sure: false,
            epoch,
            snapshot: snapshot.wrapping_sub(1),
        });
        let due = if e.sure { e.epoch != epoch } else { e.snapshot != snapshot };
        if due {
            match (self.lookup)(uid) {
                Ok(Some(name)) => (e.name, e.sure) = (name, true),
                Ok(None) => (e.name, e.sure) = (uid.to_string(), true),
                Err(_) => e.sure = false,
            }
            (e.epoch, e.snapshot) = (epoch, snapshot);
        }
        (&e.name, e.sure)
    }

    pub(crate) fn name(&mut self, uid: u32) -> &str {
        self.lookup(uid).0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;

    thread_local! {
        /// What the fake user database answers next, in order; and how often it was asked.
        static ANSWERS: RefCell<(Vec<nix::Result<Option<String>>>, usize)> = const { RefCell::new((Vec::new(), 0)) };
    }

    fn fake(_: u32) -> nix::Result<Option<String>> {
        ANSWERS.with(|a| {
            let mut a = a.borrow_mut();
            a.1 += 1;
            a.0.remove(0)
        })
    }

    fn answer(r: nix::Result<Option<String>>) {
        ANSWERS.with(|a| a.borrow_mut().0.push(r));
    }

    fn asked() -> usize {
        ANSWERS.with(|a| a.borrow().1)
    }

    #[test]
    fn a_failed_lookup_is_retried_next_snapshot_and_keeps_the_last_name() {
        let dir = tempfile::tempdir().unwrap();
        let passwd = dir.path().join("passwd");
        std::fs::write(&passwd, "a\n").unwrap();
        let mut u = Users::with(passwd.clone(), fake);
        u.refresh();
        // The database fails (an NSS source down): the uid stands in, not for good.
        answer(Err(nix::Error::EIO));
        assert_eq!(u.lookup(1234), ("1234", false));
        assert_eq!(u.lookup(1234), ("1234", false), "asked once a snapshot");
        assert_eq!(asked(), 1);
        u.refresh();
        answer(Ok(Some("alice".into())));
        assert_eq!(u.lookup(1234), ("alice", true));
        u.refresh();
        assert_eq!(u.lookup(1234), ("alice", true));
        assert_eq!(asked(), 2, "a name found is kept");
        // The passwd file changes and the database fails: the last name is kept.
        std::fs::write(&passwd, "ab\n").unwrap();
        assert!(u.refresh());
        answer(Err(nix::Error::EIO));
        assert_eq!(u.lookup(1234), ("alice", false));
        // No such user is an answer, kept until the passwd file changes.
        u.refresh();
        answer(Ok(None));
        assert_eq!(u.lookup(1234), ("1234", true));
        u.refresh();
        assert_eq!(u.lookup(1234), ("1234", true));
        assert_eq!(asked(), 4);
    }
}
