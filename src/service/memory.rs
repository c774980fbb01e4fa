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
