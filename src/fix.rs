//! Fixes: apply the edits of chosen diagnostics to a text, show them as a unified diff,
//! and write a fixed file atomically (temporary file in the same folder, then rename) so
//! a failed write never loses the original, through symlinks and keeping owner, mode and
//! hard links, and never over an edit made since the file was read.

use crate::diagnostic::{Applicability, Diagnostic, Edit};
use std::io::Write;
use std::path::Path;

/// Apply every safe fix (and unsafe ones when asked) whose edits do not overlap an
/// earlier fix. Returns the new text and how many fixes were applied, or `None`.
pub fn apply(source: &str, diagnostics: &[Diagnostic], unsafe_fixes: bool) -> Option<(String, usize)> {
    let mut fixes: Vec<&Vec<Edit>> =
        applicable(diagnostics, unsafe_fixes).filter_map(|d| d.fix.as_ref()).map(|f| &f.edits).collect();
    fixes.sort_by_key(|edits| edits.iter().map(|e| (e.span.start, e.span.end)).min());
    // Chosen edits never overlap, so keyed by start only the neighbours of a new edit
    // can clash with it: each fix costs a lookup, not a pass over every chosen edit.
    let mut chosen: std::collections::BTreeMap<usize, &Edit> = std::collections::BTreeMap::new();
    let mut count = 0;
    for edits in fixes {
        let clashes = edits.iter().any(|e| {
            let before = chosen.range(..=e.span.start).next_back();
            let after = chosen.range(e.span.start.saturating_add(1)..).next();
            before.into_iter().chain(after).any(|(_, c)| overlaps(c, e))
        });
        if !clashes {
            chosen.extend(edits.iter().map(|e| (e.span.start, e)));
            count += 1;
        }
    }
    if chosen.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(source.len());
    let mut at = 0;
    for e in chosen.into_values() {
        out.push_str(&source[at..e.span.start]);
        out.push_str(&e.replacement);
        at = e.span.end;
    }
    out.push_str(&source[at..]);
    (out != source).then_some((out, count))
}

/// The diagnostics whose fix `apply` would consider.
pub fn applicable(diagnostics: &[Diagnostic], unsafe_fixes: bool) -> impl Iterator<Item = &Diagnostic> {
    diagnostics.iter().filter(move |d| {
        d.fix.as_ref().is_some_and(|f| (f.applicability == Applicability::Safe || unsafe_fixes) && !f.edits.is_empty())
    })
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

/// Write the fixed text of `path`, which held `original` when it was read.
///
/// A symlink is followed and its target written, so the link stays a link (as ripgrep and
/// ruff follow links). The file keeps its mode, owner and group. A file with other hard
/// links is rewritten in place, since a rename would split it from them; any other file
/// gets a temporary file in its folder renamed over it, so a failed write never loses
/// the original. A file that cannot be opened for writing (read-only) is not written.
/// Just before writing, the file is read again: an edit saved while the
/// fix ran is never overwritten.
pub fn write_fixed(path: &Path, original: &str, contents: &str) -> std::io::Result<()> {
    use std::os::unix::fs::MetadataExt;
    let target = std::fs::canonicalize(path)?;
    let meta = std::fs::metadata(&target)?;
    // A rename needs only the folder's permission, so a file its owner made read-only
    // would be replaced all the same: asking to open it for writing (which changes
    // nothing) honours the file's own mode, as an editor does.
    std::fs::OpenOptions::new().write(true).open(&target)?;
    if meta.nlink() > 1 {
        unchanged(&target, original)?;
        return std::fs::OpenOptions::new().write(true).truncate(true).open(&target).and_then(|mut f| {
            f.write_all(contents.as_bytes())?;
            f.sync_all()
        });
    }
    let dir = target.parent().unwrap_or(Path::new("/"));
    let mut tmp = tempfile::Builder::new().prefix(".copydesk-").suffix(".tmp").tempfile_in(dir)?;
    tmp.write_all(contents.as_bytes())?;
    tmp.as_file().sync_all()?;
    tmp.as_file().set_permissions(meta.permissions())?;
    if (meta.uid(), meta.gid()) != (tmp.as_file().metadata()?.uid(), tmp.as_file().metadata()?.gid()) {
        std::os::unix::fs::fchown(tmp.as_file(), Some(meta.uid()), Some(meta.gid())).map_err(|e| {
            std::io::Error::new(e.kind(), format!("cannot keep the file's owner and group ({e}); not written"))
        })?;
    }
    unchanged(&target, original)?;
    tmp.persist(&target).map_err(|e| e.error)?;
    Ok(())
}

/// Refuse to write over a file that no longer holds what was checked.
fn unchanged(target: &Path, original: &str) -> std::io::Result<()> {
    if std::fs::read(target)? != original.as_bytes() {
        return Err(std::io::Error::other("the file changed while it was being checked; not written, run again"));
    }
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
    fn a_clash_is_found_among_many_fixes_by_the_neighbours_alone() {
        // 20,000 fixes: compared with every chosen edit this took most of a second.
        let src = "ab".repeat(20_000);
        let mut d: Vec<Diagnostic> = (0..20_000).map(|i| diag(2 * i, 2 * i + 1, "A", Applicability::Safe)).collect();
        d.push(diag(100, 104, "clash", Applicability::Safe));
        d.push(diag(40_000, 40_000, "!", Applicability::Safe));
        let (out, n) = apply(&src, &d, false).unwrap();
        assert_eq!((n, out.len()), (20_001, 40_001));
        assert!(out.starts_with("AbAb") && out.ends_with("Ab!"), "{}", &out[..8]);
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
        write_fixed(&path, "old", "new").unwrap();
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
        assert!(write_fixed(&target, "", "new").is_err());
        assert_eq!(std::fs::read_to_string(target.join("keep.txt")).unwrap(), "precious");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "temporary file removed");
        assert!(write_fixed(&dir.path().join("no/such/dir/x.md"), "", "new").is_err());
    }

    #[test]
    fn a_symlink_stays_a_link_and_its_target_is_fixed() {
        let dir = tempfile::tempdir().unwrap();
        let (target, link) = (dir.path().join("real.md"), dir.path().join("link.md"));
        std::fs::write(&target, "old").unwrap();
        std::os::unix::fs::symlink("real.md", &link).unwrap();
        write_fixed(&link, "old", "new").unwrap();
        assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
    }

    #[test]
    fn hard_links_stay_linked() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a.md"), dir.path().join("b.md"));
        std::fs::write(&a, "old").unwrap();
        std::fs::hard_link(&a, &b).unwrap();
        write_fixed(&a, "old", "new").unwrap();
        assert_eq!(std::fs::read_to_string(&b).unwrap(), "new");
    }

    #[test]
    fn an_edit_saved_while_checking_is_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("draft.md");
        std::fs::write(&path, "the writer's newer text").unwrap();
        let e = write_fixed(&path, "what was checked", "fixed").unwrap_err();
        assert!(e.to_string().contains("changed while it was being checked"), "{e}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "the writer's newer text");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "temporary file removed");
    }

    #[test]
    fn owner_and_group_are_kept() {
        use std::os::unix::fs::MetadataExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("draft.md");
        std::fs::write(&path, "old").unwrap();
        // Only root can give a file away; elsewhere the owner is the writer already.
        if std::os::unix::fs::chown(&path, Some(4242), Some(4343)).is_err() {
            return;
        }
        write_fixed(&path, "old", "new").unwrap();
        let meta = std::fs::metadata(&path).unwrap();
        assert_eq!((meta.uid(), meta.gid()), (4242, 4343));
    }
}
