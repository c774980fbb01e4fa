//! The command line: raw flags (with environment and env-file fallbacks) become
//! `Settings`, then one subcommand runs.

use crate::settings::{BadSetting, RawSettings, Settings};
use crate::{check, daemon, envfile, logger, registry, runner, show};
use anyhow::Result;
use clap::{CommandFactory, Parser, Subcommand};
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(
    name = "gatherer",
    version,
    args_override_self = true,
    propagate_version = true,
    about = "Gathers slow measurements in the background into small state files for monitoring checks",
    after_help = "Every option can also be set by its GATHERER_* variable or in the env file; \
                  the flag wins, then the environment, then the file."
)]
struct Cli {
    #[command(flatten)]
    settings: RawSettings,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug, Clone)]
enum Command {
    /// Stay in the foreground; run every enabled collector on its interval until SIGTERM/SIGINT
    Run,
    /// Run each enabled collector once, write its state file, print a summary; exit 1 if any failed
    Once,
    /// Print what the state files hold and how old they are; exit 1 if any is missing or unreadable
    Show,
    /// Detach and run as a daemon with a locked pidfile; exit 0 once it is up (or already running)
    Start,
    /// Stop the daemon (SIGTERM, then SIGKILL after --stop-timeout); exit 0 if it was not running
    Stop,
    /// Say whether the daemon runs; LSB exit codes: 0 running, 1 dead with pidfile, 3 not running, 4 unknown
    Status,
    /// Send SIGHUP to the daemon: reopen its log, re-read its settings; exit 7 if it is not running
    Reload,
    /// Nagios/Shinken plugin on a state file: disk-util, whisper or vmware-ready (exit 0/1/2/3)
    Check(Box<check::CheckArgs>),
    /// munin plugin on a state file; link it as gatherer_diskutil, gatherer_whisper or gatherer_vmware_ready
    Munin {
        /// `config`, `autoconf`, or nothing for the values
        action: Option<String>,
        /// The graph, when not given by the name the plugin is linked as
        #[arg(long, value_enum)]
        graph: check::Graph,
    },
}

/// Exit statuses of `gatherer` itself (the checks and `status` have their own).
#[derive(Clone, Copy)]
enum Exit {
    Ok = 0,
    /// A collector failed (`once`), a state file is missing (`show`), or a runtime error.
    Failed = 1,
    /// A setting is malformed.
    BadSetting = 2,
}

pub fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(e) => {
            eprintln!("gatherer: error: {e:#}");
            log::error!("{e:#}");
            ExitCode::from(if e.downcast_ref::<BadSetting>().is_some() { Exit::BadSetting } else { Exit::Failed } as u8)
        }
    }
}

fn run() -> Result<ExitCode> {
    let args = by_link_name(std::env::args_os().collect());
    // A plugin's usage errors are UNKNOWN (3), not the daemon's 2.
    let plugin = args.iter().skip(1).any(|a| a == "check" || a == "munin");
    let parsed = parse(&args)
        .and_then(|(cli, unknown, env_file)| Ok((Settings::from_raw(&cli.settings)?, cli, unknown, env_file)));
    let (settings, cli, unknown, env_file) = match parsed {
        Ok(p) => p,
        Err(e) if plugin => {
            let text = match e.downcast_ref::<clap::Error>() {
                Some(c)
                    if matches!(
                        c.kind(),
                        clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion
                    ) =>
                {
                    c.exit()
                }
                Some(c) => c.render().to_string(),
                None => format!("{e:#}"),
            };
            println!("GATHERER UNKNOWN - {}", text.lines().find(|l| !l.trim().is_empty()).unwrap_or("bad arguments"));
            return Ok(ExitCode::from(check::PluginState::Unknown as u8));
        }
        Err(e) => match e.downcast::<clap::Error>() {
            Ok(clap_error) => clap_error.exit(),
            Err(other) => return Err(other),
        },
    };
    let warn_unknown = || {
        for key in &unknown {
            log::warn!("{}: unknown setting {key} ignored", env_file.display());
        }
    };
    let done = |ok: bool| Ok(ExitCode::from(if ok { Exit::Ok } else { Exit::Failed } as u8));
    match cli.command {
        Command::Run => {
            daemon::serve(&settings, &args, &mut None)?;
            done(true)
        }
        Command::Start => {
            daemon::start(&settings, &args)?;
            done(true)
        }
        Command::Stop => Ok(ExitCode::from(daemon::stop(&settings)? as u8)),
        Command::Status => Ok(ExitCode::from(daemon::status(&settings) as u8)),
        Command::Check(c) => Ok(ExitCode::from(check::run(&c, &settings) as u8)),
        Command::Munin { action, graph } => match check::munin(graph, action.as_deref(), &settings) {
            Ok(out) => {
                print!("{out}");
                done(true)
            }
            Err(e) => {
                eprintln!("{e}");
                done(false)
            }
        },
        Command::Reload => Ok(ExitCode::from(daemon::reload(&settings)? as u8)),
        Command::Once => {
            logger::init(settings.log_file.as_deref(), settings.debug, None)?;
            warn_unknown();
            done(once(&settings)?)
        }
        Command::Show => {
            logger::init(settings.log_file.as_deref(), settings.debug, None)?;
            warn_unknown();
            done(show::print(&registry::specs(&settings), &mut std::io::stdout())?)
        }
    }
}

/// Installed as a symlink, the name says what to run: `check_gatherer_disk_util` is
/// `gatherer check disk-util`, `gatherer_diskutil` (in munin's plugins directory) is
/// `gatherer munin --graph gatherer_diskutil`.
fn by_link_name(mut args: Vec<OsString>) -> Vec<OsString> {
    let Some(name) = args.first().and_then(|a| Path::new(a).file_name()).map(|n| n.to_string_lossy().into_owned())
    else {
        return args;
    };
    let insert: Vec<&str> = match name.as_str() {
        "check_gatherer_disk_util" => vec!["check", "disk-util"],
        "check_gatherer_whisper" => vec!["check", "whisper"],
        "check_gatherer_vmware_ready" => vec!["check", "vmware-ready"],
        "gatherer_diskutil" | "gatherer_whisper" | "gatherer_vmware_ready" => vec!["munin", "--graph", &name],
        _ => return args,
    };
    let insert: Vec<OsString> = insert.into_iter().map(OsString::from).collect();
    args.splice(1..1, insert);
    args
}

/// Settings as the command line `args` (with the environment and the env file as it is
/// now) give them: what SIGHUP re-reads.
pub fn settings_from(args: &[OsString]) -> Result<Settings> {
    let (cli, _, _) = parse(args)?;
    Ok(Settings::from_raw(&cli.settings)?)
}

/// Parse `args` with the env file's values placed first, as if given as flags: any flag
/// on the real command line overrides them (`args_override_self`), and a key set in the
/// environment is left out so the environment wins over the file. Returns the parsed
/// command line, the file's unknown GATHERER_* keys, and the file's path.
fn parse(args: &[OsString]) -> Result<(Cli, Vec<String>, PathBuf)> {
    let env_file = env_file_path(args.iter().skip(1).cloned());
    let entries = envfile::read(&env_file).map_err(|e| BadSetting(format!("{e:#}")))?;
    let command = Cli::command();
    let mut from_file: Vec<OsString> = Vec::new();
    let mut unknown = Vec::new();
    for e in entries.into_iter().filter(|e| e.key.starts_with("GATHERER_") && e.key != "GATHERER_ENV_FILE") {
        let flag = command.get_arguments().find(|a| a.get_env().is_some_and(|v| v == e.key.as_str()));
        match flag.and_then(|a| a.get_long()) {
            None => unknown.push(e.key),
            Some(_) if std::env::var_os(&e.key).is_some() => {}
            Some(long) => from_file.push(format!("--{long}={}", e.value).into()),
        }
    }
    let mut full = vec![args.first().cloned().unwrap_or_else(|| "gatherer".into())];
    full.extend(from_file);
    full.extend(args.iter().skip(1).cloned());
    let cli = Cli::try_parse_from(full)?;
    Ok((cli, unknown, env_file))
}

/// The env file is needed before clap parses (it supplies defaults), so find its path
/// by hand: `--env-file X`, `--env-file=X`, `GATHERER_ENV_FILE`, or the default.
fn env_file_path(args: impl Iterator<Item = OsString>) -> PathBuf {
    let mut args = args.peekable();
    while let Some(a) = args.next() {
        if a == "--" {
            break;
        }
        if a == "--env-file" {
            if let Some(v) = args.next() {
                return v.into();
            }
        } else if let Some(v) = a.to_str().and_then(|s| s.strip_prefix("--env-file=")) {
            return v.into();
        }
    }
    std::env::var_os("GATHERER_ENV_FILE").map(PathBuf::from).unwrap_or_else(|| "/etc/default/gatherer".into())
}

/// `gatherer once`: true when every collector succeeded.
fn once(settings: &Settings) -> Result<bool> {
    let specs = registry::specs(settings);
    let paths: Vec<PathBuf> = specs.iter().map(|s| s.state_path.clone()).collect();
    let outcomes = runner::start(specs, &daemon::hostname(), runner::Mode::Once)?.wait();
    let mut failed = Vec::new();
    for (o, path) in outcomes.iter().zip(&paths) {
        if o.ok {
            println!("{}: ok: {} -> {}", o.name, o.text, path.display());
        } else {
            println!("{}: FAILED: {}", o.name, o.text);
            failed.push(o.name);
        }
    }
    if !failed.is_empty() {
        eprintln!("gatherer: failed: {}", failed.join(", "));
    }
    Ok(failed.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn env_file_path_forms() {
        let p = |v: &[&str]| env_file_path(v.iter().map(OsString::from));
        assert_eq!(p(&["--env-file", "/a", "run"]), PathBuf::from("/a"));
        assert_eq!(p(&["run", "--env-file=/b"]), PathBuf::from("/b"));
    }

    #[test]
    fn link_names_become_subcommands() {
        let a = |v: &[&str]| by_link_name(v.iter().map(OsString::from).collect());
        assert_eq!(
            a(&["/usr/lib/nagios/plugins/check_gatherer_disk_util", "-w", "70"])[1..],
            ["check", "disk-util", "-w", "70"].map(OsString::from)
        );
        assert_eq!(
            a(&["/etc/munin/plugins/gatherer_whisper", "config"])[1..],
            ["munin", "--graph", "gatherer_whisper", "config"].map(OsString::from)
        );
        assert_eq!(a(&["gatherer", "show"])[1..], [OsString::from("show")]);
    }

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }
}
