//! Finding and reading rule files. A rule folder is untrusted input: its symlinks may
//! loop, and a path may name a file that is no rule at all (a credentials file), whose
//! contents must never be echoed in an error; only its name is.

use super::matcher::MAX_PATTERNS;
use super::parse_rule;
use super::PackRule;
use crate::error::ConfigError;
use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};

/// A rule file is a few hundred bytes; this bounds what a stray file can make us read.
const MAX_RULE_FILE: u64 = 1 << 20;

/// Every `.toml` rule file under `dir` (recursively), in path order; with `within`,
/// only files whose real path (symlinks resolved) lies under one of those folders.
pub fn load_dir(dir: &Path, within: Option<&[PathBuf]>) -> Result<Vec<PackRule>, ConfigError> {
    let mut files = Vec::new();
    let within = within
        .map(|roots| roots.iter().map(std::fs::canonicalize).collect::<Result<Vec<_>, _>>())
        .transpose()
        .map_err(|e| ConfigError::plain(e.to_string()))?;
    let walk = Walk { within };
    walk.collect(dir, &mut HashSet::new(), &mut files)
        .map_err(|e| ConfigError::plain(format!("{}: cannot read rule folder: {e}", dir.display())))?;
    files.sort();
    // Stopped as soon as the folder is over budget, before the next file compiles more.
    let mut patterns = 0;
    let mut rules = Vec::with_capacity(files.len());
    for f in &files {
        let rule = load_file(f)?;
        patterns += rule.patterns();
        if patterns > MAX_PATTERNS {
            return Err(ConfigError::plain(format!(
                "{}: the rule files compile more than {MAX_PATTERNS} patterns (a `[replace]` entry or a consistency spelling is one each); rule packs are untrusted input, so their memory is bounded",
                dir.display()
            )));
        }
        rules.push(rule);
    }
    Ok(rules)
}

fn load_file(f: &Path) -> Result<PackRule, ConfigError> {
    let name = f.display().to_string();
    let fail = |why: String| ConfigError::plain(format!("{name}: cannot read rule file: {why}"));
    let meta = std::fs::metadata(f).map_err(|e| fail(e.to_string()))?;
    if !meta.is_file() {
        return Err(fail("not a regular file".into()));
    }
    let mut text = String::new();
    let file = std::fs::File::open(f).map_err(|e| fail(e.to_string()))?;
    file.take(MAX_RULE_FILE + 1).read_to_string(&mut text).map_err(|e| fail(e.to_string()))?;
    if text.len() as u64 > MAX_RULE_FILE {
        return Err(fail(format!("larger than {MAX_RULE_FILE} bytes")));
    }
    if !looks_like_a_rule(&text) {
        return Err(ConfigError::plain(format!(
            "{name}: not a rule file (a rule file is TOML with `id` and `kind`); its contents are not shown"
        )));
    }
    parse_rule(&name, &text)
}

/// Whether errors may quote `text`: it has an `id` and a `kind` line, as a rule file
/// does even when its TOML is broken.
fn looks_like_a_rule(text: &str) -> bool {
    let key = |k: &str| {
        text.lines().any(|l| l.trim_start().strip_prefix(k).is_some_and(|rest| rest.trim_start().starts_with('=')))
    };
    key("id") && key("kind")
}

struct Walk {
    within: Option<Vec<PathBuf>>,
}

impl Walk {
    /// The rule files under `path`; a folder reached twice (a symlink loop, or two links
    /// to one folder) is an error rather than a walk without end.
    fn collect(&self, path: &Path, seen: &mut HashSet<PathBuf>, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
        let real = std::fs::canonicalize(path)?;
        if let Some(roots) = self.within.as_ref().filter(|roots| !roots.iter().any(|r| real.starts_with(r))) {
            let roots: Vec<String> = roots.iter().map(|r| r.display().to_string()).collect();
            return Err(std::io::Error::other(format!(
                "{} leads outside {}; rule packs must live in the project or an allowed rule folder",
                path.display(),
                roots.join(" and ")
            )));
        }
        if path.is_file() {
            out.push(path.to_path_buf());
            return Ok(());
        }
        if !seen.insert(real) {
            return Err(std::io::Error::other(format!(
                "{} is reached twice (a symlink loop or a second link to one folder)",
                path.display()
            )));
        }
        for entry in std::fs::read_dir(path)? {
            let p = entry?.path();
            if p.is_dir() || p.extension().is_some_and(|e| e == "toml") {
                self.collect(&p, seen, out)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_linking_to_itself_is_an_error_not_an_endless_walk() {
        let dir = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(".", dir.path().join("again")).unwrap();
        std::os::unix::fs::symlink(".", dir.path().join("more")).unwrap();
        let e = load_dir(dir.path(), None).unwrap_err();
        assert!(e.message().contains("is reached twice (a symlink loop"), "{}", e.message());
    }

    #[test]
    fn a_file_that_is_no_rule_is_named_never_shown() {
        let dir = tempfile::tempdir().unwrap();
        let secret = dir.path().join("credentials");
        std::fs::write(&secret, "[default]\naws_secret_access_key = hunter2\n").unwrap();
        let e = load_dir(&secret, None).unwrap_err();
        assert!(e.message().contains("not a rule file"), "{}", e.message());
        let shown = format!("{e:?}");
        assert!(!shown.contains("hunter2"), "{shown}");
    }

    #[test]
    fn a_broken_rule_file_is_still_quoted() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("r.toml");
        std::fs::write(&f, "id = \"desk/x\"\nkind = \"substitution\"\nmessage = \n").unwrap();
        let e = load_dir(&f, None).unwrap_err();
        assert!(e.line().is_some(), "{}", e.message());
    }
}
