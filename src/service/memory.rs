//! The daemon's resident memory: what glibc's allocator keeps. Measured with
//! benches/footprint.sh (see docs/design.md, "Footprint").

/// What the daemon starts again with in `GLIBC_TUNABLES`, each unless the operator set it:
/// no per-thread caches of freed chunks (below), and one malloc arena. glibc's default
/// gives threads arenas of their own (up to eight per core), each keeping freed memory;
/// the daemon's threads allocate little and seldom at once, so one arena is enough (it
/// was `mallopt(M_ARENA_MAX, 1)` at start: a tunable needs no unsafe call). An operator's
/// `MALLOC_ARENA_MAX` also counts as set.
pub const TUNABLES: [&str; 2] = ["glibc.malloc.tcache_count=0", "glibc.malloc.arena_max=1"];

/// In the environment of the start again, and taken out by it at once: there is at most
/// one, even where glibc drops the tunable from the environment (a set-user-ID or
/// file-capability start: `AT_SECURE`), which would otherwise start it again forever. Its
/// value is the process's name before the start again (see [`without_thread_caches`]).
const STARTED_AGAIN: &str = "GATHERER_STARTED_AGAIN";

/// glibc's malloc keeps freed small chunks in a cache per thread (tcache: up to seven of
/// each size), for that thread to reuse. With some 25 threads that each free their own mix
/// of sizes, those caches only fill up: the daemon's heap grew from 0.65 to 0.9 MiB in
/// fifteen minutes, still growing, while what it had in use stayed at 0.3 MiB (valgrind's
/// massif); without them the heap stays at 0.5 MiB (docs/design.md, "Footprint"). glibc
/// takes that setting only from `GLIBC_TUNABLES` as a program starts, so the daemon starts
/// itself again, once, before anything else, with it (and one arena: [`TUNABLES`]) added.
/// An operator's own value of either wins; with both set, there is no start again. `execve` keeps the signals held back (std's
/// `Command::exec` would release them for an instant) and the pid. Should the exec fail
/// (no /proc), the daemon goes on with the caches and glibc's arenas: it costs memory,
/// nothing else.
/// The kernel names a process after the file it executes, here "exe"; the name it had
/// before is given back, since `ps`, `pgrep`, `pidof` and `check_procs -C` go by it.
/// Call while the process has a single thread (it changes the environment).
pub fn without_thread_caches(args: &[std::ffi::OsString]) {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        use std::ffi::CString;
        use std::os::unix::ffi::OsStrExt;
        if let Some(name) = std::env::var_os(STARTED_AGAIN) {
            std::env::remove_var(STARTED_AGAIN);
            if let Ok(name) = CString::new(name.as_bytes()) {
                let _ = nix::sys::prctl::set_name(&name);
            }
            return;
        }
        let name = nix::sys::prctl::get_name().map(CString::into_bytes).unwrap_or_else(|_| b"gatherer".to_vec());
        let Some(env) = environment_to_start_again(std::env::vars_os(), &name) else { return };
        let argv = args.iter().map(|a| CString::new(a.as_bytes())).collect::<Result<Vec<_>, _>>();
        if let (Ok(argv), Ok(exe)) = (argv, CString::new("/proc/self/exe")) {
            let _ = nix::unistd::execve(&exe, &argv, &env);
        }
    }
}

/// The environment to start again with: `vars` with the [`TUNABLES`] the operator did not
/// set added to `GLIBC_TUNABLES`, and the [`STARTED_AGAIN`] mark; `None` when all are set
/// already (the operator's own values, or glibc's own start again) or a variable cannot be
/// passed. `process_name`: the process's name, carried in the mark.
fn environment_to_start_again(
    vars: impl Iterator<Item = (std::ffi::OsString, std::ffi::OsString)>,
    process_name: &[u8],
) -> Option<Vec<std::ffi::CString>> {
    use std::os::unix::ffi::{OsStrExt, OsStringExt};
    let mut old = None;
    let mut arenas_set = false;
    let mut env = Vec::new();
    for (k, v) in vars {
        if k == "GLIBC_TUNABLES" {
            old = Some(v);
            continue;
        }
        arenas_set |= k == "MALLOC_ARENA_MAX";
        env.push([k.into_vec(), b"=".to_vec(), v.into_vec()].concat());
    }
    let old = old.filter(|o| !o.is_empty());
    let set = |t: &str| {
        let name = t.split('=').next().unwrap_or(t).as_bytes();
        (arenas_set && name.ends_with(b".arena_max"))
            || old.as_ref().is_some_and(|o| o.as_bytes().windows(name.len()).any(|w| w == name))
    };
    let missing: Vec<&str> = TUNABLES.iter().copied().filter(|t| !set(t)).collect();
    if missing.is_empty() {
        return None;
    }
    let mut tunables = b"GLIBC_TUNABLES=".to_vec();
    if let Some(old) = old {
        tunables.extend_from_slice(old.as_bytes());
        tunables.push(b':');
    }
    tunables.extend_from_slice(missing.join(":").as_bytes());
    env.push(tunables);
    env.push([STARTED_AGAIN.as_bytes(), b"=", process_name].concat());
    env.into_iter().map(|e| std::ffi::CString::new(e).ok()).collect()
}

/// A mapping of the program's own file that is never written: its code and read-only
/// data, as `/proc/self/smaps` lists them.
#[derive(Debug, PartialEq, Eq)]
struct Mapping {
    start: usize,
    len: usize,
    rss_kib: u64,
    /// Where in the file it starts.
    offset: u64,
}

/// One mapping as smaps gives it: its header's words and the fields that matter here.
#[derive(Default)]
struct Entry<'a> {
    start: usize,
    end: usize,
    perms: &'a str,
    offset: u64,
    /// Device and inode, as written (`fe:00`, `5679883`).
    file: (&'a str, &'a str),
    rss_kib: u64,
    anonymous_kib: Option<u64>,
    swap_kib: u64,
    /// Was ever writable and private (`ac`: accounted), as RELRO is before `mprotect`.
    accounted: bool,
}

fn entries(smaps: &str) -> Vec<Entry<'_>> {
    let mut all: Vec<Entry<'_>> = Vec::new();
    for line in smaps.lines() {
        let mut words = line.split_ascii_whitespace();
        let Some(first) = words.next() else { continue };
        if let Some((lo, hi)) = first.split_once('-') {
            if let (Ok(start), Ok(end)) = (usize::from_str_radix(lo, 16), usize::from_str_radix(hi, 16)) {
                let (perms, offset, dev, inode) = (words.next(), words.next(), words.next(), words.next());
                let (Some(perms), Some(offset), Some(dev), Some(inode)) = (perms, offset, dev, inode) else { continue };
                let Ok(offset) = u64::from_str_radix(offset, 16) else { continue };
                all.push(Entry { start, end, perms, offset, file: (dev, inode), ..Entry::default() });
                continue;
            }
        }
        let Some(e) = all.last_mut() else { continue };
        let mut kib = || words.next().and_then(|v| v.parse::<u64>().ok());
        match first {
            "Rss:" => e.rss_kib = kib().unwrap_or(0),
            "Anonymous:" => e.anonymous_kib = kib(),
            "Swap:" => e.swap_kib = kib().unwrap_or(u64::MAX),
            "VmFlags:" => e.accounted = words.any(|f| f == "ac"),
            _ => {}
        }
    }
    all
}

/// The mappings in `smaps` of the file that holds the code at `ours` (the program: found
/// through its own code, not `stat`, whose device number differs from the mappings' on
/// btrfs) that give back exactly what they had when their pages are dropped, each page
/// being read again from the file: private, not writable, never writable (no `ac`), and
/// with no page of their own, resident or swapped (`Anonymous: 0`, `Swap: 0`). The
/// relocated data (RELRO) is read-only too, but was written at load time.
fn program_mappings(smaps: &str, ours: usize) -> Vec<Mapping> {
    let all = entries(smaps);
    // Inode 0: not a file (anonymous memory, the stack).
    let found = all.iter().find(|e| (e.start..e.end).contains(&ours)).map(|e| e.file);
    let Some(program) = found.filter(|(_, inode)| *inode != "0") else {
        return Vec::new();
    };
    let never_written = |e: &Entry<'_>| {
        let p = e.perms.as_bytes();
        p.len() == 4
            && p[1] != b'w'
            && p[3] == b'p'
            && !e.accounted
            && e.anonymous_kib == Some(0)
            && e.swap_kib == 0
            && e.end > e.start
    };
    all.iter()
        .filter(|e| e.file == program && never_written(e))
        .map(|e| Mapping { start: e.start, len: e.end - e.start, rss_kib: e.rss_kib, offset: e.offset })
        .collect()
}

/// The resident KiB of the program's never-written mappings, and the mappings.
#[cfg(target_os = "linux")]
fn program_pages() -> std::io::Result<(u64, Vec<Mapping>)> {
    let smaps = std::fs::read_to_string("/proc/self/smaps")?;
    let maps = program_mappings(&smaps, give_back_start as fn() as usize);
    Ok((maps.iter().map(|m| m.rss_kib).sum(), maps))
}

/// Give the heap's free pages back to the kernel. glibc returns freed memory only from
/// the top of the heap, and only past 128 KiB; the free chunks in between stay resident
/// (about 0.2 MiB here: the start's settings and parsing, a cycle's passing buffers),
/// while the daemon has 0.3 MB in use. `malloc_trim` hands back every whole free page
/// (`MADV_DONTNEED`, so a page reused later is mapped again, zeroed): docs/design.md,
/// "Footprint".
fn trim_heap() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only walks glibc's own free lists under its arena locks and
    // releases whole pages of free chunks; it touches no memory in use, and any thread
    // may call it at any time.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// Once the daemon has started, give back the pages of its own program that only the
/// start used: parsing the command line and the env file, working out the settings,
/// reading the last state files, starting the threads. Much of the program's code
/// and read-only data resident after the start is not used again (docs/design.md,
/// "Footprint"). They are clean pages of the executable, which the kernel may take away
/// at any time and reads again from the file when they are touched: `MADV_DONTNEED` takes
/// them out of the daemon's mappings now, and `POSIX_FADV_DONTNEED` out of the page cache
/// where no other process maps them (the rest is left). What the cycles use is read
/// again at their next run, a page at a time (`MADV_RANDOM`): with the whole file cached,
/// each page faulted in brought the 64 KiB around it back into the daemon's RSS, 0.3 MiB
/// more in all. Called after the first cycles and after each reload (which parses the
/// command line again).
// Never inlined: benches/link-order.sh cuts its profile where this is entered.
#[inline(never)]
pub fn give_back_start() {
    trim_heap();
    #[cfg(target_os = "linux")]
    {
        let (before, maps) = match program_pages() {
            Ok(found) => found,
            Err(e) => return log::debug!("cannot look at the program's pages: {e}"),
        };
        // Opened before the first page is dropped: what runs after it maps its code again.
        let exe = std::fs::File::open("/proc/self/exe");
        if let Err(e) = &exe {
            log::debug!("cannot open the program's file to drop its pages from the page cache: {e}");
        }
        for m in &maps {
            // SAFETY: `m` is a private mapping of the executable that is not and never was
            // writable and has no page of its own, resident or swapped
            // (`program_mappings`): nothing in it was ever written, so a dropped page
            // reads back the same from the file. Neither advice unmaps the range or
            // changes what it holds; `Random` only stops the kernel reading around a page
            // it has to read again.
            let dropped = unsafe {
                let at = m.start as *mut std::ffi::c_void;
                rustix::mm::madvise(at, m.len, rustix::mm::Advice::Random)
                    .and_then(|()| rustix::mm::madvise(at, m.len, rustix::mm::Advice::LinuxDontNeed))
            };
            if let Err(e) = dropped {
                log::debug!("cannot give back the start's pages at {:#x}: {e}", m.start);
            }
            // The same range out of the page cache, where no other process maps it: the
            // kernel maps the cached pages around each page faulted in (64 KiB), so pages
            // left cached would come back into the daemon's mappings beside the few its
            // cycles use (docs/design.md, "Footprint").
            if let Ok(f) = &exe {
                let len = std::num::NonZeroU64::new(m.len as u64);
                let _ = rustix::fs::fadvise(f, m.offset, len, rustix::fs::Advice::DontNeed);
            }
        }
        // Only when asked: whatever runs after the advice maps again the 64 KiB around
        // each page of code it runs, and reading smaps again is start code, laid out away
        // from the cycles'.
        if log::log_enabled!(log::Level::Debug) {
            let after = program_pages().map_or(0, |(kib, _)| kib);
            log::debug!(
                "gave back the start's pages: the program's resident code and read-only data from {before} to {after} KiB"
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::{CString, OsString};

    fn env(vars: &[(&str, &str)]) -> Option<Vec<CString>> {
        environment_to_start_again(vars.iter().map(|(k, v)| (OsString::from(k), OsString::from(v))), b"gatherer")
    }

    fn c(s: &str) -> CString {
        CString::new(s).unwrap()
    }

    const SMAPS: &str = "\
55f874792000-55f8747a0000 r--p 00000000 fe:00 5679883                    /usr/sbin/gatherer
Size:                 56 kB
Rss:                  40 kB
Anonymous:             0 kB
Swap:                  0 kB
VmFlags: rd mr mw me sd
55f8747a0000-55f874a01000 r-xp 00146000 fe:00 5679883                    /usr/sbin/gatherer
Size:               2492 kB
Rss:                 904 kB
Anonymous:             0 kB
Swap:                  0 kB
VmFlags: rd ex mr mw me sd
55f874a01000-55f874a1c000 r--p 003b4000 fe:00 5679883                    /usr/sbin/gatherer
Size:                108 kB
Rss:                 108 kB
Anonymous:           108 kB
Swap:                  0 kB
VmFlags: rd mr mw me ac sd
55f874a1c000-55f874a1e000 rw-p 003ce000 fe:00 5679883                    /usr/sbin/gatherer
Rss:                   8 kB
Anonymous:             0 kB
Swap:                  0 kB
VmFlags: rd wr mr mw me ac sd
55f874a1e000-55f874a20000 r--s 00000000 fe:00 5679883                    /usr/sbin/gatherer
Rss:                   8 kB
Anonymous:             0 kB
Swap:                  0 kB
VmFlags: rd sh mr mw me sd
55f874a20000-55f874a22000 r--p 00000000 fe:00 5679883                    /usr/sbin/gatherer
Rss:                   0 kB
Anonymous:             0 kB
Swap:                  8 kB
VmFlags: rd mr mw me sd
55f874a22000-55f874a24000 r--p 00000000 fe:00 5679883                    /usr/sbin/gatherer
Rss:                   0 kB
Anonymous:             0 kB
Swap:                  0 kB
VmFlags: rd mr mw me ac sd
7f0000000000-7f0000010000 r-xp 00000000 fe:00 77                         /usr/lib/x86_64-linux-gnu/libc.so.6
Rss:                  64 kB
Anonymous:             0 kB
Swap:                  0 kB
VmFlags: rd ex mr mw me sd
7f0000010000-7f0000020000 r-xp 00000000 fe:01 5679883                    /elsewhere
Rss:                  64 kB
Anonymous:             0 kB
VmFlags: rd ex mr mw me sd
7f0000020000-7f0000030000 r--p 00000000 fe:00 5679883                    /usr/sbin/gatherer (deleted)
Rss:                  12 kB
7ffc02ec4000-7ffc02ee5000 rw-p 00000000 00:00 0                          [stack]
Rss:                  20 kB
Anonymous:            20 kB
";

    #[test]
    fn only_the_never_written_mappings_of_the_program_are_given_back() {
        let found = program_mappings(SMAPS, 0x55f8747a1234);
        assert_eq!(
            found,
            [
                Mapping { start: 0x55f874792000, len: 0xe000, rss_kib: 40, offset: 0 },
                Mapping { start: 0x55f8747a0000, len: 0x261000, rss_kib: 904, offset: 0x146000 },
            ]
        );
        // Relocated (anonymous pages, `ac`), writable, shared, with a page in swap, once
        // writable, another file or device, and a mapping whose Anonymous line is
        // missing: none of them. Code outside any file mapping names no program.
        assert_eq!(
            program_mappings(SMAPS, 0x7f0000000100),
            [Mapping { start: 0x7f0000000000, len: 0x10000, rss_kib: 64, offset: 0 }]
        );
        assert!(program_mappings(SMAPS, 0x7ffc02ec5000).is_empty());
        assert!(program_mappings(SMAPS, 0x1000).is_empty());
        assert!(program_mappings("", 0x55f8747a1234).is_empty());
    }

    #[test]
    fn the_start_again_adds_the_tunables_not_set_and_its_mark_once() {
        let e = env(&[("PATH", "/bin"), ("GLIBC_TUNABLES", "glibc.malloc.arena_max=2")]).unwrap();
        assert_eq!(
            e,
            [
                c("PATH=/bin"),
                c("GLIBC_TUNABLES=glibc.malloc.arena_max=2:glibc.malloc.tcache_count=0"),
                c("GATHERER_STARTED_AGAIN=gatherer")
            ]
        );
        let e = env(&[("HOME", "/root")]).unwrap();
        assert_eq!(
            e,
            [
                c("HOME=/root"),
                c("GLIBC_TUNABLES=glibc.malloc.tcache_count=0:glibc.malloc.arena_max=1"),
                c("GATHERER_STARTED_AGAIN=gatherer")
            ]
        );
        let e = env(&[("MALLOC_ARENA_MAX", "4"), ("GLIBC_TUNABLES", "glibc.malloc.tcache_count=7")]);
        assert_eq!(e, None, "the operator's own values: no start again");
        let e = env(&[("GLIBC_TUNABLES", "glibc.malloc.tcache_count=7")]).unwrap();
        assert_eq!(
            e[0],
            c("GLIBC_TUNABLES=glibc.malloc.tcache_count=7:glibc.malloc.arena_max=1"),
            "only what is missing"
        );
    }
}
