//! Reading typed values out of a config file's TOML, each error pointing at the value:
//! severities, string lists, globs, and folders that must stay inside the project.

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

/// A rule folder, which must lie in the config's folder or below (symlinks resolved):
/// rule packs are untrusted, and a path out of the project could read any file.
pub(super) fn inside(base: &Path, folder: &str) -> Result<PathBuf, String> {
    let dir = base.join(folder);
    let real = std::fs::canonicalize(&dir).map_err(|_| format!("rule folder `{}` does not exist", dir.display()))?;
    let root = std::fs::canonicalize(base).map_err(|e| format!("{}: {e}", base.display()))?;
    if !real.starts_with(&root) {
        return Err(format!(
            "rule folder `{folder}` is outside the config's folder; rule packs must live in the project"
        ));
    }
    Ok(dir)
}
