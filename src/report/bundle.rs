//! The report's bundle: the scripts' last outputs as a reproducible `tar.gz`.
//!
//! The scripts collector keeps each script's last stdout in `<state-dir>/scripts/<name>`;
//! the bundle holds one file per script, named after it, as vzstats's does. Nothing else:
//! no host name, address, version or time of the node goes in unless a script printed it.
//!
//! Reproducible: names sorted (byte order), every entry a regular file of mode 0644,
//! owned by uid and gid 0 named `root`, with mtime [`MTIME`]; the gzip header carries no
//! file name and time 0. The same outputs give the same bytes, so a receiver (or an
//! operator comparing two months) can tell "unchanged" from the checksum alone.

use anyhow::{bail, Context, Result};
use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::path::Path;

/// Every entry's modification time: the Unix epoch, as no time of the node belongs in it.
pub(crate) const MTIME: u64 = 0;
/// The file name the bundle is sent under.
pub(crate) const FILE_NAME: &str = "gatherer-report.tar.gz";
/// The largest output taken (the scripts collector caps outputs at 1 MiB by default).
const MAX_OUTPUT: u64 = 16 << 20;
/// The most scripts taken, and the most bytes of them in all: a bound on what one report
/// holds in memory.
const MAX_SCRIPTS: usize = 1000;
const MAX_TOTAL: u64 = 64 << 20;

/// One file of the bundle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Entry {
    /// Its name in the archive: the script's.
    pub(crate) name: String,
    pub(crate) data: Vec<u8>,
}

/// What goes out: the files, one per script, in the archive's order, and the archive
/// itself.
pub(crate) struct Bundle {
    pub(crate) entries: Vec<Entry>,
    pub(crate) gz: Vec<u8>,
    /// Files of the outputs' directory left out, and why (said, never fatal).
    pub(crate) left_out: Vec<String>,
}

/// Build the bundle from the outputs in `<state-dir>/scripts` of the scripts that
/// `<state-dir>/scripts.json` lists as running: the output of a script disabled or
/// removed is not sent, even where a file of it is left. An error names the directory or
/// file: none there, none readable, one too large.
pub(crate) fn build(state_dir: &Path) -> Result<Bundle> {
    let listed = listed_scripts(state_dir)?;
    build_from(&state_dir.join(crate::collectors::scripts::NAME), &listed)
}

/// The scripts the collector's state file lists as running.
fn listed_scripts(state_dir: &Path) -> Result<BTreeSet<String>> {
    use crate::collectors::scripts::{ScriptsReading, NAME};
    use crate::state::{State, Trust};
    let path = state_dir.join(format!("{NAME}.json"));
    // The daemon's file: a regular file (not a link) of the state directory's owner.
    let owner = rustix::fs::stat(state_dir).map(|st| st.st_uid).unwrap_or(0);
    match State::<ScriptsReading>::read(&path, NAME, Trust::Owner(owner))? {
        Some(State { reading: Some(r), .. }) => Ok(r.scripts.into_keys().collect()),
        _ => bail!(
            "no script outputs: {} lists no scripts (the daemon's scripts collector writes it: is it on, \
             with scripts in its directory?)",
            path.display()
        ),
    }
}

/// The bundle of the outputs in `dir` of the scripts `listed`.
fn build_from(dir: &Path, listed: &BTreeSet<String>) -> Result<Bundle> {
    let (entries, left_out) = read_outputs(dir, listed)?;
    if entries.is_empty() {
        bail!(
            "no script outputs in {} (the daemon's scripts collector keeps them there: is it on, \
             with scripts in its directory?)",
            dir.display()
        );
    }
    let gz = archive(&entries)?;
    Ok(Bundle { entries, gz, left_out })
}

/// Each script's output, named after it.
type Outputs = Vec<Entry>;

/// The outputs of `dir`, sorted by name: each regular file whose name does not start
/// with a dot (the collector's temp files do) and is `listed`. Anything else is left out
/// with a reason.
///
/// The report runs as root (with `CAP_DAC_READ_SEARCH`) while the directory belongs to
/// the daemon's user, who could plant a link in it or at it: the directory is opened
/// without following a link, and taken only when owned by root or by the state
/// directory's owner and writable by no one else; each file is opened relative to it,
/// without following a link or blocking, and taken only from those same owners.
fn read_outputs(dir: &Path, listed: &BTreeSet<String>) -> Result<(Outputs, Vec<String>)> {
    use rustix::fs::{FileType, Mode, OFlags};
    let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC;
    let fd = match rustix::fs::open(dir, flags, Mode::empty()) {
        Ok(fd) => fd,
        Err(rustix::io::Errno::NOENT) => bail!(
            "no script outputs: {} does not exist (the daemon's scripts collector keeps them there: is it on?)",
            dir.display()
        ),
        Err(e @ (rustix::io::Errno::LOOP | rustix::io::Errno::NOTDIR)) => {
            let link = rustix::fs::lstat(dir).is_ok_and(|st| FileType::from_raw_mode(st.st_mode) == FileType::Symlink);
            match link {
                true => bail!(
                    "{} is a symlink; refusing to follow it (the scripts collector makes a directory there)",
                    dir.display()
                ),
                false => bail!("cannot open the script outputs in {}: {e}", dir.display()),
            }
        }
        Err(e) => bail!("cannot open the script outputs in {}: {e}", dir.display()),
    };
    // The state directory's owner is the daemon's user: the one, besides root, whose
    // files these are.
    let owner = dir.parent().and_then(|p| rustix::fs::stat(p).ok()).map(|st| st.st_uid);
    let st = rustix::fs::fstat(&fd).with_context(|| format!("cannot stat {}", dir.display()))?;
    if let Err(why) = trusted(st.st_uid, owner) {
        bail!("{} {why}; refusing to send what it holds", dir.display());
    }
    if let Err(why) = owner_writable_only(st.st_mode) {
        bail!("{} {why}; refusing to send what it holds", dir.display());
    }
    let listing = rustix::fs::Dir::read_from(&fd).with_context(|| format!("cannot list {}", dir.display()))?;
    let mut names = Vec::new();
    let mut left_out = Vec::new();
    for e in listing {
        let e = e.with_context(|| format!("cannot list the script outputs in {}", dir.display()))?;
        let raw = e.file_name().to_bytes();
        let Ok(name) = std::str::from_utf8(raw) else {
            left_out
                .push(format!("{}: the name is not UTF-8", dir.join(String::from_utf8_lossy(raw).as_ref()).display()));
            continue;
        };
        if name.starts_with('.') {
            continue;
        }
        if !listed.contains(name) {
            left_out.push(format!("{}: not a script that runs (disabled or removed)", dir.join(name).display()));
            continue;
        }
        if names.len() == MAX_SCRIPTS {
            bail!("more than {MAX_SCRIPTS} files in {}; refusing to bundle them all", dir.display());
        }
        names.push(name.to_string());
    }
    names.sort_unstable();
    let mut outputs = Vec::new();
    let mut total = 0u64;
    for name in names {
        let path = dir.join(&name);
        let file = match open_output(&fd, &name, owner) {
            Ok(f) => f,
            Err(None) => continue,
            Err(Some(why)) => {
                left_out.push(format!("{}: {why}", path.display()));
                continue;
            }
        };
        let mut data = Vec::new();
        file.take(MAX_OUTPUT + 1).read_to_end(&mut data).with_context(|| format!("cannot read {}", path.display()))?;
        if data.len() as u64 > MAX_OUTPUT {
            bail!("{} is larger than {MAX_OUTPUT} bytes; refusing to send it", path.display());
        }
        total += data.len() as u64;
        if total > MAX_TOTAL {
            bail!("the script outputs in {} come to more than {MAX_TOTAL} bytes; refusing to send them", dir.display());
        }
        outputs.push(Entry { name, data });
    }
    Ok((outputs, left_out))
}

/// Whether a file of `uid` may go out: root's, or the state directory's owner's.
fn trusted(uid: u32, owner: Option<u32>) -> Result<(), String> {
    match uid == 0 || Some(uid) == owner {
        true => Ok(()),
        false => Err(format!("is owned by uid {uid}, neither root nor the state directory's owner")),
    }
}

/// Whether what has `mode` may go out: its group and others cannot write it.
fn owner_writable_only(mode: u32) -> Result<(), String> {
    let mode = mode & 0o7777;
    match mode & 0o022 {
        0 => Ok(()),
        _ => Err(format!("is group- or world-writable (mode {mode:04o})")),
    }
}

/// The output `name` of the directory `dir`, opened relative to it without following a
/// link or blocking, if it is a regular file of a trusted owner that no one else may
/// write. `Err(None)`: gone since the listing; `Err(Some(why))`: left out.
fn open_output(dir: &rustix::fd::OwnedFd, name: &str, owner: Option<u32>) -> Result<std::fs::File, Option<String>> {
    use rustix::fs::{FileType, Mode, OFlags};
    let flags = OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::NONBLOCK | OFlags::NOCTTY | OFlags::CLOEXEC;
    let fd = match rustix::fs::openat(dir, name, flags, Mode::empty()) {
        Ok(fd) => fd,
        Err(rustix::io::Errno::NOENT) => return Err(None),
        Err(rustix::io::Errno::LOOP) => return Err(Some("is a symlink; refusing it".into())),
        Err(e) => return Err(Some(format!("cannot open it: {e}"))),
    };
    let st = rustix::fs::fstat(&fd).map_err(|e| Some(format!("cannot stat it: {e}")))?;
    let kind = FileType::from_raw_mode(st.st_mode);
    if kind != FileType::RegularFile {
        return Err(Some(format!("is a {kind:?}, not a regular file; left out")));
    }
    trusted(st.st_uid, owner)?;
    owner_writable_only(st.st_mode).map_err(|why| format!("{why}; left out"))?;
    Ok(std::fs::File::from(fd))
}

/// The `tar.gz` of `entries`, in their order, byte for byte the same for the same entries.
pub(crate) fn archive(entries: &[Entry]) -> Result<Vec<u8>> {
    let gz = flate2::GzBuilder::new().mtime(0).write(Vec::new(), flate2::Compression::default());
    let mut tar = tar::Builder::new(gz);
    for e in entries {
        let mut h = tar::Header::new_gnu();
        h.set_entry_type(tar::EntryType::Regular);
        h.set_size(e.data.len() as u64);
        h.set_mode(0o644);
        h.set_uid(0);
        h.set_gid(0);
        h.set_username("root").context("tar header")?;
        h.set_groupname("root").context("tar header")?;
        h.set_mtime(MTIME);
        tar.append_data(&mut h, &e.name, e.data.as_slice())
            .with_context(|| format!("cannot add {} to the bundle", e.name))?;
    }
    let mut gz = tar.into_inner().context("cannot finish the bundle")?;
    gz.flush().context("cannot finish the bundle")?;
    gz.finish().context("cannot finish the bundle")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bundle of every output in `dir`, as if the state file listed them all.
    fn build(dir: &Path) -> Result<Bundle> {
        let listed = std::fs::read_dir(dir)
            .map(|l| l.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect())
            .unwrap_or_default();
        build_from(dir, &listed)
    }

    fn outputs(dir: &Path, files: &[(&str, &str)]) {
        std::fs::create_dir_all(dir).unwrap();
        for (n, t) in files {
            std::fs::write(dir.join(n), t).unwrap();
        }
    }

    #[test]
    fn the_same_outputs_give_the_same_bytes_whatever_their_times_and_order() {
        let a = tempfile::tempdir().unwrap();
        let b = tempfile::tempdir().unwrap();
        outputs(a.path(), &[("b-kernel", "6.1\n"), ("a-os", "debian 12\n")]);
        // Written in the other order, later, with another mode.
        outputs(b.path(), &[("a-os", "debian 12\n")]);
        std::thread::sleep(std::time::Duration::from_millis(1100));
        outputs(b.path(), &[("b-kernel", "6.1\n")]);
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(b.path().join("a-os"), std::fs::Permissions::from_mode(0o600)).unwrap();
        let (x, y) = (build(a.path()).unwrap(), build(b.path()).unwrap());
        assert_eq!(x.gz, y.gz);
        let names: Vec<&str> = x.entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["a-os", "b-kernel"]);
        assert_eq!(x.entries.len(), 2);
        // A changed output changes the bytes.
        outputs(b.path(), &[("b-kernel", "6.2\n")]);
        assert_ne!(build(b.path()).unwrap().gz, x.gz);
    }

    #[test]
    fn the_archive_reads_back_with_fixed_owners_modes_and_times() {
        let dir = tempfile::tempdir().unwrap();
        let long = "x".repeat(150);
        outputs(dir.path(), &[("one", "1\n"), (long.as_str(), "long name\n")]);
        let b = build(dir.path()).unwrap();
        let mut ar = tar::Archive::new(flate2::read::GzDecoder::new(b.gz.as_slice()));
        let mut seen = Vec::new();
        for e in ar.entries().unwrap() {
            let mut e = e.unwrap();
            let h = e.header().clone();
            assert_eq!((h.mode().unwrap(), h.uid().unwrap(), h.gid().unwrap(), h.mtime().unwrap()), (0o644, 0, 0, 0));
            assert_eq!((h.username().unwrap(), h.groupname().unwrap()), (Some("root"), Some("root")));
            let mut text = String::new();
            e.read_to_string(&mut text).unwrap();
            seen.push((e.path().unwrap().display().to_string(), text));
        }
        // One file per script, named after it, and nothing else.
        assert_eq!(seen, [("one".to_string(), "1\n".to_string()), (long, "long name\n".to_string())]);
        // gzip: no file name (FLG 0) and time 0.
        assert_eq!(&b.gz[..8], &[0x1f, 0x8b, 8, 0, 0, 0, 0, 0]);
    }

    /// Temp files are skipped; a symlink or a FIFO is left out with its reason, at once.
    #[test]
    fn only_regular_files_go_in() {
        let dir = tempfile::tempdir().unwrap();
        outputs(dir.path(), &[("ok", "fine\n"), (".ok.0123456789abcdef.tmp", "half")]);
        std::fs::write(dir.path().join("..secret"), "x").unwrap();
        let outside = dir.path().join("..secret");
        std::os::unix::fs::symlink(&outside, dir.path().join("link")).unwrap();
        crate::util::file::mkfifo(&dir.path().join("fifo"));
        std::fs::create_dir(dir.path().join("subdir")).unwrap();
        let started = std::time::Instant::now();
        let b = build(dir.path()).unwrap();
        assert!(started.elapsed() < std::time::Duration::from_secs(2));
        let names: Vec<&str> = b.entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["ok"]);
        let said = b.left_out.join("\n");
        for what in ["fifo", "link", "subdir"] {
            assert!(said.contains(&dir.path().join(what).display().to_string()), "{what}: {said}");
        }
    }

    /// An output that anyone (or its group) could have written is left out, as one of
    /// another user is: what goes out must be what the collector wrote.
    #[test]
    fn a_group_or_world_writable_output_is_left_out() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        outputs(dir.path(), &[("ok", "fine\n"), ("open", "planted\n"), ("shared", "planted\n")]);
        std::fs::set_permissions(dir.path().join("open"), std::fs::Permissions::from_mode(0o666)).unwrap();
        std::fs::set_permissions(dir.path().join("shared"), std::fs::Permissions::from_mode(0o664)).unwrap();
        let b = build(dir.path()).unwrap();
        let names: Vec<&str> = b.entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["ok"]);
        let said = b.left_out.join("\n");
        for what in ["open", "shared"] {
            let path = dir.path().join(what).display().to_string();
            assert!(said.lines().any(|l| l.contains(&path) && l.contains("writable")), "{what}: {said}");
        }
    }

    #[test]
    fn no_outputs_is_an_error_naming_the_directory() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("scripts");
        let err = format!("{:#}", build(&missing).err().unwrap());
        assert!(err.contains(&missing.display().to_string()) && err.contains("scripts collector"), "{err}");
        std::fs::create_dir(&missing).unwrap();
        let err = format!("{:#}", build(&missing).err().unwrap());
        assert!(err.contains("no script outputs"), "{err}");
    }

    #[test]
    fn an_oversized_output_is_refused_naming_it() {
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("big");
        let f = std::fs::File::create(&big).unwrap();
        f.set_len(MAX_OUTPUT + 1).unwrap();
        let err = format!("{:#}", build(dir.path()).err().unwrap());
        assert!(err.contains(&big.display().to_string()) && err.contains("larger than"), "{err}");
    }
}
