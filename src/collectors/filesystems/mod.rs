//! Mounted filesystems: size, used, available, inodes, and used percentages as `df`
//! computes them, for every real filesystem in `<proc-root>/1/mountinfo` (else
//! `<proc-root>/self/mountinfo`): pseudo filesystems are left out by a documented default
//! list, a filesystem mounted several times (bind mounts) is reported once, at its first
//! mount point.
//!
//! A hung mount (NFS, FUSE) blocks any `statvfs` on it, for ever. The calls are made by
//! lanes (see `sweep`), one call in flight per mount at most, given `--filesystems-timeout`
//! to answer. A mount whose call has not answered is reported as stuck (and is not asked
//! again until that call returns), so the other mounts are reported on time and threads
//! never pile up.

mod kind;
mod sweep;

use crate::engine::collector::{Collector, Reading};
use crate::engine::sample::Sample;
use crate::util::{file, names};
use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};
use std::os::unix::ffi::OsStrExt;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

pub(crate) const NAME: &str = "filesystems";

/// Filesystem types that hold no data of their own (left out unless named in
/// `--filesystems-types`): the kernel's pseudo filesystems, as node_exporter's default.
pub const PSEUDO_TYPES: &str =
    "autofs,binfmt_misc,bpf,cgroup,cgroup2,configfs,debugfs,devpts,devtmpfs,efivarfs,fusectl,\
hugetlbfs,iso9660,mqueue,nsfs,overlay,proc,procfs,pstore,rpc_pipefs,securityfs,selinuxfs,squashfs,sysfs,tracefs";
/// Mount points (and everything below them) left out by default.
pub const SKIPPED_MOUNTS: &str = "/dev,/proc,/sys,/run/credentials,/var/lib/docker,/var/lib/containers/storage";

/// One filesystem, as `df -B1` and `df -i` show it.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Filesystem {
    pub device: String,
    pub fstype: String,
    pub readonly: bool,
    pub size: u64,
    pub used: u64,
    /// Available to unprivileged users.
    pub available: u64,
    /// `df`'s Use%: used / (used + available), rounded up; null when both are 0.
    pub used_pct: Option<f64>,
    pub inodes: u64,
    pub inodes_used: u64,
    pub inodes_free: u64,
    /// `df -i`'s IUse%, rounded up; null for filesystems without inode counts.
    pub inodes_used_pct: Option<f64>,
}

/// A mount whose statvfs has not answered.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Stuck {
    pub device: String,
    pub fstype: String,
    /// Since when its call has been waiting, Unix seconds.
    pub since_unix: i64,
}

/// A mount whose statvfs failed.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Failed {
    pub device: String,
    pub fstype: String,
    pub error: String,
}

/// What the state file holds.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct FsStats {
    /// By mount point.
    pub filesystems: BTreeMap<String, Filesystem>,
    /// Mounts whose statvfs hangs, by mount point.
    pub stuck: BTreeMap<String, Stuck>,
    /// Mounts whose statvfs failed (vanished, permission), with why.
    pub errors: BTreeMap<String, Failed>,
}

impl Reading for FsStats {
    fn summary(&self) -> String {
        let fullest =
            self.filesystems.iter().filter_map(|(m, f)| f.used_pct.map(|p| (m, p))).max_by(|a, b| a.1.total_cmp(&b.1));
        let mut s = format!("{} filesystems", self.filesystems.len());
        if let Some((m, p)) = fullest {
            s += &format!(", fullest {m} at {p}%");
        }
        if !self.stuck.is_empty() {
            s += &format!(", STUCK: {}", self.stuck.keys().cloned().collect::<Vec<_>>().join(", "));
        }
        s
    }

    fn samples(&self, out: &mut Vec<Sample>) {
        kind::samples(self, out);
    }
}

/// `df`'s percentage: `part * 100 / whole`, rounded up; `None` for an empty whole.
pub(crate) fn df_percent(part: u64, whole: u64) -> Option<f64> {
    if whole == 0 {
        return None;
    }
    let p = u128::from(part) * 100;
    let w = u128::from(whole);
    Some((p / w + u128::from(p % w != 0)) as f64)
}

/// What statvfs says about a filesystem, as far as `df` uses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Vfs {
    pub(crate) frsize: u64,
    pub(crate) blocks: u64,
    pub(crate) bfree: u64,
    pub(crate) bavail: u64,
    pub(crate) files: u64,
    pub(crate) ffree: u64,
    pub(crate) readonly: bool,
}

impl Vfs {
    pub(crate) fn of(st: &rustix::fs::StatVfs) -> Vfs {
        Vfs {
            frsize: if st.f_frsize > 0 { st.f_frsize } else { st.f_bsize },
            blocks: st.f_blocks,
            bfree: st.f_bfree,
            bavail: st.f_bavail,
            files: st.f_files,
            ffree: st.f_ffree,
            readonly: st.f_flag.contains(rustix::fs::StatVfsMountFlags::RDONLY),
        }
    }

    /// One line of numbers: what the statvfs helper process prints.
    pub(crate) fn to_line(self) -> String {
        let v = self;
        format!("{} {} {} {} {} {} {}", v.frsize, v.blocks, v.bfree, v.bavail, v.files, v.ffree, u8::from(v.readonly))
    }

    pub(crate) fn from_line(line: &str) -> Option<Vfs> {
        let n: Vec<u64> = line.split_ascii_whitespace().map(|t| t.parse().ok()).collect::<Option<_>>()?;
        let [frsize, blocks, bfree, bavail, files, ffree, ro] = n[..] else { return None };
        Some(Vfs { frsize, blocks, bfree, bavail, files, ffree, readonly: ro != 0 })
    }
}

impl Filesystem {
    fn from_vfs(device: &str, fstype: &str, st: &Vfs) -> Filesystem {
        let frag = st.frsize;
        let used_blocks = st.blocks.saturating_sub(st.bfree);
        let (used, available) = (used_blocks.saturating_mul(frag), st.bavail.saturating_mul(frag));
        let inodes_used = st.files.saturating_sub(st.ffree);
        Filesystem {
            device: device.to_string(),
            fstype: fstype.to_string(),
            readonly: st.readonly,
            size: st.blocks.saturating_mul(frag),
            used,
            available,
            used_pct: df_percent(used_blocks, used_blocks + st.bavail),
            inodes: st.files,
            inodes_used,
            inodes_free: st.ffree,
            inodes_used_pct: df_percent(inodes_used, st.files),
        }
    }
}

/// The hidden `gatherer __statvfs PATH` a FUSE mount is asked through: one line of
/// numbers on stdout (see [`Vfs::to_line`]), or the error on stdout and exit 1.
pub(crate) fn statvfs_helper(path: &std::ffi::OsStr) -> i32 {
    match rustix::fs::statvfs(path) {
        Ok(st) => {
            println!("{}", Vfs::of(&st).to_line());
            0
        }
        Err(e) => {
            println!("{e}");
            1
        }
    }
}

/// Whether a call on this filesystem type could wedge the whole daemon. A FUSE request
/// that its daemon has read and never answers is waited for uninterruptibly: the thread
/// cannot be killed, and a process with such a thread can never finish exiting (its
/// pidfile lock and its stdout stay held). So those are asked from a child process of
/// their own, which is simply left behind if it hangs. NFS, CIFS and local filesystems
/// wait killably: a thread is enough, and costs no process per call.
fn wedges_exit(fstype: &str) -> bool {
    fstype == "fuse" || fstype == "fuseblk" || fstype.starts_with("fuse.")
}

/// A mount, from one mountinfo line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Mount {
    pub(crate) dev: (u32, u32),
    pub(crate) root: String,
    /// The mount point as reported (bytes that are not UTF-8 shown as U+FFFD).
    pub(crate) point: String,
    /// The mount point exactly, for statvfs: Linux paths are bytes, and the kernel writes
    /// any byte but space, tab, newline and backslash as it is.
    pub(crate) path: PathBuf,
    pub(crate) fstype: String,
    pub(crate) source: String,
}

/// The octal escapes the kernel writes in mountinfo fields (`\040` for a space).
fn unescape(b: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        // Three octal digits make a byte only up to \377; anything else is taken as it is.
        if b[i] == b'\\'
            && i + 4 <= b.len()
            && (b'0'..=b'3').contains(&b[i + 1])
            && b[i + 2..i + 4].iter().all(|c| (b'0'..=b'7').contains(c))
        {
            let v = (b[i + 1] - b'0') * 64 + (b[i + 2] - b'0') * 8 + (b[i + 3] - b'0');
            out.push(v);
            i += 4;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    out
}

/// `36 35 98:0 /mnt1 /mnt/parent rw,noatime master:1 - ext3 /dev/root rw,errors=continue`,
/// as bytes: one mount point that is not UTF-8 must not make the whole table unreadable.
pub(crate) fn parse_mountinfo_line(line: &[u8]) -> Result<Mount, String> {
    let sep = line.windows(3).position(|w| w == b" - ").ok_or("no ` - ` separator")?;
    // Split on spaces only: the kernel escapes space, tab, newline and backslash in a
    // path, and writes every other byte, `\r` and `\x0c` too, as it is.
    let words =
        |b: &[u8]| -> Vec<Vec<u8>> { b.split(|c| *c == b' ').filter(|w| !w.is_empty()).map(<[u8]>::to_vec).collect() };
    let (l, r) = (words(&line[..sep]), words(&line[sep + 3..]));
    if l.len() < 5 || r.len() < 2 {
        return Err(format!("{} fields before ` - `, {} after; expected 5 and 2", l.len(), r.len()));
    }
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    let dev = text(&l[2]);
    let (maj, min) = dev.split_once(':').ok_or_else(|| format!("{dev:?} is not major:minor"))?;
    let num = |s: &str| s.parse::<u32>().map_err(|_| format!("{dev:?} is not major:minor"));
    let point = unescape(&l[4]);
    Ok(Mount {
        dev: (num(maj)?, num(min)?),
        root: text(&unescape(&l[3])),
        point: text(&point),
        path: PathBuf::from(<std::ffi::OsString as std::os::unix::ffi::OsStringExt>::from_vec(point)),
        fstype: text(&r[0]),
        source: text(&unescape(&r[1])),
    })
}

/// Which mounts are reported.
#[derive(Debug, Clone, PartialEq)]
pub struct Selection {
    /// Left out.
    pub skip_types: HashSet<String>,
    /// Left out, with everything below them.
    pub skip_mounts: Vec<String>,
    /// When not empty: only these mount points (and what is below them).
    pub only_mounts: Vec<String>,
}

fn under(point: &str, prefix: &str) -> bool {
    let prefix = prefix.trim_end_matches('/');
    prefix.is_empty() || point == prefix || point.strip_prefix(prefix).is_some_and(|rest| rest.starts_with('/'))
}

impl Selection {
    pub(crate) fn wants(&self, m: &Mount) -> bool {
        !self.skip_types.contains(&m.fstype)
            && !self.skip_mounts.iter().any(|p| under(&m.point, p))
            && (self.only_mounts.is_empty() || self.only_mounts.iter().any(|p| under(&m.point, p)))
    }
}

fn now_unix() -> i64 {
    crate::util::timefmt::now_unix_ms().div_euclid(1000)
}

/// statvfs in this process.
fn statvfs_here(path: &std::path::Path) -> Result<Vfs, String> {
    rustix::fs::statvfs(path).map(|st| Vfs::of(&st)).map_err(|e| e.to_string())
}

/// statvfs in a child process running `helper __statvfs PATH`.
fn statvfs_in_child(helper: &std::path::Path, path: &std::path::Path) -> Result<Vfs, String> {
    use std::process::{Command, Stdio};
    let out = Command::new(helper)
        .arg("__statvfs")
        .arg(path)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .output()
        .map_err(|e| format!("cannot start the statvfs helper {}: {e}", helper.display()))?;
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text.trim();
    match (out.status.success(), Vfs::from_line(line)) {
        (true, Some(v)) => Ok(v),
        (false, _) if !line.is_empty() => Err(line.to_string()),
        _ => Err(format!("the statvfs helper answered {line:?} ({})", out.status)),
    }
}

pub struct Filesystems {
    mountinfo: [PathBuf; 2],
    selection: Selection,
    timeout: Duration,
    buf: Vec<u8>,
    /// The mountinfo text `mounts` was parsed from: an unchanged table (the usual case)
    /// is not parsed again.
    parsed_from: Vec<u8>,
    mounts: Vec<Mount>,
    sweeper: sweep::Sweeper,
}

impl Filesystems {
    pub fn new(proc_root: &std::path::Path, selection: Selection, timeout: Duration) -> Filesystems {
        Filesystems {
            mountinfo: [proc_root.join("1/mountinfo"), proc_root.join("self/mountinfo")],
            selection,
            timeout,
            buf: Vec::new(),
            parsed_from: Vec::new(),
            mounts: Vec::new(),
            sweeper: sweep::Sweeper::new(Arc::new(|path, _| statvfs_here(path))),
        }
    }

    /// Ask FUSE mounts through `program __statvfs PATH` (see [`wedges_exit`]).
    pub(crate) fn with_helper(mut self, program: PathBuf) -> Filesystems {
        self.sweeper = sweep::Sweeper::new(Arc::new(move |path, child| match child {
            true => statvfs_in_child(&program, path),
            false => statvfs_here(path),
        }));
        self
    }

    /// The mounts to report into `self.mounts`, deduplicated by device (first mount of
    /// each, preferring one that shows the filesystem's own root).
    pub fn refresh_mounts(&mut self) -> Result<()> {
        let path = self.mountinfo.iter().find(|p| p.exists()).unwrap_or(&self.mountinfo[1]);
        file::read_into(path, file::Links::Follow, 16 << 20, &mut self.buf)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let text = &self.buf[..];
        if text == self.parsed_from && !self.parsed_from.is_empty() {
            return Ok(());
        }
        let mut by_dev: Vec<Mount> = Vec::new();
        for (i, line) in text.split(|b| *b == b'\n').enumerate().filter(|(_, l)| !l.iter().all(u8::is_ascii_whitespace))
        {
            let m = parse_mountinfo_line(line).map_err(|e| {
                anyhow::anyhow!("{} line {}: {e}: {:?}", path.display(), i + 1, String::from_utf8_lossy(line))
            })?;
            if !self.selection.wants(&m) {
                continue;
            }
            match by_dev.iter_mut().find(|o| o.dev == m.dev) {
                Some(o) if o.root != "/" && m.root == "/" => *o = m,
                Some(_) => {}
                None => by_dev.push(m),
            }
        }
        // Mount points that are not UTF-8 are shown with U+FFFD; two that come out the same
        // (or the same as a UTF-8 one) are told apart with `_2`, ... (the stuck-mount
        // record and the state file are by that name).
        let utf8 = |m: &Mount| std::str::from_utf8(m.path.as_os_str().as_bytes()).is_ok();
        let mut taken: HashSet<String> = by_dev.iter().filter(|m| utf8(m)).map(|m| m.point.clone()).collect();
        for m in by_dev.iter_mut().filter(|m| !utf8(m)) {
            m.point = names::shown(m.path.as_os_str().as_bytes(), |n| taken.contains(n));
            taken.insert(m.point.clone());
        }
        self.mounts = by_dev;
        self.parsed_from.clear();
        self.parsed_from.extend_from_slice(text);
        Ok(())
    }
}

impl Collector for Filesystems {
    type Reading = FsStats;

    fn collect(&mut self) -> Result<Option<FsStats>> {
        self.refresh_mounts()?;
        let mut out = FsStats { filesystems: BTreeMap::new(), stuck: BTreeMap::new(), errors: BTreeMap::new() };
        let mut asked: Vec<&Mount> = Vec::new();
        for m in &self.mounts {
            if let Some(since_unix) = self.sweeper.stuck_since(&m.point) {
                // Its last call never answered: report it, do not pile up another.
                out.stuck
                    .insert(m.point.clone(), Stuck { device: m.source.clone(), fstype: m.fstype.clone(), since_unix });
                continue;
            }
            asked.push(m);
        }
        let points = asked.iter().map(|m| (m.point.clone(), m.path.clone(), wedges_exit(&m.fstype))).collect();
        for (m, outcome) in asked.into_iter().zip(self.sweeper.ask_all(points, self.timeout)) {
            let failed = |error: String| Failed { device: m.source.clone(), fstype: m.fstype.clone(), error };
            match outcome {
                sweep::Outcome::Answer(Ok(st)) => {
                    out.filesystems.insert(m.point.clone(), Filesystem::from_vfs(&m.source, &m.fstype, &st));
                }
                sweep::Outcome::Answer(Err(e)) => {
                    out.errors.insert(m.point.clone(), failed(e));
                }
                sweep::Outcome::Stuck { since_unix } => {
                    out.stuck.insert(
                        m.point.clone(),
                        Stuck { device: m.source.clone(), fstype: m.fstype.clone(), since_unix },
                    );
                }
                sweep::Outcome::NotAsked => {
                    let why = format!("not asked within {:?}: no statvfs thread was free (calls on other mounts hung, or no thread could start)", self.timeout);
                    out.errors.insert(m.point.clone(), failed(why));
                }
            }
        }
        // Forget the calls of mounts that are gone (a stuck one's thread ends when it does).
        self.sweeper.retain(&self.mounts.iter().map(|m| m.point.as_str()).collect::<HashSet<_>>());
        Ok(Some(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mountinfo_lines_with_escapes() {
        let m = parse_mountinfo_line(
            b"36 35 98:0 /mnt1 /mnt/my\\040disk rw,noatime master:1 - ext3 /dev/root rw,errors=continue",
        )
        .unwrap();
        assert_eq!(m.dev, (98, 0));
        assert_eq!(
            (m.root.as_str(), m.point.as_str(), m.fstype.as_str(), m.source.as_str()),
            ("/mnt1", "/mnt/my disk", "ext3", "/dev/root")
        );
        assert_eq!(m.path, std::path::Path::new("/mnt/my disk"));
        assert!(parse_mountinfo_line(b"36 35 98:0 / /").is_err());
        assert!(parse_mountinfo_line(b"36 35 x / / rw - ext4 /dev/sda rw").unwrap_err().contains("major:minor"));
        assert_eq!(unescape(b"a\\134b\\011c\\012"), b"a\\b\tc\n");
        assert_eq!(unescape(b"trailing\\04"), b"trailing\\04");
        assert_eq!(unescape(b"\\777\\400\\377"), b"\\777\\400\xff", "no byte above \\377");
    }

    #[test]
    fn a_mount_point_that_is_not_utf8_is_reported_and_asked_by_its_bytes() {
        use std::os::unix::ffi::OsStrExt;
        let m = parse_mountinfo_line(b"36 35 0:50 / /mnt/caf\xe9 rw - tmpfs none rw").unwrap();
        assert_eq!(m.point, "/mnt/caf\u{fffd}");
        assert_eq!(m.path.as_os_str().as_bytes(), b"/mnt/caf\xe9");
        // Only spaces part the fields: other blanks are the path's own bytes.
        let m = parse_mountinfo_line(b"36 35 0:50 / /mnt/a\x0cb\rc rw - fuse.x me rw").unwrap();
        assert_eq!(m.path.as_os_str().as_bytes(), b"/mnt/a\x0cb\rc");
        // The real thing: such a directory, its statvfs answered through its bytes.
        let dir = tempfile::tempdir().unwrap();
        let odd = dir.path().join(std::ffi::OsStr::from_bytes(b"caf\xe9"));
        std::fs::create_dir(&odd).unwrap();
        let proc = dir.path().join("proc");
        std::fs::create_dir_all(proc.join("self")).unwrap();
        // Another that is shown the same, and a UTF-8 one named as the first is shown: all
        // three kept apart, the UTF-8 one under its own name.
        let odd2 = dir.path().join(std::ffi::OsStr::from_bytes(b"caf\xff"));
        let plain = dir.path().join("caf\u{fffd}");
        let mut line = Vec::new();
        for (dev, p) in [(50, &odd), (52, &odd2), (53, &plain)] {
            std::fs::create_dir_all(p).unwrap();
            line.extend_from_slice(format!("{dev} 35 0:{dev} / ").as_bytes());
            line.extend_from_slice(p.as_os_str().as_bytes());
            line.extend_from_slice(b" rw - tmpfs none rw\n");
        }
        line.extend_from_slice(b"37 35 0:51 / / rw - ext4 /dev/vda1 rw\n");
        std::fs::write(proc.join("self/mountinfo"), line).unwrap();
        let sel = Selection { skip_types: HashSet::new(), skip_mounts: Vec::new(), only_mounts: Vec::new() };
        let mut c = Filesystems::new(&proc, sel, Duration::from_secs(5));
        let r = Collector::collect(&mut c).unwrap().unwrap();
        let name = odd.to_string_lossy().into_owned();
        for n in [name.clone(), format!("{name}_2"), format!("{name}_3")] {
            assert!(r.filesystems.contains_key(&n), "{n}: {:?} {:?}", r.filesystems.keys(), r.errors);
        }
        assert_eq!(c.mounts.iter().find(|m| m.point == name).unwrap().path, plain, "the UTF-8 one keeps its name");
        assert!(r.filesystems.contains_key("/"), "the other mounts too: {:?}", r.filesystems.keys());
    }

    #[test]
    fn percentages_round_up_like_df() {
        assert_eq!(df_percent(1, 3), Some(34.0));
        assert_eq!(df_percent(50, 100), Some(50.0));
        assert_eq!(df_percent(0, 100), Some(0.0));
        assert_eq!(df_percent(0, 0), None);
        assert_eq!(df_percent(u64::MAX, u64::MAX), Some(100.0));
    }

    #[test]
    fn selection_by_type_and_mount_prefix() {
        let sel = Selection {
            skip_types: PSEUDO_TYPES.split(',').map(str::to_string).collect(),
            skip_mounts: SKIPPED_MOUNTS.split(',').map(str::to_string).collect(),
            only_mounts: Vec::new(),
        };
        let m = |point: &str, fstype: &str| Mount {
            dev: (0, 1),
            root: "/".into(),
            point: point.into(),
            path: point.into(),
            fstype: fstype.into(),
            source: "x".into(),
        };
        assert!(sel.wants(&m("/", "ext4")));
        assert!(sel.wants(&m("/run", "tmpfs")));
        assert!(sel.wants(&m("/devices", "ext4")), "a prefix is a whole path component");
        assert!(!sel.wants(&m("/proc", "proc")));
        assert!(!sel.wants(&m("/dev/shm", "tmpfs")));
        assert!(!sel.wants(&m("/var/lib/docker/overlay2/x/merged", "ext4")));
        let only = Selection { only_mounts: vec!["/srv".into()], ..sel };
        assert!(only.wants(&m("/srv/data", "xfs")) && !only.wants(&m("/", "ext4")));
    }

    #[test]
    fn real_mounts_are_read_and_bind_mounts_counted_once() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("self")).unwrap();
        let root = dir.path().to_str().unwrap();
        std::fs::write(
            dir.path().join("self/mountinfo"),
            format!(
                "20 1 8:1 / / rw - ext4 /dev/sda1 rw\n21 20 8:1 /srv {root} rw - ext4 /dev/sda1 rw\n22 20 0:5 / /proc rw - proc proc rw\n"
            ),
        )
        .unwrap();
        let sel = Selection {
            skip_types: PSEUDO_TYPES.split(',').map(str::to_string).collect(),
            skip_mounts: Vec::new(),
            only_mounts: Vec::new(),
        };
        let mut f = Filesystems::new(dir.path(), sel, Duration::from_secs(5));
        let s = Collector::collect(&mut f).unwrap().unwrap();
        assert_eq!(s.filesystems.keys().collect::<Vec<_>>(), ["/"], "the bind mount of sda1 and /proc are left out");
        let fs = &s.filesystems["/"];
        assert!(fs.size > 0 && fs.used + fs.available <= fs.size && fs.used_pct.is_some(), "{fs:?}");
    }

    #[test]
    fn an_unchanged_mount_table_is_read_without_allocating() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("1")).unwrap();
        let table: String =
            (0..200).map(|i| format!("{i} 1 8:{i} / /mnt/m{i} rw,relatime shared:1 - ext4 /dev/sd{i} rw\n")).collect();
        std::fs::write(dir.path().join("1/mountinfo"), &table).unwrap();
        let selection = Selection { skip_types: HashSet::new(), skip_mounts: Vec::new(), only_mounts: Vec::new() };
        let mut f = Filesystems::new(dir.path(), selection, Duration::from_secs(1));
        f.refresh_mounts().unwrap();
        assert_eq!(f.mounts.len(), 200);
        let (n, r) = crate::alloc_count::allocations(|| f.refresh_mounts());
        r.unwrap();
        assert_eq!(n, 0, "a steady mount table costs no allocation");
        let half: String = table.lines().take(100).map(|l| format!("{l}\n")).collect();
        std::fs::write(dir.path().join("1/mountinfo"), half).unwrap();
        f.refresh_mounts().unwrap();
        assert_eq!(f.mounts.len(), 100, "a changed table is parsed again");
    }
}
