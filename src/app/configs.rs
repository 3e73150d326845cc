//! Which config governs a file: given, built in, or the nearest `copydesk.toml` found by
//! walking up from the file's folder. Each config file is loaded and its rules built
//! once per run, however many files it governs.

use super::settings::{ConfigMode, InputSettings};
use crate::cli::ConfigArgs;
use crate::config::{find_config, Config};
use crate::error::ConfigError;
use crate::lint::Linter;
use crate::patterns;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Resolves and caches configs: one linter per config file.
pub(super) struct Configs<'a> {
    settings: &'a InputSettings,
    /// Whether to compile ahead the patterns the built rules will use.
    warm: bool,
    warmed: HashSet<&'static str>,
    by_file: HashMap<Option<PathBuf>, Arc<Linter>>,
    by_dir: HashMap<PathBuf, Option<PathBuf>>,
}

impl Configs<'_> {
    pub fn new(settings: &InputSettings, warm: bool) -> Configs<'_> {
        Configs { settings, warm, warmed: HashSet::new(), by_file: HashMap::new(), by_dir: HashMap::new() }
    }

    /// The config file that governs files in `dir` (`None`: the built-in defaults).
    pub fn config_path_for(&mut self, dir: &Path) -> Option<PathBuf> {
        match &self.settings.config {
            ConfigMode::Builtin => None,
            ConfigMode::Explicit(p) => Some(p.clone()),
            ConfigMode::Discover => {
                let dir = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
                self.by_dir.entry(dir.clone()).or_insert_with(|| find_config(&dir)).clone()
            }
        }
    }

    /// The linter for files in `dir`.
    pub fn for_dir(&mut self, dir: &Path) -> Result<Arc<Linter>, ConfigError> {
        let path = self.config_path_for(dir);
        if let Some(linter) = self.by_file.get(&path) {
            return Ok(linter.clone());
        }
        let mut config = match &path {
            Some(p) => Config::load_allowing(p, &self.settings.allowed_rule_paths)?,
            None => Config::builtin()?,
        };
        if let Some(bad) = self.settings.select.iter().chain(&self.settings.ignore).find(|s| !config.knows(s)) {
            let mean = config.suggest(bad).map(|s| format!("did you mean `{s}`? ")).unwrap_or_default();
            return Err(ConfigError::plain(format!(
                "unknown rule or family `{bad}` in --select/--ignore; {mean}`copydesk rules` lists them"
            )));
        }
        config.select(&self.settings.select, &self.settings.ignore);
        let linter = Arc::new(Linter::new(&config)?);
        if self.warm {
            self.warm_for(&linter);
        }
        self.by_file.insert(path, linter.clone());
        Ok(linter)
    }

    /// Compile ahead, on the idle core, what the linter's rules will need while this
    /// thread goes on finding and reading files.
    fn warm_for(&mut self, linter: &Linter) {
        for (family, groups) in linter.patterns() {
            if self.warmed.insert(family) {
                groups.iter().for_each(|g| patterns::prepare(g));
            }
        }
    }
}

/// The config `rules` and `explain` describe: given, discovered from here, or built in.
pub(super) fn listing_config(args: &ConfigArgs) -> Result<Config, ConfigError> {
    let allowed = super::settings::allowed_rule_paths(args.allow_rule_paths.clone());
    match (&args.config, args.no_config) {
        (_, true) => Config::builtin(),
        (Some(path), false) => Config::load_allowing(path, &allowed),
        (None, false) => match find_config(&std::path::absolute(".").unwrap_or_else(|_| PathBuf::from("."))) {
            Some(path) => Config::load_allowing(&path, &allowed),
            None => Config::builtin(),
        },
    }
}
