//! Passwords: read from owner-only files, never printed.

use anyhow::{bail, Context, Result};
use std::io::Read;
use std::path::Path;

/// A password that never prints (its `Debug` is `Secret(***)`).
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct Secret(String);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(***)")
    }
}

impl Secret {
    /// The password itself, for the one place that sends it.
    pub(crate) fn expose(&self) -> &str {
        &self.0
    }
}

/// Which user the daemon runs as once started (`--user`): a root daemon reads the
/// InfluxDB password before it drops its privileges, and a file that user owns is then
/// its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Switch {
    /// The process stays the user it is.
    Stays,
    /// It will run as this uid.
    To(u32),
}

impl Switch {
    /// The switch `--user NAME` asks for (`None`: none). A name that is no user leaves
    /// only root and the current user as owners (the switch itself then fails, naming it).
    pub(crate) fn to_user(user: Option<&str>) -> Switch {
        match user.map(nix::unistd::User::from_name) {
            Some(Ok(Some(u))) => Switch::To(u.uid.as_raw()),
            _ => Switch::Stays,
        }
    }
}

/// Whether a password file owned by `owner` may be read by a process running as `euid`:
/// root's and the daemon's own user's files only, so nobody else chose the password or
/// can read it.
fn owner_ok(owner: u32, euid: u32, switch: Switch) -> bool {
    owner == 0
        || owner == euid
        || match switch {
            Switch::To(uid) => owner == uid,
            Switch::Stays => false,
        }
}

/// Read the first line of the password file given by `flag`, for a daemon that runs as
/// `switch` says. Refused, with the file
/// named: a symlink (a user could point it at a root-only file and have its first line
/// sent), anything but a regular file (opened without blocking, so a FIFO cannot hang
/// the daemon), a file owned by neither root nor the daemon's user, and one that group
/// or others can read. Owner and mode are checked on the descriptor that is read, so a
/// file swapped in between cannot slip by.
///
/// The way to it is judged too: a directory on the path that is another user's symlink
/// (for root, anyone's but root's: it reads before switching to `--user`, and that user
/// could point a link at a root-only directory), and a file with more than one hard
/// link (another name for a file its owner never meant as this password), are refused.
///
/// A file that cannot be read (permission denied) after one read of it succeeded in
/// this process keeps the secret read then, said once at WARN: a root daemon with
/// `--user` reads its files again at every reload, as that user.
pub(crate) fn read_as(path: &Path, flag: &str, switch: Switch) -> Result<Secret> {
    match read_now(path, flag, switch) {
        Ok(secret) => {
            let mut last = crate::util::sync::lock(&LAST);
            last.retain(|k| k.path != path);
            last.push(Kept { path: path.to_path_buf(), secret: secret.clone(), said: false });
            Ok(secret)
        }
        Err(e) if cannot_read(&e) => {
            let mut last = crate::util::sync::lock(&LAST);
            let Some(k) = last.iter_mut().find(|k| k.path == path) else { return Err(e) };
            if !std::mem::replace(&mut k.said, true) {
                log::warn!(
                    "{flag} {}: {}; keeping what was read before: the file must be readable by the user gatherer \
                     runs as (--user) for a change to it to take effect without a restart",
                    path.display(),
                    e.root_cause()
                );
            }
            Ok(k.secret.clone())
        }
        Err(e) => Err(e),
    }
}

/// A secret read before, by its file.
struct Kept {
    path: std::path::PathBuf,
    secret: Secret,
    /// Whether a failure to read it again was said.
    said: bool,
}

/// The secrets read in this process: a handful of files at most.
static LAST: std::sync::Mutex<Vec<Kept>> = std::sync::Mutex::new(Vec::new());

/// Whether `e` is a permission denied on the way to the file or at it (not a refusal of
/// what the file is).
fn cannot_read(e: &anyhow::Error) -> bool {
    e.chain()
        .any(|c| c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::PermissionDenied))
}

/// Whether a file that holds passwords, opened as `st` says, is private: owned by root or
/// the daemon's user (so nobody else chose what it says) and readable by neither group
/// nor others. An error names the setting and the file.
pub(crate) fn check_private(st: &rustix::fs::Stat, path: &Path, flag: &str, switch: Switch) -> Result<()> {
    let euid = rustix::process::geteuid().as_raw();
    if !owner_ok(st.st_uid, euid, switch) {
        bail!(
            "refusing {flag} {}: owned by uid {}, neither root nor the user gatherer runs as; chown it",
            path.display(),
            st.st_uid
        );
    }
    let mode = st.st_mode & 0o777;
    if mode & 0o077 != 0 {
        bail!("refusing {flag} {}: readable by group or others (mode {mode:04o}); chmod 600 it", path.display());
    }
    Ok(())
}

fn read_now(path: &Path, flag: &str, switch: Switch) -> Result<Secret> {
    let what = || format!("{flag} {}", path.display());
    let euid = rustix::process::geteuid().as_raw();
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        let trusted: &[u32] = if euid == 0 { &[] } else { &[euid] };
        crate::util::file::refuse_foreign_symlinks(dir, trusted).with_context(what)?;
    }
    let (file, st) = crate::util::file::open_regular(path, crate::util::file::Links::Refuse).with_context(what)?;
    if st.st_nlink > 1 {
        bail!(
            "refusing {flag} {}: it has {} names (hard links); a password file must have one",
            path.display(),
            st.st_nlink
        );
    }
    check_private(&st, path, flag, switch)?;
    let mut text = String::new();
    file.take(64 << 10).read_to_string(&mut text).with_context(what)?;
    Ok(Secret(text.lines().next().unwrap_or("").to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Another name for a password file (a hard link), and a directory on the way that is
    /// another user's symlink, are refused: either could hand root's file to whoever made
    /// them. (Root only: it needs a file and a link owned by another user.)
    #[test]
    fn a_hard_link_or_another_users_symlinked_directory_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let p = file(dir.path(), "pw", 0o600);
        let other = dir.path().join("other-name");
        std::fs::hard_link(&p, &other).unwrap();
        let err = format!("{:#}", read(&other, "--x-password-file").unwrap_err());
        assert!(err.contains("hard links") && err.contains("other-name"), "{err}");
        std::fs::remove_file(&other).unwrap();
        assert_eq!(read(&p, "--x-password-file").unwrap().expose(), "pw-3b9e");
        if !rustix::process::geteuid().is_root() {
            return;
        }
        let link = dir.path().join("linked");
        std::os::unix::fs::symlink(dir.path(), &link).unwrap();
        std::os::unix::fs::lchown(&link, Some(65534), None).unwrap();
        let err = format!("{:#}", read(&link.join("pw"), "--x-password-file").unwrap_err());
        assert!(err.contains("--x-password-file") && err.contains("linked"), "{err}");
        // The same link owned by root leads to the file.
        std::os::unix::fs::lchown(&link, Some(0), None).unwrap();
        assert_eq!(read(&link.join("pw"), "--x-password-file").unwrap().expose(), "pw-3b9e");
    }

    fn read(path: &Path, flag: &str) -> Result<Secret> {
        read_as(path, flag, Switch::Stays)
    }
    use std::os::unix::fs::PermissionsExt;

    fn file(dir: &Path, name: &str, mode: u32) -> std::path::PathBuf {
        let p = dir.join(name);
        std::fs::write(&p, "pw-3b9e\nsecond line\n").unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode)).unwrap();
        p
    }

    #[test]
    fn an_owner_only_file_gives_its_first_line() {
        let dir = tempfile::tempdir().unwrap();
        let p = file(dir.path(), "pw", 0o600);
        assert_eq!(read(&p, "--x-password-file").unwrap().expose(), "pw-3b9e");
        let p = file(dir.path(), "ro", 0o400);
        assert_eq!(read(&p, "--x-password-file").unwrap().expose(), "pw-3b9e");
    }

    /// A symlink to an owner-only file is refused, the link named: it could point
    /// anywhere its maker likes, root-only files included.
    #[test]
    fn a_symlink_is_refused_naming_it() {
        let dir = tempfile::tempdir().unwrap();
        let target = file(dir.path(), "pw", 0o600);
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let err = format!("{:#}", read(&link, "--x-password-file").unwrap_err());
        assert!(err.contains("symlink") && err.contains(&link.display().to_string()), "{err}");
        assert!(err.contains("--x-password-file") && !err.contains("pw-3b9e"), "{err}");
    }

    #[test]
    fn a_fifo_or_a_directory_is_refused_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("fifo");
        crate::util::file::mkfifo(&fifo);
        let started = std::time::Instant::now();
        let err = format!("{:#}", read(&fifo, "--x-password-file").unwrap_err());
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
        assert!(err.contains("a FIFO") && err.contains(&fifo.display().to_string()), "{err}");
        let err = format!("{:#}", read(dir.path(), "--x-password-file").unwrap_err());
        assert!(err.contains("a directory"), "{err}");
    }

    #[test]
    fn readable_by_group_or_others_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        for mode in [0o640, 0o604, 0o644] {
            let p = file(dir.path(), &format!("pw{mode:o}"), mode);
            let err = format!("{:#}", read(&p, "--x-password-file").unwrap_err());
            assert!(err.contains(&format!("{mode:04o}")) && err.contains(&p.display().to_string()), "{err}");
            assert!(!err.contains("pw-3b9e"), "{err}");
        }
    }

    /// Root's files and the daemon's user's files only; a root daemon that will switch
    /// to a user also takes that user's files (it reads the password before the switch).
    #[test]
    fn owners_other_than_root_and_the_daemons_user_are_refused() {
        assert!(owner_ok(0, 1000, Switch::Stays));
        assert!(owner_ok(1000, 1000, Switch::Stays));
        assert!(!owner_ok(1001, 1000, Switch::Stays));
        assert!(!owner_ok(1001, 0, Switch::Stays));
        assert!(owner_ok(1001, 0, Switch::To(1001)));
        assert!(!owner_ok(1002, 0, Switch::To(1001)));
        assert!(!owner_ok(1002, 1000, Switch::To(1001)));
    }

    /// The same on a real file, when this test runs as root: a file given to another
    /// user is refused, naming it and the owner, unless the daemon will run as that user.
    #[test]
    fn a_file_of_another_user_is_refused_by_a_root_daemon() {
        if !rustix::process::geteuid().is_root() {
            // The test command runs as root and requires it; elsewhere, said and skipped.
            assert!(std::env::var_os("GATHERER_REQUIRE_PEERS").map_or(true, |v| v != "1"), "needs root");
            eprintln!("skipped: needs root");
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let p = file(dir.path(), "pw", 0o600);
        std::os::unix::fs::chown(&p, Some(65534), None).unwrap();
        let err = format!("{:#}", read(&p, "--x-password-file").unwrap_err());
        assert!(err.contains("uid 65534") && err.contains(&p.display().to_string()), "{err}");
        assert_eq!(read_as(&p, "--x-password-file", Switch::To(65534)).unwrap().expose(), "pw-3b9e");
    }

    /// A reload after `--user` dropped root cannot read a root-owned file again: the
    /// secret read before is kept (a reload must not fail as a whole every logrotate
    /// SIGHUP); a file never read before is still an error. The reads run in a child
    /// process (this test binary, running only this test) that drops its effective uid
    /// between them, as the daemon does: the remembered secrets are per process.
    #[test]
    fn a_file_the_user_cannot_read_at_reload_keeps_the_secret() {
        const CHILD: &str = "GATHERER_TEST_SECRET_CHILD";
        if let Some(dir) = std::env::var_os(CHILD) {
            let dir = std::path::Path::new(&dir);
            let (p, never) = (dir.join("pw"), dir.join("never-read"));
            assert_eq!(read_as(&p, "--x-password-file", Switch::To(65534)).unwrap().expose(), "pw-3b9e");
            let me = nix::unistd::Uid::current();
            nix::unistd::setresuid(me, nix::unistd::Uid::from_raw(65534), me).unwrap();
            assert_eq!(read_as(&p, "--x-password-file", Switch::Stays).unwrap().expose(), "pw-3b9e");
            let e = format!("{:#}", read_as(&never, "--x-password-file", Switch::Stays).unwrap_err());
            assert!(e.contains("never-read") && e.contains("ermission denied"), "{e}");
            return;
        }
        if !rustix::process::geteuid().is_root() {
            assert!(std::env::var_os("GATHERER_REQUIRE_PEERS").map_or(true, |v| v != "1"), "needs root");
            eprintln!("skipped: needs root");
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        file(dir.path(), "pw", 0o600);
        file(dir.path(), "never-read", 0o600);
        let out = std::process::Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "util::secret::tests::a_file_the_user_cannot_read_at_reload_keeps_the_secret"])
            .arg("--test-threads=1")
            .env(CHILD, dir.path())
            .output()
            .unwrap();
        let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        assert!(out.status.success() && text.contains("1 passed"), "{text}");
    }
}
