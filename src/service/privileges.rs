//! Switching to an unprivileged user for good, before any thread starts.

use anyhow::{anyhow, bail, Context, Result};
use nix::unistd::{Gid, Uid};

/// uid, gid and name of `user` (and of `group`, if given, else the user's own group).
pub(super) fn lookup_user(user: &str, group: Option<&str>) -> Result<(u32, u32, std::ffi::CString)> {
    let pw = nix::unistd::User::from_name(user)
        .with_context(|| format!("--user {user}: cannot look it up"))?
        .ok_or_else(|| anyhow!("--user {user}: no such user"))?;
    let gid = match group {
        None => pw.gid,
        Some(g) => {
            nix::unistd::Group::from_name(g)
                .with_context(|| format!("--group {g}: cannot look it up"))?
                .ok_or_else(|| anyhow!("--group {g}: no such group"))?
                .gid
        }
    };
    let name = std::ffi::CString::new(user).context("--user has a NUL byte")?;
    Ok((pw.uid.as_raw(), gid.as_raw(), name))
}

/// Become `uid`/`gid` for good, and prove root cannot be regained; refuse to go on
/// otherwise. Runs before any thread starts: these calls change only the calling thread
/// in the kernel, and glibc spreads them to others only when they exist.
pub(super) fn drop_privileges(uid: u32, gid: u32, name: &std::ffi::CStr) -> Result<()> {
    let (uid_, gid_) = (Uid::from_raw(uid), Gid::from_raw(gid));
    if nix::unistd::getuid() == uid_ && nix::unistd::geteuid() == uid_ {
        return Ok(());
    }
    let who = || format!("cannot switch to user {} (uid {uid})", name.to_string_lossy());
    nix::unistd::initgroups(name, gid_).with_context(|| format!("{}: initgroups", who()))?;
    nix::unistd::setgid(gid_).with_context(|| format!("{}: setgid", who()))?;
    nix::unistd::setuid(uid_)
        .with_context(|| format!("{}: setuid; refusing to run with the current privileges", who()))?;
    if nix::unistd::getuid() != uid_ || nix::unistd::geteuid() != uid_ {
        bail!("{}: still uid {}; refusing to run", who(), nix::unistd::geteuid());
    }
    if uid != 0 && nix::unistd::setuid(Uid::from_raw(0)).is_ok() {
        bail!("could regain root after switching to uid {uid}; refusing to run");
    }
    log::info!("running as {} (uid {uid}, gid {gid})", name.to_string_lossy());
    Ok(())
}
