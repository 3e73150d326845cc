//! `--changed-since REV`: which lines of each file changed since REV's merge base with
//! HEAD. git gives the names (renames found, untracked files listed) and the old
//! contents; the diff is computed here with `similar`, so nothing in the user's git
//! config (prefixes, colour, external diff tools, rename settings) can change what is
//! parsed. Line endings are not compared: a file converted to CRLF has no changed lines.

use similar::{DiffTag, TextDiff};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The files changed since a base commit.
pub(super) struct Changes {
    root: PathBuf,
    base: String,
    /// Root-relative path now → its root-relative path at the base (`None`: added).
    changed: HashMap<String, Option<String>>,
    /// Files git does not track (and does not ignore): new, every line changed.
    untracked: HashSet<String>,
}

/// Which lines of one file count as changed.
pub(super) enum Touched {
    All,
    /// 1-based line numbers.
    Lines(HashSet<usize>),
}

impl Touched {
    pub fn any(&self, first: usize, last: usize) -> bool {
        match self {
            Touched::All => true,
            Touched::Lines(lines) => (first..=last).any(|l| lines.contains(&l)),
        }
    }
}

/// Run git in `dir` and return its standard output, or a one-line reason.
fn git(dir: &Path, args: &[&str]) -> Result<Vec<u8>, String> {
    let out = Command::new("git")
        .current_dir(dir)
        .args(["-c", "core.quotePath=false", "--no-pager"])
        .args(args)
        .env("GIT_OPTIONAL_LOCKS", "0")
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if out.status.success() {
        Ok(out.stdout)
    } else {
        Err(String::from_utf8_lossy(&out.stderr).trim().to_string())
    }
}

impl Changes {
    /// The changes since `rev`, seen from the current directory's repository.
    pub fn new(rev: &str) -> Result<Changes, String> {
        let here = std::env::current_dir().map_err(|e| format!("--changed-since: {e}"))?;
        let top = git(&here, &["rev-parse", "--show-toplevel"])
            .map_err(|e| format!("--changed-since needs a git repository ({e})"))?;
        let root = PathBuf::from(String::from_utf8_lossy(&top).trim_end_matches(['\n', '\r']));
        let root = std::fs::canonicalize(&root).unwrap_or(root);
        let missing = |_| {
            format!(
                "--changed-since: revision `{rev}` is not in this repository, or has no merge base with HEAD \
                 (a shallow clone may lack it: fetch it, e.g. actions/checkout with fetch-depth: 0)"
            )
        };
        git(&root, &["rev-parse", "--verify", "--quiet", "--end-of-options", &format!("{rev}^{{commit}}")])
            .map_err(missing)?;
        let base = git(&root, &["merge-base", rev, "HEAD"]).map_err(missing)?;
        let base = String::from_utf8_lossy(&base).trim().to_string();
        let names = git(
            &root,
            &["diff", "--name-status", "-z", "-M", "--no-color", "--no-ext-diff", "--no-relative", &base, "--"],
        )
        .map_err(|e| format!("--changed-since: git diff failed: {e}"))?;
        let others = git(&root, &["ls-files", "--others", "--exclude-standard", "-z"])
            .map_err(|e| format!("--changed-since: git ls-files failed: {e}"))?;
        let untracked = fields(&others).into_iter().collect();
        Ok(Changes { root, base, changed: parse_name_status(&names), untracked })
    }

    /// The changed lines of `path`, whose text is now `text`. Standard input may differ
    /// from the file on disk, so it is always compared with the base.
    pub fn touched(&self, path: &Path, text: &str, stdin: bool) -> Result<Touched, String> {
        let Some(rel) = self.relative(path) else { return Ok(Touched::All) };
        if self.untracked.contains(&rel) {
            return Ok(Touched::All);
        }
        let old_path = match self.changed.get(&rel) {
            Some(None) => return Ok(Touched::All),
            Some(Some(old)) => old.clone(),
            None if stdin => rel,
            None => return Ok(Touched::Lines(HashSet::new())),
        };
        match git(&self.root, &["cat-file", "blob", &format!("{}:{old_path}", self.base)]) {
            Ok(old) => Ok(Touched::Lines(changed_lines(&String::from_utf8_lossy(&old), text))),
            // Not at the base (standard input named as a new file): all of it is new.
            Err(_) => Ok(Touched::All),
        }
    }

    /// `path` relative to the repository root, with `/`; `None` outside it.
    fn relative(&self, path: &Path) -> Option<String> {
        let abs = super::baseline::resolved(path)?;
        let rel = abs.strip_prefix(&self.root).ok()?;
        Some(rel.to_string_lossy().replace('\\', "/"))
    }
}

fn fields(bytes: &[u8]) -> Vec<String> {
    bytes.split(|&b| b == 0).filter(|f| !f.is_empty()).map(|f| String::from_utf8_lossy(f).into_owned()).collect()
}

/// `git diff --name-status -z`: a status, then one path, or two for renames and copies.
fn parse_name_status(bytes: &[u8]) -> HashMap<String, Option<String>> {
    let mut out = HashMap::new();
    let mut it = fields(bytes).into_iter();
    while let Some(status) = it.next() {
        let Some(first) = it.next() else { break };
        match status.chars().next() {
            Some('R' | 'C') => {
                if let Some(new) = it.next() {
                    out.insert(new, Some(first));
                }
            }
            Some('A') => {
                out.insert(first, None);
            }
            Some('D') => {}
            _ => {
                out.insert(first.clone(), Some(first));
            }
        }
    }
    out
}

/// The 1-based lines of `new` that an insertion or a replacement produced.
fn changed_lines(old: &str, new: &str) -> HashSet<usize> {
    let (old, new) = (old.replace("\r\n", "\n"), new.replace("\r\n", "\n"));
    let diff = TextDiff::from_lines(&old, &new);
    let mut lines = HashSet::new();
    for op in diff.ops() {
        if matches!(op.tag(), DiffTag::Insert | DiffTag::Replace) {
            lines.extend(op.new_range().map(|i| i + 1));
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changed_lines_ignore_line_endings() {
        assert!(changed_lines("a\nb\nc\n", "a\r\nb\r\nc\r\n").is_empty());
        let mut got: Vec<usize> = changed_lines("a\nb\nc\n", "a\nB\nc\nd\n").into_iter().collect();
        got.sort();
        assert_eq!(got, [2, 4]);
    }

    #[test]
    fn name_status_with_renames() {
        let map = parse_name_status(b"M\0a b.md\0R087\0old.md\0new\xc3\xa9.md\0A\0n.md\0D\0gone.md\0");
        assert_eq!(map["a b.md"], Some("a b.md".into()));
        assert_eq!(map["new\u{e9}.md"], Some("old.md".into()));
        assert_eq!(map["n.md"], None);
        assert!(!map.contains_key("gone.md"));
    }
}
