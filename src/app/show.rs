//! `gatherer show` (what each state file holds and how old it is) and `gatherer config`
//! (every setting's effective value and where it came from).

use super::cli::Parsed;
use super::{common, Exit};
use crate::collectors::KINDS;
use crate::state::{ago, Status, Trust};
use crate::util::timefmt::now_unix_ms;
use anyhow::Result;
use std::io::Write;

/// Every collector's state: named by `--collectors`, or all (a collector off by default
/// here says so, and why). Exit 1 when a state file that should be there is missing or
/// unreadable.
pub(crate) fn show(p: &Parsed) -> Result<Exit> {
    let m = p.leaf();
    let (common, named) = match common(p) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("gatherer: error: {e}{}", p.origin(&e.flag));
            return Ok(Exit::BadSetting);
        }
    };
    let json = m.get_flag("json");
    let now = now_unix_ms().div_euclid(1000);
    let mut all_good = true;
    let mut doc: std::collections::BTreeMap<&str, JsonEntry> = std::collections::BTreeMap::new();
    let mut out = std::io::stdout().lock();
    for kind in KINDS {
        let name = kind.name();
        if named.as_ref().is_some_and(|n| !n.contains(&name)) {
            continue;
        }
        let planned = match kind.plan(m, &common) {
            Ok(p) => p,
            Err(e) => {
                all_good = false;
                let text = format!("{e}{}", p.origin(&e.flag));
                if json {
                    doc.insert(name, JsonEntry { error: Some(text), ..JsonEntry::default() });
                } else {
                    writeln!(out, "{name}: bad setting: {text}")?;
                }
                continue;
            }
        };
        let path = super::resolve_state_path(p, planned.spec.state_path.clone());
        if let (None, Err(why)) = (&named, &planned.by_default) {
            if json {
                doc.insert(name, JsonEntry { path: Some(path), off: Some(why.clone()), ..JsonEntry::default() });
            } else {
                writeln!(out, "{name}: off by default here: {why}")?;
            }
            continue;
        }
        let read = kind.read_state(&path, Trust::Anyone);
        if json {
            // The file as it is (read once more: it was checked above), never as a tree
            // of values, which takes some twenty times its size.
            let raw = |path: &std::path::Path| -> Result<Box<serde_json::value::RawValue>> {
                let bytes = crate::util::file::read(path, crate::state::MAX_STATE_BYTES)?;
                Ok(serde_json::from_slice::<&serde_json::value::RawValue>(&bytes)?.to_owned())
            };
            let error = match read.map(|r| r.map(|_| raw(&path))) {
                Ok(Some(Ok(state))) => {
                    doc.insert(name, JsonEntry { path: Some(path), state: Some(state), ..JsonEntry::default() });
                    continue;
                }
                Ok(Some(Err(e))) => format!("{}: changed as it was read: {e:#}", path.display()),
                Ok(None) => "never written".to_string(),
                Err(e) => format!("{e:#}"),
            };
            all_good = false;
            doc.insert(name, JsonEntry { path: Some(path), error: Some(error), ..JsonEntry::default() });
            continue;
        }
        writeln!(out, "{name}: {}", path.display())?;
        match read {
            Ok(None) => {
                all_good = false;
                let dir = path.parent().filter(|d| !d.as_os_str().is_empty() && !d.exists());
                match dir {
                    Some(d) => writeln!(out, "  never written: its directory {} does not exist", d.display())?,
                    None => {
                        writeln!(out, "  never written (no such file): is the daemon running with this collector?")?
                    }
                }
            }
            Err(e) => {
                all_good = false;
                writeln!(out, "  UNREADABLE: {}", crate::util::text::escape_controls(&format!("{e:#}")))?;
            }
            Ok(Some(state)) => {
                let env = &state.envelope;
                let status = match env.status {
                    Status::Ok => "ok".to_string(),
                    Status::Error => format!("ERROR: {}", env.error.as_deref().unwrap_or("?")),
                };
                writeln!(out, "  status: {}", crate::util::text::escape_controls(&status))?;
                writeln!(out, "  last attempt {}, took {} ms", ago(now, env.attempted_at_unix), env.duration_ms)?;
                match (&env.measured_at, env.measured_at_unix, &state.reading) {
                    (Some(at), Some(t), Some(r)) => writeln!(
                        out,
                        "  measured at {} ({}): {}",
                        crate::util::text::escape_controls(at),
                        ago(now, t),
                        crate::util::text::escape_controls(&r.summary)
                    )?,
                    _ => writeln!(out, "  no good measurement yet")?,
                }
            }
        }
    }
    if json {
        writeln!(out, "{}", serde_json::to_string_pretty(&doc)?)?;
    }
    Ok(if all_good { Exit::Ok } else { Exit::Failed })
}

/// One collector in `show --json`.
#[derive(serde::Serialize, Default)]
struct JsonEntry {
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<std::path::PathBuf>,
    #[serde(skip_serializing_if = "Option::is_none")]
    state: Option<Box<serde_json::value::RawValue>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    off: Option<String>,
}

/// `gatherer config`: each setting's effective value and source, one per line, as
/// `--flag=value` with its variable and where the value came from.
pub(crate) fn config(p: &Parsed) -> Result<Exit> {
    let cmd = super::cli::command();
    let vars: std::collections::HashMap<String, String> = cmd
        .get_subcommands()
        .chain(std::iter::once(&cmd))
        .flat_map(|c| c.get_arguments())
        .filter_map(|a| Some((a.get_long()?.to_string(), a.get_env()?.to_string_lossy().into_owned())))
        .collect();
    let mut out = std::io::stdout().lock();
    for (flag, value, source) in p.values() {
        let var = vars.get(flag).cloned().unwrap_or_default();
        let shown = if value.is_empty() { "(unset)".to_string() } else { value.clone() };
        writeln!(out, "--{flag}={shown}\t# {var}, {source}")?;
    }
    Ok(Exit::Ok)
}
