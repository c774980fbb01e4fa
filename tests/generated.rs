//! Files generated from the command-line definition and the registry, committed so that a
//! plain `cargo deb` packages them: the shipped `/etc/default/gatherer` (every setting,
//! commented, with its default), the man pages (gatherer(8) with every setting, and the
//! check and munin faces), shell completions (bash, zsh, fish), and the plugin symlinks.
//! Each test fails when its file no longer matches the definition;
//!
//!     GATHERER_REGENERATE=1 cargo test --test generated
//!
//! rewrites them (then review and commit the diff).

use clap::{Arg, Command};
use gatherer::app::cli;
use std::fs;
use std::path::{Path, PathBuf};

fn repo(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(p)
}

fn regenerate() -> bool {
    std::env::var_os("GATHERER_REGENERATE").is_some()
}

/// Compare `path` with what the definition gives, or rewrite it when regenerating.
fn expect_file(path: &str, want: &[u8]) {
    let p = repo(path);
    if regenerate() {
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(&p, want).unwrap();
    }
    let have = fs::read(&p).unwrap_or_default();
    assert!(
        have == want,
        "{path} is out of date with the command line; run GATHERER_REGENERATE=1 cargo test --test generated"
    );
}

/// Every setting, in the order and under the headings of `gatherer config`.
fn settings() -> Vec<Arg> {
    let cmd = cli::command();
    let config = cmd.find_subcommand("config").unwrap();
    cmd.get_arguments()
        .chain(config.get_arguments())
        .filter(|a| a.get_env().is_some() && !a.is_hide_set())
        .cloned()
        .collect()
}

fn wrap(text: &str, width: usize, prefix: &str) -> String {
    let mut out = String::new();
    let mut line = String::from(prefix);
    for word in text.split_whitespace() {
        if line.len() + word.len() + 1 > width && line.len() > prefix.len() {
            out.push_str(line.trim_end());
            out.push('\n');
            line = String::from(prefix);
        }
        line.push_str(word);
        line.push(' ');
    }
    out.push_str(line.trim_end());
    out.push('\n');
    out
}

/// The shipped `/etc/default/gatherer`.
fn env_file_template() -> String {
    let mut out = String::from(
        "# /etc/default/gatherer: settings of gatherer, read by gatherer itself (every command, at\n\
         # start and at every reload) with the meaning /bin/sh gives this file. Every setting is\n\
         # listed, commented out, with its default: uncomment a line and edit it to change one.\n\
         # A command-line flag wins over the environment, which wins over this file.\n\
         # `gatherer config` shows every effective value and where it came from. Changes take\n\
         # effect on `/etc/init.d/gatherer reload` (or `systemctl reload gatherer`): only what\n\
         # changed restarts, and a malformed new value is logged and the running settings kept.\n\
         #\n\
         # Generated from gatherer's command-line definition (tests/generated.rs).\n",
    );
    let mut heading: Option<String> = None;
    for a in settings() {
        if a.get_id() == "env-file" {
            continue; // which file this is: not a setting inside it
        }
        let h = a.get_help_heading().unwrap_or("Options").to_string();
        if heading.as_deref() != Some(h.as_str()) {
            out.push_str(&format!("\n## {h}\n"));
            heading = Some(h);
        }
        let help = a.get_help().map(|h| h.to_string()).unwrap_or_default();
        out.push('\n');
        out.push_str(&wrap(&help, 88, "# "));
        let var = a.get_env().unwrap().to_string_lossy().into_owned();
        let default: Vec<String> = a.get_default_values().iter().map(|d| d.to_string_lossy().into_owned()).collect();
        out.push_str(&format!("#{var}={}\n", default.join(",")));
    }
    out
}

#[test]
fn the_shipped_env_file_lists_every_setting_with_its_default() {
    let text = env_file_template();
    expect_file("init/gatherer.default", text.as_bytes());
    // It means what it says: every line a comment, and uncommented, every value is valid.
    assert!(text.lines().all(|l| l.is_empty() || l.starts_with('#')));
    let active = text.replace("\n#GATHERER_", "\nGATHERER_");
    let entries = gatherer::app::envfile::parse(&active).unwrap();
    assert_eq!(entries.len(), settings().len() - 1, "one line per setting");
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("defaults");
    fs::write(&f, active).unwrap();
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_gatherer"))
        .arg("config")
        .env("GATHERER_ENV_FILE", &f)
        .output()
        .unwrap();
    assert!(o.status.success(), "every default, uncommented, is accepted: {}", String::from_utf8_lossy(&o.stderr));
}

/// gatherer(8): the command, its subcommands, and every setting as its options.
fn main_page() -> Vec<u8> {
    let cmd = cli::command();
    let mut page = Command::new("gatherer")
        .version(gatherer::VERSION)
        .about(cmd.get_about().unwrap().to_string())
        .long_about(
            "gatherer is a small background daemon for monitoring hosts. Collectors measure slow or awkward things \
             on their own schedule; the daemon writes each result atomically to a small JSON state file that \
             Nagios/Shinken checks (gatherer-check(8)) and munin (gatherer-munin(8)) read. Every setting below is \
             also a GATHERER_* environment variable and a line of the env file; the flag wins, then the \
             environment, then the file. Each subcommand reads only the settings it uses.",
        )
        .subcommands(cmd.get_subcommands().cloned());
    for a in settings() {
        page = page.arg(a);
    }
    let man = clap_mangen::Man::new(page).section("8");
    let mut out = Vec::new();
    man.render(&mut out).unwrap();
    out.extend_from_slice(
        b".SH FILES\n.TP\n/etc/default/gatherer\nsettings (see the env file's own comments)\n\
          .TP\n/tmp/__check_graphite_iostats.tmp, /opt/graphite/storage/whisper.nb_metrics, /dev/shm/vmware_stats_export.dat\n\
          state files of the diskstats, whisper and vmware collectors\n\
          .TP\n/var/log/gatherer/gatherer.log\nthe daemon's log\n\
          .TP\n/run/gatherer.pid\nthe pidfile, locked while the daemon runs\n\
          .TP\n/var/lib/gatherer/uuid, /etc/gatherer/report-disable\nthe usage report's node UUID and opt-out file \
          (see gatherer report --status)\n\
          .TP\n/usr/share/doc/gatherer/\nthe documentation\n\
          .SH EXIT STATUS\n0 success; 1 failure; 2 a malformed setting or usage. status: LSB 0 running, 1 dead with \
          pidfile, 3 not running, 4 unknown. stop and reload: 4 not allowed to signal the daemon, 7 (reload) not \
          running. report: 0 sent or nothing to do (no URL, opted out), 1 not sent.\n\
          .SH SEE ALSO\ngatherer-check(8), gatherer-munin(8)\n",
    );
    out
}

/// A face of the command (`check`, `munin`) as its own page, with each of its
/// subcommands' options.
fn face_page(name: &str, about: &str) -> Vec<u8> {
    let cmd = cli::command();
    let face = cmd.find_subcommand(name).unwrap().clone().name(format!("gatherer-{name}")).about(about.to_string());
    let mut out = Vec::new();
    clap_mangen::Man::new(face.clone()).section("8").render(&mut out).unwrap();
    for sub in face.get_subcommands().filter(|s| s.get_name() != "help") {
        let mut section = Vec::new();
        clap_mangen::Man::new(sub.clone()).render_options_section(&mut section).unwrap();
        let section = String::from_utf8(section).unwrap();
        out.extend_from_slice(format!(".SH \"{} {}\"\n", sub.get_name().to_uppercase(), "OPTIONS").as_bytes());
        out.extend_from_slice(section.trim_start_matches(".SH OPTIONS\n").as_bytes());
    }
    out
}

#[test]
fn man_pages_are_generated_from_the_command_line() {
    let main = main_page();
    let text = String::from_utf8_lossy(&main).into_owned();
    for setting in settings() {
        assert!(
            text.contains(&setting.get_long().unwrap().replace('-', "\\-")),
            "{:?} in gatherer(8)",
            setting.get_long()
        );
    }
    expect_file("packaging/man/gatherer.8", &main);
    let check = face_page("check", "Nagios/Shinken checks on gatherer's state files");
    let text = String::from_utf8_lossy(&check).into_owned();
    for link in cli::link_names().0 {
        assert!(text.contains(&link), "{link} in gatherer-check(8)");
    }
    expect_file("packaging/man/gatherer-check.8", &check);
    expect_file("packaging/man/gatherer-munin.8", &face_page("munin", "munin plugin on gatherer's state files"));
}

#[test]
fn shell_completions_are_generated_from_the_command_line() {
    use clap_complete::Shell;
    for (shell, file) in [(Shell::Bash, "gatherer.bash"), (Shell::Zsh, "_gatherer"), (Shell::Fish, "gatherer.fish")] {
        let mut cmd = cli::command();
        let mut out = Vec::new();
        clap_complete::generate(shell, &mut cmd, "gatherer", &mut out);
        assert!(String::from_utf8_lossy(&out).contains("disk-util"), "{file} completes the checks");
        expect_file(&format!("packaging/completions/{file}"), &out);
    }
}

#[test]
fn plugin_symlinks_are_the_registrys_link_names() {
    let (checks, graphs) = cli::link_names();
    for (dir, names) in [
        ("packaging/nagios-plugins", checks),
        ("packaging/munin-plugins", graphs.iter().map(|g| g.to_string()).collect()),
    ] {
        let dir = repo(dir);
        if regenerate() {
            let _ = fs::remove_dir_all(&dir);
            fs::create_dir_all(&dir).unwrap();
            for n in &names {
                std::os::unix::fs::symlink("/usr/sbin/gatherer", dir.join(n)).unwrap();
            }
        }
        let mut have: Vec<String> =
            fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        have.sort();
        let mut want = names.clone();
        want.sort();
        assert_eq!(have, want, "{} holds exactly the registry's link names", dir.display());
        for n in &names {
            assert_eq!(fs::read_link(dir.join(n)).unwrap(), Path::new("/usr/sbin/gatherer"));
        }
    }
}
