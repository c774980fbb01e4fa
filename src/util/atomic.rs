//! Atomic replacement of small files in directories other users can write to.
//!
//! State files live in `/tmp` and `/dev/shm`, which are world-writable and sticky. The
//! write must never follow a link someone planted, never expose a half-written file to a
//! check, and never hand the file to whoever planted the old one. So: a randomly named
//! temp file created with `O_CREAT|O_EXCL|O_NOFOLLOW` beside the target, mode 0644 set
//! explicitly (the umask must not hide it from the nagios user), fsync (`write_atomic`;
//! `write_snapshot`, for a file rewritten every round, skips it), then `rename`, which
//! replaces a symlink rather than following it.

use anyhow::{bail, Context, Result};
use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

/// Mode of every state file: readable by the checks, whatever user they run as.
pub(crate) const STATE_FILE_MODE: u32 = 0o644;

/// Replace `path` with `contents`, atomically and durably (fsynced before the rename).
///
/// On failure the previous file (if any) is untouched and no temp file is left behind.
pub(crate) fn write_atomic(path: &Path, contents: &[u8]) -> Result<()> {
    replace(path, contents, true)
}

/// As `write_atomic`, without the fsync: for a snapshot rewritten every round (the
/// Prometheus textfile), which a power cut may take back to an older or empty file until
/// the next round rewrites it. A reader still sees a whole file, old or new; the fsync
/// was most of the write's CPU time on a disk filesystem.
pub(crate) fn write_snapshot(path: &Path, contents: &[u8]) -> Result<()> {
    replace(path, contents, false)
}

fn replace(path: &Path, contents: &[u8], durable: bool) -> Result<()> {
    let name = path.file_name().with_context(|| format!("{}: not a file path", path.display()))?;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    crate::util::file::refuse_foreign_symlinks(dir, &[effective_uid()])
        .with_context(|| format!("cannot write {}", path.display()))?;
    let (tmp, mut file) = create_temp(dir, &name.to_string_lossy())?;
    let written = (|| -> io::Result<()> {
        // The umask applied at creation; say the mode again so it is exactly 0644.
        file.set_permissions(fs::Permissions::from_mode(STATE_FILE_MODE))?;
        file.write_all(contents)?;
        if durable {
            file.sync_data()?;
        }
        Ok(())
    })();
    drop(file);
    // The temp file's random name stays out of the message: a persistent failure (a full
    // disk) then reads the same every cycle, and is logged once.
    let renamed = written
        .with_context(|| format!("cannot write a temp file in {} for {}", dir.display(), path.display()))
        .and_then(|()| fs::rename(&tmp, path).map_err(|e| explain_rename(e, path, dir)));
    if renamed.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    renamed
}

/// Create `path` holding `contents` unless something is there already, atomically: the
/// file is written and fsynced under a temp name, then linked to `path`, which fails if
/// the name exists (a symlink included) rather than replacing it. So of two concurrent
/// first runs one creates the file and the other finds it whole, never half-written.
/// Returns whether this call created it.
pub(crate) fn create_exclusive(path: &Path, contents: &[u8]) -> Result<bool> {
    let name = path.file_name().with_context(|| format!("{}: not a file path", path.display()))?;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    crate::util::file::refuse_foreign_symlinks(dir, &[effective_uid()])
        .with_context(|| format!("cannot create {}", path.display()))?;
    let (tmp, mut file) = create_temp(dir, &name.to_string_lossy())?;
    let written = (|| -> io::Result<()> {
        file.set_permissions(fs::Permissions::from_mode(STATE_FILE_MODE))?;
        file.write_all(contents)?;
        file.sync_all()
    })();
    drop(file);
    let linked = written
        .with_context(|| format!("cannot write a temp file in {} for {}", dir.display(), path.display()))
        .and_then(|()| match fs::hard_link(&tmp, path) {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(false),
            Err(e) => Err(anyhow::Error::new(e).context(format!("cannot create {}", path.display()))),
        });
    let _ = fs::remove_file(&tmp);
    if linked.as_ref().is_ok_and(|created| *created) {
        // The new name itself is durable only once its directory is.
        if let Ok(d) = fs::File::open(dir) {
            let _ = d.sync_all();
        }
    }
    linked
}

fn create_temp(dir: &Path, name: &str) -> Result<(PathBuf, fs::File)> {
    // A collision with a name someone guessed is astronomically unlikely, but O_EXCL makes
    // it harmless: try another name.
    for _ in 0..16 {
        let tmp = dir.join(format!(".{name}.{:016x}.tmp", random_u64()));
        match OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(STATE_FILE_MODE)
            .custom_flags(libc::O_NOFOLLOW | libc::O_CLOEXEC)
            .open(&tmp)
        {
            Ok(f) => return Ok((tmp, f)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                bail!("directory {} does not exist", dir.display())
            }
            Err(e) => {
                return Err(e).with_context(|| format!("cannot create a temp file in directory {}", dir.display()))
            }
        }
    }
    bail!("cannot find a free temp file name in {}", dir.display())
}

/// Turn the bare EPERM of a sticky directory into something an operator can act on.
fn explain_rename(err: io::Error, path: &Path, dir: &Path) -> anyhow::Error {
    let planted_by = match (fs::symlink_metadata(path), fs::metadata(dir)) {
        (Ok(target), Ok(d))
            if err.kind() == io::ErrorKind::PermissionDenied
                && d.mode() & libc::S_ISVTX != 0
                && target.uid() != effective_uid() =>
        {
            Some(target.uid())
        }
        _ => None,
    };
    match planted_by {
        Some(uid) => anyhow::anyhow!(
            "cannot replace {}: it belongs to uid {uid}, not to this daemon (uid {}), and {} is \
             sticky, so only its owner or root may replace it; remove it as root or choose \
             another state path",
            path.display(),
            effective_uid(),
            dir.display()
        ),
        None => anyhow::Error::new(err).context(format!("renaming temp file over {}", path.display())),
    }
}

fn effective_uid() -> u32 {
    rustix::process::geteuid().as_raw()
}

fn random_u64() -> u64 {
    let mut buf = [0u8; 8];
    match rustix::rand::getrandom(&mut buf, rustix::rand::GetRandomFlags::NONBLOCK) {
        Ok(8) => u64::from_ne_bytes(buf),
        // Early boot without entropy: the name only needs to be unpredictable enough that
        // O_EXCL retries succeed, so fall back to time, pid and an address.
        _ => {
            let t = crate::util::timefmt::now_unix_ms() as u64;
            t.rotate_left(17) ^ u64::from(std::process::id()) ^ (&buf as *const _ as u64)
        }
    }
}

/// Whether `name` is one of our temp files for the target named `target`:
/// `.TARGET.<16 hex digits>.tmp`.
fn is_our_temp(name: &[u8], target: &[u8]) -> bool {
    let Some(rest) = name.strip_prefix(b".").and_then(|r| r.strip_prefix(target)) else { return false };
    let Some(hex) = rest.strip_prefix(b".").and_then(|r| r.strip_suffix(b".tmp")) else { return false };
    hex.len() == 16 && hex.iter().all(u8::is_ascii_hexdigit)
}

/// Remove the temp files a killed writer left beside `path` (kill -9 between create and
/// rename): only names of our exact pattern, regular files, owned by this user. Returns
/// how many were removed. Run at start, before any write of ours is in flight.
pub(crate) fn remove_stale_temps(path: &Path) -> usize {
    use std::os::unix::ffi::OsStrExt;
    let (Some(target), dir) = (path.file_name(), path.parent().filter(|p| !p.as_os_str().is_empty())) else {
        return 0;
    };
    let dir = dir.unwrap_or(Path::new("."));
    if crate::util::file::refuse_foreign_symlinks(dir, &[effective_uid()]).is_err() {
        return 0;
    }
    let Ok(entries) = fs::read_dir(dir) else { return 0 };
    let me = effective_uid();
    let mut removed = 0;
    for e in entries.flatten() {
        if !is_our_temp(e.file_name().as_bytes(), target.as_bytes()) {
            continue;
        }
        let ours = fs::symlink_metadata(e.path()).is_ok_and(|m| m.file_type().is_file() && m.uid() == me);
        if ours && fs::remove_file(e.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    fn leftovers(dir: &Path) -> Vec<String> {
        fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp"))
            .collect()
    }

    #[test]
    fn creates_and_replaces_with_mode_0644() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("state.json");
        write_atomic(&target, b"one").unwrap();
        write_atomic(&target, b"two").unwrap();
        assert_eq!(fs::read(&target).unwrap(), b"two");
        let meta = fs::metadata(&target).unwrap();
        assert_eq!(meta.mode() & 0o777, 0o644);
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn replaces_a_planted_symlink_without_following_it() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        fs::write(&victim, b"precious").unwrap();
        let target = dir.path().join("state.json");
        symlink(&victim, &target).unwrap();
        write_atomic(&target, b"state").unwrap();
        assert_eq!(fs::read(&victim).unwrap(), b"precious");
        assert!(!fs::symlink_metadata(&target).unwrap().file_type().is_symlink());
        assert_eq!(fs::read(&target).unwrap(), b"state");
    }

    #[test]
    fn replaces_a_dangling_symlink_without_creating_its_target() {
        let dir = tempfile::tempdir().unwrap();
        let elsewhere = dir.path().join("should-not-exist");
        let target = dir.path().join("state.json");
        symlink(&elsewhere, &target).unwrap();
        write_atomic(&target, b"state").unwrap();
        assert!(!elsewhere.exists());
        assert_eq!(fs::read(&target).unwrap(), b"state");
    }

    #[test]
    fn missing_directory_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("nope").join("state.json");
        let err = format!("{:#}", write_atomic(&target, b"x").unwrap_err());
        assert!(err.contains("does not exist"), "{err}");
        assert!(err.contains(&dir.path().join("nope").display().to_string()), "{err}");
    }

    #[test]
    fn a_directory_at_the_target_path_fails_and_leaves_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("state.json");
        fs::create_dir(&target).unwrap();
        fs::write(target.join("inside"), b"x").unwrap();
        let err = format!("{:#}", write_atomic(&target, b"x").unwrap_err());
        assert!(err.contains("state.json"), "{err}");
        assert!(leftovers(dir.path()).is_empty());
        assert!(target.join("inside").exists());
    }

    #[test]
    fn stale_temps_of_this_target_only_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("state.json");
        let ours = dir.path().join(".state.json.0123456789abcdef.tmp");
        let keep = [
            ".state.json.0123456789abcdef.tmp.bak",
            ".other.json.0123456789abcdef.tmp",
            ".state.json.xyz.tmp",
            "state.json.0123456789abcdef.tmp",
        ];
        fs::write(&ours, b"half").unwrap();
        for k in keep {
            fs::write(dir.path().join(k), b"x").unwrap();
        }
        fs::create_dir(dir.path().join(".state.json.fedcba9876543210.tmp")).unwrap();
        assert_eq!(remove_stale_temps(&target), 1);
        assert!(!ours.exists());
        for k in keep {
            assert!(dir.path().join(k).exists(), "{k} kept");
        }
        assert!(dir.path().join(".state.json.fedcba9876543210.tmp").is_dir(), "not a regular file: kept");
    }

    /// Of many concurrent creators exactly one creates the file, and every one of them
    /// then finds the same whole contents; an existing file, or a symlink at the name,
    /// is left as it is.
    #[test]
    fn create_exclusive_makes_one_file_whoever_races() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("uuid");
        let barrier = std::sync::Barrier::new(8);
        let created: Vec<bool> = std::thread::scope(|s| {
            let hs: Vec<_> = (0..8u8)
                .map(|i| {
                    let (t, b) = (&target, &barrier);
                    s.spawn(move || {
                        b.wait();
                        create_exclusive(t, &[b'a' + i; 4096]).unwrap()
                    })
                })
                .collect();
            hs.into_iter().map(|h| h.join().unwrap()).collect()
        });
        assert_eq!(created.iter().filter(|c| **c).count(), 1, "{created:?}");
        let got = fs::read(&target).unwrap();
        assert_eq!(got.len(), 4096);
        assert!(got.iter().all(|b| *b == got[0]), "one writer's whole contents");
        assert_eq!(fs::metadata(&target).unwrap().mode() & 0o777, 0o644);
        assert!(leftovers(dir.path()).is_empty());
        let link = dir.path().join("link");
        symlink(dir.path().join("elsewhere"), &link).unwrap();
        assert!(!create_exclusive(&link, b"x").unwrap());
        assert!(!dir.path().join("elsewhere").exists(), "the link is not followed");
    }

    #[test]
    fn ignores_the_umask() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("state.json");
        let old = rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077));
        let res = write_atomic(&target, b"x");
        rustix::process::umask(old);
        res.unwrap();
        assert_eq!(fs::metadata(&target).unwrap().mode() & 0o777, 0o644);
    }
}
