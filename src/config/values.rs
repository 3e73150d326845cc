//! Reading typed values out of a config file's TOML, each error pointing at the value:
//! severities, string lists, globs, and folders that must stay inside the project (or a
//! folder the person running copydesk allowed).

use super::Source;
use crate::diagnostic::Severity;
use crate::error::ConfigError;
use globset::{Glob, GlobSet, GlobSetBuilder};
use std::path::{Path, PathBuf};
use toml::de::DeValue;
use toml::Spanned;

pub(super) fn parse_severity(src: &Source<'_>, value: &Spanned<DeValue<'_>>) -> Result<Severity, ConfigError> {
    value
        .get_ref()
        .as_str()
        .and_then(Severity::parse)
        .ok_or_else(|| src.error(value.span(), "severity must be \"error\", \"warning\" or \"info\"", None))
}

pub(super) fn string_list(src: &Source<'_>, value: &Spanned<DeValue<'_>>) -> Result<Vec<String>, ConfigError> {
    let err = || src.error(value.span(), "expected a list of strings", None);
    let items = value.get_ref().as_array().ok_or_else(err)?;
    items.iter().map(|i| i.get_ref().as_str().map(str::to_string).ok_or_else(err)).collect()
}

pub(super) fn globs(src: &Source<'_>, value: &Spanned<DeValue<'_>>) -> Result<GlobSet, ConfigError> {
    let mut builder = GlobSetBuilder::new();
    let items =
        value.get_ref().as_array().ok_or_else(|| src.error(value.span(), "expected a list of glob patterns", None))?;
    for item in items {
        let pattern =
            item.get_ref().as_str().ok_or_else(|| src.error(item.span(), "expected a glob pattern string", None))?;
        builder.add(Glob::new(pattern).map_err(|e| src.error(item.span(), format!("invalid glob: {e}"), None))?);
    }
    builder.build().map_err(|e| src.error(value.span(), format!("invalid globs: {e}"), None))
}

/// A rule folder, which must lie in the config's folder or below (symlinks resolved), or
/// in a folder the person running copydesk allowed: rule packs are untrusted, and a path
/// out of the project could read any file. A config file comes with the project it
/// governs, so it can never widen this itself. Returns the folder and the real roots its
/// files must stay under (the project's and every allowed one).
pub(super) fn inside(base: &Path, folder: &str, allowed: &[PathBuf]) -> Result<(PathBuf, Vec<PathBuf>), String> {
    let dir = base.join(folder);
    let real = std::fs::canonicalize(&dir).map_err(|_| format!("rule folder `{}` does not exist", dir.display()))?;
    let mut roots = vec![std::fs::canonicalize(base).map_err(|e| format!("{}: {e}", base.display()))?];
    for a in allowed {
        if !a.is_absolute() {
            return Err(format!("allowed rule folder `{}` must be an absolute path", a.display()));
        }
        // One that does not exist (a share not mounted) allows nothing.
        roots.extend(std::fs::canonicalize(a).ok());
    }
    if !roots.iter().any(|r| real.starts_with(r)) {
        // Named as written and, when a link or `..` leads there, as what it really is.
        let real = real.display().to_string();
        let shown = if real == folder { format!("`{folder}`") } else { format!("`{folder}` ({real})") };
        return Err(format!(
            "rule folder {shown} is outside the config's folder; rule packs must live in the project, \
             or in a shared folder allowed with `--allow-rule-path {real}` or COPYDESK_ALLOW_RULE_PATHS \
             (a config file cannot allow one)"
        ));
    }
    Ok((dir, roots))
}
