//! The Debian package `cargo deb` builds: every file the operating guide names, in its
//! place; then its whole life on this machine, for real: install (enabled and started),
//! upgrade to a rebuilt package (restarted), remove (stopped, no process left), purge
//! (no file left), and a remove under a policy-rc.d that denies every action (Docker's).
//! The test looks only at what it installed: the daemon behind the installed pidfile and
//! processes running the installed binary, never a process by its name (someone may run
//! `gatherer` from a build tree beside it). However it ends, the package is purged.

mod common;
use common::*;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn cargo_deb(args: &[&str]) -> PathBuf {
    let out = Command::new("cargo").arg("deb").arg("--quiet").args(args).current_dir(repo()).output().unwrap();
    assert!(out.status.success(), "cargo deb: {}", text(&out));
    let deb = String::from_utf8_lossy(&out.stdout).lines().last().unwrap_or_default().trim().to_string();
    assert!(deb.ends_with(".deb"), "cargo deb printed no package path: {}", text(&out));
    PathBuf::from(deb)
}

fn dpkg_deb(args: &[&str], deb: &Path) -> String {
    let o = Command::new("dpkg-deb").args(args).arg(deb).output().unwrap();
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn check_contents(deb: &Path) {
    let list = dpkg_deb(&["-c"], deb);
    let line_of = |path: &str| {
        list.lines()
            .find(|l| l.ends_with(&format!(" {path}")) || l.contains(&format!(" {path} -> ")))
            .unwrap_or_else(|| panic!("{path} missing from:\n{list}"))
            .to_string()
    };
    for (path, mode) in [
        ("./usr/sbin/gatherer", "-rwxr-xr-x"),
        ("./etc/init.d/gatherer", "-rwxr-xr-x"),
        ("./etc/default/gatherer", "-rw-r--r--"),
        ("./lib/systemd/system/gatherer.service", "-rw-r--r--"),
        ("./lib/systemd/system/carbon-cache.service.d/gatherer.conf", "-rw-r--r--"),
        ("./lib/systemd/system/gatherer-report.service", "-rw-r--r--"),
        ("./lib/systemd/system/gatherer-report.timer", "-rw-r--r--"),
        ("./etc/cron.monthly/gatherer-report", "-rwxr-xr-x"),
        ("./usr/share/doc/gatherer/docs/report.md", "-rw-r--r--"),
        ("./etc/logrotate.d/gatherer", "-rw-r--r--"),
        ("./usr/share/doc/gatherer/README.md", "-rw-r--r--"),
        ("./usr/share/doc/gatherer/docs/README.md", "-rw-r--r--"),
        ("./usr/share/doc/gatherer/docs/operating.md", "-rw-r--r--"),
        ("./usr/share/doc/gatherer/copyright", "-rw-r--r--"),
        ("./usr/share/doc/gatherer/uplot-LICENSE", "-rw-r--r--"),
        ("./usr/share/doc/gatherer/examples/carbon-cache-hook", "-rw-r--r--"),
        ("./usr/share/man/man8/gatherer.8.gz", "-rw-r--r--"),
        ("./usr/share/man/man8/gatherer-check.8.gz", "-rw-r--r--"),
        ("./usr/share/man/man8/gatherer-munin.8.gz", "-rw-r--r--"),
        ("./usr/share/bash-completion/completions/gatherer", "-rw-r--r--"),
        ("./usr/share/zsh/vendor-completions/_gatherer", "-rw-r--r--"),
        ("./usr/share/fish/vendor_completions.d/gatherer.fish", "-rw-r--r--"),
    ] {
        assert!(line_of(path).starts_with(mode), "{path}: {}", line_of(path));
    }
    let (checks, graphs) = gatherer::app::cli::link_names();
    for plugin in checks
        .iter()
        .map(|c| format!("usr/lib/nagios/plugins/{c}"))
        .chain(graphs.iter().map(|g| format!("usr/share/munin/plugins/{g}")))
    {
        let line = line_of(&format!("./{plugin}"));
        assert!(line.starts_with('l') && line.ends_with("sbin/gatherer"), "{plugin} links to the binary: {line}");
    }
    let conffiles = Command::new("dpkg-deb").args(["-I"]).arg(deb).arg("conffiles").output().unwrap();
    let conffiles = String::from_utf8_lossy(&conffiles.stdout);
    assert!(
        conffiles.contains("/etc/default/gatherer")
            && conffiles.contains("/etc/logrotate.d/gatherer")
            && conffiles.contains("/etc/cron.monthly/gatherer-report"),
        "{conffiles}"
    );
    let control = dpkg_deb(&["-f"], deb);
    for kind in gatherer::collectors::KINDS {
        assert!(control.contains(kind.name()), "the description names the {} collector:\n{control}", kind.name());
    }

    // Unpacked: the binary is stripped, every relative link of the docs resolves.
    let dir = tempfile::tempdir().unwrap();
    let o = Command::new("dpkg-deb").arg("-x").arg(deb).arg(dir.path()).output().unwrap();
    assert!(o.status.success(), "{}", text(&o));
    let sections = Command::new("readelf").arg("-S").arg(dir.path().join("usr/sbin/gatherer")).output().unwrap();
    assert!(sections.status.success(), "readelf: {}", text(&sections));
    assert!(!String::from_utf8_lossy(&sections.stdout).contains(".symtab"), "the binary is stripped");
    // carbon-cache pulls gatherer in through its drop-in, not through gatherer's WantedBy=.
    let dropin =
        std::fs::read_to_string(dir.path().join("lib/systemd/system/carbon-cache.service.d/gatherer.conf")).unwrap();
    assert!(dropin.contains("\n[Unit]\nWants=gatherer.service\n"), "{dropin}");
    let unit = std::fs::read_to_string(dir.path().join("lib/systemd/system/gatherer.service")).unwrap();
    assert!(unit.lines().any(|l| l == "WantedBy=multi-user.target"), "{unit}");
    let doc = dir.path().join("usr/share/doc/gatherer");
    let mut pages = vec![doc.join("README.md")];
    pages.extend(std::fs::read_dir(doc.join("docs")).unwrap().map(|e| e.unwrap().path()));
    for page in pages {
        let text = std::fs::read_to_string(&page).unwrap();
        for link in text.split("](").skip(1).filter_map(|s| s.split(')').next()) {
            let target = link.split('#').next().unwrap();
            if target.is_empty() || target.contains("://") {
                continue;
            }
            assert!(page.parent().unwrap().join(target).exists(), "{}: link {link} is broken", page.display());
        }
    }
}

/// The policy-rc.d in force while it lives: at first one that lets invoke-rc.d act on
/// gatherer (and nothing else), as this machine's (like a container's) forbids starting
/// any service at install time; [`Policy::deny_all`] then puts Docker's own in place.
/// The machine's own comes back however the test ends.
struct Policy {
    saved: Option<Vec<u8>>,
}

const POLICY: &str = "/usr/sbin/policy-rc.d";

impl Policy {
    fn allow_gatherer() -> Policy {
        let saved = std::fs::read(POLICY).ok();
        Policy::write(
            "#!/bin/sh\n# gatherer's package test: only gatherer may act\n[ \"$1\" = gatherer ] && exit 0\nexit 101\n",
        );
        Policy { saved }
    }

    /// Docker's default: every action of every service denied.
    fn deny_all(&self) {
        Policy::write("#!/bin/sh\n# gatherer's package test: Docker's policy, every action denied\nexit 101\n");
    }

    fn write(text: &str) {
        std::fs::write(POLICY, text).unwrap();
        std::fs::set_permissions(POLICY, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    }
}

impl Drop for Policy {
    fn drop(&mut self) {
        match &self.saved {
            Some(b) => {
                let _ = std::fs::write(POLICY, b);
            }
            None => {
                let _ = std::fs::remove_file(POLICY);
            }
        }
    }
}

/// Purges the package however the test ends (a failed assertion included), so a failure
/// never leaves it half-removed; then ends any process still running the installed
/// binary (the package's own daemon, if its scripts failed to stop it).
struct Purge;

impl Drop for Purge {
    fn drop(&mut self) {
        let _ = Command::new("dpkg").args(["--purge", "gatherer"]).env("DEBIAN_FRONTEND", "noninteractive").output();
        for pid in installed_processes() {
            // SAFETY: plain kill(2) of a process running the binary this test installed.
            unsafe { libc::kill(pid, libc::SIGKILL) };
        }
    }
}

/// Holds an exclusive lock while it lives, so that two runs of this test (from two
/// checkouts) never install and purge the one system package at the same time.
struct Serial(#[allow(dead_code)] std::fs::File);

impl Serial {
    fn take() -> Serial {
        let f = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open("/run/lock/gatherer-package-test.lock")
            .unwrap();
        rustix::fs::flock(&f, rustix::fs::FlockOperation::LockExclusive).unwrap();
        Serial(f)
    }
}

fn dpkg(args: &[&str], deb: Option<&Path>) -> Output {
    let mut c = Command::new("dpkg");
    c.args(args).env("DEBIAN_FRONTEND", "noninteractive");
    if let Some(d) = deb {
        c.arg(d);
    }
    let o = c.output().unwrap();
    assert!(o.status.success(), "dpkg {args:?}: {}", text(&o));
    o
}

/// Running and not a zombie (PID 1 here may not reap the double-forked daemon at once).
fn alive(pid: i32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .map(|s| s.rsplit(')').next().and_then(|rest| rest.split_whitespace().next()) != Some("Z"))
        .unwrap_or(false)
}

fn daemon_pid() -> Option<i32> {
    let holder = gatherer::service::lock_holder(Path::new("/run/gatherer.pid")).ok().flatten()?;
    holder.exclusive.then_some(holder.pid)
}

const INSTALLED: &str = "/usr/sbin/gatherer";

/// Live processes whose program is the installed binary, whether it is still there or
/// was deleted under them (`/proc/PID/exe` then ends in " (deleted)"). A gatherer run
/// from anywhere else is not the package's, and not this test's business.
fn installed_processes() -> Vec<i32> {
    let deleted = format!("{INSTALLED} (deleted)");
    let Ok(entries) = std::fs::read_dir("/proc") else { return Vec::new() };
    entries
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<i32>().ok())
        .filter(|pid| {
            std::fs::read_link(format!("/proc/{pid}/exe"))
                .is_ok_and(|exe| exe == Path::new(INSTALLED) || exe.as_os_str() == deleted.as_str())
        })
        .filter(|pid| alive(*pid))
        .collect()
}

/// The package's daemon is gone and no process runs its binary, deleted or not.
fn nothing_left_running(after: &str, pid: i32) {
    eventually(10, &format!("the daemon (pid {pid}) to be gone after {after}"), || (!alive(pid)).then_some(()));
    let left = eventually(10, &format!("no process on {INSTALLED} after {after}"), || {
        let left = installed_processes();
        left.is_empty().then_some(left)
    });
    assert!(left.is_empty());
}

#[test]
fn the_package_installs_upgrades_removes_and_purges_like_a_debian_service() {
    let has_cargo_deb =
        Command::new("cargo").args(["deb", "--version"]).output().map(|o| o.status.success()).unwrap_or(false);
    if !has_cargo_deb || !have("dpkg-deb") || !have("readelf") {
        return peer_missing("cargo-deb (cargo install cargo-deb), dpkg-deb and readelf");
    }
    let deb = cargo_deb(&[]);
    check_contents(&deb);

    if !is_root() || !have("dpkg") || !have("update-rc.d") || !have("invoke-rc.d") {
        return peer_missing("root, dpkg, update-rc.d and invoke-rc.d (to install the package for real)");
    }
    let version = env!("CARGO_PKG_VERSION");
    // cargo deb clears target/debian of earlier packages: keep the first aside.
    let kept = tempfile::tempdir().unwrap();
    let deb = {
        let to = kept.path().join(deb.file_name().unwrap());
        std::fs::copy(&deb, &to).unwrap();
        to
    };
    let rebuilt = cargo_deb(&["--no-build", "--deb-version", &format!("{version}-99")]);
    let _serial = Serial::take();
    let policy = Policy::allow_gatherer();
    // Whatever an earlier, killed run left; and, however this one ends, purged again.
    let _ = Command::new("dpkg").args(["--purge", "gatherer"]).output();
    let _purge = Purge;

    // Install: enabled (rc links) and started. systemctl (its preset) says nothing of a
    // unit that is not on this host.
    let o = dpkg(&["-i"], Some(&deb));
    assert!(!text(&o).contains("non-existent unit"), "install output: {}", text(&o));
    assert!(std::fs::read_dir("/etc/rc2.d").unwrap().any(|e| e
        .unwrap()
        .file_name()
        .to_string_lossy()
        .ends_with("gatherer")));
    let first = eventually(30, "the daemon to run after install", daemon_pid);
    assert!(alive(first));
    let o = Command::new("/etc/init.d/gatherer").arg("status").output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));

    // Upgrade to a rebuilt package: restarted, on the new binary.
    dpkg(&["-i"], Some(&rebuilt));
    let second = eventually(30, "a new daemon after the upgrade", || daemon_pid().filter(|p| *p != first));
    eventually(10, "the old daemon to be gone", || (!alive(first)).then_some(()));
    assert!(alive(second));
    let status = Command::new("dpkg-query").args(["-W", "-f", "${Version}", "gatherer"]).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&status.stdout), format!("{version}-99"));

    // Remove: stopped first, no process left on a deleted binary.
    dpkg(&["-r", "gatherer"], None);
    nothing_left_running("remove", second);
    assert!(!Path::new(INSTALLED).exists());
    assert!(Path::new("/etc/default/gatherer").exists(), "remove keeps the conffiles");

    // Purge: nothing of it left.
    dpkg(&["--purge", "gatherer"], None);
    for p in [
        "/etc/default/gatherer",
        "/etc/init.d/gatherer",
        "/etc/logrotate.d/gatherer",
        "/var/log/gatherer",
        "/var/lib/gatherer",
        "/run/gatherer.pid",
        "/run/gatherer",
        "/tmp/__check_graphite_iostats.tmp",
        "/dev/shm/vmware_stats_export.dat",
        "/etc/systemd/system/multi-user.target.wants/gatherer.service",
        "/etc/systemd/system/timers.target.wants/gatherer-report.timer",
        "/etc/cron.monthly/gatherer-report",
        "/usr/share/doc/gatherer",
    ] {
        assert!(std::fs::symlink_metadata(p).is_err(), "{p} left after purge");
    }
    for rc in ["/etc/rc2.d", "/etc/rc0.d"] {
        assert!(!std::fs::read_dir(rc).unwrap().any(|e| e
            .unwrap()
            .file_name()
            .to_string_lossy()
            .ends_with("gatherer")));
    }

    // Under Docker's policy (every invoke-rc.d action denied), remove still stops the
    // daemon the package started: none is left on the deleted binary, rewriting state
    // files after purge has deleted its pidfile.
    dpkg(&["-i"], Some(&deb));
    let third = eventually(30, "the daemon to run after the second install", daemon_pid);
    policy.deny_all();
    let o = dpkg(&["-r", "gatherer"], None);
    nothing_left_running("remove under a denying policy-rc.d", third);
    assert!(!Path::new("/run/gatherer.pid").exists(), "stopped, so its pidfile went with it: {}", text(&o));
    dpkg(&["--purge", "gatherer"], None);
    assert!(installed_processes().is_empty());
}
