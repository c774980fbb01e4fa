//! The daemon's resident memory: what glibc's allocator keeps. Measured with
//! benches/footprint.sh (see docs/design.md, "Footprint").

/// glibc's malloc gives threads arenas of their own (up to eight per core), each keeping
/// freed memory. The daemon's threads allocate little and seldom at once: one arena is
/// enough. An operator's `MALLOC_ARENA_MAX` (or `glibc.malloc.arena_max` in
/// `GLIBC_TUNABLES`) wins. Call before any thread starts.
pub fn one_malloc_arena() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    let tuned = std::env::var("GLIBC_TUNABLES").is_ok_and(|t| t.contains("arena_max"));
    if std::env::var_os("MALLOC_ARENA_MAX").is_none() && !tuned {
        // SAFETY: mallopt only sets a tunable of glibc's allocator; M_ARENA_MAX is one it
        // knows, and it may be changed at any time (it bounds arenas created later).
        unsafe {
            libc::mallopt(libc::M_ARENA_MAX, 1);
        }
    }
}

/// The tunable that turns off glibc's per-thread caches of freed chunks.
pub const NO_THREAD_CACHES: &str = "glibc.malloc.tcache_count=0";

/// In the environment of the start again, and taken out by it at once: there is at most
/// one, even where glibc drops the tunable from the environment (a set-user-ID or
/// file-capability start: `AT_SECURE`), which would otherwise start it again forever.
const STARTED_AGAIN: &str = "GATHERER_STARTED_AGAIN";

/// glibc's malloc keeps freed small chunks in a cache per thread (tcache: up to seven of
/// each size), for that thread to reuse. With some 25 threads that each free their own mix
/// of sizes, those caches only fill up: the daemon's heap grew from 0.65 to 0.9 MiB in
/// fifteen minutes, still growing, while what it had in use stayed at 0.3 MiB (valgrind's
/// massif); without them the heap stays at 0.5 MiB (docs/design.md, "Footprint"). glibc
/// takes that setting only from `GLIBC_TUNABLES` as a program starts, so the daemon starts
/// itself again, once, before anything else, with it added. An operator's own
/// `glibc.malloc.tcache_count` wins. `execve` keeps the signals held back (std's
/// `Command::exec` would release them for an instant) and the pid. Should the exec fail
/// (no /proc), the daemon goes on with the caches: it costs memory, nothing else.
/// Call while the process has a single thread (it changes the environment).
pub fn without_thread_caches(args: &[std::ffi::OsString]) {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        use std::ffi::CString;
        use std::os::unix::ffi::OsStrExt;
        if std::env::var_os(STARTED_AGAIN).is_some() {
            std::env::remove_var(STARTED_AGAIN);
            return;
        }
        let Some(env) = environment_to_start_again(std::env::vars_os()) else { return };
        let argv = args.iter().map(|a| CString::new(a.as_bytes())).collect::<Result<Vec<_>, _>>();
        if let (Ok(argv), Ok(exe)) = (argv, CString::new("/proc/self/exe")) {
            let _ = nix::unistd::execve(&exe, &argv, &env);
        }
    }
}

/// The environment to start again with: `vars` with [`NO_THREAD_CACHES`] added to
/// `GLIBC_TUNABLES` and the [`STARTED_AGAIN`] mark; `None` when the tunable is set already
/// (the operator's own value, or glibc's own start again) or a variable cannot be passed.
fn environment_to_start_again(
    vars: impl Iterator<Item = (std::ffi::OsString, std::ffi::OsString)>,
) -> Option<Vec<std::ffi::CString>> {
    use std::os::unix::ffi::{OsStrExt, OsStringExt};
    let name = NO_THREAD_CACHES.split('=').next().unwrap_or(NO_THREAD_CACHES).as_bytes();
    let mut old = None;
    let mut env = Vec::new();
    for (k, v) in vars {
        if k == "GLIBC_TUNABLES" {
            old = Some(v);
        } else {
            env.push([k.into_vec(), b"=".to_vec(), v.into_vec()].concat());
        }
    }
    let mut tunables = b"GLIBC_TUNABLES=".to_vec();
    if let Some(old) = old.filter(|o| !o.is_empty()) {
        if old.as_bytes().windows(name.len()).any(|w| w == name) {
            return None;
        }
        tunables.extend_from_slice(old.as_bytes());
        tunables.push(b':');
    }
    tunables.extend_from_slice(NO_THREAD_CACHES.as_bytes());
    env.push(tunables);
    env.push(format!("{STARTED_AGAIN}=1").into_bytes());
    env.into_iter().map(|e| std::ffi::CString::new(e).ok()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::{CString, OsString};

    fn env(vars: &[(&str, &str)]) -> Option<Vec<CString>> {
        environment_to_start_again(vars.iter().map(|(k, v)| (OsString::from(k), OsString::from(v))))
    }

    fn c(s: &str) -> CString {
        CString::new(s).unwrap()
    }

    #[test]
    fn the_start_again_adds_the_tunable_and_its_mark_once() {
        let e = env(&[("PATH", "/bin"), ("GLIBC_TUNABLES", "glibc.malloc.arena_max=2")]).unwrap();
        assert_eq!(
            e,
            [
                c("PATH=/bin"),
                c("GLIBC_TUNABLES=glibc.malloc.arena_max=2:glibc.malloc.tcache_count=0"),
                c("GATHERER_STARTED_AGAIN=1")
            ]
        );
        let e = env(&[("HOME", "/root")]).unwrap();
        assert_eq!(
            e,
            [c("HOME=/root"), c("GLIBC_TUNABLES=glibc.malloc.tcache_count=0"), c("GATHERER_STARTED_AGAIN=1")]
        );
        // The operator's own value: no start again.
        assert_eq!(env(&[("GLIBC_TUNABLES", "glibc.malloc.tcache_count=7")]), None);
    }
}
