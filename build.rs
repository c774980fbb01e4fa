//! Puts the commit and the build date into `gatherer --version`. Outside a git checkout
//! (a release tarball) the commit is "unknown"; SOURCE_DATE_EPOCH, when set, fixes the
//! date for reproducible builds.

use std::path::Path;
use std::process::Command;

fn output(cmd: &mut Command) -> Option<String> {
    let o = cmd.output().ok().filter(|o| o.status.success())?;
    Some(String::from_utf8_lossy(&o.stdout).trim().to_string()).filter(|s| !s.is_empty())
}

fn main() {
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
