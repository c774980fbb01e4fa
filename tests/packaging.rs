//! The Debian package that `cargo deb` builds holds every file the operating guide names,
//! in its place, with the settings file commented out and marked as a conffile.

mod common;
use common::*;
use std::process::Command;

#[test]
fn cargo_deb_builds_a_package_with_every_file_in_place() {
    let has_cargo_deb =
        Command::new("cargo").args(["deb", "--version"]).output().map(|o| o.status.success()).unwrap_or(false);
    if !has_cargo_deb || !have("dpkg-deb") {
        return peer_missing("cargo-deb (cargo install cargo-deb) and dpkg-deb");
    }
    let out = Command::new("cargo").args(["deb", "--quiet"]).current_dir(env!("CARGO_MANIFEST_DIR")).output().unwrap();
    assert!(out.status.success(), "cargo deb: {}", text(&out));
    let deb = String::from_utf8_lossy(&out.stdout).lines().last().unwrap_or_default().trim().to_string();
    assert!(deb.ends_with(".deb"), "cargo deb printed no package path: {}", text(&out));

    let list = Command::new("dpkg-deb").args(["-c", &deb]).output().unwrap();
    let list = String::from_utf8_lossy(&list.stdout);
    for (path, mode) in [
        ("./usr/sbin/gatherer", "-rwxr-xr-x"),
        ("./etc/init.d/gatherer", "-rwxr-xr-x"),
        ("./etc/default/gatherer", "-rw-r--r--"),
        ("./lib/systemd/system/gatherer.service", "-rw-r--r--"),
        ("./etc/logrotate.d/gatherer", "-rw-r--r--"),
        ("./usr/share/doc/gatherer/operating.md", "-rw-r--r--"),
        ("./usr/share/doc/gatherer/examples/carbon-cache-hook", "-rw-r--r--"),
    ] {
        let line = list
            .lines()
            .find(|l| l.ends_with(&format!(" {path}")))
            .unwrap_or_else(|| panic!("{path} missing from:\n{list}"));
        assert!(line.starts_with(mode), "{path}: {line}");
    }
    for plugin in [
        "usr/lib/nagios/plugins/check_gatherer_disk_util",
        "usr/lib/nagios/plugins/check_gatherer_whisper",
        "usr/lib/nagios/plugins/check_gatherer_vmware_ready",
        "usr/share/munin/plugins/gatherer_diskutil",
        "usr/share/munin/plugins/gatherer_whisper",
        "usr/share/munin/plugins/gatherer_vmware_ready",
    ] {
        let line = list
            .lines()
            .find(|l| l.contains(&format!(" ./{plugin} -> ")))
            .unwrap_or_else(|| panic!("{plugin} missing:\n{list}"));
        assert!(line.starts_with('l') && line.ends_with("sbin/gatherer"), "{plugin} links to the binary: {line}");
    }
    let conffiles = Command::new("dpkg-deb").args(["-I", &deb, "conffiles"]).output().unwrap();
    let conffiles = String::from_utf8_lossy(&conffiles.stdout);
    assert!(
        conffiles.contains("/etc/default/gatherer") && conffiles.contains("/etc/logrotate.d/gatherer"),
        "{conffiles}"
    );

    let default = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/init/gatherer.default")).unwrap();
    assert!(
        default.lines().all(|l| l.trim().is_empty() || l.starts_with('#')),
        "every default setting is commented out"
    );
    let entries = gatherer::app::envfile::parse(&default.replace("\n#GATHERER_", "\nGATHERER_")).unwrap();
    let o = Command::new(bin()).arg("--help").output().unwrap();
    let help = String::from_utf8_lossy(&o.stdout);
    for e in entries {
        assert!(help.contains(&e.key), "the default file names {} which gatherer does not know", e.key);
    }
}
