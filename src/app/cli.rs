//! The command line, built from the registry: each subcommand gets only the settings it
//! uses (a check parses its collector's state path and interval, nothing else), every
//! setting has a `GATHERER_*` variable, and the env file's values become runtime defaults,
//! so the precedence is flag, then environment, then file, then built-in default, and
//! each value's source is known (for `gatherer config` and for error messages).

use super::envfile;
use crate::checks::{DynCheck, PluginState};
use crate::collectors::{CommonArgs, StateDirArgs, KINDS};
use crate::service::{LogArgs, PidArgs, StopArgs, UserArgs};
use crate::util::setting::redact_url;
use clap::builder::PossibleValuesParser;
use clap::parser::ValueSource;
use clap::{Arg, ArgAction, ArgMatches, Args as _, Command};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::ffi::OsString;
use std::path::{Path, PathBuf};

const ENV_FILE_DEFAULT: &str = "/etc/default/gatherer";

/// The whole command line.
pub fn command() -> Command {
    command_for(&|_| true)
}

/// The command line for a parse of the subcommands `parsed` names: only those are built
/// whole, with the hidden copies of every setting (see `tolerant` below); the others are
/// a name and a line of help. The settings are most of the command's size, and the heap a
/// parse takes stays with a long-lived daemon (glibc cannot give it back under what is
/// allocated after it), so `run` must not pay for `once`, `config` and the checks too.
/// When `parsed` names none of them (`gatherer --help`) or all, everything is built.
fn command_for(parsed: &dyn Fn(&str) -> bool) -> Command {
    const SUBS: [&str; 11] =
        ["run", "start", "stop", "status", "reload", "once", "show", "config", "check", "munin", "report"];
    let whole = SUBS.iter().all(|n| parsed(n)) || !SUBS.iter().any(|n| parsed(n));
    let built = |name: &str| whole || parsed(name);
    let collecting = |c: Command| KINDS.iter().fold(CommonArgs::augment_args(c), |c, k| k.add_args(c));
    let outputs = crate::sinks::add_args;
    let daemon = |c: Command| outputs(collecting(UserArgs::augment_args(LogArgs::augment_args(c))));
    let sub = |name: &'static str| Command::new(name).args_override_self(true);
    // `about` last: a flattened settings struct's doc comment would replace it.
    let either = |name: &'static str, about: &'static str, build: &dyn Fn(Command) -> Command| {
        if built(name) {
            build(sub(name)).about(about)
        } else {
            sub(name).about(about)
        }
    };
    let run = either(
        "run",
        "Stay in the foreground; run every enabled collector on its interval until SIGTERM/SIGINT",
        &daemon,
    );
    let start = either(
        "start",
        "Detach and run as a daemon with a locked pidfile; exit 0 once it is up (or already running)",
        &|c| PidArgs::augment_args(daemon(c)),
    );
    let once = either(
        "once",
        "Run each enabled collector once, write its state file, print a summary; exit 1 if any failed",
        &|c| outputs(collecting(LogArgs::augment_args(c))),
    );
    let show = either(
        "show",
        "Print what the state files hold and how old they are; exit 1 if any is missing or unreadable",
        &|c| {
            collecting(c).arg(
                Arg::new("json")
                    .long("json")
                    .action(ArgAction::SetTrue)
                    .help("One JSON object: each collector's state file, as read"),
            )
        },
    );
    let report_settings = |c: Command| crate::report::Args::augment_args(StateDirArgs::augment_args(c));
    let report = either(
        "report",
        "Send the scripts' last outputs and this node's UUID to --report-url (nothing without one, or when opted \
         out); exit 0 sent or nothing to do, 1 failed",
        &|c| crate::report::Actions::augment_args(report_settings(c)),
    );
    let config_settings =
        |c: Command| crate::report::Args::augment_args(PidArgs::augment_args(StopArgs::augment_args(daemon(c))));
    // Every setting was once accepted by every subcommand: keep accepting each (hidden
    // from the help of subcommands that do not use it, and never read or validated
    // there), so existing command lines and plugin definitions keep working. `config`
    // has every setting.
    let every: Vec<Arg> =
        config_settings(Command::new("every")).get_arguments().filter(|a| a.get_long().is_some()).cloned().collect();
    let config = either(
        "config",
        "Print the effective value of every setting and where it came from (flag, environment, env file, default)",
        &config_settings,
    );
    let stop = either(
        "stop",
        "Stop the daemon (SIGTERM, then SIGKILL after --stop-timeout); exit 0 if it was not running, 4 if not allowed",
        &|c| StopArgs::augment_args(PidArgs::augment_args(c)),
    );
    let status = either(
        "status",
        "Say whether the daemon runs; LSB exit codes: 0 running, 1 dead with pidfile, 3 not running, 4 unknown",
        &PidArgs::augment_args,
    );
    let reload = either(
        "reload",
        "Send SIGHUP to the daemon: reopen its log, re-read its settings; exit 7 if it is not running, 4 if not allowed",
        &PidArgs::augment_args,
    );

    let mut check = sub("check")
        .about("Nagios/Shinken plugin on a state file (exit 0/1/2/3); one subcommand per check")
        .subcommand_required(true)
        .arg_required_else_help(true);
    if built("check") {
        for kind in KINDS {
            for c in kind.checks() {
                let about = format!("{} [installed as {}]", c.about(), c.link());
                let leaf = StateDirArgs::augment_args(kind.add_state_args(sub(c.name())));
                check = check.subcommand(c.add_args(leaf).about(about));
            }
        }
    }
    let munin = either("munin", "munin plugin on a state file; link it under the name of its graph", &|c| {
        let graphs: Vec<&'static str> = KINDS.iter().flat_map(|k| k.graphs()).map(|g| g.link()).collect();
        KINDS
            .iter()
            .fold(StateDirArgs::augment_args(c), |c, k| k.add_state_args(c))
            .arg(
                Arg::new("action")
                    .value_name("ACTION")
                    .help("`config`, `autoconf`, `suggest`, or nothing for the values"),
            )
            .arg(
                Arg::new("graph")
                    .long("graph")
                    .required(true)
                    .value_parser(GraphName(graphs))
                    .help("The graph, when not given by the name the plugin is linked as"),
            )
    });

    let tolerant = |c: Command| {
        if !parsed(c.get_name()) {
            return c;
        }
        let missing: Vec<Arg> =
            every.iter().filter(|a| c.get_arguments().all(|b| b.get_id() != a.get_id())).cloned().collect();
        missing.into_iter().fold(c, |c, a| c.arg(a.hide(true).required(false)))
    };
    let report = tolerant(report);
    let (run, start, stop, status, reload, once, show) = (
        tolerant(run),
        tolerant(start),
        tolerant(stop),
        tolerant(status),
        tolerant(reload),
        tolerant(once),
        tolerant(show),
    );
    let munin = tolerant(munin);
    let leaves: Vec<String> = check.get_subcommands().map(|c| c.get_name().to_string()).collect();
    for leaf in leaves {
        check = check.mut_subcommand(leaf, tolerant);
    }

    // The listing of every setting is only for the top-level help.
    let listing = if whole { settings_listing(&every) } else { String::new() };
    Command::new("gatherer")
        .version(crate::VERSION)
        .long_version(crate::LONG_VERSION)
        .about("Gathers slow measurements in the background into small state files for monitoring checks")
        .after_help(listing)
        .subcommand_required(true)
        .arg_required_else_help(true)
        .propagate_version(true)
        .arg(
            Arg::new("env-file")
                .long("env-file")
                .env("GATHERER_ENV_FILE")
                .default_value(ENV_FILE_DEFAULT)
                .global(true)
                .value_name("PATH")
                .value_parser(clap::value_parser!(PathBuf))
                .help(
                    "Env file with KEY=VALUE lines (GATHERER_* names) filling unset settings; a missing file is fine",
                ),
        )
        .subcommands([run, start, stop, status, reload, once, show, config, check, munin, report])
}

/// Every setting for the top-level help, by heading: flag, variable, default, help.
fn settings_listing(args: &[Arg]) -> String {
    let mut out = String::from(
        "Settings (each subcommand takes those it uses; `gatherer SUBCOMMAND --help` shows them). Every setting \
         can also be set by its GATHERER_* variable or in the env file; the flag wins, then the environment, then \
         the file.\n",
    );
    let mut heading = None;
    for a in args {
        let h = a.get_help_heading().unwrap_or("Options");
        if heading != Some(h) {
            out.push_str(&format!("\n{h}:\n"));
            heading = Some(h);
        }
        let value = a.get_value_names().and_then(|v| v.first()).map(|v| format!(" <{v}>")).unwrap_or_default();
        let var = a.get_env().map(|v| v.to_string_lossy().into_owned()).unwrap_or_default();
        let default: Vec<String> = a.get_default_values().iter().map(|d| d.to_string_lossy().into_owned()).collect();
        let default = if default.is_empty() { String::new() } else { format!(" [default: {}]", default.join(",")) };
        let help = a.get_help().map(|h| h.to_string()).unwrap_or_default();
        out.push_str(&format!("  --{}{value}  {var}{default}\n      {help}\n", a.get_long().unwrap_or("")));
    }
    out
}

/// Where a setting's value came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Source {
    Flag,
    Environment,
    EnvFile { line: usize },
    Default,
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::Flag => f.write_str("flag"),
            Source::Environment => f.write_str("environment"),
            Source::EnvFile { line } => write!(f, "env file line {line}"),
            Source::Default => f.write_str("default"),
        }
    }
}

/// The command line as parsed, with where each value came from.
pub(crate) struct Parsed {
    pub(crate) matches: ArgMatches,
    /// The subcommand path (`["check", "disk-util"]`).
    pub(crate) sub: Vec<String>,
    pub(crate) env_file: PathBuf,
    /// `GATHERER_*` keys of the env file that no setting has (typos, usually), with lines.
    pub(crate) unknown: Vec<(String, usize)>,
    /// What `values` answers, worked out once: the command is big to build.
    settings: Vec<(String, String, Source)>,
}

impl Parsed {
    /// The matches of the innermost subcommand.
    pub(crate) fn leaf(&self) -> &ArgMatches {
        let mut m = &self.matches;
        while let Some((_, sub)) = m.subcommand() {
            m = sub;
        }
        m
    }

    /// Every setting of the innermost subcommand: flag, value (empty when unset), source.
    pub(crate) fn values(&self) -> &[(String, String, Source)] {
        &self.settings
    }

    /// The values alone, by flag: what a reload compares.
    pub(crate) fn value_map(&self) -> BTreeMap<String, String> {
        self.settings.iter().map(|(f, v, _)| (f.clone(), v.clone())).collect()
    }

    /// Whether `--flag` has its built-in default (no flag, variable or env file set it).
    pub(crate) fn is_default(&self, flag: &str) -> bool {
        self.settings.iter().any(|(f, _, s)| f == flag && *s == Source::Default)
    }

    /// Where the value of `--flag` came from, said for an error message.
    pub(crate) fn origin(&self, flag: &str) -> String {
        match self.settings.iter().find(|(f, _, _)| f == flag).map(|(_, _, s)| s) {
            Some(&Source::EnvFile { line }) => format!(" (set in {} line {line})", self.env_file.display()),
            Some(Source::Environment) => " (set in the environment)".into(),
            _ => String::new(),
        }
    }
}

/// `GATHERER_*` variables of the process environment that carry exactly the env file's
/// value: the init script (`set -a`) or systemd (`EnvironmentFile=`) put them there from
/// the file, so on reload the file, not this stale copy, must decide. Asked once, at
/// start, before the command line is parsed; an unreadable file has none (the parse
/// then says what is wrong with it).
pub(crate) fn copies_of_env_file(argv: &[OsString]) -> HashSet<String> {
    let Ok(entries) = envfile::read(&env_file_path(argv.iter().skip(1).cloned())) else { return HashSet::new() };
    let file: HashMap<String, String> = entries.into_iter().map(|e| (e.key, e.value)).collect();
    std::env::vars_os()
        .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
        .filter(|(k, v)| k.starts_with("GATHERER_") && file.get(k) == Some(v))
        .map(|(k, _)| k)
        .collect()
}

/// An error before anything ran: a usage error (clap's, with its whole message), or a
/// bad setting or env file.
#[derive(Debug)]
pub(crate) enum ParseError {
    Usage(clap::Error),
    Setting(anyhow::Error),
}

/// Parse `argv` with the env file's values as defaults. `stale_env`: variables of the
/// environment to disregard because they are copies of the env file from the start.
pub(crate) fn parse(argv: &[OsString], stale_env: &HashSet<String>) -> Result<Parsed, ParseError> {
    let env_file = env_file_path(argv.iter().skip(1).cloned());
    let entries = envfile::read(&env_file).map_err(ParseError::Setting)?;
    let mut file: HashMap<String, (String, usize)> = HashMap::new();
    for e in entries {
        file.insert(e.key, (e.value, e.line)); // the last assignment wins, as in sh
    }
    // Each setting's variable by argument id (a stale one is taken off the command).
    let mut known: HashMap<String, String> = HashMap::new();
    let mut from_file: HashMap<String, usize> = HashMap::new();
    let mut fill = |c: Command| with_file_defaults(c, &file, stale_env, &mut known, &mut from_file);
    // Every word of the command line that could name a subcommand: an over-estimate
    // (a value that happens to be `run`) costs only memory.
    let words: HashSet<&str> = argv.iter().skip(1).filter_map(|a| a.to_str()).collect();
    let mut cmd = fill(command_for(&|name| words.contains(name)));
    let subs: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for s in subs {
        cmd = cmd.mut_subcommand(&s, |sc| {
            let mut sc = fill(sc);
            let leaves: Vec<String> = sc.get_subcommands().map(|l| l.get_name().to_string()).collect();
            for l in leaves {
                sc = sc.mut_subcommand(&l, &mut fill);
            }
            sc
        });
    }
    let mut unknown: Vec<(String, usize)> = file
        .iter()
        .filter(|(k, _)| k.starts_with("GATHERER_") && !known.values().any(|v| v == *k) && *k != "GATHERER_ENV_FILE")
        .map(|(k, (_, line))| (k.clone(), *line))
        .collect();
    unknown.sort_by_key(|(_, line)| *line);
    let argv = flags_after_subcommand(&cmd, argv);
    let matches = cmd.try_get_matches_from_mut(argv).map_err(ParseError::Usage)?;
    let mut sub = Vec::new();
    let mut m = &matches;
    while let Some((name, s)) = m.subcommand() {
        sub.push(name.to_string());
        m = s;
    }
    let settings = settings(&cmd, &sub, m, &known, &from_file);
    Ok(Parsed { matches, sub, env_file, unknown, settings })
}

/// Every setting of the subcommand `sub` of `cmd` as `m` has it: flag, value (empty when
/// unset), source. `vars`: each argument's variable, `from_file`: the variables the env
/// file supplied, with their line.
fn settings(
    cmd: &Command,
    sub: &[String],
    m: &ArgMatches,
    vars: &HashMap<String, String>,
    from_file: &HashMap<String, usize>,
) -> Vec<(String, String, Source)> {
    let mut c = cmd;
    for name in sub {
        c = c.find_subcommand(name).expect("parsed from this command");
    }
    let mut out: Vec<(String, String, Source)> = Vec::new();
    for a in c.get_arguments().chain(cmd.get_arguments()) {
        let (Some(long), id) = (a.get_long(), a.get_id().as_str()) else { continue };
        if matches!(long, "help" | "version") || out.iter().any(|(l, _, _)| l == long) {
            continue;
        }
        // Shown by `config` and logged on reload: never a password inside a URL.
        let value = m
            .get_raw(id)
            .map(|vs| vs.map(|v| redact_url(&v.to_string_lossy())).collect::<Vec<_>>().join(","))
            .unwrap_or_default();
        let source = match m.value_source(id) {
            Some(ValueSource::CommandLine) => Source::Flag,
            Some(ValueSource::EnvVariable) => Source::Environment,
            _ => match vars.get(id).and_then(|v| from_file.get(v)) {
                Some(&line) => Source::EnvFile { line },
                None => Source::Default,
            },
        };
        out.push((long.to_string(), value, source));
    }
    out
}

/// Give each of `cmd`'s own arguments the env file's value as its default (unless the
/// environment has a live value for it), and forget stale environment copies.
fn with_file_defaults(
    mut cmd: Command,
    file: &HashMap<String, (String, usize)>,
    stale_env: &HashSet<String>,
    known: &mut HashMap<String, String>,
    from_file: &mut HashMap<String, usize>,
) -> Command {
    let args: Vec<(String, String)> = cmd
        .get_arguments()
        .filter_map(|a| Some((a.get_id().to_string(), a.get_env()?.to_string_lossy().into_owned())))
        .collect();
    for (id, var) in args {
        known.insert(id.clone(), var.clone());
        let stale = stale_env.contains(&var);
        let live_env = std::env::var_os(&var).is_some() && !stale;
        // `KEY=` (empty) in the file means unset: the built-in default applies.
        let value = file.get(&var).filter(|(v, _)| !live_env && !v.is_empty()).cloned();
        if let Some((_, line)) = &value {
            from_file.insert(var.clone(), *line);
        }
        cmd = cmd.mut_arg(id, |mut a| {
            if stale {
                a = a.env(clap::builder::Resettable::<clap::builder::OsStr>::Reset);
            }
            if let Some((v, _)) = value {
                a = a.default_value(v);
            }
            a
        });
    }
    cmd
}

/// The env file is needed before clap parses (it supplies defaults), so find its path by
/// hand: `--env-file X`, `--env-file=X`, `GATHERER_ENV_FILE`, or the default.
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
    std::env::var_os("GATHERER_ENV_FILE").map(PathBuf::from).unwrap_or_else(|| ENV_FILE_DEFAULT.into())
}

/// Flags may stand before the subcommand (`gatherer --diskstats-state X once`), as they
/// always could; each subcommand defines its own, so move them after it.
fn flags_after_subcommand(cmd: &Command, argv: &[OsString]) -> Vec<OsString> {
    let names: HashSet<&str> = cmd.get_subcommands().map(|s| s.get_name()).collect();
    let mut takes_value: HashMap<String, bool> = HashMap::new();
    for c in
        std::iter::once(cmd).chain(cmd.get_subcommands()).chain(cmd.get_subcommands().flat_map(|s| s.get_subcommands()))
    {
        for a in c.get_arguments() {
            if let Some(long) = a.get_long() {
                let num = a.get_num_args().unwrap_or_default();
                takes_value.entry(long.to_string()).or_insert(num.takes_values());
            }
        }
    }
    let mut before: Vec<OsString> = Vec::new();
    let mut i = 1;
    while i < argv.len() {
        let a = argv[i].to_string_lossy();
        if names.contains(a.as_ref()) || a == "--" || !a.starts_with('-') {
            break;
        }
        before.push(argv[i].clone());
        let long = a.strip_prefix("--").filter(|l| !l.contains('='));
        let next_is_value = argv
            .get(i + 1)
            .map(|n| n.to_string_lossy())
            .is_some_and(|n| !n.starts_with('-') && !names.contains(n.as_ref()));
        if long.is_some_and(|l| takes_value.get(l).copied().unwrap_or(false)) && next_is_value {
            before.push(argv[i + 1].clone());
            i += 1;
        }
        i += 1;
    }
    if before.is_empty() || i >= argv.len() {
        return argv.to_vec();
    }
    let mut out: Vec<OsString> = vec![argv[0].clone()];
    let rest = &argv[i..];
    let end = rest.iter().position(|a| a == "--").unwrap_or(rest.len());
    out.extend_from_slice(&rest[..end]);
    out.extend(before);
    out.extend_from_slice(&rest[end..]);
    out
}

/// `--graph`: any graph name a collector answers to (the installed names are listed as
/// its possible values; families of graphs, such as the providers' wildcard and
/// file-defined ones, answer to more).
#[derive(Clone)]
struct GraphName(Vec<&'static str>);

impl clap::builder::TypedValueParser for GraphName {
    type Value = String;

    fn parse_ref(&self, cmd: &Command, arg: Option<&Arg>, value: &std::ffi::OsStr) -> Result<String, clap::Error> {
        match value.to_str() {
            Some(v) if KINDS.iter().flat_map(|k| k.graphs()).any(|g| g.answers_to(v)) => Ok(v.to_string()),
            // clap's own message for a value not among the possible ones.
            _ => PossibleValuesParser::new(self.0.clone()).parse_ref(cmd, arg, value),
        }
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(self.0.iter().map(|&v| clap::builder::PossibleValue::new(v))))
    }
}

/// Installed as a symlink, the name says what to run: `check_gatherer_disk_util` is
/// `gatherer check disk-util`, `gatherer_diskutil` (in munin's plugins directory) is
/// `gatherer munin --graph gatherer_diskutil`. Every name comes from the registry.
pub(crate) fn by_link_name(mut args: Vec<OsString>) -> Vec<OsString> {
    let Some(name) = args.first().and_then(|a| Path::new(a).file_name()).map(|n| n.to_string_lossy().into_owned())
    else {
        return args;
    };
    let insert: Vec<String> = if let Some(c) = check_by_link(&name) {
        vec!["check".into(), c.name().into()]
    } else if KINDS.iter().flat_map(|k| k.graphs()).any(|g| g.answers_to(&name)) {
        vec!["munin".into(), "--graph".into(), name]
    } else {
        return args;
    };
    args.splice(1..1, insert.into_iter().map(OsString::from));
    args
}

fn check_by_link(link: &str) -> Option<&'static dyn DynCheck> {
    KINDS.iter().flat_map(|k| k.checks()).copied().find(|c| c.link() == link)
}

/// Every link name the plugins are installed as: (check links, munin links).
pub fn link_names() -> (Vec<String>, Vec<&'static str>) {
    let checks = KINDS.iter().flat_map(|k| k.checks()).map(|c| c.link()).collect();
    let graphs = KINDS.iter().flat_map(|k| k.graphs()).map(|g| g.link()).collect();
    (checks, graphs)
}

/// Whether `argv` asks for a plugin (check or munin), whose usage errors answer in the
/// plugin's own form.
pub(crate) fn plugin_kind(argv: &[OsString]) -> Option<&'static str> {
    argv.iter().skip(1).find_map(|a| match a.to_str() {
        Some("check") => Some("check"),
        Some("munin") => Some("munin"),
        _ => None,
    })
}

/// A usage error of `gatherer check`: UNKNOWN, with clap's whole message as the
/// plugin's long output (after the first line).
pub(crate) fn check_usage_error(e: &clap::Error) -> (PluginState, String) {
    let text = e.render().to_string();
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let first = lines.next().unwrap_or("bad arguments").trim_start_matches("error: ").to_string();
    let rest: Vec<&str> = lines.collect();
    let mut out = format!("GATHERER UNKNOWN - {first}");
    for l in rest {
        out.push('\n');
        out.push_str(l);
    }
    (PluginState::Unknown, out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn os(v: &[&str]) -> Vec<OsString> {
        v.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_cli_is_well_formed() {
        command().debug_assert();
    }

    /// Each subcommand's path in `cmd`: `["run"]`, `["check", "disk-util"]`, ...
    fn paths(cmd: &Command) -> Vec<Vec<String>> {
        let mut out = Vec::new();
        for s in cmd.get_subcommands() {
            out.push(vec![s.get_name().to_string()]);
            for l in s.get_subcommands() {
                out.push(vec![s.get_name().to_string(), l.get_name().to_string()]);
            }
        }
        out
    }

    fn ids(cmd: &Command, path: &[String]) -> Vec<String> {
        let c = path.iter().fold(cmd, |c, n| c.find_subcommand(n).unwrap());
        let mut ids: Vec<String> = c.get_arguments().map(|a| a.get_id().to_string()).collect();
        ids.sort();
        ids
    }

    #[test]
    fn a_parsed_subcommand_gets_every_setting_the_whole_command_gives_it() {
        let whole = command();
        let all = paths(&whole);
        assert!(all.len() > 15, "{all:?}");
        let mut hidden = 0;
        for path in &all {
            let only = command_for(&|n| path.iter().any(|p| p == n));
            assert_eq!(ids(&only, path), ids(&whole, path), "{path:?}");
            hidden += ids(&whole, path).len() - ids(&command_for(&|_| false), path).len();
        }
        assert!(hidden > 100, "the hidden copies are what is left out: {hidden}");
    }

    #[test]
    fn every_subcommand_still_accepts_settings_it_does_not_use() {
        let parse_ok = |v: &[&str]| {
            let argv = os(&[&["gatherer", "--env-file", "/nonexistent/gatherer"], v].concat());
            match parse(&argv, &HashSet::new()) {
                Ok(p) => p.sub,
                Err(ParseError::Usage(e)) => panic!("{v:?}: {e}"),
                Err(ParseError::Setting(e)) => panic!("{v:?}: {e:#}"),
            }
        };
        assert_eq!(parse_ok(&["status", "--debug", "1", "--cpu-interval", "30"]), ["status"]);
        assert_eq!(parse_ok(&["run", "--pidfile", "/x", "--stop-timeout", "5"]), ["run"]);
        assert_eq!(
            parse_ok(&["--pidfile", "/x", "check", "disk-util", "--memory-interval", "30"]),
            ["check", "disk-util"]
        );
        assert_eq!(parse_ok(&["munin", "--graph", "gatherer_whisper", "--debug", "1"]), ["munin"]);
    }

    #[test]
    fn env_file_path_forms() {
        let p = |v: &[&str]| env_file_path(v.iter().map(OsString::from));
        assert_eq!(p(&["--env-file", "/a", "run"]), PathBuf::from("/a"));
        assert_eq!(p(&["run", "--env-file=/b"]), PathBuf::from("/b"));
    }

    #[test]
    fn link_names_become_subcommands() {
        let a = |v: &[&str]| by_link_name(os(v));
        assert_eq!(
            a(&["/usr/lib/nagios/plugins/check_gatherer_disk_util", "-w", "70"])[1..],
            os(&["check", "disk-util", "-w", "70"])
        );
        assert_eq!(
            a(&["/etc/munin/plugins/gatherer_whisper", "config"])[1..],
            os(&["munin", "--graph", "gatherer_whisper", "config"])
        );
        assert_eq!(a(&["gatherer", "show"])[1..], os(&["show"]));
    }

    #[test]
    fn flags_before_the_subcommand_move_after_it() {
        let cmd = command();
        let f = |v: &[&str]| flags_after_subcommand(&cmd, &os(v));
        assert_eq!(
            f(&["g", "--diskstats-state", "/x", "--debug", "once", "--collectors", "diskstats"]),
            os(&["g", "once", "--collectors", "diskstats", "--diskstats-state", "/x", "--debug"])
        );
        assert_eq!(f(&["g", "--debug", "1", "run"]), os(&["g", "run", "--debug", "1"]));
        assert_eq!(f(&["g", "--pidfile=/p", "status"]), os(&["g", "status", "--pidfile=/p"]));
        assert_eq!(f(&["g", "once"]), os(&["g", "once"]));
        assert_eq!(
            f(&["g", "--diskstats-state", "/x", "check", "disk-util", "-w", "5"]),
            os(&["g", "check", "disk-util", "-w", "5", "--diskstats-state", "/x"])
        );
    }
}
