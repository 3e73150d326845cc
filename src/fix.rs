//! Fixes: apply the edits of chosen diagnostics to a text, show them as a unified diff,
//! and write a fixed file atomically (temporary file in the same folder, then rename) so
//! a failed write never loses the original.

use crate::diagnostic::{Applicability, Diagnostic, Edit};
use std::io::Write;
use std::path::Path;

/// Apply every safe fix (and unsafe ones when asked) whose edits do not overlap an
/// earlier fix. Returns the new text and how many fixes were applied, or `None`.
pub fn apply(source: &str, diagnostics: &[Diagnostic], unsafe_fixes: bool) -> Option<(String, usize)> {
    let mut fixes: Vec<&Vec<Edit>> = diagnostics
        .iter()
        .filter_map(|d| d.fix.as_ref())
        .filter(|f| f.applicability == Applicability::Safe || unsafe_fixes)
        .map(|f| &f.edits)
        .filter(|e| !e.is_empty())
        .collect();
    fixes.sort_by_key(|edits| edits.iter().map(|e| (e.span.start, e.span.end)).min());
    let mut chosen: Vec<&Edit> = Vec::new();
    let mut count = 0;
    for edits in fixes {
        let clashes = edits.iter().any(|e| chosen.iter().any(|c| overlaps(c, e)));
        if !clashes {
            chosen.extend(edits.iter());
            count += 1;
        }
    }
    if chosen.is_empty() {
        return None;
    }
    chosen.sort_by_key(|e| (e.span.start, e.span.end));
    let mut out = String::with_capacity(source.len());
    let mut at = 0;
    for e in chosen {
        out.push_str(&source[at..e.span.start]);
        out.push_str(&e.replacement);
        at = e.span.end;
    }
    out.push_str(&source[at..]);
    (out != source).then_some((out, count))
}

/// Two edits clash when their ranges overlap, or when both insert at the same point.
fn overlaps(a: &Edit, b: &Edit) -> bool {
    a.span.overlaps(b.span) || (a.span.start == b.span.start && (a.span.is_empty() || b.span.is_empty()))
}

/// A unified diff of a fix, with the path on both sides.
pub fn diff(path: &str, old: &str, new: &str) -> String {
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(2)
        .header(&format!("a/{path}"), &format!("b/{path}"))
        .to_string()
}

/// Replace `path` with `contents` atomically, keeping the original's permissions.
pub fn write_atomic(path: &Path, contents: &str) -> std::io::Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new().prefix(".copydesk-").suffix(".tmp").tempfile_in(dir)?;
    tmp.write_all(contents.as_bytes())?;
    tmp.as_file().sync_all()?;
    if let Ok(meta) = std::fs::metadata(path) {
        tmp.as_file().set_permissions(meta.permissions())?;
    }
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Fix, Severity};
    use crate::rules::RuleId;
    use crate::span::Span;

    fn diag(start: usize, end: usize, replacement: &str, applicability: Applicability) -> Diagnostic {
        Diagnostic {
            rule: RuleId::HashtagsRunTogether,
            severity: Severity::Error,
            message: String::new(),
            help: None,
            span: Span::new(start, end),
            labels: vec![],
            fix: Some(Fix {
                applicability,
                message: String::new(),
                edits: vec![Edit { span: Span::new(start, end), replacement: replacement.into() }],
            }),
        }
    }

    #[test]
    fn applies_non_overlapping_fixes_only() {
        let d = [
            diag(0, 3, "ONE", Applicability::Safe),
            diag(1, 2, "x", Applicability::Safe),
            diag(4, 4, " ", Applicability::Safe),
        ];
        assert_eq!(apply("one#two", &d, false), Some(("ONE# two".to_string(), 2)));
    }

    #[test]
    fn unsafe_fixes_need_consent() {
        let d = [diag(0, 3, "ONE", Applicability::Unsafe)];
        assert_eq!(apply("one", &d, false), None);
        assert_eq!(apply("one", &d, true), Some(("ONE".to_string(), 1)));
    }

    #[test]
    fn diff_names_the_file() {
        let d = diff("a.txt", "x\n#a#b\n", "x\n#a #b\n");
        assert!(d.contains("--- a/a.txt") && d.contains("-#a#b") && d.contains("+#a #b"), "{d}");
    }

    #[test]
    fn atomic_write_replaces_and_keeps_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("draft.md");
        std::fs::write(&path, "old").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_atomic(&path, "new").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o640);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file left");
    }

    #[test]
    fn failed_write_leaves_the_original_and_no_debris() {
        let dir = tempfile::tempdir().unwrap();
        // Renaming a file over a non-empty directory fails, even for root.
        let target = dir.path().join("draft.md");
        std::fs::create_dir(&target).unwrap();
        std::fs::write(target.join("keep.txt"), "precious").unwrap();
        assert!(write_atomic(&target, "new").is_err());
        assert_eq!(std::fs::read_to_string(target.join("keep.txt")).unwrap(), "precious");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "temporary file removed");
        assert!(write_atomic(&dir.path().join("no/such/dir/x.md"), "new").is_err());
    }
}
