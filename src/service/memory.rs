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
pub fn without_thread_caches(args: &[std::ffi::OsString]) {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        use std::ffi::{CString, OsString};
        use std::os::unix::ffi::{OsStrExt, OsStringExt};
        let name = NO_THREAD_CACHES.split('=').next().unwrap_or(NO_THREAD_CACHES).as_bytes();
        let old = std::env::var_os("GLIBC_TUNABLES").unwrap_or_default();
        if old.as_bytes().windows(name.len()).any(|w| w == name) {
            return;
        }
        let mut tunables = OsString::from("GLIBC_TUNABLES=");
        if !old.is_empty() {
            tunables.push(&old);
            tunables.push(":");
        }
        tunables.push(NO_THREAD_CACHES);
        let env = std::env::vars_os()
            .filter(|(k, _)| k != "GLIBC_TUNABLES")
            .map(|(k, v)| [k.into_vec(), b"=".to_vec(), v.into_vec()].concat())
            .chain(std::iter::once(tunables.into_vec()))
            .map(CString::new)
            .collect::<Result<Vec<_>, _>>();
        let argv = args.iter().map(|a| CString::new(a.as_bytes())).collect::<Result<Vec<_>, _>>();
        if let (Ok(argv), Ok(env), Ok(exe)) = (argv, env, CString::new("/proc/self/exe")) {
            let _ = nix::unistd::execve(&exe, &argv, &env);
        }
    }
}
