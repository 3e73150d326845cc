//! Baselines for legacy archives: `--write-baseline FILE` records every finding by
//! path and fingerprint; `--baseline FILE` hides the findings it lists and reports the
//! entries that match nothing any more, so the file only shrinks. Paths are stored
//! relative to the baseline file, so the run may start from any folder.

use crate::lint::FileReport;
use crate::report::Stale;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// The file format's version, written as its first key.
const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct File {
    copydesk_baseline: u32,
    findings: Vec<Entry>,
}

#[derive(Serialize, Deserialize, Clone)]
struct Entry {
    path: String,
    rule: String,
    fingerprint: String,
    /// For the reader of the file and for the stale notice; not matched on.
    message: String,
}

/// A loaded baseline: entries by the path they belong to.
pub(super) struct Baseline {
    dir: PathBuf,
    by_path: HashMap<String, Vec<Entry>>,
}

/// `path` with symlinks and `..` resolved, so two spellings of one file compare equal;
/// a file that does not exist (standard input's name) resolves through its folder.
pub(super) fn resolved(path: &Path) -> Option<PathBuf> {
    std::fs::canonicalize(path).ok().or_else(|| {
        let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        Some(std::fs::canonicalize(dir).ok()?.join(path.file_name()?))
    })
}

/// Where the baseline file sits, as a resolved folder.
fn folder(file: &Path) -> PathBuf {
    let abs = resolved(file).unwrap_or_else(|| file.to_path_buf());
    abs.parent().map(Path::to_path_buf).unwrap_or_default()
}

/// A reported path as the baseline stores it: relative to the baseline's folder, `/`.
fn key(dir: &Path, path: &str) -> String {
    if path == "-" {
        return path.to_string();
    }
    let abs = resolved(Path::new(path)).unwrap_or_else(|| PathBuf::from(path));
    let rel = abs.strip_prefix(dir).map(Path::to_path_buf).unwrap_or(abs);
    rel.to_string_lossy().replace('\\', "/")
}

impl Baseline {
    pub fn load(path: &Path) -> Result<Baseline, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("--baseline {}: {}", path.display(), crate::lint::source::io_reason(&e)))?;
        let file: File = serde_json::from_str(&text)
            .map_err(|e| format!("--baseline {}: not a copydesk baseline: {e}", path.display()))?;
        if file.copydesk_baseline != VERSION {
            return Err(format!("--baseline {}: unknown version {}", path.display(), file.copydesk_baseline));
        }
        let mut by_path: HashMap<String, Vec<Entry>> = HashMap::new();
        for e in file.findings {
            by_path.entry(e.path.clone()).or_default().push(e);
        }
        Ok(Baseline { dir: folder(path), by_path })
    }

    /// Hide the findings of `report` the baseline lists; how many, and the file's
    /// entries that matched none. The fingerprints were taken on all the findings, so
    /// hiding some changes no other's.
    pub fn apply(&self, report: &mut FileReport) -> (usize, Vec<Stale>) {
        let Some(entries) = self.by_path.get(&key(&self.dir, &report.path)) else { return (0, Vec::new()) };
        let listed: HashSet<&str> = entries.iter().map(|e| e.fingerprint.as_str()).collect();
        let before = report.diagnostics.len();
        let seen: HashSet<String> = report.fingerprints.iter().cloned().collect();
        let keep: Vec<bool> = report.fingerprints.iter().map(|f| !listed.contains(f.as_str())).collect();
        retain(report, &keep);
        let stale = entries
            .iter()
            .filter(|e| !seen.contains(&e.fingerprint))
            .map(|e| Stale {
                path: report.path.clone(),
                rule: e.rule.clone(),
                fingerprint: e.fingerprint.clone(),
                message: e.message.clone(),
            })
            .collect();
        (before - report.diagnostics.len(), stale)
    }
}

/// Keep the findings (and their fingerprints) marked `true`.
pub(super) fn retain(report: &mut FileReport, keep: &[bool]) {
    let mut it = keep.iter();
    report.diagnostics.retain(|_| *it.next().unwrap_or(&true));
    let mut it = keep.iter();
    report.fingerprints.retain(|_| *it.next().unwrap_or(&true));
}

/// Record every finding of `reports` in a baseline at `path`.
pub(super) fn write(path: &Path, reports: &[FileReport]) -> Result<usize, String> {
    let dir = folder(path);
    let findings: Vec<Entry> = reports
        .iter()
        .flat_map(|r| {
            let key = key(&dir, &r.path);
            r.diagnostics.iter().zip(&r.fingerprints).map(move |(d, f)| Entry {
                path: key.clone(),
                rule: d.rule.as_str().to_string(),
                fingerprint: f.clone(),
                message: d.message.clone(),
            })
        })
        .collect();
    let n = findings.len();
    let mut text = serde_json::to_string_pretty(&File { copydesk_baseline: VERSION, findings })
        .map_err(|e| format!("--write-baseline: {e}"))?;
    text.push('\n');
    std::fs::write(path, text)
        .map_err(|e| format!("--write-baseline {}: {}", path.display(), crate::lint::source::io_reason(&e)))?;
    Ok(n)
}
