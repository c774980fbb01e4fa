//! The command line: raw flags (with environment and env-file fallbacks) become
//! `Settings`, then one subcommand runs.

use crate::settings::{BadSetting, RawSettings, Settings};
use crate::{daemon, envfile, logger, registry, runner, show};
use anyhow::Result;
use clap::{CommandFactory, Parser, Subcommand};
use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(
    name = "gatherer",
    version,
    args_override_self = true,
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

#[derive(Subcommand, Debug, Clone, Copy, PartialEq, Eq)]
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
    let args: Vec<OsString> = std::env::args_os().collect();
    let (cli, unknown, env_file) = parse(&args).map_err(|e| match e.downcast::<clap::Error>() {
        Ok(clap_error) => clap_error.exit(),
        Err(other) => other,
    })?;
    let settings = Settings::from_raw(&cli.settings)?;
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
        Command::Stop => {
            daemon::stop(&settings)?;
            done(true)
        }
        Command::Status => Ok(ExitCode::from(daemon::status(&settings) as u8)),
        Command::Reload => Ok(ExitCode::from(if daemon::reload(&settings)? { Exit::Ok as u8 } else { 7 })),
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
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }
}
