//! Puts the commit and the build date into `gatherer --version`. Outside a git checkout
//! (a release tarball) the commit is "unknown"; SOURCE_DATE_EPOCH, when set, fixes the
//! date for reproducible builds. A release build also gets its code laid out by
//! `build/link-order.txt` (see `link_order`).

use std::path::Path;
use std::process::Command;

fn output(cmd: &mut Command) -> Option<String> {
    let o = cmd.output().ok().filter(|o| o.status.success())?;
    Some(String::from_utf8_lossy(&o.stdout).trim().to_string()).filter(|s| !s.is_empty())
}

/// The code a running daemon executes, first and together: with the functions of its
/// cycles spread over the whole binary, the kernel's 64 KiB fault-around maps nearly all
/// of the code into the daemon's RSS (docs/design.md, "Footprint"). The list is made by
/// `benches/link-order.sh`; a function it does not name (new since) is only placed with
/// the rest. Only where the linker is known to be LLD (rustc 1.90 and later on
/// x86_64-unknown-linux-gnu, no linker chosen): `GATHERER_LINK_ORDER=0` turns it off
/// (`profile`: the list without `numbered_copies`, for benches/link-order.sh).
/// `GATHERER_LINK_MAP=PATH` writes the linker's map there (what the list is made from).
fn link_order() {
    for var in ["GATHERER_LINK_ORDER", "GATHERER_LINK_MAP", "CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_LINKER"] {
        println!("cargo:rerun-if-env-changed={var}");
    }
    println!("cargo:rerun-if-changed=build/link-order.txt");
    let env = |k: &str| std::env::var(k).unwrap_or_default();
    let minor = output(Command::new(env("RUSTC")).arg("-V"))
        .and_then(|v| v.split(['.', ' ']).nth(2).and_then(|m| m.parse::<u32>().ok()))
        .unwrap_or(0);
    let flags = env("CARGO_ENCODED_RUSTFLAGS");
    let lld = env("TARGET") == "x86_64-unknown-linux-gnu"
        && minor >= 90
        && !flags.contains("linker")
        && !flags.contains("link-self-contained")
        && std::env::var_os("CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_LINKER").is_none();
    let list = Path::new(&env("CARGO_MANIFEST_DIR")).join("build/link-order.txt");
    if env("PROFILE") != "release" || !lld || env("GATHERER_LINK_ORDER") == "0" {
        return;
    }
    if let Ok(text) = std::fs::read_to_string(&list) {
        println!("cargo:rustc-link-arg-bins=-Wl,--symbol-ordering-file={}", list.display());
        println!("cargo:rustc-link-arg-bins=-Wl,--no-warn-symbol-ordering");
        let script = Path::new(&env("OUT_DIR")).join("numbered-copies.ld");
        // The profile (benches/link-order.sh) needs them in .text: valgrind names the
        // code of no object outside it, and the list needs their numbers of this build.
        if env("GATHERER_LINK_ORDER") != "profile" && std::fs::write(&script, numbered_copies(&text)).is_ok() {
            println!("cargo:rustc-link-arg-bins=-Wl,-T,{}", script.display());
        }
    }
    if let Some(map) = std::env::var_os("GATHERER_LINK_MAP") {
        println!("cargo:rustc-link-arg-bins=-Wl,-Map={}", Path::new(&map).display());
    }
}

/// A linker script that lays out, just before the rest of the code, every copy of each
/// function the list names with a number: fat LTO keeps several local copies of some small
/// functions of std (`alloc_impl_runtime.1326`, `write_str.2601`) and numbers them in
/// module order, so any change to the code renumbers them and the ordering file, which
/// only takes exact names, would miss them; each missed one, hot, drew a 64 KiB window of
/// code into the daemon's RSS again (0.5 MiB over a one-line change, docs/design.md). The
/// copies are a few hundred bytes; placing the cold ones too costs nothing measurable.
/// `INSERT BEFORE` keeps the linker's own layout for everything else. With
/// `-ffunction-sections` (rustc's default) each function has its own `.text.NAME` section.
fn numbered_copies(list: &str) -> String {
    let bases: Vec<&str> = list
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.trim().rsplit_once('.'))
        .filter(|(base, n)| !base.is_empty() && !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        .map(|(base, _)| base)
        // A name a glob would read otherwise is left to the ordering file.
        .filter(|base| !base.contains(['*', '?', '[', ']', '\\', ' ', '(', ')']))
        .collect();
    let mut script = String::from("SECTIONS {\n  .text.numbered_copies : {\n");
    let mut seen = std::collections::HashSet::new();
    for base in bases.into_iter().filter(|b| seen.insert(*b)) {
        script.push_str(&format!("    *(.text.{base}.[0-9]*)\n"));
    }
    script.push_str("  }\n}\nINSERT BEFORE .text;\n");
    script
}

fn main() {
    link_order();
    let commit =
        output(Command::new("git").args(["rev-parse", "--short=12", "HEAD"])).unwrap_or_else(|| "unknown".into());
    let when = std::env::var("SOURCE_DATE_EPOCH").map(|e| format!("@{e}")).unwrap_or_else(|_| "now".into());
    let date = output(Command::new("date").args(["-u", "-d", &when, "+%Y-%m-%d"])).unwrap_or_else(|| "unknown".into());
    println!("cargo:rustc-env=GATHERER_COMMIT={commit}");
    println!("cargo:rustc-env=GATHERER_BUILD_DATE={date}");
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");
    println!("cargo:rerun-if-changed=build.rs");
    // A new commit moves HEAD's branch ref (or HEAD itself when detached).
    let git = Path::new(".git");
    if git.is_dir() {
        println!("cargo:rerun-if-changed=.git/HEAD");
        if let Some(r) = std::fs::read_to_string(git.join("HEAD"))
            .ok()
            .and_then(|h| h.strip_prefix("ref: ").map(|r| r.trim().to_string()))
        {
            if git.join(&r).exists() {
                println!("cargo:rerun-if-changed=.git/{r}");
            }
        }
        if git.join("packed-refs").exists() {
            println!("cargo:rerun-if-changed=.git/packed-refs");
        }
    }
}
