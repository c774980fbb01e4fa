//! The command line: raw flags (with environment and env-file fallbacks) become
//! `Settings`, then one subcommand runs.

use crate::settings::{BadSetting, RawSettings, Settings};
use crate::{envfile, logger, registry, runner, show};
use anyhow::{Context, Result};
use clap::{CommandFactory, Parser, Subcommand};
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(
    name = "gatherer",
    version,
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

#[derive(Subcommand, Debug, Clone, Copy)]
enum Command {
    /// Stay in the foreground; run every enabled collector on its interval until SIGTERM/SIGINT
    Run,
    /// Run each enabled collector once, write its state file, print a summary; exit 1 if any failed
    Once,
    /// Print what the state files hold and how old they are; exit 1 if any is missing or unreadable
    Show,
}

/// Exit statuses of `gatherer` itself (the checks have their own).
#[derive(Clone, Copy)]
enum Exit {
    Ok = 0,
    /// A collector failed (`once`), a state file is missing (`show`), or a runtime error.
    Failed = 1,
    /// A setting is malformed.
    BadSetting = 2,
}

impl From<Exit> for ExitCode {
    fn from(e: Exit) -> ExitCode {
        ExitCode::from(e as u8)
    }
}

pub fn main() -> ExitCode {
    match run() {
        Ok(code) => code.into(),
        Err(e) => {
            eprintln!("gatherer: error: {e:#}");
            log::error!("{e:#}");
            if e.downcast_ref::<BadSetting>().is_some() {
                Exit::BadSetting.into()
            } else {
                Exit::Failed.into()
            }
        }
    }
}

fn run() -> Result<Exit> {
    let env_file = env_file_path(std::env::args_os().skip(1));
    let unknown = load_env_file(&env_file)?;
    let cli = Cli::try_parse().unwrap_or_else(|e| e.exit());
    let settings = Settings::from_raw(&cli.settings)?;
    logger::init(settings.log_file.as_deref(), settings.debug)?;
    for key in unknown {
        log::warn!("{}: unknown setting {key} ignored", env_file.display());
    }
    match cli.command {
        Command::Run => run_forever(&settings),
        Command::Once => once(&settings),
        Command::Show => {
            Ok(if show::print(&registry::specs(&settings), &mut std::io::stdout())? { Exit::Ok } else { Exit::Failed })
        }
    }
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

/// Put the env file's settings into the environment where the environment has none, so
/// clap sees them with the right precedence. Returns the GATHERER_* keys nobody reads.
fn load_env_file(path: &std::path::Path) -> Result<Vec<String>> {
    let entries = envfile::read(path).map_err(|e| BadSetting(format!("{e:#}")))?;
    let known: Vec<String> =
        Cli::command().get_arguments().filter_map(|a| a.get_env().map(|e| e.to_string_lossy().into_owned())).collect();
    let mut unknown = Vec::new();
    for e in entries {
        if !e.key.starts_with("GATHERER_") {
            continue; // the init script's own variables share the file
        }
        if !known.contains(&e.key) {
            unknown.push(e.key);
        } else if std::env::var_os(&e.key).is_none() {
            // Still single-threaded here: nothing else reads the environment concurrently.
            std::env::set_var(&e.key, &e.value);
        }
    }
    Ok(unknown)
}

fn hostname() -> String {
    let mut buf = [0u8; 256];
    // SAFETY: the buffer is valid for its length; gethostname NUL-terminates within it
    // (or truncates, and the last byte stays 0 since we never let it write there).
    let rc = unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len() - 1) };
    if rc != 0 {
        return "unknown".into();
    }
    let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    String::from_utf8_lossy(&buf[..end]).into_owned()
}

fn run_forever(settings: &Settings) -> Result<Exit> {
    // Registered before any thread starts, so no signal finds the default disposition.
    let mut signals =
        signal_hook::iterator::Signals::new([SIGTERM, SIGINT, SIGHUP]).context("cannot install signal handlers")?;
    log::info!("gatherer {} starting; collectors: {}", env!("CARGO_PKG_VERSION"), settings.collectors.join(", "));
    let runner = runner::start(registry::specs(settings), &hostname(), runner::Mode::Forever)?;
    for signal in signals.forever() {
        if signal == SIGHUP {
            match logger::reopen() {
                Ok(()) => log::info!("SIGHUP: log file reopened"),
                Err(e) => log::error!("SIGHUP: {e:#}"),
            }
            continue;
        }
        log::info!("{}: stopping after the writes in progress", if signal == SIGTERM { "SIGTERM" } else { "SIGINT" });
        break;
    }
    runner.stop();
    log::info!("stopped");
    Ok(Exit::Ok)
}

fn once(settings: &Settings) -> Result<Exit> {
    let specs = registry::specs(settings);
    let paths: Vec<PathBuf> = specs.iter().map(|s| s.state_path.clone()).collect();
    let outcomes = runner::start(specs, &hostname(), runner::Mode::Once)?.wait();
    let mut failed = Vec::new();
    for (o, path) in outcomes.iter().zip(&paths) {
        if o.ok {
            println!("{}: ok: {} -> {}", o.name, o.text, path.display());
        } else {
            println!("{}: FAILED: {}", o.name, o.text);
            failed.push(o.name);
        }
    }
    if failed.is_empty() {
        Ok(Exit::Ok)
    } else {
        eprintln!("gatherer: failed: {}", failed.join(", "));
        Ok(Exit::Failed)
    }
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
