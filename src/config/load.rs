//! Loading a config file: read with a size limit (a config path may name a device), and
//! `extend = "../copydesk.toml"`, which overlays another config file first, so a
//! sub-folder's config changes only what it says and keeps the desk's settings.

use super::{Config, ConfigError};
use std::io::Read;
use std::path::{Path, PathBuf};

/// A config is a few kilobytes; this bounds what a wrong path can make us read.
const MAX_CONFIG: u64 = 1 << 20;
/// How many configs one may extend in a chain; a cycle is caught before this.
const MAX_DEPTH: usize = 16;

impl Config {
    /// The built-in defaults overlaid with the config file at `path` (and first with the
    /// files it extends).
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        Config::load_allowing(path, &[])
    }

    /// [`Config::load`], where `rule_paths` may also name folders under `allowed`
    /// (absolute): given by the person running copydesk (`--allow-rule-path`,
    /// `COPYDESK_ALLOW_RULE_PATHS`), since the config file itself is the project's.
    pub fn load_allowing(path: &Path, allowed: &[PathBuf]) -> Result<Config, ConfigError> {
        let mut config = Config::builtin()?;
        config.allowed_rule_paths = allowed.to_vec();
        let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        config.overlay_chain(path, &abs, &mut Vec::new())?;
        // Absolute, since `accepts` matches absolute paths relative to config folders: a
        // relative `--config` must not make every file look outside it.
        config.path = Some(abs);
        Ok(config)
    }

    fn overlay_chain(&mut self, shown: &Path, abs: &Path, chain: &mut Vec<PathBuf>) -> Result<(), ConfigError> {
        let name = shown.display().to_string();
        let real = std::fs::canonicalize(abs).unwrap_or_else(|_| abs.to_path_buf());
        if chain.contains(&real) || chain.len() >= MAX_DEPTH {
            return Err(ConfigError::plain(format!(
                "{name}: `extend` goes round in a circle (or deeper than {MAX_DEPTH})"
            )));
        }
        chain.push(real);
        let text = read(abs).map_err(|e| ConfigError::plain(format!("{name}: cannot read config: {e}")))?;
        let base = abs.parent().unwrap_or(Path::new("/"));
        if let Some(parent) = extended(&name, &text)? {
            let shown_parent = shown.parent().unwrap_or(Path::new("")).join(&parent);
            self.overlay_chain(&shown_parent, &lexical(&base.join(&parent)), chain)?;
        }
        self.overlay(&name, &text, base)
    }
}

/// The file a config extends, from its top-level `extend` key.
fn extended(name: &str, text: &str) -> Result<Option<String>, ConfigError> {
    let doc = toml::de::DeTable::parse(text).map_err(|e| {
        ConfigError::new(name, text, e.span().unwrap_or(0..0), e.message().trim_end().to_string(), None)
    })?;
    let Some(v) = doc.get_ref().get("extend") else { return Ok(None) };
    match v.get_ref().as_str() {
        Some(s) => Ok(Some(s.to_string())),
        None => Err(ConfigError::new(name, text, v.span(), "`extend` must be the path of a config file".into(), None)),
    }
}

/// `path` without `.` and `..` components, as files are named when matched to globs.
fn lexical(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            c => out.push(c),
        }
    }
    out
}

/// A config file's text: a regular file, at most `MAX_CONFIG` bytes.
fn read(path: &Path) -> std::io::Result<String> {
    if !std::fs::metadata(path)?.is_file() {
        return Err(std::io::Error::other("not a regular file"));
    }
    let mut text = String::new();
    std::fs::File::open(path)?.take(MAX_CONFIG + 1).read_to_string(&mut text)?;
    if text.len() as u64 > MAX_CONFIG {
        return Err(std::io::Error::other(format!("larger than {MAX_CONFIG} bytes")));
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use crate::config::Config;
    use crate::rules::RuleId;

    #[test]
    fn a_sub_folder_config_extends_the_desk_and_keeps_its_settings() {
        let dir = tempfile::tempdir().unwrap();
        let desk = dir.path();
        std::fs::create_dir(desk.join("sport")).unwrap();
        std::fs::write(
            desk.join("copydesk.toml"),
            "exclude = [\"drafts/**\"]\n[rules.\"hashtags/too-many\"]\nmax = 3\n[rules.\"hashtags/style\"]\nenabled = false\n",
        )
        .unwrap();
        std::fs::write(
            desk.join("sport/copydesk.toml"),
            "extend = \"../copydesk.toml\"\n[rules.\"hashtags/too-many\"]\nmax = 5\n",
        )
        .unwrap();
        let c = Config::load(&desk.join("sport/copydesk.toml")).unwrap();
        assert_eq!(c.rules[&RuleId::HashtagsTooMany].options["max"].as_integer(), Some(5));
        assert!(!c.rules[&RuleId::HashtagsStyle].enabled, "the desk's setting is kept");
        // The desk's globs stay relative to the desk's folder.
        assert!(!c.accepts(&desk.join("drafts/a.md")));
        assert!(c.accepts(&desk.join("sport/drafts/a.md")));
    }

    #[test]
    fn an_extend_cycle_and_a_device_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.toml"), "extend = \"b.toml\"\n").unwrap();
        std::fs::write(dir.path().join("b.toml"), "extend = \"a.toml\"\n").unwrap();
        let e = Config::load(&dir.path().join("a.toml")).unwrap_err();
        assert!(e.message().contains("goes round in a circle"), "{}", e.message());
        let e = Config::load(std::path::Path::new("/dev/zero")).unwrap_err();
        assert!(e.message().contains("not a regular file"), "{}", e.message());
    }
}
