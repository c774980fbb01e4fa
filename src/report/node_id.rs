//! This node's UUID: a random (version 4) UUID made at the first submission, kept in a
//! file, and sent with every report, so that the receiver can tell one node's reports
//! from another's without any name or address of the node.
//!
//! Sixteen random bytes and a fixed text form: written here rather than taken from the
//! `uuid` crate, which would bring a second random-number source (getrandom) beside
//! rustix's, already in the build.

use anyhow::{bail, Context, Result};
use std::path::Path;

/// A UUID in its canonical form: 36 characters, lower case, dashes at 8, 13, 18, 23.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct NodeId(String);

impl NodeId {
    pub(crate) fn as_str(&self) -> &str {
        &self.0
    }

    /// A new random UUID (version 4, RFC 9562 variant). Waits for the kernel's random
    /// pool at early boot rather than make a guessable one.
    pub(crate) fn random() -> Result<NodeId> {
        let mut b = [0u8; 16];
        let mut filled = 0;
        while filled < b.len() {
            match rustix::rand::getrandom(&mut b[filled..], rustix::rand::GetRandomFlags::empty()) {
                Ok(n) => filled += n,
                Err(rustix::io::Errno::INTR) => {}
                Err(e) => return Err(e).context("cannot read random bytes for a UUID (getrandom)"),
            }
        }
        b[6] = (b[6] & 0x0f) | 0x40;
        b[8] = (b[8] & 0x3f) | 0x80;
        Ok(NodeId(format(&b)))
    }

    /// The UUID in `text` (one line; surrounding white space ignored): the canonical
    /// 8-4-4-4-12 hex form, either case. Any version is taken, so a UUID carried over
    /// from another tool (vzstats's, say) keeps the node's identity.
    pub(crate) fn parse(text: &str) -> Option<NodeId> {
        let t = text.trim();
        let ok = t.len() == 36
            && t.bytes().enumerate().all(|(i, c)| match i {
                8 | 13 | 18 | 23 => c == b'-',
                _ => c.is_ascii_hexdigit(),
            });
        ok.then(|| NodeId(t.to_ascii_lowercase()))
    }
}

fn format(b: &[u8; 16]) -> String {
    let mut s = String::with_capacity(36);
    for (i, byte) in b.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            s.push('-');
        }
        s.push_str(&format!("{byte:02x}"));
    }
    s
}

/// The UUID kept in `path`, or `None` when there is no file yet. Anything else there (a
/// symlink, a FIFO, text that is no UUID) is an error naming the file: it is never
/// silently replaced, as the node would then report as a new one. Remove the file to
/// have a new UUID made.
pub(crate) fn read(path: &Path) -> Result<Option<NodeId>> {
    let what = || format!("--report-uuid-file {}", path.display());
    let bytes = match crate::util::file::open_regular(path, crate::util::file::Links::Refuse) {
        Ok((f, _)) => {
            use std::io::Read;
            let mut buf = Vec::new();
            f.take(4096).read_to_end(&mut buf).with_context(what)?;
            buf
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e).with_context(what),
    };
    match std::str::from_utf8(&bytes).ok().and_then(NodeId::parse) {
        Some(id) => Ok(Some(id)),
        None => bail!(
            "{} holds no UUID (expected one line like 0f8fad5b-d9cb-469f-a165-70867728950e); \
             remove it to have a new one made, which makes this node a new one to the receiver",
            what()
        ),
    }
}

/// The UUID kept in `path`, made (and its directory, one level) when there is none yet.
/// Two first runs at once agree: the file is created whole or not at all, and the one
/// that loses reads the winner's.
pub(crate) fn load_or_create(path: &Path) -> Result<NodeId> {
    if let Some(id) = read(path)? {
        return Ok(id);
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty() && !d.exists()) {
        use std::os::unix::fs::DirBuilderExt;
        match std::fs::DirBuilder::new().mode(0o755).create(dir) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e).with_context(|| format!("cannot create directory {}", dir.display())),
        }
    }
    let id = NodeId::random()?;
    crate::util::atomic::create_exclusive(path, format!("{}\n", id.as_str()).as_bytes())
        .with_context(|| format!("--report-uuid-file {}", path.display()))?;
    read(path)?.with_context(|| format!("--report-uuid-file {} vanished as it was made", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn random_ids_are_version_4_and_differ() {
        let a = NodeId::random().unwrap();
        let b = NodeId::random().unwrap();
        assert_ne!(a, b);
        for id in [&a, &b] {
            let s = id.as_str();
            assert_eq!(NodeId::parse(s).as_ref(), Some(id), "{s}");
            assert_eq!(&s[14..15], "4", "{s}");
            assert!("89ab".contains(&s[19..20]), "{s}");
            assert_eq!(s, s.to_ascii_lowercase());
        }
    }

    #[test]
    fn parse_takes_the_canonical_form_only() {
        let id = NodeId::parse(" 0F8FAD5B-D9CB-469F-A165-70867728950E\n").unwrap();
        assert_eq!(id.as_str(), "0f8fad5b-d9cb-469f-a165-70867728950e");
        for bad in [
            "",
            "0f8fad5bd9cb469fa16570867728950e",
            "{0f8fad5b-d9cb-469f-a165-70867728950e}",
            "0f8fad5b-d9cb-469f-a165-70867728950",
            "0f8fad5b-d9cb-469f-a165-70867728950g",
            "0f8fad5b-d9cb-469f-a165-70867728950e\nsecond",
            "0f8fad5b_d9cb-469f-a165-70867728950e",
        ] {
            assert!(NodeId::parse(bad).is_none(), "{bad:?}");
        }
    }

    #[test]
    fn made_once_then_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lib").join("uuid");
        assert_eq!(read(&path).unwrap(), None);
        let first = load_or_create(&path).unwrap();
        assert_eq!(load_or_create(&path).unwrap(), first);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), format!("{}\n", first.as_str()));
        use std::os::unix::fs::MetadataExt;
        assert_eq!(std::fs::metadata(&path).unwrap().mode() & 0o777, 0o644);
    }

    /// Several first runs at once: every one ends with the same UUID.
    #[test]
    fn concurrent_first_runs_agree() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("uuid");
        let barrier = std::sync::Barrier::new(6);
        let ids: Vec<NodeId> = std::thread::scope(|s| {
            let hs: Vec<_> = (0..6)
                .map(|_| {
                    s.spawn(|| {
                        barrier.wait();
                        load_or_create(&path).unwrap()
                    })
                })
                .collect();
            hs.into_iter().map(|h| h.join().unwrap()).collect()
        });
        assert!(ids.iter().all(|i| *i == ids[0]), "{ids:?}");
    }

    /// A corrupt file is an error naming it, and is left alone.
    #[test]
    fn a_corrupt_file_is_an_error_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("uuid");
        std::fs::write(&path, "not-a-uuid\n").unwrap();
        let err = format!("{:#}", load_or_create(&path).unwrap_err());
        assert!(err.contains(&path.display().to_string()) && err.contains("holds no UUID"), "{err}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "not-a-uuid\n");
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&path, &link).unwrap();
        let err = format!("{:#}", read(&link).unwrap_err());
        assert!(err.contains("symlink") && err.contains(&link.display().to_string()), "{err}");
    }
}
